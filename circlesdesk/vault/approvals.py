"""The four-eyes requests: a disclosure or a whole-circle deletion awaiting a manager's decision.

``request`` is the canonical text of what was prepared (which records to whom, or which
circles); an approval is for exactly that and is used once.
"""

from __future__ import annotations

import dataclasses

from circlesdesk.domain.records import utc_now
from circlesdesk.vault.database import Connection

_COLUMNS = (
    "id, kind, request, summary, requested_by, requested_at, decided_by, decided_at, approved,"
    " reason, used_at"
)


@dataclasses.dataclass(frozen=True)
class Approval:
    """One request and, once decided, who decided, how and why."""

    id: int
    kind: str
    request: str
    summary: str  # ids and counts only, for the queue
    requested_by: str | None
    requested_at: str
    decided_by: str | None
    decided_at: str | None
    approved: bool | None
    reason: str
    used_at: str | None

    @property
    def waiting(self) -> bool:
        """Whether no manager has decided yet."""
        return self.decided_at is None


def _approval(row: tuple[object, ...]) -> Approval:
    values = list(row)
    values[8] = None if values[8] is None else bool(values[8])
    return Approval(*values)  # type: ignore[arg-type]


def add(
    conn: Connection, *, kind: str, request: str, summary: str, requested_by: str | None
) -> int:
    """Store a new request (inside the caller's transaction); its id."""
    cursor = conn.execute(
        "INSERT INTO approval (kind, request, summary, requested_by, requested_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (kind, request, summary, requested_by, utc_now()),
    )
    return int(cursor.lastrowid)


def get(conn: Connection, approval_id: int) -> Approval | None:
    """The request with this id, or None."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM approval WHERE id = ?", (approval_id,)).fetchone()
    return None if row is None else _approval(row)


def requests(conn: Connection, *, waiting_only: bool = False) -> list[Approval]:
    """Every request, newest first (only those still waiting, if ``waiting_only``)."""
    where = " WHERE decided_at IS NULL" if waiting_only else ""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM approval{where} ORDER BY id DESC").fetchall()
    return [_approval(row) for row in rows]


def latest_for(conn: Connection, *, kind: str, request: str) -> Approval | None:
    """The newest request for exactly this action, decided or not, used or not."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM approval WHERE kind = ? AND request = ? ORDER BY id DESC LIMIT 1",
        (kind, request),
    ).fetchone()
    return None if row is None else _approval(row)


def decide(
    conn: Connection, approval_id: int, *, by: str | None, approved: bool, reason: str
) -> None:
    """Record a manager's decision (inside the caller's transaction)."""
    conn.execute(
        "UPDATE approval SET decided_by = ?, decided_at = ?, approved = ?, reason = ?"
        " WHERE id = ? AND decided_at IS NULL",
        (by, utc_now(), int(approved), reason, approval_id),
    )


def mark_used(conn: Connection, approval_id: int) -> None:
    """The approved action was taken: this approval allows nothing more."""
    conn.execute("UPDATE approval SET used_at = ? WHERE id = ?", (utc_now(), approval_id))
