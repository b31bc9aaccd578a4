"""Running the real `circlesdesk` command line as separate processes (tests.integration.cli_kit)."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.vault_kit import PASSPHRASE

FINGERPRINT = re.compile(r"\b\d{5}(?: \d{5}){7}\b")


@dataclasses.dataclass(frozen=True)
class Run:
    """What one command printed and its exit code."""

    args: tuple[str, ...]
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def fingerprints(self) -> list[str]:
        return FINGERPRINT.findall(self.out)


def command(folder: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "circlesdesk", "--data-dir", str(folder), *args]


def environment() -> dict[str, str]:
    return {**os.environ, "CIRCLESDESK_PASSPHRASE": PASSPHRASE, "PYTHONDONTWRITEBYTECODE": "1"}


def run(folder: Path, *args: str, expect: int = 0) -> Run:
    """Run one `circlesdesk --data-dir FOLDER ARGS…` and check its exit code."""
    (result,) = run_together([(folder, args)], expect=expect)
    return result


def run_together(commands: Sequence[tuple[Path, Sequence[str]]], *, expect: int = 0) -> list[Run]:
    """Run commands on *different* vaults at the same time (each vault admits one process)."""
    processes = [
        (
            tuple(args),
            subprocess.Popen(
                command(folder, *args),
                env=environment(),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            ),
        )
        for folder, args in commands
    ]
    results = []
    for args, process in processes:
        out, err = process.communicate(timeout=120)
        results.append(Run(args, process.returncode, out, err))
    for result in results:
        assert result.code == expect, result
    return results
