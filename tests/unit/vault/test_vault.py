"""Tests for circlesdesk.vault.vault: the vault's life on disk and every way opening it can fail."""

from __future__ import annotations

import dataclasses
import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from circlesdesk.domain.enums import AttendanceStatus, Role
from circlesdesk.errors import ValidationError
from circlesdesk.services import circles, meetings, setup
from circlesdesk.vault import audit, database, keyslots
from circlesdesk.vault.errors import (
    DatabaseMissing,
    KeySlotsDamaged,
    KeySlotsMissing,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultMissing,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from circlesdesk.vault.migrations import LATEST_VERSION
from circlesdesk.vault.vault import (
    DATABASE_FILE,
    KEYS_FILE,
    LOCK_FILE,
    PENDING_KEYS_FILE,
    Vault,
)
from tests.vault_kit import (
    CIRCLE_CODE,
    CORE_MEMBER,
    FAST_KDF,
    OFFICE_NAME,
    OTHER_PASSPHRASE,
    PAGE_SIZE,
    PASSPHRASE,
    SQLITE_HEADER,
    VOLUNTEERS,
    Template,
    changed_pages,
    data_key,
    file_snapshot,
    flip_bytes,
    raw_connection,
    row_snapshot,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

MINUTES_WORD = "Zanzibarite"
CONCERN_WORD = "quokkaphobia"
DAMAGED = "The vault file is damaged. Restore it from a backup, or ask your coordinator."


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def record_sample_meeting(vault: Vault) -> str:
    """A meeting with attendance and a concern; returns its id."""
    circle = circles.find_circle(vault, CIRCLE_CODE)
    attendance = {
        entry.person.uuid: AttendanceStatus.PRESENT for entry in circles.roster(vault, circle.uuid)
    }
    meeting = meetings.record_meeting(
        vault,
        circle_code=CIRCLE_CODE,
        held_on="2026-03-02",
        venue="Hall B",
        minutes=f"Talked about the allotment and the {MINUTES_WORD} club.",
        attendance=attendance,
        concerns=[
            meetings.ConcernInput(
                level=2, category="loneliness", description=f"Mentions {CONCERN_WORD} again."
            )
        ],
    )
    return meeting.uuid


def minutes_of(folder: Path, passphrase: str = PASSPHRASE) -> list[str]:
    with Vault.unlock(folder, passphrase=passphrase) as vault:
        return [summary.meeting.minutes for summary in meetings.list_meetings(vault)]


# -- create, unlock, lock --------------------------------------------------------------------


@posix_only
def test_a_new_vault_is_private_files_in_a_private_folder_whatever_the_umask(
    tmp_path: Path,
) -> None:
    os.umask(0o022)  # a permissive umask: privacy must not depend on the caller's
    folder = tmp_path / "new" / "vault"
    vault, _code = setup.create_vault(
        folder, role=Role.VOLUNTEER, name="Alice Marsh", passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    with vault:
        names = {path.name for path in folder.iterdir()}
        assert names == {
            DATABASE_FILE,
            f"{DATABASE_FILE}-wal",
            f"{DATABASE_FILE}-shm",
            KEYS_FILE,
            LOCK_FILE,
        }
        assert mode(folder) == 0o700
        assert {name: mode(folder / name) for name in names} == dict.fromkeys(names, 0o600)
    assert sorted(path.name for path in folder.iterdir()) == [DATABASE_FILE, KEYS_FILE, LOCK_FILE]


def test_unlock_gives_back_the_identity_made_at_creation(
    office_vault_dir: Path, circle_template: Template
) -> None:
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        assert vault.info == circle_template.info
        assert (vault.info.role, vault.info.name) == (Role.OFFICE, OFFICE_NAME)
        assert vault.device_keys() == circle_template.device_keys
        assert [e.action for e in audit.entries(vault.conn)] == ["circle.created", "vault.created"]


def test_lock_closes_the_database_and_lets_the_vault_be_opened_again(
    office_vault_dir: Path,
) -> None:
    vault = Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    meeting_id = record_sample_meeting(vault)
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLocked) as locked:
        vault.conn  # noqa: B018
    assert str(locked.value) == "The vault is locked. Unlock it with your passphrase to continue."
    vault.lock()  # locking twice is harmless
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as again:
        assert meetings.get_meeting(again, meeting_id).minutes.endswith(f"{MINUTES_WORD} club.")


def test_the_database_is_opened_with_the_promised_settings(office_vault: Vault) -> None:
    settings = {
        name: office_vault.conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "foreign_keys", "secure_delete", "synchronous", "temp_store")
    }
    # synchronous 2 is FULL, temp_store 2 is MEMORY.
    assert settings == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "secure_delete": 1,
        "synchronous": 2,
        "temp_store": 2,
    }


