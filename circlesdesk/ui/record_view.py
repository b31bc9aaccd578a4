"""A read-only view of one record (meeting, concern, contact, review, hours), with responses;
:func:`open_record` is how a page of either role opens one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.domain.records import (
    Concern,
    ConcernResponse,
    Contact,
    Meeting,
    Record,
    Review,
    VolunteerHours,
)
from circlesdesk.errors import UserError
from circlesdesk.services import activity, circles, meetings, timeline
from circlesdesk.services.timeline import TimelineEntry
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.records import (
    attendance_names,
    contact_mode_names,
    kind_names,
    local_time,
    long_date,
    meeting_mode_names,
    response_action_names,
    urgency_names,
)
from circlesdesk.ui.widgets import AlertLabel, heading, large, no_caret, scrolling
from circlesdesk.vault.vault import Vault


def concern_responses(vault: Vault, concern: Concern) -> tuple[ConcernResponse, ...]:
    """The coordinator's responses to a concern that have arrived, oldest first."""
    for entry in timeline.circle_timeline(vault, concern.circle_uuid):
        if entry.kind == "concern" and entry.record.uuid == concern.uuid:
            return entry.responses
    return ()


def open_record(
    parent: QWidget,
    vault: Vault,
    shown: Record | TimelineEntry,
    *,
    on_change: Callable[[str], object] | None = None,
    on_withdrawn: Callable[[], object] | None = None,
) -> RecordView:
    """Open a record read-only over a page: the one way every page opens one.

    A timeline entry brings its concern's responses along (else they are read). The view is
    deleted when it closes; ``on_change`` takes a meeting's uuid to the editor, ``on_withdrawn``
    reads the page again after a meeting was withdrawn.
    """
    if isinstance(shown, TimelineEntry):
        record = shown.record
        responses = shown.responses if shown.kind == "concern" else None
    else:
        record, responses = shown, None
    view = RecordView(vault, record, responses=responses, parent=parent)
    view.finished.connect(view.deleteLater)
    if on_change is not None:
        view.change_requested.connect(on_change)
    if on_withdrawn is not None:
        view.withdrawn.connect(lambda _uuid: on_withdrawn())
    view.open()
    return view


