"""Office backups: a consistent encrypted copy of the vault in one file, checked and restorable.

A backup file (docs/vault-format.md, "Backups") is, in order: the magic line, the length of the
header (4 bytes, big-endian), the header (JSON: the manifest, its MAC and the vault's key-slot
file as it was when the copy was made) and the database itself, still encrypted under the data
key. The copy is made with ``VACUUM INTO`` on a read snapshot, so an import committing meanwhile
is either wholly in it or not at all, and it never passes through plaintext. It opens with the
passphrase or recovery code the vault had when it was made.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import re
import shutil
import struct
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from circlesdesk.atomicfile import ensure_private_dir, private_temp_path, write_private_chunks
from circlesdesk.vault import audit, connections, database, keyslots
from circlesdesk.vault.database import Connection
from circlesdesk.vault.errors import VaultError

log = logging.getLogger(__name__)

MAGIC = b"CIRCLESDESK-BKP\n"  # 16 bytes; the newline catches text-mode mangling
FORMAT = "circlesdesk-backup"
VERSION = 1
SUFFIX = ".cdbackup"
MAX_HEADER_BYTES = 1024 * 1024
MAC_LABEL = b"circlesdesk backup manifest v1"
CHUNK = 1024 * 1024
_NAME = re.compile(r"circlesdesk-([0-9a-f]{8})-(\d{8}T\d{6}Z)(?:-(\d{1,4}))?" + re.escape(SUFFIX))

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class BackupError(VaultError):
    """A backup file that cannot be used, or a restore that would overwrite something."""


class NotABackup(BackupError):
    code = "backup.not_a_backup"
    exit_code = 20


class BackupDamaged(BackupError):
    code = "backup.damaged"
    exit_code = 21


class ManifestMismatch(BackupError):
    code = "backup.manifest_mismatch"
    exit_code = 22


class RestoreTargetInUse(BackupError):
    code = "backup.restore_target_in_use"
    exit_code = 23


class BackupTooNew(BackupError):
    code = "backup.too_new"
    exit_code = 24


class BackupStopped(Exception):
    """The backup was cancelled; nothing was written (not a user's error: cancelling is silent)."""


@dataclasses.dataclass(frozen=True)
class Manifest:
    """What a backup says it holds: when, which schema, how many rows, and its database's hash."""

    created_at: str
    schema_version: int
    vault_id: str
    device_id: str
    role: str
    counts: dict[str, int]
    audit_rows: int
    audit_head: str
    database_bytes: int
    database_sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, **dataclasses.asdict(self)}

    @classmethod
    def from_json(cls, value: object) -> Manifest:
        if not isinstance(value, dict):
            raise NotABackup()
        if value.get("format") != FORMAT:
            raise NotABackup()
        version = value.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise BackupTooNew()
        fields = {f.name for f in dataclasses.fields(cls)}
        if version != VERSION or set(value) != fields | {"format", "version"}:
            raise NotABackup()
        try:
            manifest = cls(**{name: value[name] for name in fields})
        except TypeError:
            raise NotABackup() from None
        counts = manifest.counts
        if not isinstance(counts, dict) or not all(
            isinstance(k, str) and type(v) is int for k, v in counts.items()
        ):
            raise NotABackup()
        return manifest

    def canonical(self) -> bytes:
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode()


@dataclasses.dataclass(frozen=True)
class Verified:
    """A backup that checked out: its manifest and file."""

    path: Path
    manifest: Manifest


def backup_name(vault_id: str, when: dt.datetime, number: int = 1) -> str:
    """``circlesdesk-<first 8 hex of the vault id>-<UTC time>[-N].cdbackup``: nothing personal
    (``-N`` for the Nth backup made within the same second)."""
    extra = f"-{number}" if number > 1 else ""
    return f"circlesdesk-{vault_id[:8]}-{when.strftime('%Y%m%dT%H%M%SZ')}{extra}{SUFFIX}"


