"""Office backups (issue #16): `backup create` and `backup verify` of the 50-circle × 3-year office
vault against a plain SQLCipher `.backup` of the same file, and the restore time.

The vault is the office benchmark's (:func:`bench.office.office_fixture`, built if this run has not
built it yet), copied and unlocked as the app unlocks it. The baseline is what `sqlite3 .backup`
does: the SQLite online backup API copying every page of the live database into a new file under
the same key, in one step, with no check and no manifest. ``create`` is
``services.backups.create_backup`` (``VACUUM INTO`` on one read snapshot, the copy opened and
checked page by page, audit chain and row counts, the file written under a temp name, fsynced,
read back and renamed, the audit row); ``verify`` is ``services.backups.verify_backup`` (the key
unwrapped with the fast Argon2id cost of the fixtures, the manifest's MAC, the SHA-256, the copy
checked page by page, audit chain, counts); ``restore`` is ``services.backups.restore_backup`` into
a new folder each time (the same checks, then the vault put in place and its replies moved on).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3

from bench import fixtures
from bench.office import office_fixture
from bench.report import Row, Unit, Verdict
from bench.session import Session
from bench.timing import Timing, measure
from circlesdesk.services import backups
from circlesdesk.vault import keyslots
from circlesdesk.vault.vault import KEYS_FILE, Vault

NAME = "backup"
RUNS = 3


def plain_backup(vault: Vault, key: bytes, target: Path) -> None:
    """What `sqlite3 .backup` does, under the vault's key: every page copied, nothing checked."""
    copy = sqlcipher3.connect(str(target))
    try:
        copy.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        vault.conn.backup(copy)
    finally:
        copy.close()


def run(session: Session) -> None:
    """Time the plain page copy, backup create, verify and restore on the office vault."""
    fixture = office_fixture(session.fixtures, say=session.say)
    with session.scratch("backup") as scratch:
        vault = fixtures.unlock(fixtures.copy_vault(fixture.office, scratch / "office"))
        try:
            _measure(session, vault, scratch)
        finally:
            vault.lock()


def _measure(session: Session, vault: Vault, scratch: Path) -> None:
    key = keyslots.load(vault.folder / KEYS_FILE).unwrap_with_passphrase(fixtures.PASSPHRASE)
    plain_target = scratch / "plain.db"
    out = scratch / "backups"

    def fresh_plain() -> None:
        plain_target.unlink(missing_ok=True)

    def fresh_out() -> None:
        shutil.rmtree(out, ignore_errors=True)

    session.say(f"plain .backup and backup create, {RUNS} rounds each")
    plain = measure(
        lambda: plain_backup(vault, key, plain_target), repeat=RUNS, warmup=1, before=fresh_plain
    )
    made: list[Path] = []

    def create() -> None:
        made.append(backups.create_backup(vault, out_dir=out)[0].path)

    created = measure(create, repeat=RUNS, warmup=1, before=fresh_out)
    path = made[-1]
    size = path.stat().st_size
    session.report(
        Row(
            benchmark=NAME,
            measured=f"backup create of the 50 circles × 3 years office vault "
            f"({vault.folder.joinpath('vault.db').stat().st_size / 1e6:.0f} MB live, "
            f"{size / 1e6:.0f} MB backup): copy, full check, manifest, atomic write",
            figure=created.median,
            unit=Unit.SECONDS,
            baseline=plain.median,
            baseline_label="plain `.backup` (online backup API, same key, no check)",
            ratio=created.median / plain.median,
            target="none (the issue sets none)",
            verdict=Verdict.INFO,
            n=created.n,
        )
    )

    session.say(f"backup verify and restore, {RUNS} rounds each")
    verified = measure(
        lambda: backups.verify_backup(path, passphrase=fixtures.PASSPHRASE), repeat=RUNS, warmup=1
    )
    session.report(
        Row(
            benchmark=NAME,
            measured="backup verify: key unwrapped, MAC, SHA-256, copy checked page by page, "
            "audit chain, every table counted",
            figure=verified.median,
            unit=Unit.SECONDS,
            baseline=plain.median,
            baseline_label="plain `.backup` of the same file",
            ratio=verified.median / plain.median,
            target="none (the issue sets none)",
            verdict=Verdict.INFO,
            n=verified.n,
        )
    )
    targets = iter(range(RUNS + 1))
    restore_to = scratch / "restored"

    def fresh_restore() -> None:
        shutil.rmtree(restore_to, ignore_errors=True)

    restored: Timing = measure(
        lambda: backups.restore_backup(
            path, to=restore_to / str(next(targets)), passphrase=fixtures.PASSPHRASE
        ),
        repeat=RUNS,
        warmup=1,
        before=fresh_restore,
    )
    session.report(
        Row(
            benchmark=NAME,
            measured="backup restore into a new folder (checked as verify does, put in place, "
            "replies moved on)",
            figure=restored.median,
            unit=Unit.SECONDS,
            baseline=plain.median,
            baseline_label="plain `.backup` of the same file",
            ratio=restored.median / plain.median,
            target="none (the issue sets none)",
            verdict=Verdict.INFO,
            n=restored.n,
        )
    )
