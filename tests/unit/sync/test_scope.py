"""Write scope: validly signed bundles that write outside their device's circles are held.

Every bundle here is signed by an enrolled volunteer's real key (``tests.sync_kit.forge``) and is
next in its chain, so only the write-scope rule (circlesdesk/sync/scope.py) stands between it and
the office's records. A held bundle must apply nothing, keep its bytes and its reason for the
coordinator, leave the chain where it was, and lose nothing: once the coordinator puts the
volunteer in the circle, the same file imports whole.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from pathlib import Path

import pytest

from circlesdesk import cli
from circlesdesk.cli import exits
from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    Contact,
    Meeting,
    Record,
    Review,
    VolunteerHours,
    new_record_id,
    utc_now,
)
from circlesdesk.errors import ValidationError
from circlesdesk.services import circles, conflicts, office
from circlesdesk.sync import importer, scope
from circlesdesk.sync.importer import State
from circlesdesk.vault import registry, store
from tests.sync_kit import CIRCLE, Org, audit_actions, line_for, table_snapshot
from tests.vault_kit import PASSPHRASE

OTHER = "SW-020"
TODAY = dt.date.today()


def other_circle(org: Org) -> Circle:
    """A second circle at the office: Ben is in it, Alice is not."""
    return circles.add_circle(
        org.office, code=OTHER, core_member="Heron", volunteers=["Ben Okafor"]
    )


def meeting(org: Org, name: str, circle: Circle | str, **fields: object) -> Meeting:
    values: dict[str, object] = {
        "circle_uuid": circle if isinstance(circle, str) else circle.uuid,
        "held_on": TODAY.isoformat(),
        "minutes": "We talked about the allotment.",
    }
    values.update(fields)
    return Meeting(uuid=new_record_id(), origin=org.device_id(name), **values)  # type: ignore[arg-type]


def concern(org: Org, name: str, circle: Circle, **fields: object) -> Concern:
    values: dict[str, object] = {
        "circle_uuid": circle.uuid,
        "raised_at": utc_now(),
        "level": 4,
        "category": "children",
        "description": "Seen waiting outside the primary school.",
    }
    values.update(fields)
    return Concern(uuid=new_record_id(), origin=org.device_id(name), **values)  # type: ignore[arg-type]


def lines(*records: Record) -> list[dict[str, object]]:
    return [line_for(record) for record in records]


def held(org: Org, data: bytes) -> importer.ImportResult:
    """Import ``data``: it must be held as out of scope, with nothing applied and the chain
    where it was; the bundle and its reason are kept for the coordinator."""
    before = {kind: store.count(org.office.conn, cls) for kind, cls in KINDS.items()}
    peer = org.peer("office", "alice")
    result = importer.import_bundle(org.office, data)
    assert result.state is State.OUT_OF_SCOPE
    assert result.outcomes == {}
    assert {kind: store.count(org.office.conn, cls) for kind, cls in KINDS.items()} == before
    assert org.peer("office", "alice") == peer
    (kept,) = registry.quarantined(org.office.conn)
    assert (kept.bundle.state, kept.bundle.data) == ("out-of-scope", data)
    assert kept.bundle.reason == str(result.reason)  # kept as the English sentence
    assert audit_actions(org.office)[-1] == "bundle.out-of-scope"
    return result


KINDS: dict[str, type[Record]] = {
    "meeting": Meeting,
    "attendance": Attendance,
    "concern": Concern,
    "contact": Contact,
    "hours": VolunteerHours,
    "review": Review,
}


def test_a_meeting_and_an_emergency_concern_in_a_circle_the_sender_is_not_in_are_held(
    org: Org,
) -> None:
    other = other_circle(org)
    own = meeting(org, "alice", org.circle(), minutes="An honest meeting in her own circle.")
    intruding = meeting(org, "alice", other)
    emergency = concern(org, "alice", other, meeting_uuid=intruding.uuid)
    data = org.forged("alice", lines(own, intruding, emergency))

    result = held(org, data)

    assert str(result.reason) == (
        f"The meeting of {TODAY.isoformat()} is for circle {OTHER}, which the sending device was "
        "not assigned to on that day. 1 more record(s) in it are outside the device's circles "
        "too. Nothing in the bundle was imported."
    )
    assert office.concern_queue(org.office) == []
    # The coordinator sees it with its reason and every record it holds, the honest one too.
    (view,) = conflicts.quarantined(org.office)
    assert (view.state, view.reason, view.sender_name) == (
        "out-of-scope",
        result.reason,
        "Alice Marsh",
    )
    # Found again when shown, so the page says it in the user's language (not the kept English).
    assert view.reason is not None and view.reason.code == "scope.held_more"
    assert {r.uuid for r in view.records} == {own.uuid, intruding.uuid, emergency.uuid}
    assert registry.peer_activity(org.office.conn)[org.device_id("alice")].quarantined == 1

    # Nothing is lost: once Alice is put in the circle, the same file imports whole.
    circles.add_volunteer(org.office, code=OTHER, name="Alice Marsh")
    again = importer.import_bundle(org.office, data)

    assert (again.state, again.outcomes, again.reason) == (State.READY, {"new": 3}, None)
    for record in (own, intruding, emergency):
        assert store.get(org.office.conn, type(record), record.uuid) == record
    assert registry.quarantined(org.office.conn) == []
    assert [(b.seq, b.state, b.reason) for b in registry.received(org.office.conn)] == [
        (1, "applied", None)
    ]


def test_reimporting_a_held_bundle_that_is_still_out_of_scope_changes_nothing(org: Org) -> None:
    other = other_circle(org)
    data = org.forged("alice", lines(meeting(org, "alice", other)))
    held(org, data)
    before = table_snapshot(org.office)

    assert importer.import_bundle(org.office, data).state is State.OUT_OF_SCOPE
    assert table_snapshot(org.office) == before


def test_attendance_added_to_another_volunteers_meeting_is_held(org: Org) -> None:
    bens = org.meeting("ben", minutes="Ben's meeting.")
    importer.import_bundle(org.office, org.send("ben"))
    row = Attendance(
        uuid=new_record_id(),
        origin=org.device_id("alice"),
        meeting_uuid=bens.uuid,
        person_uuid=org.person("alice"),
        status="present",
    )

    result = held(org, org.forged("alice", lines(row)))

    assert "recorded on another device" in str(result.reason)
    assert f"circle {CIRCLE}" in str(result.reason)
    assert store.find(org.office.conn, Attendance, meeting_uuid=bens.uuid) == []


def test_hours_booked_to_another_person_are_held(org: Org) -> None:
    hours = VolunteerHours(
        uuid=new_record_id(),
        origin=org.device_id("alice"),
        person_uuid=org.person("ben"),
        circle_uuid=org.circle().uuid,
        worked_on=TODAY.isoformat(),
        minutes=600,
    )

    result = held(org, org.forged("alice", lines(hours)))

    assert "booked to another person" in str(result.reason)


def test_a_contact_booked_to_another_person_is_held(org: Org) -> None:
    contact = Contact(
        uuid=new_record_id(),
        origin=org.device_id("alice"),
        circle_uuid=org.circle().uuid,
        person_uuid=org.person("ben"),
        contact_on=TODAY.isoformat(),
        summary="A phone call.",
    )
    assert "booked to another person" in str(held(org, org.forged("alice", lines(contact))).reason)


def test_a_meeting_for_a_circle_that_does_not_exist_is_held(org: Org) -> None:
    ghost = meeting(org, "alice", str(uuidlib.uuid4()))

    result = held(org, org.forged("alice", lines(ghost)))

    assert str(result.reason).startswith(
        f"The meeting of {TODAY.isoformat()} is for a circle that does not exist in this office."
    )


@pytest.mark.parametrize("reference", ["concern-to-meeting", "attendance-person", "minute-taker"])
def test_a_record_referring_to_a_record_in_another_circle_is_held(org: Org, reference: str) -> None:
    other = other_circle(org)
    # Ben's meeting in the other circle, imported: it exists, but not in Alice's circle.
    bens = meeting(org, "ben", other)
    assert importer.import_bundle(org.office, org.forged("ben", lines(bens))).state is State.READY
    heron = next(
        e.person.uuid for e in circles.roster(org.office, other.uuid) if e.person.name == "Heron"
    )
    own = meeting(org, "alice", org.circle())
    records: list[Record]
    if reference == "concern-to-meeting":
        records = [concern(org, "alice", org.circle(), meeting_uuid=bens.uuid)]
    elif reference == "attendance-person":
        records = [
            own,
            Attendance(
                uuid=new_record_id(),
                origin=org.device_id("alice"),
                meeting_uuid=own.uuid,
                person_uuid=heron,
                status="present",
            ),
        ]
    else:
        records = [meeting(org, "alice", org.circle(), minute_taker_uuid=heron)]

    result = held(org, org.forged("alice", lines(*records)))

    assert "refers to a record or person outside that circle" in str(result.reason)


def test_a_concern_about_a_meeting_the_office_does_not_hold_is_held(org: Org) -> None:
    lost = concern(org, "alice", org.circle(), meeting_uuid=new_record_id(), level=1)
    result = held(org, org.forged("alice", lines(lost)))
    assert "refers to a meeting this office does not hold" in str(result.reason)


def test_records_made_before_the_volunteer_left_still_import_and_later_ones_are_held(
    org: Org,
) -> None:
    before_leaving = org.meeting("alice", weeks_ago=2, minutes="Before she left the circle.")
    left_on = (TODAY - dt.timedelta(weeks=1)).isoformat()
    circles.remove_member(org.office, code=CIRCLE, name="Alice Marsh", left_on=left_on)

    result = importer.import_bundle(org.office, org.send("alice"))

    assert (result.state, result.outcomes) == (State.READY, {"new": 1})
    assert store.get(org.office.conn, Meeting, before_leaving.uuid) == before_leaving

    # Her laptop has not heard yet: a meeting after the leaving day is held, and the bundle
    # after it carries it again (nothing receipted), so it is held too: nothing is lost.
    after = org.meeting("alice", minutes="After she left.")
    first = org.send("alice")
    assert held(org, first).reason is not None
    later = org.meeting("alice", minutes="Later still.")
    second = org.send("alice")
    assert importer.import_bundle(org.office, second).state is State.OUT_OF_SCOPE
    assert store.get(org.office.conn, Meeting, after.uuid) is None

    # The coordinator decides she is in the circle after all: the later bundle brings both.
    circles.add_volunteer(org.office, code=CIRCLE, name="Alice Marsh", joined_on=left_on)
    # (the meeting from before she left comes again too: no receipt covered it yet)
    assert importer.import_bundle(org.office, second).outcomes == {"unchanged": 1, "new": 2}
    assert store.get(org.office.conn, Meeting, after.uuid) == after
    assert store.get(org.office.conn, Meeting, later.uuid) == later


def test_a_device_with_no_person_may_write_nothing(org: Org) -> None:
    own = meeting(org, "alice", org.circle())
    found = scope.violations(org.office.conn, [own], sender=org.device_id("alice"), person=None)
    assert [(v.uuid, v.problem) for v in found] == [(own.uuid, scope.Problem.NOT_ASSIGNED)]


def test_the_cli_prints_the_reason_and_exits_5(
    org: Org, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = other_circle(org)
    path = tmp_path / "alice-00001.cdb"
    path.write_bytes(org.forged("alice", lines(meeting(org, "alice", other))))
    passphrase = tmp_path / "passphrase"
    passphrase.write_text(PASSPHRASE)
    org.close("office")
    office = ["--data-dir", str(org.folders["office"]), "--passphrase-file", str(passphrase)]

    code = cli.main([*office, "import", str(path)])

    out = capsys.readouterr().out
    assert code == exits.HELD == 5
    assert "held for the coordinator" in out
    assert f"is for circle {OTHER}, which the sending device was not assigned to" in out
    # The coordinator finds it, with its reason, among the quarantined bundles.
    assert cli.main([*office, "quarantine", "list"]) == 0
    listed = capsys.readouterr().out
    assert "out-of-scope" in listed and "Alice Marsh" in listed
    assert f"is for circle {OTHER}, which the sending device was not assigned to" in listed
    assert cli.main([*office, "quarantine", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["state"], row["may_accept"]) == ("out-of-scope", True)
    assert row["reason"].startswith(f"The meeting of {TODAY.isoformat()} is for circle {OTHER}")


def test_the_coordinator_can_import_the_records_in_scope_and_keep_the_rest_held(
    org: Org,
) -> None:
    # A volunteer removed from a circle whose laptop has not heard yet would otherwise send the
    # out-of-scope record again in every bundle: the coordinator decides, with a note.
    other = other_circle(org)
    own = meeting(org, "alice", org.circle(), minutes="In her own circle.")
    intruding = meeting(org, "alice", other)
    data = org.forged("alice", lines(own, intruding))
    held(org, data)
    (view,) = conflicts.quarantined(org.office)
    assert view.may_accept

    outcomes = conflicts.accept_bundle(org.office, view.id, "Alice was never in SW-020.")

    assert outcomes == {"new": 1}
    assert store.get(org.office.conn, Meeting, own.uuid) == own
    assert store.get(org.office.conn, Meeting, intruding.uuid) is None
    # The chain moved on (the laptop's next reply receipts the bundle); the bundle stays kept
    # with the record left out, and the decision is recorded.
    assert org.peer("office", "alice").last_seq_in == 1
    (after,) = conflicts.quarantined(org.office)
    assert (after.state, after.bundle_hash) == ("out-of-scope", view.bundle_hash)
    assert intruding.uuid in {r.uuid for r in after.records}
    assert after.decision is not None
    assert after.decision.choice == conflicts.IMPORT_IN_SCOPE
    assert not after.may_accept
    assert audit_actions(org.office)[-2:] == ["bundle.rest-imported", "bundle.imported.sync"]
    # The same file again changes nothing.
    before = table_snapshot(org.office)
    assert importer.import_bundle(org.office, data).state is State.COVERED
    assert table_snapshot(org.office) == before


def test_importing_the_rest_is_refused_once_a_later_bundle_was_imported(org: Org) -> None:
    other = other_circle(org)
    held_data = org.forged("alice", lines(meeting(org, "alice", other)))
    held(org, held_data)
    later = org.forged("alice", lines(meeting(org, "alice", org.circle())))
    assert importer.import_bundle(org.office, later).state is State.READY
    (view,) = conflicts.quarantined(org.office)
    before = table_snapshot(org.office)

    with pytest.raises(ValidationError) as refused:
        conflicts.accept_bundle(org.office, view.id, "Too late.")

    assert str(refused.value).startswith("This bundle can no longer be imported")
    assert table_snapshot(org.office) == before
