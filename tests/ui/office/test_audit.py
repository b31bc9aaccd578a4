"""The audit log page on a real office vault: newest entries first, read in batches as the
table is scrolled, the laptops' witnesses per device, and "Verify chain" reporting an intact log,
the entry that was altered, or the first laptop whose witness a rewrite no longer matches."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from circlesdesk.services import office_config, staff
from circlesdesk.ui.office.audit import BATCH, AuditLogPage, AuditModel
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import audit, database
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org, audit_actions, rechain_audit_log, round_trip
from tests.ui.office.office_kit import on_screen
from tests.vault_kit import FAST_KDF, add_audit_events, raw_connection

pytestmark = pytest.mark.gui


def open_page(qtbot: QtBot, vault: Vault, runner: TaskRunner) -> AuditLogPage:
    return on_screen(qtbot, AuditLogPage(vault, runner=runner))


def row(page: AuditLogPage, number: int) -> list[str]:
    model = page.model
    return [model.data(model.index(number, column)) for column in range(model.columnCount())]


def verify(qtbot: QtBot, page: AuditLogPage) -> str:
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible()
    assert not page.verify_button.isEnabled()
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert not page.progress.isVisible()
    return page.alert.text()


def test_the_newest_entries_come_first_with_what_was_done_to_which_record(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    office = org.office
    office_config.save_config(office, phone="01632 960 123")
    page = open_page(qtbot, office, runner)
    actions = audit_actions(office)
    assert page.model.rowCount() == len(actions)
    number, _when, action, kind, record, device, detail = row(page, 0)
    assert (number, action, kind, device) == (
        str(len(actions)),
        "office_config.saved",
        "office_config",
        office.info.name,
    )
    assert record == "d970344d"  # the office configuration's id, shortened
    assert detail == "revision=2 changed=phone"
    assert [row(page, n)[2] for n in range(len(actions))] == actions[::-1]
    assert page.status.text() == f"{len(actions)} entries in the log."


def test_a_long_log_is_read_a_batch_at_a_time(qtbot: QtBot, org: Org, runner: TaskRunner) -> None:
    office = org.office
    add_audit_events(office, 2 * BATCH + 10)
    total = len(audit_actions(office))
    page = open_page(qtbot, office, runner)
    assert page.model.rowCount() == BATCH
    assert page.status.text() == f"{total} entries in the log."
    assert row(page, 0)[6] == f"n={2 * BATCH + 9}"
    page.view.scrollToBottom()  # the view asks for the next batch when it reaches the end
    qtbot.waitUntil(lambda: page.model.rowCount() > BATCH)
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == total
    assert row(page, total - 1)[2] == "vault.created"
    assert [page.model.row(n).id for n in range(total)] == list(range(total, 0, -1))


def test_entries_written_after_the_page_opened_do_not_repeat_or_hide_older_ones(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    office = org.office
    add_audit_events(office, BATCH + 10)
    total = len(audit_actions(office))
    page = open_page(qtbot, office, runner)
    add_audit_events(office, 3)  # e.g. another page saved something meanwhile
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    assert [page.model.row(n).id for n in range(page.model.rowCount())] == list(range(total, 0, -1))


def test_no_batch_is_read_while_a_task_uses_the_vault(org: Org, qtbot: QtBot) -> None:
    add_audit_events(org.office, BATCH + 1)
    busy = [True]
    model = AuditModel(org.office, may_read=lambda: not busy[0])
    model.reload()
    assert model.rowCount() == BATCH
    assert not model.canFetchMore(QModelIndex())
    busy[0] = False
    assert model.canFetchMore(QModelIndex())


def test_a_page_opened_while_a_task_writes_reads_the_committed_log_at_once(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    # Changed on purpose (issue 13, one owner per thread): the page no longer waits for the
    # task; it reads at once and sees only what is committed.
    committed = len(audit_actions(org.office))
    inside, release = threading.Event(), threading.Event()

    def write_and_hold(_task: object) -> None:
        conn = org.office.conn
        with database.transaction(conn):
            audit.append(conn, actor=org.office.info.device_id, action="test.held", detail="")
            inside.set()
            release.wait(10)

    runner.run(write_and_hold, owner=None, name="test-busy")
    qtbot.waitUntil(inside.is_set)
    try:
        page = open_page(qtbot, org.office, runner)
        assert runner.busy
        assert page.model.rowCount() == committed
    finally:
        release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert len(audit_actions(org.office)) == committed + 1


def test_verify_reports_an_intact_log(qtbot: QtBot, org: Org, runner: TaskRunner) -> None:
    page = open_page(qtbot, org.office, runner)
    total = len(audit_actions(org.office))
    assert verify(qtbot, page) == f"The audit log is intact: {total} entries."
    assert not page.alert.is_error


def test_verify_shows_how_far_it_is_as_a_percentage(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    add_audit_events(org.office, 2500)
    total = len(audit_actions(org.office))
    page = open_page(qtbot, org.office, runner)
    seen: list[tuple[int, int]] = []
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.task is not None
    page.task.progressed.connect(lambda done, of, _text: seen.append((done, of)))
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert seen[-1] == (total, total)
    assert all(of == total for _done, of in seen)
    assert (page.progress.bar.maximum(), page.progress.bar.value()) == (total, total)
    assert page.progress.bar.text() == "100%"
    assert page.alert.text() == f"The audit log is intact: {total} entries."


def test_stop_ends_verify_early_and_says_the_log_was_not_fully_checked(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    add_audit_events(org.office, 20_000)  # a few hundred milliseconds of checking
    total = len(audit_actions(org.office))
    page = open_page(qtbot, org.office, runner)
    seen: list[int] = []
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.task is not None
    page.task.progressed.connect(lambda done, _of, _text: seen.append(done))
    assert page.progress.stop_button.isVisible()
    qtbot.mouseClick(page.progress.stop_button, Qt.MouseButton.LeftButton)
    assert page.progress.label.text() == "Stopping…"
    assert not page.progress.stop_button.isEnabled()
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert page.alert.text() == "Stopped before the end: the audit log was not fully checked."
    assert page.alert.is_error
    assert total not in seen
    assert not page.progress.isVisible()
    assert page.verify_button.isEnabled()
    assert verify(qtbot, page) == f"The audit log is intact: {total} entries."  # runs again


def test_verify_names_the_entry_that_was_altered(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    add_audit_events(org.office, 5)
    org.close("office")
    with raw_connection(org.folders["office"]) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        [(altered,)] = conn.execute(
            "SELECT id FROM audit_log WHERE action = 'test.event' AND detail = 'n=2'"
        ).fetchall()
        conn.execute("UPDATE audit_log SET detail = 'n=20' WHERE id = ?", (altered,))
    page = open_page(qtbot, org.office, runner)
    assert verify(qtbot, page) == f"The audit log was altered at entry {altered}."
    assert page.alert.is_error


def witness_rows(page: AuditLogPage) -> list[list[str]]:
    model = page.witness_model
    return [
        [model.data(model.index(number, column)) for column in range(model.columnCount())]
        for number in range(model.rowCount())
    ]


def test_the_witnesses_per_device_show_and_verify_names_the_first_laptop_a_rewrite_fails(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    alice_head = round_trip(org, "alice")
    add_audit_events(org.office, 3)
    ben_head = round_trip(org, "ben")
    page = open_page(qtbot, org.office, runner)
    rows = witness_rows(page)
    assert [(device, entry, state) for device, entry, _when, state in rows] == [
        ("Alice Marsh", str(alice_head), "Matches"),
        ("Ben Okafor", str(ben_head), "Matches"),
    ]
    assert all(when for _device, _entry, when, _state in rows)
    total = len(audit_actions(org.office))
    assert verify(qtbot, page) == (
        f"The audit log is intact: {total} entries. Every laptop's witness matches it."
    )
    page.close()

    [(edited,)] = org.office.conn.execute(
        "SELECT id FROM audit_log WHERE action = 'test.event' AND detail = 'n=1'"
    ).fetchall()
    org.close("office")
    rechain_audit_log(org.folders["office"], edit="n=100", entry=edited)

    page = open_page(qtbot, org.office, runner)
    assert [row[3] for row in witness_rows(page)] == [
        "Matches",
        "Does not match: that entry was changed",
    ]
    message = verify(qtbot, page)
    assert page.alert.is_error
    assert message.startswith(
        f"The audit log was rewritten: entry {ben_head} is not the one Ben Okafor's laptop "
        "witnessed on "
    )
    assert message.endswith(
        f"The change is after entry {alice_head} (still as another laptop witnessed it)."
    )


def test_before_any_laptop_witnessed_the_page_says_how_it_will(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    page = open_page(qtbot, org.office, runner)
    assert page.witness_model.rowCount() == 0
    assert page.witness_status.text().startswith("No laptop has witnessed the log yet")


def test_each_entry_names_the_person_at_the_office_who_acted(
    qtbot: QtBot, office_vault: Vault, office_vault_dir: Path, runner: TaskRunner
) -> None:
    staff.add_person(
        office_vault,
        name="Mia Hart",
        role="manager",
        passphrase="a fox under the old bridge",
        kdf=FAST_KDF,
    )
    office_vault.lock()
    with Vault.unlock(
        office_vault_dir, passphrase="a fox under the old bridge", name="Mia Hart"
    ) as mia:
        office_config.save_config(mia, phone="01632 960 123")
        page = open_page(qtbot, mia, runner)
        newest, added = row(page, 0), row(page, 1)
        assert (newest[2], newest[5]) == ("office_config.saved", f"{mia.info.name}: Mia Hart")
        assert added[2] == "staff.added"
        assert added[5] == mia.info.name  # the first manager is named as the office is
