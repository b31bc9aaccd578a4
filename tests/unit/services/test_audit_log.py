"""Reading the audit log a page at a time and verifying its chain, on real vaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from circlesdesk.services import audit_log, circles
from circlesdesk.vault.vault import Vault
from tests.sync_kit import audit_actions
from tests.vault_kit import PASSPHRASE, add_audit_events, raw_connection


def test_entries_come_newest_first_a_page_at_a_time(office_vault: Vault) -> None:
    add_audit_events(office_vault, 25)
    actions = audit_actions(office_vault)
    total = audit_log.entry_count(office_vault)
    assert total == len(actions)

    first = audit_log.entries(office_vault, limit=10)
    second = audit_log.entries(office_vault, before_id=first[-1].id, limit=10)
    assert [e.detail for e in first] == [f"n={n}" for n in range(24, 14, -1)]
    assert [e.id for e in first + second] == list(range(total, total - 20, -1))
    rest = audit_log.entries(office_vault, before_id=second[-1].id, limit=1000)
    assert [e.action for e in reversed(first + second + rest)] == actions


def test_pages_of_any_size_join_up_to_one_full_read(office_vault: Vault) -> None:
    add_audit_events(office_vault, 23)
    everything = audit_log.entries(office_vault, limit=1000)
    for size in (1, 4, 10, len(everything) - 1, len(everything)):
        joined: list[audit_log.AuditEntry] = []
        while page := audit_log.entries(
            office_vault, before_id=joined[-1].id if joined else None, limit=size
        ):
            assert len(page) <= size
            joined += page
        assert joined == everything, size


def test_devices_are_named_by_the_vault_and_its_peers(office_vault: Vault) -> None:
    names = audit_log.device_names(office_vault)
    assert names[office_vault.info.device_id] == office_vault.info.name


def test_an_intact_log_verifies_and_an_edited_entry_is_named(office_vault: Vault) -> None:
    circles.add_circle(office_vault, code="NE-007", core_member="Heron", volunteers=["Cara Doyle"])
    report = audit_log.verify_chain(office_vault)
    assert report.ok
    assert report.rows == audit_log.entry_count(office_vault)

    folder: Path = office_vault.folder
    office_vault.lock()
    with raw_connection(folder) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        [(row_id,)] = conn.execute(
            "SELECT max(id) FROM audit_log WHERE action = 'circle.created'"
        ).fetchall()
        conn.execute("UPDATE audit_log SET detail = 'nothing happened' WHERE id = ?", (row_id,))
    with Vault.unlock(folder, passphrase=PASSPHRASE) as again:
        report = audit_log.verify_chain(again)
    assert not report.ok
    assert report.first_broken == row_id


def test_verify_reports_progress_and_stops_when_asked(office_vault: Vault) -> None:
    add_audit_events(office_vault, 1500)
    total = audit_log.entry_count(office_vault)
    seen: list[tuple[int, int]] = []
    report = audit_log.verify_chain(office_vault, progress=lambda done, of: seen.append((done, of)))
    assert report == audit_log.ChainReport(rows=total, first_broken=None)
    assert seen == [(0, total), (1000, total), (total, total)]

    seen.clear()
    with pytest.raises(audit_log.VerifyStopped):
        audit_log.verify_chain(
            office_vault,
            progress=lambda done, of: seen.append((done, of)),
            cancelled=lambda: bool(seen),
        )
    assert seen == [(0, total)]
