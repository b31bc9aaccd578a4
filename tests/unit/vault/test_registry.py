"""The sync registry in a real office vault: peers and their keys, the chains of bundles out and
in, what is held or quarantined, conflicts, and the coordinator's decisions (each decided once)."""

from __future__ import annotations

import pytest

from circlesdesk.vault import database, registry
from circlesdesk.vault.vault import Vault

ALICE = "a1" * 16
BEN = "b2" * 16
HASH = [f"{n:02x}" * 32 for n in range(1, 10)]


@pytest.fixture
def office(office_vault: Vault) -> Vault:
    """The office vault with two volunteers' laptops registered, Alice's with two keys."""
    with database.transaction(office_vault.conn):
        registry.add_peer(
            office_vault.conn, device_id=BEN, role="volunteer", name="Ben", person_uuid=None
        )
        registry.add_peer(
            office_vault.conn, device_id=ALICE, role="volunteer", name="Alice", person_uuid=None
        )
        for key_id, byte in (("k-old", b"\x01"), ("k-new", b"\x02")):
            registry.add_peer_key(
                office_vault.conn,
                key_id=key_id,
                device_id=ALICE,
                signing_public=byte * 32,
                exchange_public=byte * 32,
            )
    return office_vault


def test_peers_are_listed_by_name_and_changed_field_by_field(office: Vault) -> None:
    conn = office.conn
    assert [p.name for p in registry.peers(conn, role="volunteer")] == ["Alice", "Ben"]
    with database.transaction(conn):
        registry.update_peer(conn, BEN, name="Ben Okafor", revoked_after_seq=3)
    ben = registry.get_peer(conn, BEN)
    assert ben is not None and (ben.name, ben.revoked_after_seq) == ("Ben Okafor", 3)
    assert registry.get_peer(conn, "ff" * 16) is None
    with pytest.raises(ValueError, match="unknown peer fields"):
        registry.update_peer(conn, BEN, colour="green")


def test_a_known_key_is_kept_once_and_older_keys_retire(office: Vault) -> None:
    conn = office.conn
    with database.transaction(conn):
        registry.add_peer_key(  # the same key id again changes nothing
            conn, key_id="k-old", device_id=ALICE, signing_public=b"\x09" * 32,
            exchange_public=b"\x09" * 32,
        )  # fmt: skip
        assert registry.retire_peer_keys_before(conn, device_id=ALICE, key_id="k-new") == ["k-old"]
        assert registry.retire_peer_keys_before(conn, device_id=ALICE, key_id="k-new") == []
    old = registry.peer_key(conn, "k-old")
    assert old is not None and old.signing_public == b"\x01" * 32 and old.retired_at is not None
    assert [
        (k.key_id, k.retired_at is None) for k in registry.peer_keys(conn, device_id=ALICE)
    ] == [
        ("k-old", False),
        ("k-new", True),
    ]


def test_the_outgoing_chain_advances_and_answers_by_number_and_hash(office: Vault) -> None:
    conn = office.conn
    assert registry.highest_sent_change(conn) == 0
    with database.transaction(conn):
        registry.record_sent(
            conn, device_id=ALICE, seq=1, bundle_hash=HASH[0], change_seq=4, key_id="o1"
        )
        registry.record_sent(
            conn, device_id=ALICE, seq=2, bundle_hash=HASH[1], change_seq=9, key_id="o2"
        )
    alice = registry.get_peer(conn, ALICE)
    assert alice is not None and (alice.last_seq_out, alice.last_hash_out) == (2, HASH[1])
    assert registry.highest_sent_change(conn) == 9
    assert registry.sent_bundle(conn, device_id=ALICE, seq=1) == (4, "o1")
    assert registry.sent_by_hash(conn, device_id=ALICE, bundle_hash=HASH[1]) == (2, 9)
    assert registry.last_sent_with_key(conn, device_id=ALICE, key_id="o1") == 1
    assert registry.last_sent_with_key(conn, device_id=BEN, key_id="o1") is None
    # A restored laptop adopts what the peer holds under number 2 in place of its own.
    with database.transaction(conn):
        registry.adopt_sent(
            conn, device_id=ALICE, seq=2, bundle_hash=HASH[2], change_seq=7, key_id="o2"
        )
    assert registry.sent_by_hash(conn, device_id=ALICE, bundle_hash=HASH[1]) is None
    assert registry.sent_bundle(conn, device_id=ALICE, seq=2) == (7, "o2")


