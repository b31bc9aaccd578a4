"""A volunteer's own records, kept by the office only: training, vetting and supervision.

These records are about the volunteer, not about a circle: they never leave the office's vault
(the reply writer in sync/exporter.py keeps them out), so no other volunteer's laptop holds them.

Decisions:

* Vetting is a dated check (enhanced DBS, prison vetting) with a reference and an expiry date;
  a renewal is a new record, and the newest record of each kind is the one that counts
  (domain/vetting.py holds the rule for current / expiring / expired).
* A volunteer whose newest check of any kind has expired cannot be assigned to a circle:
  :func:`refuse_if_expired` is called by every way of assigning one (services/circles.py).
  A volunteer with no check recorded yet is not refused: many offices enter checks later.
* Supervision notes are the volunteer's own: the coordinator writes them, they are read only on
  the volunteer's record page and in the volunteer's subject-access export.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from circlesdesk.domain import validation as v
from circlesdesk.domain import vetting as vetting_rule
from circlesdesk.domain.enums import PersonRole, Role, SupervisionKind, VettingCheck
from circlesdesk.domain.records import (
    Person,
    Record,
    Supervision,
    Training,
    Vetting,
    VolunteerHours,
    new_record_id,
)
from circlesdesk.domain.vetting import VettingStatus
from circlesdesk.errors import NotFoundError, RoleError, ValidationError
from circlesdesk.vault import audit, database, store
from circlesdesk.vault.vault import Vault

# What a user reads for each kind of check and session (the ui translates its own copies).
CHECK_NAMES = {
    VettingCheck.ENHANCED_DBS.value: "enhanced DBS check",
    VettingCheck.PRISON_VETTING.value: "prison vetting",
}
# Hours are reported as meeting, travel and other (every other activity a volunteer records).
HOURS_SPLIT = ("meeting", "travel", "other")


class ExpiredVettingError(ValidationError):
    """A volunteer whose vetting has expired was to be assigned to a circle."""

    code = "vetting.expired_any"


@dataclasses.dataclass(frozen=True)
class VettingAlert:
    """A check that has expired or expires within 30 days, for the office's Home."""

    person: Person
    vetting: Vetting
    status: VettingStatus

    def sentence(self) -> str:
        """The alert in one plain sentence (shown to the coordinator only)."""
        what = f"{self.person.name}'s {CHECK_NAMES[self.vetting.check_type]}"
        if self.status is VettingStatus.EXPIRED:
            return (
                f"{what} expired on {self.vetting.expires_on}: they cannot be assigned to a "
                "circle until a new one is recorded."
            )
        return f"{what} expires on {self.vetting.expires_on}."


@dataclasses.dataclass(frozen=True)
class VolunteerRecord:
    """Everything the office keeps about one volunteer themself, oldest first."""

    person: Person
    training: list[Training]
    vetting: list[Vetting]
    supervision: list[Supervision]
    hours_minutes: dict[str, int]  # meeting / travel / other → minutes recorded, all time


def _require_office(vault: Vault) -> None:
    if vault.info.role is not Role.OFFICE:
        raise RoleError("role.office_only.volunteer_records")


def volunteer(vault: Vault, person_uuid: str) -> Person:
    """The volunteer with this id, or a plain NotFoundError."""
    person = store.get(vault.conn, Person, person_uuid)
    if person is None or person.role != PersonRole.VOLUNTEER.value:
        raise NotFoundError("volunteer.not_found")
    return person


def volunteer_named(vault: Vault, name: str) -> Person:
    """The volunteer with this name (case and surrounding spaces ignored)."""
    wanted = name.strip().casefold()
    for person in store.find(vault.conn, Person, role=PersonRole.VOLUNTEER.value):
        if person.name.casefold() == wanted:
            return person
    raise NotFoundError("volunteer.no_such_name")


def volunteers(vault: Vault) -> list[Person]:
    """Every volunteer this vault knows, by name."""
    people = store.find(vault.conn, Person, role=PersonRole.VOLUNTEER.value)
    return sorted(people, key=lambda p: p.name.casefold())


def _save(vault: Vault, record: Record, action: str) -> None:
    with database.transaction(vault.conn):
        store.save(vault.conn, record)
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            action=action,
            kind=record.kind,
            record_uuid=record.uuid,
        )


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def record_training(
    vault: Vault,
    *,
    person_uuid: str,
    course: str,
    completed_on: str,
    certificate: str | None = None,
    today: dt.date | None = None,
) -> Training:
    """A course the volunteer completed (not in the future), with its certificate reference."""
    _require_office(vault)
    volunteer(vault, person_uuid)
    day = v.date(completed_on, field="date the course was completed")
    if day > _today(today).isoformat():
        raise ValidationError("training.in_future")
    training = Training(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        person_uuid=person_uuid,
        course=v.text(course, field="course").strip(),
        completed_on=day,
        certificate=(certificate or "").strip() or None,
    )
    _save(vault, training, "training.recorded")
    return training


def record_vetting(
    vault: Vault,
    *,
    person_uuid: str,
    check_type: VettingCheck | str,
    reference: str,
    issued_on: str,
    expires_on: str,
) -> Vetting:
    """An enhanced DBS check or prison vetting, with its reference and issue and expiry dates."""
    _require_office(vault)
    volunteer(vault, person_uuid)
    check = Vetting(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        person_uuid=person_uuid,
        check_type=v.choice(str(check_type), field="kind of check", allowed=CHECK_NAMES),
        reference=v.text(reference, field="check reference").strip(),
        issued_on=issued_on,
        expires_on=expires_on,
    )
    _save(vault, check, "vetting.recorded")
    return check


