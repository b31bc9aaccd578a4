"""GUI speed (DESIGN §9): the home view ready under 300 ms after unlock with 50 circles × 3 years
of weekly meetings; list views lazy, so 100,000 rows scroll as smoothly as 100.

Offscreen Qt (``QT_QPA_PLATFORM=offscreen`` is set before Qt is imported). The vaults are built
first (fast Argon2id cost), then opened as the app opens them:

- *home*: a volunteer's vault holding 50 circles, each with 156 weekly meetings (3 years) from
  :func:`circlesdesk.domain.generate_meetings`, with attendance, hours and concerns; a
  contact in about a third of the weeks, a review every 12 weeks, the office's answers to the
  concerns. The vault's owner is one of each circle's four volunteers and wrote the records the
  generator gives her; the office has receipted all but the last two weeks of them. Stored by
  ``store.save`` in one transaction. *empty*: a volunteer's vault with no circle (the baseline).
- *big* and *small*: a volunteer's vault with one circle whose history holds 100,000 entries, and
  one with 100 (meetings, concerns, contacts and reviews cloned from the home vault's, one a day).

Unlock → home ready: from ``Vault.unlock`` returning to Home built, laid out and painted, through
the app's own code: :class:`circlesdesk.ui.session.Session` gets the unlocked vault where the
unlock window hands it over (``Session._opened``), builds the main window with the volunteer's
pages and shows Home; then events are processed until none is left and the window is grabbed once.
Each sample is taken in a fresh process that starts as the app does (the application made, the
unlock window shown and painted), since the user's first unlock is that process's first main
window; the processes reuse compiled bytecode, as an installed app does. The Argon2id derive
inside ``Vault.unlock`` is timed apart and left out (the unlock benchmark has it). Baseline: the
same with the empty vault. To show where the time goes: the same process locked and unlocked
again, HomePage alone (each in fresh processes too), and its service calls (in this process).

History first paint: each on a vault just unlocked in this process (its page cache empty), the
100,000-entry and the 100-entry vault interleaved, after one untimed page of each.

Scrolling: the History page (:class:`circlesdesk.ui.volunteer.history.HistoryPage`, whose
:class:`TimelineModel` hands rows to the view 200 at a time) at the main window's page size. Time
to first paint; then page steps (scroll bar moved, events processed, the view grabbed), 300 at the
top, the middle and the bottom of the 100,000 rows (a whole pass is some 17,000 steps, too long to
run each time), with whole passes over the 100-row page interleaved as the baseline.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import copy
import ctypes
import dataclasses
import datetime as dt
import random
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QModelIndex,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from bench import fixtures
from bench.processes import in_fresh_compiled_process
from bench.report import Row, Unit, Verdict, verdict
from bench.session import Session
from bench.timing import Stopwatch, Timing, percentile
from bench.unlock import unwrap_timed
from circlesdesk.demo.meetings import (
    MeetingRecords,
    derived_device_id,
    generate_meetings,
    record_uuid,
)
from circlesdesk.domain import defaults
from circlesdesk.domain.config import default_office_config
from circlesdesk.domain.enums import (
    ContactMode,
    MeetingPattern,
    PersonRole,
    Phase,
    ResponseAction,
    Role,
)
from circlesdesk.domain.records import (
    Circle,
    Concern,
    ConcernResponse,
    Contact,
    Meeting,
    Membership,
    Person,
    Record,
    Review,
)
from circlesdesk.services import circles, home, setup, timeline
from circlesdesk.ui import app as ui_app
from circlesdesk.ui import session as ui_session
from circlesdesk.ui.crash import CrashReporter
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.volunteer.history import HistoryPage, TimelineModel
from circlesdesk.ui.volunteer.home import HomePage
from circlesdesk.vault import database, registry, store
from circlesdesk.vault.vault import Vault

NAME = "gui"
TITLE = "GUI: unlock → home ready; scrolling 100,000 rows"

CIRCLES = 50
MEETINGS_PER_CIRCLE = 156  # weekly for three years
SPARE_WEEKS = 20  # generated beyond them, for the weeks the generator skips (holidays)
CONTACT_WEEKS = 0.30
REVIEW_EVERY_WEEKS = 12
UNSENT_DAYS = 14  # the office has receipted everything older than this
HOME_TARGET = 0.300
HOME_RUNS = 7
BIG_HISTORY = 100_000
SMALL_HISTORY = 100
HISTORY_CODE = "HX-1"
PAGE_SIZE = (784, 560)  # the main window's page area at its default size (1000 × 680)
SMOOTH_RATIO = 1.5  # "as smoothly as 100": per-step p95 within this factor of the 100-row view
FRAME = 1 / 60
SEGMENT_STEPS = 300  # page steps timed at the top, the middle and the bottom of 100,000 rows
SMALL_EVERY = 15  # a whole pass over the 100-row list after this many steps over the big one
SMALL_FIRST_PAINTS = 5
OFFICE_DEVICE = derived_device_id("benchmark office")
OFFSCREEN_LIMITS = (
    "This plugin does not support raise()",
    "This plugin does not support propagateSizeHints()",
)

R = TypeVar("R", bound=Record)

_CONTACT_SUMMARIES = (
    "Rang {cm} to check how the week was going; {he} sounded tired but said things were steady.",
    "Met {cm} for a coffee after {his} appointment; {he} talked mostly about the housing letter.",
    "{cm} sent a message to say {he} would be late next time because of a shift change.",
    "Short call with {cm} about the form for the college course; {he} will bring it next week.",
    "Walked with {cm} to the library; {he} was more talkative than in the meetings lately.",
)


# -- Qt ------------------------------------------------------------------------------------------


def application() -> QApplication:
    """The QApplication as the app makes it (name, style, translations)."""
    return ui_app.create_application(["circlesdesk-bench"])


def settle() -> None:
    """Process events until none is waiting (layouts, paints, deferred deletes included)."""
    dispatcher = QAbstractEventDispatcher.instance()
    for _ in range(1000):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if not dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
            return
    raise RuntimeError("Qt events kept coming: the GUI never became idle")


def painted(widget: QWidget) -> None:
    """Settle, then render the widget once (what the screen would show)."""
    settle()
    widget.grab()


# -- the home vault ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Organisation:
    """The records of the home vault, in the order they are stored."""

    office: list[Record]  # configuration, circles, people, memberships
    meetings: list[MeetingRecords]
    contacts: list[Contact]
    reviews: list[Review]
    responses: list[ConcernResponse]

    def dated(self) -> list[tuple[str, Record]]:
        """Every record written in a circle, with the day it belongs to, oldest first."""
        days: list[tuple[str, Record]] = []
        for m in self.meetings:
            day = m.meeting.held_on
            days += [(day, r) for r in (m.meeting, *m.attendance, *m.concerns, *m.hours)]
        days += [(c.contact_on, c) for c in self.contacts]
        days += [(r.review_on, r) for r in self.reviews]
        days += [(r.responded_at[:10], r) for r in self.responses]
        days.sort(key=lambda pair: pair[0])  # stable: a meeting stays before its attendance
        return days


def organisation(*, owner_device: str, today: dt.date) -> Organisation:
    """50 circles meeting weekly for three years, ending about now; four volunteers in each, the
    first of them the vault's owner (``owner_device``)."""
    rng = random.Random(fixtures.SEED)
    weeks = MEETINGS_PER_CIRCLE + SPARE_WEEKS
    start = today - dt.timedelta(weeks=weeks)

    def person(name: str, role: PersonRole) -> Person:
        return Person(uuid=record_uuid(rng), origin=OFFICE_DEVICE, name=name, role=role.value)

    volunteers = [person(name, PersonRole.VOLUNTEER) for name in fixtures.VOLUNTEER_NAMES]
    devices = {v.uuid: derived_device_id(v.uuid) for v in volunteers}
    devices[volunteers[0].uuid] = owner_device
    office: list[Record] = [
        default_office_config(
            office_device=OFFICE_DEVICE,
            office_name="Benchmark Office",
            phone="01632 960000",
            updated_at="2020-01-01T09:00:00+00:00",
        ),
        *volunteers,
    ]
    meetings: list[MeetingRecords] = []
    contacts: list[Contact] = []
    reviews: list[Review] = []
    responses: list[ConcernResponse] = []
    for index in range(CIRCLES):
        first = start + dt.timedelta(days=index % 7)
        circle = Circle(
            uuid=record_uuid(rng),
            origin=OFFICE_DEVICE,
            code=f"SW-{index + 1:03d}",
            phase=Phase.ACTIVE.value,
            meeting_pattern=MeetingPattern.WEEKLY.value,
            venues=("Hall A", "Library room 2"),
            started_on=first.isoformat(),
        )
        core = person(f"Core member K{index + 1}", PersonRole.CORE_MEMBER)
        office += [circle, core]
        office += [
            Membership(
                uuid=record_uuid(rng),
                origin=OFFICE_DEVICE,
                circle_uuid=circle.uuid,
                person_uuid=member.uuid,
                role=member.role,
                joined_on=first.isoformat(),
            )
            for member in (core, *volunteers)
        ]
        # The generator skips holidays, so the last 156 before today are kept: all in the past,
        # the latest within a week or two of today.
        generated = [
            m
            for m in generate_meetings(
                rng=random.Random(fixtures.SEED * 1000 + index),
                circle=circle,
                core_member=core,
                volunteers=volunteers,
                devices=devices,
                start=first,
                count=weeks,
            )
            if m.meeting.held_on < today.isoformat()
        ][-MEETINGS_PER_CIRCLE:]
        if len(generated) < MEETINGS_PER_CIRCLE:
            raise RuntimeError(f"only {len(generated)} meetings before today in {circle.code}")
        meetings += generated
        contacts += _contacts(rng, circle, core, volunteers, devices, generated, today=today)
        reviews += _reviews(rng, circle, devices, generated)
        responses += _responses(rng, [c for m in generated for c in m.concerns], today=today)
    return Organisation(office, meetings, contacts, reviews, responses)


