"""Helpers the office's page tests share: replaced file dialogs, the newcomer's name, waiting
for the task runner, a page opened and shown."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from circlesdesk.ui.tasks import TaskRunner

NEWCOMER = "Carol Reyes"  # a volunteer the organisation has not enrolled yet
W = TypeVar("W", bound=QWidget)


class Files:
    """What the replaced file dialogs answer, and how often they were asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open: Path | None = None
        self.save: Path | None = None
        self.asked_to_save = 0
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)

    def _open(self, *_args: object) -> tuple[str, str]:
        return (str(self.open) if self.open else "", "")

    def _save(self, *_args: object) -> tuple[str, str]:
        self.asked_to_save += 1
        return (str(self.save) if self.save else "", "")


def idle(qtbot: QtBot, runner: TaskRunner) -> None:
    """Wait until no task uses the vault (pages that waited have read it again by then)."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def on_screen(qtbot: QtBot, page: W) -> W:
    """The page, owned by the test and shown on screen."""
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    return page
