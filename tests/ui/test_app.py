"""`run(data_dir)`: the private umask, the log file, the hooks, and the first window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from circlesdesk.ui import app as app_module
from circlesdesk.ui.first_run import FirstRunWizard
from circlesdesk.ui.unlock import UnlockWindow
from tests.vault_kit import FAST_KDF


def _run_until_first_window(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, log_dir: Path
) -> list[str]:
    seen: list[str] = []

    def exec_once(self: QApplication) -> int:
        seen.extend(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())
        seen.append(f"umask={_umask():o}")
        seen.append(f"hooked={sys.excepthook is not sys.__excepthook__}")
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    assert app_module.run(data_dir, log_dir=log_dir, kdf=FAST_KDF) == 0
    return seen


def _umask() -> int:
    current = os.umask(0o077)
    os.umask(current)
    return current


def test_no_vault_opens_the_wizard(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = sys.excepthook
    seen = _run_until_first_window(monkeypatch, tmp_path / "data", tmp_path / "logs")
    assert FirstRunWizard.__name__ in seen
    assert "umask=77" in seen and "hooked=True" in seen
    assert sys.excepthook is hook  # put back when the app ends
    log = tmp_path / "logs" / "circlesdesk.log"
    assert "CirclesDesk 0.1.0 started" in log.read_text()
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    assert not any(
        getattr(h, "baseFilename", None) == str(log)
        for h in logging.getLogger("circlesdesk").handlers
    )


def test_a_vault_opens_the_unlock_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, volunteer_vault_dir: Path
) -> None:
    seen = _run_until_first_window(monkeypatch, volunteer_vault_dir, tmp_path / "logs")
    assert UnlockWindow.__name__ in seen and FirstRunWizard.__name__ not in seen
