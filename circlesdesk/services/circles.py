"""Circles and their rosters: created and changed by the office, read by everyone."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Sequence

from circlesdesk.domain import validation
from circlesdesk.domain.enums import MeetingPattern, PersonRole, Phase
from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import (
    Circle,
    Meeting,
    Membership,
    Person,
    Record,
    new_record_id,
)
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.services import access, volunteer_records
from circlesdesk.vault import audit, database, store
from circlesdesk.vault import overview as overview_sql
from circlesdesk.vault.vault import Vault


@dataclasses.dataclass(frozen=True)
class RosterEntry:
    """One current member of a circle."""

    person: Person
    membership: Membership


@dataclasses.dataclass(frozen=True)
class CircleOverview:
    """One circle as a row of the office's list: what it is, who is in it, what is due.

    ``phase_since`` is the day the current phase was set, read from the circle's revisions
    (None while the circle still has the phase it was created with). ``next_review`` is the
    date the office set (``Circle.next_review_on``); nothing is guessed when it is not set.
    """

    circle: Circle
    core_member: str
    volunteers: int
    last_meeting: str | None
    phase_since: str | None
    review_overdue: bool

    @property
    def next_review(self) -> str | None:
        """The next review date the office set, or None."""
        return self.circle.next_review_on


def find_circle(vault: Vault, code: str) -> Circle:
    """The circle with this code, or a plain NotFoundError."""
    validation.circle_code(code)
    found = store.find(vault.conn, Circle, code=code)
    if not found:
        raise NotFoundError("circle.no_such_code", code=code)
    access.require_circle(vault, found[0].uuid)
    return found[0]


def list_circles(vault: Vault) -> list[Circle]:
    """All circles, by code (a coordinator's: those assigned to them)."""
    found = store.find(vault.conn, Circle, order_by=("code",))
    visible = access.visible_circles(vault)
    return found if visible is None else [c for c in found if c.uuid in visible]


def phase_since(vault: Vault, circle: Circle) -> str | None:
    """The day the circle's current phase was set, or None if it has had it from the start."""
    revisions = [*store.history(vault.conn, Circle, circle.uuid), circle]
    since: str | None = None
    for earlier, later in itertools.pairwise(revisions):
        if later.phase != earlier.phase:
            since = later.updated_at[:10]
    return since


def circle_overview(
    vault: Vault, circle: Circle, *, today: dt.date | None = None
) -> CircleOverview:
    """The list row of one circle."""
    today = today or dt.date.today()
    members = store.find(vault.conn, Membership, circle_uuid=circle.uuid, left_on=None)
    core = [
        store.get(vault.conn, Person, m.person_uuid)
        for m in members
        if m.role == PersonRole.CORE_MEMBER.value
    ]
    last = store.find(
        vault.conn,
        Meeting,
        circle_uuid=circle.uuid,
        order_by=("held_on",),
        descending=True,
        limit=1,
    )
    return CircleOverview(
        circle=circle,
        core_member=core[0].name if core and core[0] is not None else "",
        volunteers=sum(1 for m in members if m.role == PersonRole.VOLUNTEER.value),
        last_meeting=last[0].held_on if last else None,
        phase_since=phase_since(vault, circle),
        review_overdue=circle.next_review_on is not None
        and circle.next_review_on < today.isoformat(),
    )


def overview(vault: Vault, *, today: dt.date | None = None) -> list[CircleOverview]:
    """Every circle as a list row, by code."""
    return [circle_overview(vault, c, today=today) for c in list_circles(vault)]


def choices(vault: Vault) -> list[tuple[str, str | None]]:
    """(code, core member's name or None) of every circle, by code: what a circle picker shows,
    read without the figures a home card needs."""
    names = overview_sql.core_member_names(vault.conn)
    return [(c.code, names.get(c.uuid)) for c in list_circles(vault)]


def roster(vault: Vault, circle_uuid: str) -> list[RosterEntry]:
    """Current members of a circle (core member first, then volunteers by name)."""
    entries = []
    for membership in store.find(vault.conn, Membership, circle_uuid=circle_uuid, left_on=None):
        person = store.get(vault.conn, Person, membership.person_uuid)
        if person is not None:
            entries.append(RosterEntry(person=person, membership=membership))
    entries.sort(key=lambda e: (e.membership.role != PersonRole.CORE_MEMBER, e.person.name))
    return entries


def member_by_name(vault: Vault, circle_uuid: str, name: str) -> Person:
    """The circle member with this name (case and surrounding spaces ignored)."""
    wanted = name.strip().casefold()
    for entry in roster(vault, circle_uuid):
        if entry.person.name.casefold() == wanted:
            return entry.person
    raise NotFoundError("circle.not_a_member")


def known_volunteers(vault: Vault) -> list[str]:
    """The names of every volunteer this vault knows, by name (to offer when adding one)."""
    return sorted(
        {p.name for p in store.find(vault.conn, Person, role=PersonRole.VOLUNTEER.value)},
        key=str.casefold,
    )


def _volunteer(vault: Vault, name: str) -> tuple[Person, bool]:
    """An existing volunteer of that name (case ignored), or a new one (not yet saved)."""
    wanted = name.casefold()
    for person in store.find(vault.conn, Person, role=PersonRole.VOLUNTEER.value):
        if person.name.casefold() == wanted:
            return person, False
    person = Person(uuid=new_record_id(), origin=vault.info.device_id, name=name)
    return person, True


def add_circle(
    vault: Vault,
    *,
    code: str,
    core_member: str,
    volunteers: Sequence[str] = (),
    phase: Phase = Phase.PREPARATION,
    meeting_pattern: MeetingPattern = MeetingPattern.WEEKLY,
    venues: Sequence[str] = (),
    started_on: str | None = None,
    next_review_on: str | None = None,
) -> Circle:
    """Create a circle with its core member (by pseudonym) and volunteers, in one transaction."""
    circle, rows = new_circle(
        vault,
        code=code,
        core_member=core_member,
        volunteers=volunteers,
        phase=phase,
        meeting_pattern=meeting_pattern,
        venues=venues,
        started_on=started_on,
        next_review_on=next_review_on,
    )
    with database.transaction(vault.conn):
        save_new_circle(vault, circle, rows)
    return circle


def new_circle(
    vault: Vault,
    *,
    code: str,
    core_member: str,
    volunteers: Sequence[str] = (),
    phase: Phase = Phase.PREPARATION,
    meeting_pattern: MeetingPattern = MeetingPattern.WEEKLY,
    venues: Sequence[str] = (),
    started_on: str | None = None,
    next_review_on: str | None = None,
) -> tuple[Circle, list[Record]]:
    """A new circle and the people and memberships to store with it, checked, not yet stored
    (:func:`save_new_circle` stores them, inside the caller's transaction)."""
    access.require(vault, Permission.CHANGE_CIRCLES)
    if not code.strip():
        raise ValidationError("circle.code_required")
    validation.circle_code(code)
    if store.find(vault.conn, Circle, code=code):
        raise ValidationError("circle.code_taken", code=code)
    if len({name.strip().casefold() for name in volunteers}) != len(volunteers):
        raise ValidationError("circle.volunteer_twice")
    me = vault.info.device_id
    circle = Circle(
        uuid=new_record_id(),
        origin=me,
        code=code,
        phase=phase.value,
        meeting_pattern=meeting_pattern.value,
        venues=tuple(venues),
        started_on=started_on or None,
        next_review_on=next_review_on or None,
    )
    core = Person(
        uuid=new_record_id(), origin=me, name=core_member, role=PersonRole.CORE_MEMBER.value
    )
    people = [(core, True, PersonRole.CORE_MEMBER)]
    people += [(*_volunteer(vault, name.strip()), PersonRole.VOLUNTEER) for name in volunteers]
    for person, is_new, _role in people:
        if not is_new:
            volunteer_records.refuse_if_expired(vault, person.uuid)
    rows: list[Record] = []
    for person, is_new, role in people:
        if is_new:
            rows.append(person)
        rows.append(
            Membership(
                uuid=new_record_id(),
                origin=me,
                circle_uuid=circle.uuid,
                person_uuid=person.uuid,
                role=role.value,
                joined_on=circle.started_on,
            )
        )
    return circle, rows


def save_new_circle(vault: Vault, circle: Circle, rows: Sequence[Record]) -> None:
    """Store a circle made by :func:`new_circle` with its rows (call inside a transaction)."""
    store.save(vault.conn, circle)
    for row in rows:
        store.save(vault.conn, row)
    audit.append(
        vault.conn,
        actor=vault.info.device_id,
        staff_id=vault.staff_id,
        action="circle.created",
        kind="circle",
        record_uuid=circle.uuid,
    )


def update_circle(
    vault: Vault,
    *,
    code: str,
    phase: Phase | None = None,
    meeting_pattern: MeetingPattern | None = None,
    venues: Sequence[str] | None = None,
    started_on: str | None = None,
    next_review_on: str | None = None,
) -> Circle:
    """Change a circle's phase, meeting pattern, venues, start or next review date.

    ``None`` leaves a value as it is; an empty date clears it. Nothing changed: no new revision.
    """
    access.require(vault, Permission.CHANGE_CIRCLES)
    circle = find_circle(vault, code)
    changes: dict[str, object] = {}
    if phase is not None:
        changes["phase"] = phase.value
    if meeting_pattern is not None:
        changes["meeting_pattern"] = meeting_pattern.value
    if venues is not None:
        changes["venues"] = tuple(venues)
    for name, day in (("started_on", started_on), ("next_review_on", next_review_on)):
        if day is not None:
            changes[name] = day or None
    changes = {name: value for name, value in changes.items() if getattr(circle, name) != value}
    if not changes:
        return circle
    revised = circle.revised(**changes)
    vault.save_record(revised, "circle.updated", detail=",".join(sorted(changes)))
    return revised


def add_volunteer(vault: Vault, *, code: str, name: str, joined_on: str | None = None) -> Person:
    """Add a volunteer to a circle's roster (creating the person if new); refused while the
    volunteer's vetting has expired (:func:`volunteer_records.refuse_if_expired`)."""
    access.require(vault, Permission.CHANGE_CIRCLES)
    circle = find_circle(vault, code)
    person, is_new = _volunteer(vault, name.strip())
    if any(e.person.uuid == person.uuid for e in roster(vault, circle.uuid)):
        raise ValidationError("circle.already_member")
    if not is_new:
        volunteer_records.refuse_if_expired(vault, person.uuid)
    with database.transaction(vault.conn):
        if is_new:
            store.save(vault.conn, person)
        membership = Membership(
            uuid=new_record_id(),
            origin=vault.info.device_id,
            circle_uuid=circle.uuid,
            person_uuid=person.uuid,
            joined_on=joined_on,
        )
        store.save(vault.conn, membership)
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="roster.joined",
            kind="membership",
            record_uuid=membership.uuid,
        )
    return person


def remove_member(vault: Vault, *, code: str, name: str, left_on: str) -> None:
    """Mark a person as having left a circle (their past attendance stays)."""
    access.require(vault, Permission.CHANGE_CIRCLES)
    validation.date(left_on, field="leaving date")
    circle = find_circle(vault, code)
    person = member_by_name(vault, circle.uuid, name)
    entry = next(e for e in roster(vault, circle.uuid) if e.person.uuid == person.uuid)
    if entry.membership.joined_on is not None and left_on < entry.membership.joined_on:
        raise ValidationError("circle.left_before_joined")
    with database.transaction(vault.conn):
        store.save(vault.conn, entry.membership.revised(left_on=left_on))
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="roster.left",
            kind="membership",
            record_uuid=entry.membership.uuid,
        )
