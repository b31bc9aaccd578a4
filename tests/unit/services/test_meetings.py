"""Tests for circlesdesk.services.meetings: recording, editing, listing and searching meetings."""

from __future__ import annotations

from pathlib import Path

import pytest

from circlesdesk.domain.enums import AttendanceStatus, MeetingStatus
from circlesdesk.domain.records import Attendance, Concern, Meeting
from circlesdesk.domain.urgency import PhoneCallMissing
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.services import circles, meetings
from circlesdesk.services import minutes_review as review
from circlesdesk.sync import importer
from circlesdesk.vault import audit, store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org, audit_actions, table_snapshot
from tests.vault_kit import (
    CIRCLE_CODE,
    CORE_MEMBER,
    PASSPHRASE,
    VOLUNTEERS,
    row_snapshot,
    rows,
)

ALICE, BEN = VOLUNTEERS


def people(vault: Vault) -> dict[str, str]:
    """Member name → person id for circle SW-014."""
    circle = circles.find_circle(vault, CIRCLE_CODE)
    return {entry.person.name: entry.person.uuid for entry in circles.roster(vault, circle.uuid)}


def test_a_meeting_is_stored_with_its_attendance_and_concerns(office_vault: Vault) -> None:
    ids = people(office_vault)
    meeting = meetings.record_meeting(
        office_vault,
        circle_code=CIRCLE_CODE,
        held_on="2026-07-06",
        start_time="18:30",
        end_time="20:00",
        venue="Hall B",
        minutes="Talked about his new job at the bakery.",
        life_areas_discussed=["work-learning", "money"],
        engagement=4,
        attendance={
            ids[CORE_MEMBER]: AttendanceStatus.PRESENT,
            ids[ALICE]: AttendanceStatus.LATE,
            ids[BEN]: AttendanceStatus.APOLOGIES,
        },
        concerns=[
            meetings.ConcernInput(level=1, category="stability", description="Rent is late."),
            meetings.ConcernInput(
                level=3,
                category="supervision",
                description="Said he missed a probation appointment.",
                action_taken="Phoned the coordinator.",
                coordinator_phoned_at="2026-07-06T20:15:00+01:00",
            ),
        ],
    )
    stored = store.require(office_vault.conn, Meeting, meeting.uuid)
    assert stored == meeting
    assert (stored.origin, stored.revision, stored.status) == (
        office_vault.info.device_id,
        1,
        "final",
    )
    assert stored.life_areas == ("work-learning", "money")
    attendance = {
        row.person_uuid: row.status
        for row in store.find(office_vault.conn, Attendance, meeting_uuid=meeting.uuid)
    }
    assert attendance == {ids[CORE_MEMBER]: "present", ids[ALICE]: "late", ids[BEN]: "apologies"}
    concerns = store.find(
        office_vault.conn, Concern, meeting_uuid=meeting.uuid, order_by=("level",)
    )
    assert [(c.level, c.category, c.circle_uuid) for c in concerns] == [
        (1, "stability", stored.circle_uuid),
        (3, "supervision", stored.circle_uuid),
    ]
    assert concerns[1].coordinator_phoned_at == "2026-07-06T20:15:00+01:00"
    newest = audit.entries(office_vault.conn, limit=1)[0]
    assert (newest.action, newest.record_uuid, newest.detail) == (
        "meeting.recorded",
        meeting.uuid,
        "attendance=3 concerns=2",
    )


BAD_CONCERNS = [
    (
        meetings.ConcernInput(level=7, category="loneliness", description="Low mood."),
        "The urgency level must be between 0 and 4.",
    ),
    (
        meetings.ConcernInput(level=2, category="loneliness", description="Low\x07 mood."),
        "The concern description contains control characters; please remove them.",
    ),
    (
        meetings.ConcernInput(level=2, category="astrology", description="Low mood."),
        "The concern category is not on the office's list; run "
        "'circlesdesk meeting add --help' to see the categories.",
    ),
    (
        meetings.ConcernInput(level=2, category="loneliness", description="   "),
        "Please enter the concern description.",
    ),
    (
        meetings.ConcernInput(level=4, category="hostility", description="Threatened a man."),
        str(PhoneCallMissing()),
    ),
    (
        meetings.ConcernInput(level=3, category="supervision", description="Missed curfew."),
        str(PhoneCallMissing()),
    ),
    (
        meetings.ConcernInput(
            level=3,
            category="supervision",
            description="Missed curfew.",
            coordinator_phoned_at="2099-07-06T20:15:00+01:00",
        ),
        "The time of the call is in the future; give the time you phoned.",
    ),
]


