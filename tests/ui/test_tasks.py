"""The background task runner: results and errors come back on the GUI thread; cancel works."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from circlesdesk.errors import UserError
from circlesdesk.ui import tasks
from circlesdesk.ui.tasks import Cancelled, TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel
from circlesdesk.vault.errors import WrongPassphrase


class Window(QWidget):
    """A window with the alert line every CirclesDesk window has."""

    def __init__(self) -> None:
        super().__init__()
        self.alert = AlertLabel(self)

    def show_user_error(self, message: str) -> None:
        self.alert.show_error(message)


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    widget = Window()
    qtbot.addWidget(widget)
    return widget


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner, window: Window) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(_task: TaskContext) -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def success(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    task = runner.run(work, owner=window, on_success=success)
    with qtbot.waitSignal(task.done, timeout=5000):
        pass
    assert seen["value"] == 42
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread
    assert not runner.busy


def test_progress_is_reported_and_cancel_stops_the_work(
    qtbot: QtBot, runner: TaskRunner, window: Window
) -> None:
    started = threading.Event()
    progress: list[tuple[int, int, str]] = []
    outcome: list[str] = []

    def work(task: TaskContext) -> str:
        task.progress(1, 10, "first step")
        started.set()
        while True:
            task.check_cancelled()
            task.cancel.wait(0.01)

    task = runner.run(
        work,
        owner=window,
        on_success=lambda _value: outcome.append("success"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    task.progressed.connect(lambda done, total, text: progress.append((done, total, text)))
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(progress), timeout=5000)
    with qtbot.waitSignal(task.done, timeout=5000):
        task.cancel()
    assert outcome == ["cancelled"]
    assert progress[0] == (1, 10, "first step")
    assert not window.alert.isVisible()  # cancelling is silent


def test_a_user_error_is_shown_as_its_sentence_in_the_calling_window(
    qtbot: QtBot, runner: TaskRunner, window: Window
) -> None:
    def work(_task: TaskContext) -> None:
        raise WrongPassphrase()

    window.show()
    task = runner.run(work, owner=window)
    with qtbot.waitSignal(task.done, timeout=5000):
        pass
    assert window.alert.isVisible()
    assert window.alert.text() == str(WrongPassphrase())


def test_on_error_receives_the_user_error(qtbot: QtBot, runner: TaskRunner, window: Window) -> None:
    errors: list[UserError] = []

    def work(_task: TaskContext) -> None:
        raise OSError(28, "No space left on device")

    task = runner.run(work, owner=window, on_error=errors.append)
    with qtbot.waitSignal(task.done, timeout=5000):
        pass
    assert len(errors) == 1
    assert "No space left on device" in str(errors[0])


def test_a_bug_goes_to_the_crash_path_not_to_the_window(
    qtbot: QtBot, runner: TaskRunner, window: Window
) -> None:
    reported = runner.crash_reporter.reported  # type: ignore[attr-defined]

    def work(_task: TaskContext) -> None:
        error = KeyError("secret note text")
        error.expected_in_test = True  # type: ignore[attr-defined]
        raise error

    task = runner.run(work, owner=window, on_success=lambda _v: pytest.fail("no success"))
    with qtbot.waitSignal(runner.crash_reporter.crashed, timeout=5000):
        pass
    assert [type(e) for e in reported] == [KeyError]
    assert not window.alert.isVisible()
    qtbot.waitUntil(lambda: runner.crash_reporter.dialog is not None, timeout=5000)
    assert "secret note text" not in runner.crash_reporter.dialog.informativeText()
    assert not task.running


def test_callbacks_are_dropped_when_the_owner_was_destroyed(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    owner = QWidget()
    release = threading.Event()
    called: list[object] = []
    task = runner.run(lambda _t: release.wait(5), owner=owner, on_success=called.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    with qtbot.waitSignal(task.done, timeout=5000):
        release.set()
    assert called == []


def test_a_finished_function_returning_after_cancel_still_succeeds(
    qtbot: QtBot, runner: TaskRunner, window: Window
) -> None:
    release = threading.Event()
    results: list[str] = []
    task = runner.run(
        lambda _t: release.wait(5) and "done", owner=window, on_success=results.append
    )
    task.cancel()
    with qtbot.waitSignal(task.done, timeout=5000):
        release.set()
    assert results == ["done"]


def test_progress_dialog_variant_cancels_through_its_button(
    qtbot: QtBot, runner: TaskRunner, window: Window
) -> None:
    window.show()
    cancelled: list[bool] = []

    def work(task: TaskContext) -> None:
        for step in range(1000):
            task.check_cancelled()
            task.progress(step, 1000, "Importing…")
            task.cancel.wait(0.01)
        raise Cancelled()

    task = runner.run_with_progress(
        work, owner=window, label="Working…", on_cancelled=lambda: cancelled.append(True)
    )
    dialog = task.dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: dialog.maximum() == 1000, timeout=5000)
    stop = dialog.findChild(QPushButton)
    assert stop.text() == "&Stop"
    with qtbot.waitSignal(task.done, timeout=5000):
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert cancelled == [True]
    qtbot.waitUntil(lambda: not _alive(dialog), timeout=5000)


def test_runner_reports_idle_and_waits_for_all(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    for _ in range(3):
        runner.run(lambda _t: release.wait(5), owner=None)
    assert runner.busy and len(runner.running_tasks()) == 3
    with qtbot.waitSignal(runner.idle, timeout=5000):
        release.set()
    assert not runner.busy


def test_a_write_waits_for_the_task_on_the_vault_and_says_so(
    qtbot: QtBot, runner: TaskRunner, window: Window
) -> None:
    release = threading.Event()
    assert runner.vault_free(window.alert)
    assert window.alert.text() == ""
    task = runner.run(lambda _t: release.wait(5), owner=None)
    assert not runner.vault_free()
    assert window.alert.text() == ""  # asked without a place to say it: silent
    assert not runner.vault_free(window.alert)
    assert window.alert.text() == "Wait until the import or export has finished."
    assert not runner.vault_free(window.alert, "Wait until the work in progress has finished.")
    assert window.alert.text() == "Wait until the work in progress has finished."
    with qtbot.waitSignal(task.done, timeout=5000):
        release.set()
    assert runner.vault_free(window.alert)


def test_the_ui_asks_whether_the_vault_is_free_in_one_place() -> None:
    """Pages, forms and draft timers ask the runner's ``vault_free``, never ``busy`` itself."""
    ui = Path(tasks.__file__).parent
    asking = [
        f"{path.relative_to(ui)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "tasks.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"runner\.busy\b", line)
    ]
    assert asking == []


def _alive(obj: object) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