def _contacts(
    rng: random.Random,
    circle: Circle,
    core: Person,
    volunteers: Sequence[Person],
    devices: dict[str, str],
    meetings: Sequence[MeetingRecords],
    *,
    today: dt.date,
) -> list[Contact]:
    result = []
    for m in meetings:
        if rng.random() >= CONTACT_WEEKS:
            continue
        volunteer = rng.choice(volunteers)
        day = dt.date.fromisoformat(m.meeting.held_on) + dt.timedelta(days=rng.randint(1, 5))
        if day >= today:
            continue
        result.append(
            Contact(
                uuid=record_uuid(rng),
                origin=devices[volunteer.uuid],
                updated_at=f"{day.isoformat()}T15:00:00+00:00",
                circle_uuid=circle.uuid,
                person_uuid=volunteer.uuid,
                contact_on=day.isoformat(),
                mode=rng.choice(list(ContactMode)).value,
                summary=rng.choice(_CONTACT_SUMMARIES).format(
                    cm=core.name.removeprefix("Core member "), he="he", his="his"
                ),
            )
        )
    return result


def _reviews(
    rng: random.Random,
    circle: Circle,
    devices: dict[str, str],
    meetings: Sequence[MeetingRecords],
) -> list[Review]:
    result = []
    for m in meetings[REVIEW_EVERY_WEEKS::REVIEW_EVERY_WEEKS]:
        writer = m.meeting.minute_taker_uuid or next(iter(devices))
        result.append(
            Review(
                uuid=record_uuid(rng),
                origin=devices[writer],
                updated_at=f"{m.meeting.held_on}T20:30:00+00:00",
                circle_uuid=circle.uuid,
                review_on=m.meeting.held_on,
                template_id=defaults.REVIEW_TEMPLATE_ID,
                scores={item: rng.randint(0, 4) for item in defaults.REVIEW_ITEMS},
                notes="Scores are much the same as at the last review.",
            )
        )
    return result


