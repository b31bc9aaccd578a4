"""Seeded demo meetings with their attendance, hours and concerns; reproducible UUIDs and stamps."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
from collections.abc import Mapping, Sequence
from typing import Final

from circlesdesk.demo.minutes import (
    ATTENDED,
    MINUTES_BYTES,
    Pronoun,
    Voice,
    compose_minutes,
    daypart_of,
)
from circlesdesk.demo.phrases import ACTIONS, CATEGORY_TOPICS, CONCERN_NOTES, CONCERNS, EMERGENCIES
from circlesdesk.domain.enums import (
    AttendanceStatus,
    MeetingPattern,
    MeetingStatus,
)
from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    Meeting,
    Person,
    VolunteerHours,
)

MEETING_MINUTES: Final = 90

# Per meeting and level, the chance that the minute-taker records a concern at that level.
CONCERN_RATES: Final[tuple[float, ...]] = (0.10, 0.06, 0.03, 0.007, 0.001)

# Cumulative thresholds for present, late, apologies (the rest is absent).
_VOLUNTEER_ATTENDANCE: Final = (0.85, 0.90, 0.98)
_CORE_MEMBER_ATTENDANCE: Final = (0.92, 0.97, 0.995)
HOLIDAY_SKIP: Final = 0.04  # plus the Christmas week

# How often each category comes up: most concerns are about isolation, stability, relationships and
# mood; urgent ones cluster round licence conditions, suicide risk, children and relapse.
_CATEGORY_WEIGHTS_ROUTINE: Final[dict[str, int]] = {
    "loneliness": 18,
    "stability": 16,
    "relationships": 12,
    "mental-health": 12,
    "problem-solving": 8,
    "supervision": 7,
    "social-influences": 6,
    "hostility": 5,
    "substance-use": 5,
    "impulsivity": 4,
    "sexual-preoccupation": 3,
    "other": 3,
    "lack-of-concern": 2,
    "children": 2,
}
_CATEGORY_WEIGHTS_URGENT: Final[dict[str, int]] = {
    "mental-health": 30,
    "supervision": 25,
    "children": 14,
    "substance-use": 10,
    "sexual-preoccupation": 7,
    "hostility": 7,
    "relationships": 4,
    "social-influences": 3,
}
_CATEGORY_WEIGHTS_EMERGENCY: Final[dict[str, int]] = {
    "mental-health": 55,
    "hostility": 25,
    "children": 20,
}


# --------------------------------------------------------------------------------------------------
# Small helpers


_UUID_CLEAR: Final = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET: Final = (0x4000 << 64) | (0x8000 << 48)


def record_uuid(rng: random.Random) -> str:
    """A version-4 UUID drawn from ``rng`` (reproducible, unlike ``uuid.uuid4``).

    The same string as ``str(uuid.UUID(int=rng.getrandbits(128), version=4))``, made faster.
    """
    h = f"{(rng.getrandbits(128) & _UUID_CLEAR) | _UUID_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def derived_device_id(person_uuid: str) -> str:
    """The device id the generator gives a volunteer when the caller does not choose one."""
    material = b"circlesdesk-synthetic-device:" + person_uuid.encode("ascii")
    return hashlib.sha256(material).hexdigest()[:32]


def stamp(day: dt.date, minute_of_day: int) -> str:
    """ISO timestamp (UTC) of a minute counted from midnight of ``day`` (may run past it)."""
    moment = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
    return (moment + dt.timedelta(minutes=minute_of_day)).isoformat()


def clock_minutes(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:])


def _hhmm(minute_of_day: int) -> str:
    minute_of_day %= 24 * 60
    return f"{minute_of_day // 60:02d}:{minute_of_day % 60:02d}"


def first_name(person: Person) -> str:
    return person.name.split()[0]


def pseudonym_of(person: Person) -> str:
    return person.name.removeprefix("Core member ").strip() or person.name


def _status(rng: random.Random, thresholds: tuple[float, float, float]) -> AttendanceStatus:
    draw = rng.random()
    if draw < thresholds[0]:
        return AttendanceStatus.PRESENT
    if draw < thresholds[1]:
        return AttendanceStatus.LATE
    if draw < thresholds[2]:
        return AttendanceStatus.APOLOGIES
    return AttendanceStatus.ABSENT


def weighted(rng: random.Random, weights: Mapping[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def is_christmas(day: dt.date) -> bool:
    return (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1)


# --------------------------------------------------------------------------------------------------
# Meetings


@dataclasses.dataclass(frozen=True, kw_only=True)
class MeetingRecords:
    """One meeting and what was written with it.

    The meeting, its attendance and its concerns have the minute-taker's device as origin; each
    hours record has the device of the volunteer who gave the time.
    """

    meeting: Meeting
    attendance: tuple[Attendance, ...]
    concerns: tuple[Concern, ...]
    hours: tuple[VolunteerHours, ...]


@dataclasses.dataclass(kw_only=True)
class Occasion:
    """What one meeting's generation needs to know about its circle."""

    circle_uuid: str
    core_member: Person
    pronoun: Pronoun
    roster: Sequence[Person]
    devices: Mapping[str, str]
    venues: Sequence[str]
    start_time: str
    next_meeting: str
    engagement_base: float
    size: tuple[int, int]
    until: dt.date | None = None  # meetings on the last two days before this stay drafts
    with_attendance: bool = True


