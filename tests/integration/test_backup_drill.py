"""The restore drill, end to end through the command line: the office backs up, works on, loses
its vault, restores the backup into a new folder and carries on with the laptops.

Every step is a separate `circlesdesk` process, as a coordinator would run them. What the
office received after the backup is still in its inbox folder (bundle files are kept until the
coordinator deletes them): re-importing them is part of the drill (docs/user-guide.md).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.integration.cli_kit import run
from tests.sync_kit import CIRCLE, Org
from tests.vault_kit import file_snapshot


def _meeting(folder: Path, minutes: str) -> None:
    run(
        folder,
        *("meeting", "add", "--circle", CIRCLE, "--date", dt.date.today().isoformat()),
        *("--minutes", minutes, "--again"),
    )


def _minutes(folder: Path) -> list[str]:
    return sorted(m["minutes"] for m in run(folder, "meeting", "list", "--json").json())


def _send(folder: Path, out: Path) -> Path:
    run(folder, "export", "--out", str(out))
    return out


def test_restore_drill_the_restored_office_carries_on_with_nothing_lost_or_doubled(
    org: Org, tmp_path: Path
) -> None:
    office, alice = org.folders["office"], org.folders["alice"]
    alice_id = org.device_id("alice")
    org.close_all()
    inbox, backups = tmp_path / "inbox", tmp_path / "backups"
    inbox.mkdir()

    _meeting(alice, "First meeting.")
    run(office, "import", str(_send(alice, inbox / "a1.cdb")))
    made = run(office, "backup", "create", "--out", str(backups), "--json").json()
    backup_file = made["file"]
    assert made["counts"]["meeting"] == 1

    # After the backup: a second bundle comes in and a reply goes out, then the office is lost.
    _meeting(alice, "Second meeting.")
    run(office, "import", str(_send(alice, inbox / "a2.cdb")))
    run(office, "export", "--to", alice_id, "--out", str(tmp_path / "r1.cdb"))
    run(alice, "import", str(tmp_path / "r1.cdb"))

    checked = run(office, "backup", "verify", backup_file, "--json").json()
    assert checked["counts"] == made["counts"]

    # Never over the live vault: one sentence, its own exit code, nothing changed.
    before = file_snapshot(office)
    refused = run(office, "backup", "restore", backup_file, "--to", str(office), expect=23)
    assert refused.err.startswith("The folder chosen for the restore already holds a vault.")
    assert file_snapshot(office) == before

    restored = tmp_path / "restored"
    result = run(office, "backup", "restore", backup_file, "--to", str(restored))
    assert str(restored) in result.out
    assert _minutes(restored) == ["First meeting."]

    # The drill: re-import what came in since the backup, then carry on.
    run(restored, "import", str(inbox / "a2.cdb"))
    _meeting(alice, "Third meeting.")
    run(restored, "import", str(_send(alice, inbox / "a3.cdb")))
    assert _minutes(restored) == ["First meeting.", "Second meeting.", "Third meeting."]

    run(restored, "export", "--to", alice_id, "--out", str(tmp_path / "r2.cdb"))
    (reply,) = run(alice, "import", str(tmp_path / "r2.cdb"), "--json").json()
    assert reply["state"] == "ready"  # imported, not held as a fork
    status = run(alice, "status", "--json").json()
    assert status["sync"]["unsynced"] == {}
    assert run(restored, "check").code == 0
