"""The meeting editor, driven as a volunteer would: attendance, minutes, a concern, save; drafts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import PersonRole
from circlesdesk.domain.records import Attendance, Concern, Meeting
from circlesdesk.services import activity, circles, drafts, home
from circlesdesk.ui.volunteer.meeting_editor import MeetingEditor
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.ui.volunteer.volunteer_kit import (
    OFFICE_PHONE,
    PASSPHRASE,
    activate,
    answer,
    choose,
    click,
    set_office_phone,
    the_question,
)

pytestmark = pytest.mark.gui

MINUTES = "We talked about the allotment and his new job at the garden centre."


def open_editor(qtbot: QtBot, vault: Vault, **options: object) -> MeetingEditor:
    editor = MeetingEditor(vault, **options)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    with qtbot.waitExposed(editor):
        editor.show()
    return editor


def roster_names(vault: Vault, code: str) -> dict[str, str]:
    circle = circles.find_circle(vault, code)
    return {e.person.name: e.membership.role for e in circles.roster(vault, circle.uuid)}


def newest_meeting(vault: Vault) -> Meeting:
    return store.find(vault.conn, Meeting, order_by=("updated_at",), descending=True, limit=1)[0]


def test_record_a_meeting_with_attendance_and_an_urgent_concern(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    set_office_phone(demo_volunteer_vault)
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    names = roster_names(demo_volunteer_vault, circle_code)
    core = next(name for name, role in names.items() if role == PersonRole.CORE_MEMBER.value)
    volunteer = next(name for name, role in names.items() if role == PersonRole.VOLUNTEER.value)

    click(qtbot, editor.attendance_row(core).buttons["present"])
    click(qtbot, editor.attendance_row(volunteer).buttons["late"])
    qtbot.keyClicks(editor.minutes, MINUTES)
    click(qtbot, editor.area_boxes["work-learning"])
    engagement_four = editor.engagement.button(4)
    assert engagement_four is not None
    click(qtbot, engagement_four)

    # The concern: level 3 stops the volunteer until the call is made and its time given.
    click(qtbot, editor.add_concern_button)
    dialog = editor.concern_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.stop_panel.isVisible()
    click(qtbot, dialog.level_buttons[3])
    assert dialog.stop_panel.isVisible()
    assert dialog.stop_message.text() == f"Phone your coordinator now: {OFFICE_PHONE}"
    choose(dialog.category, "supervision")
    qtbot.keyClicks(dialog.description, "He said he missed a probation appointment on purpose.")
    qtbot.keyClicks(dialog.action_taken, "Phoned the coordinator from the hall.")
    assert not dialog.ok_button.isEnabled()
    assert "phone your coordinator" in dialog.missing.text()
    click(qtbot, dialog.called)
    assert dialog.call_time.isEnabled()
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.ok_button)
    assert editor.concern_list.count() == 1
    assert editor.concern_list.item(0).text().startswith("Urgent (3)")

    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor.save_button)

    meeting = store.require(demo_volunteer_vault.conn, Meeting, saved.args[0])
    assert meeting.minutes == MINUTES
    assert meeting.life_areas == ("work-learning",)
    assert meeting.engagement == 4
    assert meeting.held_on == dt.date.today().isoformat()
    people = {
        e.person.uuid: e.person.name
        for e in circles.roster(demo_volunteer_vault, meeting.circle_uuid)
    }
    attendance = {
        people[a.person_uuid]: a.status
        for a in store.find(demo_volunteer_vault.conn, Attendance, meeting_uuid=meeting.uuid)
    }
    assert attendance == {core: "present", volunteer: "late"}
    [concern] = store.find(demo_volunteer_vault.conn, Concern, meeting_uuid=meeting.uuid)
    assert concern.level == 3
    assert concern.category == "supervision"
    assert concern.action_taken == "Phoned the coordinator from the hall."
    assert concern.coordinator_phoned_at is not None
    phoned = dt.datetime.fromisoformat(concern.coordinator_phoned_at)
    assert phoned.tzinfo is not None
    assert abs(phoned - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    # The draft the concern was kept in went with the save, in the same transaction.
    assert drafts.open_drafts(demo_volunteer_vault) == []
    # What the volunteer sees: a calm confirmation and an empty form for the next meeting.
    assert "is saved" in editor.banner.text()
    assert editor.minutes.toPlainText() == ""
    assert editor.concern_list.count() == 0


def test_everyone_present_and_ctrl_s_save(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    activate(qtbot, editor)
    click(qtbot, editor.everyone_present)
    qtbot.keyClicks(editor.minutes, "A quiet week.")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keySequence(editor.minutes, QKeySequence.StandardKey.Save)
    rows = store.find(demo_volunteer_vault.conn, Attendance, meeting_uuid=saved.args[0])
    assert {row.status for row in rows} == {"present"}
    assert len(rows) == len(roster_names(demo_volunteer_vault, circle_code))


def test_autosave_survives_a_forced_close(
    qtbot: QtBot, demo_volunteer_dir: Path, circle_code: str
) -> None:
    vault = Vault.unlock(demo_volunteer_dir, passphrase=PASSPHRASE)
    try:
        editor = MeetingEditor(vault, circle_code=circle_code)
        editor.autosave.setInterval(100)
        with qtbot.waitExposed(editor):
            editor.show()
        editor.held_on.setDate(QDate.currentDate().addDays(-1))
        click(qtbot, editor.area_boxes["housing"])
        click(qtbot, editor.everyone_present)
        with qtbot.waitSignal(editor.draft_saved, timeout=5000) as autosaved:
            qtbot.keyClicks(editor.minutes, "Minutes typed on the train")
        # The last keystrokes may have come after that autosave: wait for the one after them.
        qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=5000)
        draft_id = autosaved.args[0]
        assert "draft" in editor.autosave_status.text()
        # A crash, a flat battery: the editor goes without saving and the vault is locked.
        shiboken6.delete(editor)
    finally:
        vault.lock()

    vault = Vault.unlock(demo_volunteer_dir, passphrase=PASSPHRASE)
    try:
        assert [d.id for d in drafts.open_drafts(vault, kind="meeting")] == [draft_id]
        reminders = [r for r in home.reminders(vault) if r.kind == "draft"]
        assert [r.draft_id for r in reminders] == [draft_id]
        editor = open_editor(qtbot, vault, draft_id=draft_id)
        assert editor.draft_id == draft_id
        assert editor.circle.code() == circle_code
        assert editor.minutes.toPlainText() == "Minutes typed on the train"
        assert editor.held_on.date() == QDate.currentDate().addDays(-1)
        assert editor.area_boxes["housing"].isChecked()
        assert {row.status() for row in editor._rows.values()} == {"present"}
        assert not editor.is_dirty()
        # Finishing it turns the draft into a meeting.
        with qtbot.waitSignal(editor.saved) as saved:
            click(qtbot, editor.save_button)
        assert store.require(vault.conn, Meeting, saved.args[0]).minutes == (
            "Minutes typed on the train"
        )
        assert drafts.open_drafts(vault) == []
    finally:
        vault.lock()


def test_nothing_is_autosaved_until_something_changes(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    assert not editor.autosave.isActive()  # no countdown runs, so nothing can be saved
    assert drafts.open_drafts(demo_volunteer_vault) == []
    assert editor.flush()
    assert drafts.open_drafts(demo_volunteer_vault) == []


def test_flush_keeps_the_draft_at_once(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    qtbot.keyClicks(editor.minutes, "Half a sentence")
    assert editor.autosave.isActive()
    editor.before_lock()  # what the shell calls just before it locks the vault
    [draft] = drafts.open_drafts(demo_volunteer_vault, kind="meeting")
    assert draft.fields["minutes"] == "Half a sentence"
    assert draft.circle_uuid == circles.find_circle(demo_volunteer_vault, circle_code).uuid
    assert not editor.autosave.isActive()


def test_discarding_a_draft_asks_first(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    assert not editor.discard_button.isEnabled()
    qtbot.keyClicks(editor.minutes, "Not meant to be kept")
    assert editor.flush()
    assert len(drafts.open_drafts(demo_volunteer_vault)) == 1

    click(qtbot, editor.discard_button)
    assert editor.discard_confirm.isVisible()
    click(qtbot, editor.keep_button)
    assert not editor.discard_confirm.isVisible()
    assert len(drafts.open_drafts(demo_volunteer_vault)) == 1

    click(qtbot, editor.discard_button)
    with qtbot.waitSignal(editor.discarded):
        click(qtbot, editor.confirm_discard_button)
    assert drafts.open_drafts(demo_volunteer_vault) == []
    assert editor.minutes.toPlainText() == ""
    assert editor.draft_id is None
    assert "thrown away" in editor.banner.text()


def test_a_refused_meeting_shows_the_reason_in_the_editor(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    before = store.count(demo_volunteer_vault.conn, Meeting)
    editor.venue.lineEdit().clear()
    qtbot.keyClicks(editor.venue.lineEdit(), "The community hall " * 12)
    qtbot.keyClicks(editor.minutes, "Kept even though the venue is wrong")
    click(qtbot, editor.save_button)
    assert editor.banner.isVisible()
    assert editor.banner.text() == "The venue is too long (at most 200 characters)."
    assert store.count(demo_volunteer_vault.conn, Meeting) == before
    # Nothing typed is lost: it is in the draft.
    [draft] = drafts.open_drafts(demo_volunteer_vault)
    assert draft.fields["minutes"] == "Kept even though the venue is wrong"


def test_venue_comes_from_the_circle(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    circle = circles.find_circle(demo_volunteer_vault, circle_code)
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    offered = [editor.venue.itemText(i) for i in range(editor.venue.count())]
    assert offered == list(circle.venues)
    assert editor.venue.currentText() == circle.venues[0]


def test_how_the_meeting_was_held_is_saved_and_kept_in_the_draft(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    assert editor.mode.currentText() == "In person"  # as most meetings are
    choose(editor.mode, "video")
    qtbot.keyClicks(editor.minutes, "We met by video: the hall was closed.")
    assert editor.fields()["mode"] == "video"
    assert editor.flush()
    [draft] = drafts.open_drafts(demo_volunteer_vault)
    assert draft.fields["mode"] == "video"
    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor.save_button)
    meeting = store.require(demo_volunteer_vault.conn, Meeting, saved.args[0])
    assert meeting.mode == "video"
    assert editor.mode.currentText() == "In person"  # the next, blank form
    editor.edit_meeting(meeting.uuid)
    assert editor.mode.currentData() == "video"


def test_contacts_to_raise_are_shown_at_the_top(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    assert not editor.raise_box.isVisible()
    activity.record_contact(
        demo_volunteer_vault,
        circle_code=circle_code,
        contact_on=dt.date.today().isoformat(),
        summary="He rang about a new friend from the gym.",
        raise_at_next_meeting=True,
    )
    editor.page_shown()  # the shell shows the page again
    assert not editor.is_dirty()  # showing the page is not a change to keep
    assert editor.raise_box.isVisible()
    texts = [
        editor.raise_layout.itemAt(i).widget().text()  # type: ignore[union-attr]
        for i in range(editor.raise_layout.count())
    ]
    assert any("He rang about a new friend from the gym." in text for text in texts)


def test_a_concern_can_be_changed_and_removed(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    click(qtbot, editor.add_concern_button)
    dialog = editor.concern_dialog
    assert dialog is not None
    click(qtbot, dialog.level_buttons[1])
    choose(dialog.category, "loneliness")
    qtbot.keyClicks(dialog.description, "Spends weekends alone.")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.ok_button)
    editor.concern_list.setCurrentRow(0)
    click(qtbot, editor.change_concern_button)
    dialog = editor.concern_dialog
    assert dialog is not None
    assert dialog.level() == 1
    assert dialog.description.toPlainText() == "Spends weekends alone."
    click(qtbot, dialog.level_buttons[2])
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.ok_button)
    assert [c.level for c in editor.concerns()] == [2]
    editor.concern_list.setCurrentRow(0)
    click(qtbot, editor.remove_concern_button)
    assert editor.concerns() == []
    assert not editor.concern_list.isVisible()


def test_cancelling_the_concern_dialog_adds_nothing(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    click(qtbot, editor.add_concern_button)
    dialog = editor.concern_dialog
    assert dialog is not None
    click(qtbot, dialog.level_buttons[0])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a level was chosen: it asks first
    with qtbot.waitSignal(dialog.rejected):
        answer(qtbot, the_question(qtbot), "Discard")
    assert editor.concerns() == []


def test_a_meeting_can_be_recorded_with_the_keyboard_alone(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    activate(qtbot, editor)
    editor.circle.setFocus()

    def tab() -> QWidget:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        return focused

    for expected in (editor.held_on, editor.start_time, editor.venue, editor.mode):
        assert tab() in (expected, expected.focusProxy())
    assert tab() is editor.everyone_present
    rows = list(editor._rows.values())
    # One stop per person; the arrow keys choose within the row.
    assert tab() is rows[0].buttons["present"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert tab() is rows[1].buttons["present"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert rows[1].status() == "late"
    for _row in rows[2:]:
        tab()
    assert tab() is editor.minutes
    qtbot.keyClicks(editor.minutes, "Typed without a mouse.")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keySequence(editor.minutes, QKeySequence.StandardKey.Save)
    statuses = sorted(
        a.status
        for a in store.find(demo_volunteer_vault.conn, Attendance, meeting_uuid=saved.args[0])
    )
    assert statuses == ["late", "present"]


def test_the_concern_dialog_works_from_the_keyboard(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    activate(qtbot, editor)
    editor.minutes.setFocus()
    # A mnemonic "clicks" its button the way a short press does, a moment later.
    qtbot.keyClick(editor.minutes, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Add concern
    qtbot.waitUntil(lambda: editor.concern_dialog is not None)
    dialog = editor.concern_dialog
    assert dialog is not None
    activate(qtbot, dialog)

    def alt(key: Qt.Key) -> None:
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)

    alt(Qt.Key.Key_4)  # &4 Emergency
    qtbot.waitUntil(lambda: dialog.level() == 4)
    assert dialog.stop_panel.isVisible()
    assert dialog.stop_message.text().startswith("Call 999 first")
    alt(Qt.Key.Key_C)  # I made the &call
    qtbot.waitUntil(dialog.called.isChecked)
    # The focus stays on the tick box (a screen reader says "checked", not the time's
    # selected digits); the time, now by default, is the next Tab stop.
    assert dialog.called.hasFocus() and dialog.call_time.isEnabled()
    qtbot.keyClick(dialog.called, Qt.Key.Key_Tab)
    assert dialog.call_time.hasFocus()
    alt(Qt.Key.Key_K)  # &Kind of concern
    assert dialog.category.hasFocus()
    choose(dialog.category, "hostility")
    alt(Qt.Key.Key_W)  # &What happened
    assert dialog.description.hasFocus()
    qtbot.keyClicks(dialog.description, "Threatened a neighbour with a knife.")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    [concern] = editor.concerns()
    assert concern.level == 4
    assert concern.coordinator_phoned_at is not None


def free_day(vault: Vault) -> QDate:
    """The latest day up to today on which the demo has no meeting."""
    taken = {m.held_on for m in store.find(vault.conn, Meeting)}
    day = QDate.currentDate()
    while day.toString(Qt.DateFormat.ISODate) in taken:
        day = day.addDays(-1)
    return day


def fill_a_meeting(qtbot: QtBot, editor: MeetingEditor, minutes: str = MINUTES) -> None:
    """A meeting on a day with no other, everyone present, some minutes."""
    editor.held_on.setDate(free_day(editor._vault))
    click(qtbot, editor.everyone_present)
    qtbot.keyClicks(editor.minutes, minutes)


def test_save_then_save_again_makes_one_meeting_and_a_truly_blank_form(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    before = store.count(demo_volunteer_vault.conn, Meeting)
    fill_a_meeting(qtbot, editor)
    click(qtbot, editor.save_button)
    assert store.count(demo_volunteer_vault.conn, Meeting) == before + 1
    # Said beside the Save button, where the person is looking.
    assert editor.autosave_status.isVisible()
    assert editor.autosave_status.text().startswith("The meeting on ")
    assert editor.autosave_status.text().endswith(
        "is saved. It goes to the office the next time you send."
    )
    # A truly blank form: no minutes, nobody ticked, no concern.
    assert editor.minutes.toPlainText() == ""
    assert editor.fields()["attendance"] == {}
    assert editor.concerns() == []

    click(qtbot, editor.save_button)
    assert store.count(demo_volunteer_vault.conn, Meeting) == before + 1
    assert editor.autosave_status.text().startswith("There is nothing to save yet")


def test_a_blank_meeting_cannot_be_saved_by_one_click(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    before = store.count(demo_volunteer_vault.conn, Meeting)
    click(qtbot, editor.save_button)
    assert store.count(demo_volunteer_vault.conn, Meeting) == before
    assert editor.banner.text() == (
        "There is nothing to save yet: write the minutes, tick who came or add a concern. "
        "Nothing was saved."
    )


def test_a_second_meeting_for_the_same_circle_and_date_asks_first(
    qtbot: QtBot, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    editor = open_editor(qtbot, demo_volunteer_vault, circle_code=circle_code)
    fill_a_meeting(qtbot, editor)
    click(qtbot, editor.save_button)
    before = store.count(demo_volunteer_vault.conn, Meeting)

    day = newest_meeting(demo_volunteer_vault).held_on
    click(qtbot, editor.everyone_present)
    qtbot.keyClicks(editor.minutes, "The same evening, a second time.")
    editor.held_on.setDate(QDate.fromString(day, Qt.DateFormat.ISODate))
    click(qtbot, editor.save_button)
    assert editor.again_confirm.isVisible()
    assert "There is already a meeting for " in editor.again_text.text()
    assert store.count(demo_volunteer_vault.conn, Meeting) == before
    click(qtbot, editor.dont_save_button)
    assert not editor.again_confirm.isVisible()
    assert store.count(demo_volunteer_vault.conn, Meeting) == before
    assert editor.minutes.toPlainText() == "The same evening, a second time."  # kept

    click(qtbot, editor.save_button)
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_again_button)
    assert store.count(demo_volunteer_vault.conn, Meeting) == before + 1
    assert sorted(
        m.minutes for m in store.find(demo_volunteer_vault.conn, Meeting, held_on=day)
    ) == sorted([MINUTES, "The same evening, a second time."])
