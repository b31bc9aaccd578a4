"""The minutes review queue: meetings received from volunteers, read and marked reviewed.

The list shows the work first (never reviewed, or changed since the coordinator reviewed it),
oldest meeting first; "All" adds the reviewed ones. The reading pane shows the chosen meeting's
fields and minutes; when it changed since review it says which revision was reviewed and when,
and marks the words added (underlined) and removed (struck through), in the palette's green and
red. Every piece of the record is HTML-escaped before it reaches the pane. "Mark reviewed" pins
the current revision and moves on to the next meeting to review. The list is read on the task
runner (a big vault holds thousands of meetings).
"""

from __future__ import annotations

import dataclasses
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from circlesdesk.domain.enums import MeetingStatus
from circlesdesk.errors import UserError
from circlesdesk.services import minutes_review as review
from circlesdesk.services.minutes_review import (
    DELETE,
    EQUAL,
    INSERT,
    ReviewDetail,
    ReviewEntry,
    ReviewState,
)
from circlesdesk.ui import style
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.office.list_page import ListPage, keep_chosen, page_column, say
from circlesdesk.ui.records import local_time, long_date, plural, short_date
from circlesdesk.ui.table_model import RowsModel, read_only_table
from circlesdesk.ui.tasks import Task, TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel, BusyIndicator, hint, large, no_caret
from circlesdesk.vault.vault import Vault


def _tr(text: str) -> str:
    return QCoreApplication.translate("MinutesReview", text)


def state_names() -> dict[ReviewState, str]:
    """What each review state is called in the list."""
    return {
        ReviewState.TO_REVIEW: _tr("To review"),
        ReviewState.CHANGED: _tr("Changed since review"),
        ReviewState.REVIEWED: _tr("Reviewed"),
    }


def field_labels() -> dict[str, str]:
    """The name of each compared field of a meeting (see ``review.COMPARED_FIELDS``)."""
    labels = {
        "held_on": _tr("Date"),
        "start_time": _tr("Start"),
        "end_time": _tr("End"),
        "venue": _tr("Venue"),
        "minute_taker_uuid": _tr("Minute-taker"),
        "life_areas": _tr("Life areas talked about"),
        "engagement": _tr("Engagement"),
        "status": _tr("Status"),
    }
    assert tuple(labels) == review.COMPARED_FIELDS
    return labels


def field_text(field: str, value: str) -> str:
    """A field's value as the pane shows it ("not set" when empty)."""
    if not value:
        return _tr("not set")
    if field == "held_on":
        return long_date(value)
    if field == "engagement":
        return _tr("{rating} of 5").format(rating=value)
    if field == "status":
        statuses = {
            MeetingStatus.DRAFT.value: _tr("Draft"),
            MeetingStatus.FINAL.value: _tr("Final"),
        }
        return statuses.get(value, value)
    return value


def nothing_waiting() -> str:
    """The sentence shown when no meeting waits for review."""
    return _tr("Nothing is waiting for review.")


def _escaped(text: str) -> str:
    return html.escape(text, quote=True)


def _marked(op: str, text: str, *, dark: bool) -> str:
    """One piece of text as HTML: plain, inserted (underlined, green) or deleted (struck, red)."""
    scheme = style.DARK if dark else style.LIGHT
    if op == INSERT:
        return (
            f'<span style="color:{scheme.ok_text}; background-color:{scheme.ok_bg};'
            f' text-decoration:underline">{_escaped(text)}</span>'
        )
    if op == DELETE:
        return (
            f'<span style="color:{scheme.alert_text}; background-color:{scheme.alert_bg};'
            f' text-decoration:line-through">{_escaped(text)}</span>'
        )
    return _escaped(text)


def _spoken(op: str, text: str) -> str:
    """One piece of text for a screen reader, insertions and deletions said in words."""
    if op == INSERT:
        return _tr("[added: {text}]").format(text=text)
    if op == DELETE:
        return _tr("[removed: {text}]").format(text=text)
    return text


