"""Tests for circlesdesk.vault.migrations and database.migrate: schema versions and upgrades.

The golden vault in tests/data/vault-v9 holds every kind of record the release with schema
version 9 kept (passphrase "golden vault passphrase v9"); every later migration must keep them.
The golden vault in tests/data/vault-v1 was written with only the version-1 migration by
tests/data/make_golden_vaults.py (passphrase "golden vault passphrase v1"); upgrading a copy of it
with the current code must keep every record, take an encrypted backup first and keep the audit
chain whole.
"""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path
from unittest import mock

import pytest
import sqlcipher3

from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import (
    RECORD_TYPES,
    Attendance,
    Concern,
    ConcernResponse,
    Contact,
    Meeting,
    OfficeConfig,
    Review,
    VolunteerHours,
)
from circlesdesk.services import circles, meetings, risk_reviews, setup
from circlesdesk.sync.keys import DeviceIdentity
from circlesdesk.vault import (
    audit,
    database,
    disclosures,
    drafts,
    migrations,
    minutes_review,
    registry,
    retention,
    store,
)
from circlesdesk.vault.migrations import LATEST_VERSION, MIGRATIONS
from circlesdesk.vault.vault import BACKUP_DIR, DATABASE_FILE, KEYS_FILE, Vault
from tests.vault_kit import (
    PASSPHRASE,
    SQLITE_HEADER,
    copy_vault,
    data_key,
    raw_connection,
    row_snapshot,
)

GOLDEN = Path(__file__).resolve().parents[2] / "data"
GOLDEN_PASSPHRASE = "golden vault passphrase v1"
GOLDEN_DEVICE = "601de7a0000000000000000000000001"
GOLDEN_MEETING = "33333333-3333-4333-8333-333333333333"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def golden_v1(tmp_path: Path) -> Path:
    return copy_vault(GOLDEN / "vault-v1", tmp_path / "vault")


def test_the_golden_file_really_is_version_1(golden_v1: Path) -> None:
    key = data_key(golden_v1, GOLDEN_PASSPHRASE)
    with raw_connection(golden_v1, key) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "meeting" in tables
    assert "peer" not in tables  # a version-2 table


def test_a_version_1_vault_is_upgraded_with_everything_kept(golden_v1: Path) -> None:
    assert LATEST_VERSION > 1, "nothing to upgrade to: add the next golden vault instead"
    with Vault.unlock(golden_v1, passphrase=GOLDEN_PASSPHRASE) as vault:
        assert database.schema_version(vault.conn) == LATEST_VERSION
        assert (vault.info.device_id, vault.info.role, vault.info.name) == (
            GOLDEN_DEVICE,
            Role.OFFICE,
            "Golden Office",
        )
        # The device keys survived: the fingerprint is the one of the fixed identity.
        seed = hashlib.sha512(b"circlesdesk golden vault v1 device keys").digest()
        expected = DeviceIdentity.from_private_bytes(GOLDEN_DEVICE, seed).public().fingerprint()
        assert setup.status(vault).fingerprint == expected

        circle = circles.find_circle(vault, "SW-101")
        assert (circle.phase, circle.venues, circle.started_on) == (
            "active",
            ("Hall B", "Library"),
            "2025-05-01",
        )
        roster = [(e.person.name, e.membership.role) for e in circles.roster(vault, circle.uuid)]
        assert roster == [
            ("Marlowe", "core-member"),
            ("Priya Shah", "volunteer"),
            ("Tom Reed", "volunteer"),
        ]
        [summary] = meetings.list_meetings(vault)
        meeting = summary.meeting
        assert meeting.uuid == GOLDEN_MEETING
        assert meeting.minutes == (
            "Marlowe talked about the allotment and his new job at the greengrocer."
        )
        assert (meeting.held_on, meeting.start_time, meeting.life_areas, meeting.engagement) == (
            "2025-06-03",
            "18:00",
            ("work-learning", "leisure"),
            4,
        )
        assert summary.attendance == {
            "Marlowe": "present",
            "Priya Shah": "present",
            "Tom Reed": "late",
        }
        [concern] = store.find(vault.conn, Concern)
        assert (concern.level, concern.category, concern.meeting_uuid) == (
            2,
            "loneliness",
            GOLDEN_MEETING,
        )
        assert concern.action_taken == "Agreed to phone him on Thursday."
        [contact] = store.find(vault.conn, Contact)
        assert contact.raise_at_next_meeting is True
        assert store.count(vault.conn, Attendance) == 3
        [config] = store.find(vault.conn, OfficeConfig)
        assert config.phone == "01632 960000"
        # Every stored record still hashes to the content hash stored with it.
        for kind in (Meeting, Concern, Contact, Attendance):
            for record in store.find(vault.conn, kind):
                stored = vault.conn.execute(
                    f"SELECT content_hash FROM {kind.kind} WHERE uuid = ?", (record.uuid,)
                ).fetchone()[0]
                assert stored == record.content_hash()
        # The full-text index came through too.
        assert [hit.uuid for hit in meetings.search_records(vault, "greengrocer")] == [
            GOLDEN_MEETING
        ]
        hits = meetings.search_records(vault, "chess")
        assert sorted(hit.kind for hit in hits) == ["concern", "contact"]
        report = audit.verify(vault.conn)
        assert report.ok
        assert report.rows == 1 + 1 + 3 + 3 + 1 + 3 + 1 + 1  # created, circle, people, ...


