"""The append-only audit log: who did what to which record, each row chained to the one before.

Rows hold event types, record kinds, ids and counts, never names or note text.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable

from circlesdesk.domain.records import canonical_json, utc_now
from circlesdesk.vault.database import Connection

GENESIS = "0" * 64
PROGRESS_EVERY = 1000  # rows between two progress reports (and two looks at cancelled())


def _row_hash(
    *,
    prev_hash: str,
    at: str,
    actor: str,
    action: str,
    kind: str | None,
    record_uuid: str | None,
    detail: str,
    staff_id: str | None = None,
) -> str:
    material = [prev_hash, at, actor, action, kind, record_uuid, detail]
    if staff_id is not None:  # rows written before people were recorded keep their hash
        material.append(staff_id)
    return hashlib.sha256(b"circlesdesk-audit-v1\n" + canonical_json(material)).hexdigest()


def append(
    conn: Connection,
    *,
    actor: str,
    action: str,
    kind: str | None = None,
    record_uuid: str | None = None,
    detail: str = "",
    staff_id: str | None = None,
) -> None:
    """Add one row; call inside the transaction that made the change it records.

    ``actor`` is the device; ``staff_id`` the person signed in at the office who did it.
    """
    row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = row[0] if row else GENESIS
    at = utc_now()
    digest = _row_hash(
        prev_hash=prev_hash,
        at=at,
        actor=actor,
        action=action,
        kind=kind,
        record_uuid=record_uuid,
        detail=detail,
        staff_id=staff_id,
    )
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, kind, record_uuid, detail, prev_hash, hash,"
        " staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (at, actor, action, kind, record_uuid, detail, prev_hash, digest, staff_id),
    )


@dataclasses.dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log."""

    id: int
    at: str
    actor: str
    action: str
    kind: str | None
    record_uuid: str | None
    detail: str
    staff_id: str | None = None  # the person at the office who did it


@dataclasses.dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain: how many rows, and the first broken one if any."""

    rows: int
    first_broken: int | None

    @property
    def ok(self) -> bool:
        """True when every row links to the one before and its hash matches its content."""
        return self.first_broken is None


class VerifyStopped(Exception):
    """:func:`verify` was asked to stop before it reached the newest row; nothing was concluded."""

    def __init__(self, checked: int) -> None:
        super().__init__(f"stopped after {checked} rows")
        self.checked = checked


def verify(
    conn: Connection,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ChainReport:
    """Recompute every row's hash and link; report the first row that does not match.

    Every :data:`PROGRESS_EVERY` rows it calls ``progress(checked, total)`` (and once more at
    the end of an intact log, with ``checked == total``) and raises :class:`VerifyStopped` if
    ``cancelled()`` is true.
    """
    total = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] if progress else 0
    prev_hash = GENESIS
    count = 0
    cursor = conn.execute(
        "SELECT id, at, actor, action, kind, record_uuid, detail, prev_hash, hash,"
        f" {_staff_column(conn)} FROM audit_log ORDER BY id"
    )
    try:
        for row in cursor:
            row_id, at, actor, action, kind, record_uuid, detail, stored_prev, stored_hash = row[:9]
            if count % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise VerifyStopped(count)
                if progress is not None:
                    progress(count, total)
            count += 1
            expected = _row_hash(
                prev_hash=prev_hash,
                at=at,
                actor=actor,
                action=action,
                kind=kind,
                record_uuid=record_uuid,
                detail=detail,
                staff_id=row[9],
            )
            if stored_prev != prev_hash or stored_hash != expected:
                return ChainReport(rows=count, first_broken=int(row_id))
            prev_hash = stored_hash
    finally:
        cursor.close()  # a stopped or broken scan must not keep its read snapshot open
    if progress is not None:
        progress(count, total)
    return ChainReport(rows=count, first_broken=None)


def _staff_column(conn: Connection) -> str:
    """``staff_id``, or NULL in a backup taken before audit rows named people (schema 9)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(audit_log)").fetchall()}
    return "staff_id" if "staff_id" in columns else "NULL"


def entries(
    conn: Connection, *, limit: int = 1000, before_id: int | None = None
) -> list[AuditEntry]:
    """Up to ``limit`` rows, newest first, older than row ``before_id`` (if given).

    Keyset paging: pass the last id of one page as ``before_id`` to get the next, at the same
    cost however deep into the log it is.
    """
    columns = "SELECT id, at, actor, action, kind, record_uuid, detail, staff_id FROM audit_log"
    if before_id is None:
        rows = conn.execute(f"{columns} ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    else:
        rows = conn.execute(
            f"{columns} WHERE id < ? ORDER BY id DESC LIMIT ?", (before_id, limit)
        ).fetchall()
    return [AuditEntry(*row) for row in rows]


def latest(conn: Connection, action: str) -> AuditEntry | None:
    """The newest row recording ``action``, or None if there is none."""
    row = conn.execute(
        "SELECT id, at, actor, action, kind, record_uuid, detail, staff_id FROM audit_log"
        " WHERE action = ? ORDER BY id DESC LIMIT 1",
        (action,),
    ).fetchone()
    return None if row is None else AuditEntry(*row)


@dataclasses.dataclass(frozen=True)
class Head:
    """The newest entry of the log: its number (how many entries the log holds) and its hash,
    which through the chain stands for every entry up to it."""

    length: int
    hash: str


def head(conn: Connection) -> Head | None:
    """The log's head, or None for an empty log."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else Head(length=int(row[0]), hash=str(row[1]))


def entry_hash(conn: Connection, number: int) -> str | None:
    """The stored hash of entry ``number`` (None if the log has no such entry)."""
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (number,)).fetchone()
    return None if row is None else str(row[0])
