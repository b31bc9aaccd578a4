"""Reading the audit log a page at a time and verifying its chain, on real vaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from circlesdesk import cli
from circlesdesk.services import audit_log, circles
from circlesdesk.vault import witnesses
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org, audit_actions, rechain_audit_log, round_trip
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


# -- the log witnessed by the laptops ----------------------------------------------------------


def test_each_laptop_signs_back_the_head_it_was_sent_and_the_office_keeps_it(org: Org) -> None:
    alice_head = round_trip(org, "alice")
    ben_head = round_trip(org, "ben")
    assert alice_head < ben_head

    checks = audit_log.witness_checks(org.office)
    assert [(c.device_name, c.length, c.state) for c in checks] == [
        ("Alice Marsh", alice_head, audit_log.WitnessState.MATCHES),
        ("Ben Okafor", ben_head, audit_log.WitnessState.MATCHES),
    ]
    alice = checks[0]
    assert alice.bundle_seq == org.peer("office", "alice").last_seq_in
    # The laptop keeps the office's head it vouches for; its own log is not checked against it.
    held = witnesses.get(org.alice.conn, org.device_id("office"))
    assert held is not None and held.length == alice_head
    assert audit_log.witness_checks(org.alice) == ()
    report = audit_log.verify(org.office)
    assert report.ok and report.first_break is None


def test_a_rewritten_and_rechained_log_is_caught_by_the_laptops_witnessed_heads(
    org: Org, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice_head = round_trip(org, "alice")
    circles.add_circle(org.office, code="NE-007", core_member="Heron", volunteers=["Cara Doyle"])
    ben_head = round_trip(org, "ben")
    [(created,)] = org.office.conn.execute(
        "SELECT id FROM audit_log WHERE action = 'circle.created' ORDER BY id DESC LIMIT 1"
    ).fetchall()
    assert alice_head < created <= ben_head
    folder = org.folders["office"]
    org.close("office")

    rechain_audit_log(folder, edit="nothing happened", entry=created)

    office = org.office
    assert audit_log.verify_chain(office).ok  # the chain alone cannot tell
    report = audit_log.verify(office)
    assert not report.ok
    assert [(w.device_name, w.state) for w in report.witnesses] == [
        ("Alice Marsh", audit_log.WitnessState.MATCHES),
        ("Ben Okafor", audit_log.WitnessState.DIFFERS),
    ]
    first = report.first_break
    assert first is not None and first.device_name == "Ben Okafor"
    assert report.intact_up_to == alice_head
    org.close("office")

    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "audit", "verify"]) == 1
    out, err = capsys.readouterr()
    assert f"Witnessed by Alice Marsh: entry {alice_head} on " in out
    assert f"Witnessed by Ben Okafor: entry {ben_head} on " in out
    assert "DOES NOT MATCH" in out
    assert err.startswith(
        f"The audit log was rewritten: entry {ben_head} is not the one Ben Okafor's laptop "
        "witnessed on "
    )
    assert (
        f"An entry after entry {alice_head} and at or before entry {ben_head} was changed"
    ) in err


def test_a_log_cut_short_of_a_witnessed_head_is_a_break(org: Org) -> None:
    head = round_trip(org, "alice")
    folder = org.folders["office"]
    org.close("office")
    with raw_connection(folder) as conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE id >= ?", (head,))

    report = audit_log.verify(org.office)
    assert report.chain.ok
    assert not report.ok
    first = report.first_break
    assert first is not None
    assert (first.device_name, first.length, first.state) == (
        "Alice Marsh",
        head,
        audit_log.WitnessState.MISSING,
    )
