"""Noticing when the user has gone: inactivity, and the app being hidden or suspended.

:class:`InactivityWatcher` filters every event of the application and restarts its timer on
user input (keys, mouse, wheel, touch, tablet); when the timer runs out it emits ``timed_out``.
It also emits ``app_went_away`` when Qt reports the application *hidden* or *suspended*
(macOS "Hide", mobile-style suspend). Qt cannot tell when the user locks the desktop session
or the screen saver starts, so that is not watched (see docs/architecture.md).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

DEFAULT_MINUTES = 5

USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)
AWAY_STATES = (Qt.ApplicationState.ApplicationHidden, Qt.ApplicationState.ApplicationSuspended)


class InactivityWatcher(QObject):
    """Emits ``timed_out`` after ``interval_ms`` without user input, once per start."""

    timed_out = Signal()
    app_went_away = Signal()

    def __init__(
        self, *, interval_ms: int, parent: QObject | None = None, timer: QTimer | None = None
    ) -> None:
        super().__init__(parent)
        # ``timer``: the countdown, given by tests that run it by hand instead of waiting.
        self._timer = timer or QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._expired)
        self._watching = False
        QGuiApplication.instance().applicationStateChanged.connect(self._state_changed)  # type: ignore[union-attr]

    @property
    def interval_ms(self) -> int:
        """Milliseconds of inactivity before ``timed_out``."""
        return self._timer.interval()

    @interval_ms.setter
    def interval_ms(self, value: int) -> None:
        self._timer.setInterval(value)
        if self._watching:
            self._timer.start()

    @property
    def watching(self) -> bool:
        """Whether the watcher is counting."""
        return self._watching

    def start(self) -> None:
        """Start watching input (after unlocking)."""
        if not self._watching:
            QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (while locked)."""
        if self._watching:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._watching = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT:
            self._timer.start()
        return False

    @Slot()
    def _expired(self) -> None:
        if self._watching:
            self.timed_out.emit()

    @Slot(Qt.ApplicationState)
    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if self._watching and state in AWAY_STATES:
            self.app_went_away.emit()
