"""End to end through the command line: an office and two volunteers, each in its own folder and
each command a separate `circlesdesk` process, as a coordinator and volunteers would run them.

The story: enrollment with fingerprints compared, meetings (one with an urgent concern), bundles
to the office and replies back, receipts, the retention purge, a revoked laptop, and a rotated
office key with a bundle still in transit. Only one step is not a command: there is no command
to change the office's retention period yet, so the test changes it in the office vault through
the same record store the office would use.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from circlesdesk.domain.records import OfficeConfig
from circlesdesk.vault import audit, database, store
from circlesdesk.vault.vault import Vault
from tests.integration.cli_kit import run, run_together
from tests.vault_kit import PASSPHRASE

CIRCLE = "SW-014"
RETENTION_WEEKS = 4  # the default is 12: meetings 6–8 weeks old are purged only if this travels


def day(weeks_ago: int = 0, days_ago: int = 0) -> str:
    return (dt.date.today() - dt.timedelta(weeks=weeks_ago, days=days_ago)).isoformat()


def statuses(*folders: Path) -> list[dict[str, Any]]:
    """`status --json` of several vaults, run side by side."""
    return [result.json() for result in run_together([(f, ("status", "--json")) for f in folders])]


def meeting_minutes(folder: Path) -> dict[str, list[int]]:
    """Minutes text → concern levels of every meeting the vault holds."""
    listed = run(folder, "meeting", "list", "--json").json()
    return {m["minutes"]: m["concern_levels"] for m in listed}


def set_retention(office: Path, weeks: int) -> None:
    with Vault.unlock(office, passphrase=PASSPHRASE) as vault:
        (config,) = store.find(vault.conn, OfficeConfig)
        with database.transaction(vault.conn):
            store.save(vault.conn, config.revised(retention_weeks=weeks))


def audit_actions(folder: Path) -> list[str]:
    with Vault.unlock(folder, passphrase=PASSPHRASE) as vault:
        return [entry.action for entry in reversed(audit.entries(vault.conn))]


def meeting(folder: Path, date: str, minutes: str, *extra: str) -> tuple[Path, tuple[str, ...]]:
    """A `meeting add` command for ``run_together``."""
    return folder, (
        "meeting",
        "add",
        "--circle",
        CIRCLE,
        "--date",
        date,
        "--minutes",
        minutes,
        *extra,
    )


def test_office_and_two_volunteers_sync_through_the_command_line(tmp_path: Path) -> None:
    office, alice, ben = tmp_path / "office", tmp_path / "alice", tmp_path / "ben"
    files = tmp_path / "files"
    files.mkdir()

    # -- three vaults, two enrollments, fingerprints compared ---------------------------------
    created = run_together(
        [
            (office, ("init", "--role", "office", "--name", "Riverside Office")),
            (alice, ("init", "--role", "volunteer", "--name", "Alice Marsh")),
            (ben, ("init", "--role", "volunteer", "--name", "Ben Okafor")),
        ]
    )
    printed = [run.fingerprints() for run in created]
    identity = dict(zip(("office", "alice", "ben"), statuses(office, alice, ben), strict=True))
    assert printed == [[identity[name]["fingerprint"]] for name in ("office", "alice", "ben")]
    office_fingerprint = identity["office"]["fingerprint"]
    volunteers = {"alice": alice, "ben": ben}
    _circle, *requests = run_together(
        [
            (
                office,
                (
                    "circle",
                    "add",
                    "--code",
                    CIRCLE,
                    "--core-member",
                    "Kestrel",
                    "--volunteer",
                    "Alice Marsh",
                    "--volunteer",
                    "Ben Okafor",
                ),
            ),
            *[
                (folder, ("enroll-request", "--out", str(files / f"{name}.req")))
                for name, folder in volunteers.items()
            ],
        ]
    )
    for name, request in zip(volunteers, requests, strict=True):
        assert request.fingerprints() == [identity[name]["fingerprint"]]
        enrolled = run(
            office,
            "enroll",
            str(files / f"{name}.req"),
            "--assign",
            CIRCLE,
            "--out",
            str(files / f"{name}-welcome.cdb"),
        )
        assert enrolled.fingerprints() == [identity[name]["fingerprint"]]
        assert identity[name]["device_id"] in enrolled.out
    welcomes = run_together(
        [
            (
                folder,
                (
                    "import",
                    str(files / f"{name}-welcome.cdb"),
                    # read out by the coordinator (`status`); trust on first use
                    "--office-fingerprint",
                    office_fingerprint,
                ),
            )
            for name, folder in volunteers.items()
        ]
    )
    for welcome, seen in zip(welcomes, statuses(alice, ben), strict=True):
        assert welcome.fingerprints() == [office_fingerprint]
        assert seen["counts"]["circles"] == 1
        assert seen["sync"] == {
            "office": "Riverside Office",
            "office_fingerprint": office_fingerprint,
            "last_sent": 0,
            "last_receipt": 0,
            "unsynced": {},
        }
    set_retention(office, RETENTION_WEEKS)

    # -- meetings, bundles to the office ------------------------------------------------------
    run_together(
        [
            meeting(
                alice,
                day(days_ago=3),
                "Kestrel spoke about his new job.",
                "--present",
                "Alice Marsh,Kestrel",
                "--concern",
                "3:supervision:Kestrel said he missed his curfew on Friday.",
                "--called-at",
                "19:45",
            ),
            meeting(
                ben, day(days_ago=2), "A quiet meeting at the library.", "--present", "Kestrel"
            ),
        ]
    )
    run_together(
        [meeting(alice, day(weeks_ago=6), "An old meeting about housing.", "--present", "Kestrel")]
    )
    exports = run_together(
        [
            meeting(alice, day(weeks_ago=7), "An older meeting about money."),
            (ben, ("export", "--out", str(files / "ben-1.cdb"), "--json")),
        ]
    )
    assert exports[1].json()[0]["counts"] == {"meeting": 1, "attendance": 1}
    (alice_export,) = run_together(
        [(alice, ("export", "--out", str(files / "alice-1.cdb"), "--json"))]
    )
    assert alice_export.json()[0]["counts"] == {"meeting": 3, "attendance": 3, "concern": 1}

    reports, _late = run_together(
        [
            (office, ("import", str(files / "alice-1.cdb"), str(files / "ben-1.cdb"), "--json")),
            # Alice writes an old meeting after her export: no receipt will cover it yet.
            meeting(alice, day(weeks_ago=8), "Written up late, after the export."),
        ]
    )
    assert [
        (r["state"], r["sender_name"], r["sequence"], r["outcomes"]) for r in reports.json()
    ] == [
        ("ready", "Alice Marsh", 1, {"new": 7}),
        ("ready", "Ben Okafor", 1, {"new": 2}),
    ]

    # -- replies carry receipts; before a receipt nothing counts as synced -------------------
    replies = files / "replies-1"
    replies.mkdir()
    listed, alice_before, ben_before = run_together(
        [
            (office, ("meeting", "list", "--json")),
            (alice, ("status", "--json")),
            (ben, ("status", "--json")),
        ]
    )
    at_office = {m["minutes"]: m["concern_levels"] for m in listed.json()}
    assert len(at_office) == 4
    assert at_office["Kestrel spoke about his new job."] == [3]
    assert alice_before.json()["sync"]["unsynced"] == {"meeting": 4, "attendance": 3, "concern": 1}
    assert ben_before.json()["sync"]["unsynced"] == {"meeting": 1, "attendance": 1}
    written = run(office, "export", "--all-devices", "--out-dir", str(replies), "--json").json()
    reply_to = {entry["to"]: entry["file"] for entry in written}
    assert set(reply_to) == {identity["alice"]["device_id"], identity["ben"]["device_id"]}
    assert [entry["sequence"] for entry in written] == [2, 2]

    alice_reply, ben_reply = run_together(
        [
            (folder, ("import", reply_to[identity[name]["device_id"]], "--json"))
            for name, folder in volunteers.items()
        ]
    )
    after_alice, after_ben = statuses(alice, ben)
    assert [(r["state"], r["purged"]) for r in ben_reply.json()] == [("ready", 0)]
    assert (after_ben["sync"]["last_receipt"], after_ben["sync"]["unsynced"]) == (1, {})

    # -- the retention purge: receipted and older than 4 weeks ---------------------------------
    assert [(r["state"], r["purged"]) for r in alice_reply.json()] == [("ready", 2)]
    assert (after_alice["sync"]["last_receipt"], after_alice["sync"]["unsynced"]) == (
        1,
        {"meeting": 1},
    )
    assert (after_alice["counts"]["meetings"], after_alice["counts"]["attendance"]) == (2, 2)
    assert set(meeting_minutes(alice)) == {
        "Kestrel spoke about his new job.",
        "Written up late, after the export.",
    }
    assert "retention.purged" in audit_actions(alice)

    # -- a revoked laptop's next bundle is quarantined ------------------------------------------
    revoked, _stolen = run_together(
        [
            (office, ("revoke", identity["ben"]["device_id"])),
            meeting(ben, day(days_ago=1), "Written after the laptop was reported stolen."),
        ]
    )
    assert "after number 1" in revoked.out
    run(ben, "export", "--out", str(files / "ben-2.cdb"))
    quarantined = run(office, "import", str(files / "ben-2.cdb"), "--json").json()
    assert [(r["state"], r["outcomes"]) for r in quarantined] == [("revoked", {})]
    minutes_at_office = meeting_minutes(office)
    assert len(minutes_at_office) == 4  # the office keeps everything it was sent before
    assert "Written after the laptop was reported stolen." not in minutes_at_office
    devices = {d["name"]: d for d in run(office, "devices", "--json").json()}
    ben_row = devices["Ben Okafor"]
    assert (ben_row["revoked_after_seq"], ben_row["quarantined"]) == (1, 1)

    # -- the office key is rotated while a bundle of Alice's is in transit ---------------------
    rotated, _in_transit = run_together(
        [
            (office, ("rotate-office-key",)),
            (alice, ("export", "--out", str(files / "alice-2.cdb"))),  # to the old key
        ]
    )
    (new_fingerprint,) = rotated.fingerprints()
    assert new_fingerprint != office_fingerprint
    replies = files / "replies-2"
    replies.mkdir()
    written = run(office, "export", "--all-devices", "--out-dir", str(replies), "--json").json()
    assert [entry["to"] for entry in written] == [identity["alice"]["device_id"]]  # not Ben
    announcing = run(alice, "import", written[0]["file"], "--json").json()
    assert announcing[0]["state"] == "ready"
    (learnt,) = statuses(alice)
    assert learnt["sync"]["office_fingerprint"] == new_fingerprint

    run_together([meeting(alice, day(), "Written after the new office key arrived.")])
    run(alice, "export", "--out", str(files / "alice-3.cdb"))
    both = run(
        office, "import", str(files / "alice-2.cdb"), str(files / "alice-3.cdb"), "--json"
    ).json()
    assert [(r["state"], r["sequence"]) for r in both] == [("ready", 2), ("ready", 3)]
    assert "Written after the new office key arrived." in meeting_minutes(office)

    replies = files / "replies-3"
    replies.mkdir()
    (last_reply,) = run(
        office, "export", "--all-devices", "--out-dir", str(replies), "--json"
    ).json()
    checked = run(alice, "verify", last_reply["file"], "--json").json()
    assert (checked["state"], checked["sender_fingerprint"]) == ("ready", new_fingerprint)
    assert run(alice, "import", last_reply["file"], "--json").json()[0]["state"] == "ready"
    (final,) = statuses(alice)
    assert (final["sync"]["last_sent"], final["sync"]["last_receipt"]) == (3, 3)
    assert final["sync"]["unsynced"] == {}

    # -- every audit log is intact -------------------------------------------------------------
    checked = run_together([(folder, ("audit", "verify")) for folder in (office, alice, ben)])
    for result in checked:
        assert "intact" in result.out
    # Both laptops signed back the head of the office's log they were sent, and it still holds.
    assert "2 laptops witnessed it" in checked[0].out
    assert "Witnessed by Alice Marsh: entry " in checked[0].out