def test_the_upgrade_takes_an_encrypted_backup_first(golden_v1: Path) -> None:
    original = {name: (golden_v1 / name).read_bytes() for name in (DATABASE_FILE, KEYS_FILE)}
    Vault.unlock(golden_v1, passphrase=GOLDEN_PASSPHRASE).lock()

    backups = golden_v1 / BACKUP_DIR
    assert mode(backups) == 0o700
    [database_copy] = backups.glob("vault-v1-*.db")
    [keys_copy] = backups.glob("vault-v1-*.keys")
    assert database_copy.stem == keys_copy.stem
    assert mode(database_copy) == mode(keys_copy) == 0o600
    # The backup is the version-1 vault as it was, still encrypted...
    assert database_copy.read_bytes() == original[DATABASE_FILE]
    assert keys_copy.read_bytes() == original[KEYS_FILE]
    backup = database_copy.read_bytes()
    assert SQLITE_HEADER not in backup
    assert b"greengrocer" not in backup
    assert b"Marlowe" not in backup
    # ...and opens as version 1 with its own key file.
    restored = golden_v1.parent / "restored"
    restored.mkdir(mode=0o700)
    (restored / DATABASE_FILE).write_bytes(backup)
    (restored / KEYS_FILE).write_bytes(keys_copy.read_bytes())
    key = data_key(restored, GOLDEN_PASSPHRASE)
    with raw_connection(restored, key) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT minutes FROM meeting").fetchone()[0].endswith("greengrocer.")


def test_an_up_to_date_vault_is_neither_migrated_nor_backed_up(office_vault_dir: Path) -> None:
    before = row_snapshot(office_vault_dir)
    Vault.unlock(office_vault_dir, passphrase=PASSPHRASE).lock()
    assert not (office_vault_dir / BACKUP_DIR).exists()
    assert row_snapshot(office_vault_dir) == before
    assert before["user_version"] == [(LATEST_VERSION,)]


def test_migrations_are_numbered_in_order() -> None:
    assert migrations.LATEST_VERSION == len(MIGRATIONS) >= 2
    for statements in MIGRATIONS:
        assert statements, "a migration with nothing in it"
        assert all(isinstance(statement, str) for statement in statements)
        assert not any("user_version" in statement for statement in statements)


