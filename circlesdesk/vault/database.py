"""Opening the SQLCipher database with the data key, its PRAGMAs, transactions and migrations."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from circlesdesk import crashpoints
from circlesdesk.vault.errors import VaultBusy, VaultTooNew
from circlesdesk.vault.migrations import LATEST_VERSION, MIGRATIONS

log = logging.getLogger(__name__)

Connection = Any  # sqlcipher3.dbapi2.Connection; the module ships no type information.
DatabaseError = sqlcipher3.DatabaseError
KEY_BYTES = 32
PAGE_SIZE = 4096  # SQLCipher 4's default page size
# How long a write waits for another thread's write transaction to end before VaultBusy.
WRITE_WAIT_SECONDS = 5.0


def open_database(path: Path, data_key: bytes) -> Connection:
    """Open (or create) the encrypted database with the data key and set its PRAGMAs.

    A failure raises SQLCipher's own error, after closing the connection: only
    ``vault/diagnose.py`` may decide what it means (a full disk, a read-only folder, a key file
    from another vault, proven damage), because "file is not a database" says none of that.
    """
    conn = _keyed_connection(path, data_key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in (
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA secure_delete = ON",
            "PRAGMA temp_store = MEMORY",
            "PRAGMA trusted_schema = OFF",
        ):
            conn.execute(pragma).fetchall()
    except sqlcipher3.DatabaseError:
        conn.close()
        log.warning("vault database could not be opened")
        raise
    return conn


def open_read_only(path: Path, data_key: bytes) -> Connection:
    """Open an encrypted database file (a backup) for reading only; nothing in it can change."""
    conn = _keyed_connection(path, data_key)
    try:
        conn.execute("PRAGMA query_only = ON").fetchall()
        conn.execute("PRAGMA trusted_schema = OFF").fetchall()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise
    return conn


def _keyed_connection(path: Path, data_key: bytes) -> Connection:
    """A connection given the data key: the only place the key reaches SQLCipher."""
    if len(data_key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    conn = sqlcipher3.connect(
        str(path), timeout=WRITE_WAIT_SECONDS, isolation_level=None, check_same_thread=False
    )
    try:
        # Before the key, so that a damaged file is not reported on stderr by SQLCipher itself.
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        # A raw key: SQLCipher uses it directly and runs no KDF of its own.
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    except BaseException:
        conn.close()
        raise
    return conn


def is_damage(error: BaseException) -> bool:
    """Whether a database error means the vault file is damaged (corrupt, or not a database)."""
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(error, sqlcipher3.DatabaseError) or not isinstance(code, int):
        return False
    return (code & 0xFF) in (sqlcipher3.SQLITE_CORRUPT, sqlcipher3.SQLITE_NOTADB)


def is_busy(error: BaseException) -> bool:
    """Whether a database error means another connection holds the write lock."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) == sqlcipher3.SQLITE_BUSY


def is_disk_problem(error: BaseException) -> bool:
    """Whether a database error means the disk is full or failing (not a bug)."""
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(error, sqlcipher3.DatabaseError) or not isinstance(code, int):
        return False
    return (code & 0xFF) in (sqlcipher3.SQLITE_FULL, sqlcipher3.SQLITE_IOERR)


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run a block in one write transaction: committed if it returns, rolled back if it raises.

    The vault's one rule for two writers (each thread has its own connection): a write waits
    up to ``WRITE_WAIT_SECONDS`` for another thread's transaction to end, then raises
    :class:`VaultBusy` having written nothing. Reads never wait (WAL).
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as error:
        if is_busy(error):
            log.info("vault write waited too long for another thread's write")
            raise VaultBusy() from None
        raise
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    crashpoints.reach("transaction.commit")
    conn.execute("COMMIT")


def schema_version(conn: Connection) -> int:
    """The vault's schema version (PRAGMA user_version)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, *, backup: Callable[[int], None]) -> int:
    """Bring the schema up to date, one transaction per migration; returns the new version.

    ``backup(version)`` is called before migrating an existing vault, so a failed upgrade can be
    rolled back by hand. A vault newer than this program is refused.
    """
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise VaultTooNew()
    if 0 < current < LATEST_VERSION:
        backup(current)
    for version in range(current + 1, LATEST_VERSION + 1):
        with transaction(conn):
            for statement in MIGRATIONS[version - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version:d}")
        crashpoints.reach(f"migrate.to-{version}")
        log.info("vault schema migrated to version %d", version)
    return LATEST_VERSION


def checkpoint(conn: Connection) -> None:
    """Fold the write-ahead log into the main file (before copying it)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def damaged_pages(conn: Connection) -> int:
    """How many pages fail their HMAC (``PRAGMA cipher_integrity_check``); 0 for a sound file.

    Reads every page of the file once but parses nothing, so it is the quick check the app runs
    in the background after unlock; :func:`integrity_ok` is the full one behind ``check``.
    """
    return len(conn.execute("PRAGMA cipher_integrity_check").fetchall())


def page_check(path: Path, *, conn: Connection | None, data_key: bytes | None) -> tuple[int, int]:
    """(pages failing their HMAC, pages in the file), through ``conn`` or a fresh keyed one.

    Every page failing means the key is not this file's (a key file from another vault); some
    failing means damage. A file SQLCipher cannot even check counts as every page failing.
    """
    total = max(1, -(-path.stat().st_size // PAGE_SIZE))
    if conn is not None:
        return _page_check(conn, total), total
    if data_key is None:
        raise ValueError("page_check needs a connection or the data key")
    try:
        own = _keyed_connection(path, data_key)
    except sqlcipher3.DatabaseError:
        return total, total
    try:
        own.execute("PRAGMA query_only = ON").fetchall()
        return _page_check(own, total), total
    finally:
        own.close()


def _page_check(conn: Connection, total: int) -> int:
    try:
        bad = min(damaged_pages(conn), total)
    except sqlcipher3.DatabaseError:
        return total
    try:
        if bad == 0 and conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            bad = 1  # every page is authentic, yet the structure is broken (a truncated file)
    except sqlcipher3.DatabaseError:
        bad = 1
    return bad


def integrity_ok(conn: Connection) -> bool:
    """True if every page's HMAC, SQLite's integrity check and the foreign-key check all pass.

    Reads the whole file, so it takes time on a big vault: it is a command, not part of unlock.
    """
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            return False
        result = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlcipher3.DatabaseError:
        return False
    if result != [("ok",)]:
        return False
    return not conn.execute("PRAGMA foreign_key_check").fetchall()