def record_supervision(
    vault: Vault,
    *,
    person_uuid: str,
    held_on: str,
    session: SupervisionKind | str = SupervisionKind.SUPERVISION,
    notes: str = "",
    follow_up: str | None = None,
) -> Supervision:
    """A supervision, one-to-one or debrief session with the coordinator."""
    _require_office(vault)
    volunteer(vault, person_uuid)
    record = Supervision(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        person_uuid=person_uuid,
        held_on=held_on,
        session=str(session),
        notes=notes.strip(),
        follow_up=(follow_up or "").strip() or None,
    )
    _save(vault, record, "supervision.recorded")
    return record


def hours_split(records: list[VolunteerHours]) -> dict[str, int]:
    """Minutes given, split into meeting, travel and other (every other activity)."""
    split = dict.fromkeys(HOURS_SPLIT, 0)
    for hours in records:
        kind = hours.activity if hours.activity in ("meeting", "travel") else "other"
        split[kind] += hours.minutes
    return split


def volunteer_record(vault: Vault, person_uuid: str) -> VolunteerRecord:
    """The volunteer's training, vetting, supervision and hours, oldest first."""
    _require_office(vault)
    person = volunteer(vault, person_uuid)
    conn = vault.conn
    return VolunteerRecord(
        person=person,
        training=store.find(conn, Training, person_uuid=person_uuid, order_by=("completed_on",)),
        vetting=store.find(conn, Vetting, person_uuid=person_uuid, order_by=("issued_on",)),
        supervision=store.find(conn, Supervision, person_uuid=person_uuid, order_by=("held_on",)),
        hours_minutes=hours_split(store.find(conn, VolunteerHours, person_uuid=person_uuid)),
    )


def expired_checks(
    vault: Vault, person_uuid: str, *, today: dt.date | None = None
) -> list[Vetting]:
    """The volunteer's checks whose newest record of its kind has expired by ``today``."""
    day = _today(today)
    newest = vetting_rule.newest(store.find(vault.conn, Vetting, person_uuid=person_uuid))
    return [
        check
        for check in newest.values()
        if vetting_rule.status(check.expires_on, day) is VettingStatus.EXPIRED
    ]


def refuse_if_expired(vault: Vault, person_uuid: str, *, today: dt.date | None = None) -> None:
    """Raise :class:`ExpiredVettingError` if the volunteer's vetting has expired: the rule that
    every way of assigning a volunteer to a circle goes through."""
    expired = expired_checks(vault, person_uuid, today=today)
    if expired:
        check = min(expired, key=lambda c: c.expires_on)
        raise ExpiredVettingError(
            "vetting.expired", check=CHECK_NAMES[check.check_type], expires_on=check.expires_on
        )


def expiry_alerts(vault: Vault, *, today: dt.date | None = None) -> list[VettingAlert]:
    """Every volunteer's newest checks that have expired or expire within 30 days, soonest
    first: the office's Home lists them."""
    if vault.info.role is not Role.OFFICE:
        return []
    day = _today(today)
    by_person: dict[str, list[Vetting]] = {}
    for check in store.find(vault.conn, Vetting):
        by_person.setdefault(check.person_uuid, []).append(check)
    alerts = []
    for person_uuid, checks in by_person.items():
        person = store.get(vault.conn, Person, person_uuid)
        if person is None:
            continue
        for check in vetting_rule.newest(checks).values():
            found = vetting_rule.status(check.expires_on, day)
            if found is not VettingStatus.CURRENT:
                alerts.append(VettingAlert(person=person, vetting=check, status=found))
    return sorted(alerts, key=lambda a: (a.vetting.expires_on, a.person.name.casefold()))


@dataclasses.dataclass(frozen=True)
class VolunteerSummary:
    """One volunteer as a row of the office's list of volunteers' records."""

    person: Person
    courses: int
    checks: dict[str, tuple[Vetting, VettingStatus]]  # kind of check → newest, its status
    last_session: str | None


def summaries(vault: Vault, *, today: dt.date | None = None) -> list[VolunteerSummary]:
    """Every volunteer, by name: courses recorded, newest checks and their status, and the day
    of the latest supervision session."""
    _require_office(vault)
    day = _today(today)
    conn = vault.conn
    courses: dict[str, int] = {}
    for training in store.find(conn, Training):
        courses[training.person_uuid] = courses.get(training.person_uuid, 0) + 1
    checks: dict[str, list[Vetting]] = {}
    for check in store.find(conn, Vetting):
        checks.setdefault(check.person_uuid, []).append(check)
    sessions: dict[str, str] = {}
    for session in store.find(conn, Supervision):
        if session.held_on > sessions.get(session.person_uuid, ""):
            sessions[session.person_uuid] = session.held_on
    return [
        VolunteerSummary(
            person=person,
            courses=courses.get(person.uuid, 0),
            checks={
                kind: (check, vetting_rule.status(check.expires_on, day))
                for kind, check in vetting_rule.newest(checks.get(person.uuid, ())).items()
            },
            last_session=sessions.get(person.uuid),
        )
        for person in volunteers(vault)
    ]
