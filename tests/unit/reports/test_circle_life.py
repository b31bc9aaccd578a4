"""Tests for circlesdesk.reports.circle_life on the hand-counted office of tests/report_kit.py:
referrals by agency and outcome, meeting modes, endings by reason (a recall among them), the
risk-review trend by ending and the questionnaire's answers."""

from __future__ import annotations

import pytest

from circlesdesk.reports import circle_life, quarterly
from circlesdesk.services import questionnaires, reports
from circlesdesk.vault.vault import Vault
from tests.report_kit import Q1, build_circle_life, build_reports_office


@pytest.fixture
def office(office_vault: Vault) -> Vault:
    build_reports_office(office_vault)
    build_circle_life(office_vault)
    return office_vault


def test_referrals_received_in_the_quarter_by_agency_and_outcome(office: Vault) -> None:
    table = circle_life.referrals_table(office, Q1)
    assert table.rows == (
        ("HM Prison Service", 1, 0, 0, 1, 0),
        ("Police", 1, 0, 0, 1, 0),
        ("Probation", 2, 1, 1, 0, 1),
        ("Total", 4, 1, 1, 2, 1),
    )


def test_meetings_held_in_the_quarter_by_mode(office: Vault) -> None:
    table = circle_life.meeting_modes_table(office, Q1)
    assert table.rows == (
        ("in-person", 2, 40.0),
        ("video", 1, 20.0),
        ("phone", 1, 20.0),
        ("not-recorded", 1, 20.0),
        ("Total", 5, 100.0),
    )


def test_endings_in_the_quarter_by_reason_count_the_recall(office: Vault) -> None:
    counts = dict(circle_life.endings_table(office, Q1).rows)
    assert counts == {
        "completed": 0,  # OLD-001 completed in November, before the quarter
        "withdrew": 0,
        "recall": 1,  # LP-003
        "arrest": 0,
        "reconviction": 0,
        "moved": 0,
        "died": 0,
        "other": 0,
        "Total": 1,
    }


def test_endings_by_reason_compare_the_risk_review_trend(office: Vault) -> None:
    table = circle_life.endings_outcomes_table(office)
    keys = [column.key for column in table.columns]
    rows = {row[0]: dict(zip(keys, row, strict=True)) for row in table.rows}
    assert rows["completed"] == {
        "reason": "completed",
        "circles": 1,
        "reviewed": 1,
        "mean_change": -2.0,
        "improved": 1,
    }
    # LP-003's review under an older template is left out: 2 → 4 under the current one.
    assert rows["recall"] == {
        "reason": "recall",
        "circles": 1,
        "reviewed": 1,
        "mean_change": 2.0,
        "improved": 0,
    }
    assert rows["moved"] == {
        "reason": "moved",
        "circles": 0,
        "reviewed": 0,
        "mean_change": None,
        "improved": 0,
    }


def test_questionnaire_answers_are_averaged_per_question_and_stakeholder(office: Vault) -> None:
    supported = questionnaires.DEFAULT_QUESTIONS["supported"]
    safer = questionnaires.DEFAULT_QUESTIONS["safer"]
    assert circle_life.questionnaire_table(office).rows == (
        (1, "supported", supported, "volunteer", 2, 4.5),
        (1, "supported", supported, "core-member", 1, 2.0),
        (1, "supported", supported, "probation", 1, 3.0),
        (1, "safer", safer, "probation", 1, 2.0),
    )


def test_the_quarterly_return_and_the_outcomes_carry_the_new_tables(office: Vault) -> None:
    names = [t.name for t in quarterly.quarterly_return(office, Q1)]
    assert names[-5:] == ["meeting_modes", "referrals", "endings", "training", "vetting"]
    outcome_names = [t.name for t in reports.outcome_tables(office)]
    assert outcome_names[-2:] == ["endings_by_reason", "questionnaire"]


def test_an_office_without_any_of_it_reports_zeros(office_vault: Vault) -> None:
    assert circle_life.referrals_table(office_vault, Q1).rows == (("Total", 0, 0, 0, 0, 0),)
    assert circle_life.meeting_modes_table(office_vault, Q1).rows[-1] == ("Total", 0, None)
    assert circle_life.endings_table(office_vault, Q1).rows[-1] == ("Total", 0)
    assert circle_life.questionnaire_table(office_vault).rows == ()
