"""The anonymised research extract for independent evaluators (docs/research-extract.md).

No names and no free text: people, circles and meetings appear as pseudonymous ids, made with a
random key drawn for each extract and never stored, so ids are consistent within one extract but
cannot be linked to the vault or to another extract. Dates are coarsened to months (``YYYY-MM``).
Counts (the endings by reason) below a threshold (default :data:`SUPPRESS_BELOW`, 5) are written
as ``<5``, so a rare outcome cannot be traced back to one circle; a zero is shown as 0.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable

from circlesdesk.domain.enums import EndingReason, Role
from circlesdesk.domain.records import (
    Attendance,
    Circle,
    Concern,
    ConcernResponse,
    Ending,
    Meeting,
    Membership,
    Person,
    Review,
    ReviewTemplate,
    VolunteerHours,
)
from circlesdesk.reports.tables import Cell, Column, Table
from circlesdesk.vault import registry, store
from circlesdesk.vault.vault import Vault

Pseudonym = Callable[[str, str], str]
SUPPRESS_BELOW = 5  # counts from 1 to this less one are written as "<5"


def pseudonymiser(key: bytes | None = None) -> Pseudonym:
    """``(prefix, uuid) → prefix-<12 hex>``, keyed by a fresh random key unless one is given."""
    secret = key if key is not None else secrets.token_bytes(32)

    def pseudonym(prefix: str, uuid: str) -> str:
        return f"{prefix}-{hmac.new(secret, uuid.encode(), hashlib.sha256).hexdigest()[:12]}"

    return pseudonym


def month(iso: str | None) -> str | None:
    """A date or timestamp coarsened to its month."""
    return None if iso is None else iso[:7]


def _column(key: str, description: str) -> Column:
    return Column(key, key.replace("_", " ").capitalize(), description)


def suppressed(count: int, below: int) -> Cell:
    """A count as the extract writes it: ``<below`` when it is from 1 to ``below`` less one."""
    return f"<{below}" if 0 < count < below else count


def research_extract(
    vault: Vault, *, key: bytes | None = None, suppress_below: int = SUPPRESS_BELOW
) -> list[Table]:
    """Every table of the extract (counts from 1 to ``suppress_below`` less one suppressed)."""
    conn = vault.conn
    pid = pseudonymiser(key)
    circle_of_meeting: dict[str, str] = {}
    meetings = []
    for m in store.find(conn, Meeting, order_by=("held_on",)):
        circle_of_meeting[m.uuid] = m.circle_uuid
        meetings.append(
            (
                pid("M", m.uuid),
                pid("C", m.circle_uuid),
                month(m.held_on),
                m.status,
                len(m.life_areas),
                m.engagement,
            )
        )
    roles = {p.uuid: p.role for p in store.find(conn, Person)}
    for membership in store.find(conn, Membership):
        roles[membership.person_uuid] = membership.role
    tables = [
        Table(
            "circles",
            "Circles",
            (
                _column("circle_id", "Pseudonymous circle id."),
                _column("phase", "Phase as recorded now."),
                _column("meeting_pattern", "weekly, fortnightly, monthly or none."),
                _column("started_month", "Month the circle started (YYYY-MM), or empty."),
            ),
            tuple(
                (pid("C", c.uuid), c.phase, c.meeting_pattern, month(c.started_on))
                for c in store.find(conn, Circle)
            ),
        ),
        Table(
            "memberships",
            "Memberships",
            (
                _column("circle_id", "Pseudonymous circle id."),
                _column("person_id", "Pseudonymous person id."),
                _column("role", "volunteer, core-member or coordinator."),
                _column("joined_month", "Month the person joined (YYYY-MM), or empty."),
                _column("left_month", "Month the person left (YYYY-MM), or empty."),
            ),
            tuple(
                (
                    pid("C", m.circle_uuid),
                    pid("P", m.person_uuid),
                    m.role,
                    month(m.joined_on),
                    month(m.left_on),
                )
                for m in store.find(conn, Membership)
            ),
        ),
        Table(
            "meetings",
            "Meetings",
            (
                _column("meeting_id", "Pseudonymous meeting id."),
                _column("circle_id", "Pseudonymous circle id."),
                _column("month", "Month the meeting was held (YYYY-MM)."),
                _column("status", "final or draft."),
                _column("life_areas", "How many life areas were discussed."),
                _column("engagement", "The core member's engagement, 1–5, or empty."),
            ),
            tuple(meetings),
        ),
        Table(
            "attendance",
            "Attendance",
            (
                _column("meeting_id", "Pseudonymous meeting id."),
                _column("person_id", "Pseudonymous person id."),
                _column("role", "The person's role in the circle."),
                _column("status", "present, late, apologies or absent."),
            ),
            tuple(
                (
                    pid("M", a.meeting_uuid),
                    pid("P", a.person_uuid),
                    roles.get(a.person_uuid),
                    a.status,
                )
                for a in store.find(conn, Attendance)
            ),
        ),
        Table(
            "concerns",
            "Concerns",
            (
                _column("concern_id", "Pseudonymous concern id."),
                _column("circle_id", "Pseudonymous circle id."),
                _column("month", "Month it was raised (YYYY-MM)."),
                _column("level", "Urgency level, 0 (note) to 4 (emergency)."),
                _column("category", "The concern category's key."),
            ),
            tuple(
                (pid("K", c.uuid), pid("C", c.circle_uuid), month(c.raised_at), c.level, c.category)
                for c in store.find(conn, Concern, order_by=("raised_at",))
            ),
        ),
        Table(
            "responses",
            "Office responses to concerns",
            (
                _column("concern_id", "Pseudonymous concern id."),
                _column("month", "Month of the response (YYYY-MM)."),
                _column("action", "acknowledge, respond, escalate or close."),
            ),
            tuple(
                (pid("K", r.concern_uuid), month(r.responded_at), r.action)
                for r in store.find(conn, ConcernResponse, order_by=("responded_at",))
            ),
        ),
        Table(
            "hours",
            "Volunteer hours",
            (
                _column("person_id", "Pseudonymous person id."),
                _column("circle_id", "Pseudonymous circle id, or empty."),
                _column("month", "Month the hours were worked (YYYY-MM)."),
                _column("minutes", "Minutes worked."),
            ),
            tuple(
                (
                    pid("P", h.person_uuid),
                    pid("C", h.circle_uuid) if h.circle_uuid else None,
                    month(h.worked_on),
                    h.minutes,
                )
                for h in store.find(conn, VolunteerHours, order_by=("worked_on",))
            ),
        ),
        _reviews(vault, pid),
        _endings(store.find(conn, Ending), suppress_below),
    ]
    return tables


def _endings(endings: list[Ending], below: int) -> Table:
    """How many circles ended for each reason (every reason, in a fixed order), suppressed."""
    counts = {reason.value: 0 for reason in EndingReason}
    for ending in endings:
        counts[ending.reason] = counts.get(ending.reason, 0) + 1
    return Table(
        "endings",
        "Circles ended, by reason",
        (
            _column(
                "reason",
                "completed, withdrew, recall, arrest, reconviction, moved, died or other.",
            ),
            _column("circles", f"How many circles ended so; 1 to {below - 1} written as <{below}."),
        ),
        tuple((reason, suppressed(count, below)) for reason, count in counts.items()),
    )


def _raters(vault: Vault, pid: Pseudonym) -> dict[str, str]:
    """Device id → the rater's id in the extract: the volunteer's person id, or ``coordinator``
    for the office's own reviews (a device not linked to a person gets a device id)."""
    raters = {vault.info.device_id: "coordinator"}
    for peer in registry.peers(vault.conn):
        if peer.role == Role.OFFICE.value:
            raters[peer.device_id] = "coordinator"
        elif peer.person_uuid is not None:
            raters[peer.device_id] = pid("P", peer.person_uuid)
    return raters


