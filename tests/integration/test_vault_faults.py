"""Killing the real command line at each named step of rotate-key, passwd, recover, a migration
and an import: afterwards exactly the documented passphrase and recovery code open the vault.

Each run starts ``circlesdesk`` in a child process whose ``crashpoints.hook`` sends the process
SIGKILL when it reaches one named step (``circlesdesk/crashpoints.py``; the app never sets the
hook). The run must really die there (exit by SIGKILL, so a renamed step cannot make the test
pass by never being reached). Then the vault is opened as a user would, and the table in
docs/vault-format.md ("What a kill leaves") is checked: which passphrase and which recovery code
open it, whether the next unlock shows a new recovery code, that every record is there, and that
no temp file, pending key file or half backup is left.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from circlesdesk import cli
from circlesdesk.domain.enums import Role
from circlesdesk.services import meetings, setup
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import importer
from circlesdesk.vault import keyslots
from circlesdesk.vault.errors import WrongPassphrase, WrongRecoveryCode
from circlesdesk.vault.migrations import LATEST_VERSION
from circlesdesk.vault.vault import BACKUP_DIR, DATABASE_FILE, KEYS_FILE, LOCK_FILE, Vault
from tests.vault_kit import (
    CIRCLE_CODE,
    FAST_KDF,
    OTHER_PASSPHRASE,
    PASSPHRASE,
    Template,
    copy_vault,
    data_key,
    raw_connection,
)

pytestmark = pytest.mark.slow

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "vault-v1"
GOLDEN_PASSPHRASE = "golden vault passphrase v1"
GOLDEN_CODE = "SHXX-6W9Y-Y1TR-8780-2F2M-35QN"
RECOVERY_CODE = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){5}\b")
BACKUP_STAMP = "vault-v6-20991231T000000Z"  # a backup still within its keeping time

# The child: kill this process (SIGKILL, as `kill -9` would) on reaching the step named first.
CHILD = """
import os, signal, sys
from circlesdesk import crashpoints
from circlesdesk.cli import main
from circlesdesk.vault import keyslots

STEP = sys.argv[1]

def kill_at(step):
    if step == STEP:
        os.kill(os.getpid(), signal.SIGKILL)

crashpoints.hook = kill_at
# New slots with the fastest real Argon2id, as the tests' vaults have (calibration is not tested).
keyslots.calibrate_kdf = lambda *a, **k: keyslots.KdfParams(memory_kib=65536, iterations=1, lanes=1)
raise SystemExit(main(sys.argv[2:]))
"""


def kill_at(step: str, folder: Path, *argv: str, **secrets: str) -> str:
    """Run ``circlesdesk --data-dir FOLDER ARGV`` until ``step``; its stdout so far."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **secrets}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, step, "--data-dir", str(folder), *argv],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL, (step, done.returncode, done.stderr)
    return done.stdout


