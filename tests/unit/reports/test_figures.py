"""The quarterly return and the outcome tables on the hand-counted vault of tests/report_kit.py."""

from __future__ import annotations

import pytest

from circlesdesk.domain import defaults
from circlesdesk.errors import ValidationError
from circlesdesk.reports import quarterly
from circlesdesk.reports.outcomes import circle_outcomes, outcomes_table, scores_table
from circlesdesk.reports.tables import Cell, Period, Table
from circlesdesk.reports.trends import trends
from circlesdesk.vault.vault import Vault
from tests.report_kit import Q1, add_review_rounds, build_reports_office


@pytest.fixture
def tables(office_vault: Vault) -> dict[str, Table]:
    build_reports_office(office_vault)
    return {t.name: t for t in quarterly.quarterly_return(office_vault, Q1, names=True)}


def by_key(table: Table) -> list[dict[str, Cell]]:
    """The rows keyed by column key."""
    keys = [c.key for c in table.columns]
    return [dict(zip(keys, row, strict=True)) for row in table.rows]


def test_circles_that_ran_are_counted_by_phase(tables: dict[str, Table]) -> None:
    counts = dict(tables["circles_by_phase"].rows)
    assert counts == {
        "referral": 0,
        "preparation": 0,
        "active": 1,
        "step-down": 1,
        "ending": 0,
        "closed": 0,
    }


def test_meetings_held_against_the_pattern(tables: dict[str, Table]) -> None:
    assert by_key(tables["meetings"]) == [
        # 90 days / 7 = 12.9 → 13 expected; 3 final meetings in the quarter.
        {"circle": "NE-007", "pattern": "fortnightly", "held": 2, "expected": 4, "held_pct": 50.0},
        {"circle": "SW-014", "pattern": "weekly", "held": 3, "expected": 13, "held_pct": 23.1},
    ]


def test_attendance_per_circle_and_per_volunteer(tables: dict[str, Table]) -> None:
    assert [row[1:] for row in tables["attendance_by_circle"].rows] == [
        (2, 4, 3, 75.0, 100.0),
        (3, 6, 5, 83.3, 66.7),
    ]
    assert tables["volunteers"].rows == (
        ("Alice Marsh", "SW-014", 3, 3, 100.0, 3.0),
        ("Amir Khan", "NE-007", 2, 1, 50.0, 0.0),
        ("Ben Okafor", "SW-014", 3, 2, 66.7, 2.0),
        ("Zoe Price", "NE-007", 2, 2, 100.0, 1.5),
    )


def test_volunteer_hours_per_circle_with_a_total(tables: dict[str, Table]) -> None:
    assert tables["volunteer_hours"].rows == (
        # circle, volunteers, hours, of which meeting, travel, other
        ("NE-007", 1, 1.5, 1.0, 0.5, 0.0),
        ("SW-014", 2, 5.0, 5.0, 0.0, 0.0),
        ("Total", 3, 6.5, 6.0, 0.5, 0.0),
    )


def test_training_and_vetting_of_the_volunteers_who_served(tables: dict[str, Table]) -> None:
    assert by_key(tables["training"]) == [
        {"volunteers": 4, "trained": 2, "not_trained": 2, "courses": 1, "volunteers_trained": 1}
    ]
    assert tables["vetting"].rows == (
        # check, volunteers, current, expiring, expired (Ben's DBS), not recorded
        ("enhanced-dbs", 4, 1, 1, 1, 1),
        ("prison-vetting", 4, 1, 0, 0, 3),
    )


def test_concerns_escalations_and_time_to_acknowledge(tables: dict[str, Table]) -> None:
    concerns = {row["category"]: row for row in by_key(tables["concerns"])}
    assert concerns["children"]["level_3"] == 1
    assert concerns["loneliness"]["level_1"] == 2
    assert concerns["stability"]["total"] == 0  # raised before the quarter
    assert concerns["Total"] == {
        "category": "Total",
        "level_0": 0,
        "level_1": 2,
        "level_2": 0,
        "level_3": 1,
        "level_4": 0,
        "total": 3,
    }
    assert tables["escalations"].rows == (("Police", 1), ("Probation", 1))
    assert tables["time_to_acknowledge"].rows == (
        (0, 0, 0, None),
        (1, 2, 1, 48.0),
        (2, 0, 0, None),
        (3, 1, 1, 1.5),
        (4, 0, 0, None),
    )


