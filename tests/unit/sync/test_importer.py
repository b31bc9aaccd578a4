"""The importer: each device's sequence chain, records, receipts, retention, and hostile bundles.

Every test runs the real services on real vaults (SQLCipher, real keys), copied from one
organisation made per session: an office and two volunteers, Alice and Ben, enrolled in circle
SW-014 and welcomed. Hostile bundles come from ``tests.sync_kit.forge``: what software on an
enrolled laptop could sign with the laptop's real key. A refused bundle must raise the exact
BundleError class for its reason, with one plain sentence, and leave every table of the vault
as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import threading
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from circlesdesk import cli
from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import Attendance, Concern, Meeting, OfficeConfig, canonical_json
from circlesdesk.messages import Message
from circlesdesk.services import circles, meetings, office
from circlesdesk.services import conflicts as conflict_views
from circlesdesk.services import sync as sync_service
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.sync import codec, importer, items, trust
from circlesdesk.sync.errors import (
    BadSignature,
    BodyHashMismatch,
    BundleError,
    DanglingReference,
    ForeignOriginRecord,
    ImportInterrupted,
    InvalidRecord,
    NewerBundleSchema,
    RecordTooLarge,
    SenderMismatch,
    SequenceJump,
    TextTooLong,
    UnexpectedBundle,
    UnexpectedRecordKind,
    UnknownSigner,
    WrongRecipient,
)
from circlesdesk.sync.importer import State
from circlesdesk.sync.keys import DeviceIdentity, PublicIdentity
from circlesdesk.vault import audit, database, registry, search, store
from circlesdesk.vault.migrations import LATEST_VERSION
from circlesdesk.vault.vault import Vault
from tests.sync_kit import (
    VOLUNTEER_NAMES,
    Org,
    audit_actions,
    body_bytes,
    count,
    decrypt,
    deflated_line,
    encrypt,
    forge,
    frame,
    line_for,
    meeting_line,
    table_snapshot,
)
from tests.vault_kit import PASSPHRASE, new_vault

_PLAIN = re.compile(r"[A-Z][^\n\r\t{}<>\\]*[.]")


def assert_plain_sentence(error: BaseException) -> None:
    """One or two plain sentences, nothing read from the file (no ids, no bytes, no class)."""
    text = str(error)
    assert _PLAIN.fullmatch(text), text
    assert not re.search(r"[0-9a-f]{8,}|\\x|b'", text), text
    assert type(error).__name__ not in text


def refused(
    vault: Vault,
    data: bytes,
    error: type[BundleError],
    *,
    limits: codec.Limits | None = None,
    checked_first: bool = True,
) -> BundleError:
    """Import ``data``, expecting exactly ``error``; the vault must be left exactly as it was.

    ``checked_first``: refused by the checks, before the import wrote anything at all (a write
    rolled back still counts in ``total_changes``).
    """
    before = table_snapshot(vault)
    changes = vault.conn.total_changes
    with pytest.raises(BundleError) as caught:
        importer.import_bundle(vault, data, limits=limits)
    assert type(caught.value) is error
    assert_plain_sentence(caught.value)
    if checked_first:
        assert vault.conn.total_changes == changes
    assert table_snapshot(vault) == before
    return caught.value


def alice_forges(org: Org, lines: list[dict[str, Any]], **header: Any) -> bytes:
    """A bundle Alice's real key signs, next in her chain, holding ``lines`` as they are."""
    sequence, previous, receipt = org.next_in_chain("alice")
    fields: dict[str, Any] = {
        "sequence": sequence,
        "previous": previous,
        "last_receipt_seen": receipt,
    }
    fields.update(header)
    return forge(org.identity("alice"), org.office_key(), lines=lines, **fields)


def received(vault: Vault, sender: str) -> list[tuple[int, str, bytes | None]]:
    return [(b.seq, b.state, b.data) for b in registry.received(vault.conn, sender=sender)]


def device_row(org: Org, name: str) -> sync_service.DeviceRow:
    """The office's `devices` row for a volunteer's laptop."""
    (row,) = [r for r in sync_service.devices(org.office) if r.peer.name == VOLUNTEER_NAMES[name]]
    return row


# -- the sequence chain ------------------------------------------------------------------------


def test_the_next_bundle_in_the_chain_is_applied_with_its_audit_row(org: Org) -> None:
    meeting = org.meeting(
        "alice",
        present=["Alice Marsh", "Kestrel"],
        concerns=[
            ConcernInput(
                level=3,
                category="supervision",
                description="Missed curfew.",
                coordinator_phoned_at="2026-01-05T19:45:00+00:00",
            )
        ],
    )
    result = importer.import_bundle(org.office, org.send("alice"))

    assert result.state is State.READY
    assert result.sender == org.device_id("alice") and result.sequence == 1
    assert result.counts == {"meeting": 1, "attendance": 2, "concern": 1}
    assert result.outcomes == {"new": 4}
    assert store.get(org.office.conn, Meeting, meeting.uuid) == meeting
    (concern,) = store.find(org.office.conn, Concern, meeting_uuid=meeting.uuid)
    assert (concern.level, concern.category) == (3, "supervision")
    assert org.peer("office", "alice").last_seq_in == 1
    assert audit_actions(org.office)[-1] == "bundle.imported.sync"
    assert audit.verify(org.office.conn).ok
    assert database.integrity_ok(org.office.conn)


