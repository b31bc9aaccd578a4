"""Encrypted backups of the vault: make, check, restore, schedule."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from circlesdesk.cli.common import (
    RECOVERY_CODE_ENV,
    Commands,
    LazyChoices,
    done,
    given_passphrase,
    open_vault,
    passphrase,
    print_json,
    read_secret_file,
    say,
)

if TYPE_CHECKING:
    from circlesdesk.vault import backup as backup_files


def _backup_secret(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """(passphrase, recovery code) for a backup: ``--recovery-code-file`` if given, else the
    passphrase (option, file or environment), else the recovery code's environment, else the
    passphrase asked for."""
    if args.recovery_code_file:
        return None, read_secret_file(args.recovery_code_file, "recovery code")
    secret = given_passphrase(args)
    if secret:
        return secret, None
    if os.environ.get(RECOVERY_CODE_ENV):
        return None, os.environ[RECOVERY_CODE_ENV]
    return passphrase(args), None


def _manifest_json(made: backup_files.Verified) -> dict[str, Any]:
    manifest = made.manifest
    return {
        "file": str(made.path),
        "created_at": manifest.created_at,
        "schema_version": manifest.schema_version,
        "counts": manifest.counts,
        "audit_rows": manifest.audit_rows,
        "sha256": manifest.database_sha256,
    }


def cmd_backup_create(args: argparse.Namespace) -> int:
    """Write a checked, encrypted backup of the vault into a folder (and keep N)."""
    from circlesdesk.services import backups

    with open_vault(args) as vault:
        made, deleted = backups.create_backup(vault, out_dir=Path(args.out), keep=args.keep)
    if args.json:
        print_json({**_manifest_json(made), "deleted": [str(path) for path in deleted]})
        return 0
    say(args, f"Backup written and checked: {made.path}")
    if deleted:
        say(args, f"{len(deleted)} older backups deleted (keeping {args.keep}).")
    return 0


def cmd_backup_verify(args: argparse.Namespace) -> int:
    """Check a backup file completely, without opening or changing the vault."""
    from circlesdesk.services import backups

    secret, code = _backup_secret(args)
    checked = backups.verify_backup(
        Path(args.file),
        passphrase=secret,
        recovery_code=code,
        work_dir=Path(args.work_dir) if args.work_dir else None,
    )
    if args.json:
        print_json(_manifest_json(checked))
        return 0
    manifest = checked.manifest
    print(
        f"The backup is sound: made {manifest.created_at}, schema version "
        f"{manifest.schema_version}, {sum(manifest.counts.values())} rows and "
        f"{manifest.audit_rows} audit entries, all as its manifest says."
    )
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:
    """Restore a backup into a new data folder (never over a vault)."""
    from circlesdesk.services import backups

    secret, code = _backup_secret(args)
    target = Path(args.to)
    restored = backups.restore_backup(
        Path(args.file), to=target, passphrase=secret, recovery_code=code
    )
    return done(
        args,
        {**_manifest_json(restored), "folder": str(target)},
        f"The backup made {restored.manifest.created_at} is restored into {target}.",
        f"Set a new passphrase for it: circlesdesk --data-dir {target} recover"
        if code is not None
        else f"Open it with: circlesdesk --data-dir {target}",
    )


def cmd_backup_schedule(args: argparse.Namespace) -> int:
    """Set the backup schedule: how often, into which folder, how many to keep."""
    from circlesdesk.services import backups

    with open_vault(args) as vault:
        policy = backups.set_policy(
            vault, folder=str(Path(args.folder).absolute()), every=args.every, keep=args.keep
        )
    return done(
        args,
        {"every": policy.every, "folder": policy.folder, "keep": policy.keep},
        f"Backups {policy.every} into {policy.folder}, keeping the newest {policy.keep}.",
    )


def cmd_backup_status(args: argparse.Namespace) -> int:
    """Show the backup schedule, the last checked backup, and whether one is due."""
    from circlesdesk.services import backups

    with open_vault(args) as vault:
        policy = backups.policy(vault)
        last = backups.last_backup(vault)
        due = backups.reminder(vault)
    if args.json:
        schedule = policy and {"every": policy.every, "folder": policy.folder, "keep": policy.keep}
        return done(
            args,
            {
                "schedule": schedule or None,
                "last_backup": last.isoformat() if last else None,
                "reminder": due or None,
            },
        )
    print(
        "Schedule:    "
        + (f"{policy.every} into {policy.folder}, keep {policy.keep}" if policy else "none set")
    )
    print(f"Last backup: {last.isoformat() if last else 'never'}")
    if due:
        print(due)
    return 0


def _every() -> list[str]:
    from circlesdesk.services import backups

    return sorted(backups.EVERY_DAYS)


# What register() adds (a command line that names one builds only its group).
COMMANDS = ("backup",)


def register(commands: Commands) -> None:
    """``backup create``, ``verify``, ``restore``, ``schedule`` and ``status``."""
    group = commands.group("backup", "encrypted backups of the vault")
    p = group.add("create", cmd_backup_create, "write a checked backup into a folder")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--keep", type=int, metavar="N", help="then delete all but the newest N")
    p.add_argument("--json", action="store_true")
    recovery_help = f"open the backup with its recovery code (or set ${RECOVERY_CODE_ENV})"
    p = group.add("verify", cmd_backup_verify, "check a backup without opening the vault")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--recovery-code-file", metavar="FILE", help=recovery_help)
    p.add_argument(
        "--work-dir",
        metavar="DIR",
        help="where the encrypted copy being checked is made (default: the temp folder)",
    )
    p.add_argument("--json", action="store_true")
    p = group.add("restore", cmd_backup_restore, "restore a backup into a new folder")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--to", required=True, metavar="NEWDIR", help="a new folder (never a vault)")
    p.add_argument("--recovery-code-file", metavar="FILE", help=recovery_help)
    p.add_argument("--json", action="store_true")
    p = group.add("schedule", cmd_backup_schedule, "set how often backups are due")
    p.add_argument("--folder", required=True, metavar="DIR")
    p.add_argument(
        "--every", required=True, choices=LazyChoices(_every), metavar="WHEN", help="%(choices)s"
    )
    p.add_argument("--keep", required=True, type=int, metavar="N")
    p.add_argument("--json", action="store_true")
    p = group.add("status", cmd_backup_status, "the schedule and the last backup")
    p.add_argument("--json", action="store_true")
