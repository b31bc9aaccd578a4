"""The session: unlock → main window; Ctrl+L and inactivity lock, destroy pages, unlock again."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import OfficeConfig
from circlesdesk.services import meetings
from circlesdesk.ui.main_window import PageContext, PageSpec
from circlesdesk.ui.pages import default_pages
from circlesdesk.ui.session import Session, State
from circlesdesk.ui.tasks import TaskContext
from circlesdesk.vault import database, store
from circlesdesk.vault.vault import Vault
from tests.vault_kit import PASSPHRASE, VOLUNTEER_NAME

MakeSession = Callable[..., Session]


def _unlock(qtbot: QtBot, session: Session) -> Vault:
    window = session.unlock_window
    assert window is not None and window.isVisible()
    qtbot.keyClicks(window.unlock_panel.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.state is State.UNLOCKED, timeout=10_000)
    assert session.vault is not None
    return session.vault


def _press_ctrl_l(qtbot: QtBot, session: Session) -> None:
    main = session.main_window
    assert main is not None
    target = QGuiApplication.focusObject() or main
    qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_no_vault_starts_the_wizard(tmp_path: Path, make_session: MakeSession) -> None:
    session = make_session(tmp_path / "empty")
    session.start()
    assert session.state is State.FIRST_RUN
    assert session.wizard is not None and session.wizard.isVisible()
    assert session.unlock_window is None


def test_unlocking_shows_the_main_window(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    session = make_session(volunteer_vault_dir)
    session.start()
    assert session.state is State.LOCKED
    vault = _unlock(qtbot, session)
    main = session.main_window
    assert main is not None and main.isVisible()
    assert session.unlock_window is not None and not session.unlock_window.isVisible()
    assert main.windowTitle() == "CirclesDesk"  # never a name
    assert main.owner_label.text() == f"Volunteer: {VOLUNTEER_NAME}"
    assert main.page_keys() == ["home", "meeting", "history", "search", "sync"]
    assert main.current_key() == "home" and main.page("home") is not None
    assert main.page("history") is None  # made when first shown
    main.show_page("history")
    assert main.current_page() is main.page("history")
    # The offscreen screen (800×800) is a small one: the window takes all of it.
    assert main.isMaximized()
    assert vault.info.role is Role.VOLUNTEER
    items = [main.navigation.item(row) for row in range(main.navigation.count())]
    assert [item.text() for item in items] == [
        "Home",
        "Record a meeting",
        "History",
        "Search",
        "Send and receive",
    ]
    assert all(not item.icon().isNull() for item in items)


def test_ctrl_l_locks_destroys_the_pages_and_shows_the_unlock_window(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    session = make_session(volunteer_vault_dir)
    session.start()
    vault = _unlock(qtbot, session)
    main = session.main_window
    assert main is not None
    qtbot.waitExposed(main)
    main.show_page("search")
    pages = [main.page(key) for key in ("home", "search")]
    assert all(page is not None for page in pages)

    _press_ctrl_l(qtbot, session)

    assert session.state is State.LOCKED
    assert vault.is_locked
    assert session.vault is None
    assert main.page("home") is None and main.page("search") is None
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(p) for p in pages), timeout=5000)
    assert not main.isVisible()
    assert main.owner_label.text() == ""
    assert session.unlock_window is not None and session.unlock_window.isVisible()
    assert session.unlock_window.unlock_panel.passphrase.text() == ""
    # The vault really is closed: another process could open it now.
    with Vault.unlock(volunteer_vault_dir, passphrase=PASSPHRASE):
        pass

    # Unlocking again builds fresh pages.
    _unlock(qtbot, session)
    home = main.page("home")
    assert home is not None and shiboken6.isValid(home)
    assert main.isVisible() and main.owner_label.text().endswith(VOLUNTEER_NAME)


def test_lock_action_in_the_menu(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    session = make_session(volunteer_vault_dir)
    session.start()
    vault = _unlock(qtbot, session)
    main = session.main_window
    assert main is not None
    assert main.lock_action.shortcut().toString() == "Ctrl+L"
    assert main.lock_action.text().replace("&", "") == "Lock"
    main.lock_action.trigger()
    assert vault.is_locked and session.state is State.LOCKED


def test_inactivity_locks_after_the_configured_time(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    session = make_session(volunteer_vault_dir, autolock_ms=300)
    session.start()
    vault = _unlock(qtbot, session)
    assert session.watcher.interval_ms == 300
    qtbot.waitUntil(lambda: session.state is State.LOCKED, timeout=5000)
    assert vault.is_locked
    assert session.main_window is not None and session.main_window.page("home") is None


def test_the_office_configuration_sets_the_auto_lock_time(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    with Vault.unlock(volunteer_vault_dir, passphrase=PASSPHRASE) as vault:
        config = meetings.office_config(vault)
        assert isinstance(config, OfficeConfig)
        with database.transaction(vault.conn):
            store.apply_incoming(vault.conn, config.revised(autolock_minutes=7))
    session = make_session(volunteer_vault_dir)
    session.start()
    _unlock(qtbot, session)
    assert session.watcher.interval_ms == 7 * 60_000
    assert session.watcher.watching


def test_hiding_the_application_locks(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    session = make_session(volunteer_vault_dir)
    session.start()
    vault = _unlock(qtbot, session)
    session.watcher._state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert vault.is_locked and session.state is State.LOCKED


class NotePage(QWidget):
    """A page like the meeting editor: note text, a draft saved before locking."""

    def __init__(self, context: PageContext, drafts: list[str], shown: list[str]) -> None:
        super().__init__()
        self.drafts = drafts
        self.shown = shown
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText("Kestrel seemed low this week.")
        context.clipboard.protect(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Minutes", self))
        layout.addWidget(self.editor)

    def page_shown(self) -> None:
        self.shown.append("notes")

    def before_lock(self) -> None:
        self.drafts.append(self.editor.toPlainText())


def test_pages_added_with_one_call_get_their_hooks(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    drafts: list[str] = []
    shown: list[str] = []

    def pages(role: Role) -> list[PageSpec]:
        return [
            *default_pages(role),
            PageSpec("notes", "Notes", "meeting", lambda c: NotePage(c, drafts, shown)),
        ]

    session = make_session(volunteer_vault_dir, pages=pages, clipboard_delay_ms=60_000)
    session.start()
    _unlock(qtbot, session)
    main = session.main_window
    assert main is not None
    qtbot.waitExposed(main)
    qtbot.keyClick(main, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # Ctrl+6: sixth page
    page = main.page("notes")
    assert isinstance(page, NotePage) and main.current_key() == "notes"
    assert shown == ["notes"]
    page.editor.setFocus()
    qtbot.waitUntil(page.editor.hasFocus, timeout=2000)
    page.editor.selectAll()
    page.editor.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "Kestrel seemed low this week."

    session.lock()
    assert drafts == ["Kestrel seemed low this week."]
    assert clipboard.text() == ""  # guarded note text does not outlive the lock
    qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=5000)


def test_a_modal_dialog_is_closed_before_locking(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    session = make_session(volunteer_vault_dir)
    session.start()
    vault = _unlock(qtbot, session)
    page = session.main_window.page("home")  # type: ignore[union-attr]
    dialog = QDialog(page)
    dialog.setModal(True)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        session.lock()
    qtbot.waitUntil(lambda: session.state is State.LOCKED, timeout=2000)
    assert vault.is_locked
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)


def test_a_running_task_finishes_before_the_vault_locks(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    session = make_session(volunteer_vault_dir)
    session.start()
    vault = _unlock(qtbot, session)
    release = threading.Event()
    counted: list[int] = []

    def count_meetings(task: TaskContext) -> int:
        release.wait(5)
        counted.append(len(meetings.list_meetings(vault)))  # still open: the lock waits
        return counted[-1]

    page = session.main_window.page("home")  # type: ignore[union-attr]
    task = session.runner.run(count_meetings, owner=page, on_success=counted.append)
    session.lock()
    assert session.state is State.LOCKED
    assert not vault.is_locked  # the task is still using it
    assert task.cancel_requested
    unlock_window = session.unlock_window
    assert unlock_window is not None and not unlock_window.unlock_panel.unlock_button.isEnabled()
    with qtbot.waitSignal(session.runner.idle, timeout=5000):
        release.set()
    assert vault.is_locked
    assert counted == [0]  # the callback went with the destroyed page
    assert unlock_window.unlock_panel.unlock_button.isEnabled()


def test_closing_the_main_window_locks_and_quits(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    session = make_session(volunteer_vault_dir)
    session.start()
    vault = _unlock(qtbot, session)
    main = session.main_window
    assert main is not None
    with qtbot.waitSignal(session.quit_requested, timeout=2000):
        main.close()
    assert vault.is_locked
    assert session.state is State.CLOSED
