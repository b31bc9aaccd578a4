"""The office's referral forms: a new referral, moving one to its next stage, and forming a
circle from an accepted one. Each stores through services/referrals.py; a problem stays shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from circlesdesk.domain.enums import MeetingPattern, ReferralStage
from circlesdesk.domain.records import ASSESSMENT_KINDS
from circlesdesk.services import referrals
from circlesdesk.services.referrals import Assessment
from circlesdesk.ui.forms import DateField, RecordForm
from circlesdesk.ui.office.circle_dialogs import fit_content, pattern_names
from circlesdesk.ui.office.circle_life_dialogs import choice_box, text_box
from circlesdesk.ui.widgets import large
from circlesdesk.vault.vault import Vault

ASSESSMENT_ROWS = 3  # risk assessments the form offers (the record holds up to 20)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Referrals", text)


def stage_names() -> dict[str, str]:
    """What each referral stage is called on screen."""
    return {
        ReferralStage.RECEIVED.value: _tr("Received"),
        ReferralStage.ASSESSED.value: _tr("Assessed"),
        ReferralStage.ACCEPTED.value: _tr("Accepted"),
        ReferralStage.DECLINED.value: _tr("Declined"),
        ReferralStage.FORMED.value: _tr("Circle formed"),
    }


def carer_consent_names() -> dict[str, str]:
    """A parent's or carer's consent to a young people's circle, as shown."""
    return {
        "not-yet-asked": _tr("Not yet asked"),
        "given": _tr("Given"),
        "refused": _tr("Refused"),
    }


def _line(name: str, parent: QWidget, placeholder: str = "") -> QLineEdit:
    line = QLineEdit(parent)
    line.setAccessibleName(name)
    line.setPlaceholderText(placeholder)
    large(line)
    return line


class AssessmentRow(QWidget):
    """One risk assessment the referrer supplied: kind, level, date and document reference."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kinds = {"": self.tr("None"), **ASSESSMENT_KINDS, "other": self.tr("Other")}
        self.kind = choice_box(kinds, self.tr("Kind of assessment {n}").format(n=number), self)
        self.level = _line(
            self.tr("Level of assessment {n}").format(n=number), self, self.tr("Level")
        )
        self.assessed_on = _line(
            self.tr("Date of assessment {n}").format(n=number), self, self.tr("YYYY-MM-DD")
        )
        self.document = _line(
            self.tr("Document reference of assessment {n}").format(n=number),
            self,
            self.tr("Document reference"),
        )
        for widget, stretch in ((self.kind, 0), (self.level, 1), (self.assessed_on, 1)):
            layout.addWidget(widget, stretch)
        layout.addWidget(self.document, 2)

    def assessment(self) -> Assessment | None:
        """The assessment entered, or None when the row is left at "None"."""
        kind = str(self.kind.currentData() or "")
        if not kind:
            return None
        return Assessment(
            kind=kind,
            level=self.level.text().strip(),
            assessed_on=self.assessed_on.text().strip() or None,
            document=self.document.text().strip(),
        )


class ReferralDialog(RecordForm):
    """A new referral, as received from the referring agency."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New referral"), self.tr("&Save referral"), parent)
        self._vault = vault
        self.agency = _line(
            self.tr("Referring agency"), self.body, self.tr("For example Probation")
        )
        self.add_row(self.tr("Referring &agency:"), self.agency)
        self.officer = _line(self.tr("Referring officer"), self.body)
        self.add_row(self.tr("Referring &officer:"), self.officer)
        self.received_on = DateField(self.tr("Date received"), parent=self.body)
        self.add_row(self.tr("&Received on:"), self.received_on)
        self.core_member = _line(
            self.tr("Core member's pseudonym"), self.body, self.tr("A pseudonym, never a name")
        )
        self.add_row(self.tr("Core &member (pseudonym):"), self.core_member)
        self.assessments = [AssessmentRow(n, self.body) for n in range(1, ASSESSMENT_ROWS + 1)]
        for number, row in enumerate(self.assessments, start=1):
            self.add_row(self.tr("Risk assessment {n}:").format(n=number), row)
        self.mappa_category = choice_box(
            {"": self.tr("Not managed under MAPPA"), **{str(n): str(n) for n in range(1, 5)}},
            self.tr("MAPPA category"),
            self.body,
        )
        self.add_row(self.tr("MAPPA &category:"), self.mappa_category)
        self.mappa_level = choice_box(
            {"": self.tr("Not set"), **{str(n): str(n) for n in range(1, 4)}},
            self.tr("MAPPA level"),
            self.body,
        )
        self.add_row(self.tr("MAPPA &level:"), self.mappa_level)
        self.licence_end_on = _line(
            self.tr("Licence or order end date"), self.body, self.tr("YYYY-MM-DD, or empty")
        )
        self.add_row(self.tr("Licence or order &ends on:"), self.licence_end_on)
        self.starts_in_prison = QCheckBox(self.tr("The circle starts in &prison before release"))
        self.form.addRow(self.starts_in_prison)
        self.young_people = QCheckBox(self.tr("A &young people's circle"))
        self.form.addRow(self.young_people)
        self.carer_consent = choice_box(
            carer_consent_names(), self.tr("Parent or carer consent"), self.body
        )
        self.add_row(self.tr("Parent or carer &consent:"), self.carer_consent)
        self.carer_consent.setEnabled(False)
        self.young_people.toggled.connect(self.carer_consent.setEnabled)
        self.agency.setFocus()
        self.fit()
        fit_content(self, self.body, self.buttons)

    def store(self) -> str:
        category = self.mappa_category.currentData()
        level = self.mappa_level.currentData()
        young = self.young_people.isChecked()
        return referrals.add_referral(
            self._vault,
            agency=self.agency.text(),
            officer=self.officer.text(),
            received_on=self.received_on.iso(),
            core_member=self.core_member.text(),
            assessments=[a for row in self.assessments if (a := row.assessment()) is not None],
            mappa_category=int(category) if category else None,
            mappa_level=int(level) if level else None,
            licence_end_on=self.licence_end_on.text().strip() or None,
            starts_in_prison=self.starts_in_prison.isChecked(),
            young_people=young,
            carer_consent=str(self.carer_consent.currentData()) if young else None,
        ).uuid