def test_an_already_imported_bundle_changes_nothing_and_the_cli_says_so(
    org: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    org.meeting("alice")
    data = org.send("alice")
    importer.import_bundle(org.office, data)
    before = table_snapshot(org.office)

    again = importer.import_bundle(org.office, data)
    assert (again.state, again.outcomes) == (State.ALREADY_IMPORTED, {})
    assert table_snapshot(org.office) == before

    path = tmp_path / "bundle.cdb"
    path.write_bytes(data)
    org.close("office")
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    code = cli.main(["--data-dir", str(org.folders["office"]), "import", str(path)])
    shown = capsys.readouterr()
    assert code == 0
    assert shown.err == ""
    assert shown.out.strip() == f"{path}: Alice Marsh (bundle 1): Already imported; nothing to do."
    assert table_snapshot(org.office) == before


def test_a_bundle_that_leaves_a_gap_is_held_and_applied_once_the_gap_is_filled(
    org: Org, tmp_path: Path
) -> None:
    """What is built: the office restores a backup taken before it imported Alice's bundle 1,
    after Alice already had the receipt for bundle 1. Her bundle 2 then carries only what she
    wrote since that receipt (its last_receipt_seen is 1) while the office holds nothing from
    her (last 0): bundle 2 must wait for bundle 1, whose file is still in the coordinator's
    mail. Importing bundle 1 then applies both."""
    backup = org.backup("office", tmp_path / "office-backup")
    first = org.meeting("alice", minutes="The first meeting.")
    bundle1 = org.send("alice")
    importer.import_bundle(org.office, bundle1)
    assert importer.import_bundle(org.alice, org.reply("alice")).state is State.READY
    assert sync_service.sync_status(org.alice).last_receipt == 1
    office = org.restore("office", backup)

    second = org.meeting("alice", minutes="The second meeting.")
    bundle2 = org.send("alice")
    held = importer.import_bundle(office, bundle2)

    assert (held.state, held.sequence, held.outcomes) == (State.WAITING, 2, {})
    assert store.get(office.conn, Meeting, second.uuid) is None
    assert received(office, org.device_id("alice")) == [(2, "held", bundle2)]
    assert device_row(org, "alice").held == 1
    assert audit_actions(office)[-1] == "bundle.held"
    before = table_snapshot(office)
    assert importer.import_bundle(office, bundle2).state is State.WAITING
    assert table_snapshot(office) == before

    done = importer.import_bundle(office, bundle1)

    assert (done.state, done.then_applied) == (State.READY, (2,))
    assert store.get(office.conn, Meeting, first.uuid) == first
    assert store.get(office.conn, Meeting, second.uuid) == second
    assert received(office, org.device_id("alice")) == [(1, "applied", None), (2, "applied", None)]
    assert org.peer("office", "alice").last_seq_in == 2
    assert device_row(org, "alice").held == 0
    # Bundle 2 signs back the head of the office's log as Alice saw it after bundle 1: the
    # restored log went on from the backup with other entries, and the import says so.
    assert audit_actions(office)[-3:] == [
        "bundle.imported.sync",
        "audit.witness-broken",
        "bundle.imported.sync",
    ]


@pytest.mark.parametrize("receipt_first", [False, True], ids=["no-receipt-yet", "after-a-receipt"])
def test_a_lost_bundle_costs_nothing_the_next_one_carries_it(org: Org, receipt_first: bool) -> None:
    if receipt_first:
        org.meeting("alice", minutes="Receipted already.")
        importer.import_bundle(org.office, org.send("alice"))
        importer.import_bundle(org.alice, org.reply("alice"))
    lost_meeting = org.meeting("alice", minutes="Written before the lost bundle.")
    lost = org.send("alice")
    later_meeting = org.meeting("alice", minutes="Written after it.")
    later = org.send("alice")

    result = importer.import_bundle(org.office, later)

    assert result.state is State.READY
    assert result.counts == {"meeting": 2}
    assert store.get(org.office.conn, Meeting, lost_meeting.uuid) == lost_meeting
    assert store.get(org.office.conn, Meeting, later_meeting.uuid) == later_meeting
    # The lost file turning up later is covered by the one already imported.
    before = table_snapshot(org.office)
    assert importer.import_bundle(org.office, lost).state is State.COVERED
    assert table_snapshot(org.office) == before


def test_a_lost_reply_costs_nothing_the_next_one_carries_the_receipt(org: Org) -> None:
    for number in range(3):
        org.meeting("alice", minutes=f"Meeting {number + 1}.")
        importer.import_bundle(org.office, org.send("alice"))
    lost = org.reply("alice")
    later = org.reply("alice")

    result = importer.import_bundle(org.alice, later)

    assert result.state is State.READY
    status = sync_service.sync_status(org.alice)
    assert (status.last_receipt, status.unsynced) == (3, {})
    assert importer.import_bundle(org.alice, lost).state is State.COVERED


def test_a_restored_laptop_that_sends_a_number_again_with_other_content_is_a_fork(
    org: Org, tmp_path: Path
) -> None:
    backup = org.backup("alice", tmp_path / "alice-backup")
    org.meeting("alice", minutes="Before the laptop was restored.")
    importer.import_bundle(org.office, org.send("alice"))
    org.restore("alice", backup)
    other = org.meeting("alice", minutes="After the restore.")
    fork = org.send("alice")

    result = importer.import_bundle(org.office, fork)

    assert (result.state, result.sequence, result.outcomes) == (State.FORK, 1, {})
    assert result.state is State.FORK
    assert "talk to the volunteer" in str(importer.state_message(result.state))
    assert store.get(org.office.conn, Meeting, other.uuid) is None
    assert received(org.office, org.device_id("alice"))[-1] == (1, "fork", fork)
    assert device_row(org, "alice").quarantined == 1
    assert audit_actions(org.office)[-1] == "bundle.fork"
    before = table_snapshot(org.office)
    assert importer.import_bundle(org.office, fork).state is State.FORK
    assert table_snapshot(org.office) == before
    # The restored laptop's next bundle continues its own chain: never merged silently.
    org.meeting("alice", minutes="Later still.")
    assert importer.import_bundle(org.office, org.send("alice")).state is State.FORK
    assert count(org.office, "meeting") == 1


def test_a_cloned_laptop_whose_next_bundle_follows_another_chain_is_a_fork(
    org: Org, tmp_path: Path
) -> None:
    clone = org.backup("alice", tmp_path / "alice-clone")
    org.meeting("alice", minutes="On the original laptop.")
    importer.import_bundle(org.office, org.send("alice"))
    org.restore("alice", clone)
    org.meeting("alice", minutes="On the clone.")
    org.send("alice")  # the clone's own bundle 1 never reaches the office
    second = org.send("alice")  # bundle 2, chained to the clone's bundle 1

    result = importer.import_bundle(org.office, second)

    assert (result.state, result.sequence) == (State.FORK, 2)
    assert count(org.office, "meeting") == 1
    assert device_row(org, "alice").quarantined == 1


def test_a_sequence_more_than_a_thousand_ahead_is_refused(org: Org) -> None:
    circle = org.circle().uuid
    alice = org.device_id("alice")
    error = refused(
        org.office,
        alice_forges(org, [meeting_line(alice, circle)], sequence=1001),
        SequenceJump,
    )
    assert "1,000" in str(error)
    # A thousand ahead is the most a device may skip: that one is not refused.
    at_limit = importer.import_bundle(
        org.office, alice_forges(org, [meeting_line(alice, circle)], sequence=1000)
    )
    assert at_limit.state is State.READY


def test_a_revoked_devices_later_bundles_are_quarantined_and_not_applied(org: Org) -> None:
    sync_service.revoke(org.office, org.device_id("alice"), after_seq=1)
    org.meeting("alice", minutes="Sent before the revocation took effect.")
    assert importer.import_bundle(org.office, org.send("alice")).state is State.READY
    late = org.meeting("alice", minutes="Sent after it.")
    data = org.send("alice")

    result = importer.import_bundle(org.office, data)

    assert (result.state, result.outcomes) == (State.REVOKED, {})
    assert store.get(org.office.conn, Meeting, late.uuid) is None
    assert received(org.office, org.device_id("alice"))[-1] == (2, "revoked", data)
    assert device_row(org, "alice").quarantined == 1
    assert audit_actions(org.office)[-1] == "bundle.revoked"
    assert [b.recipient for b in sync_service.export(org.office, all_devices=True)] == [
        org.device_id("ben")
    ]
    before = table_snapshot(org.office)
    assert importer.import_bundle(org.office, data).state is State.REVOKED
    assert table_snapshot(org.office) == before


# -- records -------------------------------------------------------------------------------------


def test_a_higher_revision_replaces_the_record_and_the_earlier_one_stays_in_history(
    org: Org,
) -> None:
    first = org.meeting("alice", minutes="Talked about the allotment.")
    importer.import_bundle(org.office, org.send("alice"))
    revised = meetings.edit_meeting(
        org.alice, meeting_uuid=first.uuid, minutes="Talked about the greenhouse."
    )

    result = importer.import_bundle(org.office, org.send("alice"))

    assert result.outcomes == {"updated": 1}
    assert store.get(org.office.conn, Meeting, first.uuid) == revised
    assert store.history(org.office.conn, Meeting, first.uuid) == [first]
    assert [hit.uuid for hit in search.search(org.office.conn, "greenhouse")] == [first.uuid]
    assert search.search(org.office.conn, "allotment") == []


def test_the_same_revision_with_the_same_content_changes_nothing(org: Org) -> None:
    first = org.meeting("alice")
    importer.import_bundle(org.office, org.send("alice"))
    second = org.meeting("alice")

    result = importer.import_bundle(org.office, org.send("alice"))  # repeats the first: no receipt

    assert result.outcomes == {"unchanged": 1, "new": 1}
    assert store.get(org.office.conn, Meeting, first.uuid) == first
    assert store.get(org.office.conn, Meeting, second.uuid) == second
    assert store.history(org.office.conn, Meeting, first.uuid) == []
    assert registry.open_conflicts(org.office.conn) == 0


def test_an_older_revision_is_ignored(org: Org) -> None:
    first = org.meeting("alice", minutes="First version.")
    importer.import_bundle(org.office, org.send("alice"))
    revised = meetings.edit_meeting(org.alice, meeting_uuid=first.uuid, minutes="Second version.")
    importer.import_bundle(org.office, org.send("alice"))

    result = importer.import_bundle(org.office, alice_forges(org, [line_for(first)]))

    assert result.outcomes == {"older": 1}
    assert store.get(org.office.conn, Meeting, first.uuid) == revised
    assert registry.open_conflicts(org.office.conn) == 0


def conflicts(vault: Vault) -> list[tuple[Any, ...]]:
    return vault.conn.execute(
        "SELECT kind, uuid, local_revision, local_hash, incoming_revision, incoming_hash,"
        " incoming_record, resolved_at FROM conflict"
    ).fetchall()


def test_the_same_revision_with_other_content_is_kept_as_a_conflict_for_review(org: Org) -> None:
    original = org.meeting("alice", minutes="What was said.")
    data = org.send("alice")
    importer.import_bundle(org.office, data)
    altered = dataclasses.replace(original, minutes="Something else entirely.")

    result = importer.import_bundle(org.office, alice_forges(org, [line_for(altered)]))

    assert (result.state, result.outcomes) == (State.READY, {"conflict": 1})
    assert store.get(org.office.conn, Meeting, original.uuid) == original
    ((kind, uuid, local_rev, local_hash, in_rev, in_hash, record, resolved),) = conflicts(
        org.office
    )
    assert (kind, uuid, resolved) == ("meeting", original.uuid, None)
    assert (local_rev, local_hash) == (1, original.content_hash())
    assert (in_rev, in_hash) == (1, altered.content_hash())
    assert json.loads(record)["payload"]["minutes"] == "Something else entirely."
    assert registry.open_conflicts(org.office.conn) == 1


def test_a_record_with_another_devices_id_is_a_conflict_never_an_overwrite(org: Org) -> None:
    original = org.meeting("alice", minutes="Alice's minutes.")
    importer.import_bundle(org.office, org.send("alice"))
    ben = org.device_id("ben")
    impostor = dataclasses.replace(original, origin=ben, minutes="Ben's version.")
    sequence, previous, receipt = org.next_in_chain("ben")
    data = forge(
        org.identity("ben"),
        org.office_key(),
        lines=[line_for(impostor)],
        sequence=sequence,
        previous=previous,
        last_receipt_seen=receipt,
    )

    result = importer.import_bundle(org.office, data)

    assert result.outcomes == {"conflict": 1}
    assert store.get(org.office.conn, Meeting, original.uuid) == original
    ((_kind, uuid, _lr, _lh, _ir, in_hash, _record, _resolved),) = conflicts(org.office)
    assert (uuid, in_hash) == (original.uuid, impostor.content_hash())


# -- receipts and retention ----------------------------------------------------------------------


def test_unsynced_records_count_until_a_receipt_covers_them(org: Org) -> None:
    org.meeting("alice", present=["Alice Marsh"])
    assert sync_service.sync_status(org.alice).unsynced == {"meeting": 1, "attendance": 1}
    bundle = org.send("alice")
    early_reply = org.reply("alice")  # written before the office imported the bundle

    assert sync_service.sync_status(org.alice).unsynced == {"meeting": 1, "attendance": 1}
    assert importer.import_bundle(org.alice, early_reply).state is State.READY
    status = sync_service.sync_status(org.alice)
    assert (status.last_sent, status.last_receipt) == (1, 0)
    assert status.unsynced == {"meeting": 1, "attendance": 1}

    importer.import_bundle(org.office, bundle)
    after_export = org.meeting("alice")
    importer.import_bundle(org.alice, org.reply("alice"))

    status = sync_service.sync_status(org.alice)
    assert (status.last_sent, status.last_receipt) == (1, 1)
    assert status.unsynced == {"meeting": 1}
    (next_bundle,) = sync_service.export(org.alice)
    assert next_bundle.counts == {"meeting": 1}
    assert importer.import_bundle(org.office, next_bundle.data).outcomes == {"new": 1}
    assert store.get(org.office.conn, Meeting, after_export.uuid) == after_export


def test_receipted_records_older_than_the_retention_period_are_purged_and_nothing_else(
    org: Org,
) -> None:
    org.set_retention(4)
    old = org.meeting("alice", weeks_ago=6, minutes="An old meeting.", present=["Kestrel"])
    recent = org.meeting("alice", weeks_ago=1, minutes="A recent meeting.")
    bundle = org.send("alice")
    # A reply with no receipt brings the new retention period, and purges nothing.
    early = importer.import_bundle(org.alice, org.reply("alice"))
    assert (early.outcomes.get("updated"), early.purged) == (1, 0)
    (config,) = store.find(org.alice.conn, OfficeConfig)
    assert config.retention_weeks == 4
    assert store.get(org.alice.conn, Meeting, old.uuid) == old

    importer.import_bundle(org.office, bundle)
    unreceipted = org.meeting("alice", weeks_ago=8, minutes="Old, written after the export.")
    result = importer.import_bundle(org.alice, org.reply("alice"))

    assert result.purged == 1
    assert store.get(org.alice.conn, Meeting, old.uuid) is None
    assert store.find(org.alice.conn, Attendance, meeting_uuid=old.uuid) == []
    assert [hit.uuid for hit in search.search(org.alice.conn, "old")] == [unreceipted.uuid]
    assert store.get(org.alice.conn, Meeting, recent.uuid) == recent
    assert store.get(org.alice.conn, Meeting, unreceipted.uuid) == unreceipted
    assert sync_service.sync_status(org.alice).unsynced == {"meeting": 1}
    (entry,) = [e for e in audit.entries(org.alice.conn) if e.action == "retention.purged"]
    assert entry.detail.startswith("records=1 before=")
    assert audit.verify(org.alice.conn).ok
    # The office still holds everything.
    assert store.get(org.office.conn, Meeting, old.uuid) == old
    assert len(store.find(org.office.conn, Attendance, meeting_uuid=old.uuid)) == 1


# -- hostile bundles -------------------------------------------------------------------------------


def test_a_bundle_from_a_device_that_was_never_enrolled(org: Org) -> None:
    stranger = DeviceIdentity.generate()
    data = forge(
        stranger,
        org.office_key(),
        lines=[meeting_line(stranger.device_id, org.circle().uuid)],
    )
    refused(org.office, data, UnknownSigner)


def test_a_reply_from_an_office_this_laptop_was_not_welcomed_by(org: Org) -> None:
    other_office = DeviceIdentity.generate()
    alice = org.vault("alice")
    data = forge(other_office, trust.current_identity(alice).public(), kind="reply", sequence=2)
    refused(alice, data, UnknownSigner)


def test_a_signer_naming_another_device_as_the_sender(org: Org) -> None:
    alice = org.identity("alice")
    as_ben = PublicIdentity(
        device_id=org.device_id("ben"),
        signing_public=alice.public().signing_public,
        exchange_public=alice.public().exchange_public,
    )
    line = meeting_line(org.device_id("ben"), org.circle().uuid)
    refused(
        org.office,
        forge(alice, org.office_key(), lines=[line], header_sender=as_ben),
        SenderMismatch,
    )


def test_a_signer_claiming_another_devices_key(org: Org) -> None:
    """Alice signs a header that is Ben's in every field, and names Ben's key as the signer."""
    alice = org.identity("alice")
    ben = org.identity("ben")
    genuine = forge(ben, org.office_key(), lines=[meeting_line(ben.device_id, org.circle().uuid)])
    content = codec.open_envelope(
        genuine, recipient_keys=trust.decryption_keys(org.office), limits=codec.Limits()
    )
    data = frame(
        signer=ben,
        header_bytes=content.header_bytes,
        body=content.body,
        signature=alice.signing_key.sign(codec.SIGNATURE_DOMAIN + content.header_bytes),
        recipient=org.office_key(),
    )
    refused(org.office, data, BadSignature)


def test_a_bundle_encrypted_for_another_office(org: Org) -> None:
    other_office = DeviceIdentity.generate().public()
    data = forge(org.identity("alice"), other_office, lines=[])
    refused(org.office, data, WrongRecipient)


def test_a_bundle_encrypted_to_this_office_but_addressed_to_another_device(org: Org) -> None:
    office = org.office_key()
    elsewhere = PublicIdentity(
        device_id=DeviceIdentity.generate().device_id,
        signing_public=office.signing_public,
        exchange_public=office.exchange_public,
    )
    refused(org.office, forge(org.identity("alice"), elsewhere), WrongRecipient)


def test_a_reply_for_another_volunteers_laptop(org: Org) -> None:
    refused(org.alice, org.reply("ben"), WrongRecipient)


def test_a_bundle_encrypted_to_an_old_office_key_that_was_dropped(org: Org) -> None:
    """No command drops an old office key yet (the grace period has no end): the test deletes
    the retired key's row, as the end of the grace period would, then imports a bundle
    encrypted to it."""
    old = org.office_key()
    sync_service.rotate_office_key(org.office)
    org.meeting("alice")
    data = org.send("alice")  # Alice knows only the old key
    assert importer.check(org.office, data).state is State.READY  # in the grace period
    with database.transaction(org.office.conn):
        org.office.conn.execute("DELETE FROM own_key WHERE key_id = ?", (old.key_id,))
    refused(org.office, data, WrongRecipient)


def test_a_body_swapped_in_from_another_bundle(org: Org) -> None:
    org.meeting("alice", minutes="In the first bundle.")
    first = org.send("alice")
    org.meeting("alice", minutes="In the second bundle.")
    second = org.send("alice")
    keys = trust.decryption_keys(org.office)
    limits = codec.Limits()
    one = codec.open_envelope(first, recipient_keys=keys, limits=limits)
    two = codec.open_envelope(second, recipient_keys=keys, limits=limits)
    swapped = frame(
        signer=org.identity("alice"),
        header_bytes=one.header_bytes,
        body=two.body,
        signature=one.signature,
        recipient=org.office_key(),
    )
    refused(org.office, swapped, BodyHashMismatch)


def test_records_that_claim_to_come_from_another_device(org: Org) -> None:
    circle = org.circle().uuid
    lines = [
        meeting_line(org.device_id("alice"), circle),
        meeting_line(org.device_id("ben"), circle),
    ]
    error = refused(org.office, alice_forges(org, lines), ForeignOriginRecord)
    assert "another device" in str(error)


@pytest.mark.parametrize(
    "kind",
    [
        "spaceship",
        "circle",
        "person",
        "office_config",
        "concern_response",
        "device",
        # Kept at the office only: no bundle may carry them.
        "referral",
        "ending",
        "follow_up",
        "covenant",
        "questionnaire",
        "questionnaire_answer",
    ],
)
def test_record_kinds_a_volunteer_may_not_send(org: Org, kind: str) -> None:
    line = meeting_line(org.device_id("alice"), org.circle().uuid)
    line["kind"] = kind
    refused(org.office, alice_forges(org, [line]), UnexpectedRecordKind)


# Changes to a valid meeting line that make it invalid: (field, or payload.field; new value, or
# None to delete it).
BAD_LINES: dict[str, tuple[str, object]] = {
    "uuid-not-a-uuid": ("uuid", "not-a-uuid"),
    "uuid-upper-case": ("uuid", "3F2504E0-4F89-41D3-9A0C-0305E82C3301"),
    "uuid-braced": ("uuid", "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}"),
    "circle-uuid-bad": ("payload.circle_uuid", "SW-014"),
    "origin-not-a-device-id": ("origin", "alice"),
    "revision-negative": ("revision", -1),
    "revision-zero": ("revision", 0),
    "revision-too-large": ("revision", 2**31),
    "revision-text": ("revision", "1"),
    "revision-boolean": ("revision", True),
    "revision-float": ("revision", 1.0),
    "updated-at-number": ("updated_at", 1_700_000_000),
    "updated-at-not-a-time": ("updated_at", "yesterday"),
    "minutes-number": ("payload.minutes", 5),
    "life-areas-text": ("payload.life_areas", "housing"),
    "engagement-text": ("payload.engagement", "4"),
    "engagement-out-of-range": ("payload.engagement", 9),
    "held-on-not-a-date": ("payload.held_on", "01/05/2026"),
    "payload-a-list": ("payload", ["minutes"]),
    "payload-unknown-field": ("payload.secret_field", "x"),
    "hash-wrong": ("hash", "0" * 64),
    "hash-missing": ("hash", None),
    "extra-envelope-field": ("note", "x"),
}


@pytest.mark.parametrize(("where", "value"), BAD_LINES.values(), ids=list(BAD_LINES))
def test_a_record_of_the_wrong_form_or_type(org: Org, where: str, value: object) -> None:
    line = meeting_line(org.device_id("alice"), org.circle().uuid)
    target, _, field = where.rpartition(".")
    place = line["payload"] if target == "payload" else line
    if value is None:
        del place[field]
    else:
        place[field] = value
    expected = ForeignOriginRecord if where == "origin" else InvalidRecord
    refused(org.office, alice_forges(org, [line]), expected)


def test_attendance_for_a_meeting_neither_in_the_bundle_nor_in_the_vault(org: Org) -> None:
    person = org.circle().uuid  # any valid id: the meeting is what is missing
    attendance = Attendance(
        uuid="6d4f0d2e-5a57-4e8e-9a51-2f1f4c2a9b10",
        origin=org.device_id("alice"),
        meeting_uuid="0b9c0f5e-3c2e-4b1a-8f7e-5d6c7b8a9f01",
        person_uuid=person,
        status="present",
    )
    refused(org.office, alice_forges(org, [line_for(attendance)]), DanglingReference)


def test_text_longer_than_the_vaults_limit(org: Org) -> None:
    limits = codec.Limits(max_text=1000)
    circle = org.circle().uuid
    alice = org.device_id("alice")
    refused(
        org.office,
        alice_forges(org, [meeting_line(alice, circle, minutes="x" * 1001)]),
        TextTooLong,
        limits=limits,
    )
    at_limit = alice_forges(org, [meeting_line(alice, circle, minutes="x" * 1000)])
    assert importer.import_bundle(org.office, at_limit, limits=limits).outcomes == {"new": 1}


def test_a_single_line_field_longer_than_the_records_rule(org: Org) -> None:
    line = meeting_line(org.device_id("alice"), org.circle().uuid)
    line["payload"]["venue"] = "v" * 201
    refused(org.office, alice_forges(org, [line]), InvalidRecord)


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("minutes", "nul \x00 byte"),
        ("minutes", "escape \x1b[31m red"),
        ("minutes", "delete \x7f"),
        ("minutes", "vertical \x0b tab"),
        ("venue", "two\nlines"),
        ("venue", "carriage\rreturn"),
    ],
)
def test_control_characters_are_refused(org: Org, field: str, text: str) -> None:
    line = meeting_line(org.device_id("alice"), org.circle().uuid)
    line["payload"][field] = text
    refused(org.office, alice_forges(org, [line]), InvalidRecord)


