"""Recording, editing, listing and searching meetings with their attendance and concerns."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from circlesdesk.domain import defaults, urgency, validation
from circlesdesk.domain.enums import AttendanceStatus, MeetingMode, MeetingStatus
from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    Meeting,
    OfficeConfig,
    new_record_id,
    utc_now,
)
from circlesdesk.errors import NotFoundError, UserError, ValidationError
from circlesdesk.services.circles import find_circle, roster
from circlesdesk.vault import audit, database, drafts, registry, search, store
from circlesdesk.vault.vault import Vault


class BlankMeeting(ValidationError):
    """A meeting with no minutes, no attendance and no concern: nothing worth a record."""

    code = "meeting.blank"


class DuplicateMeeting(ValidationError):
    """A second meeting for the same circle and date, not confirmed as meant."""

    exit_code = 4
    code = "meeting.duplicate"


class MeetingSent(UserError):
    """Withdrawing a meeting that has already gone to the office."""

    code = "meeting.sent"


class NotYours(UserError):
    """Changing a meeting another device recorded (only the origin device edits a record)."""

    code = "meeting.not_yours"


@dataclasses.dataclass(frozen=True)
class ConcernInput:
    """A concern as the volunteer enters it, before it becomes a record."""

    level: int
    category: str
    description: str
    action_taken: str | None = None
    coordinator_phoned_at: str | None = None


@dataclasses.dataclass(frozen=True)
class MeetingSummary:
    """A meeting as lists show it."""

    meeting: Meeting
    circle_code: str
    attendance: dict[str, str]
    concern_levels: tuple[int, ...]


def office_config(vault: Vault) -> OfficeConfig | None:
    """The office configuration this vault holds (None before a volunteer is welcomed)."""
    found = store.find(vault.conn, OfficeConfig, limit=1)
    return found[0] if found else None


def concern_categories(vault: Vault) -> dict[str, str]:
    """Concern category keys and labels from the office configuration, else the defaults."""
    config = office_config(vault)
    return dict(config.categories) if config else dict(defaults.CONCERN_CATEGORIES)


def life_areas(vault: Vault) -> dict[str, str]:
    """Life-area keys and labels from the office configuration, else the defaults."""
    config = office_config(vault)
    return dict(config.life_areas) if config else dict(defaults.LIFE_AREAS)


def _check_category(vault: Vault, category: str) -> None:
    if category not in concern_categories(vault):
        raise ValidationError("meeting.unknown_category")


def record_meeting(  # noqa: PLR0913 - one keyword per field of the meeting form
    vault: Vault,
    *,
    circle_code: str,
    held_on: str,
    start_time: str | None = None,
    end_time: str | None = None,
    venue: str | None = None,
    minutes: str = "",
    life_areas_discussed: Sequence[str] = (),
    engagement: int | None = None,
    mode: MeetingMode | None = None,
    attendance: Mapping[str, AttendanceStatus] | None = None,
    concerns: Sequence[ConcernInput] = (),
    status: MeetingStatus = MeetingStatus.FINAL,
    minute_taker_uuid: str | None = None,
    draft_id: str | None = None,
    again: bool = False,
) -> Meeting:
    """Store a meeting, its attendance (person uuid → status) and concerns in one transaction.

    ``draft_id`` names the autosaved draft this meeting came from; it is deleted in the same
    transaction, so a crash leaves either the draft or the meeting, never neither.

    A meeting with no minutes, no attendance and no concern is refused (:class:`BlankMeeting`);
    so is a second meeting for the same circle and date unless ``again`` says it is meant
    (:class:`DuplicateMeeting`): pressing Save twice must not make two meetings.
    """
    circle = find_circle(vault, circle_code)
    me = vault.info.device_id
    if minute_taker_uuid is None:
        minute_taker_uuid = vault.person_uuid()
    members = {entry.person.uuid for entry in roster(vault, circle.uuid)}
    attendance = attendance or {}
    if not set(attendance) <= members:
        raise ValidationError("meeting.attendance_not_member")
    known_areas = life_areas(vault)
    if any(area not in known_areas for area in life_areas_discussed):
        raise ValidationError("meeting.unknown_life_area")
    for concern in concerns:
        _check_category(vault, concern.category)
        urgency.check_phone_call(level=concern.level, phoned_at=concern.coordinator_phoned_at)
    meeting = Meeting(
        uuid=new_record_id(),
        origin=me,
        circle_uuid=circle.uuid,
        held_on=held_on,
        start_time=start_time,
        end_time=end_time,
        venue=venue,
        minute_taker_uuid=minute_taker_uuid,
        minutes=minutes,
        life_areas=tuple(life_areas_discussed),
        engagement=engagement,
        status=status.value,
        mode=None if mode is None else MeetingMode(mode).value,
    )  # every field is checked here, before the two rules below
    if not (minutes.strip() or attendance or concerns):
        raise BlankMeeting()
    if not again and store.find(vault.conn, Meeting, circle_uuid=circle.uuid, held_on=held_on):
        raise DuplicateMeeting()
    rows: list[Attendance | Concern] = [
        Attendance(
            uuid=new_record_id(),
            origin=me,
            meeting_uuid=meeting.uuid,
            person_uuid=person_uuid,
            status=AttendanceStatus(state).value,
        )
        for person_uuid, state in attendance.items()
    ]
    rows += _new_concerns(concerns, meeting=meeting, origin=me)
    with database.transaction(vault.conn):
        store.save(vault.conn, meeting)
        for row in rows:
            store.save(vault.conn, row)
        if draft_id is not None:
            drafts.delete(vault.conn, draft_id)
        audit.append(
            vault.conn,
            actor=me,
            staff_id=vault.staff_id,
            action="meeting.recorded",
            kind="meeting",
            record_uuid=meeting.uuid,
            detail=f"attendance={len(attendance)} concerns={len(concerns)}",
        )
    return meeting


def edit_meeting(vault: Vault, *, meeting_uuid: str, **changes: object) -> Meeting:
    """Save changed fields of a meeting as its next revision (the earlier one stays in history)."""
    meeting = store.require(vault.conn, Meeting, meeting_uuid)
    allowed = set(Meeting.content_field_names()) - {"circle_uuid"}
    if not set(changes) <= allowed:
        raise ValidationError("meeting.only_own_details")
    if "life_areas" in changes:
        changes["life_areas"] = tuple(changes["life_areas"])  # type: ignore[arg-type]
    revised = meeting.revised(**changes)
    vault.save_record(revised, "meeting.edited", detail=f"revision={revised.revision}")
    return revised


def is_sent(vault: Vault, meeting_uuid: str) -> bool:
    """Whether the meeting as it stands now has gone into a file for the office."""
    changed = store.change_seq(vault.conn, Meeting, meeting_uuid)
    if changed is None:
        raise NotFoundError("meeting.not_found")
    return changed <= registry.highest_sent_change(vault.conn)


def _own_meeting(vault: Vault, meeting_uuid: str) -> Meeting:
    meeting = get_meeting(vault, meeting_uuid)
    if meeting.origin != vault.info.device_id:
        raise NotYours()
    return meeting


def meeting_fields(vault: Vault, meeting_uuid: str) -> dict[str, object]:
    """A saved meeting of this laptop as the editor's fields (to change it)."""
    meeting = _own_meeting(vault, meeting_uuid)
    circle = store.require(vault.conn, Circle, meeting.circle_uuid)
    return {
        "circle_code": circle.code,
        "held_on": meeting.held_on,
        "start_time": meeting.start_time,
        "venue": meeting.venue or "",
        "minutes": meeting.minutes,
        "life_areas": list(meeting.life_areas),
        "engagement": meeting.engagement,
        "mode": meeting.mode,
        "attendance": {
            row.person_uuid: row.status
            for row in store.find(vault.conn, Attendance, meeting_uuid=meeting.uuid)
        },
        "concerns": [],
    }