class RecordView(QDialog):
    """Show one record, read-only. Escape or Close closes it.

    A meeting this laptop recorded also offers "Change…" (not yet sent) or "Correct…" (sent:
    the correction travels to the office as its next revision), and "Withdraw…" while it has
    not been sent; the page that opened the view takes ``change_requested`` to the editor.
    """

    change_requested = Signal(str)  # the meeting's uuid
    withdrawn = Signal(str)  # the meeting's uuid

    def __init__(
        self,
        vault: Vault,
        record: Record,
        *,
        responses: tuple[ConcernResponse, ...] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.record = record
        codes = {c.uuid: c.code for c in circles.list_circles(vault)}
        circle_uuid = getattr(record, "circle_uuid", None)
        self.circle_code = codes.get(circle_uuid, "") if isinstance(circle_uuid, str) else ""
        kind = kind_names().get(record.kind, record.kind)
        title = self.tr("{kind} – {circle}").format(kind=kind, circle=self.circle_code)
        self.setWindowTitle(title if self.circle_code else kind)
        self.setAccessibleName(self.windowTitle())

        body = QWidget(self)
        self.body = body
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.windowTitle()))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(self.form)
        self.texts: list[QWidget] = []
        if isinstance(record, Meeting):
            self._meeting(record)
        elif isinstance(record, Concern):
            self._concern(
                record, responses if responses is not None else concern_responses(vault, record)
            )
        elif isinstance(record, Contact):
            self._contact(record)
        elif isinstance(record, Review):
            self._review(record)
        elif isinstance(record, VolunteerHours):
            self._hours(record)
        layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        large(close)
        buttons.rejected.connect(self.reject)
        self.banner = AlertLabel(self)
        self.change_button: QPushButton | None = None
        self.withdraw_button: QPushButton | None = None
        if isinstance(record, Meeting) and record.origin == vault.info.device_id:
            self._meeting_actions(record, buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addWidget(scrolling(body, self), 1)
        outer.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 80, metrics.height() * 30)

    # -- changing a meeting ------------------------------------------------------------------

    def _meeting_actions(self, meeting: Meeting, buttons: QDialogButtonBox) -> None:
        sent = meetings.is_sent(self._vault, meeting.uuid)
        change = QPushButton(self.tr("&Correct…") if sent else self.tr("C&hange…"), self)
        change.setAccessibleName(
            self.tr("Correct this meeting") if sent else self.tr("Change this meeting")
        )
        change.setToolTip(
            self.tr("Your correction goes to the office the next time you send.")
            if sent
            else self.tr("This meeting has not gone to the office yet.")
        )
        large(change)
        buttons.addButton(change, QDialogButtonBox.ButtonRole.ActionRole)
        change.clicked.connect(lambda: self._change(meeting.uuid))
        self.change_button = change
        if not sent:
            withdraw = QPushButton(self.tr("&Withdraw…"), self)
            withdraw.setAccessibleName(self.tr("Withdraw this meeting"))
            withdraw.setToolTip(self.tr("Delete this meeting: it has not gone to the office yet."))
            large(withdraw)
            buttons.addButton(withdraw, QDialogButtonBox.ButtonRole.DestructiveRole)
            withdraw.clicked.connect(lambda: self._ask_withdraw(meeting.uuid))
            self.withdraw_button = withdraw

    def _change(self, meeting_uuid: str) -> None:
        self.accept()
        self.change_requested.emit(meeting_uuid)

    def _ask_withdraw(self, meeting_uuid: str) -> QMessageBox:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Withdraw this meeting?"))
        box.setText(self.tr("Withdraw this meeting?"))
        box.setInformativeText(
            self.tr(
                "It has not gone to the office yet. Its minutes, attendance and concerns are "
                "deleted from this laptop and cannot be brought back."
            )
        )
        withdraw = box.addButton(self.tr("&Withdraw"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _result: (
                self._withdraw(meeting_uuid) if box.clickedButton() is withdraw else None
            )
        )
        box.open()
        return box

    def _withdraw(self, meeting_uuid: str) -> None:
        try:
            meetings.withdraw_meeting(self._vault, meeting_uuid=meeting_uuid)
        except UserError as error:
            self.banner.show_error(user_text(error))
            return
        self.accept()
        self.withdrawn.emit(meeting_uuid)

    # -- pieces ------------------------------------------------------------------------------

    def text(self) -> str:
        """Everything the view shows, as plain text (for tests and screen readers)."""
        parts = []
        for widget in self.body.findChildren(QWidget):
            if isinstance(widget, QLabel):
                parts.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                parts.append(widget.toPlainText())
        return "\n".join(parts)

    def _field(self, name: str, value: str, parent: QWidget | None = None) -> None:
        label = QLabel(value, parent or self.body)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        # Selectable with the mouse only: keyboard selection would draw a blinking text cursor in
        # a view where nothing can be typed. Tab still reaches each value, and a screen reader
        # reads it with its field: "Venue: Church hall", "From the office, 7 Dec 2026 09:12: …".
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setAccessibleName(self.tr("{field}: {value}").format(field=name, value=value))
        form = self.form if parent is None else parent.layout()
        assert isinstance(form, QFormLayout)
        form.addRow(QLabel(name, parent or self.body), label)

    def _long_text(self, name: str, value: str) -> QPlainTextEdit:
        box = QPlainTextEdit(value, self.body)
        no_caret(box)
        box.setTabChangesFocus(True)
        box.setAccessibleName(name)
        box.setMinimumHeight(box.fontMetrics().height() * 8)
        box.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label = QLabel(name, self.body)
        label.setBuddy(box)
        self.form.addRow(label)
        self.form.addRow(box)
        return box

    def _meeting(self, meeting: Meeting) -> None:
        self._field(self.tr("Date"), long_date(meeting.held_on))
        if meeting.start_time:
            self._field(self.tr("Time"), meeting.start_time)
        if meeting.venue:
            self._field(self.tr("Venue"), meeting.venue)
        if meeting.mode is not None:
            self._field(self.tr("Held"), meeting_mode_names().get(meeting.mode, meeting.mode))
        summary = next(
            (
                s
                for s in meetings.list_meetings(self._vault, circle_code=self.circle_code)
                if s.meeting.uuid == meeting.uuid
            ),
            None,
        )
        if summary is not None and summary.attendance:
            statuses = attendance_names()
            self._field(
                self.tr("Who came"),
                "\n".join(
                    self.tr("{name}: {status}").format(
                        name=name, status=statuses.get(status, status)
                    )
                    for name, status in summary.attendance.items()
                ),
            )
        self.minutes = self._long_text(self.tr("Minutes"), meeting.minutes)
        if meeting.life_areas:
            labels = meetings.life_areas(self._vault)
            self._field(
                self.tr("Life areas talked about"),
                ", ".join(labels.get(a, a) for a in meeting.life_areas),
            )
        if meeting.engagement is not None:
            self._field(
                self.tr("Engagement"),
                self.tr("{rating} of 5").format(rating=meeting.engagement),
            )
        raised = [
            entry
            for entry in timeline.circle_timeline(self._vault, meeting.circle_uuid)
            if isinstance(entry.record, Concern) and entry.record.meeting_uuid == meeting.uuid
        ]
        for entry in raised:
            assert isinstance(entry.record, Concern)
            self._concern_box(entry.record, entry.responses)

    def _concern_box(self, concern: Concern, responses: tuple[ConcernResponse, ...]) -> None:
        names = urgency_names()
        box = QGroupBox(
            self.tr("Concern, urgency {number} ({level})").format(
                level=names.get(concern.level, ""), number=concern.level
            ),
            self.body,
        )
        box.setAccessibleName(box.title())
        QFormLayout(box).setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._concern_fields(concern, responses, box)
        self.form.addRow(box)

    def _concern(self, concern: Concern, responses: tuple[ConcernResponse, ...]) -> None:
        names = urgency_names()
        self._field(
            self.tr("Urgency"),
            self.tr("{level} ({number})").format(
                level=names.get(concern.level, ""), number=concern.level
            ),
        )
        self._concern_fields(concern, responses, None)

    def _concern_fields(
        self, concern: Concern, responses: tuple[ConcernResponse, ...], parent: QWidget | None
    ) -> None:
        categories = meetings.concern_categories(self._vault)
        self._field(self.tr("Raised"), local_time(concern.raised_at), parent)
        self._field(
            self.tr("Kind of concern"), categories.get(concern.category, concern.category), parent
        )
        self._field(self.tr("What happened"), concern.description, parent)
        if concern.action_taken:
            self._field(self.tr("What was done"), concern.action_taken, parent)
        if concern.coordinator_phoned_at:
            self._field(
                self.tr("Coordinator phoned"), local_time(concern.coordinator_phoned_at), parent
            )
        if not responses:
            self._field(
                self.tr("From the office"),
                self.tr(
                    "No response has arrived yet. It comes with the next file from the office."
                ),
                parent,
            )
        actions = response_action_names()
        for response in responses:
            text = actions.get(response.action, response.action)
            if response.text:
                text += "\n" + response.text
            if response.outcome:
                text += "\n" + response.outcome
            self._field(
                self.tr("From the office, {when}").format(when=local_time(response.responded_at)),
                text,
                parent,
            )

    def _contact(self, contact: Contact) -> None:
        modes = contact_mode_names()
        self._field(self.tr("Date"), long_date(contact.contact_on))
        self._field(self.tr("Kind"), modes.get(contact.mode, contact.mode))
        self._long_text(self.tr("What was said"), contact.summary)
        self._field(
            self.tr("Raise at the next meeting"),
            self.tr("Yes") if contact.raise_at_next_meeting else self.tr("No"),
        )

    def _review(self, review: Review) -> None:
        self._field(self.tr("Date"), long_date(review.review_on))
        _template, items = activity.review_items(self._vault)
        for key, score in review.scores.items():
            self._field(items.get(key, key), self.tr("{score} of 6").format(score=score))
        if review.notes:
            self._long_text(self.tr("Notes"), review.notes)

    def _hours(self, hours: VolunteerHours) -> None:
        self._field(self.tr("Date"), long_date(hours.worked_on))
        self._field(
            self.tr("Time given"),
            self.tr("{hours} h {minutes} min").format(
                hours=hours.minutes // 60, minutes=hours.minutes % 60
            ),
        )
        self._field(self.tr("What for"), hours.activity)
