"""How a command ends: its exit code (every code in one table) and, on failure, one sentence.

:data:`EXITS` is the one list of exit codes: :func:`code_for` finds a failure's code in it, the
``--help`` epilog and docs/cli.md list it (a test checks both). Each core error is named by its
module and class, so that nothing here imports the core until a command has failed.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import sys
from pathlib import Path

from circlesdesk.errors import UserError


@dataclasses.dataclass(frozen=True)
class Exit:
    """One exit code: what it means, and the errors (``module:Class``) that end with it."""

    code: int
    meaning: str
    errors: tuple[str, ...] = ()


SUCCESS = 0
FAILED = 1
BAD_INPUT = 2
HELD = 5
BUG = 70  # EX_SOFTWARE
INTERRUPTED = 130  # 128 + SIGINT, as a shell, restic and keepassxc-cli report Ctrl+C

EXITS: tuple[Exit, ...] = (
    Exit(SUCCESS, "success"),
    Exit(FAILED, "the command failed; the sentence on stderr says why"),
    Exit(
        BAD_INPUT,
        "bad input: an unknown option or a value that is not valid, a file or passphrase that "
        "could not be read, a circle or record that does not exist",
        (
            "circlesdesk.errors:ValidationError",
            "circlesdesk.errors:NotFoundError",
            "circlesdesk.cli.common:InputError",
            "circlesdesk.vault.errors:WeakPassphrase",
        ),
    ),
    Exit(
        3,
        "an urgent concern without the time of the call to the coordinator (--called-at)",
        ("circlesdesk.domain.urgency:PhoneCallMissing",),
    ),
    Exit(
        4,
        "the circle already has a meeting on that date (--again records it anyway)",
        ("circlesdesk.services.meetings:DuplicateMeeting",),
    ),
    Exit(HELD, "import held a bundle for the coordinator: records outside its device's circles"),
    Exit(
        6,
        "a welcome file whose office fingerprint was not confirmed (--office-fingerprint)",
        ("circlesdesk.sync.errors:OfficeNotConfirmed",),
    ),
    Exit(
        7,
        "the office fingerprint given is not the welcome file's",
        ("circlesdesk.sync.errors:OfficeFingerprintMismatch",),
    ),
    Exit(
        8,
        "wrong passphrase or recovery code",
        ("circlesdesk.vault.errors:WrongPassphrase", "circlesdesk.vault.errors:WrongRecoveryCode"),
    ),
    Exit(
        9,
        "the vault is in use: open in a window or another command",
        ("circlesdesk.vault.errors:VaultInUse",),
    ),
    Exit(10, "the disk is full", ("circlesdesk.vault.errors:DiskFull",)),
    Exit(11, "the disk or folder is read-only", ("circlesdesk.vault.errors:VaultReadOnly",)),
    Exit(12, "permission denied", ("circlesdesk.vault.errors:VaultPermissionDenied",)),
    Exit(13, "no vault in the folder", ("circlesdesk.vault.errors:VaultMissing",)),
    Exit(14, "the vault's database file is missing", ("circlesdesk.vault.errors:DatabaseMissing",)),
    Exit(
        15,
        "the vault's database is a folder, not a file",
        ("circlesdesk.vault.errors:DatabaseIsFolder",),
    ),
    Exit(16, "the key file is another vault's", ("circlesdesk.vault.errors:KeySlotsForeign",)),
    Exit(
        17,
        "the vault is damaged",
        ("circlesdesk.vault.errors:VaultDamaged", "circlesdesk.vault.errors:KeySlotsDamaged"),
    ),
    Exit(18, "the disk reported an error", ("circlesdesk.vault.errors:StorageError",)),
    Exit(20, "not a backup file", ("circlesdesk.vault.backup:NotABackup",)),
    Exit(21, "the backup is damaged", ("circlesdesk.vault.backup:BackupDamaged",)),
    Exit(
        22,
        "the backup does not hold what its manifest says",
        ("circlesdesk.vault.backup:ManifestMismatch",),
    ),
    Exit(
        23,
        "the restore folder already holds a vault",
        ("circlesdesk.vault.backup:RestoreTargetInUse",),
    ),
    Exit(24, "a backup made by a newer version", ("circlesdesk.vault.backup:BackupTooNew",)),
    Exit(
        30,
        "the person signed in at the office has a role that may not do this",
        ("circlesdesk.services.access:NotAllowed",),
    ),
    Exit(
        31,
        "a disclosure or a whole-circle deletion not (yet) approved by a manager",
        ("circlesdesk.services.access:NeedsApproval",),
    ),
    Exit(BUG, "a bug: one sentence, never a traceback; nothing more was saved"),
    Exit(INTERRUPTED, "interrupted (Ctrl+C); what was not finished was not saved"),
)
_BY_ERROR = {name: exit.code for exit in EXITS for name in exit.errors}


def code_for(error: UserError) -> int:
    """The exit code of ``error``: its nearest class in :data:`EXITS`, else its own code."""
    for cls in type(error).__mro__:
        code = _BY_ERROR.get(f"{cls.__module__}:{cls.__qualname__}")
        if code is not None:
            return code
    return error.exit_code


def epilog() -> str:
    """The exit codes, as ``--help`` ends."""
    import textwrap

    lines = [
        textwrap.fill(
            exit.meaning, width=79, initial_indent=f"  {exit.code:>3}  ", subsequent_indent=" " * 7
        )
        for exit in EXITS
    ]
    return "Exit codes (docs/cli.md):\n" + "\n".join(lines)


class FileProblem(UserError):
    """A file or folder outside the vault (a bundle, a report) that could not be used."""

    def __init__(self, message: str, *, exit_code: int = FAILED) -> None:
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
        return code_for(error)
    # a bug: one sentence, never a traceback (DESIGN.md §8)
    import logging

    logging.getLogger(__name__).error("bug: %s", type(error).__name__)
    print(
        f"CirclesDesk stopped because of a bug ({type(error).__name__}); nothing more was "
        "saved. Please tell your coordinator what you were doing.",
        file=sys.stderr,
    )
    return BUG


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
            exit_code=code_for(DiskFull()),
        )
    if number == errno.EROFS:
        return FileProblem(
            "The folder chosen for the file is read-only. Choose a folder you can write to "
            "and try again.",
            exit_code=code_for(VaultReadOnly()),
        )
    reason = getattr(error, "strerror", None) or "it could not be read or written"
    return FileProblem(f"CirclesDesk could not use a file or folder it needs: {reason}.")
