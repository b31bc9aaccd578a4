"""Helpers for the volunteer page tests: the demo passphrase, and small changes to a vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QMessageBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from circlesdesk.domain.records import OfficeConfig
from circlesdesk.services import meetings
from circlesdesk.vault import database, store
from circlesdesk.vault.keyslots import KdfParams
from circlesdesk.vault.vault import Vault

PASSPHRASE = "correct horse battery"
FAST_KDF = KdfParams(memory_kib=65536, iterations=1, lanes=1)
OFFICE_PHONE = "01632 960123"


def set_office_phone(vault: Vault, phone: str = OFFICE_PHONE) -> None:
    """Give the office configuration a coordinator phone number, as a newer office revision."""
    config = meetings.office_config(vault)
    assert isinstance(config, OfficeConfig)
    with database.transaction(vault.conn):
        store.apply_incoming(vault.conn, config.revised(phone=phone))


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a button where a user would: on a check box's or radio button's indicator."""
    option = QStyleOptionButton()
    option.initFrom(button)
    if isinstance(button, QCheckBox | QRadioButton):
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        point = button.style().subElementRect(element, option, button).center()
    else:
        point = button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=point)


def choose(combo: QComboBox, data: object) -> None:
    """Choose the item holding ``data``, as picking it from the list does."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make a window the active one and wait until it stays so (key shortcuts need that).

    On the offscreen platform an earlier activation can still arrive after a later one, so
    this waits for the window to be active on two checks in a row.
    """
    seen: list[bool] = []

    def settled() -> bool:
        active = QApplication.activeWindow() is window
        if not active:
            window.activateWindow()
        seen.append(active)
        return seen[-2:] == [True, True]

    qtbot.waitUntil(settled, timeout=5000)


def the_question(qtbot: QtBot) -> QMessageBox:
    """The "Discard what you typed?" question that Escape or Cancel brings up."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=3000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.text() == "Discard what you typed?"
    return box


def answer(qtbot: QtBot, box: QMessageBox, label: str) -> None:
    """Click the button of a message box with this label (mnemonic left out)."""
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == label]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
