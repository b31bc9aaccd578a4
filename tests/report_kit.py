"""A small office vault whose report figures were counted by hand (the numbers in the tests).

Period: the first quarter of 2026 (2026-01-01 to 2026-03-31, 90 days).

- SW-014: weekly, active, started 2025-10-01. Final meetings on 01-06, 01-13, 01-20 (a draft on
  01-27 and meetings on 2025-12-30 and 2026-04-01 lie outside). Alice present ×3; Ben present,
  late, absent; Kestrel (core member) present, present, apologies.
- NE-007: fortnightly, step-down, started 2026-02-01 with Zoe Price and Amir Khan; meetings on
  02-03 and 02-17: Zoe present ×2, Amir apologies then present, Heron present ×2.
- OLD-001: closed, last met 2025-11-04: does not count.
- Hours: Alice 90 + 90 min (SW-014), Ben 120 (SW-014), Zoe 60 (NE-007); Alice 30 on 2025-12-01
  is outside.
- Concerns: SW-014 level 3 "children" raised 01-06 19:00, acknowledged 20:30 (1.5 h) and
  escalated to Police on 01-07; level 1 "loneliness" raised 01-13 19:00, answered 01-15 19:00
  (48 h); level 1 "loneliness" raised 02-03, unanswered; level 2 raised 2025-12-30 (outside),
  escalated to Probation on 2026-01-02 (inside).
- Reviews of SW-014 (every item scored the same): 2025-10-15 all 4, 2026-01-15 all 4,
  2026-03-20 all 5; NE-007: 2026-02-10 all 3, 2026-03-24 all 2.
- Meeting modes of the five final meetings in Q1: SW-014 01-06 in person, 01-13 video, 01-20 not
  recorded; NE-007 02-03 phone, 02-17 in person (the draft and the meetings outside have modes
  that must not count).

``build_circle_life`` adds, for the tables of how circles start and end (reports/circle_life.py):

- Referrals received in Q1: Probation 01-05 (assessed 01-12, accepted 01-20, formed NE-007 on
  02-01) and 02-10 (assessed 02-15, declined 03-01); Police 03-15 (assessed 03-20, pending);
  HM Prison Service 03-30 (received, pending). Outside: Police 2025-12-01, accepted 2026-01-10.
- Endings: OLD-001 completed on 2025-11-20 (outside Q1); LP-003 (closed, started 2025-01-01, no
  meetings) recalled to prison on 2026-02-20 (inside). Reviews (every item the same): OLD-001
  2024-10-01 all 5, 2025-10-01 all 3 (mean item score 5 → 3, change -2); LP-003 2025-06-01 all
  2, 2025-12-01 all 4 (change +2), plus one under another template that must not count.
- Questionnaire (the shipped version 1): for OLD-001, two volunteers answer "supported" 4 and 5,
  probation answers "supported" 3 and "safer" 2; for LP-003 the core member answers "supported" 2.
- Travel: Zoe 30 min (NE-007) on 02-03, so NE-007 has 1.5 h: 1.0 meeting, 0.5 travel.
- Volunteers who served in Q1: Alice, Ben (SW-014), Zoe, Amir (NE-007; Zoe also OLD-001).
  Training: Alice core training 2025-09-20, Zoe 2026-02-15 (in the quarter); Ben, Amir none.
  Enhanced DBS on 03-31: Zoe current (to 2028-01-01), Alice expiring (2026-04-20, 20 days on),
  Ben expired (2026-03-01): the office's expired-DBS warning; Amir none recorded. Prison
  vetting: Zoe only (to 2027-06-01).

:func:`add_review_rounds` adds, for the risk-review view and the research extract, a circle
NE-021 rated by several raters with two template versions (see its docstring).
"""

from __future__ import annotations

import datetime as dt

from circlesdesk.domain import defaults
from circlesdesk.domain.enums import MeetingPattern, Phase, ResponseAction, VettingCheck
from circlesdesk.domain.records import (
    STAGE_DATES,
    Attendance,
    Circle,
    Concern,
    ConcernResponse,
    Ending,
    Meeting,
    Record,
    Referral,
    Review,
    VolunteerHours,
    new_record_id,
)
from circlesdesk.reports.tables import Period
from circlesdesk.services import circles, office_config, questionnaires, volunteer_records
from circlesdesk.vault import database, registry, store
from circlesdesk.vault.vault import Vault

Q1 = Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))


