"""Outcome evidence: dynamic-risk review scores over time, per circle and across circles.

Each review scores every item of the office's template from 0 (no concern) to 6 (serious); a
review's *total* is the sum of its risk items (protective factors, where higher is better, are
left out). Only the reviews of the template version a circle was last reviewed with are compared;
each rater's review counts on its own (the Risk reviews page shows rounds and raters). A
circle's *change* is its latest total minus its first (negative is better). A circle is
*flagged* when its last two reviews are both high: at least half the most a review can score.
Reviews are read whole (they are few: one a quarter per rater and circle).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from circlesdesk.domain.records import Circle, Review, ReviewTemplate
from circlesdesk.reports.tables import Cell, Column, Table
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault

MAX_SCORE = 6
HIGH_SHARE = 0.5


@dataclasses.dataclass(frozen=True)
class CircleOutcome:
    """One circle's reviews in date order and what they show."""

    code: str
    phase: str
    reviews: tuple[Review, ...]
    protective: frozenset[str] = frozenset()  # items where higher is better: not in the totals

    @property
    def totals(self) -> list[int]:
        return [
            sum(score for item, score in r.scores.items() if item not in self.protective)
            for r in self.reviews
        ]

    @property
    def change(self) -> int | None:
        totals = self.totals
        return totals[-1] - totals[0] if len(totals) > 1 else None

    @property
    def flagged(self) -> bool:
        """Whether the last two reviews both score high."""
        recent = self.reviews[-2:]
        risk = [len(set(r.scores) - self.protective) for r in recent]
        return len(recent) == 2 and all(
            total >= HIGH_SHARE * MAX_SCORE * items
            for total, items in zip(self.totals[-2:], risk, strict=True)
        )


def circle_outcomes(vault: Vault) -> list[CircleOutcome]:
    """Every circle that has been reviewed, by code, with the reviews of the template version
    it was last reviewed with (scores compare only within one version)."""
    by_circle: dict[str, list[Review]] = defaultdict(list)
    for review in store.find(vault.conn, Review, order_by=("review_on",)):
        by_circle[review.circle_uuid].append(review)
    protective = {
        t.template_id: frozenset(t.protective) for t in store.find(vault.conn, ReviewTemplate)
    }
    result = []
    for c in store.find(vault.conn, Circle, order_by=("code",)):
        reviews = by_circle.get(c.uuid)
        if reviews:
            version = reviews[-1].template_id
            same = tuple(r for r in reviews if r.template_id == version)
            result.append(
                CircleOutcome(c.code, c.phase, same, protective.get(version, frozenset()))
            )
    return result


def scores_table(outcomes: list[CircleOutcome], items: dict[str, str]) -> Table:
    """Every review: its date, each item's score and the total."""
    rows: list[tuple[Cell, ...]] = [
        (o.code, r.review_on, *(r.scores.get(key) for key in items), sum(r.scores.values()))
        for o in outcomes
        for r in o.reviews
    ]
    return Table(
        "review_scores",
        "Review scores over time",
        (
            Column("circle", "Circle", "The circle's code."),
            Column("review_on", "Review date", "The day of the review."),
            *(
                Column(f"item_{key}", label, f"The score (0–6) for the item '{key}'.")
                for key, label in items.items()
            ),
            Column("total", "Total", "The sum of the item scores."),
        ),
        tuple(rows),
    )


def outcomes_table(outcomes: list[CircleOutcome]) -> Table:
    """Per circle: first, latest and end totals, the change, and the flag."""
    rows: list[tuple[Cell, ...]] = []
    for o in outcomes:
        first, latest = o.reviews[0], o.reviews[-1]
        totals = o.totals
        rows.append(
            (
                o.code,
                o.phase,
                len(o.reviews),
                first.review_on,
                totals[0],
                latest.review_on,
                totals[-1],
                totals[-1] if o.phase == "closed" else None,
                o.change,
                "stays high" if o.flagged else "",
            )
        )
    return Table(
        "outcomes",
        "Outcomes by circle",
        (
            Column("circle", "Circle", "The circle's code."),
            Column("phase", "Phase", "The circle's phase as recorded now."),
            Column("reviews", "Reviews", "How many reviews it has."),
            Column("first_on", "First review", "The day of its first review."),
            Column("first_total", "First total", "The first review's total."),
            Column("latest_on", "Latest review", "The day of its latest review."),
            Column("latest_total", "Latest total", "The latest review's total."),
            Column("end_total", "End total", "The last review's total once the circle closed."),
            Column("change", "Change", "Latest total minus first; negative is better."),
            Column(
                "flag",
                "Flag",
                "'stays high' when the last two reviews both reach half the most possible.",
            ),
        ),
        tuple(rows),
    )
