"""The bundle codec: round trips, the documented layout, key rotation, limits, test vectors."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import struct
import zlib
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import given, settings
from hypothesis import strategies as st

from circlesdesk.sync import codec, items
from circlesdesk.sync.errors import BundleError, WrongRecipient
from circlesdesk.sync.keys import DeviceIdentity
from tests.unit.sync import bundle_kit as kit
from tests.unit.sync import bundle_vectors as vectors


def seal(records: list[dict[str, Any]], **changes: Any) -> bytes:
    header = codec.make_header(
        kind=codec.BundleKind.SYNC,
        sender=kit.SENDER.public(),
        recipient=kit.OFFICE.public(),
        sequence=changes.pop("sequence", 1),
        previous_bundle_hash=changes.pop("previous_bundle_hash", None),
        schema_version=1,
    )
    return codec.seal(
        header=header,
        records=records,
        sender=kit.SENDER,
        recipient=kit.OFFICE.public(),
        **changes,
    )


# --- round trips --------------------------------------------------------------------------------


def test_a_sealed_bundle_opens_to_the_same_header_and_records() -> None:
    records = [kit.record(n) for n in range(25)]
    data = seal(records, sequence=7, previous_bundle_hash="ab" * 32)
    content = codec.open_envelope(data, recipient_keys=kit.OFFICE_KEYS, limits=kit.LIMITS)
    assert content.signer_key_id == kit.SENDER.public().key_id
    assert content.recipient_key_id == kit.OFFICE.public().key_id
    header = codec.verify_and_parse(content, signer=kit.SENDER.public(), limits=kit.LIMITS)
    assert header.kind == "sync"
    assert header.sequence == 7
    assert header.previous_bundle_hash == "ab" * 32
    assert header.sender_device_id == kit.SENDER.device_id
    assert header.recipient_device_id == kit.OFFICE.device_id
    assert header.record_count == 25
    assert header.body_length == len(content.body)
    assert header.body_sha256 == hashlib.sha256(content.body).hexdigest()
    assert header.uncompressed_length == len(kit.body_lines(records))
    assert codec.decode_records(content, header, limits=kit.LIMITS) == records


def test_a_bundle_with_no_records_round_trips() -> None:
    header, records = kit.open_all(seal([]))
    assert (header.record_count, header.uncompressed_length, records) == (0, 0, [])


def test_text_in_any_script_round_trips() -> None:
    records = [kit.record(1, minutes="Zoë said “thanks” — 😀 ✓ 中文 \t tab\nnew line \u2028 sep")]
    assert kit.open_all(seal(records))[1] == records


def test_every_seal_is_fresh_so_equal_content_gives_different_files() -> None:
    records = [kit.record(1)]
    first, second = seal(records), seal(records)
    assert first != second
    assert codec.bundle_hash(first) != codec.bundle_hash(second)
    assert codec.bundle_hash(first) == hashlib.sha256(first).hexdigest()


@pytest.mark.parametrize("level", range(10))
def test_every_compression_level_opens(level: int) -> None:
    records = [kit.record(n) for n in range(5)]
    assert kit.open_all(seal(records, compress_level=level))[1] == records


def test_a_large_body_compressed_in_two_halves_is_one_ordinary_zlib_stream() -> None:
    # Over the size where the two halves are deflated at once; varied text, so that the second
    # half refers back into the first.
    lines = [
        json.dumps(kit.record(n, minutes=f"Minutes {n} " * (n % 40 + 1))) for n in range(40_000)
    ]
    raw = ("\n".join(lines) + "\n").encode()
    assert len(raw) >= 4 * 1024 * 1024
    for level in (1, 6):
        packed = codec._compress(raw, level)
        assert zlib.decompress(packed) == raw
        assert zlib.decompressobj().decompress(packed) == raw  # one stream, nothing left over
        assert len(packed) < len(raw) // 3


def test_make_header_fills_ids_and_seal_fills_the_body_fields() -> None:
    header = codec.make_header(
        kind="reply",
        sender=kit.OFFICE.public(),
        recipient=kit.SENDER.public(),
        sequence=3,
        previous_bundle_hash=None,
        schema_version=4,
        last_receipt_seen=9,
    )
    assert header.format_version == codec.FORMAT_VERSION
    assert re.fullmatch(r"[0-9a-f-]{36}", header.bundle_id)
    assert header.created_at.endswith("+00:00")
    assert (header.sender_key_id, header.recipient_key_id) == (
        kit.OFFICE.public().key_id,
        kit.SENDER.public().key_id,
    )
    records = [kit.record(1)]
    data = codec.seal(
        header=header, records=records, sender=kit.OFFICE, recipient=kit.SENDER.public()
    )
    content = codec.open_envelope(
        data,
        recipient_keys={kit.SENDER.public().key_id: kit.SENDER.exchange_key},
        limits=kit.LIMITS,
    )
    opened = codec.verify_and_parse(content, signer=kit.OFFICE.public(), limits=kit.LIMITS)
    assert dataclasses.replace(
        opened,
        body_sha256=header.body_sha256,
        body_length=0,
        uncompressed_length=0,
        record_count=0,
    ) == dataclasses.replace(header)
    assert opened.record_count == 1


def test_header_json_is_sorted_compact_ascii_and_parses_back() -> None:
    header = vectors.header()
    data = header.to_json()
    assert data == kit.header_json(dataclasses.asdict(header))
    assert codec.BundleHeader.from_json(data) == header


def test_an_old_office_key_still_opens_bundles_in_transit_after_rotation() -> None:
    new_office = DeviceIdentity.from_private_bytes(
        kit.OFFICE.device_id, DeviceIdentity.generate().private_bytes()
    )
    data = seal([kit.record(1)])  # sealed to the old key
    keys = {
        new_office.public().key_id: new_office.exchange_key,
        kit.OFFICE.public().key_id: kit.OFFICE.exchange_key,
    }
    content = codec.open_envelope(data, recipient_keys=keys, limits=kit.LIMITS)
    assert content.recipient_key_id == kit.OFFICE.public().key_id
    with pytest.raises(WrongRecipient):
        codec.open_envelope(
            data,
            recipient_keys={new_office.public().key_id: new_office.exchange_key},
            limits=kit.LIMITS,
        )


def test_read_bundle_file_reads_a_bundle(tmp_path: Any) -> None:
    data = seal([kit.record(1)])
    path = tmp_path / "06f9827c-00001.cdb"
    path.write_bytes(data)
    assert codec.read_bundle_file(path, limits=kit.LIMITS) == data


# --- what seal refuses to write --------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        {"kind": "meeting"},
        {**kit.record(1), "revision": True},
        {**kit.record(1), "revision": "1"},
        {**kit.record(1), "payload": []},
        {**kit.record(1), "extra": 1},
        {**kit.record(1), "payload": {"score": float("nan")}},
        {**kit.record(1), "payload": {"minutes": "lone \ud800 surrogate"}},
    ],
)
def test_seal_refuses_records_the_reader_would_refuse(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        seal([bad])


def test_seal_refuses_a_header_that_names_other_devices() -> None:
    header = codec.make_header(
        kind="sync",
        sender=kit.MALLORY.public(),
        recipient=kit.OFFICE.public(),
        sequence=1,
        previous_bundle_hash=None,
        schema_version=1,
    )
    with pytest.raises(ValueError, match="sender"):
        codec.seal(header=header, records=[], sender=kit.SENDER, recipient=kit.OFFICE.public())
    with pytest.raises(ValueError, match="recipient"):
        codec.seal(
            header=header, records=[], sender=kit.MALLORY, recipient=kit.OTHER_OFFICE.public()
        )


@pytest.mark.parametrize(
    "changes",
    [
        {"max_file": 0},
        {"max_records": -1},
        {"max_text": True},
        {"max_body": 1.5},
        {"max_file": 2**31},
    ],
)
def test_limits_must_be_sensible(changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        codec.Limits(**changes)


def test_default_limits_are_the_documented_ones() -> None:
    limits = codec.Limits()
    assert (
        limits.max_file,
        limits.max_header,
        limits.max_body,
        limits.max_records,
        limits.max_text,
    ) == (64 * 2**20, 64 * 2**10, 256 * 2**20, 100_000, 2**20)


# --- the layout, written independently ---------------------------------------------------------


def test_an_independent_writer_of_the_documented_layout_makes_identical_bytes() -> None:
    records = [kit.record(n) for n in range(3)]
    ephemeral = X25519PrivateKey.generate()
    salt = bytes(range(32))
    header = codec.make_header(
        kind="sync",
        sender=kit.SENDER.public(),
        recipient=kit.OFFICE.public(),
        sequence=1,
        previous_bundle_hash=None,
        schema_version=1,
    )
    sealed = codec.seal(
        header=header,
        records=records,
        sender=kit.SENDER,
        recipient=kit.OFFICE.public(),
        ephemeral_key=ephemeral,
        salt=salt,
    )
    raw = kit.body_lines(records)
    body = zlib.compress(raw, 1)
    fields = dataclasses.asdict(header) | {
        "body_sha256": hashlib.sha256(body).hexdigest(),
        "body_length": len(body),
        "uncompressed_length": len(raw),
        "record_count": 3,
    }
    header_bytes = kit.header_json(fields)
    plaintext = kit.inner(
        header=header_bytes,
        body=body,
        signature=kit.sign(kit.SENDER, header_bytes),
        signer_key_id=kit.SENDER.public().key_id,
    )
    assert kit.envelope(plaintext, ephemeral=ephemeral, salt=salt) == sealed


def test_the_outer_header_fields_sit_where_the_document_says() -> None:
    data = seal([kit.record(1)])
    magic, version, suite, recipient, ephemeral, salt, length = struct.unpack_from(
        ">8sHH16s32s32sQ", data
    )
    assert magic == b"\x89CDB\r\n\x1a\n"
    assert (version, suite) == (1, 1)
    assert recipient.hex() == kit.OFFICE.public().key_id
    assert len(ephemeral) == len(salt) == 32
    assert length == len(data) - 100 - 32
    assert data[-32:] == hashlib.sha256(data[:-32]).digest()


# --- property: whatever is sealed opens unchanged ----------------------------------------------

_json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40).filter(lambda s: not re.search(r"[\ud800-\udfff]", s))
)
_json_values = st.recursive(
    _json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
_envelopes = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["meeting", "concern", "contact", "device"]),
        "uuid": st.uuids().map(str),
        "origin": st.just(kit.SENDER.device_id),
        "revision": st.integers(min_value=1, max_value=2**31 - 1),
        "updated_at": st.just("2026-05-01T20:15:00+00:00"),
        "hash": st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
        "payload": st.dictionaries(st.text(max_size=10), _json_values, max_size=5),
    }
)


@settings(max_examples=60, deadline=None)
@given(
    records=st.lists(_envelopes, max_size=6),
    sequence=st.integers(min_value=1, max_value=2**53),
    receipt=st.integers(min_value=0, max_value=2**53),
    kind=st.sampled_from(list(codec.BundleKind)),
    level=st.integers(min_value=0, max_value=9),
)
def test_any_records_round_trip(
    records: list[dict[str, Any]], sequence: int, receipt: int, kind: str, level: int
) -> None:
    header = codec.make_header(
        kind=kind,
        sender=kit.SENDER.public(),
        recipient=kit.OFFICE.public(),
        sequence=sequence,
        previous_bundle_hash=None if sequence == 1 else "cd" * 32,
        schema_version=1,
        last_receipt_seen=receipt,
    )
    data = codec.seal(
        header=header,
        records=records,
        sender=kit.SENDER,
        recipient=kit.OFFICE.public(),
        compress_level=level,
    )
    opened, decoded = kit.open_all(data)
    assert decoded == records
    assert json.dumps(decoded) == json.dumps(records)  # key order kept too
    assert (opened.kind, opened.sequence, opened.last_receipt_seen) == (kind, sequence, receipt)


# --- test vector v1 ----------------------------------------------------------------------------


def _document() -> str:
    return vectors.DOCUMENT.read_text(encoding="utf-8")


def test_the_test_vector_is_byte_for_byte_the_golden_file() -> None:
    assert vectors.build() == vectors.GOLDEN.read_bytes()


def test_the_documents_hash_and_hex_dump_match_the_test_vector() -> None:
    document = _document()
    data = vectors.GOLDEN.read_bytes()
    stated = re.search(r"SHA-256 of `vector-v1\.cdb`: `([0-9a-f]{64})`", document)
    assert stated is not None, "the document states the vector's SHA-256"
    assert stated.group(1) == codec.bundle_hash(data)
    assert f"length: {len(data)} bytes" in document
    assert vectors.hexdump(data[:200]) in document


def test_the_document_lists_the_vectors_inputs_and_derived_values() -> None:
    document = _document()
    office = vectors.office()
    content = codec.open_envelope(
        vectors.GOLDEN.read_bytes(),
        recipient_keys={office.public().key_id: office.exchange_key},
        limits=codec.Limits(),
    )
    ephemeral = X25519PrivateKey.from_private_bytes(bytes.fromhex(vectors.EPHEMERAL))
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(office.public().exchange_public))
    info = kit.KDF_INFO + office.public().exchange_public + vectors.GOLDEN.read_bytes()[:100]
    key = HKDF(hashes.SHA256(), length=32, salt=bytes.fromhex(vectors.SALT), info=info)
    for value in (
        shared.hex(),
        key.derive(shared).hex(),
        ephemeral.public_key().public_bytes_raw().hex(),
        content.header_bytes.decode(),
        content.signature.hex(),
        hashlib.sha256(content.body).hexdigest(),
        vectors.SENDER_DEVICE_ID,
        vectors.SENDER_SIGNING,
        vectors.SENDER_EXCHANGE,
        vectors.OFFICE_DEVICE_ID,
        vectors.OFFICE_SIGNING,
        vectors.OFFICE_EXCHANGE,
        vectors.EPHEMERAL,
        vectors.SALT,
        vectors.sender().public().key_id,
        vectors.office().public().key_id,
        vectors.sender().public().fingerprint(),
    ):
        assert value in document


def test_the_vectors_content_hashes_are_real_by_the_documents_rule() -> None:
    """The content hash, computed here from docs/bundle-format.md's definition (not by the
    app): SHA-256 of the canonical JSON of kind, uuid and payload. The importer accepts both."""
    for line in vectors.RECORDS:
        material = {"kind": line["kind"], "uuid": line["uuid"], "payload": line["payload"]}
        canonical = json.dumps(material, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert hashlib.sha256(canonical.encode("utf-8")).hexdigest() == line["hash"]
        assert line["hash"] in _document()
        assert items.parse_record(line).content_hash() == line["hash"]


def test_the_signed_hash_of_the_vector_is_the_documents() -> None:
    office = vectors.office()
    content = codec.open_envelope(
        vectors.GOLDEN.read_bytes(),
        recipient_keys={office.public().key_id: office.exchange_key},
        limits=codec.Limits(),
    )
    digest = hashlib.sha256(content.header_bytes).hexdigest()
    assert codec.signed_hash(content.header_bytes) == digest
    assert f"| signed hash | `{digest}` |" in _document()


def test_the_golden_bundle_opens_with_this_version() -> None:
    office, sender = vectors.office(), vectors.sender()
    data = vectors.GOLDEN.read_bytes()
    content = codec.open_envelope(
        data,
        recipient_keys={office.public().key_id: office.exchange_key},
        limits=codec.Limits(),
    )
    header = codec.verify_and_parse(content, signer=sender.public(), limits=codec.Limits())
    assert (header.bundle_id, header.sequence, header.previous_bundle_hash) == (
        vectors.BUNDLE_ID,
        2,
        vectors.PREVIOUS,
    )
    assert codec.decode_records(content, header, limits=codec.Limits()) == vectors.RECORDS


def test_a_bundle_error_is_what_opening_the_vector_with_the_wrong_key_gives() -> None:
    with pytest.raises(BundleError):
        kit.open_all(vectors.GOLDEN.read_bytes())
