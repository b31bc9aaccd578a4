"""The coordinator's office (DESIGN §9): a week's inbox of 50 bundles imported through the GUI,
and the concern queue and a circle's timeline opened on a 50-circle × 3-year office vault
(targets: under 300 ms each).

Offscreen Qt (``QT_QPA_PLATFORM=offscreen`` is set before Qt is imported), in this benchmark's own
process. The vaults are built first (fast Argon2id cost):

- *office*: an office vault with 50 circles, each a core member and four volunteers. The first
  volunteer of each circle has a real laptop vault, enrolled by the office and welcomed (50
  devices). Then three years of weekly meetings per circle, up to two weeks ago, from
  :func:`circlesdesk.domain.generate_meetings` with attendance, hours and concerns, a
  contact in about a third of the weeks and a review every 12 weeks (the generators of
  :mod:`bench.gui`), all written by the circle's enrolled device and stored by
  ``store.apply_incoming`` as an import leaves them; the office's own answers to the concerns
  (acknowledged after a week, most closed after a month) stored by ``store.save``.
- *bare*: the same office just before the history was stored: 50 circles, 50 devices, nothing
  recorded (the baseline of the two openings).
- *inbox*: each of the 50 laptops records this week's meeting and exports its bundle: the week's
  inbox, 50 files.

A week's inbox: :class:`circlesdesk.ui.office.inbox.InboxPage` on a fresh copy of the office
vault, shown at the main window's page size; the clock runs from ``add_paths([inbox folder])``
(every file checked on the task runner) through "Import all ready" (imported on the task runner,
then the list checked again) until the page is idle and painted. Baseline: the same 50 files
imported into another fresh copy by ``services.sync.import_file``, one after another.

Openings, on the office vault: :class:`ConcernQueuePage` built, ``page_shown()`` (as the shell
calls it), shown and painted; on :class:`CirclesPage` (shown once), each of the 50 circles chosen
in its list until its summary and timeline are painted. Baselines: the same on the bare vault.
``services.timeline.circle_timeline`` (every entry of a circle decoded) is timed alone as well.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import dataclasses
import datetime as dt
import json
import random
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop

from bench import fixtures, gui
from bench.report import Row, Unit, Verdict, verdict
from bench.session import Session
from bench.timing import Stopwatch, Timing
from circlesdesk.demo.meetings import MeetingRecords, generate_meetings, record_uuid
from circlesdesk.domain import validation
from circlesdesk.domain.enums import MeetingPattern, PersonRole, Phase, Role
from circlesdesk.domain.records import Circle, Concern, Membership, Person, Record
from circlesdesk.reports import quarterly, trends
from circlesdesk.reports.tables import Period
from circlesdesk.services import circles, office, reports, setup, timeline
from circlesdesk.services import sync as sync_service
from circlesdesk.services.reports import Report
from circlesdesk.sync import exporter, importer
from circlesdesk.sync.importer import State
from circlesdesk.ui.crash import CrashReporter
from circlesdesk.ui.office.circles import CirclesPage
from circlesdesk.ui.office.concerns import ConcernQueuePage
from circlesdesk.ui.office.inbox import InboxPage
from circlesdesk.ui.report_pdf import write_pdf
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.vault import database, store
from circlesdesk.vault.vault import Vault

NAME = "office"
TITLE = (
    "Office: a week's inbox of 50 bundles; concern queue, timeline and quarterly return on "
    "50 circles × 3 years"
)

CIRCLES = gui.CIRCLES
MEETINGS_PER_CIRCLE = gui.MEETINGS_PER_CIRCLE
VOLUNTEERS_PER_CIRCLE = 4
SPARE_WEEKS = 30  # generated beyond them, for the holidays the generator skips
HISTORY_ENDS_DAYS = 14  # the history stops two weeks ago; this week's meetings are in the inbox
OPEN_TARGET = 0.300
IMPORT_RUNS = 3
OPEN_RUNS = 7
REPORT_RUNS = 5
REPORT_TARGET = 2.0


# -- the vaults ----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CircleSetup:
    """One circle of the office, its people, and the device of the volunteer who sends."""

    circle: Circle
    core_member: Person
    volunteers: tuple[Person, ...]
    device: str = ""


def _circles(office_device: str, *, today: dt.date) -> list[CircleSetup]:
    rng = random.Random(fixtures.SEED + 7)
    first = today - dt.timedelta(weeks=MEETINGS_PER_CIRCLE + SPARE_WEEKS)

    def person(name: str, role: PersonRole) -> Person:
        return Person(uuid=record_uuid(rng), origin=office_device, name=name, role=role.value)

    result = []
    for index in range(CIRCLES):
        result.append(
            CircleSetup(
                circle=Circle(
                    uuid=record_uuid(rng),
                    origin=office_device,
                    code=f"SW-{index + 1:03d}",
                    phase=Phase.ACTIVE.value,
                    meeting_pattern=MeetingPattern.WEEKLY.value,
                    venues=("Hall A", "Library room 2"),
                    started_on=(first + dt.timedelta(days=index % 7)).isoformat(),
                ),
                core_member=person(f"Core member K{index + 1}", PersonRole.CORE_MEMBER),
                volunteers=tuple(
                    person(f"Volunteer {index + 1}-{n + 1}", PersonRole.VOLUNTEER)
                    for n in range(VOLUNTEERS_PER_CIRCLE)
                ),
            )
        )
    return result


def _rosters(setups: Sequence[CircleSetup], office_device: str) -> list[Record]:
    rng = random.Random(fixtures.SEED + 8)
    records: list[Record] = []
    for s in setups:
        records += [s.circle, s.core_member, *s.volunteers]
        records += [
            Membership(
                uuid=record_uuid(rng),
                origin=office_device,
                circle_uuid=s.circle.uuid,
                person_uuid=member.uuid,
                role=member.role,
                joined_on=s.circle.started_on,
            )
            for member in (s.core_member, *s.volunteers)
        ]
    return records


def _enrol(office_vault: Vault, setup_: CircleSetup, folder: Path) -> CircleSetup:
    """The circle's first volunteer's laptop: made, enrolled in the circle, welcomed (locked)."""
    volunteer, _code = setup.create_vault(
        folder,
        role=Role.VOLUNTEER,
        name=setup_.volunteers[0].name,
        passphrase=fixtures.PASSPHRASE,
        kdf=fixtures.FAST_KDF,
    )
    try:
        request_data, _fingerprint = sync_service.enrollment_request(volunteer)
        enrolled = sync_service.enroll(
            office_vault,
            request_data,
            assign=[setup_.circle.code],
            person_uuid=setup_.volunteers[0].uuid,
        )
        importer.import_bundle(volunteer, enrolled.welcome.data)
        return dataclasses.replace(setup_, device=volunteer.info.device_id)
    finally:
        volunteer.lock()


def _meetings(s: CircleSetup, *, seed: int, start: dt.date, count: int) -> list[MeetingRecords]:
    """Meetings of one circle, every record written by the circle's enrolled device.

    The spare weeks run past today (the generator skips holidays); a concern there is "in the
    future", which a record now refuses when made. Those meetings are dropped before anything
    is stored (:func:`_history`), so the check is widened while they are generated.
    """
    slack = validation.FUTURE_SLACK
    validation.FUTURE_SLACK = dt.timedelta(weeks=52)
    try:
        return generate_meetings(
            rng=random.Random(seed),
            circle=s.circle,
            core_member=s.core_member,
            volunteers=s.volunteers,
            devices={v.uuid: s.device for v in s.volunteers},
            start=start,
            count=count,
        )
    finally:
        validation.FUTURE_SLACK = slack


def _history(s: CircleSetup, index: int, office_device: str, *, today: dt.date) -> list[Record]:
    """Three years of one circle, as the office holds them after importing every bundle."""
    rng = random.Random(fixtures.SEED * 1000 + index)
    ends = (today - dt.timedelta(days=HISTORY_ENDS_DAYS)).isoformat()
    generated = [
        m
        for m in _meetings(
            s,
            seed=fixtures.SEED * 1000 + index,
            start=dt.date.fromisoformat(s.circle.started_on or ""),
            count=MEETINGS_PER_CIRCLE + SPARE_WEEKS,
        )
        if m.meeting.held_on < ends
    ][-MEETINGS_PER_CIRCLE:]
    if len(generated) < MEETINGS_PER_CIRCLE:
        raise RuntimeError(f"only {len(generated)} meetings before {ends} in {s.circle.code}")
    devices = {v.uuid: s.device for v in s.volunteers}
    records: list[Record] = [
        r for m in generated for r in (m.meeting, *m.attendance, *m.concerns, *m.hours)
    ]
    records += gui._contacts(
        rng, s.circle, s.core_member, s.volunteers, devices, generated, today=today
    )
    records += gui._reviews(rng, s.circle, devices, generated)
    concerns = [c for m in generated for c in m.concerns]
    records += [
        dataclasses.replace(answer, origin=office_device)
        for answer in gui._responses(rng, concerns, today=today)
    ]
    return records


def _this_week(folder: Path, s: CircleSetup, index: int, inbox: Path, *, today: dt.date) -> None:
    """The laptop records this week's meeting and writes its bundle into the inbox."""
    vault = fixtures.unlock(folder)
    try:
        [week] = _meetings(
            s, seed=fixtures.SEED - index, start=today - dt.timedelta(days=13 - index % 7), count=1
        )
        # A laptop books hours only to its own volunteer (the office holds back a bundle that
        # books them to anyone else: sync/scope.py); the others' hours are on their laptops.
        own_hours = [h for h in week.hours if h.person_uuid == s.volunteers[0].uuid]
        with database.transaction(vault.conn):
            for record in (week.meeting, *week.attendance, *week.concerns, *own_hours):
                store.save(vault.conn, record)
        bundle = exporter.export_to_office(vault)
    finally:
        vault.lock()
    (inbox / bundle.file_name).write_bytes(bundle.data)


