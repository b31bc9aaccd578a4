"""The retention page on the hand-counted office of tests/report_kit.py: the policy, the circles
due for deletion, and their deletion after a confirmation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from circlesdesk.services import circles, retention
from circlesdesk.ui.office.retention import RetentionPage
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault.vault import Vault
from tests.report_kit import build_reports_office
from tests.sync_kit import table_snapshot
from tests.ui.volunteer.volunteer_kit import click

pytestmark = pytest.mark.gui
TODAY = dt.date(2031, 11, 5)  # OLD-001 (last met 2025-11-04) is kept six years, until 11-04


@pytest.fixture
def page(qtbot: QtBot, office_vault: Vault, runner: TaskRunner) -> RetentionPage:
    build_reports_office(office_vault)
    page = RetentionPage(office_vault, runner=runner, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def answer(qtbot: QtBot, page: RetentionPage, button: QMessageBox.StandardButton) -> str:
    """Answer the question the page asked (it waits without blocking); return its text."""
    question = page.question
    assert question is not None
    qtbot.waitUntil(question.isVisible, timeout=5000)
    text = question.text()
    click(qtbot, question.button(button))
    return text


def rows(page: RetentionPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_old_001_is_listed_and_deleted_after_the_confirmation(
    qtbot: QtBot, page: RetentionPage, office_vault: Vault
) -> None:
    assert rows(page) == [["OLD-001", "2025-11-04", "2031-11-04", "7"]]
    assert page.empty.isHidden()
    assert not page.delete_button.isEnabled()
    page.view.selectRow(0)
    click(qtbot, page.delete_button)
    assert page.task is None  # nothing happens before the answer
    assert answer(qtbot, page, QMessageBox.StandardButton.Yes) == (
        "Delete OLD-001 and everything recorded about them (circles: 1, roster entries: 2, "
        "people: 1, meetings: 1, attendance records: 2)? The records and their earlier versions "
        "are overwritten in the vault. This cannot be undone."
    )
    # The deletion runs on the task runner; its outcome arrives through the event loop.
    assert page.task is not None
    assert page.progress_row.isVisible()
    assert not page.body.isEnabled()
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert page.progress_row.isHidden()
    assert page.alert.text() == (
        "Deleted 1 circle (OLD-001): circles: 1, roster entries: 2, people: 1, meetings: 1, "
        "attendance records: 2."
    )
    assert not page.alert.is_error
    assert [c.code for c in circles.list_circles(office_vault)] == ["NE-007", "SW-014"]
    assert rows(page) == []
    assert page.view.isHidden()
    assert page.empty.text() == "No closed circle is due for deletion."
    assert page.empty.isVisible()


def test_saying_no_deletes_nothing(qtbot: QtBot, page: RetentionPage, office_vault: Vault) -> None:
    before = table_snapshot(office_vault)
    page.view.selectRow(0)
    click(qtbot, page.delete_button)
    answer(qtbot, page, QMessageBox.StandardButton.Cancel)
    assert page.task is None
    assert table_snapshot(office_vault) == before
    assert rows(page)[0][0] == "OLD-001"


def test_a_longer_rule_is_saved_and_the_circle_is_no_longer_due(
    qtbot: QtBot, page: RetentionPage, office_vault: Vault
) -> None:
    assert page.spin_boxes["meeting"].value() == 6
    page.spin_boxes["meeting"].setValue(8)
    click(qtbot, page.save_button)
    assert page.alert.text() == "The retention policy is saved."
    assert retention.rules(office_vault)["meeting"] == 8
    assert rows(page) == []
    assert page.empty.isVisible()
