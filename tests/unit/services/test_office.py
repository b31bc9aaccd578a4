"""The coordinator's day without a display: the inbox, the concern queue, its actions, replies.

Every test runs on a copy of one real organisation (office, Alice and Ben enrolled in SW-014
and welcomed) built once per session with the fast KDF.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from circlesdesk.domain.enums import ResponseAction
from circlesdesk.domain.records import Concern, ConcernResponse, new_record_id
from circlesdesk.errors import NotFoundError, RoleError, ValidationError
from circlesdesk.services import office, timeline
from circlesdesk.services import sync as sync_service
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.sync import importer
from circlesdesk.sync.importer import State
from circlesdesk.sync.keys import DeviceIdentity
from circlesdesk.vault import database, store
from tests.sync_kit import Org, audit_actions, forge, meeting_line

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def save(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def urgent_meeting(
    org: Org, name: str, *, level: int = 3, text: str = "He spoke of a breach."
) -> None:
    org.meeting(
        name,
        concerns=[
            ConcernInput(
                level=level,
                category="supervision",
                description=text,
                coordinator_phoned_at="2026-01-05T19:45:00+00:00",
            )
        ],
    )


def concern_at(org: Org, *, level: int, raised_at: dt.datetime, origin: str = "alice") -> Concern:
    """A concern from a volunteer's laptop, as if imported, raised at a given time."""
    concern = Concern(
        uuid=new_record_id(),
        origin=org.device_id(origin),
        circle_uuid=org.circle().uuid,
        raised_at=raised_at.isoformat(),
        level=level,
        category="loneliness",
        description="Spends every evening alone.",
    )
    with database.transaction(org.office.conn):
        store.apply_incoming(org.office.conn, concern)
    return concern


# -- the inbox ---------------------------------------------------------------------------------


def test_the_inbox_says_what_importing_each_file_would_do_and_writes_nothing(
    org: Org, inbox: Path
) -> None:
    urgent_meeting(org, "alice")
    ready = save(inbox, "alice-1.cdb", org.send("alice"))
    duplicate = save(inbox, "alice-0.cdb", ready.read_bytes())
    sync_service.import_file(org.office, duplicate)
    # Alice's laptop believes the office holds her bundle 2: bundle 3 must wait for it.
    waiting = save(
        inbox,
        "alice-3.cdb",
        forge(
            org.identity("alice"),
            org.office_key(),
            lines=[meeting_line(org.device_id("alice"), org.circle().uuid)],
            sequence=3,
            previous="00" * 32,
            last_receipt_seen=2,
        ),
    )
    stranger = DeviceIdentity.generate()
    forged = save(
        inbox,
        "forged.cdb",
        forge(
            stranger, org.office_key(), lines=[meeting_line(stranger.device_id, org.circle().uuid)]
        ),
    )
    sync_service.revoke(org.office, org.device_id("ben"), after_seq=0)
    org.meeting("ben")
    revoked = save(inbox, "ben-1.cdb", org.send("ben"))
    text = save(inbox, "notes.cdb", b"Dear coordinator, see you Monday.")
    changes = org.office.conn.total_changes

    items = office.inspect_files(org.office, [duplicate, waiting, forged, revoked, text, duplicate])

    assert org.office.conn.total_changes == changes
    assert [(i.path.name, i.state) for i in items] == [
        ("alice-0.cdb", "already-imported"),
        ("alice-3.cdb", "waiting"),
        ("forged.cdb", "invalid"),
        ("ben-1.cdb", "revoked"),
        ("notes.cdb", "invalid"),
    ]
    already, held, bad, gone, junk = items
    assert (already.sender_name, already.sequence) == ("Alice Marsh", 1)
    assert already.counts == {"meeting": 1, "concern": 1}
    assert already.reason == importer.state_message(State.ALREADY_IMPORTED)
    assert str(held.reason) == (
        "Waiting for an earlier bundle from the same device. Ask the volunteer for it."
    )
    assert bad.reason.code == "bundle.unknown_signer"
    assert str(bad.reason).startswith("This bundle comes from a device this vault does not know.")
    assert bad.sender is None and bad.data is None
    assert (gone.sender_name, gone.reason) == ("Ben Okafor", importer.state_message(State.REVOKED))
    assert str(junk.reason).startswith("This file is not a CirclesDesk bundle.")
    # A file that is ready says so.
    org.meeting("alice", minutes="The next week.")
    [fresh] = office.inspect_files(org.office, [save(inbox, "alice-2.cdb", org.send("alice"))])
    assert (fresh.state, fresh.ready, fresh.sequence) == ("ready", True, 2)


