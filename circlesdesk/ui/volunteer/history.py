"""A circle's history: meetings, concerns with the office's responses, contacts and reviews."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.domain.records import Concern, Contact, Meeting, Review, VolunteerHours
from circlesdesk.services import circles, meetings, timeline
from circlesdesk.services.timeline import TimelineEntry, TimelineRef
from circlesdesk.ui.forms import CirclePicker
from circlesdesk.ui.record_view import RecordView, open_record
from circlesdesk.ui.records import (
    contact_mode_names,
    first_words,
    kind_names,
    plural,
    response_action_names,
    short_date,
    urgency_names,
)
from circlesdesk.ui.table_model import Index, TableModel, read_only_table
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.widgets import StatusLabel, heading, large, wrapped
from circlesdesk.vault.vault import Vault

ENTRY_ROLE = Qt.ItemDataRole.UserRole


Loader = Callable[[Sequence[TimelineRef]], list[TimelineEntry]]


class TimelineModel(TableModel):
    """Timeline entries, newest first, handed to the view a batch at a time as it scrolls."""

    BATCH = 100  # many screenfuls; the next hundred are read as the list is scrolled
    DATE, KIND, DETAILS, OFFICE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._refs: Sequence[TimelineRef] = []
        self._entries: list[TimelineEntry] = []  # the rows shown, read a batch at a time
        self._load: Loader | None = None
        self._ended = True  # every ref has been read (fewer than asked for came back)
        self._fetching = False  # a batch is being read and inserted
        self._categories: dict[str, str] = {}
        self._headers = (
            self.tr("Date"),
            self.tr("What"),
            self.tr("Details"),
            self.tr("From the office"),
        )
        self._kinds = kind_names()
        self._urgency = urgency_names()
        self._modes = contact_mode_names()
        self._actions = response_action_names()

    def set_timeline(
        self,
        refs: Sequence[TimelineRef],
        load: Loader,
        *,
        categories: dict[str, str] | None = None,
    ) -> None:
        """Show a timeline: only the first batch of ``refs`` is read (before they are counted:
        a lazy sequence such as :class:`timeline.CircleRefs` then reads no further); the rest
        are read from the vault a batch at a time as the view scrolls to them."""
        self.beginResetModel()
        self._refs = refs
        self._load = load
        first = refs[: self.BATCH]
        self._entries = load(first) if first else []
        self._ended = len(first) < self.BATCH
        self._categories = dict(categories or {})
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing (the vault is locked or no circle is chosen)."""
        self.beginResetModel()
        self._refs, self._entries, self._load, self._ended = [], [], None, True
        self.endResetModel()

    def total(self) -> int:
        """How many entries there are, read or not yet."""
        return len(self._refs)

    def counted(self) -> bool:
        """Whether :meth:`total` is known without asking the vault (every entry is read)."""
        return self._ended

    def entry(self, row: int) -> TimelineEntry:
        """The entry shown in a row."""
        return self._entries[row]

    # -- the model interface -------------------------------------------------------------------

    def _count(self) -> int:
        return len(self._entries)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._ended and len(self._entries) < len(self._refs)

    def fetchMore(self, parent: Index) -> None:
        # Not while a batch is being inserted: a view may ask again from inside the insertion,
        # before the rows it is told about are counted, and would get the same batch twice.
        if parent.isValid() or self._load is None or self._fetching:
            return
        self._fetching = True
        try:
            self._fetch_next()
        finally:
            self._fetching = False

    def _fetch_next(self) -> None:
        assert self._load is not None
        shown = len(self._entries)
        batch = self._refs[shown : shown + self.BATCH]
        self._ended = len(batch) < self.BATCH
        if not batch:
            return
        entries = self._load(batch)
        self.beginInsertRows(QModelIndex(), shown, shown + len(entries) - 1)
        self._entries.extend(entries)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.OFFICE:
            return self._text(entry, index.column()) or None
        return None

    def _text(self, entry: TimelineEntry, column: int) -> str:
        if column == self.DATE:
            return short_date(entry.date)
        if column == self.KIND:
            return self._kind(entry)
        if column == self.DETAILS:
            return first_words(self._details(entry), 100)
        return self._office(entry)

    def _kind(self, entry: TimelineEntry) -> str:
        record = entry.record
        kind = self._kinds.get(entry.kind, entry.kind)
        if isinstance(record, Concern):
            return self.tr("{kind}, urgency {number} ({level})").format(
                kind=kind, level=self._urgency.get(record.level, ""), number=record.level
            )
        return kind

    def _details(self, entry: TimelineEntry) -> str:
        record = entry.record
        if isinstance(record, Meeting):
            return record.minutes or self.tr("(no minutes written)")
        if isinstance(record, Concern):
            category = self._categories.get(record.category, record.category)
            return self.tr("{category}: {description}").format(
                category=category, description=record.description
            )
        if isinstance(record, Contact):
            return self.tr("{mode}: {summary}").format(
                mode=self._modes.get(record.mode, record.mode), summary=record.summary
            )
        if isinstance(record, Review):
            return plural(self.tr("%n item(s) scored", "", len(record.scores)), len(record.scores))
        if isinstance(record, VolunteerHours):
            return record.activity
        return ""

    def _office(self, entry: TimelineEntry) -> str:
        if entry.kind != "concern":
            return ""
        if not entry.responses:
            return self.tr("No response yet")
        latest = entry.responses[-1]
        action = self._actions.get(latest.action, latest.action)
        return (
            self.tr("{action}: {text}").format(action=action, text=first_words(latest.text, 80))
            if latest.text
            else action
        )


