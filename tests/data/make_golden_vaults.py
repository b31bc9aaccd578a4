"""Make the golden vaults in tests/data/: real vaults written by an earlier schema version.

Run once per schema version from the repository root and commit the outputs:

    .venv/bin/python tests/data/make_golden_vaults.py

``tests/data/vault-v1/`` (``vault.db`` and ``vault.keys``) is an office vault made with only the
version-1 migration: the code's migration list is cut to its first entry while the vault is made,
so the file is what a vault made by the first release looks like. The migration tests copy it,
unlock it with the current code and check that it is upgraded without losing anything.

- Passphrase: ``golden vault passphrase v1`` (also in ``tests/unit/vault/test_migrations.py``).
- Passphrase slot: Argon2id 64 MiB, 1 pass, 1 lane (fast, so tests do not wait).
- Device: a fixed identity (``DEVICE_ID`` below, keys derived from a fixed seed) built with
  ``circlesdesk.sync.keys.DeviceIdentity``, so a test can check the keys survived the upgrade.
- Contents, written through ``circlesdesk.vault.store`` with fixed ids and times: the office
  configuration, circle SW-101 (core member "Marlowe", volunteers "Priya Shah" and "Tom Reed"),
  one meeting on 2025-06-03 with attendance for all three and one level-2 concern, one
  between-meeting contact, and an audit row for each change.

Encryption uses fresh random salts, nonces and IVs, so running the script again gives different
bytes with the same contents, and a new recovery code (printed, and noted in vault-v1.md here).
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path
from unittest import mock

from circlesdesk.domain.config import default_office_config
from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    Contact,
    Meeting,
    Membership,
    Person,
    Record,
)
from circlesdesk.sync.keys import DeviceIdentity
from circlesdesk.vault import audit, database, store
from circlesdesk.vault.database import Connection
from circlesdesk.vault.keyslots import KdfParams
from circlesdesk.vault.migrations import MIGRATIONS
from circlesdesk.vault.vault import DATABASE_FILE, KEYS_FILE, LOCK_FILE, Vault

HERE = Path(__file__).resolve().parent
PASSPHRASE = "golden vault passphrase v1"
KDF = KdfParams(memory_kib=65536, iterations=1, lanes=1)
DEVICE_ID = "601de7a0000000000000000000000001"
DEVICE_SEED = hashlib.sha512(b"circlesdesk golden vault v1 device keys").digest()  # 64 bytes
OFFICE_NAME = "Golden Office"
STAMP = "2025-06-03T19:30:00+00:00"

CIRCLE = "11111111-1111-4111-8111-111111111111"
MARLOWE = "22222222-2222-4222-8222-222222222221"
PRIYA = "22222222-2222-4222-8222-222222222222"
TOM = "22222222-2222-4222-8222-222222222223"
MEETING = "33333333-3333-4333-8333-333333333333"
CONCERN = "44444444-4444-4444-8444-444444444444"
CONTACT = "55555555-5555-4555-8555-555555555555"


def records() -> list[tuple[str, Record]]:
    """The vault's contents in the order they are stored, each with its audit action."""
    me = DEVICE_ID

    def meta(uuid: str) -> dict[str, str]:
        return {"uuid": uuid, "origin": me, "updated_at": STAMP}

    people = [
        Person(**meta(MARLOWE), name="Marlowe", role="core-member"),
        Person(**meta(PRIYA), name="Priya Shah"),
        Person(**meta(TOM), name="Tom Reed", phone="01632 960001"),
    ]
    memberships = [
        Membership(
            **meta(f"66666666-6666-4666-8666-66666666666{index}"),
            circle_uuid=CIRCLE,
            person_uuid=person.uuid,
            role=person.role,
            joined_on="2025-05-01",
        )
        for index, person in enumerate(people)
    ]
    attendance = [
        Attendance(
            **meta(f"77777777-7777-4777-8777-77777777777{index}"),
            meeting_uuid=MEETING,
            person_uuid=person.uuid,
            status=status,
        )
        for index, (person, status) in enumerate(
            zip(people, ("present", "present", "late"), strict=True)
        )
    ]
    return [
        (
            "circle.created",
            Circle(
                **meta(CIRCLE),
                code="SW-101",
                phase="active",
                venues=("Hall B", "Library"),
                started_on="2025-05-01",
            ),
        ),
        *(("person.added", person) for person in people),
        *(("roster.joined", membership) for membership in memberships),
        (
            "meeting.recorded",
            Meeting(
                **meta(MEETING),
                circle_uuid=CIRCLE,
                held_on="2025-06-03",
                start_time="18:00",
                end_time="19:30",
                venue="Hall B",
                minute_taker_uuid=PRIYA,
                minutes="Marlowe talked about the allotment and his new job at the greengrocer.",
                life_areas=("work-learning", "leisure"),
                engagement=4,
            ),
        ),
        *(("attendance.recorded", row) for row in attendance),
        (
            "concern.raised",
            Concern(
                **meta(CONCERN),
                circle_uuid=CIRCLE,
                meeting_uuid=MEETING,
                raised_at=STAMP,
                level=2,
                category="loneliness",
                description="He has stopped going to the chess club and sounds isolated.",
                action_taken="Agreed to phone him on Thursday.",
            ),
        ),
        (
            "contact.recorded",
            Contact(
                **meta(CONTACT),
                circle_uuid=CIRCLE,
                person_uuid=TOM,
                contact_on="2025-06-05",
                summary="Phoned about the chess club; he will try again next week.",
                raise_at_next_meeting=True,
            ),
        ),
    ]


def make_v1(target: Path) -> str:
    """Make the version-1 office vault in ``target``; returns its recovery code."""
    identity = DeviceIdentity.from_private_bytes(DEVICE_ID, DEVICE_SEED)
    config = default_office_config(
        office_device=DEVICE_ID, office_name=OFFICE_NAME, phone="01632 960000", updated_at=STAMP
    )
    with (
        mock.patch.object(database, "MIGRATIONS", MIGRATIONS[:1]),
        mock.patch.object(database, "LATEST_VERSION", 1),
    ):
        vault, recovery_code = Vault.create(
            target,
            passphrase=PASSPHRASE,
            role=Role.OFFICE,
            name=OFFICE_NAME,
            device_id=DEVICE_ID,
            device_keys=identity.private_bytes(),
            kdf=KDF,
        )
        with vault:
            conn: Connection = vault.conn
            with database.transaction(conn):
                store.save(conn, config)
            for action, record in records():
                with database.transaction(conn):
                    store.save(conn, record)
                    audit.append(
                        conn,
                        actor=DEVICE_ID,
                        action=action,
                        kind=record.kind,
                        record_uuid=record.uuid,
                    )
            assert database.schema_version(conn) == 1
    (target / LOCK_FILE).unlink()
    assert sorted(path.name for path in target.iterdir()) == [DATABASE_FILE, KEYS_FILE]
    return recovery_code


def main() -> int:
    target = HERE / "vault-v1"
    shutil.rmtree(target, ignore_errors=True)
    code = make_v1(target)
    (HERE / "vault-v1.md").write_text(
        "# tests/data/vault-v1\n\n"
        "An office vault made with schema version 1 by `make_golden_vaults.py` (see its docstring"
        " for the contents).\n\n"
        f"- passphrase: `{PASSPHRASE}`\n"
        f"- recovery code: `{code}`\n"
        f"- device id: `{DEVICE_ID}`\n",
        encoding="utf-8",
    )
    print(f"wrote {target.relative_to(HERE.parent.parent)} (recovery code {code})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
