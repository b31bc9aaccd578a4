"""The four-eyes rule: a disclosure or a whole-circle deletion needs a second person, a manager.

In practice: a coordinator prepares the disclosure (or a data-protection officer the deletion);
it waits as "awaiting approval"; a manager, signed in as themselves or typing their own name
and passphrase on the same machine, approves or refuses it with a reason. Only an approved
request for exactly the same action lets the file be written or the circles deleted, once. The
audit log names both people.

An office where only one person works has nobody to ask: there, the rule cannot apply and the
one person acts alone, as before people were recorded (docs/threat-model.md).
"""

from __future__ import annotations

import enum

from circlesdesk.domain import validation
from circlesdesk.domain.permissions import Permission, StaffRole
from circlesdesk.domain.records import canonical_json
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.services import access
from circlesdesk.services.access import NeedsApproval, NotAllowed
from circlesdesk.vault import approvals as approval_sql
from circlesdesk.vault import audit, database
from circlesdesk.vault import staff as staff_sql
from circlesdesk.vault.approvals import Approval
from circlesdesk.vault.staff import StaffMember
from circlesdesk.vault.vault import Vault

__all__ = [
    "Approval",
    "Kind",
    "check",
    "consume",
    "decide",
    "needed",
    "request",
    "requests",
    "state",
]


class Kind(enum.StrEnum):
    """What waits for a manager."""

    DISCLOSURE = "disclosure"
    CIRCLE_DELETION = "circle-deletion"


def request_text(value: object) -> str:
    """The canonical text naming one prepared action (what an approval is for)."""
    return canonical_json(value).decode("utf-8")


def needed(vault: Vault) -> bool:
    """Whether the office has a second person to ask (more than one person works here)."""
    return len(staff_sql.members(vault.conn)) > 1


def state(vault: Vault, kind: Kind, request_: str) -> Approval | None:
    """The newest request for exactly this action, or None if it was never asked for."""
    return approval_sql.latest_for(vault.conn, kind=kind.value, request=request_)


def request(vault: Vault, kind: Kind, request_: str, *, summary: str) -> Approval:
    """Ask a manager to approve this action; it waits as "awaiting approval".

    Asking again for an action already waiting returns the waiting request.
    """
    access.require(vault, _preparing(kind))
    waiting = state(vault, kind, request_)
    if waiting is not None and waiting.waiting:
        return waiting
    with database.transaction(vault.conn):
        approval_id = approval_sql.add(
            vault.conn,
            kind=kind.value,
            request=request_,
            summary=summary,
            requested_by=vault.staff_id,
        )
        _audit(vault, "approval.requested", approval_id, kind.value, staff_id=vault.staff_id)
    return _get(vault, approval_id)


def requests(vault: Vault, *, waiting_only: bool = False) -> list[Approval]:
    """The approval queue, newest first (every request ever made, unless ``waiting_only``)."""
    access.require(vault, Permission.REPORTS)  # anyone at the office sees what waits
    return approval_sql.requests(vault.conn, waiting_only=waiting_only)


def waiting(vault: Vault) -> list[Approval]:
    """The requests no manager has decided yet, newest first."""
    return requests(vault, waiting_only=True)


def decide(
    vault: Vault,
    approval_id: int,
    *,
    approve: bool,
    reason: str,
    manager_name: str | None = None,
    manager_passphrase: str | None = None,
) -> Approval:
    """A manager approves or refuses a request, with a reason; never the one who asked.

    The manager is whoever is signed in, or, given ``manager_name`` and
    ``manager_passphrase``, the person whose own key slot that passphrase opens (a second
    person at the same machine). WrongPassphrase if it opens none.
    """
    if manager_name is not None and manager_passphrase is not None:
        decider: StaffMember | None = vault.who_is(name=manager_name, passphrase=manager_passphrase)
        assert decider is not None
        if decider.role is not StaffRole.MANAGER:
            raise NotAllowed("approval.manager_only")
    else:
        access.require(vault, Permission.APPROVE)
        decider = vault.staff
    clean = (validation.optional_text(reason, field="reason", multiline=True) or "").strip()
    if not clean:
        raise ValidationError("approval.reason_required")
    approval = _get(vault, approval_id)
    if not approval.waiting:
        raise ValidationError("approval.decided")
    decider_id = None if decider is None else decider.id
    if approval.requested_by is not None and approval.requested_by == decider_id:
        raise ValidationError("approval.second_person")
    with database.transaction(vault.conn):
        approval_sql.decide(vault.conn, approval_id, by=decider_id, approved=approve, reason=clean)
        action = "approval.approved" if approve else "approval.refused"
        requester = approval.requested_by or "-"
        _audit(vault, action, approval_id, f"requested_by={requester}", staff_id=decider_id)
    return _get(vault, approval_id)


def check(vault: Vault, kind: Kind, request_: str) -> Approval | None:
    """The approval that allows this action now (None when the rule does not apply); else
    NeedsApproval, saying whether it waits, was refused or was never asked for."""
    if not needed(vault):
        return None
    found = state(vault, kind, request_)
    if found is None or found.used_at is not None:
        raise NeedsApproval()
    if found.waiting:
        raise NeedsApproval("approval.waiting")
    if not found.approved:
        raise NeedsApproval("approval.refused")
    return found


def consume(vault: Vault, kind: Kind, request_: str) -> None:
    """Use the approval for this action, inside the caller's transaction (see :func:`check`)."""
    found = check(vault, kind, request_)
    if found is not None:
        approval_sql.mark_used(vault.conn, found.id)


# -- inside ----------------------------------------------------------------------------------


def _preparing(kind: Kind) -> Permission:
    return Permission.PREPARE_DISCLOSURE if kind is Kind.DISCLOSURE else Permission.RETENTION


def _get(vault: Vault, approval_id: int) -> Approval:
    found = approval_sql.get(vault.conn, approval_id)
    if found is None:
        raise NotFoundError("approval.no_such_request")
    return found


def _audit(
    vault: Vault, action: str, approval_id: int, detail: str, *, staff_id: str | None
) -> None:
    audit.append(
        vault.conn,
        actor=vault.info.device_id,
        action=action,
        detail=f"id={approval_id} {detail}",
        staff_id=staff_id,
    )
