"""The demo organisation: reproducible, valid, realistic in shape and in proportions."""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import re
import statistics
from collections.abc import Callable

import pytest

from circlesdesk.demo.meetings import derived_device_id
from circlesdesk.demo.minutes import MINUTES_BYTES
from circlesdesk.demo.organisation import Organisation, generate_organisation
from circlesdesk.domain import defaults
from circlesdesk.domain.config import OFFICE_CONFIG_UUID
from circlesdesk.domain.enums import AttendanceStatus, MeetingStatus, PersonRole, Phase
from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    ConcernResponse,
    Meeting,
    Membership,
    Person,
    Record,
    Review,
    VolunteerHours,
)

OFFICE = "0f" * 16
START = dt.date(2020, 1, 6)  # far from the real clock, so a timestamp taken from it would show


def _organisation(
    *,
    seed: int = 7,
    circles: int = 4,
    weeks: int = 20,
    volunteer_devices: Callable[[Person], str] | None = None,
) -> Organisation:
    return generate_organisation(
        seed=seed,
        circles=circles,
        volunteers_per_circle=5,
        weeks=weeks,
        start=START,
        office_device=OFFICE,
        volunteer_devices=volunteer_devices,
    )


@pytest.fixture(scope="module")
def org() -> Organisation:
    """The large sample: 20 circles over a year."""
    return _organisation(seed=2026, circles=20, weeks=52)


def office_records_for(org: Organisation, person_uuid: str) -> tuple[Record, ...]:
    """The office records a volunteer's vault holds: the configuration, the circles they are in
    (or were), those circles' roster places and the people in them."""
    circle_ids = {m.circle_uuid for m in org.memberships if m.person_uuid == person_uuid}
    places = [m for m in org.memberships if m.circle_uuid in circle_ids]
    people_ids = {m.person_uuid for m in places}
    return (
        org.office_config,
        *(circle for circle in org.circles if circle.uuid in circle_ids),
        *(person for person in org.people if person.uuid in people_ids),
        *places,
    )


def _of(org: Organisation, kind: type[Record]) -> list[Record]:
    return [record for record in org.records() if isinstance(record, kind)]


def _meetings(org: Organisation) -> list[Meeting]:
    return [m for v in org.volunteers for m in v.meetings]


def _concerns(org: Organisation) -> list[Concern]:
    return [c for v in org.volunteers for c in v.concerns]


def _fingerprint(org: Organisation) -> list[tuple[str, str, str, int, str, str]]:
    return [
        (r.kind, r.uuid, r.origin, r.revision, r.updated_at, r.content_hash())
        for r in org.records()
    ]


# Reproducibility ----------------------------------------------------------------------------------


def test_same_seed_gives_identical_records() -> None:
    assert _fingerprint(_organisation(seed=11)) == _fingerprint(_organisation(seed=11))


def test_different_seed_gives_different_records() -> None:
    first, second = _organisation(seed=11), _organisation(seed=12)

    first_ids = {r.uuid for r in first.records()} - {OFFICE_CONFIG_UUID}
    assert first_ids.isdisjoint({r.uuid for r in second.records()})
    assert [m.minutes for m in _meetings(first)] != [m.minutes for m in _meetings(second)]


def test_nothing_comes_from_the_clock(org: Organisation) -> None:
    earliest = dt.datetime.combine(START - dt.timedelta(weeks=120), dt.time(), tzinfo=dt.UTC)
    latest = dt.datetime.combine(org.until + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)

    for record in org.records():
        assert earliest <= dt.datetime.fromisoformat(record.updated_at) < latest, record.kind


# Validity and references --------------------------------------------------------------------------


def test_every_record_validates_and_survives_a_payload_round_trip(org: Organisation) -> None:
    for record in org.records():
        again = type(record).from_payload(
            record.payload(),
            uuid=record.uuid,
            origin=record.origin,
            revision=record.revision,
            updated_at=record.updated_at,
        )
        assert again == record


def test_record_ids_are_unique(org: Organisation) -> None:
    ids = [record.uuid for record in org.records()]

    assert len(ids) == len(set(ids))


