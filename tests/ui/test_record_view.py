"""Opening a record read-only: the one way pages do it, with a meeting's change and withdraw."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import MeetingMode
from circlesdesk.domain.records import Meeting
from circlesdesk.services import meetings, timeline
from circlesdesk.ui.record_view import RecordView, open_record
from circlesdesk.vault.vault import Vault
from tests.vault_kit import CIRCLE_CODE

MINUTES = "We planned his birthday walk."


def _page(qtbot: QtBot) -> QWidget:
    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    return page


def _todays_meeting(vault: Vault) -> Meeting:
    held_on = QDate.currentDate().toString(Qt.DateFormat.ISODate)
    return meetings.record_meeting(vault, circle_code=CIRCLE_CODE, held_on=held_on, minutes=MINUTES)


def test_a_meeting_opens_read_only_and_change_goes_to_the_editor(
    qtbot: QtBot, volunteer_vault: Vault
) -> None:
    meeting = _todays_meeting(volunteer_vault)
    changes: list[str] = []
    page = _page(qtbot)  # the page the view opens over, kept while it is open
    view = open_record(page, volunteer_vault, meeting, on_change=changes.append)
    qtbot.waitExposed(view)
    assert isinstance(view, RecordView)
    assert MINUTES in view.text()
    assert CIRCLE_CODE in view.windowTitle()
    assert view.change_button is not None and view.change_button.text() == "C&hange…"
    view.change_button.click()
    assert changes == [meeting.uuid]
    qtbot.waitUntil(lambda: not shiboken6.isValid(view), timeout=5000)  # deleted once closed


def test_withdrawing_a_meeting_tells_the_page_and_deletes_it(
    qtbot: QtBot, volunteer_vault: Vault
) -> None:
    meeting = _todays_meeting(volunteer_vault)
    entry = next(
        e
        for e in timeline.circle_timeline(volunteer_vault, meeting.circle_uuid)
        if e.record.uuid == meeting.uuid
    )
    withdrawn: list[bool] = []
    page = _page(qtbot)
    view = open_record(page, volunteer_vault, entry, on_withdrawn=lambda: withdrawn.append(True))
    assert view.withdraw_button is not None
    view.withdraw_button.click()
    box = view.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    withdraw = next(b for b in box.buttons() if b.text() == "&Withdraw")
    withdraw.click()
    qtbot.waitUntil(lambda: withdrawn == [True], timeout=5000)
    assert all(
        e.record.uuid != meeting.uuid
        for e in timeline.circle_timeline(volunteer_vault, meeting.circle_uuid)
    )


def test_a_meeting_says_how_it_was_held_once_that_was_recorded(
    qtbot: QtBot, volunteer_vault: Vault
) -> None:
    older = _todays_meeting(volunteer_vault)  # no mode: as meetings recorded before
    held_on = QDate.currentDate().addDays(-1).toString(Qt.DateFormat.ISODate)
    by_phone = meetings.record_meeting(
        volunteer_vault,
        circle_code=CIRCLE_CODE,
        held_on=held_on,
        minutes=MINUTES,
        mode=MeetingMode.PHONE,
    )
    page = _page(qtbot)
    view = open_record(page, volunteer_vault, by_phone)
    assert "By phone" in view.text().splitlines()
    view.close()
    plain = open_record(page, volunteer_vault, older)
    assert not {"Held", "Not recorded"} & set(plain.text().splitlines())
    plain.close()
