"""The inactivity watcher: user input restarts the countdown; hidden or suspended means away.

The countdown is a ManualTimer the test runs out by hand: no test waits for the clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from circlesdesk.ui.autolock import InactivityWatcher
from tests.ui.manual_timer import ManualTimer


def test_times_out_without_input(qtbot: QtBot) -> None:
    timer = ManualTimer()
    watcher = InactivityWatcher(interval_ms=300_000, timer=timer)
    watcher.start()
    assert timer.isActive() and timer.interval() == 300_000
    with qtbot.waitSignal(watcher.timed_out, timeout=1000):
        timer.fire()  # five minutes without input
    watcher.stop()


def test_typing_keeps_it_awake(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    timer = ManualTimer()
    watcher = InactivityWatcher(interval_ms=300_000, timer=timer)
    fired: list[bool] = []
    watcher.timed_out.connect(lambda: fired.append(True))
    watcher.start()
    for count in range(1, 9):
        qtbot.keyClick(field, Qt.Key.Key_A)
        assert timer.starts > count  # each key press and release starts the countdown again
    assert fired == [] and timer.isActive()
    timer.fire()  # then nothing for the whole interval
    assert fired == [True]
    watcher.stop()


def test_stopped_watcher_stays_quiet(qtbot: QtBot) -> None:
    timer = ManualTimer()
    watcher = InactivityWatcher(interval_ms=300_000, timer=timer)
    fired: list[bool] = []
    watcher.timed_out.connect(lambda: fired.append(True))
    watcher.start()
    watcher.stop()
    assert not timer.isActive()
    timer.running = True  # even a countdown that was already due when it stopped
    timer.fire()
    assert fired == []
    assert not watcher.watching


def test_application_hidden_counts_as_away(qtbot: QtBot) -> None:
    watcher = InactivityWatcher(interval_ms=60_000)
    watcher.start()
    with qtbot.waitSignal(watcher.app_went_away, timeout=1000):
        watcher._state_changed(Qt.ApplicationState.ApplicationHidden)
    watcher.stop()
