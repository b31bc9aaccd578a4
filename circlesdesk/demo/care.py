"""The demo office's care of its volunteers and its review practice, added to a generated office.

From its own generator (so nothing else in the demo moves): each volunteer's core training and
enhanced DBS check (one expired, one expiring within 30 days, prison vetting for the first
circle's volunteers), a supervision record for each supervision session the volunteer logged
hours for, and a debrief after each urgent concern; the review template's two versions (the
national 17 items, then the same with a protective factor added ten weeks before the demo's
"today"); and review rounds rated by every volunteer on the roster and by the coordinator.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Mapping, Sequence
from typing import Final

from circlesdesk.demo.meetings import record_uuid, stamp
from circlesdesk.domain import defaults
from circlesdesk.domain.enums import SupervisionKind, VettingCheck
from circlesdesk.domain.records import (
    Concern,
    Membership,
    Person,
    Record,
    Review,
    ReviewTemplate,
    Supervision,
    Training,
    Vetting,
    VolunteerHours,
)

PROTECTIVE_KEY: Final = "purposeful-activity"
PROTECTIVE_LABEL: Final = "Purposeful activity (work, volunteering, hobbies)"
SECOND_VERSION_WEEKS: Final = 10  # the second template version is adopted this long before today
_SUPERVISION_NOTES: Final = (
    "Talked through how the circle is going; feeling settled in the role.",
    "Finding the weekly meetings tiring alongside work; agreed to review in a month.",
    "Reflected on keeping boundaries when the core member asks for lifts.",
    "Positive session; interested in the safeguarding refresher course.",
)
_DEBRIEF_NOTES: Final = (
    "Debrief after the urgent concern: shaken but glad it was passed on quickly.",
    "Debrief after a hard meeting; talked about what to say if it happens again.",
)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Care:
    """What the office keeps about its volunteers and its review template, and the reviews."""

    office_records: tuple[Record, ...]  # templates, training, vetting, supervision, own ratings
    template_id: str  # the template in use at the end
    template_items: dict[str, str]
    reviews: dict[str, list[Review]]  # volunteer person uuid → the reviews they rated


def second_template_items() -> dict[str, str]:
    """The demo's second template version: the national items and one protective factor."""
    return {**defaults.REVIEW_ITEMS, PROTECTIVE_KEY: PROTECTIVE_LABEL}


def _templates(
    rng: random.Random, office: str, earliest: dt.date, adopted: dt.date
) -> list[ReviewTemplate]:
    first_id = defaults.REVIEW_TEMPLATE_ID
    family, version = ReviewTemplate.parse_id(first_id)
    return [
        ReviewTemplate(
            uuid=record_uuid(rng),
            origin=office,
            updated_at=stamp(earliest, 9 * 60),
            template_id=first_id,
            items=dict(defaults.REVIEW_ITEMS),
            adopted_on=earliest.isoformat(),
        ),
        ReviewTemplate(
            uuid=record_uuid(rng),
            origin=office,
            updated_at=stamp(adopted, 9 * 60),
            template_id=f"{family}-v{version + 1}",
            items=second_template_items(),
            protective=(PROTECTIVE_KEY,),
            adopted_on=adopted.isoformat(),
        ),
    ]


def _vetting(
    rng: random.Random,
    office: str,
    volunteers: Sequence[Person],
    joined: Mapping[str, dt.date],
    prison: set[str],
    until: dt.date,
) -> list[Record]:
    """Core training and an enhanced DBS check each; the second volunteer's DBS has expired and
    the third's expires within 30 days; prison vetting for ``prison``."""
    found: list[Record] = []
    for index, person in enumerate(volunteers):
        start = joined[person.uuid]
        trained = start - dt.timedelta(weeks=rng.randint(3, 8))
        found.append(
            Training(
                uuid=record_uuid(rng),
                origin=office,
                updated_at=stamp(trained, 17 * 60),
                person_uuid=person.uuid,
                course="Core volunteer training (two days)",
                completed_on=trained.isoformat(),
                certificate=f"NOCN-{rng.randint(10000, 99999)}" if rng.random() < 0.5 else None,
            )
        )
        if index == 1:
            expires = until - dt.timedelta(days=rng.randint(5, 20))
        elif index == 2:
            expires = until + dt.timedelta(days=rng.randint(10, 25))
        else:
            expires = start + dt.timedelta(days=3 * 365 - rng.randint(0, 200))
        expires = max(expires, start + dt.timedelta(days=30))
        issued = expires - dt.timedelta(days=3 * 365)
        checks = [VettingCheck.ENHANCED_DBS]
        if person.uuid in prison:
            checks.append(VettingCheck.PRISON_VETTING)
        for check in checks:
            found.append(
                Vetting(
                    uuid=record_uuid(rng),
                    origin=office,
                    updated_at=stamp(min(issued, until - dt.timedelta(days=1)), 10 * 60),
                    person_uuid=person.uuid,
                    check_type=check.value,
                    reference=f"{rng.randint(10**11, 10**12 - 1)}",
                    issued_on=issued.isoformat(),
                    expires_on=expires.isoformat(),
                )
            )
    return found


