"""Words and small widgets shared by the office's pages: inbox states, clocks, a progress row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from circlesdesk.services.office import INVALID, Clock
from circlesdesk.sync.importer import State
from circlesdesk.ui.widgets import large

# Clock colours: amber and red backgrounds dark text reads well on; the text says it too.
CLOCK_COLOURS = {Clock.AMBER: QColor("#f6d37a"), Clock.RED: QColor("#f2a5a0")}
CLOCK_TEXT_COLOUR = QColor("#1a1a1a")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Office", text)


def state_names() -> dict[str, str]:
    """What each inbox state is called in the list."""
    return {
        State.READY.value: _tr("Ready"),
        State.ALREADY_IMPORTED.value: _tr("Already imported"),
        State.COVERED.value: _tr("Already covered"),
        State.WAITING.value: _tr("Waiting for an earlier bundle"),
        State.FORK.value: _tr("Fork"),
        State.REVOKED.value: _tr("Revoked device"),
        State.OUT_OF_SCOPE.value: _tr("Outside its circles"),
        INVALID: _tr("Invalid"),
    }


def clock_names() -> dict[Clock, str]:
    """How a due clock reads (never colour alone)."""
    return {Clock.OK: _tr("On time"), Clock.AMBER: _tr("Due soon"), Clock.RED: _tr("Overdue")}


class ProgressRow(QWidget):
    """What a running task is doing, how far it is, and a Stop button. Hidden when idle."""

    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.stop_button = QPushButton(self.tr("S&top"), self)
        self.stop_button.setAccessibleName(self.tr("Stop"))
        large(self.stop_button)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.stop_button)
        self.stop_button.clicked.connect(self._stop)
        self.hide()

    def start(self, text: str) -> None:
        """Show the row with a sentence saying what is happening."""
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.stop_button.setEnabled(True)
        self.show()

    def progressed(self, done: int, total: int, text: str) -> None:
        """Move the bar (``total`` 0: unknown)."""
        self.bar.setRange(0, max(total, 0))
        if total > 0:
            self.bar.setValue(min(done, total))
        if text:
            self.label.setText(text)

    def finish(self) -> None:
        """Hide the row."""
        self.hide()

    def _stop(self) -> None:
        self.label.setText(self.tr("Stopping…"))
        self.stop_button.setEnabled(False)
        self.stop_requested.emit()
