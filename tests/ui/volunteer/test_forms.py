"""The small forms: a contact (and "raise at next meeting"), hours, and a review."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from circlesdesk.domain.records import Contact, Review, VolunteerHours
from circlesdesk.services import activity, circles, office_config
from circlesdesk.sync import importer
from circlesdesk.ui.volunteer.contact_form import ContactForm
from circlesdesk.ui.volunteer.hours_form import HoursForm
from circlesdesk.ui.volunteer.meeting_editor import MeetingEditor
from circlesdesk.ui.volunteer.review_form import NOT_SCORED, ReviewForm
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org
from tests.ui.volunteer.volunteer_kit import choose, click

pytestmark = pytest.mark.gui


def test_contact_raised_at_next_meeting_shows_in_the_meeting_editor(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    form = ContactForm(demo_volunteer_vault, circle_code=circle_code)
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.open()
    click(qtbot, form.mode_buttons["one-to-one"])
    qtbot.keyClicks(form.summary, "Met for coffee; he has a new friend from the gym.")
    click(qtbot, form.raise_next)
    with qtbot.waitSignal(form.saved) as saved:
        click(qtbot, form.ok_button)
    assert not form.isVisible()

    contact = store.require(demo_volunteer_vault.conn, Contact, saved.args[0])
    assert contact.mode == "one-to-one"
    assert contact.raise_at_next_meeting
    assert contact.contact_on == dt.date.today().isoformat()
    assert contact.person_uuid == demo_volunteer_vault.person_uuid()

    editor = MeetingEditor(demo_volunteer_vault, circle_code=circle_code)
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()
    assert editor.raise_box.isVisible()
    shown = editor.raise_layout.itemAt(0).widget().text()  # type: ignore[union-attr]
    assert "One-to-one" in shown
    assert "Met for coffee; he has a new friend from the gym." in shown


def test_a_contact_without_a_summary_is_refused_in_the_form(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    before = store.count(demo_volunteer_vault.conn, Contact)  # the demo may hold some already
    form = ContactForm(demo_volunteer_vault, circle_code=circle_code)
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.open()
    qtbot.keyClick(form, Qt.Key.Key_Return)  # OK is the default button
    assert form.isVisible()
    assert form.banner.isVisible()
    assert form.banner.text() == "Please enter the contact summary."
    assert store.count(demo_volunteer_vault.conn, Contact) == before


def test_hours_are_stored(qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str) -> None:
    form = HoursForm(demo_volunteer_vault)
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.open()
    assert form.circle.code() == circle_code  # the volunteer's only circle is chosen
    form.hours.selectAll()
    qtbot.keyClicks(form.hours, "2")
    form.minutes.selectAll()
    qtbot.keyClicks(form.minutes, "15")
    choose(form.activity, "travel")
    before = store.count(demo_volunteer_vault.conn, VolunteerHours)
    with qtbot.waitSignal(form.saved) as saved:
        click(qtbot, form.ok_button)
    hours = store.require(demo_volunteer_vault.conn, VolunteerHours, saved.args[0])
    assert (hours.minutes, hours.activity) == (135, "travel")
    assert hours.circle_uuid == circles.find_circle(demo_volunteer_vault, circle_code).uuid
    assert store.count(demo_volunteer_vault.conn, VolunteerHours) == before + 1


def test_no_time_given_is_refused(qtbot: QtBot, demo_volunteer_vault: Vault) -> None:
    form = HoursForm(demo_volunteer_vault)
    qtbot.addWidget(form)
    form.hours.setValue(0)
    form.minutes.setValue(0)
    click(qtbot, form.ok_button)
    assert form.banner.text() == "Enter how much time you gave."


def test_review_scores_are_stored(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    form = ReviewForm(demo_volunteer_vault, circle_code=circle_code)
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.open()
    _template, items = activity.review_items(demo_volunteer_vault)
    assert list(form.scores) == list(items)
    assert all(spin.value() == NOT_SCORED for spin in form.scores.values())
    assert not form.ok_button.isEnabled()
    wanted = {key: index % 7 for index, key in enumerate(items)}
    for key, score in wanted.items():
        spin = form.scores[key]
        spin.setFocus()
        for _ in range(score + 1):  # from "Not scored" up to the score, as with the arrow key
            qtbot.keyClick(spin, Qt.Key.Key_Up)
        assert spin.text() == str(score)
        if key != list(items)[-1]:
            assert not form.ok_button.isEnabled()
    assert form.ok_button.isEnabled()
    qtbot.keyClicks(form.notes, "Steady; keep an eye on the new friendship.")
    with qtbot.waitSignal(form.saved) as saved:
        click(qtbot, form.ok_button)
    review = store.require(demo_volunteer_vault.conn, Review, saved.args[0])
    assert review.scores == wanted
    assert review.notes == "Steady; keep an eye on the new friendship."
    assert review.review_on == dt.date.today().isoformat()


def test_the_review_form_marks_the_protective_factors_the_office_sent(
    qtbot: QtBot, org: Org
) -> None:
    office_config.save_config(
        org.office,
        phone="01632 960 123",
        review_items=[*activity.review_items(org.office)[1].items(), (None, "Purposeful activity")],
        protective=["purposeful-activity"],
    )
    importer.import_bundle(org.alice, org.reply("alice"))
    form = ReviewForm(org.alice)
    qtbot.addWidget(form)
    spin = form.scores["purposeful-activity"]
    label = form.form.labelForField(spin)
    assert isinstance(label, QLabel)
    assert label.text() == "Purposeful activity (protective)"
    others = [
        form.form.labelForField(s) for key, s in form.scores.items() if key != "purposeful-activity"
    ]
    assert not any("(protective)" in w.text() for w in others if isinstance(w, QLabel))
