"""Tests for circlesdesk.vault.connections: one connection per thread, closed with the vault."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from circlesdesk.domain.records import Circle
from circlesdesk.vault import connections, database, store
from circlesdesk.vault.errors import VaultLocked
from circlesdesk.vault.vault import Vault
from tests.vault_kit import FAST_KDF, PASSPHRASE

T = TypeVar("T")


def on_a_thread(work: Callable[[], T]) -> T:
    """Run ``work`` on a new thread and give back what it returned (or raise what it raised)."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:
            failure.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    if failure:
        raise failure[0]
    return outcome[0]


def test_each_thread_has_its_own_connection_and_gives_it_back(office_vault: Vault) -> None:
    mine = office_vault.conn
    assert office_vault.conn is mine  # the same one every time on this thread

    def other() -> tuple[int, int]:
        theirs = office_vault.conn
        opened = office_vault._connections.count()
        connections.release_thread()
        return id(theirs), opened

    theirs, opened = on_a_thread(other)
    assert theirs != id(mine)
    assert opened == 2
    assert office_vault._connections.count() == 1  # the thread's went with it


def test_a_reader_never_sees_another_threads_uncommitted_rows(office_vault: Vault) -> None:
    before = store.count(office_vault.conn, Circle)
    written, release = threading.Event(), threading.Event()
    counted: list[int] = []

    def writer() -> None:
        with database.transaction(office_vault.conn):
            office_vault.conn.execute("UPDATE circle SET code = code")  # takes the write lock
            counted.append(store.count(office_vault.conn, Circle))
            written.set()
            release.wait(30)
        connections.release_thread()

    thread = threading.Thread(target=writer)
    thread.start()
    assert written.wait(30)
    try:
        # The write lock is held on the other thread; reading here still works, unblocked.
        assert store.count(office_vault.conn, Circle) == before
    finally:
        release.set()
        thread.join(30)


def test_locking_closes_every_connection_and_wipes_the_key(office_vault_dir: Path) -> None:
    opened = Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    holder: list[object] = []
    ready, done = threading.Event(), threading.Event()

    def keep_one_open() -> None:
        holder.append(opened.conn)
        ready.set()
        done.wait(30)

    thread = threading.Thread(target=keep_one_open)
    thread.start()
    assert ready.wait(30)
    opened.lock()
    done.set()
    thread.join(30)
    assert opened.is_locked
    assert opened._connections.count() == 0
    with pytest.raises(VaultLocked):
        on_a_thread(lambda: opened.conn)
    with pytest.raises(VaultLocked):
        _ = opened.conn


def test_after_a_key_rotation_a_new_thread_opens_with_the_new_key(office_vault_dir: Path) -> None:
    opened = Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)
    try:
        circles_before = on_a_thread(lambda: store.count(opened.conn, Circle))
        opened.rotate_data_key(passphrase=PASSPHRASE, kdf=FAST_KDF)
        assert on_a_thread(lambda: store.count(opened.conn, Circle)) == circles_before
    finally:
        opened.lock()
