"""The bundle file: records sealed into signed, encrypted bytes, and every check to open them.

Pure bytes in, bytes out; it knows nothing of the vault. ``docs/bundle-format.md`` is the
authority on the layout, the key derivation, the order of the checks and the test vectors.

Sending: :func:`make_header` then :func:`seal`. Receiving, with the importer deciding in between
which signer to trust: :func:`open_envelope` (size, magic, version, suite, checksum, recipient,
decryption, framing), :func:`verify_and_parse` (signature, strict header, sender, body hash,
declared sizes) and :func:`decode_records` (bounded decompression, one strict JSON object a line).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import os
import re
import stat
import struct
import uuid as uuidlib
import zlib
from collections.abc import Iterator, Mapping, Sequence
from enum import StrEnum
from typing import Any, Self

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from circlesdesk.domain.records import new_record_id, utc_now
from circlesdesk.sync import strictjson
from circlesdesk.sync.errors import (
    BadSignature,
    BodyHashMismatch,
    BodyTooLarge,
    BundleDecryptionFailed,
    BundleTooLarge,
    BundleUnreadable,
    DamagedInTransit,
    InvalidRecord,
    MalformedBundle,
    MalformedHeader,
    NotABundle,
    RecordTooLarge,
    SenderMismatch,
    TextTooLong,
    TooManyRecords,
    UnsupportedBundleVersion,
    UnsupportedCipherSuite,
    WrongRecipient,
)
from circlesdesk.sync.keys import DeviceIdentity, PublicIdentity, is_device_id

MAGIC = b"\x89CDB\r\n\x1a\n"
INNER_MAGIC = b"CDB-in-1"
FORMAT_VERSION = 1
# Suite 1: X25519, HKDF-SHA256, ChaCha20-Poly1305, Ed25519, zlib-compressed JSON lines.
CIPHER_SUITE = 1
KEY_DERIVATION_INFO = b"circlesdesk-bundle-key-v1"
SIGNATURE_DOMAIN = b"circlesdesk-bundle-header-v1"
# Each bundle key encrypts exactly one message, so a fixed nonce is safe.
NONCE = bytes(12)
SALT_SIZE = 32
TAG_SIZE = 16
CHECKSUM_SIZE = 32
SIGNATURE_SIZE = 64
MAX_JSON_DEPTH = 8

# magic, format version, cipher suite, recipient key id, ephemeral public key, salt, ct length
OUTER_HEADER = struct.Struct(">8sHH16s32s32sQ")
# inner magic, signer key id, header length
INNER_PREFIX = struct.Struct(">8s16sI")
BODY_LENGTH = struct.Struct(">Q")
MIN_INNER_SIZE = INNER_PREFIX.size + BODY_LENGTH.size + SIGNATURE_SIZE

_MAX_AEAD_INPUT = 2**31 - 1  # cryptography's one-shot AEAD limit
_INFLATE_INPUT_CHUNK = 64 * 1024
_INFLATE_OUTPUT_CHUNK = 1024 * 1024
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_MAX_COUNT = strictjson.MAX_SAFE_INTEGER
_ENVELOPE_TYPES: dict[str, type] = {
    "kind": str,
    "uuid": str,
    "origin": str,
    "revision": int,
    "updated_at": str,
    "hash": str,
    "payload": dict,
}

_LINE_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
MiB = 1024 * 1024
# Bodies from this size are compressed in two halves on two threads (see _compress).
_PARALLEL_COMPRESS_MIN = 4 * MiB
_WINDOW = 32 * 1024  # deflate's window: how far back the second half may refer


class BundleKind(StrEnum):
    """What a bundle is for."""

    SYNC = "sync"  # a volunteer's records to the office
    WELCOME = "welcome"  # the office's keys, configuration and circles for a new device
    REPLY = "reply"  # the office's receipts, roster changes and concern responses
    DISCLOSURE = "disclosure"  # records an office discloses to a partner office (never imported)


BUNDLE_KINDS = frozenset(kind.value for kind in BundleKind)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Limits:
    """How much a vault accepts in one bundle (DESIGN.md §7). Sizes in bytes, text in characters."""

    max_file: int = 64 * MiB
    max_header: int = 64 * 1024
    max_body: int = 256 * MiB
    max_records: int = 100_000
    max_text: int = 1 * MiB
    # One record line in bytes: a record's few text fields at max_text characters each, even
    # fully \u-escaped, fit; a line longer than this is refused as soon as it passes it, before
    # it is kept whole or parsed (a 255 MiB line once cost 809 MiB of memory).
    max_line: int = 16 * MiB

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{field.name} must be a positive whole number")
        if self.max_file > _MAX_AEAD_INPUT:
            raise ValueError("max_file must stay below 2 GiB")


@dataclasses.dataclass(frozen=True, kw_only=True)
class BundleHeader:
    """The signed description of a bundle; building one checks every field's type and range.

    A field that breaks the rules raises :class:`MalformedHeader`, whether it was parsed from a
    bundle or built in code.
    """

    format_version: int
    bundle_id: str
    kind: str
    sender_device_id: str
    sender_key_id: str
    recipient_device_id: str
    recipient_key_id: str
    sequence: int
    previous_bundle_hash: str | None
    schema_version: int
    created_at: str
    body_sha256: str
    body_length: int
    uncompressed_length: int
    record_count: int
    last_receipt_seen: int

    def __post_init__(self) -> None:
        checks = (
            _is_int(self.format_version, low=1, high=0xFFFF),
            _is_uuid(self.bundle_id),
            isinstance(self.kind, str) and self.kind in BUNDLE_KINDS,
            is_device_id(self.sender_device_id),
            _is_hex(self.sender_key_id, _HEX32),
            is_device_id(self.recipient_device_id),
            _is_hex(self.recipient_key_id, _HEX32),
            _is_int(self.sequence, low=1),
            self.previous_bundle_hash is None or _is_hex(self.previous_bundle_hash, _HEX64),
            _is_int(self.schema_version, low=1),
            _is_timestamp(self.created_at),
            _is_hex(self.body_sha256, _HEX64),
            _is_int(self.body_length, low=0),
            _is_int(self.uncompressed_length, low=0),
            _is_int(self.record_count, low=0),
            _is_int(self.last_receipt_seen, low=0),
        )
        if not all(checks):
            raise MalformedHeader()

    def to_json(self) -> bytes:
        """The header as the exact bytes that are signed: sorted keys, no spaces, ASCII."""
        return json.dumps(
            dataclasses.asdict(self), sort_keys=True, separators=(",", ":"), allow_nan=False
        ).encode("ascii")

    @classmethod
    def from_json(cls, data: bytes) -> Self:
        """Parse header bytes strictly: exactly the known fields, each of the right type."""
        try:
            value = strictjson.loads(data.decode("utf-8"), max_depth=MAX_JSON_DEPTH)
        except (UnicodeDecodeError, strictjson.StrictJSONError):
            raise MalformedHeader() from None
        names = {field.name for field in dataclasses.fields(cls)}
        if not isinstance(value, dict) or set(value) != names:
            raise MalformedHeader()
        return cls(**value)


@dataclasses.dataclass(frozen=True, kw_only=True)
class SignedContent:
    """A decrypted bundle, split into its parts but not yet verified or parsed."""

    format_version: int
    recipient_key_id: str
    signer_key_id: str
    header_bytes: bytes = dataclasses.field(repr=False)
    body: bytes = dataclasses.field(repr=False)
    signature: bytes = dataclasses.field(repr=False)


def _is_int(value: object, *, low: int, high: int = _MAX_COUNT) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _is_hex(value: object, pattern: re.Pattern[str]) -> bool:
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def _is_uuid(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuidlib.UUID(value)) == value
    except ValueError:
        return False


def _is_timestamp(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        return dt.datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def make_header(
    *,
    kind: BundleKind | str,
    sender: PublicIdentity,
    recipient: PublicIdentity,
    sequence: int,
    previous_bundle_hash: str | None,
    schema_version: int,
    last_receipt_seen: int = 0,
    bundle_id: str | None = None,
    created_at: str | None = None,
) -> BundleHeader:
    """A header for :func:`seal`, which fills in the body's hash, lengths and record count."""
    return BundleHeader(
        format_version=FORMAT_VERSION,
        bundle_id=bundle_id if bundle_id is not None else new_record_id(),
        kind=str(kind),
        sender_device_id=sender.device_id,
        sender_key_id=sender.key_id,
        recipient_device_id=recipient.device_id,
        recipient_key_id=recipient.key_id,
        sequence=sequence,
        previous_bundle_hash=previous_bundle_hash,
        schema_version=schema_version,
        created_at=created_at if created_at is not None else utc_now(),
        body_sha256=hashlib.sha256(b"").hexdigest(),
        body_length=0,
        uncompressed_length=0,
        record_count=0,
        last_receipt_seen=last_receipt_seen,
    )


