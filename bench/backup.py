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
The four are interleaved round by round (plain, create, verify, restore; plain, create, …), the
first round a warm-up.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3

from bench import fixtures
from bench.office import office_fixture
from bench.report import Row, Unit, Verdict
from bench.session import Session
from bench.timing import Stopwatch, Timing
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
    restore_to = scratch / "restored"
    samples: dict[str, list[float]] = {"plain": [], "create": [], "verify": [], "restore": []}
    made: list[Path] = []

    def plain() -> None:
        plain_target.unlink(missing_ok=True)
        with Stopwatch() as watch:
            plain_backup(vault, key, plain_target)
        samples["plain"].append(watch.elapsed)

    def create() -> None:
        shutil.rmtree(out, ignore_errors=True)
        with Stopwatch() as watch:
            made.append(backups.create_backup(vault, out_dir=out)[0].path)
        samples["create"].append(watch.elapsed)

    def verify() -> None:
        with Stopwatch() as watch:
            backups.verify_backup(made[-1], passphrase=fixtures.PASSPHRASE)
        samples["verify"].append(watch.elapsed)

    def restore() -> None:
        shutil.rmtree(restore_to, ignore_errors=True)
        with Stopwatch() as watch:
            backups.restore_backup(made[-1], to=restore_to, passphrase=fixtures.PASSPHRASE)
        samples["restore"].append(watch.elapsed)

    # Interleaved, A B A B: each round times the plain page copy, then create, verify and restore
    # of the backup just made, so a slower moment of this shared machine costs each alike. The
    # first round warms the caches and is not counted.
    session.say(f"plain .backup, backup create, verify and restore interleaved, {RUNS} rounds")
    for _round in range(RUNS + 1):
        for step in (plain, create, verify, restore):
            step()
    timings = {name: Timing(tuple(times[1:])) for name, times in samples.items()}
    baseline = timings["plain"]
    size = made[-1].stat().st_size
    live = vault.folder.joinpath("vault.db").stat().st_size
    measured = {
        "create": "backup create of the 50 circles × 3 years office vault "
        f"({live / 1e6:.0f} MB live, {size / 1e6:.0f} MB backup): copy, full check, manifest, "
        "atomic write",
        "verify": "backup verify: key unwrapped, MAC, SHA-256, copy checked page by page, "
        "audit chain, every table counted",
        "restore": "backup restore into a new folder (checked as verify does, put in place, "
        "replies moved on)",
    }
    for name, text in measured.items():
        timing = timings[name]
        session.report(
            Row(
                benchmark=NAME,
                measured=text,
                figure=timing.median,
                unit=Unit.SECONDS,
                baseline=baseline.median,
                baseline_label="plain `.backup` (online backup API, same key, no check), "
                "interleaved",
                ratio=timing.median / baseline.median,
                target="none (the issue sets none)",
                verdict=Verdict.INFO,
                n=timing.n,
            )
        )
