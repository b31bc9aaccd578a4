"""Tests for circlesdesk.services.review_templates: version ids, the versions a vault knows, and
keeping a version (its names revised, never its id)."""

from __future__ import annotations

import pytest

from circlesdesk.domain import defaults
from circlesdesk.domain.records import Circle, Review, new_record_id
from circlesdesk.services import review_templates
from circlesdesk.services.meetings import office_config
from circlesdesk.vault import database, store
from circlesdesk.vault.vault import Vault


@pytest.mark.parametrize(
    ("template_id", "parsed"),
    [
        ("circles-uk-drr-v1", ("circles-uk-drr", 1)),
        ("circles-uk-drr-v12", ("circles-uk-drr", 12)),
        ("our-own-form", ("our-own-form", 1)),
    ],
)
def test_an_id_names_its_family_and_version(template_id: str, parsed: tuple[str, int]) -> None:
    assert review_templates.parse_id(template_id) == parsed


def test_a_vault_knows_the_shipped_versions_its_own_and_any_a_review_names(
    office_vault: Vault,
) -> None:
    circle = store.find(office_vault.conn, Circle)[0]
    review = Review(
        uuid=new_record_id(),
        origin=office_vault.info.device_id,
        circle_uuid=circle.uuid,
        review_on="2024-05-01",
        template_id="paper-form-v3",
        scores={"housing": 2, "mood": 4},
    )
    known = review_templates.known_versions(
        office_vault, config=office_config(office_vault), reviews=[review]
    )
    assert set(known) >= {"dynamic-risk-v1", "circles-uk-drr-v1", "paper-form-v3"}
    assert known["circles-uk-drr-v1"].items == defaults.REVIEW_ITEMS
    assert known["paper-form-v3"].items == {"housing": "housing", "mood": "mood"}
    assert known["paper-form-v3"].version == 3


def test_keeping_a_version_again_revises_its_names_only(office_vault: Vault) -> None:
    me = office_vault.info.device_id
    with database.transaction(office_vault.conn):
        first = review_templates.keep_version(
            office_vault,
            origin=me,
            template_id="ours-v1",
            items={"a": "Alpha", "b": "Beta"},
            protective=["b"],
            adopted_on="2026-01-01",
        )
        same = review_templates.keep_version(
            office_vault,
            origin=me,
            template_id="ours-v1",
            items={"a": "Alpha", "b": "Beta"},
            protective=["b"],
            adopted_on="2026-02-01",
        )
        renamed = review_templates.keep_version(
            office_vault,
            origin=me,
            template_id="ours-v1",
            items={"a": "Alpha", "b": "Better"},
            protective=["b"],
            adopted_on="2026-03-01",
        )
    assert same == first
    assert (renamed.uuid, renamed.revision, renamed.adopted_on) == (first.uuid, 2, "2026-01-01")
    assert review_templates.protective_of(office_vault, "ours-v1") == ("b",)
    assert review_templates.protective_of(office_vault, "not-kept-v1") == ()