def test_one_bad_concern_means_nothing_at_all_is_stored(office_vault: Vault) -> None:
    before = rows(office_vault.conn)
    ids = people(office_vault)
    good = meetings.ConcernInput(level=1, category="hostility", description="Irritable.")
    for concern, message in BAD_CONCERNS:
        with pytest.raises(ValidationError) as info:
            meetings.record_meeting(
                office_vault,
                circle_code=CIRCLE_CODE,
                held_on="2026-07-06",
                minutes="A meeting that must not be half stored.",
                attendance={ids[ALICE]: AttendanceStatus.PRESENT},
                concerns=[good, concern],
            )
        assert str(info.value) == message
        assert rows(office_vault.conn) == before


BAD_MEETINGS: list[tuple[dict[str, object], str]] = [
    ({"held_on": "2026-02-30"}, "The meeting date is not a real calendar date."),
    ({"held_on": "9999-12-31"}, "The meeting date must be between 2000-01-01 and 2100-12-31."),
    ({"held_on": "1999-12-31"}, "The meeting date must be between 2000-01-01 and 2100-12-31."),
    ({"venue": "Hall \u202eA"}, "The venue contains control characters; please remove them."),
    ({"minutes": "ok\x9b2J"}, "The minutes contains control characters; please remove them."),
    ({"start_time": "7pm"}, "The start time must be a time written as HH:MM."),
    ({"minutes": "ok\x00"}, "The minutes contains control characters; please remove them."),
    ({"engagement": 9}, "The engagement rating must be between 1 and 5."),
    ({"life_areas_discussed": ["gardening"]}, "One of the life areas is not on the office's list."),
    ({"circle_code": "NE-999"}, "There is no circle with code NE-999 in this vault."),
    (
        {"circle_code": "not a code"},
        "The circle code must be letters, a hyphen and a number, for example SW-014.",
    ),
]


def test_a_bad_meeting_is_refused_and_nothing_is_stored(office_vault_dir: Path) -> None:
    before = row_snapshot(office_vault_dir)
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        for fields, message in BAD_MEETINGS:
            values: dict[str, object] = {"circle_code": CIRCLE_CODE, "held_on": "2026-07-06"}
            values.update(fields)
            with pytest.raises((ValidationError, NotFoundError)) as info:
                meetings.record_meeting(vault, **values)  # type: ignore[arg-type]
            assert str(info.value) == message
    assert (
        row_snapshot(office_vault_dir) == before
    )  # read back after locking: nothing reached the disk


def test_attendance_only_for_members_of_the_circle(office_vault: Vault) -> None:
    other = circles.add_circle(
        office_vault, code="NE-007", core_member="Heron", volunteers=["Cy Dunn"]
    )
    outsider = circles.roster(office_vault, other.uuid)[0].person.uuid
    before = store.count(office_vault.conn, Meeting)
    with pytest.raises(ValidationError) as info:
        meetings.record_meeting(
            office_vault,
            circle_code=CIRCLE_CODE,
            held_on="2026-07-06",
            attendance={outsider: AttendanceStatus.PRESENT},
        )
    assert str(info.value) == "Attendance can only be recorded for members of the circle."
    assert store.count(office_vault.conn, Meeting) == before


def test_an_edit_is_a_new_revision_and_the_old_one_is_kept(office_vault: Vault) -> None:
    meeting = meetings.record_meeting(
        office_vault, circle_code=CIRCLE_CODE, held_on="2026-07-06", minutes="First draft."
    )
    edited = meetings.edit_meeting(
        office_vault, meeting_uuid=meeting.uuid, minutes="Corrected.", life_areas=["health"]
    )
    assert (edited.revision, edited.minutes, edited.life_areas) == (2, "Corrected.", ("health",))
    assert meetings.get_meeting(office_vault, meeting.uuid) == edited
    assert store.history(office_vault.conn, Meeting, meeting.uuid) == [meeting]
    assert audit.entries(office_vault.conn, limit=1)[0].detail == "revision=2"
    with pytest.raises(ValidationError) as info:
        meetings.edit_meeting(office_vault, meeting_uuid=meeting.uuid, circle_uuid=meeting.uuid)
    assert str(info.value) == "Only the meeting's own details can be changed here."
    with pytest.raises(ValidationError):
        meetings.edit_meeting(office_vault, meeting_uuid=meeting.uuid, held_on="06/07/2026")
    assert meetings.get_meeting(office_vault, meeting.uuid) == edited


