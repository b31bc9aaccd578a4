"""The one role check: every service asks here whether the vault and the person may act.

The rule itself is in ``domain/permissions.py``; this module applies it to an unlocked vault (its
role, and on an office the person who signed in) and raises the user's error. A coordinator sees
only the circles assigned to them: :func:`visible_circles` says which.
"""

from __future__ import annotations

from circlesdesk.domain.permissions import RULES, Permission, Refusal, StaffRole, refusal
from circlesdesk.errors import RoleError
from circlesdesk.vault import staff as staff_sql
from circlesdesk.vault.vault import Vault

__all__ = [
    "NeedsApproval",
    "NotAllowed",
    "Permission",
    "allowed",
    "can_see_circle",
    "require",
    "require_circle",
    "staff_role",
    "visible_circles",
]


class NotAllowed(RoleError):
    """The person signed in at the office has a role that may not do this."""

    code = "staff.not_allowed"
    exit_code = 30


class NeedsApproval(RoleError):
    """A disclosure or a whole-circle deletion has not (yet) been approved by a manager."""

    code = "approval.needed"
    exit_code = 31


def staff_role(vault: Vault) -> StaffRole | None:
    """The signed-in person's role, or None (a volunteer's vault, or the recovery code)."""
    return None if vault.staff is None else vault.staff.role


def allowed(vault: Vault, permission: Permission) -> bool:
    """Whether this vault and its signed-in person may take the action."""
    return refusal(permission, vault=vault.info.role, staff=staff_role(vault)) is None


def require(vault: Vault, permission: Permission) -> None:
    """Raise RoleError (the wrong vault) or NotAllowed (the person's role) unless allowed."""
    why = refusal(permission, vault=vault.info.role, staff=staff_role(vault))
    if why is None:
        return
    if why is Refusal.VAULT:
        raise RoleError(RULES[permission].vault_code)
    raise NotAllowed()


def visible_circles(vault: Vault) -> frozenset[str] | None:
    """The circle uuids the signed-in person works on, or None when they see every circle."""
    if allowed(vault, Permission.SEE_ALL_CIRCLES) or vault.staff is None:
        return None
    return frozenset(staff_sql.circles_of(vault.conn, vault.staff.id))


def can_see_circle(vault: Vault, circle_uuid: str) -> bool:
    """Whether the signed-in person sees this circle."""
    visible = visible_circles(vault)
    return visible is None or circle_uuid in visible


def require_circle(vault: Vault, circle_uuid: str) -> None:
    """Raise NotAllowed unless the signed-in person works on this circle (or sees them all)."""
    if not can_see_circle(vault, circle_uuid):
        raise NotAllowed("staff.not_your_circle")
