"""Backup files: made from a live vault under its key, checked as made, and every way a backup
can be wrong caught by `verify` before anything is restored from it."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from circlesdesk.services import backups, meetings
from circlesdesk.vault import backup, store
from circlesdesk.vault.errors import WrongPassphrase, WrongRecoveryCode
from circlesdesk.vault.vault import Vault
from tests.vault_kit import (
    CIRCLE_CODE,
    FAST_KDF,
    OTHER_PASSPHRASE,
    PASSPHRASE,
    file_snapshot,
    flip_bytes,
)

SECRET_MINUTES = "Kestrel talked about the new flat on Orchard Lane."


def _with_meeting(vault: Vault) -> None:
    meetings.record_meeting(
        vault, circle_code=CIRCLE_CODE, held_on="2026-11-02", minutes=SECRET_MINUTES
    )


def _rewrite_header(path: Path, change: dict[str, object]) -> None:
    """Replace manifest fields in a backup's header, keeping its MAC and its database."""
    data = path.read_bytes()
    start = len(backup.MAGIC)
    (length,) = struct.unpack(">I", data[start : start + 4])
    header = json.loads(data[start + 4 : start + 4 + length])
    header["manifest"].update(change)
    body = json.dumps(header).encode("ascii")
    rest = data[start + 4 + length :]
    path.write_bytes(backup.MAGIC + struct.pack(">I", len(body)) + body + rest)


def test_a_backup_is_encrypted_checked_and_says_what_it_holds(
    office_vault: Vault, tmp_path: Path
) -> None:
    _with_meeting(office_vault)
    made, deleted = backups.create_backup(office_vault, out_dir=tmp_path / "backups")

    assert deleted == []
    assert made.path.parent == tmp_path / "backups"
    assert made.path.name.startswith("circlesdesk-") and made.path.suffix == ".cdbackup"
    raw = made.path.read_bytes()
    assert SECRET_MINUTES.encode() not in raw and b"Kestrel" not in raw
    assert b"SQLite format 3" not in raw
    assert made.path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [made.path.name]  # no temp left
    manifest = made.manifest
    assert manifest.counts["meeting"] == store.count(office_vault.conn, meetings.Meeting) == 1
    assert manifest.counts["circle"] == 1
    assert manifest.schema_version == backup.database.schema_version(office_vault.conn)

    checked = backups.verify_backup(made.path, passphrase=PASSPHRASE)
    assert checked.manifest == manifest
    assert backups.last_backup(office_vault) is not None


def test_the_backup_opens_with_the_recovery_code_but_not_another_passphrase(
    office_vault: Vault, tmp_path: Path, circle_template: object
) -> None:
    made, _ = backups.create_backup(office_vault, out_dir=tmp_path)
    code = circle_template.recovery_code  # type: ignore[attr-defined]
    assert backups.verify_backup(made.path, recovery_code=code).manifest == made.manifest
    with pytest.raises(WrongPassphrase):
        backups.verify_backup(made.path, passphrase=OTHER_PASSPHRASE)
    with pytest.raises(WrongRecoveryCode):
        backups.verify_backup(made.path, recovery_code="AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")


def test_verify_catches_a_flipped_byte_in_the_database(office_vault: Vault, tmp_path: Path) -> None:
    made, _ = backups.create_backup(office_vault, out_dir=tmp_path)
    flip_bytes(made.path, made.path.stat().st_size - 3000, count=1)
    with pytest.raises(backup.BackupDamaged):
        backups.verify_backup(made.path, passphrase=PASSPHRASE)


def test_verify_catches_a_manifest_that_was_edited(office_vault: Vault, tmp_path: Path) -> None:
    made, _ = backups.create_backup(office_vault, out_dir=tmp_path)
    _rewrite_header(made.path, {"counts": {**made.manifest.counts, "meeting": 7}})
    with pytest.raises(backup.ManifestMismatch):
        backups.verify_backup(made.path, passphrase=PASSPHRASE)