def test_records_come_after_the_records_they_refer_to(org: Organisation) -> None:
    seen: set[str] = set()
    for record in org.records():
        for name in ("circle_uuid", "person_uuid", "meeting_uuid", "concern_uuid"):
            target = getattr(record, name, None)
            if target is not None:
                assert target in seen, (record.kind, name)
        seen.add(record.uuid)


def test_office_records_have_the_office_as_origin(org: Organisation) -> None:
    assert org.office_config.uuid == OFFICE_CONFIG_UUID
    for record in (*org.office_records(), *org.concern_responses):
        assert record.origin == OFFICE
    assert org.circles and org.people and org.memberships and org.concern_responses


def test_volunteer_records_have_the_writers_device_as_origin(org: Organisation) -> None:
    meeting_origin = {m.uuid: m.origin for m in _meetings(org)}
    for entry in org.volunteers:
        device = entry.device_id
        assert device == derived_device_id(entry.person.uuid)
        assert all(r.origin == device for r in entry.records())
        assert all(m.minute_taker_uuid == entry.person.uuid for m in entry.meetings)
        assert all(a.origin == meeting_origin[a.meeting_uuid] for a in entry.attendance)
        assert all(c.person_uuid == entry.person.uuid for c in entry.contacts)
        assert all(h.person_uuid == entry.person.uuid for h in entry.hours)
        for concern in entry.concerns:
            if concern.meeting_uuid is not None:
                assert meeting_origin[concern.meeting_uuid] == device
    devices = [entry.device_id for entry in org.volunteers]
    assert len(devices) == len(set(devices))


def test_a_volunteer_vault_needs_only_its_own_office_records(org: Organisation) -> None:
    for entry in org.volunteers[:30]:
        held = {r.uuid for r in office_records_for(org, entry.person.uuid)}
        assert entry.person.uuid in held
        for record in entry.records():
            for name in ("circle_uuid", "person_uuid", "meeting_uuid"):
                target = getattr(record, name, None)
                assert (
                    target is None or target in held or target in {m.uuid for m in entry.meetings}
                ), (record.kind, name)
            held.add(record.uuid)


def test_minute_taker_rotates_and_was_at_the_meeting(org: Organisation) -> None:
    attendance = {
        (a.meeting_uuid, a.person_uuid): a.status for v in org.volunteers for a in v.attendance
    }
    takers: dict[str, list[str | None]] = collections.defaultdict(list)
    for meeting in _meetings(org):
        assert attendance[meeting.uuid, meeting.minute_taker_uuid] in ("present", "late")
        takers[meeting.circle_uuid].append(meeting.minute_taker_uuid)
    assert all(len(set(people)) >= 3 for people in takers.values() if len(people) >= 10)


def test_a_volunteer_device_callback_changes_origins_and_nothing_else() -> None:
    calls: list[Person] = []

    def device_for(person: Person) -> str:
        calls.append(person)
        return f"{len(calls):032x}"

    plain = _organisation(seed=3)
    chosen = _organisation(seed=3, volunteer_devices=device_for)

    volunteers = [p for p in chosen.people if p.role == PersonRole.VOLUNTEER]
    assert [p.uuid for p in calls] == [p.uuid for p in volunteers]
    assert {v.person.uuid: v.device_id for v in chosen.volunteers} == {
        p.uuid: f"{i + 1:032x}" for i, p in enumerate(calls)
    }
    for entry in chosen.volunteers:
        assert {r.origin for r in entry.records()} <= {entry.device_id}
    assert [(r.uuid, r.content_hash()) for r in plain.records()] == [
        (r.uuid, r.content_hash()) for r in chosen.records()
    ]


# Shape of the organisation ------------------------------------------------------------------------


