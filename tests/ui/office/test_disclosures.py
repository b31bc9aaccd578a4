"""The disclosures page and dialog with real widgets: a disclosure written as a PDF and as a
partner bundle that a second real office opens, the log, subject access, names and sizes."""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import Concern
from circlesdesk.services import disclosures, meetings
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.sync import importer
from circlesdesk.ui import dialogs
from circlesdesk.ui.office.disclosure_dialog import DisclosureDialog
from circlesdesk.ui.office.disclosures import DisclosuresPage
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org, table_snapshot
from tests.vault_kit import new_vault

FIRST = "We talked about the allotment and his new job at the depot."
SECOND = "He lost the job at the depot and seemed low."
CONCERN = "He mentioned meeting a woman with two young children."
UNPICKED = "He was cheerful and talked about the football."
BASIS = "A court order"


@pytest.fixture
def held(org: Org) -> dict[str, str]:
    """Minutes edited once after arriving, a concern raised with them, minutes not picked."""
    first = org.meeting(
        "alice",
        minutes=FIRST,
        weeks_ago=2,
        concerns=[
            ConcernInput(
                level=3,
                category="children",
                description=CONCERN,
                coordinator_phoned_at="2026-01-05T19:45:00+00:00",
            )
        ],
    )
    org.meeting("alice", minutes=UNPICKED, weeks_ago=1)
    assert importer.import_bundle(org.office, org.send("alice")).state is importer.State.READY
    meetings.edit_meeting(org.alice, meeting_uuid=first.uuid, minutes=SECOND)
    assert importer.import_bundle(org.office, org.send("alice")).state is importer.State.READY
    [concern] = store.find(org.office.conn, Concern)
    return {"minutes": first.uuid, "concern": concern.uuid}


@pytest.fixture
def partner(tmp_path: Path) -> Iterator[Vault]:
    with new_vault(tmp_path / "partner", role=Role.OFFICE, name="Northgate") as vault:
        yield vault


def open_from_concern(qtbot: QtBot, org: Org, held: dict[str, str]) -> DisclosureDialog:
    """The dialog as the concern queue opens it, filled in for the police."""
    dialog = DisclosureDialog(org.office, concern_uuid=held["concern"])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.agency, "Police")
    dialog.basis.setEditText(BASIS)
    for row in range(dialog.picks.count()):
        item = dialog.picks.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == ("meeting", held["minutes"]):
            item.setCheckState(Qt.CheckState.Checked)
    return dialog


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return " ".join(done.stdout.split())


def test_a_disclosure_goes_as_a_pdf_and_is_logged(
    qtbot: QtBot,
    org: Org,
    held: dict[str, str],
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = DisclosuresPage(org.office, runner=runner)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    dialog = open_from_concern(qtbot, org, held)
    # Consent is shown before anything is written; the concern came pre-checked.
    assert dialog.consent_label.text() == "Kestrel: Consent not asked"
    assert dialog.picked() == [("concern", held["concern"]), ("meeting", held["minutes"])]
    shown = dialog.preview.toPlainText()
    assert CONCERN in shown and SECOND in shown and "To: Police" in shown
    assert UNPICKED not in shown and FIRST not in shown

    dialog.consent_choice.setCurrentIndex(dialog.consent_choice.findData("refused"))
    dialog.consent_button.click()
    assert dialog.consent_label.text().startswith("Kestrel: Consent refused (recorded ")
    assert "Consent of the core member: refused" in dialog.preview.toPlainText()

    out = tmp_path / "police.pdf"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: out)
    dialog.disclosed.connect(lambda _id: page.refresh())
    dialog.pdf_button.click()
    assert not dialog.banner.is_error, dialog.banner.text()
    text = pdf_text(out)
    assert CONCERN in text and SECOND in text and "Police" in text and BASIS in text
    assert text.startswith("OFFICIAL-SENSITIVE ") and text.count("OFFICIAL-SENSITIVE") == 2
    assert UNPICKED not in text and FIRST not in text

    [entry] = disclosures.disclosure_log(org.office)
    assert (entry.agency, entry.basis, entry.consent, entry.format) == (
        "Police",
        BASIS,
        "refused",
        "pdf",
    )
    assert [(i.kind, i.revision) for i in entry.items] == [("concern", 1), ("meeting", 2)]
    assert entry.file_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Police"
    assert page.model.index(0, 3).data() == "Consent refused"
    assert "meeting, revision 2, hash " + entry.items[1].content_hash in page.details.text()


