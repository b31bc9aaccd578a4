"""A circle's history: meetings, concerns (with the coordinator's responses), contacts, reviews."""

from __future__ import annotations

import dataclasses

from circlesdesk.domain.records import (
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


def circle_timeline(vault: Vault, circle_uuid: str) -> list[TimelineEntry]:
    """Everything this vault holds about one circle, newest first."""
    conn = vault.conn
    concerns = store.find(conn, Concern, circle_uuid=circle_uuid)
    # The responses to this circle's concerns only (by the concern_uuid index), not every
    # response in the vault.
    responses = {
        c.uuid: store.find(conn, ConcernResponse, concern_uuid=c.uuid, order_by=("responded_at",))
        for c in concerns
    }
    entries = [
        TimelineEntry(date=m.held_on, kind="meeting", record=m)
        for m in store.find(conn, Meeting, circle_uuid=circle_uuid)
    ]
    entries += [
        TimelineEntry(
            date=c.raised_at[:10],
            kind="concern",
            record=c,
            responses=tuple(responses.get(c.uuid, ())),
        )
        for c in concerns
    ]
    entries += [
        TimelineEntry(date=c.contact_on, kind="contact", record=c)
        for c in store.find(conn, Contact, circle_uuid=circle_uuid)
    ]
    entries += [
        TimelineEntry(date=r.review_on, kind="review", record=r)
        for r in store.find(conn, Review, circle_uuid=circle_uuid)
    ]
    entries.sort(key=lambda e: (e.date, e.kind), reverse=True)
    return entries


def find_record(vault: Vault, kind: str, uuid: str) -> Record | None:
    """Open a record from a search hit or timeline entry."""
    return store.get(vault.conn, store.record_type(kind), uuid)
