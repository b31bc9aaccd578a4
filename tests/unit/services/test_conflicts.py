"""Conflicts and forks without a display: both sides shown, decisions stored, bad input refused.

Conflicts and forks are made by the real importer on copies of one real organisation (office,
Alice and Ben enrolled in SW-014): a conflict is a bundle Alice's real key signs, next in her
chain, carrying her meeting again under the same revision with other minutes; a fork is what
her laptop sends after it was restored from a backup.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from circlesdesk.domain.records import Meeting, new_record_id
from circlesdesk.errors import NotFoundError, RoleError, ValidationError
from circlesdesk.services import conflicts
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import importer
from circlesdesk.sync.importer import State
from circlesdesk.vault import registry, store
from tests.sync_kit import (
    OFFICE_NAME,
    Org,
    audit_actions,
    forge,
    line_for,
    table_snapshot,
)

ORIGINAL = "We talked about the allotment."
ALTERED = "We talked about moving house."
AFTER_RESTORE = "After the restore we talked about work."


def alice_sends(org: Org, *records: Meeting) -> bytes:
    """A bundle Alice's real key signs, next in her chain as the office holds it."""
    peer = org.peer("office", "alice")
    return forge(
        org.identity("alice"),
        org.office_key(),
        lines=[line_for(record) for record in records],
        sequence=peer.last_seq_in + 1,
        previous=peer.last_hash_in,
        last_receipt_seen=peer.last_seq_in,
    )


def make_conflict(org: Org, *, minutes: str = ALTERED) -> Meeting:
    """Alice's meeting imported, then the same revision with other minutes: one conflict.
    Returns the meeting as the office holds it."""
    original = org.meeting("alice", minutes=ORIGINAL)
    importer.import_bundle(org.office, org.send("alice"))
    altered = dataclasses.replace(original, minutes=minutes)
    assert importer.import_bundle(org.office, alice_sends(org, altered)).outcomes == {"conflict": 1}
    return original


def make_fork(org: Org, tmp_path: Path) -> Meeting:
    """Alice's laptop restored from a backup sends bundle 1 again with other content.
    Returns the meeting only the quarantined bundle holds."""
    backup = org.backup("alice", tmp_path / "alice-backup")
    org.meeting("alice", minutes=ORIGINAL)
    importer.import_bundle(org.office, org.send("alice"))
    org.restore("alice", backup)
    other = org.meeting("alice", minutes=AFTER_RESTORE)
    assert importer.import_bundle(org.office, org.send("alice")).state is State.FORK
    return other


def row(view: conflicts.ConflictView | conflicts.QuarantinedView, label: str) -> tuple[str, ...]:
    """(office's value, incoming value, "differs"/"same") of the first comparison line."""
    found = next(f for f in view.fields if f.label == label)
    return found.local, found.incoming, "differs" if found.differs else "same"


# -- conflicts -----------------------------------------------------------------------------------


def test_a_conflict_is_listed_with_both_sides_field_by_field(org: Org) -> None:
    original = make_conflict(org)

    (view,) = conflicts.conflicts(org.office)

    assert (view.kind, view.uuid, view.sender, view.sender_name) == (
        "meeting",
        original.uuid,
        org.device_id("alice"),
        "Alice Marsh",
    )
    assert view.local == original
    assert view.against == original
    assert not view.moved_on
    assert isinstance(view.incoming, Meeting) and view.incoming.minutes == ALTERED
    assert row(view, "Minutes") == (ORIGINAL, ALTERED, "differs")
    assert row(view, "Revision") == ("1", "1", "same")
    assert row(view, "Made on") == ("Alice Marsh", "Alice Marsh", "same")
    assert row(view, "Circle") == ("SW-014", "SW-014", "same")
    assert view.decision is None


