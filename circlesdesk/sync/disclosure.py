"""The partner bundle: one office's disclosure to another office that runs CirclesDesk, as a file.

A partner bundle is an ordinary bundle (docs/bundle-format.md) of kind ``disclosure``, signed by
the disclosing office and encrypted to the partner office's key. Its first line is a
``disclosure`` envelope (office, agency, basis, core member, consent, when, and a reference to every
record that follows, hashed as a record is); the others are the disclosed records as bundle lines,
each concern followed by the office's responses to it, or a meeting. It is written
(:func:`seal`) and checked and read (:func:`open_bundle`) here, and never imported: the receiving
office reads it, nothing is stored.
"""

from __future__ import annotations

import dataclasses
import hmac
from collections.abc import Mapping, Sequence
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from circlesdesk.domain.records import (
    Concern,
    ConcernResponse,
    Meeting,
    Record,
    content_hash,
    new_record_id,
)
from circlesdesk.sync import codec, items, strictjson
from circlesdesk.sync.errors import (
    BadSignature,
    BundleError,
    DisclosureRefused,
    SenderMismatch,
    WrongSender,
)
from circlesdesk.sync.keys import DeviceIdentity, PublicIdentity

DISCLOSURE_KIND = codec.BundleKind.DISCLOSURE.value
_ENVELOPE_FIELDS = frozenset(
    {"office", "agency", "basis", "core_member", "consent", "made_at", "items"}
)
_REF_FIELDS = frozenset({"kind", "uuid", "revision", "content_hash"})


@dataclasses.dataclass(frozen=True)
class ItemRef:
    """One record as a disclosure names it: which record, which revision, which content."""

    kind: str
    uuid: str
    revision: int
    content_hash: str

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def of(cls, record: Record) -> ItemRef:
        return cls(record.kind, record.uuid, record.revision, record.content_hash())


@dataclasses.dataclass(frozen=True)
class Envelope:
    """What a disclosure says about itself: from whom, to whom, why, about whom, what."""

    office: str
    agency: str
    basis: str
    core_member: str  # the pseudonym
    consent: str
    made_at: str
    items: tuple[ItemRef, ...]

    def payload(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "items": [ref.to_json() for ref in self.items]}


@dataclasses.dataclass(frozen=True)
class Opened:
    """A partner bundle verified and decrypted: its envelope and its records as picked."""

    envelope: Envelope
    groups: tuple[tuple[Record, ...], ...]  # a concern with its responses, or a meeting

    @property
    def records(self) -> tuple[Record, ...]:
        return tuple(record for group in self.groups for record in group)


def header(
    *,
    sender: PublicIdentity,
    recipient: PublicIdentity,
    schema_version: int,
    bundle_id: str | None = None,
    created_at: str | None = None,
) -> codec.BundleHeader:
    """The header of a partner bundle (always the first and only bundle to that partner)."""
    return codec.make_header(
        kind=codec.BundleKind.DISCLOSURE,
        sender=sender,
        recipient=recipient,
        sequence=1,
        previous_bundle_hash=None,
        schema_version=schema_version,
        bundle_id=bundle_id,
        created_at=created_at,
    )


def lines(
    envelope: Envelope, records: Sequence[Record], *, origin: str, uuid: str | None = None
) -> list[dict[str, Any]]:
    """The bundle lines: the envelope first, then the records in the envelope's order."""
    uuid = uuid or new_record_id()
    payload = envelope.payload()
    first = {
        "kind": DISCLOSURE_KIND,
        "uuid": uuid,
        "origin": origin,
        "revision": 1,
        "updated_at": envelope.made_at,
        "hash": content_hash(DISCLOSURE_KIND, uuid, payload),
        "payload": payload,
    }
    return [first, *(items.record_item(record) for record in records)]


def seal(
    envelope: Envelope,
    records: Sequence[Record],
    *,
    sender: DeviceIdentity,
    recipient: PublicIdentity,
    schema_version: int,
) -> bytes:
    """The partner bundle's bytes: signed by ``sender``, readable only by ``recipient``."""
    return codec.seal(
        header=header(sender=sender.public(), recipient=recipient, schema_version=schema_version),
        records=lines(envelope, records, origin=sender.device_id),
        sender=sender,
        recipient=recipient,
    )


def open_bundle(
    data: bytes,
    *,
    sender: PublicIdentity,
    recipient_device_id: str,
    recipient_keys: Mapping[str, X25519PrivateKey],
    limits: codec.Limits,
) -> Opened:
    """Verify a partner bundle against the sender key given and decrypt it with the recipient's
    keys; check its envelope and that the envelope names exactly the records carried. A file
    that fails raises :class:`WrongSender` or :class:`DisclosureRefused` (or the bundle error of
    a damaged or foreign file)."""
    content = codec.open_envelope(data, recipient_keys=recipient_keys, limits=limits)
    if content.signer_key_id != sender.key_id:
        raise WrongSender()
    try:
        parsed = codec.verify_and_parse(content, signer=sender, limits=limits)
    except (BadSignature, SenderMismatch):
        raise WrongSender() from None
    if parsed.kind != DISCLOSURE_KIND:
        raise DisclosureRefused("disclosure.is_sync_bundle")
    if parsed.recipient_device_id != recipient_device_id:
        raise DisclosureRefused("disclosure.other_recipient")
    found = codec.decode_records(content, parsed, limits=limits)
    if not found:
        raise DisclosureRefused()
    payload = _envelope_payload(found[0])
    try:
        records = [items.parse_record(line) for line in found[1:]]
        refs = tuple(_item_ref(item) for item in payload["items"])
    except (BundleError, TypeError, strictjson.StrictJSONError):
        raise DisclosureRefused() from None
    if refs != tuple(ItemRef.of(r) for r in records):
        raise DisclosureRefused()
    envelope = Envelope(**{**payload, "items": refs})
    return Opened(envelope, _grouped(records))


def _envelope_payload(line: dict[str, Any]) -> dict[str, Any]:
    """The checked payload of a disclosure's first line (kind, hash, fields, types)."""
    if line["kind"] != DISCLOSURE_KIND:
        raise DisclosureRefused()
    digest = content_hash(DISCLOSURE_KIND, line["uuid"], line["payload"])
    if not hmac.compare_digest(digest, line["hash"]):
        raise DisclosureRefused()
    payload: dict[str, Any] = line["payload"]
    if set(payload) != _ENVELOPE_FIELDS or not isinstance(payload["items"], list):
        raise DisclosureRefused()
    if not all(isinstance(payload[f], str) for f in _ENVELOPE_FIELDS - {"items"}):
        raise DisclosureRefused()
    return payload


def _item_ref(value: object) -> ItemRef:
    if not (isinstance(value, dict) and set(value) == _REF_FIELDS):
        raise DisclosureRefused()
    ref = ItemRef(**value)
    if not (
        isinstance(ref.kind, str)
        and isinstance(ref.uuid, str)
        and isinstance(ref.content_hash, str)
        and type(ref.revision) is int
    ):
        raise DisclosureRefused()
    return ref


def _grouped(records: Sequence[Record]) -> tuple[tuple[Record, ...], ...]:
    """Records as the sender picked them: a concern with the responses after it, or a meeting."""
    groups: list[list[Record]] = []
    for one in records:
        if isinstance(one, ConcernResponse) and groups and groups[-1][0].uuid == one.concern_uuid:
            groups[-1].append(one)
        elif isinstance(one, Concern | Meeting):
            groups.append([one])
        else:
            raise DisclosureRefused()
    return tuple(tuple(group) for group in groups)
