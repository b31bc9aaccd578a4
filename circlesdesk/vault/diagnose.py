"""Why the vault could not be read or written, in plain words: full, read-only, missing, damaged.

SQLCipher reports a full disk, a read-only folder, a key file from another vault and a damaged
page with a handful of codes that do not say which (``SQLITE_IOERR``, ``SQLITE_CANTOPEN``, "file is
not a database"). This module looks at the folder itself (statvfs, permissions, what is there) and,
for the codes that could mean damage, at the pages (``PRAGMA cipher_integrity_check``), so that
"damaged" (restore a backup: the advice that destroys work if wrong) is said only when proven.
Every entry point (CLI, GUI, importer) goes through :func:`explain`.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
from pathlib import Path

import sqlcipher3

from circlesdesk.vault.database import Connection, page_check
from circlesdesk.vault.errors import (
    DatabaseIsFolder,
    DatabaseMissing,
    DiskFull,
    KeySlotsForeign,
    StorageError,
    VaultDamaged,
    VaultError,
    VaultMissing,
    VaultPermissionDenied,
    VaultReadOnly,
)

log = logging.getLogger(__name__)

# Below this much free space a failed write is put down to the full disk: SQLite needs room for
# a write-ahead log frame and its shared-memory index, a key file a few kilobytes.
LOW_SPACE_BYTES = 1024 * 1024

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM}


def free_space(folder: Path) -> int:
    """Bytes an unprivileged process may still write on the disk holding ``folder``."""
    return shutil.disk_usage(folder).free


def _read_only_disk(folder: Path) -> bool:
    """Whether the file system holding ``folder`` is mounted read-only (POSIX; else False)."""
    statvfs = getattr(os, "statvfs", None)
    return statvfs is not None and bool(statvfs(folder).f_flag & os.ST_RDONLY)


def environment_problem(folder: Path, database: Path, *, writing: bool) -> VaultError | None:
    """What is wrong with the folder or the database file itself, if anything.

    ``writing``: the failure happened while writing, so a read-only or nearly full disk
    explains it (a read failing on a full disk has another cause).
    """
    try:
        if not folder.is_dir():
            return VaultMissing()
        if database.is_dir():
            return DatabaseIsFolder()
        if not database.exists():
            return DatabaseMissing()
        read_only = _read_only_disk(folder)
        free = free_space(folder)
    except PermissionError:
        return VaultPermissionDenied()
    if not os.access(folder, os.R_OK | os.X_OK) or not os.access(database, os.R_OK):
        return VaultPermissionDenied()
    if not writing:
        return None
    if read_only or not os.access(folder, os.W_OK) or not os.access(database, os.W_OK):
        return VaultReadOnly()
    if free < LOW_SPACE_BYTES:
        return DiskFull()
    return None


def explain(
    error: BaseException,
    *,
    folder: Path,
    database: Path,
    conn: Connection | None = None,
    data_key: bytes | None = None,
) -> VaultError | None:
    """The user's error for an ``OSError`` or SQLCipher error met using the vault, or None.

    None means the error is not the environment's nor the file's: a bug, to be reported as one.
    ``conn`` (an open connection) or ``data_key`` lets a damage code be checked page by page.
    """
    if isinstance(error, VaultError):
        return error
    if isinstance(error, OSError):
        return _explain_os_error(error, folder=folder, database=database)
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(error, sqlcipher3.DatabaseError) or not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary == sqlcipher3.SQLITE_FULL:
        return DiskFull()
    if primary in (sqlcipher3.SQLITE_CORRUPT, sqlcipher3.SQLITE_NOTADB):
        found = environment_problem(folder, database, writing=False)
        return found or _proven(folder=folder, database=database, conn=conn, data_key=data_key)
    writing_codes = (
        sqlcipher3.SQLITE_READONLY,
        sqlcipher3.SQLITE_IOERR,
        sqlcipher3.SQLITE_CANTOPEN,
        sqlcipher3.SQLITE_PERM,
        sqlcipher3.SQLITE_AUTH,
    )
    if primary not in writing_codes:
        return None  # a constraint, a busy lock, bad SQL: a bug
    found = environment_problem(folder, database, writing=True)
    if found is not None:
        return found
    if primary == sqlcipher3.SQLITE_READONLY:
        return VaultReadOnly()
    if primary in (sqlcipher3.SQLITE_PERM, sqlcipher3.SQLITE_AUTH):
        return VaultPermissionDenied()
    return StorageError()


def _explain_os_error(error: OSError, *, folder: Path, database: Path) -> VaultError:
    if error.errno in _FULL_ERRNOS:
        return DiskFull()
    if error.errno == errno.EROFS:
        return VaultReadOnly()
    found = environment_problem(folder, database, writing=True)
    if found is not None:
        return found
    if error.errno in _DENIED_ERRNOS:
        return VaultPermissionDenied()
    if error.errno == errno.EISDIR:
        return DatabaseIsFolder()
    return StorageError()


def _proven(
    *, folder: Path, database: Path, conn: Connection | None, data_key: bytes | None
) -> VaultError:
    """Damaged, or the key of another vault, as the pages' check finds; else a storage error."""
    del folder
    if conn is None and data_key is None:
        return StorageError()  # nothing to check the pages with: damage is not proven
    try:
        if database.stat().st_size == 0:
            log.warning("vault database is empty")
            return VaultDamaged()  # a vault database is never empty: it was cut short
        bad, total = page_check(database, conn=conn, data_key=data_key)
    except OSError:
        return StorageError()
    if bad == 0:
        log.warning("vault database unreadable but every page checks out")
        return StorageError()
    if bad == total and total > 1 and conn is None:
        log.warning("vault key reads no page of the database")
        return KeySlotsForeign()
    log.warning("vault database is damaged (%d of %d pages)", bad, total)
    return VaultDamaged()
