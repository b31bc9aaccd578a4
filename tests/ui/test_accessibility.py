"""Every control a user can reach has an accessible name; errors are alerts to screen readers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QRadioButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import Role
from circlesdesk.ui.first_run import FirstRunWizard
from circlesdesk.ui.main_window import MainWindow
from circlesdesk.ui.pages import default_pages
from circlesdesk.ui.passphrase import PassphraseField
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.unlock import UnlockWindow
from circlesdesk.ui.widgets import (
    AlertLabel,
    StatusLabel,
    install_accessibility,
    select_with_arrows,
)
from tests.vault_kit import FAST_KDF

CONTROLS = (QAbstractButton, QLineEdit, QListWidget, QProgressBar)


def _unnamed(window: QWidget) -> list[str]:
    found = []
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS):
            continue
        if isinstance(control.parent(), QTabBar) or control.objectName().startswith("qt_"):
            continue  # Qt's own scroll and tab buttons
        if not control.accessibleName() and not getattr(control, "text", lambda: "")():
            found.append(f"{type(control).__name__} {control.objectName()!r}")
    return found


def test_the_wizard_unlock_and_main_windows_name_every_control(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner
) -> None:
    wizard = FirstRunWizard(tmp_path / "data", runner, kdf=FAST_KDF)
    unlock = UnlockWindow(tmp_path / "data", runner)
    main = MainWindow()
    main.add_pages(default_pages(Role.VOLUNTEER))
    for window in (wizard, unlock, main):
        qtbot.addWidget(window)
        assert _unnamed(window) == []
    assert main.windowTitle() == "CirclesDesk"
    assert main.navigation.accessibleName() == "Sections"


def test_an_alert_label_is_an_alert_to_assistive_technology(qtbot: QtBot) -> None:
    install_accessibility()
    label = AlertLabel()
    qtbot.addWidget(label)
    label.show_error("The passphrase is not right. Check Caps Lock and try again.")
    interface = QAccessible.queryAccessibleInterface(label)
    assert interface is not None
    assert interface.role() == QAccessible.Role.AlertMessage
    assert interface.text(QAccessible.Text.Name).startswith("The passphrase is not right.")
    label.show_success("Saved.")
    assert label.property("role") == "success" and not label.is_error
    label.clear_message()
    assert not label.isVisible() and label.text() == ""


def test_a_secret_field_shows_assistive_technology_a_name_and_bullets_only(
    qtbot: QtBot,
) -> None:
    field = PassphraseField()
    field.setAccessibleName("Passphrase")
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "kettle maple")
    interface = QAccessible.queryAccessibleInterface(field)
    assert interface is not None
    assert interface.role() == QAccessible.Role.EditableText
    assert interface.state().passwordEdit
    assert interface.text(QAccessible.Text.Name) == "Passphrase"
    assert interface.text(QAccessible.Text.Value) == "●" * len("kettle maple")
    # No text interface: Qt's bridge then sends no text events, which carry the characters.
    assert interface.textInterface() is None
    assert field.text() == "kettle maple"


def test_a_status_line_is_named_by_what_it_shows(qtbot: QtBot) -> None:
    status = StatusLabel("How many records")
    qtbot.addWidget(status)
    status.setText("4 records.")
    interface = QAccessible.queryAccessibleInterface(status)
    assert interface is not None
    assert interface.role() == QAccessible.Role.StatusBar
    assert interface.text(QAccessible.Text.Name) == "4 records."
    assert interface.text(QAccessible.Text.Description) == "How many records"
    status.setText("Nothing found. Try another word.")
    assert interface.text(QAccessible.Text.Name) == "Nothing found. Try another word."


def test_arrow_keys_choose_in_a_group_of_options(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    group = QButtonGroup(box)
    for index, text in enumerate(("Present", "Late", "Apologies")):
        button = QRadioButton(text, box)
        layout.addWidget(button)
        group.addButton(button, index)
    select_with_arrows(group)
    box.show()
    qtbot.waitExposed(box)
    group.button(0).setFocus()
    qtbot.keyClick(group.button(0), Qt.Key.Key_Down)
    assert group.checkedId() == 1 and box.focusWidget() is group.button(1)
    qtbot.keyClick(group.button(1), Qt.Key.Key_Up)
    qtbot.keyClick(group.button(0), Qt.Key.Key_Up)
    assert group.checkedId() == 2  # round to the last


def test_a_message_that_takes_the_focus_waits_for_its_page_to_be_enabled(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    other = QLineEdit(page)
    alert = AlertLabel(page, focus_on_show=True)
    layout.addWidget(other)
    layout.addWidget(alert)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    other.setFocus()
    page.setEnabled(False)  # a task is finishing
    alert.show_success("Saved the file.")
    page.setEnabled(True)
    qtbot.waitUntil(alert.hasFocus)
