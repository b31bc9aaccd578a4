"""The coordinator's morning through the real office pages: inbox, import, queue, replies.

Bundles are made by the real services on real vaults; file dialogs are replaced where the user
would pick a file or a folder. Every test asserts what is stored and what the screen shows.
"""

from __future__ import annotations

import datetime as dt
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import ResponseAction, Role
from circlesdesk.domain.records import ConcernResponse, Meeting
from circlesdesk.services import circles, timeline
from circlesdesk.services import sync as sync_service
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.sync import importer
from circlesdesk.sync.keys import DeviceIdentity
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.main_window import MainWindow, PageContext
from circlesdesk.ui.office import CONCERNS, INBOX, ConcernQueuePage, InboxPage
from circlesdesk.ui.office.common import CLOCK_COLOURS
from circlesdesk.ui.office.concerns import QueueModel
from circlesdesk.ui.office.inbox import InboxModel
from circlesdesk.ui.pages import default_pages
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer import HistoryPage, SyncPage
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org, forge, meeting_line
from tests.ui.office.office_kit import on_screen
from tests.ui.volunteer.volunteer_kit import click

pytestmark = pytest.mark.gui

URGENT = "He said he went to the school gates."
WATCH = "Seemed low; spends evenings alone."


def save(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def raise_concern(org: Org, name: str, level: int, text: str) -> None:
    phoned = "2026-01-05T19:45:00+00:00" if level >= 3 else None  # levels 3-4 phone first
    concern = ConcernInput(
        level=level, category="children", description=text, coordinator_phoned_at=phoned
    )
    org.meeting(name, concerns=[concern])


def open_inbox(qtbot: QtBot, org: Org, runner: TaskRunner) -> InboxPage:
    return on_screen(qtbot, InboxPage(org.office, runner=runner))


def open_queue(qtbot: QtBot, org: Org, runner: TaskRunner) -> ConcernQueuePage:
    return on_screen(qtbot, ConcernQueuePage(org.office, runner=runner))


def settle(qtbot: QtBot, page: InboxPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def shown(page: InboxPage) -> list[tuple[str, str, str]]:
    """(file, state, reason) as each row of the inbox reads."""
    model = page.model
    return [
        (
            model.index(row, InboxModel.FILE).data(),
            model.index(row, InboxModel.STATE).data(),
            model.index(row, InboxModel.REASON).data(),
        )
        for row in range(model.rowCount())
    ]


@pytest.fixture
def morning(org: Org, inbox: Path) -> dict[str, Path]:
    """Monday's folder: Alice's urgent concern, Ben's watch, a copy, a forgery, a revoked one."""
    raise_concern(org, "alice", 3, URGENT)
    files = {"alice": save(inbox, "alice-1.cdb", org.send("alice"))}
    raise_concern(org, "ben", 1, WATCH)
    files["ben"] = save(inbox, "ben-1.cdb", org.send("ben"))
    stranger = DeviceIdentity.generate()
    files["forged"] = save(
        inbox,
        "forged.cdb",
        forge(
            stranger,
            org.office_key(),
            lines=[meeting_line(stranger.device_id, org.circle().uuid)],
        ),
    )
    files["waiting"] = save(
        inbox,
        "alice-3.cdb",
        forge(
            org.identity("alice"),
            org.office_key(),
            lines=[meeting_line(org.device_id("alice"), org.circle().uuid)],
            sequence=3,
            previous="00" * 32,
            last_receipt_seen=2,
        ),
    )
    return files


def test_the_inbox_shows_each_state_with_its_plain_reason(
    qtbot: QtBot, org: Org, runner: TaskRunner, morning: dict[str, Path], inbox: Path
) -> None:
    old = save(inbox, "old-copy.cdb", morning["ben"].read_bytes())
    sync_service.import_file(org.office, old)  # the copy was imported last week
    sync_service.revoke(org.office, org.device_id("ben"), after_seq=1)
    org.meeting("ben", minutes="After the laptop was reported lost.")
    save(inbox, "ben-2.cdb", org.send("ben"))
    page = open_inbox(qtbot, org, runner)
    assert page.status.text() == "No files added yet."
    assert not page.import_button.isEnabled()
    changes = org.office.conn.total_changes

    page.add_paths([inbox])
    settle(qtbot, page)

    assert org.office.conn.total_changes == changes
    rows = {name: (state, reason) for name, state, reason in shown(page)}
    assert rows["alice-1.cdb"] == ("Ready", "Ready to import.")
    assert rows["ben-1.cdb"][0] == "Already imported"
    assert rows["old-copy.cdb"][0] == "Already imported"
    assert rows["ben-2.cdb"] == (
        "Revoked device",
        "Sent by a device that has been revoked. It will not be imported.",
    )
    assert rows["alice-3.cdb"][0] == "Waiting for an earlier bundle"
    assert rows["forged.cdb"][0] == "Invalid"
    assert rows["forged.cdb"][1].startswith("This bundle comes from a device this vault does not")
    row = [r[0] for r in shown(page)].index("alice-1.cdb")
    assert page.model.index(row, InboxModel.SENDER).data() == "Alice Marsh"
    assert page.model.index(row, InboxModel.SEQUENCE).data() == "1"
    assert page.model.index(row, InboxModel.RECORDS).data() == "1 meeting, 1 concern"
    assert page.status.text() == "6 files, 1 ready to import."
    assert page.import_button.isEnabled()


def test_files_dropped_on_the_page_are_checked(
    qtbot: QtBot, org: Org, runner: TaskRunner, morning: dict[str, Path]
) -> None:
    page = open_inbox(qtbot, org, runner)
    mime = QMimeData()
    mime.setUrls(
        [QUrl.fromLocalFile(str(morning["alice"])), QUrl.fromLocalFile(str(morning["forged"]))]
    )
    with warnings.catch_warnings():  # PySide6 marks the QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, drop)
    settle(qtbot, page)
    assert [(f, s) for f, s, _ in shown(page)] == [
        ("alice-1.cdb", "Ready"),
        ("forged.cdb", "Invalid"),
    ]


def test_a_file_picked_is_added_to_the_list(
    qtbot: QtBot,
    org: Org,
    runner: TaskRunner,
    morning: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_inbox(qtbot, org, runner)
    for name in ("ben", "alice", "ben"):
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *_a, n=name, **_k: (str(morning[n]), "")
        )
        click(qtbot, page.add_file_button)
        settle(qtbot, page)
    assert [f for f, _, _ in shown(page)] == ["ben-1.cdb", "alice-1.cdb"]


def test_import_all_puts_the_urgent_concern_first_in_the_queue(
    qtbot: QtBot, org: Org, runner: TaskRunner, morning: dict[str, Path], inbox: Path
) -> None:
    page = open_inbox(qtbot, org, runner)
    page.add_paths([inbox])
    settle(qtbot, page)

    with qtbot.waitSignal(page.imported, timeout=10_000) as imported:
        click(qtbot, page.import_button)
    settle(qtbot, page)

    summary = imported.args[0]
    assert [e.concern.description for e in summary.urgent] == [URGENT]
    assert page.alert.text() == (
        "Imported 2 bundles. New: 2 meetings, 2 concerns. 1 urgent concern to look at now."
    )
    assert not page.alert.is_error
    assert page.attention.count() == 2
    assert page.attention.item(0).text().startswith("Urgent · SW-014 · from Alice Marsh:")
    assert page.attention.item(1).text().startswith("Watch · SW-014 · from Ben Okafor:")
    assert page.concerns_button.isVisible()
    rows = {name: state for name, state, _ in shown(page)}
    assert rows["alice-1.cdb"] == rows["ben-1.cdb"] == "Imported just now"
    assert rows["alice-3.cdb"] == "Waiting for an earlier bundle"
    assert org.peer("office", "alice").last_seq_in == 1

    queue = open_queue(qtbot, org, runner)
    first = queue.model.index(0, QueueModel.URGENCY)
    assert first.data() == "3 · Urgent"
    assert queue.model.index(0, QueueModel.CONCERN).data() == URGENT
    due = queue.model.index(0, QueueModel.DUE)
    assert due.data() == "Overdue"
    assert due.data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue: due ")
    assert due.data(Qt.ItemDataRole.BackgroundRole) == CLOCK_COLOURS[queue.model.row(0).clock]
    assert queue.model.index(1, QueueModel.CONCERN).data() == WATCH
    assert queue.model.index(1, QueueModel.DUE).data() == "On time"
    assert queue.model.index(1, QueueModel.DUE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert queue.current() is queue.model.row(0)
    assert URGENT in queue.details.text()
    assert "Overdue: due " in queue.details.text()  # when it was due is said in the sentence
    assert queue.status.text() == "2 open concerns."


def test_stop_keeps_what_was_imported(
    qtbot: QtBot,
    org: Org,
    runner: TaskRunner,
    morning: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, release = threading.Event(), threading.Event()
    real_import = importer.import_bundle

    def slow_import(vault: Vault, data: bytes, **options: Any) -> importer.ImportResult:
        started.set()
        release.wait(10)
        return real_import(vault, data, **options)

    page = open_inbox(qtbot, org, runner)
    page.add_paths([morning["alice"], morning["ben"]])
    settle(qtbot, page)
    monkeypatch.setattr(importer, "import_bundle", slow_import)
    click(qtbot, page.import_button)
    qtbot.waitUntil(started.is_set)
    assert page.busy and not page.body.isEnabled() and page.progress_row.isVisible()
    qtbot.waitUntil(lambda: page.progress_row.label.text() == "Importing bundle 1 of 2…")

    click(qtbot, page.progress_row.stop_button)
    assert page.progress_row.label.text() == "Stopping…"
    release.set()
    settle(qtbot, page)

    assert page.body.isEnabled() and not page.progress_row.isVisible()
    assert page.alert.text() == (
        "Imported 1 bundle. New: 1 meeting, 1 concern. 1 urgent concern to look at now. "
        "Stopped: the bundles not yet imported are still ready."
    )
    assert [(f, s) for f, s, _ in shown(page)] == [
        ("alice-1.cdb", "Imported just now"),
        ("ben-1.cdb", "Ready"),
    ]
    assert org.peer("office", "ben").last_seq_in == 0


@pytest.fixture
def imported(org: Org, morning: dict[str, Path]) -> Org:
    for name in ("alice", "ben"):
        sync_service.import_file(org.office, morning[name])
    return org


def test_acknowledge_respond_and_escalate_through_the_dialogs(
    qtbot: QtBot, imported: Org, runner: TaskRunner
) -> None:
    org = imported
    queue = open_queue(qtbot, org, runner)
    urgent = queue.model.row(0).concern
    assert urgent.description == URGENT

    click(qtbot, queue.acknowledge_button)
    assert queue.alert.text().startswith("Acknowledged.")
    assert queue.model.index(0, QueueModel.DUE).data() == "Answered"
    assert queue.model.index(0, QueueModel.OFFICE).data() == "Seen by the coordinator"

    click(qtbot, queue.respond_button)
    dialog = queue.dialog
    assert dialog is not None and dialog.isVisible()
    click(qtbot, dialog.ok_button)  # nothing written yet: the form says so and stays open
    assert dialog.isVisible() and dialog.banner.text() == "Write the response first."
    qtbot.keyClicks(dialog.text, "Thank you for phoning. I have told his probation officer.")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: queue.dialog is None)

    click(qtbot, queue.escalate_button)
    dialog = queue.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.agency, "Police (public protection unit)")
    qtbot.keyClicks(dialog.basis, "Possible breach of licence condition 4: risk to children.")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: queue.dialog is None)

    stored = store.find(org.office.conn, ConcernResponse, concern_uuid=urgent.uuid)
    assert [r.action for r in stored] == ["acknowledge", "respond", "escalate"]
    assert stored[1].text == "Thank you for phoning. I have told his probation officer."
    assert stored[2].agency == "Police (public protection unit)"
    assert stored[2].basis == "Possible breach of licence condition 4: risk to children."
    moment = dt.datetime.fromisoformat(stored[2].responded_at)
    assert abs((dt.datetime.now(dt.UTC) - moment).total_seconds()) < 300
    assert queue.model.row(0).concern.uuid == urgent.uuid
    assert queue.model.index(0, QueueModel.OFFICE).data() == (
        "Seen by the coordinator; The coordinator responded; Passed on by the coordinator"
    )
    assert "Police (public protection unit)" in queue.details.text()

    # Close the watch concern: it leaves the queue.
    queue.view.selectRow(1)
    click(qtbot, queue.close_button)
    dialog = queue.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.outcome, "Talked it through at the next meeting.")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: queue.dialog is None)
    assert queue.model.rowCount() == 1
    assert queue.status.text() == "1 open concern."


