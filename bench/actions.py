"""How many actions the two most common jobs take (issue #13): a count, not a time.

An *action* is a click or a key chord other than typing text (Tab, Enter, Ctrl+S, a dropped
folder); typing words into a field is not counted. The real windows are driven offscreen
(``QT_QPA_PLATFORM=offscreen``) through :class:`Actions`, which counts each action it performs,
and the outcome is checked in the vault, so the count is of a job that was really done:

- *record a typical meeting*: on a volunteer's laptop (the demo organisation: a circle of a core
  member, two volunteers and the coordinator), from Home to a saved meeting with 4 attendees,
  minutes and one level-1 concern. Target: at most 10 actions.
- *a folder of 30 bundles to an ordered concern queue*: at the office, 30 volunteers' bundles in
  one folder, dropped on the inbox, imported, and the concern queue opened, most urgent first.
  Target: at most 3 actions.
"""

from __future__ import annotations

import datetime as dt
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from bench import gui
from bench.fixtures import FAST_KDF, PASSPHRASE
from bench.report import Row, Unit, verdict
from bench.session import Session
from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import Attendance, Concern, Meeting
from circlesdesk.services import circles, demo, meetings
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import exporter
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.crash import CrashReporter
from circlesdesk.ui.main_window import MainWindow, PageContext
from circlesdesk.ui.office.concerns import ConcernQueuePage
from circlesdesk.ui.office.inbox import InboxPage
from circlesdesk.ui.pages import default_pages
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer.home import HomePage
from circlesdesk.ui.volunteer.meeting_editor import MeetingEditor
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault

NAME = "actions"
MEETING_TARGET = 10
QUEUE_TARGET = 3
BUNDLES = 30
ATTENDEES = 4
TODAY = dt.date.today().isoformat()
MINUTES = "We talked about his new job at the garden centre and the bus to get there."
CONCERN = "He has stopped answering the phone at weekends."


