"""Tests for circlesdesk.vault.audit: an append-only, hash-chained log that holds no note text."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import sqlcipher3

from circlesdesk import cli
from circlesdesk.domain.enums import AttendanceStatus, MeetingPattern, Phase
from circlesdesk.services import circles, meetings
from circlesdesk.vault import audit
from circlesdesk.vault.vault import Vault
from tests.vault_kit import (
    CIRCLE_CODE,
    CORE_MEMBER,
    PASSPHRASE,
    VOLUNTEERS,
    add_audit_events,
    raw_connection,
)


def chain(vault: Vault) -> list[tuple[int, str, str, str]]:
    """(id, action, prev_hash, hash) of every row, oldest first."""
    return vault.conn.execute(
        "SELECT id, action, prev_hash, hash FROM audit_log ORDER BY id"
    ).fetchall()


def record_meeting(
    vault: Vault, *, minutes: str = "A quiet week.", concern: str = "", held_on: str = "2026-04-07"
) -> str:
    circle = circles.find_circle(vault, CIRCLE_CODE)
    roster = circles.roster(vault, circle.uuid)
    meeting = meetings.record_meeting(
        vault,
        circle_code=CIRCLE_CODE,
        held_on=held_on,
        minutes=minutes,
        attendance={entry.person.uuid: AttendanceStatus.PRESENT for entry in roster},
        concerns=[meetings.ConcernInput(level=1, category="hostility", description=concern)]
        if concern
        else [],
    )
    return meeting.uuid


def test_each_change_adds_a_row_chained_to_the_one_before(office_vault: Vault) -> None:
    meeting_id = record_meeting(office_vault, concern="Raised his voice at the bus driver.")
    rows = chain(office_vault)
    assert [action for _id, action, _prev, _hash in rows] == [
        "vault.created",
        "circle.created",
        "meeting.recorded",
    ]
    assert rows[0][2] == audit.GENESIS
    for (_, _, _, earlier_hash), (_, _, prev_hash, _) in itertools.pairwise(rows):
        assert prev_hash == earlier_hash
    newest = audit.entries(office_vault.conn, limit=1)[0]
    assert (newest.actor, newest.kind, newest.record_uuid, newest.detail) == (
        office_vault.info.device_id,
        "meeting",
        meeting_id,
        "attendance=3 concerns=1",
    )
    assert audit.verify(office_vault.conn) == audit.ChainReport(rows=3, first_broken=None)


def test_the_log_cannot_be_changed_through_the_vault(office_vault: Vault) -> None:
    before = chain(office_vault)
    for statement in (
        "UPDATE audit_log SET detail = 'nothing happened'",
        "DELETE FROM audit_log WHERE action = 'circle.created'",
    ):
        with pytest.raises(sqlcipher3.IntegrityError, match="the audit log is append-only"):
            office_vault.conn.execute(statement)
    assert chain(office_vault) == before
    assert audit.verify(office_vault.conn).ok


def test_no_names_or_note_text_reach_the_log(office_vault: Vault) -> None:
    words = ["Xanthippe", "Quillfeather", "allotmentgate", "Beaconsfieldian", "Vorpalstone"]
    circles.add_circle(office_vault, code="NE-007", core_member=words[0], volunteers=[words[1]])
    circles.add_volunteer(office_vault, code="NE-007", name=f"{words[2]} Jones")
    circles.update_circle(office_vault, code="NE-007", phase=Phase.ACTIVE, venues=[words[3]])
    circles.update_circle(office_vault, code="NE-007", meeting_pattern=MeetingPattern.FORTNIGHTLY)
    meeting_id = record_meeting(
        office_vault, minutes=f"Long talk about {words[2]}.", concern=f"Mentioned {words[4]} twice."
    )
    meetings.edit_meeting(office_vault, meeting_uuid=meeting_id, minutes=f"Edited: {words[3]}.")
    names = [CORE_MEMBER, *VOLUNTEERS]

    rows = office_vault.conn.execute("SELECT * FROM audit_log").fetchall()
    assert len(rows) == 8
    logged = "\n".join(repr(row) for row in rows).casefold()
    for word in [*words, *names, "allotment", "talk"]:
        assert word.casefold() not in logged


@pytest.fixture
def tampered(office_vault_dir: Path) -> tuple[Path, int]:
    """A vault whose 'meeting.recorded' row was edited by someone with the key and SQL."""
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        record_meeting(vault, concern="Missed his probation appointment.")
        record_meeting(vault, held_on="2026-04-14")
        assert audit.verify(vault.conn).ok
    with raw_connection(office_vault_dir) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        [(row_id,)] = conn.execute(
            "SELECT min(id) FROM audit_log WHERE action = 'meeting.recorded'"
        ).fetchall()
        conn.execute(
            "UPDATE audit_log SET detail = 'attendance=3 concerns=0' WHERE id = ?", (row_id,)
        )
    return office_vault_dir, int(row_id)


def test_an_edited_row_is_found(tampered: tuple[Path, int]) -> None:
    folder, row_id = tampered
    with Vault.unlock(folder, passphrase=PASSPHRASE) as vault:
        report = audit.verify(vault.conn)
    assert not report.ok
    assert report.first_broken == row_id


def test_audit_verify_on_the_command_line_fails_on_an_edited_row(
    tampered: tuple[Path, int], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, row_id = tampered
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "audit", "verify"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"The audit log has been altered at entry {row_id}.\n"


def test_audit_verify_on_the_command_line_passes_an_intact_log(
    office_vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--data-dir", str(office_vault_dir), "audit", "verify"]) == 0
    assert capsys.readouterr() == ("The audit log is intact (2 entries).\n", "")


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM audit_log WHERE id = 2",
        "UPDATE audit_log SET at = '2020-01-01T00:00:00+00:00' WHERE id = 2",
        "UPDATE audit_log SET hash = prev_hash WHERE id = 2",
        "UPDATE audit_log SET actor = '00000000000000000000000000000000' WHERE id = 2",
    ],
    ids=["deleted", "backdated", "rehashed", "other-actor"],
)
def test_any_change_to_an_earlier_row_breaks_the_chain(
    office_vault_dir: Path, statement: str
) -> None:
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        record_meeting(vault)
    with raw_connection(office_vault_dir) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute(statement)
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        report = audit.verify(vault.conn)
    assert report.first_broken in (2, 3)  # the changed row, or the one that follows a gap
    assert not report.ok


def test_verify_reports_progress_every_thousand_rows_up_to_the_total(office_vault: Vault) -> None:
    add_audit_events(office_vault, 2 * audit.PROGRESS_EVERY + 500)
    total = len(chain(office_vault))
    calls: list[tuple[int, int]] = []
    report = audit.verify(office_vault.conn, progress=lambda done, of: calls.append((done, of)))
    assert calls == [(0, total), (1000, total), (2000, total), (total, total)]
    assert (
        report
        == audit.verify(office_vault.conn)
        == audit.ChainReport(rows=total, first_broken=None)
    )


def test_verify_stops_at_the_next_thousand_rows_once_cancelled(office_vault: Vault) -> None:
    add_audit_events(office_vault, 3 * audit.PROGRESS_EVERY)
    total = len(chain(office_vault))
    calls: list[tuple[int, int]] = []
    with pytest.raises(audit.VerifyStopped) as stopped:
        audit.verify(
            office_vault.conn,
            progress=lambda done, of: calls.append((done, of)),
            cancelled=lambda: bool(calls) and calls[-1][0] >= audit.PROGRESS_EVERY,
        )
    assert stopped.value.checked == 2 * audit.PROGRESS_EVERY < total
    assert calls == [(0, total), (1000, total)]
    # The stopped scan left nothing open: the log still takes rows and still verifies.
    add_audit_events(office_vault, 1)
    assert audit.verify(office_vault.conn, cancelled=lambda: False) == audit.ChainReport(
        rows=total + 1, first_broken=None
    )


def test_verify_with_progress_still_names_an_edited_row(tampered: tuple[Path, int]) -> None:
    folder, row_id = tampered
    calls: list[tuple[int, int]] = []
    with Vault.unlock(folder, passphrase=PASSPHRASE) as vault:
        report = audit.verify(
            vault.conn, progress=lambda done, of: calls.append((done, of)), cancelled=lambda: False
        )
        assert report == audit.verify(vault.conn)
    assert report.first_broken == row_id
    assert calls == [(0, 4)]  # no "all checked" report for a broken chain


def test_entries_read_by_id_a_page_at_a_time_match_one_full_read(office_vault: Vault) -> None:
    add_audit_events(office_vault, 2500)
    everything = audit.entries(office_vault.conn, limit=10_000)
    assert [e.id for e in everything] == list(range(len(chain(office_vault)), 0, -1))
    pages: list[list[audit.AuditEntry]] = []
    before: int | None = None
    while page := audit.entries(office_vault.conn, limit=1000, before_id=before):
        pages.append(page)
        before = page[-1].id
    assert [len(page) for page in pages] == [1000, 1000, 502]
    assert [entry for page in pages for entry in page] == everything
    assert audit.entries(office_vault.conn, limit=3, before_id=1000) == everything[-999:-996]
    assert audit.entries(office_vault.conn, before_id=1) == []
