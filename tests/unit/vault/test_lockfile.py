"""One process per vault: a second holder is refused in one sentence until the first lets go,
including when the first holder is another process that dies."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from circlesdesk.vault.errors import VaultInUse
from circlesdesk.vault.lockfile import VaultLock

HOLD_THEN_WAIT = """
import sys
from pathlib import Path
from circlesdesk.vault.lockfile import VaultLock
VaultLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
sys.stdin.readline()
"""


def test_a_second_holder_is_refused_until_the_first_releases(tmp_path: Path) -> None:
    path = tmp_path / "vault.lock"
    first, second = VaultLock(path), VaultLock(path)
    first.acquire()
    assert first.held and stat.S_IMODE(os.stat(path).st_mode) == 0o600

    with pytest.raises(VaultInUse):
        second.acquire()
    assert not second.held

    first.release()
    assert not first.held
    second.acquire()
    assert second.held
    second.release()
    second.release()  # releasing twice is harmless


def test_the_lock_of_a_process_that_died_is_free_again(tmp_path: Path) -> None:
    path = tmp_path / "vault.lock"
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_THEN_WAIT, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            with pytest.raises(VaultInUse):
                VaultLock(path).acquire()
        finally:
            holder.kill()  # as if the app crashed: no release
            holder.wait(timeout=30)
    mine = VaultLock(path)
    mine.acquire()
    assert mine.held
    mine.release()
