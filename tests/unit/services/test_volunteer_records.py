"""Tests for circlesdesk.services.volunteer_records: training, vetting, supervision, the rule
that an expired check blocks assigning a volunteer, and the office's expiry alerts."""

from __future__ import annotations

import datetime as dt

import pytest

from circlesdesk.domain.enums import SupervisionKind, VettingCheck
from circlesdesk.domain.records import (
    Membership,
    Supervision,
    Training,
    Vetting,
    VolunteerHours,
    new_record_id,
)
from circlesdesk.domain.vetting import VettingStatus
from circlesdesk.errors import NotFoundError, RoleError, ValidationError
from circlesdesk.services import circles, volunteer_records
from circlesdesk.vault import audit, store
from circlesdesk.vault.vault import Vault
from tests.vault_kit import VOLUNTEERS, rows

ALICE, BEN = VOLUNTEERS
TODAY = dt.date.today()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def person(vault: Vault, name: str) -> str:
    return volunteer_records.volunteer_named(vault, name).uuid


def dbs(vault: Vault, name: str, *, expires_in: int) -> Vetting:
    return volunteer_records.record_vetting(
        vault,
        person_uuid=person(vault, name),
        check_type=VettingCheck.ENHANCED_DBS,
        reference="001234567890",
        issued_on=day(expires_in - 3 * 365),
        expires_on=day(expires_in),
    )


def test_training_vetting_and_supervision_are_kept_on_the_volunteers_record(
    office_vault: Vault,
) -> None:
    alice = person(office_vault, ALICE)
    training = volunteer_records.record_training(
        office_vault,
        person_uuid=alice,
        course=" Core training ",
        completed_on="2026-01-10",
        certificate="NOCN-42",
    )
    check = dbs(office_vault, ALICE, expires_in=400)
    session = volunteer_records.record_supervision(
        office_vault,
        person_uuid=alice,
        held_on="2026-03-01",
        session=SupervisionKind.DEBRIEF,
        notes="A hard meeting.",
        follow_up="Call in a week.",
    )
    activity_hours = [("meeting", 90), ("travel", 40), ("contact", 15), ("training", 120)]
    for kind, minutes in activity_hours:
        store.save(
            office_vault.conn,
            VolunteerHours(
                uuid=new_record_id(),
                origin=office_vault.info.device_id,
                person_uuid=alice,
                worked_on="2026-03-02",
                minutes=minutes,
                activity=kind,
            ),
        )
    record = volunteer_records.volunteer_record(office_vault, alice)
    assert record.training == [training] and training.course == "Core training"
    assert record.vetting == [check]
    assert record.supervision == [session] and session.session == "debrief"
    assert record.hours_minutes == {"meeting": 90, "travel": 40, "other": 135}
    actions = [e.action for e in audit.entries(office_vault.conn)]
    assert {"training.recorded", "vetting.recorded", "supervision.recorded"} <= set(actions)
    assert (
        volunteer_records.volunteer_record(office_vault, person(office_vault, BEN)).training == []
    )


def test_bad_input_is_refused_in_a_sentence_and_nothing_is_stored(office_vault: Vault) -> None:
    alice = person(office_vault, ALICE)
    before = rows(office_vault.conn)
    with pytest.raises(ValidationError, match="expiry date must be after the issue date"):
        volunteer_records.record_vetting(
            office_vault,
            person_uuid=alice,
            check_type="enhanced-dbs",
            reference="X1",
            issued_on="2026-05-01",
            expires_on="2026-04-01",
        )
    with pytest.raises(ValidationError, match="kind of check"):
        volunteer_records.record_vetting(
            office_vault,
            person_uuid=alice,
            check_type="credit-check",
            reference="X1",
            issued_on="2026-01-01",
            expires_on="2027-01-01",
        )
    with pytest.raises(ValidationError, match="in the future"):
        volunteer_records.record_training(
            office_vault, person_uuid=alice, course="Core", completed_on=day(3)
        )
    with pytest.raises(NotFoundError):
        volunteer_records.record_supervision(
            office_vault,
            person_uuid=circles.find_circle(office_vault, "SW-014").uuid,
            held_on="2026-01-01",
        )
    assert rows(office_vault.conn) == before


def test_a_volunteer_whose_dbs_expired_cannot_be_assigned_to_a_circle(office_vault: Vault) -> None:
    circles.add_circle(office_vault, code="NE-002", core_member="Heron")
    dbs(office_vault, ALICE, expires_in=-1)
    before = store.find(office_vault.conn, Membership)
    with pytest.raises(volunteer_records.ExpiredVettingError) as refused:
        circles.add_volunteer(office_vault, code="NE-002", name=ALICE)
    assert str(refused.value) == (
        f"This volunteer's enhanced DBS check expired on {day(-1)}, so they cannot be assigned "
        "to a circle until a current one is recorded on their record page."
    )
    assert ALICE not in str(refused.value)
    with pytest.raises(volunteer_records.ExpiredVettingError):
        circles.add_circle(office_vault, code="NE-003", core_member="Wren", volunteers=[ALICE])
    assert store.find(office_vault.conn, Membership) == before
    # A renewal makes the newest check current: she can be assigned again.
    dbs(office_vault, ALICE, expires_in=1000)
    circles.add_volunteer(office_vault, code="NE-002", name=ALICE)
    # A volunteer with no check recorded yet is not refused.
    circles.add_volunteer(office_vault, code="NE-002", name=BEN)


def test_the_office_home_lists_expired_and_expiring_checks_soonest_first(
    office_vault: Vault,
) -> None:
    dbs(office_vault, ALICE, expires_in=10)
    dbs(office_vault, BEN, expires_in=-5)
    volunteer_records.record_vetting(
        office_vault,
        person_uuid=person(office_vault, BEN),
        check_type=VettingCheck.PRISON_VETTING,
        reference="PV-7",
        issued_on=day(-100),
        expires_on=day(200),
    )
    alerts = volunteer_records.expiry_alerts(office_vault)
    assert [(a.person.name, a.vetting.check_type, a.status) for a in alerts] == [
        (BEN, "enhanced-dbs", VettingStatus.EXPIRED),
        (ALICE, "enhanced-dbs", VettingStatus.EXPIRING),
    ]
    assert alerts[0].sentence() == (
        f"{BEN}'s enhanced DBS check expired on {day(-5)}: they cannot be assigned to a circle "
        "until a new one is recorded."
    )
    assert alerts[1].sentence() == f"{ALICE}'s enhanced DBS check expires on {day(10)}."


def test_a_volunteers_laptop_keeps_no_such_records(volunteer_vault: Vault) -> None:
    with pytest.raises(RoleError):
        volunteer_records.record_training(
            volunteer_vault, person_uuid=new_record_id(), course="C", completed_on="2026-01-01"
        )
    assert volunteer_records.expiry_alerts(volunteer_vault) == []
    for cls in (Training, Vetting, Supervision):
        assert store.find(volunteer_vault.conn, cls) == []
