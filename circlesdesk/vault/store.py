"""Reading and writing synced records: one table per record kind, earlier revisions kept.

Column names come from the record dataclasses (code, never user input); every value is bound.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from circlesdesk.domain.records import RECORD_TYPES, Record, utc_now
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.vault.database import Connection

R = TypeVar("R", bound=Record)

_META = ("uuid", "origin", "revision", "updated_at")
IN_BATCH = 500  # values per "IN (…)" query, well under SQLite's parameter limit


_BOOLEAN_FIELDS: dict[type[Record], frozenset[str]] = {}


@dataclasses.dataclass(frozen=True)
class StoredRecord:
    """A record as stored, with its stored hash: read for export without being rebuilt and
    validated again (it was validated when it was saved)."""

    change_seq: int
    kind: str
    uuid: str
    origin: str
    revision: int
    updated_at: str
    content_hash: str
    payload: dict[str, Any]


class Outcome(enum.StrEnum):
    """What happened to one incoming record."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    OLDER = "older"
    CONFLICT = "conflict"


def _encode(record: Record, name: str) -> object:
    value = getattr(record, name)
    if name in record.list_fields or name in record.object_fields:
        return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def _values(record: Record) -> list[object]:
    return [_encode(record, name) for name in record.content_field_names()]


def _select_columns(cls: type[Record]) -> str:
    return ", ".join((*_META, *cls.content_field_names()))


def _payload(cls: type[Record], values: Sequence[Any]) -> dict[str, Any]:
    """A row's content columns as the record's JSON-ready payload."""
    payload: dict[str, Any] = {}
    booleans = _BOOLEAN_FIELDS.get(cls)
    if booleans is None:
        booleans = frozenset(f.name for f in dataclasses.fields(cls) if f.type in ("bool", bool))
        _BOOLEAN_FIELDS[cls] = booleans
    for name, value in zip(cls.content_field_names(), values, strict=True):
        if name in cls.list_fields or name in cls.object_fields:
            value = json.loads(value)
        elif name in booleans:
            value = bool(value)
        payload[name] = value
    return payload


def _decode(cls: type[R], row: Sequence[Any]) -> R:
    uuid, origin, revision, updated_at = row[:4]
    return cls.from_payload(
        _payload(cls, row[4:]), uuid=uuid, origin=origin, revision=revision, updated_at=updated_at
    )


def _check_field(cls: type[Record], name: str) -> str:
    if name not in (*_META, *cls.content_field_names()):
        raise ValueError(f"{cls.kind} has no field {name!r}")
    return name


def next_change_seq(conn: Connection) -> int:
    """Advance and return this vault's change counter (orders local edits for export)."""
    conn.execute("UPDATE vault_info SET change_counter = change_counter + 1")
    return int(conn.execute("SELECT change_counter FROM vault_info").fetchone()[0])


def get(conn: Connection, cls: type[R], uuid: str) -> R | None:
    """The current revision of one record, or None."""
    row = conn.execute(
        f"SELECT {_select_columns(cls)} FROM {cls.kind} WHERE uuid = ?", (uuid,)
    ).fetchone()
    return None if row is None else _decode(cls, row)


def require(conn: Connection, cls: type[R], uuid: str) -> R:
    """The current revision of one record, or NotFoundError."""
    record = get(conn, cls, uuid)
    if record is None:
        raise NotFoundError(f"That {cls.kind.replace('_', ' ')} does not exist in this vault.")
    return record


def find(
    conn: Connection,
    cls: type[R],
    *,
    order_by: Sequence[str] = (),
    descending: bool = False,
    limit: int | None = None,
    **equals: object,
) -> list[R]:
    """Records whose fields equal the given values (None matches NULL), in the given order."""
    clauses = []
    params: list[object] = []
    for name, value in equals.items():
        _check_field(cls, name)
        if value is None:
            clauses.append(f"{name} IS NULL")
        else:
            clauses.append(f"{name} = ?")
            params.append(value)
    sql = f"SELECT {_select_columns(cls)} FROM {cls.kind}"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    direction = " DESC" if descending else ""
    keys = [f"{_check_field(cls, name)}{direction}" for name in order_by] or ["id"]
    sql += " ORDER BY " + ", ".join(keys)
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [_decode(cls, row) for row in conn.execute(sql, params)]


