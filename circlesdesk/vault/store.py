"""Reading and writing synced records: one table per record kind, earlier revisions kept.

Column names come from the record dataclasses (code, never user input); every value is bound.
"""

from __future__ import annotations

import dataclasses
import enum
import itertools
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from circlesdesk.domain.records import RECORD_TYPES, Record, utc_now
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.vault.database import Connection

log = logging.getLogger(__name__)
R = TypeVar("R", bound=Record)

_META = ("uuid", "origin", "revision", "updated_at")
IN_BATCH = 500  # values per "IN (…)" query, well under SQLite's parameter limit
# Values one statement may bind: SQLite's default limit since 3.32 (SQLCipher 4.19 is 3.53).
MAX_VARIABLES = 32_766
# The page cache while incoming records are applied in bulk (KiB; the default is 8 MiB): the
# tables, their indexes and the full-text indexes all grow at once, and pages pushed out of a
# small cache are encrypted, written and read back again.
BULK_CACHE_KIB = 64 * 1024


class Outcome(enum.StrEnum):
    """What happened to one incoming record."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    OLDER = "older"
    CONFLICT = "conflict"


@dataclasses.dataclass(frozen=True)
class _Columns:
    """How a kind's content fields are stored, worked out once per record class."""

    json_fields: frozenset[str]  # lists and objects, stored as JSON text
    boolean_fields: frozenset[str]  # flags, stored as 0 or 1
    payload_json: str  # SQL for the row's payload as compact JSON text (see _payload)
    json_indexes: tuple[int, ...]  # the positions of those fields among the content fields
    boolean_indexes: tuple[int, ...]
    insert_rows: int  # rows per multi-row INSERT (see _insert_many)


_COLUMNS: dict[type[Record], _Columns] = {}
_JSON_TEXT = json.JSONEncoder(ensure_ascii=False)  # as json.dumps(value, ensure_ascii=False)
_INSERT_SQL: dict[tuple[type[Record], int], str] = {}


def _columns(cls: type[Record]) -> _Columns:
    columns = _COLUMNS.get(cls)
    if columns is None:
        json_fields = cls.list_fields | cls.object_fields
        booleans = frozenset(f.name for f in dataclasses.fields(cls) if f.type in ("bool", bool))
        arguments = []
        names = cls.content_field_names()
        for name in names:
            if name in json_fields:
                value = f"json({name})"
            elif name in booleans:
                value = f"CASE WHEN {name} THEN json('true') ELSE json('false') END"
            else:
                value = name
            arguments.append(f"'{name}', {value}")
        payload_json = f"json_object({', '.join(arguments)})"
        for name in sorted(cls.added_fields):  # left out while unset, as Record.payload does
            payload_json = (
                f"CASE WHEN {name} IS NULL THEN json_remove({payload_json}, '$.{name}')"
                f" ELSE {payload_json} END"
            )
        columns = _COLUMNS[cls] = _Columns(
            json_fields=json_fields,
            boolean_fields=booleans,
            payload_json=payload_json,
            json_indexes=tuple(i for i, n in enumerate(names) if n in json_fields),
            boolean_indexes=tuple(i for i, n in enumerate(names) if n in booleans),
            insert_rows=MAX_VARIABLES // (len(_META) + 2 + len(names)),
        )
    return columns


def _values(record: Record) -> list[object]:
    """The content columns of ``record`` as stored: lists and objects as JSON text, flags as 0/1."""
    columns = _columns(type(record))
    values: list[object] = list(record.content_values())
    for index in columns.json_indexes:
        value = values[index]
        values[index] = _JSON_TEXT.encode(list(value) if isinstance(value, tuple) else value)
    for index in columns.boolean_indexes:
        values[index] = int(values[index])  # type: ignore[call-overload]
    return values


def _select_columns(cls: type[Record]) -> str:
    return ", ".join((*_META, *cls.content_field_names()))


def _payload(cls: type[Record], values: Sequence[Any]) -> dict[str, Any]:
    """A row's content columns as the record's JSON-ready payload."""
    payload: dict[str, Any] = {}
    columns = _columns(cls)
    booleans, json_fields = columns.boolean_fields, columns.json_fields
    for name, value in zip(cls.content_field_names(), values, strict=True):
        if name in json_fields:
            value = json.loads(value)
        elif name in booleans:
            value = bool(value)
        elif value is None and name in cls.added_fields:
            continue  # left out while unset, as Record.payload does
        payload[name] = value
    return payload


