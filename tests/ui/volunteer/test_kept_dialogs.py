"""Typed text in a dialog survives auto-lock, Ctrl+L, quitting and a killed process; Escape asks.

Tests for circlesdesk.ui.kept_dialogs, driven through the real session and its unlock window.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from circlesdesk.domain.records import Circle, Concern, new_record_id, utc_now
from circlesdesk.services import drafts
from circlesdesk.ui import kept_dialogs
from circlesdesk.ui.office.concern_dialogs import RespondDialog
from circlesdesk.ui.office.concerns import ConcernQueuePage
from circlesdesk.ui.session import Session, State
from circlesdesk.ui.volunteer.concern_dialog import ConcernDialog
from circlesdesk.ui.volunteer.contact_form import ContactForm
from circlesdesk.ui.volunteer.home import HomePage
from circlesdesk.ui.volunteer.meeting_editor import MeetingEditor
from circlesdesk.vault import database, registry, store
from circlesdesk.vault.vault import Vault
from tests.ui.volunteer.volunteer_kit import PASSPHRASE, answer, choose, click, the_question

pytestmark = pytest.mark.gui

MakeSession = Callable[..., Session]
WHAT_HAPPENED = "He said he had been sleeping in his car since Tuesday."
REPO = Path(__file__).resolve().parents[3]


def unlock(qtbot: QtBot, session: Session) -> Vault:
    window = session.unlock_window
    assert window is not None
    qtbot.waitUntil(window.isVisible, timeout=5000)
    qtbot.keyClicks(window.unlock_panel.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.state is State.UNLOCKED, timeout=10_000)
    assert session.vault is not None
    return session.vault


def editor(session: Session) -> MeetingEditor:
    assert session.main_window is not None
    page = session.main_window.page("meeting")
    assert isinstance(page, MeetingEditor)
    return page


def start_concern(qtbot: QtBot, session: Session) -> ConcernDialog:
    """On the meeting page, open Add a concern, choose level 2 and a kind, type what happened."""
    assert session.main_window is not None
    session.main_window.show_page("meeting")
    dialog = editor(session).add_concern()
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.level_buttons[2])
    choose(dialog.category, "stability")
    qtbot.keyClicks(dialog.description, WHAT_HAPPENED)
    return dialog


def reopened_concern(qtbot: QtBot, session: Session) -> ConcernDialog:
    """After unlocking: the meeting page is in view with the concern dialog open again."""
    assert session.main_window is not None
    qtbot.waitUntil(lambda: editor(session).concern_dialog is not None, timeout=5000)
    assert session.main_window.current_key() == "meeting"
    dialog = editor(session).concern_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def assert_filled_as_typed(dialog: ConcernDialog) -> None:
    assert dialog.level() == 2
    assert dialog.category.currentData() == "stability"
    assert dialog.description.toPlainText() == WHAT_HAPPENED


def assert_no_plaintext(folder: Path) -> None:
    """The typed words are nowhere on disk in the clear (only inside the encrypted vault)."""
    needle = WHAT_HAPPENED.encode()
    for path in folder.rglob("*"):
        if path.is_file():
            assert needle not in path.read_bytes(), path.name


def test_concern_text_survives_auto_lock_and_reopens_after_unlock(
    qtbot: QtBot, demo_volunteer_dir: Path, make_session: MakeSession
) -> None:
    session = make_session(demo_volunteer_dir, autolock_ms=1500)
    session.start()
    unlock(qtbot, session)
    dialog = start_concern(qtbot, session)
    # The volunteer is on the phone; nobody touches the laptop: it locks by itself.
    qtbot.waitUntil(lambda: session.state is State.LOCKED, timeout=10_000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=5000)
    assert_no_plaintext(demo_volunteer_dir)

    unlock(qtbot, session)
    assert_filled_as_typed(reopened_concern(qtbot, session))


def test_ctrl_l_in_a_dialog_locks_and_keeps_its_text(
    qtbot: QtBot, demo_volunteer_dir: Path, make_session: MakeSession
) -> None:
    session = make_session(demo_volunteer_dir)
    session.start()
    vault = unlock(qtbot, session)
    dialog = start_concern(qtbot, session)
    assert QApplication.activeModalWidget() is dialog
    qtbot.keyClick(dialog.description, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.state is State.LOCKED, timeout=5000)
    assert vault.is_locked
    assert_no_plaintext(demo_volunteer_dir)

    unlock(qtbot, session)
    again = reopened_concern(qtbot, session)
    assert_filled_as_typed(again)
    # Adding it now uses what was typed, and the kept draft goes.
    with qtbot.waitSignal(again.accepted):
        click(qtbot, again.ok_button)
    assert [c.description for c in editor(session).concerns()] == [WHAT_HAPPENED]
    assert session.vault is not None
    assert drafts.get_draft(session.vault, kept_dialogs.DRAFT_ID) is None


def test_quitting_with_a_dialog_open_keeps_its_text(
    qtbot: QtBot, demo_volunteer_dir: Path, make_session: MakeSession
) -> None:
    session = make_session(demo_volunteer_dir)
    session.start()
    unlock(qtbot, session)
    start_concern(qtbot, session)
    session.quit()
    assert session.state is State.CLOSED
    assert_no_plaintext(demo_volunteer_dir)

    later = make_session(demo_volunteer_dir)
    later.start()
    unlock(qtbot, later)
    assert_filled_as_typed(reopened_concern(qtbot, later))


KILLED = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel
    from pytestqt.qt_compat import qt_api
    from pytestqt.qtbot import QtBot
    qt_api.set_qt_api("pyside6")
    app = QApplication([])
    from circlesdesk.ui.session import Session
    from circlesdesk.ui.crash import CrashReporter
    from circlesdesk.ui.tasks import TaskRunner
    from tests.ui.volunteer import test_kept_dialogs as kit
    from tests.ui.volunteer.volunteer_kit import FAST_KDF

    class Request:  # enough of pytest's request for QtBot outside pytest
        node = None

    qtbot = QtBot(Request())
    runner = TaskRunner(crash_reporter=CrashReporter())
    session = Session(Path(sys.argv[1]), runner=runner, kdf=FAST_KDF)
    session.start()
    kit.unlock(qtbot, session)
    kit.start_concern(qtbot, session)
    qtbot.wait(2500)  # the autosave comes a second after the last key
    print("typed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_concern_text_survives_a_killed_process(
    qtbot: QtBot, demo_volunteer_dir: Path, make_session: MakeSession
) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", KILLED, str(demo_volunteer_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert done.stdout == "typed\n", done.stderr
    assert done.returncode == -9
    assert_no_plaintext(demo_volunteer_dir)

    session = make_session(demo_volunteer_dir)
    session.start()
    unlock(qtbot, session)
    assert_filled_as_typed(reopened_concern(qtbot, session))


def home(session: Session) -> HomePage:
    assert session.main_window is not None
    page = session.main_window.page("home")
    assert isinstance(page, HomePage)
    return page


def test_escape_with_typed_text_asks_before_discarding(
    qtbot: QtBot, demo_volunteer_dir: Path, make_session: MakeSession, circle_code: str
) -> None:
    session = make_session(demo_volunteer_dir)
    session.start()
    vault = unlock(qtbot, session)
    form = home(session).open_contact_form(circle_code)
    assert isinstance(form, ContactForm)
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.summary, "Rang to say the hostel has a room from Monday.")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    answer(qtbot, the_question(qtbot), "Keep editing")
    assert form.isVisible()
    assert form.summary.toPlainText() == "Rang to say the hostel has a room from Monday."

    # kept in the vault meanwhile
    qtbot.waitUntil(
        lambda: drafts.get_draft(vault, kept_dialogs.DRAFT_ID) is not None, timeout=5000
    )
    cancel = form.buttons.button(form.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(form.rejected):
        answer(qtbot, the_question(qtbot), "Discard")
    assert drafts.get_draft(vault, kept_dialogs.DRAFT_ID) is None


def test_escape_on_an_untouched_dialog_closes_at_once(
    qtbot: QtBot, demo_volunteer_dir: Path, make_session: MakeSession, circle_code: str
) -> None:
    session = make_session(demo_volunteer_dir)
    session.start()
    vault = unlock(qtbot, session)
    form = home(session).open_hours_form(circle_code)
    qtbot.waitExposed(form)
    with qtbot.waitSignal(form.rejected, timeout=2000):
        qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert drafts.get_draft(vault, kept_dialogs.DRAFT_ID) is None


def test_an_office_response_being_typed_survives_ctrl_l(
    qtbot: QtBot, demo_office_dir: Path, make_session: MakeSession
) -> None:
    with Vault.unlock(demo_office_dir, passphrase=PASSPHRASE) as office:
        circle = store.find(office.conn, Circle)[0]
        concern = Concern(
            uuid=new_record_id(),
            origin=registry.peers(office.conn)[0].device_id,
            circle_uuid=circle.uuid,
            raised_at=utc_now(),
            level=2,
            category="stability",
            description="His landlord has given him notice.",
        )
        with database.transaction(office.conn):
            store.apply_incoming(office.conn, concern)
    session = make_session(demo_office_dir)
    session.start()
    unlock(qtbot, session)
    window = session.main_window
    assert window is not None
    window.show_page("concerns")
    queue = window.page("concerns")
    assert isinstance(queue, ConcernQueuePage)
    assert queue.model.rows(), "the demo office has open concerns"
    queue.view.selectRow(len(queue.model.rows()) - 1)
    chosen = queue.current()
    assert chosen is not None and chosen.concern.uuid == concern.uuid
    dialog = queue.reopen_dialog("respond", {"concern": chosen.concern.uuid})
    assert isinstance(dialog, RespondDialog)
    qtbot.waitExposed(dialog)
    # The concern it answers is in view, and the button says what happens.
    quoted = "The concern (urgency 2): His landlord has given him notice."
    assert [w for w in dialog.findChildren(QLabel) if w.text() == quoted]
    assert dialog.ok_button.text() == "&Save response"
    assert "next reply files" in dialog.ok_button.toolTip()
    qtbot.keyClicks(dialog.text, "Thank you. I will ring his probation officer today.")
    qtbot.keyClick(dialog.text, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.state is State.LOCKED, timeout=5000)

    unlock(qtbot, session)
    qtbot.waitUntil(lambda: isinstance(queue_dialog(session), RespondDialog), timeout=5000)
    again = queue_dialog(session)
    assert isinstance(again, RespondDialog)
    assert again.text.toPlainText() == "Thank you. I will ring his probation officer today."
    page = session.main_window.page("concerns") if session.main_window else None
    assert isinstance(page, ConcernQueuePage)
    current = page.current()
    assert current is not None and current.concern.uuid == chosen.concern.uuid


def queue_dialog(session: Session) -> object:
    window = session.main_window
    page = window.page("concerns") if window is not None else None
    return getattr(page, "dialog", None)