@dataclasses.dataclass(frozen=True)
class OfficeFixture:
    """Where the vaults are and what they hold."""

    office: Path
    bare: Path
    inbox: Path
    counts: dict[str, int]
    open_concerns: int
    build_seconds: float


def office_fixture(root: Path, *, say: Callable[[str], None]) -> OfficeFixture:
    """The office fixture in ``root/office``, built if it is not there yet."""
    folder = root / NAME
    manifest = folder / "fixture.json"
    if not manifest.exists():
        _build(folder, say=say)
    facts = json.loads(manifest.read_text())
    return OfficeFixture(
        office=folder / "office",
        bare=folder / "bare",
        inbox=folder / "inbox",
        counts=facts["counts"],
        open_concerns=facts["open_concerns"],
        build_seconds=facts["build_seconds"],
    )


def _build(folder: Path, *, say: Callable[[str], None]) -> None:
    today = dt.date.today()
    with Stopwatch() as watch:
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(mode=0o700)
        (folder / "inbox").mkdir(mode=0o700)
        say(f"building the office vault: {CIRCLES} circles, {CIRCLES} enrolled laptops")
        vault, _code = setup.create_vault(
            folder / "office",
            role=Role.OFFICE,
            name="Benchmark Office",
            passphrase=fixtures.PASSPHRASE,
            kdf=fixtures.FAST_KDF,
        )
        me = vault.info.device_id
        try:
            setups = _circles(me, today=today)
            with database.transaction(vault.conn):
                for record in _rosters(setups, me):
                    store.save(vault.conn, record)
            setups = [
                _enrol(vault, s, folder / "laptops" / f"{i:02d}") for i, s in enumerate(setups)
            ]
        finally:
            vault.lock()
        fixtures.copy_vault(folder / "office", folder / "bare")
        say(f"storing {MEETINGS_PER_CIRCLE} weeks of each circle as imported")
        vault = fixtures.unlock(folder / "office")
        try:
            vault.conn.execute("PRAGMA cache_size = -524288").fetchall()  # building only
            with database.transaction(vault.conn):
                for index, s in enumerate(setups):
                    for record in _history(s, index, me, today=today):
                        if record.origin == me:
                            store.save(vault.conn, record)
                        else:
                            store.apply_incoming(vault.conn, record)
            counts = {label: store.count(vault.conn, cls) for label, cls in setup.COUNTED.items()}
            open_concerns = len(office.concern_queue(vault))
        finally:
            vault.lock()
        say(f"this week: {CIRCLES} laptops record a meeting and write their bundles")
        for index, s in enumerate(setups):
            _this_week(folder / "laptops" / f"{index:02d}", s, index, folder / "inbox", today=today)
    facts = {"counts": counts, "open_concerns": open_concerns, "build_seconds": watch.elapsed}
    (folder / "fixture.json").write_text(json.dumps(facts))