def _decode(cls: type[R], row: Sequence[Any]) -> R:
    uuid, origin, revision, updated_at = row[:4]
    return cls.from_payload(
        _payload(cls, row[4:]), uuid=uuid, origin=origin, revision=revision, updated_at=updated_at
    )


def _decode_rows(cls: type[R], rows: Iterable[Sequence[Any]]) -> list[R]:
    """The rows of a list as records. One bad row never stops a list from showing the others: a
    row that no longer passes the domain's validation (a value out of range stored by an older
    version, an edited file) is left out, counted and logged by kind and id."""
    records: list[R] = []
    for row in rows:
        try:
            records.append(_decode(cls, row))
        except (ValidationError, TypeError, ValueError):
            _count_unreadable(cls, str(row[0]))
    return records


_unreadable: dict[str, int] = {}


def _count_unreadable(cls: type[Record], uuid: str) -> None:
    _unreadable[cls.kind] = _unreadable.get(cls.kind, 0) + 1
    log.warning(
        "a stored %s record could not be read and was left out of a list: %s", cls.kind, uuid
    )


def unreadable_counts() -> dict[str, int]:
    """How many stored rows of each kind were left out of lists since this process started."""
    return dict(_unreadable)


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
        raise NotFoundError("record.not_found", kind=cls.kind.replace("_", " "))
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
    return _decode_rows(cls, conn.execute(sql, params))


def ids(conn: Connection, cls: type[Record], **equals: object) -> list[str]:
    """The uuids of the records whose fields equal the given values (nothing is decoded)."""
    clauses = [f"{_check_field(cls, name)} = ?" for name in equals]
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(f"SELECT uuid FROM {cls.kind}{where}", list(equals.values()))
    return [row[0] for row in rows]


def find_between(conn: Connection, cls: type[R], *, field: str, start: str, end: str) -> list[R]:
    """Records whose date (or the date of whose timestamp) in ``field`` is within two ISO days,
    both included, oldest first."""
    _check_field(cls, field)
    rows = conn.execute(
        f"SELECT {_select_columns(cls)} FROM {cls.kind}"
        f" WHERE substr({field}, 1, 10) BETWEEN ? AND ? ORDER BY {field}, id",
        (start, end),
    )
    return _decode_rows(cls, rows)


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
        found.extend(_decode_rows(cls, rows))
    return found


def fields_between(
    conn: Connection, cls: type[Record], fields: Sequence[str], *, field: str, start: str, end: str
) -> list[tuple[Any, ...]]:
    """Some raw columns of the records whose date in ``field`` is within two ISO days, both
    included, oldest first (nothing decoded): for reports over many records."""
    _check_field(cls, field)
    columns = ", ".join(_check_field(cls, name) for name in fields)
    rows = conn.execute(
        f"SELECT {columns} FROM {cls.kind} WHERE substr({field}, 1, 10) BETWEEN ? AND ?"
        f" ORDER BY {field}, id",
        (start, end),
    )
    return [tuple(row) for row in rows]


def find_fields(
    conn: Connection, cls: type[Record], fields: Sequence[str]
) -> list[tuple[Any, ...]]:
    """Some raw columns of every record of a kind (nothing decoded): for counting and grouping."""
    columns = ", ".join(_check_field(cls, name) for name in fields)
    return [tuple(row) for row in conn.execute(f"SELECT {columns} FROM {cls.kind} ORDER BY id")]


def fields_in(
    conn: Connection, cls: type[Record], fields: Sequence[str], *, field: str, values: Sequence[str]
) -> list[tuple[Any, ...]]:
    """Some raw columns of the records whose ``field`` is one of ``values``, in the order
    :func:`find_fields` gives them (by id): read through ``field``'s index, so the cost follows
    the values asked for, not the table."""
    columns = ", ".join(_check_field(cls, name) for name in fields)
    _check_field(cls, field)
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(values), IN_BATCH):
        batch = values[start : start + IN_BATCH]
        marks = ", ".join("?" * len(batch))
        rows = conn.execute(
            f"SELECT id, {columns} FROM {cls.kind} WHERE {field} IN ({marks})", list(batch)
        )
        found.extend(tuple(row) for row in rows)
    found.sort(key=lambda row: row[0])
    return [row[1:] for row in found]


def count(conn: Connection, cls: type[Record]) -> int:
    """How many records of a kind the vault holds."""
    return int(conn.execute(f"SELECT count(*) FROM {cls.kind}").fetchone()[0])


