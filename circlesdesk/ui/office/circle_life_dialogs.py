"""The office's forms for the end of a circle and what it agreed: closing a circle with a reason,
a follow-up contact after it, a new version of its covenant, and one stakeholder's answers to the
end-of-circle questionnaire. Each stores through its service; a problem stays in the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QSpinBox, QWidget

from circlesdesk.domain.enums import ContactMode, EndingReason, Stakeholder
from circlesdesk.services import circles, covenants, endings, questionnaires
from circlesdesk.ui.forms import DateField, RecordForm
from circlesdesk.ui.office.circle_dialogs import fit_content
from circlesdesk.ui.records import contact_mode_names, short_date
from circlesdesk.ui.widgets import large, wrapped
from circlesdesk.vault.vault import Vault


def _tr(text: str) -> str:
    return QCoreApplication.translate("CircleLife", text)


def ending_names() -> dict[str, str]:
    """What each reason a circle ended is called on screen."""
    return {
        EndingReason.COMPLETED.value: _tr("Completed"),
        EndingReason.WITHDREW.value: _tr("Core member withdrew"),
        EndingReason.RECALL.value: _tr("Recall to prison"),
        EndingReason.ARREST.value: _tr("Arrest"),
        EndingReason.RECONVICTION.value: _tr("New conviction"),
        EndingReason.MOVED.value: _tr("Moved away"),
        EndingReason.DIED.value: _tr("Death"),
        EndingReason.OTHER.value: _tr("Other"),
    }


def stakeholder_names() -> dict[str, str]:
    """Who may answer the end-of-circle questionnaire, as shown."""
    return {
        Stakeholder.VOLUNTEER.value: _tr("A volunteer"),
        Stakeholder.CORE_MEMBER.value: _tr("The core member"),
        Stakeholder.PROBATION.value: _tr("Probation"),
    }


def choice_box(names: dict[str, str], name: str, parent: QWidget) -> QComboBox:
    """A drop-down of named choices, each carrying its stored value."""
    combo = QComboBox(parent)
    for value, label in names.items():
        combo.addItem(label, value)
    combo.setAccessibleName(name)
    large(combo)
    return combo


def text_box(name: str, parent: QWidget, *, lines: int = 4) -> QPlainTextEdit:
    """A box for a few lines of text; Tab moves on."""
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().height() * lines)
    return box


class CloseCircleDialog(RecordForm):
    """Close a circle: the reason and the day it ended (its phase becomes closed)."""

    def __init__(self, vault: Vault, code: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Close {code}").format(code=code), self.tr("&Close the circle"), parent
        )
        self._vault = vault
        self._code = code
        self.form.addRow(
            wrapped(
                self.tr(
                    "The circle's phase becomes Closed; its volunteers' laptops learn it with "
                    "their next reply. The reason and date are kept at the office only."
                ),
                self.body,
            )
        )
        self.reason = choice_box(ending_names(), self.tr("Why the circle ended"), self.body)
        self.add_row(self.tr("&Why it ended:"), self.reason)
        self.ended_on = DateField(self.tr("Date the circle ended"), parent=self.body)
        self.add_row(self.tr("&Ended on:"), self.ended_on)
        self.note = text_box(self.tr("Note on the ending"), self.body)
        self.add_row(self.tr("&Note (optional):"), self.note)
        self.reason.setFocus()
        self.fit()
        fit_content(self, self.body, self.buttons)

    def store(self) -> str:
        return endings.close_circle(
            self._vault,
            code=self._code,
            ended_on=self.ended_on.iso(),
            reason=str(self.reason.currentData()),
            note=self.note.toPlainText().strip(),
        ).uuid


class FollowUpDialog(RecordForm):
    """A contact with the former core member after the circle closed."""

    def __init__(self, vault: Vault, code: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Follow-up after {code}").format(code=code), self.tr("&Save follow-up"), parent
        )
        self._vault = vault
        self._code = code
        self.contact_on = DateField(self.tr("Follow-up date"), parent=self.body)
        self.add_row(self.tr("&Date:"), self.contact_on)
        self.mode = choice_box(contact_mode_names(), self.tr("Kind of contact"), self.body)
        self.add_row(self.tr("&Kind of contact:"), self.mode)
        self.summary = text_box(self.tr("What was said"), self.body)
        self.add_row(self.tr("&What was said:"), self.summary)
        self.contact_on.setFocus()
        self.fit()
        fit_content(self, self.body, self.buttons)

    def store(self) -> str:
        return endings.add_follow_up(
            self._vault,
            code=self._code,
            contact_on=self.contact_on.iso(),
            summary=self.summary.toPlainText().strip(),
            mode=ContactMode(self.mode.currentData()),
        ).uuid


class CovenantDialog(RecordForm):
    """The circle's covenant: the versions agreed so far, and a new version with its date."""

    def __init__(self, vault: Vault, code: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Covenant of {code}").format(code=code), self.tr("&Keep new version"), parent
        )
        self._vault = vault
        self._code = code
        circle = circles.find_circle(vault, code)
        agreed = covenants.versions(vault, circle.uuid)
        if agreed:
            history = "\n".join(
                self.tr("Version {version}, agreed on {date}").format(
                    version=c.version, date=short_date(c.agreed_on)
                )
                for c in agreed
            )
        else:
            history = self.tr("No version has been agreed yet.")
        self.history: QLabel = wrapped(history, self.body)
        self.history.setAccessibleName(self.tr("Versions agreed"))
        self.form.addRow(self.history)
        self.text = text_box(self.tr("Covenant text"), self.body, lines=8)
        if agreed:
            self.text.setPlainText(agreed[-1].text)
        self.add_row(self.tr("&Text of the new version:"), self.text)
        self.agreed_on = DateField(self.tr("Date the new version was agreed"), parent=self.body)
        self.add_row(self.tr("&Agreed on:"), self.agreed_on)
        self.text.setFocus()
        self.fit()
        fit_content(self, self.body, self.buttons)

    def store(self) -> str:
        return covenants.agree(
            self._vault,
            code=self._code,
            agreed_on=self.agreed_on.iso(),
            text=self.text.toPlainText().strip(),
        ).uuid


