"""The urgency rules of a concern: which levels need a phone call first, and when each is due.

These rules live here once. The concern dialog, ``services.meetings.record_meeting`` and the
command line all ask this module, so no entry point can store a level-3 or level-4 concern
without the time the coordinator was phoned.

Due times (``DUE_WITHIN``): a concern's clock runs from the moment it was raised until the office
first answers it. Levels 3 and 4 are due at once (the volunteer phones, the office acts now),
level 2 within 24 hours, level 0 within 48 hours (it goes with the minutes) and level 1 within
7 days (the weekly review).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from circlesdesk.domain import validation
from circlesdesk.domain.enums import Urgency
from circlesdesk.errors import ValidationError

PHONE_FIRST: Final = Urgency.URGENT
"""The lowest level at which the volunteer phones (999 first at level 4) before recording."""

DUE_WITHIN: Final[dict[int, dt.timedelta]] = {
    Urgency.NOTE: dt.timedelta(hours=48),
    Urgency.WATCH: dt.timedelta(days=7),
    Urgency.CONCERN: dt.timedelta(hours=24),
    Urgency.URGENT: dt.timedelta(0),
    Urgency.EMERGENCY: dt.timedelta(0),
}

CALL_AHEAD_LIMIT: Final = dt.timedelta(hours=1)
"""How far past "now" a call time may be (a laptop clock a little behind a phone's)."""


class PhoneCallMissing(ValidationError):
    """A level-3 or level-4 concern given without the time the coordinator was phoned."""

    exit_code = 3
    code = "concern.phone_call_missing"


def needs_phone_call(level: int) -> bool:
    """Whether a concern of this level must be phoned through before it is recorded."""
    return level >= PHONE_FIRST


def may_be_overdue(level: int) -> bool:
    """Whether a concern of this level can be shown as overdue (red). A note (level 0) goes to
    the coordinator with the minutes: it is never an alarm, at most "due soon"."""
    return level > Urgency.NOTE


def due_within(level: int) -> dt.timedelta:
    """How long the office has to first answer a concern of this level."""
    return DUE_WITHIN[Urgency(level)]


def _moment(iso: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(iso)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def due_at(*, raised_at: str, level: int) -> dt.datetime:
    """When the office should first answer a concern raised at ``raised_at`` (ISO 8601)."""
    return _moment(raised_at) + due_within(level)


def check_phone_call(*, level: int, phoned_at: str | None, now: dt.datetime | None = None) -> None:
    """Refuse an urgent concern without a call time, or with a call time still to come."""
    validation.integer(level, field="urgency level", low=Urgency.NOTE, high=Urgency.EMERGENCY)
    if not needs_phone_call(level):
        return
    if not phoned_at:
        raise PhoneCallMissing()
    try:
        moment = _moment(phoned_at)
    except ValueError:
        raise ValidationError("concern.call_time_invalid") from None
    now = now or dt.datetime.now(dt.UTC)
    if moment > now + CALL_AHEAD_LIMIT:
        raise ValidationError("concern.call_time_future")