def test_a_restored_laptop_sending_a_number_again_is_shown_as_a_fork(
    org: Org, inbox: Path, tmp_path: Path
) -> None:
    backup = org.backup("alice", tmp_path / "alice-backup")
    org.meeting("alice", minutes="Before the restore.")
    sync_service.import_file(org.office, save(inbox, "first.cdb", org.send("alice")))
    org.restore("alice", backup)
    org.meeting("alice", minutes="After the restore.")
    [item] = office.inspect_files(org.office, [save(inbox, "again.cdb", org.send("alice"))])
    assert (item.state, item.sequence) == ("fork", 1)
    assert item.reason == importer.state_message(State.FORK)


def test_bundle_files_lists_only_bundles_in_a_folder(inbox: Path) -> None:
    for name in ("b.cdb", "a.cdb", "readme.txt"):
        (inbox / name).write_bytes(b"x")
    (inbox / "sub.cdb").mkdir()
    assert [p.name for p in office.bundle_files(inbox)] == ["a.cdb", "b.cdb"]


def test_import_all_ready_imports_each_in_order_and_puts_urgent_concerns_first(
    org: Org, inbox: Path
) -> None:
    org.meeting(
        "ben",
        concerns=[ConcernInput(level=1, category="loneliness", description="Quiet week.")],
    )
    ben = save(inbox, "ben-1.cdb", org.send("ben"))
    urgent_meeting(org, "alice", level=4, text="Threatened his neighbour.")
    first = save(inbox, "alice-1.cdb", org.send("alice"))
    org.meeting("alice", minutes="The week after.")
    second = save(inbox, "alice-2.cdb", org.send("alice"))
    junk = save(inbox, "junk.cdb", b"nothing")
    items = office.inspect_files(org.office, [second, junk, ben, first])
    seen: list[tuple[int, int]] = []

    summary = office.import_ready(
        org.office, items, progress=lambda done, total, _text: seen.append((done, total))
    )

    assert [(b.item.path.name, b.state) for b in summary.bundles] == [
        ("alice-1.cdb", "ready"),
        ("alice-2.cdb", "ready"),
        ("ben-1.cdb", "ready"),
    ]
    assert summary.applied == 3 and not summary.cancelled
    assert summary.arrived == {"meeting": 3, "concern": 2}
    assert [e.concern.description for e in summary.urgent] == ["Threatened his neighbour."]
    assert [e.concern.level for e in summary.concerns] == [4, 1]
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    assert org.peer("office", "alice").last_seq_in == 2
    assert audit_actions(org.office).count("bundle.imported.sync") == 3
    # Again: nothing is ready any more.
    again = office.inspect_files(org.office, [first, second, ben])
    assert {i.state for i in again} == {"already-imported"}
    assert office.import_ready(org.office, again).bundles == []


def test_stopping_an_import_keeps_what_was_imported(org: Org, inbox: Path) -> None:
    org.meeting("alice")
    org.meeting("ben")
    items = office.inspect_files(
        org.office,
        [save(inbox, "a.cdb", org.send("alice")), save(inbox, "b.cdb", org.send("ben"))],
    )
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    summary = office.import_ready(org.office, items, cancelled=cancelled)
    assert summary.cancelled
    assert len(summary.bundles) == 1
    assert store.count(org.office.conn, Concern) == 0
    assert sum(p.last_seq_in for p in (org.peer("office", "alice"), org.peer("office", "ben"))) == 1


# -- the concern queue -------------------------------------------------------------------------