_ENVELOPE_EXACT_TYPES = tuple(_ENVELOPE_TYPES.values())


def _envelope_problem(record: object) -> str | None:
    """Why ``record`` is not a record envelope, or ``None`` if it is one."""
    # Fast path: the fields in their usual order, each of exactly its type (as parsed JSON is).
    if (
        type(record) is dict
        and record.keys() == _ENVELOPE_TYPES.keys()
        and tuple(map(type, record.values())) == _ENVELOPE_EXACT_TYPES
    ):
        return None
    if not isinstance(record, dict):
        return "a record is not a JSON object"
    if record.keys() != _ENVELOPE_TYPES.keys():
        return "a record's fields are not kind, uuid, origin, revision, updated_at, hash, payload"
    for name, expected in _ENVELOPE_TYPES.items():
        value = record[name]
        if not isinstance(value, expected) or isinstance(value, bool):
            return f"a record's {name} is not of type {expected.__name__}"
    return None


def encode_line(record: dict[str, Any]) -> bytes:
    """One record envelope as a body line (without its LF), compact UTF-8 JSON; ``ValueError`` for a
    record whose shape the reader would refuse."""
    problem = _envelope_problem(record)
    if problem is not None:
        raise ValueError(problem)
    return _LINE_ENCODER.encode(record).encode("utf-8")


