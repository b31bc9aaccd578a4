"""The office configuration record: its fixed id and the default a new office vault starts with."""

from __future__ import annotations

from typing import Final

from circlesdesk.domain import defaults
from circlesdesk.domain.records import OfficeConfig, utc_now

# One office configuration per office. Its record id is the same in every vault, so a new revision
# from the office replaces the one a volunteer holds (uuid5 of a fixed name, written out here).
OFFICE_CONFIG_UUID: Final = "d970344d-c18a-520a-bd28-32b04c2d03e8"


def default_office_config(
    *, office_device: str, office_name: str, phone: str, updated_at: str | None = None
) -> OfficeConfig:
    """The default configuration of a new office: categories, life areas, guidance, review items.

    ``updated_at`` defaults to now; pass a fixed ISO timestamp for reproducible (synthetic) data.
    """
    return OfficeConfig(
        uuid=OFFICE_CONFIG_UUID,
        origin=office_device,
        updated_at=updated_at if updated_at is not None else utc_now(),
        office_name=office_name,
        phone=phone,
        categories=dict(defaults.CONCERN_CATEGORIES),
        life_areas=dict(defaults.LIFE_AREAS),
        urgency_guidance={str(level): text for level, text in defaults.URGENCY_GUIDANCE.items()},
        review_template_id=defaults.REVIEW_TEMPLATE_ID,
        review_items=dict(defaults.REVIEW_ITEMS),
        retention_weeks=defaults.RETENTION_WEEKS,
        autolock_minutes=defaults.AUTOLOCK_MINUTES,
    )
