"""Tests for circlesdesk.services.questionnaires: versioned questions and stakeholders' answers."""

from __future__ import annotations

import pytest

from circlesdesk.errors import RoleError, ValidationError
from circlesdesk.services import circles, questionnaires
from circlesdesk.vault.vault import Vault
from tests.vault_kit import CIRCLE_CODE, rows


def test_the_shipped_questions_are_version_1_and_saved_with_the_first_answers(
    office_vault: Vault,
) -> None:
    assert questionnaires.versions(office_vault) == []
    assert questionnaires.current(office_vault).questions == questionnaires.DEFAULT_QUESTIONS
    answer = questionnaires.record_answers(
        office_vault,
        code=CIRCLE_CODE,
        stakeholder="probation",
        answered_on="2026-06-01",
        scores={"supported": 5, "safer": 4},
        comment="Worked well.",
    )
    [saved] = questionnaires.versions(office_vault)
    assert (saved.version, answer.version) == (1, 1)
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    assert questionnaires.answers(office_vault, circle.uuid) == [answer]


def test_changed_questions_are_a_new_version_and_old_answers_keep_theirs(
    office_vault: Vault,
) -> None:
    first = questionnaires.record_answers(
        office_vault, code=CIRCLE_CODE, stakeholder="volunteer", answered_on="2026-06-01",
        scores={"supported": 4},
    )  # fmt: skip
    second = questionnaires.set_questions(
        office_vault, {"hopeful": "The core member feels hopeful."}
    )
    assert second.version == 2
    assert questionnaires.set_questions(office_vault, dict(second.questions)) == second  # unchanged
    later = questionnaires.record_answers(
        office_vault, code=CIRCLE_CODE, stakeholder="core-member", answered_on="2026-07-01",
        scores={"hopeful": 3},
    )  # fmt: skip
    assert (first.version, later.version) == (1, 2)


def test_bad_answers_are_refused_and_nothing_is_kept(office_vault: Vault) -> None:
    before = rows(office_vault.conn)
    for scores, message in (
        ({"supported": 6}, "answer"),
        ({"unknown": 3}, "does not ask"),
        ({}, "at least one"),
    ):
        with pytest.raises(ValidationError, match=message):
            questionnaires.record_answers(
                office_vault, code=CIRCLE_CODE, stakeholder="volunteer", answered_on="2026-06-01",
                scores=scores,
            )  # fmt: skip
    with pytest.raises(ValidationError, match="volunteer, core-member, probation"):
        questionnaires.record_answers(
            office_vault, code=CIRCLE_CODE, stakeholder="police", answered_on="2026-06-01",
            scores={"supported": 3},
        )  # fmt: skip
    assert rows(office_vault.conn) == before


def test_a_laptop_keeps_no_questionnaire(volunteer_vault: Vault) -> None:
    with pytest.raises(RoleError):
        questionnaires.versions(volunteer_vault)
