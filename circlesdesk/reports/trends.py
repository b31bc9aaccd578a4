"""Month-by-month series for the report charts: attendance and concerns over a year.

The charts look at the twelve calendar months that end with the report period's last month, so a
quarter is seen against the year before it. Attendance and concerns use the same definitions as
the quarterly return (``quarterly.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict

from circlesdesk.domain.enums import PersonRole
from circlesdesk.reports import quarterly
from circlesdesk.reports.tables import Period
from circlesdesk.vault.vault import Vault

MONTHS = 12


@dataclasses.dataclass(frozen=True)
class Trends:
    """The series, one value per month (``months`` are ``YYYY-MM``)."""

    months: tuple[str, ...]
    volunteer_rate: tuple[float | None, ...]  # percent attended, None without meetings
    core_member_rate: tuple[float | None, ...]
    concerns: dict[int, tuple[int, ...]]  # level → count per month


def window(period: Period) -> Period:
    """The twelve months ending with the period's last month."""
    end = period.end
    last_day = (dt.date(end.year + end.month // 12, end.month % 12 + 1, 1)) - dt.timedelta(days=1)
    first_month = end.month - (MONTHS - 1)
    year = end.year + (first_month - 1) // 12
    month = (first_month - 1) % 12 + 1
    return Period(dt.date(year, month, 1), last_day)


def _months(span: Period) -> list[str]:
    months, day = [], span.start
    while day <= span.end:
        months.append(day.strftime("%Y-%m"))
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months


def trends(vault: Vault, period: Period) -> Trends:
    """Attendance rates and concerns by level, month by month over the chart window."""
    span = window(period)
    holdings = quarterly.load(vault, span)
    months = _months(span)
    month_of = {m.uuid: m.held_on[:7] for m in holdings.meetings}
    roles = quarterly.person_roles(holdings)
    tally: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0, 0])
    for row in holdings.attendance:
        core = roles.get(row.person_uuid) == PersonRole.CORE_MEMBER.value
        counts = tally[(month_of[row.meeting_uuid], core)]
        counts[0] += row.status in quarterly.ATTENDED
        counts[1] += 1

    def rate(month: str, core: bool) -> float | None:
        attended, recorded = tally.get((month, core), (0, 0))
        return quarterly.percent(attended, recorded)

    raised = Counter((c.raised_at[:7], c.level) for c in holdings.concerns)
    return Trends(
        months=tuple(months),
        volunteer_rate=tuple(rate(m, False) for m in months),
        core_member_rate=tuple(rate(m, True) for m in months),
        concerns={
            level: tuple(raised.get((m, level), 0) for m in months) for level in quarterly.LEVELS
        },
    )