HOSTILE_TEXTS = [
    "Robert'); DROP TABLE meeting; --",
    '" OR 1=1; DELETE FROM audit_log; --',
    "100% of _all_ \\ backslashes \\' and ''quotes''",
    "tab\there\nnew line\r\nand CRLF",
    "NULL",
    "Zoë ✓ 🙂 — ünïcödé",
    "<script>alert(1)</script> ${HOME} $(id) `id`",
    'meeting_fts MATCH \'*\' NEAR("a" "b")',
]


def test_sql_metacharacters_and_tabs_and_newlines_are_stored_verbatim(org: Org) -> None:
    sent = [org.meeting("alice", minutes=text) for text in HOSTILE_TEXTS]
    venue_line = meeting_line(
        org.device_id("alice"), org.circle().uuid, venue="Hall 'B'; DROP TABLE circle;--"
    )
    importer.import_bundle(org.office, org.send("alice"))
    importer.import_bundle(org.office, alice_forges(org, [venue_line]))

    for meeting, text in zip(sent, HOSTILE_TEXTS, strict=True):
        stored = store.get(org.office.conn, Meeting, meeting.uuid)
        assert stored is not None and stored.minutes == text
    stored_venue = store.get(org.office.conn, Meeting, venue_line["uuid"])
    assert stored_venue is not None and stored_venue.venue == "Hall 'B'; DROP TABLE circle;--"
    assert count(org.office, "meeting") == len(HOSTILE_TEXTS) + 1
    assert count(org.office, "circle") == 1
    assert [hit.uuid for hit in search.search(org.office.conn, "Robert")] == [sent[0].uuid]
    assert audit.verify(org.office.conn).ok
    assert database.integrity_ok(org.office.conn)


