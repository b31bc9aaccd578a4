"""Records as bundle lines ("items"), and the device items that introduce keys.

A bundle's body is a list of items: synced records, each with its content hash, *device*
items that tell the recipient about a device's public keys (the office's in a welcome bundle or
after a key rotation; the volunteer's own person record in a welcome bundle), and in an office's
reply one *receipt* item naming the bundle of the volunteer's the office holds. From schema 11 an
office bundle also carries an *audit head* item (the newest entry of the office's audit log), and
a laptop's bundle a *witness* item signing that head back.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import uuid as uuidlib
from typing import Any

from circlesdesk.domain import validation
from circlesdesk.domain.records import (
    RECORD_TYPES,
    Record,
    canonical_json,
    check_on_entry,
    utc_now,
)
from circlesdesk.errors import ValidationError
from circlesdesk.sync.errors import InvalidRecord, UnexpectedRecordKind
from circlesdesk.sync.keys import PublicIdentity

DEVICE_KIND = "device"
RECEIPT_KIND = "receipt"
AUDIT_HEAD_KIND = "audit_head"
WITNESS_KIND = "witness"
_DEVICE_NAMESPACE = uuidlib.UUID("6a1f8f43-4c61-4d38-9f0e-6f1f2a9d1c10")
_RECEIPT_NAMESPACE = uuidlib.UUID("0e5b7c55-34c9-4d43-a8f1-2f7c9b1d6e21")
_HEAD_NAMESPACE = uuidlib.UUID("3c0d6a52-8f4e-4b8e-9a57-61d2f0c4b7a3")
_HEX64 = frozenset("0123456789abcdef")


def record_item(record: Record) -> dict[str, Any]:
    """A record as one bundle line."""
    return {
        "kind": record.kind,
        "uuid": record.uuid,
        "origin": record.origin,
        "revision": record.revision,
        "updated_at": record.updated_at,
        "hash": record.content_hash(),
        "payload": record.payload(),
    }


def parse_record(item: dict[str, Any], *, entering: bool = False) -> Record:
    """A validated record from a bundle line; InvalidRecord for anything wrong with it.
    ``entering``: it is being imported, so the rules for records entering a vault apply too
    (:func:`circlesdesk.domain.records.check_on_entry`)."""
    cls = RECORD_TYPES.get(item["kind"])
    if cls is None:
        raise UnexpectedRecordKind()
    try:
        record = cls.from_payload(
            item["payload"],
            uuid=item["uuid"],
            origin=item["origin"],
            revision=item["revision"],
            updated_at=item["updated_at"],
        )
        if entering:
            check_on_entry(record)
    except ValidationError as error:
        raise InvalidRecord(
            "bundle.invalid_record_because", kind=cls.kind.replace("_", " "), problem=error.message
        ) from None
    except TypeError:
        raise InvalidRecord() from None
    if not hmac.compare_digest(record.content_hash(), item["hash"]):
        raise InvalidRecord()
    return record


@dataclasses.dataclass(frozen=True)
class DeviceItem:
    """A device's public keys as announced by the bundle's (already verified) sender."""

    identity: PublicIdentity
    role: str
    name: str
    person_uuid: str | None


def device_item(
    identity: PublicIdentity, *, role: str, name: str, person_uuid: str | None, origin: str
) -> dict[str, Any]:
    """A bundle line announcing a device's public keys."""
    payload = {
        "device_id": identity.device_id,
        "role": role,
        "name": name,
        "signing_public": identity.signing_public.hex(),
        "exchange_public": identity.exchange_public.hex(),
        "person_uuid": person_uuid,
    }
    return {
        "kind": DEVICE_KIND,
        "uuid": str(uuidlib.uuid5(_DEVICE_NAMESPACE, identity.device_id + identity.key_id)),
        "origin": origin,
        "revision": 1,
        "updated_at": utc_now(),
        "hash": hashlib.sha256(canonical_json(payload)).hexdigest(),
        "payload": payload,
    }


def parse_device(item: dict[str, Any]) -> DeviceItem:
    """A device item's content, strictly checked."""
    payload = item["payload"]
    expected = {"device_id", "role", "name", "signing_public", "exchange_public", "person_uuid"}
    if set(payload) != expected:
        raise InvalidRecord()
    if not hmac.compare_digest(hashlib.sha256(canonical_json(payload)).hexdigest(), item["hash"]):
        raise InvalidRecord()
    try:
        validation.choice(payload["role"], field="role", allowed=("volunteer", "office"))
        validation.name(payload["name"], field="name")
        validation.optional_record_id(payload["person_uuid"], field="person")
        signing = bytes.fromhex(payload["signing_public"])
        exchange = bytes.fromhex(payload["exchange_public"])
    except (ValidationError, ValueError, TypeError):
        raise InvalidRecord() from None
    identity = PublicIdentity(
        device_id=payload["device_id"], signing_public=signing, exchange_public=exchange
    )
    return DeviceItem(
        identity=identity,
        role=payload["role"],
        name=payload["name"],
        person_uuid=payload["person_uuid"],
    )


@dataclasses.dataclass(frozen=True)
class Receipt:
    """The office's statement of what it holds from one device: the newest bundle it applied
    from that device, by number and by file hash (``None`` before the first)."""

    device_id: str
    sequence: int
    bundle_hash: str | None


