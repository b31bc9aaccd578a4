"""The subject-access export: everything held about one core member, or one volunteer, as one
JSON file.

The core member's document (format ``circlesdesk-subject-access-v1``, docs/office.md) holds their
person record, their memberships, every record of their circles with every earlier revision, the
consent recorded and the disclosures made about them. A volunteer's (format
``circlesdesk-volunteer-access-v1``) holds their person record and memberships, their training,
vetting and supervision, their hours, their attendance, the contacts they made, the minutes they
took and the reviews they rated, each with every earlier revision. Writing either is audited.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from circlesdesk.atomicfile import write_private
from circlesdesk.domain import validation
from circlesdesk.domain.enums import PersonRole, Role
from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    ConcernResponse,
    Contact,
    Covenant,
    Ending,
    FollowUp,
    Meeting,
    Membership,
    Person,
    QuestionnaireAnswer,
    Record,
    Referral,
    Review,
    Supervision,
    Training,
    Vetting,
    VolunteerHours,
    utc_now,
)
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.services import access, volunteer_records
from circlesdesk.services import sync as sync_service
from circlesdesk.vault import audit, database, registry, store
from circlesdesk.vault import disclosures as log_sql
from circlesdesk.vault.vault import Vault

SUBJECT_ACCESS_FORMAT = "circlesdesk-subject-access-v1"
VOLUNTEER_ACCESS_FORMAT = "circlesdesk-volunteer-access-v1"


@dataclasses.dataclass(frozen=True)
class CoreMember:
    """A core member this vault holds, with the circles they are or were in."""

    person_uuid: str
    pseudonym: str
    circle_codes: tuple[str, ...]


def core_members(vault: Vault) -> list[CoreMember]:
    """Every core member, by pseudonym."""
    access.require(vault, Permission.SUBJECT_ACCESS)
    codes = {c.uuid: c.code for c in store.find(vault.conn, Circle)}
    result = []
    for person in store.find(vault.conn, Person, role=PersonRole.CORE_MEMBER.value):
        memberships = store.find(vault.conn, Membership, person_uuid=person.uuid)
        circle_codes = tuple(
            sorted({codes[m.circle_uuid] for m in memberships if m.circle_uuid in codes})
        )
        result.append(CoreMember(person.uuid, person.name, circle_codes))
    result.sort(key=lambda member: member.pseudonym.casefold())
    return result


def _find_core_member(vault: Vault, pseudonym: str) -> Person:
    wanted = validation.text(pseudonym, field="core member's pseudonym").strip().casefold()
    found = [
        p
        for p in store.find(vault.conn, Person, role=PersonRole.CORE_MEMBER.value)
        if p.name.casefold() == wanted
    ]
    if not found:
        raise NotFoundError("disclosure.no_such_pseudonym")
    if len(found) > 1:
        raise ValidationError("disclosure.pseudonym_twice")
    return found[0]


def _with_history(vault: Vault, record: Record) -> dict[str, Any]:
    def one(revision: Record) -> dict[str, Any]:
        return {
            "kind": revision.kind,
            "uuid": revision.uuid,
            "origin": revision.origin,
            "revision": revision.revision,
            "updated_at": revision.updated_at,
            "content_hash": revision.content_hash(),
            "payload": revision.payload(),
        }

    earlier = store.history(vault.conn, type(record), record.uuid)
    return {**one(record), "earlier_revisions": [one(r) for r in earlier]}


@dataclasses.dataclass(frozen=True)
class SubjectAccess:
    """What the subject-access export wrote: where, and how many records of each kind."""

    path: Path
    counts: dict[str, int]


def subject_access_document(vault: Vault, pseudonym: str) -> tuple[Person, dict[str, Any]]:
    """Everything held about one core member, as one JSON-ready document (writes nothing)."""
    access.require(vault, Permission.SUBJECT_ACCESS)
    person = _find_core_member(vault, pseudonym)
    conn = vault.conn
    memberships = store.find(conn, Membership, person_uuid=person.uuid)
    circle_ids = list(dict.fromkeys(m.circle_uuid for m in memberships))
    kinds = (
        "circle",
        "meeting",
        "attendance",
        "concern",
        "concern_response",
        "contact",
        "review",
        # How the circle began and ended, kept at the office (issue 15).
        "referral",
        "ending",
        "follow_up",
        "covenant",
        "questionnaire_answer",
    )
    held: dict[str, list[Record]] = {kind: [] for kind in kinds}
    for circle_uuid in circle_ids:
        circle = store.get(conn, Circle, circle_uuid)
        if circle is not None:
            held["circle"].append(circle)
        meetings = store.find(conn, Meeting, circle_uuid=circle_uuid, order_by=("held_on",))
        held["meeting"] += meetings
        for meeting in meetings:
            held["attendance"] += store.find(conn, Attendance, meeting_uuid=meeting.uuid)
        for concern in store.find(conn, Concern, circle_uuid=circle_uuid, order_by=("raised_at",)):
            held["concern"].append(concern)
            held["concern_response"] += store.find(
                conn, ConcernResponse, concern_uuid=concern.uuid, order_by=("responded_at",)
            )
        held["contact"] += store.find(
            conn, Contact, circle_uuid=circle_uuid, order_by=("contact_on",)
        )
        held["review"] += store.find(conn, Review, circle_uuid=circle_uuid, order_by=("review_on",))
        for cls in (Referral, Ending, FollowUp, Covenant, QuestionnaireAnswer):
            held[cls.kind] += store.find(conn, cls, circle_uuid=circle_uuid)
    # A referral that formed no circle names the core member by pseudonym only.
    held["referral"] += store.find(conn, Referral, core_member=person.name, circle_uuid=None)
    consent = log_sql.get_consent(conn, person.uuid)
    document = {
        "format": SUBJECT_ACCESS_FORMAT,
        "made_at": utc_now(),
        "office": vault.info.name,
        "core_member": _with_history(vault, person),
        "memberships": [_with_history(vault, m) for m in memberships],
        "records": {kind: [_with_history(vault, r) for r in found] for kind, found in held.items()},
        "consent": dataclasses.asdict(consent) if consent is not None else None,
        "disclosures": [
            {**dataclasses.asdict(row), "items": json.loads(row.items)}
            for row in log_sql.disclosures(conn, subject_uuid=person.uuid)
        ],
    }
    return person, document


def volunteer_access_document(vault: Vault, name: str) -> tuple[Person, dict[str, Any]]:
    """Everything held about one volunteer, as one JSON-ready document (writes nothing)."""
    access.require(vault, Permission.SUBJECT_ACCESS)
    person = volunteer_records.volunteer_named(vault, name)
    conn = vault.conn
    devices = {
        peer.device_id
        for peer in registry.peers(conn, role=Role.VOLUNTEER.value)
        if peer.person_uuid == person.uuid
    }
    held: dict[str, list[Record]] = {
        "training": store.find(conn, Training, person_uuid=person.uuid),
        "vetting": store.find(conn, Vetting, person_uuid=person.uuid),
        "supervision": store.find(conn, Supervision, person_uuid=person.uuid),
        "hours": store.find(conn, VolunteerHours, person_uuid=person.uuid),
        "attendance": store.find(conn, Attendance, person_uuid=person.uuid),
        "contact": store.find(conn, Contact, person_uuid=person.uuid),
        "meeting": store.find(conn, Meeting, minute_taker_uuid=person.uuid),
        "review": [r for r in store.find(conn, Review) if r.origin in devices],
    }
    document = {
        "format": VOLUNTEER_ACCESS_FORMAT,
        "made_at": utc_now(),
        "office": vault.info.name,
        "volunteer": _with_history(vault, person),
        "memberships": [
            _with_history(vault, m) for m in store.find(conn, Membership, person_uuid=person.uuid)
        ],
        "records": {kind: [_with_history(vault, r) for r in found] for kind, found in held.items()},
    }
    return person, document


def _write(vault: Vault, person: Person, document: dict[str, Any], out_path: Path) -> SubjectAccess:
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    try:
        write_private(out_path, data)
    except OSError:
        raise sync_service.WriteFailed() from None
    counts = {"memberships": len(document["memberships"])}
    counts.update({kind: len(found) for kind, found in document["records"].items()})
    if "disclosures" in document:
        counts["disclosures"] = len(document["disclosures"])
    with database.transaction(vault.conn):
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="subject_access.exported",
            kind=Person.kind,
            record_uuid=person.uuid,
            detail=f"records={sum(counts.values())}",
        )
    return SubjectAccess(path=out_path, counts=counts)


def subject_access(vault: Vault, pseudonym: str, out_path: Path) -> SubjectAccess:
    """Write everything held about one core member as one JSON file (atomic, 0600), audited."""
    person, document = subject_access_document(vault, pseudonym)
    return _write(vault, person, document, out_path)


def volunteer_access(vault: Vault, name: str, out_path: Path) -> SubjectAccess:
    """Write everything held about one volunteer as one JSON file (atomic, 0600), audited."""
    person, document = volunteer_access_document(vault, name)
    return _write(vault, person, document, out_path)
