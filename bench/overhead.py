"""The encrypted vault against the same code on plain SQLite (DESIGN §9: overhead under 25 %).

One workload, run through the app's own code in two ways, each in a fresh process: the vault as the
app opens it, and plain SQLite, the same ``sqlcipher3`` library with no key. Only the key differs
(see :class:`bench.fixtures.OpenMode`). The workload: store ``MEETINGS`` meetings with their
concerns through ``store.save`` in one transaction; lock; unlock (cold page cache); read meetings
by id, list each circle's meetings, run searches, count.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

from bench import fixtures
from bench.processes import in_fresh_process
from bench.report import Row, Unit, Verdict, verdict
from bench.search import queries_from
from bench.session import Session
from bench.timing import Stopwatch, Timing, pair_ratio
from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import Meeting
from circlesdesk.services import setup
from circlesdesk.vault import database, search, store
from circlesdesk.vault.vault import DATABASE_FILE

NAME = "overhead"
TITLE = "Encrypted vault vs the same code on plain SQLite"

MEETINGS = 2000
CIRCLES = 2
READS = 500
SEARCHES = 40
REPEATS = 3
TARGET = 1.25
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclasses.dataclass(frozen=True)
class Phases:
    """Seconds spent in each part of one run of the workload."""

    insert: float
    query: float

    @property
    def total(self) -> float:
        """Both parts."""
        return self.insert + self.query


def workload(folder: Path, mode_name: str) -> Phases:
    """Run the workload once in a new vault in ``folder``, opened in the named mode."""
    mode = fixtures.OpenMode[mode_name]
    with fixtures.opened_as(mode):
        vault, _code = setup.create_vault(
            folder,
            role=Role.VOLUNTEER,
            name="Benchmark Volunteer",
            passphrase=fixtures.PASSPHRASE,
            kdf=fixtures.FAST_KDF,
        )
        device = vault.info.device_id
        loose = fixtures.loose_circles(count=CIRCLES, seed=fixtures.SEED, device=device)
        generated = [
            meeting
            for index, circle in enumerate(loose)
            for meeting in fixtures.loose_meetings(
                circle,
                count=MEETINGS // CIRCLES,
                seed=fixtures.SEED + index,
                device=device,
                start=dt.date(2001, 1, 1),
            )
        ]
        records = fixtures.meeting_rows(generated)
        rng = random.Random(fixtures.SEED)
        ids = rng.sample([m.meeting.uuid for m in generated], READS)
        queries = queries_from(
            [m.meeting.minutes for m in generated[::10]],
            seed=fixtures.SEED,
            words=SEARCHES // 2,
            phrases=SEARCHES // 4,
            pairs=SEARCHES // 4,
        )
        fixtures.save_all(vault, [c.circle for c in loose])
        with Stopwatch() as insert, database.transaction(vault.conn):
            for record in records:
                store.save(vault.conn, record)
        vault.lock()
        plain = (folder / DATABASE_FILE).read_bytes()[: len(_SQLITE_MAGIC)] == _SQLITE_MAGIC
        if plain != (mode is fixtures.OpenMode.PLAIN):
            raise RuntimeError(f"the {mode.name} database is {'not ' * (not plain)}plain SQLite")
        vault = fixtures.unlock(folder)
        try:
            with Stopwatch() as query:
                conn = vault.conn
                for uuid in ids:
                    store.get(conn, Meeting, uuid)
                for circle in loose:
                    store.find(
                        conn,
                        Meeting,
                        circle_uuid=circle.circle.uuid,
                        order_by=("held_on",),
                        descending=True,
                    )
                for text in queries:
                    search.search(conn, text)
                store.count(conn, Meeting)
        finally:
            vault.lock()
    return Phases(insert=insert.elapsed, query=query.elapsed)


def run(session: Session) -> None:
    """Run the workload ``REPEATS`` times in each mode, modes interleaved."""
    modes = (fixtures.OpenMode.PLAIN, fixtures.OpenMode.APP)
    results: dict[fixtures.OpenMode, list[Phases]] = {mode: [] for mode in modes}
    with session.scratch("overhead") as scratch:
        for repeat in range(REPEATS):
            for mode in modes:
                folder = scratch / f"{mode.name.lower()}-{repeat}"
                phases = in_fresh_process(workload, folder, mode.name)
                results[mode].append(phases)
                session.say(
                    f"run {repeat + 1}/{REPEATS} {mode.name.lower():5s} insert "
                    f"{phases.insert:6.2f} s, queries {phases.query:5.2f} s"
                )

    def median(mode: fixtures.OpenMode, part: str) -> Timing:
        return Timing(tuple(getattr(p, part) for p in results[mode]))

    plain = fixtures.OpenMode.PLAIN
    app = fixtures.OpenMode.APP
    workload_text = (
        f"{MEETINGS:,} meetings stored, then {READS} reads by id, {CIRCLES} circle lists, "
        f"{SEARCHES} searches"
    )
    for part, label in (("total", "whole workload"), ("insert", "store"), ("query", "queries")):
        encrypted, bare = median(app, part), median(plain, part)
        pairs = [a / b for a, b in zip(encrypted.samples, bare.samples, strict=True)]
        ratio = pair_ratio(encrypted.samples, bare.samples)
        main_row = part == "total"
        session.report(
            Row(
                benchmark=NAME,
                measured=f"encrypted vs plain SQLite: {label}",
                figure=encrypted.median,
                unit=Unit.SECONDS,
                baseline=bare.median,
                baseline_label="same code, plain SQLite file",
                ratio=ratio,
                target="< 1.25× (overhead < 25 %)" if main_row else "part of the above",
                verdict=verdict(ratio < TARGET) if main_row else Verdict.INFO,
                n=encrypted.n,
                note=f"overhead {(ratio - 1) * 100:+.0f} %; ratio: median of the pairs' ratios "
                f"(plain, encrypted, plain, …), pairs {min(pairs):.2f}×–{max(pairs):.2f}×"
                + (f"; {workload_text}" if main_row else ""),
            )
        )
