"""Office backups as the coordinator uses them: make one (and keep N), check one, restore one,
the backup schedule, and the reminder when the last checked backup is older than it.

The file format and its checks are the vault's (:mod:`circlesdesk.vault.backup`). Every backup is
checked as it is made (page by page, audit chain, row counts) before it takes its name, so a
backup recorded here is a verified one. The schedule and each backup made are audit rows
(``backup.policy``, ``backup.created``): they change no record, they travel with the vault into
its own backups, and the newest of each is what the reminder reads. docs/office.md, "Backups".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Final

from circlesdesk.atomicfile import ensure_private_dir
from circlesdesk.errors import ValidationError
from circlesdesk.messages import Message
from circlesdesk.vault import audit, database, keyslots, registry
from circlesdesk.vault import backup as files
from circlesdesk.vault.backup import Cancelled, Progress, Verified
from circlesdesk.vault.vault import DATABASE_FILE, KEYS_FILE, Vault

log = logging.getLogger(__name__)

POLICY_ACTION: Final = "backup.policy"
CREATED_ACTION: Final = "backup.created"
RESTORED_ACTION: Final = "backup.restored"
EVERY_DAYS: Final = {"daily": 1, "weekly": 7}
KEEP_RANGE: Final = (1, 365)
# Numbers a restored vault's next bundle to each device skips: more replies than an office sends
# one device between two backups, well under the jump a laptop accepts (importer).
RESTORE_SEQUENCE_SKIP: Final = 100


@dataclasses.dataclass(frozen=True)
class BackupPolicy:
    """Back up ``every`` ("daily" or "weekly") into ``folder``, keeping the newest ``keep``."""

    folder: str
    every: str
    keep: int

    @property
    def days(self) -> int:
        return EVERY_DAYS[self.every]


def check_policy(*, folder: str, every: str, keep: int) -> BackupPolicy:
    """The policy, or ValidationError saying which value is wrong."""
    if every not in EVERY_DAYS:
        raise ValidationError("backup.choose_every")
    _check_keep(keep)
    if not folder.strip() or not Path(folder).is_absolute():
        raise ValidationError("backup.choose_folder")
    return BackupPolicy(folder=folder, every=every, keep=keep)


def set_policy(vault: Vault, *, folder: str, every: str, keep: int) -> BackupPolicy:
    """Store the backup schedule (an audit row); nothing is stored if a value is wrong."""
    policy = check_policy(folder=folder, every=every, keep=keep)
    vault.record_event(POLICY_ACTION, detail=json.dumps(dataclasses.asdict(policy)))
    return policy


def policy(vault: Vault) -> BackupPolicy | None:
    """The backup schedule set last, or None if there is none."""
    entry = audit.latest(vault.conn, POLICY_ACTION)
    if entry is None:
        return None
    try:
        fields = json.loads(entry.detail)
        return check_policy(folder=fields["folder"], every=fields["every"], keep=fields["keep"])
    except (ValueError, KeyError, TypeError):
        log.warning("a backup schedule row could not be read")
        return None


def last_backup(vault: Vault) -> dt.datetime | None:
    """When the newest verified backup was made (None: never)."""
    entry = audit.latest(vault.conn, CREATED_ACTION)
    return None if entry is None else _parse_time(entry.at)


def is_due(vault: Vault, *, now: dt.datetime | None = None) -> bool:
    """Whether the schedule asks for a backup now (a schedule, and none within its period)."""
    current = policy(vault)
    if current is None:
        return False
    last = last_backup(vault)
    now = now or dt.datetime.now(dt.UTC)
    return last is None or now - last >= dt.timedelta(days=current.days)


def reminder(vault: Vault, *, now: dt.datetime | None = None) -> Message | None:
    """The sentence the office home shows when the last verified backup is older than the
    schedule (or there is none yet); None when backups are up to date or no schedule is set."""
    if not is_due(vault, now=now):
        return None
    last = last_backup(vault)
    if last is None:
        return Message("backup.none_yet")
    return Message("backup.overdue", {"day": last.date().isoformat()})


def backups_in(vault: Vault, folder: Path) -> list[Path]:
    """This vault's backups in ``folder``, oldest first (an unreadable folder lists none)."""
    vault_id = keyslots.load(vault.folder / KEYS_FILE).vault_id
    try:
        return files.backups_in(folder, vault_id)
    except OSError:
        return []


