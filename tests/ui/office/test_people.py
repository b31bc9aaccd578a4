"""Office → People through the real page: adding a colleague who types their own passphrase,
changing a role, removing a person (locked out at once), and a manager approving a disclosure
at a coordinator's desk. Real vaults, key slots and widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from circlesdesk.domain.permissions import StaffRole
from circlesdesk.domain.records import Meeting, new_record_id
from circlesdesk.services import circles, staff
from circlesdesk.services import disclosures as disclosure
from circlesdesk.ui.office.people import (
    DecideDialog,
    PeopleModel,
    PeoplePage,
    PersonDialog,
    RemoveDialog,
    RoleDialog,
)
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import audit
from circlesdesk.vault.errors import WrongPassphrase
from circlesdesk.vault.vault import Vault
from tests.report_kit import Builder
from tests.ui.office.office_kit import on_screen
from tests.vault_kit import CIRCLE_CODE, FAST_KDF, OFFICE_NAME, PASSPHRASE

pytestmark = pytest.mark.gui

DANA, DANA_PASSPHRASE = "Dana Reyes", "blue kettle over the moor"


def open_page(qtbot: QtBot, office_vault: Vault, runner: TaskRunner) -> PeoplePage:
    return on_screen(qtbot, PeoplePage(office_vault, runner=runner, kdf=FAST_KDF))


def names(page: PeoplePage) -> dict[str, tuple[str, str]]:
    model = page.model
    return {
        model.index(r, PeopleModel.NAME).data(): (
            model.index(r, PeopleModel.ROLE).data(),
            model.index(r, PeopleModel.CIRCLES).data(),
        )
        for r in range(model.rowCount())
    }


def choose(page: PeoplePage, name: str) -> None:
    (row,) = [r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == name]
    page.view.selectRow(row)


def add_dana(qtbot: QtBot, page: PeoplePage) -> None:
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.name, DANA)
    dialog.role.setCurrentIndex(dialog.role.findData(StaffRole.COORDINATOR.value))
    (item,) = [dialog.circles.item(r) for r in range(dialog.circles.count())]
    assert item.text() == CIRCLE_CODE
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.fields.first, DANA_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, DANA_PASSPHRASE)
    assert dialog.fields.meter.value() >= 2  # the strength meter follows what she types
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10_000)


def test_a_manager_adds_a_coordinator_who_then_unlocks_with_her_own_passphrase(
    qtbot: QtBot, office_vault: Vault, office_vault_dir: Path, runner: TaskRunner
) -> None:
    page = open_page(qtbot, office_vault, runner)
    assert names(page) == {OFFICE_NAME: ("Manager", "All")}
    add_dana(qtbot, page)
    assert page.alert.text() == f"{DANA} can now unlock with their own passphrase."
    assert names(page)[DANA] == ("Coordinator", CIRCLE_CODE)
    assert page.status.text() == "People working here: 2."
    office_vault.lock()
    with Vault.unlock(office_vault_dir, passphrase=DANA_PASSPHRASE, name=DANA) as dana:
        assert dana.staff is not None and dana.staff.role is StaffRole.COORDINATOR


def test_a_weak_or_mistyped_passphrase_stores_nobody(
    qtbot: QtBot, office_vault: Vault, runner: TaskRunner
) -> None:
    page = open_page(qtbot, office_vault, runner)
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.name, DANA)
    qtbot.keyClicks(dialog.fields.first, DANA_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, DANA_PASSPHRASE + "x")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.fields.problem.is_error
    assert [m.name for m in staff.people(office_vault)] == [OFFICE_NAME]


def test_changing_a_role_and_removing_a_person(
    qtbot: QtBot, office_vault: Vault, office_vault_dir: Path, runner: TaskRunner
) -> None:
    page = open_page(qtbot, office_vault, runner)
    add_dana(qtbot, page)
    choose(page, DANA)
    page.role_button.click()
    role_dialog = page.dialog
    assert isinstance(role_dialog, RoleDialog)
    role_dialog.role.setCurrentIndex(role_dialog.role.findData(StaffRole.DPO.value))
    role_dialog.ok_button.click()
    assert names(page)[DANA] == ("Data-protection officer", "All")
    choose(page, DANA)
    page.remove_button.click()
    remove = page.dialog
    assert isinstance(remove, RemoveDialog)
    assert remove.cancel_button.hasFocus() or remove.cancel_button.isDefault()
    remove.ok_button.click()
    assert page.alert.text() == f"{DANA} no longer works here: their passphrase opens nothing."
    assert DANA not in names(page)
    office_vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(office_vault_dir, passphrase=DANA_PASSPHRASE, name=DANA)


def test_a_coordinator_sees_who_works_here_but_cannot_change_it(
    qtbot: QtBot, office_vault: Vault, office_vault_dir: Path, runner: TaskRunner
) -> None:
    staff.add_person(
        office_vault, name=DANA, role="coordinator", passphrase=DANA_PASSPHRASE, kdf=FAST_KDF
    )
    office_vault.lock()
    with Vault.unlock(office_vault_dir, passphrase=DANA_PASSPHRASE, name=DANA) as dana:
        page = open_page(qtbot, dana, runner)
        assert set(names(page)) == {DANA, OFFICE_NAME}
        choose(page, OFFICE_NAME)
        for button in (
            page.add_button,
            page.passphrase_button,
            page.role_button,
            page.remove_button,
        ):
            assert not button.isEnabled(), button.text()


def test_a_manager_approves_a_disclosure_at_the_coordinators_desk(
    qtbot: QtBot, office_vault: Vault, office_vault_dir: Path, runner: TaskRunner
) -> None:
    staff.add_person(
        office_vault,
        name=DANA,
        role="coordinator",
        passphrase=DANA_PASSPHRASE,
        circle_codes=[CIRCLE_CODE],
        kdf=FAST_KDF,
    )
    meeting = Meeting(
        uuid=new_record_id(),
        origin=office_vault.info.device_id,
        circle_uuid=circles.find_circle(office_vault, CIRCLE_CODE).uuid,
        held_on="2026-02-03",
        minutes="Talked about the move.",
    )
    Builder(office_vault).save(meeting)
    office_vault.lock()
    with Vault.unlock(office_vault_dir, passphrase=DANA_PASSPHRASE, name=DANA) as dana:
        draft = disclosure.prepare(
            dana, [("meeting", meeting.uuid)], agency="Police", basis="Public protection"
        )
        disclosure.ask_approval(dana, draft)
        page = open_page(qtbot, dana, runner)
        assert page.approvals_status.text() == "Requests waiting for a manager: 1."
        page.decide_button.click()
        dialog = page.dialog
        assert isinstance(dialog, DecideDialog) and dialog.asks_manager
        dialog.ok_button.click()  # no reason, no manager: refused in the dialog
        assert dialog.isVisible() and dialog.alert.is_error
        qtbot.keyClicks(dialog.reason, "Checked the police request")
        qtbot.keyClicks(dialog.manager, OFFICE_NAME)
        qtbot.keyClicks(dialog.manager_passphrase, "not the manager's passphrase")
        dialog.ok_button.click()
        assert dialog.alert.text() == str(WrongPassphrase())
        dialog.manager_passphrase.clear()
        qtbot.keyClicks(dialog.manager_passphrase, PASSPHRASE)
        dialog.ok_button.click()
        assert page.alert.text() == "Approved: it can be done now, once."
        assert page.approvals_status.text() == "Nothing waits for a manager's approval."
        disclosure.check_approved(dana, draft)  # allowed now
        [approved] = [e for e in audit.entries(dana.conn) if e.action == "approval.approved"]
        assert approved.staff_id == staff.find(dana, OFFICE_NAME).id
