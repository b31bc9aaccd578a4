"""Enrollment requests: round trips, the layout, the golden file, and every way a request can be
refused.

tests/data/requests/enrollment-v1.req is the bundle test vector's volunteer asking to enrol; rewrite
it only when the request format changes: ``.venv/bin/python -m tests.unit.sync.test_request``.
"""

from __future__ import annotations

import base64
import json
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from circlesdesk.errors import ValidationError
from circlesdesk.sync.errors import (
    BadSignature,
    BundleError,
    DamagedInTransit,
    InvalidPublicKey,
    NotAnEnrollmentRequest,
    UnsafeName,
    UnsupportedBundleVersion,
)
from circlesdesk.sync.keys import DeviceIdentity
from circlesdesk.sync.request import (
    MAX_REQUEST_SIZE,
    REQUEST_MAGIC,
    REQUEST_SIGNATURE_DOMAIN,
    decode_request,
    encode_request,
)
from tests.unit.sync import bundle_kit as kit
from tests.unit.sync import bundle_vectors

VOLUNTEER = DeviceIdentity.generate()
CREATED = "2026-05-01T09:00:00+00:00"
VALID = encode_request(VOLUNTEER, name="Sam Volunteer", created_at=CREATED)
GOLDEN = Path(__file__).resolve().parents[2] / "data" / "requests" / "enrollment-v1.req"


def golden_request() -> bytes:
    """The golden request, as the writer makes it from the vector's fixed identity."""
    return encode_request(bundle_vectors.sender(), name="Alice Green", created_at=CREATED)


def expect(error: type[BundleError], action: Callable[[], object]) -> None:
    with pytest.raises(BundleError) as info:
        action()
    assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
    kit.assert_plain_sentence(info.value)


def document(**changes: Any) -> dict[str, Any]:
    public = VOLUNTEER.public()
    values: dict[str, Any] = {
        "format_version": 1,
        "device_id": public.device_id,
        "name": "Sam Volunteer",
        "role": "volunteer",
        "signing_public": base64.b64encode(public.signing_public).decode(),
        "exchange_public": base64.b64encode(public.exchange_public).decode(),
        "created_at": CREATED,
    }
    values.update(changes)
    return values


def frame(payload: bytes, *, signer: DeviceIdentity = VOLUNTEER) -> bytes:
    """A request around any JSON bytes, signed by ``signer`` as the format says."""
    signature = signer.signing_key.sign(REQUEST_SIGNATURE_DOMAIN + payload)
    return REQUEST_MAGIC + struct.pack(">I", len(payload)) + payload + signature


def signed(values: dict[str, Any]) -> bytes:
    return frame(json.dumps(values, sort_keys=True, separators=(",", ":")).encode())


def test_a_request_round_trips() -> None:
    request = decode_request(VALID)
    assert request.identity == VOLUNTEER.public()
    assert request.name == "Sam Volunteer"
    assert request.created_at == CREATED
    assert tuple(request) == (VOLUNTEER.public(), "Sam Volunteer", CREATED)  # unpacks as a tuple


def test_the_golden_request_still_reads_and_is_still_written_byte_for_byte() -> None:
    data = GOLDEN.read_bytes()

    request = decode_request(data)

    assert request.identity == bundle_vectors.sender().public()
    assert (request.name, request.created_at) == ("Alice Green", CREATED)
    assert golden_request() == data


def test_the_layout_is_magic_length_json_signature() -> None:
    assert VALID.startswith(b"\x89CDR\r\n\x1a\n")
    (length,) = struct.unpack_from(">I", VALID, 8)
    payload = VALID[12 : 12 + length]
    assert json.loads(payload) == document()
    assert len(VALID) == 12 + length + 64
    assert signed(document()) == VALID  # written independently, byte for byte


def test_a_fresh_request_has_the_current_time() -> None:
    request = decode_request(encode_request(VOLUNTEER, name="Sam"))
    assert request.created_at.endswith("+00:00")


@settings(max_examples=50, deadline=None)
@given(name=st.text(min_size=1, max_size=100))
def test_any_acceptable_name_round_trips(name: str) -> None:
    try:
        data = encode_request(VOLUNTEER, name=name, created_at=CREATED)
    except ValidationError:
        return
    assert decode_request(data).name == name


@pytest.mark.parametrize("name", ["", "   ", "x" * 101, "two\nlines", "bell\x07"])
def test_encode_refuses_names_a_volunteer_could_not_have_meant(name: str) -> None:
    with pytest.raises(ValidationError):
        encode_request(VOLUNTEER, name=name)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", NotAnEnrollmentRequest),
        (b"just some text", NotAnEnrollmentRequest),
        (kit.forge(records=[]), NotAnEnrollmentRequest),  # a bundle
        (VALID + bytes(MAX_REQUEST_SIZE), NotAnEnrollmentRequest),
        (VALID.replace(b"\n", b"\r\n"), DamagedInTransit),
        (VALID[:11], DamagedInTransit),
        (VALID[:-1], DamagedInTransit),
        (VALID + b"\n", DamagedInTransit),
    ],
    ids=["empty", "text", "bundle", "too-large", "crlf", "header-only", "short", "trailing"],
)
def test_files_that_are_not_usable_requests(data: bytes, expected: type[BundleError]) -> None:
    expect(expected, lambda: decode_request(data))


