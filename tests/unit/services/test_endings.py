"""Tests for circlesdesk.services.endings: closing a circle with a reason, and follow-ups."""

from __future__ import annotations

import pytest

from circlesdesk.domain.enums import ContactMode, EndingReason
from circlesdesk.domain.records import Circle, Ending
from circlesdesk.errors import RoleError, ValidationError
from circlesdesk.services import circles, endings, meetings
from circlesdesk.vault import audit, store
from circlesdesk.vault.vault import Vault
from tests.vault_kit import CIRCLE_CODE, rows


def test_closing_a_circle_keeps_the_reason_and_date_and_closes_its_phase(
    office_vault: Vault,
) -> None:
    ending = endings.close_circle(
        office_vault,
        code=CIRCLE_CODE,
        ended_on="2026-05-01",
        reason=EndingReason.RECALL,
        note="Licence",
    )
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    assert circle.phase == "closed"
    assert circle.revision == 2  # a new revision: the laptops learn it with the next reply
    assert store.require(office_vault.conn, Ending, ending.uuid) == ending
    assert (ending.reason, ending.ended_on, ending.note) == ("recall", "2026-05-01", "Licence")
    assert endings.ending_of(office_vault, circle.uuid) == ending
    entry = audit.latest(office_vault.conn, "circle.closed")
    assert entry is not None and entry.detail == "reason=recall"


def test_a_closed_circle_is_not_closed_again(office_vault: Vault) -> None:
    endings.close_circle(office_vault, code=CIRCLE_CODE, ended_on="2026-05-01", reason="completed")
    before = rows(office_vault.conn)
    with pytest.raises(ValidationError, match="already closed"):
        endings.close_circle(office_vault, code=CIRCLE_CODE, ended_on="2026-06-01", reason="moved")
    assert rows(office_vault.conn) == before


def test_an_ending_before_the_last_meeting_or_with_an_unknown_reason_is_refused(
    office_vault: Vault,
) -> None:
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    meetings.record_meeting(
        office_vault, circle_code=CIRCLE_CODE, held_on="2026-04-10", minutes="Last one."
    )
    before = rows(office_vault.conn)
    with pytest.raises(ValidationError, match="last meeting"):
        endings.close_circle(
            office_vault, code=CIRCLE_CODE, ended_on="2026-04-01", reason="completed"
        )
    with pytest.raises(ValidationError, match="completed, withdrew, recall"):
        endings.close_circle(office_vault, code=CIRCLE_CODE, ended_on="2026-05-01", reason="bored")
    assert rows(office_vault.conn) == before
    assert store.require(office_vault.conn, Circle, circle.uuid).phase != "closed"


def test_follow_ups_come_after_the_ending(office_vault: Vault) -> None:
    with pytest.raises(ValidationError, match="has not closed"):
        endings.add_follow_up(
            office_vault, code=CIRCLE_CODE, contact_on="2026-06-01", summary="Called."
        )
    endings.close_circle(office_vault, code=CIRCLE_CODE, ended_on="2026-05-01", reason="completed")
    with pytest.raises(ValidationError, match="before the day the circle ended"):
        endings.add_follow_up(
            office_vault, code=CIRCLE_CODE, contact_on="2026-04-01", summary="Called."
        )
    follow_up = endings.add_follow_up(
        office_vault,
        code=CIRCLE_CODE,
        contact_on="2026-08-01",
        summary="Doing well at the allotment.",
        mode=ContactMode.ONE_TO_ONE,
    )
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    assert endings.follow_ups(office_vault, circle.uuid) == [follow_up]
    assert follow_up.mode == "one-to-one"


def test_a_laptop_cannot_close_a_circle(volunteer_vault: Vault) -> None:
    with pytest.raises(RoleError):
        endings.close_circle(
            volunteer_vault, code=CIRCLE_CODE, ended_on="2026-05-01", reason="completed"
        )