def test_a_blank_meeting_is_refused_and_nothing_is_stored(office_vault: Vault) -> None:
    before = rows(office_vault.conn)
    with pytest.raises(meetings.BlankMeeting):
        meetings.record_meeting(
            office_vault, circle_code=CIRCLE_CODE, held_on="2026-07-06", minutes=" \n"
        )
    assert rows(office_vault.conn) == before


def test_a_second_meeting_on_the_same_date_is_refused_unless_meant(office_vault: Vault) -> None:
    ids = people(office_vault)
    first = meetings.record_meeting(
        office_vault,
        circle_code=CIRCLE_CODE,
        held_on="2026-07-06",
        attendance={ids[ALICE]: AttendanceStatus.PRESENT},
    )
    before = rows(office_vault.conn)
    with pytest.raises(meetings.DuplicateMeeting) as info:
        meetings.record_meeting(
            office_vault, circle_code=CIRCLE_CODE, held_on="2026-07-06", minutes="Saved twice?"
        )
    assert info.value.exit_code == 4
    assert rows(office_vault.conn) == before
    # Another date is another meeting; the same date again only when meant.
    meetings.record_meeting(
        office_vault, circle_code=CIRCLE_CODE, held_on="2026-07-13", minutes="Next."
    )
    second = meetings.record_meeting(
        office_vault,
        circle_code=CIRCLE_CODE,
        held_on="2026-07-06",
        minutes="A second one.",
        again=True,
    )
    assert {m.uuid for m in store.find(office_vault.conn, Meeting, held_on="2026-07-06")} == {
        first.uuid,
        second.uuid,
    }


def test_list_is_newest_first_with_names_and_concern_levels(office_vault: Vault) -> None:
    ids = people(office_vault)
    older = meetings.record_meeting(
        office_vault,
        circle_code=CIRCLE_CODE,
        held_on="2026-06-29",
        attendance={ids[ALICE]: AttendanceStatus.PRESENT, ids[BEN]: AttendanceStatus.ABSENT},
        concerns=[meetings.ConcernInput(level=2, category="loneliness", description="Alone.")],
    )
    newer = meetings.record_meeting(
        office_vault,
        circle_code=CIRCLE_CODE,
        held_on="2026-07-06",
        minutes="Still being written.",
        status=MeetingStatus.DRAFT,
    )
    summaries = meetings.list_meetings(office_vault)
    assert [s.meeting.uuid for s in summaries] == [newer.uuid, older.uuid]
    assert summaries[1].attendance == {ALICE: "present", BEN: "absent"}
    assert summaries[1].concern_levels == (2,)
    assert (summaries[0].circle_code, summaries[0].meeting.status) == (CIRCLE_CODE, "draft")
    assert meetings.list_meetings(office_vault, circle_code=CIRCLE_CODE) == summaries
    circles.add_circle(office_vault, code="NE-007", core_member="Heron")
    assert meetings.list_meetings(office_vault, circle_code="NE-007") == []


def test_search_finds_minutes_and_refuses_bad_input_plainly(office_vault: Vault) -> None:
    meeting = meetings.record_meeting(
        office_vault, circle_code=CIRCLE_CODE, held_on="2026-07-06", minutes="He joined a choir."
    )
    assert [hit.uuid for hit in meetings.search_records(office_vault, "choir")] == [meeting.uuid]
    assert meetings.search_records(office_vault, "orchestra") == []
    with pytest.raises(ValidationError) as info:
        meetings.search_records(office_vault, "choir\x1b")
    assert str(info.value) == "The search contains control characters; please remove them."
    with pytest.raises(ValidationError):
        meetings.search_records(office_vault, "choir", limit=0)


