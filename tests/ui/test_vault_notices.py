"""After unlock the window says what the unlock and the background quick check found.

Driven through a real session: the unlock window, the passphrase typed, the main window.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from circlesdesk.ui.session import Session, State
from circlesdesk.vault import keyslots
from circlesdesk.vault.vault import DATABASE_FILE, NEW_CODE_FILE, Vault
from tests.vault_kit import FAST_KDF, PAGE_SIZE, PASSPHRASE, flip_bytes

MakeSession = Callable[..., Session]


def _unlock(qtbot: QtBot, session: Session) -> None:
    session.quick_check_delay_ms = 0
    session.start()
    window = session.unlock_window
    assert window is not None
    qtbot.keyClicks(window.unlock_panel.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.state is State.UNLOCKED, timeout=10_000)


def test_the_quick_check_after_unlock_says_the_vault_is_intact(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    session = make_session(volunteer_vault_dir)
    _unlock(qtbot, session)
    main = session.main_window
    assert main is not None
    qtbot.waitUntil(lambda: "every page is intact" in main.statusBar().currentMessage())
    assert not main.alert.isVisible()


def test_a_damaged_page_unlock_never_reads_is_reported_after_unlock(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    database = volunteer_vault_dir / DATABASE_FILE
    pages = database.stat().st_size // PAGE_SIZE
    flip_bytes(database, (pages - 1) * PAGE_SIZE + 100)
    session = make_session(volunteer_vault_dir)
    _unlock(qtbot, session)
    main = session.main_window
    assert main is not None
    qtbot.waitUntil(lambda: main.alert.isVisible(), timeout=10_000)
    assert main.alert.text().startswith("The vault check found 1 damaged page(s)")


def test_open_permissions_are_reported(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    os.chmod(volunteer_vault_dir / DATABASE_FILE, 0o644)
    session = make_session(volunteer_vault_dir)
    _unlock(qtbot, session)
    main = session.main_window
    assert main is not None
    assert main.alert.text().startswith("Other users of this computer could read")
    assert (volunteer_vault_dir / DATABASE_FILE).stat().st_mode & 0o777 == 0o600


def test_the_new_code_of_an_interrupted_rotation_is_shown_until_seen(
    qtbot: QtBot, volunteer_vault_dir: Path, make_session: MakeSession
) -> None:
    with Vault.unlock(volunteer_vault_dir, passphrase=PASSPHRASE) as vault:
        code = vault.rotate_data_key(passphrase=PASSPHRASE, kdf=FAST_KDF)
        # The process stops here as if killed: the code was never shown.
    assert (volunteer_vault_dir / NEW_CODE_FILE).exists()
    session = make_session(volunteer_vault_dir)
    _unlock(qtbot, session)
    main = session.main_window
    assert main is not None
    box = main.findChild(QMessageBox, "new-recovery-code")
    assert box is not None and box.isVisible()
    assert box.text().startswith("A change of the vault's key was interrupted.")
    assert box.informativeText() == code
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){5}", code)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not (volunteer_vault_dir / NEW_CODE_FILE).exists())
    QApplication.processEvents()
    assert keyslots.load(volunteer_vault_dir / "vault.keys").unwrap_with_recovery(code)
