"""A device's identity: its id, Ed25519 signing key and X25519 key for receiving bundles.

:class:`DeviceIdentity` holds the private keys and lives only inside the encrypted vault
(:meth:`DeviceIdentity.private_bytes` is its storage form). :class:`PublicIdentity` is what other
devices register: the device id and the two raw 32-byte public keys, checked when built, with a
*key id* that names the pair inside bundles and a *fingerprint* that people compare by voice.

Key id: the first 16 bytes of SHA-256(``circlesdesk-key-id-v1`` || signing public || exchange
public), as 32 lowercase hex characters.

Fingerprint: SHA-256(``circlesdesk-fingerprint-v1`` || signing public || exchange public), read as
eight 4-byte big-endian numbers, each taken modulo 100000 and written as five digits, separated by
spaces: ``"04213 99120 ..."`` (about 133 bits).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import secrets
from typing import Self

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from circlesdesk.sync.errors import InvalidPublicKey

KEY_ID_DOMAIN = b"circlesdesk-key-id-v1"
FINGERPRINT_DOMAIN = b"circlesdesk-fingerprint-v1"
KEY_SIZE = 32
KEY_ID_SIZE = 16

_DEVICE_ID = re.compile(r"[0-9a-f]{32}")
_FIELD_PRIME = 2**255 - 19
# Encodings of the Ed25519 points of order 1, 2, 4 and 8 (and the non-canonical p, p + 1), with
# the sign bit cleared, as in libsodium's ge25519_has_small_order. A signing key among them lets
# anyone forge signatures that OpenSSL accepts, so such keys are refused.
_SMALL_ORDER_ED25519 = frozenset(
    {
        bytes(32),
        (1).to_bytes(32, "little"),
        bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
        bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
        (_FIELD_PRIME - 1).to_bytes(32, "little"),
        _FIELD_PRIME.to_bytes(32, "little"),
        (_FIELD_PRIME + 1).to_bytes(32, "little"),
    }
)
# Any scalar will do: X25519 clamps it to a multiple of 8, which sends every point of small order
# (and only those) to the all-zero shared secret that cryptography refuses with ValueError.
_PROBE = X25519PrivateKey.from_private_bytes(bytes([9]) * KEY_SIZE)


def is_device_id(value: object) -> bool:
    """Whether ``value`` is a device id: 32 lowercase hex characters."""
    return isinstance(value, str) and _DEVICE_ID.fullmatch(value) is not None


def is_weak_exchange_key(public: X25519PublicKey) -> bool:
    """Whether an X25519 public key is a low-order point (all-zero shared secret with anyone)."""
    try:
        _PROBE.exchange(public)
    except ValueError:
        return True
    return False


@dataclasses.dataclass(frozen=True)
class PublicIdentity:
    """The public half of a device identity, as registered by the devices it talks to.

    Building one checks the keys: 32 bytes each, the signing key not of small order, the
    exchange key not a low-order point. A failure raises :class:`InvalidPublicKey`.
    """

    device_id: str
    signing_public: bytes
    exchange_public: bytes

    def __post_init__(self) -> None:
        if not is_device_id(self.device_id):
            raise InvalidPublicKey()
        for raw in (self.signing_public, self.exchange_public):
            if not isinstance(raw, bytes) or len(raw) != KEY_SIZE:
                raise InvalidPublicKey()
        masked = self.signing_public[:31] + bytes([self.signing_public[31] & 0x7F])
        if masked in _SMALL_ORDER_ED25519:
            raise InvalidPublicKey()
        if is_weak_exchange_key(X25519PublicKey.from_public_bytes(self.exchange_public)):
            raise InvalidPublicKey()

    @property
    def key_id(self) -> str:
        """The id (32 hex characters) that names this key pair inside bundles."""
        material = KEY_ID_DOMAIN + self.signing_public + self.exchange_public
        return hashlib.sha256(material).digest()[:KEY_ID_SIZE].hex()

    def fingerprint(self) -> str:
        """Eight groups of five digits for people to compare in person or by phone."""
        material = FINGERPRINT_DOMAIN + self.signing_public + self.exchange_public
        digest = hashlib.sha256(material).digest()
        groups = (int.from_bytes(digest[i : i + 4], "big") % 100_000 for i in range(0, 32, 4))
        return " ".join(f"{group:05d}" for group in groups)


@dataclasses.dataclass(frozen=True, eq=False)
class DeviceIdentity:
    """A device's id and private keys. Kept only inside the encrypted vault."""

    device_id: str
    signing_key: Ed25519PrivateKey = dataclasses.field(repr=False)
    exchange_key: X25519PrivateKey = dataclasses.field(repr=False)

    def __post_init__(self) -> None:
        if not is_device_id(self.device_id):
            raise ValueError("a device id is 32 lowercase hex characters")

    @classmethod
    def generate(cls) -> Self:
        """A new identity: a random device id and fresh key pairs."""
        return cls(
            device_id=secrets.token_hex(16),
            signing_key=Ed25519PrivateKey.generate(),
            exchange_key=X25519PrivateKey.generate(),
        )

    def private_bytes(self) -> bytes:
        """The raw private keys (signing then exchange, 32 bytes each) for the vault to store."""
        return self.signing_key.private_bytes_raw() + self.exchange_key.private_bytes_raw()

    @classmethod
    def from_private_bytes(cls, device_id: str, data: bytes) -> Self:
        """Rebuild an identity from :meth:`private_bytes` (read back from the vault)."""
        if len(data) != 2 * KEY_SIZE:
            raise ValueError("device private keys are 64 bytes")
        return cls(
            device_id=device_id,
            signing_key=Ed25519PrivateKey.from_private_bytes(data[:KEY_SIZE]),
            exchange_key=X25519PrivateKey.from_private_bytes(data[KEY_SIZE:]),
        )

    def public(self) -> PublicIdentity:
        """The public identity other devices register."""
        return PublicIdentity(
            device_id=self.device_id,
            signing_public=self.signing_key.public_key().public_bytes_raw(),
            exchange_public=self.exchange_key.public_key().public_bytes_raw(),
        )
