"""A coordinator's morning from the demo organisation, through the real main window.

The demo (``services.demo.build_demo``: an office and five volunteers' laptops, enrolled both
ways, weeks of synthetic meetings) is built once with the fast KDF and copied per test. Each
volunteer then sends what a real laptop would: one raises an urgent concern, one sends a bundle
the office already imported last week, one sends from a laptop the office has revoked, one sends
a second bundle after a receipt the office no longer holds (its vault was restored from a
backup), and a stranger's and a damaged file arrive too. The coordinator works through it all in
the office's window; the urgent concern's volunteer then opens the reply on her own laptop.
Every step asserts what the screen shows and what the vaults store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import ResponseAction, Role
from circlesdesk.domain.records import ConcernResponse, Meeting
from circlesdesk.services import circles, demo, meetings
from circlesdesk.services import sync as sync_service
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.sync.keys import DeviceIdentity
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.main_window import MainWindow, PageContext
from circlesdesk.ui.office import CONCERNS, INBOX, ConcernQueuePage, InboxPage
from circlesdesk.ui.office.concerns import QueueModel
from circlesdesk.ui.office.inbox import InboxModel
from circlesdesk.ui.pages import default_pages
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer import HISTORY, SYNC, HistoryPage, SyncPage
from circlesdesk.ui.volunteer.history import TimelineModel
from circlesdesk.vault import registry, store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org, forge, meeting_line
from tests.ui.volunteer.volunteer_kit import click
from tests.vault_kit import FAST_KDF, PASSPHRASE, flip_bytes

URGENT = "He said he has been waiting outside the primary school at home time."
RESPONSE = "Thank you for phoning at once. I have told his offender manager."
AGENCY = "Police (public protection unit)"
BASIS = "Possible breach of licence condition 4: contact with children."
# Who plays which part, by the order of the demo's volunteer folders.
PARTS = ("urgent", "late", "copied", "revoked", "routine")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A small demo organisation (3 circles × 2 volunteers × 4 weeks), every vault locked.

    Keyed ``office`` and by the parts in :data:`PARTS`.
    """
    built = demo.build_demo(
        tmp_path_factory.mktemp("demo") / "org",
        passphrase=PASSPHRASE,
        circles=3,
        volunteers_per_circle=2,
        weeks=4,
        kdf=FAST_KDF,
    )
    folders = sorted(built.volunteers.values())
    assert len(folders) == len(PARTS), "the demo's seed no longer makes five volunteers"
    return {"office": built.office, **dict(zip(PARTS, folders, strict=True))}


@pytest.fixture
def org(tmp_path: Path, demo_template: dict[str, Path]) -> Iterator[Org]:
    """This test's own copy of the demo; every vault it opened is locked afterwards."""
    copy = Org.copied(demo_template, tmp_path / "org")
    try:
        yield copy
    finally:
        copy.close_all()


def circle_code(org: Org, part: str) -> str:
    """The first circle (by code) a volunteer's laptop holds."""
    return circles.list_circles(org.vault(part))[0].code


def own_meetings(vault: Vault, device_id: str) -> int:
    return len(store.find(vault.conn, Meeting, origin=device_id))