def pane_html(found: ReviewDetail, circle_code: str, *, dark: bool) -> tuple[str, str]:
    """The reading pane for one meeting: (HTML, the same as plain text for screen readers)."""
    labels = field_labels()
    title = f"{circle_code} · {long_date(found.meeting.held_on)}"
    parts = [f"<h3>{_escaped(title)}</h3>"]
    spoken = [title]
    sentence = state_sentence(found)
    parts.append(f"<p><b>{_escaped(sentence)}</b></p>")
    spoken.append(sentence)
    changes = found.changes
    if changes is not None and changes.fields:
        parts.append("<ul>")
        for change in changes.fields:
            old = field_text(change.field, change.old)
            new = field_text(change.field, change.new)
            # "not set" is not a value that was removed or added: it is not marked.
            was = _marked(DELETE if change.old else EQUAL, old, dark=dark)
            now = _marked(INSERT if change.new else EQUAL, new, dark=dark)
            parts.append(f"<li>{_escaped(labels[change.field])}: {was} → {now}</li>")
            spoken.append(
                _tr("{field} changed from {old} to {new}.").format(
                    field=labels[change.field], old=old, new=new
                )
            )
        parts.append("</ul>")
    rows = [
        (labels[name], field_text(name, value))
        for name, value in found.fields.items()
        if value and name != "held_on"
    ]
    rows.append((_tr("Revision"), str(found.meeting.revision)))
    parts.append("<table cellspacing='0' cellpadding='2'>")
    for label, value in rows:
        parts.append(f"<tr><td><b>{_escaped(label)}</b></td><td>{_escaped(value)}</td></tr>")
        spoken.append(f"{label}: {value}")
    parts.append("</table>")
    minutes_label = _tr("Minutes")
    parts.append(f"<h4>{_escaped(minutes_label)}</h4>")
    spoken.append(minutes_label)
    if changes is not None and changes.minutes_changed:
        segments = changes.minutes
    else:
        segments = ((EQUAL, found.meeting.minutes),)
    if any(text for _op, text in segments):
        body = "".join(_marked(op, text, dark=dark) for op, text in segments)
        parts.append(f"<p style='white-space:pre-wrap'>{body}</p>")
        spoken.append("".join(_spoken(op, text) for op, text in segments))
    else:
        empty = _tr("No minutes were written.")
        parts.append(f"<p><i>{_escaped(empty)}</i></p>")
        spoken.append(empty)
    return "".join(parts), "\n".join(spoken)


def state_sentence(found: ReviewDetail) -> str:
    """Where the meeting stands, in one sentence."""
    pin = found.pin
    if pin is None:
        return _tr("Not reviewed yet (revision {revision}).").format(
            revision=found.meeting.revision
        )
    when = local_time(pin.reviewed_at)
    if found.state is ReviewState.CHANGED:
        return _tr("Changed since you reviewed revision {revision} on {date}.").format(
            revision=pin.revision, date=when
        )
    return _tr("You reviewed revision {revision} on {date}.").format(
        revision=pin.revision, date=when
    )


