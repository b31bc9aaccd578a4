"""A circle's history: meetings (with attendance if asked), concerns (with the coordinator's
responses), contacts, reviews."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from circlesdesk.domain.records import (
    Attendance,
    Concern,
    ConcernResponse,
    Contact,
    Meeting,
    Record,
    Review,
)
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault


@dataclasses.dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened in a circle, for a list sorted newest first."""

    date: str
    kind: str
    record: Record
    responses: tuple[ConcernResponse, ...] = ()
    attendance: tuple[Attendance, ...] = ()  # a meeting's, when read with attendance=True


@dataclasses.dataclass(frozen=True)
class TimelineRef:
    """Where one timeline entry is, without its content: enough to sort and count them all."""

    date: str
    kind: str
    uuid: str


_DATED: tuple[tuple[type[Record], str], ...] = (
    (Meeting, "held_on"),
    (Concern, "raised_at"),
    (Contact, "contact_on"),
    (Review, "review_on"),
)


def circle_refs(vault: Vault, circle_uuid: str) -> list[TimelineRef]:
    """Every entry of a circle's timeline, newest first, without reading their content."""
    refs = [
        TimelineRef(date=day, kind=cls.kind, uuid=uuid)
        for cls, field in _DATED
        for uuid, day in store.dated_ids(vault.conn, cls, date_field=field, circle_uuid=circle_uuid)
    ]
    refs.sort(key=lambda ref: (ref.date, ref.kind), reverse=True)
    return refs


def load_entries(
    vault: Vault, refs: Sequence[TimelineRef], *, attendance: bool = False
) -> list[TimelineEntry]:
    """The records behind some timeline refs (a concern with the coordinator's responses; a
    meeting with who came, if ``attendance``)."""
    entries = []
    for ref in refs:
        record = store.require(vault.conn, store.record_type(ref.kind), ref.uuid)
        responses: tuple[ConcernResponse, ...] = ()
        came: tuple[Attendance, ...] = ()
        if attendance and isinstance(record, Meeting):
            came = tuple(store.find(vault.conn, Attendance, meeting_uuid=record.uuid))
        if isinstance(record, Concern):
            responses = tuple(
                store.find(
                    vault.conn,
                    ConcernResponse,
                    concern_uuid=record.uuid,
                    order_by=("responded_at",),
                )
            )
        entries.append(
            TimelineEntry(
                date=ref.date, kind=ref.kind, record=record, responses=responses, attendance=came
            )
        )
    return entries


def circle_timeline(vault: Vault, circle_uuid: str) -> list[TimelineEntry]:
    """Everything this vault holds about one circle, newest first."""
    return load_entries(vault, circle_refs(vault, circle_uuid))


def find_record(vault: Vault, kind: str, uuid: str) -> Record | None:
    """Open a record from a search hit or timeline entry."""
    return store.get(vault.conn, store.record_type(kind), uuid)
