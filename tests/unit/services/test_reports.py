"""The office's reports go through one service: on the office vault it computes what the page
shows; on a volunteer's vault every report, chart series and export is refused and nothing is
written (the CSV, PDF and research promises are in tests/unit/reports/test_exports.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from circlesdesk.errors import RoleError
from circlesdesk.services import reports
from circlesdesk.services.reports import Report
from circlesdesk.vault import audit
from circlesdesk.vault.vault import Vault
from tests.report_kit import Q1, build_reports_office

REFUSED = r"Only the coordinator's office can produce reports\."


def test_the_quarterly_return_comes_with_its_month_by_month_trends(office_vault: Vault) -> None:
    build_reports_office(office_vault)

    shown = reports.compute(office_vault, Report.QUARTERLY, period=Q1, names=False)

    assert [t.title for t in shown.tables] == [
        t.title for t in reports.quarterly_return(office_vault, Q1)
    ]
    assert shown.trends is not None and len(shown.trends.months) == 12
    assert shown.outcomes is None


def test_the_outcomes_come_with_each_circles_reviews(office_vault: Vault) -> None:
    build_reports_office(office_vault)

    shown = reports.compute(office_vault, Report.OUTCOMES, period=None, names=False)

    assert shown.outcomes and shown.trends is None
    assert [t.name for t in shown.tables] == [
        "outcomes",
        "review_scores",
        "endings_by_reason",
        "questionnaire",
    ]


@pytest.mark.parametrize("report", list(Report))
def test_a_volunteer_vault_cannot_produce_any_report(
    volunteer_vault: Vault, report: Report, tmp_path: Path
) -> None:
    out = tmp_path / "reports"
    out.mkdir()
    before = audit.entries(volunteer_vault.conn)
    period = Q1 if report is Report.QUARTERLY else None

    with pytest.raises(RoleError, match=REFUSED):
        reports.compute(volunteer_vault, report, period=period, names=False)
    with pytest.raises(RoleError, match=REFUSED):
        reports.title_and_meta(volunteer_vault, report, period=period, names=False)
    with pytest.raises(RoleError, match=REFUSED):
        reports.write_csv(volunteer_vault, report, [], out)
    with pytest.raises(RoleError, match=REFUSED):
        reports.record_export(
            volunteer_vault, report, fmt="pdf", period=period, names=False, files=1
        )
    assert audit.entries(volunteer_vault.conn) == before
    assert list(out.iterdir()) == []
