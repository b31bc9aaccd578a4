"""Drafts that editors autosave every few seconds, kept in the encrypted vault until finished."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from circlesdesk.domain.records import utc_now
from circlesdesk.vault.database import Connection


@dataclasses.dataclass(frozen=True)
class Draft:
    """An unfinished form: which kind, for which circle, and the fields typed so far."""

    id: str
    kind: str
    circle_uuid: str | None
    fields: dict[str, Any]
    updated_at: str


def save(
    conn: Connection, *, draft_id: str, kind: str, circle_uuid: str | None, fields: dict[str, Any]
) -> None:
    """Insert or replace a draft (one statement: atomic on its own)."""
    conn.execute(
        "INSERT INTO draft (id, kind, circle_uuid, fields, updated_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET circle_uuid = excluded.circle_uuid,"
        " fields = excluded.fields, updated_at = excluded.updated_at",
        (draft_id, kind, circle_uuid, json.dumps(fields, ensure_ascii=False), utc_now()),
    )


def get(conn: Connection, draft_id: str) -> Draft | None:
    """One draft by id."""
    row = conn.execute(
        "SELECT id, kind, circle_uuid, fields, updated_at FROM draft WHERE id = ?", (draft_id,)
    ).fetchone()
    return None if row is None else Draft(row[0], row[1], row[2], json.loads(row[3]), row[4])


def all_drafts(conn: Connection, *, kind: str | None = None) -> list[Draft]:
    """Drafts, newest first."""
    sql = "SELECT id, kind, circle_uuid, fields, updated_at FROM draft"
    params: tuple[str, ...] = ()
    if kind is not None:
        sql += " WHERE kind = ?"
        params = (kind,)
    rows = conn.execute(sql + " ORDER BY updated_at DESC, id", params)
    return [Draft(r[0], r[1], r[2], json.loads(r[3]), r[4]) for r in rows]


def delete(conn: Connection, draft_id: str) -> None:
    """Remove a draft (when its record is saved or the user discards it)."""
    conn.execute("DELETE FROM draft WHERE id = ?", (draft_id,))
