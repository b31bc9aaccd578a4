"""Tooltips on every non-obvious control: a button that opens more (its text ends in an ellipsis)
or shows only an icon says what it does when the pointer rests on it, on every page of both
sides."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QLineEdit,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import Role
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault.vault import Vault
from tests.ui.volunteer.test_screen_fit import main_window

pytestmark = pytest.mark.gui


def not_obvious(button: QAbstractButton) -> bool:
    """An icon alone, or a text ending in an ellipsis (it opens something to choose from)."""
    text = button.text().replace("&", "").strip()
    return not text or text.endswith(("…", "..."))


def untold(widget: QWidget) -> list[str]:
    """The non-obvious buttons in the widget without a tooltip."""
    return [
        button.text() or button.accessibleName() or button.objectName() or repr(button)
        for kind in (QPushButton, QToolButton)
        for button in widget.findChildren(kind)
        if not_obvious(button)
        and not button.toolTip().strip()
        # Qt's own: a tab bar's scroll arrows, a line edit's clear button (which has its name)
        and not isinstance(button.parent(), (QTabBar, QLineEdit))
        and not button.objectName().startswith("qt_")
    ]


@pytest.mark.parametrize("role", list(Role))
def test_every_non_obvious_button_on_every_page_has_a_tooltip(
    qtbot: QtBot,
    demo_volunteer_vault: Vault,
    demo_office_vault: Vault,
    runner: TaskRunner,
    role: Role,
) -> None:
    window = main_window(
        demo_office_vault if role is Role.OFFICE else demo_volunteer_vault, runner, role
    )
    qtbot.addWidget(window)
    try:
        missing = {}
        for key in window.page_keys():
            window.show_page(key)
            page = window.current_page()
            assert page is not None
            if untold(page):
                missing[key] = untold(page)
        missing["toolbar"] = untold(window.toolbar)
        assert not any(missing.values()), missing
    finally:
        window.clear_pages()