def last_id(conn: Connection, cls: type[Record]) -> int:
    """The highest row id of a kind (0 when it holds none): read from the primary key's end."""
    return int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {cls.kind}").fetchone()[0])


def count_after(conn: Connection, cls: type[Record], after_id: int) -> int:
    """How many records of a kind were inserted after :func:`last_id` gave ``after_id`` (rows are
    never renumbered, so this counts the new rows only: cost grows with them, not the table)."""
    return int(
        conn.execute(f"SELECT count(*) FROM {cls.kind} WHERE id > ?", (after_id,)).fetchone()[0]
    )


def _row(record: Record, *, change_seq: int) -> list[object]:
    """The values of :func:`_insert_sql`'s columns for ``record``."""
    return [
        record.uuid,
        record.origin,
        record.revision,
        record.updated_at,
        record.content_hash(),
        change_seq,
        *_values(record),
    ]


def _insert_sql(cls: type[Record], rows: int) -> str:
    """An INSERT of ``rows`` new records of a kind, every column bound (kept for one row and
    for a full batch, the sizes used again and again)."""
    sql = _INSERT_SQL.get((cls, rows))
    if sql is None:
        names = (*_META, "content_hash", "change_seq", *cls.content_field_names())
        row = "(" + ", ".join("?" for _ in names) + ")"
        sql = f"INSERT INTO {cls.kind} ({', '.join(names)}) VALUES " + ", ".join([row] * rows)
        if rows in (1, _columns(cls).insert_rows):
            _INSERT_SQL[(cls, rows)] = sql
    return sql


def _insert(conn: Connection, record: Record, *, change_seq: int) -> None:
    conn.execute(_insert_sql(type(record), 1), _row(record, change_seq=change_seq))


def _insert_many(conn: Connection, cls: type[Record], records: Sequence[Record]) -> None:
    """Insert new incoming records of one kind, as many to a statement as SQLite binds.

    A full-text trigger runs inside its statement, and FTS5 writes its pending terms out at the
    end of every statement: one statement per row would make one index segment per row (most of
    the cost of a bulk insert); one per batch of 2,000–3,600 rows makes one per batch.
    """
    rows = _columns(cls).insert_rows
    for start in range(0, len(records), rows):
        batch = records[start : start + rows]
        values = [value for record in batch for value in _row(record, change_seq=0)]
        conn.execute(_insert_sql(cls, len(batch)), values)


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
        raise ValidationError("record.not_origin")
    if record.revision != existing.revision + 1:
        raise ValidationError("record.changed_elsewhere")
    _replace(conn, existing, record, change_seq=change_seq)


def _judge(record: Record, stored: Sequence[Any] | None) -> Outcome:
    """How ``record`` relates to a stored row's (origin, revision, content_hash), or to none."""
    if stored is None:
        return Outcome.NEW
    origin, revision, content_hash = stored
    if origin != record.origin:
        return Outcome.CONFLICT
    if record.revision > revision:
        return Outcome.UPDATED
    if record.revision < revision:
        return Outcome.OLDER
    return Outcome.UNCHANGED if record.content_hash() == content_hash else Outcome.CONFLICT


def classify_incoming(conn: Connection, record: Record) -> Outcome:
    """How an incoming record relates to what is stored (without writing anything).

    Reads only the stored row's origin, revision and hash, not the whole record.
    """
    row = conn.execute(
        f"SELECT origin, revision, content_hash FROM {record.kind} WHERE uuid = ?",
        (record.uuid,),
    ).fetchone()
    return _judge(record, row)


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


def _stored_states(
    conn: Connection, cls: type[Record], uuids: Sequence[str]
) -> dict[str, tuple[Any, ...]]:
    """(origin, revision, content_hash) of the stored records among ``uuids``, by uuid."""
    found: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(uuids), IN_BATCH):
        batch = uuids[start : start + IN_BATCH]
        rows = conn.execute(
            f"SELECT uuid, origin, revision, content_hash FROM {cls.kind}"
            f" WHERE uuid IN ({', '.join('?' * len(batch))})",
            list(batch),
        )
        found.update((row[0], tuple(row[1:])) for row in rows)
    return found