def save(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.fixture
def monday(org: Org, tmp_path: Path) -> dict[str, Path]:
    """The folder the coordinator finds on Monday morning, and how it came to be."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    files: dict[str, Path] = {}

    # Friday: the office backs its vault up; then "late" sends bundle 1, the office imports it
    # and replies, and "late" opens the reply (so her laptop holds a receipt for bundle 1).
    backup = org.backup("office", tmp_path / "office-backup")
    first = save(tmp_path, "late-1.cdb", org.send("late"))
    sync_service.import_file(org.office, first)
    sync_service.import_file(org.vault("late"), save(tmp_path, "to-late.cdb", org.reply("late")))
    # The weekend: the office's disk fails; its vault comes back from Friday's backup, which
    # knows nothing of bundle 1. "late" writes more and sends bundle 2.
    org.restore("office", backup)
    meetings.record_meeting(
        org.vault("late"),
        circle_code=circle_code(org, "late"),
        held_on=dt.date.today().isoformat(),
        minutes="A quiet meeting about the allotment.",
    )
    files["late"] = save(inbox, "late-2.cdb", org.send("late"))

    # Last week: "copied" sent bundle 1 and the office imported it; she sends it again today,
    # and the same file also sits in the folder under a second name.
    files["copied"] = save(inbox, "copied-1.cdb", org.send("copied"))
    files["copied again"] = save(inbox, "copied-1 (1).cdb", files["copied"].read_bytes())
    sync_service.import_file(org.office, files["copied"])

    # A laptop reported lost: the office revoked it before it ever sent anything.
    sync_service.revoke(org.office, org.device_id("revoked"), after_seq=0)
    files["revoked"] = save(inbox, "revoked-1.cdb", org.send("revoked"))

    # Sunday night: a level 3 concern, phoned through and recorded.
    meetings.record_meeting(
        org.vault("urgent"),
        circle_code=circle_code(org, "urgent"),
        held_on=dt.date.today().isoformat(),
        minutes="He was restless and kept checking the time.",
        concerns=[
            ConcernInput(
                level=3,
                category="children",
                description=URGENT,
                coordinator_phoned_at="2026-01-05T19:45:00+00:00",
            )
        ],
    )
    files["urgent"] = save(inbox, "urgent-1.cdb", org.send("urgent"))
    files["routine"] = save(inbox, "routine-1.cdb", org.send("routine"))

    # A stranger's device, and a real bundle damaged on the USB stick.
    stranger = DeviceIdentity.generate()
    circle = circles.find_circle(org.office, circle_code(org, "urgent"))
    files["forged"] = save(
        inbox,
        "forged.cdb",
        forge(stranger, org.office_key(), lines=[meeting_line(stranger.device_id, circle.uuid)]),
    )
    files["damaged"] = save(inbox, "damaged.cdb", files["routine"].read_bytes())
    flip_bytes(files["damaged"], offset=len(files["routine"].read_bytes()) // 2)
    return files


# -- driving the windows ---------------------------------------------------------------------


def open_window(qtbot: QtBot, vault: Vault, runner: TaskRunner, role: Role) -> MainWindow:
    """The main window with the role's pages, as the session opens it after unlocking."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_pages(default_pages(role))
    window.start_session(
        PageContext(
            vault=vault, runner=runner, clipboard=ClipboardGuard(parent=window), window=window
        ),
        owner="test",
    )
    with qtbot.waitExposed(window):
        window.show()
    return window


def go(qtbot: QtBot, window: MainWindow, key: str) -> object:
    """Click a page's entry in the navigation list; the page shown."""
    item = window.navigation.item(window.page_keys().index(key))
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == key
    return window.page(key)


def shown(page: InboxPage) -> dict[str, tuple[str, str]]:
    """File name → (state, reason) as each row of the inbox reads."""
    model = page.model
    return {
        model.index(row, InboxModel.FILE).data(): (
            model.index(row, InboxModel.STATE).data(),
            model.index(row, InboxModel.REASON).data(),
        )
        for row in range(model.rowCount())
    }


def received(org: Org) -> set[tuple[str, int, str]]:
    """(part, sequence, state) of every bundle in the office's inbound log."""
    parts = {org.device_id(part): part for part in PARTS}
    return {(parts.get(b.sender, "?"), b.seq, b.state) for b in registry.received(org.office.conn)}


@pytest.fixture
def window(qtbot: QtBot, org: Org, runner: TaskRunner) -> Iterator[MainWindow]:
    """The office's main window on the demo's office vault."""
    main = open_window(qtbot, org.office, runner, Role.OFFICE)
    yield main
    main.clear_pages()
    main.hide()  # the main window ignores a close (it asks the session to quit)


# -- the morning -----------------------------------------------------------------------------


def test_a_coordinators_morning(
    qtbot: QtBot,
    org: Org,
    runner: TaskRunner,
    monday: dict[str, Path],
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office = org.office
    assert received(org) == {("copied", 1, "applied")}  # last week's import only
    devices = {part: org.device_id(part) for part in PARTS}

    # The inbox: the whole folder, then one of its files picked again (listed once).
    inbox = go(qtbot, window, INBOX)
    assert isinstance(inbox, InboxPage)
    changes = office.conn.total_changes
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(monday["urgent"].parent)
    )
    click(qtbot, inbox.add_folder_button)
    qtbot.waitUntil(lambda: not inbox.busy, timeout=10_000)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(monday["copied"]), "")
    )
    click(qtbot, inbox.add_file_button)
    qtbot.waitUntil(lambda: not inbox.busy, timeout=10_000)

    rows = shown(inbox)
    assert inbox.model.rowCount() == len(monday) == 8
    assert rows["urgent-1.cdb"] == ("Ready", "Ready to import.")
    assert rows["routine-1.cdb"] == ("Ready", "Ready to import.")
    assert rows["copied-1.cdb"] == ("Already imported", "Already imported; nothing to do.")
    assert rows["copied-1 (1).cdb"] == rows["copied-1.cdb"]
    assert rows["late-2.cdb"] == (
        "Waiting for an earlier bundle",
        "Waiting for an earlier bundle from the same device. Ask the volunteer for it.",
    )
    assert rows["revoked-1.cdb"] == (
        "Revoked device",
        "Sent by a device that has been revoked. It will not be imported.",
    )
    assert rows["forged.cdb"][0] == "Invalid"
    assert rows["forged.cdb"][1].startswith("This bundle comes from a device this vault does not")
    assert rows["damaged.cdb"][0] == "Invalid"
    assert rows["damaged.cdb"][1] and rows["damaged.cdb"][1] != rows["forged.cdb"][1]
    row = [inbox.model.row(r).path.name for r in range(8)].index("urgent-1.cdb")
    urgent_vault = org.vault("urgent")
    assert inbox.model.index(row, InboxModel.SENDER).data() == urgent_vault.info.name
    assert inbox.model.index(row, InboxModel.SEQUENCE).data() == "1"
    assert inbox.status.text() == "8 files, 2 ready to import."
    assert office.conn.total_changes == changes  # checking wrote nothing

    # Import all ready: only the two ready bundles are applied.
    with qtbot.waitSignal(inbox.imported, timeout=20_000):
        click(qtbot, inbox.import_button)
    qtbot.waitUntil(lambda: not inbox.busy, timeout=10_000)
    assert received(org) == {
        ("copied", 1, "applied"),
        ("urgent", 1, "applied"),
        ("routine", 1, "applied"),
    }
    for part in ("urgent", "routine", "copied"):
        assert own_meetings(office, devices[part]) == own_meetings(
            org.vault(part), devices[part]
        ), part
    for part in ("late", "revoked"):
        assert own_meetings(office, devices[part]) == 0, part
    assert org.peer("office", "late").last_seq_in == 0
    rows = shown(inbox)
    # Imported in this session: said as such, not as "already imported; nothing to do".
    assert (
        rows["urgent-1.cdb"]
        == rows["routine-1.cdb"]
        == (
            "Imported just now",
            "Imported just now.",
        )
    )
    assert rows["copied-1.cdb"][0] == "Already imported"  # it was, before today
    assert rows["late-2.cdb"][0] == "Waiting for an earlier bundle"
    assert rows["revoked-1.cdb"][0] == "Revoked device"
    assert inbox.alert.text().endswith("1 urgent concern to look at now.")
    assert inbox.alert.text().startswith("Imported 2 bundles. New: ")
    assert inbox.attention.item(0).text().startswith("Urgent · ")

    # The concern queue: the urgent concern first, though it is the newest.
    click(qtbot, inbox.concerns_button)
    assert window.current_key() == CONCERNS
    queue = window.page(CONCERNS)
    assert isinstance(queue, ConcernQueuePage)
    entries = queue.model.rows()
    assert len(entries) >= 2, "the demo's own concerns should be in the queue too"
    assert queue.model.index(0, QueueModel.URGENCY).data() == "3 · Urgent"
    assert queue.model.index(0, QueueModel.CONCERN).data() == URGENT
    assert queue.model.index(0, QueueModel.VOLUNTEER).data() == urgent_vault.info.name
    assert queue.model.index(0, QueueModel.DUE).data() == "Overdue"
    assert [e.concern.level for e in entries] == sorted(
        (e.concern.level for e in entries), reverse=True
    )
    urgent = entries[0].concern
    assert all(e.concern.raised_at < urgent.raised_at for e in entries[1:])
    assert queue.current() is queue.model.row(0)
    assert URGENT in queue.details.text()
    assert queue.status.text() == f"{len(entries)} open concerns."

    # Respond, then escalate, through the dialogs.
    click(qtbot, queue.respond_button)
    assert queue.dialog is not None
    qtbot.keyClicks(queue.dialog.text, RESPONSE)
    click(qtbot, queue.dialog.ok_button)
    qtbot.waitUntil(lambda: queue.dialog is None)
    click(qtbot, queue.escalate_button)
    dialog = queue.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.agency, AGENCY)
    qtbot.keyClicks(dialog.basis, BASIS)
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: queue.dialog is None)
    stored = store.find(office.conn, ConcernResponse, concern_uuid=urgent.uuid)
    said = {r.action: (r.text or r.agency, r.basis) for r in stored}
    assert said == {
        ResponseAction.RESPOND.value: (RESPONSE, None),
        ResponseAction.ESCALATE.value: (AGENCY, BASIS),
    }
    assert all(r.origin == office.info.device_id for r in stored)
    assert queue.model.row(0).concern.uuid == urgent.uuid
    assert queue.model.index(0, QueueModel.DUE).data() == "Answered"
    assert AGENCY in queue.details.text() and RESPONSE in queue.details.text()

    # Write the replies: one for each device that is not revoked.
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(outbox))
    click(qtbot, queue.replies_button)
    qtbot.waitUntil(lambda: queue.task is None, timeout=20_000)
    written = sorted(outbox.iterdir())
    assert len(written) == len(PARTS) - 1
    assert not any(devices["revoked"][:8] in p.name for p in written)
    assert queue.alert.text().startswith(f"Wrote 4 reply bundles in {outbox}:")
    [reply] = [p for p in written if devices["urgent"][:8] in p.name]

    # On the volunteer's laptop: open the reply, then the circle's history shows the answer.
    volunteer = open_window(qtbot, urgent_vault, runner, Role.VOLUNTEER)
    try:
        sync = go(qtbot, volunteer, SYNC)
        assert isinstance(sync, SyncPage)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(reply), ""))
        with qtbot.waitSignal(sync.synced, timeout=10_000):
            click(qtbot, sync.open_button)
        qtbot.waitUntil(lambda: not sync.busy, timeout=10_000)
        held = store.find(urgent_vault.conn, ConcernResponse, concern_uuid=urgent.uuid)
        assert {r.uuid for r in held} == {r.uuid for r in stored}

        history = go(qtbot, volunteer, HISTORY)
        assert isinstance(history, HistoryPage)
        history.show_circle(circle_code(org, "urgent"))
        [row] = [
            r
            for r in range(history.model.rowCount())
            if history.model.entry(r).record.uuid == urgent.uuid
        ]
        office_said = history.model.index(row, TimelineModel.OFFICE).data()
        assert office_said != "No response yet"
        view = history.open_record(history.model.index(row, TimelineModel.DATE))
        assert view is not None
        assert URGENT in view.text() and RESPONSE in view.text()
        view.close()
    finally:
        volunteer.clear_pages()
        volunteer.hide()
