"""The sync page: send to the office, open its reply, stop, and keep off the vault meanwhile."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import ResponseAction, Role
from circlesdesk.domain.records import Concern, ConcernResponse, new_record_id, utc_now
from circlesdesk.services import circles, drafts, setup, timeline
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import trust
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer.meeting_editor import MeetingEditor
from circlesdesk.ui.volunteer.sync_page import SyncPage
from circlesdesk.vault import database, store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import table_snapshot
from tests.ui.volunteer.volunteer_kit import FAST_KDF, PASSPHRASE, click

pytestmark = pytest.mark.gui

RESPONSE = "Thanks for phoning. I have told his offender manager."


@pytest.fixture
def usb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder the volunteer chooses when asked where to save (a USB stick)."""
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kw: str(folder))
    return folder


def open_page(qtbot: QtBot, vault: Vault, runner: TaskRunner) -> SyncPage:
    page = SyncPage(vault, runner=runner)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    return page


def send(qtbot: QtBot, page: SyncPage) -> None:
    with qtbot.waitSignal(page.busy_changed) as started:
        click(qtbot, page.send_button)
    assert started.args == [True]
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def test_send_writes_the_file_in_the_chosen_folder(
    qtbot: QtBot, demo_volunteer_vault: Vault, runner: TaskRunner, usb: Path
) -> None:
    page = open_page(qtbot, demo_volunteer_vault, runner)
    assert page.office_name.text() == "Demo Circles Office"
    assert page.last_sent.text() == "None yet"
    assert page.unsynced.text().startswith("2 meetings, 6 attendance records")
    send(qtbot, page)
    [written] = usb.iterdir()
    assert written.suffix == ".cdb"
    assert written.name.startswith(demo_volunteer_vault.info.device_id[:8])
    assert page.alert.is_error is False
    message = page.alert.text()
    assert written.name in message
    assert "2 meetings, 6 attendance records, 4 hours records" in message
    assert page.last_sent.text() == "No. 1"
    assert page.body.isEnabled()
    assert not page.progress_row.isVisible()


def test_the_office_reply_brings_the_receipt_and_responses(
    qtbot: QtBot,
    demo_volunteer_vault: Vault,
    demo_office_vault: Vault,
    runner: TaskRunner,
    usb: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from circlesdesk.services import meetings
    from circlesdesk.services.meetings import ConcernInput

    code = circles.list_circles(demo_volunteer_vault)[0].code
    meetings.record_meeting(
        demo_volunteer_vault,
        circle_code=code,
        # Today: the volunteer's laptop may write only on days it is assigned to the circle
        # (the demo enrolled it a few weeks ago), or the office holds the bundle as out of scope.
        held_on=dt.date.today().isoformat(),
        minutes="He talked about moving.",
        concerns=[ConcernInput(level=2, category="stability", description="May lose his flat.")],
    )
    page = open_page(qtbot, demo_volunteer_vault, runner)
    send(qtbot, page)
    [bundle] = usb.iterdir()

    # At the office: import, respond to the concern, write the reply.
    sync_service.import_file(demo_office_vault, bundle)
    [concern] = store.find(
        demo_office_vault.conn, Concern, origin=demo_volunteer_vault.info.device_id
    )
    with database.transaction(demo_office_vault.conn):
        store.save(
            demo_office_vault.conn,
            ConcernResponse(
                uuid=new_record_id(),
                origin=demo_office_vault.info.device_id,
                concern_uuid=concern.uuid,
                action=ResponseAction.RESPOND.value,
                responded_at=utc_now(),
                text=RESPONSE,
            ),
        )
    [reply] = sync_service.export(demo_office_vault, to=demo_volunteer_vault.info.device_id)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    [reply_path] = sync_service.write_bundles([reply], out=None, out_dir=inbox)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(reply_path), ""))

    with qtbot.waitSignal(page.synced, timeout=10_000):
        click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: not page.busy)
    assert not page.alert.is_error
    assert page.alert.text().startswith("The file from the office is in:")
    assert page.last_receipt.text() == "No. 1"
    assert page.unsynced.text() == "Nothing: the office has everything."
    entry = next(
        e
        for e in timeline.circle_timeline(demo_volunteer_vault, concern.circle_uuid)
        if e.record.uuid == concern.uuid
    )
    assert [r.text for r in entry.responses] == [RESPONSE]

    # The same file again: nothing new, said calmly.
    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: not page.busy)
    assert page.alert.text() == "This file was opened before. There is nothing new in it."


