"""People at the office: add a colleague with their own passphrase, change a role, remove one.

Each person has their own key slot wrapping the same data key (nothing is re-encrypted when
someone joins or leaves) and a row naming them inside the vault. Only a manager may change who
works here (``Permission.MANAGE_STAFF``); every change is audited with who made it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from circlesdesk.domain import validation
from circlesdesk.domain.permissions import Permission, StaffRole
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.services import access
from circlesdesk.services import circles as circle_service
from circlesdesk.vault import audit, database, keyslots
from circlesdesk.vault import staff as staff_sql
from circlesdesk.vault.staff import StaffMember
from circlesdesk.vault.vault import Vault

__all__ = [
    "StaffMember",
    "StaffRole",
    "add_person",
    "circles_of",
    "find",
    "names",
    "people",
    "remove_person",
    "set_circles",
    "set_passphrase",
    "set_role",
]


def people(vault: Vault, *, removed: bool = False) -> list[StaffMember]:
    """Everyone who works at the office, by name (and those who left, if ``removed``)."""
    access.require(vault, Permission.REPORTS)  # any person at the office: an office vault
    return staff_sql.members(vault.conn, removed=removed)


def names(vault: Vault) -> dict[str, str]:
    """Every person's name by id, those who left included (the audit log names them)."""
    return staff_sql.names(vault.conn)


def find(vault: Vault, name_or_id: str) -> StaffMember:
    """The person still working here with this name (as typed) or id; else NotFoundError."""
    wanted = _spoken(name_or_id)
    for member in staff_sql.members(vault.conn):
        if member.id == name_or_id or _spoken(member.name) == wanted:
            return member
    raise NotFoundError("staff.no_such_person")


def circles_of(vault: Vault, member: StaffMember) -> list[str]:
    """The codes of the circles assigned to a person, sorted."""
    codes = {circle.uuid: circle.code for circle in circle_service.list_circles(vault)}
    return sorted(
        codes[uuid] for uuid in staff_sql.circles_of(vault.conn, member.id) if uuid in codes
    )


def add_person(
    vault: Vault,
    *,
    name: str,
    role: StaffRole | str,
    passphrase: str,
    circle_codes: Iterable[str] = (),
    kdf: keyslots.KdfParams | None = None,
) -> StaffMember:
    """Add a colleague with their own passphrase (typed by them) and, for a coordinator, circles.

    Their key slot is written inside the transaction that stores them: if anything fails,
    neither is kept.
    """
    access.require(vault, Permission.MANAGE_STAFF)
    clean = validation.name(name, field="name").strip()
    staff_role = _role(role)
    keyslots.check_passphrase(passphrase)
    if any(_spoken(m.name) == _spoken(clean) for m in staff_sql.members(vault.conn)):
        raise ValidationError("staff.name_taken")
    uuids = _circle_uuids(vault, circle_codes)
    label = vault.slot_label(clean)
    with database.transaction(vault.conn):
        member = staff_sql.add(vault.conn, name=clean, role=staff_role, label=label)
        staff_sql.set_circles(vault.conn, member.id, uuids)
        _audit(vault, "staff.added", member, f"role={staff_role.value} circles={len(uuids)}")
        vault.seal_slot(label=label, passphrase=passphrase, kdf=kdf)
    return member


def set_passphrase(
    vault: Vault, member: StaffMember, *, passphrase: str, kdf: keyslots.KdfParams | None = None
) -> None:
    """Give a person a new passphrase, typed by them (a manager's action: they forgot theirs).

    To change one's own passphrase knowing the old one, use ``Vault.change_passphrase``.
    """
    access.require(vault, Permission.MANAGE_STAFF)
    member = _active(vault, member.id)
    keyslots.check_passphrase(passphrase)
    with database.transaction(vault.conn):
        _audit(vault, "staff.passphrase-set", member, "")
        vault.seal_slot(label=member.label, passphrase=passphrase, kdf=kdf)


def set_role(vault: Vault, member: StaffMember, role: StaffRole | str) -> StaffMember:
    """Change a person's role; the last manager cannot stop being one."""
    access.require(vault, Permission.MANAGE_STAFF)
    member = _active(vault, member.id)
    new_role = _role(role)
    if member.role is StaffRole.MANAGER and new_role is not StaffRole.MANAGER:
        _keep_a_manager(vault, member)
    with database.transaction(vault.conn):
        staff_sql.set_role(vault.conn, member.id, new_role)
        _audit(vault, "staff.role-changed", member, f"role={new_role.value}")
    return _active(vault, member.id)


def set_circles(vault: Vault, member: StaffMember, circle_codes: Iterable[str]) -> list[str]:
    """Assign exactly these circles to a person; returns their codes."""
    access.require(vault, Permission.MANAGE_STAFF)
    member = _active(vault, member.id)
    uuids = _circle_uuids(vault, circle_codes)
    with database.transaction(vault.conn):
        staff_sql.set_circles(vault.conn, member.id, uuids)
        _audit(vault, "staff.circles-set", member, f"circles={len(uuids)}")
    return circles_of(vault, member)


def remove_person(vault: Vault, member: StaffMember) -> None:
    """Remove a person now: their key slot goes first, so their passphrase opens nothing.

    Their name stays for the audit log. The data key does not change: rotate it
    (``rotate-key``) as well if they might have kept a copy of the vault.
    """
    access.require(vault, Permission.MANAGE_STAFF)
    member = _active(vault, member.id)
    if vault.staff is not None and member.id == vault.staff.id:
        raise ValidationError("staff.cannot_remove_self")
    if member.role is StaffRole.MANAGER:
        _keep_a_manager(vault, member)
    vault.close_slot(label=member.label)
    with database.transaction(vault.conn):
        staff_sql.mark_removed(vault.conn, member.id)
        _audit(vault, "staff.removed", member, f"role={member.role.value}")


# -- inside ----------------------------------------------------------------------------------


def _spoken(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _role(role: StaffRole | str) -> StaffRole:
    try:
        return StaffRole(role)
    except ValueError:
        raise ValidationError("staff.bad_role") from None


def _active(vault: Vault, staff_id: str) -> StaffMember:
    member = staff_sql.get(vault.conn, staff_id)
    if member is None or not member.active:
        raise NotFoundError("staff.no_such_person")
    return member


def _keep_a_manager(vault: Vault, leaving: StaffMember) -> None:
    others = [
        m
        for m in staff_sql.members(vault.conn)
        if m.role is StaffRole.MANAGER and m.id != leaving.id
    ]
    if not others:
        raise ValidationError("staff.last_manager")


def _circle_uuids(vault: Vault, codes: Iterable[str]) -> list[str]:
    return [circle_service.find_circle(vault, code).uuid for code in dict.fromkeys(codes)]


def _audit(vault: Vault, action: str, member: StaffMember, detail: str) -> None:
    audit.append(
        vault.conn,
        actor=vault.info.device_id,
        action=action,
        detail=f"person={member.id} {detail}".strip(),
        staff_id=vault.staff_id,
    )
