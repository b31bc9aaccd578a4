"""Test helpers for vaults: the fixed passphrase and fast KDF, copying, raw access and snapshots.

Tests import it as ``tests.vault_kit`` (pytest runs with ``--import-mode=importlib`` from the
repository root). Raw SQLCipher access lives here so tests can tamper with a vault the way an
attacker or a failing disk would, below the code under test; the key comes from the real key file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from circlesdesk.domain.enums import Role
from circlesdesk.services import setup
from circlesdesk.vault import audit, database, keyslots
from circlesdesk.vault.keyslots import KdfParams
from circlesdesk.vault.vault import DATABASE_FILE, KEYS_FILE, LOCK_FILE, Vault, VaultInfo

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "a quite different passphrase"
# The Argon2id floor the key-slot file accepts (64 MiB) with one pass and one lane: the fastest
# real KDF, so a test pays about a tenth of a second per unlock and never calibrates.
FAST_KDF = KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)

OFFICE_NAME = "Riverside Office"
VOLUNTEER_NAME = "Alice Marsh"
CIRCLE_CODE = "SW-014"
CORE_MEMBER = "Kestrel"
VOLUNTEERS = ("Alice Marsh", "Ben Okafor")

PAGE_SIZE = 4096
SQLITE_HEADER = b"SQLite format 3"


@dataclasses.dataclass(frozen=True)
class Template:
    """A locked vault made once per session (see conftest), with what was shown when made."""

    folder: Path
    recovery_code: str
    info: VaultInfo
    device_keys: bytes

    @property
    def device_id(self) -> str:
        return self.info.device_id


def copy_vault(source: Path, target: Path) -> Path:
    """Copy a locked vault's database and key file (not its lock) into a new private folder."""
    target.mkdir(mode=0o700, parents=True)
    os.chmod(target, 0o700)
    for name in (DATABASE_FILE, KEYS_FILE):
        shutil.copyfile(source / name, target / name)
        os.chmod(target / name, 0o600)  # as the vault made them (a git checkout makes them 0644)
    return target


def data_key(folder: Path, passphrase: str = PASSPHRASE) -> bytes:
    """The vault's data key, unwrapped from its real key-slot file."""
    return keyslots.load(folder / KEYS_FILE).unwrap_with_passphrase(passphrase)


@contextlib.contextmanager
def raw_connection(folder: Path, key: bytes | None = None) -> Iterator[Any]:
    """A bare SQLCipher connection to a locked vault: no triggers dropped, no checks, no lock."""
    key = key if key is not None else data_key(folder)
    conn = sqlcipher3.connect(str(folder / DATABASE_FILE), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        yield conn
    finally:
        conn.close()


def file_snapshot(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under a locked vault folder (the lock file aside), by relative path.

    Any committed write changes ``vault.db`` (pages are re-encrypted with fresh IVs when the WAL
    is folded back on lock), and a vault left open would leave a ``-wal`` file behind, so equal
    snapshots mean nothing was stored.
    """
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != LOCK_FILE
    }


def rows(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (full-text shadow tables included) and the schema version."""
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    snapshot = {
        table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
        for table in tables
        if not table.endswith("_fts")  # the virtual tables read their content tables
    }
    snapshot["user_version"] = conn.execute("PRAGMA user_version").fetchall()
    return snapshot


def row_snapshot(folder: Path, passphrase: str = PASSPHRASE) -> dict[str, list[tuple[Any, ...]]]:
    """:func:`rows` of a locked vault, read through a real unlock."""
    with Vault.unlock(folder, passphrase=passphrase) as vault:
        return rows(vault.conn)


def flip_bytes(path: Path, offset: int, count: int = 8) -> None:
    """Invert ``count`` bytes of a file at ``offset``, as a failing disk or a stray edit might."""
    data = bytearray(path.read_bytes())
    for index in range(offset, offset + count):
        data[index] ^= 0xFF
    path.write_bytes(bytes(data))


def changed_pages(before: bytes, after: bytes) -> list[int]:
    """1-based numbers of the database pages that differ between two copies of a file."""
    pages = max(len(before), len(after)) // PAGE_SIZE
    return [
        number + 1
        for number in range(pages)
        if before[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        != after[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
    ]


def add_audit_events(vault: Vault, count: int) -> None:
    """``count`` more audit entries, appended as the services append theirs."""
    with database.transaction(vault.conn):
        for number in range(count):
            audit.append(
                vault.conn, actor=vault.info.device_id, action="test.event", detail=f"n={number}"
            )


@contextlib.contextmanager
def new_vault(folder: Path, *, role: Role, name: str) -> Iterator[Vault]:
    """A vault just made as the first-run wizard makes it (fast KDF), unlocked, locked after."""
    vault, _code = setup.create_vault(
        folder, role=role, name=name, passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    try:
        yield vault
    finally:
        vault.lock()