class AdvanceDialog(RecordForm):
    """Move a referral to a stage on a day (declining asks for the reason)."""

    def __init__(
        self, vault: Vault, referral_uuid: str, stage: str, parent: QWidget | None = None
    ) -> None:
        title = {
            ReferralStage.ASSESSED.value: self.tr("Mark the referral assessed"),
            ReferralStage.ACCEPTED.value: self.tr("Accept the referral"),
            ReferralStage.DECLINED.value: self.tr("Decline the referral"),
        }[stage]
        super().__init__(title, self.tr("&Save"), parent)
        self._vault = vault
        self._uuid = referral_uuid
        self._stage = stage
        self.on = DateField(self.tr("Date of the stage"), parent=self.body)
        self.add_row(self.tr("&On:"), self.on)
        self.reason = text_box(self.tr("Reason for declining"), self.body)
        if stage == ReferralStage.DECLINED.value:
            self.add_row(self.tr("&Reason:"), self.reason)
        else:
            self.reason.hide()
        self.on.setFocus()
        self.fit()
        fit_content(self, self.body, self.buttons)

    def store(self) -> str:
        return referrals.advance(
            self._vault,
            referral_uuid=self._uuid,
            stage=self._stage,
            on=self.on.iso(),
            reason=self.reason.toPlainText().strip() or None,
        ).uuid


class FormCircleDialog(RecordForm):
    """Form a circle from an accepted referral: its code, the day, volunteers and pattern."""

    def __init__(self, vault: Vault, referral_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Form a circle"), self.tr("&Form the circle"), parent)
        self._vault = vault
        self._uuid = referral_uuid
        self.code = _line(self.tr("Circle code"), self.body, self.tr("For example SW-014"))
        self.add_row(self.tr("Circle &code:"), self.code)
        self.formed_on = DateField(self.tr("Date the circle was formed"), parent=self.body)
        self.add_row(self.tr("&Formed on:"), self.formed_on)
        self.volunteers = _line(self.tr("Volunteers"), self.body, self.tr("Separated by commas"))
        self.add_row(self.tr("&Volunteers:"), self.volunteers)
        self.pattern: QComboBox = choice_box(pattern_names(), self.tr("Meeting pattern"), self.body)
        self.add_row(self.tr("Meets &how often:"), self.pattern)
        self.code.setFocus()
        self.fit()
        fit_content(self, self.body, self.buttons)

    def store(self) -> str:
        return referrals.form_circle(
            self._vault,
            referral_uuid=self._uuid,
            code=self.code.text().strip().upper(),
            formed_on=self.formed_on.iso(),
            volunteers=[v.strip() for v in self.volunteers.text().split(",") if v.strip()],
            meeting_pattern=MeetingPattern(self.pattern.currentData()),
        ).uuid
