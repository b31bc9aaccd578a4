"""Tests for circlesdesk.vault.keyslots: wrapping the data key, the recovery code, the file format.

Real Argon2id throughout, at the 64 MiB floor with one pass and one lane for speed; the slots that
several tests read are made once per module (they are immutable).
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import os
import re
import stat
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from circlesdesk.errors import UserError
from circlesdesk.vault import keyslots
from circlesdesk.vault.errors import (
    KeySlotsDamaged,
    KeySlotsMissing,
    KeySlotsTooNew,
    VaultError,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from circlesdesk.vault.keyslots import KdfParams, KeySlots

FAST = KdfParams(memory_kib=65536, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery"
OTHER_PASSPHRASE = "staple gun on the shelf"
DATA_KEY = bytes.fromhex("5d" * 16 + "a7" * 16)
CODE_FORM = r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}"

# A version-1 file written by the first release (passphrase "golden vector passphrase", data key
# 00 01 02 … 1f). Every later release must still open it.
GOLDEN_V1 = b"""{
  "format": "circlesdesk-keyslots",
  "version": 1,
  "vault_id": "1c0390113b565ae70d686a03bc084b1a",
  "key_check": "4c8559a8bbdc85570116dcb10b8aa828",
  "slots": {
    "passphrase": {
      "kdf": "argon2id",
      "memory_kib": 65536,
      "iterations": 1,
      "lanes": 1,
      "salt": "5a29467f280ea7f8546c103ed1610bf9",
      "aead": "chacha20-poly1305",
      "nonce": "ff886fa5342647b14fe5c106",
      "wrapped_key": "WRAPPED_PASSPHRASE"
    },
    "recovery": {
      "kdf": "argon2id",
      "memory_kib": 65536,
      "iterations": 3,
      "lanes": 4,
      "salt": "bed2a5656f95a1f6de86368efd79d621",
      "aead": "chacha20-poly1305",
      "nonce": "657eddb957c220adc5e556d7",
      "wrapped_key": "WRAPPED_RECOVERY"
    }
  },
  "checksum": "409e93248137359a131c0d1ae3b86b3d1e9534d524b9c9cdca320c20ac5a0d62"
}
"""
GOLDEN_V1 = GOLDEN_V1.replace(
    b"WRAPPED_PASSPHRASE",
    b"7976f479272b353dbc05dffc3447a5ac14974d0322a9937e"
    b"58b948890dc2a3c287bc0d84a791dd37e8fda6aab5a661ac",
).replace(
    b"WRAPPED_RECOVERY",
    b"80368abaafd5d51491cb65096689a9fec61436fcb7a69ab7"
    b"ef3404d59b33b550503005d611ab58752228ad71ca7ea1b3",
)
GOLDEN_PASSPHRASE = "golden vector passphrase"
GOLDEN_CODE = "5T6S-SKSD-BWAD-VS30-V4MK-83MT"
GOLDEN_KEY = bytes(range(32))


@pytest.fixture(scope="module")
def made() -> tuple[KeySlots, str]:
    """Slots holding DATA_KEY under PASSPHRASE, and their recovery code."""
    return keyslots.create(data_key=DATA_KEY, passphrase=PASSPHRASE, kdf=FAST)


def document(slots: KeySlots) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(slots.to_bytes())
    return parsed


def encode(doc: dict[str, Any], *, fix_checksum: bool) -> bytes:
    """The document as file bytes; with ``fix_checksum`` the checksum is recomputed as documented
    (SHA-256 of the sorted, compact JSON of everything but the checksum), as a deliberate editor
    would."""
    doc = copy.deepcopy(doc)
    if fix_checksum:
        body = {key: value for key, value in doc.items() if key != "checksum"}
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        doc["checksum"] = hashlib.sha256(canonical.encode("ascii")).hexdigest()
    return (json.dumps(doc, indent=2) + "\n").encode("ascii")


def flip_hex(value: str) -> str:
    return ("1" if value[0] == "0" else "0") + value[1:]


# -- round trips -----------------------------------------------------------------------------------


def test_passphrase_and_recovery_code_both_open_the_data_key(made: tuple[KeySlots, str]) -> None:
    slots, code = made
    assert slots.unwrap_with_passphrase(PASSPHRASE) == DATA_KEY
    assert slots.unwrap_with_recovery(code) == DATA_KEY


def test_file_bytes_round_trip_exactly(made: tuple[KeySlots, str]) -> None:
    slots, code = made
    data = slots.to_bytes()
    again = KeySlots.from_bytes(data)
    assert again == slots
    assert again.to_bytes() == data
    assert again.unwrap_with_passphrase(PASSPHRASE) == DATA_KEY
    assert again.unwrap_with_recovery(code) == DATA_KEY


def test_file_layout_is_the_documented_one(made: tuple[KeySlots, str]) -> None:
    slots, _ = made
    doc = document(slots)
    assert list(doc) == ["format", "version", "vault_id", "key_check", "slots", "checksum"]
    assert doc["format"] == "circlesdesk-keyslots"
    assert doc["version"] == 1
    assert len(doc["vault_id"]) == 32
    for kind in ("passphrase", "recovery"):
        slot = doc["slots"][kind]
        assert slot["kdf"] == "argon2id"
        assert slot["aead"] == "chacha20-poly1305"
        assert slot["memory_kib"] >= 65536
        assert len(bytes.fromhex(slot["salt"])) >= 16
        assert len(bytes.fromhex(slot["nonce"])) == 12
        assert len(bytes.fromhex(slot["wrapped_key"])) == 48
    assert doc["slots"]["passphrase"]["iterations"] == FAST.iterations
    recovery = doc["slots"]["recovery"]
    assert (recovery["memory_kib"], recovery["iterations"], recovery["lanes"]) == (65536, 3, 4)


def test_the_golden_version_1_file_still_opens() -> None:
    slots = KeySlots.from_bytes(GOLDEN_V1)
    assert slots.unwrap_with_passphrase(GOLDEN_PASSPHRASE) == GOLDEN_KEY
    assert slots.unwrap_with_recovery(GOLDEN_CODE) == GOLDEN_KEY
    assert slots.to_bytes() == GOLDEN_V1


def test_reformatting_the_file_does_not_count_as_damage(made: tuple[KeySlots, str]) -> None:
    slots, _ = made
    compact = json.dumps(json.loads(slots.to_bytes()), separators=(",", ":"), sort_keys=True)
    assert KeySlots.from_bytes(compact.encode("ascii")) == slots


def test_save_and_load_through_a_private_file(made: tuple[KeySlots, str], tmp_path: Path) -> None:
    slots, _ = made
    path = tmp_path / "vault.keys"
    slots.save(path)
    assert keyslots.load(path) == slots
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["vault.keys"]


def test_missing_key_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(KeySlotsMissing) as raised:
        keyslots.load(tmp_path / "vault.keys")
    assert "key file is missing" in str(raised.value)
    assert "next to the vault database" in str(raised.value)


def test_each_vault_gets_its_own_id_salts_and_code() -> None:
    first, first_code = keyslots.create(data_key=DATA_KEY, passphrase=PASSPHRASE, kdf=FAST)
    second, second_code = keyslots.create(data_key=DATA_KEY, passphrase=PASSPHRASE, kdf=FAST)
    assert first.vault_id != second.vault_id
    assert first.passphrase_slot.salt != second.passphrase_slot.salt
    assert first.passphrase_slot.wrapped_key != second.passphrase_slot.wrapped_key
    assert first_code != second_code


def test_a_data_key_of_the_wrong_size_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        keyslots.create(data_key=b"short", passphrase=PASSPHRASE, kdf=FAST)


# -- wrong secrets ---------------------------------------------------------------------------------


def test_wrong_passphrase_is_its_own_error(made: tuple[KeySlots, str]) -> None:
    slots, _ = made
    for attempt in ("Correct horse battery", "correct horse battery ", ""):
        with pytest.raises(WrongPassphrase) as raised:
            slots.unwrap_with_passphrase(attempt)
        assert str(raised.value) == "The passphrase is not right. Check Caps Lock and try again."


def test_wrong_recovery_code_is_its_own_error(made: tuple[KeySlots, str]) -> None:
    slots, code = made
    other = ("0000" if not code.startswith("0000") else "1111") + code[4:]
    with pytest.raises(WrongRecoveryCode) as raised:
        slots.unwrap_with_recovery(other)
    assert str(raised.value) == str(WrongRecoveryCode())
    assert not isinstance(raised.value, WrongPassphrase)


def test_the_passphrase_does_not_open_the_recovery_slot(made: tuple[KeySlots, str]) -> None:
    slots, code = made
    with pytest.raises(WrongPassphrase):
        slots.unwrap_with_passphrase(code)


def test_passphrase_is_compared_after_unicode_normalisation() -> None:
    composed, decomposed = "café au lait, s'il vous plaît", "cafe\u0301 au lait, s'il vous plaît"
    slots, _ = keyslots.create(data_key=DATA_KEY, passphrase=composed, kdf=FAST)
    assert slots.unwrap_with_passphrase(decomposed) == DATA_KEY


def test_errors_are_user_errors() -> None:
    for error in (WrongPassphrase, WrongRecoveryCode, KeySlotsMissing, KeySlotsDamaged):
        assert issubclass(error, VaultError)
        assert issubclass(error, UserError)


# -- the recovery code -----------------------------------------------------------------------------


def test_recovery_code_is_six_groups_of_four_from_crockford_base32(
    made: tuple[KeySlots, str],
) -> None:
    _, code = made
    assert re.fullmatch(CODE_FORM, code)
    alphabet = keyslots.RECOVERY_ALPHABET
    assert len(alphabet) == 32 == len(set(alphabet))
    assert not set("ILOU") & set(alphabet)
    assert keyslots.RECOVERY_LENGTH * 5 >= 120  # 32 symbols carry 5 bits each


@pytest.mark.parametrize(
    "written",
    [
        lambda code: code.lower(),
        lambda code: code.replace("-", ""),
        lambda code: code.replace("-", " "),
        lambda code: "  " + code.lower().replace("-", "  ") + "\n",
        lambda code: code.replace("-", "–"),  # a dash from a word processor
        lambda code: " ".join(code.replace("-", "")),
    ],
    ids=["lower case", "no hyphens", "spaces", "loose spacing", "en dash", "spaced out"],
)
def test_recovery_code_is_accepted_however_it_was_typed(
    made: tuple[KeySlots, str], written: Any
) -> None:
    slots, code = made
    assert slots.unwrap_with_recovery(written(code)) == DATA_KEY


def test_letters_that_look_like_digits_are_read_as_those_digits() -> None:
    typed = "oOiI-lL01-abcd-efgh-jkmn-pqrs"
    assert keyslots.parse_recovery_code(typed) == "00111101ABCDEFGHJKMNPQRS"


@given(st.lists(st.sampled_from(keyslots.RECOVERY_ALPHABET), min_size=24, max_size=24))
def test_format_and_parse_are_inverse(symbols: list[str]) -> None:
    code = "".join(symbols)
    formatted = keyslots.format_recovery_code(code)
    assert keyslots.parse_recovery_code(formatted) == code
    assert keyslots.parse_recovery_code(formatted.lower().replace("-", " ")) == code


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "ABCD-EFGH-JKMN-PQRS-TVWX",  # 20 symbols
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345",  # 28 symbols
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZU1",  # U is never used
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ_1",
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZÄ1",
        "my passphrase instead",
    ],
)
def test_malformed_recovery_code_is_refused_with_the_expected_form(
    made: tuple[KeySlots, str], typed: str
) -> None:
    slots, _ = made
    with pytest.raises(WrongRecoveryCode) as raised:
        slots.unwrap_with_recovery(typed)
    message = str(raised.value)
    assert raised.value.code == keyslots.MALFORMED_RECOVERY_CODE
    assert "24 letters and digits in six groups of four" in message
    if typed:
        assert typed not in message


# -- changing the passphrase and rotating the key --------------------------------------------------


def test_new_passphrase_keeps_the_data_key_and_the_recovery_slot(
    made: tuple[KeySlots, str],
) -> None:
    slots, code = made
    changed = slots.with_passphrase(data_key=DATA_KEY, passphrase=OTHER_PASSPHRASE, kdf=FAST)

    assert changed.recovery_slot == slots.recovery_slot
    assert (changed.vault_id, changed.key_check) == (slots.vault_id, slots.key_check)
    assert changed.unwrap_with_passphrase(OTHER_PASSPHRASE) == DATA_KEY
    assert changed.unwrap_with_recovery(code) == DATA_KEY
    with pytest.raises(WrongPassphrase):
        changed.unwrap_with_passphrase(PASSPHRASE)
    assert slots.unwrap_with_passphrase(PASSPHRASE) == DATA_KEY  # the original is unchanged


def test_new_passphrase_with_a_key_these_slots_do_not_hold_is_refused(
    made: tuple[KeySlots, str],
) -> None:
    slots, _ = made
    with pytest.raises(ValueError, match="not the one"):
        slots.with_passphrase(data_key=bytes(32), passphrase=OTHER_PASSPHRASE, kdf=FAST)


def test_new_passphrase_must_meet_the_rule(made: tuple[KeySlots, str]) -> None:
    slots, _ = made
    with pytest.raises(WeakPassphrase):
        slots.with_passphrase(data_key=DATA_KEY, passphrase="short", kdf=FAST)


def test_rotation_gives_a_new_code_and_the_old_code_fails(made: tuple[KeySlots, str]) -> None:
    slots, old_code = made
    new_key = bytes.fromhex("3c" * 32)

    rotated, new_code = slots.rewrapped(data_key=new_key, passphrase=PASSPHRASE, kdf=FAST)

    assert new_code != old_code
    assert rotated.vault_id == slots.vault_id
    assert rotated.key_check != slots.key_check
    assert rotated.unwrap_with_passphrase(PASSPHRASE) == new_key
    assert rotated.unwrap_with_recovery(new_code) == new_key
    with pytest.raises(WrongRecoveryCode):
        rotated.unwrap_with_recovery(old_code)


# -- damage and tampering --------------------------------------------------------------------------

SLOT_FIELDS = [
    ("salt", flip_hex),
    ("nonce", flip_hex),
    ("wrapped_key", flip_hex),
    ("memory_kib", lambda value: value + 1024),
    ("iterations", lambda value: value + 1),
    ("lanes", lambda value: value + 1),
]


@pytest.mark.parametrize("kind", ["passphrase", "recovery"])
@pytest.mark.parametrize(("field", "change"), SLOT_FIELDS, ids=[f for f, _ in SLOT_FIELDS])
def test_an_accidental_change_to_a_slot_is_damage(
    made: tuple[KeySlots, str], kind: str, field: str, change: Any
) -> None:
    slots, _ = made
    doc = document(slots)
    doc["slots"][kind][field] = change(doc["slots"][kind][field])
    with pytest.raises(KeySlotsDamaged):
        KeySlots.from_bytes(encode(doc, fix_checksum=False))


@pytest.mark.parametrize("field", ["vault_id", "key_check"])
def test_an_accidental_change_to_the_header_is_damage(
    made: tuple[KeySlots, str], field: str
) -> None:
    slots, _ = made
    doc = document(slots)
    doc[field] = flip_hex(doc[field])
    with pytest.raises(KeySlotsDamaged):
        KeySlots.from_bytes(encode(doc, fix_checksum=False))


@pytest.mark.parametrize(("field", "change"), SLOT_FIELDS, ids=[f for f, _ in SLOT_FIELDS])
def test_a_deliberate_change_to_the_passphrase_slot_fails_its_tag(
    made: tuple[KeySlots, str], field: str, change: Any
) -> None:
    # With the checksum recomputed the file parses, and the tag is what catches the edit: the
    # right passphrase no longer opens it, and nothing about the key is revealed.
    slots, code = made
    doc = document(slots)
    doc["slots"]["passphrase"][field] = change(doc["slots"]["passphrase"][field])
    edited = KeySlots.from_bytes(encode(doc, fix_checksum=True))
    with pytest.raises(WrongPassphrase):
        edited.unwrap_with_passphrase(PASSPHRASE)
    assert edited.unwrap_with_recovery(code) == DATA_KEY


@pytest.mark.parametrize(("field", "change"), SLOT_FIELDS, ids=[f for f, _ in SLOT_FIELDS])
def test_a_deliberate_change_to_the_recovery_slot_fails_its_tag(
    made: tuple[KeySlots, str], field: str, change: Any
) -> None:
    slots, code = made
    doc = document(slots)
    doc["slots"]["recovery"][field] = change(doc["slots"]["recovery"][field])
    edited = KeySlots.from_bytes(encode(doc, fix_checksum=True))
    with pytest.raises(WrongRecoveryCode):
        edited.unwrap_with_recovery(code)
    assert edited.unwrap_with_passphrase(PASSPHRASE) == DATA_KEY


def test_a_deliberate_change_of_vault_id_fails_both_tags(made: tuple[KeySlots, str]) -> None:
    slots, code = made
    doc = document(slots)
    doc["vault_id"] = flip_hex(doc["vault_id"])
    edited = KeySlots.from_bytes(encode(doc, fix_checksum=True))
    with pytest.raises(WrongPassphrase):
        edited.unwrap_with_passphrase(PASSPHRASE)
    with pytest.raises(WrongRecoveryCode):
        edited.unwrap_with_recovery(code)


def test_a_deliberate_change_of_key_check_is_damage(made: tuple[KeySlots, str]) -> None:
    # The tag verifies (the passphrase is right) but the key does not match the file's check.
    slots, _ = made
    doc = document(slots)
    doc["key_check"] = flip_hex(doc["key_check"])
    edited = KeySlots.from_bytes(encode(doc, fix_checksum=True))
    with pytest.raises(KeySlotsDamaged):
        edited.unwrap_with_passphrase(PASSPHRASE)


def test_swapping_the_slots_opens_neither(made: tuple[KeySlots, str]) -> None:
    slots, code = made
    doc = document(slots)
    slot_docs = doc["slots"]
    slot_docs["passphrase"], slot_docs["recovery"] = slot_docs["recovery"], slot_docs["passphrase"]
    edited = KeySlots.from_bytes(encode(doc, fix_checksum=True))
    with pytest.raises(WrongPassphrase):
        edited.unwrap_with_passphrase(PASSPHRASE)
    with pytest.raises(WrongRecoveryCode):
        edited.unwrap_with_recovery(code)


def test_a_slot_is_bound_to_its_kind(made: tuple[KeySlots, str]) -> None:
    # A slot sealed as "passphrase" with the recovery code as its secret, put in the recovery
    # place, does not open: the slot kind is part of the associated data.
    slots, code = made
    canonical = keyslots.parse_recovery_code(code)
    moved = keyslots._seal(
        kind="passphrase",
        secret=canonical.encode("ascii"),
        data_key=DATA_KEY,
        kdf=keyslots.RECOVERY_KDF,
        vault_id=slots.vault_id,
    )
    forged = KeySlots(
        vault_id=slots.vault_id,
        key_check=slots.key_check,
        passphrase_slot=slots.passphrase_slot,
        recovery_slot=keyslots.KeySlot(
            kind="recovery",
            kdf=moved.kdf,
            salt=moved.salt,
            nonce=moved.nonce,
            wrapped_key=moved.wrapped_key,
        ),
    )
    with pytest.raises(WrongRecoveryCode):
        forged.unwrap_with_recovery(code)


def test_a_newer_version_asks_for_an_update(made: tuple[KeySlots, str]) -> None:
    slots, _ = made
    doc = document(slots)
    doc["version"] = 3
    doc["slots"] = "whatever version 3 keeps here"
    with pytest.raises(KeySlotsTooNew) as raised:
        KeySlots.from_bytes(encode(doc, fix_checksum=False))
    assert str(raised.value) == (
        "This vault was made by a newer version of CirclesDesk. Please update the app."
    )


@pytest.mark.parametrize(
    "edit",
    [
        lambda doc: doc.update(version=0),
        lambda doc: doc.update(version="1"),
        lambda doc: doc.update(version=True),
        lambda doc: doc.update(format="something-else"),
        lambda doc: doc.pop("checksum"),
        lambda doc: doc.update(checksum="0" * 64),
        lambda doc: doc.update(extra="field"),
        lambda doc: doc["slots"].pop("recovery"),
        lambda doc: doc["slots"]["passphrase"].update(memory_kib=32768),  # below the floor
        lambda doc: doc["slots"]["passphrase"].update(iterations=0),
        lambda doc: doc["slots"]["passphrase"].update(iterations=1.0),
        lambda doc: doc["slots"]["passphrase"].update(kdf="scrypt"),
        lambda doc: doc["slots"]["passphrase"].update(aead="aes-256-gcm"),
        lambda doc: doc["slots"]["passphrase"].update(salt="00" * 8),
        lambda doc: doc["slots"]["passphrase"].update(nonce="ZZ" * 12),
        lambda doc: doc.update(vault_id=doc["vault_id"].upper()),
    ],
)
def test_malformed_files_are_damaged_even_with_a_fixed_checksum(
    made: tuple[KeySlots, str], edit: Any
) -> None:
    slots, _ = made
    doc = document(slots)
    edit(doc)
    fix = "checksum" in doc and doc["checksum"] != "0" * 64
    with pytest.raises(KeySlotsDamaged) as raised:
        KeySlots.from_bytes(encode(doc, fix_checksum=fix))
    assert str(raised.value) == (
        "The vault's key file is damaged. Restore it from a backup, or ask your coordinator."
    )


def test_truncated_files_are_damaged(made: tuple[KeySlots, str]) -> None:
    data = made[0].to_bytes()
    for length in range(0, len(data) - 1, 37):
        with pytest.raises(KeySlotsDamaged):
            KeySlots.from_bytes(data[:length])


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00" * 100,
        b"not json at all",
        b"[]",
        b"null",
        b'{"format": "circlesdesk-keyslots", "format": "circlesdesk-keyslots", "version": 1}',
        b'{"format": "circlesdesk-keyslots", "version": NaN}',
        b"\xff\xfe{}",
        b"[" * 100_000,
        b" " * (keyslots.MAX_FILE_BYTES + 1),
    ],
    ids=["empty", "zeros", "text", "list", "null", "duplicate", "nan", "bad utf8", "deep", "huge"],
)
def test_garbage_is_damaged(data: bytes) -> None:
    with pytest.raises(KeySlotsDamaged):
        KeySlots.from_bytes(data)


def test_a_directory_in_place_of_the_key_file_is_an_os_error(tmp_path: Path) -> None:
    (tmp_path / "vault.keys").mkdir()
    with pytest.raises(OSError):
        keyslots.load(tmp_path / "vault.keys")


@given(st.binary(max_size=4096))
def test_arbitrary_bytes_are_refused_only_as_damaged_or_too_new(data: bytes) -> None:
    with contextlib.suppress(KeySlotsDamaged, KeySlotsTooNew):
        KeySlots.from_bytes(data)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=80),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=12,
)
FIELD_PATHS = [
    ("format",),
    ("version",),
    ("vault_id",),
    ("key_check",),
    ("slots",),
    ("slots", "passphrase"),
    *[("slots", kind, field) for kind in ("passphrase", "recovery") for field, _ in SLOT_FIELDS],
    ("slots", "recovery", "kdf"),
    ("slots", "passphrase", "aead"),
]


@given(path=st.sampled_from(FIELD_PATHS), value=JSON_VALUES, fix_checksum=st.booleans())
def test_any_value_in_any_field_is_refused_only_as_damaged_or_too_new(
    made: tuple[KeySlots, str], path: tuple[str, ...], value: Any, fix_checksum: bool
) -> None:
    doc = document(made[0])
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    try:
        data = encode(doc, fix_checksum=fix_checksum)
    except ValueError:  # a value JSON cannot hold (an integer with thousands of digits)
        return
    try:
        parsed = KeySlots.from_bytes(data)
    except (KeySlotsDamaged, KeySlotsTooNew):
        return
    assert parsed.to_bytes() == data  # only an exact, valid file parses


# -- KDF parameters --------------------------------------------------------------------------------


def test_kdf_params_refuse_less_than_64_mib() -> None:
    with pytest.raises(ValueError, match="memory_kib"):
        KdfParams(memory_kib=65535, iterations=1, lanes=1)
    with pytest.raises(ValueError, match="iterations"):
        KdfParams(memory_kib=65536, iterations=True, lanes=1)


def test_calibration_keeps_the_memory_floor_and_roughly_hits_the_target() -> None:
    target = 0.3
    started = time.perf_counter()
    kdf = keyslots.calibrate_kdf(target_seconds=target, memory_kib=1024)
    calibration = time.perf_counter() - started

    assert kdf.memory_kib == 65536
    assert kdf.iterations >= 1
    assert calibration < 3.0  # budgeted at about a second; loose for a busy test machine
    started = time.perf_counter()
    keyslots._derive(b"timing", salt=bytes(16), kdf=kdf)
    taken = time.perf_counter() - started
    assert target / 5 <= taken <= target * 5 or kdf.iterations == 1


# -- the passphrase rule and meter -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("", "at least 10 characters"),
        ("abc123!?x", "at least 10 characters"),
        ("aaaaaaaaaaaaaaaa", "more variety"),
        ("abababababababab", "more variety"),
        ("2024-01-01", "some letters"),
        ("0712345678", "some letters"),
        ("+44 7700 900123", "some letters"),
    ],
)
def test_weak_passphrases_are_refused_with_a_reason(passphrase: str, reason: str) -> None:
    with pytest.raises(WeakPassphrase) as raised:
        keyslots.check_passphrase(passphrase)
    assert reason in str(raised.value)
    if passphrase:
        assert passphrase not in str(raised.value)
    with pytest.raises(WeakPassphrase):
        keyslots.create(data_key=DATA_KEY, passphrase=passphrase, kdf=FAST)


@pytest.mark.parametrize(
    "passphrase",
    ["correct horse battery", "Tr0ub4dor&3", "grüne äpfel im korb", "ένα δύο τρία τέσσερα"],
)
def test_reasonable_passphrases_are_accepted(passphrase: str) -> None:
    keyslots.check_passphrase(passphrase)


def test_strength_meter_rises_with_length_and_variety() -> None:
    scores = [
        keyslots.passphrase_strength(p)
        for p in ("", "aaaaaaaaaaaa", "hello world", "Tr0ub4dor&3x", "correct horse battery staple")
    ]
    assert scores == sorted(scores)
    assert scores[0] == 0
    assert scores[-1] == 4
    assert all(0 <= score <= 4 for score in scores)


def test_zxcvbn_rates_common_passwords_low_and_refuses_keyboard_walks() -> None:
    assert keyslots.passphrase_strength("P@ssw0rd2024") <= 1  # the old meter called it good
    keyslots.check_passphrase("P@ssw0rd2024")  # weak, but allowed: the meter says so
    for guessable in ("qwertyuiop", "password123"):
        with pytest.raises(WeakPassphrase) as raised:
            keyslots.check_passphrase(guessable)
        assert "harder to guess" in str(raised.value)
        assert guessable not in str(raised.value)
        assert keyslots.passphrase_strength(guessable) <= 1
    assert keyslots.passphrase_strength("kettle maple window seven") == 4
    assert keyslots.passphrase_strength("x" * 5000 + "yzabc") <= 4  # long input stays fast


def test_strength_meter_never_praises_a_refused_passphrase() -> None:
    assert keyslots.passphrase_strength("9" * 40) <= 1
    assert keyslots.passphrase_strength("Zx!9") <= 1


# -- no secrets in messages or reprs ---------------------------------------------------------------


def test_no_secret_appears_in_reprs_or_errors(made: tuple[KeySlots, str]) -> None:
    slots, code = made
    secrets = [
        PASSPHRASE,
        code,
        code.replace("-", ""),
        DATA_KEY.hex(),
        slots.passphrase_slot.wrapped_key.hex(),
        slots.passphrase_slot.salt.hex(),
        slots.recovery_slot.wrapped_key.hex(),
    ]
    texts = [repr(slots), str(slots), repr(slots.passphrase_slot), repr(slots.recovery_slot)]
    assert len(repr(slots)) < 120
    raised: list[BaseException] = []
    for attempt in (
        lambda: slots.unwrap_with_passphrase(PASSPHRASE + "x"),
        lambda: slots.unwrap_with_recovery(code[:-1] + ("0" if code[-1] != "0" else "1")),
        lambda: slots.unwrap_with_recovery(code + "-" + code),
        lambda: keyslots.check_passphrase(PASSPHRASE[:8]),
        lambda: slots.with_passphrase(data_key=bytes(32), passphrase=PASSPHRASE, kdf=FAST),
    ):
        with pytest.raises((VaultError, ValueError)) as info:
            attempt()
        raised.append(info.value)
    for error in raised:
        texts += [str(error), repr(error)]
        assert error.__context__ is None and error.__cause__ is None
    for text in texts:
        for secret in secrets:
            assert secret not in text
        assert PASSPHRASE[:8] not in text


# -- person slots ----------------------------------------------------------------------------


def test_person_slots_open_by_name_with_one_derivation_each(made: tuple[KeySlots, str]) -> None:
    slots, _ = made
    key = slots.unwrap_with_passphrase(PASSPHRASE)
    dana = keyslots.staff_label(slots.vault_id, "Dana Reyes")
    with_dana = slots.with_passphrase(
        data_key=key, passphrase=OTHER_PASSPHRASE, kdf=FAST, label=dana
    )
    parsed = KeySlots.from_bytes(with_dana.to_bytes())
    assert json.loads(with_dana.to_bytes())["version"] == 2
    assert "Dana" not in with_dana.to_bytes().decode()
    assert parsed.unwrap_as(OTHER_PASSPHRASE, name="  dana   REYES ") == (key, dana)
    assert parsed.unwrap_as(PASSPHRASE, name="Someone Else") == (key, None)
    assert parsed.unwrap_as(OTHER_PASSPHRASE, name=None) == (key, dana)  # every slot in turn
    with pytest.raises(WrongPassphrase):
        parsed.unwrap_as(PASSPHRASE, name="Dana Reyes")  # only Dana's slot is tried
    without = parsed.without(data_key=key, label=dana)
    assert json.loads(without.to_bytes())["version"] == 1
    with pytest.raises(WrongPassphrase):
        without.unwrap_with_passphrase(OTHER_PASSPHRASE)


def test_a_person_slot_moved_to_another_label_fails_its_tag(made: tuple[KeySlots, str]) -> None:
    slots, _ = made
    key = slots.unwrap_with_passphrase(PASSPHRASE)
    dana = keyslots.staff_label(slots.vault_id, "Dana")
    eve = keyslots.staff_label(slots.vault_id, "Eve")
    with_dana = slots.with_passphrase(
        data_key=key, passphrase=OTHER_PASSPHRASE, kdf=FAST, label=dana
    )
    doc = json.loads(with_dana.to_bytes())
    doc["slots"]["people"][0]["label"] = eve
    forged = KeySlots.from_bytes(encode(doc, fix_checksum=True))
    with pytest.raises(WrongPassphrase):
        forged.unwrap_as(OTHER_PASSPHRASE, name="Eve")


def test_closing_the_passphrase_slot_leaves_only_the_recovery_code(
    made: tuple[KeySlots, str],
) -> None:
    slots, code = made
    key = slots.unwrap_with_passphrase(PASSPHRASE)
    closed = KeySlots.from_bytes(slots.without(data_key=key, label=None).to_bytes())
    with pytest.raises(WrongPassphrase):
        closed.unwrap_with_passphrase(PASSPHRASE)
    assert closed.unwrap_with_recovery(code) == key
