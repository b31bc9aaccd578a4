"""Tests for circlesdesk.reports.volunteer_status: who counts as having served in a period."""

from __future__ import annotations

import datetime as dt

import pytest

from circlesdesk.domain.records import Membership, new_record_id
from circlesdesk.reports.tables import Period
from circlesdesk.reports.volunteer_status import serving

Q1 = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))


def place(joined: str | None, left: str | None, role: str = "volunteer") -> Membership:
    return Membership(
        uuid=new_record_id(),
        origin="ab" * 16,
        circle_uuid=new_record_id(),
        person_uuid=new_record_id(),
        role=role,
        joined_on=joined,
        left_on=left,
    )


@pytest.mark.parametrize(
    ("joined", "left", "counted"),
    [
        (None, None, True),
        ("2026-03-31", None, True),  # joined on the last day
        ("2026-04-01", None, False),  # joined after
        ("2025-06-01", "2026-01-01", True),  # left on the first day
        ("2025-06-01", "2025-12-31", False),  # left before
    ],
)
def test_a_volunteer_on_a_roster_at_some_time_in_the_period_served(
    joined: str | None, left: str | None, counted: bool
) -> None:
    membership = place(joined, left)
    assert (membership.person_uuid in serving([membership], Q1)) is counted


def test_a_core_member_is_not_a_volunteer() -> None:
    assert serving([place(None, None, role="core-member")], Q1) == set()
