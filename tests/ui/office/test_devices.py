"""Volunteers and devices through the real page: enrolling a new volunteer's laptop from the
request its own vault made, the rows after send/reply rounds, revoking, rotating the office key,
and bad input that must store nothing.

File dialogs are replaced (QFileDialog's static functions) where the coordinator would pick a
file; everything else is real: vaults, keys, bundles, widgets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from circlesdesk.services import circles, office
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import importer
from circlesdesk.sync.importer import State
from circlesdesk.ui.office.devices import DevicesModel, DevicesPage, RevokeDialog, RotateKeyDialog
from circlesdesk.ui.office.enroll_dialog import EnrollDialog
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import registry
from circlesdesk.vault.vault import Vault
from tests.sync_kit import CIRCLE, VOLUNTEER_NAMES, Org, table_snapshot
from tests.ui.office.office_kit import NEWCOMER, Files, on_screen

pytestmark = pytest.mark.gui


def open_page(qtbot: QtBot, vault: Vault, runner: TaskRunner) -> DevicesPage:
    return on_screen(qtbot, DevicesPage(vault, runner=runner))


def open_enroll(qtbot: QtBot, page: DevicesPage) -> EnrollDialog:
    page.enroll_button.click()
    dialog = page.dialog
    assert isinstance(dialog, EnrollDialog)
    return dialog


def cells(page: DevicesPage, name: str) -> dict[int, str]:
    """What the row of one volunteer reads, by column."""
    model = page.model
    for row in range(model.rowCount()):
        if model.index(row, DevicesModel.NAME).data() == name:
            return {c: model.index(row, c).data() for c in range(model.columnCount())}
    raise AssertionError(f"no row for {name}")


def choose(page: DevicesPage, name: str) -> None:
    model = page.model
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    page.view.selectRow(row)


def settle(qtbot: QtBot, dialog: EnrollDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)


# -- enrolling -------------------------------------------------------------------------------


def test_a_volunteer_is_enrolled_through_the_dialog_and_the_welcome_imports(
    qtbot: QtBot,
    org: Org,
    runner: TaskRunner,
    files: Files,
    carol: Vault,
    carol_request: Path,
    tmp_path: Path,
) -> None:
    circles.add_volunteer(org.office, code=CIRCLE, name=NEWCOMER)
    page = open_page(qtbot, org.office, runner)
    assert page.status.text() == "2 devices enrolled."
    dialog = open_enroll(qtbot, page)
    files.open, files.save = carol_request, tmp_path / "welcome.cdb"

    dialog.choose_button.click()

    _data, fingerprint = sync_service.enrollment_request(carol)
    assert dialog.request_box.isVisibleTo(dialog)
    assert NEWCOMER in dialog.who.text()
    assert "every digit must be the same" in dialog.compare.text()
    assert dialog.fingerprint.fingerprint == fingerprint
    assert dialog.fingerprint.qr.matrix  # the QR code of the same digits
    assert not dialog.enroll_button.isEnabled()  # not before the fingerprints are confirmed
    assert [dialog.circles.item(i).text() for i in range(dialog.circles.count())] == [CIRCLE]

    dialog.matches.setChecked(True)
    dialog.set_circle_checked(CIRCLE)
    dialog.enroll_button.click()
    settle(qtbot, dialog)

    assert dialog.saved_to == files.save and files.save.is_file()
    assert dialog.office_fingerprint.fingerprint == org.office_key().fingerprint()
    assert "compare it with this one" in dialog.done_text.text()
    assert not dialog.save_again_button.isVisibleTo(dialog)
    row = cells(page, NEWCOMER)
    assert row[DevicesModel.CIRCLES] == CIRCLE
    assert row[DevicesModel.LAST_IN] == "None yet"
    assert row[DevicesModel.LAST_OUT].startswith("No. 1, ")
    assert row[DevicesModel.UNCONFIRMED] == "1 bundle"
    assert row[DevicesModel.STATE] == "Active"
    assert page.status.text() == "3 devices enrolled."

    # Carol's laptop imports the welcome once she has compared the digits the dialog shows.
    shown = dialog.office_fingerprint.fingerprint
    result = sync_service.import_file(carol, files.save, office_fingerprint=shown)
    assert result.office_fingerprint == shown
    assert [c.code for c in circles.list_circles(carol)] == [CIRCLE]


def test_a_welcome_that_cannot_be_written_can_be_saved_again(
    qtbot: QtBot,
    org: Org,
    runner: TaskRunner,
    files: Files,
    carol_request: Path,
    tmp_path: Path,
) -> None:
    page = open_page(qtbot, org.office, runner)
    dialog = open_enroll(qtbot, page)
    files.open = carol_request
    dialog.choose_button.click()
    dialog.matches.setChecked(True)
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"")
    files.save = blocker / "welcome.cdb"  # its "folder" is a file: writing fails

    before = table_snapshot(org.office)
    dialog.enroll()
    settle(qtbot, dialog)
    assert dialog.alert.is_error
    assert "does not exist" in dialog.alert.text()
    assert table_snapshot(org.office) == before  # refused before anything was stored

    files.save = tmp_path / "welcome.cdb"
    dialog.enroll()
    settle(qtbot, dialog)
    assert dialog.saved_to == files.save
    assert not dialog.alert.is_error


def test_a_write_failure_after_enrolling_offers_to_save_again(
    qtbot: QtBot,
    org: Org,
    runner: TaskRunner,
    files: Files,
    carol: Vault,
    carol_request: Path,
    tmp_path: Path,
) -> None:
    page = open_page(qtbot, org.office, runner)
    dialog = open_enroll(qtbot, page)
    files.open = carol_request
    dialog.choose_button.click()
    dialog.matches.setChecked(True)
    taken = tmp_path / "taken.cdb"
    taken.mkdir()  # a folder with the file's name: the folder exists, the write fails
    files.save = taken

    dialog.enroll()
    settle(qtbot, dialog)

    assert dialog.enrolled_device is not None
    assert registry.get_peer(org.office.conn, carol.info.device_id) is not None
    assert dialog.alert.is_error
    assert "not saved yet" in dialog.done_text.text()
    assert dialog.save_again_button.isVisibleTo(dialog)

    files.save = tmp_path / "welcome.cdb"
    dialog.save_again_button.click()
    settle(qtbot, dialog)
    assert dialog.saved_to == files.save
    assert not dialog.save_again_button.isVisibleTo(dialog)
    result = sync_service.import_file(
        carol, files.save, office_fingerprint=org.office_key().fingerprint()
    )
    assert result.office_fingerprint == org.office_key().fingerprint()


def _corrupt(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    return path


def test_bad_request_files_show_the_plain_sentence_and_store_nothing(
    qtbot: QtBot, org: Org, runner: TaskRunner, files: Files, carol_request: Path, tmp_path: Path
) -> None:
    page = open_page(qtbot, org.office, runner)
    dialog = open_enroll(qtbot, page)
    before = table_snapshot(org.office)
    alice_request = sync_service.write_file(
        sync_service.enrollment_request(org.alice)[0], out=tmp_path / "alice.req"
    )
    cut_short = tmp_path / "short.req"
    cut_short.write_bytes(carol_request.read_bytes()[:-10])
    not_a_request = tmp_path / "notes.req"
    not_a_request.write_text("Dear coordinator, here is my laptop.")
    cases = {
        cut_short: "damaged",
        not_a_request: "not a CirclesDesk enrollment request",
        alice_request: "already enrolled",
        tmp_path / "gone.req": "could not be read",
    }
    for path, words in cases.items():
        files.open = path
        dialog.choose_button.click()
        assert dialog.alert.is_error, path.name
        assert words in dialog.alert.text(), (path.name, dialog.alert.text())
        assert not dialog.request_box.isVisibleTo(dialog)
        assert not dialog.enroll_button.isEnabled()
    assert table_snapshot(org.office) == before


def test_a_flipped_bit_is_refused(
    qtbot: QtBot, org: Org, runner: TaskRunner, files: Files, carol_request: Path
) -> None:
    page = open_page(qtbot, org.office, runner)
    dialog = open_enroll(qtbot, page)
    before = table_snapshot(org.office)
    files.open = _corrupt(carol_request)
    dialog.choose_button.click()
    assert dialog.alert.is_error and dialog.alert.text()
    assert not dialog.request_box.isVisibleTo(dialog)
    assert table_snapshot(org.office) == before


def test_nothing_is_stored_until_the_fingerprints_are_confirmed_and_a_place_chosen(
    qtbot: QtBot, org: Org, runner: TaskRunner, files: Files, carol_request: Path
) -> None:
    page = open_page(qtbot, org.office, runner)
    dialog = open_enroll(qtbot, page)
    before = table_snapshot(org.office)
    files.open = carol_request
    dialog.choose_button.click()

    dialog.enroll()  # fingerprints not confirmed
    assert dialog.alert.is_error and "fingerprints match" in dialog.alert.text()
    assert files.asked_to_save == 0

    dialog.matches.setChecked(True)
    dialog.enroll()  # the save dialog is cancelled
    assert files.asked_to_save == 1
    assert dialog.task is None
    assert table_snapshot(org.office) == before
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert table_snapshot(org.office) == before


def test_a_volunteer_vault_enrolls_nothing(
    qtbot: QtBot, org: Org, runner: TaskRunner, files: Files, carol_request: Path
) -> None:
    dialog = EnrollDialog(org.alice, runner=runner)
    on_screen(qtbot, dialog)
    before = table_snapshot(org.alice)
    files.open = carol_request
    dialog.choose_button.click()
    assert (
        dialog.alert.is_error and "Only an office vault can enroll devices." in dialog.alert.text()
    )
    assert not dialog.request_box.isVisibleTo(dialog)
    assert table_snapshot(org.alice) == before


# -- the rows --------------------------------------------------------------------------------


def test_rows_show_the_last_bundle_and_what_is_not_yet_confirmed(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    alice = VOLUNTEER_NAMES["alice"]
    page = open_page(qtbot, org.office, runner)
    first = cells(page, alice)
    assert first[DevicesModel.ROLE] == "Volunteer"
    assert first[DevicesModel.CIRCLES] == CIRCLE
    assert first[DevicesModel.ENROLLED]
    assert first[DevicesModel.LAST_IN] == "None yet"
    assert first[DevicesModel.UNCONFIRMED] == "1 bundle"  # the welcome

    org.meeting("alice")
    importer.import_bundle(org.office, org.send("alice"))
    page.page_shown()
    sent = cells(page, alice)
    assert sent[DevicesModel.LAST_IN].startswith("No. 1, ")
    assert sent[DevicesModel.UNCONFIRMED] == "None"

    org.reply("alice")
    org.reply("alice")
    page.page_shown()
    replied = cells(page, alice)
    assert replied[DevicesModel.LAST_OUT].startswith("No. 3, ")
    assert replied[DevicesModel.UNCONFIRMED] == "2 bundles"
    choose(page, alice)
    assert org.device_id("alice") in page.details.text()
    assert org.identity("alice").public().fingerprint() in page.details.text()


# -- revoking and the office key -----------------------------------------------------------


def test_revoking_through_the_page_refuses_later_bundles(
    qtbot: QtBot, org: Org, runner: TaskRunner, tmp_path: Path
) -> None:
    ben = VOLUNTEER_NAMES["ben"]
    org.meeting("ben")
    importer.import_bundle(org.office, org.send("ben"))
    page = open_page(qtbot, org.office, runner)
    choose(page, ben)
    page.revoke_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RevokeDialog)
    assert dialog.cancel_button.isDefault()  # Enter does not revoke by accident
    explanation = " ".join(label.text() for label in dialog.body.findChildren(type(page.status)))
    assert "after the last one imported (No. 1) is refused" in explanation
    assert dialog.after_seq() == 1

    dialog.ok_button.click()

    assert page.dialog is None
    peer = registry.get_peer(org.office.conn, org.device_id("ben"))
    assert peer is not None and peer.revoked_after_seq == 1 and peer.revoked_at
    assert cells(page, ben)[DevicesModel.STATE] == "Revoked after No. 1"
    assert "revoked" in page.alert.text()
    org.meeting("ben", minutes="After the laptop was reported lost.")
    bundle = tmp_path / "ben-2.cdb"
    bundle.write_bytes(org.send("ben"))
    (item,) = office.inspect_files(org.office, [bundle])
    assert item.state == State.REVOKED.value


def test_revoking_can_accept_bundles_up_to_a_later_number(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    page = open_page(qtbot, org.office, runner)
    choose(page, VOLUNTEER_NAMES["alice"])
    page.revoke_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RevokeDialog)
    assert not dialog.up_to.isEnabled()
    dialog.accept_more.setChecked(True)
    dialog.up_to.setValue(2)
    dialog.ok_button.click()
    peer = registry.get_peer(org.office.conn, org.device_id("alice"))
    assert peer is not None and peer.revoked_after_seq == 2


def test_cancelling_a_revocation_stores_nothing(qtbot: QtBot, org: Org, runner: TaskRunner) -> None:
    page = open_page(qtbot, org.office, runner)
    before = table_snapshot(org.office)
    page.revoke_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RevokeDialog)
    dialog.cancel_button.click()
    assert page.dialog is None
    assert table_snapshot(org.office) == before


def test_rotating_the_office_key_shows_the_new_fingerprint(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    old = org.office_key().fingerprint()
    page = open_page(qtbot, org.office, runner)
    before = table_snapshot(org.office)
    page.rotate_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RotateKeyDialog)
    dialog.cancel_button.click()
    assert table_snapshot(org.office) == before

    page.rotate_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RotateKeyDialog)
    dialog.ok_button.click()

    new = org.office_key().fingerprint()
    assert new != old
    assert dialog.fingerprint.fingerprint == new and dialog.fingerprint.isVisibleTo(dialog)
    assert not dialog.ok_button.isVisibleTo(dialog)
    assert "Write reply bundles" in page.alert.text()
    assert len(registry.own_keys(org.office.conn)) == 2
