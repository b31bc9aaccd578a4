"""F1 opens the user guide, shipped with the app, at the section for the page or dialog in view."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import Role
from circlesdesk.ui import guide, resources
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.main_window import MainWindow, PageContext
from circlesdesk.ui.pages import default_pages
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault.vault import Vault

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[3]


def shell(qtbot: QtBot, vault: Vault, runner: TaskRunner, role: Role) -> MainWindow:
    main = MainWindow()
    qtbot.addWidget(main)
    main.add_pages(default_pages(role))
    main.start_session(
        PageContext(vault=vault, runner=runner, clipboard=ClipboardGuard(parent=main), window=main),
        owner="",
    )
    with qtbot.waitExposed(main):
        main.show()
    main.activateWindow()
    return main


@pytest.fixture
def volunteer_window(
    qtbot: QtBot, demo_volunteer_vault: Vault, runner: TaskRunner
) -> Iterator[MainWindow]:
    main = shell(qtbot, demo_volunteer_vault, runner, Role.VOLUNTEER)
    yield main
    main.clear_pages()


def press_f1(qtbot: QtBot, main: MainWindow) -> guide.HelpViewer:
    focus = QApplication.focusWidget() or QApplication.activeModalWidget() or main
    before = main.help_viewer
    qtbot.keyClick(focus, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: main.help_viewer is not None and main.help_viewer is not before)
    viewer = main.help_viewer
    assert viewer is not None and shiboken6.isValid(viewer)
    qtbot.waitUntil(viewer.isVisible)
    return viewer


def test_f1_opens_the_guide_at_the_volunteers_section(
    qtbot: QtBot, volunteer_window: MainWindow
) -> None:
    volunteer_window.show_page("history")
    viewer = press_f1(qtbot, volunteer_window)
    assert viewer.windowTitle() == "CirclesDesk user guide"
    assert viewer.heading_in_view() == "4. Weekly use — volunteers"
    assert viewer.browser.verticalScrollBar().value() > 0  # not simply the guide's start
    # The text is the guide's own words, not a placeholder.
    assert "Send and receive" in viewer.browser.toPlainText()
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(viewer) or not viewer.isVisible())


def test_f1_in_the_office_opens_the_page_s_own_section(
    qtbot: QtBot, demo_office_vault: Vault, runner: TaskRunner
) -> None:
    main = shell(qtbot, demo_office_vault, runner, Role.OFFICE)
    try:
        main.show_page("backups")
        assert press_f1(qtbot, main).heading_in_view() == "5a. Backups — coordinators"
        main.show_page("inbox")
        assert press_f1(qtbot, main).heading_in_view() == "5. Weekly use — coordinators"
    finally:
        main.clear_pages()


def test_f1_in_a_dialog_opens_the_dialog_s_section(
    qtbot: QtBot, volunteer_window: MainWindow
) -> None:
    dialog = QDialog(volunteer_window)
    dialog.help_section = guide.TROUBLE  # type: ignore[attr-defined]
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    viewer = press_f1(qtbot, volunteer_window)
    assert viewer.parent() is dialog
    assert viewer.heading_in_view() == guide.TROUBLE
    dialog.reject()


def test_every_section_the_app_names_is_in_the_guide() -> None:
    headings = {
        line.lstrip("#").strip()
        for line in resources.user_guide().splitlines()
        if line.startswith("#")
    }
    named = {*guide.PAGE_SECTIONS.values(), guide.FIRST_RUN, guide.TROUBLE}
    assert named <= headings
    assert set(guide.PAGE_SECTIONS) >= {spec.key for role in Role for spec in default_pages(role)}


def test_the_guide_is_shipped_in_the_wheel_and_the_pyinstaller_build() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    included = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["docs/user-guide.md"] == "circlesdesk/resources/help/user-guide.md"
    spec = (REPO / "packaging" / "circlesdesk.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "docs" / "user-guide.md"), "circlesdesk/resources/help")' in spec
    # In this checkout the guide is read from docs/ itself: one text, not a copy.
    assert resources.user_guide() == (REPO / "docs" / "user-guide.md").read_text(encoding="utf-8")
