"""The coordinator's minutes review queue: meetings received, read, marked reviewed.

Marking a meeting reviewed *pins* its current revision (``minutes_review``, the office's own
bookkeeping, never synced). When the volunteer later sends a newer revision, the meeting comes
back to the queue as "changed since review", and :func:`changes` says what changed between the
pinned revision (kept in the record history) and the current one: the fields that differ and a
word-level diff of the minutes.

The queue lists the meetings received from volunteers (any origin but the office's own device):
the work first (never reviewed, or changed since review), oldest meeting first; then the
reviewed ones, newest meeting first.
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import re
from collections.abc import Sequence

from circlesdesk.domain import validation
from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import Meeting, Person, utc_now
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.services import access
from circlesdesk.services import circles as circle_service
from circlesdesk.services.meetings import life_areas
from circlesdesk.vault import audit, database, store
from circlesdesk.vault import minutes_review as pins
from circlesdesk.vault.minutes_review import Pin
from circlesdesk.vault.vault import Vault

__all__ = [
    "COMPARED_FIELDS",
    "DELETE",
    "EQUAL",
    "INSERT",
    "FieldChange",
    "MeetingChanges",
    "Pin",
    "ReviewDetail",
    "ReviewEntry",
    "ReviewState",
    "changes",
    "detail",
    "mark_reviewed",
    "review_queue",
    "word_diff",
]

# The meeting's fields compared besides the minutes, in the order a reader expects them.
COMPARED_FIELDS = (
    "held_on",
    "start_time",
    "end_time",
    "venue",
    "minute_taker_uuid",
    "life_areas",
    "engagement",
    "status",
)
# The operations of a minutes diff segment.
EQUAL, INSERT, DELETE = "equal", "insert", "delete"
# A word with the spaces after it; leading spaces of the text are a token of their own.
_TOKEN = re.compile(r"^\s+|\S+\s*")


class ReviewState(enum.StrEnum):
    """Where a received meeting stands in the review."""

    TO_REVIEW = "to review"  # never reviewed
    CHANGED = "changed since review"  # the current revision is not the pinned one
    REVIEWED = "reviewed"

    @property
    def needs_review(self) -> bool:
        """Whether the coordinator still has to read it."""
        return self is not ReviewState.REVIEWED


@dataclasses.dataclass(frozen=True)
class ReviewEntry:
    """One received meeting in the queue (read without its minutes)."""

    meeting_uuid: str
    circle_code: str
    held_on: str
    minute_taker: str  # the name, or "" when unknown
    revision: int
    state: ReviewState
    pin: Pin | None


@dataclasses.dataclass(frozen=True)
class FieldChange:
    """One field that differs between the pinned revision and the current one, as text."""

    field: str  # one of COMPARED_FIELDS
    old: str  # "" when it was not set
    new: str


@dataclasses.dataclass(frozen=True)
class MeetingChanges:
    """What changed since the coordinator reviewed a meeting."""

    pinned_revision: int
    reviewed_at: str
    current_revision: int
    fields: tuple[FieldChange, ...]
    minutes: tuple[tuple[str, str], ...]  # (EQUAL | INSERT | DELETE, text) segments, in order

    @property
    def minutes_changed(self) -> bool:
        """Whether any word of the minutes was added or removed."""
        return any(op != EQUAL for op, _text in self.minutes)


@dataclasses.dataclass(frozen=True)
class ReviewDetail:
    """Everything the reading pane shows about one meeting."""

    meeting: Meeting
    state: ReviewState
    fields: dict[str, str]  # the text of each of COMPARED_FIELDS, "" when not set
    pin: Pin | None
    changes: MeetingChanges | None  # only when changed since review


def _state(revision: int, content_hash: str, pin: Pin | None) -> ReviewState:
    if pin is None:
        return ReviewState.TO_REVIEW
    if (pin.revision, pin.content_hash) != (revision, content_hash):
        return ReviewState.CHANGED
    return ReviewState.REVIEWED


def review_queue(vault: Vault, *, waiting_only: bool = False) -> list[ReviewEntry]:
    """Meetings received from volunteers with their review state, the work first (see the
    module docstring); ``waiting_only`` leaves out the reviewed ones. One query."""
    access.require(vault, Permission.WORK_ON_CIRCLES)
    entries = [
        ReviewEntry(
            meeting_uuid=row.meeting_uuid,
            circle_code=row.circle_code or "?",
            held_on=row.held_on,
            minute_taker=row.minute_taker or "",
            revision=row.revision,
            state=_state(row.revision, row.content_hash, row.pin),
            pin=row.pin,
        )
        for row in pins.queue_rows(vault.conn, not_from=vault.info.device_id)
    ]
    if access.visible_circles(vault) is not None:
        mine = {circle.code for circle in circle_service.list_circles(vault)}
        entries = [e for e in entries if e.circle_code in mine]
    work = sorted(
        (e for e in entries if e.state.needs_review), key=lambda e: (e.held_on, e.circle_code)
    )
    if waiting_only:
        return work
    done = sorted(
        (e for e in entries if not e.state.needs_review),
        key=lambda e: (e.held_on, e.circle_code),
        reverse=True,
    )
    return work + done


def _meeting(vault: Vault, meeting_uuid: str) -> Meeting:
    validation.record_id(meeting_uuid, field="meeting")
    meeting = store.get(vault.conn, Meeting, meeting_uuid)
    if meeting is None:
        raise NotFoundError("meeting.not_found")
    return meeting


def mark_reviewed(vault: Vault, meeting_uuid: str) -> Pin:
    """Pin the meeting's current revision as reviewed (with an audit row).

    Marking a meeting whose current revision is already pinned changes nothing.
    """
    access.require(vault, Permission.WORK_ON_CIRCLES)
    conn = vault.conn
    with database.transaction(conn):
        meeting = _meeting(vault, meeting_uuid)
        pinned = pins.get_pin(conn, meeting.uuid)
        if _state(meeting.revision, meeting.content_hash(), pinned) is ReviewState.REVIEWED:
            assert pinned is not None
            return pinned
        new = Pin(
            meeting_uuid=meeting.uuid,
            revision=meeting.revision,
            content_hash=meeting.content_hash(),
            reviewed_at=utc_now(),
        )
        pins.pin(conn, new)
        audit.append(
            conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="minutes.reviewed",
            kind=Meeting.kind,
            record_uuid=meeting.uuid,
            detail=f"revision={meeting.revision}",
        )
    return new


def _field_texts(vault: Vault, meetings: Sequence[Meeting]) -> list[dict[str, str]]:
    """The text of each compared field of some meetings (names and labels looked up once)."""
    labels = life_areas(vault)
    names: dict[str | None, str] = {None: ""}
    for meeting in meetings:
        if meeting.minute_taker_uuid not in names:
            person = store.get(vault.conn, Person, meeting.minute_taker_uuid or "")
            names[meeting.minute_taker_uuid] = person.name if person else "?"
    texts = []
    for meeting in meetings:
        values: dict[str, str] = {}
        for name in COMPARED_FIELDS:
            value = getattr(meeting, name)
            if name == "minute_taker_uuid":
                values[name] = names[value]
            elif name == "life_areas":
                values[name] = ", ".join(labels.get(area, area) for area in value)
            else:
                values[name] = "" if value is None else str(value)
        texts.append(values)
    return texts


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """The words of ``new`` compared with ``old``: (EQUAL | INSERT | DELETE, text) segments.

    Words are compared without the spaces around them (a new line after a word does not
    change it); equal text comes from ``new``, and a replaced run is its deletion then its
    insertion. Neighbouring segments of one kind are joined.
    """
    old_tokens, new_tokens = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(
        None, [t.strip() for t in old_tokens], [t.strip() for t in new_tokens], autojunk=False
    )
    segments: list[tuple[str, str]] = []

    def add(op: str, tokens: list[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if segments and segments[-1][0] == op:
            segments[-1] = (op, segments[-1][1] + text)
        else:
            segments.append((op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add(EQUAL, new_tokens[j1:j2])
            continue
        add(DELETE, old_tokens[i1:i2])
        add(INSERT, new_tokens[j1:j2])
    return segments


def _changes(vault: Vault, meeting: Meeting, pin: Pin) -> MeetingChanges:
    if pin.revision == meeting.revision:
        pinned = meeting
    else:
        history = store.history(vault.conn, Meeting, meeting.uuid)
        found = [m for m in history if m.revision == pin.revision]
        if not found:
            raise NotFoundError("review.revision_gone")
        pinned = found[0]
    old, new = _field_texts(vault, [pinned, meeting])
    return MeetingChanges(
        pinned_revision=pin.revision,
        reviewed_at=pin.reviewed_at,
        current_revision=meeting.revision,
        fields=tuple(
            FieldChange(field=name, old=old[name], new=new[name])
            for name in COMPARED_FIELDS
            if getattr(pinned, name) != getattr(meeting, name)
        ),
        minutes=tuple(word_diff(pinned.minutes, meeting.minutes)),
    )


def changes(vault: Vault, meeting_uuid: str) -> MeetingChanges:
    """What changed between the revision the coordinator reviewed and the current one."""
    access.require(vault, Permission.WORK_ON_CIRCLES)
    meeting = _meeting(vault, meeting_uuid)
    pin = pins.get_pin(vault.conn, meeting.uuid)
    if pin is None:
        raise ValidationError("review.not_reviewed_yet")
    return _changes(vault, meeting, pin)


def detail(vault: Vault, meeting_uuid: str) -> ReviewDetail:
    """One meeting for the reading pane: its fields, its state and, if it changed since the
    review, what changed."""
    access.require(vault, Permission.WORK_ON_CIRCLES)
    meeting = _meeting(vault, meeting_uuid)
    pin = pins.get_pin(vault.conn, meeting.uuid)
    state = _state(meeting.revision, meeting.content_hash(), pin)
    (fields,) = _field_texts(vault, [meeting])
    return ReviewDetail(
        meeting=meeting,
        state=state,
        fields=fields,
        pin=pin,
        changes=_changes(vault, meeting, pin)
        if pin is not None and state is ReviewState.CHANGED
        else None,
    )