def test_taking_theirs_stores_the_incoming_revision_in_place_of_ours(org: Org) -> None:
    original = make_conflict(org)
    (view,) = conflicts.conflicts(org.office)

    decision = conflicts.decide_conflict(
        org.office, view.id, conflicts.TAKE_THEIRS, "  Alice confirmed the new minutes.  "
    )

    stored = store.get(org.office.conn, Meeting, original.uuid)
    assert stored is not None
    assert (stored.revision, stored.origin, stored.minutes) == (1, original.origin, ALTERED)
    assert store.history(org.office.conn, Meeting, original.uuid) == [original]
    assert (decision.choice, decision.note, decision.by) == (
        conflicts.TAKE_THEIRS,
        "Alice confirmed the new minutes.",
        OFFICE_NAME,
    )
    assert decision.at
    assert registry.open_conflicts(org.office.conn) == 0
    assert audit_actions(org.office)[-1] == "conflict.take-theirs"
    (after,) = conflicts.conflicts(org.office)
    assert after.decision == decision
    assert after.local == stored
    # Alice's next revision follows on: an update, not a new conflict.
    later = original.revised(minutes="Later.")
    assert importer.import_bundle(org.office, alice_sends(org, later)).outcomes == {"updated": 1}
    assert registry.open_conflicts(org.office.conn) == 0
    # The note is never written to the audit log.
    details = [r[0] for r in org.office.conn.execute("SELECT detail FROM audit_log")]
    assert not any("confirmed" in detail for detail in details)


def test_keeping_ours_changes_no_record(org: Org) -> None:
    original = make_conflict(org)
    (view,) = conflicts.conflicts(org.office)
    meetings_before = table_snapshot(org.office)["meeting"]

    decision = conflicts.decide_conflict(
        org.office, view.id, conflicts.KEEP_OURS, "The altered copy is a mistake."
    )

    assert table_snapshot(org.office)["meeting"] == meetings_before
    assert store.get(org.office.conn, Meeting, original.uuid) == original
    assert store.history(org.office.conn, Meeting, original.uuid) == []
    assert decision.choice == conflicts.KEEP_OURS
    assert audit_actions(org.office)[-1] == "conflict.keep-ours"
    assert registry.open_conflicts(org.office.conn) == 0


def test_taking_theirs_after_the_record_moved_on_moves_the_revision_forward(org: Org) -> None:
    original = make_conflict(org)
    revised = original.revised(minutes="Revised.")
    assert importer.import_bundle(org.office, alice_sends(org, revised)).outcomes == {"updated": 1}
    (view,) = conflicts.conflicts(org.office)
    assert view.moved_on and view.local == revised and view.against == original
    assert row(view, "Revision") == ("2", "1", "differs")

    conflicts.decide_conflict(org.office, view.id, conflicts.TAKE_THEIRS, "As agreed by phone.")

    stored = store.get(org.office.conn, Meeting, original.uuid)
    assert stored is not None and (stored.revision, stored.minutes) == (3, ALTERED)
    assert store.history(org.office.conn, Meeting, original.uuid) == [original, revised]


def test_another_devices_record_can_never_be_taken(org: Org) -> None:
    # Once "take theirs" stored Ben's minutes as a new revision of Alice's record: one person's
    # text under another's origin (issue #11). Now only "keep ours" is possible.
    original = org.meeting("alice", minutes=ORIGINAL)
    importer.import_bundle(org.office, org.send("alice"))
    impostor = dataclasses.replace(original, origin=org.device_id("ben"), minutes=ALTERED)
    sequence, previous, receipt = org.next_in_chain("ben")
    data = forge(
        org.identity("ben"),
        org.office_key(),
        lines=[line_for(impostor)],
        sequence=sequence,
        previous=previous,
        last_receipt_seen=receipt,
    )
    importer.import_bundle(org.office, data)
    (view,) = conflicts.conflicts(org.office)
    assert view.sender_name == "Ben Okafor"
    assert row(view, "Made on") == ("Alice Marsh", "Ben Okafor", "differs")

    assert view.foreign
    before = table_snapshot(org.office)

    with pytest.raises(ValidationError) as refused:
        conflicts.decide_conflict(org.office, view.id, conflicts.TAKE_THEIRS, "Checked with both.")

    assert "another device" in str(refused.value)
    assert table_snapshot(org.office) == before
    assert store.get(org.office.conn, Meeting, original.uuid) == original
    conflicts.decide_conflict(org.office, view.id, conflicts.KEEP_OURS, "Asked Ben.")
    assert store.get(org.office.conn, Meeting, original.uuid) == original
    assert store.history(org.office.conn, Meeting, original.uuid) == []


