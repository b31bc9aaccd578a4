"""The key-slot file: the vault's data key, wrapped by the passphrase and by a recovery code.

The SQLCipher database is opened with a random 256-bit *data key*. That key is never stored in the
clear: this module keeps it wrapped twice in a small JSON file beside the database (layout and
reasoning in ``docs/vault-format.md``, section "Key slots"):

* the **passphrase slot**: Argon2id (at least 64 MiB, calibrated to about half a second on this
  machine) turns the passphrase into a key that seals the data key with ChaCha20-Poly1305;
* the **recovery slot**: the same, keyed by a random 24-character recovery code shown once;
* on an office where several people work, one **person slot** each, labelled by a hash of the
  vault id and the person's name (never the name itself), sealed under their own passphrase.
  The first person's slot is the passphrase slot (no label). A file with person slots is
  version 2; one without is written as version 1, as before.

Because each slot carries an authentication tag, a wrong passphrase is recognised here, before the
database is touched; a file checksum tells a damaged file apart from a wrong passphrase.

Python cannot reliably wipe ``bytes`` from memory, so this module does not pretend to: it keeps
secrets in local variables only, never stores a passphrase, code or unwrapped key on an object,
and never puts one in a message, ``repr`` or log.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import math
import os
import re
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from zxcvbn import zxcvbn

from circlesdesk.atomicfile import write_private
from circlesdesk.messages import Message
from circlesdesk.vault.errors import (
    KeySlotsDamaged,
    KeySlotsMissing,
    KeySlotsTooNew,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)

FORMAT: Final = "circlesdesk-keyslots"
VERSION: Final = 2  # the newest version read and written
FIRST_VERSION: Final = 1  # a file without person slots, and the tag of the first two slots
KDF_NAME: Final = "argon2id"
AEAD_NAME: Final = "chacha20-poly1305"

DATA_KEY_BYTES: Final = 32
SALT_BYTES: Final = 16
MAX_SALT_BYTES: Final = 64
NONCE_BYTES: Final = 12
WRAPPED_KEY_BYTES: Final = DATA_KEY_BYTES + 16  # ciphertext + Poly1305 tag
VAULT_ID_BYTES: Final = 16
KEY_CHECK_BYTES: Final = 16
MAX_FILE_BYTES: Final = 64 * 1024

MIN_MEMORY_KIB: Final = 64 * 1024  # 64 MiB, never less
MAX_MEMORY_KIB: Final = 4 * 1024 * 1024  # 4 GiB: a sanity bound on what a file may ask for
MAX_ITERATIONS: Final = 1000
MAX_LANES: Final = 64
CALIBRATION_LANES: Final = 4  # RFC 9106 §4 recommends 4 lanes
CALIBRATION_BUDGET_SECONDS: Final = 1.0

RECOVERY_ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I L O U
RECOVERY_LENGTH: Final = 24  # 24 × 5 bits = 120 bits
RECOVERY_GROUP: Final = 4

LABEL_BYTES: Final = 16
MAX_PEOPLE: Final = 100

MIN_PASSPHRASE_LENGTH: Final = 10
ZXCVBN_MAX_LENGTH = 72  # zxcvbn refuses longer input
MIN_DISTINCT_CHARACTERS: Final = 5

SlotKind = Literal["passphrase", "recovery", "person"]

_HEX = re.compile(r"[0-9a-f]*")
# Whitespace, hyphens, and the dashes and minus sign word processors put in their place.
_CODE_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
# Crockford decoding reads the letters that never appear as the digits they look like.
_CODE_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_KEY_CHECK_LABEL = b"circlesdesk-keyslots key check v1"
_STAFF_LABEL = b"circlesdesk-keyslots person label v1"
_SPACES = re.compile(r"\s+")

MALFORMED_RECOVERY_CODE = "vault.recovery_code_malformed"
"""The code of the sentence for text that is not even written like a recovery code."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB (at least 64 MiB), passes over it, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        for name, value, low, high in (
            ("memory_kib", self.memory_kib, MIN_MEMORY_KIB, MAX_MEMORY_KIB),
            ("iterations", self.iterations, 1, MAX_ITERATIONS),
            ("lanes", self.lanes, 1, MAX_LANES),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ValueError(f"Argon2id {name} must be a whole number from {low} to {high}")