def receipt_item(receipt: Receipt, *, origin: str) -> dict[str, Any]:
    """A bundle line carrying the office's receipt."""
    payload = {
        "device_id": receipt.device_id,
        "sequence": receipt.sequence,
        "bundle_hash": receipt.bundle_hash,
    }
    return {
        "kind": RECEIPT_KIND,
        "uuid": str(
            uuidlib.uuid5(
                _RECEIPT_NAMESPACE,
                f"{receipt.device_id}:{receipt.sequence}:{receipt.bundle_hash or ''}",
            )
        ),
        "origin": origin,
        "revision": 1,
        "updated_at": utc_now(),
        "hash": hashlib.sha256(canonical_json(payload)).hexdigest(),
        "payload": payload,
    }


def parse_receipt(item: dict[str, Any]) -> Receipt:
    """A receipt item's content, strictly checked (InvalidRecord otherwise)."""
    payload = item["payload"]
    if set(payload) != {"device_id", "sequence", "bundle_hash"}:
        raise InvalidRecord()
    if not hmac.compare_digest(hashlib.sha256(canonical_json(payload)).hexdigest(), item["hash"]):
        raise InvalidRecord()
    sequence, digest = payload["sequence"], payload["bundle_hash"]
    try:
        validation.device_id(payload["device_id"])
    except (ValidationError, TypeError):
        raise InvalidRecord() from None
    if isinstance(sequence, bool) or not isinstance(sequence, int) or not 0 <= sequence < 2**53:
        raise InvalidRecord()
    if digest is not None and not (
        isinstance(digest, str) and len(digest) == 64 and set(digest) <= _HEX64
    ):
        raise InvalidRecord()
    if (digest is None) != (sequence == 0):
        raise InvalidRecord()
    return Receipt(device_id=payload["device_id"], sequence=sequence, bundle_hash=digest)


def _item(
    kind: str,
    namespace: uuidlib.UUID,
    payload: dict[str, Any],
    *,
    origin: str,
    updated_at: str | None = None,
) -> dict[str, Any]:
    """A bundle line holding ``payload``, its uuid derived from the content."""
    digest = hashlib.sha256(canonical_json(payload)).hexdigest()
    return {
        "kind": kind,
        "uuid": str(uuidlib.uuid5(namespace, f"{kind}:{digest}")),
        "origin": origin,
        "revision": 1,
        "updated_at": updated_at or utc_now(),
        "hash": digest,
        "payload": payload,
    }


def _is_hash(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= _HEX64


def _is_count(value: object) -> bool:
    return not isinstance(value, bool) and isinstance(value, int) and 1 <= value < 2**53


@dataclasses.dataclass(frozen=True)
class AuditHead:
    """The newest entry of the office's audit log, as the office sends it: its number (how many
    entries the log holds) and its hash."""

    length: int
    hash: str


def audit_head_item(head: AuditHead, *, origin: str) -> dict[str, Any]:
    """A bundle line carrying the office's audit log head."""
    return _item(
        AUDIT_HEAD_KIND, _HEAD_NAMESPACE, {"length": head.length, "hash": head.hash}, origin=origin
    )


def parse_audit_head(item: dict[str, Any]) -> AuditHead:
    """An audit head item's content, strictly checked (InvalidRecord otherwise)."""
    payload = item["payload"]
    if set(payload) != {"length", "hash"}:
        raise InvalidRecord()
    if not hmac.compare_digest(hashlib.sha256(canonical_json(payload)).hexdigest(), item["hash"]):
        raise InvalidRecord()
    if not _is_count(payload["length"]) or not _is_hash(payload["hash"]):
        raise InvalidRecord()
    return AuditHead(length=payload["length"], hash=payload["hash"])


@dataclasses.dataclass(frozen=True)
class Witness:
    """A laptop's signed statement: "the office's audit log held ``length`` entries, the last
    with hash ``hash``, when its bundle ``reply_seq`` reached me at ``witnessed_at``"."""

    length: int
    hash: str
    witnessed_at: str
    reply_seq: int


def witness_item(witness: Witness, *, origin: str) -> dict[str, Any]:
    """A bundle line carrying the head a laptop holds back to the office."""
    payload = {
        "length": witness.length,
        "hash": witness.hash,
        "witnessed_at": witness.witnessed_at,
        "reply_seq": witness.reply_seq,
    }
    return _item(
        WITNESS_KIND, _HEAD_NAMESPACE, payload, origin=origin, updated_at=witness.witnessed_at
    )


class BadWitness(Exception):
    """A witness item that is not a valid head; ``reason`` names what is wrong in a word (it is
    recorded in the audit log, never shown as text read from the bundle)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_witness(item: dict[str, Any]) -> Witness:
    """A witness item's content; BadWitness (``malformed`` or ``future``) otherwise."""
    payload = item["payload"]
    if set(payload) != {"length", "hash", "witnessed_at", "reply_seq"}:
        raise BadWitness("malformed")
    if not hmac.compare_digest(hashlib.sha256(canonical_json(payload)).hexdigest(), item["hash"]):
        raise BadWitness("malformed")
    if not (
        _is_count(payload["length"])
        and _is_hash(payload["hash"])
        and _is_count(payload["reply_seq"])
    ):
        raise BadWitness("malformed")
    try:
        validation.timestamp(payload["witnessed_at"], field="witnessed at")
    except (ValidationError, TypeError):
        raise BadWitness("malformed") from None
    try:
        validation.timestamp(payload["witnessed_at"], field="witnessed at", not_in_future=True)
    except ValidationError:
        raise BadWitness("future") from None
    return Witness(
        length=payload["length"],
        hash=payload["hash"],
        witnessed_at=payload["witnessed_at"],
        reply_seq=payload["reply_seq"],
    )
