"""A whole seeded demo office: circles in phases that fit their age, people, rosters, the
office configuration and, per volunteer, the records that volunteer wrote."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from circlesdesk.demo.care import add_care
from circlesdesk.demo.circle_life import CircleLife, circle_life_records, with_modes
from circlesdesk.demo.meetings import (
    HOLIDAY_SKIP,
    MeetingRecords,
    Occasion,
    clock_minutes,
    concern_note,
    derived_device_id,
    first_name,
    is_christmas,
    make_concern,
    meeting_records,
    next_phrase,
    pseudonym_of,
    record_uuid,
    stamp,
    weighted,
)
from circlesdesk.demo.minutes import MINUTES_BYTES, Pronoun, Voice
from circlesdesk.demo.names import CORE_LETTERS, FIRST_NAMES, INITIALS, REGIONS, START_TIMES, VENUES
from circlesdesk.demo.phrases import (
    AGENCY_CONTACTS,
    CONTACTS,
    RESPONSES,
    REVIEW_CLOSINGS,
    REVIEW_OPENINGS,
)
from circlesdesk.domain import defaults
from circlesdesk.domain.config import default_office_config
from circlesdesk.domain.enums import (
    ContactMode,
    MeetingPattern,
    PersonRole,
    Phase,
    ResponseAction,
)
from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    ConcernResponse,
    Contact,
    Meeting,
    Membership,
    OfficeConfig,
    Person,
    Record,
    Review,
    VolunteerHours,
)

REVIEW_EVERY_WEEKS: Final = 12
# The review items whose scores come from a circle's own generator, in the order it draws them
# (the ten items the demo scored before the national 17-item template).
_DRAWN: Final = (
    "social-influences",
    "intimacy-deficits",
    "children",
    "hostility",
    "loneliness",
    "lack-of-concern",
    "impulsivity",
    "problem-solving",
    "sexual-preoccupation",
    "supervision",
)
_CONTACT_WEEKS: Final = 0.30
_CONTACT_RAISE: Final = 0.25
_CONTACT_CONCERN: Final = 0.06
_CONTACT_MODE_WEIGHTS: Final[dict[str, int]] = {
    ContactMode.PHONE.value: 60,
    ContactMode.ONE_TO_ONE.value: 25,
    ContactMode.MESSAGE.value: 12,
    ContactMode.OTHER.value: 3,
}


def _fork(rng: random.Random) -> random.Random:
    """A generator seeded from ``rng``: one circle's history does not shift the next one's."""
    return random.Random(rng.getrandbits(64))


# --------------------------------------------------------------------------------------------------
# The organisation


@dataclasses.dataclass(frozen=True, kw_only=True)
class VolunteerRecords:
    """One volunteer, their device and every record they wrote (all with that device as origin)."""

    person: Person
    device_id: str
    meetings: tuple[Meeting, ...]
    attendance: tuple[Attendance, ...]
    concerns: tuple[Concern, ...]
    contacts: tuple[Contact, ...]
    hours: tuple[VolunteerHours, ...]
    reviews: tuple[Review, ...]

    def records(self) -> tuple[Record, ...]:
        """All of them, meetings before the attendance and concerns that refer to them."""
        return (
            *self.meetings,
            *self.attendance,
            *self.concerns,
            *self.contacts,
            *self.hours,
            *self.reviews,
        )


@dataclasses.dataclass(frozen=True, kw_only=True)
class Organisation:
    """A whole synthetic office: what the office holds and, per volunteer, what they wrote.

    ``until`` is the organisation's "today": records cover the days from ``start`` up to the day
    before it. ``concern_responses`` are the office's answers to volunteers' concerns; they refer to
    concerns that reach the office through volunteers' bundles, so they are kept apart from
    :meth:`office_records`.
    """

    office_device: str
    start: dt.date
    until: dt.date
    office_config: OfficeConfig
    circles: tuple[Circle, ...]
    people: tuple[Person, ...]
    memberships: tuple[Membership, ...]
    volunteers: tuple[VolunteerRecords, ...]
    concern_responses: tuple[ConcernResponse, ...]
    circle_life: tuple[Record, ...] = ()  # referrals, endings, covenants, questionnaire answers
    # The office's own: review template versions, volunteers' training, vetting and supervision
    # (never on a laptop), and the coordinator's ratings (demo/care.py).
    care: tuple[Record, ...] = ()

    def office_records(self) -> tuple[Record, ...]:
        """Configuration, circles, people and memberships: the office's own records; then the
        records that never leave the office (how circles began and ended, demo/circle_life.py;
        what it keeps about its volunteers and its review templates, demo/care.py)."""
        return (
            self.office_config,
            *self.circles,
            *self.people,
            *self.memberships,
            *self.circle_life,
            *self.care,
        )

    def volunteer(self, person_uuid: str) -> VolunteerRecords:
        """The records of one volunteer (KeyError if the person is not a volunteer)."""
        for entry in self.volunteers:
            if entry.person.uuid == person_uuid:
                return entry
        raise KeyError(person_uuid)

    def records(self) -> tuple[Record, ...]:
        """Everything, in an order where each record comes after those it refers to."""
        return (
            *self.office_records(),
            *(record for entry in self.volunteers for record in entry.records()),
            *self.concern_responses,
        )


@dataclasses.dataclass(kw_only=True)
class _Stint:
    person: Person
    joined: dt.date
    left: dt.date | None = None


@dataclasses.dataclass(kw_only=True)
class _Plan:
    """A circle's life: when it started, how long each phase lasts, who is in it."""

    uuid: str
    kind: str
    code: str
    core_member: Person
    pronoun: Pronoun
    started: dt.date  # first meeting (or the planned one)
    active_weeks: int
    step_down_weeks: int
    ending_weeks: int
    preparation_weeks: int
    referral_weeks: int
    start_time: str
    venues: tuple[str, ...]
    engagement_base: float
    drift: float
    review_base: dict[str, float]
    stints: list[_Stint] = dataclasses.field(default_factory=list)

    @property
    def prepared(self) -> dt.date:
        return self.started - dt.timedelta(weeks=self.preparation_weeks)

    @property
    def referred(self) -> dt.date:
        return self.prepared - dt.timedelta(weeks=self.referral_weeks)

    @property
    def lifetime_weeks(self) -> int:
        return self.active_weeks + self.step_down_weeks + self.ending_weeks

    @property
    def closed(self) -> dt.date:
        return self.started + dt.timedelta(weeks=self.lifetime_weeks)

    def phase_at(self, day: dt.date) -> Phase:
        if day < self.prepared:
            return Phase.REFERRAL
        if day < self.started:
            return Phase.PREPARATION
        week = (day - self.started).days // 7
        if week < self.active_weeks:
            return Phase.ACTIVE
        if week < self.active_weeks + self.step_down_weeks:
            return Phase.STEP_DOWN
        if week < self.lifetime_weeks:
            return Phase.ENDING
        return Phase.CLOSED

    def phase_began(self, day: dt.date) -> dt.date:
        """The day the phase of ``day`` began."""
        phase = self.phase_at(day)
        if phase == Phase.REFERRAL:
            return self.referred
        if phase == Phase.PREPARATION:
            return self.prepared
        weeks = {
            Phase.ACTIVE: 0,
            Phase.STEP_DOWN: self.active_weeks,
            Phase.ENDING: self.active_weeks + self.step_down_weeks,
        }.get(phase, self.lifetime_weeks)
        return self.started + dt.timedelta(weeks=weeks)

    def roster_on(self, day: dt.date) -> list[Person]:
        return [
            s.person for s in self.stints if s.joined <= day and (s.left is None or day < s.left)
        ]