def test_people_are_fictional_and_coded(org: Organisation) -> None:
    for person in org.people:
        if person.role == PersonRole.CORE_MEMBER:
            assert re.fullmatch(r"Core member [A-Z](\.[A-Z])?\.", person.name)
            assert person.phone is None
        else:
            assert re.fullmatch(r"[A-Z][a-z]+ [A-Z]\.", person.name)
            assert person.phone is not None
            assert person.phone.startswith(("07700 900", "01632 960"))  # Ofcom drama ranges
    names = [person.name for person in org.people]
    assert len(names) == len(set(names))
    codes = [circle.code for circle in org.circles]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{2}-[0-9]{3}", code) for code in codes)


def test_circles_have_phases_and_patterns_that_fit_their_age(org: Organisation) -> None:
    pattern = {
        Phase.REFERRAL: "none",
        Phase.PREPARATION: "weekly",
        Phase.ACTIVE: "weekly",
        Phase.STEP_DOWN: "fortnightly",
        Phase.ENDING: "monthly",
        Phase.CLOSED: "none",
    }
    today = org.until
    by_circle = collections.defaultdict(list)
    for meeting in _meetings(org):
        by_circle[meeting.circle_uuid].append(dt.date.fromisoformat(meeting.held_on))
    phases = {circle.phase for circle in org.circles}
    assert {"active", "step-down", "preparation", "closed"} <= phases
    for circle in org.circles:
        assert circle.meeting_pattern == pattern[Phase(circle.phase)]
        dates = sorted(by_circle[circle.uuid])
        assert all(START <= day < today for day in dates)
        if circle.phase in ("referral", "preparation"):
            assert not dates
            continue
        assert circle.started_on is not None
        started = dt.date.fromisoformat(circle.started_on)
        age_weeks = (today - started).days / 7
        gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
        assert all(gap >= 4 for gap in gaps)
        if circle.phase == Phase.ACTIVE:
            assert age_weeks < 60
            if len(dates) >= 8:  # weekly, bar holidays
                weeks_spanned = (dates[-1] - dates[0]).days / 7 + 1
                assert len(dates) >= 0.75 * weeks_spanned
        elif circle.phase == Phase.STEP_DOWN:
            assert 40 <= age_weeks < 90
            # Step-down begins 40 to 56 weeks in: from then on the circle meets fortnightly.
            late = [day for day in dates if day > started + dt.timedelta(weeks=57)]
            assert all((b - a).days >= 11 for a, b in itertools.pairwise(late))
        elif circle.phase == Phase.CLOSED:
            assert age_weeks >= 60
            members = [m for m in org.memberships if m.circle_uuid == circle.uuid]
            assert all(m.left_on is not None for m in members)


def test_rosters_have_the_asked_number_of_volunteers(org: Organisation) -> None:
    for circle in org.circles:
        members = [m for m in org.memberships if m.circle_uuid == circle.uuid]
        roles = collections.Counter(m.role for m in members if m.left_on is None)
        assert sum(1 for m in members if m.role == "core-member") == 1
        if circle.phase in ("preparation", "active", "step-down", "ending"):
            assert roles["volunteer"] == 5
            assert roles["coordinator"] == 1


def test_meetings_fit_their_circle_and_only_the_newest_are_drafts(org: Organisation) -> None:
    meetings = _meetings(org)
    recent = (org.until - dt.timedelta(days=3)).isoformat()
    assert all(m.status == MeetingStatus.FINAL for m in meetings if m.held_on < recent)
    assert all(m.venue in _circle(org, m.circle_uuid).venues for m in meetings)
    assert all(m.start_time and m.end_time and m.start_time < m.end_time for m in meetings)
    assert all(m.engagement is None or 1 <= m.engagement <= 5 for m in meetings)


def _circle(org: Organisation, circle_uuid: str) -> Circle:
    return next(circle for circle in org.circles if circle.uuid == circle_uuid)


# Proportions --------------------------------------------------------------------------------------


