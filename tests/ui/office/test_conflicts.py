"""The conflicts and forks page on real vaults: both sides shown, decisions made with a note.

Conflicts and forks are made by the real importer (see tests/unit/services/test_conflicts.py);
each test asserts what the page shows and what the vault stores.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
)
from pytestqt.qtbot import QtBot

from circlesdesk.domain.records import Meeting
from circlesdesk.services import circles, conflicts
from circlesdesk.sync import importer
from circlesdesk.sync.importer import State
from circlesdesk.ui.office.conflicts import ComparisonModel, ConflictsPage, DecisionDialog, Section
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import registry, store
from tests.sync_kit import OFFICE_NAME, Org, line_for, meeting_line, table_snapshot
from tests.ui.office.office_kit import on_screen
from tests.ui.volunteer.volunteer_kit import click
from tests.unit.services.test_conflicts import (
    AFTER_RESTORE,
    ALTERED,
    ORIGINAL,
    make_conflict,
    make_fork,
)

pytestmark = pytest.mark.gui


def open_page(qtbot: QtBot, org: Org, runner: TaskRunner) -> ConflictsPage:
    page = on_screen(qtbot, ConflictsPage(org.office, runner=runner))
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: ConflictsPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def rows(section: Section) -> list[tuple[str, ...]]:
    model = section.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def comparison(section: Section) -> dict[str, tuple[str, str]]:
    """Field (as the first column reads) → (office's side, bundle's side)."""
    model = section.comparison
    return {
        model.index(r, ComparisonModel.FIELD).data(): (
            model.index(r, ComparisonModel.OFFICE).data(),
            model.index(r, ComparisonModel.BUNDLE).data(),
        )
        for r in range(model.rowCount())
    }


def decide(qtbot: QtBot, page: ConflictsPage, button: QAbstractButton, note: str) -> None:
    """Press a decision button, write the note, confirm, and wait for the lists to be read."""
    click(qtbot, button)
    qtbot.waitUntil(lambda: page.dialog is not None)
    dialog = page.dialog
    assert isinstance(dialog, DecisionDialog)
    dialog.note.setPlainText(note)
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: page.dialog is None)
    settle(qtbot, page)


def test_a_conflict_is_shown_side_by_side(qtbot: QtBot, org: Org, runner: TaskRunner) -> None:
    make_conflict(org)

    page = open_page(qtbot, org, runner)

    section = page.conflict_section
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Record conflicts",
        "Quarantined bundles",
    ]
    [(status, record, sender, _found)] = rows(section)
    assert (status, record, sender) == ("Open", "Meeting, revision 1", "Alice Marsh")
    headers = [
        section.comparison.headerData(c, Qt.Orientation.Horizontal)
        for c in range(section.comparison.columnCount())
    ]
    assert headers == ["Field", "In the office vault", "In the bundle"]
    shown = comparison(section)
    assert shown["Minutes — differs"] == (ORIGINAL, ALTERED)
    assert shown["Circle"] == ("SW-014", "SW-014")
    assert "Not decided yet." in section.details.text()
    assert "Alice Marsh" in section.details.text()
    assert section.status.text() == "1 record conflicts kept, 1 not decided yet."
    assert page.keep_button.isEnabled() and page.take_button.isEnabled()


def test_taking_theirs_with_a_note_stores_their_revision_and_shows_the_decision(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    original = make_conflict(org)
    page = open_page(qtbot, org, runner)

    decide(qtbot, page, page.take_button, "Alice rang: the new minutes are right.")

    stored = store.get(org.office.conn, Meeting, original.uuid)
    assert stored is not None and (stored.revision, stored.minutes) == (1, ALTERED)
    assert registry.open_conflicts(org.office.conn) == 0
    section = page.conflict_section
    assert rows(section)[0][0] == "Took the bundle's version"
    details = section.details.text()
    assert "Took the bundle's version" in details and OFFICE_NAME in details
    assert "Alice rang: the new minutes are right." in details
    assert not page.keep_button.isEnabled() and not page.take_button.isEnabled()
    assert page.alert.text() == "Your decision and note are recorded."
    # Both sides now hold the same minutes.
    assert comparison(section)["Minutes"] == (ALTERED, ALTERED)


def test_keeping_ours_changes_no_record(qtbot: QtBot, org: Org, runner: TaskRunner) -> None:
    original = make_conflict(org)
    page = open_page(qtbot, org, runner)
    before = table_snapshot(org.office)["meeting"]

    decide(qtbot, page, page.keep_button, "The other copy was a mistake.")

    assert table_snapshot(org.office)["meeting"] == before
    assert store.get(org.office.conn, Meeting, original.uuid) == original
    assert rows(page.conflict_section)[0][0] == "Kept the office's version"


def test_a_decision_without_a_note_stays_in_the_form_and_stores_nothing(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    make_conflict(org)
    page = open_page(qtbot, org, runner)
    before = table_snapshot(org.office)

    click(qtbot, page.take_button)
    qtbot.waitUntil(lambda: page.dialog is not None)
    dialog = page.dialog
    assert isinstance(dialog, DecisionDialog)
    dialog.note.setPlainText("   ")
    click(qtbot, dialog.ok_button)

    assert dialog.isVisible()
    assert dialog.banner.text() == "Write a note saying why, first."
    assert table_snapshot(org.office) == before
    dialog.reject()


def test_a_fork_is_shown_beside_the_imported_bundle_and_set_aside(
    qtbot: QtBot, org: Org, runner: TaskRunner, tmp_path: Path
) -> None:
    other = make_fork(org, tmp_path)
    page = open_page(qtbot, org, runner)
    page.tabs.setCurrentWidget(page.bundle_section)
    section = page.bundle_section

    [(status, why, sender, number, _received)] = rows(section)
    assert (status, why, sender, number) == ("Open", "Fork", "Alice Marsh", "1")
    shown = comparison(section)
    assert shown["Sequence number"] == ("1", "1")
    assert shown["Records"] == ("meeting × 1", "meeting × 1")
    assert "Bundle hash — differs" in shown
    assert shown["Meeting 1 · Minutes — differs"] == ("", AFTER_RESTORE)
    assert "already imported a different bundle" in section.details.text()

    decide(qtbot, page, page.set_aside_button, "Alice's laptop was restored from a backup.")

    assert store.get(org.office.conn, Meeting, other.uuid) is None
    (kept,) = registry.quarantined(org.office.conn)
    assert kept.decision is not None and kept.decision.choice == conflicts.SET_ASIDE
    assert rows(section)[0][0] == "Set aside"
    assert "Alice's laptop was restored from a backup." in section.details.text()
    assert not page.set_aside_button.isEnabled()


def test_a_forks_records_are_accepted_after_looking_at_them(
    qtbot: QtBot, org: Org, runner: TaskRunner, tmp_path: Path
) -> None:
    other = make_fork(org, tmp_path)
    page = open_page(qtbot, org, runner)
    page.tabs.setCurrentWidget(page.bundle_section)
    section = page.bundle_section
    assert "sends again everything the office does not hold" in section.details.text()
    assert "already holds 0 of its 1 records" in section.details.text()
    assert page.accept_button.isEnabled()

    decide(qtbot, page, page.accept_button, "Alice read the minutes out to me.")

    assert store.get(org.office.conn, Meeting, other.uuid) == other
    assert rows(section)[0][0] == "Accepted its records"
    assert "already holds 1 of its 1 records" in section.details.text()
    assert not page.accept_button.isEnabled() and not page.set_aside_button.isEnabled()


def test_nothing_kept_shows_the_empty_state_and_page_shown_reads_again(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    page = open_page(qtbot, org, runner)
    assert page.conflict_section.status.text() == (
        "No record conflicts: every record that arrived fitted."
    )
    assert page.bundle_section.status.text() == (
        "No quarantined bundles: no forks, nothing from a revoked device, nothing "
        "outside a device's circles."
    )
    assert not page.keep_button.isEnabled() and not page.set_aside_button.isEnabled()

    make_conflict(org)
    page.page_shown()
    settle(qtbot, page)

    assert len(rows(page.conflict_section)) == 1


def test_a_volunteers_vault_is_told_plainly(qtbot: QtBot, org: Org, runner: TaskRunner) -> None:
    page = ConflictsPage(org.alice, runner=runner)
    qtbot.addWidget(page)
    settle(qtbot, page)
    assert page.alert.text() == "Only the coordinator's office can decide on conflicts and forks."
    assert rows(page.conflict_section) == []


def test_a_bundle_held_as_out_of_scope_shows_which_record_and_circle(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    other = circles.add_circle(org.office, code="SW-020", core_member="Heron")
    intruding = meeting_line(org.device_id("alice"), other.uuid)
    assert importer.import_bundle(org.office, org.forged("alice", [intruding])).state is (
        State.OUT_OF_SCOPE
    )

    page = open_page(qtbot, org, runner)
    page.tabs.setCurrentWidget(page.bundle_section)
    section = page.bundle_section

    [(status, why, sender, number, _received)] = rows(section)
    assert (status, why, sender, number) == ("Open", "Outside its circles", "Alice Marsh", "1")
    details = section.details.text()
    assert "is for circle SW-020, which the sending device was not assigned to" in details
    assert "add them to the circle and import the file again" in details
    assert page.set_aside_button.isEnabled()
    assert page.accept_button.isEnabled()  # import only the records in the device's circles
    assert store.count(org.office.conn, Meeting) == 0


def test_take_theirs_is_not_offered_for_another_devices_version(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    original = org.meeting("alice", minutes=ORIGINAL)
    importer.import_bundle(org.office, org.send("alice"))
    impostor = dataclasses.replace(original, origin=org.device_id("ben"), minutes=ALTERED)
    importer.import_bundle(org.office, org.forged("ben", [line_for(impostor)]))

    page = open_page(qtbot, org, runner)
    page.conflict_section.view.selectRow(0)

    assert page.keep_button.isEnabled()
    assert not page.take_button.isEnabled()
    assert "made on another device than the record" in page.conflict_section.details.text()