def _reviews(vault: Vault, pid: Pseudonym) -> Table:
    """One row per review item score, with the rater and the template version it was scored
    with (scores compare only within one version)."""
    reviews = store.find(vault.conn, Review, order_by=("review_on",))
    protective = {t.template_id: set(t.protective) for t in store.find(vault.conn, ReviewTemplate)}
    raters = _raters(vault, pid)
    rows: list[tuple[Cell, ...]] = [
        (
            pid("R", r.uuid),
            pid("C", r.circle_uuid),
            raters.get(r.origin) or pid("D", r.origin),
            month(r.review_on),
            r.template_id,
            ReviewTemplate.parse_id(r.template_id)[1],
            item,
            "yes" if item in protective.get(r.template_id, ()) else "no",
            score,
        )
        for r in reviews
        for item, score in sorted(r.scores.items())
    ]
    return Table(
        "review_scores",
        "Review scores",
        (
            _column("review_id", "Pseudonymous review id."),
            _column("circle_id", "Pseudonymous circle id."),
            _column(
                "rater_id",
                "Who rated: the volunteer's pseudonymous person id, or coordinator.",
            ),
            _column("month", "Month of the review (YYYY-MM)."),
            _column("template_id", "The review template's id, version included."),
            _column("template_version", "The template's version number; compare within one."),
            _column("item", "The review item's key."),
            _column("protective", "yes for a protective factor (higher is better), else no."),
            _column("score", "Its score, 0 to 6: for a risk item 6 is a serious concern."),
        ),
        tuple(rows),
    )