def test_a_file_that_is_not_a_bundle_is_explained(
    qtbot: QtBot,
    demo_volunteer_vault: Vault,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wrong = tmp_path / "holiday-photo.cdb"
    wrong.write_bytes(b"\xff\xd8\xff\xe0 not a bundle at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(wrong), ""))
    page = open_page(qtbot, demo_volunteer_vault, runner)
    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert page.alert.is_error
    assert page.alert.text().startswith("This file is not a CirclesDesk bundle.")
    assert page.body.isEnabled()


def test_stop_while_sending_saves_no_file_and_keeps_others_off_the_vault(
    qtbot: QtBot,
    demo_volunteer_vault: Vault,
    runner: TaskRunner,
    usb: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, release = threading.Event(), threading.Event()
    real_export = sync_service.export

    def slow_export(demo_volunteer_vault: Vault, **options: object) -> object:
        started.set()
        release.wait(10)
        return real_export(demo_volunteer_vault, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(sync_service, "export", slow_export)
    editor = MeetingEditor(demo_volunteer_vault, runner=runner)
    qtbot.addWidget(editor)
    page = open_page(qtbot, demo_volunteer_vault, runner)
    click(qtbot, page.send_button)
    qtbot.waitUntil(started.is_set)
    assert page.busy
    assert not page.body.isEnabled()
    assert page.progress_row.isVisible()
    assert page.progress_label.text() == "Making the file for the office…"

    # Meanwhile the volunteer types in the editor: the draft waits for the vault.
    qtbot.keyClicks(editor.minutes, "Typed while sending")
    assert editor.flush() is False
    assert editor.is_dirty()

    click(qtbot, page.stop_button)
    assert page.progress_label.text() == "Stopping…"
    release.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert list(usb.iterdir()) == []
    assert page.alert.text().startswith("Stopped. No file was saved")
    assert page.body.isEnabled()
    # Once the vault is free the draft is kept.
    editor.autosave.setInterval(50)
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=5000)
    [draft] = drafts.open_drafts(demo_volunteer_vault)
    assert draft.fields["minutes"] == "Typed while sending"


@pytest.fixture
def new_laptop(tmp_path: Path, demo_office_vault: Vault) -> Iterator[tuple[Vault, Path, str]]:
    """A volunteer's laptop the office has enrolled but not yet welcomed (unlocked), the
    welcome file, and the office fingerprint the coordinator reads out."""
    created, _code = setup.create_vault(
        tmp_path / "new-laptop",
        role=Role.VOLUNTEER,
        name="Carol Reyes",
        passphrase=PASSPHRASE,
        kdf=FAST_KDF,
    )
    request, _ = sync_service.enrollment_request(created)
    enrolled = sync_service.enroll(demo_office_vault, request)
    welcome = sync_service.write_file(enrolled.welcome.data, out=tmp_path / "welcome.cdb")
    try:
        yield created, welcome, enrolled.office_fingerprint
    finally:
        created.lock()


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(path), ""))


def test_a_welcome_shows_the_office_fingerprint_and_nothing_is_trusted_until_confirmed(
    qtbot: QtBot,
    new_laptop: tuple[Vault, Path, str],
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop, welcome, fingerprint = new_laptop
    page = open_page(qtbot, laptop, runner)
    before = table_snapshot(laptop)
    choose_file(monkeypatch, welcome)

    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: not page.busy and page.welcome_box.isVisible(), timeout=10_000)

    assert page.welcome_fingerprint.fingerprint == fingerprint
    assert "Do these numbers match the office's?" in page.welcome_question.text()
    assert trust.office(laptop) is None
    assert table_snapshot(laptop) == before

    click(qtbot, page.differ_button)  # the numbers differ: cancel

    assert not page.welcome_box.isVisible()
    assert page.alert.is_error and "Nothing was imported" in page.alert.text()
    assert trust.office(laptop) is None
    assert table_snapshot(laptop) == before
    assert page.office_name.text() == "Not set up yet"


def test_a_confirmed_welcome_is_imported_and_the_office_trusted(
    qtbot: QtBot,
    new_laptop: tuple[Vault, Path, str],
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop, welcome, fingerprint = new_laptop
    page = open_page(qtbot, laptop, runner)
    choose_file(monkeypatch, welcome)
    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: page.welcome_box.isVisible(), timeout=10_000)

    with qtbot.waitSignal(page.synced, timeout=10_000):
        click(qtbot, page.match_button)
    qtbot.waitUntil(lambda: not page.busy)

    office = trust.office(laptop)
    assert office is not None and page.office_name.text() == office.name
    assert page.fingerprint.text() == fingerprint
    assert not page.alert.is_error