def test_replies_reach_the_volunteer_who_sees_the_response(
    qtbot: QtBot,
    imported: Org,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    org = imported
    queue = open_queue(qtbot, org, runner)
    urgent = queue.model.row(0).concern
    click(qtbot, queue.respond_button)
    assert queue.dialog is not None
    qtbot.keyClicks(queue.dialog.text, "I have spoken to his offender manager.")
    click(qtbot, queue.dialog.ok_button)
    qtbot.waitUntil(lambda: queue.dialog is None)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(outbox))

    click(qtbot, queue.replies_button)
    qtbot.waitUntil(lambda: queue.task is None, timeout=10_000)

    written = sorted(outbox.iterdir())
    assert len(written) == 2
    assert queue.alert.text().startswith(f"Wrote 2 reply bundles in {outbox}:")
    [reply] = [p for p in written if org.device_id("alice")[:8] in p.name]

    # On Alice's laptop: open the reply, then the circle's history shows the answer.
    alice = org.alice
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(reply), ""))
    sync = SyncPage(alice, runner=runner)
    qtbot.addWidget(sync)
    with qtbot.waitSignal(sync.synced, timeout=10_000):
        click(qtbot, sync.open_button)
    qtbot.waitUntil(lambda: not sync.busy)
    [entry] = [
        e
        for e in timeline.circle_timeline(alice, org.circle("alice").uuid)
        if e.record.uuid == urgent.uuid
    ]
    assert [(r.action, r.text) for r in entry.responses] == [
        (ResponseAction.RESPOND.value, "I have spoken to his offender manager.")
    ]
    history = HistoryPage(alice, circle_code="SW-014", runner=runner)
    qtbot.addWidget(history)
    texts = [
        history.model.index(row, column).data()
        for row in range(history.model.rowCount())
        for column in range(history.model.columnCount())
    ]
    assert any("I have spoken to his offender manager." in (t or "") for t in texts)