def _sessions(
    rng: random.Random,
    office: str,
    hours: Mapping[str, Sequence[VolunteerHours]],
    concerns: Mapping[str, Sequence[Concern]],
) -> list[Record]:
    """A supervision record for each supervision session logged, a debrief after each urgent
    concern the volunteer raised."""
    found: list[Record] = []
    for person_uuid, logged in hours.items():
        for entry in logged:
            if entry.activity != "supervision":
                continue
            kind = SupervisionKind.ONE_TO_ONE if rng.random() < 0.3 else SupervisionKind.SUPERVISION
            day = dt.date.fromisoformat(entry.worked_on)
            found.append(
                Supervision(
                    uuid=record_uuid(rng),
                    origin=office,
                    updated_at=stamp(day, 20 * 60),
                    person_uuid=person_uuid,
                    held_on=entry.worked_on,
                    session=kind.value,
                    notes=rng.choice(_SUPERVISION_NOTES),
                    follow_up="Check in after the next review." if rng.random() < 0.3 else None,
                )
            )
        for concern in concerns.get(person_uuid, ()):
            if concern.level < 3:
                continue
            day = dt.date.fromisoformat(concern.raised_at[:10]) + dt.timedelta(days=1)
            found.append(
                Supervision(
                    uuid=record_uuid(rng),
                    origin=office,
                    updated_at=stamp(day, 18 * 60),
                    person_uuid=person_uuid,
                    held_on=day.isoformat(),
                    session=SupervisionKind.DEBRIEF.value,
                    notes=rng.choice(_DEBRIEF_NOTES),
                )
            )
    return found


def _rated(
    rng: random.Random, review: Review, origin: str, template_id: str, items: Sequence[str]
) -> Review:
    """Another rater's view of the same review: the author's scores give or take a point (now
    and then two), and the protective factor where the template has it."""
    scores = {}
    for item in items:
        base = review.scores.get(item, 3)
        shift = rng.choice((-1, 0, 0, 0, 1)) if rng.random() < 0.9 else rng.choice((-2, 2))
        scores[item] = max(0, min(6, base + shift))
    day = dt.date.fromisoformat(review.review_on)
    return Review(
        uuid=record_uuid(rng),
        origin=origin,
        updated_at=stamp(day, 18 * 60 + rng.randint(0, 120)),
        circle_uuid=review.circle_uuid,
        review_on=review.review_on,
        template_id=template_id,
        scores=scores,
    )


def add_care(
    *,
    seed: int,
    office: str,
    volunteers: Sequence[Person],
    memberships: Sequence[Membership],
    devices: Mapping[str, str],
    hours: Mapping[str, Sequence[VolunteerHours]],
    concerns: Mapping[str, Sequence[Concern]],
    reviews: Mapping[str, Sequence[Review]],
    earliest: dt.date,
    until: dt.date,
) -> Care:
    """The office's records about its volunteers and templates, and every volunteer's and the
    coordinator's ratings (the generated reviews rescored from the second version on)."""
    rng = random.Random(f"care:{seed}")
    adopted = until - dt.timedelta(weeks=SECOND_VERSION_WEEKS)
    templates = _templates(rng, office, earliest, adopted)
    first, second = templates
    joined: dict[str, dt.date] = {}
    places: dict[str, list[Membership]] = {}
    for m in memberships:
        if m.person_uuid in devices:
            day = dt.date.fromisoformat(m.joined_on) if m.joined_on else earliest
            joined[m.person_uuid] = min(joined.get(m.person_uuid, day), day)
            places.setdefault(m.circle_uuid, []).append(m)
    first_circle = min(places, key=lambda c: min(m.uuid for m in places[c])) if places else ""
    prison = {m.person_uuid for m in places.get(first_circle, ())}

    def on_roster(circle_uuid: str, day: str) -> set[str]:
        return {
            m.person_uuid
            for m in places.get(circle_uuid, ())
            if (m.joined_on is None or m.joined_on <= day)
            and (m.left_on is None or day <= m.left_on)
        }

    records: list[Record] = [*templates]
    records += _vetting(rng, office, volunteers, joined, prison, until)
    records += _sessions(rng, office, hours, concerns)
    rated: dict[str, list[Review]] = {person.uuid: [] for person in volunteers}
    by_circle_day: dict[tuple[str, str], set[str]] = {}
    for person_uuid, written in reviews.items():
        for review in written:
            by_circle_day.setdefault((review.circle_uuid, review.review_on), set()).add(person_uuid)
    for person_uuid, written in reviews.items():
        for review in written:
            template = second if review.review_on >= adopted.isoformat() else first
            items = list(template.items)
            own = review
            if template is second:
                own = dataclasses.replace(
                    review,
                    template_id=second.template_id,
                    scores={**review.scores, PROTECTIVE_KEY: rng.randint(1, 5)},
                )
            rated[person_uuid].append(own)
            others = (
                on_roster(review.circle_uuid, review.review_on)
                - by_circle_day[(review.circle_uuid, review.review_on)]
            )
            for other in sorted(others):
                rated[other].append(_rated(rng, own, devices[other], template.template_id, items))
            records.append(_rated(rng, own, office, template.template_id, items))
    return Care(
        office_records=tuple(records),
        template_id=second.template_id,
        template_items=dict(second.items),
        reviews=rated,
    )