def test_nothing_readable_reaches_the_disk(office_vault_dir: Path) -> None:
    secrets = [MINUTES_WORD, CONCERN_WORD, CORE_MEMBER, *VOLUNTEERS, CIRCLE_CODE, OFFICE_NAME]
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        record_sample_meeting(vault)
        wal = (office_vault_dir / f"{DATABASE_FILE}-wal").read_bytes()
        assert len(wal) > PAGE_SIZE  # the meeting is in the write-ahead log right now
        for word in secrets:
            assert word.encode() not in wal
    files = {name: (office_vault_dir / name).read_bytes() for name in (DATABASE_FILE, KEYS_FILE)}
    assert SQLITE_HEADER not in files[DATABASE_FILE]
    for content in files.values():
        for word in secrets:
            assert word.encode() not in content
            assert word.encode("utf-16-le") not in content
    # ...and the words really are stored: the vault reads them back.
    assert any(MINUTES_WORD in minutes for minutes in minutes_of(office_vault_dir))


def test_a_new_vault_refuses_a_weak_passphrase_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    with pytest.raises(WeakPassphrase):
        setup.create_vault(
            folder, role=Role.OFFICE, name=OFFICE_NAME, passphrase="short", kdf=FAST_KDF
        )
    assert not folder.exists()


def test_a_vault_is_not_made_over_another(office_vault_dir: Path) -> None:
    before = file_snapshot(office_vault_dir)
    with pytest.raises(VaultExists) as info:
        setup.create_vault(
            office_vault_dir,
            role=Role.OFFICE,
            name=OFFICE_NAME,
            passphrase=PASSPHRASE,
            kdf=FAST_KDF,
        )
    assert "already a vault in this folder" in str(info.value)
    assert file_snapshot(office_vault_dir) == before


# -- passphrase and recovery code ------------------------------------------------------------


def test_a_wrong_passphrase_is_told_apart_and_changes_nothing(office_vault_dir: Path) -> None:
    before = file_snapshot(office_vault_dir)
    with pytest.raises(WrongPassphrase) as info:
        Vault.unlock(office_vault_dir, passphrase="correct horse battery stapler")
    assert str(info.value) == "The passphrase is not right. Check Caps Lock and try again."
    assert file_snapshot(office_vault_dir) == before
    Vault.unlock(office_vault_dir, passphrase=PASSPHRASE).lock()  # the failed try released the lock


def test_changing_the_passphrase_rewraps_the_key_and_re_encrypts_nothing(
    office_vault_dir: Path,
) -> None:
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        record_sample_meeting(vault)
    old_database = (office_vault_dir / DATABASE_FILE).read_bytes()
    old_slots = keyslots.load(office_vault_dir / KEYS_FILE)

    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        vault.change_passphrase(
            old_passphrase=PASSPHRASE, new_passphrase=OTHER_PASSPHRASE, kdf=FAST_KDF
        )
        # The key file changed; the database file did not (the audit row is in the WAL).
        assert (office_vault_dir / DATABASE_FILE).read_bytes() == old_database

    new_slots = keyslots.load(office_vault_dir / KEYS_FILE)
    assert new_slots.key_check == old_slots.key_check  # the same data key
    assert new_slots.recovery_slot == old_slots.recovery_slot
    assert new_slots.passphrase_slot != old_slots.passphrase_slot
    # Once the audit row is folded in, only the pages it touched differ: no page was re-encrypted.
    new_database = (office_vault_dir / DATABASE_FILE).read_bytes()
    assert len(new_database) == len(old_database) >= 20 * PAGE_SIZE
    assert len(changed_pages(old_database, new_database)) <= 3
    # The database as it was before the change opens with the new key file: same key.
    (office_vault_dir / DATABASE_FILE).write_bytes(old_database)
    assert minutes_of(office_vault_dir, OTHER_PASSPHRASE) == [
        f"Talked about the allotment and the {MINUTES_WORD} club."
    ]
    with pytest.raises(WrongPassphrase):
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)


