"""The default office configuration."""

from __future__ import annotations

import uuid

from circlesdesk.domain import defaults
from circlesdesk.domain.config import OFFICE_CONFIG_UUID, default_office_config
from circlesdesk.domain.records import OfficeConfig

DEVICE = "ab" * 16


def test_default_config_is_built_from_the_defaults() -> None:
    config = default_office_config(office_device=DEVICE, office_name="Demo office", phone="01632")

    assert config.uuid == OFFICE_CONFIG_UUID
    assert config.origin == DEVICE
    assert config.revision == 1
    assert config.office_name == "Demo office"
    assert config.categories == defaults.CONCERN_CATEGORIES
    assert config.life_areas == defaults.LIFE_AREAS
    assert config.review_template_id == defaults.REVIEW_TEMPLATE_ID
    assert config.review_items == defaults.REVIEW_ITEMS
    assert config.retention_weeks == defaults.RETENTION_WEEKS
    assert config.autolock_minutes == defaults.AUTOLOCK_MINUTES


def test_urgency_guidance_is_keyed_by_level_as_text() -> None:
    config = default_office_config(office_device=DEVICE, office_name="Demo office", phone="")

    assert sorted(config.urgency_guidance) == ["0", "1", "2", "3", "4"]
    assert config.urgency_guidance["3"] == defaults.URGENCY_GUIDANCE[3]


def test_office_config_uuid_is_a_canonical_uuid() -> None:
    assert str(uuid.UUID(OFFICE_CONFIG_UUID)) == OFFICE_CONFIG_UUID


def test_config_holds_copies_not_the_module_defaults() -> None:
    config = default_office_config(office_device=DEVICE, office_name="Demo office", phone="")

    config.categories["new-key"] = "New"

    assert "new-key" not in defaults.CONCERN_CATEGORIES


def test_fixed_update_time_makes_the_config_reproducible() -> None:
    stamp = "2025-01-06T09:00:00+00:00"
    first = default_office_config(
        office_device=DEVICE, office_name="Demo office", phone="", updated_at=stamp
    )
    second = default_office_config(
        office_device=DEVICE, office_name="Demo office", phone="", updated_at=stamp
    )

    assert first == second
    assert first.updated_at == stamp


def test_config_survives_a_payload_round_trip() -> None:
    config = default_office_config(office_device=DEVICE, office_name="Demo office", phone="999")

    again = OfficeConfig.from_payload(
        config.payload(),
        uuid=config.uuid,
        origin=config.origin,
        revision=config.revision,
        updated_at=config.updated_at,
    )

    assert again == config
    assert again.content_hash() == config.content_hash()
