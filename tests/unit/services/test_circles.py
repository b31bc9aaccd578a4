"""Tests for circlesdesk.services.circles: circles and rosters, made and changed by the office."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from circlesdesk.domain.enums import MeetingPattern, Phase
from circlesdesk.domain.records import Circle, Membership, Person
from circlesdesk.errors import NotFoundError, RoleError, ValidationError
from circlesdesk.services import circles, meetings
from circlesdesk.vault import audit, database, store
from circlesdesk.vault.vault import Vault
from tests.vault_kit import CIRCLE_CODE, CORE_MEMBER, VOLUNTEERS, rows

ALICE, BEN = VOLUNTEERS


def roster(vault: Vault, code: str) -> list[tuple[str, str]]:
    circle = circles.find_circle(vault, code)
    return [(e.person.name, e.membership.role) for e in circles.roster(vault, circle.uuid)]


def test_a_new_circle_has_its_core_member_first_then_volunteers_by_name(
    office_vault: Vault,
) -> None:
    circle = circles.add_circle(
        office_vault,
        code="NE-007",
        core_member="Heron",
        volunteers=["Zoe Price", "Amir Khan"],
        phase=Phase.ACTIVE,
        meeting_pattern=MeetingPattern.FORTNIGHTLY,
        venues=["Library"],
        started_on="2026-01-12",
    )
    assert store.require(office_vault.conn, Circle, circle.uuid) == circle
    assert (circle.phase, circle.meeting_pattern, circle.venues) == (
        "active",
        "fortnightly",
        ("Library",),
    )
    assert roster(office_vault, "NE-007") == [
        ("Heron", "core-member"),
        ("Amir Khan", "volunteer"),
        ("Zoe Price", "volunteer"),
    ]
    assert all(
        m.joined_on == "2026-01-12"
        for m in store.find(office_vault.conn, Membership, circle_uuid=circle.uuid)
    )
    assert [c.code for c in circles.list_circles(office_vault)] == ["NE-007", CIRCLE_CODE]
    newest = audit.entries(office_vault.conn, limit=1)[0]
    assert (newest.action, newest.record_uuid) == ("circle.created", circle.uuid)


def test_a_volunteer_in_two_circles_is_one_person(office_vault: Vault) -> None:
    circles.add_circle(office_vault, code="NE-007", core_member="Heron", volunteers=[ALICE])
    alices = store.find(office_vault.conn, Person, name=ALICE)
    assert len(alices) == 1
    assert (ALICE, "volunteer") in roster(office_vault, "NE-007")


def test_bad_circles_are_refused_and_nothing_is_stored(office_vault: Vault) -> None:
    before = rows(office_vault.conn)
    cases: list[tuple[dict[str, object], str]] = [
        ({"code": CIRCLE_CODE}, f"A circle with code {CIRCLE_CODE} already exists."),
        ({"code": "sw 14"}, "The circle code must be letters, a hyphen and a number, "
                            "for example SW-014."),
        ({"volunteers": ["Cy Dunn", " cy dunn "]}, "The same volunteer is named twice."),
        ({"core_member": ""}, "Please enter the name."),
        ({"core_member": "Heron\x1b"}, "The name contains control characters; please remove them."),
        ({"volunteers": ["x" * 101]}, "The name is too long (at most 100 characters)."),
        ({"started_on": "12/01/2026"}, "The start date must be a date written as YYYY-MM-DD."),
    ]  # fmt: skip
    for fields, message in cases:
        values: dict[str, object] = {"code": "NE-007", "core_member": "Heron"}
        values.update(fields)
        with pytest.raises(ValidationError) as info:
            circles.add_circle(office_vault, **values)  # type: ignore[arg-type]
        assert str(info.value) == message
        assert rows(office_vault.conn) == before


def test_an_update_is_a_new_revision(office_vault: Vault) -> None:
    original = circles.find_circle(office_vault, CIRCLE_CODE)
    updated = circles.update_circle(
        office_vault,
        code=CIRCLE_CODE,
        phase=Phase.STEP_DOWN,
        meeting_pattern=MeetingPattern.FORTNIGHTLY,
        venues=["Hall B", "Café"],
        next_review_on="2026-09-01",
    )
    assert updated.revision == 2
    assert circles.find_circle(office_vault, CIRCLE_CODE) == updated
    assert (updated.phase, updated.venues, updated.next_review_on) == (
        "step-down",
        ("Hall B", "Café"),
        "2026-09-01",
    )
    assert store.history(office_vault.conn, Circle, original.uuid) == [original]
    assert audit.entries(office_vault.conn, limit=1)[0].detail == (
        "meeting_pattern,next_review_on,phase,venues"
    )
    # Nothing to change: no new revision.
    assert circles.update_circle(office_vault, code=CIRCLE_CODE) == updated
    with pytest.raises(ValidationError):
        circles.update_circle(office_vault, code=CIRCLE_CODE, next_review_on="soon")
    assert circles.find_circle(office_vault, CIRCLE_CODE) == updated


def test_volunteers_join_and_leave_the_roster(office_vault: Vault) -> None:
    person = circles.add_volunteer(
        office_vault, code=CIRCLE_CODE, name="Cy Dunn", joined_on="2026-02-01"
    )
    assert (person.name, person.role) == ("Cy Dunn", "volunteer")
    assert ("Cy Dunn", "volunteer") in roster(office_vault, CIRCLE_CODE)
    with pytest.raises(ValidationError) as twice:
        circles.add_volunteer(office_vault, code=CIRCLE_CODE, name="Cy Dunn")
    assert str(twice.value) == "That volunteer is already in this circle."

    circles.remove_member(office_vault, code=CIRCLE_CODE, name=" ben okafor ", left_on="2026-03-01")
    assert roster(office_vault, CIRCLE_CODE) == [
        (CORE_MEMBER, "core-member"),
        (ALICE, "volunteer"),
        ("Cy Dunn", "volunteer"),
    ]
    [left] = [m for m in store.find(office_vault.conn, Membership) if m.left_on is not None]
    assert (left.left_on, left.revision) == ("2026-03-01", 2)
    with pytest.raises(NotFoundError) as gone:
        circles.remove_member(office_vault, code=CIRCLE_CODE, name=BEN, left_on="2026-03-02")
    assert str(gone.value) == "One of the names given is not a member of this circle."


ROLE_ACTIONS: list[tuple[str, Callable[[Vault], object]]] = [
    ("add circle", lambda v: circles.add_circle(v, code="NE-007", core_member="Heron")),
    ("update circle", lambda v: circles.update_circle(v, code=CIRCLE_CODE, phase=Phase.ACTIVE)),
    ("add volunteer", lambda v: circles.add_volunteer(v, code=CIRCLE_CODE, name="Cy Dunn")),
    (
        "remove member",
        lambda v: circles.remove_member(v, code=CIRCLE_CODE, name=ALICE, left_on="2026-03-01"),
    ),
]


def test_a_volunteer_vault_cannot_change_circles(volunteer_vault: Vault) -> None:
    before = rows(volunteer_vault.conn)
    for name, action in ROLE_ACTIONS:
        with pytest.raises(RoleError) as info:
            action(volunteer_vault)
        assert str(info.value) == ("Only the coordinator's office can create or change circles."), (
            name
        )
    assert rows(volunteer_vault.conn) == before
    # Reading is for everyone.
    assert roster(volunteer_vault, CIRCLE_CODE)[0] == (CORE_MEMBER, "core-member")


def test_an_unknown_circle_is_named_in_a_plain_sentence(office_vault: Vault) -> None:
    with pytest.raises(NotFoundError) as info:
        circles.find_circle(office_vault, "NE-404")
    assert str(info.value) == "There is no circle with code NE-404 in this vault."


def revise(vault: Vault, day: str, **changes: object) -> None:
    """A new revision of SW-014 made on a given day (as if the office had changed it then)."""
    circle = circles.find_circle(vault, CIRCLE_CODE)
    revised = dataclasses.replace(circle.revised(**changes), updated_at=f"{day}T10:00:00+00:00")
    with database.transaction(vault.conn):
        store.save(vault.conn, revised)


def test_the_overview_row_says_phase_since_volunteers_last_meeting_and_review(
    office_vault: Vault,
) -> None:
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    [row] = circles.overview(office_vault, today=dt.date(2026, 9, 2))
    assert (row.circle, row.core_member, row.volunteers) == (circle, CORE_MEMBER, 2)
    assert (row.last_meeting, row.phase_since, row.next_review, row.review_overdue) == (
        None,
        None,  # the phase it was created with: no date is guessed
        None,
        False,
    )
    meetings.record_meeting(
        office_vault, circle_code=CIRCLE_CODE, held_on="2026-05-04", minutes="A"
    )
    meetings.record_meeting(
        office_vault, circle_code=CIRCLE_CODE, held_on="2026-06-01", minutes="B"
    )
    meetings.record_meeting(
        office_vault, circle_code=CIRCLE_CODE, held_on="2026-05-18", minutes="C"
    )
    circles.update_circle(office_vault, code=CIRCLE_CODE, next_review_on="2026-09-01")
    revise(office_vault, "2026-03-01", phase=Phase.STEP_DOWN.value)
    revise(office_vault, "2026-04-01", meeting_pattern=MeetingPattern.FORTNIGHTLY.value)
    circles.remove_member(office_vault, code=CIRCLE_CODE, name=BEN, left_on="2026-06-02")

    row = circles.circle_overview(
        office_vault, circles.find_circle(office_vault, CIRCLE_CODE), today=dt.date(2026, 9, 2)
    )
    assert (row.volunteers, row.last_meeting, row.next_review, row.review_overdue) == (
        1,
        "2026-06-01",
        "2026-09-01",
        True,
    )
    # The day the phase was set: a later change of pattern does not move it, a new phase does.
    assert row.phase_since == "2026-03-01"
    revise(office_vault, "2026-05-01", phase=Phase.ENDING.value)
    assert circles.overview(office_vault)[0].phase_since == "2026-05-01"
    assert circles.overview(office_vault, today=dt.date(2026, 9, 1))[0].review_overdue is False


def test_a_circle_can_be_made_with_a_review_date_and_dates_cleared(office_vault: Vault) -> None:
    circle = circles.add_circle(
        office_vault, code="NE-007", core_member="Heron", started_on="", next_review_on="2026-10-01"
    )
    assert (circle.started_on, circle.next_review_on) == (None, "2026-10-01")
    changed = circles.update_circle(
        office_vault, code="NE-007", started_on="2026-01-12", next_review_on=""
    )
    assert (changed.started_on, changed.next_review_on, changed.revision) == (
        "2026-01-12",
        None,
        2,
    )
    assert audit.entries(office_vault.conn, limit=1)[0].detail == "next_review_on,started_on"
    # The same values again (as a form saved unchanged sends them): no new revision.
    same = circles.update_circle(
        office_vault,
        code="NE-007",
        phase=Phase.PREPARATION,
        meeting_pattern=MeetingPattern.WEEKLY,
        venues=[],
        started_on="2026-01-12",
        next_review_on="",
    )
    assert same == changed


def test_an_empty_code_and_an_early_leaving_date_are_refused(office_vault: Vault) -> None:
    before = rows(office_vault.conn)
    with pytest.raises(ValidationError) as empty:
        circles.add_circle(office_vault, code="  ", core_member="Heron")
    assert str(empty.value) == "Please enter the circle code."
    circles.add_volunteer(office_vault, code=CIRCLE_CODE, name="Cy Dunn", joined_on="2026-02-01")
    after_join = rows(office_vault.conn)
    with pytest.raises(ValidationError) as early:
        circles.remove_member(office_vault, code=CIRCLE_CODE, name="Cy Dunn", left_on="2026-01-31")
    assert str(early.value) == "The leaving date is before the day they joined the circle."
    assert rows(office_vault.conn) == after_join != before


def test_known_volunteers_are_offered_by_name(office_vault: Vault) -> None:
    circles.add_circle(office_vault, code="NE-007", core_member="Heron", volunteers=["amir Khan"])
    assert circles.known_volunteers(office_vault) == [ALICE, "amir Khan", BEN]
