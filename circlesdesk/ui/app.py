"""Application start-up: the QApplication, its look, logging, the crash path and the session.

``circlesdesk`` with no command (or ``circlesdesk gui``) calls :func:`run`: the first-run wizard
when the data folder has no vault, else the unlock window; the main window after unlocking.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from circlesdesk import __version__, paths
from circlesdesk.ui import resources, style
from circlesdesk.ui.crash import CrashReporter, start_logging, stop_logging
from circlesdesk.ui.session import Session
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
    resources.install_translators(app)
    return app


def run(data_dir: Path, *, log_dir: Path | None = None, kdf: KdfParams | None = None) -> int:
    """Start the GUI on the vault folder ``data_dir``; returns the exit code.

    ``log_dir`` defaults to the platform's log folder; ``kdf`` (tests, demos) skips calibration.
    """
    os.umask(0o077)
    app = create_application()
    log_path = start_logging(log_dir or paths.log_dir())
    reporter = CrashReporter(log_path=log_path, parent=app)
    reporter.install()
    log.info("CirclesDesk %s started", __version__)
    runner = TaskRunner(crash_reporter=reporter, parent=app)
    session = Session(data_dir, runner=runner, kdf=kdf, parent=app)
    session.quit_requested.connect(app.quit)
    session.start()
    try:
        code = int(app.exec())
    finally:
        session.shutdown()
        reporter.uninstall()
        log.info("CirclesDesk closed")
        stop_logging(log_path)
        for part in (session, runner, reporter):
            part.deleteLater()
    return code