def test_a_wrong_old_passphrase_changes_nothing(office_vault: Vault) -> None:
    before = (office_vault.folder / KEYS_FILE).read_bytes()
    with pytest.raises(WrongPassphrase):
        office_vault.change_passphrase(
            old_passphrase="not the passphrase at all", new_passphrase=OTHER_PASSPHRASE
        )
    with pytest.raises(WeakPassphrase):
        office_vault.change_passphrase(old_passphrase=PASSPHRASE, new_passphrase="1234567890")
    assert (office_vault.folder / KEYS_FILE).read_bytes() == before


def test_the_recovery_code_opens_the_vault_and_sets_a_new_passphrase(
    office_vault_dir: Path, circle_template: Template
) -> None:
    code = circle_template.recovery_code
    recovery_slot = keyslots.load(office_vault_dir / KEYS_FILE).recovery_slot
    with Vault.recover(
        office_vault_dir, recovery_code=code, new_passphrase=OTHER_PASSPHRASE, kdf=FAST_KDF
    ) as vault:
        assert circles.find_circle(vault, CIRCLE_CODE).code == CIRCLE_CODE
        assert audit.entries(vault.conn, limit=1)[0].action == "vault.recovered"
    with pytest.raises(WrongPassphrase):
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    Vault.unlock(office_vault_dir, passphrase=OTHER_PASSPHRASE).lock()
    assert (
        keyslots.load(office_vault_dir / KEYS_FILE).recovery_slot == recovery_slot
    )  # code still valid


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("0000-0000-0000-0000-0000-0000", "The recovery code is not right."),
        ("not a code", "A recovery code is 24 letters and digits in six groups of four"),
    ],
)
def test_a_wrong_recovery_code_is_told_apart_and_changes_nothing(
    office_vault_dir: Path, code: str, expected: str
) -> None:
    before = file_snapshot(office_vault_dir)
    with pytest.raises(WrongRecoveryCode) as info:
        Vault.recover(office_vault_dir, recovery_code=code, new_passphrase=OTHER_PASSPHRASE)
    assert str(info.value).startswith(expected)
    assert code not in str(info.value)
    assert file_snapshot(office_vault_dir) == before


# -- rotating the data key -------------------------------------------------------------------


def test_rotating_the_key_re_encrypts_everything_and_replaces_the_recovery_code(
    office_vault_dir: Path, circle_template: Template
) -> None:
    old_code = circle_template.recovery_code
    old_key = data_key(office_vault_dir)
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        meeting_id = record_sample_meeting(vault)
    old_database = (office_vault_dir / DATABASE_FILE).read_bytes()
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        new_code = vault.rotate_data_key(passphrase=PASSPHRASE, kdf=FAST_KDF)
    assert new_code != old_code
    assert not (office_vault_dir / PENDING_KEYS_FILE).exists()

    new_database = (office_vault_dir / DATABASE_FILE).read_bytes()
    assert len(changed_pages(old_database, new_database)) == len(old_database) // PAGE_SIZE
    with raw_connection(office_vault_dir, old_key) as conn, pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    with pytest.raises(WrongRecoveryCode):
        Vault.recover(office_vault_dir, recovery_code=old_code, new_passphrase=OTHER_PASSPHRASE)

    with Vault.unlock(
        office_vault_dir, passphrase=PASSPHRASE
    ) as vault:  # the passphrase still works
        assert meetings.get_meeting(vault, meeting_id).minutes.endswith(f"{MINUTES_WORD} club.")
        assert audit.verify(vault.conn).ok
        assert audit.entries(vault.conn, limit=1)[0].action == "vault.key-rotated"
    with Vault.recover(
        office_vault_dir, recovery_code=new_code, new_passphrase=OTHER_PASSPHRASE, kdf=FAST_KDF
    ) as vault:
        assert meetings.get_meeting(vault, meeting_id).held_on == "2026-03-02"


@pytest.fixture(scope="module")
def next_slots(circle_template: Template) -> tuple[bytes, keyslots.KeySlots]:
    """A new data key and the key slots for it that rotate_data_key would write first.

    Made once: a recovery slot costs twelve times an unlock. The test copies share the
    template's key file, so these slots belong to each copy.
    """
    new_key = os.urandom(database.KEY_BYTES)
    slots = keyslots.load(circle_template.folder / KEYS_FILE)
    pending, _code = slots.rewrapped(data_key=new_key, passphrase=PASSPHRASE, kdf=FAST_KDF)
    return new_key, pending


