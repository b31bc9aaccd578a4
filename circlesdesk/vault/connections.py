"""One database connection per thread: the vault, not its callers, keeps threads apart.

An unlocked :class:`~circlesdesk.vault.vault.Vault` hands each thread its own SQLCipher
connection (``vault.conn``), opened on first use with the data key it keeps while unlocked. The
database is in WAL mode, so a reader on one thread sees only what other threads have
committed: the GUI can search, list and open records while a background import writes, and it
never sees the import's uncommitted rows. Two writers wait for each other (SQLite's own write
lock), they never interleave inside one transaction.

A background thread gives its connections back when its work ends (:func:`release_thread`, called
by the GUI's task runner); locking the vault closes every connection and wipes the key.
Connections are still made with ``check_same_thread=False``, for one reason only: the lock closes
every thread's connection from the thread that locks. No connection is used by two threads.
"""

from __future__ import annotations

import logging
import threading
import weakref
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from circlesdesk.vault import database
from circlesdesk.vault.database import Connection

log = logging.getLogger(__name__)

_pools: weakref.WeakSet[ThreadConnections] = weakref.WeakSet()
_pools_mutex = threading.Lock()


class ThreadConnections:
    """The open connections of one vault, one per thread, and the key to open more."""

    def __init__(self, path: Path, data_key: bytes, first: Connection) -> None:
        self._path = path
        self._key: bytearray | None = bytearray(data_key)
        self._mutex = threading.Lock()
        self._by_thread: dict[int, Connection] = {threading.get_ident(): first}
        with _pools_mutex:
            _pools.add(self)

    @property
    def closed(self) -> bool:
        """Whether :meth:`close_all` has run (the vault is locked)."""
        return self._key is None

    def current(self) -> Connection | None:
        """This thread's connection, opened now if it has none; None once closed."""
        ident = threading.get_ident()
        with self._mutex:
            if self._key is None:
                return None
            conn = self._by_thread.get(ident)
            if conn is None:
                conn = database.open_database(self._path, bytes(self._key))
                self._by_thread[ident] = conn
                log.debug("vault connection opened for a thread (%d open)", len(self._by_thread))
            return conn

    def existing(self) -> Connection | None:
        """This thread's connection if it has one (nothing is opened)."""
        with self._mutex:
            return self._by_thread.get(threading.get_ident())

    def release_current(self) -> None:
        """Close this thread's connection (its work is done); the next use opens a new one."""
        with self._mutex:
            conn = self._by_thread.pop(threading.get_ident(), None)
        if conn is not None:
            conn.close()

    def close_others(self) -> None:
        """Close every thread's connection but this one's (before a rekey: they hold the old
        key). Only while no other thread is using the vault."""
        ident = threading.get_ident()
        with self._mutex:
            others = [conn for key, conn in self._by_thread.items() if key != ident]
            self._by_thread = {k: c for k, c in self._by_thread.items() if k == ident}
        for conn in others:
            conn.close()

    def rekeyed(self, data_key: bytes) -> None:
        """The database now opens with ``data_key`` (after ``PRAGMA rekey`` on this thread)."""
        self.close_others()
        with self._mutex:
            if self._key is not None:
                self._key[:] = b"\0" * len(self._key)
                self._key = bytearray(data_key)

    def close_all(self) -> None:
        """Close every connection and wipe the key (the vault locks)."""
        with self._mutex:
            connections = list(self._by_thread.values())
            self._by_thread = {}
            if self._key is not None:
                self._key[:] = b"\0" * len(self._key)
            self._key = None
        for conn in connections:
            conn.close()
        with _pools_mutex:
            _pools.discard(self)

    def derived_key(self, label: bytes) -> bytes:
        """A key for another purpose derived from the data key (HKDF-SHA256 with ``label``)."""
        with self._mutex:
            if self._key is None:
                raise RuntimeError("the vault is locked")
            return derive_key(bytes(self._key), label)

    def data_key(self) -> bytes:
        """The data key itself: only for sealing it into a new key slot, never kept."""
        with self._mutex:
            if self._key is None:
                raise RuntimeError("the vault is locked")
            return bytes(self._key)

    def open_file(self, path: Path) -> Connection:
        """A read-only connection to another file encrypted with this vault's key (a backup)."""
        with self._mutex:
            if self._key is None:
                raise RuntimeError("the vault is locked")
            key = bytes(self._key)
        return database.open_read_only(path, key)

    def count(self) -> int:
        """How many connections are open (for tests)."""
        with self._mutex:
            return len(self._by_thread)


def derive_key(data_key: bytes, label: bytes) -> bytes:
    """HKDF-SHA256 of the data key for one purpose named by ``label`` (32 bytes)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(data_key)


def release_thread() -> None:
    """Close the calling thread's connections to every unlocked vault (its task has ended)."""
    with _pools_mutex:
        pools = list(_pools)
    for pool in pools:
        pool.release_current()
