"""Tests for circlesdesk.demo.care: the demo office's training, vetting, supervision, template
versions and multi-rater review rounds, so the screens and a newcomer see each of them."""

from __future__ import annotations

import collections
import datetime as dt

import pytest

from circlesdesk.demo.care import PROTECTIVE_KEY
from circlesdesk.demo.organisation import Organisation, generate_organisation
from circlesdesk.domain import defaults
from circlesdesk.domain.records import Review, ReviewTemplate, Supervision, Training, Vetting
from circlesdesk.domain.vetting import VettingStatus, newest, status

OFFICE = "0f" * 16


@pytest.fixture(scope="module")
def org() -> Organisation:
    return generate_organisation(
        seed=5,
        circles=3,
        volunteers_per_circle=4,
        weeks=40,
        start=dt.date(2025, 1, 6),
        office_device=OFFICE,
    )


def test_every_volunteer_is_trained_and_checked_one_expired_one_expiring(
    org: Organisation,
) -> None:
    volunteers = {entry.person.uuid for entry in org.volunteers}
    trained = {r.person_uuid for r in org.care if isinstance(r, Training)}
    assert trained == volunteers
    checks = [r for r in org.care if isinstance(r, Vetting)]
    by_person = collections.defaultdict(list)
    for check in checks:
        by_person[check.person_uuid].append(check)
    states = collections.Counter(
        status(newest(found)["enhanced-dbs"].expires_on, org.until) for found in by_person.values()
    )
    assert states[VettingStatus.EXPIRED] == 1 and states[VettingStatus.EXPIRING] == 1
    assert any(c.check_type == "prison-vetting" for c in checks)
    assert {r.origin for r in org.care} == {OFFICE}


def test_supervision_sessions_and_debriefs_are_kept(org: Organisation) -> None:
    sessions = [r for r in org.care if isinstance(r, Supervision)]
    logged = [h for v in org.volunteers for h in v.hours if h.activity == "supervision"]
    urgent = [c for v in org.volunteers for c in v.concerns if c.level >= 3]
    assert len([s for s in sessions if s.session != "debrief"]) == len(logged) > 0
    assert len([s for s in sessions if s.session == "debrief"]) == len(urgent)


def test_two_template_versions_and_rounds_rated_by_several_volunteers_and_the_office(
    org: Organisation,
) -> None:
    templates = sorted(
        (r for r in org.care if isinstance(r, ReviewTemplate)), key=lambda t: t.template_id
    )
    assert [t.template_id for t in templates] == ["circles-uk-drr-v1", "circles-uk-drr-v2"]
    assert templates[1].protective == (PROTECTIVE_KEY,)
    assert org.office_config.review_template_id == "circles-uk-drr-v2"
    reviews = [r for r in org.records() if isinstance(r, Review)]
    raters: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for review in reviews:
        raters[(review.circle_uuid, review.review_on)].add(review.origin)
        if review.template_id == defaults.REVIEW_TEMPLATE_ID:
            assert set(review.scores) == set(defaults.REVIEW_ITEMS)
        else:
            assert review.review_on >= templates[1].adopted_on
            assert PROTECTIVE_KEY in review.scores
    assert {r.template_id for r in reviews} == {"circles-uk-drr-v1", "circles-uk-drr-v2"}
    assert all(OFFICE in origins for origins in raters.values())
    assert max(len(origins) for origins in raters.values()) >= 3
