"""The office's screens: every control has a name a screen reader says, and they fit a small
screen at large text; the concern forms work from the keyboard alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from circlesdesk.domain.records import Concern, ConcernResponse
from circlesdesk.services import sync as sync_service
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.ui.office import ConcernQueuePage, InboxPage
from circlesdesk.ui.office.concern_dialogs import CloseDialog, EscalateDialog, RespondDialog
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org
from tests.ui.volunteer.volunteer_kit import activate

pytestmark = pytest.mark.gui

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)
# At 200% a 1366×768 laptop is 683 points wide; the pages must fit beside the navigation.
NARROWEST_SCREEN = 683


@pytest.fixture
def concern_uuid(org: Org, inbox: Path) -> str:
    org.meeting(
        "alice",
        concerns=[ConcernInput(level=2, category="stability", description="May lose his flat.")],
    )
    bundle = inbox / "alice-1.cdb"
    bundle.write_bytes(org.send("alice"))
    sync_service.import_file(org.office, bundle)
    [concern] = store.find(org.office.conn, Concern)
    return concern.uuid


def screens(vault: Vault, runner: TaskRunner, concern_uuid: str) -> list[QWidget]:
    return [
        InboxPage(vault, runner=runner),
        ConcernQueuePage(vault, runner=runner),
        RespondDialog(vault, concern_uuid),
        EscalateDialog(vault, concern_uuid),
        CloseDialog(vault, concern_uuid),
    ]


def unnamed_controls(root: QWidget) -> list[str]:
    return [
        f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
        for widget in root.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not widget.accessibleName()
        and not part_of_a_control(widget)
    ]


def part_of_a_control(widget: QWidget) -> bool:
    """Whether a widget is an inner part of a combo box or spin box (named through it)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, org: Org, runner: TaskRunner, concern_uuid: str
) -> None:
    for screen in screens(org.office, runner, concern_uuid):
        qtbot.addWidget(screen)
        assert screen.accessibleName(), type(screen).__name__
        assert unnamed_controls(screen) == [], type(screen).__name__


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_screens_fit_a_small_screen_at_large_text(
    qtbot: QtBot, org: Org, runner: TaskRunner, concern_uuid: str, scale: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    bigger = app.font()
    bigger.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(bigger)
    try:
        for screen in screens(org.office, runner, concern_uuid):
            qtbot.addWidget(screen)
            width = screen.minimumSizeHint().width()
            assert width <= NARROWEST_SCREEN * scale, (type(screen).__name__, width)
    finally:
        app.setFont(font)


def test_a_concern_is_answered_with_the_keyboard_alone(
    qtbot: QtBot, org: Org, runner: TaskRunner, concern_uuid: str
) -> None:
    page = ConcernQueuePage(org.office, runner=runner)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    activate(qtbot, page)
    page.view.setFocus()
    # A mnemonic "clicks" its button the way a short press does, a moment later.
    qtbot.keyClick(page.view, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Respond…
    qtbot.waitUntil(lambda: page.dialog is not None)
    dialog = page.dialog
    assert isinstance(dialog, RespondDialog)
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.text  # the first field has the focus
    qtbot.keyClicks(dialog.text, "Thanks, I will ring you tomorrow.")
    qtbot.keyClick(dialog.text, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Send response
    qtbot.waitUntil(lambda: page.dialog is None)
    [response] = store.find(org.office.conn, ConcernResponse)
    assert (response.concern_uuid, response.text) == (
        concern_uuid,
        "Thanks, I will ring you tomorrow.",
    )
