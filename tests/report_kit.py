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
"""

from __future__ import annotations

import datetime as dt

from circlesdesk.domain import defaults
from circlesdesk.domain.enums import MeetingPattern, Phase, ResponseAction
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
from circlesdesk.services import circles, questionnaires
from circlesdesk.vault import database, store
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

    def hours(self, name: str, code: str, day: str, minutes: int) -> None:
        self.save(
            VolunteerHours(
                uuid=new_record_id(),
                origin=self.origin,
                person_uuid=self.people[name],
                circle_uuid=self.circle(code).uuid,
                worked_on=day,
                minutes=minutes,
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
