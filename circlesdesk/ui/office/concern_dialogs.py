"""The small forms of the concern queue: respond to the volunteer, escalate, close."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from circlesdesk.domain.records import Concern
from circlesdesk.services import office, timeline
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.forms import DateTimeField, RecordForm, note_editor
from circlesdesk.ui.widgets import large, wrapped
from circlesdesk.vault.vault import Vault


class ConcernForm(RecordForm):
    """A form about one concern in the queue, with the concern quoted at the top (it must not
    be hidden)."""

    def __init__(
        self,
        vault: Vault,
        concern_uuid: str,
        title: str,
        ok_text: str,
        *,
        parent: QWidget | None,
    ) -> None:
        super().__init__(title, ok_text, parent)
        self._vault = vault
        self._concern = concern_uuid
        concern = timeline.find_record(vault, "concern", concern_uuid)
        if isinstance(concern, Concern):
            quote = wrapped(
                self.tr("The concern (urgency {level}): {text}").format(
                    level=concern.level, text=concern.description
                ),
                self.body,
            )
            quote.setTextFormat(Qt.TextFormat.PlainText)
            quote.setAccessibleName(quote.text())  # read as shown
            self.body_layout.insertWidget(2, quote)  # under the heading and the message line


class RespondDialog(ConcernForm):
    """Words for the volunteer; they travel back in the reply bundle."""

    def __init__(
        self,
        vault: Vault,
        concern_uuid: str,
        *,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            vault,
            concern_uuid,
            self.tr("Respond to the volunteer"),
            self.tr("&Save response"),
            parent=parent,
        )
        self.ok_button.setToolTip(
            self.tr(
                "Saved now; it goes to the volunteer with the next reply files you write "
                "(Write reply bundles…)."
            )
        )
        self.text = note_editor(self.tr("Response"), self.body, clipboard)
        self.add_row(self.tr("&Response:"), self.text)
        self.text.setFocus()  # typing starts in the first field
        self.fit()

    def store(self) -> str:
        return office.respond(self._vault, self._concern, self.text.toPlainText()).uuid


class EscalateDialog(ConcernForm):
    """A disclosure to an outer-circle agency: who, when, and on what basis."""

    def __init__(
        self,
        vault: Vault,
        concern_uuid: str,
        *,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            vault,
            concern_uuid,
            self.tr("Escalate to an agency"),
            self.tr("&Record disclosure"),
            parent=parent,
        )
        self.agency = QLineEdit(self.body)
        self.agency.setAccessibleName(self.tr("Agency"))
        self.agency.setPlaceholderText(self.tr("For example: Police, Probation, MAPPA"))
        large(self.agency)
        self.add_row(self.tr("&Agency:"), self.agency)
        self.when = DateTimeField(self.tr("When it was passed on"), self.body)
        self.add_row(self.tr("&When:"), self.when)
        self.basis = note_editor(self.tr("Basis for the disclosure"), self.body, clipboard)
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


class CloseDialog(ConcernForm):
    """Close a concern with its outcome; it leaves the queue."""

    def __init__(
        self,
        vault: Vault,
        concern_uuid: str,
        *,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            vault,
            concern_uuid,
            self.tr("Close the concern"),
            self.tr("&Close concern"),
            parent=parent,
        )
        self.outcome = note_editor(self.tr("Outcome"), self.body, clipboard)
        self.add_row(self.tr("&Outcome:"), self.outcome)
        self.outcome.setFocus()
        self.fit()

    def store(self) -> str:
        return office.close(self._vault, self._concern, self.outcome.toPlainText()).uuid