def create_backup(
    vault: Vault,
    *,
    out_dir: Path,
    keep: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[Verified, list[Path]]:
    """Make a checked backup into ``out_dir``; with ``keep``, delete this vault's older ones.

    Returns the backup and the old backups deleted. Works while the app is open and an import
    runs on another thread: the copy is one read snapshot on this thread's own connection.
    """
    if keep is not None:
        _check_keep(keep)
    made = files.create(
        conn=vault.conn,
        open_copy=vault.open_file,
        mac_key=vault.derived_key(files.MAC_LABEL),
        keys_file=vault.folder / KEYS_FILE,
        device_id=vault.info.device_id,
        role=vault.info.role.value,
        out_dir=out_dir,
        progress=progress,
        cancelled=cancelled,
    )
    manifest = made.manifest
    vault.record_event(
        CREATED_ACTION,
        detail=json.dumps(
            {
                "file": made.path.name,
                "sha256": manifest.database_sha256,
                "audit_rows": manifest.audit_rows,
            }
        ),
    )
    deleted = files.prune(out_dir, manifest.vault_id, keep=keep) if keep is not None else []
    return made, deleted


def scheduled_backup(
    vault: Vault, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> tuple[Verified, list[Path]]:
    """A backup where the schedule says, keeping as many as it says."""
    current = policy(vault)
    if current is None:
        raise ValidationError("backup.no_schedule")
    return create_backup(
        vault,
        out_dir=Path(current.folder),
        keep=current.keep,
        progress=progress,
        cancelled=cancelled,
    )


def verify_backup(
    path: Path,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    progress: Progress | None = None,
    work_dir: Path | None = None,
) -> Verified:
    """Check a backup file with the passphrase or recovery code it opens with; no vault is
    opened or changed. The encrypted copy being checked goes in a new private folder inside
    ``work_dir`` (default: the system's temp folder) and is removed afterwards."""
    key = files.unwrap(path, passphrase=passphrase, recovery_code=recovery_code)
    if work_dir is None:
        return files.verify(path, data_key=key, progress=progress)
    ensure_private_dir(work_dir)
    folder = Path(tempfile.mkdtemp(prefix="circlesdesk-", dir=work_dir))
    try:
        return files.verify(path, data_key=key, progress=progress, work_dir=folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def restore_backup(
    path: Path,
    *,
    to: Path,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    progress: Progress | None = None,
) -> Verified:
    """Check a backup and make it the vault of the new folder ``to`` (never over a vault).

    Before the restored vault takes its name, in one transaction: the next bundle to every
    device skips :data:`RESTORE_SEQUENCE_SKIP` numbers, so no reply reuses a number the lost
    vault may have sent after the backup (a laptop would hold such a reply as a fork; a gap in
    the office's numbers it takes as it comes), and an audit row says it was restored.
    """
    key = files.unwrap(path, passphrase=passphrase, recovery_code=recovery_code)
    manifest = files.manifest_of(path)

    def carry_on(conn: database.Connection) -> None:
        for peer in registry.peers(conn):
            registry.update_peer(
                conn, peer.device_id, last_seq_out=peer.last_seq_out + RESTORE_SEQUENCE_SKIP
            )
        audit.append(
            conn,
            actor=manifest.device_id,
            action=RESTORED_ACTION,
            detail=json.dumps({"made_at": manifest.created_at}),
        )

    return files.restore(
        path,
        data_key=key,
        to=to,
        database_file=DATABASE_FILE,
        keys_file=KEYS_FILE,
        prepare=carry_on,
        progress=progress,
    )


def _check_keep(keep: int) -> None:
    if isinstance(keep, bool) or not KEEP_RANGE[0] <= keep <= KEEP_RANGE[1]:
        low, high = KEEP_RANGE
        raise ValidationError("backup.keep_range", low=low, high=high)


def _parse_time(text: str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
