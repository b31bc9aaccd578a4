"""Search minutes, concerns and contacts as you type; Enter opens what was found."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.errors import UserError
from circlesdesk.services import circles, meetings, timeline
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.record_view import RecordView, open_record
from circlesdesk.ui.records import kind_names, plural, short_date
from circlesdesk.ui.table_model import Index, TableModel, read_only_table
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.widgets import AlertLabel, StatusLabel, heading, large
from circlesdesk.vault.search import SearchHit
from circlesdesk.vault.vault import Vault

HIT_ROLE = Qt.ItemDataRole.UserRole
DEBOUNCE_MS = 250
RESULT_LIMIT = 200


class SearchModel(TableModel):
    """Search hits: date, circle, kind of record and the words around the match."""

    DATE, CIRCLE, KIND, SNIPPET = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._codes: dict[str, str] = {}
        self._kinds = kind_names()
        self._headers = (
            self.tr("Date"),
            self.tr("Circle"),
            self.tr("What"),
            self.tr("Found"),
        )

    def set_hits(self, hits: list[SearchHit], codes: dict[str, str]) -> None:
        """Show these hits; ``codes`` maps circle uuids to circle codes."""
        self.beginResetModel()
        self._hits = list(hits)
        self._codes = dict(codes)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        """The hit in a row."""
        return self._hits[row]

    def _count(self) -> int:
        return len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == self.DATE:
            return short_date(hit.date)
        if column == self.CIRCLE:
            return self._codes.get(hit.circle_uuid, "")
        if column == self.KIND:
            return self._kinds.get(hit.kind, hit.kind)
        return " ".join(hit.snippet.split())


class _SearchBox(QLineEdit):
    """The search field: Down moves into the results."""

    def __init__(self, page: SearchPage) -> None:
        super().__init__(page)
        self._page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self._page.model.rowCount():
            self._page.focus_results()
            return
        super().keyPressEvent(event)


class SearchPage(QWidget):
    """A search box over everything this laptop holds; results update as the user types."""

    edit_meeting_requested = Signal(str)  # a meeting of this laptop, to change in the editor

    def __init__(
        self, vault: Vault, *, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self.record_view: RecordView | None = None
        self.setAccessibleName(self.tr("Search"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Search")))
        row = QHBoxLayout()
        label = QLabel(self.tr("&Look for:"), self)
        self.box = _SearchBox(self)
        self.box.setPlaceholderText(self.tr("A word from minutes, concerns or contacts"))
        self.box.setClearButtonEnabled(True)
        for button in self.box.findChildren(QToolButton):  # Qt's clear button, unnamed
            button.setAccessibleName(self.tr("Clear the search"))
        self.box.setAccessibleName(self.tr("Look for"))
        self.box.setMaxLength(500)
        large(self.box)
        label.setBuddy(self.box)
        row.addWidget(label)
        row.addWidget(self.box, 1)
        layout.addLayout(row)
        self.banner = AlertLabel(self)
        layout.addWidget(self.banner)

        self.model = SearchModel(self)
        self.view = read_only_table(
            self.model, name=self.tr("What was found"), parent=self, wrap=False
        )
        header = self.view.horizontalHeader()
        for column in (SearchModel.DATE, SearchModel.CIRCLE, SearchModel.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SearchModel.SNIPPET, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.8))
        layout.addWidget(self.view, 1)

        footer = QHBoxLayout()
        self.status = StatusLabel(self.tr("Search result"), self)
        self.status.setText(self.tr("Type a word to search."))
        footer.addWidget(self.status, 1)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the chosen record"))
        large(self.open_button)
        footer.addWidget(self.open_button)
        layout.addLayout(footer)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self.debounce.start())
        self.box.returnPressed.connect(self._return_pressed)
        self.view.activated.connect(self.open_record)
        self.open_button.clicked.connect(lambda: self.open_record(self.view.currentIndex()))
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def run_search(self) -> None:
        """Search now for what is in the box."""
        self.debounce.stop()
        self.banner.clear_message()
        text = self.box.text().strip()
        # A background task (an import) may be writing: this thread's own connection reads
        # only what is committed (vault/connections.py), so searching goes on meanwhile.
        if not text or self._vault.is_locked:
            self.model.set_hits([], {})
            self.status.setText(self.tr("Type a word to search."))
            self._update_buttons()
            return
        try:
            hits = meetings.search_records(self._vault, text, limit=RESULT_LIMIT)
        except UserError as error:
            self.banner.show_error(user_text(error))
            hits = []
        codes = {c.uuid: c.code for c in circles.list_circles(self._vault)}
        self.model.set_hits(hits, codes)
        if hits:
            self.status.setText(plural(self.tr("Found %n record(s).", "", len(hits)), len(hits)))
            self.view.setCurrentIndex(self.model.index(0, 0))
        else:
            self.status.setText(self.tr("Nothing found. Try another word."))
        self._update_buttons()

    def focus_results(self) -> None:
        """Move the keyboard into the results, on the first one."""
        if self.model.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus()

    def open_record(self, index: QModelIndex | None = None) -> RecordView | None:
        """Open the record of a result, read-only."""
        if index is None or not index.isValid():
            return None
        hit = self.model.data(index, HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return None
        record = timeline.find_record(self._vault, hit.kind, hit.uuid)
        if record is None:
            self.banner.show_error(
                self.tr("That record is no longer on this laptop. Search again.")
            )
            return None
        self.record_view = open_record(
            self,
            self._vault,
            record,
            on_change=self.edit_meeting_requested.emit,
            on_withdrawn=self.run_search,
        )
        return self.record_view

    def page_shown(self) -> None:
        """The shell shows the page: the cursor goes to the search box."""
        if self.box.isVisible():
            self._focus_box()
        else:  # once on screen: a focus given before is told to screen readers only then
            QTimer.singleShot(0, self, self._focus_box)

    def _focus_box(self) -> None:
        # Focus first, then select what was typed before: a selection or caret event of the
        # box before its focus event left Orca silent (it took the focus as already known).
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.box.selectAll()

    def _return_pressed(self) -> None:
        if self.debounce.isActive() or not self.model.rowCount():
            self.run_search()
        self.focus_results()

    def _update_buttons(self, *_args: object) -> None:
        self.open_button.setEnabled(self.view.currentIndex().isValid())
