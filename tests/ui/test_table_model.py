"""The table models' shared base, tested without a window: headers, counts, the record behind a
row, what a cell shows (and a screen reader says), a reset when the rows change; and the view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QWidget
from pytestqt.qtbot import QtBot

from circlesdesk.ui.table_model import ROW_ROLE, RowsModel, read_only_table


class Circles(RowsModel[tuple[str, int]]):
    """Circle codes and their meeting counts."""

    _headers = ("Circle", "Meetings")

    def text(self, row: tuple[str, int], column: int) -> str:
        return row[column] if column == 0 else str(row[column])

    def role_data(self, row: tuple[str, int], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row[1] == 0:
            return QColor("red")
        return None


def test_rows_headers_and_cells() -> None:
    model = Circles()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    model.set_rows([("SW-014", 12), ("NE-007", 0)])

    assert resets == [True]
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Meetings"
    assert model.headerData(0, Qt.Orientation.Vertical) is None  # no row numbers
    cell = model.index(0, 1)
    assert cell.data() == "12" and cell.data(Qt.ItemDataRole.AccessibleTextRole) == "12"
    assert cell.data(ROW_ROLE) == ("SW-014", 12)
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor("red")
    assert model.row_at(QModelIndex()) is None and model.rows() == [("SW-014", 12), ("NE-007", 0)]
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table: no children


def test_the_view_selects_whole_rows_and_edits_nothing(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    model = Circles()
    model.set_rows([("SW-014", 12)])

    view = read_only_table(model, name="Circles", parent=parent)

    assert view.accessibleName() == "Circles" and view.model() is model
    assert view.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not view.tabKeyNavigation() and view.verticalHeader().isHidden()
