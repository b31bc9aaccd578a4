"""The office's reports: which tables each report has, and writing them out (audited).

The figures come from ``circlesdesk.reports``, which reads the vault; this module is the only way
in (GUI and CLI): it adds the office's own configuration (concern categories, review items), the
office-only check, and an audit row for every export that says which report, for which period
and in which format, never what it held.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Sequence
from pathlib import Path

from circlesdesk.domain import defaults
from circlesdesk.domain.permissions import Permission
from circlesdesk.errors import ValidationError
from circlesdesk.messages import Message
from circlesdesk.reports import circle_life, csv_files, outcomes, quarterly, research
from circlesdesk.reports.outcomes import CircleOutcome
from circlesdesk.reports.tables import Period, Table
from circlesdesk.reports.trends import Trends, trends
from circlesdesk.services import access
from circlesdesk.services import circles as circle_service
from circlesdesk.services.meetings import office_config
from circlesdesk.vault import audit, database
from circlesdesk.vault.vault import Vault


class Report(enum.StrEnum):
    """The reports the office can produce."""

    QUARTERLY = "quarterly"
    OUTCOMES = "outcomes"
    RESEARCH = "research"


def quarterly_return(vault: Vault, period: Period, *, names: bool = False) -> list[Table]:
    """The quarterly return's tables for the period."""
    access.require(vault, Permission.REPORTS)
    access.require(vault, Permission.ORGANISATION_REPORTS)
    config = office_config(vault)
    categories = config.categories if config else dict(defaults.CONCERN_CATEGORIES)
    return quarterly.quarterly_return(vault, period, names=names, categories=categories)


def outcome_tables(vault: Vault) -> list[Table]:
    """The outcome tables: per-circle summary, every review's scores, endings by reason with
    their risk-review trend, and the end-of-circle questionnaire's answers."""
    access.require(vault, Permission.REPORTS)
    config = office_config(vault)
    items = config.review_items if config else dict(defaults.REVIEW_ITEMS)
    circles = _outcomes(vault)
    return [
        outcomes.outcomes_table(circles),
        outcomes.scores_table(circles, items),
        circle_life.endings_outcomes_table(vault),
        circle_life.questionnaire_table(vault),
    ]


def _outcomes(vault: Vault) -> list[CircleOutcome]:
    """The reviewed circles' outcomes the signed-in person sees (a coordinator: theirs)."""
    mine = {circle.code for circle in circle_service.list_circles(vault)}
    return [c for c in outcomes.circle_outcomes(vault) if c.code in mine]


def research_extract(vault: Vault, *, suppress_below: int = research.SUPPRESS_BELOW) -> list[Table]:
    """The anonymised research extract (fresh pseudonyms each time; counts below
    ``suppress_below`` written as ``<N``)."""
    access.require(vault, Permission.REPORTS)
    access.require(vault, Permission.ORGANISATION_REPORTS)
    return research.research_extract(vault, suppress_below=suppress_below)


def personal_data_warning(report: Report, *, names: bool) -> Message | None:
    """What an export with personal data holds, said before it is written (None: no names)."""
    if report is Report.QUARTERLY and names:
        return Message("report.personal_data")
    return None


def record_export(
    vault: Vault, report: Report, *, fmt: str, period: Period | None, names: bool, files: int
) -> None:
    """The audit row for a written report: which, when for, what format (never its content)."""
    access.require(vault, Permission.REPORTS)
    detail = f"{report.value} {fmt} files={files} names={'yes' if names else 'no'}"
    if period is not None:
        detail += f" period={period.start.isoformat()}..{period.end.isoformat()}"
    with database.transaction(vault.conn):
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            action="report.exported",
            detail=detail,
            staff_id=vault.staff_id,
        )


def write_csv(
    vault: Vault,
    report: Report,
    tables: Sequence[Table],
    folder: Path,
    *,
    period: Period | None = None,
    names: bool = False,
) -> list[Path]:
    """Write a report's tables as CSV files into a folder, and audit it."""
    access.require(vault, Permission.REPORTS)
    written = csv_files.write_tables(tables, folder)
    record_export(vault, report, fmt="csv", period=period, names=names, files=len(written))
    return written


def title_and_meta(
    vault: Vault, report: Report, *, period: Period | None, names: bool
) -> tuple[str, list[str]]:
    """A written report's title and the lines under it (office, period, names or not)."""
    access.require(vault, Permission.REPORTS)
    config = office_config(vault)
    title = {
        Report.QUARTERLY: "Quarterly return",
        Report.OUTCOMES: "Outcomes: dynamic-risk reviews",
        Report.RESEARCH: "Research extract",
    }[report]
    meta = [config.office_name if config else vault.info.name]
    if period is not None:
        meta.append(f"Period: {period}")
    meta.append(f"Produced on {dt.date.today().isoformat()} by CirclesDesk.")
    meta.append(
        "This report names volunteers." if names else "No names: volunteers appear as pseudonyms."
    )
    return title, meta


def tables_for(
    vault: Vault,
    report: Report,
    *,
    period: Period | None,
    names: bool,
    suppress_below: int = research.SUPPRESS_BELOW,
) -> list[Table]:
    """The tables of any report (the quarterly return needs its period; the research extract
    suppresses counts below ``suppress_below``)."""
    access.require(vault, Permission.REPORTS)
    if report is Report.QUARTERLY:
        if period is None:
            raise ValidationError("report.choose_period")
        return quarterly_return(vault, period, names=names)
    if report is Report.OUTCOMES:
        return outcome_tables(vault)
    return research_extract(vault, suppress_below=suppress_below)


@dataclasses.dataclass(frozen=True)
class Shown:
    """A report as computed: what the page shows and what saving writes."""

    report: Report
    period: Period | None
    names: bool
    tables: list[Table]
    trends: Trends | None = None
    outcomes: list[CircleOutcome] | None = None


def compute(vault: Vault, report: Report, *, period: Period | None, names: bool) -> Shown:
    """Everything the Reports page shows for a report: its tables, and the month-by-month
    trends of a quarterly return or the per-circle outcomes behind the charts."""
    tables = tables_for(vault, report, period=period, names=names)
    if report is Report.QUARTERLY and period is not None:
        return Shown(report, period, names, tables, trends=trends(vault, period))
    if report is Report.OUTCOMES:
        return Shown(report, None, names, tables, outcomes=_outcomes(vault))
    return Shown(report, None, names, tables)