# -- measuring -----------------------------------------------------------------------------------


def _until_idle(page: InboxPage) -> None:
    """Run the event loop until the page's task (on the runner) has delivered its outcome."""
    if not page.busy:
        return
    loop = QEventLoop()

    def changed(busy: bool) -> None:
        if not busy:
            loop.quit()

    page.busy_changed.connect(changed)
    try:
        if page.busy:
            loop.exec()
    finally:
        page.busy_changed.disconnect(changed)


@dataclasses.dataclass(frozen=True)
class InboxRun:
    """One week's inbox through the GUI: files checked, then all imported; seconds."""

    checked: float
    imported: float

    @property
    def total(self) -> float:
        return self.checked + self.imported


def inbox_via_gui(source: Path, inbox: Path, scratch: Path, runner: TaskRunner) -> InboxRun:
    """Add the inbox folder to the page, import all ready, until idle and painted."""
    target = scratch / "gui"
    shutil.rmtree(target, ignore_errors=True)
    vault = fixtures.unlock(fixtures.copy_vault(source, target))
    try:
        page = InboxPage(vault, runner=runner)
        page.resize(*gui.PAGE_SIZE)
        page.show()
        gui.painted(page)
        with Stopwatch() as checked:
            page.add_paths([inbox])
            _until_idle(page)
            gui.painted(page)
        ready = sum(1 for item in page.model.rows() if item.ready)
        with Stopwatch() as imported:
            page.import_all_ready()
            _until_idle(page)
            gui.painted(page)
        summary = page.summary
        if ready != CIRCLES or summary is None or summary.applied != CIRCLES:
            raise RuntimeError(f"{ready} ready, the GUI imported {summary and summary.applied}")
        gui.close(page)
    finally:
        vault.lock()
    return InboxRun(checked=checked.elapsed, imported=imported.elapsed)


