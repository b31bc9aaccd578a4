"""Running `circlesdesk …` in this process for the tests of the CLI's command groups."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from circlesdesk import cli
from tests.vault_kit import PASSPHRASE

CLI = Callable[..., tuple[int, str, str]]


@pytest.fixture
def circlesdesk(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CLI:
    """``circlesdesk(folder, *argv)``: (exit code, stdout, stderr) of `circlesdesk --data-dir
    FOLDER ARGV…`, the passphrase in the environment, standard input empty (no terminal)."""
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    def run(folder: Path, *argv: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(folder), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run
