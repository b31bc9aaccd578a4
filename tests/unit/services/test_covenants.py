"""Tests for circlesdesk.services.covenants: a circle's covenant kept in dated versions."""

from __future__ import annotations

import pytest

from circlesdesk.errors import RoleError, ValidationError
from circlesdesk.services import circles, covenants
from circlesdesk.vault.vault import Vault
from tests.vault_kit import CIRCLE_CODE, rows


def test_each_version_is_kept_with_the_day_it_was_agreed(office_vault: Vault) -> None:
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    assert covenants.current(office_vault, circle.uuid) is None
    first = covenants.agree(
        office_vault, code=CIRCLE_CODE, agreed_on="2026-01-10", text="We meet weekly. No secrets."
    )
    second = covenants.agree(
        office_vault,
        code=CIRCLE_CODE,
        agreed_on="2026-06-10",
        text="We meet fortnightly. No secrets.",
    )
    assert [(c.version, c.agreed_on) for c in covenants.versions(office_vault, circle.uuid)] == [
        (1, "2026-01-10"),
        (2, "2026-06-10"),
    ]
    assert covenants.current(office_vault, circle.uuid) == second
    assert first.text == "We meet weekly. No secrets."


def test_a_version_before_the_current_one_or_unchanged_is_refused(office_vault: Vault) -> None:
    covenants.agree(office_vault, code=CIRCLE_CODE, agreed_on="2026-01-10", text="We meet weekly.")
    before = rows(office_vault.conn)
    with pytest.raises(ValidationError, match="cannot be agreed before"):
        covenants.agree(office_vault, code=CIRCLE_CODE, agreed_on="2025-12-01", text="Other text.")
    with pytest.raises(ValidationError, match="same as the current"):
        covenants.agree(
            office_vault, code=CIRCLE_CODE, agreed_on="2026-02-01", text="We meet weekly."
        )
    with pytest.raises(ValidationError, match="covenant text"):
        covenants.agree(office_vault, code=CIRCLE_CODE, agreed_on="2026-02-01", text="  ")
    assert rows(office_vault.conn) == before


def test_a_laptop_keeps_no_covenant(volunteer_vault: Vault) -> None:
    with pytest.raises(RoleError):
        covenants.agree(volunteer_vault, code=CIRCLE_CODE, agreed_on="2026-01-10", text="Text")
