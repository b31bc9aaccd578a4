"""One process per vault: an exclusive lock on a file beside the database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from circlesdesk.vault.errors import VaultInUse


class VaultLock:
    """An OS-level exclusive lock, released on close or when the process dies."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise VaultInUse if another process holds it."""
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise VaultInUse() from None
        self._fd = fd

    def release(self) -> None:
        """Give the lock back (closing the descriptor releases it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None
