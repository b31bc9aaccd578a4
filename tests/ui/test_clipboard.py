"""Note text copied from a protected editor leaves the clipboard after the delay, if unchanged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from circlesdesk.ui.clipboard import ClipboardGuard
from tests.ui.manual_timer import ManualTimer, manual_timers

DELAY_MS = 150
NOTE = "Kestrel talked about his new flat."


def _editor_window(qtbot: QtBot) -> tuple[QWidget, QPlainTextEdit, QLineEdit]:
    window = QWidget()
    layout = QVBoxLayout(window)
    editor = QPlainTextEdit(window)
    editor.setPlainText(NOTE)
    other = QLineEdit(window)
    layout.addWidget(editor)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window, editor, other


def _copy_all(qtbot: QtBot, editor: QPlainTextEdit) -> None:
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def test_copied_note_text_is_cleared_after_the_delay(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    guard = ClipboardGuard(delay_ms=DELAY_MS)
    _window, editor, _other = _editor_window(qtbot)
    guard.protect(editor)
    _copy_all(qtbot, editor)
    assert clipboard.text() == NOTE
    assert guard.holding
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    assert not guard.holding


def test_text_copied_since_is_left_alone(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    timers: list[ManualTimer] = []
    guard = ClipboardGuard(delay_ms=DELAY_MS, make_timer=manual_timers(timers))
    _window, editor, _other = _editor_window(qtbot)
    guard.protect(editor)
    _copy_all(qtbot, editor)
    assert guard.holding
    clipboard.setText("a bus timetable")  # the user copied something else meanwhile
    for timer in timers:
        timer.fire()  # the delay is over
    assert clipboard.text() == "a bus timetable"
    assert not guard.holding


def test_copies_from_unprotected_fields_are_not_guarded(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    timers: list[ManualTimer] = []
    guard = ClipboardGuard(delay_ms=DELAY_MS, make_timer=manual_timers(timers))
    _window, _editor, other = _editor_window(qtbot)
    other.setText("SW-014")
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=2000)
    other.selectAll()
    other.copy()
    assert clipboard.text() == "SW-014"
    assert not guard.holding
    assert timers and not any(timer.isActive() for timer in timers)  # no countdown started
    for timer in timers:
        timer.fire()
    assert clipboard.text() == "SW-014"


def test_copy_button_and_clear_now(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard(delay_ms=60_000)
    guard.copy("12345 67890")
    assert clipboard.text() == "12345 67890"
    guard.clear_now()  # the vault locks
    assert clipboard.text() == ""
