"""One encrypted vault on disk: create, unlock, lock, change passphrase, recover, rotate the key.

A vault folder holds ``vault.db`` (SQLCipher, opened with a random 256-bit data key),
``vault.keys`` (that key, wrapped by the passphrase and by the recovery code), ``vault.lock``
(one process at a time) and ``backups/`` (encrypted copies taken before schema migrations).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import logging
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType

from circlesdesk import crashpoints
from circlesdesk.atomicfile import ensure_private_dir, remove_stray_temp_files, write_private
from circlesdesk.domain import validation
from circlesdesk.domain.enums import Role
from circlesdesk.domain.permissions import StaffRole
from circlesdesk.domain.records import Record, utc_now
from circlesdesk.vault import audit, connections, database, diagnose, keyslots, staff, store
from circlesdesk.vault.database import Connection
from circlesdesk.vault.errors import (
    DatabaseIsFolder,
    DatabaseMissing,
    KeySlotsDamaged,
    KeySlotsMissing,
    NotEnoughSpace,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)
from circlesdesk.vault.lockfile import VaultLock
from circlesdesk.vault.staff import StaffMember

log = logging.getLogger(__name__)

DATABASE_FILE = "vault.db"
KEYS_FILE = "vault.keys"
PENDING_KEYS_FILE = "vault.keys.next"
NEW_CODE_FILE = "vault.code.next"
LOCK_FILE = "vault.lock"
BACKUP_DIR = "backups"
# A migration's backup is deleted by the first successful unlock this many days after it.
BACKUP_KEEP_DAYS = 14
# Room a migration's backup needs beyond the copies themselves (the write-ahead log, the key file).
BACKUP_SPACE_MARGIN = 2 * 1024 * 1024
_BACKUP_NAME = re.compile(r"vault-v(\d+)-(\d{8}T\d{6}Z)\.(db|keys)")
_PRIVATE_FILES = (DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm", KEYS_FILE)


@dataclasses.dataclass(frozen=True)
class VaultInfo:
    """Who this vault belongs to."""

    device_id: str
    role: Role
    name: str
    created_at: str


class Vault:
    """An unlocked vault. Use :meth:`create`, :meth:`unlock` or :meth:`recover` to get one."""

    def __init__(
        self,
        folder: Path,
        conn: Connection,
        lock: VaultLock,
        info: VaultInfo,
        *,
        data_key: bytes,
        staff: StaffMember | None = None,
    ) -> None:
        self.folder = folder
        # Who signed in at the office (None on a volunteer's vault, and after the recovery
        # code): the role check (services/access.py) and every audit row use it.
        self.staff = staff
        # One connection per thread (vault/connections.py): the vault keeps threads apart.
        self._connections = connections.ThreadConnections(folder / DATABASE_FILE, data_key, conn)
        self._lock = lock
        self.info = info
        # Files that other users could read, made private again by this unlock (names only).
        self.tightened: tuple[str, ...] = ()
        # The new recovery code of a key rotation that was cut short before it was shown; the
        # one exception to "no object keeps a secret", until :meth:`recovery_code_shown`.
        self._unshown_recovery_code: str | None = None

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
        validation.name(name, field="name")
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
                first = (
                    staff.add(conn, name=name, role=StaffRole.MANAGER, label=None)
                    if role is Role.OFFICE
                    else None
                )
                audit.append(
                    conn,
                    actor=device_id,
                    action="vault.created",
                    detail=role.value,
                    staff_id=None if first is None else first.id,
                )
            slots.save(folder / KEYS_FILE)
        except BaseException as error:
            # Explained while the files are still there: after the cleanup below a full disk
            # would look like a missing database.
            explained = (
                _explained(error, folder)
                if isinstance(error, (OSError, database.DatabaseError))
                else error
            )
            lock.release()
            for leftover in (DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm"):
                (folder / leftover).unlink(missing_ok=True)
            if explained is error:
                raise
            raise explained from None
        log.info("vault created (role %s)", role.value)
        return cls(folder, conn, lock, info, data_key=data_key, staff=first), recovery_code

    @classmethod
    def unlock(cls, folder: Path, *, passphrase: str, name: str | None = None) -> Vault:
        """Open a vault with a passphrase; at an office, ``name`` says who is signing in.

        With a name only that person's key slot is tried (one Argon2id run); without one, each
        slot in turn. Whoever's slot opens is the person signed in (``staff``).
        """
        labels: list[str | None] = []

        def unwrap(slots: keyslots.KeySlots) -> bytes:
            data_key, label = slots.unwrap_as(passphrase, name=name)
            labels.append(label)
            return data_key

        return cls._open(folder, unwrap, labels=labels)

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
        try:
            with vault.explained():
                keys_path = folder / KEYS_FILE
                new_slots = keyslots.load(keys_path).with_passphrase(
                    data_key=data_keys[-1],
                    passphrase=new_passphrase,
                    kdf=kdf or keyslots.calibrate_kdf(),
                )
                vault._retire_backup_slots(
                    new_slots, old_passphrase=None, new_passphrase=new_passphrase
                )
                new_slots.save(keys_path)
                crashpoints.reach("recover.keys-saved")
                vault.record_event("vault.recovered")
                crashpoints.reach("recover.recorded")
                vault.recovery_code_shown()  # the code typed is the one that opens the vault now
        except BaseException:
            vault.lock()
            raise
        return vault

    @classmethod
    def _open(
        cls,
        folder: Path,
        unwrap: Callable[[keyslots.KeySlots], bytes],
        *,
        labels: Sequence[str | None] = (),
    ) -> Vault:
        """Lock, tidy, unwrap the data key, open and migrate the database, read who we are.

        Every failure that is the disk's or the folder's, not the program's, is raised as its
        own :class:`VaultError` (``vault/diagnose.py``). Before the database is touched: temp
        files of interrupted writes are removed and files other users could read are made
        private. A key rotation cut short is resolved (docs/vault-format.md, "Rotating the
        data key"): before its rekey the old key stays; after it, the new slots become the
        current ones and the new recovery code is kept to be shown.
        """
        try:
            lock = _acquire_existing(folder)
        except OSError as error:
            raise _explained(error, folder) from None
        try:
            try:
                tightened = _tighten_permissions(folder)
                remove_stray_temp_files(folder)
                conn, data_key = _open_database(folder, unwrap)
            except (OSError, database.DatabaseError) as error:
                raise _explained(error, folder) from None
            try:
                unshown = _resolve_new_code(folder, data_key)
                _remove_incomplete_backups(folder)
                database.migrate(conn, backup=lambda version: _backup(folder, conn, version))
                row = conn.execute(
                    "SELECT device_id, role, name, created_at FROM vault_info"
                ).fetchone()
                if row is None:
                    raise VaultDamaged()
                person = staff.by_label(conn, labels[-1] if labels else None)
                if labels and labels[-1] is not None and person is None:
                    raise WrongPassphrase()  # a slot left behind by someone removed
                _expire_backups(folder)
            except (OSError, database.DatabaseError) as error:
                explained = _explained(error, folder, conn=conn)
                conn.close()
                raise explained from None
            except BaseException:
                conn.close()
                raise
        except BaseException:
            _remove_empty_log(folder)
            lock.release()
            raise
        info = VaultInfo(device_id=row[0], role=Role(row[1]), name=row[2], created_at=row[3])
        vault = cls(folder, conn, lock, info, data_key=data_key, staff=person)
        vault.tightened = tightened
        vault._unshown_recovery_code = unshown
        return vault

    # -- using -----------------------------------------------------------------------------

    @property
    def conn(self) -> Connection:
        """This thread's database connection (opened on first use); VaultLocked once locked.

        Each thread has its own: a read never sees another thread's uncommitted writes.
        """
        conn = self._connections.current()
        if conn is None:
            raise VaultLocked()
        return conn

    @property
    def _conn(self) -> Connection | None:
        """This thread's connection if it has one open (for diagnosing a failure on it)."""
        return self._connections.existing()

    def unshown_recovery_code(self) -> str | None:
        """The new recovery code of a key rotation cut short before it was shown, if any.

        Whoever unlocks must show it (the CLI prints it before anything else, the GUI in a
        dialog) and then call :meth:`recovery_code_shown`: the old code opens nothing now.
        """
        return self._unshown_recovery_code

    def recovery_code_shown(self) -> None:
        """Forget the rotation's new recovery code: it has been shown (or was just typed)."""
        (self.folder / NEW_CODE_FILE).unlink(missing_ok=True)
        self._unshown_recovery_code = None

    @contextlib.contextmanager
    def explained(self) -> Iterator[Vault]:
        """Turn a disk or database failure inside the block into the user's sentence.

        A full disk, a read-only folder or proven damage becomes its :class:`VaultError`
        (damage is checked page by page on this connection first); anything else, a bug,
        passes unchanged.
        """
        try:
            yield self
        except (OSError, database.DatabaseError) as error:
            raise _explained(error, self.folder, conn=self._conn) from None

    def explain(self, error: BaseException) -> VaultError | None:
        """The user's error for a disk or database failure met using this vault, or None (a bug).

        Damage is checked page by page on this connection first (see :meth:`explained`).
        """
        return diagnose.explain(
            error, folder=self.folder, database=self.folder / DATABASE_FILE, conn=self._conn
        )

    def derived_key(self, label: bytes) -> bytes:
        """A key for one purpose (``label``) derived from the data key; the data key stays here."""
        return self._connections.derived_key(label)

    def open_file(self, path: Path) -> Connection:
        """A read-only connection to another file encrypted under this vault's key (a backup)."""
        return self._connections.open_file(path)

    def quick_check(self) -> int:
        """How many pages fail their HMAC: 0 for a sound file (``PRAGMA cipher_integrity_check``).

        Reads the whole file without parsing it; the app runs it in the background after unlock
        (services/vault_health.py), ``check`` runs the full integrity check.
        """
        return database.damaged_pages(self.conn)

    @property
    def is_locked(self) -> bool:
        """Whether :meth:`lock` has closed this vault."""
        return self._connections.closed

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

    @property
    def staff_id(self) -> str | None:
        """The id of the person signed in at the office, for audit rows (None: nobody named)."""
        return None if self.staff is None else self.staff.id

    def save_record(self, record: Record, action: str, *, detail: str = "") -> None:
        """Save a record made or edited here and write its audit row, in one transaction."""
        with database.transaction(self.conn):
            store.save(self.conn, record)
            audit.append(
                self.conn,
                actor=self.info.device_id,
                action=action,
                kind=record.kind,
                record_uuid=record.uuid,
                detail=detail,
                staff_id=self.staff_id,
            )

    def record_event(self, action: str, *, detail: str = "") -> None:
        """Write one audit row in its own transaction (for events that change no record)."""
        with database.transaction(self.conn):
            audit.append(
                self.conn,
                actor=self.info.device_id,
                action=action,
                detail=detail,
                staff_id=self.staff_id,
            )

    @property
    def _slot_label(self) -> str | None:
        """The label of the key slot of whoever signed in (None: the passphrase slot)."""
        return None if self.staff is None else self.staff.label

    def who_is(self, *, name: str, passphrase: str) -> StaffMember:
        """The person working here whose own slot this passphrase opens (a second person at
        this machine, confirming who they are); WrongPassphrase if it opens none of theirs."""
        with self.explained():
            slots = keyslots.load(self.folder / KEYS_FILE)
        data_key, label = slots.unwrap_as(passphrase, name=name)
        if data_key != self._connections.data_key():
            raise WrongPassphrase()
        member = staff.by_label(self.conn, label)
        if member is None or keyslots.staff_label(slots.vault_id, member.name) != (
            keyslots.staff_label(slots.vault_id, name)
        ):
            raise WrongPassphrase()  # the first slot opens for any name typed: check it is theirs
        return member

    def slot_label(self, name: str) -> str:
        """The key-slot label of the person with this name (see ``keyslots.staff_label``)."""
        with self.explained():
            return keyslots.staff_label(keyslots.load(self.folder / KEYS_FILE).vault_id, name)

    def seal_slot(
        self, *, label: str | None, passphrase: str, kdf: keyslots.KdfParams | None
    ) -> None:
        """Wrap the data key under a person's passphrase in slot ``label`` (new or replaced;
        None: the passphrase slot). Nothing is re-encrypted."""
        keyslots.check_passphrase(passphrase)
        with self.explained():
            path = self.folder / KEYS_FILE
            keyslots.load(path).with_passphrase(
                data_key=self._connections.data_key(),
                passphrase=passphrase,
                kdf=kdf or keyslots.calibrate_kdf(),
                label=label,
            ).save(path)

    def close_slot(self, *, label: str | None) -> None:
        """Remove a person's slot at once (None: the passphrase slot is sealed shut).

        Their passphrase opens nothing in this folder from now on; backups of the key file
        taken before a schema migration lose the slot too.
        """
        with self.explained():
            data_key = self._connections.data_key()
            path = self.folder / KEYS_FILE
            closed = keyslots.load(path).without(data_key=data_key, label=label)
            for backup in sorted((self.folder / BACKUP_DIR).glob("vault-v*.keys")):
                with contextlib.suppress(KeySlotsDamaged, KeySlotsMissing):
                    if keyslots.load(backup).key_check == closed.key_check:
                        closed.save(backup)
            closed.save(path)

    def change_passphrase(
        self, *, old_passphrase: str, new_passphrase: str, kdf: keyslots.KdfParams | None = None
    ) -> None:
        """Rewrap the data key under a new passphrase; nothing else is re-encrypted.

        The backups' key files are rewrapped first (:meth:`_retire_backup_slots`), so once this
        returns no file in the folder opens with the old passphrase.
        """
        keyslots.check_passphrase(new_passphrase)
        with self.explained():
            slots = keyslots.load(self.folder / KEYS_FILE)
            data_key = slots.unwrap_slot(old_passphrase, label=self._slot_label)
            new_slots = slots.with_passphrase(
                data_key=data_key,
                passphrase=new_passphrase,
                kdf=kdf or keyslots.calibrate_kdf(),
                label=self._slot_label,
            )
            self._retire_backup_slots(
                new_slots, old_passphrase=old_passphrase, new_passphrase=new_passphrase
            )
            crashpoints.reach("passwd.backups-rewrapped")
            new_slots.save(self.folder / KEYS_FILE)
            crashpoints.reach("passwd.keys-saved")
            self.record_event("vault.passphrase-changed")
            crashpoints.reach("passwd.recorded")

    def _retire_backup_slots(
        self,
        new_slots: keyslots.KeySlots,
        *,
        old_passphrase: str | None,
        new_passphrase: str,
    ) -> None:
        """Make the backups' key files open with the new passphrase, not the old one.

        A backup of the same data key gets a copy of the new key file (instant). A backup from
        before a key rotation holds another key: if the old passphrase opens it, its passphrase
        slot is rewrapped under the new one (which ``new_slots`` was just made for, so it passes
        the rule). Key files neither opens are left: the old passphrase does not open them.
        """
        backups = self.folder / BACKUP_DIR
        if not backups.is_dir():
            return
        for path in sorted(backups.glob("vault-v*.keys")):
            try:
                slots = keyslots.load(path)
            except (KeySlotsDamaged, KeySlotsMissing):
                continue
            if slots.key_check == new_slots.key_check:
                new_slots.save(path)
                continue
            if old_passphrase is None:
                continue
            try:
                old_key = slots.unwrap_with_passphrase(old_passphrase)
            except WrongPassphrase:
                continue
            slots.with_passphrase(
                data_key=old_key,
                passphrase=new_passphrase,
                kdf=new_slots.passphrase_slot.kdf,  # the cost just chosen for the new slot
                label=self._slot_label,
            ).save(path)

    def rotate_data_key(self, *, passphrase: str, kdf: keyslots.KdfParams | None = None) -> str:
        """Re-encrypt the database under a new random key; returns the new recovery code.

        The steps, and what a kill at each leaves, are in docs/vault-format.md ("Rotating the
        data key"): the new code sealed under the new key, the new slots beside the old ones,
        the rekey, the new slots in place, the audit row. Until the caller has shown the code
        and called :meth:`recovery_code_shown`, the next unlock shows it again.
        """
        folder = self.folder
        with self.explained():
            slots = keyslots.load(folder / KEYS_FILE)
            slots.unwrap_slot(passphrase, label=self._slot_label)
            size = (folder / DATABASE_FILE).stat().st_size
            free = diagnose.free_space(folder)
            if free < size + BACKUP_SPACE_MARGIN:  # the rekey writes every page to the log
                raise NotEnoughSpace(needed=size + BACKUP_SPACE_MARGIN, free=free, rotating=True)
            new_key = os.urandom(database.KEY_BYTES)
            new_slots, recovery_code = slots.rewrapped(
                data_key=new_key,
                passphrase=passphrase,
                kdf=kdf or keyslots.calibrate_kdf(),
                label=self._slot_label,
            )
            pending = folder / PENDING_KEYS_FILE
            try:
                write_private(
                    folder / NEW_CODE_FILE,
                    keyslots.seal_recovery_code(data_key=new_key, code=recovery_code),
                )
                crashpoints.reach("rotate.code-written")
                new_slots.save(pending)
                crashpoints.reach("rotate.pending-written")
                self._connections.close_others()  # they hold the old key
                database.checkpoint(self.conn)
                self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
                database.checkpoint(self.conn)
            except BaseException:
                # Not rekeyed (SQLCipher rolls a failed rekey back): the old key stays.
                pending.unlink(missing_ok=True)
                (folder / NEW_CODE_FILE).unlink(missing_ok=True)
                raise
            crashpoints.reach("rotate.rekeyed")
            self._connections.rekeyed(new_key)
            os.replace(pending, folder / KEYS_FILE)
            crashpoints.reach("rotate.keys-replaced")
            self._retire_backup_slots(new_slots, old_passphrase=None, new_passphrase=passphrase)
            self.record_event("vault.key-rotated")
            crashpoints.reach("rotate.recorded")
        self._unshown_recovery_code = recovery_code
        return recovery_code

    def lock(self) -> None:
        """Close the database and release the process lock; the vault must be unlocked again."""
        self._connections.close_all()
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
    """The lock of a vault that is there; else which of its files is missing, or no vault."""
    database_path = folder / DATABASE_FILE
    if not database_path.exists():
        if (folder / KEYS_FILE).exists():
            raise DatabaseMissing()
        raise VaultMissing()
    if database_path.is_dir():
        raise DatabaseIsFolder()
    if not (folder / KEYS_FILE).exists():
        raise KeySlotsMissing()
    return _acquire(folder)


def _explained(
    error: BaseException,
    folder: Path,
    *,
    conn: Connection | None = None,
    data_key: bytes | None = None,
) -> BaseException:
    """The user's :class:`VaultError` for a disk or database failure, or the error itself."""
    found = diagnose.explain(
        error, folder=folder, database=folder / DATABASE_FILE, conn=conn, data_key=data_key
    )
    if found is None:
        return error
    log.warning("vault problem: %s", type(found).__name__)
    return found


def _open_database(
    folder: Path, unwrap: Callable[[keyslots.KeySlots], bytes]
) -> tuple[Connection, bytes]:
    """The open database and its key, resolving a key rotation cut short (see :meth:`_open`)."""
    database_path = folder / DATABASE_FILE
    pending = folder / PENDING_KEYS_FILE
    data_key = unwrap(keyslots.load(folder / KEYS_FILE))
    if database_path.stat().st_size == 0:
        raise VaultDamaged()  # never empty once made: SQLCipher would start a new one in it
    try:
        conn = database.open_database(database_path, data_key)
    except database.DatabaseError as error:
        if not database.is_damage(error) or not pending.exists():
            raise _explained(error, folder, data_key=data_key) from None
        try:
            new_key = unwrap(keyslots.load(pending))
            conn = database.open_database(database_path, new_key)
        except (KeySlotsDamaged, database.DatabaseError):
            raise _explained(error, folder, data_key=data_key) from None
        os.replace(pending, folder / KEYS_FILE)
        log.warning("an interrupted key rotation was completed")
        return conn, new_key
    if pending.exists():
        pending.unlink()  # a rotation cut short before its rekey: the old key stays
        log.warning("an interrupted key rotation was undone")
    return conn, data_key


def _remove_empty_log(folder: Path) -> None:
    """After a failed unlock: remove an empty write-ahead log and its index, as a close would.

    Only an empty log (nothing committed in it) goes; the caller holds the vault's lock, so no
    other connection uses them. A log with frames is left for the next unlock to fold in.
    """
    wal = folder / f"{DATABASE_FILE}-wal"
    with contextlib.suppress(OSError):
        if wal.stat().st_size == 0:
            wal.unlink()
            (folder / f"{DATABASE_FILE}-shm").unlink(missing_ok=True)


def _resolve_new_code(folder: Path, data_key: bytes) -> str | None:
    """The new recovery code a cut-short rotation left for this key, or None (file removed)."""
    path = folder / NEW_CODE_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    code = keyslots.open_recovery_code(data_key=data_key, data=data)
    if code is None:
        path.unlink()  # sealed for a key that never took over
    return code


def _tighten_permissions(folder: Path) -> tuple[str, ...]:
    """Make the folder 0700 and its files 0600 where other users could read them; their names.

    Only the vault's own files are touched (the database and its log, the key files, backups).
    POSIX only: elsewhere modes say nothing about other users (the profile folder's ACLs do).
    """
    if os.name != "posix":
        return ()
    changed: list[str] = []
    targets: list[tuple[Path, int]] = [(folder, 0o700)]
    targets += [(folder / name, 0o600) for name in (*_PRIVATE_FILES, LOCK_FILE)]
    backups = folder / BACKUP_DIR
    if backups.is_dir():
        targets.append((backups, 0o700))
        targets += [(path, 0o600) for path in sorted(backups.iterdir()) if path.is_file()]
    for path, mode in targets:
        try:
            current = path.lstat()
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(current.st_mode) or not current.st_mode & 0o077:
            continue
        os.chmod(path, stat.S_IMODE(current.st_mode) & mode)
        changed.append(str(path.relative_to(folder)) if path != folder else ".")
    if changed:
        log.warning("made %d vault files private again", len(changed))
    return tuple(changed)


def _backup_pairs(folder: Path) -> dict[str, dict[str, Path]]:
    """The backups in the folder by name stem (``vault-v1-20261207T120000Z``): suffix to path."""
    pairs: dict[str, dict[str, Path]] = {}
    backups = folder / BACKUP_DIR
    if not backups.is_dir():
        return pairs
    for path in backups.iterdir():
        match = _BACKUP_NAME.fullmatch(path.name)
        if match:
            pairs.setdefault(path.name.rsplit(".", 1)[0], {})[match.group(3)] = path
    return pairs


def _remove_incomplete_backups(folder: Path) -> None:
    """Delete temp copies and half pairs (a ``.db`` without its ``.keys``) of a killed backup."""
    backups = folder / BACKUP_DIR
    if not backups.is_dir():
        return
    remove_stray_temp_files(backups)
    for parts in _backup_pairs(folder).values():
        if len(parts) != 2:
            for path in parts.values():
                path.unlink()
            log.warning("removed an incomplete migration backup")


def _expire_backups(folder: Path, *, now: dt.datetime | None = None) -> None:
    """Delete the migration backups older than BACKUP_KEEP_DAYS (this unlock succeeded)."""
    now = now or dt.datetime.now(dt.UTC)
    for stem, parts in _backup_pairs(folder).items():
        taken = dt.datetime.strptime(stem.rsplit("-", 1)[1], "%Y%m%dT%H%M%SZ").replace(
            tzinfo=dt.UTC
        )
        if now - taken >= dt.timedelta(days=BACKUP_KEEP_DAYS):
            for path in parts.values():
                path.unlink()
            log.info("a migration backup expired")


def _backup(folder: Path, conn: Connection, version: int) -> None:
    """Copy the (still encrypted) database and its key file before a schema migration.

    Free space is checked first. Each copy goes to a temp name, is fsynced and compared with
    its source, then renamed: a kill leaves a temp file or half a pair, removed on the next
    unlock, never a truncated backup under a real name.
    """
    target = ensure_private_dir(folder / BACKUP_DIR)
    _remove_incomplete_backups(folder)
    database.checkpoint(conn)
    sources = [(folder / DATABASE_FILE, "db"), (folder / KEYS_FILE, "keys")]
    needed = sum(source.stat().st_size for source, _ in sources) + BACKUP_SPACE_MARGIN
    free = diagnose.free_space(folder)
    if free < needed:
        raise NotEnoughSpace(needed=needed, free=free)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    copies: list[tuple[Path, Path]] = []
    try:
        for source, suffix in sources:
            temp = target / f".circlesdesk-{secrets.token_hex(8)}.tmp"
            copies.append((temp, target / f"vault-v{version}-{stamp}.{suffix}"))
            _copy_checked(source, temp)
            crashpoints.reach(f"migrate.backup-{suffix}-copied")
        for temp, final in copies:
            os.replace(temp, final)
            crashpoints.reach(f"migrate.backup-{final.suffix[1:]}-renamed")
    except BaseException:
        for temp, final in copies:
            temp.unlink(missing_ok=True)
            final.unlink(missing_ok=True)
        raise
    log.info("vault backed up before migrating from schema version %d", version)


def _copy_checked(source: Path, temp: Path) -> None:
    """Copy ``source`` to a new private ``temp``, fsync it and check it reads back the same."""
    digest = hashlib.sha256()
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(source, "rb") as reader:
            while chunk := reader.read(1024 * 1024):
                digest.update(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    check = hashlib.sha256()
    with open(temp, "rb") as reader:
        while chunk := reader.read(1024 * 1024):
            check.update(chunk)
    if check.digest() != digest.digest():
        raise OSError(5, "the backup copy does not read back as written")