def inbox_via_service(source: Path, inbox: Path, scratch: Path) -> float:
    """The same files imported by ``services.sync.import_file`` in a loop; seconds."""
    target = scratch / "service"
    shutil.rmtree(target, ignore_errors=True)
    vault = fixtures.unlock(fixtures.copy_vault(source, target))
    try:
        with Stopwatch() as watch:
            states = [
                sync_service.import_file(vault, path).state for path in office.bundle_files(inbox)
            ]
        if states != [State.READY] * CIRCLES:
            raise RuntimeError(f"the loop imported {states.count(State.READY)} bundles")
    finally:
        vault.lock()
    return watch.elapsed


def queue_opened(vault: Vault, runner: TaskRunner) -> tuple[float, int]:
    """The concern queue as the shell opens it: built, page_shown(), shown, painted."""
    with Stopwatch() as watch:
        page = ConcernQueuePage(vault, runner=runner)
        page.resize(*gui.PAGE_SIZE)
        page.page_shown()
        page.show()
        gui.painted(page)
    rows = page.model.rowCount()
    gui.close(page)
    return watch.elapsed, rows


def circles_selected(vault: Vault, runner: TaskRunner) -> tuple[list[float], int]:
    """The circles page shown once; then each circle chosen in its list (its timeline read and
    painted); seconds each, and the entries the timelines count in all."""
    page = CirclesPage(vault, runner=runner)
    page.resize(*gui.PAGE_SIZE)
    page.page_shown()
    page.show()
    gui.painted(page)
    times, entries = [], 0
    for circle in reversed(circles.list_circles(vault)):  # the first is chosen when shown
        with Stopwatch() as watch:
            if not page.select(circle.code):
                raise RuntimeError(f"the circles page does not list {circle.code}")
            gui.painted(page)
        times.append(watch.elapsed)
        entries += page.timeline_model.total()
    gui.close(page)
    return times, entries


def timelines(vault: Vault) -> tuple[list[float], int]:
    """Each circle's timeline read (every entry and its answers); seconds each, entries in all."""
    times, entries = [], 0
    for circle in circles.list_circles(vault):
        with Stopwatch() as watch:
            entries += len(timeline.circle_timeline(vault, circle.uuid))
        times.append(watch.elapsed)
    return times, entries


