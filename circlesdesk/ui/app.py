"""Application start-up: the QApplication, its look, logging, the crash path and the session.

``circlesdesk`` with no command (or ``circlesdesk FILE.cdb…``) calls :func:`run`: the first-run
wizard when the data folder has no vault, else the unlock window; the main window after
unlocking. Only one instance runs per user and vault folder: a second start hands its bundle
files to the first (see :mod:`circlesdesk.ui.single_instance`) and ends.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QWidget

from circlesdesk import __version__, paths
from circlesdesk.ui import resources, single_instance, style, translations
from circlesdesk.ui.crash import CrashReporter, start_logging, stop_logging
from circlesdesk.ui.session import Session, State
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.widgets import install_accessibility
from circlesdesk.vault.keyslots import KdfParams

log = logging.getLogger(__name__)

APP_NAME = "CirclesDesk"
ORGANIZATION = "CirclesDesk"
DESKTOP_FILE = "org.circlesdesk.CirclesDesk"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), named, styled, translated and with its window icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE)
    # Qt 6 scales for high-DPI screens by default; icons are rendered from SVG at every size.
    install_accessibility()
    style.apply(app)
    style.follow_system(app)
    app.setWindowIcon(resources.icon("app"))
    if not app.property("circlesdesk_translated"):
        # Once: the system's language, or $CIRCLESDESK_LANG (a language or a .qm file).
        app.setProperty("circlesdesk_translated", True)
        translations.install(app)
    return app


class BundleOpener(QObject):
    """Brings the app's window forward and hands it bundle files (from the command line or a
    second start); files given before the first unlock wait for the main window."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pending: list[Path] = []
        session.state_changed.connect(self._state_changed)

    @Slot(list)
    def open(self, paths: list[Path]) -> None:
        """Open the files (now, or once a vault is unlocked) and show the window in use."""
        self.pending.extend(paths)
        self._deliver()
        window = front_window(self.session)
        if window is not None:
            raise_window(window)

    @Slot(str)
    def _state_changed(self, state: str) -> None:
        if state == State.UNLOCKED.value:
            self._deliver()

    def _deliver(self) -> None:
        window = self.session.main_window
        if window is not None and self.pending:
            paths, self.pending = self.pending, []
            window.open_bundles(paths)


def front_window(session: Session) -> QWidget | None:
    """The window the user works in now: the main window, the unlock window or the wizard."""
    if session.state is State.UNLOCKED:
        return session.main_window
    if session.state is State.LOCKED:
        return session.unlock_window
    return session.wizard


def raise_window(window: QWidget) -> None:
    """Show a window above the others, restored if it was minimised."""
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


def run(
    data_dir: Path,
    *,
    files: Sequence[Path] = (),
    log_dir: Path | None = None,
    kdf: KdfParams | None = None,
) -> int:
    """Start the GUI on the vault folder ``data_dir`` and open ``files``; returns the exit code.

    If CirclesDesk already runs on that folder, the files go to it and this start returns 0.
    ``log_dir`` defaults to the platform's log folder; ``kdf`` (tests, demos) skips calibration.
    """
    os.umask(0o077)
    app = create_application()
    name = single_instance.server_name(data_dir)
    if single_instance.send_to_running(name, files):
        return 0
    server = single_instance.InstanceServer(name, parent=app)
    server.listen()
    log_path = start_logging(log_dir or paths.log_dir())
    reporter = CrashReporter(log_path=log_path, parent=app)
    reporter.install()
    log.info("CirclesDesk %s started", __version__)
    runner = TaskRunner(crash_reporter=reporter, parent=app)
    session = Session(data_dir, runner=runner, kdf=kdf, parent=app)
    session.quit_requested.connect(app.quit)
    opener = BundleOpener(session, parent=app)
    server.activated.connect(opener.open)
    session.start()
    if files:
        opener.open(list(files))
    try:
        code = int(app.exec())
    finally:
        session.shutdown()
        reporter.uninstall()
        log.info("CirclesDesk closed")
        stop_logging(log_path)
        server.close()
        for part in (server, opener, session, runner, reporter):
            part.deleteLater()
    return code
