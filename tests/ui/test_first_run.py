"""The first-run wizard, driven as a volunteer or a coordinator would: what it stores and shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import Role
from circlesdesk.services import meetings, setup
from circlesdesk.services import sync as sync_service
from circlesdesk.sync.request import decode_request
from circlesdesk.ui import dialogs
from circlesdesk.ui.enrollment import request_file_name
from circlesdesk.ui.first_run import FirstRunWizard
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import keyslots
from circlesdesk.vault.vault import Vault
from tests.vault_kit import FAST_KDF, OFFICE_NAME, OTHER_PASSPHRASE, PASSPHRASE

NAME = "Alice Marsh"
Button = QWizard.WizardButton


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path, runner: TaskRunner) -> FirstRunWizard:
    widget = FirstRunWizard(tmp_path / "data", runner, kdf=FAST_KDF)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _choose_role(qtbot: QtBot, wizard: FirstRunWizard, role: Role) -> None:
    assert wizard.currentId() == wizard.PAGE_ROLE
    assert not wizard.button(Button.NextButton).isEnabled()  # a conscious choice is needed
    radio = wizard.role_page.coordinator if role is Role.OFFICE else wizard.role_page.volunteer
    click(qtbot, radio)
    click(qtbot, wizard.button(Button.NextButton))
    assert wizard.currentId() == wizard.PAGE_NAME


def _create(qtbot: QtBot, wizard: FirstRunWizard, *, role: Role, name: str) -> str:
    """Through role, name and passphrase; returns the recovery code as shown."""
    _choose_role(qtbot, wizard, role)
    qtbot.keyClicks(wizard.name_page.name, name)
    if role is Role.OFFICE:
        qtbot.keyClicks(wizard.name_page.phone, "01632 960123")
    click(qtbot, wizard.button(Button.NextButton))
    assert wizard.currentId() == wizard.PAGE_PASSPHRASE
    fields = wizard.passphrase_page.fields
    qtbot.keyClicks(fields.first, PASSPHRASE)
    qtbot.keyClicks(fields.second, PASSPHRASE)
    commit = wizard.button(Button.CommitButton)
    assert commit.text().replace("&", "") == "Create my vault"
    click(qtbot, commit)
    # Creating runs on a worker thread: busy line shown, nothing can be pressed meanwhile.
    assert wizard.passphrase_page.busy.busy
    assert not commit.isEnabled()
    assert not wizard.button(Button.CancelButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_RECOVERY, timeout=15_000)
    assert not wizard.passphrase_page.busy.busy
    return wizard.recovery_page.code_label.text()


def test_a_volunteer_sets_up_the_vault_and_the_enrollment_request(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown_code = _create(qtbot, wizard, role=Role.VOLUNTEER, name=NAME)
    folder = tmp_path / "data"
    assert (folder / "vault.db").is_file() and (folder / "vault.keys").is_file()
    assert wizard.passphrase_page.fields.passphrase() == ""  # forgotten once used

    # The recovery code: shown big in two lines of groups, required confirmation, no going back.
    page = wizard.recovery_page
    assert page.code_label.isVisible()
    assert len(shown_code.splitlines()) == 2
    code = keyslots.parse_recovery_code(shown_code)
    next_button = wizard.button(Button.CommitButton)
    assert not next_button.isEnabled()
    assert not wizard.button(Button.CancelButton).isVisible()
    click(qtbot, page.confirmed)
    click(qtbot, next_button)
    assert wizard.currentId() == wizard.PAGE_ENROLL
    assert page.code_label.text() == ""  # shown once
    assert wizard.recovery_code is None
    assert (
        not wizard.button(Button.BackButton).isVisible()
        or not wizard.button(Button.BackButton).isEnabled()
    )

    # The enrollment request goes to the chosen folder; the fingerprint is the device's.
    vault = wizard.vault
    assert vault is not None
    assert vault.info.role is Role.VOLUNTEER and vault.info.name == NAME
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    monkeypatch.setattr(dialogs, "ask_folder", lambda _parent, _title: usb)
    click(qtbot, wizard.enroll_page.save_button)
    request_path = usb / request_file_name(vault.info.device_id)
    request = decode_request(request_path.read_bytes())
    assert request.identity.device_id == vault.info.device_id
    assert request.name == NAME
    assert wizard.enroll_page.saved.isVisible()
    assert request_path.name in wizard.enroll_page.saved.text()
    fingerprint = setup.identity(vault).public().fingerprint()
    view = wizard.enroll_page.fingerprint
    assert view.fingerprint == fingerprint
    assert view.digits.text().split() == fingerprint.split()
    assert view.digits.text() == (
        " ".join(fingerprint.split()[:4]) + "\n" + " ".join(fingerprint.split()[4:])
    )
    assert view.qr.isVisible() and view.qr.matrix  # drawn from the same text
    assert view.qr.accessibleDescription() == fingerprint

    # Skip the welcome file for now, and finish: the session gets the unlocked vault.
    click(qtbot, wizard.button(Button.NextButton))
    finish = wizard.button(Button.FinishButton)
    assert finish.text().replace("&", "") == "I'll do this later"
    with qtbot.waitSignal(wizard.vault_ready, timeout=5000) as ready:
        click(qtbot, finish)
    opened = ready.args[0]
    assert opened is vault and not opened.is_locked
    opened.lock()

    # On disk: the right role and name, the passphrase opens it, the code shown recovers it.
    with Vault.unlock(folder, passphrase=PASSPHRASE) as reopened:
        assert reopened.info.role is Role.VOLUNTEER and reopened.info.name == NAME
    with Vault.recover(
        folder, recovery_code=code, new_passphrase=OTHER_PASSPHRASE, kdf=FAST_KDF
    ) as recovered:
        assert recovered.info.device_id == vault.info.device_id


def test_the_welcome_file_is_checked_confirmed_then_imported(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    empty_vault_dir: Path,
) -> None:
    _create(qtbot, wizard, role=Role.VOLUNTEER, name=NAME)
    click(qtbot, wizard.recovery_page.confirmed)
    click(qtbot, wizard.button(Button.CommitButton))
    request = wizard.enroll_page.request
    assert request is not None
    with Vault.unlock(empty_vault_dir, passphrase=PASSPHRASE) as office:
        enrolled = sync_service.enroll(office, request)
        office_fingerprint = setup.identity(office).public().fingerprint()
    welcome = tmp_path / "welcome.cdb"
    welcome.write_bytes(enrolled.welcome.data)
    click(qtbot, wizard.button(Button.NextButton))
    assert wizard.currentId() == wizard.PAGE_WELCOME
    page = wizard.welcome_page
    monkeypatch.setattr(dialogs, "ask_open_file", lambda _parent, _title, _filter: welcome)

    click(qtbot, page.choose_button)
    qtbot.waitUntil(page.confirm.isVisible, timeout=10_000)
    assert page.fingerprint.fingerprint == office_fingerprint
    assert OFFICE_NAME in page.question.text()
    vault = wizard.vault
    assert vault is not None
    assert sync_service.sync_status(vault).office_name is None  # nothing imported yet

    click(qtbot, page.match_button)
    qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
    assert page.alert.isVisible() and OFFICE_NAME in page.alert.text()
    status = sync_service.sync_status(vault)
    assert status.office_name == OFFICE_NAME
    assert status.office_fingerprint == office_fingerprint
    assert meetings.office_config(vault) is not None
    finish = wizard.button(Button.FinishButton)
    assert finish.text().replace("&", "") == "Start using CirclesDesk"
    with qtbot.waitSignal(wizard.vault_ready, timeout=5000) as ready:
        click(qtbot, finish)
    ready.args[0].lock()


def test_different_numbers_import_nothing(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    empty_vault_dir: Path,
) -> None:
    _create(qtbot, wizard, role=Role.VOLUNTEER, name=NAME)
    click(qtbot, wizard.recovery_page.confirmed)
    click(qtbot, wizard.button(Button.CommitButton))
    request = wizard.enroll_page.request
    assert request is not None
    with Vault.unlock(empty_vault_dir, passphrase=PASSPHRASE) as office:
        welcome_data = sync_service.enroll(office, request).welcome.data
    welcome = tmp_path / "welcome.cdb"
    welcome.write_bytes(welcome_data)
    click(qtbot, wizard.button(Button.NextButton))
    page = wizard.welcome_page
    monkeypatch.setattr(dialogs, "ask_open_file", lambda _parent, _title, _filter: welcome)
    click(qtbot, page.choose_button)
    qtbot.waitUntil(page.confirm.isVisible, timeout=10_000)
    click(qtbot, page.differ_button)
    assert not page.confirm.isVisible()
    assert "Nothing was imported" in page.alert.text()
    vault = wizard.vault
    assert vault is not None
    assert sync_service.sync_status(vault).office_name is None
    vault.lock()


def test_a_coordinator_sets_up_the_office(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path
) -> None:
    _create(qtbot, wizard, role=Role.OFFICE, name=OFFICE_NAME)
    assert "office safe" in wizard.recovery_page.advice.text()
    finish = wizard.button(Button.FinishButton)
    assert finish.isVisible() and not finish.isEnabled()
    click(qtbot, wizard.recovery_page.confirmed)
    with qtbot.waitSignal(wizard.vault_ready, timeout=5000) as ready:
        click(qtbot, finish)
    vault = ready.args[0]
    try:
        assert vault.info.role is Role.OFFICE and vault.info.name == OFFICE_NAME
        config = meetings.office_config(vault)
        assert config is not None and config.phone == "01632 960123"
    finally:
        vault.lock()


def test_a_weak_or_mistyped_passphrase_is_explained_on_the_page(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path
) -> None:
    _choose_role(qtbot, wizard, Role.VOLUNTEER)
    qtbot.keyClicks(wizard.name_page.name, NAME)
    click(qtbot, wizard.button(Button.NextButton))
    fields = wizard.passphrase_page.fields
    qtbot.keyClicks(fields.first, "short")
    qtbot.keyClicks(fields.second, "short")
    assert fields.meter.value() <= 1
    click(qtbot, wizard.button(Button.CommitButton))
    expected = str(keyslots._passphrase_problem("short"))
    assert fields.problem.isVisible() and fields.problem.text() == expected
    assert wizard.currentId() == wizard.PAGE_PASSPHRASE

    fields.first.clear()
    fields.second.clear()
    qtbot.keyClicks(fields.first, PASSPHRASE)
    assert fields.meter.value() >= 3
    qtbot.keyClicks(fields.second, PASSPHRASE + "x")
    click(qtbot, wizard.button(Button.CommitButton))
    assert "not the same" in fields.problem.text()
    assert wizard.currentId() == wizard.PAGE_PASSPHRASE
    assert not (tmp_path / "data" / "vault.db").exists()


def test_cancelling_before_the_vault_exists_creates_nothing(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path
) -> None:
    with qtbot.waitSignal(wizard.rejected, timeout=2000):
        click(qtbot, wizard.button(Button.CancelButton))
    assert not Vault.exists(tmp_path / "data")


def test_the_recovery_code_cannot_be_skipped_by_closing(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    _create(qtbot, wizard, role=Role.VOLUNTEER, name=NAME)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    wizard.close()
    assert wizard.isVisible()
    assert wizard.currentId() == wizard.PAGE_RECOVERY
    vault = wizard.take_vault()
    assert vault is not None
    vault.lock()


def test_printing_the_code_asks_for_a_printer_without_blocking(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    _create(qtbot, wizard, role=Role.VOLUNTEER, name=NAME)
    page = wizard.recovery_page
    page.print_button.setEnabled(True)  # as on a computer with a printer
    click(qtbot, page.print_button)  # returns at once: the choice waits in its own window
    dialog = page.print_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.windowTitle() == "Print the recovery code"
    assert dialog.isModal()
    dialog.reject()  # the user cancels: nothing printed, nothing to say
    assert page.alert.text() == ""
    assert wizard.currentId() == wizard.PAGE_RECOVERY
    vault = wizard.take_vault()
    assert vault is not None
    vault.lock()


def test_each_page_focuses_its_first_field_and_enter_saves_the_request_before_moving_on(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert wizard.role_page.volunteer.hasFocus()  # typing (or Space) starts on the first choice
    _choose_role(qtbot, wizard, Role.VOLUNTEER)
    assert wizard.name_page.name.hasFocus()
    qtbot.keyClicks(wizard.name_page.name, NAME)
    click(qtbot, wizard.button(Button.NextButton))
    assert wizard.passphrase_page.fields.first.hasFocus()
    qtbot.keyClicks(wizard.passphrase_page.fields.first, PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase_page.fields.second, PASSPHRASE)
    click(qtbot, wizard.button(Button.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_RECOVERY, timeout=15_000)
    assert wizard.recovery_page.confirmed.hasFocus()
    click(qtbot, wizard.recovery_page.confirmed)
    click(qtbot, wizard.button(Button.CommitButton))
    assert wizard.currentId() == wizard.PAGE_ENROLL
    assert wizard.enroll_page.save_button.hasFocus()

    # Enter on the enrollment step writes the file the person needs; it does not skip the step.
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    monkeypatch.setattr(dialogs, "ask_folder", lambda _parent, _title: usb)
    wizard.enroll_page.fingerprint.setFocus()
    qtbot.keyClick(wizard.enroll_page.fingerprint, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.PAGE_ENROLL
    assert [p.name for p in usb.iterdir()] == [request_file_name(wizard.vault.info.device_id)]  # type: ignore[union-attr]
    # Saved: now Enter goes on to the welcome step.
    qtbot.keyClick(wizard.enroll_page.fingerprint, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.PAGE_WELCOME
    assert wizard.welcome_page.choose_button.hasFocus()
    assert "Send and receive page" in wizard.welcome_page.intro.text()
