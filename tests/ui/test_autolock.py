"""The inactivity watcher: user input restarts the countdown; hidden or suspended means away."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from circlesdesk.ui.autolock import InactivityWatcher


def test_times_out_without_input(qtbot: QtBot) -> None:
    watcher = InactivityWatcher(interval_ms=100)
    watcher.start()
    with qtbot.waitSignal(watcher.timed_out, timeout=2000):
        pass
    watcher.stop()


def test_typing_keeps_it_awake(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = InactivityWatcher(interval_ms=300)
    fired: list[float] = []
    watcher.timed_out.connect(lambda: fired.append(time.monotonic()))
    watcher.start()
    started = time.monotonic()
    for _ in range(8):
        qtbot.wait(100)
        qtbot.keyClick(field, Qt.Key.Key_A)
    assert fired == []  # 800 ms of typing, never 300 ms idle
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    assert fired[0] - started >= 0.8
    watcher.stop()


def test_stopped_watcher_stays_quiet(qtbot: QtBot) -> None:
    watcher = InactivityWatcher(interval_ms=50)
    fired: list[bool] = []
    watcher.timed_out.connect(lambda: fired.append(True))
    watcher.start()
    watcher.stop()
    qtbot.wait(200)
    assert fired == []
    assert not watcher.watching


def test_application_hidden_counts_as_away(qtbot: QtBot) -> None:
    watcher = InactivityWatcher(interval_ms=60_000)
    watcher.start()
    with qtbot.waitSignal(watcher.app_went_away, timeout=1000):
        watcher._state_changed(Qt.ApplicationState.ApplicationHidden)
    watcher.stop()
