"""The exporter: what each bundle carries, how bundles chain, and which key signs a reply.

Real vaults of one organisation (office, Alice and Ben in SW-014), copied per test. Bundles are
opened with the recipient's own private keys, so the tests read what the recipient would read.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

from circlesdesk.domain.enums import ResponseAction, VettingCheck
from circlesdesk.domain.records import (
    Concern,
    ConcernResponse,
    Supervision,
    Training,
    Vetting,
    new_record_id,
    utc_now,
)
from circlesdesk.errors import RoleError, ValidationError
from circlesdesk.services import circles, setup, volunteer_records
from circlesdesk.services import sync as sync_service
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.sync import codec, exporter, importer, trust
from circlesdesk.sync.importer import State
from circlesdesk.sync.keys import PublicIdentity
from circlesdesk.vault import audit, database, store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org


def opened(
    data: bytes, *, recipient: Vault, signer: PublicIdentity
) -> tuple[codec.BundleHeader, list[dict[str, Any]]]:
    """Header and record lines of a bundle, read with the recipient's keys and the signer's."""
    limits = codec.Limits()
    content = codec.open_envelope(
        data, recipient_keys=trust.decryption_keys(recipient), limits=limits
    )
    header = codec.verify_and_parse(content, signer=signer, limits=limits)
    return header, codec.decode_records(content, header, limits=limits)


def test_bundle_file_names_carry_no_personal_data(org: Org) -> None:
    org.meeting("alice", minutes="Alice Marsh met Kestrel.")
    (bundle,) = sync_service.export(org.alice)
    assert re.fullmatch(r"[0-9a-f]{8}-00001\.cdb", bundle.file_name)
    assert bundle.file_name.startswith(org.device_id("alice")[:8])
    (reply,) = sync_service.export(org.office, to=org.device_id("alice"))
    office, alice = org.device_id("office")[:8], org.device_id("alice")[:8]
    assert reply.file_name == f"{office}-{alice}-00002.cdb"  # the welcome was 1


def test_replies_to_several_laptops_written_to_one_folder_each_keep_their_own_file(
    org: Org, tmp_path: Path
) -> None:
    replies = sync_service.export(org.office, all_devices=True)
    assert [r.sequence for r in replies] == [2, 2]  # each laptop's chain is numbered apart
    paths = sync_service.write_bundles(replies, out=None, out_dir=tmp_path)
    assert len(set(paths)) == 2
    for name in ("alice", "ben"):
        (path,) = [p for p in paths if org.device_id(name)[:8] in p.name]
        assert importer.import_bundle(org.vault(name), path.read_bytes()).state is State.READY


def test_a_volunteers_bundles_chain_and_repeat_everything_not_yet_receipted(org: Org) -> None:
    alice = org.identity("alice").public()
    org.meeting("alice", present=["Alice Marsh"])
    first = org.send("alice")
    org.meeting("alice")
    second = org.send("alice")

    header1, lines1 = opened(first, recipient=org.office, signer=alice)
    header2, lines2 = opened(second, recipient=org.office, signer=alice)
    assert (header1.sequence, header1.previous_bundle_hash) == (1, None)
    assert (header2.sequence, header2.previous_bundle_hash) == (
        2,
        hashlib.sha256(first).hexdigest(),
    )
    assert (header1.kind, header1.last_receipt_seen, header2.last_receipt_seen) == ("sync", 0, 0)
    # Each ends with the office's audit log head the laptop holds, signed back (its witness).
    assert [line["kind"] for line in lines1] == ["meeting", "attendance", "witness"]
    assert [line["kind"] for line in lines2] == ["meeting", "meeting", "attendance", "witness"]
    assert {line["uuid"] for line in lines1} < {line["uuid"] for line in lines2}

    importer.import_bundle(org.office, second)
    importer.import_bundle(org.alice, org.reply("alice"))
    org.meeting("alice")
    header3, lines3 = opened(org.send("alice"), recipient=org.office, signer=alice)

    # Bundle 2 is receipted: bundle 3 carries only what came after it, and says so.
    assert (header3.sequence, header3.last_receipt_seen) == (3, 2)
    assert [line["kind"] for line in lines3] == ["meeting", "witness"]
    header4, lines4 = opened(org.send("alice"), recipient=org.office, signer=alice)
    assert (header4.sequence, lines4) == (4, lines3)


def test_an_empty_bundle_still_advances_the_chain(org: Org) -> None:
    (bundle,) = sync_service.export(org.alice)
    assert (bundle.sequence, bundle.counts) == (1, {})
    result = importer.import_bundle(org.office, bundle.data)
    assert (result.state, result.outcomes) == (State.READY, {})
    assert org.peer("office", "alice").last_seq_in == 1


def test_a_reply_carries_the_receipt_and_only_what_that_volunteer_should_hold(org: Org) -> None:
    """Alice's reply holds the configuration, her circle, its people and rosters, the office's
    keys and the responses to her own concerns, and nothing about another circle or another
    volunteer's concerns."""
    circles.add_circle(org.office, code="NE-002", core_member="Heron", volunteers=["Cara Diaz"])
    org.meeting(
        "alice",
        concerns=[ConcernInput(level=2, category="loneliness", description="Alone a lot.")],
    )
    org.meeting(
        "ben",
        concerns=[ConcernInput(level=1, category="stability", description="Rent is late.")],
    )
    from_alice = org.send("alice")
    importer.import_bundle(org.office, from_alice)
    importer.import_bundle(org.office, org.send("ben"))
    office = org.vault("office")
    responses = {}
    with database.transaction(office.conn):  # what the coordinator's response screen stores
        for name in ("alice", "ben"):
            (concern,) = store.find(office.conn, Concern, origin=org.device_id(name))
            response = ConcernResponse(
                uuid=new_record_id(),
                origin=office.info.device_id,
                concern_uuid=concern.uuid,
                action=ResponseAction.ACKNOWLEDGE.value,
                responded_at=utc_now(),
                text="Thank you; I will call.",
            )
            store.save(office.conn, response)
            responses[name] = response.uuid

    header, lines = opened(org.reply("alice"), recipient=org.alice, signer=org.office_key())

    assert (header.kind, header.sequence, header.last_receipt_seen) == ("reply", 2, 1)
    kinds = [line["kind"] for line in lines]
    # The receipt names the bundle the office holds by its hash, not only by its number; the
    # audit head is the office log's newest entry before this reply was logged.
    assert kinds[:5] == ["receipt", "device", "device", "audit_head", "office_config"]
    head = audit.entries(office.conn, limit=2)[1]
    assert lines[3]["payload"] == {
        "length": head.id,
        "hash": audit.entry_hash(office.conn, head.id),
    }
    assert lines[0]["payload"] == {
        "device_id": org.device_id("alice"),
        "sequence": 1,
        "bundle_hash": codec.bundle_hash(from_alice),
    }
    assert kinds.count("circle") == 1 and kinds.count("concern_response") == 1
    uuids = {line["uuid"] for line in lines}
    assert org.circle().uuid in uuids
    assert circles.find_circle(office, "NE-002").uuid not in uuids
    assert responses["alice"] in uuids and responses["ben"] not in uuids
    names = {line["payload"]["name"] for line in lines if line["kind"] == "person"}
    assert names == {"Kestrel", "Alice Marsh", "Ben Okafor"}
    assert {line["origin"] for line in lines} == {org.device_id("office")}


