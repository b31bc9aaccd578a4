"""`circlesdesk backup …`: create (and keep N), verify, restore, schedule; each bad input one
sentence with its own exit code, nothing changed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from circlesdesk.cli import exits
from circlesdesk.vault import backup
from tests.unit import test_cli
from tests.unit.test_cli import Run, one_sentence
from tests.vault_kit import OTHER_PASSPHRASE, file_snapshot, flip_bytes

# test_cli.py's fixtures: `circlesdesk …` in this process, and the office vault as the data dir.
run = test_cli.run
unlocked_by_env = test_cli.unlocked_by_env


def _create(run: Run, folder: Path, *extra: str) -> dict[str, object]:
    code, out, err = run("backup", "create", "--out", str(folder), "--json", *extra)
    assert (code, err) == (0, "")
    made: dict[str, object] = json.loads(out)
    return made


def test_backup_create_writes_a_checked_backup_and_verify_reads_it_back(
    run: Run, unlocked_by_env: Path, tmp_path: Path
) -> None:
    made = _create(run, tmp_path / "backups")
    code, out, err = run("backup", "verify", str(made["file"]))
    assert (code, err) == (0, "")
    assert out.startswith("The backup is sound: made ")
    code, out, _ = run("backup", "verify", str(made["file"]), "--json")
    assert json.loads(out)["counts"] == made["counts"]


def test_keep_n_deletes_the_older_backups(run: Run, unlocked_by_env: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    (folder / "elsewhere").mkdir(parents=True)
    (folder / "notes.txt").write_text("not a backup: never deleted")
    names = [Path(str(_create(run, folder, "--keep", "2")["file"])).name for _ in range(4)]
    assert len(set(names)) == 4  # made within a second or two: each still has its own name
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*names[-2:], "elsewhere", "notes.txt"]
    )


@pytest.mark.parametrize(
    ("damage", "exit_code"),
    [("flip", backup.BackupDamaged.exit_code), ("manifest", backup.ManifestMismatch.exit_code)],
)
def test_verify_names_a_damaged_backup_or_a_wrong_manifest(
    run: Run, unlocked_by_env: Path, tmp_path: Path, damage: str, exit_code: int
) -> None:
    path = Path(str(_create(run, tmp_path)["file"]))
    if damage == "flip":
        flip_bytes(path, path.stat().st_size - 5000, count=1)
    else:
        # Same length, so the file still parses: the manifest claims one schema version less.
        data = path.read_bytes()
        found = re.search(rb'"schema_version": (\d+)', data)
        assert found is not None
        # Padded with a space (JSON allows it) when the number loses a digit (10 → " 9").
        older = str(int(found.group(1)) - 1).encode().rjust(len(found.group(1)))
        path.write_bytes(data[: found.start(1)] + older + data[found.end(1) :])
    before = file_snapshot(unlocked_by_env)
    code, out, err = run("backup", "verify", str(path))
    assert (code, out) == (exit_code, "")
    assert "Do not rely on it" in one_sentence(err)
    assert file_snapshot(unlocked_by_env) == before


def test_bad_inputs_each_have_their_sentence_and_exit_code(
    run: Run, unlocked_by_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path(str(_create(run, tmp_path / "b")["file"]))
    (tmp_path / "text.txt").write_text("not a backup")
    before = file_snapshot(unlocked_by_env)

    code, _, err = run("backup", "verify", str(tmp_path / "text.txt"))
    assert code == backup.NotABackup.exit_code
    assert one_sentence(err).startswith("This file is not a CirclesDesk backup")

    code, _, err = run("backup", "restore", str(path), "--to", str(unlocked_by_env))
    assert code == backup.RestoreTargetInUse.exit_code
    assert "never restores over a vault" in one_sentence(err)

    code, _, err = run("backup", "create", "--out", str(tmp_path / "c"), "--keep", "0")
    assert code == exits.BAD_INPUT
    assert one_sentence(err).startswith("Keep between 1 and 365 backups")
    assert not (tmp_path / "c").exists()

    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", OTHER_PASSPHRASE)
    code, _, err = run("backup", "verify", str(path))
    assert code == 8  # the wrong passphrase
    assert "passphrase" in one_sentence(err).lower()
    assert file_snapshot(unlocked_by_env) == before


def test_schedule_and_status(run: Run, unlocked_by_env: Path, tmp_path: Path) -> None:
    code, out, err = run("backup", "status")
    assert "Schedule:    none set" in out and "Last backup: never" in out
    code, out, err = run(
        "backup", "schedule", "--folder", str(tmp_path), "--every", "daily", "--keep", "7"
    )
    assert (code, err) == (0, "")
    code, out, err = run("backup", "status")
    assert f"daily into {tmp_path}, keep 7" in out
    assert "No backup of the office vault has been made yet" in out
    _create(run, tmp_path)
    code, out, err = run("backup", "status")
    assert "No backup" not in out and "Last backup: never" not in out
