"""The Reports page on the hand-counted office of tests/report_kit.py: tables, charts, saving."""

from __future__ import annotations

import datetime as dt
import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from circlesdesk.ui import dialogs
from circlesdesk.ui.office.report_charts import ChartView
from circlesdesk.ui.office.reports import ReportsPage
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import audit, database
from circlesdesk.vault.vault import Vault
from tests.report_kit import build_reports_office
from tests.ui.volunteer.volunteer_kit import click

pytestmark = pytest.mark.gui
NAMES = ("Alice Marsh", "Ben Okafor", "Zoe Price", "Amir Khan")


def colour_count(image: QImage, colour: QColor) -> int:
    """How many pixels of ``image`` are exactly ``colour``."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    wanted = colour.rgb()
    return sum(
        image.pixel(x, y) == wanted for y in range(0, image.height()) for x in range(image.width())
    )


@pytest.fixture
def page(qtbot: QtBot, office_vault: Vault, runner: TaskRunner) -> ReportsPage:
    build_reports_office(office_vault)
    page = ReportsPage(office_vault, runner=runner, today=dt.date(2026, 4, 15))
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    return page


def show(qtbot: QtBot, page: ReportsPage) -> None:
    click(qtbot, page.show_button)
    qtbot.waitUntil(lambda: page.task is None and page.shown is not None, timeout=10_000)


def choose_table(page: ReportsPage, title: str) -> list[list[str]]:
    page.table_choice.setCurrentIndex(page.table_choice.findText(title))
    model = page.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_last_quarter_is_shown_with_its_tables_and_charts(
    qtbot: QtBot, page: ReportsPage
) -> None:
    assert page.quarter_choice.currentText() == "2026 Q1"
    assert (page.start_field.iso(), page.end_field.iso()) == ("2026-01-01", "2026-03-31")
    show(qtbot, page)
    assert page.status.text() == "Quarterly return for 2026-01-01 to 2026-03-31: 13 tables."
    assert choose_table(page, "Meetings held and expected") == [
        ["NE-007", "fortnightly", "2", "4", "50"],
        ["SW-014", "weekly", "3", "13", "23.1"],
    ]
    volunteers = choose_table(page, "Attendance and hours by volunteer")
    assert all(row[0].startswith("V-") for row in volunteers)
    assert not {cell for row in volunteers for cell in row} & set(NAMES)
    charts = page.charts_tab.findChildren(ChartView)
    assert [c.accessibleName() for c in charts] == [
        "Attendance over time",
        "Concerns by month and level",
    ]
    volunteer_line, _core = charts[0].series
    assert volunteer_line.name == "Volunteers"
    assert volunteer_line.values[9] == pytest.approx(83.3)  # January 2026 is the tenth month shown
    assert charts[1].stacked
    assert sum(v or 0 for s in charts[1].series for v in s.values) == 4
    for chart in charts:  # what a user sees: each series' colour is drawn
        picture = chart.grab().toImage()
        for series in chart.series:
            if any(series.values):
                assert colour_count(picture, QColor(series.colour)) > 0, series.name


def test_names_are_shown_only_when_asked_for_with_the_warning_first(
    qtbot: QtBot, page: ReportsPage
) -> None:
    assert page.names_warning.isHidden()
    page.names_box.setChecked(True)
    assert page.names_warning.isVisible()
    assert "This report names volunteers" in page.names_warning.text()
    show(qtbot, page)
    volunteers = choose_table(page, "Attendance and hours by volunteer")
    assert [row[0] for row in volunteers] == sorted(NAMES)


def test_saving_writes_the_shown_report_and_audits_it(
    qtbot: QtBot,
    page: ReportsPage,
    office_vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    show(qtbot, page)
    before = len(audit.entries(office_vault.conn))
    monkeypatch.setattr(dialogs, "ask_folder", lambda *_args: tmp_path)
    click(qtbot, page.csv_button)
    assert page.alert.text() == f"Saved 13 CSV files in {tmp_path}."
    assert (tmp_path / "meetings.csv").read_text(encoding="utf-8").splitlines()[2] == (
        "SW-014,weekly,3,13,23.1"
    )
    pdf = tmp_path / "q1.pdf"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: pdf)
    click(qtbot, page.pdf_button)
    assert page.alert.text() == f"Saved the report as {pdf}."
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Quarterly return" in text and "Time to acknowledge by level" in text
    # The protective marking line (office settings; OFFICIAL-SENSITIVE by default), top and end.
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[0] == "OFFICIAL-SENSITIVE" and text.count("OFFICIAL-SENSITIVE") == 2
    assert [e.action for e in audit.entries(office_vault.conn)].count("report.exported") == 2
    assert len(audit.entries(office_vault.conn)) == before + 2


def test_a_period_that_ends_before_it_starts_is_refused_and_nothing_is_shown(
    qtbot: QtBot, page: ReportsPage, office_vault: Vault
) -> None:
    before = audit.entries(office_vault.conn)
    page.end_field.setDate(QDate(2025, 12, 1))
    assert page.quarter_choice.currentText() == "Other dates"
    click(qtbot, page.show_button)
    assert page.alert.text() == "The period ends before it starts."
    assert page.shown is None
    assert not page.csv_button.isEnabled() and not page.pdf_button.isEnabled()
    assert audit.entries(office_vault.conn) == before


def test_outcomes_show_each_circles_review_trend(qtbot: QtBot, page: ReportsPage) -> None:
    page.report_choice.setCurrentIndex(1)
    assert not page.start_field.isEnabled() and not page.names_box.isEnabled()
    show(qtbot, page)
    outcomes = choose_table(page, "Outcomes by circle")
    assert [row[0] for row in outcomes] == ["NE-007", "SW-014"]
    assert outcomes[1][-1] == "stays high"
    [chart] = page.charts_tab.findChildren(ChartView)
    assert sorted(s.name for s in chart.series) == ["NE-007", "SW-014"]
    picture = chart.grab().toImage()
    assert all(colour_count(picture, QColor(s.colour)) > 0 for s in chart.series)


def test_the_research_extract_saves_as_csv_only(qtbot: QtBot, page: ReportsPage) -> None:
    page.report_choice.setCurrentIndex(2)
    show(qtbot, page)
    assert page.csv_button.isEnabled() and not page.pdf_button.isEnabled()
    assert page.table_choice.count() == 9  # endings by reason too


def test_every_report_control_is_named_and_reached_with_the_keyboard(page: ReportsPage) -> None:
    for control in (
        page.report_choice,
        page.quarter_choice,
        page.start_field,
        page.end_field,
        page.names_box,
        page.show_button,
        page.csv_button,
        page.pdf_button,
        page.table_choice,
        page.view,
    ):
        assert control.accessibleName(), type(control).__name__
        assert control.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_a_report_is_counted_while_an_import_holds_the_vault(
    qtbot: QtBot, page: ReportsPage, office_vault: Vault, runner: TaskRunner
) -> None:
    # Issue 13: a read does not wait for another task; it counts what is committed.
    inside, release = threading.Event(), threading.Event()

    def write_and_hold(_task: object) -> None:
        with database.transaction(office_vault.conn):
            inside.set()
            release.wait(10)

    runner.run(write_and_hold, owner=None, name="test-import")
    qtbot.waitUntil(inside.is_set)
    try:
        show(qtbot, page)
        assert page.status.text() == "Quarterly return for 2026-01-01 to 2026-03-31: 13 tables."
        assert not page.alert.is_error
    finally:
        release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def test_a_volunteer_vault_gets_no_report_through_the_page(
    qtbot: QtBot, volunteer_vault: Vault, runner: TaskRunner
) -> None:
    page = ReportsPage(volunteer_vault, runner=runner, today=dt.date(2026, 4, 15))
    qtbot.addWidget(page)
    page.show()

    click(qtbot, page.show_button)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)

    assert page.alert.text() == "Only the coordinator's office can produce reports."
    assert page.shown is None and page.table_choice.count() == 0
    assert not page.csv_button.isEnabled() and not page.pdf_button.isEnabled()
