"""Hostile bundles: every way a file can be wrong gives its own BundleError, never anything else.

Each test names the exact error class and checks that its message is a plain sentence. Files are
generated here: damaged copies, other formats, and bundles that are validly encrypted and signed
(by an enrolled device with hostile software) but break the format's rules inside.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import os
import random
import struct
import tarfile
import time
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from circlesdesk.sync import codec, errors, strictjson
from circlesdesk.sync.errors import (
    BadSignature,
    BodyHashMismatch,
    BodyTooLarge,
    BundleDecryptionFailed,
    BundleError,
    BundleTooLarge,
    BundleUnreadable,
    DamagedInTransit,
    InvalidRecord,
    MalformedBundle,
    MalformedHeader,
    NotABundle,
    SenderMismatch,
    TextTooLong,
    TooManyRecords,
    UnsupportedBundleVersion,
    UnsupportedCipherSuite,
    WrongRecipient,
)
from circlesdesk.sync.request import encode_request
from tests.unit.sync import bundle_kit as kit

RECORDS = [kit.record(n) for n in range(3)]
VALID = codec.seal(
    header=codec.make_header(
        kind="sync",
        sender=kit.SENDER.public(),
        recipient=kit.OFFICE.public(),
        sequence=1,
        previous_bundle_hash=None,
        schema_version=1,
    ),
    records=RECORDS,
    sender=kit.SENDER,
    recipient=kit.OFFICE.public(),
)
P = 2**255 - 19
LOW_ORDER_X25519 = [
    bytes(32),
    (1).to_bytes(32, "little"),
    bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
    bytes.fromhex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),
    (P - 1).to_bytes(32, "little"),
    P.to_bytes(32, "little"),
    (P + 1).to_bytes(32, "little"),
]
GIB = 2**30
BOMB = kit.zeros_bomb(GIB)


def expect(error: type[BundleError], action: Callable[[], object]) -> BundleError:
    """Run ``action``; it must raise exactly ``error``, with a plain-sentence message."""
    with pytest.raises(BundleError) as info:
        action()
    assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
    kit.assert_plain_sentence(info.value)
    return info.value


def opening(data: bytes, **options: Any) -> Callable[[], object]:
    return lambda: kit.open_all(data, **options)


def flip(data: bytes, offset: int, bit: int = 0) -> bytes:
    return data[:offset] + bytes([data[offset] ^ (1 << bit)]) + data[offset + 1 :]


def replace(data: bytes, offset: int, new: bytes) -> bytes:
    return data[:offset] + new + data[offset + len(new) :]


def parts(records: list[dict[str, Any]]) -> tuple[bytes, bytes, bytes]:
    """Header bytes, compressed body and signature of a valid bundle from SENDER."""
    raw = kit.body_lines(records)
    body = zlib.compress(raw, 1)
    fields = kit.header_fields() | {
        "body_sha256": hashlib.sha256(body).hexdigest(),
        "body_length": len(body),
        "uncompressed_length": len(raw),
        "record_count": len(records),
    }
    header = kit.header_json(fields)
    return header, body, kit.sign(kit.SENDER, header)


HEADER, BODY, SIGNATURE = parts(RECORDS)
SENDER_KEY_ID = kit.SENDER.public().key_id


def signed_inner(**changes: Any) -> bytes:
    values: dict[str, Any] = {
        "header": HEADER,
        "body": BODY,
        "signature": SIGNATURE,
        "signer_key_id": SENDER_KEY_ID,
    }
    values.update(changes)
    return kit.inner(**values)


# --- files that are not bundles ----------------------------------------------------------------


def _zip_with_traversal() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../../home/volunteer/.bashrc", "echo owned\n")
    return buffer.getvalue()


def _tar_with_traversal() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        member = tarfile.TarInfo("../../etc/cron.d/evil")
        payload = b"* * * * * root sh\n"
        member.size = len(payload)
        archive.addfile(member, io.BytesIO(payload))
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89",
        random.Random(7).randbytes(5000),
        _zip_with_traversal(),
        _tar_with_traversal(),
        b"Dear coordinator,\r\nplease find the minutes attached.\r\n",
        json.dumps({"kind": "sync", "records": []}).encode(),
        b"\x89PNG\r\n\x1a\n" + bytes(200),
        b"\x1f\x8b\x08\x00" + bytes(100),  # gzip
        base64.b64encode(VALID),  # pasted into an email as text
        encode_request(kit.SENDER, name="Sam Volunteer"),
    ],
    ids=[
        "empty",
        "one-byte",
        "random",
        "zip",
        "tar",
        "text",
        "json",
        "png",
        "gzip",
        "base64",
        "request",
    ],
)
def test_files_that_are_not_bundles(data: bytes) -> None:
    expect(NotABundle, opening(data))


# --- size, before reading ----------------------------------------------------------------------


def test_a_bundle_over_the_size_limit_is_refused() -> None:
    expect(BundleTooLarge, opening(VALID, limits=codec.Limits(max_file=len(VALID) - 1)))
    kit.open_all(VALID, limits=codec.Limits(max_file=len(VALID)))


def test_a_sparse_multi_gigabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.cdb"
    with path.open("wb") as file:
        file.write(VALID[:100])
        file.truncate(6 * GIB)  # sparse: takes no disk space
    assert path.stat().st_size == 6 * GIB
    tracemalloc.start()
    started = time.perf_counter()
    try:
        expect(BundleTooLarge, lambda: codec.read_bundle_file(path, limits=codec.Limits()))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024
    assert time.perf_counter() - started < 1.0


def test_a_file_just_over_a_small_limit_is_refused_and_one_at_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bundle.cdb"
    path.write_bytes(VALID)
    expect(
        BundleTooLarge,
        lambda: codec.read_bundle_file(path, limits=codec.Limits(max_file=len(VALID) - 1)),
    )
    assert codec.read_bundle_file(path, limits=codec.Limits(max_file=len(VALID))) == VALID


def test_a_folder_a_pipe_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    expect(NotABundle, lambda: codec.read_bundle_file(tmp_path, limits=kit.LIMITS))
    pipe = tmp_path / "pipe.cdb"
    os.mkfifo(pipe)
    expect(NotABundle, lambda: codec.read_bundle_file(pipe, limits=kit.LIMITS))
    missing = tmp_path / "gone.cdb"
    expect(BundleUnreadable, lambda: codec.read_bundle_file(missing, limits=kit.LIMITS))


# --- damaged in transit ------------------------------------------------------------------------


def test_truncation_at_every_point() -> None:
    for cut in range(len(VALID)):
        expected = NotABundle if cut < 4 else DamagedInTransit
        expect(expected, opening(VALID[:cut]))


@pytest.mark.parametrize("extra", [b"\x00", b"\r\n", b"\n", VALID, bytes(1024 * 1024)], ids=len)
def test_trailing_bytes(extra: bytes) -> None:
    expect(DamagedInTransit, opening(VALID + extra))


def test_a_flipped_bit_anywhere_is_caught_by_region() -> None:
    for offset in range(len(VALID)):
        if offset in (1, 2, 3):  # the "CDB" of the magic: no longer recognisable
            expected: type[BundleError] = NotABundle
        elif offset in (8, 9):
            expected = UnsupportedBundleVersion
        elif offset in (10, 11):
            expected = UnsupportedCipherSuite
        else:
            expected = DamagedInTransit
        expect(expected, opening(flip(VALID, offset, bit=offset % 8)))


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: d.replace(b"\n", b"\r\n"),  # Unix to Windows line ends
        lambda d: d.replace(b"\r\n", b"\n"),  # Windows to Unix line ends
        lambda d: d.replace(b"\n", b"\r"),  # old Mac line ends
        lambda d: bytes(b & 0x7F for b in d),  # a 7-bit channel
        lambda d: d.decode("latin-1").encode("utf-8"),  # read as text, saved as UTF-8
    ],
    ids=["crlf", "lf", "cr", "7-bit", "utf-8"],
)
def test_text_mode_mangling_reads_as_damaged(mangle: Callable[[bytes], bytes]) -> None:
    expect(DamagedInTransit, opening(mangle(VALID)))


@pytest.mark.parametrize("value", [0, len(VALID) - 133, len(VALID) - 131, 2**64 - 1])
@pytest.mark.parametrize("restamp", [False, True])
def test_a_wrong_ciphertext_length(value: int, restamp: bool) -> None:
    data = replace(VALID, 92, struct.pack(">Q", value))
    expect(DamagedInTransit, opening(kit.restamp(data) if restamp else data))


@pytest.mark.parametrize("version", [0, 2, 0xFFFF])
def test_an_unknown_format_version(version: int) -> None:
    data = kit.restamp(replace(VALID, 8, struct.pack(">H", version)))
    expect(UnsupportedBundleVersion, opening(data))


@pytest.mark.parametrize("suite", [0, 2, 0xFFFF])
def test_an_unknown_cipher_suite(suite: int) -> None:
    data = kit.restamp(replace(VALID, 10, struct.pack(">H", suite)))
    expect(UnsupportedCipherSuite, opening(data))


# --- forged: the checksum recomputed, so only the cryptography can tell ------------------------


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (12, WrongRecipient),  # recipient key id
        (27, WrongRecipient),
        (28, BundleDecryptionFailed),  # ephemeral key
        (59, BundleDecryptionFailed),
        (60, BundleDecryptionFailed),  # salt
        (91, BundleDecryptionFailed),
        (100, BundleDecryptionFailed),  # ciphertext
        (400, BundleDecryptionFailed),
        (len(VALID) - 33, BundleDecryptionFailed),  # the tag
    ],
)
def test_a_forger_who_fixes_the_checksum_is_still_caught(
    offset: int, expected: type[BundleError]
) -> None:
    expect(expected, opening(kit.restamp(flip(VALID, offset))))


def test_a_bundle_for_another_office() -> None:
    data = kit.forge(records=RECORDS, recipient=kit.OTHER_OFFICE.public())
    error = expect(WrongRecipient, opening(data))
    assert str(error) == (
        "This bundle was made for a different office. "
        "Ask your coordinator which office key you should have."
    )
    expect(
        WrongRecipient,
        lambda: codec.open_envelope(VALID, recipient_keys={}, limits=kit.LIMITS),
    )


@pytest.mark.parametrize("point", LOW_ORDER_X25519, ids=lambda p: p.hex()[:8])
def test_low_order_ephemeral_keys(point: bytes) -> None:
    ciphertext = random.Random(3).randbytes(300)
    outer = kit.outer_header(
        recipient_key_id=bytes.fromhex(kit.OFFICE.public().key_id),
        ephemeral_public=point,
        salt=bytes(32),
        ciphertext_length=len(ciphertext),
    )
    expect(BundleDecryptionFailed, opening(kit.with_checksum(outer + ciphertext)))


def test_random_ciphertext_with_a_good_checksum() -> None:
    outer = VALID[:100]
    expect(BundleDecryptionFailed, opening(kit.with_checksum(outer + os.urandom(len(VALID) - 132))))


# --- framing inside a validly encrypted envelope ------------------------------------------------


@pytest.mark.parametrize(
    ("plaintext", "expected"),
    [
        (b"", MalformedBundle),
        (bytes(99), MalformedBundle),
        (signed_inner(magic=b"CDB-in-2"), MalformedBundle),
        (signed_inner(header_length=0), MalformedBundle),
        (signed_inner(header_length=len(HEADER) + len(BODY) + 100), MalformedBundle),
        (signed_inner(header_length=2**32 - 1), MalformedHeader),
        (signed_inner(body_length=0), MalformedBundle),
        (signed_inner(body_length=len(BODY) - 1), MalformedBundle),
        (signed_inner(body_length=len(BODY) + 1), MalformedBundle),
        (signed_inner(body_length=2**64 - 1), MalformedBundle),
        (signed_inner(signature=SIGNATURE[:63]), MalformedBundle),
        (signed_inner() + b"\x00", MalformedBundle),
        (signed_inner(header=b" " * 70_000 + HEADER), MalformedHeader),
    ],
    ids=[
        "empty",
        "too-short",
        "inner-magic",
        "header-length-0",
        "header-length-past-end",
        "header-length-huge",
        "body-length-0",
        "body-length-short",
        "body-length-past-end",
        "body-length-huge",
        "signature-short",
        "trailing",
        "header-over-limit",
    ],
)
def test_framing_inside_the_envelope(plaintext: bytes, expected: type[BundleError]) -> None:
    expect(expected, opening(kit.envelope(plaintext)))


# --- signatures and senders --------------------------------------------------------------------


def _signature_plus_group_order(signature: bytes) -> bytes:
    order = 2**252 + 27742317777372353535851937790883648493
    s = int.from_bytes(signature[32:], "little") + order
    return signature[:32] + s.to_bytes(32, "little")


@pytest.mark.parametrize(
    "signature",
    [
        bytes(64),
        flip(SIGNATURE, 0),
        flip(SIGNATURE, 40),
        flip(SIGNATURE, 63, 7),
        _signature_plus_group_order(SIGNATURE),  # the same signature, malleated
        kit.SENDER.signing_key.sign(HEADER),  # no domain string
        kit.MALLORY.signing_key.sign(kit.SIGNATURE_DOMAIN + HEADER),
    ],
    ids=["zeroed", "flip-r", "flip-s", "flip-top", "s-plus-l", "no-domain", "other-key"],
)
def test_a_bad_signature(signature: bytes) -> None:
    expect(BadSignature, opening(kit.envelope(signed_inner(signature=signature))))


def test_verifying_with_another_devices_key_fails() -> None:
    expect(BadSignature, opening(VALID, signer=kit.MALLORY.public()))


def test_a_signer_claiming_another_devices_key_id() -> None:
    # Mallory signs but writes the sender's key id where the importer looks the signer up.
    data = kit.forge(records=RECORDS, signer=kit.MALLORY, signer_key_id=SENDER_KEY_ID)
    content = codec.open_envelope(data, recipient_keys=kit.OFFICE_KEYS, limits=kit.LIMITS)
    assert content.signer_key_id == SENDER_KEY_ID
    expect(BadSignature, opening(data, signer=kit.SENDER.public()))
    # Had the importer used Mallory's key, the key id she wrote would not be hers.
    expect(SenderMismatch, opening(data, signer=kit.MALLORY.public()))


@pytest.mark.parametrize(
    "fields",
    [
        {"sender_device_id": kit.SENDER.device_id, "sender_key_id": SENDER_KEY_ID},
        {"sender_device_id": kit.SENDER.device_id},
        {"sender_key_id": SENDER_KEY_ID},
    ],
    ids=["both", "device-id", "key-id"],
)
def test_a_header_naming_another_sender_than_the_signer(fields: dict[str, str]) -> None:
    data = kit.forge(records=RECORDS, signer=kit.MALLORY, fields=fields)
    expect(SenderMismatch, opening(data, signer=kit.MALLORY.public()))


def test_a_bundle_forwarded_to_another_office_is_refused() -> None:
    # Signed for OTHER_OFFICE, then re-encrypted to this office by whoever received it.
    fields = {
        "recipient_device_id": kit.OTHER_OFFICE.device_id,
        "recipient_key_id": kit.OTHER_OFFICE.public().key_id,
    }
    expect(WrongRecipient, opening(kit.forge(records=RECORDS, fields=fields)))


def test_a_body_swapped_from_another_bundle() -> None:
    _, other_body, _ = parts([kit.record(n) for n in range(10, 13)])
    expect(BodyHashMismatch, opening(kit.envelope(signed_inner(body=other_body))))


@pytest.mark.parametrize(
    "fields",
    [{"body_length": len(BODY) + 1}, {"body_sha256": "00" * 32}],
    ids=["length", "hash"],
)
def test_a_signed_header_that_does_not_describe_the_body(fields: dict[str, Any]) -> None:
    raw = kit.body_lines(RECORDS)
    data = kit.forge(records=RECORDS, body=BODY, raw_body=raw, fields=fields)
    expect(BodyHashMismatch, opening(data))


# --- strict header parsing (validly signed) ------------------------------------------------------

_H = HEADER.decode()


def _nest(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(
    "header",
    [
        _H.replace('"sequence":1', '"sequence":1,"sequence":2'),
        _H.replace('"sequence":1', '"sequence":NaN'),
        _H.replace('"sequence":1', '"sequence":Infinity'),
        _H.replace('"sequence":1', '"sequence":-Infinity'),
        _H.replace('"sequence":1', '"sequence":' + "9" * 5000),
        _H.replace('"sequence":1', f'"sequence":{2**53 + 1}'),
        _H.replace('"sequence":1', '"sequence":1e400'),
        _H.replace('"sequence":1', '"sequence":1.0'),
        _H.replace('"sequence":1', '"sequence":true'),
        _H.replace('"sequence":1', '"sequence":"1"'),
        _H.replace('"sequence":1', '"sequence":0'),
        _H.replace('"sequence":1', '"sequence":' + _nest(9)),
        _H.replace('"sequence":1', '"sequence":' + _nest(100_000)),
        _H.replace('"kind":"sync"', '"kind":"s\\ud800"'),
        _H.replace('"kind":"sync"', '"kind":"other"'),
        _H.replace('"kind":"sync"', '"kind":null'),
        _H.replace('"record_count":3', '"record_count":-1'),
        _H.replace('"previous_bundle_hash":null', '"previous_bundle_hash":"abc"'),
        _H.replace('"created_at":"2026-05-01T20:30:00+00:00"', '"created_at":"2026-05-01"'),
        _H.replace('"created_at":"2026-05-01T20:30:00+00:00"', '"created_at":"yesterday"'),
        _H.replace('"bundle_id":"5374951e', '"bundle_id":"5374951E'),
        _H.replace('"format_version":1', '"format_version":2'),
        _H.replace('"format_version":1,', ""),
        _H.replace('"format_version":1', '"format_version":1,"comment":"hi"'),
        _H.replace("{", '{"sender_name":"Sam",', 1),
        "[" + _H + "]",
        '"' + _H.replace('"', "'") + '"',
        "null",
        "",
        _H + "{}",
    ],
    ids=[
        "duplicate-key",
        "nan",
        "infinity",
        "minus-infinity",
        "5000-digits",
        "over-2-53",
        "float-overflow",
        "float",
        "bool",
        "string",
        "zero",
        "depth-9",
        "depth-100000",
        "lone-surrogate",
        "unknown-kind",
        "null-kind",
        "negative-count",
        "short-hash",
        "date-not-time",
        "not-a-time",
        "uppercase-uuid",
        "format-version",
        "missing-field",
        "unknown-field",
        "name-in-header",
        "array",
        "string-document",
        "null-document",
        "empty",
        "two-documents",
    ],
)
def test_strict_header_parsing(header: str) -> None:
    expect(MalformedHeader, opening(kit.forge(records=RECORDS, header=header.encode())))


@pytest.mark.parametrize(
    "header",
    [
        HEADER.replace(b'"kind":"sync"', b'"kind":"sy\xffnc"'),  # not UTF-8
        HEADER.replace(b'"kind":"sync"', b'"kind":"s\xed\xa0\x80"'),  # encoded surrogate
        HEADER.replace(b'"kind":"sync"', b'"kind":"\xc1\xb3ync"'),  # overlong "s"
        b"\xef\xbb\xbf" + HEADER,  # byte order mark
        HEADER.decode().encode("utf-16"),
    ],
    ids=["invalid", "surrogate", "overlong", "bom", "utf-16"],
)
def test_header_bytes_that_are_not_clean_utf8(header: bytes) -> None:
    expect(MalformedHeader, opening(kit.forge(records=RECORDS, header=header)))


# --- records (validly signed, body hash right) ---------------------------------------------------

_LINE = json.dumps(kit.record(0), ensure_ascii=False, separators=(",", ":"))


def _bundle_of_lines(raw: bytes, *, count: int = 1) -> bytes:
    return kit.forge(raw_body=raw, fields={"record_count": count})


@pytest.mark.parametrize(
    "line",
    [
        _LINE.replace('"revision":1', '"revision":1,"revision":2'),
        _LINE.replace('"engagement":4', '"engagement":NaN'),
        _LINE.replace('"engagement":4', '"engagement":' + "1" * 5000),
        _LINE.replace('"engagement":4', '"engagement":' + _nest(7)),
        _LINE.replace('"engagement":4', '"engagement":' + _nest(100_000)),
        _LINE.replace('"held_on":"2026-05-01"', '"held_on":"\\udfff"'),
        _LINE.replace('"revision":1', '"revision":true'),
        _LINE.replace('"revision":1', '"revision":1.0'),
        _LINE.replace('"uuid":"', '"uuid":7,"x":"'),
        _LINE.replace('"revision":1,', ""),
        _LINE.replace('"revision":1', '"revision":1,"extra":null'),
        _LINE.replace('"payload":{', '"payload":[{').replace("}}", "}]}"),
        '["kind","meeting"]',
        '"a string"',
        "",
        " ",
    ],
    ids=[
        "duplicate-key",
        "nan",
        "5000-digits",
        "depth-9",
        "depth-100000",
        "lone-surrogate",
        "bool-revision",
        "float-revision",
        "int-uuid",
        "missing-field",
        "extra-field",
        "payload-list",
        "array",
        "string",
        "blank-line",
        "space",
    ],
)
def test_strict_record_lines(line: str) -> None:
    expect(InvalidRecord, opening(_bundle_of_lines(line.encode("utf-8") + b"\n")))


@pytest.mark.parametrize(
    "raw",
    [b'{"kind":"\xff"}\n', b'{"kind":"\xed\xa0\x80"}\n', b"\xef\xbb\xbf" + _LINE.encode() + b"\n"],
    ids=["invalid", "encoded-surrogate", "bom"],
)
def test_record_lines_that_are_not_clean_utf8(raw: bytes) -> None:
    expect(InvalidRecord, opening(_bundle_of_lines(raw)))


def test_nesting_up_to_eight_levels_is_accepted_and_nine_refused() -> None:
    # The envelope and payload are two levels; six more lists make eight.
    deep = kit.record(0)
    deep["payload"]["engagement"] = json.loads(_nest(6))
    assert kit.open_all(kit.forge(records=[deep]))[1] == [deep]
    deep["payload"]["engagement"] = json.loads(_nest(7))
    expect(InvalidRecord, opening(kit.forge(records=[deep])))


def test_a_last_line_without_its_newline() -> None:
    expect(MalformedBundle, opening(_bundle_of_lines(_LINE.encode())))


@pytest.mark.parametrize(("lines", "declared"), [(2, 0), (1, 2), (2, 3), (4, 3)])
def test_a_record_count_that_does_not_match(lines: int, declared: int) -> None:
    raw = kit.body_lines([kit.record(n) for n in range(lines)])
    expect(MalformedBundle, opening(_bundle_of_lines(raw, count=declared)))


@pytest.mark.parametrize(
    "body",
    [
        b"not zlib at all",
        zlib.compress(kit.body_lines(RECORDS))[:-9],  # cut short
        zlib.compress(kit.body_lines(RECORDS)) + b"more",  # data after the stream
        zlib.compress(kit.body_lines(RECORDS)) + zlib.compress(b""),  # two streams
        zlib.compress(kit.body_lines(RECORDS))[2:],  # raw deflate, no zlib header
        gzip.compress(kit.body_lines(RECORDS)),
        b"",
    ],
    ids=["garbage", "truncated", "trailing", "two-streams", "raw-deflate", "gzip", "empty"],
)
def test_a_body_that_is_not_one_zlib_stream(body: bytes) -> None:
    data = kit.forge(records=RECORDS, body=body)
    expect(MalformedBundle, opening(data))


def test_an_unpacked_size_smaller_than_stated() -> None:
    raw = kit.body_lines(RECORDS)
    data = kit.forge(records=RECORDS, fields={"uncompressed_length": len(raw) + 1})
    expect(MalformedBundle, opening(data))


def test_an_unpacked_size_larger_than_stated() -> None:
    raw = kit.body_lines(RECORDS)
    data = kit.forge(records=RECORDS, fields={"uncompressed_length": len(raw) - 1})
    expect(BodyTooLarge, opening(data))


def test_too_many_records() -> None:
    limits = codec.Limits(max_records=10)
    kit.open_all(kit.forge(records=[kit.record(n) for n in range(10)]), limits=limits)
    data = kit.forge(records=[kit.record(n) for n in range(11)])
    expect(TooManyRecords, opening(data, limits=limits))
    # Decoding on its own (as for a welcome bundle before its signer is known) is bounded too.
    content = codec.open_envelope(data, recipient_keys=kit.OFFICE_KEYS, limits=limits)
    header = codec.BundleHeader.from_json(content.header_bytes)
    expect(TooManyRecords, lambda: codec.decode_records(content, header, limits=limits))


def test_text_longer_than_the_limit() -> None:
    limits = codec.Limits(max_text=1000)
    kit.open_all(kit.forge(records=[kit.record(1, minutes="x" * 1000)]), limits=limits)
    kit.open_all(kit.forge(records=[kit.record(1, minutes="😀" * 1000)]), limits=limits)
    long_text = kit.forge(records=[kit.record(1, minutes="x" * 1001)])
    expect(TextTooLong, opening(long_text, limits=limits))
    long_key = kit.record(1)
    long_key["payload"]["k" * 1001] = 1
    expect(TextTooLong, opening(kit.forge(records=[long_key]), limits=limits))


def test_text_over_the_default_one_mebibyte_limit() -> None:
    data = kit.forge(records=[kit.record(1, minutes="y" * (2**20 + 1))])
    expect(TextTooLong, opening(data))


# --- decompression bombs -------------------------------------------------------------------------


def test_the_bomb_fixture_really_unpacks_to_zeros() -> None:
    small = kit.zeros_bomb(8 * 2**20)
    assert zlib.decompress(small) == bytes(8 * 2**20)
    assert len(BOMB) < 2 * 2**20  # a gibibyte in a couple of mebibytes


def test_a_signed_bomb_that_declares_its_size_is_refused_before_unpacking() -> None:
    data = kit.forge(body=BOMB, fields={"uncompressed_length": GIB, "record_count": 1})
    content = codec.open_envelope(data, recipient_keys=kit.OFFICE_KEYS, limits=kit.LIMITS)
    expect(
        BodyTooLarge,
        lambda: codec.verify_and_parse(content, signer=kit.SENDER.public(), limits=kit.LIMITS),
    )


@pytest.mark.parametrize(
    ("declared", "limits", "peak_limit"),
    [
        (1000, codec.Limits(), 4 * 2**20),  # lies: says a kilobyte
        (16 * 2**20, codec.Limits(max_body=16 * 2**20), 48 * 2**20),  # says the limit
    ],
    ids=["lying-header", "at-the-limit"],
)
def test_a_signed_bomb_is_stopped_with_memory_bounded(
    declared: int, limits: codec.Limits, peak_limit: int
) -> None:
    data = kit.forge(body=BOMB, fields={"uncompressed_length": declared, "record_count": 1})
    content = codec.open_envelope(data, recipient_keys=kit.OFFICE_KEYS, limits=limits)
    header = codec.verify_and_parse(content, signer=kit.SENDER.public(), limits=limits)
    tracemalloc.start()
    try:
        expect(BodyTooLarge, lambda: codec.decode_records(content, header, limits=limits))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < peak_limit, f"peak {peak / 2**20:.1f} MiB"


def test_a_bomb_decoded_before_verification_is_bounded_by_the_limit() -> None:
    # A welcome bundle is decoded before its signer is known: the header is only claimed.
    limits = codec.Limits(max_body=4 * 2**20)
    data = kit.forge(body=BOMB, fields={"uncompressed_length": GIB, "record_count": 1})
    content = codec.open_envelope(data, recipient_keys=kit.OFFICE_KEYS, limits=limits)
    claimed = codec.BundleHeader.from_json(content.header_bytes)
    expect(BodyTooLarge, lambda: codec.decode_records(content, claimed, limits=limits))


# --- property: any change to a valid bundle is a BundleError --------------------------------------

_mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 2**20), st.integers(0, 7)),
    st.tuples(st.just("insert"), st.integers(0, 2**20), st.integers(0, 255)),
    st.tuples(st.just("delete"), st.integers(0, 2**20), st.integers(1, 64)),
    st.tuples(st.just("set"), st.integers(0, 2**20), st.integers(0, 255)),
)


def mutate(data: bytes, mutations: list[tuple[str, int, int]]) -> bytes:
    for action, where, value in mutations:
        position = where % (len(data) + 1)
        if action == "insert":
            data = data[:position] + bytes([value]) + data[position:]
            continue
        if not data:
            continue
        position = where % len(data)
        if action == "flip":
            data = flip(data, position, value)
        elif action == "delete":
            data = data[:position] + data[position + value :]
        else:
            data = replace(data, position, bytes([value]))
    return data


_relaxed = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_relaxed
@given(mutations=st.lists(_mutation, min_size=1, max_size=3), restamp=st.booleans())
def test_any_change_to_the_file_is_refused(
    mutations: list[tuple[str, int, int]], restamp: bool
) -> None:
    mutated = mutate(VALID, mutations)
    if restamp and len(mutated) >= 32:
        mutated = kit.restamp(mutated)
    assume(mutated != VALID)
    with pytest.raises(BundleError):
        kit.open_all(mutated)


@_relaxed
@given(mutations=st.lists(_mutation, min_size=1, max_size=3))
def test_any_change_inside_the_encryption_is_refused_or_changes_nothing(
    mutations: list[tuple[str, int, int]],
) -> None:
    original = signed_inner()
    mutated = mutate(original, mutations)
    assume(mutated != original)
    try:
        header, records = kit.open_all(kit.envelope(mutated))
    except BundleError:
        return
    # Only the signer key id slot is outside the signature, and it is checked against the signer.
    assert header.to_json() == HEADER
    assert records == RECORDS


@_relaxed
@given(mutations=st.lists(_mutation, min_size=1, max_size=4))
def test_a_signer_with_hostile_software_gets_a_bundle_error_or_a_clean_result(
    mutations: list[tuple[str, int, int]],
) -> None:
    header = mutate(HEADER, mutations)
    try:
        opened, records = kit.open_all(kit.forge(records=RECORDS, header=header))
    except BundleError:
        return
    assert isinstance(opened, codec.BundleHeader)
    assert records == RECORDS


@_relaxed
@given(mutations=st.lists(_mutation, min_size=1, max_size=4))
def test_hostile_record_lines_give_a_bundle_error_or_clean_envelopes(
    mutations: list[tuple[str, int, int]],
) -> None:
    raw = mutate(kit.body_lines(RECORDS), mutations)
    data = kit.forge(raw_body=raw, fields={"record_count": raw.count(b"\n")})
    try:
        _, records = kit.open_all(data)
    except BundleError:
        return
    for record in records:
        assert set(record) == {
            "kind",
            "uuid",
            "origin",
            "revision",
            "updated_at",
            "hash",
            "payload",
        }
        assert json.loads(json.dumps(record)) == record


# --- the strict JSON rules on their own ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '{"a":1,"a":1}',
        '{"a":{"b":1,"b":2}}',
        "NaN",
        "[Infinity]",
        "-Infinity",
        "1" * 17,
        str(2**53 + 1),
        str(-(2**53) - 1),
        "1e400",
        "-1e400",
        "0." + "1" * 40,
        _nest(9),
        _nest(100_000),
        '{"a":' * 9 + "1" + "}" * 9,
        '"\\ud800"',
        '{"\\udc00":1}',
        '["ok","\\ud83d"]',
        "",
        "{",
        "[1,]",
        "{'a':1}",
        "\ufeff{}",
    ],
)
def test_strict_json_refuses(text: str) -> None:
    with pytest.raises(strictjson.StrictJSONError):
        strictjson.loads(text, max_depth=8)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_nest(8), json.loads(_nest(8))),
        (str(2**53), 2**53),
        (str(-(2**53)), -(2**53)),
        ("1.5e300", 1.5e300),
        ('"\\ud83d\\ude00"', "\U0001f600"),  # a surrogate pair is one character
        ('{"a":[1,{"b":null}]}', {"a": [1, {"b": None}]}),
    ],
)
def test_strict_json_accepts(text: str, value: object) -> None:
    assert strictjson.loads(text, max_depth=8) == value


def test_strict_json_counts_string_length_in_characters() -> None:
    assert strictjson.loads('["' + "é" * 10 + '"]', max_depth=8, max_string=10)
    with pytest.raises(strictjson.StringTooLong):
        strictjson.loads('{"' + "k" * 11 + '":1}', max_depth=8, max_string=10)


# --- every refusal reads as a plain sentence with a next step -------------------------------------


def _bundle_errors() -> list[type[BundleError]]:
    return [
        value
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, BundleError) and value is not BundleError
    ]


@pytest.mark.parametrize("error", _bundle_errors(), ids=lambda e: e.__name__)
def test_every_refusal_has_a_plain_sentence_and_a_next_step(error: type[BundleError]) -> None:
    instance = error()
    kit.assert_plain_sentence(instance)
    assert str(instance).count(". ") + str(instance).count("; ") >= 1, "says what to do next"
