"""What every table of records here shares: the model's headers and counts, a model over a
list of records, and the view."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class TableModel(QAbstractTableModel):
    """A flat table: subclasses set ``_headers`` and give ``_count()`` (the rows the view may
    show now) and ``data()``."""

    _headers: tuple[str, ...] = ()

    def _count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else self._count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


ROW_ROLE = Qt.ItemDataRole.UserRole  # data(index, ROW_ROLE) is the row's record itself
SHOWN_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class RowsModel(TableModel, Generic[T]):
    """A table over a list of records, one a row: subclasses set ``_headers`` and give
    ``text(row, column)``, and ``role_data(row, column, role)`` for colours, fonts and tool tips."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def set_rows(self, rows: Iterable[T]) -> None:
        """Show these records."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        """The records shown."""
        return list(self._rows)

    def row(self, row: int) -> T:
        """The record in a row."""
        return self._rows[row]

    def row_at(self, index: Index) -> T | None:
        """The record at an index (None for no row, e.g. nothing chosen)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def text(self, row: T, column: int) -> str:
        """What a cell shows (and a screen reader says)."""
        raise NotImplementedError

    def role_data(self, row: T, column: int, role: int) -> Any:
        """Any other role of a cell (colours, fonts, tool tips); None by default."""
        return None

    def _count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role in SHOWN_ROLES:
            return self.text(row, index.column())
        return self.role_data(row, index.column(), role)


def read_only_table(
    model: QAbstractTableModel, *, name: str, parent: QWidget, wrap: bool = True
) -> QTableView:
    """A table view for a list of records: whole rows selected one at a time, nothing edited,
    Tab leaving the table (arrows move within it), no row numbers."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(wrap)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    return view
