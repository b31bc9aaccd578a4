"""The office's early-warning view of dynamic-risk reviews: raters, spread, trend and flags.

Each volunteer rates a circle's core member on their own laptop; the coordinator rates at the
office. A *rater* is the person behind the device a review was made on (the office's own reviews
are the coordinator's). Reviews of one circle made in the same calendar quarter with the same
template version form one *round*; a rater's latest review in the quarter counts.

For each round and item: the *mean* of the raters' scores and the *spread* (highest minus lowest).
The *trend* is each round's total of the risk items' means (lower is better), within a template
version only. Two kinds of flag, each a sentence, never a verdict:

* an item that has not fallen over the last three rounds of a version (each round's mean at
  least the one before) and stands at :data:`WORRY_FROM` or more — a low, steady score is no
  warning; for a protective factor, one that has not risen and stands at WORRY_FROM or less;
* two raters who differ by :data:`DISAGREE_POINTS` points or more on an item in the latest round.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable

from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import Circle, Person, Review
from circlesdesk.services import review_templates
from circlesdesk.services.meetings import office_config
from circlesdesk.services.review_templates import TemplateVersion
from circlesdesk.vault import registry, store
from circlesdesk.vault.vault import Vault

DISAGREE_POINTS = 3
STUCK_ROUNDS = 3
WORRY_FROM = 3  # the middle of the 0–6 scale
COORDINATOR = "Coordinator"


@dataclasses.dataclass(frozen=True)
class Rating:
    """One rater's review in a round."""

    rater: str  # the volunteer's name, or COORDINATOR for the office's own reviews
    review: Review


@dataclasses.dataclass(frozen=True)
class Round:
    """The reviews of one circle in one quarter, with one template version."""

    quarter: str  # "2026 Q3"
    template: TemplateVersion
    ratings: tuple[Rating, ...]

    def scores(self, key: str) -> list[tuple[str, int]]:
        """(rater, score) for an item, by rater."""
        return sorted(
            (r.rater, r.review.scores[key]) for r in self.ratings if key in r.review.scores
        )

    def mean(self, key: str) -> float | None:
        """The raters' mean score for an item, to one decimal (None when nobody scored it)."""
        values = [score for _rater, score in self.scores(key)]
        return round(sum(values) / len(values), 1) if values else None

    def spread(self, key: str) -> int | None:
        """Highest minus lowest score for an item (0 with one rater, None with none)."""
        values = [score for _rater, score in self.scores(key)]
        return max(values) - min(values) if values else None

    def risk_total(self) -> float:
        """The sum of the risk items' means: this round's point on the trend."""
        means = (self.mean(key) for key in self.template.risk_items())
        return round(sum(m for m in means if m is not None), 1)


@dataclasses.dataclass(frozen=True)
class Flag:
    """Something the coordinator may want to look at, with what the sentence needs."""

    kind: str  # "not-falling" | "not-rising" | "disagree"
    number: int  # the item's number in the template, from 1
    label: str
    raters: tuple[str, ...] = ()  # the two raters who differ ("disagree")
    points: int = 0  # how far apart they are ("disagree")

    def sentence(self) -> str:
        """The flag in plain English (the ui words it through tr())."""
        item = f"Item {self.number} ({self.label})"
        if self.kind == "not-falling":
            return f"{item} has not fallen in {STUCK_ROUNDS} reviews."
        if self.kind == "not-rising":
            return f"{item}, a protective factor, has not risen in {STUCK_ROUNDS} reviews."
        first, second = self.raters
        return (
            f"{first} and {second} differ by {self.points} points on item {self.number} "
            f"({self.label})."
        )


@dataclasses.dataclass(frozen=True)
class CircleReviews:
    """One circle's review rounds (oldest first) and the flags on its latest version."""

    circle: Circle
    rounds: tuple[Round, ...]
    flags: tuple[Flag, ...]

    @property
    def latest(self) -> Round | None:
        return self.rounds[-1] if self.rounds else None

    def trend(self) -> list[tuple[str, float]]:
        """(quarter, risk total) of the latest version's rounds, oldest first."""
        latest = self.latest
        if latest is None:
            return []
        return [
            (r.quarter, r.risk_total())
            for r in self.rounds
            if r.template.template_id == latest.template.template_id
        ]

    def raters(self) -> list[str]:
        """Everyone who rated in the latest round."""
        latest = self.latest
        return [] if latest is None else sorted({r.rater for r in latest.ratings})