def ids(conn: Connection, cls: type[Record], **equals: object) -> list[str]:
    """The uuids of the records whose fields equal the given values (nothing is decoded)."""
    clauses = [f"{_check_field(cls, name)} = ?" for name in equals]
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(f"SELECT uuid FROM {cls.kind}{where}", list(equals.values()))
    return [row[0] for row in rows]


def dated_ids(
    conn: Connection, cls: type[Record], *, date_field: str, **equals: object
) -> list[tuple[str, str]]:
    """(uuid, day) of the records whose fields equal the given values, nothing decoded; the day
    is the first ten characters of ``date_field`` (a date, or the date of a timestamp)."""
    _check_field(cls, date_field)
    clauses = [f"{_check_field(cls, name)} = ?" for name in equals]
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        f"SELECT uuid, substr({date_field}, 1, 10) FROM {cls.kind}{where} ORDER BY id",
        list(equals.values()),
    )
    return [(row[0], row[1]) for row in rows]


def find_between(conn: Connection, cls: type[R], *, field: str, start: str, end: str) -> list[R]:
    """Records whose date (or the date of whose timestamp) in ``field`` is within two ISO days,
    both included, oldest first."""
    _check_field(cls, field)
    rows = conn.execute(
        f"SELECT {_select_columns(cls)} FROM {cls.kind}"
        f" WHERE substr({field}, 1, 10) BETWEEN ? AND ? ORDER BY {field}, id",
        (start, end),
    )
    return [_decode(cls, row) for row in rows]


def find_in(conn: Connection, cls: type[R], *, field: str, values: Sequence[str]) -> list[R]:
    """Records whose ``field`` is one of ``values`` (in batches: SQLite limits parameters)."""
    _check_field(cls, field)
    found: list[R] = []
    for start in range(0, len(values), IN_BATCH):
        batch = values[start : start + IN_BATCH]
        marks = ", ".join("?" * len(batch))
        rows = conn.execute(
            f"SELECT {_select_columns(cls)} FROM {cls.kind} WHERE {field} IN ({marks}) ORDER BY id",
            list(batch),
        )
        found.extend(_decode(cls, row) for row in rows)
    return found


def find_fields(
    conn: Connection, cls: type[Record], fields: Sequence[str]
) -> list[tuple[Any, ...]]:
    """Some raw columns of every record of a kind (nothing decoded): for counting and grouping."""
    columns = ", ".join(_check_field(cls, name) for name in fields)
    return [tuple(row) for row in conn.execute(f"SELECT {columns} FROM {cls.kind} ORDER BY id")]


def count(conn: Connection, cls: type[Record]) -> int:
    """How many records of a kind the vault holds."""
    return int(conn.execute(f"SELECT count(*) FROM {cls.kind}").fetchone()[0])


def _insert(conn: Connection, record: Record, *, change_seq: int) -> None:
    names = (*_META, "content_hash", "change_seq", *record.content_field_names())
    placeholders = ", ".join("?" for _ in names)
    conn.execute(
        f"INSERT INTO {record.kind} ({', '.join(names)}) VALUES ({placeholders})",
        [
            record.uuid,
            record.origin,
            record.revision,
            record.updated_at,
            record.content_hash(),
            change_seq,
            *_values(record),
        ],
    )


def _replace(conn: Connection, old: Record, new: Record, *, change_seq: int) -> None:
    conn.execute(
        "INSERT INTO record_history (kind, uuid, origin, revision, updated_at, content_hash,"
        " payload, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            old.kind,
            old.uuid,
            old.origin,
            old.revision,
            old.updated_at,
            old.content_hash(),
            json.dumps(old.payload(), ensure_ascii=False),
            utc_now(),
        ),
    )
    names = ("revision", "updated_at", "content_hash", "change_seq", *new.content_field_names())
    assignments = ", ".join(f"{name} = ?" for name in names)
    conn.execute(
        f"UPDATE {new.kind} SET {assignments} WHERE uuid = ?",
        [new.revision, new.updated_at, new.content_hash(), change_seq, *_values(new), new.uuid],
    )


def save(conn: Connection, record: Record) -> None:
    """Store a record made or edited on this device: a new one, or the next revision of one.

    Call inside a transaction. The earlier revision moves to the history table.
    """
    existing = get(conn, type(record), record.uuid)
    change_seq = next_change_seq(conn)
    if existing is None:
        _insert(conn, record, change_seq=change_seq)
        return
    if existing.origin != record.origin:
        raise ValidationError("Only the device that made a record may edit it.")
    if record.revision != existing.revision + 1:
        raise ValidationError("This record was changed elsewhere; reopen it and try again.")
    _replace(conn, existing, record, change_seq=change_seq)


