"""Run slow work off the GUI thread and hear back on it: the one background task helper.

A *task function* takes a :class:`TaskContext` and returns a value. It runs on its own
``QThread``; it must not touch widgets (Qt forbids it off the GUI thread). It may call
``context.progress(done, total, text)`` and should check ``context.cancel`` (a
``threading.Event``; ``context.check_cancelled()`` raises :class:`Cancelled` when set).

When it ends, exactly one callback runs **on the GUI thread**:

* it returned → ``on_success(result)`` (even if cancel was asked too late: the work was done);
* it raised :class:`Cancelled` → ``on_cancelled()`` if given, else nothing (cancelling is silent);
* it raised a user's error (see :func:`crash.as_user_error`) → ``on_error(error)`` if given, else
  the sentence is shown in the owner's window (its ``show_user_error`` method, which every
  CirclesDesk window has);
* anything else is a bug → the crash path (logged, crash dialog).

Callbacks are dropped if the owner widget was destroyed meanwhile (a lock destroys pages).

    runner.run(lambda task: Vault.unlock(folder, passphrase=secret),
               owner=self, on_success=self._unlocked)
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from circlesdesk.errors import UserError
from circlesdesk.ui import crash
from circlesdesk.vault import connections
from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)

T = TypeVar("T")
PROGRESS_INTERVAL_SECONDS = 0.05  # at most twenty progress updates a second reach the GUI


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskRunner", text)


class SaysProblems(Protocol):
    """Where a page or form says why it did nothing (an ``AlertLabel``)."""

    def show_error(self, text: str) -> None: ...


class Cancelled(Exception):
    """Raised by a task function that saw its cancel event."""


@dataclasses.dataclass
class TaskContext:
    """What a task function gets: a progress callback and a cancel event."""

    cancel: threading.Event
    _report: Callable[[int, int, str], None]
    _last: float = 0.0

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Say how far the work is (``total`` 0 means "unknown"); cheap to call often."""
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL_SECONDS:
            self._last = now
            self._report(done, total, text)

    def check_cancelled(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self.cancel.is_set():
            raise Cancelled()


TaskFunction = Callable[[TaskContext], T]


class _Worker(QThread):
    """The thread a task function runs on; it only stores the outcome."""

    progressed = Signal(int, int, str)

    def __init__(self, function: Callable[[TaskContext], Any], cancel: threading.Event) -> None:
        super().__init__()
        self._function = function
        self.context = TaskContext(cancel=cancel, _report=self.progressed.emit)
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._function(self.context)
        except BaseException as error:  # every outcome goes back to the GUI thread
            self.error = error
        finally:
            self._function = _finished_function
            # The thread's own vault connections go with it (vault/connections.py).
            connections.release_thread()


def _finished_function(_context: TaskContext) -> None:
    """Stands in for a finished task's function, so its closure (secrets too) can be freed."""


class Task(QObject, Generic[T]):
    """One running task. Keep it to :meth:`cancel` it or to follow its progress."""

    progressed = Signal(int, int, str)
    done = Signal()  # after the callback ran, whatever the outcome

    def __init__(
        self,
        runner: TaskRunner,
        function: Callable[[TaskContext], T],
        *,
        owner: QWidget | None,
        on_success: Callable[[T], None] | None,
        on_error: Callable[[UserError], None] | None,
        on_cancelled: Callable[[], None] | None,
        name: str,
    ) -> None:
        super().__init__(runner)
        self.name = name
        self._runner = runner
        self._owner = owner
        self._on_success = on_success
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._cancel = threading.Event()
        self._worker: _Worker | None = _Worker(function, self._cancel)
        self._worker.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Start the thread (the runner calls this)."""
        assert self._worker is not None
        log.debug("task %s started", self.name)
        self._worker.start()

    def cancel(self) -> None:
        """Ask the function to stop; it decides when (see :class:`TaskContext`)."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        """Whether the outcome has not been delivered yet."""
        return self._worker is not None

    def wait(self, timeout_ms: int) -> bool:
        """Block until the thread ends (shutdown only; the callbacks still run queued)."""
        return self._worker is None or self._worker.wait(timeout_ms)

    @Slot()
    def _deliver(self) -> None:
        worker = self._worker
        if worker is None:
            return
        worker.wait()
        self._worker = None
        result, error = worker.result, worker.error
        worker.result = worker.error = None
        worker.deleteLater()
        try:
            self._call_back(result, error)
        finally:
            self._runner._finished(self)
            self.done.emit()
            self.deleteLater()

    def _call_back(self, result: Any, error: BaseException | None) -> None:
        owner_alive = self._owner is None or shiboken6.isValid(self._owner)
        if error is None:
            log.debug("task %s succeeded", self.name)
            if owner_alive and self._on_success is not None:
                self._on_success(result)
            return
        if isinstance(error, Cancelled):
            log.debug("task %s cancelled", self.name)
            if owner_alive and self._on_cancelled is not None:
                self._on_cancelled()
            return
        user_error = crash.as_user_error(error, vault=self._runner.vault)
        if user_error is None:
            self._runner.crash_reporter.report(error)
            return
        error.__traceback__ = None  # its frames may hold secrets; the sentence is all we need
        log.info("task %s stopped: %s", self.name, type(user_error).__name__)
        if not owner_alive:
            return
        if self._on_error is not None:
            self._on_error(user_error)
        else:
            show_user_error(self._owner, user_error)


def show_user_error(owner: QWidget | None, error: UserError) -> None:
    """Show a user's error in the owner's window (its alert line), else in a plain box."""
    window = owner.window() if owner is not None else None
    shower = getattr(window, "show_user_error", None)
    if callable(shower):
        shower(crash.user_text(error))
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning, "CirclesDesk", crash.user_text(error), parent=window
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class TaskRunner(QObject):
    """Starts tasks and knows which are running (to lock or quit safely)."""

    idle = Signal()  # the last running task has delivered its outcome

    def __init__(
        self, *, crash_reporter: crash.CrashReporter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.crash_reporter = crash_reporter
        self._running: list[Task[Any]] = []
        # The unlocked vault (set by the session), so a task's disk or database failure is
        # told as what it is (crash.as_user_error).
        self.vault: Vault | None = None

    def run(
        self,
        function: Callable[[TaskContext], T],
        *,
        owner: QWidget | None,
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[UserError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        name: str = "task",
    ) -> Task[T]:
        """Run ``function`` on a new thread; see the module docstring for the callbacks.

        ``name`` goes to the log: an event type such as ``"unlock"``, never user data.
        """
        task: Task[T] = Task(
            self,
            function,
            owner=owner,
            on_success=on_success,
            on_error=on_error,
            on_cancelled=on_cancelled,
            name=name,
        )
        self._running.append(task)
        task.start()
        return task

    def run_with_progress(
        self,
        function: Callable[[TaskContext], T],
        *,
        owner: QWidget,
        label: str,
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[UserError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancellable: bool = True,
        name: str = "task",
    ) -> Task[T]:
        """:meth:`run` with a window-modal progress dialog (shown after half a second)."""
        dialog = QProgressDialog(owner)
        dialog.setWindowTitle(QCoreApplication.translate("TaskRunner", "CirclesDesk"))
        dialog.setLabelText(label)
        dialog.setAccessibleName(label)
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(500)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        else:
            dialog.setCancelButtonText(QCoreApplication.translate("TaskRunner", "&Stop"))
        task = self.run(
            function,
            owner=owner,
            on_success=on_success,
            on_error=on_error,
            on_cancelled=on_cancelled,
            name=name,
        )

        def progressed(done: int, total: int, text: str) -> None:
            if not shiboken6.isValid(dialog):
                return
            dialog.setMaximum(max(total, 0))
            if total > 0:
                dialog.setValue(min(done, total))
            if text:
                dialog.setLabelText(text)

        def cancel() -> None:
            task.cancel()
            if shiboken6.isValid(dialog):
                dialog.setLabelText(QCoreApplication.translate("TaskRunner", "Stopping…"))

        def close() -> None:
            if shiboken6.isValid(dialog):
                dialog.canceled.disconnect(cancel)
                dialog.close()
                dialog.deleteLater()

        task.progressed.connect(progressed)
        dialog.canceled.connect(cancel)
        task.done.connect(close)
        task.dialog = dialog  # type: ignore[attr-defined]
        return task

    # -- state -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether any task has not delivered its outcome yet."""
        return bool(self._running)

    def vault_free(self, alert: SaysProblems | None = None, sentence: str = "") -> bool:
        """Whether a write on the GUI thread may go ahead now: no task is using the vault.

        The one place the ui checks this before it writes (pages, forms, draft timers). The vault
        is the rule (a write that meets a task's transaction waits, then raises ``VaultBusy``);
        this is a courtesy, so the window does not freeze meanwhile. When a task has the vault,
        ``alert`` says so: ``sentence``, or that the import or export must finish first.
        """
        if not self._running:
            return True
        if alert is not None:
            alert.show_error(sentence or _tr("Wait until the import or export has finished."))
        return False

    def running_tasks(self) -> list[Task[Any]]:
        """The tasks not yet delivered."""
        return list(self._running)

    def cancel_all(self) -> None:
        """Ask every running task to stop."""
        for task in self._running:
            task.cancel()

    def wait_all(self, timeout_ms: int = 10_000) -> bool:
        """Block until every task's thread ended (for quitting); True if all did."""
        deadline = time.monotonic() + timeout_ms / 1000
        ok = True
        for task in list(self._running):
            remaining = max(0, int((deadline - time.monotonic()) * 1000))
            ok = task.wait(remaining) and ok
        return ok

    def _finished(self, task: Task[Any]) -> None:
        if task in self._running:
            self._running.remove(task)
        if not self._running:
            self.idle.emit()
