"""What the volunteer's home screen shows: a card per circle, and reminders."""

from __future__ import annotations

import dataclasses
import datetime as dt

from circlesdesk.domain.enums import MeetingPattern
from circlesdesk.domain.records import Circle
from circlesdesk.messages import Message
from circlesdesk.services import circles as circle_service
from circlesdesk.services import drafts
from circlesdesk.sync import exporter, trust
from circlesdesk.vault import overview
from circlesdesk.vault.vault import Vault

PATTERN_DAYS = {
    MeetingPattern.WEEKLY.value: 7,
    MeetingPattern.FORTNIGHTLY.value: 14,
    MeetingPattern.MONTHLY.value: 28,
}
MINUTES_DUE_HOURS = 48
REVIEW_INTERVAL_WEEKS = 12


@dataclasses.dataclass(frozen=True)
class CircleCard:
    """One circle as a card on the home screen."""

    circle: Circle
    core_member: str
    last_meeting: str | None
    next_meeting: str | None
    open_concerns: int


@dataclasses.dataclass(frozen=True)
class Reminder:
    """Something the volunteer should do soon, in one sentence."""

    kind: str  # "minutes" | "draft" | "review"
    circle_code: str | None
    text: Message
    draft_id: str | None = None


def _next_meeting(circle: Circle, last: str | None, today: dt.date) -> str | None:
    days = PATTERN_DAYS.get(circle.meeting_pattern)
    if days is None:
        return None
    if last is None:
        return circle.started_on
    due = dt.date.fromisoformat(last) + dt.timedelta(days=days)
    while due < today:
        due += dt.timedelta(days=days)
    return due.isoformat()


def circle_cards(vault: Vault, *, today: dt.date | None = None) -> list[CircleCard]:
    """A card for each circle this vault holds, by code.

    The dates, names and counts come from one grouped query each (nothing but the circles is
    decoded), so the cost barely grows with the years recorded.
    """
    today = today or dt.date.today()
    last_meetings = overview.latest_days(vault.conn, "meeting", "held_on")
    core_members = overview.core_member_names(vault.conn)
    open_concerns = overview.open_concern_counts(vault.conn)
    cards = []
    for circle in circle_service.list_circles(vault):
        last_date = last_meetings.get(circle.uuid)
        cards.append(
            CircleCard(
                circle=circle,
                core_member=core_members.get(circle.uuid, ""),
                last_meeting=last_date,
                next_meeting=_next_meeting(circle, last_date, today),
                open_concerns=open_concerns.get(circle.uuid, 0),
            )
        )
    return cards


def review_due(circle: Circle, last_review: str | None) -> str | None:
    """When this laptop's next review of a circle is due: the review date the office set, unless
    a review was made on or after it; else twelve weeks (quarterly) after the last review; None
    before any review when the office set no date."""
    following = (
        (dt.date.fromisoformat(last_review) + dt.timedelta(weeks=REVIEW_INTERVAL_WEEKS)).isoformat()
        if last_review
        else None
    )
    planned = circle.next_review_on
    if planned is not None and (last_review is None or last_review < planned):
        return planned
    return following


def reminders(
    vault: Vault, *, now: dt.datetime | None = None, cards: list[CircleCard] | None = None
) -> list[Reminder]:
    """Unfinished drafts, minutes due within 48 hours of an expected meeting, reviews due.

    ``cards`` are the :func:`circle_cards` of the same day if the caller has them already.
    """
    now = now or dt.datetime.now()
    today = now.date()
    result = [
        Reminder(
            kind="draft",
            circle_code=None,
            text=Message("home.unfinished_draft"),
            draft_id=draft.id,
        )
        for draft in drafts.open_drafts(vault, kind="meeting")
    ]
    last_reviews = overview.latest_days(vault.conn, "review", "review_on")
    for card in cards if cards is not None else circle_cards(vault, today=today):
        days = PATTERN_DAYS.get(card.circle.meeting_pattern)
        if days and card.last_meeting:
            expected = dt.date.fromisoformat(card.last_meeting) + dt.timedelta(days=days)
            hours_since = (now - dt.datetime.combine(expected, dt.time())).total_seconds() / 3600
            if 0 <= hours_since <= MINUTES_DUE_HOURS + 24:
                result.append(
                    Reminder(
                        kind="minutes",
                        circle_code=card.circle.code,
                        text=Message(
                            "home.minutes_due",
                            {"code": card.circle.code, "day": expected.isoformat()},
                        ),
                    )
                )
        due = review_due(card.circle, last_reviews.get(card.circle.uuid))
        if due is not None and due <= (today + dt.timedelta(days=7)).isoformat():
            result.append(
                Reminder(
                    kind="review",
                    circle_code=card.circle.code,
                    text=Message("home.review_due", {"code": card.circle.code, "day": due}),
                )
            )
    return result


def enrolled(vault: Vault) -> bool:
    """Whether an office has welcomed this laptop (until then nothing can reach one)."""
    return trust.office(vault) is not None


def unsynced_total(vault: Vault) -> int:
    """How many of this laptop's records no receipt from the office covers yet."""
    return sum(exporter.unsynced(vault).values())