def meeting_records(
    rng: random.Random, occasion: Occasion, held_on: dt.date, rotation: list[int]
) -> tuple[MeetingRecords, Voice]:
    """One meeting, and the voice its minutes were written in (for a concern added later).

    ``rotation`` holds the roster index of the last minute-taker and is moved on.
    """
    roster = occasion.roster
    statuses = [_status(rng, _VOLUNTEER_ATTENDANCE) for _ in roster]
    attended = [i for i, s in enumerate(statuses) if s in ATTENDED]
    if not attended:
        statuses[0] = AttendanceStatus.PRESENT
        attended = [0]
    core_status = _status(rng, _CORE_MEMBER_ATTENDANCE)
    # The minute-taker rotates: the next volunteer in roster order who is at the meeting.
    n = len(roster)
    taker_index = next(
        (rotation[0] + step) % n for step in range(1, n + 1) if (rotation[0] + step) % n in attended
    )
    rotation[0] = taker_index
    taker = roster[taker_index]
    origin = occasion.devices[taker.uuid]
    meeting_uuid = record_uuid(rng)

    start = clock_minutes(occasion.start_time)
    length = MEETING_MINUTES + rng.choice((0, 0, 0, 0, 0, -15, 15, 10, -10))
    end = start + length
    venue = occasion.venues[0] if rng.random() < 0.85 else rng.choice(occasion.venues)
    until = occasion.until
    draft = until is not None and (until - held_on).days <= 2
    written = end + (60 if draft else rng.randint(60, 44 * 60))
    if until is not None:
        latest = (until - held_on).days * 24 * 60 + 8 * 60
        written = max(end + 30, min(written, latest))
    updated_at = stamp(held_on, written)

    present_names = [first_name(roster[i]) for i in attended]
    voice = Voice(
        core=pseudonym_of(occasion.core_member),
        pronoun=occasion.pronoun,
        volunteers=present_names,
        venue=venue,
        time=occasion.start_time,
        next=occasion.next_meeting,
        daypart=daypart_of(occasion.start_time),
        writer=first_name(taker),
    )
    notes = _attendance_notes(rng, roster, statuses)

    concerns: list[Concern] = []
    core_there = core_status in ATTENDED
    for level, rate in enumerate(CONCERN_RATES):
        if rng.random() < rate and (core_there or level < 3):
            concern = make_concern(
                rng,
                voice,
                level=level,
                circle_uuid=occasion.circle_uuid,
                meeting_uuid=meeting_uuid,
                origin=origin,
                day=held_on,
                raised=start + rng.randint(15, max(16, length - 10)),
                end=end,
                updated_at=updated_at,
            )
            concerns.append(concern)
            notes.append(("concerns", concern_note(voice, concern)))

    if core_there:
        rating = occasion.engagement_base + rng.gauss(0.0, 0.8)
        rating -= 0.8 * sum(1 for c in concerns if c.level >= 2)
        engagement: int | None = max(1, min(5, round(rating)))
    else:
        engagement = None
    minutes, life_areas = compose_minutes(
        rng, voice, engagement=engagement, core_status=core_status, notes=notes, size=occasion.size
    )
    meeting = Meeting(
        uuid=meeting_uuid,
        origin=origin,
        updated_at=updated_at,
        circle_uuid=occasion.circle_uuid,
        held_on=held_on.isoformat(),
        start_time=occasion.start_time,
        end_time=_hhmm(end),
        venue=venue,
        minute_taker_uuid=taker.uuid,
        minutes=minutes,
        life_areas=life_areas,
        engagement=engagement,
        status=MeetingStatus.DRAFT.value if draft else MeetingStatus.FINAL.value,
    )
    if not occasion.with_attendance:
        return MeetingRecords(
            meeting=meeting, attendance=(), concerns=tuple(concerns), hours=()
        ), voice
    people = [*roster, occasion.core_member]
    attendance = tuple(
        Attendance(
            uuid=record_uuid(rng),
            origin=origin,
            updated_at=updated_at,
            meeting_uuid=meeting_uuid,
            person_uuid=person.uuid,
            status=status.value,
        )
        for person, status in zip(people, [*statuses, core_status], strict=True)
    )
    hours = tuple(
        VolunteerHours(
            uuid=record_uuid(rng),
            origin=occasion.devices[roster[i].uuid],
            updated_at=stamp(held_on, end + rng.randint(60, 180)),
            person_uuid=roster[i].uuid,
            circle_uuid=occasion.circle_uuid,
            worked_on=held_on.isoformat(),
            minutes=length
            + 5 * rng.randint(3, 14)
            - (20 if statuses[i] == AttendanceStatus.LATE else 0),
            activity="meeting",
        )
        for i in attended
    )
    records = MeetingRecords(
        meeting=meeting, attendance=attendance, concerns=tuple(concerns), hours=hours
    )
    return records, voice


