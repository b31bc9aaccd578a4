"""The enrollment request: a volunteer device's public keys and name, signed by the device itself.

Layout (big-endian; see docs/bundle-format.md): ``REQUEST_MAGIC`` (8 bytes), the length of the
JSON (u32), the JSON, and an Ed25519 signature (64 bytes) by the device's own signing key over
``REQUEST_SIGNATURE_DOMAIN`` followed by the JSON bytes. It is not encrypted: it holds only public
keys and a name. The self-signature proves the sender holds the signing key; whether the request
is really from that volunteer is settled by comparing fingerprints in person or by phone.
"""

from __future__ import annotations

import base64
import binascii
import json
import struct
from typing import NamedTuple

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from circlesdesk.domain import validation
from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import utc_now
from circlesdesk.errors import ValidationError
from circlesdesk.sync import strictjson
from circlesdesk.sync.errors import (
    BadSignature,
    DamagedInTransit,
    NotAnEnrollmentRequest,
    UnsafeName,
    UnsupportedBundleVersion,
)
from circlesdesk.sync.keys import KEY_SIZE, DeviceIdentity, PublicIdentity, is_device_id

REQUEST_MAGIC = b"\x89CDR\r\n\x1a\n"
REQUEST_VERSION = 1
REQUEST_SIGNATURE_DOMAIN = b"circlesdesk-enrollment-request-v1"
MAX_REQUEST_SIZE = 16 * 1024
MAX_NAME_LENGTH = 100
SIGNATURE_SIZE = 64

_LENGTH = struct.Struct(">I")
_FIELDS = frozenset(
    {
        "format_version",
        "device_id",
        "name",
        "role",
        "signing_public",
        "exchange_public",
        "created_at",
    }
)


class EnrollmentRequest(NamedTuple):
    """What a valid request tells the office: the device's keys, the volunteer's name, when."""

    identity: PublicIdentity
    name: str
    created_at: str


def encode_request(identity: DeviceIdentity, *, name: str, created_at: str | None = None) -> bytes:
    """A signed enrollment request for ``identity``; ``name`` is the volunteer's, as typed."""
    validation.name(name, field="name", max_length=MAX_NAME_LENGTH)
    public = identity.public()
    document = {
        "format_version": REQUEST_VERSION,
        "device_id": public.device_id,
        "name": name,
        "role": Role.VOLUNTEER.value,
        "signing_public": base64.b64encode(public.signing_public).decode("ascii"),
        "exchange_public": base64.b64encode(public.exchange_public).decode("ascii"),
        "created_at": created_at if created_at is not None else utc_now(),
    }
    validation.timestamp(document["created_at"], field="request time")
    body = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    payload = body.encode("utf-8")
    signature = identity.signing_key.sign(REQUEST_SIGNATURE_DOMAIN + payload)
    return b"".join((REQUEST_MAGIC, _LENGTH.pack(len(payload)), payload, signature))


def decode_request(data: bytes) -> EnrollmentRequest:
    """Check a request strictly and return what it states; its keys are checked, not trusted."""
    if len(data) > MAX_REQUEST_SIZE:
        raise NotAnEnrollmentRequest()
    if data[: len(REQUEST_MAGIC)] != REQUEST_MAGIC:
        if REQUEST_MAGIC[1:4] in data[: len(REQUEST_MAGIC)]:
            raise DamagedInTransit()
        raise NotAnEnrollmentRequest()
    start = len(REQUEST_MAGIC) + _LENGTH.size
    if len(data) < start + SIGNATURE_SIZE:
        raise DamagedInTransit()
    (length,) = _LENGTH.unpack_from(data, len(REQUEST_MAGIC))
    if start + length + SIGNATURE_SIZE != len(data):
        raise DamagedInTransit()
    payload = data[start : start + length]
    document = _parse(payload)
    identity = PublicIdentity(
        device_id=document["device_id"],
        signing_public=_key(document["signing_public"]),
        exchange_public=_key(document["exchange_public"]),
    )
    try:
        Ed25519PublicKey.from_public_bytes(identity.signing_public).verify(
            data[start + length :], REQUEST_SIGNATURE_DOMAIN + payload
        )
    except InvalidSignature:
        raise BadSignature() from None
    return EnrollmentRequest(
        identity=identity, name=document["name"], created_at=document["created_at"]
    )


def _parse(payload: bytes) -> dict[str, str]:
    """The request's JSON, with every field checked except the keys' bytes."""
    try:
        document = strictjson.loads(payload.decode("utf-8"), max_depth=1)
    except (UnicodeDecodeError, strictjson.StrictJSONError):
        raise NotAnEnrollmentRequest() from None
    if not isinstance(document, dict) or set(document) != _FIELDS:
        raise NotAnEnrollmentRequest()
    version = document.pop("format_version")
    if type(version) is not int:  # bool is a subclass of int
        raise NotAnEnrollmentRequest()
    if version > REQUEST_VERSION:
        raise UnsupportedBundleVersion("bundle.request_too_new")
    if version != REQUEST_VERSION or document["role"] != Role.VOLUNTEER.value:
        raise NotAnEnrollmentRequest()
    if not all(isinstance(value, str) for value in document.values()):
        raise NotAnEnrollmentRequest()
    if not is_device_id(document["device_id"]):
        raise NotAnEnrollmentRequest()
    name = document["name"]
    if not name.strip() or len(name) > MAX_NAME_LENGTH:
        raise NotAnEnrollmentRequest()
    try:
        validation.timestamp(document["created_at"], field="request time")
    except ValidationError:
        raise NotAnEnrollmentRequest() from None
    try:
        validation.name(document["name"], field="name", max_length=MAX_NAME_LENGTH)
    except ValidationError:
        raise UnsafeName() from None
    return document


def _key(text: str) -> bytes:
    """A raw public key from canonical base64 (one spelling only)."""
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error:
        raise NotAnEnrollmentRequest() from None
    if len(raw) != KEY_SIZE or base64.b64encode(raw).decode("ascii") != text:
        raise NotAnEnrollmentRequest()
    return raw
