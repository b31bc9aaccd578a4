"""The Volunteers' records page with real widgets: the list with each check's status, a check
and a session added through their forms, and a bad check refused in the form with nothing kept."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from circlesdesk.domain.records import Supervision, Vetting
from circlesdesk.services import volunteer_records
from circlesdesk.ui.office.inbox import InboxPage
from circlesdesk.ui.office.volunteer_records import (
    SupervisionForm,
    VettingForm,
    VolunteerRecordsPage,
    VolunteersModel,
)
from circlesdesk.ui.records import short_date
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org
from tests.ui.office.office_kit import Files, idle, on_screen


def test_the_list_shows_each_checks_status_and_forms_add_records(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    vault: Vault = org.office
    alice = org.person("alice")
    expired = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    volunteer_records.record_vetting(
        vault,
        person_uuid=alice,
        check_type="enhanced-dbs",
        reference="001",
        issued_on="2023-01-01",
        expires_on=expired,
    )
    page = VolunteerRecordsPage(vault, runner=runner)
    qtbot.addWidget(page)
    page.show()
    names = [page.model.text(row, VolunteersModel.NAME) for row in page.model.rows()]
    assert names == ["Alice Marsh", "Ben Okafor"]
    first = page.model.rows()[0]
    assert page.model.text(first, VolunteersModel.DBS) == f"Expired {short_date(expired)}"
    assert page.model.text(first, VolunteersModel.PRISON) == "Not recorded"
    assert "Vetting:\n  Enhanced DBS 001" in page.details.text()

    # A renewal through the form: the newest check counts, and the list says so.
    qtbot.mouseClick(page.vetting_button, Qt.MouseButton.LeftButton)
    form = page.dialog
    assert isinstance(form, VettingForm)
    qtbot.keyClicks(form.reference, "002")
    form.issued_on.setDate(QDate.currentDate())
    form.expires_on.setDate(QDate.currentDate().addDays(-1))  # before it was issued
    before = store.find(vault.conn, Vetting)
    form.accept()
    assert form.banner.text() == "The expiry date must be after the issue date."
    assert store.find(vault.conn, Vetting) == before
    form.expires_on.setDate(QDate.currentDate().addYears(3))
    form.accept()
    assert page.dialog is None or not page.dialog.isVisible()
    first = page.model.rows()[0]
    assert page.model.text(first, VolunteersModel.DBS).startswith("Valid to ")
    assert page.alert.text() == "Saved. It stays at the office."

    qtbot.mouseClick(page.session_button, Qt.MouseButton.LeftButton)
    session = page.dialog
    assert isinstance(session, SupervisionForm)
    session.session.setCurrentIndex(2)  # debrief
    qtbot.keyClicks(session.notes, "After a hard meeting.")
    session.accept()
    (stored,) = store.find(vault.conn, Supervision)
    assert (stored.session, stored.notes) == ("debrief", "After a hard meeting.")
    assert "Debrief: After a hard meeting." in page.details.text()


def test_the_office_home_warns_of_an_expired_dbs_and_leads_to_the_records(
    qtbot: QtBot, org: Org, runner: TaskRunner
) -> None:
    vault = org.office
    soon = (dt.date.today() + dt.timedelta(days=12)).isoformat()
    gone = (dt.date.today() - dt.timedelta(days=40)).isoformat()
    for name, expires in (("alice", soon), ("ben", gone)):
        volunteer_records.record_vetting(
            vault,
            person_uuid=org.person(name),
            check_type="enhanced-dbs",
            reference="REF",
            issued_on="2023-01-01",
            expires_on=expires,
        )
    inbox = InboxPage(vault, runner=runner)
    qtbot.addWidget(inbox)
    inbox.show()
    assert inbox.vetting_alerts.text().splitlines() == [
        f"Ben Okafor's enhanced DBS check expired on {short_date(gone)}: they cannot be "
        "assigned to a circle until a new one is recorded.",
        f"Alice Marsh's enhanced DBS check expires on {short_date(soon)}.",
    ]
    with qtbot.waitSignal(inbox.records_requested):
        qtbot.mouseClick(inbox.records_button, Qt.MouseButton.LeftButton)


def test_subject_access_writes_the_chosen_volunteers_records(
    qtbot: QtBot, org: Org, runner: TaskRunner, files: Files, tmp_path: Path
) -> None:
    volunteer_records.record_training(
        org.office, person_uuid=org.person("ben"), course="Core", completed_on="2026-01-10"
    )
    page = on_screen(qtbot, VolunteerRecordsPage(org.office, runner=runner))
    page.view.selectRow(1)  # Ben Okafor
    files.save = tmp_path / "ben.json"
    qtbot.mouseClick(page.access_button, Qt.MouseButton.LeftButton)
    idle(qtbot, runner)
    document = json.loads(files.save.read_text(encoding="utf-8"))
    assert document["volunteer"]["payload"]["name"] == "Ben Okafor"
    assert [t["payload"]["course"] for t in document["records"]["training"]] == ["Core"]
    assert page.alert.text().startswith("Wrote ")
