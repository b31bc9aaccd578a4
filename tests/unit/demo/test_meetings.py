"""Demo meetings for benchmarks: exactly the meetings asked for; reproducible version-4 UUIDs."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from circlesdesk.demo.meetings import generate_meetings, record_uuid
from circlesdesk.demo.organisation import Organisation, generate_organisation
from circlesdesk.domain.records import Circle, Person

START = dt.date(2020, 1, 6)


def _organisation(*, seed: int) -> Organisation:
    return generate_organisation(
        seed=seed,
        circles=4,
        volunteers_per_circle=5,
        weeks=20,
        start=START,
        office_device="0f" * 16,
    )


def test_record_uuid_is_the_uuid_module_version_4_string() -> None:
    import uuid

    ours, theirs = random.Random(5), random.Random(5)
    for _ in range(200):
        assert record_uuid(ours) == str(uuid.UUID(int=theirs.getrandbits(128), version=4))


def _roster(org: Organisation) -> tuple[Circle, Person, list[Person]]:
    circle = next(c for c in org.circles if c.phase == "active")
    members = {m.person_uuid: m.role for m in org.memberships if m.circle_uuid == circle.uuid}
    people = [p for p in org.people if p.uuid in members]
    core = next(p for p in people if members[p.uuid] == "core-member")
    return circle, core, [p for p in people if members[p.uuid] == "volunteer"]


@pytest.mark.parametrize("with_attendance", [True, False])
def test_generate_meetings_gives_exactly_the_meetings_asked_for(with_attendance: bool) -> None:
    circle, core, volunteers = _roster(_organisation(seed=5))
    device = "12" * 16

    batch = generate_meetings(
        rng=random.Random(4),
        circle=circle,
        core_member=core,
        volunteers=volunteers,
        devices=dict.fromkeys((p.uuid for p in volunteers), device),
        start=dt.date(2021, 3, 2),
        count=60,
        size=(1500, 2000),
        with_attendance=with_attendance,
    )

    assert len(batch) == 60
    days = [dt.date.fromisoformat(item.meeting.held_on) for item in batch]
    assert all(day.weekday() == dt.date(2021, 3, 2).weekday() for day in days)
    assert days == sorted(days) and len(set(days)) == 60
    assert all(1500 <= len(item.meeting.minutes.encode()) <= 2000 for item in batch)
    origins = {r.origin for item in batch for r in (item.meeting, *item.attendance, *item.hours)}
    assert origins == {device}
    assert all(len(item.attendance) == len(volunteers) + 1 for item in batch) == with_attendance
    assert all(item.meeting.circle_uuid == circle.uuid for item in batch)


def test_generate_meetings_needs_a_volunteer() -> None:
    circle, core, _ = _roster(_organisation(seed=5))
    with pytest.raises(ValueError):
        generate_meetings(
            rng=random.Random(1),
            circle=circle,
            core_member=core,
            volunteers=[],
            devices={},
            start=START,
            count=1,
        )