_PATTERN_OF: Final[dict[Phase, MeetingPattern]] = {
    Phase.REFERRAL: MeetingPattern.NONE,
    Phase.PREPARATION: MeetingPattern.WEEKLY,
    Phase.ACTIVE: MeetingPattern.WEEKLY,
    Phase.STEP_DOWN: MeetingPattern.FORTNIGHTLY,
    Phase.ENDING: MeetingPattern.MONTHLY,
    Phase.CLOSED: MeetingPattern.NONE,
}
# The first circles of an organisation show each phase; later ones start at any time in the window
# (a few are still being prepared), so their phase follows from their age.
_FIRST_KINDS: Final = (
    "active-long",
    "active",
    "step-down",
    "preparation",
    "active",
    "closed",
    "ending",
    "referral",
)
_NOT_STARTED_WEIGHTS: Final[dict[str, int]] = {"running": 91, "preparation": 6, "referral": 3}


class _People:
    """Invented, unique names and phone numbers."""

    def __init__(self, rng: random.Random, office_device: str) -> None:
        self.rng = rng
        self.office_device = office_device
        self.names = [f"{first} {initial}." for first in FIRST_NAMES for initial in INITIALS]
        rng.shuffle(self.names)
        letters = list(CORE_LETTERS)
        rng.shuffle(letters)
        self.letters = letters + [f"{a}.{b}" for a in letters for b in letters]
        self.made = 0
        self.core_made = 0

    def person(self, role: PersonRole, *, enrolled: dt.date) -> Person:
        updated_at = stamp(enrolled, 10 * 60 + self.rng.randint(0, 360))
        if role == PersonRole.CORE_MEMBER:
            round_, index = divmod(self.core_made, len(self.letters))
            self.core_made += 1
            return Person(
                uuid=record_uuid(self.rng),
                origin=self.office_device,
                updated_at=updated_at,
                name=f"Core member {self.letters[index]}." + (f" {round_ + 1}" if round_ else ""),
                role=role.value,
            )
        round_, index = divmod(self.made, len(self.names))
        self.made += 1
        name = self.names[index] + (f" {round_ + 1}" if round_ else "")
        exchange = "01632 960" if role == PersonRole.COORDINATOR else "07700 900"
        return Person(
            uuid=record_uuid(self.rng),
            origin=self.office_device,
            updated_at=updated_at,
            name=name,
            role=role.value,
            phone=f"{exchange}{self.rng.randrange(1000):03d}",
        )


