"""The pages in the shell: registration, moving between them, locking; names and sizes for all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from circlesdesk.domain.records import Meeting
from circlesdesk.services import drafts, meetings
from circlesdesk.ui.clipboard import ClipboardGuard
from circlesdesk.ui.main_window import MainWindow, PageContext
from circlesdesk.ui.record_view import RecordView
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer import (
    HistoryPage,
    HomePage,
    MeetingEditor,
    SearchPage,
    SyncPage,
    register_pages,
)
from circlesdesk.ui.volunteer.concern_dialog import ConcernDialog
from circlesdesk.ui.volunteer.contact_form import ContactForm
from circlesdesk.ui.volunteer.hours_form import HoursForm
from circlesdesk.ui.volunteer.review_form import ReviewForm
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.ui.volunteer.volunteer_kit import click

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
def window(qtbot: QtBot, demo_volunteer_vault: Vault, runner: TaskRunner) -> Iterator[MainWindow]:
    main = MainWindow()
    qtbot.addWidget(main)
    register_pages(main)
    clipboard = ClipboardGuard(parent=main)
    main.start_session(
        PageContext(vault=demo_volunteer_vault, runner=runner, clipboard=clipboard, window=main),
        owner="Volunteer",
    )
    with qtbot.waitExposed(main):
        main.show()
    yield main
    main.clear_pages()


def test_pages_are_registered_in_order(window: MainWindow) -> None:
    assert window.page_keys() == ["home", "meeting", "history", "search", "sync"]
    assert isinstance(window.page("home"), HomePage)
    assert window.windowTitle() == "CirclesDesk"


def test_home_leads_to_the_editor_and_a_lock_keeps_the_draft(
    qtbot: QtBot,
    window: MainWindow,
    demo_volunteer_vault: Vault,
    runner: TaskRunner,
    circle_code: str,
) -> None:
    home = window.page("home")
    assert isinstance(home, HomePage)
    click(qtbot, home.cards[0].record_button)
    assert window.current_key() == "meeting"
    editor = window.page("meeting")
    assert isinstance(editor, MeetingEditor)
    assert editor.circle.code() == circle_code
    qtbot.keyClicks(editor.minutes, "Typed just before the laptop locked")

    window.clear_pages()  # what a lock does: every page goes, each told first
    [draft] = drafts.open_drafts(demo_volunteer_vault, kind="meeting")
    assert draft.fields["minutes"] == "Typed just before the laptop locked"
    qtbot.waitUntil(lambda: window.page("meeting") is None)

    # Unlocked again: the editor page reopens the unfinished draft.
    window.start_session(
        PageContext(
            vault=demo_volunteer_vault,
            runner=runner,
            clipboard=ClipboardGuard(parent=window),
            window=window,
        ),
        owner="Volunteer",
    )
    window.show_page("meeting")
    editor = window.page("meeting")
    assert isinstance(editor, MeetingEditor)
    assert editor.draft_id == draft.id
    assert editor.minutes.toPlainText() == "Typed just before the laptop locked"


def test_home_leads_to_history_and_sync(qtbot: QtBot, window: MainWindow, circle_code: str) -> None:
    home = window.page("home")
    assert isinstance(home, HomePage)
    click(qtbot, home.cards[0].history_button)
    assert window.current_key() == "history"
    history = window.page("history")
    assert isinstance(history, HistoryPage)
    assert history.circle.code() == circle_code
    assert history.model.rowCount() > 0
    window.show_page("home")
    click(qtbot, home.send_button)
    assert window.current_key() == "sync"
    assert isinstance(window.page("sync"), SyncPage)


def test_a_meeting_saved_in_the_editor_is_in_the_history(
    qtbot: QtBot, window: MainWindow, demo_volunteer_vault: Vault
) -> None:
    window.show_page("history")
    history = window.page("history")
    assert isinstance(history, HistoryPage)
    before = history.model.total()
    window.show_page("meeting")
    editor = window.page("meeting")
    assert isinstance(editor, MeetingEditor)
    qtbot.keyClicks(editor.minutes, "Saved and then looked up")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    window.show_page("history")
    assert history.model.total() == before + 1


def open_in_history(qtbot: QtBot, window: MainWindow, meeting_uuid: str) -> RecordView:
    window.show_page("history")
    history = window.page("history")
    assert isinstance(history, HistoryPage)
    history.refresh()
    [row] = [
        r
        for r in range(history.model.rowCount())
        if history.model.entry(r).record.uuid == meeting_uuid
    ]
    view = history.open_record(history.model.index(row, 0))
    assert view is not None
    qtbot.waitExposed(view)
    return view


def test_an_unsent_meeting_can_be_changed_from_its_history(
    qtbot: QtBot, window: MainWindow, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    meeting = meetings.record_meeting(
        demo_volunteer_vault,
        circle_code=circle_code,
        held_on="2026-01-05",
        minutes="Typed in a hurry.",
    )
    view = open_in_history(qtbot, window, meeting.uuid)
    assert view.change_button is not None and view.change_button.text() == "C&hange…"
    assert view.withdraw_button is not None  # not sent yet
    click(qtbot, view.change_button)
    assert window.current_key() == "meeting"
    editor = window.page("meeting")
    assert isinstance(editor, MeetingEditor)
    assert editor.editing == meeting.uuid
    assert editor.title.text() == "Change a meeting not yet sent"
    assert not editor.circle.isEnabled()
    assert editor.minutes.toPlainText() == "Typed in a hurry."
    editor.minutes.selectAll()
    qtbot.keyClicks(editor.minutes, "Typed in a hurry, then put right.")
    before = store.count(demo_volunteer_vault.conn, Meeting)
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    stored = store.require(demo_volunteer_vault.conn, Meeting, meeting.uuid)
    assert (stored.minutes, stored.revision) == ("Typed in a hurry, then put right.", 2)
    assert (
        store.count(demo_volunteer_vault.conn, Meeting) == before
    )  # changed, not a second meeting
    assert editor.editing is None and editor.minutes.toPlainText() == ""
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))  # the closed view is gone


def test_an_unsent_meeting_can_be_withdrawn_after_a_question(
    qtbot: QtBot, window: MainWindow, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    meeting = meetings.record_meeting(
        demo_volunteer_vault,
        circle_code=circle_code,
        held_on="2026-01-05",
        minutes="Saved on the wrong day.",
    )
    view = open_in_history(qtbot, window, meeting.uuid)
    assert view.withdraw_button is not None
    click(qtbot, view.withdraw_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.text() == "Withdraw this meeting?"
    [withdraw] = [b for b in box.buttons() if b.text() == "&Withdraw"]
    with qtbot.waitSignal(view.withdrawn):
        click(qtbot, withdraw)
    assert store.get(demo_volunteer_vault.conn, Meeting, meeting.uuid) is None


def part_of_a_control(widget: QWidget) -> bool:
    """Whether a widget is an inner part of a combo box or spin box (named through it)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    return [
        f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
        for widget in root.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not widget.accessibleName()
        and not part_of_a_control(widget)
    ]