def _responses(
    rng: random.Random, concerns: Sequence[Concern], *, today: dt.date
) -> list[ConcernResponse]:
    """The office acknowledges concerns older than a week and closes most older than a month."""
    result = []
    for concern in concerns:
        raised = dt.datetime.fromisoformat(concern.raised_at)
        age = today - raised.date()
        if age < dt.timedelta(days=7):
            continue
        answered = raised + dt.timedelta(hours=rng.randint(2, 48))
        result.append(
            ConcernResponse(
                uuid=record_uuid(rng),
                origin=OFFICE_DEVICE,
                updated_at=answered.isoformat(),
                concern_uuid=concern.uuid,
                action=ResponseAction.ACKNOWLEDGE.value,
                responded_at=answered.isoformat(),
                text="Thank you: noted, and we will talk about it at supervision.",
            )
        )
        if age > dt.timedelta(days=30) and rng.random() < 0.8:
            closed = answered + dt.timedelta(days=rng.randint(3, 21))
            result.append(
                ConcernResponse(
                    uuid=record_uuid(rng),
                    origin=OFFICE_DEVICE,
                    updated_at=closed.isoformat(),
                    concern_uuid=concern.uuid,
                    action=ResponseAction.CLOSE.value,
                    responded_at=closed.isoformat(),
                    text="Closed after the circle's follow-up.",
                )
            )
    return result


def _new_volunteer_vault(folder: Path, name: str) -> Vault:
    vault, _code = setup.create_vault(
        folder,
        role=Role.VOLUNTEER,
        name=name,
        passphrase=fixtures.PASSPHRASE,
        kdf=fixtures.FAST_KDF,
    )
    # A bigger page cache while building only: the file written is the same, only sooner.
    vault.conn.execute("PRAGMA cache_size = -524288").fetchall()
    return vault


def build_home(folder: Path, *, today: dt.date) -> tuple[dict[str, int], Organisation]:
    """The home vault (see the module docstring); returns what it holds, by kind."""
    vault = _new_volunteer_vault(folder, fixtures.VOLUNTEER_NAMES[0])
    try:
        org = organisation(owner_device=vault.info.device_id, today=today)
        dated = org.dated()
        cutoff = (today - dt.timedelta(days=UNSENT_DAYS)).isoformat()
        receipted = [record for day, record in dated if day < cutoff]
        recent = [record for day, record in dated if day >= cutoff]
        with database.transaction(vault.conn):
            for record in (*org.office, *receipted):
                store.save(vault.conn, record)
            # Welcomed by the office, which has receipted every change so far.
            registry.add_peer(
                vault.conn,
                device_id=OFFICE_DEVICE,
                role=Role.OFFICE.value,
                name="Benchmark Office",
                person_uuid=None,
            )
            registry.update_peer(vault.conn, OFFICE_DEVICE, acked_change_out=vault.change_counter())
            for record in recent:
                store.save(vault.conn, record)
        counts = {label: store.count(vault.conn, cls) for label, cls in setup.COUNTED.items()}
        counts["concern responses"] = store.count(vault.conn, ConcernResponse)
    finally:
        vault.lock()
    return counts, org


