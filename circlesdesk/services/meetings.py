"""Recording, editing, listing and searching meetings with their attendance and concerns."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from circlesdesk.domain import defaults, urgency, validation
from circlesdesk.domain.enums import AttendanceStatus, MeetingStatus
from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    Meeting,
    OfficeConfig,
    new_record_id,
    utc_now,
)
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.services.circles import find_circle, roster
from circlesdesk.vault import audit, database, drafts, search, store
from circlesdesk.vault.vault import Vault


class BlankMeeting(ValidationError):
    """A meeting with no minutes, no attendance and no concern: nothing worth a record."""

    message = (
        "There is nothing to save yet: write the minutes, tick who came or add a concern. "
        "Nothing was saved."
    )


class DuplicateMeeting(ValidationError):
    """A second meeting for the same circle and date, not confirmed as meant."""

    exit_code = 4
    message = (
        "There is already a meeting for this circle on this date. Nothing was saved; if there "
        "really were two meetings that day, confirm it (on the command line: --again)."
    )


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
        raise ValidationError(
            "The concern category is not on the office's list; run "
            "'circlesdesk meeting add --help' to see the categories."
        )


def record_meeting(
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
        raise ValidationError("Attendance can only be recorded for members of the circle.")
    known_areas = life_areas(vault)
    if any(area not in known_areas for area in life_areas_discussed):
        raise ValidationError("One of the life areas is not on the office's list.")
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
    rows += [
        Concern(
            uuid=new_record_id(),
            origin=me,
            circle_uuid=circle.uuid,
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
    with database.transaction(vault.conn):
        store.save(vault.conn, meeting)
        for row in rows:
            store.save(vault.conn, row)
        if draft_id is not None:
            drafts.delete(vault.conn, draft_id)
        audit.append(
            vault.conn,
            actor=me,
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
        raise ValidationError("Only the meeting's own details can be changed here.")
    if "life_areas" in changes:
        changes["life_areas"] = tuple(changes["life_areas"])  # type: ignore[arg-type]
    revised = meeting.revised(**changes)
    with database.transaction(vault.conn):
        store.save(vault.conn, revised)
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            action="meeting.edited",
            kind="meeting",
            record_uuid=meeting.uuid,
            detail=f"revision={revised.revision}",
        )
    return revised


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
        raise NotFoundError("That meeting does not exist in this vault.")
    return meeting


def search_records(vault: Vault, text: str, *, limit: int = 50) -> list[search.SearchHit]:
    """Full-text search across minutes, concerns and contacts."""
    validation.text(text, field="search", max_length=500)
    validation.integer(limit, field="number of results", low=1, high=10_000)
    return search.search(vault.conn, text, limit=limit)
