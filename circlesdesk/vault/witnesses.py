"""Audit log heads exchanged with peers: the witnesses that the log was not rewritten.

On the office, one row per laptop: the latest head of the office's audit log that laptop signed
back (which entry, its hash, when the laptop got it, in which of its bundles). On a laptop, one
row for its office: the head it holds and vouches for in its next bundle. SQL only; the rules
live in sync/importer.py (what is stored) and services/audit_log.py (what it proves).
"""

from __future__ import annotations

import dataclasses

from circlesdesk.domain.records import utc_now
from circlesdesk.vault.database import Connection


@dataclasses.dataclass(frozen=True)
class Witness:
    """A head of the office's audit log, as exchanged with one peer."""

    device_id: str
    length: int
    hash: str
    witnessed_at: str
    bundle_seq: int
    received_at: str


_COLUMNS = ", ".join(field.name for field in dataclasses.fields(Witness))


def record(
    conn: Connection,
    *,
    device_id: str,
    length: int,
    digest: str,
    witnessed_at: str,
    bundle_seq: int,
) -> None:
    """Keep ``device_id``'s head, replacing the one before (call inside a transaction)."""
    conn.execute(
        f"INSERT OR REPLACE INTO audit_witness ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
        (device_id, length, digest, witnessed_at, bundle_seq, utc_now()),
    )


def get(conn: Connection, device_id: str) -> Witness | None:
    """The head kept for one peer, if any."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_witness WHERE device_id = ?", (device_id,)
    ).fetchone()
    return None if row is None else Witness(*row)


def all_witnesses(conn: Connection) -> list[Witness]:
    """Every head kept, the shortest (oldest part of the log) first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM audit_witness ORDER BY length, device_id")
    return [Witness(*row) for row in rows]
