"""The office configuration editor without a display: checks, revisions, audit, and delivery.

Every test runs on a real organisation (office, Alice and Ben enrolled in SW-014) or on the
office and volunteer vault templates; saving goes through the service, delivery through real
reply bundles imported on Alice's laptop.
"""

from __future__ import annotations

from typing import Any

import pytest

from circlesdesk.domain import defaults
from circlesdesk.domain.config import OFFICE_CONFIG_UUID
from circlesdesk.domain.records import OfficeConfig
from circlesdesk.domain.validation import key as check_key
from circlesdesk.errors import RoleError, ValidationError
from circlesdesk.services import activity, meetings, office_config
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.sync import importer
from circlesdesk.vault import audit, database, store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org, audit_actions, table_snapshot

PHONE = "01632 960 123"


def stored(vault: Vault) -> OfficeConfig:
    [config] = store.find(vault.conn, OfficeConfig)
    return config


def test_a_save_stores_the_next_revision_with_an_audit_row(office_vault: Vault) -> None:
    before = stored(office_vault)
    categories = [*before.categories.items(), (None, "Gambling debts")]
    saved = office_config.save_config(
        office_vault, phone=PHONE, categories=categories, autolock_minutes=10
    )
    config = stored(office_vault)
    assert config == saved
    assert (config.uuid, config.revision) == (OFFICE_CONFIG_UUID, before.revision + 1)
    assert config.phone == PHONE
    assert config.autolock_minutes == 10
    assert list(config.categories)[-1] == "gambling-debts"
    assert config.categories["gambling-debts"] == "Gambling debts"
    assert config.life_areas == before.life_areas
    assert store.history(office_vault.conn, OfficeConfig, OFFICE_CONFIG_UUID)[0] == before
    entry = audit.entries(office_vault.conn, limit=1)[0]
    assert (entry.action, entry.kind, entry.record_uuid) == (
        "office_config.saved",
        "office_config",
        OFFICE_CONFIG_UUID,
    )
    assert entry.detail == "revision=2 changed=autolock_minutes,categories,phone"
    assert audit.verify(office_vault.conn).ok


def test_a_volunteer_receives_the_new_settings_in_the_next_reply(org: Org) -> None:
    office_config.save_config(org.office, phone=PHONE)
    office_config.save_config(
        org.office,
        categories=[(None, "Gambling"), ("stability", "Housing, work and money")],
        life_areas={"housing": "Housing", "faith": "Faith"},
        review_items=[("hostility", "Hostility"), (None, "Hope")],
        urgency_guidance={level: f"Level {level}: ring {PHONE}." for level in range(5)},
        autolock_minutes=3,
        retention_weeks=8,
    )
    importer.import_bundle(org.alice, org.reply("alice"))

    assert meetings.concern_categories(org.alice) == {
        "gambling": "Gambling",
        "stability": "Housing, work and money",
    }
    assert meetings.life_areas(org.alice) == {"housing": "Housing", "faith": "Faith"}
    assert activity.review_items(org.alice) == (
        "circles-uk-drr-v2",
        {"hostility": "Hostility", "hope": "Hope"},
    )
    config = meetings.office_config(org.alice)
    assert config is not None
    assert (config.revision, config.phone, config.autolock_minutes, config.retention_weeks) == (
        3,
        PHONE,
        3,
        8,
    )
    assert config.urgency_guidance["3"] == f"Level 3: ring {PHONE}."
    # Alice can now raise a concern in the new category, and no longer in a removed one.
    org.meeting("alice", concerns=[ConcernInput(level=1, category="gambling", description="Bets")])
    with pytest.raises(ValidationError, match="not on the office's list"):
        org.meeting(
            "alice", concerns=[ConcernInput(level=1, category="hostility", description="Angry")]
        )


BAD_INPUT: list[tuple[dict[str, Any], str]] = [
    ({"phone": " "}, "Please enter the coordinator.s phone number."),
    ({"phone": "ring the office"}, "phone number must be a phone number"),
    ({"phone": "12"}, "phone number must be a phone number"),
    ({"phone": "01632\n960123"}, "single line"),
    ({"office_name": "  "}, "enter the office name"),
    ({"categories": []}, "Keep at least one concern category."),
    ({"categories": [(None, "Loneliness"), (None, " loneliness ")]}, "same name"),
    ({"categories": [("other", "Other"), (None, "   ")]}, "give every concern category a name"),
    ({"categories": [("Not A Key", "Other")]}, "short key of lowercase letters"),
    ({"categories": [("other", "Other"), ("other", "Something else")]}, "same key"),
    ({"life_areas": {}}, "Keep at least one life area."),
    ({"review_items": []}, "Keep at least one review item."),
    ({"urgency_guidance": {0: "a", 1: "b", 2: "c", 3: "d"}}, "every urgency level"),
    ({"urgency_guidance": {0: "a", 1: "b", 2: "", 3: "d", 4: "e"}}, "guidance for level 2"),
    ({"urgency_guidance": {level: "x" * 2001 for level in range(5)}}, "too long"),
    ({"autolock_minutes": 0}, "between 1 and 120"),
    ({"autolock_minutes": 121}, "between 1 and 120"),
    ({"retention_weeks": 1}, "between 2 and 104"),
    ({"retention_weeks": 105}, "between 2 and 104"),
    ({"protective_marking": "OFFICIAL\nSENSITIVE"}, "single line"),
    ({"protective_marking": "X" * 101}, "too long"),
]


