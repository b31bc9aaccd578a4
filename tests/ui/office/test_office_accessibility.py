"""Every office screen (each page of the navigation and each dialog they open): every control
has a name a screen reader says, and each fits a small screen at large text; the concern forms
work from the keyboard alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
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
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from circlesdesk.domain.records import Concern, ConcernResponse
from circlesdesk.services import sync as sync_service
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.main_window import MainWindow, PageContext
from circlesdesk.ui.office import ConcernQueuePage, office_pages
from circlesdesk.ui.office.circle_dialogs import CircleDialog, VolunteersDialog
from circlesdesk.ui.office.concern_dialogs import CloseDialog, EscalateDialog, RespondDialog
from circlesdesk.ui.office.conflicts import DecisionDialog
from circlesdesk.ui.office.devices import RevokeDialog, RotateKeyDialog
from circlesdesk.ui.office.disclosure_dialog import DisclosureDialog
from circlesdesk.ui.office.enroll_dialog import EnrollDialog
from circlesdesk.ui.office.reports import ReportsPage
from circlesdesk.ui.office.retention import RetentionPage
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.report_kit import build_reports_office
from tests.sync_kit import CIRCLE, Org
from tests.ui.office.office_kit import Files, idle, on_screen
from tests.ui.volunteer.volunteer_kit import activate
from tests.unit.services.test_conflicts import make_conflict

pytestmark = pytest.mark.gui

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
# At 200% a 1366×768 laptop is 683 points wide; the pages must fit beside the navigation.
NARROWEST_SCREEN = 683
# The hand-counted office of tests/report_kit.py on a day its closed circle is due for deletion.
DELETION_DAY = dt.date(2031, 11, 5)


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


@pytest.fixture
def context(qtbot: QtBot, org: Org, runner: TaskRunner) -> Iterator[PageContext]:
    """What the shell gives the office's page factories."""
    window = MainWindow()
    qtbot.addWidget(window)
    yield PageContext(
        vault=org.office, runner=runner, clipboard=ClipboardGuard(parent=window), window=window
    )
    window.hide()


@pytest.fixture
def make_screens(
    qtbot: QtBot,
    org: Org,
    concern_uuid: str,
    context: PageContext,
    files: Files,
    carol_request: Path,
    office_vault: Vault,
) -> Callable[[], list[QWidget]]:
    """Makes each office page and dialog (at the font of the moment) with something to show: a
    concern and a record conflict arrived, Carol's enrollment request chosen, and the reports
    office of tests/report_kit.py on a day its closed circle is due for deletion."""
    make_conflict(org)
    build_reports_office(office_vault)
    files.open = carol_request
    office, runner = org.office, context.runner

    def make() -> list[QWidget]:
        made: list[QWidget] = []
        for spec in office_pages():
            made.append(spec.factory(context))
            qtbot.addWidget(made[-1])
            idle(qtbot, runner)  # one page reads at a time, as in the shell
        [alice] = [r for r in sync_service.devices(office) if r.peer.name == "Alice Marsh"]
        enroll = EnrollDialog(office, runner=runner)
        enroll.choose_button.click()
        disclosure = DisclosureDialog(office, concern_uuid=concern_uuid)
        qtbot.keyClicks(disclosure.agency, "Police")
        disclosure.basis.setEditText("A court order")
        dialogs: list[QWidget] = [
            RespondDialog(office, concern_uuid),
            EscalateDialog(office, concern_uuid),
            CloseDialog(office, concern_uuid),
            enroll,
            RevokeDialog(office, alice),
            RotateKeyDialog(office),
            CircleDialog(office),
            CircleDialog(office, code=CIRCLE),
            VolunteersDialog(office, CIRCLE),
            disclosure,
            DecisionDialog("Set the bundle aside", "&Set aside", "Explained.", lambda _n: None),
            ReportsPage(office_vault, runner=runner),
            RetentionPage(office_vault, runner=runner, today=DELETION_DAY),
        ]
        for screen in dialogs:
            qtbot.addWidget(screen)
        idle(qtbot, runner)
        return made + dialogs

    return make


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


def test_every_page_is_named_as_the_navigation_names_it(context: PageContext) -> None:
    for spec in office_pages():
        page = spec.factory(context)
        page.setParent(context.window)
        assert page.accessibleName() == spec.title


def test_every_control_has_an_accessible_name(
    make_screens: Callable[[], list[QWidget]],
) -> None:
    screens = make_screens()
    assert len(screens) == len(office_pages()) + 13
    for screen in screens:
        assert screen.accessibleName(), type(screen).__name__
        assert unnamed_controls(screen) == [], type(screen).__name__


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_screens_fit_a_small_screen_at_large_text(
    make_screens: Callable[[], list[QWidget]], scale: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    bigger = app.font()
    bigger.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(bigger)
    try:
        for screen in make_screens():
            width = screen.minimumSizeHint().width()
            assert width <= NARROWEST_SCREEN * scale, (type(screen).__name__, width)
    finally:
        app.setFont(font)


def test_a_concern_is_answered_with_the_keyboard_alone(
    qtbot: QtBot, org: Org, runner: TaskRunner, concern_uuid: str
) -> None:
    page = on_screen(qtbot, ConcernQueuePage(org.office, runner=runner))
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
    qtbot.keyClick(dialog.text, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Save response
    qtbot.waitUntil(lambda: page.dialog is None)
    [response] = store.find(org.office.conn, ConcernResponse)
    assert (response.concern_uuid, response.text) == (
        concern_uuid,
        "Thanks, I will ring you tomorrow.",
    )