def test_get_meeting_explains_a_bad_or_unknown_id(office_vault: Vault) -> None:
    with pytest.raises(ValidationError) as bad:
        meetings.get_meeting(office_vault, "12345")
    assert str(bad.value) == "The meeting id is not a valid identifier."
    with pytest.raises(NotFoundError) as unknown:
        meetings.get_meeting(office_vault, "5b3f0c37-5b1f-4a4e-9f3e-0f6f4d7c1a01")
    assert str(unknown.value) == "That meeting does not exist in this vault."


def test_a_volunteer_records_meetings_in_the_circle_the_office_sent(
    volunteer_vault: Vault,
) -> None:
    ids = people(volunteer_vault)
    meeting = meetings.record_meeting(
        volunteer_vault,
        circle_code=CIRCLE_CODE,
        held_on="2026-07-06",
        minutes="Met at the library.",
        attendance={ids[CORE_MEMBER]: AttendanceStatus.PRESENT},
        concerns=[meetings.ConcernInput(level=0, category="other", description="All fine.")],
    )
    assert meeting.origin == volunteer_vault.info.device_id
    [summary] = meetings.list_meetings(volunteer_vault)
    assert summary.attendance == {CORE_MEMBER: "present"}
    assert summary.concern_levels == (0,)


# -- changing and withdrawing --------------------------------------------------------------


def test_an_unsent_meeting_can_be_withdrawn_whole(org: Org) -> None:
    meeting = org.meeting(
        "alice",
        minutes="Pressed Save on the wrong circle.",
        present=["Alice Marsh"],
        concerns=[
            meetings.ConcernInput(level=1, category="loneliness", description="Alone a lot.")
        ],
    )
    vault = org.alice
    assert not meetings.is_sent(vault, meeting.uuid)
    meetings.withdraw_meeting(vault, meeting_uuid=meeting.uuid)
    assert store.get(vault.conn, Meeting, meeting.uuid) is None
    assert store.find(vault.conn, Attendance, meeting_uuid=meeting.uuid) == []
    assert store.find(vault.conn, Concern, meeting_uuid=meeting.uuid) == []
    assert meetings.search_records(vault, "wrong circle") == []
    assert "meeting.withdrawn" in audit_actions(vault)
    # Nothing of it goes to the office.
    importer.import_bundle(org.office, org.send("alice"))
    assert store.get(org.office.conn, Meeting, meeting.uuid) is None


def test_a_sent_meeting_is_not_withdrawn_but_corrected_and_the_office_sees_the_change(
    org: Org,
) -> None:
    meeting = org.meeting("alice", minutes="He spoke about the allotment.")
    result = importer.import_bundle(org.office, org.send("alice"))
    assert result.state is importer.State.READY
    vault = org.alice
    assert meetings.is_sent(vault, meeting.uuid)
    before = table_snapshot(vault)
    with pytest.raises(meetings.MeetingSent):
        meetings.withdraw_meeting(vault, meeting_uuid=meeting.uuid)
    assert table_snapshot(vault) == before
    review.mark_reviewed(org.office, meeting.uuid)

    corrected = meetings.change_meeting(
        vault,
        meeting_uuid=meeting.uuid,
        held_on=meeting.held_on,
        minutes="He spoke about the allotment and his new job.",
    )
    assert corrected.revision == meeting.revision + 1
    assert not meetings.is_sent(vault, meeting.uuid)  # the correction waits for the next file
    importer.import_bundle(org.office, org.send("alice"))
    at_office = store.require(org.office.conn, Meeting, meeting.uuid)
    assert at_office.minutes == "He spoke about the allotment and his new job."
    [entry] = [e for e in review.review_queue(org.office) if e.meeting_uuid == meeting.uuid]
    assert entry.state is review.ReviewState.CHANGED


def test_only_the_laptop_that_recorded_a_meeting_changes_it(org: Org) -> None:
    meeting = org.meeting("alice", minutes="Alice's record.")
    importer.import_bundle(org.office, org.send("alice"))
    with pytest.raises(meetings.NotYours):
        meetings.change_meeting(
            org.office, meeting_uuid=meeting.uuid, held_on=meeting.held_on, minutes="Not mine."
        )
