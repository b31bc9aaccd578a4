"""The unlock window: each vault error as its own sentence in the window; the recovery flow."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from circlesdesk.services import staff
from circlesdesk.ui.main_window import owner_text
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.unlock import UnlockWindow
from circlesdesk.ui.widgets import AlertLabel
from circlesdesk.vault.errors import (
    KeySlotsDamaged,
    KeySlotsMissing,
    VaultDamaged,
    VaultError,
    VaultInUse,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from circlesdesk.vault.keyslots import MALFORMED_RECOVERY_CODE
from circlesdesk.vault.migrations import LATEST_VERSION
from circlesdesk.vault.vault import DATABASE_FILE, KEYS_FILE, Vault
from tests.vault_kit import (
    FAST_KDF,
    OTHER_PASSPHRASE,
    PAGE_SIZE,
    PASSPHRASE,
    VOLUNTEER_NAME,
    Template,
    file_snapshot,
    flip_bytes,
)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def window(qtbot: QtBot, volunteer_vault_dir: Path, runner: TaskRunner) -> UnlockWindow:
    widget = UnlockWindow(volunteer_vault_dir, runner, kdf=FAST_KDF)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_and_unlock(qtbot: QtBot, window: UnlockWindow, passphrase: str) -> None:
    field = window.unlock_panel.passphrase
    field.clear()
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter presses Unlock
    assert window.busy  # the button is disabled while Argon2 runs
    assert not window.unlock_panel.unlock_button.isEnabled()


def _refused(qtbot: QtBot, window: UnlockWindow, passphrase: str) -> str:
    opened: list[Vault] = []
    window.unlocked.connect(opened.append)
    _type_and_unlock(qtbot, window, passphrase)
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    assert opened == []
    alert = window.unlock_panel.alert
    assert alert.isVisible() and alert.is_error
    assert window.findChildren(QMessageBox) == []  # in the window, not in a message box
    return alert.text()


def test_the_right_passphrase_unlocks(
    qtbot: QtBot, window: UnlockWindow, volunteer_vault_dir: Path
) -> None:
    field = window.unlock_panel.passphrase
    assert field.echoMode() == field.EchoMode.Password
    with qtbot.waitSignal(window.unlocked, timeout=10_000) as unlocked:
        _type_and_unlock(qtbot, window, PASSPHRASE)
    vault = unlocked.args[0]
    try:
        assert vault.info.name == VOLUNTEER_NAME and not vault.is_locked
        assert field.text() == ""  # the passphrase does not stay in the field
    finally:
        vault.lock()


def test_a_wrong_passphrase_is_one_sentence_and_opens_nothing(
    qtbot: QtBot, window: UnlockWindow, volunteer_vault_dir: Path
) -> None:
    before = file_snapshot(volunteer_vault_dir)
    assert _refused(qtbot, window, OTHER_PASSPHRASE) == str(WrongPassphrase())
    assert str(WrongPassphrase()) == "The passphrase is not right. Check Caps Lock and try again."
    assert file_snapshot(volunteer_vault_dir) == before
    # The lock was released: the right passphrase opens it at once.
    with Vault.unlock(volunteer_vault_dir, passphrase=PASSPHRASE):
        pass
    # Typing again clears the sentence.
    qtbot.keyClicks(window.unlock_panel.passphrase, "x")
    assert not window.unlock_panel.alert.isVisible()


def test_an_empty_passphrase_is_asked_for(qtbot: QtBot, window: UnlockWindow) -> None:
    click(qtbot, window.unlock_panel.unlock_button)
    assert window.error_text == "Please type your passphrase."
    assert not window.busy


def _flip_page_two(folder: Path) -> None:
    flip_bytes(folder / DATABASE_FILE, PAGE_SIZE + 200)


def _truncate(folder: Path) -> None:
    os.truncate(folder / DATABASE_FILE, 0)


def _remove_keys(folder: Path) -> None:
    (folder / KEYS_FILE).unlink()


def _edit_keys(folder: Path) -> None:
    text = (folder / KEYS_FILE).read_text()
    (folder / KEYS_FILE).write_text(text.replace('"lanes": 1', '"lanes": 2', 1))


def _newer_schema(folder: Path) -> None:
    with Vault.unlock(folder, passphrase=PASSPHRASE) as vault:
        vault.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1:d}")


@pytest.mark.parametrize(
    ("damage", "error"),
    [
        (_flip_page_two, VaultDamaged),
        (_truncate, VaultDamaged),
        (_remove_keys, KeySlotsMissing),
        (_edit_keys, KeySlotsDamaged),
        (_newer_schema, VaultTooNew),
    ],
)
def test_each_vault_problem_is_its_own_sentence(
    qtbot: QtBot,
    window: UnlockWindow,
    volunteer_vault_dir: Path,
    damage: Callable[[Path], None],
    error: type[VaultError],
) -> None:
    damage(volunteer_vault_dir)
    assert _refused(qtbot, window, PASSPHRASE) == str(error())


def test_a_vault_open_in_another_window_says_so(
    qtbot: QtBot, window: UnlockWindow, volunteer_vault_dir: Path
) -> None:
    with Vault.unlock(volunteer_vault_dir, passphrase=PASSPHRASE):  # a second, real lock
        assert _refused(qtbot, window, PASSPHRASE) == str(VaultInUse())
    assert window.error_text == "This vault is open in another window. Close it there first."
    with qtbot.waitSignal(window.unlocked, timeout=10_000) as unlocked:
        _type_and_unlock(qtbot, window, PASSPHRASE)
    unlocked.args[0].lock()


def test_forgot_passphrase_recovers_with_the_code_and_sets_a_new_one(
    qtbot: QtBot,
    window: UnlockWindow,
    volunteer_vault_dir: Path,
    volunteer_template: Template,
) -> None:
    click(qtbot, window.unlock_panel.forgot_button)
    panel = window.recover_panel
    assert window.stack.currentWidget() is panel
    assert panel.code.hasFocus() or not window.isActiveWindow()

    # A wrongly written code, then a weak passphrase: each explained in the panel.
    qtbot.keyClicks(panel.code, "ABCD-EFGH")
    qtbot.keyClicks(panel.fields.first, OTHER_PASSPHRASE)
    qtbot.keyClicks(panel.fields.second, OTHER_PASSPHRASE)
    click(qtbot, panel.recover_button)
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    assert panel.alert.text() == (
        "A recovery code is 24 letters and digits in six groups of four, like "
        "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX. Please check it and try again."
    )
    assert panel.alert.text() == str(WrongRecoveryCode(MALFORMED_RECOVERY_CODE))

    panel.code.clear()
    code = volunteer_template.recovery_code.lower().replace("-", " ")  # as typed from paper
    qtbot.keyClicks(panel.code, code)
    panel.fields.first.clear()
    panel.fields.second.clear()
    qtbot.keyClicks(panel.fields.first, "tiny")
    qtbot.keyClicks(panel.fields.second, "tiny")
    click(qtbot, panel.recover_button)
    assert not window.busy
    problem = panel.fields.problem
    assert problem.isVisible() and problem.text().startswith("Please choose a passphrase")
    assert isinstance(problem, AlertLabel)
    assert WeakPassphrase.__name__  # the rule's sentence comes from keyslots.check_passphrase

    panel.fields.first.clear()
    panel.fields.second.clear()
    qtbot.keyClicks(panel.fields.first, OTHER_PASSPHRASE)
    qtbot.keyClicks(panel.fields.second, OTHER_PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000) as unlocked:
        click(qtbot, panel.recover_button)
    unlocked.args[0].lock()
    assert panel.code.text() == "" and panel.fields.passphrase() == ""
    assert window.stack.currentWidget() is window.unlock_panel
    with Vault.unlock(volunteer_vault_dir, passphrase=OTHER_PASSPHRASE) as vault:
        assert vault.info.name == VOLUNTEER_NAME
    with pytest.raises(WrongPassphrase):
        Vault.unlock(volunteer_vault_dir, passphrase=PASSPHRASE)


def test_a_wrong_recovery_code_is_one_sentence(
    qtbot: QtBot, window: UnlockWindow, volunteer_vault_dir: Path
) -> None:
    click(qtbot, window.unlock_panel.forgot_button)
    panel = window.recover_panel
    qtbot.keyClicks(panel.code, "0000-0000-0000-0000-0000-0000")
    qtbot.keyClicks(panel.fields.first, OTHER_PASSPHRASE)
    qtbot.keyClicks(panel.fields.second, OTHER_PASSPHRASE)
    click(qtbot, panel.recover_button)
    assert window.busy
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    assert window.error_text == str(WrongRecoveryCode())
    click(qtbot, panel.back_button)
    assert window.stack.currentWidget() is window.unlock_panel
    assert panel.code.text() == ""  # nothing typed stays behind
    with Vault.unlock(volunteer_vault_dir, passphrase=PASSPHRASE):
        pass


def test_keyboard_only(qtbot: QtBot, window: UnlockWindow) -> None:
    panel = window.unlock_panel
    assert panel.unlock_button.isDefault()
    for widget in (panel.passphrase, panel.unlock_button, panel.forgot_button):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert panel.passphrase.nextInFocusChain() is panel.unlock_button


def test_at_an_office_of_several_people_the_window_asks_who_is_signing_in(
    qtbot: QtBot, office_vault: Vault, office_vault_dir: Path, runner: TaskRunner
) -> None:
    before = UnlockWindow(office_vault_dir, runner, kdf=FAST_KDF)
    qtbot.addWidget(before)
    assert not before.unlock_panel.name.isVisibleTo(before)  # one person: nothing changes
    staff.add_person(
        office_vault,
        name="Dana Reyes",
        role="coordinator",
        passphrase="blue kettle over the moor",
        kdf=FAST_KDF,
    )
    office_vault.lock()
    window = UnlockWindow(office_vault_dir, runner, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.unlock_panel
    assert panel.name.isVisible() and panel.name.accessibleName() == "Your name"
    qtbot.keyClicks(panel.name, "Dana Reyes")
    with qtbot.waitSignal(window.unlocked, timeout=10_000) as unlocked:
        _type_and_unlock(qtbot, window, "blue kettle over the moor")
    opened = unlocked.args[0]
    try:
        assert opened.staff is not None and opened.staff.name == "Dana Reyes"
        assert "Dana" not in window.windowTitle()
        assert (
            owner_text(opened) == "Coordinator's office: Riverside Office — signed in: Dana Reyes"
        )
    finally:
        opened.lock()