def build_empty(folder: Path) -> None:
    """A volunteer's vault as the office's welcome leaves it: configuration only, no circles."""
    vault = _new_volunteer_vault(folder, fixtures.VOLUNTEER_NAMES[0])
    try:
        config = default_office_config(
            office_device=OFFICE_DEVICE, office_name="Benchmark Office", phone="01632 960000"
        )
        with database.transaction(vault.conn):
            store.save(vault.conn, config)
    finally:
        vault.lock()


# -- the history vaults --------------------------------------------------------------------------


def _moved(record: R, **changes: str | None) -> R:
    """A copy of a validated record with new ids or dates (already valid), without validating
    every field again (100,000 times over, that alone took seconds)."""
    moved = copy.copy(record)
    for name, value in changes.items():
        object.__setattr__(moved, name, value)
    return moved


def _entry_day(record: Record) -> str:
    if isinstance(record, Meeting):
        return record.held_on
    if isinstance(record, Concern):
        return record.raised_at[:10]
    if isinstance(record, Contact):
        return record.contact_on
    if isinstance(record, Review):
        return record.review_on
    return ""


def timeline_records(
    org: Organisation, *, circle_uuid: str, count: int, first: dt.date
) -> list[Record]:
    """``count`` timeline entries of one circle, one a day from ``first``: the home vault's
    meetings, concerns, contacts and reviews in turn, under new ids, with the office's answers to
    the concerns."""
    rng = random.Random(fixtures.SEED + count)
    answers: dict[str, list[ConcernResponse]] = {}
    for response in org.responses:
        answers.setdefault(response.concern_uuid, []).append(response)
    source: list[Record] = [
        *(r for m in org.meetings for r in (m.meeting, *m.concerns)),
        *org.contacts,
        *org.reviews,
    ]
    source.sort(key=_entry_day)
    result: list[Record] = []
    for index in range(count):
        original = source[index % len(source)]
        day = (first + dt.timedelta(days=index)).isoformat()
        uuid = record_uuid(rng)
        if isinstance(original, Meeting):
            result.append(_moved(original, uuid=uuid, circle_uuid=circle_uuid, held_on=day))
        elif isinstance(original, Concern):
            raised = f"{day}{original.raised_at[10:]}"
            result.append(
                _moved(
                    original,
                    uuid=uuid,
                    circle_uuid=circle_uuid,
                    meeting_uuid=None,
                    raised_at=raised,
                    updated_at=raised,
                )
            )
            result += [
                _moved(answer, uuid=record_uuid(rng), concern_uuid=uuid)
                for answer in answers.get(original.uuid, ())
            ]
        elif isinstance(original, Contact):
            result.append(_moved(original, uuid=uuid, circle_uuid=circle_uuid, contact_on=day))
        elif isinstance(original, Review):
            result.append(_moved(original, uuid=uuid, circle_uuid=circle_uuid, review_on=day))
    return result


def build_history(folder: Path, org: Organisation, *, entries: int) -> None:
    """A volunteer's vault with one circle, ``HISTORY_CODE``, whose history has ``entries``
    entries (from 1901, one a day: the dates CirclesDesk accepts hold about 110,000 days).

    The rows the store would write go in by ``executemany``; the full-text indexes are built once
    after them (their insert triggers dropped and made again with the same SQL), as row-by-row
    triggers took most of the build.
    """
    vault = _new_volunteer_vault(folder, fixtures.VOLUNTEER_NAMES[0])
    rng = random.Random(fixtures.SEED - entries)
    try:
        volunteers = [r for r in org.office if isinstance(r, Person)][
            : len(fixtures.VOLUNTEER_NAMES)
        ]
        circle = Circle(
            uuid=record_uuid(rng),
            origin=OFFICE_DEVICE,
            code=HISTORY_CODE,
            phase=Phase.ACTIVE.value,
            venues=("Hall A",),
            started_on="1901-01-01",
        )
        core = Person(
            uuid=record_uuid(rng),
            origin=OFFICE_DEVICE,
            name="Core member H",
            role=PersonRole.CORE_MEMBER.value,
        )
        records: list[Record] = [org.office[0], *volunteers, circle, core]
        records += [
            Membership(
                uuid=record_uuid(rng),
                origin=OFFICE_DEVICE,
                circle_uuid=circle.uuid,
                person_uuid=member.uuid,
                role=member.role,
            )
            for member in (core, *volunteers)
        ]
        records += timeline_records(
            org, circle_uuid=circle.uuid, count=entries, first=dt.date(1901, 1, 1)
        )
        rows: dict[type[Record], list[list[object]]] = {}
        for record in records:
            rows.setdefault(type(record), []).append(fixtures.bare_row(record))
        conn = vault.conn
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_fts_ai'"
        ).fetchall()
        with database.transaction(conn):
            for name, _sql in triggers:
                conn.execute(f"DROP TRIGGER {name}")
            for cls, values in rows.items():
                conn.executemany(fixtures.bare_insert_sql(cls), values)
            for name, sql in triggers:
                table = name.removesuffix("_ai")
                conn.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
                conn.execute(sql)
    finally:
        vault.lock()


# -- measuring: unlock → home ready --------------------------------------------------------------


@dataclasses.dataclass
class HomeRun:
    """One unlock: the derive inside it, the rest of it, and the time to the home view ready."""

    derive: float
    unlock: float
    ready: float
    cards: int


