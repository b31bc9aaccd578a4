"""Write scope: which records a volunteer's device may write at the office (the rule lives here).

A volunteer's device may write only

- records in the circles its volunteer was assigned to *on the record's day* (a roster membership
  whose joining date is not after that day and whose leaving date is not before it; no date means
  "from the start" or "still a member"), so removing a volunteer from a circle does not make the
  records they made before that day unimportable;
- the volunteer's own person: hours booked to them, contacts made by them;
- attendance only on meetings made on the same device (the meeting's origin);
- references only to records in those circles: a concern's meeting in the concern's circle, a
  meeting's minute-taker and an attendance row's person on that circle's roster.

A circle that does not exist in the office is outside every scope. The importer calls
:func:`violations` for every volunteer bundle; a bundle with any violation is held for the
coordinator (never applied) with :func:`reason` in plain words. The office GUI and CLI only show
that reason.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence

from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    Contact,
    Meeting,
    Membership,
    Record,
    Review,
    VolunteerHours,
)
from circlesdesk.messages import Message
from circlesdesk.vault import store
from circlesdesk.vault.database import Connection

# How a record kind reads in a sentence (each one in messages.WORDS, so it is translated).
_KIND_WORDS = {
    "meeting": "meeting",
    "attendance": "attendance row",
    "concern": "concern",
    "contact": "contact",
    "hours": "hours record",
    "review": "review",
}


class Problem(enum.StrEnum):
    """Why a record is outside its sender's write scope."""

    NO_CIRCLE = "no-circle"  # the circle it names does not exist in the office
    NOT_ASSIGNED = "not-assigned"  # the sender was not assigned to the circle on that day
    NOT_OWN_MEETING = "not-own-meeting"  # attendance on a meeting made on another device
    NOT_OWN_PERSON = "not-own-person"  # hours or a contact booked to another person
    OTHER_CIRCLE = "other-circle"  # it refers to a record or person outside its circle
    UNKNOWN_MEETING = "unknown-meeting"  # it refers to a meeting the office does not hold


@dataclasses.dataclass(frozen=True)
class Violation:
    """One record outside its sender's write scope: which record, which circle, why."""

    kind: str
    uuid: str
    day: str
    circle: str | None  # the circle's code, when the circle exists
    problem: Problem

    def sentence(self) -> Message:
        """The plain sentence saying which record, which circle and why (no record text)."""
        circle = (
            Message("scope.circle", {"code": self.circle})
            if self.circle
            else Message("scope.some_circle")
        )
        params: dict[str, object] = {"kind": _KIND_WORDS.get(self.kind, self.kind), "day": self.day}
        if self.problem is not Problem.NO_CIRCLE:
            params["circle"] = circle
        return Message(f"scope.{self.problem.value}", params)


def reason(found: Sequence[Violation]) -> Message | None:
    """What the coordinator is told about a held bundle: the first record, and how many more."""
    if not found:
        return None
    if len(found) > 1:
        return Message("scope.held_more", {"problem": found[0].sentence(), "more": len(found) - 1})
    return Message("scope.held", {"problem": found[0].sentence()})


