"""The office's retention policy: how long each record type is kept after a circle closed, which
closed circles are due for deletion, and their secure, audited deletion.

Rules. Each record type has a number of years it is kept *after the circle closed*. A circle is
deleted whole, never in part, so the vault never holds half a circle: it is due once every record
type it holds has passed its period, i.e. it is kept until its closing day plus the longest period
among the types it holds. The defaults are 6 years for every type (the usual limitation period
for claims in England and Wales, so the records are there if a complaint or claim is made); the
office sets its own policy with its data protection officer.

Closing day. The day the coordinator set the phase to closed: the update time of the first
revision of the circle's current closed run (a circle reopened and closed again counts from the
last closing). A circle recorded as closed from its first revision (entered after the fact) has
no such revision: its last meeting's day counts, else the day it was first recorded.

Deletion takes the circle, its roster, meetings and their attendance, concerns and the office's
responses, contacts, reviews, hours given to it, every earlier revision of those, review pins,
conflicts and drafts about them, and the people who belonged only to it (its core member; a
volunteer who is in another circle, is linked to a device, or gave hours elsewhere stays). One
transaction per circle, each with one audit row of counts and ids only. Afterwards the full-text
indexes are merged (so deleted words leave their pages) and the write-ahead log is folded in and
truncated, so no old page survives in it. The disclosure log is kept (see docs/office.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Iterable
from typing import Final

from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import Circle
from circlesdesk.errors import ValidationError
from circlesdesk.services import access, approvals
from circlesdesk.vault import audit, database, store
from circlesdesk.vault import retention as sql
from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)

# The record types the office sets a period for, and their defaults (years after closing).
DEFAULT_RULES: Final[dict[str, int]] = {
    "circle": 6,  # the circle itself, its roster, its people, referral, ending and covenant
    "meeting": 6,  # minutes and attendance
    "concern": 6,  # concerns and the office's responses
    "contact": 6,  # contacts between meetings
    "review": 6,  # dynamic-risk reviews
    "hours": 6,  # volunteer hours given to the circle
}
MIN_YEARS, MAX_YEARS = 1, 100
# Which rule governs each kind of record deleted with a circle.
_RULE_OF: Final[dict[str, str]] = {
    "circle": "circle",
    "membership": "circle",
    "person": "circle",
    "meeting": "meeting",
    "attendance": "meeting",
    "concern": "concern",
    "concern_response": "concern",
    "contact": "contact",
    "review": "review",
    "hours": "hours",
    # How the circle began and ended goes with the circle itself.
    "referral": "circle",
    "ending": "circle",
    "follow_up": "circle",
    "covenant": "circle",
    "questionnaire_answer": "circle",
}


def rules(vault: Vault) -> dict[str, int]:
    """Years kept after closing, by record type: the stored rules over the defaults."""
    access.require(vault, Permission.RETENTION)
    stored = sql.rules(vault.conn)
    return {kind: stored.get(kind, years) for kind, years in DEFAULT_RULES.items()}


def set_rule(vault: Vault, kind: str, years: int) -> None:
    """Change how many years one record type is kept after its circle closed (audited)."""
    access.require(vault, Permission.RETENTION)
    if kind not in DEFAULT_RULES:
        raise ValidationError("retention.unknown_kind")
    if isinstance(years, bool) or not isinstance(years, int) or not MIN_YEARS <= years <= MAX_YEARS:
        raise ValidationError("retention.years_range", low=MIN_YEARS, high=MAX_YEARS)
    with database.transaction(vault.conn):
        sql.set_rule(vault.conn, kind, years)
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="retention.rule-set",
            kind=kind,
            detail=f"years={years}",
        )


@dataclasses.dataclass(frozen=True)
class ScheduledCircle:
    """A closed circle on the retention schedule."""

    uuid: str
    code: str
    closed_on: dt.date
    keep_until: dt.date  # the last day it is kept
    counts: dict[str, int]  # records that go with it, by kind (``person`` included when due)

    def due(self, today: dt.date) -> bool:
        """Whether its period is over (it may be deleted from the day after ``keep_until``)."""
        return today > self.keep_until

    @property
    def total(self) -> int:
        """How many records go with it."""
        return sum(self.counts.values())


def _plus_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def _scheduled(circle: sql.ClosedCircle, policy: dict[str, int]) -> ScheduledCircle:
    closed = circle.closed_at or circle.last_met or circle.first_recorded
    closed_on = dt.date.fromisoformat(closed[:10])
    years = max(policy[_RULE_OF[kind]] for kind, number in circle.counts.items() if number)
    return ScheduledCircle(
        uuid=circle.uuid,
        code=circle.code,
        closed_on=closed_on,
        keep_until=_plus_years(closed_on, years),
        counts=dict(circle.counts),
    )


def schedule(vault: Vault) -> list[ScheduledCircle]:
    """Every closed circle with its closing day and the last day it is kept, by code."""
    access.require(vault, Permission.RETENTION)
    policy = rules(vault)
    return [_scheduled(circle, policy) for circle in sql.closed_circles(vault.conn)]


def due_for_deletion(vault: Vault, today: dt.date | None = None) -> list[ScheduledCircle]:
    """The closed circles whose retention period is over, by code, with what goes with them
    (counted in SQL; nothing is decoded)."""
    day = today or dt.date.today()
    due = [circle for circle in schedule(vault) if circle.due(day)]
    result = []
    for circle in due:
        people = sql.people_count(vault.conn, circle.uuid)
        counts = {**circle.counts, "person": people} if people else circle.counts
        result.append(dataclasses.replace(circle, counts=counts))
    return result


@dataclasses.dataclass(frozen=True)
class DeletionResult:
    """What a deletion did: the circles deleted (codes) and the rows deleted by kind."""

    codes: list[str]
    counts: dict[str, int]
    cancelled: bool = False

    @property
    def records(self) -> int:
        """How many records were deleted (earlier revisions and bookkeeping rows not counted)."""
        return sum(n for kind, n in self.counts.items() if kind in _RULE_OF)


def _check_due(vault: Vault, circle_uuids: list[str], today: dt.date) -> list[ScheduledCircle]:
    """The chosen circles, all due; else a plain sentence about the first that is not."""
    if not circle_uuids:
        raise ValidationError("retention.choose_circle")
    closed = {circle.uuid: circle for circle in schedule(vault)}
    chosen = []
    for uuid in dict.fromkeys(circle_uuids):
        circle = closed.get(uuid)
        if circle is None:
            if store.ids(vault.conn, Circle, uuid=uuid):
                raise ValidationError("retention.not_closed")
            raise ValidationError("retention.no_such_circle")
        if not circle.due(today):
            raise ValidationError(
                "retention.not_due", code=circle.code, day=circle.keep_until.isoformat()
            )
        chosen.append(circle)
    return chosen


def deletion_request(circle_uuids: Iterable[str]) -> str:
    """What a manager approves for a whole-circle deletion: exactly these circles."""
    return approvals.request_text(sorted(set(circle_uuids)))


def ask_approval(vault: Vault, circle_uuids: Iterable[str]) -> approvals.Approval:
    """Ask a manager to approve deleting these circles (the four-eyes rule)."""
    uuids = sorted(set(circle_uuids))
    return approvals.request(
        vault,
        approvals.Kind.CIRCLE_DELETION,
        deletion_request(uuids),
        summary=f"circles={len(uuids)}",
    )


def delete_due(
    vault: Vault,
    circle_uuids: Iterable[str],
    *,
    today: dt.date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DeletionResult:
    """Delete closed circles whose retention period is over, one transaction per circle.

    Every chosen circle is checked first: if any is not due, nothing is deleted. Stopping
    (``cancelled()`` true) happens between circles; those deleted stay deleted.
    """
    access.require(vault, Permission.RETENTION)
    uuids = list(circle_uuids)
    chosen = _check_due(vault, uuids, today or dt.date.today())
    with database.transaction(vault.conn):
        approvals.consume(vault, approvals.Kind.CIRCLE_DELETION, deletion_request(uuids))
    conn, me = vault.conn, vault.info.device_id
    totals: dict[str, int] = {}
    codes: list[str] = []
    stopped = False
    for index, circle in enumerate(chosen):
        if cancelled is not None and cancelled():
            stopped = True
            break
        if progress is not None:
            progress(index, len(chosen), circle.code)
        with database.transaction(conn):
            deleted = sql.delete_circle(conn, circle.uuid)
            detail = " ".join(f"{kind}={n}" for kind, n in sorted(deleted.items()))
            audit.append(
                conn,
                actor=me,
                staff_id=vault.staff_id,
                action="retention.deleted",
                kind="circle",
                record_uuid=circle.uuid,
                detail=f"{detail} closed={circle.closed_on.isoformat()}",
            )
        for kind, number in deleted.items():
            totals[kind] = totals.get(kind, 0) + number
        codes.append(circle.code)
    if codes:
        with database.transaction(conn):
            sql.compact_search_index(conn)
        database.checkpoint(conn)
        log.info("retention: %d circle(s) deleted", len(codes))
    if progress is not None and not stopped:
        progress(len(chosen), len(chosen), "")
    return DeletionResult(codes=codes, counts=totals, cancelled=stopped)
