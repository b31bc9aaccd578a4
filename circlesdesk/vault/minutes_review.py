"""The office's minutes review pins: which revision of a meeting the coordinator last reviewed.

One row per meeting in ``minutes_review`` (schema v5). A pin is the office's own bookkeeping: it
is never synced and never changes the meeting itself.
"""

from __future__ import annotations

import dataclasses

from circlesdesk.vault.database import Connection


@dataclasses.dataclass(frozen=True)
class Pin:
    """The revision of a meeting the coordinator marked reviewed, and when."""

    meeting_uuid: str
    revision: int
    content_hash: str
    reviewed_at: str


@dataclasses.dataclass(frozen=True)
class QueueRow:
    """One received meeting as the review queue lists it, with its pin if it has one."""

    meeting_uuid: str
    held_on: str
    revision: int
    content_hash: str
    circle_code: str | None
    minute_taker: str | None
    pin: Pin | None


def pin(conn: Connection, new: Pin) -> None:
    """Store (or move) a meeting's pin; call inside a transaction."""
    conn.execute(
        "INSERT INTO minutes_review (meeting_uuid, revision, content_hash, reviewed_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (meeting_uuid) DO UPDATE SET"
        " revision = excluded.revision, content_hash = excluded.content_hash,"
        " reviewed_at = excluded.reviewed_at",
        (new.meeting_uuid, new.revision, new.content_hash, new.reviewed_at),
    )


def get_pin(conn: Connection, meeting_uuid: str) -> Pin | None:
    """A meeting's pin, or None if it was never reviewed."""
    row = conn.execute(
        "SELECT revision, content_hash, reviewed_at FROM minutes_review WHERE meeting_uuid = ?",
        (meeting_uuid,),
    ).fetchone()
    if row is None:
        return None
    return Pin(meeting_uuid=meeting_uuid, revision=row[0], content_hash=row[1], reviewed_at=row[2])


def queue_rows(conn: Connection, *, not_from: str) -> list[QueueRow]:
    """Every meeting not made on device ``not_from``, with its circle code, minute-taker's name
    and pin, in one query (no minutes text is read)."""
    rows = conn.execute(
        "SELECT m.uuid, m.held_on, m.revision, m.content_hash, c.code, p.name,"
        " r.revision, r.content_hash, r.reviewed_at"
        " FROM meeting AS m"
        " LEFT JOIN circle AS c ON c.uuid = m.circle_uuid"
        " LEFT JOIN person AS p ON p.uuid = m.minute_taker_uuid"
        " LEFT JOIN minutes_review AS r ON r.meeting_uuid = m.uuid"
        " WHERE m.origin != ?",
        (not_from,),
    )
    return [
        QueueRow(
            meeting_uuid=uuid,
            held_on=held_on,
            revision=revision,
            content_hash=content_hash,
            circle_code=code,
            minute_taker=name,
            pin=None
            if pinned is None
            else Pin(
                meeting_uuid=uuid,
                revision=pinned,
                content_hash=pinned_hash,
                reviewed_at=reviewed_at,
            ),
        )
        for (
            uuid,
            held_on,
            revision,
            content_hash,
            code,
            name,
            pinned,
            pinned_hash,
            reviewed_at,
        ) in rows
    ]