def test_attendance_shares(org: Organisation) -> None:
    roles = {p.uuid: p.role for p in org.people}
    volunteers: collections.Counter[str] = collections.Counter()
    core: collections.Counter[str] = collections.Counter()
    for record in _of(org, Attendance):
        assert isinstance(record, Attendance)
        target = core if roles[record.person_uuid] == PersonRole.CORE_MEMBER else volunteers
        target[record.status] += 1

    share = {status: count / sum(volunteers.values()) for status, count in volunteers.items()}
    assert sum(volunteers.values()) > 2000
    assert 0.80 <= share["present"] <= 0.90
    assert 0.025 <= share["late"] <= 0.08
    assert 0.05 <= share["apologies"] <= 0.11
    assert 0.005 <= share[AttendanceStatus.ABSENT] <= 0.04
    assert 0.87 <= core["present"] / sum(core.values()) <= 0.96


def test_concern_levels_get_rarer_as_they_get_more_urgent(org: Organisation) -> None:
    meetings = len(_meetings(org))
    levels = collections.Counter(c.level for c in _concerns(org) if c.meeting_uuid is not None)

    assert levels[0] > levels[1] > levels[2] > levels[3] + levels[4]
    assert 0.06 <= levels[0] / meetings <= 0.15
    assert 0.03 <= levels[1] / meetings <= 0.10
    assert levels[3] + levels[4] >= 1


def test_urgent_concerns_record_the_call_to_the_coordinator(org: Organisation) -> None:
    for concern in _concerns(org):
        if concern.level >= 3:
            assert concern.coordinator_phoned_at is not None
            assert concern.action_taken
            raised = dt.datetime.fromisoformat(concern.raised_at)
            phoned = dt.datetime.fromisoformat(concern.coordinator_phoned_at)
            assert dt.timedelta(0) <= phoned - raised <= dt.timedelta(hours=3)
        else:
            assert concern.coordinator_phoned_at is None


def test_concern_categories_are_weighted_plausibly(org: Organisation) -> None:
    categories = collections.Counter(c.category for c in _concerns(org))

    assert set(categories) <= set(defaults.CONCERN_CATEGORIES)
    common = ("loneliness", "stability", "relationships", "mental-health")
    assert sum(categories[c] for c in common) > 0.4 * sum(categories.values())
    assert categories["children"] < categories["loneliness"]


def test_small_organisations_still_show_an_urgent_concern() -> None:
    for seed in range(3):
        small = _organisation(seed=seed, circles=3, weeks=26)
        assert any(c.level >= 3 for c in _concerns(small)), seed


def test_contacts_between_meetings(org: Organisation) -> None:
    contacts = [c for v in org.volunteers for c in v.contacts]
    flagged = sum(c.raise_at_next_meeting for c in contacts)

    assert 0.15 <= len(contacts) / len(_meetings(org)) <= 0.5
    assert 0.1 * len(contacts) <= flagged <= 0.45 * len(contacts)
    assert {c.mode for c in contacts} >= {"phone", "one-to-one"}


def test_hours_for_every_volunteer_at_a_meeting(org: Organisation) -> None:
    roles = {p.uuid: p.role for p in org.people}
    attended = sum(
        1
        for record in _of(org, Attendance)
        if isinstance(record, Attendance)
        and roles[record.person_uuid] == PersonRole.VOLUNTEER
        and record.status in ("present", "late")
    )
    meeting_hours = [h for h in _of(org, VolunteerHours) if isinstance(h, VolunteerHours)]
    at_meetings = [h for h in meeting_hours if h.activity == "meeting"]

    assert len(at_meetings) == attended
    assert all(70 <= h.minutes <= 180 for h in at_meetings)
    assert {h.activity for h in meeting_hours} >= {"meeting", "contact", "supervision"}


