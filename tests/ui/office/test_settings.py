"""The office settings page, driven through its widgets on a real organisation.

What is typed and clicked is saved as the next revision of the office configuration, reaches
Alice's laptop in her next reply bundle, and changes what her concern form offers; bad input
shows its sentence and stores nothing.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from circlesdesk.domain.records import OfficeConfig
from circlesdesk.services import meetings, questionnaires, review_templates
from circlesdesk.sync import importer
from circlesdesk.ui.office.settings import OfficeSettingsPage
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer.concern_dialog import ConcernDialog
from circlesdesk.vault import audit, store
from tests.sync_kit import Org, table_snapshot
from tests.ui.office.office_kit import on_screen
from tests.ui.volunteer.volunteer_kit import activate

pytestmark = pytest.mark.gui

PHONE = "01632 960 123"
URGENT_GUIDANCE = "Ring the office at once, then write down the time."
SAVED = "Saved. Volunteers receive it with their next reply bundle."


def open_page(qtbot: QtBot, org: Org, runner: TaskRunner) -> OfficeSettingsPage:
    return on_screen(qtbot, OfficeSettingsPage(org.office, runner=runner))


def retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def add_row(qtbot: QtBot, page: OfficeSettingsPage, label: str) -> None:
    """Click "Add a category", type the name into the cell being edited, press Enter."""
    activate(qtbot, page)
    qtbot.mouseClick(page.categories.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    # The new row's name cell is open for typing.
    assert isinstance(editor, QLineEdit)
    assert editor.parentWidget() is page.categories.table.viewport()
    qtbot.keyClicks(editor, label)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the cell takes the name a moment later
    qtbot.waitUntil(lambda: page.categories.entries()[-1][1] == label)


def stored(org: Org) -> OfficeConfig:
    [config] = store.find(org.office.conn, OfficeConfig)
    return config


def test_the_form_shows_the_stored_settings_and_save_waits_for_a_change(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    config = stored(org)
    page = open_page(qtbot, org, runner)
    assert page.office_name.text() == config.office_name
    assert page.autolock.value() == config.autolock_minutes
    assert page.guidance[3].toPlainText() == config.urgency_guidance["3"]
    assert page.categories.entries() == list(config.categories.items())
    assert not page.save_button.isEnabled()
    assert not page.revert_button.isEnabled()

    qtbot.keyClicks(page.phone, PHONE)
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.phone.text() == config.phone
    assert not page.save_button.isEnabled()
    assert stored(org) == config


def test_saved_settings_reach_alices_concern_form(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    before = stored(org)
    page = open_page(qtbot, org, runner)
    retype(qtbot, page.phone, PHONE)
    add_row(qtbot, page, "Gambling debts")
    assert page.categories.entries()[-1] == (None, "Gambling debts")
    table = page.categories.table
    assert table.item(table.rowCount() - 1, 1).text() == "gambling-debts"  # the key to come
    page.categories.table.setCurrentCell(0, 0)  # "Significant social influences"
    qtbot.mouseClick(page.categories.remove_button, Qt.MouseButton.LeftButton)
    page.autolock.setValue(15)
    page.guidance[3].setFocus()
    page.guidance[3].selectAll()
    qtbot.keyClicks(page.guidance[3], URGENT_GUIDANCE)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.alert.text() == SAVED
    assert not page.alert.is_error
    assert not page.save_button.isEnabled()
    config = stored(org)
    assert config.revision == before.revision + 1
    assert (config.phone, config.autolock_minutes) == (PHONE, 15)
    assert config.urgency_guidance["3"] == URGENT_GUIDANCE
    assert config.categories["gambling-debts"] == "Gambling debts"
    assert "social-influences" not in config.categories
    assert page.categories.entries()[-1] == ("gambling-debts", "Gambling debts")
    assert audit.entries(org.office.conn, limit=1)[0].action == "office_config.saved"

    importer.import_bundle(org.alice, org.reply("alice"))
    assert meetings.concern_categories(org.alice) == config.categories
    dialog = ConcernDialog(org.alice)
    qtbot.addWidget(dialog)
    offered = [dialog.category.itemData(i) for i in range(dialog.category.count())]
    assert offered == list(config.categories)
    assert dialog.level_buttons[3].accessibleDescription() == URGENT_GUIDANCE
    dialog.level_buttons[3].click()
    assert dialog.stop_message.text() == f"Phone your coordinator now: {PHONE}"


def test_bad_input_shows_the_sentence_and_stores_nothing(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    page = open_page(qtbot, org, runner)
    before = table_snapshot(org.office)
    retype(qtbot, page.phone, "ring the office")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.alert.is_error
    assert page.alert.text().startswith("The coordinator's phone number must be a phone number")
    assert table_snapshot(org.office) == before

    retype(qtbot, page.phone, PHONE)
    qtbot.mouseClick(page.categories.add_button, Qt.MouseButton.LeftButton)  # left without a name
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.alert.text() == "Please give every concern category a name."
    assert table_snapshot(org.office) == before
    assert page.save_button.isEnabled()  # the edits stay for the user to fix


def test_the_end_of_circle_questions_are_kept_in_versions(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    page = open_page(qtbot, org, runner)
    assert page.questions.entries() == list(questionnaires.DEFAULT_QUESTIONS.items())
    assert not page.save_button.isEnabled()
    config_before = stored(org)
    activate(qtbot, page)
    qtbot.mouseClick(page.questions.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "The core member feels hopeful")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.questions.entries()[-1][1] == "The core member feels hopeful")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.alert.text() == "Saved. The end-of-circle questions are now version 1."
    [saved] = questionnaires.versions(org.office)
    assert saved.questions == {
        **questionnaires.DEFAULT_QUESTIONS,
        "the-core-member-feels-hopeful": "The core member feels hopeful",
    }
    assert stored(org) == config_before  # the configuration that travels is untouched
    assert not page.save_button.isEnabled()


def test_an_empty_question_shows_the_sentence_and_stores_nothing(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    page = open_page(qtbot, org, runner)
    before = table_snapshot(org.office)
    qtbot.mouseClick(page.questions.add_button, Qt.MouseButton.LeftButton)  # left empty
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.alert.text() == "Please write each question, or remove the empty one."
    assert table_snapshot(org.office) == before


def test_the_protective_marking_is_shown_and_saved(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    page = open_page(qtbot, org, runner)
    assert page.marking.text() == "OFFICIAL-SENSITIVE"  # the default, never stored
    assert not page.save_button.isEnabled()
    retype(qtbot, page.phone, PHONE)
    retype(qtbot, page.marking, "OFFICIAL")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.alert.text() == SAVED
    assert stored(org).protective_marking == "OFFICIAL"
    assert page.marking.text() == "OFFICIAL"


def test_ticking_a_protective_factor_starts_a_new_template_version(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    before = stored(org)
    page = open_page(qtbot, org, runner)
    retype(qtbot, page.phone, PHONE)
    table = page.review_items.table
    last = table.rowCount() - 1
    assert page.review_items.checked_keys() == []
    table.item(last, 0).setCheckState(Qt.CheckState.Checked)
    key = table.item(last, 1).text()
    assert page.review_items.checked_keys() == [key]
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.alert.text() == SAVED
    config = stored(org)
    assert config.review_items == before.review_items
    assert config.review_template_id == "circles-uk-drr-v2"
    assert review_templates.protective_of(org.office, "circles-uk-drr-v2") == (key,)
    assert review_templates.protective_of(org.office, "circles-uk-drr-v1") == ()
    # Shown again ticked, with nothing left to save.
    assert page.review_items.checked_keys() == [key]
    assert not page.save_button.isEnabled()
