"""Tests for circlesdesk.vault.diagnose (through real unlocks): each failure gets its own error.

A full disk and a read-only disk are in tests/integration/test_cli_faults.py (they need a small
tmpfs); here: a key file from another vault, a folder where the database should be, a damaged
page, stray temp files, open permissions, and migration backups that are partial or expired.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import stat
from pathlib import Path

import pytest

from circlesdesk.vault import diagnose
from circlesdesk.vault.errors import (
    DatabaseIsFolder,
    DiskFull,
    KeySlotsForeign,
    StorageError,
    VaultDamaged,
    VaultPermissionDenied,
    VaultReadOnly,
)
from circlesdesk.vault.vault import BACKUP_DIR, BACKUP_KEEP_DAYS, DATABASE_FILE, KEYS_FILE, Vault
from tests.vault_kit import PAGE_SIZE, PASSPHRASE, Template, file_snapshot, flip_bytes


def test_a_key_file_from_another_vault_is_named_not_called_damage(
    office_vault_dir: Path, volunteer_template: Template
) -> None:
    # Same passphrase, so the other key file opens its own slots: its key reads no page here.
    shutil.copyfile(volunteer_template.folder / KEYS_FILE, office_vault_dir / KEYS_FILE)
    before = file_snapshot(office_vault_dir)
    with pytest.raises(KeySlotsForeign) as info:
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    assert str(info.value).startswith("The vault's key file belongs to another vault")
    assert info.value.exit_code == 16
    assert file_snapshot(office_vault_dir) == before


def test_one_damaged_page_is_damage_proven_by_the_page_check(office_vault_dir: Path) -> None:
    flip_bytes(office_vault_dir / DATABASE_FILE, PAGE_SIZE + 200)
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    assert info.value.exit_code == 17


def test_a_folder_where_the_database_should_be_is_named(office_vault_dir: Path) -> None:
    (office_vault_dir / DATABASE_FILE).unlink()
    (office_vault_dir / DATABASE_FILE).mkdir()
    with pytest.raises(DatabaseIsFolder) as info:
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    assert str(info.value).startswith("Where the vault database (vault.db) should be")


@pytest.mark.parametrize(
    ("number", "expected"),
    [(errno.ENOSPC, DiskFull), (errno.EDQUOT, DiskFull), (errno.EROFS, VaultReadOnly)],
)
def test_operating_system_errors_by_number(
    office_vault_dir: Path, number: int, expected: type[Exception]
) -> None:
    error = OSError(number, os.strerror(number))
    found = diagnose.explain(
        error, folder=office_vault_dir, database=office_vault_dir / DATABASE_FILE
    )
    assert type(found) is expected


def test_an_input_output_error_on_a_sound_folder_is_a_storage_error(office_vault_dir: Path) -> None:
    error = OSError(errno.EIO, os.strerror(errno.EIO))
    found = diagnose.explain(
        error, folder=office_vault_dir, database=office_vault_dir / DATABASE_FILE
    )
    assert type(found) is StorageError


def test_a_bug_is_not_explained_away(office_vault_dir: Path) -> None:
    found = diagnose.explain(
        ValueError("x"), folder=office_vault_dir, database=office_vault_dir / DATABASE_FILE
    )
    assert found is None


# -- what an unlock tidies -----------------------------------------------------------------------


def test_temp_files_of_a_killed_write_are_removed_on_unlock(office_vault_dir: Path) -> None:
    stray = office_vault_dir / ".circlesdesk-0123456789abcdef.tmp"
    stray.write_bytes(b"half a key file")
    other = office_vault_dir / ".circlesdesk-notes.tmp"  # not a name the app makes: left alone
    other.write_bytes(b"someone else's")
    Vault.unlock(office_vault_dir, passphrase=PASSPHRASE).lock()
    assert not stray.exists()
    assert other.exists()


def test_open_permissions_are_tightened_and_named(office_vault_dir: Path) -> None:
    os.chmod(office_vault_dir, 0o755)
    os.chmod(office_vault_dir / DATABASE_FILE, 0o644)
    os.chmod(office_vault_dir / KEYS_FILE, 0o640)
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        assert set(vault.tightened) == {".", DATABASE_FILE, KEYS_FILE}
    assert stat.S_IMODE(office_vault_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((office_vault_dir / DATABASE_FILE).stat().st_mode) == 0o600
    assert stat.S_IMODE((office_vault_dir / KEYS_FILE).stat().st_mode) == 0o600
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        assert vault.tightened == ()


def _backup(folder: Path, stamp: str, suffixes: tuple[str, ...] = ("db", "keys")) -> list[Path]:
    backups = folder / BACKUP_DIR
    backups.mkdir(mode=0o700, exist_ok=True)
    made = []
    for suffix in suffixes:
        source = folder / (DATABASE_FILE if suffix == "db" else KEYS_FILE)
        path = backups / f"vault-v6-{stamp}.{suffix}"
        shutil.copyfile(source, path)
        os.chmod(path, 0o600)
        made.append(path)
    return made


def test_half_backups_and_temp_copies_are_removed_on_unlock(office_vault_dir: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    whole = _backup(office_vault_dir, now.strftime("%Y%m%dT%H%M%SZ"))
    half = _backup(
        office_vault_dir, (now - dt.timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ"), ("db",)
    )
    temp = office_vault_dir / BACKUP_DIR / ".circlesdesk-00112233445566ff.tmp"
    temp.write_bytes(b"a copy cut short")
    Vault.unlock(office_vault_dir, passphrase=PASSPHRASE).lock()
    assert all(path.exists() for path in whole)
    assert not any(path.exists() for path in half)
    assert not temp.exists()


def test_backups_expire_after_their_keeping_time(office_vault_dir: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    old = _backup(
        office_vault_dir,
        (now - dt.timedelta(days=BACKUP_KEEP_DAYS, hours=1)).strftime("%Y%m%dT%H%M%SZ"),
    )
    young = _backup(
        office_vault_dir, (now - dt.timedelta(days=BACKUP_KEEP_DAYS - 1)).strftime("%Y%m%dT%H%M%SZ")
    )
    Vault.unlock(office_vault_dir, passphrase=PASSPHRASE).lock()
    assert not any(path.exists() for path in old)
    assert all(path.exists() for path in young)


# The command line run as another user (nobody) on files this user owns: imported first, as
# root, because the interpreter itself may live where nobody can read.
AS_NOBODY = """
import locale, os, sys
from circlesdesk.cli import build_parser, main
build_parser().parse_args(sys.argv[1:])  # argparse's own lazy imports, while they can be read
# and the modules the command and its error message import when they run (the CLI imports
# lazily; the checkout may be unreadable for the other account)
import circlesdesk.services.setup, circlesdesk.services.sync, circlesdesk.vault.diagnose
os.setgid(65534)
os.setuid(65534)
raise SystemExit(main(sys.argv[1:]))
"""


def test_files_of_another_user_account_are_permission_denied(
    office_vault_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    import subprocess
    import sys
    import tempfile

    base = Path(tempfile.mkdtemp(dir=tmp_path_factory.getbasetemp().parent.parent))
    try:
        os.chmod(base, 0o755)  # anyone may look in, not into the vault folder below
        folder = base / "vault"
        shutil.copytree(office_vault_dir, folder)
        os.chmod(folder, 0o700)
        before = file_snapshot(folder)
        env = {**os.environ, "CIRCLESDESK_PASSPHRASE": PASSPHRASE}
        if os.geteuid() == 0:
            argv = [sys.executable, "-c", AS_NOBODY, "--data-dir", str(folder), "status"]
        else:
            os.chmod(folder, 0o000)  # not root: taking our own permissions away does the same
            argv = [sys.executable, "-m", "circlesdesk", "--data-dir", str(folder), "status"]
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
        os.chmod(folder, 0o700)
        assert (done.returncode, done.stdout) == (VaultPermissionDenied.exit_code, ""), done.stderr
        assert done.stderr == str(VaultPermissionDenied()) + "\n"
        assert file_snapshot(folder) == before
    finally:
        shutil.rmtree(base, ignore_errors=True)