def _unlock(folder: Path) -> tuple[Vault, float, float]:
    spent: list[float] = []
    with unwrap_timed(spent), Stopwatch() as watch:
        vault = fixtures.unlock(folder)
    return vault, watch.elapsed, sum(spent)


def home_via_session(
    folder: Path,
    runner: TaskRunner,
    *,
    session: ui_session.Session | None = None,
    keep: bool = False,
) -> HomeRun:
    """Unlock, then what the app does with the unlocked vault, until the window is painted
    (by ``session``, whose unlock window is up, or by a new one); the session is closed
    afterwards unless ``keep``."""
    vault, unlock, derive = _unlock(folder)
    session = session or ui_session.Session(folder, runner=runner)
    try:
        with Stopwatch() as watch:
            session._opened(vault)  # the unlock window's `unlocked` signal lands here
            window = session.main_window
            assert window is not None
            painted(window)
        page = window.page("home")
        cards = len(page.cards) if isinstance(page, HomePage) else -1
    finally:
        if not keep:
            _close_session(session)
    return HomeRun(derive=derive, unlock=unlock - derive, ready=watch.elapsed, cards=cards)


def _close_session(session: ui_session.Session) -> None:
    session.shutdown()
    session.deleteLater()
    settle()


def fresh_home(folder: Path, part: str) -> list[HomeRun]:
    """In a new process, as the app starts: the application, then the unlock window shown and
    painted; then unlock, and time ``part``:

    - ``"session"``: :func:`home_via_session` through that window's session, then once more
      after locking (Ctrl+L, or inactivity) in the same process: two runs;
    - ``"page"``: :func:`home_page_alone` (its time as ``ready``): one run.
    """
    _quiet_offscreen_limits()
    application()
    runner = TaskRunner(crash_reporter=CrashReporter())
    session = ui_session.Session(folder, runner=runner)
    try:
        session.start()
        assert session.unlock_window is not None
        painted(session.unlock_window)
        if part == "page":
            return [HomeRun(derive=0, unlock=0, ready=home_page_alone(folder, runner), cards=-1)]
        first = home_via_session(folder, runner, session=session, keep=True)
        session.lock()
        settle()
        return [first, home_via_session(folder, runner, session=session, keep=True)]
    finally:
        _close_session(session)
        runner.deleteLater()
        settle()


def home_page_alone(folder: Path, runner: TaskRunner) -> float:
    """The home page without the main window: made, shown at the page's size, painted."""
    vault, _unlock_time, _derive = _unlock(folder)
    try:
        with Stopwatch() as watch:
            page = HomePage(vault, runner=runner)
            page.resize(*PAGE_SIZE)
            page.show()
            painted(page)
        page.hide()
        page.deleteLater()
        settle()
    finally:
        vault.lock()
    return watch.elapsed


def home_services(folder: Path) -> dict[str, float]:
    """The service calls of one ``HomePage.refresh``, in its order, timed one by one."""
    vault, _unlock_time, _derive = _unlock(folder)
    times = {}
    try:
        with Stopwatch() as watch:
            home.unsynced_total(vault)
        times["unsynced_total"] = watch.elapsed
        with Stopwatch() as watch:
            cards = home.circle_cards(vault)
        times["circle_cards"] = watch.elapsed
        with Stopwatch() as watch:
            home.reminders(vault, cards=cards)
        times["reminders"] = watch.elapsed
    finally:
        vault.lock()
    return times


# -- measuring: the history page ----------------------------------------------------------------


def history_first_paint(vault: Vault, runner: TaskRunner, code: str) -> tuple[HistoryPage, float]:
    """The History page made for one circle (as Home's History button leads to it), shown at the
    main window's page size and painted; the page and the seconds it took."""
    with Stopwatch() as watch:
        page = HistoryPage(vault, circle_code=code, runner=runner)
        page.resize(*PAGE_SIZE)
        page.show()
        painted(page)
    return page, watch.elapsed


def history_after_unlock(folder: Path, runner: TaskRunner, code: str) -> float:
    """Seconds to the History page's first paint (:func:`history_first_paint`) on the vault in
    ``folder`` just unlocked; the page is closed and the vault locked again."""
    vault, _unlock_time, _derive = _unlock(folder)
    try:
        page, seconds = history_first_paint(vault, runner, code)
        close(page)
    finally:
        vault.lock()
    return seconds


def close(page: QWidget) -> None:
    """Hide and destroy a top-level page, and let Qt delete it now."""
    page.hide()
    page.deleteLater()
    settle()


