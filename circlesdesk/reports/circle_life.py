"""How circles start, meet and end: referrals by agency and outcome, meeting modes, endings by
reason, risk-review trends by ending, and the end-of-circle questionnaire's answers.

Each table reads what it needs on its own (referrals, endings and answers are few; meetings are
read as two columns), so the quarterly return's own reading can change without touching these.
Every column is described in ``docs/reports.md``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from statistics import fmean

from circlesdesk.domain.enums import EndingReason, MeetingMode, ReferralStage, Stakeholder
from circlesdesk.domain.records import (
    Ending,
    Meeting,
    Questionnaire,
    QuestionnaireAnswer,
    Referral,
    Review,
)
from circlesdesk.reports.tables import Cell, Column, Period, Table
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault

NOT_RECORDED = "not-recorded"
_ACCEPTED = frozenset({ReferralStage.ACCEPTED.value, ReferralStage.FORMED.value})
_PENDING = frozenset({ReferralStage.RECEIVED.value, ReferralStage.ASSESSED.value})


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100 * part / whole, 1)


def referrals_table(vault: Vault, period: Period) -> Table:
    """The referrals received in the period, by referring agency, with their outcome so far."""
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for referral in store.find(vault.conn, Referral):
        if not period.holds(referral.received_on):
            continue
        counts = tally[referral.agency]
        counts["received"] += 1
        counts["accepted"] += referral.stage in _ACCEPTED
        counts["declined"] += referral.stage == ReferralStage.DECLINED.value
        counts["pending"] += referral.stage in _PENDING
        counts["formed"] += referral.stage == ReferralStage.FORMED.value
    keys = ("received", "accepted", "declined", "pending", "formed")
    rows: list[tuple[Cell, ...]] = [
        (agency, *(tally[agency][key] for key in keys)) for agency in sorted(tally)
    ]
    rows.append(("Total", *(sum(c[key] for c in tally.values()) for key in keys)))
    return Table(
        "referrals",
        "Referrals by agency and outcome",
        (
            Column("agency", "Agency", "The referring agency, as entered on the referral."),
            Column("received", "Received", "Referrals received in the period."),
            Column(
                "accepted",
                "Accepted",
                "Of those, accepted (a circle formed from one counts here too).",
            ),
            Column("declined", "Declined", "Of those, declined."),
            Column("pending", "Pending", "Of those, not decided yet (received or assessed)."),
            Column("formed", "Circle formed", "Of those, a circle has been formed from."),
        ),
        tuple(rows),
    )


def meeting_modes_table(vault: Vault, period: Period) -> Table:
    """The meetings held in the period (final minutes), by how they were held."""
    rows_read = store.fields_between(
        vault.conn,
        Meeting,
        ("mode", "status"),
        field="held_on",
        start=period.start.isoformat(),
        end=period.end.isoformat(),
    )
    counts = Counter(mode or NOT_RECORDED for mode, status in rows_read if status == "final")
    total = sum(counts.values())
    modes = [m.value for m in MeetingMode] + [NOT_RECORDED]
    rows: list[tuple[Cell, ...]] = [
        (mode, counts.get(mode, 0), _share(counts.get(mode, 0), total)) for mode in modes
    ]
    rows.append(("Total", total, _share(total, total)))
    return Table(
        "meeting_modes",
        "Meetings by mode",
        (
            Column(
                "mode",
                "Mode",
                "in-person, video or phone; not-recorded for meetings saved without a mode.",
            ),
            Column("meetings", "Meetings", "Meetings held in the period (final minutes)."),
            Column("meetings_pct", "Share %", "As a percentage of the meetings held."),
        ),
        tuple(rows),
    )


def endings_table(vault: Vault, period: Period) -> Table:
    """The circles that ended in the period, by the reason they ended."""
    counts = Counter(e.reason for e in store.find(vault.conn, Ending) if period.holds(e.ended_on))
    rows: list[tuple[Cell, ...]] = [(r.value, counts.get(r.value, 0)) for r in EndingReason]
    rows.append(("Total", sum(counts.values())))
    return Table(
        "endings",
        "Circles ended by reason",
        (
            Column("reason", "Reason", "Why the circle ended (see docs/office.md, Endings)."),
            Column("circles", "Circles", "Circles that ended in the period for this reason."),
        ),
        tuple(rows),
    )


def _item_mean(review: Review) -> float:
    return fmean(review.scores.values()) if review.scores else 0.0


def review_change(reviews: list[Review]) -> float | None:
    """A circle's change in risk-review score: the mean item score of its last review minus its
    first, both under the template of its last review (scores are compared only within one
    template); None with fewer than two such reviews. Negative is better."""
    if not reviews:
        return None
    template = reviews[-1].template_id
    same = [r for r in reviews if r.template_id == template]
    if len(same) < 2:
        return None
    return round(_item_mean(same[-1]) - _item_mean(same[0]), 2)


def endings_outcomes_table(vault: Vault) -> Table:
    """Every circle that has ended, by reason: how many, and how their risk reviews moved."""
    reviews: dict[str, list[Review]] = defaultdict(list)
    for review in store.find(vault.conn, Review, order_by=("review_on",)):
        reviews[review.circle_uuid].append(review)
    ended: dict[str, list[Ending]] = defaultdict(list)
    for ending in store.find(vault.conn, Ending):
        ended[ending.reason].append(ending)
    rows: list[tuple[Cell, ...]] = []
    for reason in [r.value for r in EndingReason]:
        changes = [
            change
            for e in ended.get(reason, [])
            if (change := review_change(reviews.get(e.circle_uuid, []))) is not None
        ]
        rows.append(
            (
                reason,
                len(ended.get(reason, [])),
                len(changes),
                round(fmean(changes), 2) if changes else None,
                sum(1 for c in changes if c < 0),
            )
        )
    return Table(
        "endings_by_reason",
        "Endings by reason and risk-review trend",
        (
            Column("reason", "Reason", "Why the circle ended."),
            Column("circles", "Circles", "Circles that have ended for this reason, ever."),
            Column(
                "reviewed",
                "Reviewed",
                "Of those, circles with at least two risk reviews under one template.",
            ),
            Column(
                "mean_change",
                "Mean change",
                "The mean, over the reviewed circles, of the last review's mean item score minus "
                "the first's (0–6 scale; negative is better); empty without reviewed circles.",
            ),
            Column("improved", "Improved", "Reviewed circles whose score fell."),
        ),
        tuple(rows),
    )


def questionnaire_table(vault: Vault) -> Table:
    """The end-of-circle questionnaire's answers: per version, question and stakeholder, how
    many answered and the mean answer (1, not at all, to 5, very much)."""
    answers: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for answer in store.find(vault.conn, QuestionnaireAnswer):
        for key, score in answer.scores.items():
            answers[(answer.version, key, answer.stakeholder)].append(score)
    rows: list[tuple[Cell, ...]] = []
    for questionnaire in store.find(vault.conn, Questionnaire, order_by=("version",)):
        for key, question in questionnaire.questions.items():
            for stakeholder in [s.value for s in Stakeholder]:
                scores = answers.get((questionnaire.version, key, stakeholder), [])
                if scores:
                    rows.append(
                        (
                            questionnaire.version,
                            key,
                            question,
                            stakeholder,
                            len(scores),
                            round(fmean(scores), 2),
                        )
                    )
    return Table(
        "questionnaire",
        "End-of-circle questionnaire",
        (
            Column("version", "Version", "The version of the questions that was answered."),
            Column("question", "Question", "The question's key."),
            Column("text", "Text", "The question as asked."),
            Column("stakeholder", "Who answered", "volunteer, core-member or probation."),
            Column("answers", "Answers", "How many answered the question."),
            Column("mean", "Mean", "The mean answer, 1 (not at all) to 5 (very much)."),
        ),
        tuple(rows),
    )