class HistoryPage(QWidget):
    """Everything this laptop holds about one circle; Enter or double-click opens a record."""

    edit_meeting_requested = Signal(str)  # a meeting of this laptop, to change in the editor

    def __init__(
        self,
        vault: Vault,
        *,
        circle_code: str | None = None,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self.record_view: RecordView | None = None
        self.setAccessibleName(self.tr("History"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("History")))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Meetings, concerns, contacts and reviews of a circle, newest first. "
                    "Press Enter or double-click to open one."
                ),
                self,
            )
        )
        row = QHBoxLayout()
        self.circle = CirclePicker(vault, parent=self)
        if circle_code is not None:
            self.circle.set_code(circle_code)
        label = QLabel(self.tr("&Circle:"), self)
        label.setBuddy(self.circle)
        row.addWidget(label)
        row.addWidget(self.circle, 1)
        layout.addLayout(row)

        self.model = TimelineModel(self)
        # Two lines a row, so the details and the office's answer can be read in the list.
        self.view = read_only_table(
            self.model, name=self.tr("History of the circle"), parent=self, wrap=True
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TimelineModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TimelineModel.OFFICE, QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)  # dates and kinds: the rows on screen tell the width
        header.setDefaultSectionSize(self.fontMetrics().averageCharWidth() * 24)
        self.view.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.6))
        layout.addWidget(self.view, 1)

        footer = QHBoxLayout()
        self.status = StatusLabel(self.tr("How many records"), self)
        footer.addWidget(self.status, 1)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the chosen record"))
        large(self.open_button)
        footer.addWidget(self.open_button)
        layout.addLayout(footer)

        self.circle.currentIndexChanged.connect(self.refresh)
        self.view.activated.connect(self.open_record)
        self.open_button.clicked.connect(lambda: self.open_record(self.view.currentIndex()))
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.refresh()
        # The shell calls page_shown() right after building the page: nothing new to read then.
        self._just_built = True

    def show_circle(self, code: str) -> None:
        """Show the history of the circle with this code."""
        if self.circle.code() == code:
            self.refresh()
        else:
            self.circle.set_code(code)

    def refresh(self, *_args: object) -> None:
        """Read the chosen circle's timeline again (also while a task writes: this thread
        reads only what is committed, vault/connections.py)."""
        code = self.circle.code()
        if code is None or self._vault.is_locked:
            self.model.clear()
        else:
            circle = circles.find_circle(self._vault, code)
            vault = self._vault
            self.model.set_timeline(
                timeline.circle_refs(vault, circle.uuid),
                lambda refs: timeline.load_entries(vault, refs),
                categories=meetings.concern_categories(vault),
            )
        self._update_buttons()
        if self.model.counted():
            self._show_total()
        else:
            # Counting a long history takes a moment: the first rows are painted before it.
            self.status.setText(self.tr("Counting the records…"))
            QTimer.singleShot(0, self, self._show_total)

    def _show_total(self) -> None:
        if self._vault.is_locked:
            return
        total = self.model.total()
        self.status.setText(
            plural(self.tr("%n record(s).", "", total), total)
            if total
            else self.tr("Nothing recorded yet.")
        )

    def open_record(self, index: QModelIndex | None = None) -> RecordView | None:
        """Open the record in a row, read-only."""
        if index is None or not index.isValid():
            return None
        entry = self.model.data(index, ENTRY_ROLE)
        if not isinstance(entry, TimelineEntry):
            return None
        self.record_view = open_record(
            self,
            self._vault,
            entry,
            on_change=self.edit_meeting_requested.emit,
            on_withdrawn=self.refresh,
        )
        return self.record_view

    def _update_buttons(self, *_args: object) -> None:
        self.open_button.setEnabled(self.view.currentIndex().isValid())

    def page_shown(self) -> None:
        """The shell shows the page: show what was recorded meanwhile."""
        if self._just_built:
            self._just_built = False
        elif not self._vault.is_locked:
            self.circle.reload()  # a file from the office may have brought a new circle
            self.refresh()
