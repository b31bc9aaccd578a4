"""Don't leave note text on the clipboard: clear it a while after it was copied from a note.

A page registers its note editors with :meth:`ClipboardGuard.protect`. When the clipboard
changes to the text selected in one of them while it has the keyboard focus (the user pressed
Ctrl+C or Ctrl+X, or chose Copy from its menu), the guard remembers the text and, after
``delay_ms`` (30 s), clears the clipboard **if it still holds that text** (something the user
copied since, from anywhere, is left alone). :meth:`ClipboardGuard.copy` does the same for a
"Copy" button, and locking the vault calls :meth:`ClipboardGuard.clear_now`. On X11 the
*selection* clipboard (middle-click paste, filled by merely selecting text) is guarded the same
way.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

log = logging.getLogger(__name__)

CLEAR_AFTER_MS = 30_000
_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


class ClipboardGuard(QObject):
    """Clears note text from the clipboard after a delay, only if it is still there."""

    def __init__(
        self,
        *,
        delay_ms: int = CLEAR_AFTER_MS,
        parent: QObject | None = None,
        make_timer: Callable[[QObject], QTimer] = QTimer,
    ) -> None:
        super().__init__(parent)
        self.delay_ms = delay_ms
        self._editors: weakref.WeakSet[QWidget] = weakref.WeakSet()
        self._held: dict[QClipboard.Mode, str] = {}
        self._timers: dict[QClipboard.Mode, QTimer] = {}
        clipboard = QGuiApplication.clipboard()
        modes = _MODES if clipboard.supportsSelection() else (QClipboard.Mode.Clipboard,)
        for mode in modes:
            timer = make_timer(self)  # tests give timers they run by hand instead of waiting
            timer.setSingleShot(True)
            timer.timeout.connect(lambda mode=mode: self._expire(mode))
            self._timers[mode] = timer
        clipboard.changed.connect(self._changed)

    # -- what pages call -------------------------------------------------------------------

    def protect(self, editor: QWidget) -> None:
        """Guard what is copied (or selected) in this editor while it has the focus."""
        self._editors.add(editor)

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard for a while (for a "Copy" button)."""
        QGuiApplication.clipboard().setText(text, QClipboard.Mode.Clipboard)
        self._hold(QClipboard.Mode.Clipboard, text)

    def clear_now(self) -> None:
        """Clear whatever guarded text is still on the clipboard (the vault is locking)."""
        for mode in list(self._held):
            self._expire(mode)

    @property
    def holding(self) -> bool:
        """Whether some guarded text may still be on the clipboard."""
        return bool(self._held)

    # -- inside ----------------------------------------------------------------------------

    @Slot(QClipboard.Mode)
    def _changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self._timers:
            return
        text = QGuiApplication.clipboard().text(mode)
        editor = self._focused_editor()
        if editor is not None and text and _same_text(text, _selected_text(editor, text)):
            self._hold(mode, text)
        elif mode in self._held and text != self._held[mode]:
            # Something else replaced our text: there is nothing of ours left to clear.
            self._timers[mode].stop()
            del self._held[mode]

    def _focused_editor(self) -> QWidget | None:
        widget = QApplication.focusWidget()
        while widget is not None:
            if widget in self._editors:
                return QApplication.focusWidget()
            widget = widget.parentWidget()
        return None

    def _hold(self, mode: QClipboard.Mode, text: str) -> None:
        self._held[mode] = text
        self._timers[mode].start(self.delay_ms)

    def _expire(self, mode: QClipboard.Mode) -> None:
        self._timers[mode].stop()
        held = self._held.pop(mode, None)
        if held is None or not shiboken6.isValid(self):
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(mode) == held:
            clipboard.clear(mode)
            log.info("guarded text cleared from the clipboard")


def _selected_text(widget: QWidget, fallback: str) -> str:
    """What is selected in a text widget; ``fallback`` for widgets that cannot say."""
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textCursor().selectedText()
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    return fallback


def _same_text(clipboard_text: str, selected: str) -> bool:
    """Whether the clipboard holds the selection (Qt marks paragraph ends with U+2029)."""

    def plain(text: str) -> str:
        return text.replace("\u2029", "\n").replace("\u2028", "\n").replace("\r\n", "\n")

    return plain(clipboard_text) == plain(selected)