class Scroller:
    """A shown History page whose list is moved with its scroll bar, as Page Down does."""

    def __init__(self, page: HistoryPage) -> None:
        self.page = page
        self.view = page.view
        self.bar = page.view.verticalScrollBar()

    def rows(self) -> int:
        """Rows the model has handed to the view so far."""
        return self.page.model.rowCount()

    def at_end(self) -> bool:
        """On the last page of the last row (nothing more to fetch)."""
        return self.bar.value() >= self.bar.maximum() and not self.page.model.canFetchMore(
            QModelIndex()
        )

    def to_top(self) -> None:
        """Back to the first row (untimed)."""
        self.bar.setValue(0)
        settle()

    def step(self) -> float:
        """One page down: the scroll bar moves, events run, the view is painted; seconds."""
        started = time.perf_counter()
        self.bar.setValue(min(self.bar.value() + self.bar.pageStep(), self.bar.maximum()))
        settle()
        self.view.grab()
        return time.perf_counter() - started

    def to_last_fetched(self) -> float:
        """To the last row handed over so far (the view then fetches the next batch): seconds."""
        started = time.perf_counter()
        self.bar.setValue(self.bar.maximum())
        settle()
        self.view.grab()
        return time.perf_counter() - started


@dataclasses.dataclass
class ScrollTimes:
    """Seconds per page step over the big and the small list, and per fetch of a new batch."""

    big: list[float] = dataclasses.field(default_factory=list)
    small: list[float] = dataclasses.field(default_factory=list)
    fetches: list[float] = dataclasses.field(default_factory=list)
    page_rows: int = 0


def scroll(big: Scroller, small: Scroller) -> ScrollTimes:
    """Page steps over the big list at its top, middle and bottom (``SEGMENT_STEPS`` each),
    interleaved with whole passes over the small one; between the segments the big view is taken
    to its last fetched row until half, then all, of its rows are fetched (each move timed)."""
    times = ScrollTimes(page_rows=big.bar.pageStep())

    def small_pass() -> None:
        small.to_top()
        while not small.at_end():
            times.small.append(small.step())

    def segment() -> None:
        for index in range(SEGMENT_STEPS):
            if index % SMALL_EVERY == 0:
                small_pass()
            if big.at_end():
                return
            times.big.append(big.step())

    total = big.page.model.total()
    big.to_top()
    segment()  # the top
    while big.rows() < total // 2:
        times.fetches.append(big.to_last_fetched())
    segment()  # the middle, fetching as it goes
    while big.page.model.canFetchMore(QModelIndex()):
        times.fetches.append(big.to_last_fetched())
    big.bar.setValue(big.bar.maximum() - SEGMENT_STEPS * big.bar.pageStep())
    settle()
    segment()  # the bottom
    if not big.at_end():
        raise RuntimeError("the last segment did not reach the end of the list")
    _give_back_none(len(times.big) + len(times.small) + len(times.fetches))
    return times


def _give_back_none(steps: int) -> None:
    """PySide6 6.12 drops references to ``None`` that it does not hold: about five per page
    step of the History view (``sys.getrefcount(None)`` before and after). Over this
    benchmark's steps the count reaches zero as the interpreter exits, which aborts the process
    ("deallocating None") and loses its figures; give them back, with room to spare."""
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    for _ in range(steps * 10):
        incref(None)


# -- the benchmark -------------------------------------------------------------------------------


def _quiet_offscreen_limits() -> None:
    """Drop Qt's notes on what the offscreen platform cannot do (raise a window, size it to its
    hints), as the GUI tests do; every other Qt message still goes to stderr."""

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if not message.startswith(OFFSCREEN_LIMITS):
            sys.stderr.write(f"qt: {message}\n")

    qInstallMessageHandler(handler)


def run(session: Session) -> None:
    """Build the vaults, then time unlock → home ready and the history page's scrolling."""
    folder = session.fixtures / NAME
    folder.mkdir(mode=0o700)
    paths = {name: folder / name for name in ("home", "empty", "big", "small")}
    session.say(f"building the home vault: {CIRCLES} circles × {MEETINGS_PER_CIRCLE} meetings")
    with Stopwatch() as build:
        counts, org = build_home(paths["home"], today=dt.date.today())
        build_empty(paths["empty"])
    session.say(
        f"building the history vaults: one circle of {BIG_HISTORY:,} entries, one of "
        f"{SMALL_HISTORY}"
    )
    with Stopwatch() as build_histories:
        build_history(paths["big"], org, entries=BIG_HISTORY)
        build_history(paths["small"], org, entries=SMALL_HISTORY)
    del org
    held = ", ".join(f"{n:,} {label}" for label, n in counts.items() if n)
    session.report(
        Row(
            benchmark=NAME,
            measured=f"build: home vault via store.save, one transaction ({held})",
            figure=build.elapsed,
            unit=Unit.SECONDS,
            target="none (fixture)",
            verdict=Verdict.INFO,
            note=f"the history vaults ({BIG_HISTORY:,} and {SMALL_HISTORY} entries, bare "
            f"inserts) took {build_histories.elapsed:.1f} s more",
        )
    )
    _quiet_offscreen_limits()
    application()
    runner = TaskRunner(crash_reporter=CrashReporter())
    _measure_home(session, paths["home"], paths["empty"], runner)
    _measure_history(session, paths["big"], paths["small"], runner)
    runner.deleteLater()
    settle()


