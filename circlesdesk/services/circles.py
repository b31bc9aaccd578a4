"""Circles and their rosters: created and changed by the office, read by everyone."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from circlesdesk.domain import validation
from circlesdesk.domain.enums import MeetingPattern, PersonRole, Phase, Role
from circlesdesk.domain.records import Circle, Membership, Person, new_record_id
from circlesdesk.errors import NotFoundError, RoleError, ValidationError
from circlesdesk.vault import audit, database, store
from circlesdesk.vault.vault import Vault


@dataclasses.dataclass(frozen=True)
class RosterEntry:
    """One current member of a circle."""

    person: Person
    membership: Membership


def _require_office(vault: Vault) -> None:
    if vault.info.role is not Role.OFFICE:
        raise RoleError("Only the coordinator's office can create or change circles.")


def find_circle(vault: Vault, code: str) -> Circle:
    """The circle with this code, or a plain NotFoundError."""
    validation.circle_code(code)
    found = store.find(vault.conn, Circle, code=code)
    if not found:
        raise NotFoundError(f"There is no circle with code {code} in this vault.")
    return found[0]


def list_circles(vault: Vault) -> list[Circle]:
    """All circles, by code."""
    return store.find(vault.conn, Circle, order_by=("code",))


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
    raise NotFoundError("One of the names given is not a member of this circle.")


def _volunteer(vault: Vault, name: str) -> tuple[Person, bool]:
    """An existing volunteer of that exact name, or a new one (not yet saved)."""
    for person in store.find(vault.conn, Person, name=name, role=PersonRole.VOLUNTEER.value):
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
) -> Circle:
    """Create a circle with its core member (by pseudonym) and volunteers, in one transaction."""
    _require_office(vault)
    validation.circle_code(code)
    if store.find(vault.conn, Circle, code=code):
        raise ValidationError(f"A circle with code {code} already exists.")
    if len({name.strip().casefold() for name in volunteers}) != len(volunteers):
        raise ValidationError("The same volunteer is named twice.")
    me = vault.info.device_id
    circle = Circle(
        uuid=new_record_id(),
        origin=me,
        code=code,
        phase=phase.value,
        meeting_pattern=meeting_pattern.value,
        venues=tuple(venues),
        started_on=started_on,
    )
    core = Person(
        uuid=new_record_id(), origin=me, name=core_member, role=PersonRole.CORE_MEMBER.value
    )
    people = [(core, True, PersonRole.CORE_MEMBER)]
    people += [(*_volunteer(vault, name.strip()), PersonRole.VOLUNTEER) for name in volunteers]
    with database.transaction(vault.conn):
        store.save(vault.conn, circle)
        for person, is_new, role in people:
            if is_new:
                store.save(vault.conn, person)
            store.save(
                vault.conn,
                Membership(
                    uuid=new_record_id(),
                    origin=me,
                    circle_uuid=circle.uuid,
                    person_uuid=person.uuid,
                    role=role.value,
                    joined_on=started_on,
                ),
            )
        audit.append(
            vault.conn, actor=me, action="circle.created", kind="circle", record_uuid=circle.uuid
        )
    return circle


def update_circle(
    vault: Vault,
    *,
    code: str,
    phase: Phase | None = None,
    meeting_pattern: MeetingPattern | None = None,
    venues: Sequence[str] | None = None,
    next_review_on: str | None = None,
) -> Circle:
    """Change a circle's phase, meeting pattern, venues or next review date (a new revision)."""
    _require_office(vault)
    circle = find_circle(vault, code)
    changes: dict[str, object] = {}
    if phase is not None:
        changes["phase"] = phase.value
    if meeting_pattern is not None:
        changes["meeting_pattern"] = meeting_pattern.value
    if venues is not None:
        changes["venues"] = tuple(venues)
    if next_review_on is not None:
        changes["next_review_on"] = next_review_on
    if not changes:
        return circle
    revised = circle.revised(**changes)
    with database.transaction(vault.conn):
        store.save(vault.conn, revised)
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            action="circle.updated",
            kind="circle",
            record_uuid=circle.uuid,
            detail=",".join(sorted(changes)),
        )
    return revised


def add_volunteer(vault: Vault, *, code: str, name: str, joined_on: str | None = None) -> Person:
    """Add a volunteer to a circle's roster (creating the person if new)."""
    _require_office(vault)
    circle = find_circle(vault, code)
    person, is_new = _volunteer(vault, name.strip())
    if any(e.person.uuid == person.uuid for e in roster(vault, circle.uuid)):
        raise ValidationError("That volunteer is already in this circle.")
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
            action="roster.joined",
            kind="membership",
            record_uuid=membership.uuid,
        )
    return person


def remove_member(vault: Vault, *, code: str, name: str, left_on: str) -> None:
    """Mark a person as having left a circle (their past attendance stays)."""
    _require_office(vault)
    validation.date(left_on, field="leaving date")
    circle = find_circle(vault, code)
    person = member_by_name(vault, circle.uuid, name)
    entry = next(e for e in roster(vault, circle.uuid) if e.person.uuid == person.uuid)
    with database.transaction(vault.conn):
        store.save(vault.conn, entry.membership.revised(left_on=left_on))
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            action="roster.left",
            kind="membership",
            record_uuid=entry.membership.uuid,
        )