def withdraw_meeting(vault: Vault, *, meeting_uuid: str) -> None:
    """Delete a meeting (with its attendance and concerns) that has not gone to the office yet.

    A meeting already sent is never withdrawn: the office holds it, so it is corrected instead
    (:func:`change_meeting`), and the correction travels as its next revision.
    """
    meeting = _own_meeting(vault, meeting_uuid)
    if is_sent(vault, meeting_uuid):
        raise MeetingSent()
    conn = vault.conn
    with database.transaction(conn):
        for row in store.find(conn, Attendance, meeting_uuid=meeting.uuid):
            store.delete(conn, Attendance, row.uuid)
        for concern in store.find(conn, Concern, meeting_uuid=meeting.uuid):
            store.delete(conn, Concern, concern.uuid)
        store.delete(conn, Meeting, meeting.uuid)
        audit.append(
            conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="meeting.withdrawn",
            kind="meeting",
            record_uuid=meeting.uuid,
        )


def change_meeting(
    vault: Vault,
    *,
    meeting_uuid: str,
    held_on: str,
    start_time: str | None = None,
    venue: str | None = None,
    minutes: str = "",
    life_areas_discussed: Sequence[str] = (),
    engagement: int | None = None,
    mode: MeetingMode | None = None,
    attendance: Mapping[str, AttendanceStatus] | None = None,
    new_concerns: Sequence[ConcernInput] = (),
    draft_id: str | None = None,
) -> Meeting:
    """Save the meeting as its next revision (sent or not: the change travels to the office).

    Attendance given for a person replaces theirs (a new revision of that row); concerns in
    ``new_concerns`` are added to the meeting under the same rules as when it was recorded.
    Concerns already recorded stay as they are. One transaction; the draft goes with it.
    """
    meeting = _own_meeting(vault, meeting_uuid)
    members = {entry.person.uuid for entry in roster(vault, meeting.circle_uuid)}
    attendance = attendance or {}
    if not set(attendance) <= members:
        raise ValidationError("meeting.attendance_not_member")
    known_areas = life_areas(vault)
    if any(area not in known_areas for area in life_areas_discussed):
        raise ValidationError("meeting.unknown_life_area")
    for concern in new_concerns:
        _check_category(vault, concern.category)
        urgency.check_phone_call(level=concern.level, phoned_at=concern.coordinator_phoned_at)
    revised = meeting.revised(
        held_on=held_on,
        start_time=start_time,
        venue=venue,
        minutes=minutes,
        life_areas=tuple(life_areas_discussed),
        engagement=engagement,
        mode=None if mode is None else MeetingMode(mode).value,
    )
    changed = any(
        getattr(revised, name) != getattr(meeting, name) for name in Meeting.content_field_names()
    )
    if not changed:
        revised = meeting
    me = vault.info.device_id
    conn = vault.conn
    existing = {
        row.person_uuid: row for row in store.find(conn, Attendance, meeting_uuid=meeting.uuid)
    }
    rows: list[Attendance | Concern] = []
    for person_uuid, state in attendance.items():
        status = AttendanceStatus(state).value
        before = existing.get(person_uuid)
        if before is None:
            rows.append(
                Attendance(
                    uuid=new_record_id(),
                    origin=me,
                    meeting_uuid=meeting.uuid,
                    person_uuid=person_uuid,
                    status=status,
                )
            )
        elif before.status != status:
            rows.append(before.revised(status=status))
    rows += _new_concerns(new_concerns, meeting=meeting, origin=me)
    with database.transaction(conn):
        if changed:
            store.save(conn, revised)
        for row in rows:
            store.save(conn, row)
        if draft_id is not None:
            drafts.delete(conn, draft_id)
        audit.append(
            conn,
            actor=me,
            staff_id=vault.staff_id,
            action="meeting.edited",
            kind="meeting",
            record_uuid=meeting.uuid,
            detail=f"revision={revised.revision} rows={len(rows)}",
        )
    return revised


