"""The office's retention rules and the deletion of a closed circle's records, in SQL.

Nothing here decodes a record: the due list is counted with SQL, and a deletion collects the ids
of everything about one circle in a temporary in-memory table, then deletes those rows from every
table that holds them (current rows, their earlier revisions, review pins, conflicts, drafts).
The full-text indexes follow their tables through the triggers of schema version 1.
"""

from __future__ import annotations

import dataclasses

from circlesdesk.vault.database import Connection

# Record kinds deleted with a closed circle, in deletion order (children before parents).
CIRCLE_KINDS = (
    "attendance",
    "meeting",
    "concern_response",
    "concern",
    "contact",
    "review",
    "hours",
    "ending",
    "follow_up",
    "covenant",
    "questionnaire_answer",
    "referral",
    "membership",
    "circle",
    "person",
)

# How the ids of each kind are found, given the circle's uuid (``?``) and the ids already
# collected in ``temp.retention_doomed``. Attendance and responses follow their parents, so
# meetings and concerns come first; people come last (see ``_PEOPLE``).
_COLLECT = (
    ("circle", "SELECT uuid FROM circle WHERE uuid = :circle"),
    ("membership", "SELECT uuid FROM membership WHERE circle_uuid = :circle"),
    ("meeting", "SELECT uuid FROM meeting WHERE circle_uuid = :circle"),
    (
        "attendance",
        "SELECT uuid FROM attendance WHERE meeting_uuid IN"
        " (SELECT uuid FROM temp.retention_doomed WHERE kind = 'meeting')",
    ),
    (
        "concern",
        "SELECT uuid FROM concern WHERE circle_uuid = :circle OR meeting_uuid IN"
        " (SELECT uuid FROM temp.retention_doomed WHERE kind = 'meeting')",
    ),
    (
        "concern_response",
        "SELECT uuid FROM concern_response WHERE concern_uuid IN"
        " (SELECT uuid FROM temp.retention_doomed WHERE kind = 'concern')",
    ),
    ("contact", "SELECT uuid FROM contact WHERE circle_uuid = :circle"),
    ("review", "SELECT uuid FROM review WHERE circle_uuid = :circle"),
    ("hours", "SELECT uuid FROM hours WHERE circle_uuid = :circle"),
    ("ending", "SELECT uuid FROM ending WHERE circle_uuid = :circle"),
    ("follow_up", "SELECT uuid FROM follow_up WHERE circle_uuid = :circle"),
    ("covenant", "SELECT uuid FROM covenant WHERE circle_uuid = :circle"),
    ("questionnaire_answer", "SELECT uuid FROM questionnaire_answer WHERE circle_uuid = :circle"),
    ("referral", "SELECT uuid FROM referral WHERE circle_uuid = :circle"),
)

# The circle's people who go with it: its members who are members of no other circle, are not
# linked to an enrolled device (or to this vault), and gave no hours outside it.
_PEOPLE = """
    SELECT DISTINCT m.person_uuid FROM membership m
    WHERE m.circle_uuid = :circle
      AND NOT EXISTS (SELECT 1 FROM membership o
                      WHERE o.person_uuid = m.person_uuid AND o.circle_uuid <> :circle)
      AND NOT EXISTS (SELECT 1 FROM peer p WHERE p.person_uuid = m.person_uuid)
      AND NOT EXISTS (SELECT 1 FROM vault_info v WHERE v.person_uuid = m.person_uuid)
      AND NOT EXISTS (SELECT 1 FROM hours h WHERE h.person_uuid = m.person_uuid
                      AND (h.circle_uuid IS NULL OR h.circle_uuid <> :circle))
"""


@dataclasses.dataclass(frozen=True)
class ClosedCircle:
    """A closed circle as the retention schedule needs it (no record decoded)."""

    uuid: str
    code: str
    closed_at: str | None  # when a revision first set the phase closed (None: closed from start)
    first_recorded: str  # updated_at of its oldest known revision
    last_met: str | None  # the day of its last meeting
    counts: dict[str, int]  # records about it, by kind (people excluded)


def rules(conn: Connection) -> dict[str, int]:
    """The stored rules: years kept, by record kind."""
    rows = conn.execute("SELECT kind, keep_years FROM retention_rule")
    return {kind: int(years) for kind, years in rows}


def set_rule(conn: Connection, kind: str, years: int) -> None:
    """Store one rule (call inside a transaction)."""
    conn.execute(
        "INSERT INTO retention_rule (kind, keep_years) VALUES (?, ?)"
        " ON CONFLICT (kind) DO UPDATE SET keep_years = excluded.keep_years",
        (kind, years),
    )


_CLOSED = "SELECT uuid FROM circle WHERE phase = 'closed'"

