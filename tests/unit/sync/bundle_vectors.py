"""Test vector v1 of the bundle format: fixed keys, salt, header and records give fixed bytes.

docs/bundle-format.md lists these inputs, the SHA-256 of the result and its first 200 bytes;
tests/data/bundles/vector-v1.cdb holds the result. Run this file to print both for the document
and to rewrite the golden file (only when the format version changes):

    .venv/bin/python tests/unit/sync/bundle_vectors.py --write
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from circlesdesk.sync import codec
from circlesdesk.sync.keys import DeviceIdentity

ROOT = Path(__file__).resolve().parents[3]
GOLDEN = ROOT / "tests" / "data" / "bundles" / "vector-v1.cdb"
DOCUMENT = ROOT / "docs" / "bundle-format.md"

SENDER_DEVICE_ID = "06f9827c72b96cd83439eb4fb93bcda5"
SENDER_SIGNING = "1003227e5a759f86a4fd64063b7a677a52e9adbdea3ccb5c60ad3a2ca39e70a8"
SENDER_EXCHANGE = "18796c83407c23c08f63f8c12b5480933e5ece337f4be4f5a4e148823394258a"
OFFICE_DEVICE_ID = "bdfc39acc0905277232bf89141fca3ec"
OFFICE_SIGNING = "f2f792dc5cae032218ec80f8aa20cdb3ce13bb2b544010bf5edb119a5a559a97"
OFFICE_EXCHANGE = "3bbef9862704e1823eb0f733feded205933f55aa54681a61563bdcb1789d2eec"
EPHEMERAL = "3a9459b2c4c30d09862837c2ff2d52f589093561619e2cfcc462a44e9d2f4b33"
SALT = "da27bdf0d46a7b25129632d201ca543c32439a85a7a19cdc22d38abb0ba07a16"
BUNDLE_ID = "5374951e-4828-4e3c-9938-08f5bfebdb94"
CREATED_AT = "2026-05-01T20:30:00+00:00"
PREVIOUS = "0428fb82992341fbb3824754dbdf206c82843526156a4fd68d8870ccede1e8fc"
COMPRESS_LEVEL = 0  # stored blocks: the same bytes from every zlib implementation

RECORDS: list[dict[str, Any]] = [
    {
        "kind": "meeting",
        "uuid": "0428fb82-9923-41fb-b382-4754dbdf206c",
        "origin": SENDER_DEVICE_ID,
        "revision": 1,
        "updated_at": "2026-05-01T20:15:00+00:00",
        # The content hash (docs/bundle-format.md, "Content hash"); a test recomputes both.
        "hash": "3d0f0ada585309d950327ee7c871314f68fa31c16615c29cd3171aabfff2915b",
        "payload": {
            "circle_uuid": "82843526-15a6-4fd6-8d88-70ccede1e8fc",
            "held_on": "2026-05-01",
            "start_time": None,
            "end_time": None,
            "venue": None,
            "minute_taker_uuid": None,
            "minutes": "Café meeting. Talked about the new flat ✓",
            "life_areas": ["housing"],
            "engagement": 4,
            "status": "final",
        },
    },
    {
        "kind": "attendance",
        "uuid": "82843526-15a6-4fd6-8d88-70ccede1e8fc",
        "origin": SENDER_DEVICE_ID,
        "revision": 2,
        "updated_at": "2026-05-01T20:16:00+00:00",
        "hash": "6d082a2f2ea80e67ecb69210be16a96c2654c4363e883229e3a168bb0a393095",
        "payload": {
            "meeting_uuid": "0428fb82-9923-41fb-b382-4754dbdf206c",
            "person_uuid": "5374951e-4828-4e3c-9938-08f5bfebdb94",
            "status": "late",
        },
    },
]


def sender() -> DeviceIdentity:
    """The vector's sending volunteer device."""
    return DeviceIdentity.from_private_bytes(
        SENDER_DEVICE_ID, bytes.fromhex(SENDER_SIGNING + SENDER_EXCHANGE)
    )


def office() -> DeviceIdentity:
    """The vector's office."""
    return DeviceIdentity.from_private_bytes(
        OFFICE_DEVICE_ID, bytes.fromhex(OFFICE_SIGNING + OFFICE_EXCHANGE)
    )


def header() -> codec.BundleHeader:
    """The vector's header before sealing."""
    return codec.make_header(
        kind=codec.BundleKind.SYNC,
        sender=sender().public(),
        recipient=office().public(),
        sequence=2,
        previous_bundle_hash=PREVIOUS,
        schema_version=1,
        last_receipt_seen=1,
        bundle_id=BUNDLE_ID,
        created_at=CREATED_AT,
    )


def build() -> bytes:
    """The vector's bundle bytes."""
    return codec.seal(
        header=header(),
        records=RECORDS,
        sender=sender(),
        recipient=office().public(),
        compress_level=COMPRESS_LEVEL,
        ephemeral_key=X25519PrivateKey.from_private_bytes(bytes.fromhex(EPHEMERAL)),
        salt=bytes.fromhex(SALT),
    )


def hexdump(data: bytes) -> str:
    """Offset, 16 bytes in hex, as the document shows them."""
    return "\n".join(
        f"{offset:08x}  {data[offset : offset + 16].hex(' ')}" for offset in range(0, len(data), 16)
    )


def main(argv: list[str]) -> None:
    """Print the vector's hash and hex dump; with --write also rewrite the golden file."""
    data = build()
    if "--write" in argv:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_bytes(data)
    print(f"length: {len(data)}")
    print(f"sha256: {codec.bundle_hash(data)}")
    print(f"sender key id: {sender().public().key_id}")
    print(f"office key id: {office().public().key_id}")
    print(f"sender fingerprint: {sender().public().fingerprint()}")
    print(f"office fingerprint: {office().public().fingerprint()}")
    print(hexdump(data[:200]))


if __name__ == "__main__":
    main(sys.argv[1:])
