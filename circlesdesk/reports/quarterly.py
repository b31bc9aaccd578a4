"""The quarterly return: what the funders and the national body ask for, from the office vault.

Every figure is defined in ``docs/reports.md``; the short version:

- a circle *ran* in the period when it started on or before the period's last day and, if it is
  closed now, held a meeting on or after the period's first day; it is counted under its phase as
  recorded now;
- *expected* meetings come from the circle's meeting pattern (every 7, 14 or 28 days) over the part
  of the period after the circle started (and, for a closed circle, up to its last meeting);
- attendance counts the recorded rows of the meetings held in the period; *attended* is present or
  late;
- a concern's time to acknowledge runs from when it was raised to the office's first answer of any
  kind (acknowledge, respond, escalate or close).

Aggregate tables name no one: volunteers appear as a stable pseudonym (``V-`` and four hex digits
of a hash of their record id) unless the caller asks for names, which the export warns about.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections import Counter, defaultdict
from typing import NamedTuple

from circlesdesk.domain import defaults
from circlesdesk.domain.enums import AttendanceStatus, PersonRole, Phase, ResponseAction
from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    ConcernResponse,
    Meeting,
    Membership,
    Person,
    VolunteerHours,
)
from circlesdesk.reports import circle_life, volunteer_status
from circlesdesk.reports.tables import Cell, Column, Period, Table
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault

HOURS_SPLIT = ("meeting", "travel", "other")
PATTERN_DAYS = {"weekly": 7, "fortnightly": 14, "monthly": 28}
ATTENDED = frozenset({AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value})
LEVELS = range(5)


class MeetingRow(NamedTuple):
    """A meeting as the reports count it (its minutes are never read)."""

    uuid: str
    circle_uuid: str
    held_on: str


class AttendanceRow(NamedTuple):
    """One person's attendance at a meeting."""

    meeting_uuid: str
    person_uuid: str
    status: str


class HoursRow(NamedTuple):
    """Volunteer hours worked."""

    person_uuid: str
    circle_uuid: str | None
    minutes: int
    activity: str


@dataclasses.dataclass(frozen=True)
class Holdings:
    """What a report reads from the vault, loaded once: the period's records and their context.

    Meetings, attendance and hours are the many (tens of thousands over a year), so they are
    read as the few raw columns the figures need, never decoded as records.
    """

    period: Period
    circles: list[Circle]
    people: dict[str, Person]
    memberships: list[Membership]
    meetings: list[MeetingRow]  # held in the period, final
    last_meeting: dict[str, str]  # circle uuid → date of its latest meeting ever
    attendance: list[AttendanceRow]  # of those meetings
    hours: list[HoursRow]  # worked in the period
    concerns: list[Concern]  # raised in the period
    responses: dict[str, list[ConcernResponse]]  # concern uuid → responses, oldest first
    escalations: list[ConcernResponse]  # escalations made in the period


def load(vault: Vault, period: Period) -> Holdings:
    """Read what the period's reports need."""
    conn = vault.conn
    start, end = period.start.isoformat(), period.end.isoformat()
    last_meeting: dict[str, str] = {}
    for circle_uuid, held_on in store.find_fields(conn, Meeting, ("circle_uuid", "held_on")):
        if held_on > last_meeting.get(circle_uuid, ""):
            last_meeting[circle_uuid] = held_on
    meetings = [
        MeetingRow(uuid, circle_uuid, held_on)
        for uuid, circle_uuid, held_on, status in store.fields_between(
            conn,
            Meeting,
            ("uuid", "circle_uuid", "held_on", "status"),
            field="held_on",
            start=start,
            end=end,
        )
        if status == "final"
    ]
    held = sorted({m.uuid for m in meetings})
    attendance = [
        AttendanceRow(*row)
        for row in store.fields_in(
            conn,
            Attendance,
            ("meeting_uuid", "person_uuid", "status"),
            field="meeting_uuid",
            values=held,
        )
    ]
    hours = [
        HoursRow(*row)
        for row in store.fields_between(
            conn,
            VolunteerHours,
            ("person_uuid", "circle_uuid", "minutes", "activity"),
            field="worked_on",
            start=start,
            end=end,
        )
    ]
    responses: dict[str, list[ConcernResponse]] = defaultdict(list)
    for response in store.find(conn, ConcernResponse, order_by=("responded_at",)):
        responses[response.concern_uuid].append(response)
    return Holdings(
        period=period,
        circles=store.find(conn, Circle, order_by=("code",)),
        people={p.uuid: p for p in store.find(conn, Person)},
        memberships=store.find(conn, Membership),
        meetings=meetings,
        last_meeting=last_meeting,
        attendance=attendance,
        hours=hours,
        concerns=store.find_between(conn, Concern, field="raised_at", start=start, end=end),
        responses=dict(responses),
        escalations=[
            r
            for rs in responses.values()
            for r in rs
            if r.action == ResponseAction.ESCALATE.value and period.holds(r.responded_at)
        ],
    )


