"""History (a circle's timeline, with the office's responses) and search, opened read-only."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import ResponseAction
from circlesdesk.domain.records import ConcernResponse, Meeting, new_record_id, utc_now
from circlesdesk.services import circles, meetings, timeline
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.sync import trust
from circlesdesk.ui.volunteer.history import HistoryPage, TimelineModel
from circlesdesk.ui.volunteer.search import SearchPage
from circlesdesk.vault import database, store
from circlesdesk.vault.vault import Vault

pytestmark = pytest.mark.gui

RESPONSE = "Thank you. I have spoken to his offender manager about the new friend."


def record_meeting_with_concern(vault: Vault, code: str, minutes: str) -> Meeting:
    return meetings.record_meeting(
        vault,
        circle_code=code,
        held_on=dt.date.today().isoformat(),
        minutes=minutes,
        concerns=[
            ConcernInput(
                level=2,
                category="relationships",
                description="A new friend he met online, who has two young children.",
            )
        ],
    )


def office_responds(vault: Vault, concern_uuid: str) -> None:
    """A response as the office's reply bundle brings it (stored as an incoming record)."""
    office = trust.office(vault)
    assert office is not None
    response = ConcernResponse(
        uuid=new_record_id(),
        origin=office.device_id,
        concern_uuid=concern_uuid,
        action=ResponseAction.RESPOND.value,
        responded_at=utc_now(),
        text=RESPONSE,
    )
    with database.transaction(vault.conn):
        store.apply_incoming(vault.conn, response)


def row_of(model: TimelineModel, kind: str) -> int:
    return next(row for row in range(model.rowCount()) if model.entry(row).kind == kind)