def test_aggregate_tables_name_no_one_by_default(office_vault: Vault) -> None:
    build_reports_office(office_vault)
    [volunteers] = [
        t for t in quarterly.quarterly_return(office_vault, Q1) if t.name == "volunteers"
    ]
    names = {"Alice Marsh", "Ben Okafor", "Zoe Price", "Amir Khan"}
    assert not names & {str(cell) for row in volunteers.rows for cell in row}
    assert all(str(v).startswith("V-") for v in volunteers.column("volunteer"))


@pytest.mark.parametrize(
    ("start", "end", "sentence"),
    [
        ("2026-13-01", "2026-03-31", "Give the period as two dates like 2026-01-01."),
        ("2026-03-31", "2026-01-01", "The period ends before it starts."),
        ("2026-01-01", "9999-12-31", "The period must lie between 2000-01-01 and 2100-12-31."),
        ("0001-01-01", "2026-03-31", "The period must lie between 2000-01-01 and 2100-12-31."),
    ],
)
def test_a_bad_period_is_refused_with_a_sentence(start: str, end: str, sentence: str) -> None:
    with pytest.raises(ValidationError, match=sentence):
        Period.parse(start, end)


def test_the_quarter_of_a_day() -> None:
    assert str(Period.quarter_of(Period.parse("2026-11-29", "2026-11-29").start)) == (
        "2026-10-01 to 2026-12-31"
    )


def test_review_outcomes_show_the_change_and_flag_scores_that_stay_high(
    office_vault: Vault,
) -> None:
    build_reports_office(office_vault)
    outcomes = circle_outcomes(office_vault)
    table = outcomes_table(outcomes)
    items = len(defaults.REVIEW_ITEMS)
    assert by_key(table) == [
        {
            "circle": "NE-007",
            "phase": "step-down",
            "reviews": 2,
            "first_on": "2026-02-10",
            "first_total": 3 * items,
            "latest_on": "2026-03-24",
            "latest_total": 2 * items,
            "end_total": None,
            "change": -items,
            "flag": "",
        },
        {
            "circle": "SW-014",
            "phase": "active",
            "reviews": 3,
            "first_on": "2025-10-15",
            "first_total": 4 * items,
            "latest_on": "2026-03-20",
            "latest_total": 5 * items,
            "end_total": None,
            "change": items,
            "flag": "stays high",
        },
    ]
    scores = scores_table(outcomes, dict(defaults.REVIEW_ITEMS))
    assert scores.column("total") == [3 * items, 2 * items, 4 * items, 4 * items, 5 * items]
    assert scores.column("item_children") == [3, 2, 4, 4, 5]


def test_the_chart_series_run_month_by_month_over_the_year_to_the_period_end(
    office_vault: Vault,
) -> None:
    build_reports_office(office_vault)
    series = trends(office_vault, Q1)
    assert series.months == (
        *(f"2025-{m:02d}" for m in range(4, 13)),
        "2026-01",
        "2026-02",
        "2026-03",
    )
    rates = dict(zip(series.months, series.volunteer_rate, strict=True))
    # November: OLD-001 (Zoe present); December: SW-014 on the 30th (Alice present).
    assert (rates["2025-11"], rates["2025-12"], rates["2026-01"], rates["2026-02"]) == (
        100.0,
        100.0,
        83.3,
        75.0,
    )
    assert rates["2026-03"] is None
    core = dict(zip(series.months, series.core_member_rate, strict=True))
    assert (core["2026-01"], core["2026-02"]) == (66.7, 100.0)
    by_month = {
        level: dict(zip(series.months, counts, strict=True))
        for level, counts in series.concerns.items()
    }
    assert (
        by_month[2]["2025-12"],
        by_month[3]["2026-01"],
        by_month[1]["2026-01"],
        by_month[1]["2026-02"],
    ) == (1, 1, 1, 1)
    assert sum(sum(counts) for counts in series.concerns.values()) == 4


def test_outcomes_compare_only_the_latest_template_version_without_protective_factors(
    office_vault: Vault,
) -> None:
    build_reports_office(office_vault)
    add_review_rounds(office_vault)
    by_code = {o.code: o for o in circle_outcomes(office_vault)}
    ne021 = by_code["NE-021"]
    # Only the three ratings of version 2; the protective factor (2, 3, 4) is not in the totals.
    assert {r.template_id for r in ne021.reviews} == {"circles-uk-drr-v2"}
    assert ne021.totals == [34, 34, 34]
    assert by_code["SW-014"].totals == [4 * 17, 4 * 17, 5 * 17]