# The recovery code carries 120 random bits, so stretching adds little; 64 MiB of Argon2id (RFC
# 9106's second recommended setting) still makes a partly-seen code expensive to complete.
RECOVERY_KDF: Final = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=3, lanes=4)


@dataclass(frozen=True, repr=False)
class KeySlot:
    """One wrapping of the data key: how its key is derived, and the sealed data key."""

    kind: SlotKind
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    label: str | None = None  # a person slot's label (see :func:`staff_label`)

    def __repr__(self) -> str:
        kdf = self.kdf
        return (
            f"KeySlot({self.kind}, argon2id {kdf.memory_kib // 1024} MiB"
            f" × {kdf.iterations}, {kdf.lanes} lanes)"
        )


@dataclass(frozen=True, repr=False)
class KeySlots:
    """The parsed key-slot file of one vault. Immutable: every change returns a new object."""

    vault_id: str
    key_check: str
    passphrase_slot: KeySlot
    recovery_slot: KeySlot
    people: tuple[KeySlot, ...] = ()

    def __repr__(self) -> str:
        people = f", {len(self.people)} person slots" if self.people else ""
        return (
            f"KeySlots(vault {self.vault_id[:8]}, {self.passphrase_slot!r}, recovery slot{people})"
        )

    # -- opening -------------------------------------------------------------------------------

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        """The data key; WrongPassphrase if no passphrase or person slot opens with it."""
        return self.unwrap_as(passphrase, name=None)[0]

    def unwrap_as(self, passphrase: str, *, name: str | None) -> tuple[bytes, str | None]:
        """The data key and the label of the slot that opened (None: the passphrase slot).

        With a ``name``, only one slot is tried: that person's slot if one has their label, else
        the passphrase slot (the first person's, which has no label). Without one, the passphrase
        slot is tried first, then every person slot in turn (one Argon2id run each).
        """
        secret = _passphrase_bytes(passphrase)
        if name is not None:
            label = staff_label(self.vault_id, name)
            chosen = [slot for slot in self.people if slot.label == label]
            order = chosen or [self.passphrase_slot]
        else:
            order = [self.passphrase_slot, *self.people]
        for slot in order:
            data_key = self._unwrap(slot, secret)
            if data_key is not None:
                return data_key, slot.label
        raise WrongPassphrase()

    def unwrap_slot(self, passphrase: str, *, label: str | None) -> bytes:
        """The data key from one slot (``label``; None: the passphrase slot); else
        WrongPassphrase, also when there is no such slot."""
        slot = self.passphrase_slot if label is None else self.person(label)
        data_key = None if slot is None else self._unwrap(slot, _passphrase_bytes(passphrase))
        if data_key is None:
            raise WrongPassphrase()
        return data_key

    def person(self, label: str) -> KeySlot | None:
        """The person slot with this label, or None."""
        return next((slot for slot in self.people if slot.label == label), None)

    def unwrap_with_recovery(self, code: str) -> bytes:
        """The data key; WrongRecoveryCode if the code is wrong or not written like a code."""
        data_key = self._unwrap(self.recovery_slot, parse_recovery_code(code).encode("ascii"))
        if data_key is None:
            raise WrongRecoveryCode()
        return data_key

    # -- changing ------------------------------------------------------------------------------

    def with_passphrase(
        self, *, data_key: bytes, passphrase: str, kdf: KdfParams, label: str | None = None
    ) -> KeySlots:
        """A new passphrase slot (or the person slot ``label``, added if new) for the same key.

        The other slots are kept as they are. ``data_key`` must be the key these slots hold
        (unwrapped just before); a different key is a programming error and raises ValueError
        rather than locking the user out.
        """
        check_passphrase(passphrase)
        return self._with_slot(
            data_key=data_key, secret=_passphrase_bytes(passphrase), kdf=kdf, label=label
        )

    def without(self, *, data_key: bytes, label: str | None) -> KeySlots:
        """These slots with person slot ``label`` removed (None: the passphrase slot closed).

        The passphrase slot cannot be left out of the file, so closing it seals the data key
        under 32 random bytes that are then forgotten: nobody's passphrase opens it, and the
        recovery code can set a new one.
        """
        if label is None:
            return self._with_slot(
                data_key=data_key,
                secret=secrets.token_bytes(32),
                kdf=self.recovery_slot.kdf,
                label=None,
            )
        if not self._holds(data_key):
            raise ValueError("the data key given is not the one these key slots hold")
        return dataclasses.replace(
            self, people=tuple(slot for slot in self.people if slot.label != label)
        )

    def rewrapped(
        self, *, data_key: bytes, passphrase: str, kdf: KdfParams, label: str | None = None
    ) -> tuple[KeySlots, str]:
        """Slots for a new (rotated) data key, with a new recovery code; same vault id.

        Returns the slots and the new recovery code, formatted for showing once. The old
        recovery code no longer opens anything. Only the rotating person's slot is made again
        (``label``; None: the passphrase slot): the others cannot be, without their
        passphrases, so each of them is given a new one afterwards.
        """
        slots, code = _new_slots(
            vault_id=self.vault_id, data_key=data_key, passphrase=passphrase, kdf=kdf
        )
        if label is None:
            return slots, code
        closed = slots.without(data_key=data_key, label=None)
        return closed.with_passphrase(
            data_key=data_key, passphrase=passphrase, kdf=kdf, label=label
        ), code

    # -- the file ------------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        """The file's contents: indented JSON, format and version first, checksum last."""
        document = self._document()
        document["checksum"] = _checksum(document)
        return (json.dumps(document, indent=2) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeySlots:
        """Parse a key-slot file strictly.

        Raises KeySlotsTooNew for a newer format version and KeySlotsDamaged for anything that is
        not exactly a valid version-1 file with a matching checksum.
        """
        if len(data) > MAX_FILE_BYTES:
            raise KeySlotsDamaged()
        try:
            document = json.loads(
                data.decode("utf-8"),
                object_pairs_hook=_reject_duplicate_keys,
                parse_constant=_reject_constant,
            )
        except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
            raise KeySlotsDamaged() from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise KeySlotsDamaged()
        version = document.get("version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise KeySlotsDamaged()
        if version > VERSION:
            raise KeySlotsTooNew()
        if version not in (FIRST_VERSION, VERSION):
            raise KeySlotsDamaged()
        _expect_keys(document, {"format", "version", "vault_id", "key_check", "slots", "checksum"})
        slots = document["slots"]
        if not isinstance(slots, dict):
            raise KeySlotsDamaged()
        if version == FIRST_VERSION:
            _expect_keys(slots, {"passphrase", "recovery"})
        else:
            _expect_keys(slots, {"passphrase", "recovery", "people"})
        parsed = cls(
            vault_id=_hex(document["vault_id"], low=VAULT_ID_BYTES, high=VAULT_ID_BYTES).hex(),
            key_check=_hex(document["key_check"], low=KEY_CHECK_BYTES, high=KEY_CHECK_BYTES).hex(),
            passphrase_slot=_parse_slot(slots["passphrase"], kind="passphrase"),
            recovery_slot=_parse_slot(slots["recovery"], kind="recovery"),
            people=_parse_people(slots.get("people")),
        )
        if version == VERSION and not parsed.people:
            raise KeySlotsDamaged()  # version 2 exists for its person slots
        # Parsing is exact (lower-case hex, whole numbers, known keys only), so the parsed slots
        # re-serialise to exactly the document that was checksummed.
        checksum = document["checksum"]
        if not isinstance(checksum, str) or not hmac.compare_digest(
            checksum.encode("ascii", "replace"), _checksum(parsed._document()).encode("ascii")
        ):
            raise KeySlotsDamaged()
        return parsed

    def save(self, path: Path) -> None:
        """Write the file atomically with mode 0600 (see :func:`circlesdesk.atomicfile`)."""
        write_private(path, self.to_bytes())

    # -- inside --------------------------------------------------------------------------------

    def _unwrap(self, slot: KeySlot, secret: bytes) -> bytes | None:
        """The data key, or None when the tag does not verify (wrong secret or edited slot)."""
        key = _derive(secret, salt=slot.salt, kdf=slot.kdf)
        try:
            data_key = ChaCha20Poly1305(key).decrypt(
                slot.nonce, slot.wrapped_key, _associated_data(self.vault_id, slot)
            )
        except InvalidTag:
            return None
        if not self._holds(data_key):
            # The tag verified, so the secret was right, but the key does not belong to this
            # file: only an edit of the file (or a bug) can do that.
            raise KeySlotsDamaged()
        return data_key

    def _holds(self, data_key: bytes) -> bool:
        return len(data_key) == DATA_KEY_BYTES and hmac.compare_digest(
            _key_check(data_key), self.key_check
        )

    def _with_slot(
        self, *, data_key: bytes, secret: bytes, kdf: KdfParams, label: str | None
    ) -> KeySlots:
        if not self._holds(data_key):
            raise ValueError("the data key given is not the one these key slots hold")
        slot = _seal(
            kind="passphrase" if label is None else "person",
            secret=secret,
            data_key=data_key,
            kdf=kdf,
            vault_id=self.vault_id,
            label=label,
        )
        if label is None:
            return dataclasses.replace(self, passphrase_slot=slot)
        others = tuple(person for person in self.people if person.label != label)
        if len(others) >= MAX_PEOPLE:
            raise ValueError(f"a vault holds at most {MAX_PEOPLE} person slots")
        return dataclasses.replace(self, people=(*others, slot))

    def _document(self) -> dict[str, Any]:
        slots: dict[str, Any] = {
            "passphrase": _slot_document(self.passphrase_slot),
            "recovery": _slot_document(self.recovery_slot),
        }
        if self.people:
            slots["people"] = [
                {"label": slot.label, **_slot_document(slot)} for slot in self.people
            ]
        return {
            "format": FORMAT,
            "version": VERSION if self.people else FIRST_VERSION,
            "vault_id": self.vault_id,
            "key_check": self.key_check,
            "slots": slots,
        }


# -- the new recovery code of a rotation, until it has been shown ---------------------------------

_CODE_FORMAT: Final = "circlesdesk-new-recovery-code"
_CODE_KEY_LABEL = b"circlesdesk new recovery code v1"


def seal_recovery_code(*, data_key: bytes, code: str) -> bytes:
    """A small file holding ``code`` sealed under a key derived from the *new* data key.

    A key rotation writes it before the database is rekeyed, so that a rotation killed at any
    later step shows its new recovery code on the next unlock instead of losing it. Whoever can
    open it already holds the data key, which is all the code unwraps: nothing is exposed.
    """
    nonce = os.urandom(NONCE_BYTES)
    sealed = ChaCha20Poly1305(_code_key(data_key)).encrypt(
        nonce, parse_recovery_code(code).encode("ascii"), _CODE_FORMAT.encode("ascii")
    )
    document = {
        "format": _CODE_FORMAT,
        "version": FIRST_VERSION,
        "key_check": _key_check(data_key),
        "nonce": nonce.hex(),
        "sealed": sealed.hex(),
    }
    return (json.dumps(document, indent=2) + "\n").encode("ascii")


def open_recovery_code(*, data_key: bytes, data: bytes) -> str | None:
    """The code sealed by :func:`seal_recovery_code` under ``data_key``, or None.

    None means the file belongs to another key (a rotation that never reached the rekey) or is
    not intact: either way it holds no code for this vault.
    """
    try:
        document = json.loads(data.decode("ascii"))
        if not isinstance(document, dict) or document.get("format") != _CODE_FORMAT:
            return None
        if document.get("key_check") != _key_check(data_key):
            return None
        plain = ChaCha20Poly1305(_code_key(data_key)).decrypt(
            bytes.fromhex(document["nonce"]),
            bytes.fromhex(document["sealed"]),
            _CODE_FORMAT.encode("ascii"),
        )
        return format_recovery_code(plain.decode("ascii"))
    except (ValueError, KeyError, TypeError, InvalidTag, UnicodeDecodeError):
        return None


def _code_key(data_key: bytes) -> bytes:
    return hmac.new(data_key, _CODE_KEY_LABEL, hashlib.sha256).digest()


# -- public functions ------------------------------------------------------------------------------


def create(*, data_key: bytes, passphrase: str, kdf: KdfParams) -> tuple[KeySlots, str]:
    """Key slots for a new vault, and its recovery code formatted for showing once.

    Raises WeakPassphrase if the passphrase does not meet :func:`check_passphrase`.
    """
    return _new_slots(
        vault_id=secrets.token_hex(VAULT_ID_BYTES),
        data_key=data_key,
        passphrase=passphrase,
        kdf=kdf,
    )


def load(path: Path) -> KeySlots:
    """Read and parse the key-slot file; KeySlotsMissing if it is not there."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeySlotsMissing() from None
    return KeySlots.from_bytes(data)


def staff_label(vault_id: str, name: str) -> str:
    """The label of a person's slot: a hash of the vault id and their name, as hex.

    The name is compared as people type it: Unicode-normalised, case and runs of spaces
    ignored. The label is not secret (a guessed name can be checked against it) but keeps
    the key-slot file from listing who works at the office.
    """
    spoken = _SPACES.sub(" ", unicodedata.normalize("NFC", name).casefold()).strip()
    material = b"\n".join([_STAFF_LABEL, vault_id.encode("ascii"), spoken.encode("utf-8")])
    return hashlib.sha256(material).digest()[:LABEL_BYTES].hex()


def calibrate_kdf(target_seconds: float = 0.5, memory_kib: int = MIN_MEMORY_KIB) -> KdfParams:
    """Argon2id parameters that take about ``target_seconds`` on this machine.

    Memory is fixed (never below 64 MiB) and the number of passes is scaled. One pass is timed
    and the passes scaled to the target; if the one-second budget allows, a run at that estimate
    is timed too and the passes scaled again from it, since a single pass over-weights the fixed
    cost of allocating the memory. Four lanes, as RFC 9106 recommends.
    """
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    started = time.perf_counter()
    one_pass = _time_derive(KdfParams(memory_kib=memory_kib, iterations=1, lanes=CALIBRATION_LANES))
    iterations = max(1, round(target_seconds / one_pass))
    remaining = CALIBRATION_BUDGET_SECONDS - (time.perf_counter() - started)
    # n passes cost at most n × one pass (the fixed cost is paid once), so the probe fits the
    # remaining budget; its longer run measures the cost per pass with less noise.
    probe = min(iterations, math.floor(remaining / one_pass))
    if probe >= 2:
        probe_time = _time_derive(
            KdfParams(memory_kib=memory_kib, iterations=probe, lanes=CALIBRATION_LANES)
        )
        iterations = max(1, round(target_seconds * probe / probe_time))
    return KdfParams(
        memory_kib=memory_kib,
        iterations=min(iterations, MAX_ITERATIONS),
        lanes=CALIBRATION_LANES,
    )


def format_recovery_code(code: str) -> str:
    """``ABCD-EFGH-…``: the canonical code in groups of four, as shown to the user."""
    return "-".join(code[i : i + RECOVERY_GROUP] for i in range(0, len(code), RECOVERY_GROUP))


def parse_recovery_code(text: str) -> str:
    """The canonical 24-symbol code from what a user typed.

    Tolerates lower case, spaces, missing or extra hyphens (and typographic dashes), and reads
    O as 0 and I or L as 1, as Crockford base32 does. Anything else raises WrongRecoveryCode with
    a sentence describing the expected form (never repeating what was typed).
    """
    cleaned = _CODE_SEPARATORS.sub("", text)
    if not cleaned.isascii():
        raise WrongRecoveryCode(MALFORMED_RECOVERY_CODE)
    cleaned = cleaned.upper().translate(_CODE_LOOKALIKES)
    if len(cleaned) != RECOVERY_LENGTH or any(c not in RECOVERY_ALPHABET for c in cleaned):
        raise WrongRecoveryCode(MALFORMED_RECOVERY_CODE)
    return cleaned


def check_passphrase(passphrase: str) -> None:
    """Raise WeakPassphrase unless the passphrase meets the rule.

    The rule, short enough to explain in one sentence: at least 10 characters, at least 5
    different characters (so no "aaaaaaaaaa" or "abababab…"), at least one letter of any
    alphabet (dates, phone and ID numbers are the first things tried), and not guessable in under
    a thousand tries by zxcvbn (common passwords, keyboard walks such as "qwertyuiop"). Spaces,
    punctuation and every language are welcome; a few unrelated words are the recommended shape.
    """
    problem = _passphrase_problem(passphrase)
    if problem is not None:
        raise WeakPassphrase(problem.code, **problem.params)


def passphrase_strength(passphrase: str) -> int:
    """A 0 (weak) to 4 (strong) score for a meter as the user types: zxcvbn's score.

    zxcvbn (Dropbox's estimator, the one KeePassXC uses) counts the guesses an attacker needs,
    knowing common passwords, words, names, keyboard walks, dates and l33t spellings, so
    ``P@ssw0rd2024`` scores 1. A passphrase that fails :func:`check_passphrase` scores at most 1.
    """
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return 0
    score = _zxcvbn_score(text)
    return min(score, 1) if _passphrase_problem(passphrase) else score


# -- inside ----------------------------------------------------------------------------------------


def _new_slots(
    *, vault_id: str, data_key: bytes, passphrase: str, kdf: KdfParams
) -> tuple[KeySlots, str]:
    check_passphrase(passphrase)
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    code = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    slots = KeySlots(
        vault_id=vault_id,
        key_check=_key_check(data_key),
        passphrase_slot=_seal(
            kind="passphrase",
            secret=_passphrase_bytes(passphrase),
            data_key=data_key,
            kdf=kdf,
            vault_id=vault_id,
        ),
        recovery_slot=_seal(
            kind="recovery",
            secret=code.encode("ascii"),
            data_key=data_key,
            kdf=RECOVERY_KDF,
            vault_id=vault_id,
        ),
    )
    return slots, format_recovery_code(code)


def _seal(
    *,
    kind: SlotKind,
    secret: bytes,
    data_key: bytes,
    kdf: KdfParams,
    vault_id: str,
    label: str | None = None,
) -> KeySlot:
    """Wrap the data key under a key derived from ``secret`` with a fresh salt and nonce."""
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    key = _derive(secret, salt=salt, kdf=kdf)
    slot = KeySlot(kind=kind, kdf=kdf, salt=salt, nonce=nonce, wrapped_key=b"", label=label)
    wrapped = ChaCha20Poly1305(key).encrypt(nonce, data_key, _associated_data(vault_id, slot))
    return dataclasses.replace(slot, wrapped_key=wrapped)


def _derive(secret: bytes, *, salt: bytes, kdf: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(secret)


def _time_derive(kdf: KdfParams) -> float:
    started = time.perf_counter()
    _derive(os.urandom(16), salt=os.urandom(SALT_BYTES), kdf=kdf)
    return max(time.perf_counter() - started, 1e-6)


def _associated_data(vault_id: str, slot: KeySlot) -> bytes:
    """What each slot's tag also covers, so a slot cannot be moved to another vault, role or
    person (a person slot's tag covers its label)."""
    if slot.kind == "person":
        material: list[object] = [FORMAT, VERSION, vault_id, slot.kind, slot.label]
    else:
        material = [FORMAT, FIRST_VERSION, vault_id, slot.kind]
    return json.dumps(material, separators=(",", ":")).encode("ascii")


def _key_check(data_key: bytes) -> str:
    """A one-way fingerprint of the data key (128 bits of HMAC-SHA256), safe to store openly."""
    return hmac.new(data_key, _KEY_CHECK_LABEL, hashlib.sha256).digest()[:KEY_CHECK_BYTES].hex()


def _passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same passphrase typed on another system gives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def _passphrase_problem(passphrase: str) -> Message | None:
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return Message("vault.passphrase_too_short", {"length": MIN_PASSPHRASE_LENGTH})
    if len(set(text)) < MIN_DISTINCT_CHARACTERS:
        return Message("vault.passphrase_too_plain")
    if not any(character.isalpha() for character in text):
        return Message("vault.passphrase_no_letters")
    if _zxcvbn_score(text) == 0:  # under a thousand guesses: "qwertyuiop", "password123"
        return Message("vault.passphrase_too_guessable")
    return None


def _zxcvbn_score(text: str) -> int:
    """zxcvbn's 0–4 score (as KeePassXC uses): dictionaries, keyboard walks, dates, l33t.

    Only the first ZXCVBN_MAX_LENGTH characters are rated (its time grows with length; longer
    passphrases score 4 there already)."""
    return int(zxcvbn(text[:ZXCVBN_MAX_LENGTH])["score"])


def _checksum(document: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of everything but the checksum: catches accidental damage."""
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _slot_document(slot: KeySlot) -> dict[str, Any]:
    return {
        "kdf": KDF_NAME,
        "memory_kib": slot.kdf.memory_kib,
        "iterations": slot.kdf.iterations,
        "lanes": slot.kdf.lanes,
        "salt": slot.salt.hex(),
        "aead": AEAD_NAME,
        "nonce": slot.nonce.hex(),
        "wrapped_key": slot.wrapped_key.hex(),
    }


def _parse_slot(value: object, *, kind: SlotKind) -> KeySlot:
    if not isinstance(value, dict):
        raise KeySlotsDamaged()
    _expect_keys(
        value,
        {"kdf", "memory_kib", "iterations", "lanes", "salt", "aead", "nonce", "wrapped_key"},
    )
    if value["kdf"] != KDF_NAME or value["aead"] != AEAD_NAME:
        raise KeySlotsDamaged()
    try:
        kdf = KdfParams(
            memory_kib=value["memory_kib"], iterations=value["iterations"], lanes=value["lanes"]
        )
    except ValueError:
        raise KeySlotsDamaged() from None
    return KeySlot(
        kind=kind,
        kdf=kdf,
        salt=_hex(value["salt"], low=SALT_BYTES, high=MAX_SALT_BYTES),
        nonce=_hex(value["nonce"], low=NONCE_BYTES, high=NONCE_BYTES),
        wrapped_key=_hex(value["wrapped_key"], low=WRAPPED_KEY_BYTES, high=WRAPPED_KEY_BYTES),
    )


def _parse_people(value: object) -> tuple[KeySlot, ...]:
    """The person slots of a version-2 file (none in version 1), labels distinct."""
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > MAX_PEOPLE:
        raise KeySlotsDamaged()
    people: list[KeySlot] = []
    for item in value:
        if not isinstance(item, dict) or "label" not in item:
            raise KeySlotsDamaged()
        fields = {key: item[key] for key in item if key != "label"}
        label = _hex(item["label"], low=LABEL_BYTES, high=LABEL_BYTES).hex()
        people.append(dataclasses.replace(_parse_slot(fields, kind="person"), label=label))
    if len({slot.label for slot in people}) != len(people):
        raise KeySlotsDamaged()
    return tuple(people)


def _hex(value: object, *, low: int, high: int) -> bytes:
    """Lower-case hex of ``low`` to ``high`` bytes, else KeySlotsDamaged."""
    if (
        not isinstance(value, str)
        or not low * 2 <= len(value) <= high * 2
        or len(value) % 2
        or not _HEX.fullmatch(value)
    ):
        raise KeySlotsDamaged()
    return bytes.fromhex(value)


def _expect_keys(document: dict[str, Any], keys: set[str]) -> None:
    if set(document) != keys:
        raise KeySlotsDamaged()


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for key, value in pairs:
        if key in document:
            raise ValueError("duplicate key")
        document[key] = value
    return document


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")