def _attendance_notes(
    rng: random.Random, roster: Sequence[Person], statuses: Sequence[AttendanceStatus]
) -> list[tuple[str, str]]:
    apologies = [
        f"{first_name(p)} ({rng.choice(('work', 'unwell', 'family', 'on holiday', 'caring'))})"
        for p, s in zip(roster, statuses, strict=True)
        if s == AttendanceStatus.APOLOGIES
    ]
    notes: list[tuple[str, str]] = []
    if apologies:
        notes.append(("checkin", f"Apologies from {', '.join(apologies)}."))
    for person, status in zip(roster, statuses, strict=True):
        if status == AttendanceStatus.LATE:
            reason = rng.choice(("traffic", "work ran over", "a delayed train", "roadworks"))
            notes.append(("checkin", f"{first_name(person)} arrived late ({reason})."))
        elif status == AttendanceStatus.ABSENT:
            notes.append(
                (
                    "checkin",
                    f"{first_name(person)} did not come and had not sent word; "
                    "the coordinator will follow it up.",
                )
            )
    return notes


def make_concern(
    rng: random.Random,
    voice: Voice,
    *,
    level: int,
    circle_uuid: str,
    meeting_uuid: str | None,
    origin: str,
    day: dt.date,
    raised: int,
    end: int,
    updated_at: str,
) -> Concern:
    """A concern at ``level`` with a description that fits its category and level."""
    if level == 4:
        category = weighted(rng, _CATEGORY_WEIGHTS_EMERGENCY)
        templates = EMERGENCIES[category]
    else:
        category = weighted(
            rng, _CATEGORY_WEIGHTS_URGENT if level == 3 else _CATEGORY_WEIGHTS_ROUTINE
        )
        templates = CONCERNS[category][(0, 0, 1, 2)[level]]
    description = voice.say(rng, templates[rng.randrange(len(templates))])
    phoned_at: str | None = None
    if level >= 3:
        called = end + rng.randint(2, 10) if level == 3 else raised + rng.randint(1, 5)
        phoned = called + rng.randint(5, 25) if level == 4 else called
        voice.slots["phoned"] = _hhmm(phoned)
        voice.slots["called"] = _hhmm(called)
        phoned_at = stamp(day, phoned)
        updated_at = max(updated_at, stamp(day, phoned + rng.randint(10, 60)))
    actions = ACTIONS[level]
    action: str | None = None
    if level >= 2 or rng.random() < 0.5:
        action = voice.say(rng, actions[rng.randrange(len(actions))])
    if level == 0 and action is not None and rng.random() < 0.6:
        action = None
    return Concern(
        uuid=record_uuid(rng),
        origin=origin,
        updated_at=updated_at,
        circle_uuid=circle_uuid,
        meeting_uuid=meeting_uuid,
        raised_at=stamp(day, raised),
        level=level,
        category=category,
        description=description,
        action_taken=action,
        coordinator_phoned_at=phoned_at,
    )


