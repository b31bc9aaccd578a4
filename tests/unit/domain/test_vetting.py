"""Tests for circlesdesk.domain.vetting: current, expiring within 30 days, expired; the newest."""

from __future__ import annotations

import datetime as dt

import pytest

from circlesdesk.domain.records import Vetting, new_record_id
from circlesdesk.domain.vetting import VettingStatus, newest, status

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("expires_on", "expected"),
    [
        ("2026-12-06", VettingStatus.EXPIRED),
        ("2026-12-07", VettingStatus.EXPIRED),  # not valid on its expiry day
        ("2026-12-08", VettingStatus.EXPIRING),
        ("2027-01-06", VettingStatus.EXPIRING),  # 30 days ahead
        ("2027-01-07", VettingStatus.CURRENT),
    ],
)
def test_the_status_follows_the_expiry_date(expires_on: str, expected: VettingStatus) -> None:
    assert status(expires_on, TODAY) is expected


def check(kind: str, issued: str, expires: str) -> Vetting:
    return Vetting(
        uuid=new_record_id(),
        origin="ab" * 16,
        person_uuid=new_record_id(),
        check_type=kind,
        reference="REF",
        issued_on=issued,
        expires_on=expires,
    )


def test_a_renewal_replaces_the_old_check_of_its_kind_only() -> None:
    old = check("enhanced-dbs", "2023-01-01", "2026-01-01")
    renewed = check("enhanced-dbs", "2025-12-01", "2028-12-01")
    prison = check("prison-vetting", "2024-01-01", "2026-06-01")
    assert newest([renewed, old, prison]) == {"enhanced-dbs": renewed, "prison-vetting": prison}