@pytest.fixture
def window(qtbot: QtBot, org: Org, runner: TaskRunner) -> Iterator[MainWindow]:
    main = MainWindow()
    qtbot.addWidget(main)
    main.add_pages(default_pages(Role.OFFICE))
    main.start_session(
        PageContext(
            vault=org.office, runner=runner, clipboard=ClipboardGuard(parent=main), window=main
        ),
        owner="Office",
    )
    with qtbot.waitExposed(main):
        main.show()
    yield main
    main.clear_pages()
    main.hide()  # the main window ignores a close (it asks the session to quit)


def test_the_office_shell_has_its_pages_and_the_inbox_leads_to_the_queue(
    qtbot: QtBot, window: MainWindow, morning: dict[str, Path]
) -> None:
    assert window.page_keys() == [
        INBOX,
        CONCERNS,
        "minutes",
        "conflicts",
        "circles",
        "referrals",
        "devices",
        "reports",
        "disclosures",
        "audit",
        "retention",
        "backups",
        "people",
        "risk-reviews",
        "volunteer-records",
        "settings",
        "history",
        "search",
    ]
    inbox_page = window.page(INBOX)
    assert isinstance(inbox_page, InboxPage)
    inbox_page.add_paths([morning["alice"]])
    settle(qtbot, inbox_page)
    click(qtbot, inbox_page.import_button)
    settle(qtbot, inbox_page)
    click(qtbot, inbox_page.concerns_button)
    assert window.current_key() == CONCERNS
    queue = window.page(CONCERNS)
    assert isinstance(queue, ConcernQueuePage)
    assert queue.model.index(0, QueueModel.CONCERN).data() == URGENT
    # Every control has a name a screen reader can say.
    for page in (inbox_page, queue):
        for button in page.findChildren(type(inbox_page.import_button)):
            assert button.accessibleName(), button.text()