def test_verify_catches_a_manifest_that_does_not_match_even_with_a_valid_mac(
    office_vault: Vault, tmp_path: Path
) -> None:
    """A manifest sealed with the right key (a bug, or someone holding the key) that claims
    other counts than the database holds is still refused: the counts are recounted."""
    made, _ = backups.create_backup(office_vault, out_dir=tmp_path)
    wrong = backup.Manifest(**{**made.manifest.__dict__, "audit_rows": 999})
    mac = backup._mac(wrong, office_vault.derived_key(backup.MAC_LABEL))
    data = made.path.read_bytes()
    start = len(backup.MAGIC)
    (length,) = struct.unpack(">I", data[start : start + 4])
    header = json.loads(data[start + 4 : start + 4 + length])
    header.update(manifest=wrong.to_json(), mac=mac)
    body = json.dumps(header).encode("ascii")
    made.path.write_bytes(
        backup.MAGIC + struct.pack(">I", len(body)) + body + data[start + 4 + length :]
    )
    with pytest.raises(backup.ManifestMismatch):
        backups.verify_backup(made.path, passphrase=PASSPHRASE)


@pytest.mark.parametrize(
    "content",
    [b"", b"hello", backup.MAGIC + b"\xff\xff\xff\xff", backup.MAGIC.replace(b"\n", b"\r\n")],
)
def test_a_file_that_is_not_a_backup_is_named_as_such(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "not.cdbackup"
    path.write_bytes(content + b"{}" * 20)
    with pytest.raises(backup.NotABackup):
        backups.verify_backup(path, passphrase=PASSPHRASE)


def test_restore_never_writes_over_a_vault(
    office_vault: Vault, office_vault_dir: Path, tmp_path: Path
) -> None:
    made, _ = backups.create_backup(office_vault, out_dir=tmp_path / "b")
    office_vault.lock()
    before = file_snapshot(office_vault_dir)
    with pytest.raises(backup.RestoreTargetInUse):
        backups.restore_backup(made.path, to=office_vault_dir, passphrase=PASSPHRASE)
    assert file_snapshot(office_vault_dir) == before


def test_a_restored_vault_opens_with_the_same_records_and_says_it_was_restored(
    office_vault: Vault, tmp_path: Path
) -> None:
    _with_meeting(office_vault)
    made, _ = backups.create_backup(office_vault, out_dir=tmp_path / "b")
    backups.restore_backup(made.path, to=tmp_path / "restored", passphrase=PASSPHRASE)
    assert sorted(p.name for p in (tmp_path / "restored").iterdir()) == ["vault.db", "vault.keys"]
    with Vault.unlock(tmp_path / "restored", passphrase=PASSPHRASE) as restored:
        assert store.count(restored.conn, meetings.Meeting) == 1
        assert restored.info.device_id == office_vault.info.device_id
        assert backup.audit.latest(restored.conn, backups.RESTORED_ACTION) is not None
        assert backup.audit.verify(restored.conn).ok


def test_a_backup_restored_with_the_recovery_code_opens_with_recover(
    office_vault: Vault, tmp_path: Path, circle_template: object
) -> None:
    """The passphrase of the backup's day is forgotten: the recovery code restores it, and
    `recover` sets a new passphrase on the restored vault."""
    made, _ = backups.create_backup(office_vault, out_dir=tmp_path / "b")
    code = circle_template.recovery_code  # type: ignore[attr-defined]
    backups.restore_backup(made.path, to=tmp_path / "restored", recovery_code=code)
    with Vault.recover(
        tmp_path / "restored", recovery_code=code, new_passphrase=OTHER_PASSPHRASE, kdf=FAST_KDF
    ) as restored:
        assert restored.info.device_id == office_vault.info.device_id
        assert backup.audit.latest(restored.conn, backups.RESTORED_ACTION) is not None
