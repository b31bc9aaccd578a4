"""Tests for circlesdesk.services.vault_health: the quick check after unlock finds a flipped byte
in a page unlock never reads (what the GUI then says is tests/ui/test_vault_notices.py)."""

from __future__ import annotations

from pathlib import Path

from circlesdesk.services import meetings, vault_health
from circlesdesk.vault.vault import DATABASE_FILE, Vault
from tests.vault_kit import CIRCLE_CODE, PAGE_SIZE, PASSPHRASE, flip_bytes


def test_a_sound_vault_checks_out(office_vault_dir: Path) -> None:
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        report = vault_health.quick_check(vault)
    assert (report.ok, report.damaged_pages) == (True, 0)


def test_a_flipped_byte_in_a_rarely_read_page_is_found(office_vault_dir: Path) -> None:
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        # Long minutes end the file with their overflow pages, which unlock never reads (a
        # fresh vault's last page may hold the schema, which it does).
        meetings.record_meeting(
            vault, circle_code=CIRCLE_CODE, held_on="2026-01-05", minutes="Minutes. " * 2000
        )
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database = office_vault_dir / DATABASE_FILE
    pages = database.stat().st_size // PAGE_SIZE
    flip_bytes(database, (pages - 1) * PAGE_SIZE + 100)  # the last page: unlock never reads it
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:  # the unlock still works
        report = vault_health.quick_check(vault)
    assert (report.ok, report.damaged_pages) == (False, 1)