def test_open_conflicts_come_before_decided_ones(org: Org) -> None:
    first = make_conflict(org)
    second = dataclasses.replace(first, uuid=new_record_id(), minutes="Second meeting.")
    importer.import_bundle(org.office, alice_sends(org, second))
    importer.import_bundle(
        org.office, alice_sends(org, dataclasses.replace(second, minutes="Other."))
    )
    listed = conflicts.conflicts(org.office)
    assert [v.uuid for v in listed] == [first.uuid, second.uuid]

    conflicts.decide_conflict(org.office, listed[0].id, conflicts.KEEP_OURS, "Ours is right.")

    assert [(v.uuid, v.decision is None) for v in conflicts.conflicts(org.office)] == [
        (second.uuid, True),
        (first.uuid, False),
    ]


# conflict_id None stands for the id of the real conflict.
@pytest.mark.parametrize(
    ("conflict_id", "decision", "note", "error", "sentence"),
    [
        ("1", conflicts.TAKE_THEIRS, "A note.", NotFoundError, "does not exist"),
        (999, conflicts.TAKE_THEIRS, "A note.", NotFoundError, "does not exist"),
        (True, conflicts.KEEP_OURS, "A note.", NotFoundError, "does not exist"),
        (None, conflicts.TAKE_THEIRS, "   ", ValidationError, "Write a note"),
        (None, "merge both", "A note.", ValidationError, "keep ours"),
        (None, conflicts.KEEP_OURS, "x" * 2001, ValidationError, "too long"),
    ],
)
def test_bad_input_on_a_conflict_stores_nothing(
    org: Org,
    conflict_id: object,
    decision: str,
    note: str,
    error: type[Exception],
    sentence: str,
) -> None:
    make_conflict(org)
    (view,) = conflicts.conflicts(org.office)
    before = table_snapshot(org.office)

    with pytest.raises(error, match=sentence):
        conflicts.decide_conflict(
            org.office,
            view.id if conflict_id is None else conflict_id,  # type: ignore[arg-type]
            decision,
            note,
        )

    assert table_snapshot(org.office) == before


def test_a_conflict_cannot_be_decided_twice(org: Org) -> None:
    make_conflict(org)
    (view,) = conflicts.conflicts(org.office)
    conflicts.decide_conflict(org.office, view.id, conflicts.KEEP_OURS, "Ours is right.")
    before = table_snapshot(org.office)

    with pytest.raises(ValidationError, match="already been decided"):
        conflicts.decide_conflict(org.office, view.id, conflicts.TAKE_THEIRS, "Changed my mind.")

    assert table_snapshot(org.office) == before


def test_a_volunteers_vault_can_neither_list_nor_decide(org: Org) -> None:
    before = table_snapshot(org.alice)
    for call in (
        lambda: conflicts.conflicts(org.alice),
        lambda: conflicts.quarantined(org.alice),
        lambda: conflicts.decide_conflict(org.alice, 1, conflicts.KEEP_OURS, "A note."),
        lambda: conflicts.decide_bundle(org.alice, 1, "A note."),
    ):
        with pytest.raises(RoleError, match="coordinator"):
            call()
    assert table_snapshot(org.alice) == before


# -- quarantined bundles ------------------------------------------------------------------------


def test_a_fork_is_shown_beside_the_bundle_imported_under_its_number(
    org: Org, tmp_path: Path
) -> None:
    other = make_fork(org, tmp_path)
    applied = registry.received(org.office.conn, state="applied")[-1]

    (view,) = conflicts.quarantined(org.office)

    assert (view.sender_name, view.seq, view.state, view.unreadable) == (
        "Alice Marsh",
        1,
        "fork",
        None,
    )
    assert view.imported == applied
    assert view.counts == {"meeting": 1} == applied.counts
    assert view.bundle_hash != applied.bundle_hash
    assert row(view, "Sequence number") == ("1", "1", "same")
    assert row(view, "Records") == ("meeting × 1", "meeting × 1", "same")
    assert row(view, "Bundle hash") == (
        applied.bundle_hash[:16],
        view.bundle_hash[:16],
        "differs",
    )
    assert [r.uuid for r in view.records] == [other.uuid]
    # The quarantined meeting is not in the office vault: its side of each line is empty.
    minutes = next(f for f in view.fields if f.kind == "meeting" and f.label == "Minutes")
    assert (minutes.number, minutes.local, minutes.incoming, minutes.differs) == (
        1,
        "",
        AFTER_RESTORE,
        True,
    )
    assert view.decision is None