class QuestionnaireDialog(RecordForm):
    """One stakeholder's answers to the current end-of-circle questions (1 to 5 each; "Not
    answered" leaves a question out)."""

    def __init__(self, vault: Vault, code: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("End-of-circle questionnaire for {code}").format(code=code),
            self.tr("&Save answers"),
            parent,
        )
        self._vault = vault
        self._code = code
        questionnaire = questionnaires.current(vault)
        self.form.addRow(
            wrapped(
                self.tr(
                    "Version {version} of the questions. Each answer runs from 1 (not at all) "
                    "to 5 (very much)."
                ).format(version=questionnaire.version),
                self.body,
            )
        )
        self.stakeholder = choice_box(stakeholder_names(), self.tr("Who answered"), self.body)
        self.add_row(self.tr("&Who answered:"), self.stakeholder)
        self.answered_on = DateField(self.tr("Date answered"), parent=self.body)
        self.add_row(self.tr("&Answered on:"), self.answered_on)
        self.scores: dict[str, QSpinBox] = {}
        for key, question in questionnaire.questions.items():
            box = QSpinBox(self.body)
            box.setRange(0, 5)
            box.setSpecialValueText(self.tr("Not answered"))
            box.setAccessibleName(question)
            large(box)
            self.add_row(question, box)
            self.scores[key] = box
        self.comment = text_box(self.tr("Comment"), self.body)
        self.add_row(self.tr("&Comment (optional):"), self.comment)
        self.stakeholder.setFocus()
        self.fit()
        fit_content(self, self.body, self.buttons)

    def store(self) -> str:
        return questionnaires.record_answers(
            self._vault,
            code=self._code,
            stakeholder=str(self.stakeholder.currentData()),
            answered_on=self.answered_on.iso(),
            scores={key: box.value() for key, box in self.scores.items() if box.value()},
            comment=self.comment.toPlainText().strip(),
        ).uuid