def _measure_home(session: Session, folder: Path, empty: Path, runner: TaskRunner) -> None:
    session.say(
        f"unlock → home ready: {HOME_RUNS} rounds of the full vault, the empty one and HomePage "
        "alone, each in a fresh process"
    )
    bytecode = session.fixtures / "gui-bytecode"
    # Untimed: compiles the modules the app imports (an installed app's come compiled).
    first = in_fresh_compiled_process(bytecode, fresh_home, folder, "session")[0]
    full_runs: list[HomeRun] = []
    again_runs: list[HomeRun] = []
    empty_runs: list[HomeRun] = []
    alone_runs: list[float] = []
    for _ in range(HOME_RUNS):
        unlocked, relocked = in_fresh_compiled_process(bytecode, fresh_home, folder, "session")
        full_runs.append(unlocked)
        again_runs.append(relocked)
        empty_runs.append(in_fresh_compiled_process(bytecode, fresh_home, empty, "session")[0])
        alone_runs.append(in_fresh_compiled_process(bytecode, fresh_home, folder, "page")[0].ready)
    if any(r.cards != CIRCLES for r in (*full_runs, *again_runs)):
        raise RuntimeError(f"the home page did not show {CIRCLES} circle cards")
    ready = Timing(tuple(r.ready for r in full_runs))
    base = Timing(tuple(r.ready for r in empty_runs))
    derive = statistics.median(r.derive for r in full_runs)
    rest = statistics.median(r.unlock for r in full_runs)
    session.report(
        Row(
            benchmark=NAME,
            measured=f"unlock → home ready, {CIRCLES} circles × 3 years (main window + Home "
            "built, laid out, painted), the app process's first unlock",
            figure=ready.median,
            unit=Unit.SECONDS,
            baseline=base.median,
            baseline_label="the same, empty volunteer vault",
            ratio=ready.median / base.median,
            target="< 300 ms",
            verdict=verdict(ready.median < HOME_TARGET),
            n=ready.n,
            note=f"p95 {ready.percentile(95) * 1e3:.0f} ms. Each in a fresh process that starts "
            "as the app does (unlock window shown), with compiled bytecode; the first such "
            f"process, which compiled it, {first.ready * 1e3:.0f} ms, not counted. Left out: "
            f"Vault.unlock's Argon2id derive ({derive * 1e3:.0f} ms at the fast cost) and the "
            f"rest of Vault.unlock ({rest * 1e3:.1f} ms)",
        )
    )
    again = Timing(tuple(r.ready for r in again_runs))
    session.report(
        Row(
            benchmark=NAME,
            measured="(breakdown) the same after locking and unlocking again in that process",
            figure=again.median,
            unit=Unit.SECONDS,
            baseline=ready.median,
            baseline_label="the first unlock, as above",
            ratio=again.median / ready.median,
            target="none (explains the figure above)",
            verdict=Verdict.INFO,
            n=again.n,
            note="the difference is what the process does once: the pages' modules imported, "
            "the icons rendered, the first window's fonts and style",
        )
    )
    alone = Timing(tuple(alone_runs))
    session.report(
        Row(
            benchmark=NAME,
            measured="(breakdown) HomePage alone, no main window: built, shown, painted, in a "
            "fresh process",
            figure=alone.median,
            unit=Unit.SECONDS,
            baseline=ready.median,
            baseline_label="with the main window, as above",
            ratio=alone.median / ready.median,
            target="none (explains the figure above)",
            verdict=Verdict.INFO,
            n=alone.n,
            note="the rest is the main window: its menus, toolbar, navigation and pages",
        )
    )
    services = [home_services(folder) for _ in range(HOME_RUNS)]
    service = {key: statistics.median(s[key] for s in services) for key in services[0]}
    reads = sum(service.values())
    session.report(
        Row(
            benchmark=NAME,
            measured="(breakdown) what HomePage.refresh reads: "
            + ", ".join(f"{key} {value * 1e3:.0f} ms" for key, value in service.items()),
            figure=reads,
            unit=Unit.SECONDS,
            baseline=alone.median,
            baseline_label="HomePage alone",
            ratio=reads / alone.median,
            target="none (explains the figure above)",
            verdict=Verdict.INFO,
            n=len(services),
            note="each is a median, in this process; the rest of the page's time is its "
            "widgets (a card of about a dozen per circle)",
        )
    )
    code = "SW-001"
    history_after_unlock(folder, runner, code)  # untimed: the process's first History page
    paints = [history_after_unlock(folder, runner, code) for _ in range(SMALL_FIRST_PAINTS)]
    history = Timing(tuple(paints))
    session.report(
        Row(
            benchmark=NAME,
            measured=f"History page of one of the {CIRCLES} circles (3 years, about "
            "250 entries): built, shown, first paint",
            figure=history.median,
            unit=Unit.SECONDS,
            baseline=ready.median,
            baseline_label="unlock → home ready",
            ratio=history.median / ready.median,
            target="none (what Home's History button costs)",
            verdict=Verdict.INFO,
            n=history.n,
            note="each on a vault just unlocked (its page cache empty), as after unlocking",
        )
    )


