"""Device identities: generation, storage form, key ids, fingerprints, refusal of weak keys."""

from __future__ import annotations

import hashlib
import re

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from hypothesis import given
from hypothesis import strategies as st

from circlesdesk.sync.errors import InvalidPublicKey
from circlesdesk.sync.keys import DeviceIdentity, PublicIdentity
from tests.unit.sync.bundle_kit import assert_plain_sentence

P = 2**255 - 19
# X25519 points of small order (RFC 7748 decoding), including non-canonical encodings >= p.
LOW_ORDER_X25519 = [
    bytes(32),
    (1).to_bytes(32, "little"),
    bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
    bytes.fromhex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),
    (P - 1).to_bytes(32, "little"),
    P.to_bytes(32, "little"),
    (P + 1).to_bytes(32, "little"),
]
# Ed25519 points of order 1, 2, 4 and 8 (canonical encodings), and one with the sign bit set.
SMALL_ORDER_ED25519 = [
    (1).to_bytes(32, "little"),
    (P - 1).to_bytes(32, "little"),
    bytes(32),
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa"),
]
IDENTITY_POINT = (1).to_bytes(32, "little")


def public(**changes: object) -> PublicIdentity:
    base = DeviceIdentity.generate().public()
    values: dict[str, object] = {
        "device_id": base.device_id,
        "signing_public": base.signing_public,
        "exchange_public": base.exchange_public,
    }
    values.update(changes)
    return PublicIdentity(**values)  # type: ignore[arg-type]


def test_generate_gives_a_random_device_id_and_fresh_keys() -> None:
    first, second = DeviceIdentity.generate(), DeviceIdentity.generate()
    assert re.fullmatch(r"[0-9a-f]{32}", first.device_id)
    assert first.device_id != second.device_id
    assert first.private_bytes() != second.private_bytes()
    assert first.public().key_id != second.public().key_id


def test_private_bytes_round_trip_keeps_the_same_keys() -> None:
    identity = DeviceIdentity.generate()
    stored = identity.private_bytes()
    assert len(stored) == 64
    restored = DeviceIdentity.from_private_bytes(identity.device_id, stored)
    assert restored.public() == identity.public()
    assert restored.private_bytes() == stored


@given(seed=st.binary(min_size=64, max_size=64))
def test_any_64_bytes_are_a_storable_identity(seed: bytes) -> None:
    identity = DeviceIdentity.from_private_bytes("ab" * 16, seed)
    assert identity.private_bytes() == seed


@pytest.mark.parametrize("data", [b"", bytes(63), bytes(65)])
def test_private_bytes_of_the_wrong_length_are_refused(data: bytes) -> None:
    with pytest.raises(ValueError, match="64 bytes"):
        DeviceIdentity.from_private_bytes("ab" * 16, data)


@pytest.mark.parametrize("device_id", ["", "AB" * 16, "ab" * 15, "ab" * 17, "xy" * 16])
def test_a_malformed_device_id_is_refused(device_id: str) -> None:
    with pytest.raises(ValueError, match="device id"):
        DeviceIdentity.from_private_bytes(device_id, bytes(64))
    with pytest.raises(InvalidPublicKey):
        public(device_id=device_id)


def test_repr_never_shows_private_keys() -> None:
    identity = DeviceIdentity.generate()
    assert repr(identity) == f"DeviceIdentity(device_id={identity.device_id!r})"


def test_key_id_is_the_documented_hash_prefix() -> None:
    key = DeviceIdentity.generate().public()
    digest = hashlib.sha256(
        b"circlesdesk-key-id-v1" + key.signing_public + key.exchange_public
    ).digest()
    assert key.key_id == digest[:16].hex()
    assert re.fullmatch(r"[0-9a-f]{32}", key.key_id)


def test_key_id_changes_with_either_key() -> None:
    key, other = DeviceIdentity.generate().public(), DeviceIdentity.generate().public()
    swapped_signing = PublicIdentity(key.device_id, other.signing_public, key.exchange_public)
    swapped_exchange = PublicIdentity(key.device_id, key.signing_public, other.exchange_public)
    assert len({key.key_id, swapped_signing.key_id, swapped_exchange.key_id}) == 3


def test_fingerprint_is_eight_groups_of_five_digits_from_the_documented_hash() -> None:
    key = DeviceIdentity.generate().public()
    fingerprint = key.fingerprint()
    assert re.fullmatch(r"(\d{5} ){7}\d{5}", fingerprint)
    digest = hashlib.sha256(
        b"circlesdesk-fingerprint-v1" + key.signing_public + key.exchange_public
    ).digest()
    expected = [int.from_bytes(digest[i : i + 4], "big") % 100_000 for i in range(0, 32, 4)]
    assert [int(group) for group in fingerprint.split()] == expected
    assert key.fingerprint() == fingerprint  # stable


def test_fingerprint_of_fixed_keys_never_changes() -> None:
    key = PublicIdentity("00" * 16, bytes(range(1, 33)), bytes(range(33, 65)))
    assert key.fingerprint() == key.fingerprint()
    digest = hashlib.sha256(b"circlesdesk-fingerprint-v1" + bytes(range(1, 65))).digest()
    assert key.fingerprint().split()[0] == f"{int.from_bytes(digest[:4], 'big') % 100_000:05d}"


@pytest.mark.parametrize("point", LOW_ORDER_X25519, ids=lambda p: p.hex()[:8])
def test_low_order_exchange_keys_are_refused(point: bytes) -> None:
    # cryptography would only notice when the key is used, as an all-zero shared secret.
    with pytest.raises(ValueError):
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(point))
    with pytest.raises(InvalidPublicKey) as info:
        public(exchange_public=point)
    assert_plain_sentence(info.value)


def test_a_small_order_signing_key_would_let_anyone_forge_so_it_is_refused() -> None:
    # Why the check exists: OpenSSL accepts this "signature" under the identity point.
    forged = IDENTITY_POINT + bytes(32)
    Ed25519PublicKey.from_public_bytes(IDENTITY_POINT).verify(forged, b"any message at all")
    with pytest.raises(InvalidSignature):
        Ed25519PublicKey.from_public_bytes(public().signing_public).verify(forged, b"x")


@pytest.mark.parametrize("point", SMALL_ORDER_ED25519, ids=lambda p: p.hex()[:8])
def test_small_order_signing_keys_are_refused(point: bytes) -> None:
    with pytest.raises(InvalidPublicKey):
        public(signing_public=point)


@pytest.mark.parametrize(
    "changes",
    [
        {"signing_public": bytes(31)},
        {"signing_public": bytes(33)},
        {"exchange_public": b""},
        {"exchange_public": "not bytes"},
        {"signing_public": bytearray(32)},
    ],
)
def test_keys_of_the_wrong_size_or_type_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(InvalidPublicKey):
        public(**changes)


@given(signing=st.binary(min_size=32, max_size=32), exchange=st.binary(min_size=32, max_size=32))
def test_public_identity_either_loads_or_refuses_with_a_user_error(
    signing: bytes, exchange: bytes
) -> None:
    try:
        key = PublicIdentity("cd" * 16, signing, exchange)
    except InvalidPublicKey:
        return
    assert len(key.key_id) == 32