def test_history_shows_the_response_once_it_is_in_the_vault(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    meeting = record_meeting_with_concern(
        demo_volunteer_vault, circle_code, "A good meeting at the hall."
    )
    page = HistoryPage(demo_volunteer_vault, circle_code=circle_code)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    page.page_shown()  # as the shell does when it first shows the page
    model = page.model
    concern_row = row_of(model, "concern")
    office = model.index(concern_row, TimelineModel.OFFICE)
    assert model.data(office) == "No response yet"
    assert (
        model.data(model.index(concern_row, TimelineModel.KIND)) == "Concern, urgency 2 (Concern)"
    )
    details = model.data(model.index(concern_row, TimelineModel.DETAILS))
    assert details.startswith("Relationships and intimacy: A new friend")

    concern = model.entry(concern_row).record
    assert concern.meeting_uuid == meeting.uuid  # type: ignore[attr-defined]
    office_responds(demo_volunteer_vault, concern.uuid)
    page.page_shown()  # the volunteer comes back to the page
    concern_row = row_of(model, "concern")
    shown = model.data(model.index(concern_row, TimelineModel.OFFICE))
    assert shown.startswith("The coordinator responded: Thank you.")

    # Enter on the row opens the concern, read-only, with the response in full.
    page.view.setFocus()
    page.view.setCurrentIndex(model.index(concern_row, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    view = page.record_view
    assert view is not None and view.isVisible()
    text = view.text()
    assert RESPONSE in text
    assert "A new friend he met online, who has two young children." in text
    assert circle_code in view.windowTitle()
    assert "friend" not in view.windowTitle()
    with qtbot.waitSignal(view.finished):
        qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_double_click_opens_a_meeting_read_only(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    meeting = record_meeting_with_concern(
        demo_volunteer_vault, circle_code, "We planned his birthday walk."
    )
    page = HistoryPage(demo_volunteer_vault, circle_code=circle_code)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    row = next(
        r for r in range(page.model.rowCount()) if page.model.entry(r).record.uuid == meeting.uuid
    )
    index = page.model.index(row, TimelineModel.DETAILS)
    page.view.scrollTo(index)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = page.record_view
    assert view is not None and view.isVisible()
    minutes = view.minutes
    assert isinstance(minutes, QPlainTextEdit)
    assert minutes.isReadOnly()
    assert minutes.cursorWidth() == 0  # no blinking text cursor saying "type here"
    assert minutes.toPlainText() == "We planned his birthday walk."
    # The short fields take the focus for a screen reader but draw no text cursor either.
    fields = [
        label
        for label in view.body.findChildren(QLabel)
        if label.focusPolicy() == Qt.FocusPolicy.StrongFocus
    ]
    assert fields
    for label in fields:
        assert not label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    # The meeting's concern is shown with it, waiting for the office.
    assert "No response has arrived yet" in view.text()
    view.reject()


def test_the_timeline_model_reads_rows_lazily(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str, qtmodeltester: ModelTester
) -> None:
    circle = circles.find_circle(demo_volunteer_vault, circle_code)
    [first, *_rest] = timeline.circle_timeline(demo_volunteer_vault, circle.uuid)
    refs = [
        timeline.TimelineRef(date=f"2026-01-{1 + i % 28:02d}", kind=first.kind, uuid=str(i))
        for i in range(450)
    ]
    asked: list[int] = []

    def load(batch: Sequence[timeline.TimelineRef]) -> list[timeline.TimelineEntry]:
        asked.append(len(batch))
        return [dataclasses.replace(first, date=ref.date) for ref in batch]

    model = TimelineModel()
    model.set_timeline(refs, load)
    assert model.total() == 450
    assert model.rowCount() == TimelineModel.BATCH
    assert asked == [TimelineModel.BATCH]  # only the first batch was read
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * TimelineModel.BATCH
    assert asked == [TimelineModel.BATCH, TimelineModel.BATCH]
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total() == 450
    assert sum(asked) == 450
    model.clear()
    assert model.rowCount() == 0


def test_the_history_page_shows_the_same_timeline_as_the_service(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    page = HistoryPage(demo_volunteer_vault)
    qtbot.addWidget(page)
    page.show_circle(circle_code)
    circle = circles.find_circle(demo_volunteer_vault, circle_code)
    expected = timeline.circle_timeline(demo_volunteer_vault, circle.uuid)
    model = page.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    shown = [model.entry(row) for row in range(model.rowCount())]
    assert [(e.date, e.kind, e.record.uuid) for e in shown] == [
        (e.date, e.kind, e.record.uuid) for e in expected
    ]


def test_search_finds_a_meeting_by_a_word_and_enter_opens_it(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str, qtmodeltester: ModelTester
) -> None:
    meeting = record_meeting_with_concern(
        demo_volunteer_vault, circle_code, "He showed us the xylophone he restored for the church."
    )
    page = SearchPage(demo_volunteer_vault)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    page.page_shown()
    assert page.box.hasFocus()
    qtbot.keyClicks(page.box, "xyloph")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    model = page.model
    assert model.data(model.index(0, model.CIRCLE)) == circle_code
    assert model.data(model.index(0, model.KIND)) == "Meeting"
    assert "[xylophone]" in model.data(model.index(0, model.SNIPPET))
    assert page.status.text() == "Found 1 record."
    qtmodeltester.check(model)

    qtbot.keyClick(page.box, Qt.Key.Key_Return)  # from the box into the results
    assert page.view.hasFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # and open the first
    view = page.record_view
    assert view is not None and view.isVisible()
    assert view.record.uuid == meeting.uuid
    assert view.minutes.toPlainText() == meeting.minutes
    view.reject()


def test_search_says_when_nothing_is_found(qtbot: QtBot, demo_volunteer_vault: Vault) -> None:
    page = SearchPage(demo_volunteer_vault)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.box, "zzzqqq")
    qtbot.waitUntil(lambda: page.status.text() == "Nothing found. Try another word.")
    assert page.model.rowCount() == 0
    assert not page.open_button.isEnabled()
    page.box.clear()
    qtbot.waitUntil(lambda: page.status.text() == "Type a word to search.")
