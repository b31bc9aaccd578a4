"""Test helpers for bundles: identities, records, and a second writer of the bundle format.

The writer here follows docs/bundle-format.md with `cryptography` directly, not through
``circlesdesk.sync.codec``. A test proves it writes the same bytes as ``seal``; the hostile tests
use it to make what ``seal`` never would: bundles that are validly signed and encrypted but whose
header, body or framing break the rules.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import uuid
import zlib
from collections.abc import Sequence
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from circlesdesk.sync import codec
from circlesdesk.sync.keys import DeviceIdentity, PublicIdentity

# The format's constants, written out again from the document rather than imported.
MAGIC = b"\x89CDB\r\n\x1a\n"
INNER_MAGIC = b"CDB-in-1"
KDF_INFO = b"circlesdesk-bundle-key-v1"
SIGNATURE_DOMAIN = b"circlesdesk-bundle-header-v1"
OUTER_SIZE = 100
CHECKSUM_SIZE = 32

SENDER = DeviceIdentity.generate()
OFFICE = DeviceIdentity.generate()
OTHER_OFFICE = DeviceIdentity.generate()
MALLORY = DeviceIdentity.generate()  # another enrolled volunteer, turned hostile
OFFICE_KEYS = {OFFICE.public().key_id: OFFICE.exchange_key}
LIMITS = codec.Limits()


def record(
    number: int = 0, *, minutes: str = "Talked about the allotment and the new flat."
) -> dict[str, Any]:
    """A record envelope as the exporter would write it (a meeting with minutes)."""
    payload = {
        "circle_uuid": str(uuid.UUID(int=number + 1)),
        "held_on": "2026-05-01",
        "minutes": minutes,
        "life_areas": ["housing", "leisure"],
        "engagement": 4,
    }
    return {
        "kind": "meeting",
        "uuid": str(uuid.UUID(int=number + 1_000_000)),
        "origin": SENDER.device_id,
        "revision": 1,
        "updated_at": "2026-05-01T20:15:00+00:00",
        "hash": hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest(),
        "payload": payload,
    }


def body_lines(records: Sequence[dict[str, Any]]) -> bytes:
    """The uncompressed body: compact UTF-8 JSON, one record a line, each line ending in LF."""
    return b"".join(
        json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        for r in records
    )


def header_fields(
    *, sender: PublicIdentity | None = None, recipient: PublicIdentity | None = None
) -> dict[str, Any]:
    """A valid header as a dict (body fields for an empty body)."""
    sender = sender or SENDER.public()
    recipient = recipient or OFFICE.public()
    return {
        "format_version": 1,
        "bundle_id": "5374951e-4828-4e3c-9938-08f5bfebdb94",
        "kind": "sync",
        "sender_device_id": sender.device_id,
        "sender_key_id": sender.key_id,
        "recipient_device_id": recipient.device_id,
        "recipient_key_id": recipient.key_id,
        "sequence": 1,
        "previous_bundle_hash": None,
        "schema_version": 1,
        "created_at": "2026-05-01T20:30:00+00:00",
        "body_sha256": hashlib.sha256(b"").hexdigest(),
        "body_length": 0,
        "uncompressed_length": 0,
        "record_count": 0,
        "last_receipt_seen": 0,
    }


def header_json(fields: dict[str, Any]) -> bytes:
    """Header bytes as the format writes them: sorted keys, no spaces, ASCII."""
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("ascii")


def sign(identity: DeviceIdentity, header: bytes) -> bytes:
    """The Ed25519 signature over the domain string and the exact header bytes."""
    return identity.signing_key.sign(SIGNATURE_DOMAIN + header)


def inner(
    *,
    header: bytes,
    body: bytes,
    signature: bytes,
    signer_key_id: str,
    magic: bytes = INNER_MAGIC,
    header_length: int | None = None,
    body_length: int | None = None,
) -> bytes:
    """The inner plaintext; the length fields may be overridden to lie."""
    return b"".join(
        (
            magic,
            bytes.fromhex(signer_key_id),
            struct.pack(">I", len(header) if header_length is None else header_length),
            header,
            struct.pack(">Q", len(body) if body_length is None else body_length),
            body,
            signature,
        )
    )


def with_checksum(without: bytes) -> bytes:
    """Append the SHA-256 checksum of everything before it."""
    return without + hashlib.sha256(without).digest()


def restamp(data: bytes) -> bytes:
    """Recompute the checksum of a (modified) bundle, as a forger would."""
    return with_checksum(data[:-CHECKSUM_SIZE])


def outer_header(
    *,
    recipient_key_id: bytes,
    ephemeral_public: bytes,
    salt: bytes,
    ciphertext_length: int,
    version: int = 1,
    suite: int = 1,
) -> bytes:
    """The 100-byte outer header."""
    return (
        MAGIC
        + struct.pack(">HH", version, suite)
        + recipient_key_id
        + ephemeral_public
        + salt
        + struct.pack(">Q", ciphertext_length)
    )


def envelope(
    plaintext: bytes,
    *,
    recipient: PublicIdentity | None = None,
    ephemeral: X25519PrivateKey | None = None,
    salt: bytes | None = None,
    version: int = 1,
    suite: int = 1,
) -> bytes:
    """Encrypt inner bytes to ``recipient`` and frame them as a bundle file."""
    recipient = recipient or OFFICE.public()
    ephemeral = ephemeral or X25519PrivateKey.generate()
    salt = os.urandom(32) if salt is None else salt
    header = outer_header(
        recipient_key_id=bytes.fromhex(recipient.key_id),
        ephemeral_public=ephemeral.public_key().public_bytes_raw(),
        salt=salt,
        ciphertext_length=len(plaintext) + 16,
        version=version,
        suite=suite,
    )
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.exchange_public))
    info = KDF_INFO + recipient.exchange_public + header
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(shared)
    return with_checksum(header + ChaCha20Poly1305(key).encrypt(bytes(12), plaintext, header))


def forge(
    *,
    records: Sequence[dict[str, Any]] = (),
    raw_body: bytes | None = None,
    body: bytes | None = None,
    fields: dict[str, Any] | None = None,
    header: bytes | None = None,
    signer: DeviceIdentity = SENDER,
    signer_key_id: str | None = None,
    recipient: PublicIdentity | None = None,
) -> bytes:
    """A validly signed and encrypted bundle with any part replaced.

    ``raw_body`` (uncompressed) defaults to the lines of ``records``; ``body`` (compressed)
    to its zlib level 1. ``fields`` overrides header fields after the body's are filled in;
    ``header`` replaces the header bytes outright. ``signer`` signs whatever results.
    """
    recipient = recipient or OFFICE.public()
    raw = body_lines(records) if raw_body is None else raw_body
    compressed = zlib.compress(raw, 1) if body is None else body
    values = header_fields(sender=signer.public(), recipient=recipient)
    values.update(
        body_sha256=hashlib.sha256(compressed).hexdigest(),
        body_length=len(compressed),
        uncompressed_length=len(raw),
        record_count=len(records),
    )
    values.update(fields or {})
    header_bytes = header_json(values) if header is None else header
    plaintext = inner(
        header=header_bytes,
        body=compressed,
        signature=sign(signer, header_bytes),
        signer_key_id=signer_key_id or signer.public().key_id,
    )
    return envelope(plaintext, recipient=recipient)


def open_all(
    data: bytes, *, signer: PublicIdentity | None = None, limits: codec.Limits = LIMITS
) -> tuple[codec.BundleHeader, list[dict[str, Any]]]:
    """Everything the importer runs on a bundle, in order, for the office."""
    content = codec.open_envelope(data, recipient_keys=OFFICE_KEYS, limits=limits)
    header = codec.verify_and_parse(content, signer=signer or SENDER.public(), limits=limits)
    return header, codec.decode_records(content, header, limits=limits)


def zeros_bomb(size: int) -> bytes:
    """A valid zlib stream of ``size`` zero bytes (a multiple of 1 MiB), built in milliseconds.

    One MiB of zeros is compressed with a full flush, which resets the compressor, so the same
    block can be repeated; then an empty final block and the Adler-32 of ``size`` zeros follow.
    """
    chunk = 1024 * 1024
    assert size % chunk == 0
    compressor = zlib.compressobj(9)
    first = compressor.compress(bytes(chunk)) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = first[2:]  # without the two-byte zlib header
    adler = ((size % 65521) << 16) | 1  # Adler-32 of zeros: A stays 1, B counts the bytes
    return first + block * (size // chunk - 1) + b"\x03\x00" + struct.pack(">I", adler)


_PLAIN_SENTENCE = re.compile(r"[A-Z][^\n\r\t{}<>\\]*[.]")


def assert_plain_sentence(error: BaseException) -> None:
    """The message reads as plain sentences and leaks nothing read from the file."""
    text = str(error)
    assert _PLAIN_SENTENCE.fullmatch(text), text
    assert 20 <= len(text) <= 300, text
    assert not re.search(r"[0-9a-fA-F]{8,}|\\x|b'", text), text
    assert error.__class__.__name__ not in text
