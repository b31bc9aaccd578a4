"""Recording meetings: ``services.meetings.record_meeting`` throughput and latency.

A volunteer's vault, enrolled and welcomed by an office, records meetings of 1–2 KB of minutes with
five attendance rows each and a concern at about one meeting in six. Baseline, interleaved with it:
a bare SQLCipher INSERT of the same meeting row into the same table (so its full-text trigger
runs) in its own transaction, on the same connection. DESIGN §9 sets no target for this; the figures
explain the others.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

from bench import fixtures
from bench.report import Row, Unit, Verdict
from bench.session import Session
from bench.timing import Stopwatch, Timing
from circlesdesk.demo.minutes import minutes_text
from circlesdesk.domain.enums import AttendanceStatus, PersonRole
from circlesdesk.domain.records import Meeting, new_record_id
from circlesdesk.services import circles, meetings
from circlesdesk.vault import database

NAME = "record"
TITLE = "Record-meeting throughput and latency"

MEETINGS = 200
WARMUP = 10
CONCERN_RATE = 0.15
_STATUSES = (AttendanceStatus.PRESENT,) * 17 + (AttendanceStatus.LATE, AttendanceStatus.APOLOGIES)


def _inputs(
    categories: list[str], areas: list[str], people: list[tuple[str, str, str]]
) -> list[dict[str, object]]:
    """The keyword arguments of each ``record_meeting`` call (seeded, the same in every process).

    ``people`` are the circle's members as (uuid, name, role).
    """
    rng = random.Random(fixtures.SEED)
    names = [name.split()[0] for _, name, role in people if role == PersonRole.VOLUNTEER.value]
    calls = []
    for number in range(WARMUP + MEETINGS):
        concerns = []
        if rng.random() < CONCERN_RATE:
            concerns.append(
                meetings.ConcernInput(
                    level=rng.choice((0, 0, 1, 1, 2)),
                    category=rng.choice(categories),
                    description=minutes_text(rng, volunteers=names, size=(150, 400)),
                )
            )
        calls.append(
            {
                "held_on": (dt.date(2024, 1, 1) + dt.timedelta(days=number)).isoformat(),
                "start_time": "18:30",
                "end_time": "20:00",
                "venue": "Hall A",
                "minutes": minutes_text(rng, core_member="K1", volunteers=names),
                "life_areas_discussed": tuple(rng.sample(areas, rng.choice((2, 3, 3, 4)))),
                "engagement": rng.randint(1, 5),
                "attendance": {uuid: rng.choice(_STATUSES) for uuid, _name, _role in people},
                "concerns": tuple(concerns),
            }
        )
    return calls


def measure_recording(folder: Path, *, code: str) -> tuple[list[float], list[float]]:
    """Latencies of ``record_meeting`` and of the bare insert, interleaved, warm-up excluded."""
    vault = fixtures.unlock(folder)
    try:
        circle = circles.find_circle(vault, code)
        roster = circles.roster(vault, circle.uuid)
        people = [(e.person.uuid, e.person.name, e.membership.role) for e in roster]
        if len(people) != 5:
            raise RuntimeError("the circle should have a core member and four volunteers")
        calls = _inputs(
            sorted(meetings.concern_categories(vault)),
            sorted(meetings.life_areas(vault)),
            people,
        )
        insert = fixtures.bare_insert_sql(Meeting)
        recorded: list[float] = []
        bare: list[float] = []
        for call in calls:
            with Stopwatch() as watch:
                meeting = meetings.record_meeting(vault, circle_code=code, **call)  # type: ignore[arg-type]
            recorded.append(watch.elapsed)
            row = fixtures.bare_row(dataclasses.replace(meeting, uuid=new_record_id()))
            with Stopwatch() as watch, database.transaction(vault.conn):
                vault.conn.execute(insert, row)
            bare.append(watch.elapsed)
    finally:
        vault.lock()
    return recorded[WARMUP:], bare[WARMUP:]


def run(session: Session) -> None:
    """Make the office and volunteer, then time meetings as the app records them."""
    with session.scratch("record") as scratch:
        office, codes = fixtures.make_office(scratch / "office", circles=1)
        try:
            volunteer = fixtures.enrol_volunteer(office, scratch / "volunteer", codes=codes)
            volunteer.lock()
        finally:
            office.lock()
        session.say(f"recording {MEETINGS} meetings (after {WARMUP} untimed)")
        recorded, bare = measure_recording(scratch / "volunteer", code=codes[0])
    latency, baseline = Timing(tuple(recorded)), Timing(tuple(bare))
    session.report(
        Row(
            benchmark=NAME,
            measured="record_meeting latency (5 attendance rows, 15 % with a concern)",
            figure=latency.median,
            unit=Unit.SECONDS,
            baseline=baseline.median,
            baseline_label="bare INSERT of the meeting row in its own transaction",
            ratio=latency.median / baseline.median,
            target="none in DESIGN §9",
            verdict=Verdict.INFO,
            n=latency.n,
            note=f"p95 {latency.percentile(95) * 1e3:.1f} ms (baseline p95 "
            f"{baseline.percentile(95) * 1e3:.1f} ms)",
        )
    )
    session.report(
        Row(
            benchmark=NAME,
            measured="record_meeting throughput, one meeting per transaction",
            figure=latency.n / latency.total,
            unit=Unit.PER_SECOND,
            baseline=baseline.n / baseline.total,
            baseline_label="bare INSERTs per second",
            ratio=(latency.n / latency.total) / (baseline.n / baseline.total),
            target="none in DESIGN §9",
            verdict=Verdict.INFO,
            n=latency.n,
            note="ratio below 1: slower than the baseline",
        )
    )