def _free_name(folder: Path, vault_id: str, when: dt.datetime) -> Path:
    """A name for a backup made at ``when`` that sorts after every backup of that second."""
    stamp = when.strftime("%Y%m%dT%H%M%SZ")
    taken = [
        int(match.group(3) or 1)
        for path in folder.iterdir()
        if (match := _NAME.fullmatch(path.name))
        and match.group(1) == vault_id[:8]
        and match.group(2) == stamp
    ]
    return folder / backup_name(vault_id, when, max(taken, default=0) + 1)


def backups_in(folder: Path, vault_id: str) -> list[Path]:
    """This vault's backup files in ``folder``, oldest first (by the time in their names)."""
    if not folder.is_dir():
        return []
    found = [
        (match.group(2), int(match.group(3) or 1), path)
        for path in folder.iterdir()
        if (match := _NAME.fullmatch(path.name)) and match.group(1) == vault_id[:8]
    ]
    return [path for _, _, path in sorted(found)]


def prune(folder: Path, vault_id: str, *, keep: int) -> list[Path]:
    """Delete this vault's backups in ``folder`` but the newest ``keep``; returns those deleted."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    old = backups_in(folder, vault_id)[:-keep]
    for path in old:
        path.unlink(missing_ok=True)
    if old:
        log.info("%d old backups deleted (keep %d)", len(old), keep)
    return old


# -- making a backup -----------------------------------------------------------------------------


def create(
    *,
    conn: Connection,
    open_copy: Callable[[Path], Connection],
    mac_key: bytes,
    keys_file: Path,
    device_id: str,
    role: str,
    out_dir: Path,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Verified:
    """Write a checked backup of the database behind ``conn`` into ``out_dir``; its path.

    ``VACUUM INTO`` copies one read snapshot (still encrypted) to a temp file; the copy is
    opened read-only (``open_copy``) and checked page by page, its audit chain and row counts
    read into the manifest; then the backup file is written under a temp name, fsynced and
    renamed. Cancelling, or any failure, leaves no file behind.
    """
    now = now or dt.datetime.now(dt.UTC)
    if not out_dir.is_dir():
        ensure_private_dir(out_dir)  # a folder made here is private; a chosen one is left as is
    slots_bytes = keyslots.load(keys_file).to_bytes()
    vault_id = keyslots.KeySlots.from_bytes(slots_bytes).vault_id
    copy = private_temp_path(out_dir)
    try:
        _vacuum_into(conn, copy, progress=progress, cancelled=cancelled)
        if cancelled is not None and cancelled():
            raise BackupStopped()
        digest, size = _hash_file(copy)
        check = open_copy(copy)
        try:
            manifest = _describe(
                check,
                created_at=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                vault_id=vault_id,
                device_id=device_id,
                role=role,
                database_bytes=size,
                database_sha256=digest,
            )
        finally:
            check.close()
        final = _free_name(out_dir, vault_id, now)
        header = _header(manifest, mac_key=mac_key, slots=slots_bytes)

        def check_written(temp: Path) -> None:
            with temp.open("rb") as reader:
                reader.seek(len(header))
                written = hashlib.sha256()
                while chunk := reader.read(CHUNK):
                    written.update(chunk)
            if written.hexdigest() != digest:
                raise OSError(5, "the backup does not read back as written")

        write_private_chunks(final, _chunks(header, copy), before_rename=check_written)
    finally:
        for leftover in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            leftover.unlink(missing_ok=True)
    log.info("backup written (%d bytes)", size)
    return Verified(path=final, manifest=manifest)


def _vacuum_into(
    conn: Connection, target: Path, *, progress: Progress | None, cancelled: Cancelled | None
) -> None:
    """Copy the database into ``target`` (encrypted under the same key), with progress/cancel.

    Progress is the size written so far against the live file's size (an estimate: the copy
    leaves out free pages, so it may end early).
    """
    total = max(1, int(conn.execute("PRAGMA page_count").fetchone()[0]) * database.PAGE_SIZE)
    stopped = False

    def tick() -> int:
        nonlocal stopped
        if cancelled is not None and cancelled():
            stopped = True
            return 1
        if progress is not None:
            with contextlib.suppress(OSError):
                progress(min(target.stat().st_size, total), total)
        return 0

    conn.set_progress_handler(tick, 20_000)
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
    except database.DatabaseError:
        if stopped:
            raise BackupStopped() from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
    if progress is not None:
        progress(total, total)


def _describe(conn: Connection, **fields: Any) -> Manifest:
    """The manifest of an open copy; BackupDamaged if its pages or audit chain do not check out."""
    if not database.integrity_ok(conn):
        raise BackupDamaged()
    chain = audit.verify(conn)
    if not chain.ok:
        raise BackupDamaged()
    head = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return Manifest(
        schema_version=database.schema_version(conn),
        counts=row_counts(conn),
        audit_rows=chain.rows,
        audit_head=head[0] if head else audit.GENESIS,
        **fields,
    )


def row_counts(conn: Connection) -> dict[str, int]:
    """Rows in every ordinary table of the database (full-text indexes are rebuilt from them)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    fts_shadow = {
        row[0]
        for row in conn.execute(
            "SELECT s.name FROM sqlite_master AS s JOIN sqlite_master AS v"
            " ON v.sql LIKE 'CREATE VIRTUAL%' AND s.name LIKE v.name || '\\_%' ESCAPE '\\'"
        )
    }
    counts: dict[str, int] = {}
    for name in names:
        if name in fts_shadow:
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
    return counts


