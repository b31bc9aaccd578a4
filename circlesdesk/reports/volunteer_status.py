"""The quarterly return's training and vetting tables: are the volunteers who served cleared?

The volunteers counted are those on a circle's roster at some time in the period (joined on or
before its last day and not left before its first). Their status is taken on the period's last
day: a check is current, expiring (within 30 days) or expired by the rule of domain/vetting.py,
using each volunteer's newest check of each kind; a volunteer with no check of a kind recorded is
counted as *not recorded*. Names never appear.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from circlesdesk.domain import vetting as vetting_rule
from circlesdesk.domain.enums import PersonRole, VettingCheck
from circlesdesk.domain.records import Membership, Training, Vetting
from circlesdesk.reports.tables import Cell, Column, Period, Table
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault


def serving(memberships: list[Membership], period: Period) -> set[str]:
    """The volunteers on a circle's roster at some time in the period."""
    start, end = period.start.isoformat(), period.end.isoformat()
    return {
        m.person_uuid
        for m in memberships
        if m.role == PersonRole.VOLUNTEER.value
        and (m.joined_on is None or m.joined_on <= end)
        and (m.left_on is None or m.left_on >= start)
    }


def _vetting_table(people: set[str], checks: list[Vetting], period: Period) -> Table:
    by_person: dict[str, list[Vetting]] = defaultdict(list)
    for check in checks:
        if check.person_uuid in people and check.issued_on <= period.end.isoformat():
            by_person[check.person_uuid].append(check)
    rows: list[tuple[Cell, ...]] = []
    for kind in VettingCheck:
        counts: Counter[str] = Counter()
        for person in people:
            newest = vetting_rule.newest(by_person.get(person, ())).get(kind.value)
            if newest is None:
                counts["not-recorded"] += 1
            else:
                counts[vetting_rule.status(newest.expires_on, period.end).value] += 1
        rows.append(
            (
                kind.value,
                len(people),
                counts["current"],
                counts["expiring"],
                counts["expired"],
                counts["not-recorded"],
            )
        )
    return Table(
        "vetting",
        "Vetting of the volunteers who served",
        (
            Column("check", "Check", "enhanced-dbs or prison-vetting."),
            Column("volunteers", "Volunteers", "Volunteers on a circle's roster in the period."),
            Column(
                "current", "Current", "Their newest check is valid beyond 30 days after the period."
            ),
            Column(
                "expiring", "Expiring", "It expires within 30 days after the period's last day."
            ),
            Column("expired", "Expired", "It expired on or before the period's last day."),
            Column("not_recorded", "Not recorded", "No check of this kind is recorded."),
        ),
        tuple(rows),
    )


def _training_table(people: set[str], courses: list[Training], period: Period) -> Table:
    start, end = period.start.isoformat(), period.end.isoformat()
    trained = {t.person_uuid for t in courses if t.person_uuid in people and t.completed_on <= end}
    in_period = [t for t in courses if start <= t.completed_on <= end]
    return Table(
        "training",
        "Training",
        (
            Column("volunteers", "Volunteers", "Volunteers on a circle's roster in the period."),
            Column("trained", "Trained", "Of those, with a course recorded by the period's end."),
            Column("not_trained", "Not trained", "Of those, with no course recorded."),
            Column("courses", "Courses", "Courses completed in the period, by any volunteer."),
            Column("volunteers_trained", "Volunteers trained", "Volunteers who completed them."),
        ),
        (
            (
                len(people),
                len(trained),
                len(people) - len(trained),
                len(in_period),
                len({t.person_uuid for t in in_period}),
            ),
        ),
    )


def tables(vault: Vault, period: Period) -> list[Table]:
    """The training and the vetting table for the period."""
    conn = vault.conn
    people = serving(store.find(conn, Membership), period)
    return [
        _training_table(people, store.find(conn, Training), period),
        _vetting_table(people, store.find(conn, Vetting), period),
    ]
