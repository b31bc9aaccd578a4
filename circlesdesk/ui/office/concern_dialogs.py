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
    """A form about one concern in the queue: the concern quoted at the top (it must not be
    hidden), then the fields a subclass adds in :meth:`add_fields`; the first field has the focus.

    Subclasses give :meth:`form_title`, :meth:`ok_text`, :meth:`add_fields` and ``store()``.
    """

    def __init__(
        self,
        vault: Vault,
        concern_uuid: str,
        *,
        clipboard: ClipboardGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.form_title(), self.ok_text(), parent)
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
        self.add_fields(clipboard).setFocus()  # typing starts in the first field
        self.fit()

    def form_title(self) -> str:
        """The form's title and heading."""
        raise NotImplementedError

    def ok_text(self) -> str:
        """The OK button's text, with its mnemonic."""
        raise NotImplementedError

    def add_fields(self, clipboard: ClipboardGuard | None) -> QWidget:
        """Add the form's fields (note editors protected by ``clipboard``); return the first."""
        raise NotImplementedError


class RespondDialog(ConcernForm):
    """Words for the volunteer; they travel back in the reply bundle."""

    def form_title(self) -> str:
        return self.tr("Respond to the volunteer")

    def ok_text(self) -> str:
        return self.tr("&Save response")

    def add_fields(self, clipboard: ClipboardGuard | None) -> QWidget:
        self.ok_button.setToolTip(
            self.tr(
                "Saved now; it goes to the volunteer with the next reply files you write "
                "(Write reply bundles…)."
            )
        )
        self.text = note_editor(self.tr("Response"), self.body, clipboard)
        self.add_row(self.tr("&Response:"), self.text)
        return self.text

    def store(self) -> str:
        return office.respond(self._vault, self._concern, self.text.toPlainText()).uuid


class EscalateDialog(ConcernForm):
    """A disclosure to an outer-circle agency: who, when, and on what basis."""

    def form_title(self) -> str:
        return self.tr("Escalate to an agency")

    def ok_text(self) -> str:
        return self.tr("&Record disclosure")

    def add_fields(self, clipboard: ClipboardGuard | None) -> QWidget:
        self.agency = QLineEdit(self.body)
        self.agency.setAccessibleName(self.tr("Agency"))
        self.agency.setPlaceholderText(self.tr("For example: Police, Probation, MAPPA"))
        large(self.agency)
        self.add_row(self.tr("&Agency:"), self.agency)
        self.when = DateTimeField(self.tr("When it was passed on"), self.body)
        self.add_row(self.tr("&When:"), self.when)
        self.basis = note_editor(self.tr("Basis for the disclosure"), self.body, clipboard)
        self.add_row(self.tr("&Basis:"), self.basis)
        return self.agency

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

    def form_title(self) -> str:
        return self.tr("Close the concern")

    def ok_text(self) -> str:
        return self.tr("&Close concern")

    def add_fields(self, clipboard: ClipboardGuard | None) -> QWidget:
        self.outcome = note_editor(self.tr("Outcome"), self.body, clipboard)
        self.add_row(self.tr("&Outcome:"), self.outcome)
        return self.outcome

    def store(self) -> str:
        return office.close(self._vault, self._concern, self.outcome.toPlainText()).uuid