def apply_incoming_all(
    conn: Connection, records: Iterable[Record]
) -> Iterator[tuple[Record, Outcome]]:
    """Store records received from another device, as :func:`apply_incoming` would one after
    the other, yielding each with its outcome in the same order.

    Faster for many records: each run of records of one kind is classified with a few queries,
    and its new records go in with multi-row INSERTs. Writes keep the order of the records (new
    records waiting for their INSERT go in before any other record of the run is applied), and
    when an outcome is yielded the vault holds what applying the records one by one up to it
    would have left: a caller may read it (to keep a conflict, say). A record whose uuid came
    earlier in the same run is judged against what the earlier one left. Consume it all, inside
    a transaction; the page cache is :data:`BULK_CACHE_KIB` until then.
    """
    (cache,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield from _apply_runs(conn, records)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


def _apply_runs(conn: Connection, records: Iterable[Record]) -> Iterator[tuple[Record, Outcome]]:
    """The work of :func:`apply_incoming_all`."""
    for cls, run in itertools.groupby(records, key=type):
        batch = list(run)
        stored = _stored_states(conn, cls, [record.uuid for record in batch])
        seen: set[str] = set()
        new: list[Record] = []
        for record in batch:
            outcome: Outcome | None = None  # None: judged only once the earlier one is written
            if record.uuid not in seen:
                seen.add(record.uuid)
                outcome = _judge(record, stored.get(record.uuid))
                if outcome is Outcome.NEW:
                    new.append(record)
                    continue
            if new:
                _insert_many(conn, cls, new)
                yield from ((done, Outcome.NEW) for done in new)
                new = []
            if outcome is None:
                outcome = apply_incoming(conn, record)
            elif outcome is Outcome.UPDATED:
                _replace(conn, require(conn, cls, record.uuid), record, change_seq=0)
            yield record, outcome
        if new:
            _insert_many(conn, cls, new)
            yield from ((done, Outcome.NEW) for done in new)


def adopt(conn: Connection, record: Record) -> None:
    """Store a received record in place of the stored one with the same origin and revision
    (the coordinator took it in a conflict), as an import would have: the replaced content goes
    to history, and the origin's next revision applies normally. Call inside a transaction."""
    current = require(conn, type(record), record.uuid)
    if (current.origin, current.revision) != (record.origin, record.revision):
        raise ValueError("only a record of the same origin and revision can be adopted")
    _replace(conn, current, record, change_seq=0)


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


def changed_since_items(
    conn: Connection, cls: type[Record], *, origin: str, after_change: int
) -> list[tuple[int, bytes]]:
    """This origin's records written after a change number, oldest change first, as
    (change_seq, item) rows whose item is the record as one compact JSON object in UTF-8, made by
    SQLite: its kind, uuid, origin, revision, updated_at, its stored content hash as ``hash``, and
    its payload (what ``sync.items.record_item`` makes).

    For export: building payload dicts and encoding them again in Python cost most of its time.
    """
    item = (
        f"CAST(json_object('kind', '{cls.kind}', 'uuid', uuid, 'origin', origin,"
        " 'revision', revision, 'updated_at', updated_at, 'hash', content_hash,"
        f" 'payload', {_columns(cls).payload_json}) AS BLOB)"
    )
    rows = conn.execute(
        f"SELECT change_seq, {item} FROM {cls.kind}"
        " WHERE origin = ? AND change_seq > ? ORDER BY change_seq",
        (origin, after_change),
    )
    return [(int(change_seq), bytes(line)) for change_seq, line in rows]


def count_changed(conn: Connection, cls: type[Record], *, origin: str, after_change: int) -> int:
    """How many of this origin's records were written after a change number."""
    return int(
        conn.execute(
            f"SELECT count(*) FROM {cls.kind} WHERE origin = ? AND change_seq > ?",
            (origin, after_change),
        ).fetchone()[0]
    )


def change_seq(conn: Connection, cls: type[Record], uuid: str) -> int | None:
    """The change number of a record's current revision (None if there is no such record)."""
    row = conn.execute(f"SELECT change_seq FROM {cls.kind} WHERE uuid = ?", (uuid,)).fetchone()
    return None if row is None else int(row[0])


def delete(conn: Connection, cls: type[Record], uuid: str) -> None:
    """Remove a record and its history (secure_delete overwrites the freed pages)."""
    conn.execute(f"DELETE FROM {cls.kind} WHERE uuid = ?", (uuid,))
    conn.execute("DELETE FROM record_history WHERE kind = ? AND uuid = ?", (cls.kind, uuid))


def record_type(kind: str) -> type[Record]:
    """The record class for a kind name, or ValidationError for an unknown kind."""
    try:
        return RECORD_TYPES[kind]
    except KeyError:
        raise ValidationError("record.unknown_kind") from None


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
