"""The audit log heads the importer stores: an office bundle's head on a laptop, a laptop's signed
witness at the office, and witnesses that are not valid heads (validly signed, written by
``tests.sync_kit.forge``, not the app's exporter): never a reason to lose the bundle's records."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest

from circlesdesk.domain.records import Meeting, canonical_json
from circlesdesk.services import audit_log
from circlesdesk.sync import codec, exporter, importer, items
from circlesdesk.sync.errors import InvalidRecord
from circlesdesk.vault import audit, store, witnesses
from circlesdesk.vault.migrations import LATEST_VERSION
from tests.sync_kit import Org, audit_actions, forge, meeting_line


def _witness(org: Org, **payload: Any) -> dict[str, Any]:
    """Alice's witness item of the office's log as it is now, ``payload`` changed (its hash
    recomputed, so only the values are wrong)."""
    head = audit.head(org.office.conn)
    assert head is not None
    fields: dict[str, Any] = {
        "length": head.length,
        "hash": head.hash,
        "witnessed_at": "2026-12-01T10:00:00+00:00",
        "reply_seq": 1,
    }
    fields.update(payload)
    line = items.witness_item(items.Witness(**fields), origin=org.device_id("alice"))
    return line


def _import_with(org: Org, *extra: dict[str, Any]) -> str:
    """Alice's forged bundle with one meeting and ``extra`` lines, imported at the office; the
    meeting's id (it must be stored whatever the witness)."""
    meeting = meeting_line(org.device_id("alice"), org.circle().uuid)
    result = importer.import_bundle(org.office, org.forged("alice", [meeting, *extra]))
    assert result.state is importer.State.READY
    assert store.get(org.office.conn, Meeting, meeting["uuid"]) is not None
    return str(meeting["uuid"])


def test_a_welcome_and_every_reply_carry_the_office_head_and_the_laptop_keeps_the_newest(
    org: Org,
) -> None:
    office_id = org.device_id("office")
    welcomed = witnesses.get(org.alice.conn, office_id)
    assert welcomed is not None and welcomed.bundle_seq == 1  # from the welcome

    head = audit.head(org.office.conn)
    assert head is not None
    importer.import_bundle(org.alice, org.reply("alice"))
    held = witnesses.get(org.alice.conn, office_id)
    assert held is not None
    assert (held.length, held.hash, held.bundle_seq) == (head.length, head.hash, 2)


def test_the_laptop_signs_its_head_back_and_the_office_keeps_it_as_its_witness(org: Org) -> None:
    held = witnesses.get(org.alice.conn, org.device_id("office"))
    assert held is not None
    importer.import_bundle(org.office, org.send("alice"))
    kept = witnesses.get(org.office.conn, org.device_id("alice"))
    assert kept is not None
    assert (kept.length, kept.hash, kept.witnessed_at) == (
        held.length,
        held.hash,
        held.witnessed_at,
    )
    assert kept.bundle_seq == 1
    assert "audit.witness-broken" not in audit_actions(org.office)


def test_a_witness_beyond_the_log_is_kept_and_verify_names_it_a_break(org: Org) -> None:
    length = audit_log.entry_count(org.office) + 1000
    _import_with(org, _witness(org, length=length))
    kept = witnesses.get(org.office.conn, org.device_id("alice"))
    assert kept is not None and kept.length == length
    assert audit_actions(org.office)[-2:] == ["audit.witness-broken", "bundle.imported.sync"]
    report = audit_log.verify(org.office)
    assert report.chain.ok
    first = report.first_break
    assert first is not None
    assert (first.device_name, first.state) == ("Alice Marsh", audit_log.WitnessState.MISSING)


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"hash": "not a hash"}, "malformed"),
        ({"hash": "A" * 64}, "malformed"),
        ({"length": 0}, "malformed"),
        ({"length": True}, "malformed"),
        ({"reply_seq": -1}, "malformed"),
        ({"witnessed_at": "yesterday"}, "malformed"),
        ({"witnessed_at": "1999-12-31T23:00:00+00:00"}, "malformed"),
        ({"witnessed_at": "2026-12-01T10:00:00"}, "malformed"),  # no offset
        ("future", "future"),
    ],
    ids=[
        "bad-hash",
        "upper-case-hash",
        "length-0",
        "length-bool",
        "negative-reply",
        "not-a-time",
        "before-2000",
        "no-offset",
        "future",
    ],
)
def test_a_witness_that_is_not_a_valid_head_is_refused_with_its_reason_and_the_records_stay(
    org: Org, payload: dict[str, Any] | str, reason: str
) -> None:
    if payload == "future":
        ahead = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
        payload = {"witnessed_at": ahead.replace(microsecond=0).isoformat()}
    assert isinstance(payload, dict)
    line = _witness(org)
    line["payload"].update(payload)
    line["hash"] = hashlib.sha256(canonical_json(line["payload"])).hexdigest()
    _import_with(org, line)

    assert witnesses.get(org.office.conn, org.device_id("alice")) is None
    [refused] = [e for e in audit_log.entries(org.office) if e.action == "audit.witness-refused"]
    assert refused.detail == f"from={org.device_id('alice')} seq=1 reason={reason}"
    assert audit_log.verify(org.office).ok


