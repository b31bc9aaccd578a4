"""SQL of the office's consent records and disclosure log (schema v6; office only, never synced).

``consent`` holds one row per core member: the status of their consent to disclosures, when it
was recorded, and an optional note. ``disclosure`` is the log of what was passed to which agency:
one row per file written, with the items (kind, uuid, revision, content hash) as JSON text.
"""

from __future__ import annotations

import dataclasses

from circlesdesk.vault.database import Connection


@dataclasses.dataclass(frozen=True)
class ConsentRow:
    """A core member's consent status as last recorded."""

    person_uuid: str
    status: str
    recorded_at: str
    note: str


@dataclasses.dataclass(frozen=True)
class DisclosureRow:
    """One row of the disclosure log; ``items`` is the JSON text of the items disclosed."""

    id: int
    made_at: str
    agency: str
    basis: str
    subject_uuid: str | None
    consent: str
    format: str
    items: str
    file_sha256: str


def get_consent(conn: Connection, person_uuid: str) -> ConsentRow | None:
    """A core member's consent row, or None if consent was never recorded."""
    row = conn.execute(
        "SELECT status, recorded_at, note FROM consent WHERE person_uuid = ?", (person_uuid,)
    ).fetchone()
    if row is None:
        return None
    return ConsentRow(person_uuid=person_uuid, status=row[0], recorded_at=row[1], note=row[2])


def put_consent(conn: Connection, consent: ConsentRow) -> None:
    """Store (or replace) a core member's consent row; call inside a transaction."""
    conn.execute(
        "INSERT INTO consent (person_uuid, status, recorded_at, note) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (person_uuid) DO UPDATE SET status = excluded.status,"
        " recorded_at = excluded.recorded_at, note = excluded.note",
        (consent.person_uuid, consent.status, consent.recorded_at, consent.note),
    )


def add_disclosure(
    conn: Connection,
    *,
    made_at: str,
    agency: str,
    basis: str,
    subject_uuid: str | None,
    consent: str,
    fmt: str,
    items: str,
    file_sha256: str,
) -> int:
    """Add one row to the disclosure log and return its id; call inside a transaction."""
    cursor = conn.execute(
        "INSERT INTO disclosure (made_at, agency, basis, subject_uuid, consent, format, items,"
        " file_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (made_at, agency, basis, subject_uuid, consent, fmt, items, file_sha256),
    )
    return int(cursor.lastrowid or 0)


_COLUMNS = "id, made_at, agency, basis, subject_uuid, consent, format, items, file_sha256"


def disclosures(conn: Connection, *, subject_uuid: str | None = None) -> list[DisclosureRow]:
    """The disclosure log, newest first; only those about one core member if ``subject_uuid``."""
    if subject_uuid is None:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM disclosure ORDER BY made_at DESC, id DESC")
    else:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM disclosure WHERE subject_uuid = ?"
            " ORDER BY made_at DESC, id DESC",
            (subject_uuid,),
        )
    return [DisclosureRow(*row) for row in rows]
