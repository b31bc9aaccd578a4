"""What happens when something goes wrong: a user's sentence, or the crash path for a bug.

:func:`as_user_error` is the one place the GUI decides whether an exception is the user's to
read (a :class:`~circlesdesk.errors.UserError`, a damaged database, a file problem) or a bug.
A bug goes to :class:`CrashReporter`: its traceback is written to the log (file names, lines
and functions; never the exception's message or local values, which may hold names or note
text) and a crash dialog is shown through a *queued* call on the GUI thread, never straight
from ``sys.excepthook`` (which may run on any thread, inside any slot).
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from circlesdesk.atomicfile import ensure_private_dir
from circlesdesk.errors import UserError
from circlesdesk.messages import Message
from circlesdesk.vault import database
from circlesdesk.vault.errors import VaultDamaged
from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)

LOG_FILE = "circlesdesk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


class FileProblem(UserError):
    """An operating-system error on a file or folder the app needed."""

    code = "file.problem"


def as_user_error(error: BaseException, *, vault: Vault | None = None) -> UserError | None:
    """The sentence-bearing error a user should see for ``error``, or None if it is a bug.

    With the open ``vault`` a disk or database failure is classified by the vault
    (``vault/diagnose.py``: full, read-only, damaged only when its pages prove it).
    """
    if isinstance(error, UserError):
        return error
    if (
        vault is not None
        and not vault.is_locked
        and isinstance(error, (database.DatabaseError, OSError))
    ):
        found = vault.explain(error)
        if found is not None:
            return found
    if isinstance(error, database.DatabaseError) and database.is_damage(error):
        return VaultDamaged()
    if isinstance(error, OSError):
        if error.strerror:
            return FileProblem("file.problem_because", reason=error.strerror)
        return FileProblem()
    return None


def user_text(source: UserError | Message) -> str:
    """What the user reads for an error (or a core message): its catalogue sentence, translated.

    The one way the GUI turns the core's codes into words (``circlesdesk/messages.py``); never
    ``str(error)``, which is the English for the command line and the logs.
    """
    message = source.message if isinstance(source, UserError) else source
    return message.render(QCoreApplication.translate)


def safe_traceback(
    exc_type: type[BaseException], tb: TracebackType | None, *, chained: int = 3
) -> str:
    """A traceback without the exception's message or any values: files, lines, functions."""
    lines = ["Traceback (most recent call last):"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__} (message not logged)")
    return "\n".join(lines)


def _describe(error: BaseException) -> str:
    parts = [safe_traceback(type(error), error.__traceback__)]
    cause = error.__cause__ or error.__context__
    depth = 0
    while cause is not None and depth < 3:
        parts.append("…while handling:\n" + safe_traceback(type(cause), cause.__traceback__))
        cause = cause.__cause__ or cause.__context__
        depth += 1
    return "\n".join(parts)


class _PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created readable by their owner only (mode 0600)."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)


def start_logging(folder: Path, *, level: int = logging.INFO) -> Path:
    """Send the ``circlesdesk`` loggers to a private, rotating file in ``folder``."""
    ensure_private_dir(folder)
    path = folder / LOG_FILE
    handler = _PrivateLogFile(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("circlesdesk")
    root.setLevel(level)
    root.addHandler(handler)
    return path


def stop_logging(path: Path) -> None:
    """Detach and close the log file that :func:`start_logging` opened at ``path``."""
    root = logging.getLogger("circlesdesk")
    for handler in list(root.handlers):
        if isinstance(handler, _PrivateLogFile) and handler.baseFilename == str(path):
            root.removeHandler(handler)
            handler.close()


class CrashReporter(QObject):
    """Logs bugs and shows one crash dialog at a time, always on the GUI thread.

    Create it on the GUI thread; call :meth:`report` (or let :meth:`install` route
    ``sys.excepthook`` and ``threading.excepthook`` here) from anywhere.
    """

    crashed = Signal()

    def __init__(self, *, log_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.count = 0
        self.dialog: QMessageBox | None = None
        self._previous_hooks: tuple[object, object] | None = None
        # Queued: the dialog opens from the event loop, never inside the hook's call stack.
        self.crashed.connect(self._show_dialog, Qt.ConnectionType.QueuedConnection)

    # -- reporting -------------------------------------------------------------------------

    def report(self, error: BaseException) -> None:
        """Log a bug's traceback (without its message) and queue the crash dialog."""
        self.count += 1
        log.error("unexpected error\n%s", _describe(error))
        self.crashed.emit()

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """``sys.excepthook``: Ctrl+C quits; anything else is reported."""
        if issubclass(exc_type, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        self.report(exc)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: a Python thread's uncaught exception is a bug too."""
        if args.exc_value is not None:
            self.report(args.exc_value)

    def install(self) -> None:
        """Route uncaught exceptions (GUI thread and Python threads) to this reporter."""
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Put back the hooks that were there before :meth:`install`."""
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks  # type: ignore[assignment]
            self._previous_hooks = None

    # -- the dialog ------------------------------------------------------------------------

    @Slot()
    def _show_dialog(self) -> None:
        if self.dialog is not None:
            return  # one dialog is enough; the log has every report
        where = str(self.log_path.parent) if self.log_path else self.tr("the log folder")
        parent = QApplication.activeWindow()
        dialog = QMessageBox(parent if isinstance(parent, QWidget) else None)
        dialog.setIcon(QMessageBox.Icon.Critical)
        dialog.setWindowTitle(self.tr("CirclesDesk"))
        dialog.setText(self.tr("Something went wrong inside CirclesDesk."))
        dialog.setInformativeText(
            self.tr(
                "What you saved before is safe in your vault. If you were in the middle of "
                "something, please check it. A note for the developers was written in {folder} "
                "(it holds no names and no notes); your coordinator can pass it on."
            ).format(folder=where)
        )
        keep = dialog.addButton(self.tr("&Carry on"), QMessageBox.ButtonRole.AcceptRole)
        quit_button = dialog.addButton(
            self.tr("&Close CirclesDesk"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep.setAccessibleName(self.tr("Carry on"))
        quit_button.setAccessibleName(self.tr("Close CirclesDesk"))
        dialog.setDefaultButton(keep)
        dialog.setEscapeButton(keep)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog = dialog

        def finished() -> None:
            self.dialog = None
            if dialog.clickedButton() is quit_button:
                app = QApplication.instance()
                if app is not None:
                    app.quit()

        dialog.finished.connect(finished)
        dialog.open()
