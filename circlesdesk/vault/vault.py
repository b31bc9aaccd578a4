"""One encrypted vault on disk: create, unlock, lock, change passphrase, recover, rotate the key.

A vault folder holds ``vault.db`` (SQLCipher, opened with a random 256-bit data key),
``vault.keys`` (that key, wrapped by the passphrase and by the recovery code), ``vault.lock``
(one process at a time) and ``backups/`` (encrypted copies taken before schema migrations).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from circlesdesk.atomicfile import ensure_private_dir
from circlesdesk.domain import validation
from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import Record, utc_now
from circlesdesk.vault import audit, database, keyslots, store
from circlesdesk.vault.database import Connection
from circlesdesk.vault.errors import (
    KeySlotsMissing,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMissing,
)
from circlesdesk.vault.lockfile import VaultLock

log = logging.getLogger(__name__)

DATABASE_FILE = "vault.db"
KEYS_FILE = "vault.keys"
PENDING_KEYS_FILE = "vault.keys.next"
LOCK_FILE = "vault.lock"
BACKUP_DIR = "backups"


@dataclasses.dataclass(frozen=True)
class VaultInfo:
    """Who this vault belongs to."""

    device_id: str
    role: Role
    name: str
    created_at: str


class Vault:
    """An unlocked vault. Use :meth:`create`, :meth:`unlock` or :meth:`recover` to get one."""

    def __init__(self, folder: Path, conn: Connection, lock: VaultLock, info: VaultInfo) -> None:
        self.folder = folder
        self._conn: Connection | None = conn
        self._lock = lock
        self.info = info

    # -- opening ---------------------------------------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        """Whether a vault (database or key file) is in this folder."""
        return (folder / DATABASE_FILE).exists() or (folder / KEYS_FILE).exists()

    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        passphrase: str,
        role: Role,
        name: str,
        device_id: str,
        device_keys: bytes,
        kdf: keyslots.KdfParams | None = None,
        initial_records: Sequence[Record] = (),
    ) -> tuple[Vault, str]:
        """Make a new vault; returns it unlocked with the recovery code to show once.

        ``initial_records`` are stored in the same transaction that writes the vault's identity.
        """
        keyslots.check_passphrase(passphrase)
        validation.text(name, field="name", max_length=100)
        validation.device_id(device_id)
        ensure_private_dir(folder)
        if cls.exists(folder):
            raise VaultExists()
        lock = _acquire(folder)
        try:
            data_key = os.urandom(database.KEY_BYTES)
            slots, recovery_code = keyslots.create(
                data_key=data_key, passphrase=passphrase, kdf=kdf or keyslots.calibrate_kdf()
            )
            db_path = folder / DATABASE_FILE
            os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            conn = database.open_database(db_path, data_key)
            database.migrate(conn, backup=lambda _version: None)
            info = VaultInfo(device_id=device_id, role=role, name=name, created_at=utc_now())
            with database.transaction(conn):
                conn.execute(
                    "INSERT INTO vault_info (singleton, device_id, role, name, created_at,"
                    " device_keys) VALUES (1, ?, ?, ?, ?, ?)",
                    (device_id, role.value, name, info.created_at, device_keys),
                )
                for record in initial_records:
                    store.save(conn, record)
                audit.append(conn, actor=device_id, action="vault.created", detail=role.value)
            slots.save(folder / KEYS_FILE)
        except BaseException:
            lock.release()
            for leftover in (DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm"):
                (folder / leftover).unlink(missing_ok=True)
            raise
        log.info("vault created (role %s)", role.value)
        return cls(folder, conn, lock, info), recovery_code

    @classmethod
    def unlock(cls, folder: Path, *, passphrase: str) -> Vault:
        """Open a vault with its passphrase."""
        return cls._open(folder, lambda slots: slots.unwrap_with_passphrase(passphrase))

    @classmethod
    def recover(
        cls,
        folder: Path,
        *,
        recovery_code: str,
        new_passphrase: str,
        kdf: keyslots.KdfParams | None = None,
    ) -> Vault:
        """Open a vault with its recovery code and set a new passphrase."""
        keyslots.check_passphrase(new_passphrase)
        data_keys: list[bytes] = []

        def unwrap(slots: keyslots.KeySlots) -> bytes:
            data_keys.append(slots.unwrap_with_recovery(recovery_code))
            return data_keys[-1]

        vault = cls._open(folder, unwrap)
        keys_path = folder / KEYS_FILE
        keyslots.load(keys_path).with_passphrase(
            data_key=data_keys[-1], passphrase=new_passphrase, kdf=kdf or keyslots.calibrate_kdf()
        ).save(keys_path)
        vault.record_event("vault.recovered")
        return vault

    @classmethod
    def _open(cls, folder: Path, unwrap: Callable[[keyslots.KeySlots], bytes]) -> Vault:
        """Lock, unwrap the data key, open and migrate the database, read who we are.

        If a key rotation was cut short after the database was rekeyed, the pending key slots
        (written before the rekey) open it, and become the current ones.
        """
        lock = _acquire_existing(folder)
        try:
            if (folder / DATABASE_FILE).stat().st_size == 0:
                raise VaultDamaged()
            keys_path, pending = folder / KEYS_FILE, folder / PENDING_KEYS_FILE
            try:
                conn = database.open_database(
                    folder / DATABASE_FILE, unwrap(keyslots.load(keys_path))
                )
            except VaultDamaged:
                if not pending.exists():
                    raise
                conn = database.open_database(
                    folder / DATABASE_FILE, unwrap(keyslots.load(pending))
                )
                os.replace(pending, keys_path)
                log.warning("an interrupted key rotation was completed")
            else:
                pending.unlink(missing_ok=True)
            try:
                database.migrate(conn, backup=lambda version: _backup(folder, conn, version))
                row = conn.execute(
                    "SELECT device_id, role, name, created_at FROM vault_info"
                ).fetchone()
                if row is None:
                    raise VaultDamaged()
            except database.DatabaseError as error:
                conn.close()
                if not database.is_damage(error):
                    raise
                log.warning("vault database is damaged")
                raise VaultDamaged() from None
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        info = VaultInfo(device_id=row[0], role=Role(row[1]), name=row[2], created_at=row[3])
        return cls(folder, conn, lock, info)

    # -- using -----------------------------------------------------------------------------

    @property
    def conn(self) -> Connection:
        """The open database connection; VaultLocked once the vault is locked."""
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def is_locked(self) -> bool:
        """Whether :meth:`lock` has closed this vault."""
        return self._conn is None

    def device_keys(self) -> bytes:
        """The device's private key material, as stored at creation."""
        return bytes(self.conn.execute("SELECT device_keys FROM vault_info").fetchone()[0])

    def person_uuid(self) -> str | None:
        """On a volunteer's vault: the person record the office linked this device to."""
        row = self.conn.execute("SELECT person_uuid FROM vault_info").fetchone()
        return None if row is None or row[0] is None else str(row[0])

    def set_person_uuid(self, person_uuid: str) -> None:
        """Link this device to its person record (inside the caller's transaction)."""
        self.conn.execute("UPDATE vault_info SET person_uuid = ?", (person_uuid,))

    def change_counter(self) -> int:
        """The number of the latest local change (orders this device's edits for export)."""
        return int(self.conn.execute("SELECT change_counter FROM vault_info").fetchone()[0])

    def record_event(self, action: str, *, detail: str = "") -> None:
        """Write one audit row in its own transaction (for events that change no record)."""
        with database.transaction(self.conn):
            audit.append(self.conn, actor=self.info.device_id, action=action, detail=detail)

    def change_passphrase(
        self, *, old_passphrase: str, new_passphrase: str, kdf: keyslots.KdfParams | None = None
    ) -> None:
        """Rewrap the data key under a new passphrase; nothing else is re-encrypted."""
        keyslots.check_passphrase(new_passphrase)
        slots = keyslots.load(self.folder / KEYS_FILE)
        data_key = slots.unwrap_with_passphrase(old_passphrase)
        slots.with_passphrase(
            data_key=data_key, passphrase=new_passphrase, kdf=kdf or keyslots.calibrate_kdf()
        ).save(self.folder / KEYS_FILE)
        self.record_event("vault.passphrase-changed")

    def rotate_data_key(self, *, passphrase: str, kdf: keyslots.KdfParams | None = None) -> str:
        """Re-encrypt the database under a new random key; returns the new recovery code.

        The new key slots are written beside the old ones first, so a crash during the rekey
        leaves a vault that still opens with the passphrase (see :meth:`_open`).
        """
        slots = keyslots.load(self.folder / KEYS_FILE)
        slots.unwrap_with_passphrase(passphrase)
        new_key = os.urandom(database.KEY_BYTES)
        new_slots, recovery_code = slots.rewrapped(
            data_key=new_key, passphrase=passphrase, kdf=kdf or keyslots.calibrate_kdf()
        )
        pending = self.folder / PENDING_KEYS_FILE
        new_slots.save(pending)
        database.checkpoint(self.conn)
        self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        database.checkpoint(self.conn)
        os.replace(pending, self.folder / KEYS_FILE)
        self.record_event("vault.key-rotated")
        return recovery_code

    def lock(self) -> None:
        """Close the database and release the process lock; the vault must be unlocked again."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.lock()


def _acquire(folder: Path) -> VaultLock:
    lock = VaultLock(folder / LOCK_FILE)
    lock.acquire()
    return lock


def _acquire_existing(folder: Path) -> VaultLock:
    if not (folder / DATABASE_FILE).exists():
        if (folder / KEYS_FILE).exists():
            raise VaultDamaged()
        raise VaultMissing()
    if not (folder / KEYS_FILE).exists():
        raise KeySlotsMissing()
    return _acquire(folder)


def _backup(folder: Path, conn: Connection, version: int) -> None:
    """Copy the (still encrypted) database and its key file before a schema migration."""
    target = ensure_private_dir(folder / BACKUP_DIR)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    database.checkpoint(conn)
    for source, suffix in ((DATABASE_FILE, "db"), (KEYS_FILE, "keys")):
        destination = target / f"vault-v{version}-{stamp}.{suffix}"
        shutil.copyfile(folder / source, destination)
        os.chmod(destination, 0o600)
    log.info("vault backed up before migrating from schema version %d", version)