def _header(manifest: Manifest, *, mac_key: bytes, slots: bytes) -> bytes:
    body = json.dumps(
        {
            "manifest": manifest.to_json(),
            "mac": _mac(manifest, mac_key),
            "keys": slots.decode("ascii"),
        },
        indent=1,
    ).encode("ascii")
    return MAGIC + struct.pack(">I", len(body)) + body


def _mac(manifest: Manifest, mac_key: bytes) -> str:
    return hmac.new(mac_key, manifest.canonical(), hashlib.sha256).hexdigest()


def _chunks(header: bytes, copy: Path) -> Iterator[bytes]:
    yield header
    with copy.open("rb") as reader:
        while chunk := reader.read(CHUNK):
            yield chunk


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as reader:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


# -- reading a backup ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Parsed:
    manifest: Manifest
    mac: str
    slots: keyslots.KeySlots
    slots_bytes: bytes
    offset: int


def _parse(path: Path) -> _Parsed:
    """The backup's header, strictly; NotABackup for anything else."""
    with path.open("rb") as reader:
        start = reader.read(len(MAGIC) + 4)
        if len(start) != len(MAGIC) + 4 or start[: len(MAGIC)] != MAGIC:
            raise NotABackup()
        (length,) = struct.unpack(">I", start[len(MAGIC) :])
        if length > MAX_HEADER_BYTES:
            raise NotABackup()
        body = reader.read(length)
    if len(body) != length:
        raise NotABackup()
    try:
        document = json.loads(body.decode("ascii"))
    except (ValueError, RecursionError):
        raise NotABackup() from None
    if not isinstance(document, dict) or set(document) != {"manifest", "mac", "keys"}:
        raise NotABackup()
    manifest = Manifest.from_json(document["manifest"])
    if not isinstance(document["mac"], str) or not isinstance(document["keys"], str):
        raise NotABackup()
    slots_bytes = document["keys"].encode("ascii", "replace")
    try:
        slots = keyslots.KeySlots.from_bytes(slots_bytes)
    except VaultError:
        raise NotABackup() from None
    return _Parsed(manifest, document["mac"], slots, slots_bytes, len(MAGIC) + 4 + length)


def manifest_of(path: Path) -> Manifest:
    """What a backup file says it holds, unchecked (for listing backups)."""
    return _parse(path).manifest


def unwrap(path: Path, *, passphrase: str | None = None, recovery_code: str | None = None) -> bytes:
    """The backup's data key from its own key slots (WrongPassphrase / WrongRecoveryCode)."""
    slots = _parse(path).slots
    if recovery_code is not None:
        return slots.unwrap_with_recovery(recovery_code)
    if passphrase is None:
        raise ValueError("a passphrase or a recovery code is needed")
    return slots.unwrap_with_passphrase(passphrase)