def test_a_partner_bundle_written_here_is_opened_by_the_partner(
    qtbot: QtBot,
    org: Org,
    held: dict[str, str],
    partner: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    partner_key = tmp_path / "northgate.req"
    partner_key.write_bytes(disclosures.partner_key(partner)[0])
    our_key = tmp_path / "riverside.req"
    our_key.write_bytes(disclosures.partner_key(org.office)[0])
    out = tmp_path / "to-northgate.cdb"
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *_args: partner_key)
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: out)
    dialog = open_from_concern(qtbot, org, held)
    dialog.bundle_button.click()
    assert disclosures.partner_key(partner)[1] in dialog.banner.text()

    before = table_snapshot(partner)
    received = disclosures.open_partner_bundle(partner, out, our_key)
    assert table_snapshot(partner) == before
    [entry] = disclosures.disclosure_log(org.office)
    assert received.items == entry.items and entry.format == "bundle"
    assert CONCERN in received.text() and SECOND in received.text()
    assert UNPICKED not in received.text()


def test_nothing_can_be_written_until_the_disclosure_is_complete(
    qtbot: QtBot, org: Org, held: dict[str, str]
) -> None:
    before = table_snapshot(org.office)
    dialog = DisclosureDialog(org.office, circle_code="SW-014")
    qtbot.addWidget(dialog)
    assert dialog.picked() == []
    assert not dialog.pdf_button.isEnabled() and not dialog.bundle_button.isEnabled()
    assert dialog.preview.toPlainText() == "Please enter the agency."
    qtbot.keyClicks(dialog.agency, "<b>Police</b>")
    dialog.basis.setEditText(BASIS)
    assert dialog.preview.toPlainText().startswith("Choose at least one concern")
    dialog.picks.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.pdf_button.isEnabled()
    assert "To: <b>Police</b>" in dialog.preview.toPlainText()  # shown as typed, not as HTML
    assert table_snapshot(org.office) == before


def test_subject_access_from_the_page(
    qtbot: QtBot,
    org: Org,
    held: dict[str, str],
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = DisclosuresPage(org.office, runner=runner)
    qtbot.addWidget(page)
    assert page.core_member.currentText() == "Kestrel (SW-014)"
    # What such a file holds is said before it is written.
    assert "with names and note text, unencrypted" in page.access_warning.text()
    out = tmp_path / "kestrel.json"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: out)
    page.access_button.click()
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert page.alert.text().startswith("Wrote ") and not page.alert.is_error
    document = json.loads(out.read_text(encoding="utf-8"))
    [minutes] = [m for m in document["records"]["meeting"] if m["uuid"] == held["minutes"]]
    assert [r["payload"]["minutes"] for r in minutes["earlier_revisions"]] == [FIRST]


def test_the_concern_queue_opens_a_disclosure_of_the_chosen_concern(
    qtbot: QtBot, org: Org, held: dict[str, str], runner: TaskRunner
) -> None:
    from circlesdesk.ui.office.concerns import ConcernQueuePage

    queue = ConcernQueuePage(org.office, runner=runner)
    qtbot.addWidget(queue)
    row = next(
        r
        for r in range(queue.model.rowCount())
        if queue.model.row(r).concern.uuid == held["concern"]
    )
    queue.view.selectRow(row)
    qtbot.mouseClick(queue.disclose_button, Qt.MouseButton.LeftButton)
    dialog = queue.dialog
    assert isinstance(dialog, DisclosureDialog)
    assert dialog.picked() == [("concern", held["concern"])]
    assert dialog.consent_label.text() == "Kestrel: Consent not asked"
    dialog.reject()