def _age_at_end(rng: random.Random, kind: str, plan_weeks: tuple[int, int, int], weeks: int) -> int:
    active, step_down, ending = plan_weeks
    lifetime = active + step_down + ending
    if kind == "active-long":
        return min(active - 2, max(1, weeks + rng.randint(0, 6)))
    if kind == "active":
        return rng.randint(max(1, (active - 1) // 3), active - 1)
    if kind == "step-down":
        return rng.randint(active, active + step_down - 1)
    if kind == "ending":
        return rng.randint(active + step_down, lifetime - 1)
    if kind == "closed":  # closed at any time in the window, or up to 30 weeks before it ends
        return rng.randint(lifetime, lifetime + max(30, weeks - 26))
    if kind == "running":  # started at any time: more closed circles over a longer window
        return rng.randint(1, max(weeks, lifetime // 2) + 30)
    return 0  # preparation and referral: set by the caller


def generate_organisation(
    *,
    seed: int,
    circles: int,
    volunteers_per_circle: int,
    weeks: int,
    start: dt.date,
    office_device: str,
    volunteer_devices: Callable[[Person], str] | None = None,
    office_name: str = "Demo Circles Office",
    office_phone: str = "01632 960000",
    minutes_size: tuple[int, int] = MINUTES_BYTES,
) -> Organisation:
    """A synthetic office with ``circles`` circles and ``weeks`` weeks of records from ``start``.

    Each circle lives 12 to 18 months and is in the phase that fits its age: the first eight show
    every phase, later ones started at any time (so over a long window many have closed). Circles
    meet weekly while active, fortnightly in step-down and monthly while ending; for N circles
    meeting weekly for years on end (a load test), use :func:`generate_meetings` per circle.
    Office records have ``office_device`` as origin; the records a volunteer wrote have that
    volunteer's device: ``volunteer_devices(person)`` or, without the callback,
    :func:`derived_device_id`. The callback is called once per volunteer, in order, and changes no
    other record, so a caller can create each volunteer's vault in it and return its device id.
    """
    if circles < 0 or weeks < 0 or volunteers_per_circle < 1:
        raise ValueError("Circles and weeks must not be negative; a circle needs a volunteer.")
    rng = random.Random(seed)
    until = start + dt.timedelta(weeks=weeks)
    people = _People(rng, office_device)
    plans = _plan_circles(rng, people, circles=circles, weeks=weeks, until=until)
    earliest = min([start, *(plan.referred for plan in plans)])
    coordinators = [
        people.person(PersonRole.COORDINATOR, enrolled=earliest)
        for _ in range(max(1, (circles + 11) // 12))
    ]
    volunteers = _fill_rosters(rng, people, plans, per_circle=volunteers_per_circle, until=until)
    device_of = volunteer_devices or (lambda person: derived_device_id(person.uuid))
    devices = {person.uuid: device_of(person) for person in volunteers}
    circle_records, memberships = _office_records(rng, plans, coordinators, office_device, until)

    written = _Writing(volunteers, devices)
    for plan in plans:
        _circle_history(_fork(rng), plan, written, devices, start, until, minutes_size)
    for person in volunteers:
        _training(_fork(rng), person, plans, devices, start, until, written)
    if circles >= 2 and weeks >= 8:
        _ensure_urgent(rng, written, minutes_size)
    responses = _responses(rng, written, volunteers, office_device, until)
    care = add_care(
        seed=seed,
        office=office_device,
        volunteers=volunteers,
        memberships=memberships,
        devices=devices,
        hours=written.hours,
        concerns=written.concerns,
        reviews=written.reviews,
        earliest=earliest,
        until=until,
    )
    config = dataclasses.replace(
        default_office_config(
            office_device=office_device,
            office_name=office_name,
            phone=office_phone,
            updated_at=stamp(earliest - dt.timedelta(weeks=10), 9 * 60),
        ),
        review_template_id=care.template_id,
        review_items=care.template_items,
    )
    return Organisation(
        office_device=office_device,
        start=start,
        until=until,
        office_config=config,
        circles=circle_records,
        people=(*coordinators, *(plan.core_member for plan in plans), *volunteers),
        memberships=memberships,
        volunteers=tuple(
            VolunteerRecords(
                person=person,
                device_id=devices[person.uuid],
                meetings=with_modes(f"{seed}-{person.uuid}", written.meetings[person.uuid]),
                attendance=tuple(written.attendance[person.uuid]),
                concerns=tuple(written.concerns[person.uuid]),
                contacts=tuple(written.contacts[person.uuid]),
                hours=tuple(written.hours[person.uuid]),
                reviews=tuple(care.reviews[person.uuid]),
            )
            for person in volunteers
        ),
        concern_responses=responses,
        care=care.office_records,
        circle_life=circle_life_records(
            seed=seed,
            circles=[_life(plan, until) for plan in plans],
            office_device=office_device,
            until=until,
        ),
    )


def _life(plan: _Plan, until: dt.date) -> CircleLife:
    """What the referral and ending records need to know of a circle."""
    return CircleLife(
        uuid=plan.uuid,
        core_member=plan.core_member.name,
        referred=plan.referred,
        prepared=plan.prepared,
        started=plan.started,
        step_down=plan.started + dt.timedelta(weeks=plan.active_weeks),
        closed=plan.closed,
        phase=plan.phase_at(until - dt.timedelta(days=1)),
    )


def _plan_circles(
    rng: random.Random, people: _People, *, circles: int, weeks: int, until: dt.date
) -> list[_Plan]:
    """Each circle's life and core member, oldest first."""
    region = rng.choice(REGIONS)
    numbers = sorted(rng.sample(range(1, max(200, 3 * circles + 1)), circles))
    plans: list[_Plan] = []
    for index in range(circles):
        if index < len(_FIRST_KINDS):
            kind = _FIRST_KINDS[index]
        else:
            kind = weighted(rng, _NOT_STARTED_WEIGHTS)
        lengths = (rng.randint(40, 56), rng.randint(16, 26), 5)
        preparation, referral = rng.randint(6, 12), rng.randint(4, 10)
        age = _age_at_end(rng, kind, lengths, weeks)
        if kind == "preparation":
            age = -rng.randint(1, preparation)
        elif kind == "referral":
            age = -preparation - rng.randint(1, referral)
        started = until - dt.timedelta(weeks=age, days=rng.randint(1, 6))
        first_venue = rng.randrange(len(VENUES))
        venues: tuple[str, ...] = (VENUES[first_venue],)
        if rng.random() < 0.4:
            venues += (VENUES[(first_venue + rng.randint(1, 3)) % len(VENUES)],)
        pronoun: Pronoun = "she" if rng.random() < 0.08 else "he"
        plans.append(
            _Plan(
                uuid=record_uuid(rng),
                kind=kind,
                code="",  # numbered once all circles are planned
                core_member=people.person(
                    PersonRole.CORE_MEMBER,
                    enrolled=started - dt.timedelta(weeks=preparation + referral),
                ),
                pronoun=pronoun,
                started=started,
                active_weeks=lengths[0],
                step_down_weeks=lengths[1],
                ending_weeks=lengths[2],
                preparation_weeks=preparation,
                referral_weeks=referral,
                start_time=rng.choice(START_TIMES),
                venues=venues,
                engagement_base=rng.uniform(2.8, 3.8),
                drift=rng.uniform(0.15, 0.45),
                review_base=_review_base(rng, f"{region}:{index}"),
            )
        )
    # Older circles get the lower numbers, as an office numbers them when they open.
    plans.sort(key=lambda plan: plan.started)
    for plan, number in zip(plans, numbers, strict=True):
        plan.code = f"{region}-{number:03d}"
    return plans


def _fill_rosters(
    rng: random.Random, people: _People, plans: Sequence[_Plan], *, per_circle: int, until: dt.date
) -> list[Person]:
    """Volunteers join in preparation; some serve in two circles, a few leave and are replaced."""
    today = until - dt.timedelta(days=1)
    volunteers: list[Person] = []
    circle_count: dict[str, int] = {}
    for plan in plans:
        if plan.kind == "referral":
            continue
        joined = min(plan.prepared + dt.timedelta(days=rng.randint(0, 6)), today)
        reuse = [p for p in volunteers if circle_count[p.uuid] == 1]
        for slot in range(per_circle):
            if slot == per_circle - 1 and reuse and rng.random() < 0.1:
                person = rng.choice(reuse)
            else:
                person = people.person(
                    PersonRole.VOLUNTEER, enrolled=joined - dt.timedelta(days=rng.randint(14, 60))
                )
                volunteers.append(person)
                circle_count[person.uuid] = 0
            circle_count[person.uuid] += 1
            plan.stints.append(_Stint(person=person, joined=joined))
        age = (until - plan.started).days // 7
        if age >= 20 and rng.random() < 0.15:
            leave = plan.started + dt.timedelta(
                weeks=rng.randint(8, min(age, plan.active_weeks + plan.step_down_weeks) - 4)
            )
            leaver = rng.choice(plan.stints)
            leaver.left = leave
            newcomer = people.person(
                PersonRole.VOLUNTEER, enrolled=leave - dt.timedelta(days=rng.randint(14, 60))
            )
            volunteers.append(newcomer)
            circle_count[newcomer.uuid] = 1
            plan.stints.append(
                _Stint(person=newcomer, joined=leave + dt.timedelta(days=rng.randint(0, 6)))
            )
        if plan.closed <= until:
            for stint in plan.stints:
                if stint.left is None:
                    stint.left = plan.closed
    return volunteers


def _office_records(
    rng: random.Random,
    plans: Sequence[_Plan],
    coordinators: Sequence[Person],
    office_device: str,
    until: dt.date,
) -> tuple[tuple[Circle, ...], tuple[Membership, ...]]:
    """Circles as they stand on the last day, and every roster place they have had."""
    today = until - dt.timedelta(days=1)
    circle_records: list[Circle] = []
    memberships: list[Membership] = []
    for number, plan in enumerate(plans):
        phase = plan.phase_at(today)
        next_review: str | None = None
        if phase in (Phase.ACTIVE, Phase.STEP_DOWN):
            age_weeks = (until - plan.started).days // 7
            review_week = (age_weeks // REVIEW_EVERY_WEEKS + 1) * REVIEW_EVERY_WEEKS
            next_review = (plan.started + dt.timedelta(weeks=review_week)).isoformat()
        circle_records.append(
            Circle(
                uuid=plan.uuid,
                origin=office_device,
                updated_at=stamp(min(plan.phase_began(today), today), 9 * 60),
                code=plan.code,
                phase=phase.value,
                meeting_pattern=_PATTERN_OF[phase].value,
                venues=plan.venues,
                started_on=None if phase == Phase.REFERRAL else plan.started.isoformat(),
                next_review_on=next_review,
            )
        )
        left = plan.closed if plan.closed <= until else None
        coordinator = coordinators[number % len(coordinators)]
        joins: list[tuple[Person, PersonRole, dt.date, dt.date | None]] = [
            (plan.core_member, PersonRole.CORE_MEMBER, plan.referred, left),
            (coordinator, PersonRole.COORDINATOR, plan.referred, left),
        ]
        joins += [(s.person, PersonRole.VOLUNTEER, s.joined, s.left) for s in plan.stints]
        for person, role, joined_on, left_on in joins:
            memberships.append(
                Membership(
                    uuid=record_uuid(rng),
                    origin=office_device,
                    updated_at=stamp(left_on or joined_on, 10 * 60),
                    circle_uuid=plan.uuid,
                    person_uuid=person.uuid,
                    role=role.value,
                    joined_on=joined_on.isoformat(),
                    left_on=left_on.isoformat() if left_on else None,
                )
            )
    return tuple(circle_records), tuple(memberships)


class _Writing:
    """Records as they are written, filed under the volunteer who wrote them."""

    def __init__(self, volunteers: Sequence[Person], devices: Mapping[str, str]) -> None:
        keys = [person.uuid for person in volunteers]
        self.meetings: dict[str, list[Meeting]] = {key: [] for key in keys}
        self.attendance: dict[str, list[Attendance]] = {key: [] for key in keys}
        self.concerns: dict[str, list[Concern]] = {key: [] for key in keys}
        self.contacts: dict[str, list[Contact]] = {key: [] for key in keys}
        self.hours: dict[str, list[VolunteerHours]] = {key: [] for key in keys}
        self.reviews: dict[str, list[Review]] = {key: [] for key in keys}
        self.devices = devices
        # Every meeting with the voice it was written in, for adding an urgent concern later.
        self.occasions: list[tuple[Meeting, Voice]] = []

    def add_meeting(self, records: MeetingRecords, voice: Voice) -> None:
        writer = records.meeting.minute_taker_uuid
        assert writer is not None
        self.meetings[writer].append(records.meeting)
        self.attendance[writer].extend(records.attendance)
        self.concerns[writer].extend(records.concerns)
        for hours in records.hours:
            self.hours[hours.person_uuid].append(hours)
        self.occasions.append((records.meeting, voice))


def _circle_history(
    rng: random.Random,
    plan: _Plan,
    written: _Writing,
    devices: Mapping[str, str],
    start: dt.date,
    until: dt.date,
    size: tuple[int, int],
) -> None:
    """Meetings, contacts and reviews of one circle between ``start`` and ``until``."""
    rotation = [rng.randrange(max(1, len(plan.stints)))]
    last_writer: Person | None = None
    previous_scores: dict[str, int] | None = None
    for week in range(plan.lifetime_weeks):
        nominal = plan.started + dt.timedelta(weeks=week)
        if nominal >= until:
            break
        phase = plan.phase_at(nominal)
        roster = plan.roster_on(nominal)
        if not roster:
            continue
        if phase == Phase.ACTIVE:
            meets, step = True, 7
        elif phase == Phase.STEP_DOWN:
            meets, step = (week - plan.active_weeks) % 2 == 0, 14
        else:
            meets, step = (week - plan.active_weeks - plan.step_down_weeks) % 4 == 0, 28
        held_on = nominal
        if rng.random() < 0.05:
            held_on += dt.timedelta(days=rng.choice((-1, 1, 2)))
        in_window = start <= held_on < until
        if meets and in_window and not is_christmas(held_on) and rng.random() >= HOLIDAY_SKIP:
            progress = min(1.0, week / plan.active_weeks)
            occasion = Occasion(
                circle_uuid=plan.uuid,
                core_member=plan.core_member,
                pronoun=plan.pronoun,
                roster=roster,
                devices=devices,
                venues=plan.venues,
                start_time=plan.start_time,
                next_meeting=next_phrase(step),
                engagement_base=plan.engagement_base + 0.6 * progress,
                size=size,
                until=until,
            )
            rotation[0] %= len(roster)
            records, voice = meeting_records(rng, occasion, held_on, rotation)
            written.add_meeting(records, voice)
            last_writer = roster[rotation[0]]
        if phase in (Phase.ACTIVE, Phase.STEP_DOWN, Phase.ENDING) and rng.random() < _CONTACT_WEEKS:
            contact_on = nominal + dt.timedelta(days=rng.randint(1, 5))
            if start <= contact_on < until:
                _contact(rng, plan, rng.choice(roster), contact_on, written)
        if week > 0 and week % REVIEW_EVERY_WEEKS == 0 and phase in (Phase.ACTIVE, Phase.STEP_DOWN):
            review_on = nominal + dt.timedelta(days=rng.randint(0, 3))
            author = last_writer if last_writer is not None and last_writer in roster else roster[0]
            scores = _review_scores(rng, plan, week // REVIEW_EVERY_WEEKS)
            if start <= review_on < until:
                written.reviews[author.uuid].append(
                    _review(rng, plan, author, devices[author.uuid], review_on, scores,
                            previous_scores)
                )  # fmt: skip
            previous_scores = scores


def _review_base(rng: random.Random, salt: str) -> dict[str, float]:
    """Where a circle's review scores start, per item of the national template. The items the
    demo scored before that template (:data:`_DRAWN`) are drawn from ``rng`` as they always were,
    the others from their own generator, so the rest of the demo stays as it was."""
    drawn = {
        item: rng.uniform(0.3, 2.5) if item == "children" else rng.uniform(1.5, 5.0)
        for item in _DRAWN
    }
    extra = random.Random(salt)
    return {
        item: drawn[item] if item in drawn else extra.uniform(1.0, 4.5)
        for item in defaults.REVIEW_ITEMS
    }


def _review_scores(rng: random.Random, plan: _Plan, number: int) -> dict[str, int]:
    """Scores of the ``number``-th review: trending down by the circle's drift, with noise (the
    items of :data:`_DRAWN` from ``rng``, the others from their own generator)."""
    extra = random.Random(f"{plan.uuid}:{number}")

    def score(item: str, noise: random.Random) -> int:
        base = plan.review_base[item]
        return max(0, min(6, round(base - plan.drift * number + noise.gauss(0.0, 0.6))))

    drawn = {item: score(item, rng) for item in _DRAWN}
    return {item: drawn[item] if item in drawn else score(item, extra) for item in plan.review_base}


def _review(
    rng: random.Random,
    plan: _Plan,
    author: Person,
    device: str,
    review_on: dt.date,
    scores: dict[str, int],
    previous: dict[str, int] | None,
) -> Review:
    voice = Voice(
        core=pseudonym_of(plan.core_member),
        pronoun=plan.pronoun,
        volunteers=[first_name(s.person) for s in plan.stints],
    )
    if previous is None:
        trend = "This review sets the baseline for the scores."
    else:
        changes = {item: scores[item] - previous[item] for item in scores}
        item = min(changes, key=lambda key: (changes[key], key))
        worst = max(changes, key=lambda key: (changes[key], key))
        if sum(changes.values()) < 0:
            label = defaults.REVIEW_ITEMS[item].lower()
            trend = f"Scores are lower overall than at the last review, most of all for {label}."
        elif sum(changes.values()) > 0:
            label = defaults.REVIEW_ITEMS[worst].lower()
            trend = (
                f"Some scores went up since the last review, mainly {label}; the circle will keep "
                "a closer eye on this."
            )
        else:
            trend = "Scores are much the same as at the last review."
    notes = " ".join(
        (
            voice.say(rng, rng.choice(REVIEW_OPENINGS)),
            trend,
            voice.say(rng, rng.choice(REVIEW_CLOSINGS)),
        )
    )
    return Review(
        uuid=record_uuid(rng),
        origin=device,
        updated_at=stamp(review_on, 17 * 60 + rng.randint(0, 180)),
        circle_uuid=plan.uuid,
        review_on=review_on.isoformat(),
        template_id=defaults.REVIEW_TEMPLATE_ID,
        scores=scores,
        notes=notes,
    )


def _contact(
    rng: random.Random, plan: _Plan, volunteer: Person, contact_on: dt.date, written: _Writing
) -> None:
    device = written.devices[volunteer.uuid]
    mode = weighted(rng, _CONTACT_MODE_WEIGHTS)
    voice = Voice(
        core=pseudonym_of(plan.core_member),
        pronoun=plan.pronoun,
        volunteers=[first_name(volunteer)],
        v=first_name(volunteer),
        writer=first_name(volunteer),
    )
    templates = CONTACTS[mode]
    summary = voice.say(rng, templates[rng.randrange(len(templates))])
    raise_it = rng.random() < _CONTACT_RAISE
    if raise_it:
        summary += " We agreed to bring this to the next meeting: there are no secrets in a circle."
    minute = rng.randint(10 * 60, 20 * 60)
    length = rng.randint(10, 60) if mode != ContactMode.MESSAGE else rng.randint(5, 15)
    updated_at = stamp(contact_on, minute + length + rng.randint(10, 120))
    written.contacts[volunteer.uuid].append(
        Contact(
            uuid=record_uuid(rng),
            origin=device,
            updated_at=updated_at,
            circle_uuid=plan.uuid,
            person_uuid=volunteer.uuid,
            contact_on=contact_on.isoformat(),
            mode=mode,
            summary=summary,
            raise_at_next_meeting=raise_it,
        )
    )
    written.hours[volunteer.uuid].append(
        VolunteerHours(
            uuid=record_uuid(rng),
            origin=device,
            updated_at=updated_at,
            person_uuid=volunteer.uuid,
            circle_uuid=plan.uuid,
            worked_on=contact_on.isoformat(),
            minutes=length,
            activity="contact",
        )
    )
    if rng.random() < _CONTACT_CONCERN:
        level = rng.choices((0, 1, 2, 3), weights=(20, 45, 28, 7))[0]
        written.concerns[volunteer.uuid].append(
            make_concern(
                rng,
                voice,
                level=level,
                circle_uuid=plan.uuid,
                meeting_uuid=None,
                origin=device,
                day=contact_on,
                raised=minute + length,
                end=minute + length,
                updated_at=updated_at,
            )
        )


def _training(
    rng: random.Random,
    person: Person,
    plans: Sequence[_Plan],
    devices: Mapping[str, str],
    start: dt.date,
    until: dt.date,
    written: _Writing,
) -> None:
    """Supervision sessions every six to ten weeks and training twice a year."""
    stints = [(plan, s) for plan in plans for s in plan.stints if s.person.uuid == person.uuid]
    if not stints:
        return
    plan, stint = min(stints, key=lambda pair: pair[1].joined)
    day = max(start, stint.joined) + dt.timedelta(days=rng.randint(7, 40))
    sessions = 0
    while day < until:
        sessions += 1
        training = sessions % 4 == 0
        minutes = rng.randint(150, 360) if training else rng.randint(45, 90)
        written.hours[person.uuid].append(
            VolunteerHours(
                uuid=record_uuid(rng),
                origin=devices[person.uuid],
                updated_at=stamp(day, 19 * 60 + rng.randint(0, 180)),
                person_uuid=person.uuid,
                circle_uuid=None if training else plan.uuid,
                worked_on=day.isoformat(),
                minutes=minutes,
                activity="training" if training else "supervision",
            )
        )
        day += dt.timedelta(weeks=rng.randint(6, 10))


def _ensure_urgent(rng: random.Random, written: _Writing, size: tuple[int, int]) -> None:
    """Make sure a multi-circle, multi-week organisation shows at least one urgent concern."""
    if any(c.level >= 3 for concerns in written.concerns.values() for c in concerns):
        return
    if len(written.occasions) < 20:
        return
    fitting = [
        occasion
        for occasion in written.occasions
        if occasion[0].engagement is not None and len(occasion[0].minutes.encode()) < size[1] - 250
    ]
    if not fitting:
        return
    meeting, voice = rng.choice(fitting)
    writer = meeting.minute_taker_uuid
    assert writer is not None
    day = dt.date.fromisoformat(meeting.held_on)
    start = clock_minutes(meeting.start_time or "18:30")
    end = clock_minutes(meeting.end_time or "20:00")
    concern = make_concern(
        rng,
        voice,
        level=3,
        circle_uuid=meeting.circle_uuid,
        meeting_uuid=meeting.uuid,
        origin=meeting.origin,
        day=day,
        raised=start + rng.randint(20, 70),
        end=end,
        updated_at=meeting.updated_at,
    )
    written.concerns[writer].append(concern)
    note = concern_note(voice, concern)
    if "\n\nConcerns: " in meeting.minutes:
        minutes = meeting.minutes.replace("\n\nConcerns: ", f"\n\nConcerns: {note} ", 1)
    elif "\n\nNext time: " in meeting.minutes:
        minutes = meeting.minutes.replace("\n\nNext time: ", f"\n\nConcerns: {note}\n\nNext time: ")
    else:
        minutes = f"{meeting.minutes}\n\nConcerns: {note}"
    meetings = written.meetings[writer]
    meetings[meetings.index(meeting)] = dataclasses.replace(meeting, minutes=minutes)


def _responses(
    rng: random.Random,
    written: _Writing,
    volunteers: Sequence[Person],
    office_device: str,
    until: dt.date,
) -> tuple[ConcernResponse, ...]:
    """The office's answers to concerns older than a week; older ones are mostly closed too."""
    responses: list[ConcernResponse] = []
    cutoff = dt.datetime.combine(until - dt.timedelta(days=7), dt.time(), tzinfo=dt.UTC)
    for person in volunteers:
        for concern in written.concerns[person.uuid]:
            raised = dt.datetime.fromisoformat(concern.raised_at)
            if raised >= cutoff:
                continue
            if concern.level >= 3:
                action = ResponseAction.ESCALATE
                after = dt.timedelta(minutes=rng.randint(30, 150))
            elif concern.level == 2:
                action = ResponseAction.RESPOND
                after = dt.timedelta(hours=rng.randint(2, 22))
            else:
                action = ResponseAction.ACKNOWLEDGE
                after = dt.timedelta(hours=rng.randint(12, 120))
            answered = raised + after
            escalated = action == ResponseAction.ESCALATE
            agency: str | None = None
            if escalated and concern.category == "mental-health":
                agency = "Mental health crisis team"
            elif escalated:
                agency = rng.choice(("Probation", "Police"))
            text = rng.choice(RESPONSES[action.value])
            if agency is not None:
                text = text.replace("{agency}", AGENCY_CONTACTS[agency])
            responses.append(
                ConcernResponse(
                    uuid=record_uuid(rng),
                    origin=office_device,
                    updated_at=answered.isoformat(),
                    concern_uuid=concern.uuid,
                    action=action.value,
                    responded_at=answered.isoformat(),
                    text=text,
                    agency=agency,
                    basis="Risk of serious harm; shared under the circle's information-sharing "
                    "agreement."
                    if escalated
                    else None,
                    outcome="The offender manager followed it up the next day."
                    if escalated
                    else None,
                )
            )
            closed = answered + dt.timedelta(days=rng.randint(3, 21))
            if closed < cutoff and (escalated or rng.random() < 0.6):
                responses.append(
                    ConcernResponse(
                        uuid=record_uuid(rng),
                        origin=office_device,
                        updated_at=closed.isoformat(),
                        concern_uuid=concern.uuid,
                        action=ResponseAction.CLOSE.value,
                        responded_at=closed.isoformat(),
                        text=rng.choice(RESPONSES[ResponseAction.CLOSE.value]),
                    )
                )
    return tuple(responses)