def verify(
    path: Path,
    *,
    data_key: bytes,
    progress: Progress | None = None,
    work_dir: Path | None = None,
) -> Verified:
    """Check a backup completely without touching any vault; raises what is wrong with it.

    In order: the header; the manifest's MAC (under the backup's own key); the database's size
    and SHA-256 against the manifest; then the database, copied (still encrypted) into a
    private temp folder and opened read-only: every page, the structure, the audit chain, the
    schema version and every table's row count against the manifest.
    """
    with _checked_copy(path, data_key=data_key, progress=progress, work_dir=work_dir) as (
        parsed,
        _copy,
    ):
        return Verified(path=path, manifest=parsed.manifest)


@contextlib.contextmanager
def _checked_copy(
    path: Path, *, data_key: bytes, progress: Progress | None, work_dir: Path | None
) -> Iterator[tuple[_Parsed, Path]]:
    parsed = _parse(path)
    manifest = parsed.manifest
    mac_key = connections.derive_key(data_key, MAC_LABEL)
    if not hmac.compare_digest(_mac(manifest, mac_key), parsed.mac):
        raise ManifestMismatch()
    own_dir = work_dir is None
    folder = Path(tempfile.mkdtemp(prefix="circlesdesk-")) if work_dir is None else work_dir
    copy = private_temp_path(folder)
    try:
        digest = hashlib.sha256()
        size = 0
        total = max(1, path.stat().st_size - parsed.offset)
        fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with path.open("rb") as reader:
                reader.seek(parsed.offset)
                while chunk := reader.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    view = memoryview(chunk)
                    while view:
                        view = view[os.write(fd, view) :]
                    if progress is not None:
                        progress(size, total)
            os.fsync(fd)
        finally:
            os.close(fd)
        if size != manifest.database_bytes or digest.hexdigest() != manifest.database_sha256:
            raise BackupDamaged()
        try:
            conn = database.open_read_only(copy, data_key)
        except database.DatabaseError:
            raise BackupDamaged() from None
        try:
            found = _describe(
                conn,
                created_at=manifest.created_at,
                vault_id=manifest.vault_id,
                device_id=manifest.device_id,
                role=manifest.role,
                database_bytes=size,
                database_sha256=manifest.database_sha256,
            )
        except database.DatabaseError:
            raise BackupDamaged() from None
        finally:
            conn.close()
        if found != manifest or parsed.slots.vault_id != manifest.vault_id:
            raise ManifestMismatch()
        yield parsed, copy
    finally:
        for leftover in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            leftover.unlink(missing_ok=True)
        if own_dir:
            shutil.rmtree(folder, ignore_errors=True)


def restore(
    path: Path,
    *,
    data_key: bytes,
    to: Path,
    database_file: str,
    keys_file: str,
    prepare: Callable[[Connection], None] | None = None,
    progress: Progress | None = None,
) -> Verified:
    """Check the backup, then make it the vault of the new folder ``to``.

    ``to`` must not hold a vault (RestoreTargetInUse): nothing is ever restored over one. The
    checked copy gets ``prepare(conn)`` in one transaction, is renamed into place and the
    backup's key-slot file written beside it, so the restored vault opens with the passphrase
    and recovery code the backup opens with.
    """
    if (to / database_file).exists() or (to / keys_file).exists():
        raise RestoreTargetInUse()
    ensure_private_dir(to)
    with _checked_copy(path, data_key=data_key, progress=progress, work_dir=to) as (
        parsed,
        copy,
    ):
        if prepare is not None:
            conn = database.open_database(copy, data_key)
            try:
                with database.transaction(conn):
                    prepare(conn)
                database.checkpoint(conn)
            finally:
                conn.close()
        if (to / database_file).exists() or (to / keys_file).exists():
            raise RestoreTargetInUse()
        write_private_chunks(to / keys_file, (parsed.slots_bytes,))
        try:
            os.replace(copy, to / database_file)
        except BaseException:
            (to / keys_file).unlink(missing_ok=True)
            raise
    log.info("backup restored into a new folder")
    return Verified(path=path, manifest=parsed.manifest)
