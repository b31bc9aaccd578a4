"""How the demo office's circles began and ended: a referral for every circle (and a few that
never became one, at every stage), the ending of each closed circle with its reason, follow-ups,
covenant versions, the end-of-circle questionnaire with answers, and how meetings were held.

Drawn from a random generator of its own, so adding them changes none of the other demo records.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Sequence

from circlesdesk.demo.meetings import record_uuid, stamp, weighted
from circlesdesk.domain import defaults
from circlesdesk.domain.enums import ContactMode, EndingReason, MeetingMode, Phase, Stakeholder
from circlesdesk.domain.records import (
    Covenant,
    Ending,
    FollowUp,
    Meeting,
    Questionnaire,
    QuestionnaireAnswer,
    Record,
    Referral,
)

AGENCIES = ("Probation", "Probation", "Probation", "Police public protection unit", "HMP Leyhill")
OFFICERS = ("A. Patel", "R. Hughes", "S. Morgan", "K. Adeyemi", "L. Fraser")
ENDING_WEIGHTS = {
    EndingReason.COMPLETED.value: 60,
    EndingReason.WITHDREW.value: 10,
    EndingReason.RECALL.value: 14,
    EndingReason.ARREST.value: 4,
    EndingReason.RECONVICTION.value: 3,
    EndingReason.MOVED.value: 6,
    EndingReason.DIED.value: 1,
    EndingReason.OTHER.value: 2,
}
MODE_WEIGHTS = {
    MeetingMode.IN_PERSON.value: 82,
    MeetingMode.VIDEO.value: 12,
    MeetingMode.PHONE.value: 6,
}
COVENANT = (
    "{core} agrees to meet the circle every week and to be honest about his week.\n"
    "There are no secrets: what is said between meetings is brought to the circle.\n"
    "Concerns about risk are passed to the coordinator and, where needed, to probation.\n"
    "{core} keeps to his licence conditions and tells the circle of any change in them."
)
COVENANT_STEP_DOWN = "\nFrom step-down the circle meets every fortnight."
DECLINE_REASONS = (
    "Denies the offence and does not want to address it.",
    "Moving out of the area before release.",
)


@dataclasses.dataclass(frozen=True)
class CircleLife:
    """One circle as the referral and ending records need it."""

    uuid: str
    core_member: str
    referred: dt.date
    prepared: dt.date
    started: dt.date
    step_down: dt.date
    closed: dt.date
    phase: Phase


def _referral(
    rng: random.Random, office: str, *, core: str, received: dt.date, until: dt.date
) -> dict[str, object]:
    """A referral's fields as received, with its assessments."""
    del until
    return {
        "uuid": record_uuid(rng),
        "origin": office,
        "agency": rng.choice(AGENCIES),
        "officer": rng.choice(OFFICERS),
        "received_on": received.isoformat(),
        "core_member": core,
        "assessments": (
            {
                "kind": "rm2000",
                "level": rng.choice(("medium", "high", "very high")),
                "assessed_on": (received - dt.timedelta(days=rng.randint(20, 90))).isoformat(),
                "document": f"RM2000/{rng.randint(100, 999)}",
            },
            {
                "kind": "oasys",
                "level": rng.choice(("medium", "high")),
                "assessed_on": (received - dt.timedelta(days=rng.randint(10, 60))).isoformat(),
                "document": f"OASys {rng.randint(10, 99)}/{rng.randint(1, 12)}",
            },
        ),
        "mappa_category": 1,
        "mappa_level": rng.choice((1, 1, 2)),
        "licence_end_on": (received + dt.timedelta(weeks=rng.randint(80, 200))).isoformat(),
        "starts_in_prison": rng.random() < 0.2,
    }