class Actions:
    """Performs clicks and key chords on real widgets, and counts them (typing is free)."""

    def __init__(self) -> None:
        self.count = 0
        self.log: list[str] = []

    def click(self, widget: QWidget, what: str) -> None:
        self._did(what)
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        gui.settle()

    def chord(self, widget: QWidget, key: Qt.Key, what: str, modifiers: object = None) -> None:
        self._did(what)
        if modifiers is None:
            QTest.keyClick(widget, key)
        else:
            QTest.keyClick(widget, key, modifiers)  # type: ignore[call-overload]
        gui.settle()

    def drop(self, target: QWidget, folder: Path, what: str) -> None:
        """Drop a folder from the file manager onto a widget."""
        self._did(what)
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(folder))])
        event = QDropEvent(
            QPointF(target.rect().center()),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        target.dropEvent(event)  # what the window system delivers when the folder is let go
        gui.settle()

    @staticmethod
    def type(widget: QWidget, text: str) -> None:
        """Type words (not counted)."""
        QTest.keyClicks(widget, text)
        gui.settle()

    def _did(self, what: str) -> None:
        self.count += 1
        self.log.append(what)


def _window(vault: Vault, runner: TaskRunner, role: Role) -> MainWindow:
    window = MainWindow()
    window.add_pages(default_pages(role))
    context = PageContext(
        vault=vault, runner=runner, clipboard=ClipboardGuard(parent=window), window=window
    )
    window.start_session(context, owner="")
    window.show()
    gui.settle()
    return window


def record_a_meeting(volunteer: Vault, runner: TaskRunner) -> Actions:
    """Home → the circle's "Record a meeting" → a saved meeting, counted."""
    window = _window(volunteer, runner, Role.VOLUNTEER)
    acts = Actions()
    home = window.page("home")
    assert isinstance(home, HomePage)
    before = store.count(volunteer.conn, Meeting)
    acts.click(home.cards[0].record_button, "Record a meeting (the circle's card)")
    editor = window.page("meeting")
    assert isinstance(editor, MeetingEditor)
    acts.type(editor.minutes, MINUTES)  # the cursor is already in the minutes
    acts.click(editor.everyone_present, "Everyone present")
    acts.click(editor.add_concern_button, "Add concern…")
    dialog = editor.concern_dialog
    assert dialog is not None
    acts.click(dialog.level_buttons[1], "Urgency 1")
    acts.chord(dialog.level_buttons[1], Qt.Key.Key_Tab, "Tab to the kind of concern")
    acts.type(dialog.category, "Social rejection")  # typing picks the kind
    acts.chord(dialog.category, Qt.Key.Key_Tab, "Tab to what happened")
    acts.type(dialog.description, CONCERN)
    acts.click(dialog.ok_button, "Add concern")
    acts.click(editor.save_button, "Save meeting")  # or Ctrl+S: one action either way
    # The job was done: one meeting, 4 attendees, the minutes, one level-1 concern.
    assert store.count(volunteer.conn, Meeting) == before + 1, (acts.log, editor.concerns())
    meeting = store.find(volunteer.conn, Meeting, minutes=MINUTES)[0]
    attended = store.find(volunteer.conn, Attendance, meeting_uuid=meeting.uuid)
    assert len(attended) == ATTENDEES, [a.status for a in attended]
    [concern] = store.find(volunteer.conn, Concern, meeting_uuid=meeting.uuid)
    assert (concern.level, concern.category, concern.description) == (
        1,
        "loneliness",
        CONCERN,
    )
    window.clear_pages()
    window.deleteLater()
    return acts


def bundles_to_queue(office: Vault, inbox: Path, runner: TaskRunner) -> tuple[Actions, int]:
    """A folder of bundles dropped on the inbox → imported → the concern queue, counted."""
    window = _window(office, runner, Role.OFFICE)
    acts = Actions()
    window.show_page("inbox")
    page = window.page("inbox")
    assert isinstance(page, InboxPage)
    acts.drop(page, inbox, "Drop the folder on the inbox")
    _wait(lambda: not page.busy)
    acts.click(page.import_button, "Import all ready")
    _wait(lambda: not page.busy)
    acts.click(page.concerns_button, "Open the concern queue")
    queue = window.page("concerns")
    assert isinstance(queue, ConcernQueuePage) and window.current_key() == "concerns"
    entries = queue.model.rows()
    levels = [(-e.concern.level, _moment(e.concern.raised_at)) for e in entries]
    assert entries and levels == sorted(levels), (len(entries), levels[:8])
    window.clear_pages()
    window.deleteLater()
    return acts, len(entries)


def _fill_inbox(inbox: Path, laptops: list[Path]) -> None:
    """Each laptop's bundle of the week; laptops send a second one until the folder holds 30."""
    number = 0
    while number < BUNDLES:
        for folder in laptops:
            if number >= BUNDLES:
                return
            with Vault.unlock(folder, passphrase=PASSPHRASE) as laptop:
                if not exporter.unsynced(laptop):  # something new to send
                    code = circles.list_circles(laptop)[0].code
                    meetings.record_meeting(
                        laptop, circle_code=code, held_on=TODAY, minutes=MINUTES, again=True
                    )
                for bundle in sync_service.export(laptop):
                    (inbox / f"{number:02d}-{bundle.file_name}").write_bytes(bundle.data)
                    number += 1


def _moment(iso: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(iso)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _full_roster(laptops: Iterable[Path]) -> Path:
    """A laptop whose circle has 4 people to attend: the core member, two volunteers and the
    coordinator (the last laptop welcomed into each circle knows the whole roster)."""
    for folder in sorted(laptops):
        with Vault.unlock(folder, passphrase=PASSPHRASE) as laptop:
            known = circles.list_circles(laptop)
            if known and len(circles.roster(laptop, known[0].uuid)) == ATTENDEES:
                return folder
    raise RuntimeError("no laptop knows a whole circle")


def _wait(done: object) -> None:
    for _ in range(6000):
        gui.settle()
        if callable(done) and done():
            return
        QTest.qWait(10)
    raise RuntimeError("the inbox never finished")


def run(session: Session) -> None:
    """Build the organisation, then count both jobs."""
    gui._quiet_offscreen_limits()
    gui.application()
    runner = TaskRunner(crash_reporter=CrashReporter())
    with session.scratch("actions") as scratch:
        session.say("building a demo organisation: 15 circles × 2 volunteers (30 laptops)")
        built = demo.build_demo(
            scratch / "org",
            passphrase=PASSPHRASE,
            circles=BUNDLES // 2,
            volunteers_per_circle=2,
            weeks=2,
            kdf=FAST_KDF,
        )
        inbox = scratch / "inbox"
        inbox.mkdir()
        _fill_inbox(inbox, sorted(built.volunteers.values()))
        files = len(list(inbox.iterdir()))

        with Vault.unlock(_full_roster(built.volunteers.values()), passphrase=PASSPHRASE) as one:
            meeting = record_a_meeting(one, runner)
        session.report(
            Row(
                benchmark=NAME,
                measured="record a typical meeting: 4 attendees, minutes, one level-1 concern "
                "(from Home, clicks and key chords; typing not counted)",
                figure=meeting.count,
                unit=Unit.TIMES,
                target=f"≤ {MEETING_TARGET} actions",
                verdict=verdict(meeting.count <= MEETING_TARGET),
                note="; ".join(meeting.log),
            )
        )
        with Vault.unlock(built.office, passphrase=PASSPHRASE) as office:
            queue, open_concerns = bundles_to_queue(office, inbox, runner)
        session.report(
            Row(
                benchmark=NAME,
                measured=f"a folder of {files} bundles to the ordered concern queue "
                f"({open_concerns} open concerns, most urgent first)",
                figure=queue.count,
                unit=Unit.TIMES,
                target=f"≤ {QUEUE_TARGET} actions",
                verdict=verdict(queue.count <= QUEUE_TARGET),
                note="; ".join(queue.log),
            )
        )
    runner.deleteLater()
    gui.settle()
