"""Long names wrap: a very long volunteer or circle name never pushes a form wider than a
1366×768 laptop at 200% (683 points), on either side's pages and forms."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import Role
from circlesdesk.services import circles
from circlesdesk.ui.office.circle_dialogs import CircleDialog, VolunteersDialog
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer.meeting_editor import MeetingEditor
from circlesdesk.vault.vault import Vault
from tests.ui.volunteer.test_screen_fit import laptop, main_window

pytestmark = pytest.mark.gui

# 99 characters (names hold at most 100), with few places to break a line.
LONG = (
    "Bartholomew-Alexander Featherstonehaugh-Montgomery-Cholmondeley-Worthington-Smythe-"
    "Fotheringham"
)
NARROWEST = laptop(2.0).width()


def widest_content(widget: QWidget) -> int:
    """How wide the widget's content insists on being, inside any scroll area of its own."""
    inner = [
        area.widget().minimumSizeHint().width()
        for area in widget.findChildren(QScrollArea)
        if area.widget() is not None
    ]
    return max([widget.minimumSizeHint().width(), *inner])


def page_widths(qtbot: QtBot, vault: Vault, runner: TaskRunner, role: Role) -> dict[str, int]:
    """How wide each page's content insists on being."""
    window = main_window(vault, runner, role)
    qtbot.addWidget(window)
    widths = {}
    try:
        for key in window.page_keys():
            window.show_page(key)
            page = window.current_page()
            assert page is not None
            widths[key] = widest_content(page)
    finally:
        window.clear_pages()
    return widths


def assert_not_pushed(before: dict[str, int], after: dict[str, int]) -> None:
    """No page got wider than it was with short names, unless it still fits the narrowest."""
    pushed = {
        key: (before[key], width)
        for key, width in after.items()
        if width > max(before[key], NARROWEST // 2)
    }
    assert not pushed


def test_a_long_core_member_name_wraps_in_the_meeting_editor(
    qtbot: QtBot, demo_volunteer_vault: Vault, runner: TaskRunner, circle_code: str
) -> None:
    before = page_widths(qtbot, demo_volunteer_vault, runner, Role.VOLUNTEER)
    # As the office's roster would bring it (the volunteer cannot rename people itself).
    demo_volunteer_vault.conn.execute("UPDATE person SET name = ? || substr(name, 1, 1)", (LONG,))
    assert_not_pushed(before, page_widths(qtbot, demo_volunteer_vault, runner, Role.VOLUNTEER))
    editor = MeetingEditor(demo_volunteer_vault, circle_code=circle_code)
    qtbot.addWidget(editor)
    assert editor.engagement_who.text().startswith(f"The core member is {LONG}")
    assert editor.engagement_box.minimumSizeHint().width() < NARROWEST


def test_a_long_volunteer_name_wraps_in_the_office_s_pages_and_forms(
    qtbot: QtBot, demo_office_vault: Vault, runner: TaskRunner
) -> None:
    code = circles.list_circles(demo_office_vault)[0].code
    before = page_widths(qtbot, demo_office_vault, runner, Role.OFFICE)
    circles.add_volunteer(demo_office_vault, code=code, name=LONG)
    assert_not_pushed(before, page_widths(qtbot, demo_office_vault, runner, Role.OFFICE))
    for dialog in (
        CircleDialog(demo_office_vault, code=code),
        VolunteersDialog(demo_office_vault, code),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert widest_content(dialog) <= NARROWEST, type(dialog).__name__