def _encode_body(lines: Sequence[bytes]) -> bytes:
    """The uncompressed body: each line ending in LF."""
    raw = b"\n".join(lines) + b"\n" if lines else b""
    if raw.count(b"\n") != len(lines):
        raise ValueError("a line holds a line break")
    return raw


def _compress(raw: bytes, level: int) -> bytes:
    """``raw`` as one zlib stream at ``level``; a large body is compressed in two halves at once.

    The halves are deflated on two threads (zlib lets go of the interpreter lock while it
    works), as pigz does: the first half ends with a sync flush (byte-aligned, not the last
    block), the second is primed with the 32 KiB before it, so that it may refer back into the
    first half as a one-pass compressor would. Header, the two deflate streams and the Adler-32
    of ``raw`` make one zlib stream (RFC 1950) that any reader inflates as usual.
    """
    if len(raw) < _PARALLEL_COMPRESS_MIN:
        return zlib.compress(raw, level)
    view = memoryview(raw)
    middle = len(raw) // 2

    def second_half() -> bytes:
        deflater = zlib.compressobj(
            level, zlib.DEFLATED, -zlib.MAX_WBITS, zdict=view[middle - _WINDOW : middle]
        )
        return deflater.compress(view[middle:]) + deflater.flush(zlib.Z_FINISH)

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as worker:
        second = worker.submit(second_half)
        deflater = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
        first = deflater.compress(view[:middle]) + deflater.flush(zlib.Z_SYNC_FLUSH)
        checksum = zlib.adler32(raw)
        rest = second.result()
    return b"".join((_zlib_header(level), first, rest, checksum.to_bytes(4, "big")))


def _zlib_header(level: int) -> bytes:
    """The two bytes that open a zlib stream: deflate, 32 KiB window, the level's hint."""
    hint = 0 if level in (0, 1) else 1 if level < 6 else 2 if level == 6 else 3
    cmf = 0x78
    flg = hint << 6
    flg += 31 - (cmf * 256 + flg) % 31
    return bytes((cmf, flg))


def seal(
    *,
    header: BundleHeader,
    records: Sequence[dict[str, Any]],
    sender: DeviceIdentity,
    recipient: PublicIdentity,
    compress_level: int = 1,
    ephemeral_key: X25519PrivateKey | None = None,
    salt: bytes | None = None,
) -> bytes:
    """Sign and encrypt ``records`` from ``sender`` to ``recipient`` as one bundle file.

    Each record is checked and encoded by :func:`encode_line`, then sealed by
    :func:`seal_lines`, which says what the other arguments do.
    """
    return seal_lines(
        header=header,
        lines=[encode_line(record) for record in records],
        sender=sender,
        recipient=recipient,
        compress_level=compress_level,
        ephemeral_key=ephemeral_key,
        salt=salt,
    )


