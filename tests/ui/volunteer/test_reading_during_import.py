"""The vault has one owner per thread: the GUI reads while a background import writes.

The import is held inside its transaction, after it has written its rows and before it commits
(at the ``transaction.commit`` step of circlesdesk.crashpoints). Meanwhile the GUI searches,
reads a circle's history and opens a record: none of it sees the import's uncommitted rows and
nothing errors (the runner's crash reporter fails the test on any bug). Once the import
commits, the same reads find the new meeting.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from circlesdesk import crashpoints
from circlesdesk.domain.enums import AttendanceStatus
from circlesdesk.domain.records import Meeting
from circlesdesk.services import circles, meetings
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import importer
from circlesdesk.ui.record_view import RecordView
from circlesdesk.ui.tasks import TaskContext, TaskRunner
from circlesdesk.ui.volunteer.history import HistoryPage
from circlesdesk.ui.volunteer.search import SearchPage
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault

pytestmark = pytest.mark.gui

WORD = "quokka"


def volunteer_bundle(vault: Vault, circle_code: str) -> tuple[bytes, str]:
    """The volunteer's next bundle, carrying a meeting whose minutes hold a unique word."""
    circle = circles.find_circle(vault, circle_code)
    someone = circles.roster(vault, circle.uuid)[0].person.uuid
    meeting = meetings.record_meeting(
        vault,
        circle_code=circle_code,
        held_on=dt.date.today().isoformat(),  # within the volunteer's time in the circle
        minutes=f"He showed us a photo of a {WORD} from his sister in Perth.",
        attendance={someone: AttendanceStatus.PRESENT},
        again=True,  # the demo may have a meeting today already
    )
    bundles = sync_service.export(vault)
    return bundles[0].data, meeting.uuid


def test_the_gui_reads_while_an_import_writes_and_never_sees_its_uncommitted_rows(
    qtbot: QtBot,
    demo_volunteer_vault: Vault,
    demo_office_vault: Vault,
    runner: TaskRunner,
    circle_code: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office = demo_office_vault
    # The office already holds the volunteer's earlier weeks (committed, readable).
    first = importer.import_bundle(office, sync_service.export(demo_volunteer_vault)[0].data)
    assert first.state is importer.State.READY
    data, meeting_uuid = volunteer_bundle(demo_volunteer_vault, circle_code)
    meetings_before = store.count(office.conn, Meeting)
    held, release = threading.Event(), threading.Event()
    seen_by_the_import: list[bool] = []

    def hold_before_commit(step: str) -> None:
        if step != "transaction.commit" or threading.current_thread() is threading.main_thread():
            return
        if held.is_set():
            return
        # The import's own connection sees its rows: they are written, not yet committed.
        seen_by_the_import.append(store.get(office.conn, Meeting, meeting_uuid) is not None)
        if not seen_by_the_import[-1]:
            return  # an earlier, smaller transaction: wait for the one that applies the bundle
        held.set()
        assert release.wait(60), "the test never let the import commit"

    monkeypatch.setattr(crashpoints, "hook", hold_before_commit)

    search = SearchPage(office, runner=runner)
    history = HistoryPage(office, runner=runner, circle_code=circle_code)
    for page in (search, history):
        qtbot.addWidget(page)
        page.show()
    results: list[Any] = []

    def import_it(_task: TaskContext) -> importer.ImportResult:
        return importer.import_bundle(office, data)

    task = runner.run(import_it, owner=search, on_success=results.append)
    qtbot.waitUntil(lambda: held.is_set() or bool(results), timeout=30_000)
    assert held.is_set(), (results, seen_by_the_import)
    try:
        assert runner.busy and task.running

        # Search: the word is only in the uncommitted meeting.
        search.box.setText(WORD)
        search.run_search()
        assert search.model.rowCount() == 0
        assert search.status.text() == "Nothing found. Try another word."

        # History: read while the import holds its transaction; the new meeting is not there.
        history.refresh()
        assert history.model.total() > 0
        qtbot.waitUntil(lambda: history.model.rowCount() > 0, timeout=5000)
        uuids = {history.model.entry(row).record.uuid for row in range(history.model.rowCount())}
        assert meeting_uuid not in uuids
        # Open a record from it.
        view = history.open_record(history.model.index(0, 0))
        assert isinstance(view, RecordView) and view.isVisible()
        assert view.text()
        view.reject()

        assert store.count(office.conn, Meeting) == meetings_before
        assert store.get(office.conn, Meeting, meeting_uuid) is None
    finally:
        release.set()

    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert results[0].state is importer.State.READY
    assert seen_by_the_import and seen_by_the_import[-1]
    # Committed: the same reads now find it.
    search.run_search()
    assert search.model.rowCount() == 1
    history.refresh()
    qtbot.waitUntil(
        lambda: (
            meeting_uuid
            in {history.model.entry(r).record.uuid for r in range(history.model.rowCount())}
        ),
        timeout=5000,
    )
    assert store.count(office.conn, Meeting) == meetings_before + 1


def test_a_gui_write_while_a_background_task_holds_the_write_lock_says_so_and_keeps_the_text(
    qtbot: QtBot,
    demo_volunteer_vault: Vault,
    runner: TaskRunner,
    circle_code: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The vault's one rule for two writers: the GUI's Save waits for the background
    transaction, then says so plainly; nothing is stored twice or lost, and Save works after."""
    from tests.ui.volunteer.test_meeting_editor import MINUTES, fill_a_meeting, open_editor
    from tests.ui.volunteer.volunteer_kit import click

    held, release = threading.Event(), threading.Event()

    def hold_before_commit(step: str) -> None:
        if step != "transaction.commit" or threading.current_thread() is threading.main_thread():
            return
        if not held.is_set():
            held.set()
            assert release.wait(60), "the test never let the export commit"

    monkeypatch.setattr(crashpoints, "hook", hold_before_commit)
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code, runner=runner)
    fill_a_meeting(qtbot, editor)
    before = store.count(demo_volunteer_vault.conn, Meeting)
    results: list[Any] = []

    def export_it(_task: TaskContext) -> object:
        return sync_service.export(demo_volunteer_vault)

    runner.run(export_it, owner=editor, on_success=results.append)
    qtbot.waitUntil(held.is_set, timeout=30_000)
    try:
        click(qtbot, editor.save_button)
        assert editor.autosave_status.text() == (
            "CirclesDesk is still saving an import or export to the vault. Nothing was lost: "
            "wait until it has finished, then try again."
        )
        assert editor.minutes.toPlainText() == MINUTES
        assert store.count(demo_volunteer_vault.conn, Meeting) == before
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    click(qtbot, editor.save_button)
    assert editor.autosave_status.text().endswith("the next time you send.")
    assert store.count(demo_volunteer_vault.conn, Meeting) == before + 1
    assert editor.minutes.toPlainText() == ""
