"""The Volunteers' records page: each volunteer's training, vetting and supervision.

The office alone keeps these records (they never go to a laptop). The table lists every
volunteer with their courses, the status of their newest enhanced DBS check and prison vetting,
and their latest supervision; the pane below lists the chosen volunteer's records in full, with
the forms that add a course, a check or a session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from circlesdesk.domain.enums import SupervisionKind, VettingCheck
from circlesdesk.domain.vetting import VettingStatus
from circlesdesk.services import subject_access, volunteer_records
from circlesdesk.services.volunteer_records import VolunteerRecord, VolunteerSummary
from circlesdesk.ui import dialogs
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.forms import DateField, RecordForm
from circlesdesk.ui.office.list_page import ListPage, details_label, page_column, say
from circlesdesk.ui.records import short_date
from circlesdesk.ui.table_model import RowsModel, read_only_table
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.widgets import AlertLabel, hint, large
from circlesdesk.vault.vault import Vault


def _tr(text: str) -> str:
    return QCoreApplication.translate("VolunteerRecords", text)


def check_names() -> dict[str, str]:
    """What each kind of check is called on screen."""
    return {
        VettingCheck.ENHANCED_DBS.value: _tr("Enhanced DBS"),
        VettingCheck.PRISON_VETTING.value: _tr("Prison vetting"),
    }


def session_names() -> dict[str, str]:
    """What each kind of session is called on screen."""
    return {
        SupervisionKind.SUPERVISION.value: _tr("Supervision"),
        SupervisionKind.ONE_TO_ONE.value: _tr("One-to-one"),
        SupervisionKind.DEBRIEF.value: _tr("Debrief"),
    }


def status_text(status: VettingStatus, expires_on: str) -> str:
    """A check's status with its expiry date, in words."""
    day = short_date(expires_on)
    if status is VettingStatus.EXPIRED:
        return _tr("Expired %1").replace("%1", day)
    if status is VettingStatus.EXPIRING:
        return _tr("Expires %1 (soon)").replace("%1", day)
    return _tr("Valid to %1").replace("%1", day)


class VolunteersModel(RowsModel[VolunteerSummary]):
    """One row per volunteer."""

    NAME, TRAINING, DBS, PRISON, SUPERVISION = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Volunteer"),
            self.tr("Courses"),
            self.tr("Enhanced DBS"),
            self.tr("Prison vetting"),
            self.tr("Latest supervision"),
        )

    def text(self, row: VolunteerSummary, column: int) -> str:
        """What a cell shows."""
        if column == self.NAME:
            return row.person.name
        if column == self.TRAINING:
            return str(row.courses)
        if column in (self.DBS, self.PRISON):
            kind = VettingCheck.ENHANCED_DBS if column == self.DBS else VettingCheck.PRISON_VETTING
            found = row.checks.get(kind.value)
            if found is None:
                return self.tr("Not recorded")
            check, status = found
            return status_text(status, check.expires_on)
        return short_date(row.last_session) if row.last_session else self.tr("None yet")


def record_text(record: VolunteerRecord) -> str:
    """The chosen volunteer's records in full, as the pane below the list shows them."""
    lines = [_tr("Training:")]
    lines += [
        "  "
        + _tr("%1 on %2").replace("%1", t.course).replace("%2", short_date(t.completed_on))
        + (_tr(" (certificate %1)").replace("%1", t.certificate) if t.certificate else "")
        for t in record.training
    ] or ["  " + _tr("none recorded")]
    lines.append(_tr("Vetting:"))
    lines += [
        "  "
        + _tr("%1 %2, issued %3, expires %4")
        .replace("%1", check_names()[c.check_type])
        .replace("%2", c.reference)
        .replace("%3", short_date(c.issued_on))
        .replace("%4", short_date(c.expires_on))
        for c in record.vetting
    ] or ["  " + _tr("none recorded")]
    lines.append(_tr("Supervision and debriefs:"))
    for s in record.supervision:
        line = "  " + _tr("%1, %2").replace("%1", short_date(s.held_on)).replace(
            "%2", session_names()[s.session]
        )
        if s.notes:
            line += ": " + s.notes
        if s.follow_up:
            line += " " + _tr("Follow-up: %1").replace("%1", s.follow_up)
        lines.append(line)
    if not record.supervision:
        lines.append("  " + _tr("none yet"))
    hours = record.hours_minutes
    lines.append(
        _tr("Hours given: meetings %1 h, travel %2 h, other %3 h.")
        .replace("%1", f"{hours['meeting'] / 60:.1f}")
        .replace("%2", f"{hours['travel'] / 60:.1f}")
        .replace("%3", f"{hours['other'] / 60:.1f}")
    )
    return "\n".join(lines)