# -- the benchmark -------------------------------------------------------------------------------


def run(session: Session) -> None:
    """Build the vaults, then time the week's inbox and the two openings."""
    with Stopwatch() as build:
        fixture = office_fixture(session.fixtures, say=session.say)
    held = ", ".join(f"{n:,} {label}" for label, n in fixture.counts.items() if n)
    session.report(
        Row(
            benchmark=NAME,
            measured=f"build: office vault, {CIRCLES} circles × 3 years as imported ({held}); "
            f"{CIRCLES} enrolled laptops, a bundle from each",
            figure=build.elapsed,
            unit=Unit.SECONDS,
            target="none (fixture)",
            verdict=Verdict.INFO,
        )
    )
    gui._quiet_offscreen_limits()
    gui.application()
    runner = TaskRunner(crash_reporter=CrashReporter())
    with session.scratch("office") as scratch:
        _measure_inbox(session, fixture, scratch, runner)
    _measure_openings(session, fixture, runner)
    with session.scratch("office-report") as scratch:
        _measure_report(session, fixture, scratch)
    runner.deleteLater()
    gui.settle()


def _measure_inbox(
    session: Session, fixture: OfficeFixture, scratch: Path, runner: TaskRunner
) -> None:
    session.say(
        f"a week's inbox: {IMPORT_RUNS} rounds of {CIRCLES} bundles through the inbox page, "
        "and through import_file in a loop"
    )
    inbox_via_gui(fixture.office, fixture.inbox, scratch, runner)  # untimed: the first of its kind
    runs: list[InboxRun] = []
    loops: list[float] = []
    for _ in range(IMPORT_RUNS):
        runs.append(inbox_via_gui(fixture.office, fixture.inbox, scratch, runner))
        loops.append(inbox_via_service(fixture.office, fixture.inbox, scratch))
    page = Timing(tuple(r.total for r in runs))
    loop = Timing(tuple(loops))
    checked = Timing(tuple(r.checked for r in runs))
    imported = Timing(tuple(r.imported for r in runs))
    session.report(
        Row(
            benchmark=NAME,
            measured=f"a week's inbox: {CIRCLES} bundles from {CIRCLES} laptops through the "
            "inbox page (folder added and checked, Import all ready, list checked again)",
            figure=page.median,
            unit=Unit.SECONDS,
            baseline=loop.median,
            baseline_label=f"services.sync.import_file on the {CIRCLES} files in a loop",
            ratio=page.median / loop.median,
            target="none (the issue sets none)",
            verdict=Verdict.INFO,
            n=page.n,
            note=f"checking the files {checked.median * 1e3:.0f} ms, importing and checking "
            f"again {imported.median * 1e3:.0f} ms; into the 3-year office vault "
            f"({fixture.open_concerns:,} open concerns)",
        )
    )


