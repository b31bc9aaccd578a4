"""Every top-level window and dialog fits a 1366×768 screen at 100 %, 150 % and 200 % scaling.

Tests for circlesdesk.ui.screen_fit: each window the app shows (the unlock window, the first-run
wizard, the main window with every page of both roles, and every dialog) is fitted to the
logical screen such a laptop offers at each scale, and must then lie inside it with every button
of its button box inside the window.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import Meeting, new_record_id
from circlesdesk.services import circles
from circlesdesk.ui import screen_fit
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.first_run import FirstRunWizard
from circlesdesk.ui.main_window import MainWindow, PageContext
from circlesdesk.ui.office.circle_dialogs import CircleDialog, VolunteersDialog
from circlesdesk.ui.office.concern_dialogs import CloseDialog, EscalateDialog, RespondDialog
from circlesdesk.ui.office.disclosure_dialog import DisclosureDialog
from circlesdesk.ui.office.enroll_dialog import EnrollDialog
from circlesdesk.ui.pages import default_pages
from circlesdesk.ui.record_view import RecordView
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.unlock import UnlockWindow
from circlesdesk.ui.volunteer.concern_dialog import ConcernDialog
from circlesdesk.ui.volunteer.contact_form import ContactForm
from circlesdesk.ui.volunteer.hours_form import HoursForm
from circlesdesk.ui.volunteer.review_form import ReviewForm
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.ui.volunteer.volunteer_kit import FAST_KDF

pytestmark = pytest.mark.gui

PANEL = 32  # a desktop panel takes this much of the height
SCALES = (1.0, 1.5, 2.0)


def laptop(scale: float) -> QRect:
    """What a 1366×768 screen offers at this scale, in logical pixels."""
    return QRect(0, 0, int(1366 / scale), int((768 - PANEL) / scale))


def main_window(vault: Vault, runner: TaskRunner, role: Role) -> MainWindow:
    window = MainWindow()
    window.add_pages(default_pages(role))
    context = PageContext(
        vault=vault, runner=runner, clipboard=ClipboardGuard(parent=window), window=window
    )
    window.start_session(context, owner="")
    for key in window.page_keys():
        window.show_page(key)  # every page made, so the window's minimum covers them all
    return window


def every_window(
    vault: Vault, office: Vault, runner: TaskRunner, folder: Path, tmp_path: Path
) -> Iterator[QWidget]:
    meeting = store.find(vault.conn, Meeting, limit=1)[0]
    code = circles.list_circles(office)[0].code
    concern = new_record_id()
    yield UnlockWindow(folder, runner, kdf=FAST_KDF)
    yield FirstRunWizard(tmp_path / "new", runner, kdf=FAST_KDF)
    yield main_window(vault, runner, Role.VOLUNTEER)
    yield ConcernDialog(vault)
    yield ContactForm(vault)
    yield HoursForm(vault)
    yield ReviewForm(vault)
    yield RecordView(vault, meeting)
    yield main_window(office, runner, Role.OFFICE)
    yield RespondDialog(office, concern)
    yield EscalateDialog(office, concern)
    yield CloseDialog(office, concern)
    yield DisclosureDialog(office, circle_code=code)
    yield CircleDialog(office)
    yield VolunteersDialog(office, code)
    yield EnrollDialog(office, runner=runner)


def buttons_of(window: QWidget) -> list[QAbstractButton]:
    if isinstance(window, QWizard):
        return [
            window.button(which)
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton)
        ]
    return [b for box in window.findChildren(QDialogButtonBox) for b in box.buttons()]


@pytest.mark.parametrize("scale", SCALES)
def test_every_window_and_dialog_fits_a_1366_by_768_screen(
    qtbot: QtBot,
    demo_volunteer_vault: Vault,
    demo_office_vault: Vault,
    runner: TaskRunner,
    demo_volunteer_dir: Path,
    tmp_path: Path,
    scale: float,
) -> None:
    screen = laptop(scale)
    assert screen_fit.is_small(screen)  # so the main window opens maximised on it
    for window in every_window(
        demo_volunteer_vault, demo_office_vault, runner, demo_volunteer_dir, tmp_path
    ):
        name = type(window).__name__
        qtbot.addWidget(window)
        window.show()
        screen_fit.fit(window, screen)
        assert screen.contains(window.frameGeometry()), (name, window.frameGeometry(), screen)
        for button in buttons_of(window):
            if not button.isVisible():
                continue
            corner = button.mapTo(window, QPoint(0, 0))
            inside = QRect(corner, button.size())
            assert window.rect().contains(inside), (name, button.text(), inside)
        window.hide()


def test_a_big_screen_is_not_small() -> None:
    assert not screen_fit.is_small(QRect(0, 0, 1920, 1040))
