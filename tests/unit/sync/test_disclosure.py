"""The partner bundle format: the golden file still opens and is still written byte for byte;
a bundle that lies about its records, carries another kind or was signed by another key is refused.

tests/data/bundles/disclosure-v1.cdb is Riverside's disclosure to Northgate (the two fixed
identities of the bundle test vector), with fixed records, ids, times, ephemeral key and salt.
Rewrite it only when the format version changes:

    .venv/bin/python -m tests.unit.sync.test_disclosure --write
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from circlesdesk.domain.records import Concern, ConcernResponse, Contact, Meeting, Record
from circlesdesk.sync import codec, disclosure, items
from circlesdesk.sync.disclosure import Envelope, ItemRef
from circlesdesk.sync.errors import DisclosureRefused, WrongSender
from circlesdesk.sync.keys import DeviceIdentity
from tests.unit.sync import bundle_vectors

ROOT = Path(__file__).resolve().parents[3]
GOLDEN = ROOT / "tests" / "data" / "bundles" / "disclosure-v1.cdb"
RIVERSIDE = bundle_vectors.office()  # the office that discloses
NORTHGATE = bundle_vectors.sender()  # the partner office it discloses to
CIRCLE = "82843526-15a6-4fd6-8d88-70ccede1e8fc"
MADE_AT = "2026-05-02T10:00:00+00:00"
ENVELOPE_UUID = "9a1c3c1e-2f0b-4d36-9a4e-3c2b1d0e5f61"
BUNDLE_ID = "c3d6f3a0-5b1e-4f4a-8a57-0d2a3b9e7c11"
EPHEMERAL = "28b1c6d1a37f4b2e9d0c5a8e7f6b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a66"
SALT = "5e" * 32

RECORDS: tuple[Record, ...] = (
    Concern(
        uuid="1b4e28ba-2fa1-41d2-883f-0016d3cca427",
        origin=NORTHGATE.device_id,
        updated_at="2026-04-20T19:40:00+00:00",
        circle_uuid=CIRCLE,
        raised_at="2026-04-20T19:30:00+00:00",
        level=2,
        category="children",
        description="He mentioned meeting a woman with two young children.",
    ),
    ConcernResponse(
        uuid="2c5f39cb-3ab2-42e3-994a-1127e4ddb538",
        origin=RIVERSIDE.device_id,
        updated_at="2026-04-21T09:00:00+00:00",
        concern_uuid="1b4e28ba-2fa1-41d2-883f-0016d3cca427",
        action="acknowledge",
        responded_at="2026-04-21T09:00:00+00:00",
        text="Offender manager told.",
    ),
    Meeting(
        uuid="3d6a4adc-4bc3-43f4-aa5b-2238f5eec649",
        origin=NORTHGATE.device_id,
        revision=2,
        updated_at="2026-04-20T21:00:00+00:00",
        circle_uuid=CIRCLE,
        held_on="2026-04-20",
        minutes="Café meeting; he seemed low ✓",
        life_areas=("relationships",),
    ),
)
ENVELOPE = Envelope(
    office="Riverside Circles",
    agency="Police",
    basis="UK GDPR Art. 6(1)(e)",
    core_member="Kestrel",
    consent="given (recorded 2026-04-01T12:00:00+00:00)",
    made_at=MADE_AT,
    items=tuple(ItemRef.of(record) for record in RECORDS),
)


def build(envelope: Envelope = ENVELOPE, records: tuple[Record, ...] = RECORDS) -> bytes:
    """The golden bundle's bytes: the format's writer with every random choice fixed."""
    return codec.seal(
        header=disclosure.header(
            sender=RIVERSIDE.public(),
            recipient=NORTHGATE.public(),
            schema_version=9,
            bundle_id=BUNDLE_ID,
            created_at=MADE_AT,
        ),
        records=disclosure.lines(envelope, records, origin=RIVERSIDE.device_id, uuid=ENVELOPE_UUID),
        sender=RIVERSIDE,
        recipient=NORTHGATE.public(),
        compress_level=0,
        ephemeral_key=X25519PrivateKey.from_private_bytes(bytes.fromhex(EPHEMERAL)),
        salt=bytes.fromhex(SALT),
    )


def open_as_northgate(data: bytes, sender: DeviceIdentity = RIVERSIDE) -> disclosure.Opened:
    return disclosure.open_bundle(
        data,
        sender=sender.public(),
        recipient_device_id=NORTHGATE.device_id,
        recipient_keys={NORTHGATE.public().key_id: NORTHGATE.exchange_key},
        limits=codec.Limits(),
    )


def test_the_golden_partner_bundle_still_opens() -> None:
    opened = open_as_northgate(GOLDEN.read_bytes())

    assert opened.envelope == ENVELOPE
    assert opened.groups == (RECORDS[:2], RECORDS[2:])
    assert [r.content_hash() for r in opened.records] == [
        ref.content_hash for ref in ENVELOPE.items
    ]


def test_the_writer_still_writes_the_golden_bytes() -> None:
    assert build() == GOLDEN.read_bytes()


def test_a_sealed_bundle_opens_to_what_was_sealed() -> None:
    data = disclosure.seal(
        ENVELOPE, RECORDS, sender=RIVERSIDE, recipient=NORTHGATE.public(), schema_version=9
    )

    opened = open_as_northgate(data)

    assert (opened.envelope, opened.records) == (ENVELOPE, RECORDS)
    assert data != build()  # fresh ephemeral key, salt and ids


def test_another_senders_key_is_refused() -> None:
    with pytest.raises(WrongSender):
        open_as_northgate(GOLDEN.read_bytes(), sender=NORTHGATE)


def test_an_envelope_that_lists_other_records_is_refused() -> None:
    lying = dataclasses.replace(ENVELOPE, items=ENVELOPE.items[:1])
    with pytest.raises(DisclosureRefused):
        open_as_northgate(build(envelope=lying))


def test_a_record_that_cannot_be_disclosed_is_refused() -> None:
    contact = Contact(
        uuid="4e7b5bed-5cd4-44a5-bb6c-3349a6ffd75a",
        origin=NORTHGATE.device_id,
        updated_at="2026-04-22T10:00:00+00:00",
        circle_uuid=CIRCLE,
        contact_on="2026-04-22",
        summary="Phoned about the allotment.",
    )
    carried = (*RECORDS, contact)
    envelope = dataclasses.replace(ENVELOPE, items=tuple(ItemRef.of(r) for r in carried))
    with pytest.raises(DisclosureRefused):
        open_as_northgate(build(envelope=envelope, records=carried))


def test_an_envelope_with_a_wrong_hash_is_refused() -> None:
    first, *rest = disclosure.lines(ENVELOPE, RECORDS, origin=RIVERSIDE.device_id)
    tampered = {**first, "payload": {**first["payload"], "agency": "Press"}}
    data = codec.seal(
        header=disclosure.header(
            sender=RIVERSIDE.public(), recipient=NORTHGATE.public(), schema_version=9
        ),
        records=[tampered, *rest],
        sender=RIVERSIDE,
        recipient=NORTHGATE.public(),
    )
    with pytest.raises(DisclosureRefused):
        open_as_northgate(data)
    assert items.record_item(RECORDS[0]) == rest[0]


if __name__ == "__main__":
    if "--write" in sys.argv[1:]:
        GOLDEN.write_bytes(build())
    print(f"{GOLDEN.name}: {codec.bundle_hash(build())}")
