"""The Risk reviews page with real widgets, on the hand-counted organisation of report_kit: the
reviewed circles, the chosen circle's latest round item by item, and the flags in words."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from circlesdesk.ui.office.risk_reviews import CirclesModel, ItemsModel, RiskReviewsPage
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault.vault import Vault
from tests.report_kit import add_review_rounds, build_reports_office
from tests.sync_kit import Org


def cells(model: CirclesModel | ItemsModel, column: int) -> list[str]:
    return [model.text(row, column) for row in model.rows()]


def test_the_page_shows_raters_spread_trend_and_flags(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    vault: Vault = org.office
    build_reports_office(vault)
    add_review_rounds(vault)
    page = RiskReviewsPage(vault, runner=runner)
    qtbot.addWidget(page)
    page.show()
    assert cells(page.model, CirclesModel.CIRCLE) == ["NE-007", "NE-021", "SW-014"]
    assert page.status.text() == "3 circle(s) reviewed."
    # NE-007 is chosen first: the coordinator alone, steady and falling, nothing flagged.
    assert page.flag_texts() == ["Nothing is flagged in NE-007's latest reviews."]

    page.view.selectRow(1)
    row = page.current()
    assert row is not None and row.circle.code == "NE-021"
    assert page.model.text(row, CirclesModel.RATERS) == "Coordinator, Priya Shah, Tom Reed"
    assert page.model.text(row, CirclesModel.ROUND) == "2026 Q1, version 2"
    assert page.model.text(row, CirclesModel.TREND) == "34"
    assert page.flag_texts() == ["Nothing is flagged in NE-021's latest reviews."]
    items = page.items
    assert len(items.rows()) == 18
    last = items.rows()[-1]
    assert items.text(last, ItemsModel.ITEM) == "Purposeful activity (protective)"
    assert items.text(last, ItemsModel.SCORES) == "Coordinator 3, Priya Shah 4, Tom Reed 2"
    assert (items.text(last, ItemsModel.MEAN), items.text(last, ItemsModel.SPREAD)) == ("3", "2")

    # SW-014: the coordinator's 4 in 2025 Q4, then 4 and 5 in 2026 Q1, where the later counts.
    page.view.selectRow(2)
    sw = page.model.rows()[2]
    assert page.model.text(sw, CirclesModel.TREND) == "68 → 85"
    assert page.flag_texts() == ["Nothing is flagged in SW-014's latest reviews."]


def test_the_coordinator_rates_a_circle_and_joins_its_round(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    page = RiskReviewsPage(org.office, runner=runner)
    qtbot.addWidget(page)
    page.show()
    assert page.status.text() == "No circle has been reviewed yet."
    form = page.rate()
    assert form.circle.code() == "SW-014"  # the only circle, chosen for the form
    for spin in form.scores.values():
        spin.setValue(2)
    form.accept()
    assert page.alert.text() == "Your review is saved and counts in its round."
    assert cells(page.model, CirclesModel.CIRCLE) == ["SW-014"]
    row = page.model.rows()[0]
    assert page.model.text(row, CirclesModel.RATERS) == "Coordinator"
