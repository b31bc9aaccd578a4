"""Referrals: a possible core member referred by an agency, assessed, accepted or declined, and the
circle formed from an accepted one. Kept at the office only (no bundle carries a referral)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from circlesdesk.domain import validation
from circlesdesk.domain.enums import MeetingPattern, Phase, ReferralStage
from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import ASSESSMENT_KINDS, Circle, Referral, new_record_id
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.services import access, circles
from circlesdesk.vault import audit, database, store
from circlesdesk.vault.vault import Vault

# The stages a referral may move to from each stage (forming a circle is its own action).
NEXT_STAGES: dict[str, tuple[str, ...]] = {
    ReferralStage.RECEIVED.value: (ReferralStage.ASSESSED.value,),
    ReferralStage.ASSESSED.value: (ReferralStage.ACCEPTED.value, ReferralStage.DECLINED.value),
    ReferralStage.ACCEPTED.value: (),
    ReferralStage.DECLINED.value: (),
    ReferralStage.FORMED.value: (),
}


@dataclasses.dataclass(frozen=True)
class Assessment:
    """A risk assessment the referrer supplied (the document by reference, not attached)."""

    kind: str  # a key of ASSESSMENT_KINDS
    level: str
    assessed_on: str | None = None
    document: str = ""

    def as_entry(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "level": self.level,
            "assessed_on": self.assessed_on or None,
            "document": self.document,
        }


def list_referrals(vault: Vault, *, stage: str | None = None) -> list[Referral]:
    """The referrals, newest received first (only those at ``stage`` if given)."""
    access.require(vault, Permission.REFERRALS)
    found = store.find(
        vault.conn, Referral, order_by=("received_on", "updated_at"), descending=True
    )
    return [r for r in found if stage is None or r.stage == stage]


def get_referral(vault: Vault, referral_uuid: str) -> Referral:
    """One referral, or a plain NotFoundError."""
    access.require(vault, Permission.REFERRALS)
    referral = store.get(vault.conn, Referral, referral_uuid)
    if referral is None:
        raise NotFoundError("referral.not_found")
    return referral


def add_referral(
    vault: Vault,
    *,
    agency: str,
    received_on: str,
    core_member: str,
    officer: str = "",
    assessments: Sequence[Assessment] = (),
    mappa_category: int | None = None,
    mappa_level: int | None = None,
    licence_end_on: str | None = None,
    starts_in_prison: bool = False,
    young_people: bool = False,
    carer_consent: str | None = None,
) -> Referral:
    """Record a referral as received."""
    access.require(vault, Permission.REFERRALS)
    for assessment in assessments:
        if assessment.kind not in ASSESSMENT_KINDS:
            raise ValidationError("referral.assessment_kind", options=", ".join(ASSESSMENT_KINDS))
    referral = Referral(
        uuid=new_record_id(),
        origin=vault.info.device_id,
        agency=agency.strip(),
        officer=officer.strip(),
        received_on=received_on,
        core_member=core_member.strip(),
        assessments=tuple(a.as_entry() for a in assessments),
        mappa_category=mappa_category,
        mappa_level=mappa_level,
        licence_end_on=licence_end_on or None,
        starts_in_prison=starts_in_prison,
        young_people=young_people,
        carer_consent=carer_consent or None,
    )
    vault.save_record(referral, "referral.received")
    return referral


def advance(
    vault: Vault, *, referral_uuid: str, stage: str, on: str, reason: str | None = None
) -> Referral:
    """Move a referral to its next stage on a day: assessed, then accepted or declined (a
    declined referral needs its reason). The circle is formed with :func:`form_circle`."""
    referral = get_referral(vault, referral_uuid)
    validation.date(on, field="date of the stage")
    if stage not in NEXT_STAGES[referral.stage]:
        allowed = NEXT_STAGES[referral.stage]
        if allowed:
            raise ValidationError(
                "referral.stage_not_next",
                stage=referral.stage,
                wanted=stage,
                allowed=" or ".join(allowed),
            )
        raise ValidationError("referral.stage_final", stage=referral.stage, wanted=stage)
    changes: dict[str, object] = {"stage": stage}
    if stage == ReferralStage.ASSESSED.value:
        changes["assessed_on"] = on
    else:
        changes["decided_on"] = on
        if stage == ReferralStage.DECLINED.value:
            if not (reason or "").strip():
                raise ValidationError("referral.give_reason")
            changes["decline_reason"] = reason
    revised = referral.revised(**changes)
    vault.save_record(revised, f"referral.{stage}")
    return revised


def form_circle(
    vault: Vault,
    *,
    referral_uuid: str,
    code: str,
    formed_on: str,
    volunteers: Sequence[str] = (),
    meeting_pattern: MeetingPattern = MeetingPattern.WEEKLY,
) -> Circle:
    """Form a circle from an accepted referral: the circle (in preparation, its core member the
    referral's pseudonym) and the referral's last stage are saved together."""
    referral = get_referral(vault, referral_uuid)
    if referral.stage != ReferralStage.ACCEPTED.value:
        raise ValidationError("referral.form_needs_accepted")
    validation.date(formed_on, field="date the circle was formed")
    if referral.decided_on is not None and formed_on < referral.decided_on:
        raise ValidationError("referral.form_before_accepted")
    circle, rows = circles.new_circle(
        vault,
        code=code,
        core_member=referral.core_member,
        volunteers=volunteers,
        phase=Phase.PREPARATION,
        meeting_pattern=meeting_pattern,
        started_on=formed_on,
    )
    formed = referral.revised(
        stage=ReferralStage.FORMED.value, formed_on=formed_on, circle_uuid=circle.uuid
    )
    with database.transaction(vault.conn):
        circles.save_new_circle(vault, circle, rows)
        store.save(vault.conn, formed)
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="referral.formed",
            kind=Referral.kind,
            record_uuid=formed.uuid,
        )
    return circle


def referral_for_circle(vault: Vault, circle_uuid: str) -> Referral | None:
    """The referral a circle was formed from, if it was."""
    access.require(vault, Permission.REFERRALS)
    found = store.find(vault.conn, Referral, circle_uuid=circle_uuid)
    return found[0] if found else None