def _measure_openings(session: Session, fixture: OfficeFixture, runner: TaskRunner) -> None:
    session.say(f"openings: {OPEN_RUNS} rounds of the concern queue, {CIRCLES} timelines")
    big = fixtures.unlock(fixture.office)
    bare = fixtures.unlock(fixture.bare)
    try:
        queue_opened(big, runner)  # untimed: the first of its kind
        queue_opened(bare, runner)
        full: list[float] = []
        empty: list[float] = []
        rows = 0
        for _ in range(OPEN_RUNS):
            seconds, rows = queue_opened(big, runner)
            full.append(seconds)
            empty.append(queue_opened(bare, runner)[0])
        with Stopwatch() as service:
            office.concern_queue(big)
        concerns = store.count(big.conn, Concern)
        timelines(big)  # untimed warm-up
        read, entries = timelines(big)
        bare_read, _none = timelines(bare)
        circles_selected(big, runner)  # untimed warm-up
        chosen, listed = circles_selected(big, runner)
        bare_chosen, _none = circles_selected(bare, runner)
    finally:
        big.lock()
        bare.lock()
    if rows != fixture.open_concerns:
        raise RuntimeError(f"the queue shows {rows} rows, not {fixture.open_concerns}")
    queue = Timing(tuple(full))
    base = Timing(tuple(empty))
    session.report(
        Row(
            benchmark=NAME,
            measured=f"concern queue opening, {CIRCLES} circles × 3 years ({rows:,} open of "
            f"{concerns:,} concerns): built, page_shown(), shown, painted",
            figure=queue.median,
            unit=Unit.SECONDS,
            baseline=base.median,
            baseline_label=f"the same, {CIRCLES} circles with nothing recorded",
            ratio=queue.median / base.median,
            target="< 300 ms",
            verdict=verdict(queue.median < OPEN_TARGET),
            n=queue.n,
            note=f"p95 {queue.percentile(95) * 1e3:.0f} ms; services.office.concern_queue "
            f"alone {service.elapsed * 1e3:.0f} ms",
        )
    )
    picked = Timing(tuple(chosen))
    session.report(
        Row(
            benchmark=NAME,
            measured=f"circle timeline opening: a circle chosen on the circles page (summary, "
            f"timeline counted, first rows read, painted), each of the {CIRCLES} circles "
            f"(about {listed // CIRCLES} entries each)",
            figure=picked.median,
            unit=Unit.SECONDS,
            baseline=Timing(tuple(bare_chosen)).median,
            baseline_label=f"the same, {CIRCLES} circles with nothing recorded",
            ratio=picked.median / Timing(tuple(bare_chosen)).median,
            target="< 300 ms",
            verdict=verdict(picked.median < OPEN_TARGET),
            n=picked.n,
            note=f"p95 {picked.percentile(95) * 1e3:.0f} ms, slowest "
            f"{max(picked.samples) * 1e3:.0f} ms",
        )
    )
    times = Timing(tuple(read))
    session.report(
        Row(
            benchmark=NAME,
            measured=f"(breakdown) services.timeline.circle_timeline alone: every entry of a "
            f"circle decoded with the office's answers, each of the {CIRCLES} circles "
            f"(about {entries // CIRCLES} entries each)",
            figure=times.median,
            unit=Unit.SECONDS,
            baseline=picked.median,
            baseline_label="a circle chosen on the circles page",
            ratio=times.median / picked.median,
            target="none (the whole timeline; the page reads the first rows only)",
            verdict=Verdict.INFO,
            n=times.n,
            note=f"p95 {times.percentile(95) * 1e3:.0f} ms; on the bare vault "
            f"{Timing(tuple(bare_read)).median * 1e6:.0f} µs",
        )
    )


def report_rendered(vault: Vault, period: Period, out: Path) -> float:
    """The quarterly return as the Reports page makes it (tables and chart series), then
    written as a PDF; seconds."""
    with Stopwatch() as watch:
        shown = reports.compute(vault, Report.QUARTERLY, period=period, names=False)
        title, meta = reports.title_and_meta(vault, Report.QUARTERLY, period=period, names=False)
        write_pdf(out, title, meta, shown.tables)
    return watch.elapsed


def _measure_report(session: Session, fixture: OfficeFixture, scratch: Path) -> None:
    period = Period.quarter_of(Period.quarter_of(dt.date.today()).start - dt.timedelta(days=1))
    session.say(f"the quarterly return for {period}: {REPORT_RUNS} rounds")
    vault = fixtures.unlock(fixture.office)
    try:
        report_rendered(vault, period, scratch / "warm-up.pdf")  # untimed: the first of its kind
        rendered, reads = [], []
        for n in range(REPORT_RUNS):
            rendered.append(report_rendered(vault, period, scratch / f"q-{n}.pdf"))
            with Stopwatch() as read:
                quarterly.load(vault, trends.window(period))
            reads.append(read.elapsed)
    finally:
        vault.lock()
    figure, baseline = Timing(tuple(rendered)), Timing(tuple(reads))
    session.report(
        Row(
            benchmark=NAME,
            measured=f"quarterly return for {period} on {CIRCLES} circles × 3 years: every "
            "table, the year's chart series and the PDF",
            figure=figure.median,
            unit=Unit.SECONDS,
            baseline=baseline.median,
            baseline_label="reading the year's records the charts need (quarterly.load)",
            ratio=figure.median / baseline.median,
            target="< 2 s",
            verdict=verdict(figure.median < REPORT_TARGET),
            n=figure.n,
            note=f"p95 {figure.percentile(95):.2f} s",
        )
    )
