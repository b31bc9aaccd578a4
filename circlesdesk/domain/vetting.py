"""Whether a volunteer's vetting (enhanced DBS, prison vetting) is current: the one rule.

A check is *expired* from its expiry date on, *expiring* when it expires within
:data:`EXPIRING_DAYS` days, and *current* otherwise. A volunteer whose newest check of a kind has
expired cannot be assigned to a circle (services/volunteer_records.py applies this to every entry
point); the office's Home lists expired and expiring checks; the quarterly return counts them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Final

from circlesdesk.domain.records import Vetting

EXPIRING_DAYS: Final = 30


class VettingStatus(enum.StrEnum):
    """Where a check stands on a given day."""

    CURRENT = "current"
    EXPIRING = "expiring"
    EXPIRED = "expired"


def status(expires_on: str, today: dt.date) -> VettingStatus:
    """The status on ``today`` of a check that expires on ``expires_on`` (ISO date)."""
    expiry = dt.date.fromisoformat(expires_on)
    if expiry <= today:
        return VettingStatus.EXPIRED
    if expiry <= today + dt.timedelta(days=EXPIRING_DAYS):
        return VettingStatus.EXPIRING
    return VettingStatus.CURRENT


def newest(checks: Iterable[Vetting]) -> dict[str, Vetting]:
    """Each kind of check's newest record (the latest expiry; a renewal replaces the old one)."""
    result: dict[str, Vetting] = {}
    for check in checks:
        held = result.get(check.check_type)
        if held is None or (check.expires_on, check.issued_on) > (held.expires_on, held.issued_on):
            result[check.check_type] = check
    return result
