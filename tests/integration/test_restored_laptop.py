"""End to end: a laptop restored from a copy taken before its last export loses no minutes.

Alice's laptop sends two bundles; it is then restored from a copy taken between them. On the
restored laptop she records a meeting and exports; the office takes that bundle for a fork; the
office's reply tells the laptop what the office holds; the laptop's next bundle brings the
restored meeting to the office. At every step, nothing is purged on the laptop that the office
does not hold. Files go through the services as the app's pages and commands use them.
"""

from __future__ import annotations

from pathlib import Path

from circlesdesk.domain.records import Meeting
from circlesdesk.services import sync as sync_service
from circlesdesk.sync.importer import State
from circlesdesk.vault import store
from tests.sync_kit import Org


def carry(org: Org, sender: str, to: str, folder: Path) -> sync_service.importer.ImportResult:
    """Export the next bundle from ``sender`` (a volunteer, or the office to ``to``), write it
    to a file, and import that file at the other end."""
    vault = org.vault(sender)
    bundles = (
        sync_service.export(vault)
        if sender != "office"
        else sync_service.export(vault, to=org.device_id(to))
    )
    (path,) = sync_service.write_bundles(bundles, out=None, out_dir=folder)
    return sync_service.import_file(org.vault(to if sender == "office" else "office"), path)


def uuids(org: Org, name: str) -> set[str]:
    return {m.uuid for m in store.find(org.vault(name).conn, Meeting)}


def test_a_restored_laptop_loses_no_minutes_and_the_office_gets_them_all(
    org: Org, tmp_path: Path
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    org.set_retention(2)  # meetings older than two weeks leave the laptop once confirmed
    first = org.meeting("alice", weeks_ago=5, minutes="First, confirmed before the backup.")
    assert carry(org, "alice", "office", files).state is State.READY
    assert carry(org, "office", "alice", files).purged == 1  # the office holds it
    backup = org.backup("alice", tmp_path / "alice-backup")
    second = org.meeting("alice", weeks_ago=4, minutes="Second, exported after the backup.")
    assert carry(org, "alice", "office", files).state is State.READY

    org.restore("alice", backup)  # the copy taken before the last export
    restored = org.meeting("alice", weeks_ago=3, minutes="Recorded on the restored laptop.")
    laptop_before = uuids(org, "alice")
    assert carry(org, "alice", "office", files).state is State.FORK
    assert restored.uuid not in uuids(org, "office")

    answer = carry(org, "office", "alice", files)

    assert (answer.state, answer.restored) == (State.READY, True)
    assert uuids(org, "alice") == laptop_before  # nothing purged: the office holds none of it
    resent = carry(org, "alice", "office", files)
    assert resent.state is State.READY
    office_holds = uuids(org, "office")
    assert {first.uuid, second.uuid, restored.uuid} <= office_holds
    assert store.get(org.office.conn, Meeting, restored.uuid) == restored

    final = carry(org, "office", "alice", files)

    assert (final.restored, final.purged) == (False, 1)
    purged = laptop_before - uuids(org, "alice")
    assert purged == {restored.uuid} and purged <= office_holds
    status = sync_service.sync_status(org.alice)
    assert status.unsynced == {} and status.last_receipt == status.last_sent
    quarantined = [row.quarantined for row in sync_service.devices(org.office)]
    assert sorted(quarantined) == [0, 1]  # one fork, then the chain goes on
    # The laptop's later bundles are ordinary ones again.
    org.meeting("alice", minutes="A week later.")
    assert carry(org, "alice", "office", files).state is State.READY
