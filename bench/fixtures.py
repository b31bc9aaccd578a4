"""Synthetic vaults for the benchmarks, and the ways the benchmarks open them.

Everything is made by the seeded generator in :mod:`circlesdesk.demo`, with the fast
Argon2id cost wherever the KDF is not what is measured. Fixtures are built, and every figure is
measured, on vaults opened exactly as the app opens them; only the encrypted-vs-plain comparison
opens databases otherwise (:attr:`OpenMode.PLAIN`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import functools
import json
import random
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar
from unittest import mock

import sqlcipher3

from circlesdesk.demo.meetings import MeetingRecords, generate_meetings, record_uuid
from circlesdesk.domain.enums import PersonRole, Role
from circlesdesk.domain.records import Circle, Person, Record
from circlesdesk.services import circles as circle_service
from circlesdesk.services import setup
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import exporter, importer
from circlesdesk.vault import database, keyslots, store
from circlesdesk.vault.vault import DATABASE_FILE, KEYS_FILE, Vault

PASSPHRASE = "benchmark passphrase for synthetic records"
FAST_KDF = keyslots.KdfParams(memory_kib=65536, iterations=1, lanes=1)
SEED = 20_240_917
VOLUNTEER_NAMES = ("Alice Marsh", "Ben Okafor", "Chidi Obi", "Dana Reyes")
WEEKLY_MEETINGS_PER_CIRCLE = 1000  # about 20 years: the generator's dates must stay before 2200

Progress = Callable[[str], None]


# -- opening ---------------------------------------------------------------------------------------


class OpenMode(enum.Enum):
    """How :func:`circlesdesk.vault.database.open_database` opens a database in a benchmark.

    The value is the statements it leaves out; everything else it does stays the same.
    """

    APP = ()
    PLAIN = ("PRAGMA key",)


class _FilteredConnection(sqlcipher3.Connection):  # type: ignore[misc]
    """A connection that skips the statements its mode leaves out (see :class:`OpenMode`)."""

    dropped: ClassVar[tuple[str, ...]] = ()

    def execute(self, sql: str, *args: Any) -> Any:
        if self.dropped and sql.startswith(self.dropped):
            return super().execute("SELECT 1")
        return super().execute(sql, *args)


@contextlib.contextmanager
def opened_as(mode: OpenMode) -> Iterator[None]:
    """Within the block, vaults and databases open in ``mode``.

    Every mode goes through the same Python subclass of the connection, so that comparing modes
    compares only what they leave out.
    """
    connection_class = type(
        f"{mode.name.title()}Connection", (_FilteredConnection,), {"dropped": mode.value}
    )
    connect = functools.partial(sqlcipher3.connect, factory=connection_class)
    with mock.patch.object(sqlcipher3, "connect", connect):
        yield


def copy_vault(source: Path, target: Path) -> Path:
    """Copy a locked vault (database and key slots, not its lock) into a new private folder."""
    target.mkdir(mode=0o700, parents=True)
    for name in (DATABASE_FILE, KEYS_FILE):
        shutil.copyfile(source / name, target / name)
        (target / name).chmod(0o600)
    return target


def unlock(folder: Path) -> Vault:
    """Unlock a fixture vault (made with the fast KDF)."""
    return Vault.unlock(folder, passphrase=PASSPHRASE)


# -- organisations ---------------------------------------------------------------------------------


def make_office(
    folder: Path, *, circles: int, kdf: keyslots.KdfParams = FAST_KDF
) -> tuple[Vault, list[str]]:
    """An office vault with ``circles`` circles, each a core member and the same four volunteers."""
    office, _code = setup.create_vault(
        folder, role=Role.OFFICE, name="Benchmark Office", passphrase=PASSPHRASE, kdf=kdf
    )
    codes = []
    for number in range(1, circles + 1):
        code = f"SW-{number:03d}"
        circle_service.add_circle(
            office,
            code=code,
            core_member=f"Core member K{number}",
            volunteers=VOLUNTEER_NAMES,
            venues=("Hall A", "Library room 2"),
            started_on="2001-01-01",
        )
        codes.append(code)
    return office, codes


def enrol_volunteer(office: Vault, folder: Path, *, codes: Sequence[str]) -> Vault:
    """The first volunteer's vault, enrolled by ``office`` in ``codes`` and welcomed."""
    volunteer, _code = setup.create_vault(
        folder, role=Role.VOLUNTEER, name=VOLUNTEER_NAMES[0], passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    request_data, _fingerprint = sync_service.enrollment_request(volunteer)
    enrolled = sync_service.enroll(office, request_data, assign=codes)
    importer.import_bundle(volunteer, enrolled.welcome.data)
    return volunteer


def circle_meetings(
    vault: Vault,
    *,
    count: int,
    seed: int,
    with_attendance: bool = True,
    start: dt.date = dt.date(2001, 1, 1),
) -> list[MeetingRecords]:
    """``count`` meetings spread over the circles in ``vault``, all written by this device.

    Each circle's core member and volunteers come from its roster in the vault.
    """
    circles = store.find(vault.conn, Circle, order_by=("code",))
    if not circles:
        raise ValueError("the vault holds no circles")
    result: list[MeetingRecords] = []
    for index, circle in enumerate(circles):
        share = count // len(circles) + (1 if index < count % len(circles) else 0)
        roster = [entry.person for entry in circle_service.roster(vault, circle.uuid)]
        core = next(p for p in roster if p.role == PersonRole.CORE_MEMBER.value)
        volunteers = [p for p in roster if p.role == PersonRole.VOLUNTEER.value]
        result += generate_meetings(
            rng=random.Random(seed * 1000 + index),
            circle=circle,
            core_member=core,
            volunteers=volunteers,
            devices={person.uuid: vault.info.device_id for person in volunteers},
            start=start + dt.timedelta(days=index),
            count=share,
            with_attendance=with_attendance,
        )
    return result


@dataclasses.dataclass(frozen=True)
class LooseCircle:
    """A circle and its people made without a vault (for vaults that hold meetings only)."""

    circle: Circle
    core_member: Person
    volunteers: tuple[Person, ...]


def loose_circles(*, count: int, seed: int, device: str) -> list[LooseCircle]:
    """``count`` circles, each with a core member and four volunteers, all from ``device``."""
    rng = random.Random(seed)
    result = []
    for number in range(1, count + 1):
        result.append(
            LooseCircle(
                circle=Circle(
                    uuid=record_uuid(rng),
                    origin=device,
                    code=f"SW-{number:03d}",
                    venues=("Hall A", "Library room 2"),
                    started_on="2000-01-01",
                ),
                core_member=Person(
                    uuid=record_uuid(rng),
                    origin=device,
                    name=f"Core member K{number}",
                    role=PersonRole.CORE_MEMBER.value,
                ),
                volunteers=tuple(
                    Person(uuid=record_uuid(rng), origin=device, name=name)
                    for name in VOLUNTEER_NAMES
                ),
            )
        )
    return result


def loose_meetings(
    loose: LooseCircle, *, count: int, seed: int, device: str, start: dt.date
) -> list[MeetingRecords]:
    """``count`` weekly meetings of one loose circle (no attendance or hours), from ``device``."""
    return generate_meetings(
        rng=random.Random(seed),
        circle=loose.circle,
        core_member=loose.core_member,
        volunteers=loose.volunteers,
        devices={person.uuid: device for person in loose.volunteers},
        start=start,
        count=count,
        with_attendance=False,
    )


def meeting_rows(meetings: Sequence[MeetingRecords]) -> list[Record]:
    """Meetings, then the attendance and concerns that refer to them (no volunteer hours)."""
    return [
        *(m.meeting for m in meetings),
        *(a for m in meetings for a in m.attendance),
        *(c for m in meetings for c in m.concerns),
    ]


def bare_insert_sql(cls: type[Record]) -> str:
    """The INSERT the store makes for a new record of this kind (all columns, values bound)."""
    names = (
        "uuid",
        "origin",
        "revision",
        "updated_at",
        "content_hash",
        "change_seq",
        *cls.content_field_names(),
    )
    return f"INSERT INTO {cls.kind} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"


def bare_row(record: Record, *, change_seq: int = 0) -> list[object]:
    """The values :func:`bare_insert_sql` takes for ``record``, encoded by the store itself."""
    return [
        record.uuid,
        record.origin,
        record.revision,
        record.updated_at,
        record.content_hash(),
        change_seq,
        *store._values(record),
    ]


def save_all(vault: Vault, records: Sequence[Record], *, batch: int = 20_000) -> None:
    """Store records through :func:`circlesdesk.vault.store.save`, ``batch`` per transaction."""
    for start in range(0, len(records), batch):
        with database.transaction(vault.conn):
            for record in records[start : start + batch]:
                store.save(vault.conn, record)


# -- the 10,000-meeting sync fixture ---------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SyncFixture:
    """An office and an enrolled volunteer (both locked); the volunteer holds ``meetings``
    meetings with their attendance and concerns, and ``bundle`` is its first bundle to the office
    (written by the builder and not yet imported)."""

    office: Path
    volunteer: Path
    bundle: Path
    meetings: int
    counts: dict[str, int]
    build_seconds: float


SYNC_MEETINGS = 10_000
SYNC_CIRCLES = SYNC_MEETINGS // WEEKLY_MEETINGS_PER_CIRCLE


def sync_fixture(root: Path, *, say: Progress) -> SyncFixture:
    """The sync fixture in ``root/sync``, built (once per run) if it is not there yet."""
    folder = root / "sync"
    manifest = folder / "fixture.json"
    if not manifest.exists():
        _build_sync_fixture(folder, say=say)
    facts = json.loads(manifest.read_text())
    return SyncFixture(
        office=folder / "office",
        volunteer=folder / "volunteer",
        bundle=folder / "bundle.cdb",
        meetings=facts["meetings"],
        counts=facts["counts"],
        build_seconds=facts["build_seconds"],
    )


def _build_sync_fixture(folder: Path, *, say: Progress) -> None:
    started = time.perf_counter()
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(mode=0o700)
    say(f"building the sync fixture: an office with {SYNC_CIRCLES} circles")
    office, codes = make_office(folder / "office", circles=SYNC_CIRCLES)
    try:
        volunteer = enrol_volunteer(office, folder / "volunteer", codes=codes)
    finally:
        office.lock()
    try:
        say(f"generating {SYNC_MEETINGS:,} meetings with attendance and concerns")
        records = meeting_rows(circle_meetings(volunteer, count=SYNC_MEETINGS, seed=SEED))
        say(f"storing {len(records):,} records in the volunteer's vault")
        save_all(volunteer, records)
        say("exporting the volunteer's first bundle")
        bundle = exporter.export_to_office(volunteer)
    finally:
        volunteer.lock()
    (folder / "bundle.cdb").write_bytes(bundle.data)
    facts = {
        "meetings": SYNC_MEETINGS,
        "counts": bundle.counts,
        "build_seconds": time.perf_counter() - started,
    }
    (folder / "fixture.json").write_text(json.dumps(facts))
    say(f"sync fixture built in {facts['build_seconds']:.1f} s ({len(records):,} records)")