# Counts of every kind for all closed circles at once: one grouped query per kind.
_COUNTS = {
    "membership": f"SELECT circle_uuid, count(*) FROM membership WHERE circle_uuid IN ({_CLOSED})"
    " GROUP BY circle_uuid",
    "meeting": f"SELECT circle_uuid, count(*) FROM meeting WHERE circle_uuid IN ({_CLOSED})"
    " GROUP BY circle_uuid",
    "attendance": "SELECT m.circle_uuid, count(*) FROM meeting m"
    f" JOIN attendance a ON a.meeting_uuid = m.uuid WHERE m.circle_uuid IN ({_CLOSED})"
    " GROUP BY m.circle_uuid",
    "concern": f"SELECT circle_uuid, count(*) FROM concern WHERE circle_uuid IN ({_CLOSED})"
    " GROUP BY circle_uuid",
    "concern_response": "SELECT c.circle_uuid, count(*) FROM concern c"
    f" JOIN concern_response r ON r.concern_uuid = c.uuid WHERE c.circle_uuid IN ({_CLOSED})"
    " GROUP BY c.circle_uuid",
    "contact": f"SELECT circle_uuid, count(*) FROM contact WHERE circle_uuid IN ({_CLOSED})"
    " GROUP BY circle_uuid",
    "review": f"SELECT circle_uuid, count(*) FROM review WHERE circle_uuid IN ({_CLOSED})"
    " GROUP BY circle_uuid",
    "hours": f"SELECT circle_uuid, count(*) FROM hours WHERE circle_uuid IN ({_CLOSED})"
    " GROUP BY circle_uuid",
}


def closed_circles(conn: Connection) -> list[ClosedCircle]:
    """Every circle whose current phase is closed, by code, with what it holds.

    ``closed_at`` is the update time of the first revision of its current closed run: the
    revision after the last one (in its history) whose phase was not closed.
    """
    counts: dict[str, dict[str, int]] = {}
    for kind, sql in _COUNTS.items():
        for circle_uuid, number in conn.execute(sql):
            counts.setdefault(circle_uuid, {})[kind] = int(number)
    rows = conn.execute(
        """
        SELECT c.uuid, c.code,
          (SELECT r.updated_at FROM (
              SELECT h.revision, h.updated_at FROM record_history h
              WHERE h.kind = 'circle' AND h.uuid = c.uuid
              UNION ALL SELECT c.revision, c.updated_at) r
           WHERE r.revision > (SELECT max(h.revision) FROM record_history h
                               WHERE h.kind = 'circle' AND h.uuid = c.uuid
                                 AND json_extract(h.payload, '$.phase') <> 'closed')
           ORDER BY r.revision LIMIT 1),
          coalesce((SELECT h.updated_at FROM record_history h
                    WHERE h.kind = 'circle' AND h.uuid = c.uuid
                    ORDER BY h.revision LIMIT 1), c.updated_at),
          (SELECT max(m.held_on) FROM meeting m WHERE m.circle_uuid = c.uuid)
        FROM circle c WHERE c.phase = 'closed' ORDER BY c.code
        """
    ).fetchall()
    return [
        ClosedCircle(
            uuid=uuid,
            code=code,
            closed_at=closed_at,
            first_recorded=first,
            last_met=last_met,
            counts={"circle": 1, **counts.get(uuid, {})},
        )
        for uuid, code, closed_at, first, last_met in rows
    ]


def people_count(conn: Connection, circle_uuid: str) -> int:
    """How many of the circle's people would be deleted with it (see ``_PEOPLE``)."""
    row = conn.execute(f"SELECT count(*) FROM ({_PEOPLE})", {"circle": circle_uuid}).fetchone()
    return int(row[0])


def delete_circle(conn: Connection, circle_uuid: str) -> dict[str, int]:
    """Delete one circle and every row about it; returns the rows deleted by kind, with
    ``history`` (earlier revisions) and ``other`` (review pins, conflicts, drafts, consent).

    Call inside the transaction that also writes the audit row. Disclosure log rows stay: they
    are the office's account of what it gave away, and hold only ids and hashes of records.
    """
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS retention_doomed"
        " (kind TEXT NOT NULL, uuid TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.retention_doomed")
    params = {"circle": circle_uuid}
    try:
        for kind, select in _COLLECT:
            conn.execute(
                f"INSERT OR IGNORE INTO temp.retention_doomed (kind, uuid)"
                f" SELECT '{kind}', uuid FROM ({select})",
                params,
            )
        conn.execute(
            "INSERT OR IGNORE INTO temp.retention_doomed (kind, uuid)"
            f" SELECT 'person', person_uuid FROM ({_PEOPLE})",
            params,
        )
        doomed = "SELECT uuid FROM temp.retention_doomed"
        deleted: dict[str, int] = {}
        for kind in CIRCLE_KINDS:
            cursor = conn.execute(
                f"DELETE FROM {kind} WHERE uuid IN ({doomed} WHERE kind = ?)", (kind,)
            )
            if cursor.rowcount:
                deleted[kind] = int(cursor.rowcount)
        other = 0
        for sql, args in (
            (f"DELETE FROM minutes_review WHERE meeting_uuid IN ({doomed})", ()),
            (f"DELETE FROM conflict WHERE uuid IN ({doomed})", ()),
            (f"DELETE FROM consent WHERE person_uuid IN ({doomed})", ()),
            ("DELETE FROM draft WHERE circle_uuid = ?", (circle_uuid,)),
        ):
            other += int(conn.execute(sql, args).rowcount)
        history = int(conn.execute(f"DELETE FROM record_history WHERE uuid IN ({doomed})").rowcount)
        if history:
            deleted["history"] = history
        if other:
            deleted["other"] = other
        return deleted
    finally:
        conn.execute("DELETE FROM temp.retention_doomed")


def compact_search_index(conn: Connection) -> None:
    """Merge each full-text index into one segment, so deleted words leave its pages too.

    An FTS5 delete only adds a marker; the words stay in older segments until a merge. Call
    inside a transaction; with secure_delete on, the freed pages are overwritten.
    """
    for table in ("meeting_fts", "concern_fts", "contact_fts"):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
