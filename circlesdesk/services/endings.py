"""The end of a circle: closing it with a reason and a date, and follow-up contacts after it.

The ending and the follow-ups stay at the office; the circle's phase (closed), which goes to its
volunteers' laptops with the next reply, is what they learn.
"""

from __future__ import annotations

from circlesdesk.domain import validation
from circlesdesk.domain.enums import ContactMode, EndingReason, Phase
from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import Circle, Ending, FollowUp, Meeting, new_record_id
from circlesdesk.errors import ValidationError
from circlesdesk.services import access, circles
from circlesdesk.vault import audit, database, store
from circlesdesk.vault.vault import Vault


def ending_of(vault: Vault, circle_uuid: str) -> Ending | None:
    """How and when the circle ended, or None while it runs."""
    found = store.find(vault.conn, Ending, circle_uuid=circle_uuid)
    return found[0] if found else None


def endings(vault: Vault) -> list[Ending]:
    """Every circle's ending, oldest first."""
    return store.find(vault.conn, Ending, order_by=("ended_on",))


def close_circle(
    vault: Vault, *, code: str, ended_on: str, reason: EndingReason | str, note: str = ""
) -> Ending:
    """Close a circle: its phase becomes closed and its ending (reason, date) is kept, together.

    The date cannot be before the circle started or its last meeting; a closed circle is not
    closed again.
    """
    access.require(vault, Permission.ENDINGS)
    circle = circles.find_circle(vault, code)
    reasons = [r.value for r in EndingReason]
    reason = str(reason)
    if reason not in reasons:
        raise ValidationError("ending.reason", options=", ".join(reasons))
    validation.date(ended_on, field="date the circle ended")
    if circle.phase == Phase.CLOSED.value or ending_of(vault, circle.uuid) is not None:
        raise ValidationError("ending.already_closed", code=code)
    if circle.started_on is not None and ended_on < circle.started_on:
        raise ValidationError("ending.before_start")
    held = [m.held_on for m in store.find(vault.conn, Meeting, circle_uuid=circle.uuid)]
    if held and ended_on < max(held):
        raise ValidationError("ending.before_last_meeting")
    me = vault.info.device_id
    ending = Ending(
        uuid=new_record_id(),
        origin=me,
        circle_uuid=circle.uuid,
        ended_on=ended_on,
        reason=reason,
        note=note,
    )
    closed: Circle = circle.revised(phase=Phase.CLOSED.value)
    with database.transaction(vault.conn):
        store.save(vault.conn, closed)
        store.save(vault.conn, ending)
        audit.append(
            vault.conn,
            actor=me,
            staff_id=vault.staff_id,
            action="circle.closed",
            kind=Ending.kind,
            record_uuid=ending.uuid,
            detail=f"reason={reason}",
        )
    return ending


def add_follow_up(
    vault: Vault,
    *,
    code: str,
    contact_on: str,
    summary: str,
    mode: ContactMode = ContactMode.PHONE,
) -> FollowUp:
    """Record a contact with the former core member after the circle closed."""
    access.require(vault, Permission.ENDINGS)
    circle = circles.find_circle(vault, code)
    ending = ending_of(vault, circle.uuid)
    if ending is None:
        raise ValidationError("ending.not_closed", code=code)
    validation.date(contact_on, field="follow-up date")
    if contact_on < ending.ended_on:
        raise ValidationError("ending.follow_up_too_early")
    follow_up = FollowUp(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        circle_uuid=circle.uuid,
        contact_on=contact_on,
        mode=ContactMode(mode).value,
        summary=summary,
    )
    vault.save_record(follow_up, "follow_up.recorded")
    return follow_up


def follow_ups(vault: Vault, circle_uuid: str) -> list[FollowUp]:
    """The circle's follow-up contacts, oldest first."""
    return store.find(vault.conn, FollowUp, circle_uuid=circle_uuid, order_by=("contact_on",))