def test_a_rotation_cut_short_before_the_rekey_keeps_the_old_key(
    office_vault_dir: Path, next_slots: tuple[bytes, keyslots.KeySlots]
) -> None:
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        meeting_id = record_sample_meeting(vault)
        next_slots[1].save(office_vault_dir / PENDING_KEYS_FILE)  # step one of rotate_data_key
        # The process dies here: the database was never rekeyed.
    keys_before = (office_vault_dir / KEYS_FILE).read_bytes()

    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        assert meetings.get_meeting(vault, meeting_id).venue == "Hall B"
    assert not (office_vault_dir / PENDING_KEYS_FILE).exists()  # the unused new slots are dropped
    assert (
        office_vault_dir / KEYS_FILE
    ).read_bytes() == keys_before  # the old recovery code still works


def test_a_rotation_cut_short_after_the_rekey_opens_with_the_pending_slots(
    office_vault_dir: Path, next_slots: tuple[bytes, keyslots.KeySlots]
) -> None:
    old_key = data_key(office_vault_dir)
    new_key, pending_slots = next_slots
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        meeting_id = record_sample_meeting(vault)
        pending_slots.save(office_vault_dir / PENDING_KEYS_FILE)  # as rotate_data_key does, then:
        database.checkpoint(vault.conn)
        vault.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        database.checkpoint(vault.conn)
        # The process dies here: vault.keys still holds the old key, which opens nothing now.
    pending = (office_vault_dir / PENDING_KEYS_FILE).read_bytes()
    with raw_connection(office_vault_dir, old_key) as conn, pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()

    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        assert meetings.get_meeting(vault, meeting_id).venue == "Hall B"
        assert audit.verify(vault.conn).ok
    assert (office_vault_dir / KEYS_FILE).read_bytes() == pending  # the rotation was completed
    assert not (office_vault_dir / PENDING_KEYS_FILE).exists()


# -- a damaged, missing, newer or busy vault -------------------------------------------------


def _flip_page_two(path: Path) -> None:
    flip_bytes(path, PAGE_SIZE + 200)


def _truncate_to_half(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def _empty(path: Path) -> None:
    os.truncate(path, 0)


@pytest.mark.parametrize("damage", [_flip_page_two, _truncate_to_half, _empty])
def test_a_damaged_database_is_reported_as_damaged(office_vault_dir: Path, damage: object) -> None:
    assert (office_vault_dir / DATABASE_FILE).stat().st_size > 10 * PAGE_SIZE
    damage(office_vault_dir / DATABASE_FILE)  # type: ignore[operator]
    before = file_snapshot(office_vault_dir)
    for _attempt in range(2):  # the first failure released the lock: the second is not "in use"
        with pytest.raises(VaultDamaged) as info:
            Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
        assert str(info.value) == DAMAGED
    assert file_snapshot(office_vault_dir) == before


def test_a_missing_key_file_is_named(office_vault_dir: Path) -> None:
    (office_vault_dir / KEYS_FILE).unlink()
    with pytest.raises(KeySlotsMissing) as info:
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    assert str(info.value).startswith("The vault's key file is missing")


def test_a_damaged_key_file_is_named(office_vault_dir: Path) -> None:
    text = (office_vault_dir / KEYS_FILE).read_text()
    (office_vault_dir / KEYS_FILE).write_text(text.replace('"lanes": 1', '"lanes": 2', 1))
    with pytest.raises(KeySlotsDamaged) as info:
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    assert str(info.value).startswith("The vault's key file is damaged.")


def test_a_missing_database_beside_its_key_file_is_named(office_vault_dir: Path) -> None:
    (office_vault_dir / DATABASE_FILE).unlink()
    with pytest.raises(DatabaseMissing) as info:
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    assert str(info.value).startswith("The vault database (vault.db) is missing")


def test_an_empty_folder_has_no_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing) as info:
        Vault.unlock(tmp_path, passphrase=PASSPHRASE)
    assert str(info.value).startswith("There is no vault in this folder.")
    assert list(tmp_path.iterdir()) == []


def test_a_vault_from_a_newer_version_is_refused(office_vault_dir: Path) -> None:
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        vault.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1:d}")
    before = file_snapshot(office_vault_dir)
    with pytest.raises(VaultTooNew) as info:
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    assert str(info.value) == (
        "This vault was made by a newer version of CirclesDesk. Please update the app."
    )
    assert file_snapshot(office_vault_dir) == before  # no backup, no migration attempted
    with raw_connection(office_vault_dir) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1


