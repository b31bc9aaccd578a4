"""The home page: circle cards, what waits for the office, reminders that lead somewhere."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from circlesdesk.domain.records import Contact
from circlesdesk.services import circles, drafts, home
from circlesdesk.services import sync as sync_service
from circlesdesk.ui import dialogs
from circlesdesk.ui.volunteer.contact_form import ContactForm
from circlesdesk.ui.volunteer.home import HomePage
from circlesdesk.ui.volunteer.review_form import ReviewForm
from circlesdesk.vault import database, store
from circlesdesk.vault.vault import Vault
from tests.ui.volunteer.volunteer_kit import click

pytestmark = pytest.mark.gui


def open_home(qtbot: QtBot, vault: Vault) -> HomePage:
    page = HomePage(vault)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    page.page_shown()  # as the shell does when it first shows the page
    return page


def test_cards_show_my_circle(qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str) -> None:
    [card] = home.circle_cards(demo_volunteer_vault)
    page = open_home(qtbot, demo_volunteer_vault)
    [widget] = page.cards
    assert widget.card.circle.code == circle_code
    assert widget.accessibleName() == f"Circle {circle_code} with {card.core_member}"
    assert widget.facts["Phase:"] == "Active: meeting weekly"
    assert widget.facts["Open concerns:"] == "none"
    assert widget.facts["Next meeting:"]  # a date in words
    assert page.unsynced.text() == "12 records waiting to go to the office."
    assert not page.no_circles.isVisible()

    with qtbot.waitSignal(page.record_meeting_requested) as requested:
        click(qtbot, widget.record_button)
    assert requested.args == [circle_code]
    with qtbot.waitSignal(page.history_requested) as requested:
        click(qtbot, widget.history_button)
    assert requested.args == [circle_code]
    with qtbot.waitSignal(page.sync_requested):
        click(qtbot, page.send_button)


def test_an_unfinished_draft_is_a_reminder_that_reopens_it(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    page = open_home(qtbot, demo_volunteer_vault)
    assert not page.reminders_box.isVisible()
    circle = circles.find_circle(demo_volunteer_vault, circle_code)
    draft_id = drafts.save_draft(
        demo_volunteer_vault,
        kind="meeting",
        fields={"circle_code": circle_code, "minutes": "Half written"},
        circle_uuid=circle.uuid,
    )
    page.page_shown()  # the volunteer comes back to Home
    [(_reminder, button)] = [(r, b) for r, b in page.reminder_buttons if r.kind == "draft"]
    assert button.title == "Finish your meeting record"
    assert page.reminders_box.isVisible()
    with qtbot.waitSignal(page.open_draft_requested) as requested:
        click(qtbot, button)
    assert requested.args == [draft_id]


def test_a_review_reminder_opens_the_review_form(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    circle = circles.find_circle(demo_volunteer_vault, circle_code)
    with database.transaction(demo_volunteer_vault.conn):
        store.apply_incoming(
            demo_volunteer_vault.conn, circle.revised(next_review_on=dt.date.today().isoformat())
        )
    page = open_home(qtbot, demo_volunteer_vault)
    [(_reminder, button)] = [(r, b) for r, b in page.reminder_buttons if r.kind == "review"]
    assert button.title == f"Review {circle_code}"
    click(qtbot, button)
    form = page.form
    assert isinstance(form, ReviewForm)
    assert form.isVisible()
    assert form.circle.code() == circle_code
    form.reject()


def test_recording_a_contact_from_home_updates_the_count(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    page = open_home(qtbot, demo_volunteer_vault)
    click(qtbot, page.contact_button)
    form = page.form
    assert isinstance(form, ContactForm)
    qtbot.keyClicks(form.summary, "A short call about his bus pass.")
    with qtbot.waitSignal(page.record_saved) as saved:
        click(qtbot, form.ok_button)
    assert store.require(demo_volunteer_vault.conn, Contact, saved.args[0]).summary == (
        "A short call about his bus pass."
    )
    assert page.unsynced.text() == "13 records waiting to go to the office."


def test_enrollment_can_be_finished_later_from_the_home_card(
    qtbot: QtBot, volunteer_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop whose welcome file is not imported yet: Home says so and offers the steps."""
    page = open_home(qtbot, volunteer_vault)
    assert page.setup_box.isVisible()
    request, fingerprint = sync_service.enrollment_request(volunteer_vault)
    assert page.fingerprint.fingerprint == fingerprint  # the digits (and the QR code) to compare
    assert page.unsynced.text() != "Everything has reached the office."
    assert "not set up with the office" in page.unsynced.text()
    assert not page.send_button.isEnabled()

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(dialogs, "ask_folder", lambda _parent, _title: usb)
    click(qtbot, page.request_button)
    [saved] = usb.iterdir()
    assert saved.read_bytes() == request
    assert page.request_saved.text() == f"Saved as {saved.name} in {usb}."
    # The office can read it: the same request its enroll step takes.
    assert sync_service.read_request(saved) == request
    with qtbot.waitSignal(page.sync_requested):
        click(qtbot, page.welcome_button)


def test_an_enrolled_laptop_shows_no_setup_card(qtbot: QtBot, demo_volunteer_vault: Vault) -> None:
    page = open_home(qtbot, demo_volunteer_vault)
    assert not page.setup_box.isVisible()
    assert page.send_button.isEnabled()
