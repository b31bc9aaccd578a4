"""Tests for circlesdesk.demo.circle_life: the demo office has referrals at every stage, closed
circles with their reasons, covenants, questionnaire answers and meeting modes, all valid and in
order, and adding them changed none of the other demo records."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

import pytest

from circlesdesk.demo import organisation
from circlesdesk.demo.organisation import Organisation, generate_organisation
from circlesdesk.domain.records import (
    OFFICE_ONLY_KINDS,
    Covenant,
    Ending,
    FollowUp,
    Meeting,
    QuestionnaireAnswer,
    Referral,
)

OFFICE = "0f" * 16
START = dt.date(2020, 1, 6)


@pytest.fixture(scope="module")
def org() -> Organisation:
    return generate_organisation(
        seed=2026,
        circles=20,
        volunteers_per_circle=4,
        weeks=120,
        start=START,
        office_device=OFFICE,
    )


def test_referrals_reach_every_stage_and_formed_ones_name_their_circle(org: Organisation) -> None:
    referrals = [r for r in org.circle_life if isinstance(r, Referral)]
    stages = Counter(r.stage for r in referrals)
    assert set(stages) == {"received", "assessed", "accepted", "declined", "formed"}
    circles = {c.uuid: c for c in org.circles}
    for referral in referrals:
        if referral.stage == "formed":
            circle = circles[referral.circle_uuid or ""]
            assert circle.phase != "referral"
            assert referral.core_member in {p.name for p in org.people}
        assert referral.assessments  # the referrer's risk assessments, by reference


def test_every_closed_circle_has_one_ending_with_a_reason_and_answers(org: Organisation) -> None:
    closed = {c.uuid for c in org.circles if c.phase == "closed"}
    assert closed, "the sample must have closed circles"
    endings = [r for r in org.circle_life if isinstance(r, Ending)]
    assert sorted(e.circle_uuid for e in endings) == sorted(closed)
    assert len({e.reason for e in endings}) >= 2
    answered = {a.circle_uuid for a in org.circle_life if isinstance(a, QuestionnaireAnswer)}
    assert answered == closed
    for follow_up in (r for r in org.circle_life if isinstance(r, FollowUp)):
        ending = next(e for e in endings if e.circle_uuid == follow_up.circle_uuid)
        assert follow_up.contact_on >= ending.ended_on


def test_covenants_are_versioned_per_circle_and_dated_in_order(org: Organisation) -> None:
    by_circle: dict[str, list[Covenant]] = {}
    for covenant in (r for r in org.circle_life if isinstance(r, Covenant)):
        by_circle.setdefault(covenant.circle_uuid, []).append(covenant)
    assert any(len(versions) == 2 for versions in by_circle.values())
    for versions in by_circle.values():
        assert [c.version for c in versions] == list(range(1, len(versions) + 1))
        assert [c.agreed_on for c in versions] == sorted(c.agreed_on for c in versions)
        assert all(c.agreed_on < org.until.isoformat() for c in versions)


def test_meetings_say_how_they_were_held_mostly_in_person(org: Organisation) -> None:
    modes = Counter(m.mode for v in org.volunteers for m in v.meetings)
    assert set(modes) == {"in-person", "video", "phone"}
    assert modes["in-person"] > modes["video"] + modes["phone"]


def test_adding_them_changed_none_of_the_other_demo_records(
    org: Organisation, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(organisation, "circle_life_records", lambda **_kwargs: ())
    monkeypatch.setattr(organisation, "with_modes", lambda _key, meetings: tuple(meetings))
    without = generate_organisation(
        seed=2026,
        circles=20,
        volunteers_per_circle=4,
        weeks=120,
        start=START,
        office_device=OFFICE,
    )
    assert without.circle_life == ()
    mine = [
        dataclasses.replace(r, mode=None) if isinstance(r, Meeting) else r
        for r in org.records()
        if r.kind not in OFFICE_ONLY_KINDS
    ]
    assert [(r.uuid, r.content_hash()) for r in mine] == [
        (r.uuid, r.content_hash()) for r in without.records()
    ]