def pseudonym(person_uuid: str) -> str:
    """A volunteer's stable pseudonym in aggregate reports."""
    return "V-" + hashlib.sha256(person_uuid.encode()).hexdigest()[:4]


def ran(holdings: Holdings) -> list[Circle]:
    """The circles that ran in the period (see the module docstring)."""
    period = holdings.period
    return [
        c
        for c in holdings.circles
        if (c.started_on is None or c.started_on <= period.end.isoformat())
        and (
            c.phase != Phase.CLOSED.value
            or holdings.last_meeting.get(c.uuid, "") >= period.start.isoformat()
        )
    ]


def expected_meetings(circle: Circle, holdings: Holdings) -> int | None:
    """How many meetings the circle's pattern expects in the period (None: no pattern)."""
    step = PATTERN_DAYS.get(circle.meeting_pattern)
    if step is None:
        return None
    period = holdings.period
    first = period.start
    if circle.started_on is not None:
        first = max(first, dt.date.fromisoformat(circle.started_on))
    last = period.end
    if circle.phase == Phase.CLOSED.value and circle.uuid in holdings.last_meeting:
        last = min(last, dt.date.fromisoformat(holdings.last_meeting[circle.uuid]))
    days = (last - first).days + 1
    return max(0, round(days / step))


def percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100 * part / whole, 1)


def _phase_table(circles: list[Circle]) -> Table:
    counts = Counter(c.phase for c in circles)
    return Table(
        "circles_by_phase",
        "Circles by phase",
        (
            Column("phase", "Phase", "The circle's phase as recorded now."),
            Column("circles", "Circles", "How many circles that ran in the period are in it."),
        ),
        tuple((phase.value, counts.get(phase.value, 0)) for phase in Phase),
    )


def _meetings_table(circles: list[Circle], holdings: Holdings) -> Table:
    held = Counter(m.circle_uuid for m in holdings.meetings)
    rows: list[tuple[Cell, ...]] = []
    for circle in circles:
        expected = expected_meetings(circle, holdings)
        count = held.get(circle.uuid, 0)
        rows.append(
            (
                circle.code,
                circle.meeting_pattern,
                count,
                expected,
                None if expected is None else percent(count, expected),
            )
        )
    return Table(
        "meetings",
        "Meetings held and expected",
        (
            Column("circle", "Circle", "The circle's code."),
            Column(
                "pattern", "Pattern", "The meeting pattern: weekly, fortnightly, monthly, none."
            ),
            Column("held", "Held", "Meetings held in the period (final minutes received)."),
            Column(
                "expected",
                "Expected",
                "Meetings the pattern expects in the part of the period the circle ran; "
                "empty when the circle has no pattern.",
            ),
            Column("held_pct", "Held %", "Held as a percentage of expected; empty without one."),
        ),
        tuple(rows),
    )


def person_roles(holdings: Holdings) -> dict[str, str]:
    """person uuid → their role (a membership's role wins over the person's own)."""
    roles = {uuid: person.role for uuid, person in holdings.people.items()}
    for membership in holdings.memberships:
        roles[membership.person_uuid] = membership.role
    return roles


