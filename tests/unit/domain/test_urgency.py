"""Tests for circlesdesk.domain.urgency: the phone-first rule and the due time of each level."""

from __future__ import annotations

import datetime as dt

import pytest

from circlesdesk.domain import urgency
from circlesdesk.errors import ValidationError

NOW = dt.datetime(2026, 7, 6, 20, 0, tzinfo=dt.UTC)


def test_levels_3_and_4_need_a_phone_call_first_and_the_others_do_not() -> None:
    assert [level for level in range(5) if urgency.needs_phone_call(level)] == [3, 4]


@pytest.mark.parametrize("level", [0, 1, 2])
def test_a_lower_level_needs_no_call_time(level: int) -> None:
    urgency.check_phone_call(level=level, phoned_at=None, now=NOW)


@pytest.mark.parametrize("level", [3, 4])
def test_an_urgent_level_without_a_call_time_is_refused_with_its_own_exit_code(
    level: int,
) -> None:
    with pytest.raises(urgency.PhoneCallMissing) as info:
        urgency.check_phone_call(level=level, phoned_at=None, now=NOW)
    assert info.value.exit_code == 3
    assert "Nothing was saved." in str(info.value)


def test_a_call_time_is_accepted_up_to_an_hour_ahead_of_the_clock_and_not_beyond() -> None:
    before, just_ahead = NOW - dt.timedelta(minutes=5), NOW + dt.timedelta(minutes=59)
    urgency.check_phone_call(level=3, phoned_at=before.isoformat(), now=NOW)
    urgency.check_phone_call(level=4, phoned_at=just_ahead.isoformat(), now=NOW)
    with pytest.raises(ValidationError, match="in the future"):
        urgency.check_phone_call(
            level=3, phoned_at=(NOW + dt.timedelta(hours=2)).isoformat(), now=NOW
        )
    with pytest.raises(ValidationError, match="not a valid time"):
        urgency.check_phone_call(level=3, phoned_at="after tea", now=NOW)


def test_a_level_outside_0_to_4_is_refused_before_anything_else() -> None:
    with pytest.raises(ValidationError, match="between 0 and 4"):
        urgency.check_phone_call(level=7, phoned_at=None, now=NOW)


def test_each_level_is_due_within_its_time() -> None:
    raised = "2026-07-06T09:00:00+00:00"
    start = dt.datetime(2026, 7, 6, 9, tzinfo=dt.UTC)
    assert {level: urgency.due_at(raised_at=raised, level=level) - start for level in range(5)} == {
        0: dt.timedelta(hours=48),
        1: dt.timedelta(days=7),
        2: dt.timedelta(hours=24),
        3: dt.timedelta(0),
        4: dt.timedelta(0),
    }


def test_only_a_note_is_never_shown_as_overdue() -> None:
    assert [level for level in range(5) if not urgency.may_be_overdue(level)] == [0]