def test_a_reply_kind_sent_to_the_office(org: Org) -> None:
    refused(org.office, alice_forges(org, [], kind="reply"), UnexpectedBundle)


def test_a_bundle_from_a_newer_schema(org: Org) -> None:
    refused(org.office, alice_forges(org, [], schema_version=LATEST_VERSION + 1), NewerBundleSchema)


# -- the disk and the file --------------------------------------------------------------------


def test_a_full_disk_during_import_changes_nothing_and_a_later_import_works(org: Org) -> None:
    for number in range(30):
        org.meeting("alice", minutes=f"Meeting {number}. " + "We talked at length. " * 100)
    data = org.send("alice")
    conn = org.office.conn
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    conn.execute(f"PRAGMA max_page_count = {pages + 2}").fetchall()

    error = refused(org.office, data, ImportInterrupted, checked_first=False)

    assert "disk is full" in str(error)
    assert database.integrity_ok(conn)
    assert audit.verify(conn).ok
    conn.execute("PRAGMA max_page_count = 1073741823").fetchall()
    result = importer.import_bundle(org.office, data)
    assert (result.state, result.outcomes) == (State.READY, {"new": 30})
    assert count(org.office, "meeting") == 30


def test_import_uses_the_bytes_the_file_holds_when_it_is_imported(org: Org, tmp_path: Path) -> None:
    """Verify a file, then replace it with another bundle: the import is of the new bytes."""
    org.meeting("alice", minutes="In the bundle that was verified.")
    path = tmp_path / "bundle.cdb"
    path.write_bytes(org.send("alice"))
    assert sync_service.verify(org.office, path).counts == {"meeting": 1}
    org.meeting("alice", minutes="Only in the bundle that replaced it.")
    path.write_bytes(org.send("alice"))

    result = sync_service.import_file(org.office, path)

    assert (result.sequence, result.counts) == (2, {"meeting": 2})
    assert count(org.office, "meeting") == 2