def _attendance_by_circle(circles: list[Circle], holdings: Holdings) -> Table:
    circle_of = {m.uuid: m.circle_uuid for m in holdings.meetings}
    roles = person_roles(holdings)
    tally: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0, 0])
    for row in holdings.attendance:
        core = roles.get(row.person_uuid) == PersonRole.CORE_MEMBER.value
        counts = tally[(circle_of[row.meeting_uuid], core)]
        counts[0] += row.status in ATTENDED
        counts[1] += 1
    meetings = Counter(m.circle_uuid for m in holdings.meetings)
    rows: list[tuple[Cell, ...]] = []
    for circle in circles:
        attended, recorded = tally[(circle.uuid, False)]
        core_attended, core_recorded = tally[(circle.uuid, True)]
        rows.append(
            (
                circle.code,
                meetings.get(circle.uuid, 0),
                recorded,
                attended,
                percent(attended, recorded),
                percent(core_attended, core_recorded),
            )
        )
    return Table(
        "attendance_by_circle",
        "Attendance by circle",
        (
            Column("circle", "Circle", "The circle's code."),
            Column("meetings", "Meetings", "Meetings held in the period."),
            Column("volunteer_places", "Volunteer places", "Volunteer attendance rows recorded."),
            Column("volunteers_attended", "Attended", "Of those, present or late."),
            Column("volunteer_rate_pct", "Volunteer rate %", "Attended as a percentage."),
            Column(
                "core_member_rate_pct",
                "Core member rate %",
                "The core member's meetings attended (present or late) as a percentage.",
            ),
        ),
        tuple(rows),
    )


def _volunteer_table(holdings: Holdings, *, names: bool) -> Table:
    circle_code = {c.uuid: c.code for c in holdings.circles}
    circle_of = {m.uuid: m.circle_uuid for m in holdings.meetings}
    roles = person_roles(holdings)
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in holdings.attendance:
        if roles.get(row.person_uuid) == PersonRole.CORE_MEMBER.value:
            continue
        counts = tally[(row.person_uuid, circle_of[row.meeting_uuid])]
        counts[0] += 1
        counts[1] += row.status in ATTENDED
    for hours in holdings.hours:
        tally[(hours.person_uuid, hours.circle_uuid or "")][2] += hours.minutes

    def who(uuid: str) -> str:
        person = holdings.people.get(uuid)
        return person.name if names and person is not None else pseudonym(uuid)

    rows = sorted(
        (
            who(person),
            circle_code.get(circle, ""),
            recorded,
            attended,
            percent(attended, recorded),
            round(minutes / 60, 1),
        )
        for (person, circle), (recorded, attended, minutes) in tally.items()
    )
    return Table(
        "volunteers",
        "Attendance and hours by volunteer",
        (
            Column(
                "volunteer",
                "Volunteer",
                "A pseudonym (V- and four hex digits), or the name when names were asked for.",
            ),
            Column("circle", "Circle", "The circle's code; empty for hours not tied to one."),
            Column("meetings", "Meetings", "The volunteer's attendance rows in the period."),
            Column("attended", "Attended", "Of those, present or late."),
            Column("rate_pct", "Rate %", "Attended as a percentage; empty without meetings."),
            Column("hours", "Hours", "Volunteer hours recorded in the period, to 0.1 h."),
        ),
        tuple(rows),
    )


def hours_kind(activity: str) -> str:
    """meeting, travel or other: how the return splits a volunteer's hours."""
    return activity if activity in ("meeting", "travel") else "other"


def _hours_table(circles: list[Circle], holdings: Holdings) -> Table:
    minutes: dict[str, Counter[str]] = defaultdict(Counter)
    people: dict[str, set[str]] = defaultdict(set)
    for hours in holdings.hours:
        minutes[hours.circle_uuid or ""][hours_kind(hours.activity)] += hours.minutes
        people[hours.circle_uuid or ""].add(hours.person_uuid)

    def row(label: str, volunteers: int, split: Counter[str]) -> tuple[Cell, ...]:
        kinds = [round(split.get(kind, 0) / 60, 1) for kind in HOURS_SPLIT]
        return (label, volunteers, round(sum(split.values()) / 60, 1), *kinds)

    rows = [
        row(c.code, len(people.get(c.uuid, ())), minutes.get(c.uuid, Counter())) for c in circles
    ]
    if minutes.get(""):
        rows.append(row("", len(people[""]), minutes[""]))
    everyone = set().union(*people.values()) if people else set()
    rows.append(row("Total", len(everyone), sum(minutes.values(), Counter())))
    return Table(
        "volunteer_hours",
        "Volunteer hours",
        (
            Column("circle", "Circle", "The circle's code; empty for hours not tied to a circle."),
            Column("volunteers", "Volunteers", "Volunteers who recorded hours."),
            Column("hours", "Hours", "Hours recorded in the period, to 0.1 h."),
            Column("meeting_hours", "Meeting", "Of those, hours recorded for circle meetings."),
            Column("travel_hours", "Travel", "Of those, hours recorded for travel."),
            Column("other_hours", "Other", "Of those, every other activity (contacts, training…)."),
        ),
        tuple(rows),
    )


