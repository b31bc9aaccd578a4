"""Screenshots for the docs, made offscreen from a demo organisation in a temporary folder.

    python -m circlesdesk.ui.screenshots docs/screenshots     (``make screenshots``)

Writes the first-run wizard's role, recovery-code and fingerprint pages, the unlock window
showing a wrong-passphrase error, and the main window after unlocking a demo volunteer's vault.
Everything is fictional (the synthetic demo); the temporary folder is deleted afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMessageLogContext, QSize, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from circlesdesk.services import demo
from circlesdesk.ui import style
from circlesdesk.ui.app import create_application
from circlesdesk.ui.crash import CrashReporter
from circlesdesk.ui.first_run import FirstRunWizard
from circlesdesk.ui.session import Session, State
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault.keyslots import KdfParams

DEMO_PASSPHRASE = "demo kettle maple window"  # noqa: S105 (a fictional demo's passphrase)
FAST_KDF = KdfParams(memory_kib=65536, iterations=1, lanes=1)
WIZARD_SIZE = QSize(860, 660)
UNLOCK_SIZE = QSize(680, 380)
MAIN_SIZE = QSize(1100, 720)


def _quiet_offscreen_limits(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen platform's "does not support raise()" notes; print the rest."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def _wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()
        time.sleep(0.02)


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    _settle()
    path = folder / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path}")
    return path


def _wizard_pages(folder: Path, work: Path, runner: TaskRunner) -> None:
    wizard = FirstRunWizard(work / "new-volunteer", runner, kdf=FAST_KDF)
    wizard.resize(WIZARD_SIZE)
    wizard.show()
    _settle()
    wizard.role_page.volunteer.setChecked(True)
    _save(wizard, folder, "first-run-role.png")
    wizard.next()
    wizard.name_page.name.setText("Sam Taylor")
    wizard.next()
    wizard.passphrase_page.fields.first.setText(DEMO_PASSPHRASE)
    wizard.passphrase_page.fields.second.setText(DEMO_PASSPHRASE)
    wizard.next()
    _wait_until(lambda: wizard.currentId() == FirstRunWizard.PAGE_RECOVERY)
    _save(wizard, folder, "first-run-recovery-code.png")
    wizard.recovery_page.confirmed.setChecked(True)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    _wait_until(lambda: wizard.currentId() == FirstRunWizard.PAGE_ENROLL)
    wizard.enroll_page.saved.show_success(wizard.tr("Saved as enroll-3f9a61c2.req in /media/usb."))
    _save(wizard, folder, "first-run-fingerprint.png")
    vault = wizard.take_vault()
    if vault is not None:
        vault.lock()
    wizard.hide()
    wizard.deleteLater()


def _session_windows(folder: Path, volunteer: Path, runner: TaskRunner) -> None:
    session = Session(volunteer, runner=runner, kdf=FAST_KDF, autolock_ms=3_600_000)
    session.start()
    unlock = session.unlock_window
    assert unlock is not None
    unlock.resize(UNLOCK_SIZE)
    unlock.unlock_panel.passphrase.setText("not my passphrase")
    unlock.unlock_panel.unlock_button.click()
    _wait_until(lambda: bool(unlock.error_text))
    _save(unlock, folder, "unlock-wrong-passphrase.png")
    unlock.unlock_panel.passphrase.setText(DEMO_PASSPHRASE)
    unlock.unlock_panel.unlock_button.click()
    _wait_until(lambda: session.state is State.UNLOCKED)
    main = session.main_window
    assert main is not None
    main.resize(MAIN_SIZE)
    _save(main, folder, "main-window.png")
    session.shutdown()


def main(argv: Sequence[str] | None = None) -> int:
    """Write the screenshots into the folder given (default ``docs/screenshots``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    folder = Path(args[0] if args else "docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    qInstallMessageHandler(_quiet_offscreen_limits)
    app = create_application([sys.argv[0]])
    style.apply(app, dark=False)
    reporter = CrashReporter(parent=app)
    reporter.install()
    runner = TaskRunner(crash_reporter=reporter, parent=app)
    try:
        with tempfile.TemporaryDirectory(prefix="circlesdesk-screenshots-") as temporary:
            work = Path(temporary)
            print("building the demo organisation…")
            built = demo.build_demo(
                work / "demo",
                passphrase=DEMO_PASSPHRASE,
                kdf=FAST_KDF,
                circles=3,
                weeks=12,
            )
            volunteer = sorted(built.volunteers.values())[0]
            _wizard_pages(folder, work, runner)
            _session_windows(folder, volunteer, runner)
            runner.wait_all()
            _settle()
    finally:
        reporter.uninstall()
    if reporter.count:
        print("a bug was reported while taking screenshots; see the log", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
