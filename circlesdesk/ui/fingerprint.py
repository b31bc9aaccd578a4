"""Showing a device fingerprint to compare in person or by phone: big digit groups and a QR code.

A fingerprint is eight groups of five digits (``sync.keys.PublicIdentity.fingerprint``). The
QR code holds exactly the text shown (digits and single spaces, QR *alphanumeric* mode), so a
phone's camera app displays the same digits. The QR matrix comes from ``segno`` (pure Python);
:class:`QrCode` paints it with QPainter, black on white whatever the palette, with the four-module
quiet zone scanners need.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from circlesdesk.ui import style

log = logging.getLogger(__name__)

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of ``text`` as rows of dark (True) and light modules, without quiet zone.

    Error correction level M at least (segno raises it when that costs no extra size).
    """
    import segno  # imported here: only the fingerprint screens need it

    code = segno.make_qr(text, error="m")
    return [[bool(module) for module in row] for row in code.matrix]


class QrCode(QWidget):
    """A QR code drawn crisply at whole-pixel module sizes."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: list[list[bool]] = []
        self.setMinimumSize(QSize(150, 150))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("QR code"))
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """Encode new text (an empty text shows nothing)."""
        self.matrix = qr_matrix(text) if text else []
        self.setAccessibleDescription(text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.matrix:
            return
        modules = len(self.matrix) + 2 * QUIET_ZONE
        side = min(self.width(), self.height())
        unit = max(1, side // modules)
        size = unit * modules
        left = (self.width() - size) // 2
        top = (self.height() - size) // 2
        painter = QPainter(self)
        painter.fillRect(QRect(left, top, size, size), QColor("white"))
        black = QColor("black")
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        QRect(
                            left + (x + QUIET_ZONE) * unit,
                            top + (y + QUIET_ZONE) * unit,
                            unit,
                            unit,
                        ),
                        black,
                    )
        painter.end()


def grouped_lines(fingerprint: str, per_line: int = 4) -> str:
    """The fingerprint's groups, ``per_line`` to a line, for large display."""
    groups = fingerprint.split()
    lines = [" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]
    return "\n".join(lines)


class FingerprintView(QWidget):
    """A fingerprint in large digit groups beside its QR code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digits = QLabel(self)
        self.digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_role(self.digits, "fingerprint")
        self.qr = QrCode(parent=self)
        self.qr.setAccessibleName(self.tr("QR code of the fingerprint"))
        digits_column = QVBoxLayout()
        digits_column.addStretch(1)
        digits_column.addWidget(self.digits)
        digits_column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(digits_column, 1)
        layout.addWidget(self.qr)
        self._fingerprint = ""

    @property
    def fingerprint(self) -> str:
        """The fingerprint shown, as one line of groups."""
        return self._fingerprint

    def set_fingerprint(self, fingerprint: str) -> None:
        """Show a fingerprint (eight groups of five digits)."""
        self._fingerprint = fingerprint
        self.digits.setText(grouped_lines(fingerprint))
        self.digits.setAccessibleName(self.tr("Fingerprint"))
        # Read out group by group, not as one forty-digit number.
        self.digits.setAccessibleDescription(", ".join(fingerprint.split()))
        self.qr.set_text(fingerprint)