def test_a_reply_never_carries_any_volunteers_own_records(org: Org) -> None:
    """Training, vetting and supervision of Alice and Ben stay at the office: neither their own
    replies nor each other's carry them, and the exporter's filter drops them whatever asks."""
    office = org.office
    for name in ("alice", "ben"):
        person = org.person(name)
        volunteer_records.record_training(
            office, person_uuid=person, course="Core training", completed_on="2026-01-10"
        )
        volunteer_records.record_vetting(
            office,
            person_uuid=person,
            check_type=VettingCheck.ENHANCED_DBS,
            reference="001234567890",
            issued_on="2025-01-01",
            expires_on="2028-01-01",
        )
        volunteer_records.record_supervision(
            office, person_uuid=person, held_on="2026-02-01", notes="Finding it hard."
        )
    kept_out = {"training", "vetting", "supervision"}
    for name in ("alice", "ben"):
        _header, lines = opened(org.reply(name), recipient=org.vault(name), signer=org.office_key())
        assert {line["kind"] for line in lines}.isdisjoint(kept_out)
        assert "Finding it hard." not in repr(lines)
    held = [
        *store.find(office.conn, Training),
        *store.find(office.conn, Vetting),
        *store.find(office.conn, Supervision),
    ]
    assert len(held) == 6
    assert exporter.shareable([org.circle(), *held]) == [org.circle()]


def test_replies_are_signed_by_an_office_key_the_volunteer_already_holds(org: Org) -> None:
    """After a rotation the next reply announces the new key but is signed by the old one; once
    Alice has encrypted a bundle to the new key, replies are signed by the new key. A bundle
    Alice encrypted to the old key before she learnt the new one still opens."""
    old = org.office_key()
    sync_service.rotate_office_key(org.office)
    new = org.office_key()
    assert new.key_id != old.key_id and new.device_id == old.device_id
    org.meeting("alice", minutes="Sent before Alice knew the new key.")
    in_transit = org.send("alice")

    announcing = org.reply("alice")
    header, lines = opened(announcing, recipient=org.alice, signer=old)
    assert header.sender_key_id == old.key_id
    assert new.key_id in {
        PublicIdentity(
            device_id=line["payload"]["device_id"],
            signing_public=bytes.fromhex(line["payload"]["signing_public"]),
            exchange_public=bytes.fromhex(line["payload"]["exchange_public"]),
        ).key_id
        for line in lines
        if line["kind"] == "device"
    }
    assert importer.import_bundle(org.alice, announcing).state is State.READY
    assert trust.newest_peer_key(org.alice, old.device_id).key_id == new.key_id
    assert sync_service.sync_status(org.alice).office_fingerprint == new.fingerprint()

    org.meeting("alice", minutes="Sent after.")
    after = org.send("alice")
    assert (
        codec.open_envelope(
            after, recipient_keys=trust.decryption_keys(org.office), limits=codec.Limits()
        ).recipient_key_id
        == new.key_id
    )
    assert importer.import_bundle(org.office, in_transit).state is State.READY
    assert importer.import_bundle(org.office, after).state is State.READY

    signed_by_new = org.reply("alice")
    header, _lines = opened(signed_by_new, recipient=org.alice, signer=new)
    assert header.sender_key_id == new.key_id
    result = importer.import_bundle(org.alice, signed_by_new)
    assert result.state is State.READY
    assert sync_service.sync_status(org.alice).unsynced == {}


def test_the_office_status_shows_the_current_fingerprint_after_a_rotation(org: Org) -> None:
    new = sync_service.rotate_office_key(org.office)
    assert setup.status(org.office).fingerprint == new.fingerprint()


def test_export_is_refused_in_words_when_the_target_is_wrong(org: Org) -> None:
    with pytest.raises(RoleError):
        sync_service.export(org.alice, to=org.device_id("office"))
    with pytest.raises(ValidationError):
        sync_service.export(org.office)