@pytest.mark.parametrize(("changes", "sentence"), BAD_INPUT)
def test_bad_input_is_refused_with_a_sentence_and_stores_nothing(
    office_vault: Vault, changes: dict[str, Any], sentence: str
) -> None:
    office_config.save_config(office_vault, phone=PHONE)
    before = table_snapshot(office_vault)
    with pytest.raises(ValidationError, match=sentence):
        office_config.save_config(office_vault, **changes)
    assert table_snapshot(office_vault) == before


def test_a_category_that_concerns_use_cannot_be_removed_but_can_be_renamed(org: Org) -> None:
    org.meeting(
        "alice",
        concerns=[ConcernInput(level=2, category="stability", description="Lost his flat.")],
    )
    importer.import_bundle(org.office, org.send("alice"))
    office_config.save_config(org.office, phone=PHONE)
    categories = dict(stored(org.office).categories)
    before = table_snapshot(org.office)

    without = [(key, label) for key, label in categories.items() if key != "stability"]
    with pytest.raises(ValidationError, match="used by 1 concern in this vault"):
        office_config.save_config(org.office, categories=without)
    assert table_snapshot(org.office) == before

    renamed = [(k, "Housing and money" if k == "stability" else v) for k, v in categories.items()]
    office_config.save_config(org.office, categories=renamed)
    assert stored(org.office).categories["stability"] == "Housing and money"
    # A category no concern uses may go.
    office_config.save_config(
        org.office, categories=[(k, v) for k, v in renamed if k != "hostility"]
    )
    assert "hostility" not in stored(org.office).categories


def test_the_review_template_gets_a_new_version_only_when_its_items_change(
    office_vault: Vault,
) -> None:
    items = dict(defaults.REVIEW_ITEMS)
    relabelled = {key: label.upper() for key, label in items.items()}
    office_config.save_config(office_vault, phone=PHONE, review_items=relabelled)
    assert stored(office_vault).review_template_id == "circles-uk-drr-v1"
    office_config.save_config(office_vault, review_items=[*relabelled.items(), (None, "Hope")])
    assert stored(office_vault).review_template_id == "circles-uk-drr-v2"
    office_config.save_config(office_vault, review_items=relabelled)
    assert stored(office_vault).review_template_id == "circles-uk-drr-v3"


def test_saving_what_is_stored_writes_nothing(office_vault: Vault) -> None:
    office_config.save_config(office_vault, phone=PHONE)
    before = table_snapshot(office_vault)
    config = stored(office_vault)
    again = office_config.save_config(
        office_vault,
        office_name=config.office_name,
        phone=config.phone,
        categories=list(config.categories.items()),
        autolock_minutes=config.autolock_minutes,
    )
    assert again == config
    assert table_snapshot(office_vault) == before


def test_a_volunteer_cannot_change_the_office_settings(volunteer_vault: Vault) -> None:
    before = table_snapshot(volunteer_vault)
    with pytest.raises(RoleError, match="Only the coordinator's office"):
        office_config.save_config(volunteer_vault, phone=PHONE)
    assert table_snapshot(volunteer_vault) == before


def test_an_office_without_a_configuration_starts_from_the_default(office_vault: Vault) -> None:
    # A new office vault always has one; an older vault might not.
    with database.transaction(office_vault.conn):
        store.delete(office_vault.conn, OfficeConfig, OFFICE_CONFIG_UUID)
    config = office_config.current_config(office_vault)
    assert (config.office_name, config.phone, config.categories) == (
        office_vault.info.name,
        "",
        defaults.CONCERN_CATEGORIES,
    )
    saved = office_config.save_config(office_vault, phone=PHONE)
    assert stored(office_vault) == saved
    assert (saved.uuid, saved.revision, saved.phone) == (OFFICE_CONFIG_UUID, 1, PHONE)
    assert audit_actions(office_vault)[-1] == "office_config.saved"


@pytest.mark.parametrize(
    ("label", "taken", "expected"),
    [
        ("Gambling debts", set(), "gambling-debts"),
        ("Ärger & Wut!", set(), "arger-wut"),
        ("Housing", {"housing"}, "housing-2"),
        ("Housing", {"housing", "housing-2"}, "housing-3"),
        ("???", set(), "item"),
        ("a" * 90, set(), "a" * 63),
        ("a" * 90, {"a" * 63}, "a" * 61 + "-2"),
    ],
)
def test_a_new_rows_key_comes_from_its_label(label: str, taken: set[str], expected: str) -> None:
    key = office_config.key_for(label, taken)
    assert key == expected
    assert check_key(key, field="key") == key


def test_the_protective_marking_defaults_to_official_sensitive_and_can_be_changed(
    office_vault: Vault,
) -> None:
    office_config.save_config(office_vault, phone=PHONE)
    config = stored(office_vault)
    # Stored without the field: a configuration from before keeps its content hash.
    assert "protective_marking" not in config.payload()
    assert office_config.document_marking(office_vault) == "OFFICIAL-SENSITIVE"
    before = table_snapshot(office_vault)
    office_config.save_config(office_vault, protective_marking=" OFFICIAL-SENSITIVE ")
    assert table_snapshot(office_vault) == before  # the default given back changes nothing

    office_config.save_config(office_vault, protective_marking=" OFFICIAL ")
    config = stored(office_vault)
    assert config.protective_marking == "OFFICIAL"
    assert office_config.document_marking(office_vault) == "OFFICIAL"
    assert audit.entries(office_vault.conn)[0].detail.endswith("changed=protective_marking")
    office_config.save_config(office_vault, protective_marking="")
    assert office_config.document_marking(office_vault) == ""
