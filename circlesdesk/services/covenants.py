"""A circle's covenant, the agreement its core member signs: each version's text and the day it
was agreed. Kept at the office (see docs/office.md, "Covenant", for why it is not sent)."""

from __future__ import annotations

from circlesdesk.domain import validation
from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import Covenant, new_record_id
from circlesdesk.errors import ValidationError
from circlesdesk.services import access, circles
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault


def versions(vault: Vault, circle_uuid: str) -> list[Covenant]:
    """Every version of the circle's covenant, the first first."""
    access.require(vault, Permission.COVENANTS)
    return store.find(vault.conn, Covenant, circle_uuid=circle_uuid, order_by=("version",))


def current(vault: Vault, circle_uuid: str) -> Covenant | None:
    """The covenant's latest version, or None before one is agreed."""
    found = versions(vault, circle_uuid)
    return found[-1] if found else None


def agree(vault: Vault, *, code: str, agreed_on: str, text: str) -> Covenant:
    """Keep a new version of the circle's covenant, agreed on a day (earlier versions stay)."""
    access.require(vault, Permission.COVENANTS)
    circle = circles.find_circle(vault, code)
    validation.date(agreed_on, field="date the covenant was agreed")
    latest = current(vault, circle.uuid)
    if latest is not None and agreed_on < latest.agreed_on:
        raise ValidationError(
            "covenant.before_current", version=latest.version, day=latest.agreed_on
        )
    if latest is not None and text.strip() == latest.text.strip():
        raise ValidationError("covenant.unchanged")
    covenant = Covenant(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        circle_uuid=circle.uuid,
        version=1 if latest is None else latest.version + 1,
        agreed_on=agreed_on,
        text=text,
    )
    vault.save_record(covenant, "covenant.agreed", detail=f"version={covenant.version}")
    return covenant
