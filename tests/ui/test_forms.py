"""The parts of a form: a record form stays open with the problem shown, and closes once stored."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from circlesdesk.errors import ValidationError
from circlesdesk.services import circles
from circlesdesk.ui.forms import CirclePicker, DateField, RecordForm
from circlesdesk.vault.vault import Vault
from tests.vault_kit import CIRCLE_CODE


class NoteForm(RecordForm):
    """A form that stores what is typed, or refuses an empty note."""

    def __init__(self) -> None:
        super().__init__("Write a note", "&Keep note")
        self.note = QLineEdit(self.body)
        self.add_row("&Note:", self.note)
        self.stored: list[str] = []

    def store(self) -> str:
        if not self.note.text().strip():
            raise ValidationError("Say something first.")
        self.stored.append(self.note.text())
        return f"uuid-{len(self.stored)}"


def test_a_refused_record_keeps_the_form_open_with_the_problem(qtbot: QtBot) -> None:
    form = NoteForm()
    qtbot.addWidget(form)
    form.open()
    qtbot.waitExposed(form)
    assert form.ok_button.text() == "&Keep note"
    assert form.ok_button.accessibleName() == "Keep note"
    form.ok_button.click()
    assert form.isVisible()
    assert form.banner.text() == "Say something first."
    assert form.stored == []

    qtbot.keyClicks(form.note, "Rang the office")
    with qtbot.waitSignal(form.saved) as saved:
        form.ok_button.click()
    assert saved.args == ["uuid-1"]
    assert form.record_uuid == "uuid-1"
    assert form.stored == ["Rang the office"]
    assert not form.isVisible()


def test_date_field_gives_iso_and_stops_at_its_latest_day(qtbot: QtBot) -> None:
    latest = QDate(2026, 12, 8)
    field = DateField("Date of the meeting", latest=latest)
    qtbot.addWidget(field)
    field.setDate(QDate(2027, 1, 1))
    assert field.iso() == "2026-12-08"
    assert field.accessibleName() == "Date of the meeting"


def test_circle_picker_offers_my_circles_by_code(qtbot: QtBot, office_vault: Vault) -> None:
    picker = CirclePicker(office_vault, allow_none="All circles")
    qtbot.addWidget(picker)
    assert picker.code() is None  # "All circles" first
    assert picker.codes() == [c.code for c in circles.list_circles(office_vault)] == [CIRCLE_CODE]
    assert picker.set_code(CIRCLE_CODE) and picker.code() == CIRCLE_CODE
    assert not picker.set_code("NO-SUCH")
    assert picker.code() == CIRCLE_CODE