def open_with_cli(
    folder: Path,
    passphrase: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[int, dict[str, object], str]:
    """``circlesdesk status --json`` as a user would run it: (exit code, status, stderr)."""
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", passphrase)
    code = cli.main(["--data-dir", str(folder), "status", "--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else {}), err


def opens_with_passphrase(folder: Path, passphrase: str) -> bool:
    try:
        Vault.unlock(folder, passphrase=passphrase).lock()
    except WrongPassphrase:
        return False
    return True


def opens_with_code(folder: Path, code: str, *, passphrase: str) -> bool:
    """Whether the code opens the vault (the passphrase is set to ``passphrase`` again)."""
    try:
        Vault.recover(folder, recovery_code=code, new_passphrase=passphrase, kdf=FAST_KDF).lock()
    except WrongRecoveryCode:
        return False
    return True


def assert_tidy(folder: Path) -> None:
    """Only the vault's own files: no temp file, pending key file or half backup."""
    names = {p.name for p in folder.iterdir()} - {LOCK_FILE, BACKUP_DIR}
    assert names <= {DATABASE_FILE, KEYS_FILE}, names
    backups = folder / BACKUP_DIR
    if backups.is_dir():
        stems: dict[str, set[str]] = {}
        for path in backups.iterdir():
            assert not path.name.startswith("."), path.name
            stem, suffix = path.name.rsplit(".", 1)
            stems.setdefault(stem, set()).add(suffix)
        assert all(suffixes == {"db", "keys"} for suffixes in stems.values()), stems


@pytest.fixture
def office(office_vault_dir: Path) -> Path:
    """The office vault with circle SW-014 and one recorded meeting."""
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        meetings.record_meeting(
            vault, circle_code=CIRCLE_CODE, held_on="2026-03-02", minutes="Allotment news."
        )
    return office_vault_dir


def counts(folder: Path, passphrase: str) -> dict[str, int]:
    with Vault.unlock(folder, passphrase=passphrase) as vault:
        return dict(setup.status(vault).counts)


# -- rotate-key ----------------------------------------------------------------------------------

# Step -> which key opens the vault afterwards ("old": the old recovery code still works and no
# code is shown; "new": the next unlock shows the new recovery code, the old one opens nothing).
ROTATE_STEPS = {
    "write.vault.code.next.temp-written": "old",
    "rotate.code-written": "old",
    "write.vault.keys.next.temp-written": "old",
    "rotate.pending-written": "old",
    "rotate.rekeyed": "new",
    "rotate.keys-replaced": "new",
    "rotate.recorded": "new",
    "cli.rotate-code-printed": "new",
}


@pytest.mark.parametrize("step", list(ROTATE_STEPS))
def test_rotate_key_killed_at_each_step(
    step: str,
    office: Path,
    circle_template: Template,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = counts(office, PASSPHRASE)
    old_code = circle_template.recovery_code
    printed = kill_at(step, office, "rotate-key", CIRCLESDESK_PASSPHRASE=PASSPHRASE)

    code, status, err = open_with_cli(office, PASSPHRASE, capsys, monkeypatch)
    assert code == 0, err
    assert status["counts"] == before
    shown = RECOVERY_CODE.findall(err)
    assert_tidy(office)
    if ROTATE_STEPS[step] == "old":
        assert (shown, err) == ([], "")
        assert not opens_with_code(office, "0000-0000-0000-0000-0000-0000", passphrase=PASSPHRASE)
        assert opens_with_code(office, old_code, passphrase=PASSPHRASE)
    else:
        assert len(shown) == 1, err
        assert err.startswith("A change of the vault's key was interrupted.")
        if step == "cli.rotate-code-printed":
            assert RECOVERY_CODE.findall(printed) == shown  # the one printed before the kill
        assert open_with_cli(office, PASSPHRASE, capsys, monkeypatch)[2] == ""  # shown once
        assert not opens_with_code(office, old_code, passphrase=PASSPHRASE)
        assert opens_with_code(office, shown[0], passphrase=PASSPHRASE)
    assert counts(office, PASSPHRASE) == before


# -- passwd (with a migration backup in the folder) ---------------------------------------------

# Step -> (the passphrase that opens the vault, the one that opens the backup's key file).
PASSWD_STEPS = {
    "passwd.backups-rewrapped": ("old", "new"),
    "write.vault.keys.temp-written": ("old", "new"),
    "write.vault.keys.renamed": ("new", "new"),
    "passwd.keys-saved": ("new", "new"),
    "passwd.recorded": ("new", "new"),
}


@pytest.mark.parametrize("step", list(PASSWD_STEPS))
def test_passwd_killed_at_each_step(step: str, office: Path, circle_template: Template) -> None:
    before = counts(office, PASSPHRASE)
    backups = office / BACKUP_DIR
    backups.mkdir(mode=0o700)
    for name, suffix in ((DATABASE_FILE, "db"), (KEYS_FILE, "keys")):
        (backups / f"{BACKUP_STAMP}.{suffix}").write_bytes((office / name).read_bytes())
    kill_at(
        step,
        office,
        "passwd",
        CIRCLESDESK_PASSPHRASE=PASSPHRASE,
        CIRCLESDESK_NEW_PASSPHRASE=OTHER_PASSPHRASE,
    )
    vault_side, backup_side = PASSWD_STEPS[step]
    passphrases = {"old": PASSPHRASE, "new": OTHER_PASSPHRASE}
    opening, refused = passphrases[vault_side], passphrases["new" if vault_side == "old" else "old"]
    assert opens_with_passphrase(office, opening)
    assert not opens_with_passphrase(office, refused)
    assert counts(office, opening) == before
    backup_keys = keyslots.load(backups / f"{BACKUP_STAMP}.keys")
    backup_key = backup_keys.unwrap_with_passphrase(passphrases[backup_side])
    assert backup_key == data_key(office, opening)
    with pytest.raises(WrongPassphrase):
        backup_keys.unwrap_with_passphrase(PASSPHRASE)  # the old passphrase opens no backup
    assert opens_with_code(office, circle_template.recovery_code, passphrase=opening)
    assert_tidy(office)


# -- recover -----------------------------------------------------------------------------------

RECOVER_STEPS = {
    "write.vault.keys.temp-written": "old",
    "write.vault.keys.renamed": "new",
    "recover.keys-saved": "new",
    "recover.recorded": "new",
}


@pytest.mark.parametrize("step", list(RECOVER_STEPS))
def test_recover_killed_at_each_step(step: str, office: Path, circle_template: Template) -> None:
    before = counts(office, PASSPHRASE)
    kill_at(
        step,
        office,
        "recover",
        CIRCLESDESK_RECOVERY_CODE=circle_template.recovery_code,
        CIRCLESDESK_NEW_PASSPHRASE=OTHER_PASSPHRASE,
    )
    opening, refused = (
        (PASSPHRASE, OTHER_PASSPHRASE)
        if RECOVER_STEPS[step] == "old"
        else (OTHER_PASSPHRASE, PASSPHRASE)
    )
    assert opens_with_passphrase(office, opening)
    assert not opens_with_passphrase(office, refused)
    assert counts(office, opening) == before
    assert opens_with_code(office, circle_template.recovery_code, passphrase=opening)
    assert_tidy(office)


# -- a migration (the golden version-1 vault) ------------------------------------------------------

MIGRATION_STEPS = [
    "migrate.backup-db-copied",
    "migrate.backup-keys-copied",
    "migrate.backup-db-renamed",
    "migrate.backup-keys-renamed",
    "migrate.to-2",
    f"migrate.to-{LATEST_VERSION}",
]


@pytest.fixture(scope="module")
def migrated_counts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    folder = copy_vault(GOLDEN, tmp_path_factory.mktemp("golden") / "vault")
    return counts(folder, GOLDEN_PASSPHRASE)


@pytest.mark.parametrize("step", MIGRATION_STEPS)
def test_a_migration_killed_at_each_step(
    step: str, tmp_path: Path, migrated_counts: dict[str, int]
) -> None:
    folder = copy_vault(GOLDEN, tmp_path / "vault")
    kill_at(step, folder, "status", CIRCLESDESK_PASSPHRASE=GOLDEN_PASSPHRASE)
    assert counts(folder, GOLDEN_PASSPHRASE) == migrated_counts  # migrated on this unlock
    assert_tidy(folder)
    assert opens_with_code(folder, GOLDEN_CODE, passphrase=GOLDEN_PASSPHRASE)
    backups = sorted((folder / BACKUP_DIR).glob("*.db"))
    assert backups, "the unlock that finished the migration took its backup"
    for backup in backups:  # every backup is whole: it opens with the key of its key file
        key = keyslots.load(backup.with_suffix(".keys")).unwrap_with_passphrase(GOLDEN_PASSPHRASE)
        pair = copy_vault(folder, tmp_path / backup.stem)
        pair.joinpath(DATABASE_FILE).write_bytes(backup.read_bytes())
        with raw_connection(pair, key) as conn:
            assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]


# -- an import -------------------------------------------------------------------------------------

IMPORT_STEPS = {"import.read": "old", "transaction.commit": "old", "import.done": "new"}


@pytest.fixture
def bundle_for(circle_template: Template, tmp_path: Path) -> tuple[Path, Path]:
    """(the office vault, a bundle from its volunteer with one meeting) both on disk, locked."""
    office = copy_vault(circle_template.folder, tmp_path / "office")
    alice, _ = setup.create_vault(
        tmp_path / "alice",
        role=Role.VOLUNTEER,
        name="Alice Marsh",
        passphrase=PASSPHRASE,
        kdf=FAST_KDF,
    )
    with alice, Vault.unlock(office, passphrase=PASSPHRASE) as office_vault:
        request, _ = sync_service.enrollment_request(alice)
        enrolled = sync_service.enroll(office_vault, request, assign=[CIRCLE_CODE])
        importer.import_bundle(alice, enrolled.welcome.data)
        meetings.record_meeting(
            alice, circle_code=CIRCLE_CODE, held_on="2026-03-09", minutes="The bus was late."
        )
        (bundle,) = sync_service.export(alice)
    path = tmp_path / bundle.file_name
    path.write_bytes(bundle.data)
    return office, path


@pytest.mark.parametrize("step", list(IMPORT_STEPS))
def test_an_import_killed_at_each_step(
    step: str, bundle_for: tuple[Path, Path], circle_template: Template
) -> None:
    office, bundle = bundle_for
    before = counts(office, PASSPHRASE)
    kill_at(step, office, "import", str(bundle), CIRCLESDESK_PASSPHRASE=PASSPHRASE)
    after = counts(office, PASSPHRASE)
    if IMPORT_STEPS[step] == "old":
        assert after == before
    else:
        assert after["meetings"] == before["meetings"] + 1
    assert opens_with_code(office, circle_template.recovery_code, passphrase=PASSPHRASE)
    with Vault.unlock(office, passphrase=PASSPHRASE) as vault:  # importing again completes it
        sync_service.import_file(vault, bundle)
        assert setup.status(vault).counts["meetings"] == before["meetings"] + 1
    assert_tidy(office)