def test_two_witnesses_a_foreign_one_or_a_wrong_content_hash_are_refused_too(org: Org) -> None:
    twice = [_witness(org), _witness(org, reply_seq=2)]
    foreign = {**_witness(org), "origin": org.device_id("ben")}
    rehashed = {**_witness(org), "hash": "0" * 64}
    for extra in (twice, [foreign], [rehashed]):
        _import_with(org, *extra)
    refused = [e for e in audit_log.entries(org.office) if e.action == "audit.witness-refused"]
    assert [e.detail.rsplit(" ", 1)[1] for e in refused] == ["reason=malformed"] * 3
    assert witnesses.get(org.office.conn, org.device_id("alice")) is None


def test_a_bundle_without_a_witness_still_imports_and_keeps_the_witness_held(org: Org) -> None:
    importer.import_bundle(org.office, org.send("alice"))
    kept = witnesses.get(org.office.conn, org.device_id("alice"))
    # An older laptop's bundle (schema 10, no witness item) changes nothing about it.
    _import_with(org)
    meeting = meeting_line(org.device_id("alice"), org.circle().uuid)
    result = importer.import_bundle(org.office, org.forged("alice", [meeting], schema_version=10))
    assert result.state is importer.State.READY
    assert witnesses.get(org.office.conn, org.device_id("alice")) == kept


def test_an_office_bundle_with_two_heads_or_a_malformed_one_is_refused_by_the_laptop(
    org: Org,
) -> None:
    office, peer = org.office, org.peer("office", "alice")
    signer = org.identity("office")
    lines = exporter._office_lines(office, peer, signer)
    [head] = [line for line in lines if line["kind"] == items.AUDIT_HEAD_KIND]
    malformed = {**head, "payload": {**head["payload"], "hash": "x"}}
    malformed["hash"] = hashlib.sha256(canonical_json(malformed["payload"])).hexdigest()
    rest = [line for line in lines if line["kind"] != items.AUDIT_HEAD_KIND]

    def reply(heads: list[dict[str, Any]], *, after: tuple[int, str | None], schema: int) -> bytes:
        """A reply from the office, numbered after office bundle ``after`` (number, hash)."""
        return forge(
            signer,
            org.identity("alice").public(),
            lines=[*rest, *heads],
            kind="reply",
            sequence=after[0] + 1,
            previous=after[1],
            last_receipt_seen=peer.last_seq_in,
            schema_version=schema,
        )

    before = witnesses.get(org.alice.conn, org.device_id("office"))
    last = (peer.last_seq_out, peer.last_hash_out)
    for heads in ([head, head], [malformed]):
        with pytest.raises(InvalidRecord):
            importer.import_bundle(org.alice, reply(heads, after=last, schema=LATEST_VERSION))
    assert witnesses.get(org.alice.conn, org.device_id("office")) == before
    # An office of schema 10 sends no head: the reply imports, the head held stays.
    old = reply([], after=last, schema=10)
    assert importer.import_bundle(org.alice, old).state is importer.State.READY
    assert witnesses.get(org.alice.conn, org.device_id("office")) == before
    newer = reply([head], after=(last[0] + 1, codec.bundle_hash(old)), schema=LATEST_VERSION)
    assert importer.import_bundle(org.alice, newer).state is importer.State.READY
    held = witnesses.get(org.alice.conn, org.device_id("office"))
    assert held is not None and held.hash == head["payload"]["hash"]
