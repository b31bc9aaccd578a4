"""The backup schedule and its reminder, and backups under the retention policy: keep N deletes
the older backups, so a circle deleted under the policy leaves the last backup that held it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from circlesdesk.errors import ValidationError
from circlesdesk.services import backups, meetings, retention
from circlesdesk.vault.vault import Vault
from tests.unit.services import test_retention
from tests.unit.services.test_retention import SECRET_WORDS, TODAY
from tests.vault_kit import PASSPHRASE, file_snapshot

# The office of test_retention.py: OLD-001, closed in 2025, is due for deletion on TODAY.
office = test_retention.office


def test_the_reminder_follows_the_schedule(office_vault: Vault, tmp_path: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    assert backups.reminder(office_vault, now=now) is None  # no schedule: nothing to remind of
    backups.set_policy(office_vault, folder=str(tmp_path), every="weekly", keep=4)
    assert str(backups.reminder(office_vault, now=now)) == (
        "No backup of the office vault has been made yet. Open Backups and make one now."
    )
    backups.scheduled_backup(office_vault)
    assert backups.reminder(office_vault, now=now + dt.timedelta(days=6, hours=23)) is None
    late = backups.reminder(office_vault, now=now + dt.timedelta(days=7, minutes=1))
    assert late is not None
    assert str(late).startswith(
        f"The last checked backup of the office vault was made on {now.date()}"
    )
    assert backups.is_due(office_vault, now=now + dt.timedelta(days=8))


@pytest.mark.parametrize(
    ("folder", "every", "keep", "sentence"),
    [
        ("", "daily", 3, "Choose the folder the backups go to (a full path)."),
        ("/backups", "hourly", 3, "Choose daily or weekly backups."),
        ("/backups", "daily", 0, "Keep between 1 and 365 backups (older ones are deleted)."),
    ],
)
def test_a_bad_schedule_is_refused_and_not_stored(
    office_vault: Vault, office_vault_dir: Path, folder: str, every: str, keep: int, sentence: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        backups.set_policy(office_vault, folder=folder, every=every, keep=keep)
    assert str(refused.value) == sentence
    assert backups.policy(office_vault) is None


def test_keep_n_makes_a_circle_deleted_under_retention_leave_the_backups(
    office: Vault, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    first, _ = backups.create_backup(office, out_dir=folder, keep=2)
    assert _found(first.path, tmp_path / "first")  # what the check below would see
    [due] = retention.due_for_deletion(office, TODAY)
    retention.delete_due(office, [due.uuid], today=TODAY)
    second, deleted = backups.create_backup(office, out_dir=folder, keep=2)
    assert deleted == [] and first.path.exists()  # the older backup still holds OLD-001 …
    third, deleted = backups.create_backup(office, out_dir=folder, keep=2)
    assert deleted == [first.path] and not first.path.exists()  # … until N newer ones exist
    assert backups.backups_in(office, folder) == [second.path, third.path]
    assert first.manifest.counts["circle"] == third.manifest.counts["circle"] + 1

    for kept in (second, third):
        assert not _found(kept.path, tmp_path / kept.path.stem)


def _found(backup: Path, target: Path) -> bool:
    """Whether a backup, restored into ``target``, holds any of OLD-001's words."""
    backups.restore_backup(backup, to=target, passphrase=PASSPHRASE)
    with Vault.unlock(target, passphrase=PASSPHRASE) as restored:
        return any(meetings.search_records(restored, word) for word in SECRET_WORDS)


def test_a_failed_backup_leaves_nothing_and_records_nothing(
    office_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_fails(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.files, "_hash_file", disk_fails)
    with pytest.raises(OSError):
        backups.create_backup(office_vault, out_dir=tmp_path / "usb")
    assert list((tmp_path / "usb").iterdir()) == []
    assert backups.last_backup(office_vault) is None
    assert file_snapshot(tmp_path / "usb") == {}
