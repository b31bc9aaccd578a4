"""Fixtures for GUI tests: offscreen Qt, the `gui` marker, no QThread left running, and the
shell's objects (crash reporter, task runner, session) wired as the application wires them.

``QT_QPA_PLATFORM`` is set here, before anything imports Qt, so the tests run without a display.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import traceback
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from circlesdesk.ui import style
from circlesdesk.ui.app import create_application
from circlesdesk.ui.crash import CrashReporter
from circlesdesk.ui.session import Session
from circlesdesk.ui.tasks import TaskRunner

HERE = Path(__file__).parent
# What the offscreen platform cannot do (size a window to its hints, raise a window): its
# limits, not faults in CirclesDesk; every other Qt warning fails the test.
OFFSCREEN_LIMITS = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in tests/ui drives real widgets: mark it `gui`."""
    for item in items:
        if Path(str(item.path)).is_relative_to(HERE):
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))


@pytest.fixture(autouse=True)
def _application_look(qapp: object) -> None:
    """The application as ``run`` sets it up (name, style, font, icon), light palette."""
    create_application()
    style.apply(qapp, dark=False)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _no_dangling_qthreads(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[None]:
    """Fail a test that leaves a QThread running (napari's check): every start is recorded."""
    started: weakref.WeakKeyDictionary[QThread, str] = weakref.WeakKeyDictionary()
    original_start = QThread.start

    def start(self: QThread, *args: object) -> None:
        started[self] = "".join(traceback.format_stack(limit=8)[:-1])
        original_start(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QThread, "start", start)
    yield
    dangling = []
    for thread, where in list(started.items()):
        try:
            if thread.isRunning():
                dangling.append(where)
                thread.wait(5000)
        except RuntimeError:  # the C++ thread object is already gone: it finished
            continue
    assert not dangling, "a QThread was left running; started at:\n" + "\n".join(dangling)


@pytest.fixture
def crash_reporter(qtbot: QtBot) -> Iterator[CrashReporter]:
    """A reporter that records bugs; a test fails if any was reported and not expected."""
    reporter = CrashReporter()
    reported: list[BaseException] = []
    original = reporter.report

    def report(error: BaseException) -> None:
        reported.append(error)
        original(error)

    reporter.report = report  # type: ignore[method-assign]
    reporter.reported = reported  # type: ignore[attr-defined]
    yield reporter
    if reporter.dialog is not None:
        reporter.dialog.close()
    unexpected = [e for e in reported if not getattr(e, "expected_in_test", False)]
    assert not unexpected, f"unexpected crash reports: {unexpected!r}"


@pytest.fixture
def runner(qtbot: QtBot, crash_reporter: CrashReporter) -> Iterator[TaskRunner]:
    """A task runner; waits for its tasks to deliver before the test ends."""
    task_runner = TaskRunner(crash_reporter=crash_reporter)
    yield task_runner
    if task_runner.busy:
        task_runner.cancel_all()
        qtbot.waitUntil(lambda: not task_runner.busy, timeout=10_000)


@pytest.fixture
def make_session(qtbot: QtBot, runner: TaskRunner) -> Iterator[Callable[..., Session]]:
    """Build a Session on a folder (fast KDF; options as keyword arguments); shut down after."""
    from tests.vault_kit import FAST_KDF

    sessions: list[Session] = []

    def make(folder: Path, **options: object) -> Session:
        options.setdefault("kdf", FAST_KDF)
        session = Session(folder, runner=runner, **options)  # type: ignore[arg-type]
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.shutdown()
        session.deleteLater()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
