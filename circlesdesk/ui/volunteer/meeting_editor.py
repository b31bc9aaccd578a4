"""The meeting editor: attendance, minutes, life areas, engagement, concerns; autosaved as a draft.

Everything typed is kept in the vault as a draft a few seconds after it changes (and at once
when the shell calls :meth:`MeetingEditor.flush` before locking or closing), so a flat battery or
an auto-lock loses nothing. Saving turns the draft into a meeting in one transaction.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.domain.enums import AttendanceStatus, PersonRole
from circlesdesk.errors import UserError
from circlesdesk.services import activity, circles, drafts, meetings
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.ui import kept_dialogs, style
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.forms import CirclePicker, DateField, TimeField
from circlesdesk.ui.records import (
    attendance_names,
    contact_mode_names,
    first_words,
    meeting_mode_names,
    short_date,
    urgency_names,
)
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer.concern_dialog import ConcernDialog
from circlesdesk.ui.widgets import (
    AlertLabel,
    chain_focus,
    heading,
    inline_question,
    large,
    scrolling,
    select_with_arrows,
    set_large,
    wrapped,
)
from circlesdesk.vault.vault import Vault

DRAFT_KIND = "meeting"
AUTOSAVE_MS = 3000
ATTENDANCE_ORDER = tuple(status.value for status in AttendanceStatus)


class AttendanceRow(QWidget):
    """One person of the roster with present / late / apologies / absent as large choices."""

    changed = Signal()

    def __init__(self, person_uuid: str, name: str, role: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.person_uuid = person_uuid
        self.name = name
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        shown = (
            self.tr("{name} (core member)").format(name=name)
            if role == PersonRole.CORE_MEMBER.value
            else name
        )
        label = QLabel(shown, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 12)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout.addWidget(label, 2)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for index, (status, text) in enumerate(attendance_names().items()):
            button = QRadioButton(text, self)
            button.setAccessibleName(self.tr("{name}: {status}").format(name=name, status=text))
            large(button)
            self.group.addButton(button, index)
            self.buttons[status] = button
            layout.addWidget(button, 1)
        label.setBuddy(self.buttons[ATTENDANCE_ORDER[0]])
        select_with_arrows(self.group)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def status(self) -> str | None:
        """The status chosen, or None."""
        index = self.group.checkedId()
        return ATTENDANCE_ORDER[index] if index >= 0 else None

    def set_status(self, status: str | None) -> None:
        """Choose a status (None clears the choice)."""
        if status in self.buttons:
            self.buttons[status].setChecked(True)
            return
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)


class MeetingEditor(QWidget):
    """Write up one meeting; autosaved as a draft until it is saved or thrown away."""

    saved = Signal(str)  # the new meeting's uuid
    discarded = Signal()
    draft_saved = Signal(str)  # the draft id

    def __init__(
        self,
        vault: Vault,
        *,
        circle_code: str | None = None,
        draft_id: str | None = None,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._draft_id: str | None = None
        self._dirty = False
        self._loading = True
        self._concerns: list[ConcernInput] = []
        self._editing: str | None = None  # the meeting being changed, else a new one
        self._rows: dict[str, AttendanceRow] = {}
        self.concern_dialog: ConcernDialog | None = None
        self.setAccessibleName(self.tr("Record a meeting"))

        self._build_autosave(runner)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title = heading(self.tr("Record a meeting"))
        layout.addWidget(self.title)
        self.banner = AlertLabel(body, focus_on_show=True)  # saved, or why not
        layout.addWidget(self.banner)
        self._add_raise_box(layout, body)
        self._add_details(layout, body)
        self._add_attendance(layout, body)
        self._add_minutes(layout, body)
        self._add_life_areas(layout, body)
        self._add_engagement(layout, body)
        self._add_concerns(layout, body)
        self._add_discard_confirm(layout, body)
        footer = self._build_footer()
        self._build_again_confirm()
        self.scroll_area = scrolling(body, self, in_page=True)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.again_confirm)
        outer.addLayout(footer)
        self._connect_signals()

        if draft_id is None or not self._load_draft(draft_id):
            self._reset(circle_code)
        self._loading = False
        self._update_buttons()

    # -- building the page (in the order it reads) -----------------------------------------

    def _build_autosave(self, runner: TaskRunner | None) -> None:
        """The timer that keeps what is typed as a draft a few seconds after a change."""
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.flush)
        if runner is not None:
            # A background task has the vault: the draft waits for it, then is kept.
            runner.idle.connect(self._runner_idle)

    def _add_raise_box(self, layout: QVBoxLayout, body: QWidget) -> None:
        """Contacts a volunteer flagged "raise at next meeting", at the top where they are seen."""
        self.raise_box = QGroupBox(self.tr("To raise at this meeting"), body)
        self.raise_box.setAccessibleName(self.tr("To raise at this meeting"))
        self.raise_layout = QVBoxLayout(self.raise_box)
        self.raise_box.hide()
        layout.addWidget(self.raise_box)

    def _add_details(self, layout: QVBoxLayout, body: QWidget) -> None:
        """Circle, date, time and venue."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.circle = CirclePicker(self._vault, parent=body)
        self._add_row(form, self.tr("&Circle:"), self.circle)
        self.held_on = DateField(
            self.tr("Date of the meeting"), latest=QDate.currentDate().addDays(1), parent=body
        )
        self._add_row(form, self.tr("&Date:"), self.held_on)
        self.start_time = TimeField(self.tr("Time the meeting started"), body)
        self.start_time.setTime(self._now_minute())
        self._add_row(form, self.tr("&Time:"), self.start_time)
        self.venue = QComboBox(body)
        self.venue.setEditable(True)
        self.venue.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.venue.setAccessibleName(self.tr("Venue"))
        line = self.venue.lineEdit()
        if line is not None:  # the text box inside, where the focus is: named too
            line.setAccessibleName(self.tr("Venue"))
        self.venue.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.venue.setMinimumContentsLength(12)
        large(self.venue)
        self._add_row(form, self.tr("&Venue:"), self.venue)
        self.mode = QComboBox(body)
        for value, label in meeting_mode_names().items():
            self.mode.addItem(label, value)
        self.mode.setAccessibleName(self.tr("How the meeting was held"))
        large(self.mode)
        self._add_row(form, self.tr("&Held:"), self.mode)
        layout.addLayout(form)

    def _add_attendance(self, layout: QVBoxLayout, body: QWidget) -> None:
        """Who came: "Everyone present" above one row per person of the roster."""
        self.attendance_box = QGroupBox(self.tr("Who came"), body)
        self.attendance_box.setAccessibleName(self.tr("Who came"))
        attendance_layout = QVBoxLayout(self.attendance_box)
        self.everyone_present = QPushButton(self.tr("Everyone &present"), self.attendance_box)
        self.everyone_present.setAccessibleName(self.tr("Mark everyone present"))
        large(self.everyone_present)
        everyone_row = QHBoxLayout()
        everyone_row.addWidget(self.everyone_present)
        everyone_row.addStretch(1)
        attendance_layout.addLayout(everyone_row)
        self.rows_layout = QVBoxLayout()
        attendance_layout.addLayout(self.rows_layout)
        layout.addWidget(self.attendance_box)

    def _add_minutes(self, layout: QVBoxLayout, body: QWidget) -> None:
        """The minutes, the part of the page that grows."""
        minutes_label = QLabel(self.tr("&Minutes:"), body)
        layout.addWidget(minutes_label)
        self.minutes = QPlainTextEdit(body)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.setPlaceholderText(
            self.tr("What was talked about, how it went, anything agreed for next time.")
        )
        self.minutes.setTabChangesFocus(True)
        self.minutes.setMinimumHeight(self.fontMetrics().height() * 12)
        minutes_label.setBuddy(self.minutes)
        layout.addWidget(self.minutes, 1)

    def _add_life_areas(self, layout: QVBoxLayout, body: QWidget) -> None:
        """One check box per life area, in two columns."""
        self.areas_box = QGroupBox(self.tr("Life areas talked about"), body)
        self.areas_box.setAccessibleName(self.tr("Life areas talked about"))
        areas_layout = QGridLayout(self.areas_box)
        self.area_boxes: dict[str, QCheckBox] = {}
        for index, (key, label) in enumerate(meetings.life_areas(self._vault).items()):
            box = QCheckBox(label, self.areas_box)
            box.setAccessibleName(label)
            large(box)
            self.area_boxes[key] = box
            areas_layout.addWidget(box, index // 2, index % 2)
        layout.addWidget(self.areas_box)

    def _add_engagement(self, layout: QVBoxLayout, body: QWidget) -> None:
        """How engaged the core member was: not rated, or 1 to 5."""
        self.engagement_box = QGroupBox(self.tr("How engaged was the core member?"), body)
        self.engagement_box.setAccessibleName(self.tr("Engagement"))
        engagement_layout = QVBoxLayout(self.engagement_box)
        # The core member's name is said here, wrapped, not in the box's title: a title does not
        # wrap, and a long name there would push the whole form sideways off a small screen.
        self.engagement_who = wrapped("", self.engagement_box)
        self.engagement_who.hide()
        engagement_layout.addWidget(self.engagement_who)
        engagement_layout.addWidget(
            wrapped(self.tr("1 means withdrawn or hostile, 5 means open and fully engaged."))
        )
        engagement_row = QHBoxLayout()
        self.engagement = QButtonGroup(self)
        not_rated = QRadioButton(self.tr("Not rated"), self.engagement_box)
        not_rated.setAccessibleName(self.tr("Engagement not rated"))
        self.engagement.addButton(not_rated, 0)
        engagement_row.addWidget(not_rated)
        for rating in range(1, 6):
            rating_button = QRadioButton(str(rating), self.engagement_box)
            rating_button.setAccessibleName(
                self.tr("Engagement {rating} of 5").format(rating=rating)
            )
            self.engagement.addButton(rating_button, rating)
            engagement_row.addWidget(rating_button)
        set_large(self.engagement.buttons())
        select_with_arrows(self.engagement)
        engagement_row.addStretch(1)
        not_rated.setChecked(True)
        engagement_layout.addLayout(engagement_row)
        layout.addWidget(self.engagement_box)

    def _add_concerns(self, layout: QVBoxLayout, body: QWidget) -> None:
        """The concerns raised at the meeting, with add / change / remove."""
        self.concerns_box = QGroupBox(self.tr("Concerns"), body)
        self.concerns_box.setAccessibleName(self.tr("Concerns"))
        concerns_layout = QVBoxLayout(self.concerns_box)
        self.concern_list = QListWidget(self.concerns_box)
        self.concern_list.setAccessibleName(self.tr("Concerns raised at this meeting"))
        self.concern_list.setWordWrap(True)
        self.concern_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.concern_list.setMaximumHeight(self.fontMetrics().height() * 8)
        self.concern_list.hide()
        concerns_layout.addWidget(self.concern_list)
        concern_buttons = QHBoxLayout()
        self.add_concern_button = QPushButton(self.tr("&Add concern…"), self.concerns_box)
        self.add_concern_button.setToolTip(
            self.tr("Record a concern raised at this meeting, with its urgency")
        )
        self.add_concern_button.setAccessibleName(self.tr("Add concern"))
        self.change_concern_button = QPushButton(self.tr("C&hange…"), self.concerns_box)
        self.change_concern_button.setToolTip(
            self.tr("Change the chosen concern before the meeting is saved")
        )
        self.change_concern_button.setAccessibleName(self.tr("Change the chosen concern"))
        self.remove_concern_button = QPushButton(self.tr("&Remove"), self.concerns_box)
        self.remove_concern_button.setAccessibleName(self.tr("Remove the chosen concern"))
        for button in (
            self.add_concern_button,
            self.change_concern_button,
            self.remove_concern_button,
        ):
            large(button)
            concern_buttons.addWidget(button)
        concern_buttons.addStretch(1)
        concerns_layout.addLayout(concern_buttons)
        layout.addWidget(self.concerns_box)

    def _add_discard_confirm(self, layout: QVBoxLayout, body: QWidget) -> None:
        """Throwing a draft away asks first, inline, so nothing pops up over the page."""
        self.discard_confirm, _text, buttons = inline_question(
            body,
            self.tr("Throw away this record?"),
            self.tr(
                "Throw away this meeting record? Everything typed here will be deleted "
                "and cannot be brought back."
            ),
            [self.tr("&Yes, throw it away"), self.tr("&Keep it")],
        )
        self.confirm_discard_button, self.keep_button = buttons
        layout.addWidget(self.discard_confirm)

    def _build_footer(self) -> QHBoxLayout:
        """The line beside Save (draft status, or the outcome), Throw away and Save."""
        footer = QHBoxLayout()
        self.autosave_status = QLabel(self)  # its accessible name is what it shows
        self.autosave_status.setWordWrap(True)
        self.autosave_status.setAccessibleDescription(self.tr("Draft status"))
        footer.addWidget(self.autosave_status, 1)
        self.discard_button = QPushButton(self.tr("Thro&w away…"), self)
        self.discard_button.setToolTip(
            self.tr("Throw away this unsaved meeting record (you are asked first)")
        )
        self.discard_button.setAccessibleName(self.tr("Throw away this draft"))
        self.save_button = QPushButton(self.tr("&Save meeting"), self)
        self.save_button.setAccessibleName(self.tr("Save meeting"))
        self.save_button.setToolTip(self.tr("Save the meeting (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        for button in (self.discard_button, self.save_button):
            large(button)
            footer.addWidget(button)
        return footer

    def _build_again_confirm(self) -> None:
        """A second meeting for the same circle and date asks first, beside the Save button."""
        self.again_confirm, self.again_text, buttons = inline_question(
            self,
            self.tr("Save a second meeting that day?"),
            "",
            [self.tr("Save as a &second meeting"), self.tr("&Don't save")],
        )
        self.save_again_button, self.dont_save_button = buttons

    def _connect_signals(self) -> None:
        """Ctrl+S saves; every change starts the autosave timer; the buttons do their work."""
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        self.circle.currentIndexChanged.connect(self._circle_changed)
        self.held_on.dateChanged.connect(self._changed)
        self.start_time.timeChanged.connect(self._changed)
        self.venue.currentTextChanged.connect(self._changed)
        self.minutes.textChanged.connect(self._changed)
        for box in self.area_boxes.values():
            box.toggled.connect(self._changed)
        self.engagement.idToggled.connect(self._engagement_toggled)
        self.everyone_present.clicked.connect(self._everyone_present)
        self.add_concern_button.clicked.connect(self.add_concern)
        self.change_concern_button.clicked.connect(self._change_concern)
        self.concern_list.itemActivated.connect(lambda _item: self._change_concern())
        self.concern_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.remove_concern_button.clicked.connect(self._remove_concern)
        self.save_button.clicked.connect(self.save)
        self.save_again_button.clicked.connect(lambda: self.save(again=True))
        self.dont_save_button.clicked.connect(self._dont_save_again)
        self.discard_button.clicked.connect(self._ask_discard)
        self.confirm_discard_button.clicked.connect(self.discard)
        self.keep_button.clicked.connect(self._keep)

    # -- public ----------------------------------------------------------------------------

    @property
    def draft_id(self) -> str | None:
        """The id of the draft this editor autosaves into (None until the first autosave)."""
        return self._draft_id

    def is_dirty(self) -> bool:
        """Whether there are changes not yet in the vault."""
        return self._dirty

    def new_meeting(self, circle_code: str | None = None) -> None:
        """Start a new, empty meeting record (the current one is kept as a draft)."""
        self.flush()
        self._loading = True
        self._reset(circle_code)
        self._loading = False
        self._update_buttons()
        self.minutes.setFocus()

    def open_draft(self, draft_id: str) -> bool:
        """Reopen an autosaved draft with everything typed in it; False if it is gone."""
        if draft_id == self._draft_id:
            return True
        self.flush()
        self._loading = True
        found = self._load_draft(draft_id)
        self._loading = False
        self._update_buttons()
        return found

    def flush(self) -> bool:
        """Store unsaved changes in the vault now (the shell calls this before lock or close).

        Returns whether everything typed is in the vault.
        """
        self.autosave.stop()
        if not self._dirty:
            return True
        if self._vault.is_locked:
            return False
        if self._runner is not None and not self._runner.vault_free():
            return False
        code = self.circle.code()
        circle_uuid = circles.find_circle(self._vault, code).uuid if code else None
        self._draft_id = drafts.save_draft(
            self._vault,
            kind=DRAFT_KIND,
            fields=self.fields(),
            circle_uuid=circle_uuid,
            draft_id=self._draft_id,
        )
        self._dirty = False
        style.set_role(self.autosave_status, "")
        self.autosave_status.setText(
            self.tr("Kept safe as a draft at {time}.").format(
                time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            )
        )
        self._update_buttons()
        self.draft_saved.emit(self._draft_id)
        return True

    def page_shown(self) -> None:
        """The shell shows the page: contacts recorded meanwhile appear at the top."""
        if self._vault.is_locked:
            return
        self.circle.reload()  # a file from the office may have brought a new circle
        code = self.circle.code()
        self._show_contacts_to_raise(circles.find_circle(self._vault, code).uuid if code else None)

    def before_lock(self) -> None:
        """The vault is about to lock and this page to go: keep what was typed, now.

        If a background task still has the vault, the draft is written the moment it ends
        (before the session locks the vault, which waits for the same moment).
        """
        self.autosave.stop()
        if not self._dirty or self._vault.is_locked:
            return
        runner = self._runner
        if runner is None or runner.vault_free():
            self.flush()
            return
        vault, fields, draft_id = self._vault, self.fields(), self._draft_id
        code = self.circle.code()

        def save_when_idle() -> None:
            runner.idle.disconnect(save_when_idle)
            if vault.is_locked:
                return
            circle_uuid = circles.find_circle(vault, code).uuid if code else None
            drafts.save_draft(
                vault, kind=DRAFT_KIND, fields=fields, circle_uuid=circle_uuid, draft_id=draft_id
            )

        runner.idle.connect(save_when_idle)
        self._dirty = False

    def fields(self) -> dict[str, Any]:
        """Everything typed so far, as the draft stores it."""
        engagement = self.engagement.checkedId()
        return {
            "circle_code": self.circle.code(),
            "held_on": self.held_on.iso(),
            "start_time": self.start_time.time().toString("HH:mm"),
            "venue": self.venue.currentText().strip(),
            "mode": self.mode.currentData(),
            "minutes": self.minutes.toPlainText(),
            "life_areas": [key for key, box in self.area_boxes.items() if box.isChecked()],
            "engagement": engagement if engagement > 0 else None,
            "attendance": {
                uuid: status for uuid, row in self._rows.items() if (status := row.status())
            },
            "concerns": [dataclasses.asdict(concern) for concern in self._concerns],
            "meeting_uuid": self._editing,
        }

    def concerns(self) -> list[ConcernInput]:
        """The concerns added so far."""
        return list(self._concerns)

    def attendance_row(self, name: str) -> AttendanceRow:
        """The attendance row of the person with this name (for tests and the shell)."""
        for row in self._rows.values():
            if row.name == name:
                return row
        raise KeyError(name)

    def save(self, *, again: bool = False) -> None:
        """Turn the record into a saved meeting (the draft is deleted in the same transaction).

        The outcome is said beside the Save button, where the person is looking: a blank
        record is refused, a second meeting for the same circle and date asks first, and a
        saved one leaves a truly blank form.
        """
        self.banner.clear_message()
        self.again_confirm.hide()
        code = self.circle.code()
        if code is None:
            self._say_beside_save(self.tr("Choose the circle the meeting was for."), error=True)
            self.circle.setFocus()
            return
        fields = self.fields()
        if self._editing is not None:
            self._save_change(self._editing, fields)
            return
        try:
            meeting = meetings.record_meeting(
                self._vault,
                circle_code=code,
                **_meeting_values(fields),
                concerns=self._concerns,
                draft_id=self._draft_id,
                again=again,
            )
        except meetings.DuplicateMeeting:
            self.again_text.setText(
                self.tr(
                    "There is already a meeting for {circle} on {date}. Were there really two "
                    "meetings that day?"
                ).format(circle=code, date=short_date(fields["held_on"]))
            )
            self.again_confirm.setAccessibleDescription(self.again_text.text())
            self.again_confirm.show()
            self.dont_save_button.setFocus()
            self.flush()
            return
        except UserError as error:
            self.flush()
            self._say_beside_save(user_text(error), error=True)
            return
        self.autosave.stop()
        self._draft_id = None
        self._dirty = False
        self._loading = True
        self._reset(code)
        self._loading = False
        self._update_buttons()
        saved = self.tr(
            "The meeting on {date} is saved. It goes to the office the next time you send."
        ).format(date=short_date(meeting.held_on))
        self.banner.show_success(saved)
        self._say_beside_save(saved)
        self.scroll_area.verticalScrollBar().setValue(0)  # the blank form from its top
        self.saved.emit(meeting.uuid)

    def _save_change(self, meeting_uuid: str, fields: dict[str, Any]) -> None:
        try:
            meeting = meetings.change_meeting(
                self._vault,
                meeting_uuid=meeting_uuid,
                **_meeting_values(fields),
                new_concerns=self._concerns,
                draft_id=self._draft_id,
            )
        except UserError as error:
            self.flush()
            self._say_beside_save(user_text(error), error=True)
            return
        code = self.circle.code()
        self.autosave.stop()
        self._loading = True
        self._reset(code)
        self._loading = False
        self._update_buttons()
        done = self.tr(
            "The change to the meeting on {date} is saved. It goes to the office the next time "
            "you send."
        ).format(date=short_date(meeting.held_on))
        self.banner.show_success(done)
        self._say_beside_save(done)
        self.saved.emit(meeting.uuid)

    def _say_beside_save(self, text: str, *, error: bool = False) -> None:
        """One sentence in the footer line beside the Save button (always in view); a problem
        is also shown in the banner at the top of the record."""
        if error:
            self.banner.show_error(text)
        self.autosave_status.setText(text)
        self.autosave_status.setAccessibleDescription(text)
        style.set_role(self.autosave_status, "alert" if error else "success")

    def _dont_save_again(self) -> None:
        self.again_confirm.hide()
        self._say_beside_save(
            self.tr("Not saved. The record is kept as a draft; change the date or throw it away.")
        )
        self.save_button.setFocus()

    def add_concern(self) -> ConcernDialog:
        """Open the concern dialog; the concern joins the meeting when the dialog is accepted."""
        return self._open_concern_dialog(None)

    def discard(self) -> None:
        """Throw the draft away (after the user confirmed) and start afresh."""
        self.autosave.stop()
        self.discard_confirm.hide()
        if self._draft_id is not None:
            drafts.discard_draft(self._vault, self._draft_id)
        code = self.circle.code()
        self._draft_id = None
        self._dirty = False
        self._loading = True
        self._reset(code)
        self._loading = False
        self._update_buttons()
        self.autosave_status.clear()
        self.banner.show_success(self.tr("The meeting record was thrown away."))
        self.discarded.emit()

    # -- inside ------------------------------------------------------------------------------

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)

    @staticmethod
    def _now_minute() -> QTime:
        now = QTime.currentTime()
        return QTime(now.hour(), now.minute())

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        if not self.autosave.isActive():
            self.autosave.start()
        self._update_buttons()

    def _runner_idle(self) -> None:
        if self._dirty and not self.autosave.isActive():
            self.autosave.start()

    def _engagement_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._changed()

    def _update_buttons(self) -> None:
        has_content = self._dirty or self._draft_id is not None
        self.discard_button.setEnabled(has_content)
        row = self.concern_list.currentRow()
        self.change_concern_button.setEnabled(row >= 0)
        self.remove_concern_button.setEnabled(row >= 0)

    def _reset(self, circle_code: str | None) -> None:
        """Blank record for a circle (the first one if none is given)."""
        self._draft_id = None
        self._dirty = False
        self.circle.blockSignals(True)
        if (circle_code is None or not self.circle.set_code(circle_code)) and self.circle.count():
            self.circle.setCurrentIndex(0)
        self.circle.blockSignals(False)
        self.held_on.setDate(QDate.currentDate())
        self.start_time.setTime(self._now_minute())
        self.mode.setCurrentIndex(0)  # in person, as most meetings are
        self.minutes.clear()
        for box in self.area_boxes.values():
            box.setChecked(False)
        not_rated = self.engagement.button(0)
        if not_rated is not None:
            not_rated.setChecked(True)
        self._concerns = []
        self._refresh_concerns()
        for row in self._rows.values():
            row.set_status(None)  # a new record starts with nobody ticked
        self._circle_changed()
        self.discard_confirm.hide()
        self.again_confirm.hide()
        self._set_editing(None)

    def _load_draft(self, draft_id: str) -> bool:
        draft = drafts.get_draft(self._vault, draft_id)
        if draft is None or draft.kind != DRAFT_KIND:
            return False
        self._fill(draft.fields)
        self._draft_id = draft.id
        self.autosave_status.setText(self.tr("You are finishing a draft."))
        self.banner.clear_message()
        return True

    def _fill(self, fields: dict[str, Any]) -> None:
        """Put a record's fields in the form (a draft, or a saved meeting being changed)."""
        self._reset(fields.get("circle_code"))
        editing = fields.get("meeting_uuid")
        if isinstance(editing, str):
            self._set_editing(editing)
        held_on = QDate.fromString(str(fields.get("held_on", "")), Qt.DateFormat.ISODate)
        if held_on.isValid():
            self.held_on.setDate(held_on)
        start = QTime.fromString(str(fields.get("start_time", "")), "HH:mm")
        if start.isValid():
            self.start_time.setTime(start)
        self.venue.setCurrentText(str(fields.get("venue") or ""))
        self.mode.setCurrentIndex(max(0, self.mode.findData(fields.get("mode"))))
        self.minutes.setPlainText(str(fields.get("minutes") or ""))
        for key in fields.get("life_areas") or ():
            if key in self.area_boxes:
                self.area_boxes[key].setChecked(True)
        engagement = self.engagement.button(int(fields.get("engagement") or 0))
        if engagement is not None:
            engagement.setChecked(True)
        for uuid, status in (fields.get("attendance") or {}).items():
            if uuid in self._rows:
                self._rows[uuid].set_status(status)
        self._concerns = [ConcernInput(**concern) for concern in fields.get("concerns") or ()]
        self._refresh_concerns()

    def _set_editing(self, meeting_uuid: str | None) -> None:
        """Change a saved meeting (its circle stays), or go back to recording a new one."""
        self._editing = meeting_uuid
        self.circle.setEnabled(meeting_uuid is None)
        if meeting_uuid is None:
            self.title.setText(self.tr("Record a meeting"))
        elif meetings.is_sent(self._vault, meeting_uuid):
            self.title.setText(self.tr("Correct a meeting already sent"))
        else:
            self.title.setText(self.tr("Change a meeting not yet sent"))
        self.title.setAccessibleName(self.title.text())

    @property
    def editing(self) -> str | None:
        """The uuid of the saved meeting being changed (None for a new meeting)."""
        return self._editing

    def edit_meeting(self, meeting_uuid: str) -> None:
        """Open a saved meeting of this laptop to change it; Save keeps it as a new revision."""
        self.flush()
        fields = meetings.meeting_fields(self._vault, meeting_uuid)
        self._loading = True
        self._fill({**fields, "meeting_uuid": meeting_uuid})
        self._loading = False
        self._update_buttons()
        sent = meetings.is_sent(self._vault, meeting_uuid)
        self._say_beside_save(
            self.tr("Your correction goes to the office the next time you send.")
            if sent
            else self.tr("This meeting has not gone to the office yet; change what you need.")
        )
        self.minutes.setFocus()

    def _circle_changed(self, *_args: object) -> None:
        code = self.circle.code()
        circle = circles.find_circle(self._vault, code) if code else None
        # The circle's usual venues; the first is the likeliest.
        self.venue.blockSignals(True)
        self.venue.clear()
        if circle is not None and circle.venues:
            self.venue.addItems(list(circle.venues))
            self.venue.setCurrentIndex(0)
        else:
            self.venue.setCurrentText("")
        self.venue.blockSignals(False)
        # One attendance row per person of the roster.
        kept = {uuid: row.status() for uuid, row in self._rows.items()}
        for row in self._rows.values():
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self._rows = {}
        core_member = ""
        if circle is not None:
            for entry in circles.roster(self._vault, circle.uuid):
                row = AttendanceRow(
                    entry.person.uuid, entry.person.name, entry.membership.role, self
                )
                row.set_status(kept.get(entry.person.uuid))
                row.changed.connect(self._changed)
                self._rows[entry.person.uuid] = row
                self.rows_layout.addWidget(row)
                if entry.membership.role == PersonRole.CORE_MEMBER.value and not core_member:
                    core_member = entry.person.name
        who = self.tr("The core member is {name}.").format(name=core_member) if core_member else ""
        self.engagement_who.setText(who)
        self.engagement_who.setAccessibleName(who)
        self.engagement_who.setVisible(bool(core_member))
        self._show_contacts_to_raise(circle.uuid if circle else None)
        self._update_tab_order()
        self._changed()

    def _update_tab_order(self) -> None:
        """Top to bottom, as the page reads (the attendance rows are rebuilt per circle)."""
        chain_focus(
            [
                self.circle,
                self.held_on,
                self.start_time,
                self.venue,
                self.mode,
                self.everyone_present,
                *(button for row in self._rows.values() for button in row.buttons.values()),
                self.minutes,
                *self.area_boxes.values(),
                *self.engagement.buttons(),
                self.concern_list,
                self.add_concern_button,
                self.change_concern_button,
                self.remove_concern_button,
                self.confirm_discard_button,
                self.keep_button,
                self.discard_button,
                self.save_button,
            ]
        )

    def _show_contacts_to_raise(self, circle_uuid: str | None) -> None:
        while (item := self.raise_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        contacts = activity.contacts_to_raise(self._vault, circle_uuid) if circle_uuid else []
        modes = contact_mode_names()
        for contact in contacts:
            self.raise_layout.addWidget(
                wrapped(
                    self.tr("{date}, {mode}: {summary}").format(
                        date=short_date(contact.contact_on),
                        mode=modes.get(contact.mode, contact.mode),
                        summary=contact.summary,
                    ),
                    self.raise_box,
                )
            )
        self.raise_box.setVisible(bool(contacts))

    def _everyone_present(self) -> None:
        for row in self._rows.values():
            row.set_status(AttendanceStatus.PRESENT.value)

    def _refresh_concerns(self) -> None:
        self.concern_list.clear()
        names = urgency_names()
        for concern in self._concerns:
            text = self.tr("{level} ({number}): {description}").format(
                level=names.get(concern.level, str(concern.level)),
                number=concern.level,
                description=first_words(concern.description),
            )
            item = QListWidgetItem(text, self.concern_list)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self.concern_list.setVisible(bool(self._concerns))
        self._update_buttons()

    def _open_concern_dialog(self, index: int | None) -> ConcernDialog:
        initial = self._concerns[index] if index is not None else None
        dialog = ConcernDialog(self._vault, initial=initial, parent=self)
        if index is not None:
            dialog.setWindowTitle(self.tr("Change a concern"))
        dialog.accepted.connect(lambda: self._concern_entered(dialog, index))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: self._concern_dialog_closed(dialog))
        self.concern_dialog = dialog
        kept_dialogs.keep_typed(
            dialog, self._vault, kind="concern", target={"index": index}, runner=self._runner
        )
        dialog.open()
        return dialog

    def reopen_dialog(self, kind: str, target: dict[str, Any]) -> QDialog | None:
        """After an unlock: open the concern dialog that was open (see ui/kept_dialogs.py)."""
        if kind != "concern":
            return None
        index = target.get("index")
        valid = isinstance(index, int) and 0 <= index < len(self._concerns)
        return self._open_concern_dialog(index if valid else None)

    def _concern_dialog_closed(self, dialog: ConcernDialog) -> None:
        if self.concern_dialog is dialog:
            self.concern_dialog = None

    def _concern_entered(self, dialog: ConcernDialog, index: int | None) -> None:
        concern = dialog.concern_input()
        if index is None:
            self._concerns.append(concern)
        else:
            self._concerns[index] = concern
        self._refresh_concerns()
        self._changed()
        # A concern is risk information: keep it in the vault at once, not in a few seconds.
        self.flush()

    def _change_concern(self) -> None:
        row = self.concern_list.currentRow()
        if 0 <= row < len(self._concerns):
            self._open_concern_dialog(row)

    def _remove_concern(self) -> None:
        row = self.concern_list.currentRow()
        if 0 <= row < len(self._concerns):
            del self._concerns[row]
            self._refresh_concerns()
            self._changed()

    def _ask_discard(self) -> None:
        self.discard_confirm.show()
        self.keep_button.setFocus()

    def _keep(self) -> None:
        self.discard_confirm.hide()
        self.discard_button.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page keeps what was typed in the vault straight away."""
        self.flush()
        super().hideEvent(event)


def _meeting_values(fields: dict[str, Any]) -> dict[str, Any]:
    """The form's fields as the meeting services take them (recording and changing alike)."""
    return {
        "held_on": fields["held_on"],
        "start_time": fields["start_time"],
        "venue": fields["venue"] or None,
        "mode": fields.get("mode"),
        "minutes": fields["minutes"],
        "life_areas_discussed": fields["life_areas"],
        "engagement": fields["engagement"],
        "attendance": {
            uuid: AttendanceStatus(status) for uuid, status in fields["attendance"].items()
        },
    }