def test_reviews_every_twelve_weeks_trend_down(org: Organisation) -> None:
    """Every rater scores every item of the template version in use on the day; review days
    come every twelve weeks or so, and the risk items' scores fall over a circle's life."""
    versions = {defaults.REVIEW_TEMPLATE_ID: set(defaults.REVIEW_ITEMS)}
    versions[org.office_config.review_template_id] = set(org.office_config.review_items)
    days_of: dict[str, set[str]] = collections.defaultdict(set)
    reviews: dict[str, list[Review]] = collections.defaultdict(list)
    for record in _of(org, Review):
        assert isinstance(record, Review)
        assert set(record.scores) == versions[record.template_id]
        assert all(0 <= score <= 6 for score in record.scores.values())
        reviews[record.circle_uuid].append(record)
        days_of[record.circle_uuid].add(record.review_on)

    changes = []
    for circle_uuid, circle_reviews in reviews.items():
        days = sorted(dt.date.fromisoformat(day) for day in days_of[circle_uuid])
        assert all(70 <= (b - a).days <= 98 for a, b in itertools.pairwise(days))
        circle_reviews.sort(key=lambda review: review.review_on)
        if len(days) >= 2:
            first = [r for r in circle_reviews if r.review_on == days[0].isoformat()]
            last = [r for r in circle_reviews if r.review_on == days[-1].isoformat()]
            risk = sorted(defaults.REVIEW_ITEMS)
            changes.append(
                statistics.mean(r.scores[k] for r in last for k in risk)
                - statistics.mean(r.scores[k] for r in first for k in risk)
            )
    assert len(changes) >= 5
    assert statistics.mean(changes) < 0


def test_old_concerns_have_office_responses(org: Organisation) -> None:
    responses = [r for r in _of(org, ConcernResponse) if isinstance(r, ConcernResponse)]
    by_concern = collections.defaultdict(list)
    for response in responses:
        by_concern[response.concern_uuid].append(response.action)
    for concern in _concerns(org):
        raised = dt.date.fromisoformat(concern.raised_at[:10])
        if raised < org.until - dt.timedelta(days=30):
            assert by_concern[concern.uuid], concern.level
        if concern.level >= 3 and by_concern[concern.uuid]:
            assert "escalate" in by_concern[concern.uuid]


# Minutes ------------------------------------------------------------------------------------------


def test_minutes_are_one_to_two_kilobytes_and_varied(org: Organisation) -> None:
    meetings = _meetings(org)
    sizes = [len(m.minutes.encode()) for m in meetings]
    first_sentences = {re.split(r"(?<=[a-z]\.) ", m.minutes)[0] for m in meetings}

    assert all(MINUTES_BYTES[0] <= size <= MINUTES_BYTES[1] for size in sizes)
    assert statistics.pstdev(sizes) > 150
    assert len(first_sentences) > 0.8 * len(meetings)
    for meeting in meetings:
        assert not re.search(r"lorem|ipsum|\{|\}|\[|\]|\.\.", meeting.minutes, re.IGNORECASE)


def test_minutes_discuss_the_life_areas_they_list(org: Organisation) -> None:
    seen: set[str] = set()
    for meeting in _meetings(org):
        assert 1 <= len(meeting.life_areas) <= len(defaults.LIFE_AREAS)
        for area in meeting.life_areas:
            assert f"\n\n{defaults.LIFE_AREAS[area]}: " in meeting.minutes
        seen.update(meeting.life_areas)
    assert seen == set(defaults.LIFE_AREAS)


def test_minutes_mention_the_concerns_raised_at_the_meeting(org: Organisation) -> None:
    minutes = {m.uuid: m.minutes for m in _meetings(org)}
    for concern in _concerns(org):
        if concern.meeting_uuid is not None:
            assert "\n\nConcerns: " in minutes[concern.meeting_uuid]


def test_membership_dates_frame_the_meetings(org: Organisation) -> None:
    stints: dict[tuple[str, str], Membership] = {}
    for membership in org.memberships:
        stints[membership.circle_uuid, membership.person_uuid] = membership
    for meeting in _meetings(org):
        member = stints[meeting.circle_uuid, meeting.minute_taker_uuid or ""]
        assert member.joined_on is not None and member.joined_on <= meeting.held_on
        assert member.left_on is None or meeting.held_on < member.left_on


def test_no_contact_review_or_hours_outside_the_window(org: Organisation) -> None:
    days = [
        *(c.contact_on for v in org.volunteers for c in v.contacts),
        *(r.review_on for v in org.volunteers for r in v.reviews),
        *(h.worked_on for v in org.volunteers for h in v.hours),
    ]
    assert days
    assert all(START.isoformat() <= day < org.until.isoformat() for day in days)