def test_a_bundle_rewritten_while_it_is_imported_is_imported_whole_or_refused(
    org: Org, tmp_path: Path
) -> None:
    """Another thread rewrites the file over and over, in place and in pieces, alternating the
    valid bundle with a copy damaged in two places, and sometimes truncating it first. Each
    import reads one set of bytes: the valid bundle, applied whole, or a BundleError with the
    vault unchanged. Never a mix."""
    for number in range(40):
        org.meeting("alice", minutes=f"Meeting {number}. " + "Minutes text. " * 60)
    good = org.send("alice")
    damaged = bytearray(good)
    damaged[len(good) // 3] ^= 0x01
    damaged[2 * len(good) // 3] ^= 0x80
    path = tmp_path / "bundle.cdb"
    path.write_bytes(bytes(damaged))
    stop = threading.Event()

    def rewrite() -> None:
        turn = 0
        while not stop.is_set():
            content = good if turn % 2 else bytes(damaged)
            with open(path, "r+b") as file:
                if turn % 3 == 0:
                    file.truncate(len(good) // 2)
                for start in range(0, len(content), 4096):
                    file.write(content[start : start + 4096])
                    file.flush()
            turn += 1

    writer = threading.Thread(target=rewrite)
    writer.start()
    seen: list[str] = []
    try:
        for _attempt in range(200):
            changes = org.office.conn.total_changes
            try:
                result = sync_service.import_file(org.office, path)
            except BundleError as error:
                seen.append(type(error).__name__)
                assert org.office.conn.total_changes == changes
                continue
            seen.append(result.state.value)
            assert (result.state, result.outcomes) == (State.READY, {"new": 40})
            break
    finally:
        stop.set()
        writer.join()
    assert count(org.office, "meeting") in (0, 40), seen
    assert database.integrity_ok(org.office.conn)
    if count(org.office, "meeting") == 0:  # the race never let a whole copy through: import it
        path.write_bytes(good)
        sync_service.import_file(org.office, path)
    assert count(org.office, "meeting") == 40


# -- any change to a valid bundle ----------------------------------------------------------------


def test_any_byte_flip_in_a_valid_bundle_is_refused_and_changes_nothing(org: Org) -> None:
    org.meeting("alice", present=["Alice Marsh"], minutes="A meeting to be damaged.")
    data = org.send("alice")
    before = table_snapshot(org.office)
    changes = org.office.conn.total_changes

    @settings(max_examples=150, deadline=None, derandomize=True, database=None)
    @given(position=st.integers(0, len(data) - 1), mask=st.integers(1, 255))
    def flip(position: int, mask: int) -> None:
        mutated = bytearray(data)
        mutated[position] ^= mask
        with pytest.raises(BundleError):
            importer.import_bundle(org.office, bytes(mutated))
        assert org.office.conn.total_changes == changes

    flip()
    assert table_snapshot(org.office) == before
    assert importer.import_bundle(org.office, data).outcomes == {"new": 2}


def test_any_change_inside_the_encryption_is_refused_and_changes_nothing(org: Org) -> None:
    """A forger can encrypt anything to the office's public key: flip bytes of the decrypted
    inner bundle (prefix, signed header, body, signature) and encrypt it again."""
    org.meeting("alice", present=["Alice Marsh"], minutes="A meeting to be tampered with.")
    data = org.send("alice")
    inner = decrypt(data, org.office)
    office_key = org.office_key()
    before = table_snapshot(org.office)
    changes = org.office.conn.total_changes

    @settings(max_examples=150, deadline=None, derandomize=True, database=None)
    @given(position=st.integers(0, len(inner) - 1), mask=st.integers(1, 255))
    def tamper(position: int, mask: int) -> None:
        mutated = bytearray(inner)
        mutated[position] ^= mask
        with pytest.raises(BundleError):
            importer.import_bundle(org.office, encrypt(bytes(mutated), office_key))
        assert org.office.conn.total_changes == changes

    tamper()
    assert table_snapshot(org.office) == before
    assert importer.import_bundle(org.office, encrypt(inner, office_key)).outcomes == {"new": 2}


def test_the_forgers_body_writer_makes_the_exporters_bytes(org: Org) -> None:
    """Forged bundles differ from real ones only where a test means them to."""
    org.meeting("alice", present=["Alice Marsh"])
    content = codec.open_envelope(
        org.send("alice"), recipient_keys=trust.decryption_keys(org.office), limits=codec.Limits()
    )
    header = codec.verify_and_parse(
        content, signer=org.identity("alice").public(), limits=codec.Limits()
    )
    lines = codec.decode_records(content, header, limits=codec.Limits())
    assert body_bytes(lines) == zlib.decompress(content.body)


# -- values that cannot poison the office (issue #11) ------------------------------------------


def test_one_huge_line_in_a_small_signed_bundle_is_refused_early_with_memory_bounded(
    org: Org,
) -> None:
    # 0.25 MiB on disk, one 255 MiB line: within every other limit. Before the line limit its
    # decoding peaked at 809 MiB (issue #11); now it stops once the line passes 16 MiB.
    line = meeting_line(org.device_id("alice"), org.circle().uuid)
    deflated = deflated_line(line, field="minutes", size=255 * 2**20)
    data = alice_forges(org, [], deflated=deflated)
    assert len(data) < 2**20 / 2 and deflated[1] < codec.Limits().max_body

    tracemalloc.start()
    try:
        refused(org.office, data, RecordTooLarge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert peak < 64 * 2**20, f"peak {peak / 2**20:.1f} MiB"
    assert count(org.office, "meeting") == 0


def test_a_line_just_within_the_line_limit_is_read(org: Org) -> None:
    limits = codec.Limits(max_line=4096)
    alice = org.device_id("alice")
    fits = meeting_line(alice, org.circle().uuid, minutes="x" * 3000)
    assert len(body_bytes([fits])) <= 4096
    imported = importer.import_bundle(org.office, alice_forges(org, [fits]), limits=limits)
    assert imported.outcomes == {"new": 1}
    too_long = meeting_line(alice, org.circle().uuid, minutes="x" * 5000)
    refused(org.office, alice_forges(org, [too_long]), RecordTooLarge, limits=limits)


def test_a_revoked_device_sending_many_bundles_cannot_grow_the_office_vault_without_limit(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    allowance = 200_000
    monkeypatch.setattr(importer, "MAX_KEPT_BYTES_PER_DEVICE", allowance)
    alice = org.device_id("alice")
    sync_service.revoke(org.office, alice, after_seq=0)
    sent = []
    for sequence in range(1, 13):
        # ~60 KB each: hex of random bytes compresses to about half.
        line = meeting_line(alice, org.circle().uuid, minutes=os.urandom(60_000).hex())
        data = forge(org.identity("alice"), org.office_key(), lines=[line], sequence=sequence)
        assert importer.import_bundle(org.office, data).state is State.REVOKED
        sent.append(data)

    log = received(org.office, alice)
    # Every bundle is logged (number, hash, state) for the coordinator; bytes only up to the cap.
    assert [(seq, state) for seq, state, _ in log] == [(n, "revoked") for n in range(1, 13)]
    kept = [data for _, _, data in log if data is not None]
    assert 0 < sum(len(data) for data in kept) <= allowance
    assert kept == sent[: len(kept)] and len(kept) < len(sent)
    assert count(org.office, "meeting") == 0
    assert device_row(org, "alice").quarantined == 12
    # The coordinator's list still shows every one: those without bytes say so.
    views = conflict_views.quarantined(org.office)
    assert [v.seq for v in views] == list(range(1, 13))
    not_kept = [v for v in views if v.unreadable is not None]
    assert len(not_kept) == len(sent) - len(kept)
    assert all(v.unreadable == Message("conflict.contents_not_kept") for v in not_kept)
    # A bundle logged without its bytes is still recognised when it comes again.
    before = table_snapshot(org.office)
    assert importer.import_bundle(org.office, sent[-1]).state is State.REVOKED
    assert table_snapshot(org.office) == before


@pytest.mark.parametrize(
    "raised_at",
    ["9999-12-31T23:59:59+00:00", "1970-01-01T00:00:00+00:00", "in-three-days"],
)
def test_a_concern_raised_out_of_range_is_refused_and_the_queue_still_lists_the_real_ones(
    org: Org, raised_at: str
) -> None:
    org.meeting(
        "alice",
        concerns=[ConcernInput(level=2, category="loneliness", description="Alone again.")],
    )
    importer.import_bundle(org.office, org.send("alice"))
    (real,) = [e.concern.uuid for e in office.concern_queue(org.office)]
    if raised_at == "in-three-days":
        moment = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
        raised_at = moment.replace(microsecond=0).isoformat()
    hostile = Concern(
        uuid="6d4f0d2e-5a57-4e8e-9a51-2f1f4c2a9b10",
        origin=org.device_id("alice"),
        circle_uuid=org.circle().uuid,
        raised_at="2026-01-01T00:00:00+00:00",
        level=4,
        category="children",
        description="A concern from the far future.",
    )
    line = line_for(hostile)
    line["payload"]["raised_at"] = raised_at
    line["hash"] = hashlib.sha256(
        canonical_json({"kind": "concern", "uuid": hostile.uuid, "payload": line["payload"]})
    ).hexdigest()

    error = refused(org.office, alice_forges(org, [line]), InvalidRecord)

    assert "time the concern was raised" in str(error)
    assert [e.concern.uuid for e in office.concern_queue(org.office)] == [real]


@pytest.mark.parametrize("name", ["Riverside\u202eeciffO", "Riverside\u200b Office", "Office\x9b"])
def test_a_device_name_that_could_pass_for_another_is_refused(org: Org, name: str) -> None:
    # A reply signed by the office's real key whose device item names the office with a bidi
    # override or an invisible character: the laptop refuses it whole.
    office = org.identity("office").public()
    alice = org.identity("alice").public()
    peer = org.peer("alice", "office")

    def reply(office_name: str) -> bytes:
        lines = [
            items.device_item(
                office, role="office", name=office_name, person_uuid=None, origin=office.device_id
            ),
            items.device_item(
                alice,
                role="volunteer",
                name="Alice Marsh",
                person_uuid=org.person("alice"),
                origin=office.device_id,
            ),
        ]
        return forge(
            org.identity("office"),
            alice,
            lines=lines,
            kind="reply",
            sequence=peer.last_seq_in + 1,
            previous=peer.last_hash_in,
        )

    refused(org.alice, reply(name), InvalidRecord)
    assert importer.import_bundle(org.alice, reply("Riverside Office")).state is State.READY


@pytest.fixture
def carol(tmp_path: Path) -> Iterator[Vault]:
    """A new volunteer's laptop, not welcomed by any office yet."""
    with new_vault(tmp_path / "carol", role=Role.VOLUNTEER, name="Carol Reyes") as vault:
        yield vault


def test_a_welcomes_body_is_decoded_only_after_its_signature_is_checked(carol: Vault) -> None:
    # The first line introduces a key; the bundle is signed by another key under that key's id;
    # everything after the first line is a record no decoder may accept. Checked in the right
    # order, the signature fails first: nothing after the first line was decoded.
    claimed = DeviceIdentity.generate()
    signer = DeviceIdentity.generate()
    me = trust.current_identity(carol).public()
    office_line = items.device_item(
        claimed.public(),
        role="office",
        name="Office",
        person_uuid=None,
        origin=claimed.public().device_id,
    )
    junk = body_bytes([office_line]) + b'{"kind": "meeting", "not": "a record"}\n'
    header_bytes = dataclasses.replace(
        codec.make_header(
            kind="welcome",
            sender=claimed.public(),
            recipient=me,
            sequence=1,
            previous_bundle_hash=None,
            schema_version=LATEST_VERSION,
            last_receipt_seen=0,
        ),
        body_sha256=hashlib.sha256(body := zlib.compress(junk)).hexdigest(),
        body_length=len(body),
        uncompressed_length=len(junk),
        record_count=2,
    ).to_json()
    data = frame(
        signer=claimed,  # the inner prefix names the claimed key...
        header_bytes=header_bytes,
        body=body,
        signature=signer.signing_key.sign(codec.SIGNATURE_DOMAIN + header_bytes),  # ...not its
        recipient=me,
    )

    refused(carol, data, BadSignature)


def test_a_welcome_longer_than_what_is_read_before_its_signature_imports(
    org: Org, carol: Vault
) -> None:
    codes = [f"NE-{n}" for n in range(1, 41)]
    for code in codes:
        circles.add_circle(org.office, code=code, core_member=f"Member {code}")
    request_data, _ = sync_service.enrollment_request(carol)
    welcome = sync_service.enroll(org.office, request_data, assign=codes).welcome.data
    content = codec.open_envelope(
        welcome, recipient_keys=trust.decryption_keys(carol), limits=codec.Limits()
    )
    assert codec.BundleHeader.from_json(content.header_bytes).uncompressed_length > (
        3 * codec.LEADING_LIMIT
    )

    result = importer.import_bundle(carol, welcome)

    assert result.state is State.READY
    assert {c.code for c in circles.list_circles(carol)} == set(codes)
