"""Tests for circlesdesk.vault.migrations and database.migrate: schema versions and upgrades.

The golden vault in tests/data/vault-v1 was written with only the version-1 migration by
tests/data/make_golden_vaults.py (passphrase "golden vault passphrase v1"); upgrading a copy of it
with the current code must keep every record, take an encrypted backup first and keep the audit
chain whole.
"""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path
from unittest import mock

import pytest
import sqlcipher3

from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import Attendance, Concern, Contact, Meeting, OfficeConfig
from circlesdesk.services import circles, meetings, setup
from circlesdesk.sync.keys import DeviceIdentity
from circlesdesk.vault import audit, database, migrations, store
from circlesdesk.vault.migrations import LATEST_VERSION, MIGRATIONS
from circlesdesk.vault.vault import BACKUP_DIR, DATABASE_FILE, KEYS_FILE, Vault
from tests.vault_kit import (
    PASSPHRASE,
    SQLITE_HEADER,
    copy_vault,
    data_key,
    raw_connection,
    row_snapshot,
)

GOLDEN = Path(__file__).resolve().parents[2] / "data"
GOLDEN_PASSPHRASE = "golden vault passphrase v1"
GOLDEN_DEVICE = "601de7a0000000000000000000000001"
GOLDEN_MEETING = "33333333-3333-4333-8333-333333333333"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def golden_v1(tmp_path: Path) -> Path:
    return copy_vault(GOLDEN / "vault-v1", tmp_path / "vault")


def test_the_golden_file_really_is_version_1(golden_v1: Path) -> None:
    key = data_key(golden_v1, GOLDEN_PASSPHRASE)
    with raw_connection(golden_v1, key) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "meeting" in tables
    assert "peer" not in tables  # a version-2 table


def test_a_version_1_vault_is_upgraded_with_everything_kept(golden_v1: Path) -> None:
    assert LATEST_VERSION > 1, "nothing to upgrade to: add the next golden vault instead"
    with Vault.unlock(golden_v1, passphrase=GOLDEN_PASSPHRASE) as vault:
        assert database.schema_version(vault.conn) == LATEST_VERSION
        assert (vault.info.device_id, vault.info.role, vault.info.name) == (
            GOLDEN_DEVICE,
            Role.OFFICE,
            "Golden Office",
        )
        # The device keys survived: the fingerprint is the one of the fixed identity.
        seed = hashlib.sha512(b"circlesdesk golden vault v1 device keys").digest()
        expected = DeviceIdentity.from_private_bytes(GOLDEN_DEVICE, seed).public().fingerprint()
        assert setup.status(vault).fingerprint == expected

        circle = circles.find_circle(vault, "SW-101")
        assert (circle.phase, circle.venues, circle.started_on) == (
            "active",
            ("Hall B", "Library"),
            "2025-05-01",
        )
        roster = [(e.person.name, e.membership.role) for e in circles.roster(vault, circle.uuid)]
        assert roster == [
            ("Marlowe", "core-member"),
            ("Priya Shah", "volunteer"),
            ("Tom Reed", "volunteer"),
        ]
        [summary] = meetings.list_meetings(vault)
        meeting = summary.meeting
        assert meeting.uuid == GOLDEN_MEETING
        assert meeting.minutes == (
            "Marlowe talked about the allotment and his new job at the greengrocer."
        )
        assert (meeting.held_on, meeting.start_time, meeting.life_areas, meeting.engagement) == (
            "2025-06-03",
            "18:00",
            ("work-learning", "leisure"),
            4,
        )
        assert summary.attendance == {
            "Marlowe": "present",
            "Priya Shah": "present",
            "Tom Reed": "late",
        }
        [concern] = store.find(vault.conn, Concern)
        assert (concern.level, concern.category, concern.meeting_uuid) == (
            2,
            "loneliness",
            GOLDEN_MEETING,
        )
        assert concern.action_taken == "Agreed to phone him on Thursday."
        [contact] = store.find(vault.conn, Contact)
        assert contact.raise_at_next_meeting is True
        assert store.count(vault.conn, Attendance) == 3
        [config] = store.find(vault.conn, OfficeConfig)
        assert config.phone == "01632 960000"
        # Every stored record still hashes to the content hash stored with it.
        for kind in (Meeting, Concern, Contact, Attendance):
            for record in store.find(vault.conn, kind):
                stored = vault.conn.execute(
                    f"SELECT content_hash FROM {kind.kind} WHERE uuid = ?", (record.uuid,)
                ).fetchone()[0]
                assert stored == record.content_hash()
        # The full-text index came through too.
        assert [hit.uuid for hit in meetings.search_records(vault, "greengrocer")] == [
            GOLDEN_MEETING
        ]
        hits = meetings.search_records(vault, "chess")
        assert sorted(hit.kind for hit in hits) == ["concern", "contact"]
        report = audit.verify(vault.conn)
        assert report.ok
        assert report.rows == 1 + 1 + 3 + 3 + 1 + 3 + 1 + 1  # created, circle, people, ...