def _concerns_table(holdings: Holdings, categories: dict[str, str]) -> Table:
    counts = Counter((c.category, c.level) for c in holdings.concerns)
    keys = list(categories) + sorted({c for c, _ in counts} - set(categories))
    rows: list[tuple[Cell, ...]] = []
    for key in keys:
        by_level = [counts.get((key, level), 0) for level in LEVELS]
        rows.append((key, *by_level, sum(by_level)))
    totals = [sum(counts.get((key, level), 0) for key in keys) for level in LEVELS]
    rows.append(("Total", *totals, sum(totals)))
    return Table(
        "concerns",
        "Concerns by category and level",
        (
            Column("category", "Category", "The concern category's key."),
            *(
                Column(f"level_{level}", f"Level {level}", f"Concerns raised at level {level}.")
                for level in LEVELS
            ),
            Column("total", "Total", "Concerns raised in the period in the category."),
        ),
        tuple(rows),
    )


def _escalations_table(holdings: Holdings) -> Table:
    counts = Counter((r.agency or "").strip() or "(not named)" for r in holdings.escalations)
    return Table(
        "escalations",
        "Escalations by agency",
        (
            Column("agency", "Agency", "The outer-circle agency the concern was passed to."),
            Column("escalations", "Escalations", "Escalations to it made in the period."),
        ),
        tuple(sorted(counts.items())),
    )


def _acknowledge_table(holdings: Holdings) -> Table:
    waits: dict[int, list[float]] = defaultdict(list)
    raised: Counter[int] = Counter()
    for concern in holdings.concerns:
        raised[concern.level] += 1
        answers = holdings.responses.get(concern.uuid)
        if answers:
            start = dt.datetime.fromisoformat(concern.raised_at)
            first = dt.datetime.fromisoformat(answers[0].responded_at)
            waits[concern.level].append((first - start).total_seconds() / 3600)
    rows: list[tuple[Cell, ...]] = []
    for level in LEVELS:
        answered = waits.get(level, [])
        average = round(sum(answered) / len(answered), 1) if answered else None
        rows.append((level, raised.get(level, 0), len(answered), average))
    return Table(
        "time_to_acknowledge",
        "Time to acknowledge by level",
        (
            Column("level", "Level", "The urgency level, 0 (note) to 4 (emergency)."),
            Column("raised", "Raised", "Concerns raised in the period at this level."),
            Column("answered", "Answered", "Of those, answered by the office in any way."),
            Column(
                "average_hours",
                "Average hours",
                "Mean hours from raised to the office's first answer; empty when none answered.",
            ),
        ),
        tuple(rows),
    )


def quarterly_return(
    vault: Vault, period: Period, *, names: bool = False, categories: dict[str, str] | None = None
) -> list[Table]:
    """Every table of the quarterly return for the period."""
    holdings = load(vault, period)
    circles = ran(holdings)
    return [
        _phase_table(circles),
        _meetings_table(circles, holdings),
        _attendance_by_circle(circles, holdings),
        _volunteer_table(holdings, names=names),
        _hours_table(circles, holdings),
        _concerns_table(holdings, categories or dict(defaults.CONCERN_CATEGORIES)),
        _escalations_table(holdings),
        _acknowledge_table(holdings),
        circle_life.meeting_modes_table(vault, period),
        circle_life.referrals_table(vault, period),
        circle_life.endings_table(vault, period),
        *volunteer_status.tables(vault, period),
    ]
