"""Application start-up: the QApplication and the first window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from circlesdesk import __version__


class MainWindow(QMainWindow):
    """The main window. For now it tells the user the desktop screens are on their way."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("CirclesDesk"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        title = QLabel(self.tr("<h1>CirclesDesk</h1>"), body)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message = QLabel(
            self.tr(
                "The desktop screens are being built. Until then, use the circlesdesk "
                "command in a terminal; 'circlesdesk --help' lists what it can do."
            ),
            body,
        )
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setAccessibleName(self.tr("Status message"))
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(message)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.resize(720, 480)
        self.data_dir = data_dir


def run(data_dir: Path) -> int:
    """Start the GUI and return its exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CirclesDesk")
    app.setApplicationVersion(__version__)
    window = MainWindow(data_dir)
    window.show()
    return int(app.exec())
