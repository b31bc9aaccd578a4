"""The Reports page: choose a report and a period, see its tables and charts, save CSV or PDF.

The figures are computed on the task runner (a big office vault takes a second or two) by
``services.reports``; the page shows the tables it returns one at a time and draws the charts.
"Name volunteers" puts names in the volunteer table; the page then says, before anything is
saved, what such a file holds. What is saved is exactly what is shown.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.errors import UserError
from circlesdesk.reports.tables import Period, Table
from circlesdesk.services import office_config, reports
from circlesdesk.services.reports import Report, Shown
from circlesdesk.ui import dialogs, style
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.forms import DateField
from circlesdesk.ui.office.common import ProgressRow
from circlesdesk.ui.office.report_charts import attendance_chart, concerns_chart, review_chart
from circlesdesk.ui.report_pdf import write_pdf
from circlesdesk.ui.table_model import Index, TableModel, read_only_table
from circlesdesk.ui.tasks import Task, TaskContext, TaskRunner
from circlesdesk.ui.widgets import AlertLabel, StatusLabel, heading, hint, large, scrolling
from circlesdesk.vault.vault import Vault

QUARTERS_OFFERED = 8


def quarters(today: dt.date) -> list[Period]:
    """The current quarter and the ones before it, newest first."""
    found = [Period.quarter_of(today)]
    while len(found) < QUARTERS_OFFERED:
        found.append(Period.quarter_of(found[-1].start - dt.timedelta(days=1)))
    return found


class ReportTableModel(TableModel):
    """One report table: numbers to the right, an empty cell shown as a dash."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table = table
        self._headers = tuple(c.title for c in table.columns) if table else ()
        self.endResetModel()

    def _count(self) -> int:
        return len(self.table.rows) if self.table else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "–"
            return f"{value:g}" if isinstance(value, int | float) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportsPage(QWidget):
    """Reports for funders and evaluators, on screen and as files."""

    def __init__(
        self,
        vault: Vault,
        *,
        runner: TaskRunner,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self.shown: Shown | None = None
        self.task: Task[Shown] | None = None
        self.setAccessibleName(self.tr("Reports"))
        self._quarters = quarters(today or dt.date.today())

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Reports"), content))
        layout.addWidget(
            hint(
                self.tr(
                    "Figures for funders and the national body, from the records this office "
                    "holds. Reports name no one unless you ask for names."
                ),
                content,
            )
        )

        form = QGridLayout()
        self.report_choice = QComboBox(content)
        self.report_choice.setAccessibleName(self.tr("Report"))
        for report, label in (
            (Report.QUARTERLY, self.tr("Quarterly return")),
            (Report.OUTCOMES, self.tr("Outcomes (review scores)")),
            (Report.RESEARCH, self.tr("Research extract (anonymised)")),
        ):
            self.report_choice.addItem(label, report.value)
        self.quarter_choice = QComboBox(content)
        self.quarter_choice.setAccessibleName(self.tr("Quarter"))
        for period in self._quarters:
            quarter = (period.start.month - 1) // 3 + 1
            self.quarter_choice.addItem(
                self.tr("{year} Q{quarter}").format(year=period.start.year, quarter=quarter)
            )
        self.quarter_choice.addItem(self.tr("Other dates"))
        self.start_field = DateField(self.tr("First day"), parent=content)
        self.end_field = DateField(self.tr("Last day"), parent=content)
        self.names_box = QCheckBox(self.tr("Name volunteers (personal data)"), content)
        self.names_box.setAccessibleName(self.names_box.text())
        for row, (label, field) in enumerate(
            (
                (self.tr("&Report"), self.report_choice),
                (self.tr("&Quarter"), self.quarter_choice),
                (self.tr("&From"), self.start_field),
                (self.tr("&To"), self.end_field),
            )
        ):
            text = QLabel(label, content)
            text.setBuddy(field)
            large(field)
            form.addWidget(text, row, 0)
            form.addWidget(field, row, 1)
        form.setColumnStretch(1, 1)
        layout.addLayout(form)
        layout.addWidget(self.names_box)
        self.names_warning = AlertLabel(content)
        self.names_warning.setAccessibleName(self.tr("What a report with names holds"))
        layout.addWidget(self.names_warning)

        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("&Show"), content)
        self.csv_button = QPushButton(self.tr("Save as &CSV…"), content)
        self.csv_button.setToolTip(self.tr("Save the report as a spreadsheet file (CSV)"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), content)
        self.pdf_button.setToolTip(self.tr("Save the report as a PDF to print or send"))
        for button in (self.show_button, self.csv_button, self.pdf_button):
            button.setAccessibleName(button.text().replace("&", ""))
            large(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = ProgressRow(content)
        layout.addWidget(self.progress)
        self.alert = AlertLabel(content, focus_on_show=True)  # the outcome of a button
        layout.addWidget(self.alert)
        self.status = StatusLabel(self.tr("What is shown"), content)
        style.set_role(self.status, "hint")
        layout.addWidget(self.status)

        self.tabs = QTabWidget(content)
        self.tabs.setAccessibleName(self.tr("Tables and charts"))
        tables_tab = QWidget(self.tabs)
        tables_layout = QVBoxLayout(tables_tab)
        self.table_choice = QComboBox(tables_tab)
        self.table_choice.setAccessibleName(self.tr("Table"))
        large(self.table_choice)
        self.model = ReportTableModel(self)
        self.view = read_only_table(self.model, name=self.tr("Report table"), parent=tables_tab)
        self.view.setMinimumHeight(self.view.fontMetrics().height() * 14)
        tables_layout.addWidget(self.table_choice)
        tables_layout.addWidget(self.view, 1)
        self.charts_tab = QWidget(self.tabs)
        self.charts_layout = QVBoxLayout(self.charts_tab)
        self.tabs.addTab(tables_tab, self.tr("Tables"))
        self.tabs.addTab(scrolling(self.charts_tab, self.tabs), self.tr("Charts"))
        layout.addWidget(self.tabs, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content, self, in_page=True))

        self.report_choice.currentIndexChanged.connect(self._report_changed)
        self.quarter_choice.currentIndexChanged.connect(self._quarter_changed)
        self.start_field.dateChanged.connect(self._dates_edited)
        self.end_field.dateChanged.connect(self._dates_edited)
        self.names_box.toggled.connect(self._names_toggled)
        self.show_button.clicked.connect(self.show_report)
        self.csv_button.clicked.connect(self.save_csv)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.table_choice.currentIndexChanged.connect(self._table_chosen)
        self.progress.stop_requested.connect(self._stop)
        self.quarter_choice.setCurrentIndex(1)  # the last complete quarter
        self._quarter_changed(1)
        self._report_changed()
        self._show_saving(False)

    # -- public ----------------------------------------------------------------------------

    @property
    def report(self) -> Report:
        """The report chosen."""
        return Report(self.report_choice.currentData())

    def period(self) -> Period:
        """The period chosen (refused with a sentence if it ends before it starts)."""
        return Period.parse(self.start_field.iso(), self.end_field.iso())

    def show_report(self) -> None:
        """Compute the chosen report on the task runner and show it (also while an import
        runs: the report counts what is committed, on its own connection)."""
        report, names = self.report, self.names_box.isChecked()
        try:
            period = self.period() if report is Report.QUARTERLY else None
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        vault = self._vault

        def work(context: TaskContext) -> Shown:
            context.progress(0, 0, "")
            return reports.compute(vault, report, period=period, names=names)

        self.alert.clear_message()
        self.progress.start(self.tr("Counting…"))
        self.show_button.setEnabled(False)
        self.task = self._runner.run(
            work,
            owner=self,
            on_success=self._shown,
            on_error=lambda error: self.alert.show_error(user_text(error)),
            name="report",
        )
        self.task.done.connect(self._task_done)

    def save_csv(self) -> None:
        """Write the shown report's tables as CSV files into a folder the user picks."""
        shown = self.shown
        if shown is None:
            return
        folder = dialogs.ask_folder(self, self.tr("Choose a folder for the CSV files"))
        if folder is None:
            return
        try:
            written = reports.write_csv(
                self._vault,
                shown.report,
                shown.tables,
                folder,
                period=shown.period,
                names=shown.names,
            )
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.alert.show_success(
            self.tr("Saved {count} CSV files in {folder}.").format(
                count=len(written), folder=str(folder)
            )
        )

    def save_pdf(self) -> None:
        """Write the shown report as a PDF the user names."""
        shown = self.shown
        if shown is None or shown.report is Report.RESEARCH:
            return
        suggested = (
            f"{shown.report.value}-{(shown.period or Period.quarter_of(dt.date.today())).start}.pdf"
        )
        path = dialogs.ask_save_file(
            self, self.tr("Save the report as a PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        try:
            title, meta = reports.title_and_meta(
                self._vault, shown.report, period=shown.period, names=shown.names
            )
            write_pdf(
                path, title, meta, shown.tables, marking=office_config.document_marking(self._vault)
            )
            reports.record_export(
                self._vault,
                shown.report,
                fmt="pdf",
                period=shown.period,
                names=shown.names,
                files=1,
            )
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self.alert.show_success(self.tr("Saved the report as {path}.").format(path=str(path)))

    def page_shown(self) -> None:
        """Nothing to reload: a report is computed when asked for."""

    # -- inside ------------------------------------------------------------------------------

    def _report_changed(self, *_args: object) -> None:
        quarterly = self.report is Report.QUARTERLY
        for widget in (self.quarter_choice, self.start_field, self.end_field, self.names_box):
            widget.setEnabled(quarterly)
        if not quarterly:
            self.names_box.setChecked(False)

    def _quarter_changed(self, index: int) -> None:
        if 0 <= index < len(self._quarters):
            period = self._quarters[index]
            for field, day in ((self.start_field, period.start), (self.end_field, period.end)):
                field.blockSignals(True)
                field.setDate(QDate(day.year, day.month, day.day))
                field.blockSignals(False)

    def _dates_edited(self, *_args: object) -> None:
        self.quarter_choice.blockSignals(True)
        self.quarter_choice.setCurrentIndex(len(self._quarters))  # "Other dates"
        self.quarter_choice.blockSignals(False)

    def _names_toggled(self, names: bool) -> None:
        warning = reports.personal_data_warning(self.report, names=names)
        if warning:
            self.names_warning.show_error(user_text(warning))
        else:
            self.names_warning.clear_message()

    def _stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _task_done(self) -> None:
        self.task = None
        self.progress.finish()
        self.show_button.setEnabled(True)

    def _show_saving(self, enabled: bool) -> None:
        self.csv_button.setEnabled(enabled)
        self.pdf_button.setEnabled(
            enabled and self.shown is not None and self.shown.report is not Report.RESEARCH
        )

    def _shown(self, shown: Shown) -> None:
        self.shown = shown
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        for table in shown.tables:
            self.table_choice.addItem(table.title)
        self.table_choice.blockSignals(False)
        self._table_chosen(0)
        self._draw_charts(shown)
        what = self.report_choice.itemText(self.report_choice.findData(shown.report.value))
        self.status.setText(
            self.tr("{report} for {period}: {count} tables.").format(
                report=what, period=str(shown.period), count=len(shown.tables)
            )
            if shown.period
            else self.tr("{report}: {count} tables.").format(report=what, count=len(shown.tables))
        )
        self._show_saving(True)

    def _table_chosen(self, index: int) -> None:
        tables = self.shown.tables if self.shown else []
        self.model.set_table(tables[index] if 0 <= index < len(tables) else None)
        self.view.resizeColumnsToContents()

    def _draw_charts(self, shown: Shown) -> None:
        while self.charts_layout.count():
            item = self.charts_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        charts: list[QWidget] = []
        if shown.trends is not None:
            charts += [
                attendance_chart(shown.trends, self.charts_tab),
                concerns_chart(shown.trends, self.charts_tab),
            ]
        if shown.outcomes is not None:
            charts.append(review_chart(shown.outcomes, self.charts_tab))
        if not charts:
            charts.append(hint(self.tr("This report has no charts."), self.charts_tab))
        for chart in charts:
            self.charts_layout.addWidget(chart)
        self.charts_layout.addStretch(1)
