"""Tests for circlesdesk.domain.records: payloads round-trip, hashes follow content, revisions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circlesdesk.domain import validation as v
from circlesdesk.domain.enums import (
    AttendanceStatus,
    ContactMode,
    EndingReason,
    MeetingMode,
    MeetingPattern,
    MeetingStatus,
    PersonRole,
    Phase,
    ResponseAction,
    Stakeholder,
    SupervisionKind,
    VettingCheck,
)
from circlesdesk.domain.records import (
    ASSESSMENT_KINDS,
    RECORD_TYPES,
    Attendance,
    Circle,
    Concern,
    ConcernResponse,
    Contact,
    Covenant,
    Ending,
    FollowUp,
    Meeting,
    Membership,
    OfficeConfig,
    Person,
    Questionnaire,
    QuestionnaireAnswer,
    Record,
    Referral,
    Review,
    ReviewTemplate,
    Supervision,
    Training,
    Vetting,
    VolunteerHours,
    canonical_json,
    check_on_entry,
    new_record_id,
    utc_now,
)
from circlesdesk.errors import ValidationError
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault

# -- strategies for valid field values -------------------------------------------------------

uuids = st.uuids().map(str)
devices = st.binary(min_size=16, max_size=16).map(bytes.hex)
_zones = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
# Every date and time lies within 2000-01-01 .. 2100-12-31 (as written, in its own zone).
timestamps = st.builds(
    lambda moment, zone: moment.replace(tzinfo=zone).isoformat(),
    st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 12, 31, 23, 59)),
    _zones,
)
# A time something happened: not more than a day ahead of the clock.
past_timestamps = st.builds(
    lambda moment, zone: moment.replace(tzinfo=zone).isoformat(),
    st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2026, 1, 1)),
    _zones,
)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)).map(
    dt.date.isoformat
)
times = st.times().map(lambda moment: moment.strftime("%H:%M"))
_LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"
keys = st.builds("{}{}".format, st.sampled_from(_LOWER), st.text(_LOWER + "-", max_size=62))
codes = st.builds(
    "{}-{}".format,
    st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=6),
    st.integers(min_value=0, max_value=999_999),
)
# Any character but surrogates, control characters and bidirectional embeddings, overrides and
# isolates (tab, newline and return are added back where a field allows them).
_characters = st.characters(
    blacklist_categories=("Cs", "Cc"),
    blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
)


def line(max_size: int = 200) -> st.SearchStrategy[str]:
    """One line of text that is not blank."""
    return st.text(_characters, min_size=1, max_size=max_size).filter(str.strip)


def _is_name(text: str) -> bool:
    try:
        v.name(text, field="name", max_length=200)
    except ValidationError:
        return False
    return True


def name(max_size: int) -> st.SearchStrategy[str]:
    """A name: one line with nothing invisible in it."""
    return line(max_size).filter(_is_name)


def notes(*, required: bool = False) -> st.SearchStrategy[str]:
    """Multi-line text (with tabs and Windows line ends)."""
    text = st.text(st.one_of(_characters, st.sampled_from("\t\n\r")), max_size=400)
    return text.filter(str.strip) if required else text


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    # An optional text field is left out as None or ""; blank text is refused (test_validation).
    return st.none() | strategy


def values(enum: Any) -> st.SearchStrategy[str]:
    return st.sampled_from([member.value for member in enum])


def record(cls: type[Record], **fields: st.SearchStrategy[Any]) -> st.SearchStrategy[Record]:
    return st.builds(
        cls,
        uuid=uuids,
        origin=devices,
        revision=st.integers(min_value=1, max_value=2**31 - 1),
        updated_at=timestamps,
        **fields,
    )


def _response(action: str, agency: str | None, basis: str | None) -> dict[str, Any]:
    if action == ResponseAction.ESCALATE:  # an escalation names the agency and the basis
        return {"action": action, "agency": agency or "Police", "basis": basis or "Risk of harm."}
    return {"action": action, "agency": agency, "basis": basis}


labels = st.dictionaries(keys, line(40), min_size=1, max_size=6)
assessments = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(sorted(ASSESSMENT_KINDS)),
        "level": line(20),
        "assessed_on": optional(dates),
        "document": st.just("") | line(40),
    }
)


def _referral(stage: str, days: list[str], young: bool) -> st.SearchStrategy[Record]:
    """A referral at ``stage`` with its stage dates in order."""
    reached = ["received", "assessed", "decided", "formed"][
        : {"received": 1, "assessed": 2, "accepted": 3, "declined": 3, "formed": 4}[stage]
    ]
    dated = {f"{name}_on": st.just(day) for name, day in zip(reached, days, strict=False)}
    return record(
        Referral,
        agency=line(40),
        officer=st.just("") | line(40),
        core_member=name(40),
        assessments=st.lists(assessments, max_size=3).map(tuple),
        mappa_category=optional(st.integers(min_value=1, max_value=4)),
        mappa_level=optional(st.integers(min_value=1, max_value=3)),
        licence_end_on=optional(dates),
        starts_in_prison=st.booleans(),
        young_people=st.just(young),
        carer_consent=optional(st.sampled_from(["given", "refused", "not-yet-asked"]))
        if young
        else st.none(),
        stage=st.just(stage),
        decline_reason=notes(required=True) if stage == "declined" else st.none(),
        circle_uuid=uuids if stage == "formed" else st.none(),
        **dated,
    )


STRATEGIES: dict[str, st.SearchStrategy[Record]] = {
    "circle": record(
        Circle,
        code=codes,
        phase=values(Phase),
        meeting_pattern=values(MeetingPattern),
        venues=st.lists(line(40), max_size=5).map(tuple),
        started_on=optional(dates),
        next_review_on=optional(dates),
    ),
    "person": record(Person, name=name(100), role=values(PersonRole), phone=optional(line(20))),
    "membership": record(
        Membership,
        circle_uuid=uuids,
        person_uuid=uuids,
        role=values(PersonRole),
        joined_on=optional(dates),
        left_on=optional(dates),
    ),
    "meeting": record(
        Meeting,
        circle_uuid=uuids,
        held_on=dates,
        start_time=optional(times),
        end_time=optional(times),
        venue=optional(line(60)),
        minute_taker_uuid=optional(uuids),
        minutes=notes(),
        life_areas=st.lists(keys, max_size=8).map(tuple),
        engagement=optional(st.integers(min_value=1, max_value=5)),
        status=values(MeetingStatus),
        mode=optional(values(MeetingMode)),
    ),
    "attendance": record(
        Attendance, meeting_uuid=uuids, person_uuid=uuids, status=values(AttendanceStatus)
    ),
    "concern": record(
        Concern,
        circle_uuid=uuids,
        meeting_uuid=optional(uuids),
        raised_at=past_timestamps,
        level=st.integers(min_value=0, max_value=4),
        category=keys,
        description=notes(required=True),
        action_taken=optional(notes(required=True)),
        coordinator_phoned_at=optional(timestamps),
    ),
    "concern_response": st.builds(
        _response, values(ResponseAction), optional(line(40)), optional(notes(required=True))
    ).flatmap(
        lambda choice: record(
            ConcernResponse,
            concern_uuid=uuids,
            action=st.just(choice["action"]),
            responded_at=timestamps,
            text=notes(),
            agency=st.just(choice["agency"]),
            basis=st.just(choice["basis"]),
            outcome=optional(notes(required=True)),
        )
    ),
    "contact": record(
        Contact,
        circle_uuid=uuids,
        person_uuid=optional(uuids),
        contact_on=dates,
        mode=values(ContactMode),
        summary=notes(required=True),
        raise_at_next_meeting=st.booleans(),
    ),
    "hours": record(
        VolunteerHours,
        person_uuid=uuids,
        circle_uuid=optional(uuids),
        worked_on=dates,
        minutes=st.integers(min_value=1, max_value=24 * 60),
        activity=line(40),
    ),
    "review": record(
        Review,
        circle_uuid=uuids,
        review_on=dates,
        template_id=keys,
        scores=st.dictionaries(keys, st.integers(min_value=0, max_value=6), max_size=12),
        notes=notes(),
    ),
    "office_config": record(
        OfficeConfig,
        office_name=name(60),
        phone=st.just("") | line(20),
        categories=labels,
        life_areas=labels,
        urgency_guidance=st.fixed_dictionaries({str(level): line(200) for level in range(5)}),
        review_template_id=keys,
        review_items=labels,
        retention_weeks=st.integers(min_value=1, max_value=520),
        autolock_minutes=st.integers(min_value=1, max_value=240),
    ),
    "referral": st.tuples(
        st.sampled_from(["received", "assessed", "accepted", "declined", "formed"]),
        st.lists(dates, min_size=4, max_size=4).map(sorted),
        st.booleans(),
    ).flatmap(lambda choice: _referral(*choice)),
    "ending": record(
        Ending, circle_uuid=uuids, ended_on=dates, reason=values(EndingReason), note=notes()
    ),
    "follow_up": record(
        FollowUp,
        circle_uuid=uuids,
        contact_on=dates,
        mode=values(ContactMode),
        summary=notes(required=True),
    ),
    "covenant": record(
        Covenant,
        circle_uuid=uuids,
        version=st.integers(min_value=1, max_value=1000),
        agreed_on=dates,
        text=notes(required=True),
    ),
    "questionnaire": record(
        Questionnaire,
        version=st.integers(min_value=1, max_value=1000),
        questions=labels,
        made_on=dates,
    ),
    "questionnaire_answer": record(
        QuestionnaireAnswer,
        circle_uuid=uuids,
        version=st.integers(min_value=1, max_value=1000),
        stakeholder=values(Stakeholder),
        answered_on=dates,
        scores=st.dictionaries(keys, st.integers(min_value=1, max_value=5), max_size=12),
        comment=notes(),
    ),
    "review_template": st.dictionaries(keys, line(60), min_size=1, max_size=20).flatmap(
        lambda items: record(
            ReviewTemplate,
            template_id=keys,
            items=st.just(items),
            protective=st.lists(st.sampled_from(sorted(items)), unique=True).map(tuple),
            adopted_on=dates,
        )
    ),
    "training": record(
        Training,
        person_uuid=uuids,
        course=line(60),
        completed_on=dates,
        certificate=optional(line(30)),
    ),
    "vetting": st.lists(dates, min_size=2, max_size=2, unique=True).flatmap(
        lambda days: record(
            Vetting,
            person_uuid=uuids,
            check_type=values(VettingCheck),
            reference=line(30),
            issued_on=st.just(min(days)),
            expires_on=st.just(max(days)),
        )
    ),
    "supervision": record(
        Supervision,
        person_uuid=uuids,
        held_on=dates,
        session=values(SupervisionKind),
        notes=notes(),
        follow_up=optional(notes(required=True)),
    ),
}
any_record = st.sampled_from(sorted(STRATEGIES)).flatmap(STRATEGIES.__getitem__)


def test_every_record_kind_has_a_strategy() -> None:
    assert set(STRATEGIES) == set(RECORD_TYPES)


@pytest.mark.parametrize("kind", sorted(RECORD_TYPES))
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_a_payload_round_trips_through_json_to_an_equal_record(kind: str, data: Any) -> None:
    original = data.draw(STRATEGIES[kind])
    carried = json.loads(canonical_json(original.payload()))  # as a bundle carries it
    rebuilt = RECORD_TYPES[kind].from_payload(
        carried,
        uuid=original.uuid,
        origin=original.origin,
        revision=original.revision,
        updated_at=original.updated_at,
    )
    assert rebuilt == original
    assert rebuilt.content_hash() == original.content_hash()
    unset = {name for name in original.added_fields if getattr(original, name) is None}
    assert set(carried) == set(original.content_field_names()) - unset


def test_a_field_added_later_is_left_out_of_the_payload_while_unset() -> None:
    """A meeting recorded before meetings had a mode keeps its payload, so its hash."""
    before = Meeting(
        uuid=new_record_id(), origin="ab" * 16, circle_uuid=new_record_id(), held_on="2025-06-03"
    )
    assert "mode" not in before.payload()
    material = {"kind": "meeting", "uuid": before.uuid, "payload": before.payload()}
    assert before.content_hash() == hashlib.sha256(canonical_json(material)).hexdigest()
    video = dataclasses.replace(before, mode="video")
    assert video.payload()["mode"] == "video"
    assert video.content_hash() != before.content_hash()
    with pytest.raises(ValidationError, match="meeting mode"):
        dataclasses.replace(before, mode="carrier pigeon")


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(original=any_record)
def test_any_record_reads_back_from_the_vault_equal(office_vault: Vault, original: Record) -> None:
    conn = office_vault.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("PRAGMA defer_foreign_keys = ON")  # attendance names no stored meeting
        store.save(conn, original)
        assert store.get(conn, type(original), original.uuid) == original
    finally:
        conn.execute("ROLLBACK")


@settings(max_examples=40)
@given(original=any_record, other=any_record)
def test_the_content_hash_follows_content_not_revision_or_time(
    original: Record, other: Record
) -> None:
    later = dataclasses.replace(original, revision=original.revision % 1000 + 1,
                                updated_at="2099-01-01T00:00:00+00:00")  # fmt: skip
    assert later.content_hash() == original.content_hash()
    if other.payload() != original.payload() or other.kind != original.kind:
        moved = dataclasses.replace(other, uuid=original.uuid)
        assert moved.content_hash() != original.content_hash()


def test_revised_is_the_next_revision_with_a_fresh_time() -> None:
    person = Person(
        uuid="5b3f0c37-5b1f-4a4e-9f3e-0f6f4d7c1a01",
        origin="0" * 32,
        updated_at="2020-01-01T00:00:00+00:00",
        name="Ben Okafor",
    )
    revised = person.revised(phone="01632 960123")
    assert (revised.revision, revised.phone, revised.name) == (2, "01632 960123", "Ben Okafor")
    assert revised.updated_at > person.updated_at
    with pytest.raises(ValidationError):
        person.revised(name="")


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (
            {"name": "Ben", "surname": "Okafor"},
            "A person record has fields CirclesDesk does not know.",
        ),
        ({"role": "volunteer"}, "A person record is missing some of its fields."),
        (["name", "Ben"], "A person record is not a set of fields."),
    ],
)
def test_a_malformed_payload_is_refused_in_a_plain_sentence(payload: Any, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        Person.from_payload(
            payload,
            uuid="5b3f0c37-5b1f-4a4e-9f3e-0f6f4d7c1a01",
            origin="0" * 32,
            revision=1,
            updated_at="2026-01-01T00:00:00+00:00",
        )
    assert str(info.value) == message


BAD_ID = "The record id is not a valid identifier."


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        ({"uuid": "not-a-uuid"}, BAD_ID),
        (
            {"uuid": "5B3F0C37-5B1F-4A4E-9F3E-0F6F4D7C1A01"},
            "The record id is not a valid identifier.",
        ),
        ({"origin": "XYZ"}, "The device id is not valid."),
        ({"revision": 0}, "The revision must be a positive whole number."),
        ({"revision": True}, "The revision must be a positive whole number."),
        ({"updated_at": "2026-01-01T00:00:00"}, "The update time must include a time zone."),
    ],
)
def test_record_metadata_is_checked(meta: dict[str, Any], message: str) -> None:
    fields: dict[str, Any] = {
        "uuid": "5b3f0c37-5b1f-4a4e-9f3e-0f6f4d7c1a01",
        "origin": "0" * 32,
        "name": "Ben",
    }
    fields.update(meta)
    with pytest.raises(ValidationError) as info:
        Person(**fields)
    assert str(info.value) == message


def test_list_fields_must_be_tuples_and_object_fields_dicts() -> None:
    with pytest.raises(ValidationError, match=r"^The venues must be a list\.$"):
        Circle(uuid="5b3f0c37-5b1f-4a4e-9f3e-0f6f4d7c1a01", origin="0" * 32, code="SW-1",
               venues="Hall B")  # type: ignore[arg-type]  # fmt: skip
    with pytest.raises(ValidationError, match=r"^The scores must be a set of values\.$"):
        Review(uuid="5b3f0c37-5b1f-4a4e-9f3e-0f6f4d7c1a01", origin="0" * 32,
               circle_uuid="5b3f0c37-5b1f-4a4e-9f3e-0f6f4d7c1a02", review_on="2026-01-01",
               template_id="dynamic-risk-v1", scores=[("children", 2)])  # type: ignore[arg-type]  # fmt: skip


def test_a_concern_raised_days_ahead_is_refused_on_entry_but_stays_readable() -> None:
    # A concern stored while the clock ran fast must stay readable when the clock is set back;
    # only a concern entering a vault from a bundle is held to "at most a day ahead".
    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).replace(microsecond=0)
    concern = Concern(
        uuid=new_record_id(),
        origin="ab" * 16,
        circle_uuid=new_record_id(),
        raised_at=ahead.isoformat(),
        level=1,
        category="loneliness",
        description="Alone again.",
    )
    with pytest.raises(ValidationError) as refused:
        check_on_entry(concern)
    assert str(refused.value) == (
        "The time the concern was raised is in the future; check the date and the clock."
    )
    check_on_entry(dataclasses.replace(concern, raised_at=utc_now()))
