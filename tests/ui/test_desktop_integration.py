"""The desktop around the app: bundle files dropped or opened, and the system's dark scheme."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from circlesdesk.ui import resources, style
from circlesdesk.ui.app import BundleOpener
from circlesdesk.ui.main_window import MainWindow
from circlesdesk.ui.office.inbox import InboxPage
from circlesdesk.ui.session import Session, State
from circlesdesk.ui.volunteer.sync_page import SyncPage
from tests.sync_kit import Org, build_org
from tests.vault_kit import PASSPHRASE

MakeSession = Callable[..., Session]


@pytest.fixture(scope="module")
def org_template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Office, Alice and Ben, enrolled and welcomed (built once for this module)."""
    return build_org(tmp_path_factory.mktemp("desktop-org"))


@pytest.fixture
def org(tmp_path: Path, org_template: dict[str, Path]) -> Iterator[Org]:
    copy = Org.copied(org_template, tmp_path / "org")
    try:
        yield copy
    finally:
        copy.close_all()


@pytest.fixture
def alice_bundle(org: Org, tmp_path: Path) -> Path:
    """A bundle from Alice with one meeting, saved where a file manager would have it."""
    org.meeting("alice", minutes="We planned the allotment visit.")
    path = tmp_path / "downloads" / "alice-00001.cdb"
    path.parent.mkdir()
    path.write_bytes(org.send("alice"))
    org.close("alice")
    return path


def _unlock(qtbot: QtBot, session: Session) -> MainWindow:
    window = session.unlock_window
    assert window is not None
    qtbot.keyClicks(window.unlock_panel.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.state is State.UNLOCKED, timeout=10_000)
    assert session.main_window is not None
    return session.main_window


def _drop(window: MainWindow, paths: list[Path]) -> tuple[bool, bool]:
    """Drag ``paths`` over the window's navigation list and drop them: (entered, dropped)."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(window.navigation.mapTo(window, window.navigation.rect().center()))
    actions = Qt.DropAction.CopyAction
    with warnings.catch_warnings():  # PySide6 marks the QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            where.toPoint(),
            actions,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        where, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def _inbox_files(window: MainWindow, qtbot: QtBot) -> list[str]:
    page = window.page("inbox")
    assert isinstance(page, InboxPage)
    qtbot.waitUntil(lambda: not page.busy and page.model.rows() != [], timeout=10_000)
    return [item.path.name for item in page.model.rows()]


def test_a_bundle_dropped_on_the_office_window_arrives_in_the_inbox(
    qtbot: QtBot, org: Org, alice_bundle: Path, make_session: MakeSession
) -> None:
    session = make_session(org.folders["office"])
    session.start()
    window = _unlock(qtbot, session)
    window.show_page("concerns")
    not_a_bundle = alice_bundle.with_suffix(".txt")
    not_a_bundle.write_text("hello")
    assert _drop(window, [not_a_bundle]) == (False, False)
    assert window.current_key() == "concerns"

    assert _drop(window, [alice_bundle, not_a_bundle]) == (True, True)
    assert window.current_key() == "inbox"
    assert _inbox_files(window, qtbot) == ["alice-00001.cdb"]
    page = window.page("inbox")
    assert isinstance(page, InboxPage)
    assert page.model.rows()[0].ready
    assert page.status.text() == "1 file, 1 ready to import."


def test_files_opened_before_unlocking_wait_for_the_unlock(
    qtbot: QtBot, org: Org, alice_bundle: Path, make_session: MakeSession
) -> None:
    session = make_session(org.folders["office"])
    opener = BundleOpener(session)
    session.start()
    opener.open([alice_bundle])  # `circlesdesk alice-00001.cdb`, or a second start
    assert session.state is State.LOCKED and opener.pending == [alice_bundle]
    window = _unlock(qtbot, session)
    assert opener.pending == []
    assert window.current_key() == "inbox"
    assert _inbox_files(window, qtbot) == ["alice-00001.cdb"]

    # Locked again: a file sent now waits in the window until the next unlock.
    session.lock()
    assert session.state is State.LOCKED
    opener.open([alice_bundle.with_name("ben-00001.cdb")])
    assert window.pending_bundles == [alice_bundle.with_name("ben-00001.cdb")]
    assert window.page("inbox") is None  # nothing of the vault is held while locked
    _unlock(qtbot, session)
    assert window.pending_bundles == []
    assert window.current_key() == "inbox"
    opener.deleteLater()


def test_a_reply_dropped_on_the_volunteer_window_is_imported(
    qtbot: QtBot, org: Org, make_session: MakeSession, tmp_path: Path
) -> None:
    org.meeting("alice")
    from circlesdesk.services import sync as sync_service

    sync_service.import_file(org.office, _saved(tmp_path / "a.cdb", org.send("alice")))
    reply = _saved(tmp_path / "reply.cdb", org.reply("alice"))
    org.close_all()
    session = make_session(org.folders["alice"])
    session.start()
    window = _unlock(qtbot, session)
    assert _drop(window, [reply]) == (True, True)
    assert window.current_key() == "sync"
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: not page.busy and page.alert.isVisible(), timeout=10_000)
    assert page.last_receipt.text() == "No. 1"


def _saved(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _system_says(monkeypatch: pytest.MonkeyPatch, scheme: Qt.ColorScheme) -> None:
    """The platform switches its colour scheme (the offscreen platform cannot: Qt's
    ``setColorScheme`` needs a platform theme, so its answer and its signal are given here)."""
    hints = QGuiApplication.styleHints()
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: scheme)
    hints.colorSchemeChanged.emit(scheme)


def test_the_dark_palette_follows_the_system_scheme(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow()
    qtbot.addWidget(window)
    light_icon = resources.icon("home").pixmap(32, 32).toImage()
    try:
        _system_says(monkeypatch, Qt.ColorScheme.Dark)
        assert style.system_is_dark()
        assert app.palette().window().color().name() == style.DARK.window.lower()
        assert app.palette().text().color().name() == style.DARK.text.lower()
        assert window.palette().base().color().name() == style.DARK.base.lower()
        assert style.DARK.border in app.styleSheet()  # the sheet's colours are the dark ones
        assert style.LIGHT.border not in app.styleSheet()
        assert resources.icon("home").pixmap(32, 32).toImage() != light_icon  # light ink
        _system_says(monkeypatch, Qt.ColorScheme.Light)
        assert app.palette().window().color().name() == style.LIGHT.window.lower()
        assert resources.icon("home").pixmap(32, 32).toImage() == light_icon
    finally:
        monkeypatch.undo()
        style.apply(app, dark=False)