def classify_incoming(conn: Connection, record: Record) -> Outcome:
    """How an incoming record relates to what is stored (without writing anything).

    Reads only the stored row's origin, revision and hash, not the whole record.
    """
    row = conn.execute(
        f"SELECT origin, revision, content_hash FROM {record.kind} WHERE uuid = ?",
        (record.uuid,),
    ).fetchone()
    if row is None:
        return Outcome.NEW
    origin, revision, content_hash = row
    if origin != record.origin:
        return Outcome.CONFLICT
    if record.revision > revision:
        return Outcome.UPDATED
    if record.revision < revision:
        return Outcome.OLDER
    return Outcome.UNCHANGED if record.content_hash() == content_hash else Outcome.CONFLICT


def apply_incoming(conn: Connection, record: Record) -> Outcome:
    """Store a record received from another device: newer revisions replace, history is kept.

    Equal revisions with equal content and older revisions change nothing; a conflict is returned
    for the caller to keep for review. Call inside a transaction.
    """
    outcome = classify_incoming(conn, record)
    if outcome is Outcome.NEW:
        _insert(conn, record, change_seq=0)
    elif outcome is Outcome.UPDATED:
        _replace(conn, require(conn, type(record), record.uuid), record, change_seq=0)
    return outcome


def history(conn: Connection, cls: type[R], uuid: str) -> list[R]:
    """Earlier revisions of a record, oldest first."""
    rows = conn.execute(
        "SELECT origin, revision, updated_at, payload FROM record_history"
        " WHERE kind = ? AND uuid = ? ORDER BY revision",
        (cls.kind, uuid),
    ).fetchall()
    return [
        cls.from_payload(json.loads(payload), uuid=uuid, origin=o, revision=r, updated_at=u)
        for o, r, u, payload in rows
    ]


def changed_since(
    conn: Connection, cls: type[Record], *, origin: str, after_change: int
) -> Iterator[StoredRecord]:
    """This origin's records written after a change number, oldest change first."""
    cursor = conn.execute(
        f"SELECT change_seq, content_hash, {_select_columns(cls)} FROM {cls.kind}"
        " WHERE origin = ? AND change_seq > ? ORDER BY change_seq",
        (origin, after_change),
    )
    for change_seq, content_hash, uuid, row_origin, revision, updated_at, *values in cursor:
        yield StoredRecord(
            change_seq=int(change_seq),
            kind=cls.kind,
            uuid=uuid,
            origin=row_origin,
            revision=int(revision),
            updated_at=updated_at,
            content_hash=content_hash,
            payload=_payload(cls, values),
        )


def count_changed(conn: Connection, cls: type[Record], *, origin: str, after_change: int) -> int:
    """How many of this origin's records were written after a change number."""
    return int(
        conn.execute(
            f"SELECT count(*) FROM {cls.kind} WHERE origin = ? AND change_seq > ?",
            (origin, after_change),
        ).fetchone()[0]
    )


def delete(conn: Connection, cls: type[Record], uuid: str) -> None:
    """Remove a record and its history (secure_delete overwrites the freed pages)."""
    conn.execute(f"DELETE FROM {cls.kind} WHERE uuid = ?", (uuid,))
    conn.execute("DELETE FROM record_history WHERE kind = ? AND uuid = ?", (cls.kind, uuid))


def record_type(kind: str) -> type[Record]:
    """The record class for a kind name, or ValidationError for an unknown kind."""
    try:
        return RECORD_TYPES[kind]
    except KeyError:
        raise ValidationError("The record type is not one CirclesDesk knows.") from None


def purgeable(
    conn: Connection,
    cls: type[Record],
    *,
    origin: str,
    up_to_change: int,
    date_field: str,
    before: str,
) -> list[str]:
    """Ids of this origin's records of a kind written at or before a change number and dated
    before a day (the ones a retention purge may delete)."""
    _check_field(cls, date_field)
    return [
        row[0]
        for row in conn.execute(
            f"SELECT uuid FROM {cls.kind} WHERE origin = ? AND change_seq <= ?"
            f" AND substr({date_field}, 1, 10) < ?",
            (origin, up_to_change, before),
        )
    ]
