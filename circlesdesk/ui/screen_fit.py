"""Every window and dialog fits the screen it is on; the main window is maximised on a small one.

A 1366×768 laptop at 150 % or 200 % scaling offers 911×485 or 683×364 logical pixels once the
panel is taken off. Each top-level window and dialog is therefore sized, when it is shown, within
its screen's ``availableGeometry()`` and moved inside it (:func:`fit`). Dialogs keep their buttons
out of their scroll areas, so a dialog made smaller scrolls its content and its buttons stay in
view. The session's application-wide event filter calls :func:`fit_when_shown`; the main window
opens maximised when the screen is small (:func:`is_small`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

SMALL_SCREEN = QSize(1400, 860)  # logical pixels: below this, the main window is maximised


def is_small(available: QRect) -> bool:
    """Whether a screen's available area is too small for a window of its own size."""
    return available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height()


def fit(window: QWidget, available: QRect | None = None) -> None:
    """Size and place a top-level window within ``available`` (its screen's, by default)."""
    if available is None:
        available = window.screen().availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # title bar and borders
    room = QSize(available.width() - frame.width(), available.height() - frame.height())
    wanted = window.size().boundedTo(room)
    window.resize(wanted.expandedTo(window.minimumSizeHint().boundedTo(room)))
    outer = window.frameGeometry()
    x = min(max(outer.x(), available.x()), available.x() + available.width() - outer.width())
    y = min(max(outer.y(), available.y()), available.y() + available.height() - outer.height())
    window.move(max(x, available.x()), max(y, available.y()))


def fit_when_shown(watched: QObject, event: QEvent) -> None:
    """For an application-wide event filter: fit a top-level window or dialog being shown."""
    if (
        event.type() == QEvent.Type.Show
        and isinstance(watched, QWidget)
        and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
    ):
        fit(watched)  # a window or a dialog; never a menu, a tooltip or a list's popup