def _line(name: str, parent: QWidget) -> QLineEdit:
    line = QLineEdit(parent)
    line.setAccessibleName(name)
    large(line)
    return line


def _combo(names: dict[str, str], name: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for value, label in names.items():
        combo.addItem(label, value)
    combo.setAccessibleName(name)
    large(combo)
    return combo


class TrainingForm(RecordForm):
    """A course a volunteer completed."""

    def __init__(self, vault: Vault, person: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add training"), self.tr("&Save training"), parent)
        self._vault, self._person = vault, person
        self.course = _line(self.tr("Course"), self.body)
        self.add_row(self.tr("&Course:"), self.course)
        self.completed_on = DateField(
            self.tr("Date completed"), latest=QDate.currentDate(), parent=self.body
        )
        self.add_row(self.tr("&Completed on:"), self.completed_on)
        self.certificate = _line(self.tr("Certificate reference"), self.body)
        self.add_row(self.tr("C&ertificate (optional):"), self.certificate)
        self.fit()

    def store(self) -> str:
        """Record the course."""
        return volunteer_records.record_training(
            self._vault,
            person_uuid=self._person,
            course=self.course.text(),
            completed_on=self.completed_on.iso(),
            certificate=self.certificate.text(),
        ).uuid


class VettingForm(RecordForm):
    """An enhanced DBS check or prison vetting, with its reference and dates."""

    def __init__(self, vault: Vault, person: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a check"), self.tr("&Save check"), parent)
        self._vault, self._person = vault, person
        self.check = _combo(check_names(), self.tr("Kind of check"), self.body)
        self.add_row(self.tr("&Kind:"), self.check)
        self.reference = _line(self.tr("Reference"), self.body)
        self.add_row(self.tr("&Reference:"), self.reference)
        self.issued_on = DateField(self.tr("Issue date"), parent=self.body)
        self.add_row(self.tr("&Issued on:"), self.issued_on)
        self.expires_on = DateField(self.tr("Expiry date"), parent=self.body)
        self.expires_on.setDate(QDate.currentDate().addYears(3))
        self.add_row(self.tr("&Expires on:"), self.expires_on)
        self.fit()

    def store(self) -> str:
        """Record the check."""
        return volunteer_records.record_vetting(
            self._vault,
            person_uuid=self._person,
            check_type=str(self.check.currentData()),
            reference=self.reference.text(),
            issued_on=self.issued_on.iso(),
            expires_on=self.expires_on.iso(),
        ).uuid


class SupervisionForm(RecordForm):
    """A supervision, one-to-one or debrief session with the volunteer."""

    def __init__(self, vault: Vault, person: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a session"), self.tr("&Save session"), parent)
        self._vault, self._person = vault, person
        self.held_on = DateField(
            self.tr("Session date"), latest=QDate.currentDate(), parent=self.body
        )
        self.add_row(self.tr("&Date:"), self.held_on)
        self.session = _combo(session_names(), self.tr("Kind of session"), self.body)
        self.add_row(self.tr("&Kind:"), self.session)
        self.notes = QPlainTextEdit(self.body)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.add_row(self.tr("&Notes:"), self.notes)
        self.follow_up = _line(self.tr("Follow-up"), self.body)
        self.add_row(self.tr("&Follow-up (optional):"), self.follow_up)
        self.fit()

    def store(self) -> str:
        """Record the session."""
        return volunteer_records.record_supervision(
            self._vault,
            person_uuid=self._person,
            held_on=self.held_on.iso(),
            session=str(self.session.currentData()),
            notes=self.notes.toPlainText(),
            follow_up=self.follow_up.text(),
        ).uuid


class VolunteerRecordsPage(ListPage[VolunteerSummary]):
    """Every volunteer's training, vetting and supervision, kept at the office only."""

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(vault, runner=runner, parent=parent)
        layout = page_column(
            self,
            self.tr("Volunteers' records"),
            self.tr(
                "Training, vetting and supervision of each volunteer. These records stay in "
                "the office: no laptop receives them. A volunteer whose check has expired "
                "cannot be assigned to a circle."
            ),
        )
        self.model = VolunteersModel(self)
        self.view = read_only_table(self.model, name=self.tr("Volunteers"), parent=self)
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The name in full; the latest supervision takes what is left.
        header.setSectionResizeMode(VolunteersModel.SUPERVISION, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 2)
        self.status = hint("", self)
        layout.addWidget(self.status)
        self.details = details_label(self.tr("The chosen volunteer's records"), self)
        layout.addWidget(self.details, 1)
        buttons = QGridLayout()  # two by two: the page fits a narrow screen at large text
        self.training_button = QPushButton(self.tr("Add &training…"), self)
        self.training_button.setToolTip(self.tr("Record a course the volunteer completed"))
        self.vetting_button = QPushButton(self.tr("Add a &check…"), self)
        self.vetting_button.setToolTip(
            self.tr("Record an enhanced DBS check or prison vetting, with its expiry date")
        )
        self.session_button = QPushButton(self.tr("Add a &session…"), self)
        self.session_button.setToolTip(
            self.tr("Record a supervision, one-to-one or debrief with the volunteer")
        )
        self.access_button = QPushButton(self.tr("Subject &access…"), self)
        self.access_button.setToolTip(
            self.tr("Everything held about the chosen volunteer, as one JSON file")
        )
        for index, button in enumerate(self._record_buttons()):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            large(button)
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        self.alert = AlertLabel(self, focus_on_show=True)
        layout.addWidget(self.alert)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.training_button.clicked.connect(lambda: self._add(TrainingForm))
        self.vetting_button.clicked.connect(lambda: self._add(VettingForm))
        self.session_button.clicked.connect(lambda: self._add(SupervisionForm))
        self.access_button.clicked.connect(self.subject_access)
        self.refresh()

    def refresh(self) -> None:
        """Read every volunteer's records again."""
        if self.must_wait():
            return
        rows = volunteer_records.summaries(self._vault)
        self.show_rows(
            rows,
            lambda row: row.person.uuid,
            counted=self.tr("%n volunteer(s).", "", len(rows)),
            empty=self.tr("No volunteers yet: add them to a circle on the Circles page."),
        )

    def _record_buttons(self) -> tuple[QPushButton, ...]:
        return (self.training_button, self.vetting_button, self.session_button, self.access_button)

    def subject_access(self) -> None:
        """Ask where, then write everything held about the chosen volunteer (on the runner)."""
        chosen = self.current()
        if chosen is None or not self._vault_free():
            return
        path = dialogs.ask_save_file(
            self,
            self.tr("Write the volunteer's subject-access export"),
            "volunteer-access.json",
            self.tr("JSON files (*.json)"),
        )
        if path is None:
            return
        vault, name = self._vault, chosen.person.name
        self.alert.clear_message()
        self._runner.run(
            lambda _context: subject_access.volunteer_access(vault, name, path),
            owner=self,
            on_success=lambda written: self.alert.show_success(
                self.tr("Wrote {count} records to {path}.").format(
                    count=sum(written.counts.values()), path=str(written.path)
                )
            ),
            on_error=lambda error: self.alert.show_error(user_text(error)),
            name="volunteer-access",
        )

    def _chosen(self, *_args: object) -> None:
        chosen = self.current()
        for button in self._record_buttons():
            button.setEnabled(chosen is not None)
        if chosen is None:
            say(self.details, "")
            return
        record = volunteer_records.volunteer_record(self._vault, chosen.person.uuid)
        say(self.details, record_text(record))

    def _add(self, form: type[TrainingForm | VettingForm | SupervisionForm]) -> None:
        chosen = self.current()
        if chosen is None:
            return
        dialog = form(self._vault, chosen.person.uuid, self)
        dialog.saved.connect(lambda _uuid: self._saved())
        self._open(dialog)

    def _saved(self) -> None:
        self.refresh()
        self.alert.show_success(self.tr("Saved. It stays at the office."))