def test_the_queue_is_sorted_by_urgency_then_age_with_due_clocks(org: Org) -> None:
    hour = dt.timedelta(hours=1)
    note_new = concern_at(org, level=0, raised_at=NOW - 2 * hour)
    note_old = concern_at(org, level=0, raised_at=NOW - 30 * hour)  # amber after 24 h of 48
    watch = concern_at(org, level=1, raised_at=NOW - 8 * 24 * hour)  # red after 7 days
    concern = concern_at(org, level=2, raised_at=NOW - 13 * hour, origin="ben")  # amber
    urgent = concern_at(org, level=3, raised_at=NOW - hour)  # red at once
    emergency = concern_at(org, level=4, raised_at=NOW - 0.1 * hour)
    answered = concern_at(org, level=3, raised_at=NOW - 3 * hour)
    office.acknowledge(org.office, answered.uuid)
    closed = concern_at(org, level=4, raised_at=NOW - 5 * hour)
    office.close(org.office, closed.uuid, "Police attended; no further action.")

    queue = office.concern_queue(org.office, now=NOW)

    assert [e.concern.uuid for e in queue] == [
        emergency.uuid,
        answered.uuid,
        urgent.uuid,
        concern.uuid,
        watch.uuid,
        note_old.uuid,
        note_new.uuid,
    ]
    clocks = {e.concern.uuid: e.clock for e in queue}
    assert clocks == {
        emergency.uuid: office.Clock.RED,
        answered.uuid: office.Clock.OK,
        urgent.uuid: office.Clock.RED,
        concern.uuid: office.Clock.AMBER,
        watch.uuid: office.Clock.RED,
        note_old.uuid: office.Clock.AMBER,
        note_new.uuid: office.Clock.OK,
    }
    by_id = {e.concern.uuid: e for e in queue}
    assert by_id[concern.uuid].due_at == NOW - 13 * hour + 24 * hour
    assert by_id[concern.uuid].volunteer == "Ben Okafor"
    assert by_id[concern.uuid].circle_code == "SW-014"
    assert by_id[emergency.uuid].level_name == "Emergency"
    assert by_id[urgent.uuid].due_at == NOW - hour
    assert by_id[answered.uuid].answered
    assert [r.action for r in by_id[answered.uuid].responses] == ["acknowledge"]
    # Level 2 turns red 24 hours after it was raised.
    later = office.concern_queue(org.office, now=NOW + 11 * hour)
    assert {e.concern.uuid: e.clock for e in later}[concern.uuid] is office.Clock.RED
    # A note (level 0) is never red, even long past its 48 hours: it stays "due soon".
    week_later = {
        e.concern.uuid: e.clock for e in office.concern_queue(org.office, now=NOW + 168 * hour)
    }
    assert week_later[note_old.uuid] is week_later[note_new.uuid] is office.Clock.AMBER


# -- actions -----------------------------------------------------------------------------------


def test_each_action_stores_its_response_with_an_audit_row(org: Org) -> None:
    concern = concern_at(org, level=2, raised_at=NOW)
    when = dt.datetime(2026, 3, 2, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))

    acknowledged = office.acknowledge(org.office, concern.uuid)
    responded = office.respond(org.office, concern.uuid, "  I will call his probation officer.  ")
    escalated = office.escalate(
        org.office,
        concern.uuid,
        agency="Probation (offender manager)",
        basis="Risk to a child: licence condition 4.",
        when=when,
    )
    closed = office.close(org.office, concern.uuid, "Licence recalled.")

    stored = store.find(org.office.conn, ConcernResponse, concern_uuid=concern.uuid)
    assert [r.uuid for r in stored] == [
        acknowledged.uuid,
        responded.uuid,
        escalated.uuid,
        closed.uuid,
    ]
    assert [r.action for r in stored] == ["acknowledge", "respond", "escalate", "close"]
    assert {r.origin for r in stored} == {org.device_id("office")}
    assert stored[1].text == "I will call his probation officer."
    assert (stored[2].agency, stored[2].basis, stored[2].responded_at) == (
        "Probation (offender manager)",
        "Risk to a child: licence condition 4.",
        "2026-03-02T09:30:00+00:00",
    )
    assert stored[3].outcome == "Licence recalled."
    assert audit_actions(org.office)[-4:] == [
        "concern.acknowledge",
        "concern.respond",
        "concern.escalate",
        "concern.close",
    ]
    assert office.concern_queue(org.office, now=NOW) == []
    with pytest.raises(ValidationError, match="already closed"):
        office.respond(org.office, concern.uuid, "Too late.")


def test_actions_refuse_what_is_missing_and_store_nothing(org: Org) -> None:
    concern = concern_at(org, level=3, raised_at=NOW)
    with pytest.raises(ValidationError, match="response"):
        office.respond(org.office, concern.uuid, "   ")
    with pytest.raises(ValidationError, match="basis"):
        office.escalate(org.office, concern.uuid, agency="Police", basis="", when=NOW)
    with pytest.raises(ValidationError, match="future"):
        office.escalate(
            org.office,
            concern.uuid,
            agency="Police",
            basis="Imminent risk.",
            when=dt.datetime.now(dt.UTC) + dt.timedelta(hours=2),
        )
    with pytest.raises(ValidationError, match="outcome"):
        office.close(org.office, concern.uuid, "")
    with pytest.raises(NotFoundError):
        office.acknowledge(org.office, new_record_id())
    assert store.count(org.office.conn, ConcernResponse) == 0


def test_only_the_office_may_act_on_concerns(org: Org) -> None:
    with pytest.raises(RoleError):
        office.acknowledge(org.alice, new_record_id())
    with pytest.raises(RoleError):
        office.inspect_files(org.alice, [])


# -- replies -----------------------------------------------------------------------------------