HOLDER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from circlesdesk.vault.vault import Vault

    vault = Vault.unlock(Path(sys.argv[1]), passphrase=os.environ["HOLDER_PASSPHRASE"])
    print("holding", flush=True)
    sys.stdin.readline()
    vault.lock()
    """
)


@pytest.fixture
def holder(office_vault_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that has the vault open until its stdin is closed."""
    env = dict(os.environ, HOLDER_PASSPHRASE=PASSPHRASE)
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(office_vault_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        assert process.stdout is not None
        assert process.stdout.readline() == "holding\n"
        yield process
        if process.poll() is None:
            process.kill()


def test_a_vault_open_in_another_process_is_in_use(
    office_vault_dir: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(VaultInUse) as info:
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    assert str(info.value) == "This vault is open in another window. Close it there first."
    assert holder.stdin is not None
    holder.stdin.close()  # the other window closes the vault
    assert holder.wait(timeout=60) == 0
    Vault.unlock(office_vault_dir, passphrase=PASSPHRASE).lock()


def test_a_process_that_dies_holding_the_vault_frees_it(
    office_vault_dir: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(VaultInUse):
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    holder.kill()
    holder.wait(timeout=60)
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        assert circles.find_circle(vault, CIRCLE_CODE).code == CIRCLE_CODE


def test_a_failed_unlock_does_not_change_what_is_stored(office_vault_dir: Path) -> None:
    before = row_snapshot(office_vault_dir)
    for passphrase in ("wrong passphrase here", OTHER_PASSPHRASE):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(office_vault_dir, passphrase=passphrase)
    assert row_snapshot(office_vault_dir) == before


def test_after_passwd_no_backup_opens_with_the_old_passphrase(office_vault_dir: Path) -> None:
    backups = office_vault_dir / "backups"
    backups.mkdir(mode=0o700)
    older = "vault-v6-20991230T000000Z"  # a backup from before the key was rotated
    same = "vault-v6-20991231T000000Z"  # one of the current key (both within keeping time)

    def take(stamp: str) -> None:
        for name, suffix in ((DATABASE_FILE, "db"), (KEYS_FILE, "keys")):
            (backups / f"{stamp}.{suffix}").write_bytes((office_vault_dir / name).read_bytes())

    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        database.checkpoint(vault.conn)
        take(older)
        vault.rotate_data_key(passphrase=PASSPHRASE, kdf=FAST_KDF)
        vault.recovery_code_shown()
        database.checkpoint(vault.conn)
        take(same)
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        vault.change_passphrase(
            old_passphrase=PASSPHRASE, new_passphrase=OTHER_PASSPHRASE, kdf=FAST_KDF
        )
    for backup in (older, same):
        slots = keyslots.load(backups / f"{backup}.keys")
        with pytest.raises(WrongPassphrase):
            slots.unwrap_with_passphrase(PASSPHRASE)
        key = slots.unwrap_with_passphrase(OTHER_PASSPHRASE)  # and it still opens its copy
        copy = office_vault_dir.parent / backup
        copy.mkdir()
        (copy / DATABASE_FILE).write_bytes((backups / f"{backup}.db").read_bytes())
        with raw_connection(copy, key) as conn:
            assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]


def test_save_record_stores_the_record_and_its_audit_row_together(office_vault: Vault) -> None:
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    changed = dataclasses.replace(circle, revision=circle.revision + 1, venues=("Church hall",))
    office_vault.save_record(changed, "circle.changed")
    newest = audit.entries(office_vault.conn, limit=1)[0]
    assert (newest.action, newest.kind) == ("circle.changed", "circle")
    assert newest.record_uuid == circle.uuid
    assert circles.find_circle(office_vault, CIRCLE_CODE).venues == ("Church hall",)


def test_a_refused_save_record_leaves_record_and_log_unchanged(office_vault: Vault) -> None:
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    log_before = audit.entries(office_vault.conn)
    stale = dataclasses.replace(circle, venues=("Church hall",))  # same revision: refused
    with pytest.raises(ValidationError):
        office_vault.save_record(stale, "circle.changed")
    assert audit.entries(office_vault.conn) == log_before
    assert circles.find_circle(office_vault, CIRCLE_CODE) == circle