class Builder:
    """Writes records into an office vault as an import would leave them."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.origin = vault.info.device_id
        self.people = {
            e.person.name: e.person.uuid
            for c in circles.list_circles(vault)
            for e in circles.roster(vault, c.uuid)
        }

    def save(self, record: Record) -> None:
        with database.transaction(self.vault.conn):
            store.save(self.vault.conn, record)

    def circle(self, code: str) -> Circle:
        return circles.find_circle(self.vault, code)

    def meeting(
        self,
        code: str,
        day: str,
        attendance: dict[str, str],
        *,
        final: bool = True,
        mode: str | None = None,
    ) -> str:
        meeting = Meeting(
            uuid=new_record_id(),
            origin=self.origin,
            circle_uuid=self.circle(code).uuid,
            held_on=day,
            minutes="Minutes of the meeting.",
            status="final" if final else "draft",
            mode=mode,
        )
        self.save(meeting)
        for name, status in attendance.items():
            self.save(
                Attendance(
                    uuid=new_record_id(),
                    origin=self.origin,
                    meeting_uuid=meeting.uuid,
                    person_uuid=self.people[name],
                    status=status,
                )
            )
        return meeting.uuid

    def hours(
        self, name: str, code: str, day: str, minutes: int, activity: str = "meeting"
    ) -> None:
        self.save(
            VolunteerHours(
                uuid=new_record_id(),
                origin=self.origin,
                person_uuid=self.people[name],
                circle_uuid=self.circle(code).uuid,
                worked_on=day,
                minutes=minutes,
                activity=activity,
            )
        )

    def concern(self, code: str, raised_at: str, level: int, category: str) -> str:
        concern = Concern(
            uuid=new_record_id(),
            origin=self.origin,
            circle_uuid=self.circle(code).uuid,
            raised_at=raised_at,
            level=level,
            category=category,
            description="Something to watch.",
        )
        self.save(concern)
        return concern.uuid

    def response(
        self, concern_uuid: str, at: str, action: ResponseAction, agency: str | None = None
    ) -> None:
        self.save(
            ConcernResponse(
                uuid=new_record_id(),
                origin=self.origin,
                concern_uuid=concern_uuid,
                action=action.value,
                responded_at=at,
                text="Thank you.",
                agency=agency,
                basis="Risk of harm" if agency else None,
            )
        )

    def review(
        self, code: str, day: str, score: int, *, template: str = defaults.REVIEW_TEMPLATE_ID
    ) -> None:
        self.save(
            Review(
                uuid=new_record_id(),
                origin=self.origin,
                circle_uuid=self.circle(code).uuid,
                review_on=day,
                template_id=template,
                scores={item: score for item in defaults.REVIEW_ITEMS},
            )
        )

    def referral(self, agency: str, *stages: tuple[str, str], circle: str | None = None) -> None:
        """A referral through ``stages`` ((stage, day), the first "received")."""
        fields: dict[str, object] = {}
        for stage, day in stages:
            fields[STAGE_DATES[stage]] = day
        stage = stages[-1][0]
        self.save(
            Referral(
                uuid=new_record_id(),
                origin=self.origin,
                agency=agency,
                core_member="Someone",
                stage=stage,
                decline_reason="Not suitable now." if stage == "declined" else None,
                circle_uuid=self.circle(circle).uuid if circle else None,
                **fields,  # type: ignore[arg-type]
            )
        )

    def ending(self, code: str, day: str, reason: str) -> None:
        self.save(
            Ending(
                uuid=new_record_id(),
                origin=self.origin,
                circle_uuid=self.circle(code).uuid,
                ended_on=day,
                reason=reason,
            )
        )


def build_reports_office(vault: Vault) -> None:
    """Fill an office vault that holds circle SW-014 (Kestrel; Alice Marsh, Ben Okafor)."""
    circles.update_circle(
        vault,
        code="SW-014",
        phase=Phase.ACTIVE,
        meeting_pattern=MeetingPattern.WEEKLY,
        started_on="2025-10-01",
    )
    circles.add_circle(
        vault,
        code="NE-007",
        core_member="Heron",
        volunteers=["Zoe Price", "Amir Khan"],
        phase=Phase.STEP_DOWN,
        meeting_pattern=MeetingPattern.FORTNIGHTLY,
        started_on="2026-02-01",
    )
    circles.add_circle(
        vault,
        code="OLD-001",
        core_member="Wren",
        volunteers=["Zoe Price"],
        phase=Phase.CLOSED,
        meeting_pattern=MeetingPattern.WEEKLY,
        started_on="2024-09-01",
    )
    kit = Builder(vault)
    kit.meeting("OLD-001", "2025-11-04", {"Zoe Price": "present", "Wren": "present"})
    kit.meeting("SW-014", "2025-12-30", {"Alice Marsh": "present"})
    for day, ben, kestrel, mode in (
        ("2026-01-06", "present", "present", "in-person"),
        ("2026-01-13", "late", "present", "video"),
        ("2026-01-20", "absent", "apologies", None),
    ):
        kit.meeting(
            "SW-014",
            day,
            {"Alice Marsh": "present", "Ben Okafor": ben, "Kestrel": kestrel},
            mode=mode,
        )
    kit.meeting("SW-014", "2026-01-27", {"Alice Marsh": "present"}, final=False, mode="phone")
    kit.meeting("SW-014", "2026-04-01", {"Alice Marsh": "absent"}, mode="video")
    for day, amir, mode in (
        ("2026-02-03", "apologies", "phone"),
        ("2026-02-17", "present", "in-person"),
    ):
        kit.meeting(
            "NE-007",
            day,
            {"Zoe Price": "present", "Amir Khan": amir, "Heron": "present"},
            mode=mode,
        )
    kit.hours("Alice Marsh", "SW-014", "2026-01-06", 90)
    kit.hours("Alice Marsh", "SW-014", "2026-01-13", 90)
    kit.hours("Ben Okafor", "SW-014", "2026-02-01", 120)
    kit.hours("Zoe Price", "NE-007", "2026-02-03", 60)
    kit.hours("Alice Marsh", "SW-014", "2025-12-01", 30)
    urgent = kit.concern("SW-014", "2026-01-06T19:00:00+00:00", 3, "children")
    kit.response(urgent, "2026-01-06T20:30:00+00:00", ResponseAction.ACKNOWLEDGE)
    kit.response(urgent, "2026-01-07T09:00:00+00:00", ResponseAction.ESCALATE, "Police")
    watch = kit.concern("SW-014", "2026-01-13T19:00:00+00:00", 1, "loneliness")
    kit.response(watch, "2026-01-15T19:00:00+00:00", ResponseAction.RESPOND)
    kit.concern("NE-007", "2026-02-03T19:00:00+00:00", 1, "loneliness")
    old = kit.concern("SW-014", "2025-12-30T19:00:00+00:00", 2, "stability")
    kit.response(old, "2026-01-02T10:00:00+00:00", ResponseAction.ESCALATE, "Probation")
    kit.hours("Zoe Price", "NE-007", "2026-02-03", 30, activity="travel")
    people = kit.people
    volunteer_records.record_training(
        vault,
        person_uuid=people["Alice Marsh"],
        course="Core training",
        completed_on="2025-09-20",
        certificate="NOCN-0042",
    )
    volunteer_records.record_training(
        vault, person_uuid=people["Zoe Price"], course="Core training", completed_on="2026-02-15"
    )
    for name, check, issued, expires in (
        ("Zoe Price", VettingCheck.ENHANCED_DBS, "2025-01-01", "2028-01-01"),
        ("Zoe Price", VettingCheck.PRISON_VETTING, "2024-06-01", "2027-06-01"),
        ("Alice Marsh", VettingCheck.ENHANCED_DBS, "2023-04-20", "2026-04-20"),
        ("Ben Okafor", VettingCheck.ENHANCED_DBS, "2023-03-01", "2026-03-01"),
    ):
        volunteer_records.record_vetting(
            vault,
            person_uuid=people[name],
            check_type=check,
            reference=f"REF-{name[:3].upper()}",
            issued_on=issued,
            expires_on=expires,
        )
    for code, day, score in (
        ("SW-014", "2025-10-15", 4),
        ("SW-014", "2026-01-15", 4),
        ("SW-014", "2026-03-20", 5),
        ("NE-007", "2026-02-10", 3),
        ("NE-007", "2026-03-24", 2),
    ):
        kit.review(code, day, score)


def build_circle_life(vault: Vault) -> None:
    """Add referrals, endings, their reviews and questionnaire answers (see the docstring) to an
    office made by :func:`build_reports_office`."""
    circles.add_circle(
        vault,
        code="LP-003",
        core_member="Linnet",
        phase=Phase.CLOSED,
        meeting_pattern=MeetingPattern.WEEKLY,
        started_on="2025-01-01",
    )
    kit = Builder(vault)
    kit.referral(
        "Probation",
        ("received", "2026-01-05"),
        ("assessed", "2026-01-12"),
        ("accepted", "2026-01-20"),
        ("formed", "2026-02-01"),
        circle="NE-007",
    )
    kit.referral(
        "Probation",
        ("received", "2026-02-10"),
        ("assessed", "2026-02-15"),
        ("declined", "2026-03-01"),
    )
    kit.referral("Police", ("received", "2026-03-15"), ("assessed", "2026-03-20"))
    kit.referral("HM Prison Service", ("received", "2026-03-30"))
    kit.referral(
        "Police", ("received", "2025-12-01"), ("assessed", "2025-12-10"), ("accepted", "2026-01-10")
    )
    kit.ending("OLD-001", "2025-11-20", "completed")
    kit.ending("LP-003", "2026-02-20", "recall")
    for code, day, score in (
        ("OLD-001", "2024-10-01", 5),
        ("OLD-001", "2025-10-01", 3),
        ("LP-003", "2025-06-01", 2),
        ("LP-003", "2025-12-01", 4),
    ):
        kit.review(code, day, score)
    kit.review("LP-003", "2024-12-01", 6, template="older-template")
    for code, stakeholder, scores in (
        ("OLD-001", "volunteer", {"supported": 4}),
        ("OLD-001", "volunteer", {"supported": 5}),
        ("OLD-001", "probation", {"supported": 3, "safer": 2}),
        ("LP-003", "core-member", {"supported": 2}),
    ):
        questionnaires.record_answers(
            vault, code=code, stakeholder=stakeholder, answered_on="2026-03-01", scores=scores
        )


# Devices the reviews of add_review_rounds were made on (enrolled laptops, as the registry holds).
RATER_DEVICES = {"Priya Shah": "0a" * 16, "Tom Reed": "0b" * 16}


def add_review_rounds(vault: Vault) -> None:
    """Circle NE-021 (core member Finch; Priya Shah and Tom Reed, each on their own laptop), rated
    by Priya, Tom and the coordinator (the office). Every item is scored 2 unless said.

    Version 1 (the national 17 items): Q2 2025, Q3 2025 and Q4 2025 (05-10, 08-12, 11-11). Item 7
    (impulsivity) 3, 3, 4 from everyone: it has not fallen in three reviews. Item 3 (children)
    4, 3, 2: it falls. In Q4 item 4 (hostility) is Priya 2, coordinator 3, Tom 5: Priya and Tom
    differ by 3 points on item 4, and its mean (2, 2, 3.3) has not fallen in three reviews either.
    Every other item stays at 2: steady and low, so not flagged.

    Version 2 (adds "Purposeful activity", a protective factor), from 2026-01-05: one round in Q1
    2026 (02-09), purposeful activity Priya 4, Tom 2, coordinator 3 (mean 3.0, spread 2).
    """
    circles.add_circle(
        vault,
        code="NE-021",
        core_member="Finch",
        volunteers=list(RATER_DEVICES),
        phase=Phase.ACTIVE,
        meeting_pattern=MeetingPattern.WEEKLY,
        started_on="2025-04-01",
    )
    for name, device in RATER_DEVICES.items():
        with database.transaction(vault.conn):
            registry.add_peer(
                vault.conn,
                device_id=device,
                role="volunteer",
                name=name,
                person_uuid=volunteer_records.volunteer_named(vault, name).uuid,
            )
    circle = circles.find_circle(vault, "NE-021").uuid
    office = vault.info.device_id
    raters = {"Priya Shah": RATER_DEVICES["Priya Shah"], "Tom Reed": RATER_DEVICES["Tom Reed"]}
    raters["Coordinator"] = office

    def rate(template_id: str, items: list[str], day: str, **scores: dict[str, int]) -> None:
        for rater, device in raters.items():
            given = {key.replace("_", "-"): by[rater] for key, by in scores.items() if rater in by}
            review = Review(
                uuid=new_record_id(),
                origin=device,
                circle_uuid=circle,
                review_on=day,
                template_id=template_id,
                scores={item: given.get(item, 2) for item in items},
            )
            with database.transaction(vault.conn):
                store.save(vault.conn, review)

    everyone = ("Priya Shah", "Tom Reed", "Coordinator")
    v1 = list(defaults.REVIEW_ITEMS)
    for day, impulsivity, children in (
        ("2025-05-10", 3, 4),
        ("2025-08-12", 3, 3),
        ("2025-11-11", 4, 2),
    ):
        hostility = {"Tom Reed": 5, "Coordinator": 3} if day == "2025-11-11" else {}
        rate(
            defaults.REVIEW_TEMPLATE_ID,
            v1,
            day,
            impulsivity=dict.fromkeys(everyone, impulsivity),
            children=dict.fromkeys(everyone, children),
            hostility=hostility,
        )
    config = office_config.save_config(
        vault,
        phone="01632 960 123",
        review_items=[*defaults.REVIEW_ITEMS.items(), (None, "Purposeful activity")],
        protective=["purposeful-activity"],
    )
    assert config.review_template_id == "circles-uk-drr-v2"
    rate(
        config.review_template_id,
        list(config.review_items),
        "2026-02-09",
        purposeful_activity={"Priya Shah": 4, "Tom Reed": 2, "Coordinator": 3},
    )