def _measure_history(
    session: Session, big_folder: Path, small_folder: Path, runner: TaskRunner
) -> None:
    session.say(
        f"History page over {BIG_HISTORY:,} entries and over {SMALL_HISTORY}: first paint, "
        f"{SMALL_FIRST_PAINTS} of each, interleaved"
    )
    history_after_unlock(small_folder, runner, HISTORY_CODE)  # untimed warm-ups
    history_after_unlock(big_folder, runner, HISTORY_CODE)
    small_paints: list[float] = []
    big_paints: list[float] = []
    for _ in range(SMALL_FIRST_PAINTS):
        big_paints.append(history_after_unlock(big_folder, runner, HISTORY_CODE))
        small_paints.append(history_after_unlock(small_folder, runner, HISTORY_CODE))
    big_vault, _rest, _derive = _unlock(big_folder)
    small_vault, _rest, _derive = _unlock(small_folder)
    try:
        with Stopwatch() as timeline_read:
            circle = circles.find_circle(big_vault, HISTORY_CODE)
            refs = timeline.circle_refs(big_vault, circle.uuid)
            timeline.load_entries(big_vault, refs[: TimelineModel.BATCH])
            len(refs)
        with Stopwatch() as picker_read:
            circles.choices(big_vault)
        big_page, _seconds = history_first_paint(big_vault, runner, HISTORY_CODE)
        small_page, _seconds = history_first_paint(small_vault, runner, HISTORY_CODE)
        for page, rows in ((big_page, BIG_HISTORY), (small_page, SMALL_HISTORY)):
            if page.model.total() != rows:
                raise RuntimeError(f"the History page shows {page.model.total()} entries")
        session.say(
            f"scrolling: {SEGMENT_STEPS} page steps at the top, middle and bottom of "
            f"{BIG_HISTORY:,} rows, whole passes over {SMALL_HISTORY} between them"
        )
        times = scroll(Scroller(big_page), Scroller(small_page))
        close(big_page)
        close(small_page)
    finally:
        big_vault.lock()
        small_vault.lock()
    big = Timing(tuple(big_paints))
    small = Timing(tuple(small_paints))
    session.report(
        Row(
            benchmark=NAME,
            measured=f"History page over {BIG_HISTORY:,} entries: built, shown, first paint",
            figure=big.median,
            unit=Unit.SECONDS,
            baseline=small.median,
            baseline_label=f"the same over {SMALL_HISTORY} entries",
            ratio=big.median / small.median,
            target=f"≤ {SMOOTH_RATIO}× the 100-entry page (§9: list views are lazy)",
            verdict=verdict(big.median / small.median <= SMOOTH_RATIO),
            n=big.n,
            note=f"each on a vault just unlocked (its page cache empty), as after unlocking; "
            f"p95 {big.percentile(95) * 1e3:.0f} ms against {small.percentile(95) * 1e3:.0f} ms. "
            f"What the page reads, so: the timeline's first {TimelineModel.BATCH} entries and "
            f"its count (services.timeline.circle_refs + load_entries) "
            f"{timeline_read.elapsed * 1e3:.0f} ms; the circle picker's circles.choices "
            f"{picker_read.elapsed * 1e3:.0f} ms",
        )
    )
    full_pass = -(-BIG_HISTORY // max(times.page_rows, 1))
    for pct in (50, 95):
        figure, base = percentile(times.big, pct), percentile(times.small, pct)
        checked = pct == 95
        session.report(
            Row(
                benchmark=NAME,
                measured=f"scrolling {BIG_HISTORY:,} rows, one page step (bar moved, events, "
                f"view painted), p{pct}",
                figure=figure,
                unit=Unit.SECONDS,
                baseline=base,
                baseline_label=f"the same over {SMALL_HISTORY} rows, p{pct}",
                ratio=figure / base,
                target=f"≤ {SMOOTH_RATIO}× the 100-row list" if checked else "none (p95 is)",
                verdict=verdict(figure / base <= SMOOTH_RATIO) if checked else Verdict.INFO,
                n=len(times.big),
                note=(
                    f"{SEGMENT_STEPS} steps each at the top, middle and bottom of the list "
                    f"({times.page_rows} rows a page: a whole pass would be {full_pass:,} "
                    f"steps); {len(times.small)} steps in whole passes over the 100 rows, "
                    f"interleaved; a frame at 60 Hz is {FRAME * 1e3:.1f} ms"
                )
                if checked
                else f"slowest {max(times.big) * 1e3:.1f} ms ({SMALL_HISTORY} rows: "
                f"{max(times.small) * 1e3:.1f} ms)",
            )
        )
    fetch = Timing(tuple(times.fetches))
    session.report(
        Row(
            benchmark=NAME,
            measured=f"scrolling to the last fetched row, the view fetching the next "
            f"{TimelineModel.BATCH} rows (as the End key does), p95",
            figure=fetch.percentile(95),
            unit=Unit.SECONDS,
            baseline=percentile(times.big, 95),
            baseline_label="a page step, p95",
            ratio=fetch.percentile(95) / percentile(times.big, 95),
            target="none (INFO)",
            verdict=Verdict.INFO,
            n=fetch.n,
            note=f"p50 {fetch.median * 1e3:.1f} ms; {fetch.n} fetches took the view from "
            f"its top segment to all {BIG_HISTORY:,} rows",
        )
    )
