"""The Backups page: the schedule, Back up now with progress and Stop, the backups listed, the
reminder on the office home (the inbox), and a backup made while a GUI import runs."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from circlesdesk.services import backups
from circlesdesk.ui.office.backups import BackupsPage
from circlesdesk.ui.office.inbox import InboxPage
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import backup as backup_module
from tests.sync_kit import Org, meeting_line
from tests.ui.office.office_kit import idle, on_screen
from tests.ui.volunteer.volunteer_kit import click
from tests.vault_kit import PASSPHRASE

pytestmark = pytest.mark.gui
BIG_BUNDLE = 2000  # meetings: an import that takes a while


def test_saving_the_schedule_and_backing_up_now_keeps_the_newest_n(
    qtbot: QtBot, org: Org, runner: TaskRunner, tmp_path: Path
) -> None:
    page = on_screen(qtbot, BackupsPage(org.office, runner=runner))
    assert page.last.text() == "No backup has been made yet."
    folder = tmp_path / "usb"
    page.folder_edit.setText(str(folder))
    page.every_box.setCurrentIndex(page.every_box.findData("weekly"))
    page.keep_box.setValue(2)
    click(qtbot, page.save_button)
    assert page.alert.text() == "The schedule is saved: every week, keeping the newest 2."
    assert backups.policy(org.office) == backups.BackupPolicy(str(folder), "weekly", 2)
    assert "No backup of the office vault has been made yet" in page.reminder.text()

    made = []
    for _ in range(3):
        click(qtbot, page.backup_button)
        assert page.progress_row.isVisible() and not page.body.isEnabled()
        idle(qtbot, runner)
        qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
        assert page.alert.text().startswith("Backup written and checked: circlesdesk-")
        made.append(page.alert.text())
        qtbot.wait(1100)  # one backup a second: each file's name is its time
    assert "1 older backup deleted." in made[-1]
    assert page.files.count() == 2
    assert len(list(folder.iterdir())) == 2
    assert page.reminder.text() == "" and page.reminder.isHidden()
    assert page.last.text().startswith("Last checked backup: ")


def test_a_bad_schedule_is_refused_and_nothing_is_stored(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    page = on_screen(qtbot, BackupsPage(org.office, runner=runner))
    page.folder_edit.setText("relative/folder")
    click(qtbot, page.save_button)
    assert page.alert.is_error
    assert page.alert.text() == "Choose the folder the backups go to (a full path)."
    assert backups.policy(org.office) is None


def test_stop_leaves_no_backup_behind(
    qtbot: QtBot, org: Org, runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = backup_module._vacuum_into

    def copy_then_wait(*args: Any, cancelled: Callable[[], bool], **kwargs: Any) -> None:
        copy(*args, cancelled=cancelled, **kwargs)
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:  # Stop comes while it copies
            time.sleep(0.01)

    monkeypatch.setattr(backup_module, "_vacuum_into", copy_then_wait)
    page = on_screen(qtbot, BackupsPage(org.office, runner=runner))
    page.folder_edit.setText(str(tmp_path / "usb"))
    click(qtbot, page.backup_button)
    assert page.progress_row.stop_button.isEnabled()
    click(qtbot, page.progress_row.stop_button)
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert page.alert.text() == "Stopped: no backup was written."
    assert list((tmp_path / "usb").iterdir()) == []
    assert backups.last_backup(org.office) is None


def test_the_inbox_reminds_when_the_last_backup_is_older_than_the_schedule(
    qtbot: QtBot, org: Org, runner: TaskRunner, tmp_path: Path
) -> None:
    inbox = on_screen(qtbot, InboxPage(org.office, runner=runner))
    assert inbox.backup_reminder.isHidden()  # no schedule, no reminder
    backups.set_policy(org.office, folder=str(tmp_path), every="daily", keep=3)
    inbox.page_shown()
    assert inbox.backup_reminder.text() == (
        "No backup of the office vault has been made yet. Open Backups and make one now."
    )
    assert inbox.backups_button.isVisible()
    with qtbot.waitSignal(inbox.backups_requested):
        click(qtbot, inbox.backups_button)

    backups.create_backup(org.office, out_dir=tmp_path)
    inbox.page_shown()
    assert inbox.backup_reminder.isHidden() and inbox.backups_button.isHidden()
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1, minutes=1)
    assert backups.reminder(org.office, now=later) is not None
    assert "longer ago than your backup schedule allows" in str(
        backups.reminder(org.office, now=later)
    )


def test_a_backup_made_while_a_gui_import_runs_is_one_consistent_copy(
    qtbot: QtBot, org: Org, runner: TaskRunner, tmp_path: Path
) -> None:
    circle_uuid = org.circle().uuid
    alice = org.device_id("alice")
    lines = [meeting_line(alice, circle_uuid, minutes=f"Meeting {n}.") for n in range(BIG_BUNDLE)]
    bundle = tmp_path / "alice-big.cdb"
    bundle.write_bytes(org.forged("alice", lines))
    before = _counts(org)

    inbox = on_screen(qtbot, InboxPage(org.office, runner=runner))
    page = on_screen(qtbot, BackupsPage(org.office, runner=runner))
    page.folder_edit.setText(str(tmp_path / "usb"))
    inbox.add_paths([bundle])
    qtbot.waitUntil(lambda: not inbox.busy, timeout=10_000)
    inbox.import_all_ready()
    assert inbox.busy  # the import runs on the task runner …
    page.back_up_now()  # … and the backup starts beside it
    assert page.task is not None
    qtbot.waitUntil(lambda: page.task is None and not inbox.busy, timeout=60_000)

    after = _counts(org)
    assert after["meeting"] == before["meeting"] + BIG_BUNDLE
    (path,) = (tmp_path / "usb").iterdir()
    checked = backups.verify_backup(path, passphrase=PASSPHRASE)
    # All of the import or none of it, in every table: never a part.
    held = {k: v for k, v in checked.manifest.counts.items() if k != "audit_log"}
    assert held in (before, after)


def _counts(org: Org) -> dict[str, int]:
    """Rows in every table but the audit log (which the backup itself adds to)."""
    counts = backup_module.row_counts(org.office.conn)
    del counts["audit_log"]
    return counts
