"""The small forms of the concern queue: respond to the volunteer, escalate, close."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from circlesdesk.domain.records import Concern
from circlesdesk.services import office, timeline
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.forms import DateTimeField, RecordForm
from circlesdesk.ui.widgets import large, wrapped
from circlesdesk.vault.vault import Vault


def _show_concern(form: RecordForm, vault: Vault, concern_uuid: str) -> None:
    """The concern being answered, quoted at the top of the form (it must not be hidden)."""
    concern = timeline.find_record(vault, "concern", concern_uuid)
    if not isinstance(concern, Concern):
        return
    quote = wrapped(
        form.tr("The concern (urgency {level}): {text}").format(
            level=concern.level, text=concern.description
        ),
        form.body,
    )
    quote.setTextFormat(Qt.TextFormat.PlainText)
    quote.setAccessibleName(quote.text())  # read as shown
    form.body_layout.insertWidget(2, quote)  # under the heading and the message line


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
        super().__init__(self.tr("Respond to the volunteer"), self.tr("&Save response"), parent)
        self._vault = vault
        self._concern = concern_uuid
        _show_concern(self, vault, concern_uuid)
        self.ok_button.setToolTip(
            self.tr(
                "Saved now; it goes to the volunteer with the next reply files you write "
                "(Write reply bundles…)."
            )
        )
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
        _show_concern(self, vault, concern_uuid)
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
        _show_concern(self, vault, concern_uuid)
        self.outcome = _editor(self.tr("Outcome"), self.body, clipboard)
        self.add_row(self.tr("&Outcome:"), self.outcome)
        self.outcome.setFocus()
        self.fit()

    def store(self) -> str:
        return office.close(self._vault, self._concern, self.outcome.toPlainText()).uuid