def every_screen(vault: Vault) -> list[QWidget]:
    record = store.find(vault.conn, Meeting, limit=1)[0]
    return [
        HomePage(vault),
        MeetingEditor(vault),
        HistoryPage(vault),
        SearchPage(vault),
        ConcernDialog(vault),
        ContactForm(vault),
        HoursForm(vault),
        ReviewForm(vault),
        RecordView(vault, record),
    ]


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, demo_volunteer_vault: Vault, runner: TaskRunner
) -> None:
    screens = [*every_screen(demo_volunteer_vault), SyncPage(demo_volunteer_vault, runner=runner)]
    for screen in screens:
        qtbot.addWidget(screen)
        assert screen.accessibleName(), type(screen).__name__
        assert unnamed_controls(screen) == [], type(screen).__name__


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_screens_fit_a_small_screen_at_large_text(
    qtbot: QtBot, demo_volunteer_vault: Vault, runner: TaskRunner, scale: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    bigger = app.font()
    bigger.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(bigger)
    try:
        screens = [
            *every_screen(demo_volunteer_vault),
            SyncPage(demo_volunteer_vault, runner=runner),
        ]
        for screen in screens:
            qtbot.addWidget(screen)
            width = screen.minimumSizeHint().width()
            assert width <= NARROWEST_SCREEN * scale, (type(screen).__name__, width)
    finally:
        app.setFont(font)


def test_nothing_typed_reaches_the_window_title(
    qtbot: QtBot, window: MainWindow, demo_volunteer_vault: Vault, circle_code: str
) -> None:
    meetings.record_meeting(
        demo_volunteer_vault, circle_code=circle_code, held_on="2026-01-05", minutes="Private words"
    )
    window.show_page("search")
    search = window.page("search")
    assert isinstance(search, SearchPage)
    qtbot.keyClicks(search.box, "Private")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    view = search.open_record(search.model.index(0, 0))
    assert view is not None
    assert "Private" not in view.windowTitle()
    assert window.windowTitle() == "CirclesDesk"
    view.reject()
