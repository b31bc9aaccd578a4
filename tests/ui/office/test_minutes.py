"""The minutes review page: what the coordinator reads, marks reviewed and sees changed.

Meetings are recorded on the volunteers' real vaults and imported by the office through real
bundles; every test asserts what the page shows and what the office vault stores.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from circlesdesk.domain.records import Meeting
from circlesdesk.services import meetings
from circlesdesk.services.minutes_review import ReviewState
from circlesdesk.sync import importer
from circlesdesk.ui.office.minutes import MinutesReviewPage, ReviewModel
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import database, store
from circlesdesk.vault import minutes_review as pins
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org, table_snapshot
from tests.ui.office.office_kit import on_screen
from tests.ui.volunteer.volunteer_kit import activate, choose, click

pytestmark = pytest.mark.gui

FIRST = "We talked about the allotment and his new job at the depot."
SECOND = "We talked about the allotment and his lost job at the depot. He seemed low."


def deliver(org: Org, name: str) -> None:
    """The volunteer sends their next bundle and the office imports it."""
    assert importer.import_bundle(org.office, org.send(name)).state is importer.State.READY


def received(org: Org, name: str = "alice", **options: object) -> Meeting:
    meeting = org.meeting(name, **options)  # type: ignore[arg-type]
    deliver(org, name)
    return meeting


def open_page(qtbot: QtBot, vault: Vault, runner: TaskRunner) -> MinutesReviewPage:
    page = on_screen(qtbot, MinutesReviewPage(vault, runner=runner))
    settle(qtbot, page, runner)
    return page


def settle(qtbot: QtBot, page: MinutesReviewPage, runner: TaskRunner) -> None:
    """Wait until the list has been read and the chosen meeting shown."""
    qtbot.waitUntil(lambda: page.task is None and not runner.busy, timeout=10_000)


def rows(page: MinutesReviewPage) -> list[tuple[str, ...]]:
    model = page.model
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_minutes_are_read_marked_reviewed_and_come_back_with_the_changes_marked(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    meeting = received(org, minutes=FIRST)
    page = open_page(qtbot, org.office, runner)

    assert [
        (r[ReviewModel.STATE], r[ReviewModel.CIRCLE], r[ReviewModel.MINUTE_TAKER])
        for r in rows(page)
    ] == [("To review", "SW-014", "Alice Marsh")]
    assert page.current() is not None
    assert FIRST in page.pane.toPlainText()
    assert "Not reviewed yet (revision 1)." in page.pane.toPlainText()
    assert page.status.text() == "1 meeting to review."

    # The keyboard alone: Alt+M marks the chosen meeting reviewed.
    activate(qtbot, page)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: pins.get_pin(org.office.conn, meeting.uuid) is not None)

    pin = pins.get_pin(org.office.conn, meeting.uuid)
    assert pin is not None and (pin.revision, pin.content_hash) == (1, meeting.content_hash())
    assert rows(page) == []
    assert page.status.text() == "Nothing is waiting for review."
    assert page.pane.toPlainText() == "Nothing is waiting for review."
    assert not page.mark_button.isEnabled()

    meetings.edit_meeting(org.alice, meeting_uuid=meeting.uuid, minutes=SECOND, venue="Hall B")
    deliver(org, "alice")
    page.page_shown()
    settle(qtbot, page, runner)

    [row] = rows(page)
    assert (row[ReviewModel.STATE], row[ReviewModel.REVISION]) == ("Changed since review", "2")
    shown = page.pane.toPlainText()
    assert "Changed since you reviewed revision 1 on " in shown
    assert "He seemed low." in shown
    markup = page.pane.toHtml()
    assert "line-through" in markup and "underline" in markup
    spoken = page.pane.accessibleDescription()
    assert "[removed: new ]" in spoken and "[added: lost ]" in spoken
    assert "Venue changed from not set to Hall B." in spoken

    click(qtbot, page.mark_button)
    pin = pins.get_pin(org.office.conn, meeting.uuid)
    assert pin is not None and pin.revision == 2


def test_mark_reviewed_moves_on_to_the_next_meeting_to_review(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    oldest = received(org, weeks_ago=3, minutes="The oldest meeting.")
    middle = received(org, "ben", weeks_ago=2, minutes="The middle meeting.")
    newest = received(org, weeks_ago=1, minutes="The newest meeting.")
    page = open_page(qtbot, org.office, runner)
    assert [e.meeting_uuid for e in page.model.rows()] == [oldest.uuid, middle.uuid, newest.uuid]

    click(qtbot, page.mark_button)

    entry = page.current()
    assert entry is not None and entry.meeting_uuid == middle.uuid
    assert "The middle meeting." in page.pane.toPlainText()
    assert page.status.text() == "2 meetings to review."

    choose(page.filter, False)  # All
    settle(qtbot, page, runner)
    assert [(e.meeting_uuid, e.state) for e in page.model.rows()] == [
        (middle.uuid, ReviewState.TO_REVIEW),
        (newest.uuid, ReviewState.TO_REVIEW),
        (oldest.uuid, ReviewState.REVIEWED),
    ]
    # In "All" the reviewed one stays listed; the next one to review is chosen.
    click(qtbot, page.mark_button)
    entry = page.current()
    assert entry is not None and entry.meeting_uuid == newest.uuid
    assert page.model.rows()[0].state is ReviewState.REVIEWED
    stored = {row[0] for row in org.office.conn.execute("SELECT meeting_uuid FROM minutes_review")}
    assert stored == {oldest.uuid, middle.uuid}


def test_markup_in_the_minutes_is_shown_as_text(qtbot: QtBot, org: Org, runner: TaskRunner) -> None:
    meeting = received(org, minutes="He said <b>no</b> & left.")
    page = open_page(qtbot, org.office, runner)
    click(qtbot, page.mark_button)
    meetings.edit_meeting(
        org.alice, meeting_uuid=meeting.uuid, minutes="He said <img src=x> & <i>stayed</i>."
    )
    deliver(org, "alice")
    page.page_shown()
    settle(qtbot, page, runner)

    shown = page.pane.toPlainText()
    assert "<b>no</b>" in shown and "<img src=x>" in shown and "<i>stayed</i>." in shown
    markup = page.pane.toHtml()
    assert "<img" not in markup and "<b>no" not in markup


def test_nothing_waiting_says_so_and_offers_nothing_to_mark(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    meetings.record_meeting(
        org.office, circle_code="SW-014", held_on="2026-01-05", minutes="Ours."
    )  # its own
    page = open_page(qtbot, org.office, runner)

    assert rows(page) == []
    assert page.status.text() == "Nothing is waiting for review."
    assert page.pane.toPlainText() == "Nothing is waiting for review."
    assert not page.mark_button.isEnabled()


def test_a_meeting_gone_since_the_list_was_read_is_refused_and_nothing_is_stored(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    meeting = received(org)
    page = open_page(qtbot, org.office, runner)
    with database.transaction(org.office.conn):
        store.delete(org.office.conn, Meeting, meeting.uuid)
    before = table_snapshot(org.office)

    click(qtbot, page.mark_button)

    assert page.alert.is_error
    assert page.alert.text() == "That meeting does not exist in this vault."
    assert table_snapshot(org.office) == before


def test_a_volunteer_vault_gets_a_sentence_not_a_list(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    before = table_snapshot(org.alice)
    page = open_page(qtbot, org.alice, runner)

    assert page.alert.is_error
    assert page.alert.text() == "Only the coordinator's office can do this."
    assert rows(page) == []
    assert table_snapshot(org.alice) == before