class _Scope:
    """What one volunteer may write, read once per bundle from the office's vault."""

    def __init__(self, conn: Connection, person: str | None, records: Sequence[Record]) -> None:
        self.conn = conn
        self.person = person
        own = [] if person is None else store.find(conn, Membership, person_uuid=person)
        self.assignments = own
        self._rosters: dict[str, set[str]] = {}
        self.meetings = {r.uuid: r for r in records if isinstance(r, Meeting)}
        wanted = {
            uuid
            for r in records
            for uuid in (
                r.meeting_uuid if isinstance(r, Attendance) else None,
                r.meeting_uuid if isinstance(r, Concern) else None,
            )
            if uuid is not None and uuid not in self.meetings
        }
        if wanted:
            stored = store.find_in(conn, Meeting, field="uuid", values=sorted(wanted))
            self.meetings.update({m.uuid: m for m in stored})
        # Only the circles this bundle names are read: the cost follows the bundle, not the
        # number of circles the office holds.
        named: set[str] = {m.circle_uuid for m in self.meetings.values()}
        for record in records:
            circle = getattr(record, "circle_uuid", None)
            if isinstance(circle, str):
                named.add(circle)
        stored_circles = store.find_in(conn, Circle, field="uuid", values=sorted(named))
        self.circles = {c.uuid: c for c in stored_circles}

    def code(self, circle_uuid: str | None) -> str | None:
        circle = self.circles.get(circle_uuid or "")
        return None if circle is None else circle.code

    def assigned(self, circle_uuid: str, day: str) -> bool:
        """Whether the sender's volunteer was on the circle's roster on ``day``."""
        return any(
            m.circle_uuid == circle_uuid
            and (m.joined_on is None or m.joined_on <= day)
            and (m.left_on is None or day <= m.left_on)
            for m in self.assignments
        )

    def on_roster(self, circle_uuid: str, person_uuid: str) -> bool:
        """Whether a person was ever on the circle's roster."""
        roster = self._rosters.get(circle_uuid)
        if roster is None:
            roster = self._rosters[circle_uuid] = {
                m.person_uuid for m in store.find(self.conn, Membership, circle_uuid=circle_uuid)
            }
        return person_uuid in roster

    def circle_problem(self, circle_uuid: str, day: str) -> Problem | None:
        if circle_uuid not in self.circles:
            return Problem.NO_CIRCLE
        if not self.assigned(circle_uuid, day):
            return Problem.NOT_ASSIGNED
        return None

    def problem(self, record: Record, sender: str) -> tuple[str, str | None, Problem | None]:
        """(the record's day, its circle's uuid, what is wrong with it or None)."""
        match record:
            case Meeting():
                found = self.circle_problem(record.circle_uuid, record.held_on)
                taker = record.minute_taker_uuid
                if found is None and taker is not None:
                    found = (
                        None if self.on_roster(record.circle_uuid, taker) else Problem.OTHER_CIRCLE
                    )
                return record.held_on, record.circle_uuid, found
            case Attendance():
                meeting = self.meetings.get(record.meeting_uuid)
                if meeting is None:  # the importer refuses it as a dangling reference first
                    return "an unknown day", None, Problem.UNKNOWN_MEETING
                day, circle = meeting.held_on, meeting.circle_uuid
                if meeting.origin != sender:
                    return day, circle, Problem.NOT_OWN_MEETING
                found = self.circle_problem(circle, day)
                if found is None and not self.on_roster(circle, record.person_uuid):
                    found = Problem.OTHER_CIRCLE
                return day, circle, found
            case Concern():
                day = record.raised_at[:10]
                found = self.circle_problem(record.circle_uuid, day)
                if found is None and record.meeting_uuid is not None:
                    meeting = self.meetings.get(record.meeting_uuid)
                    if meeting is None:
                        found = Problem.UNKNOWN_MEETING
                    elif meeting.circle_uuid != record.circle_uuid:
                        found = Problem.OTHER_CIRCLE
                return day, record.circle_uuid, found
            case Contact():
                found = self.circle_problem(record.circle_uuid, record.contact_on)
                if found is None and record.person_uuid not in (None, self.person):
                    found = Problem.NOT_OWN_PERSON
                return record.contact_on, record.circle_uuid, found
            case VolunteerHours():
                if record.person_uuid != self.person:
                    return record.worked_on, record.circle_uuid, Problem.NOT_OWN_PERSON
                if record.circle_uuid is None:
                    return record.worked_on, None, None
                found = self.circle_problem(record.circle_uuid, record.worked_on)
                return record.worked_on, record.circle_uuid, found
            case Review():
                found = self.circle_problem(record.circle_uuid, record.review_on)
                return record.review_on, record.circle_uuid, found
        # Kinds a volunteer may not send at all are refused before scope is checked.
        return record.updated_at[:10], None, Problem.NOT_OWN_PERSON


def violations(
    conn: Connection, records: Sequence[Record], *, sender: str, person: str | None
) -> list[Violation]:
    """Every record of a volunteer device's bundle that lies outside its write scope.

    ``sender`` is the device id, ``person`` the volunteer person the office linked it to at
    enrollment (None: the device may write nothing).
    """
    if not records:
        return []
    scope = _Scope(conn, person, records)
    found = []
    for record in records:
        day, circle, problem = scope.problem(record, sender)
        if problem is not None:
            found.append(
                Violation(
                    kind=record.kind,
                    uuid=record.uuid,
                    day=day,
                    circle=scope.code(circle),
                    problem=problem,
                )
            )
    return found