def seal_lines(
    *,
    header: BundleHeader,
    lines: Sequence[bytes],
    sender: DeviceIdentity,
    recipient: PublicIdentity,
    compress_level: int = 1,
    ephemeral_key: X25519PrivateKey | None = None,
    salt: bytes | None = None,
) -> bytes:
    """Sign and encrypt body lines, each encoded in UTF-8 without its LF (by
    :func:`encode_line`, or as ``store.changed_since_items`` writes stored records), as one
    bundle file from ``sender`` to ``recipient``.

    The header's ids must name ``sender`` and ``recipient``; its body fields are filled in here.
    Level 1 compression is the default: level 6 makes bundles of minutes about a fifth smaller
    but costs five times as long (see docs/bundle-format.md). ``ephemeral_key`` and ``salt`` are
    for test vectors only; leave them out so that each bundle gets fresh ones.
    """
    sender_public = sender.public()
    if (header.sender_device_id, header.sender_key_id) != (
        sender_public.device_id,
        sender_public.key_id,
    ):
        raise ValueError("the header's sender is not the sealing device")
    if (header.recipient_device_id, header.recipient_key_id) != (
        recipient.device_id,
        recipient.key_id,
    ):
        raise ValueError("the header's recipient is not the one sealed to")
    raw = _encode_body(lines)
    body = _compress(raw, compress_level)
    header_bytes = dataclasses.replace(
        header,
        body_sha256=hashlib.sha256(body).hexdigest(),
        body_length=len(body),
        uncompressed_length=len(raw),
        record_count=len(lines),
    ).to_json()
    signature = sender.signing_key.sign(SIGNATURE_DOMAIN + header_bytes)
    plaintext = b"".join(
        (
            INNER_PREFIX.pack(INNER_MAGIC, bytes.fromhex(sender_public.key_id), len(header_bytes)),
            header_bytes,
            BODY_LENGTH.pack(len(body)),
            body,
            signature,
        )
    )
    return _encrypt(plaintext, recipient=recipient, ephemeral_key=ephemeral_key, salt=salt)


def _encrypt(
    plaintext: bytes,
    *,
    recipient: PublicIdentity,
    ephemeral_key: X25519PrivateKey | None,
    salt: bytes | None,
) -> bytes:
    """Wrap the inner bytes in the outer layer: header, ChaCha20-Poly1305 ciphertext, checksum."""
    if ephemeral_key is None:
        ephemeral_key = X25519PrivateKey.generate()
    if salt is None:
        salt = os.urandom(SALT_SIZE)
    if len(salt) != SALT_SIZE:
        raise ValueError("the salt is 32 bytes")
    outer = OUTER_HEADER.pack(
        MAGIC,
        FORMAT_VERSION,
        CIPHER_SUITE,
        bytes.fromhex(recipient.key_id),
        ephemeral_key.public_key().public_bytes_raw(),
        salt,
        len(plaintext) + TAG_SIZE,
    )
    shared = ephemeral_key.exchange(X25519PublicKey.from_public_bytes(recipient.exchange_public))
    key = _bundle_key(shared, salt=salt, recipient_public=recipient.exchange_public, outer=outer)
    ciphertext = ChaCha20Poly1305(key).encrypt(NONCE, plaintext, outer)
    checksum = hashlib.sha256(outer)
    checksum.update(ciphertext)
    return b"".join((outer, ciphertext, checksum.digest()))


def _bundle_key(shared: bytes, *, salt: bytes, recipient_public: bytes, outer: bytes) -> bytes:
    """HKDF-SHA256 over the X25519 secret, bound to the recipient key and the whole outer header."""
    info = KEY_DERIVATION_INFO + recipient_public + outer
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(shared)


def bundle_hash(data: bytes) -> str:
    """SHA-256 (hex) of a whole bundle file: what the next bundle names as its predecessor."""
    return hashlib.sha256(data).hexdigest()


def signed_hash(header_bytes: bytes) -> str:
    """SHA-256 (hex) of a bundle's exact signed header bytes: names its signed content (the
    header holds the body's SHA-256) whatever it was encrypted with, so the same signed bundle
    encrypted twice has one signed hash and two file hashes."""
    return hashlib.sha256(header_bytes).hexdigest()


def read_bundle_file(path: str | os.PathLike[str], *, limits: Limits) -> bytes:
    """Read a bundle file, refusing one over the size limit before reading any of it."""
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):
            raise NotABundle()
        if status.st_size > limits.max_file:
            raise BundleTooLarge()
        with open(path, "rb") as file:
            data = file.read(limits.max_file + 1)
    except OSError:
        raise BundleUnreadable() from None
    if len(data) > limits.max_file:  # the file grew after it was measured
        raise BundleTooLarge()
    return data