def test_setting_a_fork_aside_records_the_decision_and_never_imports_it(
    org: Org, tmp_path: Path
) -> None:
    other = make_fork(org, tmp_path)
    (view,) = conflicts.quarantined(org.office)

    decision = conflicts.decide_bundle(org.office, view.id, "Alice's laptop was restored.")

    assert (decision.choice, decision.note, decision.by) == (
        conflicts.SET_ASIDE,
        "Alice's laptop was restored.",
        OFFICE_NAME,
    )
    assert store.get(org.office.conn, Meeting, other.uuid) is None
    (kept,) = registry.quarantined(org.office.conn)
    assert (kept.bundle.state, kept.decision) == ("fork", decision)
    assert kept.bundle.data is not None  # still kept
    assert audit_actions(org.office)[-1] == "bundle.set-aside"
    (after,) = conflicts.quarantined(org.office)
    assert after.decision == decision
    before = table_snapshot(org.office)
    with pytest.raises(ValidationError, match="already been decided"):
        conflicts.decide_bundle(org.office, view.id, "Again.")
    assert table_snapshot(org.office) == before


def test_accepting_a_forks_records_stores_them_as_an_import_would(org: Org, tmp_path: Path) -> None:
    other = make_fork(org, tmp_path)
    (view,) = conflicts.quarantined(org.office)
    assert (view.may_accept, view.already_held, len(view.records)) == (True, 0, 1)
    peer_before = org.peer("office", "alice")

    outcomes = conflicts.accept_bundle(org.office, view.id, "Looked at it with Alice.")

    assert outcomes == {"new": 1}
    assert store.get(org.office.conn, Meeting, other.uuid) == other
    assert org.peer("office", "alice") == peer_before  # the chain does not move
    (after,) = conflicts.quarantined(org.office)
    assert after.decision is not None and after.decision.choice == conflicts.ACCEPT_RECORDS
    assert (after.already_held, after.may_accept) == (1, False)
    assert audit_actions(org.office)[-1] == "bundle.fork-accepted"
    before = table_snapshot(org.office)
    with pytest.raises(ValidationError, match="already been decided"):
        conflicts.accept_bundle(org.office, view.id, "Again.")
    assert table_snapshot(org.office) == before


def test_a_revoked_devices_bundle_cannot_be_accepted(org: Org) -> None:
    sync_service.revoke(org.office, org.device_id("alice"), after_seq=0)
    late = org.meeting("alice", minutes=ORIGINAL)
    importer.import_bundle(org.office, org.send("alice"))
    (view,) = conflicts.quarantined(org.office)
    assert not view.may_accept
    before = table_snapshot(org.office)

    with pytest.raises(ValidationError, match="Only the records of a fork"):
        conflicts.accept_bundle(org.office, view.id, "A note.")

    assert table_snapshot(org.office) == before
    assert store.get(org.office.conn, Meeting, late.uuid) is None


def test_a_revoked_devices_bundle_is_listed_with_the_revocation(org: Org) -> None:
    sync_service.revoke(org.office, org.device_id("alice"), after_seq=0)
    late = org.meeting("alice", minutes=ORIGINAL)
    assert importer.import_bundle(org.office, org.send("alice")).state is State.REVOKED

    (view,) = conflicts.quarantined(org.office)

    assert (view.state, view.revoked_after, view.imported) == ("revoked", 0, None)
    assert row(view, "Sequence number") == ("revoked after 0", "1", "differs")
    assert [r.uuid for r in view.records] == [late.uuid]


@pytest.mark.parametrize(
    ("which", "note", "error", "sentence"),
    [
        ("unknown", "A note.", NotFoundError, "does not exist"),
        ("applied", "A note.", NotFoundError, "does not exist"),
        ("fork", "", ValidationError, "Write a note"),
    ],
)
def test_bad_input_on_a_bundle_stores_nothing(
    org: Org, tmp_path: Path, which: str, note: str, error: type[Exception], sentence: str
) -> None:
    make_fork(org, tmp_path)
    ids = {
        "unknown": 999,
        "applied": registry.received(org.office.conn, state="applied")[-1].id,
        "fork": registry.quarantined(org.office.conn)[0].bundle.id,
    }
    before = table_snapshot(org.office)

    with pytest.raises(error, match=sentence):
        conflicts.decide_bundle(org.office, ids[which], note)

    assert table_snapshot(org.office) == before


def test_nothing_kept_lists_nothing(org: Org) -> None:
    org.meeting("alice")
    importer.import_bundle(org.office, org.send("alice"))
    assert conflicts.conflicts(org.office) == []
    assert conflicts.quarantined(org.office) == []