def test_a_failing_migration_changes_nothing(golden_v1: Path) -> None:
    broken = (*MIGRATIONS[:1], ("CREATE TABLE half_done (x)", "THIS IS NOT SQL"))
    with (
        mock.patch.object(database, "MIGRATIONS", broken),
        mock.patch.object(database, "LATEST_VERSION", 2),
        pytest.raises(sqlcipher3.OperationalError),
    ):
        Vault.unlock(golden_v1, passphrase=GOLDEN_PASSPHRASE)
    with raw_connection(golden_v1, data_key(golden_v1, GOLDEN_PASSPHRASE)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables  # the migration's transaction was rolled back
    assert len(list((golden_v1 / BACKUP_DIR).glob("vault-v1-*.db"))) == 1  # taken before it ran
    # The failed attempt let go of the vault: the real code opens and upgrades it.
    with Vault.unlock(golden_v1, passphrase=GOLDEN_PASSPHRASE) as vault:
        assert database.schema_version(vault.conn) == LATEST_VERSION


# The golden vault of schema version 9 (tests/data/vault-v9, made by make_golden_vaults.py v9):
# every kind of record and office bookkeeping that release kept, so every later migration is
# tested on it.
GOLDEN_V9_PASSPHRASE = "golden vault passphrase v9"
GOLDEN_V9_LAPTOP = "601de7a0000000000000000000000002"


@pytest.fixture
def golden_v9(tmp_path: Path) -> Path:
    return copy_vault(GOLDEN / "vault-v9", tmp_path / "vault")


def test_the_golden_v9_file_really_is_version_9(golden_v9: Path) -> None:
    key = data_key(golden_v9, GOLDEN_V9_PASSPHRASE)
    with raw_connection(golden_v9, key) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 9
        columns = {row[1] for row in conn.execute("PRAGMA table_info(bundle_in)")}
    assert "signed_hash" in columns  # the version-9 column


def test_a_version_9_vault_is_upgraded_with_everything_kept(golden_v9: Path) -> None:
    with Vault.unlock(golden_v9, passphrase=GOLDEN_V9_PASSPHRASE) as vault:
        conn = vault.conn
        assert database.schema_version(conn) == LATEST_VERSION
        assert (vault.info.device_id, vault.info.role) == (GOLDEN_DEVICE, Role.OFFICE)
        # Circles, the roster and the closed circle.
        circle = circles.find_circle(vault, "SW-101")
        assert (circle.phase, circle.venues) == ("active", ("Hall B", "Library"))
        roster = [e.person.name for e in circles.roster(vault, circle.uuid)]
        assert roster == ["Marlowe", "Priya Shah", "Tom Reed"]
        closed = circles.find_circle(vault, "SW-090")
        assert (closed.phase, closed.meeting_pattern, closed.started_on) == (
            "closed",
            "fortnightly",
            "2023-01-10",
        )
        # The meeting at its second revision, its first kept in the history, and its pin.
        [summary] = meetings.list_meetings(vault)
        meeting = summary.meeting
        assert (meeting.uuid, meeting.revision) == (GOLDEN_MEETING, 2)
        assert meeting.minutes.endswith("He asked about the library's reading group.")
        assert summary.attendance == {
            "Marlowe": "present",
            "Priya Shah": "present",
            "Tom Reed": "late",
        }
        [first] = store.history(conn, Meeting, GOLDEN_MEETING)
        assert first.revision == 1 and first.minutes.endswith("greengrocer.")
        pin = minutes_review.get_pin(conn, GOLDEN_MEETING)
        assert pin is not None and (pin.revision, pin.content_hash) == (1, first.content_hash())
        # Concern, its escalation, the contact, hours and the review.
        [concern] = store.find(conn, Concern)
        assert (concern.level, concern.category) == (2, "loneliness")
        [response] = store.find(conn, ConcernResponse)
        assert (response.concern_uuid, response.action, response.agency) == (
            concern.uuid,
            "escalate",
            "Probation",
        )
        assert response.outcome == "Offender manager will visit."
        [contact] = store.find(conn, Contact)
        assert contact.raise_at_next_meeting is True
        [hours] = store.find(conn, VolunteerHours)
        assert (hours.origin, hours.minutes, hours.worked_on) == (
            GOLDEN_V9_LAPTOP,
            150,
            "2025-06-03",
        )
        [review] = store.find(conn, Review)
        assert (review.template_id, review.scores) == (
            "circles-uk-drr",
            {"isolation": 4, "employment": 2},
        )
        [config] = store.find(conn, OfficeConfig)
        assert config.office_name == "Golden Office"
        # Every stored record still hashes to the content hash stored with it.
        for kind in RECORD_TYPES.values():
            for record in store.find(conn, kind):
                stored = conn.execute(
                    f"SELECT content_hash FROM {kind.kind} WHERE uuid = ?", (record.uuid,)
                ).fetchone()[0]
                assert stored == record.content_hash()
        # The enrolled laptop, its key, both bundle logs (with the receipt's signed hash).
        laptop = registry.get_peer(conn, GOLDEN_V9_LAPTOP)
        assert laptop is not None
        assert (laptop.role, laptop.name, laptop.last_seq_in, laptop.last_seq_out) == (
            "volunteer",
            "Priya's laptop",
            1,
            1,
        )
        [key] = registry.peer_keys(conn, device_id=GOLDEN_V9_LAPTOP)
        seed = hashlib.sha512(b"circlesdesk golden vault v9 laptop keys").digest()
        assert (
            key.key_id == DeviceIdentity.from_private_bytes(GOLDEN_V9_LAPTOP, seed).public().key_id
        )
        received = registry.received_by_signed_hash(conn, "b2" * 32)
        assert received is not None
        assert (received.sender, received.seq, received.state, received.counts) == (
            GOLDEN_V9_LAPTOP,
            1,
            "applied",
            {"hours": 1, "meeting": 1},
        )
        assert registry.sent_bundle(conn, device_id=GOLDEN_V9_LAPTOP, seq=1) is not None
        [conflict] = registry.conflicts(conn)
        assert (conflict.kind, conflict.incoming_revision, conflict.decision) == (
            "contact",
            2,
            None,
        )
        # Consent, the disclosure log, retention rules and the draft.
        consent = disclosures.get_consent(conn, core_member_uuid(vault))
        assert consent is not None and consent.status == "given"
        [disclosure] = disclosures.disclosures(conn)
        assert (disclosure.agency, disclosure.format, disclosure.consent) == (
            "Probation",
            "pdf",
            "given",
        )
        assert retention.rules(conn) == {"meeting": 7}
        draft = drafts.get(conn, "concern-draft")
        assert draft is not None
        assert draft.fields == {"description": "Half-written note about the allotment."}
        # Search and the audit chain came through.
        assert [hit.uuid for hit in meetings.search_records(vault, "reading group")] == [
            GOLDEN_MEETING
        ]
        report = audit.verify(conn)
        assert report.ok
        assert report.rows == 1 + 1 + 3 + 3 + 1 + 3 + 1 + 1 + 1 + 1 + 4 + 1


def core_member_uuid(vault: Vault) -> str:
    """The golden vault's core member (the subject of its consent and disclosure)."""
    circle = circles.find_circle(vault, "SW-101")
    [core] = [
        e.person.uuid for e in circles.roster(vault, circle.uuid) if e.person.role == "core-member"
    ]
    return core


def test_a_version_9_review_is_read_as_version_1_of_its_template(golden_v9: Path) -> None:
    """Schema version 14 adds the template versions and volunteers' own records, empty; the
    review made before it keeps its template; a template the vault holds no names for is read
    with the review's own item keys as names."""
    with Vault.unlock(golden_v9, passphrase=GOLDEN_V9_PASSPHRASE) as vault:
        conn = vault.conn
        for table in ("review_template", "training", "vetting", "supervision"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        [view] = risk_reviews.circle_reviews(vault)
        [only] = view.rounds
        assert (only.template.template_id, only.template.version) == ("circles-uk-drr", 1)
        assert only.template.items == {"employment": "employment", "isolation": "isolation"}
        assert [score for _rater, score in only.scores("isolation")] == [4]