def open_envelope(
    data: bytes, *, recipient_keys: Mapping[str, X25519PrivateKey], limits: Limits
) -> SignedContent:
    """Check and decrypt the outer layer, then split the inner bytes into their parts.

    ``recipient_keys`` maps key ids to this vault's X25519 private keys (more than one while an
    old office key is kept for bundles still in transit). The signer is not checked here: the
    importer looks ``signer_key_id`` up in its registry, then calls :func:`verify_and_parse`.
    """
    if len(data) > limits.max_file:
        raise BundleTooLarge()
    if data[: len(MAGIC)] != MAGIC:
        # The name survived but the line-end or high-bit bytes did not: a text-mode transfer.
        if MAGIC[1:4] in data[: len(MAGIC)]:
            raise DamagedInTransit()
        raise NotABundle()
    if len(data) < OUTER_HEADER.size + CHECKSUM_SIZE:
        raise DamagedInTransit()
    _, version, suite, recipient_id, ephemeral, salt, length = OUTER_HEADER.unpack_from(data)
    if version != FORMAT_VERSION:
        raise UnsupportedBundleVersion()
    if suite != CIPHER_SUITE:
        raise UnsupportedCipherSuite()
    if length != len(data) - OUTER_HEADER.size - CHECKSUM_SIZE:
        raise DamagedInTransit()
    view = memoryview(data)
    if not hmac.compare_digest(
        hashlib.sha256(view[:-CHECKSUM_SIZE]).digest(), view[-CHECKSUM_SIZE:]
    ):
        raise DamagedInTransit()
    private = recipient_keys.get(recipient_id.hex())
    if private is None:
        raise WrongRecipient()
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    except ValueError:  # a low-order ephemeral key: the shared secret would be all zeros
        raise BundleDecryptionFailed() from None
    outer = bytes(view[: OUTER_HEADER.size])
    recipient_public = private.public_key().public_bytes_raw()
    key = _bundle_key(shared, salt=salt, recipient_public=recipient_public, outer=outer)
    try:
        plaintext = ChaCha20Poly1305(key).decrypt(
            NONCE, view[OUTER_HEADER.size : -CHECKSUM_SIZE], outer
        )
    except InvalidTag:
        raise BundleDecryptionFailed() from None
    return _split_inner(plaintext, recipient_key_id=recipient_id.hex(), limits=limits)


def _split_inner(plaintext: bytes, *, recipient_key_id: str, limits: Limits) -> SignedContent:
    if len(plaintext) < MIN_INNER_SIZE:
        raise MalformedBundle()
    magic, signer_id, header_length = INNER_PREFIX.unpack_from(plaintext)
    if magic != INNER_MAGIC:
        raise MalformedBundle()
    if header_length > limits.max_header:
        raise MalformedHeader()
    header_end = INNER_PREFIX.size + header_length
    if header_end + BODY_LENGTH.size + SIGNATURE_SIZE > len(plaintext):
        raise MalformedBundle()
    (body_length,) = BODY_LENGTH.unpack_from(plaintext, header_end)
    body_start = header_end + BODY_LENGTH.size
    if body_start + body_length + SIGNATURE_SIZE != len(plaintext):
        raise MalformedBundle()
    return SignedContent(
        format_version=FORMAT_VERSION,
        recipient_key_id=recipient_key_id,
        signer_key_id=signer_id.hex(),
        header_bytes=plaintext[INNER_PREFIX.size : header_end],
        body=plaintext[body_start : body_start + body_length],
        signature=plaintext[body_start + body_length :],
    )


def verify_and_parse(
    content: SignedContent, *, signer: PublicIdentity, limits: Limits
) -> BundleHeader:
    """Verify the signature with the registered ``signer``, then parse and check the header.

    After the signature: strict header parsing, the sender and recipient it names, the body's
    length and SHA-256, and the record count and unpacked size it declares against ``limits``.
    """
    try:
        Ed25519PublicKey.from_public_bytes(signer.signing_public).verify(
            content.signature, SIGNATURE_DOMAIN + content.header_bytes
        )
    except InvalidSignature:
        raise BadSignature() from None
    header = BundleHeader.from_json(content.header_bytes)
    if header.format_version != content.format_version:
        raise MalformedHeader()
    if not (
        content.signer_key_id == header.sender_key_id == signer.key_id
        and header.sender_device_id == signer.device_id
    ):
        raise SenderMismatch()
    if header.recipient_key_id != content.recipient_key_id:
        raise WrongRecipient()
    if len(content.body) != header.body_length or not hmac.compare_digest(
        hashlib.sha256(content.body).hexdigest(), header.body_sha256
    ):
        raise BodyHashMismatch()
    if header.record_count > limits.max_records:
        raise TooManyRecords()
    if header.uncompressed_length > limits.max_body:
        raise BodyTooLarge()
    return header