def _new_concerns(
    concerns: Sequence[ConcernInput], *, meeting: Meeting, origin: str
) -> list[Concern]:
    """The concern records raised now at ``meeting`` (recorded or edited), one per input."""
    return [
        Concern(
            uuid=new_record_id(),
            origin=origin,
            circle_uuid=meeting.circle_uuid,
            meeting_uuid=meeting.uuid,
            raised_at=utc_now(),
            level=concern.level,
            category=concern.category,
            description=concern.description,
            action_taken=concern.action_taken,
            coordinator_phoned_at=concern.coordinator_phoned_at,
        )
        for concern in concerns
    ]


def list_meetings(vault: Vault, *, circle_code: str | None = None) -> list[MeetingSummary]:
    """Meetings, newest first, with attendance by person name and the levels of their concerns."""
    circles = {c.uuid: c for c in store.find(vault.conn, Circle)}
    if circle_code is not None:
        circle = find_circle(vault, circle_code)
        meetings = store.find(
            vault.conn, Meeting, circle_uuid=circle.uuid, order_by=("held_on",), descending=True
        )
    else:
        meetings = store.find(vault.conn, Meeting, order_by=("held_on",), descending=True)
    names = {
        entry.person.uuid: entry.person.name
        for circle_uuid in {m.circle_uuid for m in meetings}
        for entry in roster(vault, circle_uuid)
    }
    summaries = []
    for meeting in meetings:
        attendance = {
            names.get(row.person_uuid, "(former member)"): row.status
            for row in store.find(vault.conn, Attendance, meeting_uuid=meeting.uuid)
        }
        levels = tuple(c.level for c in store.find(vault.conn, Concern, meeting_uuid=meeting.uuid))
        circle_found = circles.get(meeting.circle_uuid)
        summaries.append(
            MeetingSummary(
                meeting=meeting,
                circle_code=circle_found.code if circle_found else "?",
                attendance=attendance,
                concern_levels=levels,
            )
        )
    return summaries


def get_meeting(vault: Vault, meeting_uuid: str) -> Meeting:
    """One meeting by id."""
    validation.record_id(meeting_uuid, field="meeting id")
    meeting = store.get(vault.conn, Meeting, meeting_uuid)
    if meeting is None:
        raise NotFoundError("meeting.not_found")
    return meeting


def search_records(vault: Vault, text: str, *, limit: int = 50) -> list[search.SearchHit]:
    """Full-text search across minutes, concerns and contacts."""
    validation.text(text, field="search", max_length=500)
    validation.integer(limit, field="number of results", low=1, high=10_000)
    return search.search(vault.conn, text, limit=limit)
