"""The people who work at the office: their names, roles, key-slot labels and assigned circles.

Names stay in the encrypted database; the key-slot file holds only each person's label (a hash
of the vault id and the name, see ``keyslots.staff_label``). A person removed keeps their row,
marked removed, so the audit log can still name them; they no longer have a key slot.
"""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Iterable

from circlesdesk.domain.permissions import StaffRole
from circlesdesk.domain.records import utc_now
from circlesdesk.vault.database import Connection

_COLUMNS = "id, name, role, label, added_at, removed_at"


@dataclasses.dataclass(frozen=True)
class StaffMember:
    """One person at the office. ``label`` None: the vault's first passphrase slot is theirs."""

    id: str
    name: str
    role: StaffRole
    label: str | None
    added_at: str
    removed_at: str | None = None

    @property
    def active(self) -> bool:
        """Whether they still work here (their slot opens the vault)."""
        return self.removed_at is None


def _member(row: tuple[str, str, str, str | None, str, str | None]) -> StaffMember:
    return StaffMember(
        id=row[0],
        name=row[1],
        role=StaffRole(row[2]),
        label=row[3],
        added_at=row[4],
        removed_at=row[5],
    )


def add(conn: Connection, *, name: str, role: StaffRole, label: str | None) -> StaffMember:
    """Store a new person (inside the caller's transaction)."""
    member = StaffMember(
        id=secrets.token_hex(16), name=name, role=role, label=label, added_at=utc_now()
    )
    conn.execute(
        f"INSERT INTO staff ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, NULL)",
        (member.id, member.name, member.role.value, member.label, member.added_at),
    )
    return member


def get(conn: Connection, staff_id: str) -> StaffMember | None:
    """The person with this id (removed or not), or None."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", (staff_id,)).fetchone()
    return None if row is None else _member(row)


def by_label(conn: Connection, label: str | None) -> StaffMember | None:
    """The person still working here whose key slot has this label (None: the first slot)."""
    if label is None:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM staff WHERE label IS NULL AND removed_at IS NULL"
        ).fetchone()
    else:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM staff WHERE label = ? AND removed_at IS NULL", (label,)
        ).fetchone()
    return None if row is None else _member(row)


def members(conn: Connection, *, removed: bool = False) -> list[StaffMember]:
    """Everyone working here by name (and those who left, if ``removed``)."""
    where = "" if removed else " WHERE removed_at IS NULL"
    rows = conn.execute(f"SELECT {_COLUMNS} FROM staff{where} ORDER BY name, added_at").fetchall()
    return [_member(row) for row in rows]


def names(conn: Connection) -> dict[str, str]:
    """Every person's name by id, those who left included (for the audit log)."""
    return {row[0]: row[1] for row in conn.execute("SELECT id, name FROM staff").fetchall()}


def set_role(conn: Connection, staff_id: str, role: StaffRole) -> None:
    """Change a person's role (inside the caller's transaction)."""
    conn.execute("UPDATE staff SET role = ? WHERE id = ?", (role.value, staff_id))


def mark_removed(conn: Connection, staff_id: str) -> None:
    """Mark a person as gone; their row stays for the audit log. Their circles are unassigned."""
    conn.execute("UPDATE staff SET removed_at = ? WHERE id = ?", (utc_now(), staff_id))
    conn.execute("DELETE FROM staff_circle WHERE staff_id = ?", (staff_id,))


def circles_of(conn: Connection, staff_id: str) -> list[str]:
    """The uuids of the circles assigned to a person."""
    rows = conn.execute(
        "SELECT circle_uuid FROM staff_circle WHERE staff_id = ? ORDER BY circle_uuid",
        (staff_id,),
    ).fetchall()
    return [row[0] for row in rows]


def set_circles(conn: Connection, staff_id: str, circle_uuids: Iterable[str]) -> None:
    """Assign exactly these circles to a person (inside the caller's transaction)."""
    conn.execute("DELETE FROM staff_circle WHERE staff_id = ?", (staff_id,))
    conn.executemany(
        "INSERT INTO staff_circle (staff_id, circle_uuid) VALUES (?, ?)",
        [(staff_id, uuid) for uuid in dict.fromkeys(circle_uuids)],
    )
