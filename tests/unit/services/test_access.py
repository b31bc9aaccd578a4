"""The one role check every service goes through (services/access.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from circlesdesk.domain.permissions import Permission, StaffRole
from circlesdesk.domain.records import Circle
from circlesdesk.errors import RoleError
from circlesdesk.services import (
    access,
    circles,
    home,
    office,
    office_config,
    reports,
    staff,
    timeline,
)
from circlesdesk.services.access import NotAllowed
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.report_kit import Q1, Builder
from tests.vault_kit import CIRCLE_CODE, FAST_KDF

DANA, DANA_PASSPHRASE = "Dana Reyes", "blue kettle over the moor"


def test_the_wrong_vault_is_told_which_vault_may(
    volunteer_vault: Vault, office_vault: Vault
) -> None:
    with pytest.raises(RoleError) as refused:
        access.require(volunteer_vault, Permission.CHANGE_CIRCLES)
    assert not isinstance(refused.value, NotAllowed)
    assert str(refused.value) == "Only the coordinator's office can create or change circles."
    with pytest.raises(RoleError, match="Only a volunteer vault can ask to be enrolled"):
        access.require(office_vault, Permission.ASK_ENROLLMENT)


def test_a_coordinator_sees_only_their_circles_and_cannot_change_settings(
    office_vault: Vault, office_vault_dir: Path
) -> None:
    circles.add_circle(office_vault, code="NE-002", core_member="Heron", volunteers=[])
    kit = Builder(office_vault)
    kit.concern(CIRCLE_CODE, "2026-01-05T19:00:00+00:00", 2, "stability")
    kit.concern("NE-002", "2026-01-06T19:00:00+00:00", 3, "stability")
    assert len(office.concern_queue(office_vault)) == 2
    staff.add_person(
        office_vault,
        name=DANA,
        role=StaffRole.COORDINATOR,
        passphrase=DANA_PASSPHRASE,
        circle_codes=[CIRCLE_CODE],
        kdf=FAST_KDF,
    )
    assert access.visible_circles(office_vault) is None  # the manager sees every circle
    office_vault.lock()
    with Vault.unlock(office_vault_dir, passphrase=DANA_PASSPHRASE, name=DANA) as dana:
        own = circles.find_circle(dana, CIRCLE_CODE).uuid
        assert access.visible_circles(dana) == frozenset({own})
        assert access.can_see_circle(dana, own)
        with pytest.raises(NotAllowed) as refused:
            office_config.save_config(dana, office_name="Another name")
        assert refused.value.exit_code == 30
        # Her circles list, home, concern queue, timeline and reports hold SW-014 only.
        assert [c.code for c in circles.list_circles(dana)] == [CIRCLE_CODE]
        assert [card.circle.code for card in home.circle_cards(dana)] == [CIRCLE_CODE]
        assert [e.circle_code for e in office.concern_queue(dana)] == [CIRCLE_CODE]
        with pytest.raises(NotAllowed, match="not assigned to you"):
            circles.find_circle(dana, "NE-002")
        other = next(c for c in store.find(dana.conn, Circle) if c.code == "NE-002")
        with pytest.raises(NotAllowed):
            timeline.circle_refs(dana, other.uuid)
        assert len(timeline.circle_refs(dana, own)) > 0
        with pytest.raises(NotAllowed):
            reports.quarterly_return(dana, Q1)
