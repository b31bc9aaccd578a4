"""The importer against restored laptops, re-encrypted copies and retired keys (issue #11).

Every hostile bundle is written by ``tests.sync_kit.forge``: what software holding a real key
could sign. Each test asserts what is stored afterwards, on both sides.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from circlesdesk.domain.records import Meeting, OfficeConfig
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import codec, importer, items, trust
from circlesdesk.sync.errors import InvalidRecord, RetiredKey
from circlesdesk.sync.importer import State
from circlesdesk.sync.keys import DeviceIdentity
from circlesdesk.vault import audit, database, registry, store
from circlesdesk.vault.migrations import LATEST_VERSION
from tests.sync_kit import (
    Org,
    audit_actions,
    count,
    decrypt,
    encrypt,
    forge,
    line_for,
    meeting_line,
    table_snapshot,
)
from tests.unit.sync.test_importer import alice_forges, received, refused

# -- the same signed bundle encrypted twice ------------------------------------------------------


def test_a_re_encrypted_copy_of_an_imported_bundle_is_already_imported_not_a_fork(
    org: Org,
) -> None:
    data = alice_forges(org, [meeting_line(org.device_id("alice"), org.circle().uuid)])
    assert importer.import_bundle(org.office, data).state is State.READY
    copy = encrypt(decrypt(data, org.office), org.office_key())
    assert codec.bundle_hash(copy) != codec.bundle_hash(data)
    before = table_snapshot(org.office)

    result = importer.import_bundle(org.office, copy)

    assert result.state is State.ALREADY_IMPORTED
    assert table_snapshot(org.office) == before
    assert [state for _seq, state, _data in received(org.office, org.device_id("alice"))] == [
        "applied"
    ]
    assert sync_service.devices(org.office)[0].quarantined == 0


def test_a_re_encrypted_copy_of_a_fork_is_not_kept_twice(org: Org, tmp_path: Path) -> None:
    first = alice_forges(org, [meeting_line(org.device_id("alice"), org.circle().uuid)])
    importer.import_bundle(org.office, first)
    fork = forge(
        org.identity("alice"),
        org.office_key(),
        lines=[meeting_line(org.device_id("alice"), org.circle().uuid, minutes="Other.")],
        sequence=1,
    )
    assert importer.import_bundle(org.office, fork).state is State.FORK
    before = table_snapshot(org.office)

    copy = encrypt(decrypt(fork, org.office), org.office_key())

    assert importer.import_bundle(org.office, copy).state is State.FORK
    assert table_snapshot(org.office) == before


# -- receipts name what the office holds ---------------------------------------------------------


def test_a_reply_whose_receipt_names_no_bundle_of_ours_confirms_nothing(org: Org) -> None:
    """A receipt by number alone (or naming a bundle this laptop never wrote) purges nothing."""
    org.set_retention(1)
    old = org.meeting("alice", weeks_ago=6, minutes="Only ever in the laptop's own bundle.")
    sent = org.send("alice")
    office = org.identity("office")
    sequence = org.peer("alice", "office").last_seq_in + 1
    previous = org.peer("alice", "office").last_hash_in
    (config,) = store.find(org.office.conn, OfficeConfig)
    lines = [
        items.receipt_item(
            items.Receipt(device_id=org.device_id("alice"), sequence=1, bundle_hash="ab" * 32),
            origin=office.device_id,
        ),
        items.device_item(
            office.public(),
            role="office",
            name="Riverside Office",
            person_uuid=None,
            origin=office.device_id,
        ),
        items.device_item(
            org.identity("alice").public(),
            role="volunteer",
            name="Alice Marsh",
            person_uuid=org.peer("office", "alice").person_uuid,
            origin=office.device_id,
        ),
        line_for(config.revised(retention_weeks=1)),
    ]
    reply = forge(
        office,
        org.identity("alice").public(),
        lines=lines,
        kind="reply",
        sequence=sequence,
        previous=previous,
        last_receipt_seen=1,
    )

    result = importer.import_bundle(org.alice, reply)

    assert (result.state, result.purged, result.restored) == (State.READY, 0, True)
    assert store.get(org.alice.conn, Meeting, old.uuid) == old
    assert sync_service.sync_status(org.alice).unsynced == {"meeting": 1}
    # The laptop's next bundle carries the meeting again, chained to the office's bundle.
    assert sent != org.send("alice")
    assert "sync.restore-detected" in audit_actions(org.alice)


@pytest.mark.parametrize("schema", [LATEST_VERSION - 1, LATEST_VERSION])
def test_a_receipt_by_number_alone_confirms_nothing_and_purges_nothing(
    org: Org, schema: int
) -> None:
    """An office reply with no receipt item (as an office before schema 9 wrote them, and such a
    reply still imports) saying "I hold up to 1" by number only: the laptop cannot tell which
    bundle 1, so it purges nothing."""
    org.set_retention(1)
    old = org.meeting("alice", weeks_ago=6, minutes="Sent once, never confirmed by hash.")
    importer.import_bundle(org.office, org.send("alice"))
    office = org.identity("office")
    peer = org.peer("alice", "office")
    (config,) = store.find(org.office.conn, OfficeConfig)
    lines = [
        items.device_item(
            org.identity("alice").public(),
            role="volunteer",
            name="Alice Marsh",
            person_uuid=org.peer("office", "alice").person_uuid,
            origin=office.device_id,
        ),
        line_for(config),
    ]
    reply = forge(
        office,
        org.identity("alice").public(),
        lines=lines,
        kind="reply",
        sequence=peer.last_seq_in + 1,
        previous=peer.last_hash_in,
        last_receipt_seen=1,
        schema_version=schema,
    )

    result = importer.import_bundle(org.alice, reply)

    assert (result.state, result.purged, result.restored) == (State.READY, 0, False)
    assert store.get(org.alice.conn, Meeting, old.uuid) == old
    assert sync_service.sync_status(org.alice).unsynced == {"meeting": 1}


def test_a_receipt_for_another_device_is_refused(org: Org) -> None:
    office = org.identity("office")
    lines = [
        items.receipt_item(
            items.Receipt(device_id=org.device_id("ben"), sequence=0, bundle_hash=None),
            origin=office.device_id,
        )
    ]
    peer = org.peer("alice", "office")
    reply = forge(
        office,
        org.identity("alice").public(),
        lines=lines,
        kind="reply",
        sequence=peer.last_seq_in + 1,
        previous=peer.last_hash_in,
    )
    refused(org.alice, reply, InvalidRecord)


def test_a_restored_laptop_starts_a_new_epoch_and_the_office_gets_every_record(
    org: Org, tmp_path: Path
) -> None:
    org.set_retention(1)
    backup = org.backup("alice", tmp_path / "alice-backup")
    lost_on_laptop = org.meeting("alice", weeks_ago=3, minutes="Written before the restore.")
    importer.import_bundle(org.office, org.send("alice"))
    org.restore("alice", backup)
    restored = org.meeting("alice", weeks_ago=2, minutes="Written after the restore.")
    fork = org.send("alice")
    assert importer.import_bundle(org.office, fork).state is State.FORK

    answer = importer.import_bundle(org.alice, org.reply("alice"))

    assert (answer.restored, answer.purged) == (True, 0)
    assert store.get(org.alice.conn, Meeting, restored.uuid) == restored
    # The next bundle follows the office's chain: applied, not another fork.
    again = importer.import_bundle(org.office, org.send("alice"))
    assert again.state is State.READY
    assert store.get(org.office.conn, Meeting, restored.uuid) == restored
    assert store.get(org.office.conn, Meeting, lost_on_laptop.uuid) == lost_on_laptop
    assert sync_service.devices(org.office)[0].quarantined == 1  # one fork, not a list
    # Now the office confirms a bundle the laptop wrote: what it holds may be purged.
    confirmed = importer.import_bundle(org.alice, org.reply("alice"))
    assert (confirmed.restored, confirmed.purged) == (False, 1)
    assert store.get(org.alice.conn, Meeting, restored.uuid) is None
    assert store.get(org.office.conn, Meeting, restored.uuid) == restored
    # A stale reply from before changes nothing and detects nothing.
    assert importer.import_bundle(org.alice, org.reply("alice")).restored is False


# -- rotation retires a key ------------------------------------------------------------------------


def _round_trip_after_rotation(org: Org) -> DeviceIdentity:
    """Rotate the office key and complete the round trip: the reply announcing the new key,
    Alice's bundle encrypted to it, the office's reply signed by it. Returns the old key."""
    old = org.identity("office")
    sync_service.rotate_office_key(org.office)
    importer.import_bundle(org.alice, org.reply("alice"))
    org.meeting("alice", minutes="Sent to the new office key.")
    importer.import_bundle(org.office, org.send("alice"))
    assert importer.import_bundle(org.alice, org.reply("alice")).state is State.READY
    return old


def test_a_reply_signed_by_the_retired_office_key_after_the_round_trip_is_refused(
    org: Org,
) -> None:
    old = _round_trip_after_rotation(org)
    peer = org.peer("alice", "office")
    (config,) = store.find(org.alice.conn, OfficeConfig)
    hostile = forge(
        old,
        org.identity("alice").public(),
        lines=[
            items.device_item(
                old.public(),
                role="office",
                name="Riverside Office",
                person_uuid=None,
                origin=old.device_id,
            ),
            line_for(config.revised(phone="+44 7700 900666")),
        ],
        kind="reply",
        sequence=peer.last_seq_in + 1,
        previous=peer.last_hash_in,
        last_receipt_seen=peer.last_seq_out,
    )

    error = refused(org.alice, hostile, RetiredKey)

    assert "old key" in str(error)
    (kept,) = store.find(org.alice.conn, OfficeConfig)
    assert kept == config
    assert "peer.key-retired" in audit_actions(org.alice)


def test_the_old_office_key_is_retired_once_the_laptop_confirms_the_new_one(org: Org) -> None:
    old_key_id = org.identity("office").public().key_id
    sync_service.rotate_office_key(org.office)
    importer.import_bundle(org.alice, org.reply("alice"))
    keys = {k.key_id: k.retired_at for k in registry.peer_keys(org.alice.conn)}
    assert keys[old_key_id] is None  # announced, not yet confirmed: bundles in transit open

    org.send("alice")  # encrypted to the new key: the confirmation

    keys = {k.key_id: k.retired_at for k in registry.peer_keys(org.alice.conn)}
    assert keys[old_key_id] is not None
    assert keys[org.identity("office").public().key_id] is None
    assert audit.verify(org.alice.conn).ok


def test_the_office_refuses_a_device_key_it_retired(org: Org) -> None:
    """Volunteers cannot rotate their keys yet; the office's registry refuses a retired device
    key all the same (the rule is in trust.signer, for every peer)."""
    new = DeviceIdentity.generate()
    with database.transaction(org.office.conn):
        registry.add_peer_key(
            org.office.conn,
            key_id=new.public().key_id,
            device_id=org.device_id("alice"),
            signing_public=new.public().signing_public,
            exchange_public=new.public().exchange_public,
        )
        trust.confirm_peer_key(
            org.office, device_id=org.device_id("alice"), key_id=new.public().key_id
        )

    refused(
        org.office,
        alice_forges(org, [meeting_line(org.device_id("alice"), org.circle().uuid)]),
        RetiredKey,
    )
    assert count(org.office, "meeting") == 0
