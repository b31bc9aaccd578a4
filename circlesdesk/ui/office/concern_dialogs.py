"""The small forms of the concern queue: respond to the volunteer, escalate, close."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from circlesdesk.services import office
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.volunteer.common import DateTimeField, RecordForm, large
from circlesdesk.vault.vault import Vault


def _editor(name: str, parent: QWidget, clipboard: ClipboardGuard | None) -> QPlainTextEdit:
    editor = QPlainTextEdit(parent)
    editor.setAccessibleName(name)
    editor.setTabChangesFocus(True)
    editor.setMinimumHeight(editor.fontMetrics().height() * 5)
    if clipboard is not None:
        clipboard.protect(editor)
    return editor


class RespondDialog(RecordForm):
    """Words for the volunteer; they travel back in the reply bundle."""

    def __init__(
        self,
        vault: Vault,
        concern_uuid: str,
        *,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Respond to the volunteer"), self.tr("&Send response"), parent)
        self._vault = vault
        self._concern = concern_uuid
        self.text = _editor(self.tr("Response"), self.body, clipboard)
        self.add_row(self.tr("&Response:"), self.text)
        self.text.setFocus()  # typing starts in the first field
        self.fit()

    def store(self) -> str:
        return office.respond(self._vault, self._concern, self.text.toPlainText()).uuid


class EscalateDialog(RecordForm):
    """A disclosure to an outer-circle agency: who, when, and on what basis."""

    def __init__(
        self,
        vault: Vault,
        concern_uuid: str,
        *,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Escalate to an agency"), self.tr("&Record disclosure"), parent)
        self._vault = vault
        self._concern = concern_uuid
        self.agency = QLineEdit(self.body)
        self.agency.setAccessibleName(self.tr("Agency"))
        self.agency.setPlaceholderText(self.tr("For example: Police, Probation, MAPPA"))
        large(self.agency)
        self.add_row(self.tr("&Agency:"), self.agency)
        self.when = DateTimeField(self.tr("When it was passed on"), self.body)
        self.add_row(self.tr("&When:"), self.when)
        self.basis = _editor(self.tr("Basis for the disclosure"), self.body, clipboard)
        self.add_row(self.tr("&Basis:"), self.basis)
        self.agency.setFocus()
        self.fit()

    def store(self) -> str:
        when = self.when.dateTime().toPython()
        assert isinstance(when, dt.datetime)
        return office.escalate(
            self._vault,
            self._concern,
            agency=self.agency.text(),
            basis=self.basis.toPlainText(),
            when=when.astimezone(),
        ).uuid


class CloseDialog(RecordForm):
    """Close a concern with its outcome; it leaves the queue."""

    def __init__(
        self,
        vault: Vault,
        concern_uuid: str,
        *,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Close the concern"), self.tr("&Close concern"), parent)
        self._vault = vault
        self._concern = concern_uuid
        self.outcome = _editor(self.tr("Outcome"), self.body, clipboard)
        self.add_row(self.tr("&Outcome:"), self.outcome)
        self.outcome.setFocus()
        self.fit()

    def store(self) -> str:
        return office.close(self._vault, self._concern, self.outcome.toPlainText()).uuid