def test_the_inbox_waits_while_another_task_uses_the_vault(
    qtbot: QtBot, org: Org, runner: TaskRunner, morning: dict[str, Path]
) -> None:
    release = threading.Event()
    page = open_inbox(qtbot, org, runner)
    runner.run(lambda _task: release.wait(10), owner=None, name="other")
    page.add_paths([morning["alice"]])
    assert not page.busy
    assert page.alert.text() == "Wait until the import or export has finished."
    assert page.model.rowCount() == 0
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    page.check_files()
    settle(qtbot, page)
    assert [(f, s) for f, s, _ in shown(page)] == [("alice-1.cdb", "Ready")]


def test_a_bundle_outside_its_devices_circles_shows_why_and_imports_nothing(
    qtbot: QtBot, org: Org, runner: TaskRunner, inbox: Path
) -> None:
    other = circles.add_circle(org.office, code="SW-020", core_member="Heron")
    save(
        inbox,
        "alice-1.cdb",
        org.forged("alice", [meeting_line(org.device_id("alice"), other.uuid)]),
    )
    page = open_inbox(qtbot, org, runner)

    page.add_paths([inbox])
    settle(qtbot, page)

    [(name, state, reason)] = shown(page)
    assert (name, state) == ("alice-1.cdb", "Outside its circles")
    assert "is for circle SW-020, which the sending device was not assigned to" in reason
    assert not page.import_button.isEnabled()
    assert store.count(org.office.conn, Meeting) == 0


def test_a_page_that_scrolls_itself_keeps_its_buttons_in_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Office settings scrolls its long form inside the page: at the screenshots' size the page
    fits the window, so Save and Revert stay in view instead of scrolling away with the page."""
    window.resize(1100, 720)
    window.show_page("settings")
    page = window.page("settings")
    assert page is not None
    frame = page.parentWidget().parentWidget()  # the page's scroll area, through its viewport
    qtbot.waitUntil(lambda: page.height() <= frame.height())
    for button in (page.save_button, page.revert_button):
        corner = button.mapTo(frame, QPoint(button.width(), button.height()))
        assert frame.rect().contains(corner), button.text()