def circle_life_records(
    *,
    seed: int,
    circles: Sequence[CircleLife],
    office_device: str,
    until: dt.date,
) -> tuple[Record, ...]:
    """The office's referrals, endings, follow-ups, covenants, questionnaire and answers."""
    rng = random.Random(seed * 7919 + 15)
    today = until - dt.timedelta(days=1)
    records: list[Record] = []
    for circle in circles:
        fields = _referral(
            rng, office_device, core=circle.core_member, received=circle.referred, until=until
        )
        if circle.referred + dt.timedelta(days=7) <= today:
            fields["assessed_on"] = _day(circle.referred, 7)
        if circle.phase == Phase.REFERRAL:
            if circle.referred + dt.timedelta(days=14) <= today:
                fields.update(stage="accepted", decided_on=_day(circle.referred, 14))
            else:
                fields.update(stage="assessed" if "assessed_on" in fields else "received")
        else:
            fields.update(
                stage="formed",
                decided_on=_day(circle.referred, 14),
                formed_on=circle.prepared.isoformat(),
                circle_uuid=circle.uuid,
            )
        records.append(Referral(updated_at=stamp(circle.referred, 9 * 60), **fields))  # type: ignore[arg-type]
    # Referrals that have not (yet) become circles: one of each stage before a circle forms.
    for core, weeks_ago, stage in (
        ("Plover", 1, "received"),
        ("Tern", 3, "assessed"),
        ("Dunlin", 9, "declined"),
        ("Merlin", 12, "declined"),
    ):
        received = today - dt.timedelta(weeks=weeks_ago)
        fields = _referral(rng, office_device, core=core, received=received, until=until)
        if stage != "received":
            fields["assessed_on"] = _day(received, 7)
        if stage == "declined":
            fields.update(decided_on=_day(received, 21), decline_reason=rng.choice(DECLINE_REASONS))
        records.append(
            Referral(updated_at=stamp(received, 9 * 60), stage=stage, **fields)  # type: ignore[arg-type]
        )
    questionnaire = Questionnaire(
        uuid=record_uuid(rng),
        origin=office_device,
        updated_at=stamp(min(c.referred for c in circles) if circles else today, 8 * 60),
        version=1,
        questions=dict(defaults.QUESTIONNAIRE_QUESTIONS),
        made_on=(min(c.referred for c in circles) if circles else today).isoformat(),
    )
    answered = False
    for circle in circles:
        if circle.phase in (Phase.REFERRAL,):
            continue
        agreed = circle.prepared + dt.timedelta(days=(circle.started - circle.prepared).days // 2)
        if agreed > today:
            continue  # still being drafted in preparation
        text = COVENANT.format(core=circle.core_member)
        records.append(_covenant(rng, office_device, circle, 1, agreed, text))
        if circle.step_down <= today:
            records.append(
                _covenant(
                    rng, office_device, circle, 2, circle.step_down, text + COVENANT_STEP_DOWN
                )
            )
        if circle.phase != Phase.CLOSED:
            continue
        reason = weighted(rng, ENDING_WEIGHTS)
        records.append(
            Ending(
                uuid=record_uuid(rng),
                origin=office_device,
                updated_at=stamp(circle.closed, 11 * 60),
                circle_uuid=circle.uuid,
                ended_on=circle.closed.isoformat(),
                reason=reason,
            )
        )
        answered = True
        for stakeholder in _respondents(reason):
            answered_on = min(circle.closed + dt.timedelta(days=rng.randint(3, 20)), today)
            scores = {
                key: max(1, min(5, round(rng.gauss(4.2 if reason == "completed" else 3.0, 0.8))))
                for key in defaults.QUESTIONNAIRE_QUESTIONS
            }
            records.append(
                QuestionnaireAnswer(
                    uuid=record_uuid(rng),
                    origin=office_device,
                    updated_at=stamp(answered_on, 14 * 60),
                    circle_uuid=circle.uuid,
                    version=1,
                    stakeholder=stakeholder,
                    answered_on=answered_on.isoformat(),
                    scores=scores,
                )
            )
        follow_up = circle.closed + dt.timedelta(weeks=rng.randint(4, 12))
        if reason == EndingReason.COMPLETED.value and follow_up <= today:
            records.append(
                FollowUp(
                    uuid=record_uuid(rng),
                    origin=office_device,
                    updated_at=stamp(follow_up, 15 * 60),
                    circle_uuid=circle.uuid,
                    contact_on=follow_up.isoformat(),
                    mode=ContactMode.PHONE.value,
                    summary="Phoned to see how things are; settled and in work.",
                )
            )
    if answered:
        records.append(questionnaire)
    return tuple(records)


def _day(start: dt.date, days: int) -> str:
    return (start + dt.timedelta(days=days)).isoformat()


def _covenant(
    rng: random.Random,
    office: str,
    circle: CircleLife,
    version: int,
    agreed: dt.date,
    text: str,
) -> Covenant:
    return Covenant(
        uuid=record_uuid(rng),
        origin=office,
        updated_at=stamp(agreed, 12 * 60),
        circle_uuid=circle.uuid,
        version=version,
        agreed_on=agreed.isoformat(),
        text=text,
    )


def _respondents(reason: str) -> tuple[str, ...]:
    """Who answers the questionnaire: the volunteers and probation, and the core member when he
    finished the circle."""
    volunteers = (Stakeholder.VOLUNTEER.value,) * 2
    if reason == EndingReason.COMPLETED.value:
        return (*volunteers, Stakeholder.PROBATION.value, Stakeholder.CORE_MEMBER.value)
    return (*volunteers, Stakeholder.PROBATION.value)


def with_modes(key: str, meetings: Sequence[Meeting]) -> tuple[Meeting, ...]:
    """The meetings, each with how it was held (mostly in person), from a generator of its own
    seeded with ``key``."""
    rng = random.Random(key)
    return tuple(dataclasses.replace(m, mode=weighted(rng, MODE_WEIGHTS)) for m in meetings)
