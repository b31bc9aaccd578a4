"""How a failed command ends: the one sentence it prints and its exit code."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from circlesdesk.errors import UserError

BUG_EXIT = 70  # EX_SOFTWARE


class FileProblem(UserError):
    """A file or folder outside the vault (a bundle, a report) that could not be used."""

    def __init__(self, message: str, *, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def sentence(error: UserError) -> str:
    """The sentence the terminal shows for ``error`` (the one place the CLI words an error)."""
    return str(error)


def fail(error: Exception, folder: Path) -> int:
    """Print what went wrong as one sentence on stderr and return the command's exit code.

    ``folder`` is the vault folder the command used: a disk or database failure there is
    explained by what the folder holds.
    """
    from circlesdesk.vault import database

    if isinstance(error, database.DatabaseError | OSError):
        error = explain(error, folder)
    if isinstance(error, UserError):
        print(sentence(error), file=sys.stderr)
        return error.exit_code
    # a bug: one sentence, never a traceback (DESIGN.md §8)
    import logging

    logging.getLogger(__name__).error("bug: %s", type(error).__name__)
    print(
        f"CirclesDesk stopped because of a bug ({type(error).__name__}); nothing more was "
        "saved. Please tell your coordinator what you were doing.",
        file=sys.stderr,
    )
    return BUG_EXIT


def explain(error: BaseException, folder: Path) -> UserError:
    """The sentence for a disk or database failure outside an open vault."""
    from circlesdesk.vault import diagnose
    from circlesdesk.vault.errors import DiskFull, VaultReadOnly
    from circlesdesk.vault.vault import DATABASE_FILE

    name = getattr(error, "filename", None)
    inside = name is None or Path(os.fspath(name)).resolve().is_relative_to(folder.resolve())
    if inside:
        found = diagnose.explain(error, folder=folder, database=folder / DATABASE_FILE)
        if found is not None:
            return found
    number = getattr(error, "errno", None)
    if number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return FileProblem(
            "There is no room left on the disk for the file being written. Free some space, "
            "or choose a place on another disk, and try again.",
            exit_code=DiskFull.exit_code,
        )
    if number == errno.EROFS:
        return FileProblem(
            "The folder chosen for the file is read-only. Choose a folder you can write to "
            "and try again.",
            exit_code=VaultReadOnly.exit_code,
        )
    reason = getattr(error, "strerror", None) or "it could not be read or written"
    return FileProblem(f"CirclesDesk could not use a file or folder it needs: {reason}.")