def test_the_upgrade_takes_an_encrypted_backup_first(golden_v1: Path) -> None:
    original = {name: (golden_v1 / name).read_bytes() for name in (DATABASE_FILE, KEYS_FILE)}
    Vault.unlock(golden_v1, passphrase=GOLDEN_PASSPHRASE).lock()

    backups = golden_v1 / BACKUP_DIR
    assert mode(backups) == 0o700
    [database_copy] = backups.glob("vault-v1-*.db")
    [keys_copy] = backups.glob("vault-v1-*.keys")
    assert database_copy.stem == keys_copy.stem
    assert mode(database_copy) == mode(keys_copy) == 0o600
    # The backup is the version-1 vault as it was, still encrypted...
    assert database_copy.read_bytes() == original[DATABASE_FILE]
    assert keys_copy.read_bytes() == original[KEYS_FILE]
    backup = database_copy.read_bytes()
    assert SQLITE_HEADER not in backup
    assert b"greengrocer" not in backup
    assert b"Marlowe" not in backup
    # ...and opens as version 1 with its own key file.
    restored = golden_v1.parent / "restored"
    restored.mkdir(mode=0o700)
    (restored / DATABASE_FILE).write_bytes(backup)
    (restored / KEYS_FILE).write_bytes(keys_copy.read_bytes())
    key = data_key(restored, GOLDEN_PASSPHRASE)
    with raw_connection(restored, key) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT minutes FROM meeting").fetchone()[0].endswith("greengrocer.")


def test_an_up_to_date_vault_is_neither_migrated_nor_backed_up(vault_dir: Path) -> None:
    before = row_snapshot(vault_dir)
    Vault.unlock(vault_dir, passphrase=PASSPHRASE).lock()
    assert not (vault_dir / BACKUP_DIR).exists()
    assert row_snapshot(vault_dir) == before
    assert before["user_version"] == [(LATEST_VERSION,)]


def test_migrations_are_numbered_in_order() -> None:
    assert migrations.LATEST_VERSION == len(MIGRATIONS) >= 2
    for statements in MIGRATIONS:
        assert statements, "a migration with nothing in it"
        assert all(isinstance(statement, str) for statement in statements)
        assert not any("user_version" in statement for statement in statements)


def test_a_failing_migration_changes_nothing(golden_v1: Path) -> None:
    broken = (*MIGRATIONS[:1], ("CREATE TABLE half_done (x)", "THIS IS NOT SQL"))
    with (
        mock.patch.object(database, "MIGRATIONS", broken),
        mock.patch.object(database, "LATEST_VERSION", 2),
        pytest.raises(sqlcipher3.OperationalError),
    ):
        Vault.unlock(golden_v1, passphrase=GOLDEN_PASSPHRASE)
    with raw_connection(golden_v1, data_key(golden_v1, GOLDEN_PASSPHRASE)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables  # the migration's transaction was rolled back
    assert len(list((golden_v1 / BACKUP_DIR).glob("vault-v1-*.db"))) == 1  # taken before it ran
    # The failed attempt let go of the vault: the real code opens and upgrades it.
    with Vault.unlock(golden_v1, passphrase=GOLDEN_PASSPHRASE) as vault:
        assert database.schema_version(vault.conn) == LATEST_VERSION
