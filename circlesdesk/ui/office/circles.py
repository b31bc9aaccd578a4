"""The office's circles: the list with phase, pattern, volunteers, last meeting and next review;
new circle, changes, volunteers; and the chosen circle's timeline, newest first.

The timeline reuses the volunteer's History model (:class:`TimelineModel`), which reads a batch
of entries at a time as the view scrolls; here each meeting also says how many came.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.domain.enums import AttendanceStatus, Phase
from circlesdesk.domain.records import Meeting
from circlesdesk.services import circles, endings, meetings, timeline
from circlesdesk.services.circles import CircleOverview
from circlesdesk.services.office import Clock
from circlesdesk.services.timeline import TimelineEntry
from circlesdesk.ui.office.circle_dialogs import (
    CircleDialog,
    VolunteersDialog,
    pattern_names,
    phase_names,
)
from circlesdesk.ui.office.circle_life_dialogs import (
    CloseCircleDialog,
    CovenantDialog,
    FollowUpDialog,
    QuestionnaireDialog,
    ending_names,
)
from circlesdesk.ui.office.common import CLOCK_COLOURS, CLOCK_TEXT_COLOUR
from circlesdesk.ui.office.list_page import ListPage, keep_chosen, page_column, say
from circlesdesk.ui.record_view import RecordView, open_record
from circlesdesk.ui.records import plural, short_date
from circlesdesk.ui.table_model import RowsModel, read_only_table
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer.history import ENTRY_ROLE, TimelineModel
from circlesdesk.ui.widgets import AlertLabel, hint, large, large_button, wrapped
from circlesdesk.vault.vault import Vault

CAME = (AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value)
LifeForm = CloseCircleDialog | FollowUpDialog | CovenantDialog | QuestionnaireDialog


class CircleListModel(RowsModel[CircleOverview]):
    """Circles by code, one row each; an overdue review says so in words and colour."""

    CIRCLE, PHASE, PATTERN, VOLUNTEERS, LAST_MEETING, NEXT_REVIEW = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Circle"),
            self.tr("Phase"),
            self.tr("Meets"),
            self.tr("Volunteers"),
            self.tr("Last meeting"),
            self.tr("Next review"),
        )
        self._phases = phase_names()
        self._patterns = pattern_names()

    def row_of(self, code: str) -> int | None:
        """The row of the circle with this code, if it is listed."""
        return next((i for i, r in enumerate(self._rows) if r.circle.code == code), None)

    def role_data(self, row: CircleOverview, column: int, role: int) -> Any:
        if column == self.NEXT_REVIEW and row.review_overdue:
            if role == Qt.ItemDataRole.BackgroundRole:
                return CLOCK_COLOURS[Clock.RED]
            if role == Qt.ItemDataRole.ForegroundRole:
                return CLOCK_TEXT_COLOUR
        return None

    def phase_text(self, row: CircleOverview) -> str:
        """The phase, and since when if it was changed ("Step-down since 01/05/2026")."""
        phase = self._phases.get(row.circle.phase, row.circle.phase)
        if row.phase_since is None:
            return phase
        return self.tr("{phase} since {date}").format(phase=phase, date=short_date(row.phase_since))

    def review_text(self, row: CircleOverview) -> str:
        """The next review date, "(overdue)" when it has passed, or "Not set"."""
        if row.next_review is None:
            return self.tr("Not set")
        if row.review_overdue:
            return self.tr("{date} (overdue)").format(date=short_date(row.next_review))
        return short_date(row.next_review)

    def text(self, row: CircleOverview, column: int) -> str:
        """What a cell shows."""
        circle = row.circle
        if column == self.CIRCLE:
            if not row.core_member:
                return circle.code
            return self.tr("{code} (with {core_member})").format(
                code=circle.code, core_member=row.core_member
            )
        if column == self.PHASE:
            return self.phase_text(row)
        if column == self.PATTERN:
            return self._patterns.get(circle.meeting_pattern, circle.meeting_pattern)
        if column == self.VOLUNTEERS:
            return str(row.volunteers)
        if column == self.LAST_MEETING:
            return short_date(row.last_meeting) if row.last_meeting else self.tr("None yet")
        return self.review_text(row)


class CircleTimelineModel(TimelineModel):
    """The History model, for the office: each meeting row starts with how many came.

    A smaller batch than History's: a circle's records lie scattered through a big office
    vault, so each one read costs a page decrypted; 50 rows fill the panel with room to spare.
    """

    BATCH = 50

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (*self._headers[:-1], self.tr("Office response"))

    def _details(self, entry: TimelineEntry) -> str:
        details = super()._details(entry)
        if not isinstance(entry.record, Meeting) or not entry.attendance:
            return details
        came = sum(1 for a in entry.attendance if a.status in CAME)
        return self.tr("{came} of {total} came. {details}").format(
            came=came, total=len(entry.attendance), details=details
        )


class CirclesPage(ListPage[CircleOverview]):
    """Every circle, what is due in each, and the chosen circle's timeline."""

    SKIP_FIRST_SHOW = True  # the shell calls page_shown() right after building the page
    model: CircleListModel

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(vault, runner=runner, parent=parent)
        self.record_view: RecordView | None = None
        layout = page_column(
            self,
            self.tr("Circles"),
            self.tr(
                "Every circle with what is due in it. Choose one to see its timeline below; "
                "drag the bar between the two lists to give either more room."
            ),
        )
        # The list and the timeline share the height; the user moves the bar between them.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.model = CircleListModel(self)
        self.view = read_only_table(self.model, name=self.tr("Circles"), parent=top, wrap=False)
        # Columns are fitted to their contents once per reading (see _fit_columns), not at each
        # layout: a 50-row list measured again at every choice cost tens of milliseconds.
        self.view.horizontalHeader().setStretchLastSection(True)
        top_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.new_button = large_button(
            self.tr("&New circle…"),
            top,
            name=self.tr("New circle"),
            tip=self.tr("Add a new circle with its core member"),
        )
        self.edit_button = large_button(
            self.tr("&Edit…"),
            top,
            name=self.tr("Change the chosen circle"),
            tip=self.tr("Change the chosen circle's phase, review date or details"),
        )
        self.volunteers_button = large_button(
            self.tr("&Volunteers…"),
            top,
            name=self.tr("Volunteers of the chosen circle"),
            tip=self.tr("Add volunteers to the chosen circle or record that one left"),
        )
        for button in (self.new_button, self.edit_button, self.volunteers_button):
            buttons.addWidget(button)
        self.status = hint("", top)
        self.status.setAccessibleName(self.tr("How many circles"))
        buttons.addWidget(self.status, 1, Qt.AlignmentFlag.AlignRight)
        top_layout.addLayout(buttons)
        # The end of a circle and what it agreed: a second row, so the first stays short.
        life = QHBoxLayout()
        self.close_button = QPushButton(self.tr("C&lose circle…"), top)
        self.close_button.setToolTip(self.tr("Close the chosen circle with the reason it ended"))
        self.close_button.setAccessibleName(self.tr("Close the chosen circle"))
        self.follow_up_button = QPushButton(self.tr("Follow-&up…"), top)
        self.follow_up_button.setToolTip(
            self.tr("Record a contact with the core member after the circle closed")
        )
        self.follow_up_button.setAccessibleName(self.tr("Follow-up after the chosen circle"))
        self.covenant_button = QPushButton(self.tr("Covenan&t…"), top)
        self.covenant_button.setToolTip(
            self.tr("See the chosen circle's covenant versions and keep a new one")
        )
        self.covenant_button.setAccessibleName(self.tr("Covenant of the chosen circle"))
        self.questionnaire_button = QPushButton(self.tr("&Questionnaire…"), top)
        self.questionnaire_button.setToolTip(
            self.tr("Enter one stakeholder's answers to the end-of-circle questionnaire")
        )
        self.questionnaire_button.setAccessibleName(self.tr("End-of-circle questionnaire"))
        self.life_buttons = (
            self.close_button,
            self.follow_up_button,
            self.covenant_button,
            self.questionnaire_button,
        )
        for button in self.life_buttons:
            large(button)
            life.addWidget(button)
        life.addStretch(1)
        top_layout.addLayout(life)
        self.alert = AlertLabel(top, focus_on_show=True)  # the outcome of a button
        top_layout.addWidget(self.alert)

        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = wrapped("", bottom)
        self.summary.setAccessibleName(self.tr("The chosen circle"))
        bottom_layout.addWidget(self.summary)
        self.timeline_model = CircleTimelineModel(self)
        self.timeline_view = read_only_table(
            self.timeline_model, name=self.tr("Timeline of the circle"), parent=bottom, wrap=True
        )
        header = self.timeline_view.horizontalHeader()
        header.setSectionResizeMode(TimelineModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TimelineModel.OFFICE, QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(self.fontMetrics().averageCharWidth() * 24)
        self.timeline_view.verticalHeader().setDefaultSectionSize(
            int(self.fontMetrics().height() * 2.6)
        )
        bottom_layout.addWidget(self.timeline_view, 1)
        footer = QHBoxLayout()
        self.timeline_status = hint("", bottom)
        self.timeline_status.setAccessibleName(self.tr("How many timeline records"))
        footer.addWidget(self.timeline_status, 1)
        self.open_button = QPushButton(self.tr("&Open"), bottom)
        self.open_button.setAccessibleName(self.tr("Open the chosen record"))
        large(self.open_button)
        footer.addWidget(self.open_button)
        bottom_layout.addLayout(footer)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.new_circle)
        self.edit_button.clicked.connect(self.edit_circle)
        self.volunteers_button.clicked.connect(self.edit_volunteers)
        self.close_button.clicked.connect(lambda: self.open_life_form(CloseCircleDialog))
        self.follow_up_button.clicked.connect(lambda: self.open_life_form(FollowUpDialog))
        self.covenant_button.clicked.connect(lambda: self.open_life_form(CovenantDialog))
        self.questionnaire_button.clicked.connect(lambda: self.open_life_form(QuestionnaireDialog))
        self.timeline_view.activated.connect(self.open_record)
        self.open_button.clicked.connect(
            lambda: self.open_record(self.timeline_view.currentIndex())
        )
        self.timeline_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the circles again, keeping the chosen circle chosen (its timeline is re-read)."""
        if self.must_wait():
            return
        rows = circles.overview(self._vault)
        # Choosing a row reads its timeline (_chosen), so this is not show_rows (which calls
        # _chosen again).
        if not keep_chosen(self.view, self.model, rows, lambda row: row.circle.code) and rows:
            self.view.selectRow(0)
        self.view.resizeColumnsToContents()
        say(
            self.status,
            plural(self.tr("%n circle(s).", "", len(rows)), len(rows))
            if rows
            else self.tr("No circles yet. Press New circle… to make the first."),
        )
        if self.current() is None:
            self._chosen()  # nothing to choose: clear the timeline

    def current_code(self) -> str | None:
        """The chosen circle's code."""
        row = self.current()
        return row.circle.code if row is not None else None

    def select(self, code: str | None) -> bool:
        """Choose the circle with this code; False if it is not listed."""
        row = self.model.row_of(code) if code is not None else None
        if row is None:
            return False
        self.view.selectRow(row)
        return True

    def new_circle(self) -> None:
        """Open the form for a new circle."""
        if self._vault_free():
            self._open_record_form(CircleDialog(self._vault, parent=self), self._saved)

    def edit_circle(self) -> None:
        """Open the form to change the chosen circle's phase, pattern, venues and dates."""
        code = self.current_code()
        if code is not None and self._vault_free():
            self._open_record_form(CircleDialog(self._vault, code=code, parent=self), self._saved)

    def edit_volunteers(self) -> None:
        """Open the chosen circle's volunteers: add one, or mark one as having left."""
        code = self.current_code()
        if code is not None and self._vault_free():
            dialog = VolunteersDialog(self._vault, code, parent=self)
            dialog.changed.connect(self.refresh)
            self._open(dialog)

    def open_life_form(self, form: type[LifeForm]) -> LifeForm | None:
        """Open one of the forms for the chosen circle's end or covenant."""
        code = self.current_code()
        if code is None or not self._vault_free():
            return None
        return self._open_record_form(
            form(self._vault, code, parent=self), self._life_said(form, code)
        )

    def open_record(self, index: QModelIndex | None = None) -> RecordView | None:
        """Open the timeline record in a row, read-only."""
        if index is None or not index.isValid():
            return None
        entry = self.timeline_model.data(index, ENTRY_ROLE)
        if not isinstance(entry, TimelineEntry) or not self._vault_free():
            return None
        self.record_view = open_record(self, self._vault, entry)
        return self.record_view

    # -- inside ------------------------------------------------------------------------------

    def _saved(self, uuid: str) -> str | None:
        """Choose the circle just saved (the page has read it again); say it is saved."""
        for row in map(self.model.row, range(self.model.rowCount())):
            if row.circle.uuid == uuid:
                self.select(row.circle.code)
                return self.tr("{code} is saved.").format(code=row.circle.code)
        return None

    def _life_said(self, form: type[LifeForm], code: str) -> str:
        """What a saved form about the circle's end or covenant says."""
        done = {
            CloseCircleDialog: self.tr("{code} is closed."),
            FollowUpDialog: self.tr("The follow-up after {code} is saved."),
            CovenantDialog: self.tr("The new version of {code}'s covenant is kept."),
            QuestionnaireDialog: self.tr("The answers for {code} are saved."),
        }[form]
        return done.format(code=code)

    def _chosen(self, *_args: object) -> None:
        row = self.current()
        for button in (self.edit_button, self.volunteers_button, *self.life_buttons):
            button.setEnabled(row is not None)
        if row is not None:
            closed = row.circle.phase == Phase.CLOSED.value
            self.close_button.setEnabled(not closed)
            self.follow_up_button.setEnabled(closed)
        if row is None or self._vault.is_locked:
            self.timeline_model.clear()
            say(self.summary, "")
        else:
            say(self.summary, self._summary(row))
            self._show_timeline(row)
        total = self.timeline_model.total()
        if total:
            counted = plural(self.tr("%n record(s) in the timeline.", "", total), total)
        else:
            counted = self.tr("Nothing recorded in this circle yet.") if row is not None else ""
        say(self.timeline_status, counted)
        self._update_buttons()

    def _show_timeline(self, row: CircleOverview) -> None:
        """Count the whole timeline; read only its first batch (the rest as the view scrolls)."""
        vault = self._vault
        self.timeline_model.set_timeline(
            timeline.circle_refs(vault, row.circle.uuid),
            lambda refs: timeline.load_entries(vault, refs, attendance=True),
            categories=meetings.concern_categories(vault),
        )
        for column in (TimelineModel.DATE, TimelineModel.KIND):
            self.timeline_view.resizeColumnToContents(column)
        self.timeline_view.scrollToTop()

    def _summary(self, row: CircleOverview) -> str:
        text = self.model.text
        ended = ""
        if row.circle.phase == Phase.CLOSED.value:
            ending = endings.ending_of(self._vault, row.circle.uuid)
            if ending is not None:
                ended = self.tr("Ended on {date}: {reason}. ").format(
                    date=short_date(ending.ended_on),
                    reason=ending_names().get(ending.reason, ending.reason),
                )
        return ended + self.tr(
            "{code} · Phase: {phase} · Meets: {pattern} · {volunteers} · Last meeting: {last} · "
            "Next review: {review}. Its timeline, newest first (Enter opens a record):"
        ).format(
            code=row.circle.code,
            phase=self.model.phase_text(row),
            pattern=text(row, CircleListModel.PATTERN),
            volunteers=plural(self.tr("%n volunteer(s)", "", row.volunteers), row.volunteers),
            last=text(row, CircleListModel.LAST_MEETING),
            review=self.model.review_text(row),
        )

    def _update_buttons(self, *_args: object) -> None:
        self.open_button.setEnabled(self.timeline_view.currentIndex().isValid())
