"""Tests for circlesdesk.services.referrals: from a referral received to the circle it formed."""

from __future__ import annotations

import pytest

from circlesdesk.domain.records import Circle, Referral
from circlesdesk.errors import RoleError, ValidationError
from circlesdesk.services import circles, referrals
from circlesdesk.services.referrals import Assessment
from circlesdesk.vault import audit, store
from circlesdesk.vault.vault import Vault
from tests.vault_kit import rows


def received(office_vault: Vault, **extra: object) -> Referral:
    fields: dict[str, object] = {
        "agency": "Probation",
        "officer": "J. Okoro",
        "received_on": "2026-01-05",
        "core_member": "Wren",
        "assessments": [
            Assessment("oasys", "high", "2025-12-01", "OASys ref 44/12"),
            Assessment("rm2000", "medium"),
        ],
        "mappa_category": 1,
        "mappa_level": 2,
        "licence_end_on": "2028-03-31",
        "starts_in_prison": True,
    }
    fields.update(extra)
    return referrals.add_referral(office_vault, **fields)  # type: ignore[arg-type]


def test_a_referral_is_kept_with_its_assessments_and_mappa_details(office_vault: Vault) -> None:
    referral = received(office_vault)
    stored = store.require(office_vault.conn, Referral, referral.uuid)
    assert stored.stage == "received"
    assert (stored.agency, stored.officer, stored.core_member) == ("Probation", "J. Okoro", "Wren")
    assert stored.assessments == (
        {
            "kind": "oasys",
            "level": "high",
            "assessed_on": "2025-12-01",
            "document": "OASys ref 44/12",
        },
        {"kind": "rm2000", "level": "medium", "assessed_on": None, "document": ""},
    )
    assert (stored.mappa_category, stored.mappa_level) == (1, 2)
    assert (stored.licence_end_on, stored.starts_in_prison) == ("2028-03-31", True)
    assert audit.latest(office_vault.conn, "referral.received") is not None


def test_a_referral_goes_through_its_stages_to_a_circle_in_preparation(office_vault: Vault) -> None:
    referral = received(office_vault)
    referral = referrals.advance(
        office_vault, referral_uuid=referral.uuid, stage="assessed", on="2026-01-20"
    )
    referral = referrals.advance(
        office_vault, referral_uuid=referral.uuid, stage="accepted", on="2026-02-01"
    )
    circle = referrals.form_circle(
        office_vault,
        referral_uuid=referral.uuid,
        code="SW-200",
        formed_on="2026-02-15",
        volunteers=["Alice Marsh"],
    )
    assert (circle.phase, circle.started_on) == ("preparation", "2026-02-15")
    roster = [(e.person.name, e.membership.role) for e in circles.roster(office_vault, circle.uuid)]
    assert roster == [("Wren", "core-member"), ("Alice Marsh", "volunteer")]
    formed = referrals.get_referral(office_vault, referral.uuid)
    assert (formed.stage, formed.assessed_on, formed.decided_on, formed.formed_on) == (
        "formed",
        "2026-01-20",
        "2026-02-01",
        "2026-02-15",
    )
    assert referrals.referral_for_circle(office_vault, circle.uuid) == formed
    assert [r.uuid for r in referrals.list_referrals(office_vault, stage="formed")] == [
        referral.uuid
    ]


def test_a_declined_referral_keeps_its_reason_and_forms_no_circle(office_vault: Vault) -> None:
    referral = received(office_vault)
    referrals.advance(office_vault, referral_uuid=referral.uuid, stage="assessed", on="2026-01-20")
    with pytest.raises(ValidationError, match="reason"):
        referrals.advance(
            office_vault, referral_uuid=referral.uuid, stage="declined", on="2026-01-25"
        )
    declined = referrals.advance(
        office_vault,
        referral_uuid=referral.uuid,
        stage="declined",
        on="2026-01-25",
        reason="Not motivated to take part.",
    )
    assert (declined.stage, declined.decline_reason) == ("declined", "Not motivated to take part.")
    before = rows(office_vault.conn)
    with pytest.raises(ValidationError, match="accepted referral"):
        referrals.form_circle(
            office_vault, referral_uuid=referral.uuid, code="SW-201", formed_on="2026-02-01"
        )
    assert rows(office_vault.conn) == before


def test_stages_cannot_be_skipped_or_go_back_in_time(office_vault: Vault) -> None:
    referral = received(office_vault)
    before = rows(office_vault.conn)
    with pytest.raises(ValidationError, match="cannot be marked accepted"):
        referrals.advance(
            office_vault, referral_uuid=referral.uuid, stage="accepted", on="2026-01-20"
        )
    with pytest.raises(ValidationError, match="back in time"):
        referrals.advance(
            office_vault, referral_uuid=referral.uuid, stage="assessed", on="2026-01-01"
        )
    assert rows(office_vault.conn) == before


def test_forming_a_circle_with_a_code_in_use_writes_nothing(office_vault: Vault) -> None:
    referral = received(office_vault)
    referrals.advance(office_vault, referral_uuid=referral.uuid, stage="assessed", on="2026-01-20")
    referrals.advance(office_vault, referral_uuid=referral.uuid, stage="accepted", on="2026-02-01")
    before = rows(office_vault.conn)
    with pytest.raises(ValidationError, match="already exists"):
        referrals.form_circle(
            office_vault, referral_uuid=referral.uuid, code="SW-014", formed_on="2026-02-15"
        )
    assert rows(office_vault.conn) == before
    assert len(store.find(office_vault.conn, Circle)) == 1


def test_a_young_peoples_referral_records_the_carers_consent(office_vault: Vault) -> None:
    referral = received(
        office_vault, young_people=True, carer_consent="given", starts_in_prison=False
    )
    assert (referral.young_people, referral.carer_consent) == (True, "given")
    with pytest.raises(ValidationError, match="young people"):
        received(office_vault, carer_consent="given")


def test_an_unknown_assessment_kind_is_refused(office_vault: Vault) -> None:
    with pytest.raises(ValidationError, match="oasys, rm2000, aim3, other"):
        received(office_vault, assessments=[Assessment("tarot", "low")])
    assert store.find(office_vault.conn, Referral) == []


def test_a_laptop_keeps_no_referrals(volunteer_vault: Vault) -> None:
    with pytest.raises(RoleError):
        received(volunteer_vault)
