"""A circle's history: meetings (with attendance if asked), concerns (with the coordinator's
responses), contacts, reviews."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from typing import TypeVar, overload

from circlesdesk.domain.records import (
    Attendance,
    Concern,
    ConcernResponse,
    Meeting,
    Record,
)
from circlesdesk.services import access
from circlesdesk.vault import overview, store
from circlesdesk.vault.vault import Vault

R = TypeVar("R", bound=Record)


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


class CircleRefs(Sequence[TimelineRef]):
    """A circle's timeline refs, newest first, read from the vault as they are asked for: a long
    history's first page costs what a short one's does.

    Counted when first measured (only if the refs read so far do not already end the timeline);
    entries recorded after that are left out: read the refs again for them.
    """

    def __init__(self, vault: Vault, circle_uuid: str) -> None:
        self._vault = vault
        self._circle_uuid = circle_uuid
        self._refs: list[TimelineRef] = []
        self._after: overview.TimelineKey | None = None
        self._ended = False
        self._total: int | None = None

    def _read_to(self, stop: int) -> None:
        """Read on until ``stop`` refs are held or the timeline ends."""
        wanted = stop - len(self._refs)
        if wanted <= 0 or self._ended:
            return
        page = overview.timeline_page(
            self._vault.conn, self._circle_uuid, after=self._after, limit=wanted
        )
        self._refs += [TimelineRef(date=key[0], kind=key[1], uuid=uuid) for key, uuid in page]
        if page:
            self._after = page[-1][0]
        self._ended = len(page) < wanted

    def __len__(self) -> int:
        if self._total is None:
            self._total = (
                len(self._refs)
                if self._ended
                else overview.timeline_count(self._vault.conn, self._circle_uuid)
            )
        return self._total

    @overload
    def __getitem__(self, index: int) -> TimelineRef: ...

    @overload
    def __getitem__(self, index: slice) -> list[TimelineRef]: ...

    def __getitem__(self, index: int | slice) -> TimelineRef | list[TimelineRef]:
        if isinstance(index, slice):
            ends = (index.start, index.stop)
            from_end = index.stop is None or any(i is not None and i < 0 for i in ends)
            self._read_to(len(self) if from_end else index.stop)
            return self._refs[index]
        if index < 0:
            index += len(self)
        if index < 0:
            raise IndexError(index)
        self._read_to(index + 1)
        return self._refs[index]

    def __iter__(self) -> Iterator[TimelineRef]:
        self._read_to(len(self))
        return iter(self._refs[: len(self)])


def circle_refs(vault: Vault, circle_uuid: str) -> CircleRefs:
    """Every entry of a circle's timeline, newest first: counted now, read as they are used."""
    access.require_circle(vault, circle_uuid)
    return CircleRefs(vault, circle_uuid)


def _by(records: Sequence[R], field: str) -> dict[str, list[R]]:
    grouped: dict[str, list[R]] = {}
    for record in records:
        grouped.setdefault(getattr(record, field), []).append(record)
    return grouped


def load_entries(
    vault: Vault, refs: Sequence[TimelineRef], *, attendance: bool = False
) -> list[TimelineEntry]:
    """The records behind some timeline refs (a concern with the coordinator's responses; a
    meeting with who came, if ``attendance``), in the refs' order: one query per kind."""
    conn = vault.conn
    refs = list(refs)
    records: dict[str, Record] = {}
    for kind in {ref.kind for ref in refs}:
        uuids = [ref.uuid for ref in refs if ref.kind == kind]
        records.update(
            (r.uuid, r)
            for r in store.find_in(conn, store.record_type(kind), field="uuid", values=uuids)
        )
    for ref in refs:
        if ref.uuid not in records:  # gone since the refs were read: NotFoundError
            if store.ids(conn, store.record_type(ref.kind), uuid=ref.uuid):
                continue  # there, but unreadable: left out (store logs and counts it)
            records[ref.uuid] = store.require(conn, store.record_type(ref.kind), ref.uuid)
    refs = [ref for ref in refs if ref.uuid in records]
    concerns = [ref.uuid for ref in refs if ref.kind == Concern.kind]
    responses = _by(
        sorted(
            store.find_in(conn, ConcernResponse, field="concern_uuid", values=concerns),
            key=lambda r: r.responded_at,
        ),
        "concern_uuid",
    )
    meetings = [ref.uuid for ref in refs if ref.kind == Meeting.kind] if attendance else []
    came = _by(
        store.find_in(conn, Attendance, field="meeting_uuid", values=meetings), "meeting_uuid"
    )
    return [
        TimelineEntry(
            date=ref.date,
            kind=ref.kind,
            record=records[ref.uuid],
            responses=tuple(responses.get(ref.uuid, ())),
            attendance=tuple(came.get(ref.uuid, ())),
        )
        for ref in refs
    ]


def circle_timeline(vault: Vault, circle_uuid: str) -> list[TimelineEntry]:
    """Everything this vault holds about one circle, newest first."""
    return load_entries(vault, circle_refs(vault, circle_uuid))


def find_record(vault: Vault, kind: str, uuid: str) -> Record | None:
    """Open a record from a search hit or timeline entry."""
    return store.get(vault.conn, store.record_type(kind), uuid)