def _topic(category: str, voice: Voice) -> str:
    topic = CATEGORY_TOPICS[category]
    return topic.replace(" he ", f" {voice.slots['he']} ")


def concern_note(voice: Voice, concern: Concern) -> str:
    slots = {**voice.slots, "topic": _topic(concern.category, voice)}
    return CONCERN_NOTES[concern.level].format_map(slots)


def _pattern_days(pattern: str) -> int:
    return {MeetingPattern.FORTNIGHTLY.value: 14, MeetingPattern.MONTHLY.value: 28}.get(pattern, 7)


def next_phrase(days: int) -> str:
    return {7: "next week", 14: "in two weeks", 28: "in four weeks"}.get(days, "next week")


def generate_meetings(
    *,
    rng: random.Random,
    circle: Circle,
    core_member: Person,
    volunteers: Sequence[Person],
    devices: Mapping[str, str],
    start: dt.date,
    count: int,
    pronoun: Pronoun = "he",
    start_time: str = "18:30",
    size: tuple[int, int] = MINUTES_BYTES,
    with_attendance: bool = True,
) -> list[MeetingRecords]:
    """``count`` consecutive meetings of ``circle`` from ``start``, with attendance and concerns.

    Meetings follow the circle's pattern (weekly unless fortnightly or monthly), on the weekday of
    ``start``, skipping about one week in twenty-five and Christmas. ``devices`` maps each
    volunteer's person uuid to their device id (map them all to one device to get one origin).
    Dates must stay before 2200: for many thousands of meetings, spread them over several circles.
    ``with_attendance=False`` leaves out the attendance and hours records (about eleven per
    meeting), for benchmarks that need only meetings.
    """
    if not volunteers:
        raise ValueError("A circle needs at least one volunteer to take the minutes.")
    step = _pattern_days(circle.meeting_pattern)
    occasion = Occasion(
        circle_uuid=circle.uuid,
        core_member=core_member,
        pronoun=pronoun,
        roster=list(volunteers),
        devices=devices,
        venues=circle.venues or ("Hall A",),
        start_time=start_time,
        next_meeting=next_phrase(step),
        engagement_base=rng.uniform(2.8, 4.2),
        size=size,
        with_attendance=with_attendance,
    )
    rotation = [rng.randrange(len(volunteers))]
    result: list[MeetingRecords] = []
    day = start
    while len(result) < count:
        if not is_christmas(day) and rng.random() >= HOLIDAY_SKIP:
            result.append(meeting_records(rng, occasion, day, rotation)[0])
        day += dt.timedelta(days=step)
    return result