class ReviewModel(RowsModel[ReviewEntry]):
    """Queue entries in the order the service gives (the work first)."""

    STATE, CIRCLE, DATE, REVISION, MINUTE_TAKER = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("State"),
            self.tr("Circle"),
            self.tr("Meeting date"),
            self.tr("Revision"),
            self.tr("Minute-taker"),
        )
        self._states = state_names()

    def replace(self, row: int, entry: ReviewEntry) -> None:
        """Show a row's entry as it now is."""
        self._rows[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove(self, row: int) -> None:
        """Take a row out of the list."""
        self.beginRemoveRows(self.index(row, 0).parent(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def text(self, entry: ReviewEntry, column: int) -> str:
        """What a cell shows."""
        if column == self.STATE:
            return self._states[entry.state]
        if column == self.CIRCLE:
            return entry.circle_code
        if column == self.DATE:
            return short_date(entry.held_on)
        if column == self.REVISION:
            return str(entry.revision)
        return entry.minute_taker


class MinutesReviewPage(ListPage[ReviewEntry]):
    """Read the minutes volunteers sent and mark them reviewed; see what changed since."""

    model: ReviewModel

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(vault, runner=runner, parent=parent)
        self.task: Task[Any] | None = None
        self.detail: ReviewDetail | None = None
        layout = page_column(
            self,
            self.tr("Minutes review"),
            self.tr(
                "Minutes your volunteers sent, those waiting for you first, oldest meeting "
                "first. When a volunteer changes minutes you reviewed, they come back here "
                "with the changes marked."
            ),
        )
        filters = QHBoxLayout()
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("To review"), True)
        self.filter.addItem(self.tr("All"), False)
        self.filter.setAccessibleName(self.tr("Which meetings to show"))
        large(self.filter)
        show = QLabel(self.tr("&Show:"), self)
        show.setBuddy(self.filter)
        filters.addWidget(show)
        filters.addWidget(self.filter)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = ReviewModel(self)
        self.view = read_only_table(
            self.model, name=self.tr("Meetings received"), parent=self, wrap=False
        )
        # Fixed widths from the font, not ResizeToContents: that reads every row of a big list.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = header.fontMetrics()
        char = metrics.averageCharWidth()
        widest = {ReviewModel.STATE: 22, ReviewModel.CIRCLE: 8, ReviewModel.DATE: 11}
        for column in range(self.model.columnCount() - 1):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(widest.get(column, 0) * char, metrics.horizontalAdvance(title))
            header.resizeSection(column, width + 4 * char)
        self.pane = QTextBrowser(self)
        self.pane.setAccessibleName(self.tr("The chosen meeting"))
        self.pane.setOpenLinks(False)
        self.pane.setOpenExternalLinks(False)
        self.pane.setTabChangesFocus(True)
        no_caret(self.pane)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        actions = QHBoxLayout()
        self.mark_button = QPushButton(self.tr("&Mark reviewed"), self)
        self.mark_button.setAccessibleName(self.tr("Mark the minutes reviewed"))
        self.mark_button.setToolTip(
            self.tr("Note that you read this revision, and go on to the next meeting.")
        )
        large(self.mark_button)
        actions.addWidget(self.mark_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status = hint("", self)
        self.status.setAccessibleName(self.tr("How many meetings wait for review"))
        layout.addWidget(self.status)
        self.busy = BusyIndicator(self)
        layout.addWidget(self.busy)
        self.alert = AlertLabel(self, focus_on_show=True)  # the outcome of a button
        layout.addWidget(self.alert)

        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.mark_button.clicked.connect(self.mark_reviewed)
        self.mark_button.setEnabled(False)
        self.refresh()

    # -- public ----------------------------------------------------------------------------

    @property
    def waiting_only(self) -> bool:
        """Whether the list shows only the meetings to review."""
        return bool(self.filter.currentData())

    def refresh(self) -> None:
        """Read the queue again on the task runner (later, if a task is using the vault)."""
        if self.must_wait():
            return
        if self.task is not None:  # already reading: read again once it is done
            self._waiting = True
            return
        vault, waiting_only = self._vault, self.waiting_only

        def work(context: TaskContext) -> list[ReviewEntry]:
            context.progress(0, 0)
            return review.review_queue(vault, waiting_only=waiting_only)

        self.busy.start(self.tr("Reading the meetings…"))
        self.task = self._runner.run(
            work,
            owner=self,
            on_success=self._loaded,
            on_error=lambda error: self.alert.show_error(user_text(error)),
            name="minutes-review",
        )
        self.task.done.connect(self._task_done)

    def mark_reviewed(self) -> None:
        """Pin the chosen meeting's current revision and go on to the next one to review."""
        entry = self.current()
        if entry is None or not entry.state.needs_review:
            return
        if not self._runner.vault_free(
            self.alert, self.tr("Wait a moment: the vault is still being read.")
        ):
            return
        try:
            pin = review.mark_reviewed(self._vault, entry.meeting_uuid)
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.alert.show_success(
            self.tr("Marked revision {revision} of {circle}, {date} reviewed.").format(
                revision=pin.revision, circle=entry.circle_code, date=short_date(entry.held_on)
            )
        )
        row = self.view.currentIndex().row()
        if self.waiting_only:
            self.model.remove(row)
            if not self._select_next_to_review(row):
                self.view.setCurrentIndex(QModelIndex())
                self._chosen()
        else:
            self.model.replace(row, dataclasses.replace(entry, state=ReviewState.REVIEWED, pin=pin))
            if not self._select_next_to_review(row + 1):
                self._chosen()  # it stays chosen: the pane says it is reviewed now
        self._show_count()

    # -- inside ------------------------------------------------------------------------------

    def _select_next_to_review(self, start: int) -> bool:
        """Choose the first meeting to review from row ``start`` on, else from the top; False
        if none is left."""
        entries = self.model.rows()
        order = list(range(start, len(entries))) + list(range(min(start, len(entries))))
        for row in order:
            if entries[row].state.needs_review:
                self.view.selectRow(row)
                return True
        return False

    def _loaded(self, entries: list[ReviewEntry]) -> None:
        kept = keep_chosen(self.view, self.model, entries, lambda entry: entry.meeting_uuid)
        if not kept and not self._select_next_to_review(0) and entries:
            self.view.selectRow(0)
        if self.current() is None:
            self._chosen()
        self._show_count()

    def _show_count(self) -> None:
        entries = self.model.rows()
        waiting = sum(1 for e in entries if e.state.needs_review)
        text = (
            plural(self.tr("%n meeting(s) to review.", "", waiting), waiting)
            if waiting
            else nothing_waiting()
        )
        say(self.status, text)

    def _task_done(self) -> None:
        self.task = None
        self.busy.stop()
        if self.detail is None:
            self._chosen()  # the vault is free again: read the chosen meeting

    def _runner_idle(self) -> None:
        if self._waiting:
            self.refresh()
        elif self.detail is None and self.current() is not None:
            self._chosen()

    def _chosen(self, *_args: object) -> None:
        entry = self.current()
        self.detail = None
        self.mark_button.setEnabled(entry is not None and entry.state.needs_review)
        if entry is None:
            self._say(
                self.tr("Choose a meeting to read its minutes.")
                if self.model.rowCount()
                else nothing_waiting()
            )
            return
        try:
            found = review.detail(self._vault, entry.meeting_uuid)
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.detail = found
        dark = self.pane.palette().color(QPalette.ColorRole.Base).lightness() < 128
        markup, spoken = pane_html(found, entry.circle_code, dark=dark)
        self.pane.setHtml(markup)
        self.pane.setAccessibleDescription(spoken)

    def _say(self, sentence: str) -> None:
        self.pane.setPlainText(sentence)
        self.pane.setAccessibleDescription(sentence)
