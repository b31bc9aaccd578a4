"""The crash path: a bug is logged without its message and shown through a queued dialog."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from circlesdesk.errors import UserError
from circlesdesk.ui import crash
from circlesdesk.ui.crash import CrashReporter, as_user_error
from circlesdesk.vault.errors import VaultDamaged, WrongPassphrase

SECRET = "Kestrel's address is 4 Mill Lane"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = crash.start_logging(tmp_path / "logs")
    yield path
    crash.stop_logging(path)
    assert not any(
        getattr(h, "baseFilename", None) == str(path)
        for h in logging.getLogger("circlesdesk").handlers
    )


def _raise_bug() -> None:
    note = SECRET  # a local value that must not reach the log
    raise ValueError(note)


def test_the_excepthook_logs_without_the_message_and_queues_the_dialog(
    qtbot: QtBot, log_file: Path
) -> None:
    reporter = CrashReporter(log_path=log_file)
    reporter.install()
    try:
        assert sys.excepthook == reporter.excepthook
        try:
            _raise_bug()
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        # Not shown from inside the hook: the dialog comes from the event loop.
        assert reporter.dialog is None
        qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=2000)
        dialog = reporter.dialog
        assert dialog is not None and dialog.isVisible()
        assert "Something went wrong" in dialog.text()
        assert str(log_file.parent) in dialog.informativeText()
        text = log_file.read_text()
        assert "_raise_bug" in text and "builtins.ValueError (message not logged)" in text
        assert SECRET not in text and "Mill Lane" not in text
        assert (log_file.stat().st_mode & 0o777) == 0o600 or sys.platform == "win32"
        # A second bug while the dialog is open: logged, one dialog only.
        try:
            _raise_bug()
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        qtbot.wait(50)
        assert reporter.dialog is dialog and reporter.count == 2
        dialog.close()
        qtbot.waitUntil(lambda: reporter.dialog is None, timeout=2000)
    finally:
        reporter.uninstall()
    assert sys.excepthook is not reporter.excepthook


def test_a_python_thread_bug_reaches_the_gui_thread_dialog(qtbot: QtBot, log_file: Path) -> None:
    reporter = CrashReporter(log_path=log_file)
    reporter.install()
    try:
        thread = threading.Thread(target=_raise_bug)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=2000)
        assert SECRET not in log_file.read_text()
        reporter.dialog.close()  # type: ignore[union-attr]
    finally:
        reporter.uninstall()


def test_what_the_user_reads_and_what_is_a_bug() -> None:
    assert as_user_error(WrongPassphrase()) is not None
    assert str(as_user_error(OSError(28, "No space left on device"))).startswith(
        "CirclesDesk could not use a file or folder it needs (No space left on device)."
    )
    assert isinstance(as_user_error(OSError(13, "Permission denied", "/home/anna/x")), UserError)
    assert "/home/anna" not in str(as_user_error(OSError(13, "Permission denied", "/home/anna")))
    assert as_user_error(KeyError("x")) is None
    import sqlcipher3

    damaged = sqlcipher3.DatabaseError("file is not a database")
    damaged.sqlite_errorcode = 26  # type: ignore[attr-defined]
    result = as_user_error(damaged)
    assert result is None or isinstance(result, VaultDamaged)


def test_with_the_open_vault_a_full_disk_and_a_damaged_page_are_told_apart(
    office_vault_dir: Path,
) -> None:
    import errno

    import sqlcipher3

    from circlesdesk.vault.errors import DiskFull
    from circlesdesk.vault.vault import Vault
    from tests.vault_kit import PASSPHRASE

    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        full = as_user_error(OSError(errno.ENOSPC, "No space left on device"), vault=vault)
        assert isinstance(full, DiskFull)
        unreadable = sqlcipher3.DatabaseError("file is not a database")
        unreadable.sqlite_errorcode = 26  # type: ignore[attr-defined]
        # Every page checks out, so this is not called damage.
        assert not isinstance(as_user_error(unreadable, vault=vault), VaultDamaged)


def test_user_text_is_the_catalogue_sentence_in_the_apps_language(qapp: object) -> None:
    from PySide6.QtCore import QTranslator

    from circlesdesk.messages import CONTEXT, TEMPLATES, Message

    assert crash.user_text(WrongPassphrase()) == TEMPLATES["vault.wrong_passphrase"]
    assert crash.user_text(Message("import.ready")) == "Ready to import."

    class Welsh(QTranslator):
        def translate(self, context: str, source: str, *_rest: object) -> str:
            if (context, source) == (CONTEXT, TEMPLATES["vault.wrong_passphrase"]):
                return "Nid yw'r cyfrinymadrodd yn gywir."
            return ""

    from PySide6.QtCore import QCoreApplication

    welsh = Welsh()
    QCoreApplication.installTranslator(welsh)
    try:
        assert crash.user_text(WrongPassphrase()) == "Nid yw'r cyfrinymadrodd yn gywir."
        assert str(WrongPassphrase()) == TEMPLATES["vault.wrong_passphrase"]  # the CLI's English
    finally:
        QCoreApplication.removeTranslator(welsh)


def test_the_gui_never_shows_an_errors_english() -> None:
    """``str(error)`` is the command line's English: the GUI goes through ``user_text``."""
    import circlesdesk.ui

    package = Path(circlesdesk.ui.__file__).parent
    offenders = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "str(error)" in line and "``str(error)``" not in line
    ]
    assert offenders == []