def decode_records(
    content: SignedContent, header: BundleHeader, *, limits: Limits
) -> list[dict[str, Any]]:
    """Unpack the body (never past the declared size or the limit) into record envelopes.

    Each line must be a strict JSON object with exactly the envelope fields (kind, uuid, origin,
    revision, updated_at, hash, payload) of the right types; checking the payload against the
    domain records is the importer's work.
    """
    allowed_records = min(header.record_count, limits.max_records)
    records: list[dict[str, Any]] = []
    chunks = _inflate(
        content.body,
        expected=header.uncompressed_length,
        limit=min(header.uncompressed_length, limits.max_body),
    )
    for line in _lines(chunks, max_line=limits.max_line):
        if len(records) >= allowed_records:
            raise TooManyRecords() if len(records) >= limits.max_records else MalformedBundle()
        records.append(_record(line, limits=limits))
    if len(records) != header.record_count:
        raise MalformedBundle()
    return records


# How much of a welcome's body may be read before its signature is checked: its leading lines
# (a receipt and the welcoming office's device item, with its public keys and name) are well
# under a kibibyte each.
LEADING_LIMIT = 16 * 1024


def leading_records(
    content: SignedContent, claimed: BundleHeader, *, limits: Limits
) -> Iterator[dict[str, Any]]:
    """The body's leading complete lines, one at a time, from no more than
    :data:`LEADING_LIMIT` unpacked bytes: where a welcome's signer key is read from before its
    signature is checked. The whole body is decoded (:func:`decode_records`) only once the
    signature and the body hash are verified."""
    try:
        leading = zlib.decompressobj().decompress(
            content.body, min(LEADING_LIMIT, claimed.uncompressed_length, limits.max_body)
        )
    except zlib.error:
        return
    *lines, _rest = leading.split(b"\n")
    for line in lines:
        yield _record(line, limits=limits)


def _record(line: bytes, *, limits: Limits) -> dict[str, Any]:
    try:
        value = strictjson.loads(
            line.decode("utf-8"), max_depth=MAX_JSON_DEPTH, max_string=limits.max_text
        )
    except strictjson.StringTooLong:
        raise TextTooLong() from None
    except (UnicodeDecodeError, strictjson.StrictJSONError):
        raise InvalidRecord() from None
    if _envelope_problem(value) is not None:
        raise InvalidRecord()
    record: dict[str, Any] = value
    return record


def _inflate(body: bytes, *, expected: int, limit: int) -> Iterator[bytes]:
    """Decompress ``body`` in bounded chunks, failing as soon as the output passes ``limit``."""
    inflater = zlib.decompressobj()
    view = memoryview(body)
    position = 0
    pending: bytes | memoryview = b""
    produced = 0
    try:
        while not inflater.eof:
            if not pending and position < len(view):
                pending = view[position : position + _INFLATE_INPUT_CHUNK]
                position += len(pending)
            room = min(_INFLATE_OUTPUT_CHUNK, limit - produced + 1)
            chunk = inflater.decompress(pending, room)
            pending = inflater.unconsumed_tail
            produced += len(chunk)
            if produced > limit:
                raise BodyTooLarge()
            if chunk:
                yield chunk
            elif not pending and position >= len(view):
                break  # input used up before the end of the stream
    except zlib.error:
        raise MalformedBundle() from None
    if not inflater.eof or inflater.unused_data or pending or position < len(view):
        raise MalformedBundle()
    if produced != expected:
        raise MalformedBundle()


def _lines(chunks: Iterator[bytes], *, max_line: int) -> Iterator[bytes]:
    """Split a stream of chunks into newline-terminated lines (without the newline); a line
    longer than ``max_line`` bytes is refused as soon as it is, never kept whole."""
    pending = bytearray()
    for chunk in chunks:
        lines = chunk.split(b"\n")
        if len(lines) == 1:
            pending += chunk
            if len(pending) > max_line:
                raise RecordTooLarge()
            continue
        if pending:
            lines[0] = bytes(pending) + lines[0]
        pending = bytearray(lines.pop())
        if len(pending) > max_line or any(len(line) > max_line for line in lines):
            raise RecordTooLarge()
        yield from lines
    if pending:
        raise MalformedBundle()
