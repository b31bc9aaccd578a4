"""Full-text search over minutes, concerns and contacts (SQLite FTS5 inside the encrypted file)."""

from __future__ import annotations

import dataclasses
import re

from circlesdesk.vault.database import Connection

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16


@dataclasses.dataclass(frozen=True)
class SearchHit:
    """One matching record: its kind, id, circle, date and a short snippet with the match."""

    kind: str
    uuid: str
    circle_uuid: str
    date: str
    snippet: str


def fts_query(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must appear, last one as prefix.

    Operators and punctuation are not passed through, so no input can be a syntax error.
    """
    words = _WORD.findall(text)[:MAX_TERMS]
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


# Newest first: FTS5 walks its index in descending rowid order and stops at the LIMIT, so a
# common word costs no more than a rare one (ranking every match by bm25 does not scale to
# 100,000 minutes). Rows are inserted in the order records arrive, so rowid follows recency.
_QUERIES = {
    "meeting": (
        "SELECT 'meeting', m.uuid, m.circle_uuid, m.held_on,"
        " snippet(meeting_fts, -1, '[', ']', '…', 12)"
        " FROM meeting_fts JOIN meeting m ON m.id = meeting_fts.rowid"
        " WHERE meeting_fts MATCH ? ORDER BY meeting_fts.rowid DESC LIMIT ?"
    ),
    "concern": (
        "SELECT 'concern', c.uuid, c.circle_uuid, substr(c.raised_at, 1, 10),"
        " snippet(concern_fts, -1, '[', ']', '…', 12)"
        " FROM concern_fts JOIN concern c ON c.id = concern_fts.rowid"
        " WHERE concern_fts MATCH ? ORDER BY concern_fts.rowid DESC LIMIT ?"
    ),
    "contact": (
        "SELECT 'contact', t.uuid, t.circle_uuid, t.contact_on,"
        " snippet(contact_fts, -1, '[', ']', '…', 12)"
        " FROM contact_fts JOIN contact t ON t.id = contact_fts.rowid"
        " WHERE contact_fts MATCH ? ORDER BY contact_fts.rowid DESC LIMIT ?"
    ),
}


def search(conn: Connection, text: str, *, limit: int = 50) -> list[SearchHit]:
    """The newest matches across minutes, concerns and contacts, newest first."""
    query = fts_query(text)
    if query is None:
        return []
    hits: list[SearchHit] = []
    for sql in _QUERIES.values():
        for kind, uuid, circle_uuid, date, snippet in conn.execute(sql, (query, limit)):
            hits.append(SearchHit(kind, uuid, circle_uuid, date, snippet))
    hits.sort(key=lambda hit: hit.date, reverse=True)
    return hits[:limit]