def test_truncation_at_every_point_is_refused() -> None:
    for cut in range(len(VALID)):
        with pytest.raises(BundleError):
            decode_request(VALID[:cut])


@pytest.mark.parametrize("offset", [12, 40, -64, -1])
def test_a_changed_byte_breaks_the_signature(offset: int) -> None:
    position = offset % len(VALID)
    data = VALID[:position] + bytes([VALID[position] ^ 0x01]) + VALID[position + 1 :]
    with pytest.raises(BundleError) as info:
        decode_request(data)
    assert type(info.value) in (BadSignature, NotAnEnrollmentRequest)


def test_a_name_changed_on_the_way_is_caught() -> None:
    payload = json.dumps(document(), sort_keys=True, separators=(",", ":")).encode()
    forged = payload.replace(b"Sam Volunteer", b"Sam Coordinat")
    signature = VALID[-64:]
    data = REQUEST_MAGIC + struct.pack(">I", len(forged)) + forged + signature
    expect(BadSignature, lambda: decode_request(data))


def test_keys_that_the_signer_does_not_hold_are_caught() -> None:
    # Mallory claims the volunteer's keys but can only sign with her own.
    data = frame(
        json.dumps(document(), sort_keys=True, separators=(",", ":")).encode(),
        signer=kit.MALLORY,
    )
    expect(BadSignature, lambda: decode_request(data))


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"format_version": 2}, UnsupportedBundleVersion),
        ({"format_version": 0}, NotAnEnrollmentRequest),
        ({"format_version": True}, NotAnEnrollmentRequest),
        ({"role": "office"}, NotAnEnrollmentRequest),
        ({"name": ""}, NotAnEnrollmentRequest),
        ({"name": "x" * 101}, NotAnEnrollmentRequest),
        # A name that could be shown as another (or drive a terminal) has its own sentence.
        ({"name": "tab\x0bname"}, UnsafeName),
        ({"name": "Alice \u202eecilA"}, UnsafeName),
        ({"name": "Ali\u200bce Marsh"}, UnsafeName),
        ({"name": "Alice\x1b]0;owned\x07"}, UnsafeName),
        ({"name": "Alice\x9b2J"}, UnsafeName),
        ({"name": 7}, NotAnEnrollmentRequest),
        ({"device_id": "AB" * 16}, NotAnEnrollmentRequest),
        ({"created_at": "2026-05-01"}, NotAnEnrollmentRequest),
        ({"created_at": None}, NotAnEnrollmentRequest),
        ({"extra": "field"}, NotAnEnrollmentRequest),
        ({"signing_public": "not base64!"}, NotAnEnrollmentRequest),
        ({"signing_public": base64.b64encode(bytes(31)).decode()}, NotAnEnrollmentRequest),
        ({"exchange_public": "AAAA" + " " + "A" * 40}, NotAnEnrollmentRequest),
        (
            {"exchange_public": base64.b64encode(VOLUNTEER.public().exchange_public).decode()[:-1]},
            NotAnEnrollmentRequest,
        ),
        ({"exchange_public": base64.b64encode(bytes(32)).decode()}, InvalidPublicKey),
        (
            {"signing_public": base64.b64encode((1).to_bytes(32, "little")).decode()},
            InvalidPublicKey,
        ),
    ],
    ids=[
        "newer-version",
        "version-0",
        "version-bool",
        "office-role",
        "empty-name",
        "long-name",
        "control-character",
        "bidi-override",
        "zero-width-space",
        "terminal-escape",
        "c1-control",
        "name-not-text",
        "device-id",
        "date-only",
        "no-time",
        "extra-field",
        "bad-base64",
        "short-key",
        "spaces-in-base64",
        "unpadded-base64",
        "low-order-exchange-key",
        "small-order-signing-key",
    ],
)
def test_strict_request_fields(changes: dict[str, Any], expected: type[BundleError]) -> None:
    expect(expected, lambda: decode_request(signed(document(**changes))))


def test_a_missing_field_is_refused() -> None:
    values = document()
    del values["created_at"]
    expect(NotAnEnrollmentRequest, lambda: decode_request(signed(values)))


@pytest.mark.parametrize(
    "payload",
    [
        b'{"name":"a","name":"b"}',
        b"[1,2,3]",
        b'{"format_version":NaN}',
        b'{"format_version":' + b"9" * 5000 + b"}",
        b'{"name":{"nested":true}}',
        b'{"name":"\\ud800"}',
        b'{"name":"\xff"}',
        b"",
    ],
    ids=["duplicate", "array", "nan", "5000-digits", "nested", "surrogate", "not-utf8", "empty"],
)
def test_json_that_is_not_strict_is_refused(payload: bytes) -> None:
    expect(NotAnEnrollmentRequest, lambda: decode_request(frame(payload)))


@settings(max_examples=150, deadline=None)
@given(position=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255))
def test_any_changed_byte_is_refused(position: int, value: int) -> None:
    position %= len(VALID)
    data = VALID[:position] + bytes([value]) + VALID[position + 1 :]
    if data == VALID:
        return
    with pytest.raises(BundleError):
        decode_request(data)


if __name__ == "__main__":
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_bytes(golden_request())
