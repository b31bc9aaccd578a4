"""Make the golden vaults in tests/data/: real vaults written by an earlier schema version.

Run once per schema version from the repository root and commit the outputs:

    .venv/bin/python tests/data/make_golden_vaults.py v9      # only the vault named

A golden vault, once committed, is never made again: each ``make_vN`` writes through the code of
the release that had schema version N, and stops working once later records gain fields (the
migration tests read the committed files, not this script).

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

``tests/data/vault-v9/`` is an office vault made by the release with schema version 9 (the
migration list cut to its first nine entries, so it stays a v9 file): the v1 contents above plus a
revised meeting (its first revision in the record history), a concern response (escalated),
volunteer hours, a dynamic-risk review, a second circle that is closed, a volunteer laptop enrolled
as a peer with its key, a bundle received from it (with its signed hash, the receipt the office's
reply names) and one sent to it, a conflict kept for review, the core member's consent, a
disclosure, a retention rule, a minutes-review pin and a draft. Passphrase ``golden vault
passphrase v9``; the laptop's keys come from ``LAPTOP_SEED``.

Encryption uses fresh random salts, nonces and IVs, so running the script again gives different
bytes with the same contents, and a new recovery code (printed, and noted in vault-v1.md here).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from circlesdesk.domain.config import default_office_config
from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    ConcernResponse,
    Contact,
    Meeting,
    Membership,
    Person,
    Record,
    Review,
    VolunteerHours,
)
from circlesdesk.sync.keys import DeviceIdentity
from circlesdesk.vault import (
    audit,
    database,
    disclosures,
    drafts,
    minutes_review,
    registry,
    retention,
    store,
)
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
# Version 9 only.
PASSPHRASE_V9 = "golden vault passphrase v9"
STAMP_V9 = "2025-06-12T10:00:00+00:00"
LAPTOP_ID = "601de7a0000000000000000000000002"
LAPTOP_SEED = hashlib.sha512(b"circlesdesk golden vault v9 laptop keys").digest()
CLOSED_CIRCLE = "11111111-1111-4111-8111-111111111112"
RESPONSE = "88888888-8888-4888-8888-888888888888"
HOURS = "99999999-9999-4999-8999-999999999999"
REVIEW = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"


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
    return _make(target, version=1, passphrase=PASSPHRASE, extra=None)


def _make(
    target: Path,
    *,
    version: int,
    passphrase: str,
    extra: Callable[[Connection], None] | None,
) -> str:
    """Make an office vault at schema ``version`` holding ``records()`` (then ``extra``)."""
    identity = DeviceIdentity.from_private_bytes(DEVICE_ID, DEVICE_SEED)
    config = default_office_config(
        office_device=DEVICE_ID, office_name=OFFICE_NAME, phone="01632 960000", updated_at=STAMP
    )
    with (
        mock.patch.object(database, "MIGRATIONS", MIGRATIONS[:version]),
        mock.patch.object(database, "LATEST_VERSION", version),
    ):
        vault, recovery_code = Vault.create(
            target,
            passphrase=passphrase,
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
            if extra is not None:
                extra(conn)
            assert database.schema_version(conn) == version
    (target / LOCK_FILE).unlink()
    assert sorted(path.name for path in target.iterdir()) == [DATABASE_FILE, KEYS_FILE]
    return recovery_code


def _save(conn: Connection, action: str, record: Record) -> None:
    with database.transaction(conn):
        store.save(conn, record)
        audit.append(
            conn, actor=DEVICE_ID, action=action, kind=record.kind, record_uuid=record.uuid
        )


def v9_extra(conn: Connection) -> None:
    """What a version-9 office vault holds beyond the version-1 contents."""
    laptop = DeviceIdentity.from_private_bytes(LAPTOP_ID, LAPTOP_SEED).public()

    def meta(uuid: str, origin: str = DEVICE_ID) -> dict[str, str]:
        return {"uuid": uuid, "origin": origin, "updated_at": STAMP_V9}

    with database.transaction(conn):
        registry.add_peer(
            conn, device_id=LAPTOP_ID, role="volunteer", name="Priya's laptop", person_uuid=PRIYA
        )
        registry.add_peer_key(
            conn,
            key_id=laptop.key_id,
            device_id=LAPTOP_ID,
            signing_public=laptop.signing_public,
            exchange_public=laptop.exchange_public,
        )
        audit.append(conn, actor=DEVICE_ID, action="device.enrolled", kind=None, record_uuid=None)
    [meeting] = store.find(conn, Meeting)
    _save(
        conn,
        "meeting.edited",
        dataclasses.replace(
            meeting,
            revision=2,
            updated_at=STAMP_V9,
            minutes=meeting.minutes + " He asked about the library's reading group.",
        ),
    )
    closed = Circle(
        **meta(CLOSED_CIRCLE),
        code="SW-090",
        phase="closed",
        meeting_pattern="fortnightly",
        started_on="2023-01-10",
    )
    for action, record in (
        ("circle.created", closed),
        (
            "concern.responded",
            ConcernResponse(
                **meta(RESPONSE),
                concern_uuid=CONCERN,
                action="escalate",
                responded_at=STAMP_V9,
                text="Shared with his offender manager.",
                agency="Probation",
                basis="Risk of isolation agreed with the core member.",
                outcome="Offender manager will visit.",
            ),
        ),
        (
            "hours.recorded",
            VolunteerHours(
                **meta(HOURS, LAPTOP_ID),
                person_uuid=PRIYA,
                circle_uuid=CIRCLE,
                worked_on="2025-06-03",
                minutes=150,
                activity="meeting",
            ),
        ),
        (
            "review.recorded",
            Review(
                **meta(REVIEW),
                circle_uuid=CIRCLE,
                review_on="2025-06-10",
                template_id="circles-uk-drr",
                scores={"isolation": 4, "employment": 2},
                notes="Isolation up since the chess club stopped.",
            ),
        ),
    ):
        _save(conn, action, record)
    with database.transaction(conn):
        registry.record_received(
            conn,
            sender=LAPTOP_ID,
            seq=1,
            bundle_hash="a1" * 32,
            state="applied",
            counts={"meeting": 1, "hours": 1},
            data=None,
            signed_hash="b2" * 32,
        )
        registry.update_peer(conn, LAPTOP_ID, last_seq_in=1, last_hash_in="a1" * 32)
        registry.record_sent(
            conn,
            device_id=LAPTOP_ID,
            seq=1,
            bundle_hash="c3" * 32,
            change_seq=store.next_change_seq(conn) - 1,
            key_id=DeviceIdentity.from_private_bytes(DEVICE_ID, DEVICE_SEED).public().key_id,
        )
        registry.add_conflict(
            conn,
            kind="contact",
            uuid=CONTACT,
            bundle_hash="a1" * 32,
            local=(1, "d4" * 32),
            incoming=(2, "e5" * 32),
            incoming_record={"summary": "Phoned him twice about the chess club."},
        )
        disclosures.put_consent(
            conn,
            disclosures.ConsentRow(
                person_uuid=MARLOWE, status="given", recorded_at=STAMP_V9, note="Signed form"
            ),
        )
        disclosures.add_disclosure(
            conn,
            made_at=STAMP_V9,
            agency="Probation",
            basis="Risk of isolation",
            subject_uuid=MARLOWE,
            consent="given",
            fmt="pdf",
            items=json.dumps([{"kind": "concern", "uuid": CONCERN, "revision": 1}]),
            file_sha256="f6" * 32,
        )
        audit.append(conn, actor=DEVICE_ID, action="disclosure.made", kind=None, record_uuid=None)
        retention.set_rule(conn, "meeting", 7)
        minutes_review.pin(
            conn,
            minutes_review.Pin(
                meeting_uuid=MEETING,
                revision=1,
                content_hash=meeting.content_hash(),
                reviewed_at=STAMP_V9,
            ),
        )
    drafts.save(
        conn,
        draft_id="concern-draft",
        kind="concern",
        circle_uuid=CIRCLE,
        fields={"description": "Half-written note about the allotment."},
    )


def make_v9(target: Path) -> str:
    """Make the version-9 office vault in ``target``; returns its recovery code."""
    return _make(target, version=9, passphrase=PASSPHRASE_V9, extra=v9_extra)


MAKERS = {"v1": (make_v1, PASSPHRASE), "v9": (make_v9, PASSPHRASE_V9)}


def main(argv: list[str]) -> int:
    for name in argv or list(MAKERS):
        make, passphrase = MAKERS[name]
        target = HERE / f"vault-{name}"
        shutil.rmtree(target, ignore_errors=True)
        code = make(target)
        version = name.removeprefix("v")
        (HERE / f"vault-{name}.md").write_text(
            f"# tests/data/vault-{name}\n\n"
            f"An office vault made with schema version {version} by `make_golden_vaults.py` (see"
            " its docstring for the contents).\n\n"
            f"- passphrase: `{passphrase}`\n"
            f"- recovery code: `{code}`\n"
            f"- device id: `{DEVICE_ID}`\n",
            encoding="utf-8",
        )
        print(f"wrote {target.relative_to(HERE.parent.parent)} (recovery code {code})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
