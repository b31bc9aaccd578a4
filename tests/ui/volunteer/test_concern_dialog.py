"""The concern dialog: guidance beside each level, the stop for 3 and 4, and what it returns."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from circlesdesk.domain import defaults, urgency
from circlesdesk.services import meetings
from circlesdesk.ui.volunteer.concern_dialog import ConcernDialog
from circlesdesk.vault.vault import Vault
from tests.ui.volunteer.volunteer_kit import OFFICE_PHONE, choose, click, set_office_phone

pytestmark = pytest.mark.gui


def open_dialog(qtbot: QtBot, vault: Vault) -> ConcernDialog:
    dialog = ConcernDialog(vault)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.open()
    return dialog


def test_each_level_shows_the_office_guidance(qtbot: QtBot, demo_volunteer_vault: Vault) -> None:
    config = meetings.office_config(demo_volunteer_vault)
    assert config is not None
    dialog = open_dialog(qtbot, demo_volunteer_vault)
    for level, button in dialog.level_buttons.items():
        assert button.accessibleDescription() == config.urgency_guidance[str(level)]
    assert dialog.level() is None
    assert not dialog.ok_button.isEnabled()


def test_each_level_says_its_guidance_once_and_level_3_says_phone_now(
    qtbot: QtBot, demo_volunteer_vault: Vault
) -> None:
    """The guidance is the level's description, and no label names the level a second time
    (a buddy label is read as its name too); choosing 3 adds the phone stop to it."""
    set_office_phone(demo_volunteer_vault)
    dialog = open_dialog(qtbot, demo_volunteer_vault)
    buddies = [label.buddy() for label in dialog.findChildren(QLabel)]
    assert not any(button in buddies for button in dialog.level_buttons.values())
    click(qtbot, dialog.level_buttons[3])
    description = dialog.level_buttons[3].accessibleDescription()
    assert description.startswith(f"Phone your coordinator now: {OFFICE_PHONE}")
    assert dialog.stop_message.is_error  # an alert to assistive technology
    click(qtbot, dialog.level_buttons[1])
    config = meetings.office_config(demo_volunteer_vault)
    assert config is not None
    assert dialog.level_buttons[3].accessibleDescription() == config.urgency_guidance["3"]


def test_the_dialog_stops_at_exactly_the_levels_the_domain_rule_names(
    qtbot: QtBot, demo_volunteer_vault: Vault
) -> None:
    dialog = open_dialog(qtbot, demo_volunteer_vault)
    stopped = []
    for level, button in sorted(dialog.level_buttons.items()):
        click(qtbot, button)
        if dialog.stop_panel.isVisible():
            stopped.append(level)
    assert stopped == [level for level in range(5) if urgency.needs_phone_call(level)] == [3, 4]


def test_level_3_stops_until_the_call_time_is_given(
    qtbot: QtBot, demo_volunteer_vault: Vault
) -> None:
    set_office_phone(demo_volunteer_vault)
    dialog = open_dialog(qtbot, demo_volunteer_vault)
    click(qtbot, dialog.level_buttons[3])
    choose(dialog.category, "mental-health")
    qtbot.keyClicks(dialog.description, "Talked about not wanting to go on.")
    assert dialog.stop_panel.isVisible()
    assert dialog.stop_message.text() == f"Phone your coordinator now: {OFFICE_PHONE}"
    assert not dialog.call_time.isEnabled()
    assert not dialog.ok_button.isEnabled()
    # Enter does not get past the stop either.
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()

    click(qtbot, dialog.called)
    called_at = QDateTime.currentDateTime().addSecs(-10 * 60)
    dialog.call_time.setDateTime(called_at)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    concern = dialog.concern_input()
    assert concern.level == 3
    assert concern.category == "mental-health"
    assert concern.description == "Talked about not wanting to go on."
    assert concern.coordinator_phoned_at is not None
    phoned = dt.datetime.fromisoformat(concern.coordinator_phoned_at)
    assert phoned.tzinfo is not None
    expected = called_at.toPython().astimezone()  # type: ignore[union-attr]
    assert abs(phoned - expected) < dt.timedelta(minutes=1)


def test_level_4_says_call_999_first(qtbot: QtBot, demo_volunteer_vault: Vault) -> None:
    set_office_phone(demo_volunteer_vault)
    dialog = open_dialog(qtbot, demo_volunteer_vault)
    click(qtbot, dialog.level_buttons[4])
    assert dialog.stop_message.text() == f"Call 999 first, then your coordinator: {OFFICE_PHONE}"
    assert "phone your coordinator" in dialog.missing.text()


def test_without_a_phone_number_the_stop_still_says_what_to_do(
    qtbot: QtBot, demo_volunteer_vault: Vault
) -> None:
    dialog = open_dialog(qtbot, demo_volunteer_vault)  # the demo office has no phone number set
    click(qtbot, dialog.level_buttons[3])
    assert dialog.stop_message.text() == (
        "Phone your coordinator now, on the number the office gave you."
    )


def test_lower_levels_need_no_call(qtbot: QtBot, demo_volunteer_vault: Vault) -> None:
    dialog = open_dialog(qtbot, demo_volunteer_vault)
    click(qtbot, dialog.level_buttons[3])
    click(qtbot, dialog.level_buttons[2])
    assert not dialog.stop_panel.isVisible()
    choose(dialog.category, "stability")
    qtbot.keyClicks(dialog.description, "Lost his room at the hostel.")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.ok_button)
    concern = dialog.concern_input()
    assert (concern.level, concern.coordinator_phoned_at, concern.action_taken) == (2, None, None)


def test_categories_come_from_the_office(qtbot: QtBot, demo_volunteer_vault: Vault) -> None:
    dialog = open_dialog(qtbot, demo_volunteer_vault)
    offered = {dialog.category.itemData(i) for i in range(dialog.category.count())}
    assert offered == set(meetings.concern_categories(demo_volunteer_vault))
    assert offered == set(defaults.CONCERN_CATEGORIES)