def test_incoming_bundles_are_logged_held_and_applied(office: Vault) -> None:
    conn = office.conn
    with database.transaction(conn):
        registry.record_received(
            conn, sender=ALICE, seq=2, bundle_hash=HASH[3], state="held", counts={"meeting": 1},
            data=b"x" * 100, reason="gap", signed_hash=HASH[4],
        )  # fmt: skip
        registry.record_received(
            conn, sender=ALICE, seq=1, bundle_hash=HASH[5], state="applied", counts={}, data=None
        )
    held = registry.received_by_hash(conn, HASH[3])
    assert held is not None and (held.state, held.counts, held.reason) == (
        "held",
        {"meeting": 1},
        "gap",
    )
    assert registry.received_by_signed_hash(conn, HASH[4]) == held
    assert [b.seq for b in registry.received(conn, sender=ALICE)] == [1, 2]
    assert registry.kept_bytes(conn, sender=ALICE, states=["held"]) == 100
    activity = registry.peer_activity(conn)[ALICE]
    assert (activity.held, activity.quarantined) == (1, 0)

    with database.transaction(conn):
        registry.set_received_state(conn, held.id, state="applied")
    applied = registry.received_by_hash(conn, HASH[3])
    assert applied is not None and (applied.state, applied.data, applied.reason) == (
        "applied",
        None,
        None,
    )
    assert registry.kept_bytes(conn, sender=ALICE, states=["held"]) == 0


def test_a_quarantined_bundle_is_decided_once(office: Vault) -> None:
    conn = office.conn
    with database.transaction(conn):
        registry.record_received(
            conn, sender=BEN, seq=4, bundle_hash=HASH[6], state="fork", counts={}, data=b"fork",
            reason="fork",
        )  # fmt: skip
    [kept] = registry.quarantined(conn)
    assert kept.decision is None and registry.peer_activity(conn)[BEN].quarantined == 1
    with database.transaction(conn):
        assert registry.decide_bundle(
            conn, kept.bundle.id, choice="discard", note="Old copy.", by="o1"
        )
        assert not registry.decide_bundle(conn, kept.bundle.id, choice="keep", note="", by="o1")
    decided = registry.get_quarantined(conn, kept.bundle.id)
    assert decided is not None and decided.decision is not None
    assert (decided.decision.choice, decided.decision.note) == ("discard", "Old copy.")


def test_a_conflict_is_kept_then_decided_once(office: Vault) -> None:
    conn = office.conn
    with database.transaction(conn):
        registry.add_conflict(
            conn,
            kind="meeting",
            uuid="0428fb82-9923-41fb-b382-4754dbdf206c",
            bundle_hash=HASH[7],
            local=(2, HASH[0]),
            incoming=(2, HASH[1]),
            incoming_record={"minutes": "Their version ✓"},
        )
    assert registry.open_conflicts(conn) == 1
    [conflict] = registry.conflicts(conn)
    assert conflict.incoming_record == {"minutes": "Their version ✓"} and conflict.decision is None
    with database.transaction(conn):
        assert registry.resolve_conflict(conn, conflict.id, choice="keep-local", note="", by="o1")
        assert not registry.resolve_conflict(conn, conflict.id, choice="take", note="", by="o1")
    assert registry.open_conflicts(conn) == 0
    decided = registry.get_conflict(conn, conflict.id)
    assert decided is not None and decided.decision is not None
    assert decided.decision.choice == "keep-local"
    assert registry.get_conflict(conn, conflict.id + 1) is None


def test_own_keys_are_listed_and_retired(office: Vault) -> None:
    conn = office.conn
    before = registry.own_keys(conn)
    with database.transaction(conn):
        registry.add_own_key(conn, key_id="first", device_keys=b"\x04" * 64)
        registry.add_own_key(conn, key_id="second", device_keys=b"\x05" * 64)
        registry.retire_own_key(conn, "first")
    newest, rest = registry.own_keys(conn)[:2], registry.own_keys(conn)[2:]
    assert [(key_id, keys, retired is not None) for key_id, keys, retired in newest] == [
        ("second", b"\x05" * 64, False),  # newest first: the one a bundle is signed with
        ("first", b"\x04" * 64, True),
    ]
    assert rest == before