def test_replies_carry_the_response_back_to_the_volunteer(
    org: Org, inbox: Path, tmp_path: Path
) -> None:
    urgent_meeting(org, "alice", text="He missed his curfew twice.")
    items = office.inspect_files(org.office, [save(inbox, "alice-1.cdb", org.send("alice"))])
    [entry] = office.import_ready(org.office, items).urgent
    office.respond(org.office, entry.concern.uuid, "Thank you. I have told his probation officer.")
    office.escalate(
        org.office,
        entry.concern.uuid,
        agency="Probation",
        basis="Possible licence breach.",
        when=dt.datetime.now(dt.UTC),
    )
    outbox = tmp_path / "outbox"
    outbox.mkdir()

    paths = office.write_replies(org.office, outbox)

    assert len(paths) == 2 and all(p.parent == outbox and p.exists() for p in paths)
    alice_id = org.device_id("alice")
    [reply] = [p for p in paths if alice_id[:8] in p.name]
    result = sync_service.import_file(org.alice, reply)
    assert result.state is State.READY
    [shown] = [
        e
        for e in timeline.circle_timeline(org.alice, org.circle("alice").uuid)
        if e.record.uuid == entry.concern.uuid
    ]
    assert [(r.action, r.text, r.agency) for r in shown.responses] == [
        (ResponseAction.RESPOND.value, "Thank you. I have told his probation officer.", None),
        (ResponseAction.ESCALATE.value, "", "Probation"),
    ]
    assert org.peer("alice", "office").acked_seq_out == 1


def test_replies_skip_revoked_devices_and_need_a_folder(org: Org, tmp_path: Path) -> None:
    sync_service.revoke(org.office, org.device_id("ben"))
    outbox = tmp_path / "outbox"
    with pytest.raises(sync_service.WriteFailed):
        office.write_replies(org.office, outbox)
    outbox.mkdir()
    [path] = office.write_replies(org.office, outbox)
    assert org.device_id("alice")[:8] in path.name


# -- one bad row never hides the others (issue #11) -------------------------------------------


def test_the_queue_among_some_concerns_gives_their_full_entries_and_leaves_closed_ones_out(
    org: Org,
) -> None:
    hour = dt.timedelta(hours=1)
    watch = concern_at(org, level=1, raised_at=NOW - 8 * 24 * hour)
    urgent = concern_at(org, level=3, raised_at=NOW - hour, origin="ben")
    answered = concern_at(org, level=2, raised_at=NOW - 3 * hour)
    office.acknowledge(org.office, answered.uuid)
    closed = concern_at(org, level=4, raised_at=NOW - 5 * hour)
    office.close(org.office, closed.uuid, "Police attended; no further action.")
    concern_at(org, level=4, raised_at=NOW - 2 * hour)  # open, not asked for
    asked = [watch.uuid, closed.uuid, answered.uuid, urgent.uuid, new_record_id(), watch.uuid]

    some = office.concern_queue(org.office, now=NOW, among=asked)

    full = {e.concern.uuid: e for e in office.concern_queue(org.office, now=NOW)}
    assert some == [full[urgent.uuid], full[answered.uuid], full[watch.uuid]]
    assert office.concern_queue(org.office, now=NOW, among=[]) == []


def test_a_concern_stored_at_9999_is_left_out_and_the_queue_lists_the_real_ones(
    org: Org, caplog: pytest.LogCaptureFixture
) -> None:
    # A vault written before dates were bounded (or edited by hand) holds a concern raised at
    # 9999-12-31: once every read of the queue failed on it, hiding the real urgent concerns.
    urgent = concern_at(org, level=3, raised_at=NOW - dt.timedelta(hours=1))
    poisoned = concern_at(org, level=4, raised_at=NOW - dt.timedelta(hours=2))
    note = concern_at(org, level=0, raised_at=NOW - dt.timedelta(hours=3))
    with database.transaction(org.office.conn):
        org.office.conn.execute(
            "UPDATE concern SET raised_at = '9999-12-31T23:59:59+00:00' WHERE uuid = ?",
            (poisoned.uuid,),
        )
    before = store.unreadable_counts().get("concern", 0)

    queue = office.concern_queue(org.office, now=NOW)

    assert [e.concern.uuid for e in queue] == [urgent.uuid, note.uuid]
    assert store.unreadable_counts()["concern"] == before + 1
    assert f"concern record could not be read and was left out of a list: {poisoned.uuid}" in (
        caplog.text
    )
    # The circle's history shows the others too.
    shown = [e.record.uuid for e in timeline.circle_timeline(org.office, org.circle().uuid)]
    assert set(shown) == {urgent.uuid, note.uuid}