def quarter(day: str) -> str:
    """``2026-08-14`` → ``2026 Q3``."""
    date = dt.date.fromisoformat(day)
    return f"{date.year} Q{(date.month - 1) // 3 + 1}"


def rater_names(vault: Vault) -> dict[str, str]:
    """Device id → the rater's name: enrolled volunteers' devices, and the office itself."""
    people = {p.uuid: p.name for p in store.find(vault.conn, Person)}
    names = {vault.info.device_id: COORDINATOR}
    for peer in registry.peers(vault.conn):
        if peer.role == Role.OFFICE.value:
            names[peer.device_id] = COORDINATOR
        elif peer.person_uuid is not None and peer.person_uuid in people:
            names[peer.device_id] = people[peer.person_uuid]
        else:
            names[peer.device_id] = peer.name
    return names


def rounds_of(
    reviews: Iterable[Review], templates: dict[str, TemplateVersion], names: dict[str, str]
) -> list[Round]:
    """The reviews of one circle as rounds, oldest first."""
    grouped: dict[tuple[str, str], dict[str, Review]] = defaultdict(dict)
    for review in sorted(reviews, key=lambda r: (r.review_on, r.updated_at)):
        rater = names.get(review.origin, review.origin[:8])
        grouped[(quarter(review.review_on), review.template_id)][rater] = review
    rounds = [
        Round(
            quarter=period,
            template=templates[template_id],
            ratings=tuple(Rating(rater, by_rater[rater]) for rater in sorted(by_rater)),
        )
        for (period, template_id), by_rater in grouped.items()
    ]
    rounds.sort(key=lambda r: (r.quarter, max(x.review.review_on for x in r.ratings)))
    return rounds


def flags_of(rounds: list[Round]) -> list[Flag]:
    """The flags on the latest template version's rounds (see the module's docstring)."""
    if not rounds:
        return []
    latest = rounds[-1]
    template = latest.template
    same = [r for r in rounds if r.template.template_id == template.template_id]
    found: list[Flag] = []
    recent = same[-STUCK_ROUNDS:]
    if len(recent) == STUCK_ROUNDS:
        for key in template.items:
            means = [r.mean(key) for r in recent]
            if any(m is None for m in means):
                continue
            values = [m for m in means if m is not None]
            steps = list(itertools.pairwise(values))
            if key in template.protective:
                if all(b <= a for a, b in steps) and values[-1] <= WORRY_FROM:
                    found.append(Flag("not-rising", template.number(key), template.label(key)))
            elif all(b >= a for a, b in steps) and values[-1] >= WORRY_FROM:
                found.append(Flag("not-falling", template.number(key), template.label(key)))
    for key in template.items:
        scores = latest.scores(key)
        if len(scores) < 2:
            continue
        low = min(scores, key=lambda pair: (pair[1], pair[0]))
        high = max(scores, key=lambda pair: (pair[1], pair[0]))
        if high[1] - low[1] >= DISAGREE_POINTS:
            found.append(
                Flag(
                    "disagree",
                    template.number(key),
                    template.label(key),
                    raters=tuple(sorted((low[0], high[0]))),
                    points=high[1] - low[1],
                )
            )
    return found


def circle_reviews(vault: Vault) -> list[CircleReviews]:
    """Every circle with at least one review, by code: rounds, trend and flags."""
    conn = vault.conn
    reviews = store.find(conn, Review, order_by=("review_on",))
    templates = review_templates.known_versions(vault, config=office_config(vault), reviews=reviews)
    names = rater_names(vault)
    by_circle: dict[str, list[Review]] = defaultdict(list)
    for review in reviews:
        by_circle[review.circle_uuid].append(review)
    result = []
    for circle in store.find(conn, Circle, order_by=("code",)):
        own = by_circle.get(circle.uuid)
        if own:
            rounds = rounds_of(own, templates, names)
            result.append(CircleReviews(circle, tuple(rounds), tuple(flags_of(rounds))))
    return result
