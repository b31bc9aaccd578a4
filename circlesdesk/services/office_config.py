"""The office configuration as the coordinator edits it: read, check every field, save a revision.

The configuration is one record (:data:`~circlesdesk.domain.config.OFFICE_CONFIG_UUID`) that
travels to every volunteer in each reply bundle. Saving stores the next revision with an audit
row that names the changed fields, never their values.

Decisions:

* A concern category that concerns in this vault use cannot be removed (the volunteer's screens
  and the office's reports would lose its label); its label may be changed, its key never.
* A new row's key is derived from its label (:func:`key_for`); an existing row keeps its key
  when its label changes, so records that use it keep their meaning.
* When the set of review items changes (not just their labels), or which of them are protective
  factors, the review template gets a new id (``circles-uk-drr-v1`` → ``circles-uk-drr-v2``), so
  each review says which items it scored; the office keeps every version with its items' names
  (services/review_templates.py), the one before the change as well as the new one.
* Life areas and review items may be removed: meetings and reviews keep the key they were
  saved with.
* The protective marking is the line every document the office produces carries (reports'
  PDFs, disclosure PDFs, routine packs). A configuration that never set one uses
  :data:`DEFAULT_MARKING`; an empty marking is allowed (the office's own choice) and prints none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any, Final

from circlesdesk.domain import defaults
from circlesdesk.domain import validation as v
from circlesdesk.domain.config import default_office_config
from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import Concern, OfficeConfig
from circlesdesk.errors import ValidationError
from circlesdesk.services import access, review_templates
from circlesdesk.services.meetings import office_config
from circlesdesk.vault import audit, database, store
from circlesdesk.vault.vault import Vault

DEFAULT_MARKING: Final = "OFFICIAL-SENSITIVE"
MAX_MARKING = 100
AUTOLOCK_MINUTES: Final = (1, 120)
RETENTION_WEEKS: Final = (2, 104)
MAX_GUIDANCE = 2000
MAX_ENTRIES = 100
_PHONE_CHARACTERS = re.compile(r"^\+?[0-9][0-9 ().-]*$")
_PHONE_DIGITS = (6, 20)
_KEY_LENGTH = 63

# A list the office edits: (key, label) rows in order; key None for a row added on screen.
Entries = Sequence[tuple[str | None, str]] | Mapping[str, str]


def current_config(vault: Vault) -> OfficeConfig:
    """The configuration this vault holds, or the default one if it holds none yet."""
    return office_config(vault) or default_office_config(
        office_device=vault.info.device_id, office_name=vault.info.name, phone=""
    )


def protective_marking(config: OfficeConfig) -> str:
    """The marking line produced documents carry ("" for none)."""
    marking = config.protective_marking
    return DEFAULT_MARKING if marking is None else marking


def document_marking(vault: Vault) -> str:
    """The marking line for a document this vault produces now ("" for none)."""
    return protective_marking(current_config(vault))


def key_for(label: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A short stable key made from a label ("Gambling debts" → ``gambling-debts``), not one of
    ``taken`` (``-2``, ``-3``… is added when it would be)."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:_KEY_LENGTH].strip("-")
    base = base or "item"
    key, number = base, 1
    while key in taken:
        number += 1
        suffix = f"-{number}"
        key = base[: _KEY_LENGTH - len(suffix)].rstrip("-") + suffix
    return key


def _entries(rows: Entries, *, field: str, plural: str) -> dict[str, str]:
    """Rows checked and keyed: at least one, labels filled in and different, keys well formed."""
    pairs = list(rows.items()) if isinstance(rows, Mapping) else list(rows)
    if not pairs:
        raise ValidationError("config.keep_one", field=field)
    if len(pairs) > MAX_ENTRIES:
        raise ValidationError("config.too_many", field=plural, limit=MAX_ENTRIES)
    labels: list[str] = []
    seen: set[str] = set()
    for _key, label in pairs:
        label = v.text(label, field=f"{field} name", required=False).strip()
        if not label:
            raise ValidationError("config.name_missing", field=field)
        if label.casefold() in seen:
            raise ValidationError("config.same_name", field=plural)
        seen.add(label.casefold())
        labels.append(label)
    kept = [key for key, _label in pairs if key is not None]
    for key in kept:
        v.key(key, field=f"{field} key")
    if len(set(kept)) != len(kept):
        raise ValidationError("config.same_key", field=plural)
    taken = set(kept)
    result: dict[str, str] = {}
    for (given, _label), label in zip(pairs, labels, strict=True):
        key = given if given is not None else key_for(label, taken)
        taken.add(key)
        result[key] = label
    return result


def _phone(value: str) -> str:
    phone = v.text(value, field="coordinator's phone number").strip()
    digits = sum(character.isdigit() for character in phone)
    if not _PHONE_CHARACTERS.fullmatch(phone) or not (
        _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1]
    ):
        raise ValidationError("config.phone")
    return phone


def _guidance(texts: Mapping[str, str] | Mapping[int, str]) -> dict[str, str]:
    by_level = {str(level): text for level, text in texts.items()}
    if set(by_level) != {str(level) for level in defaults.URGENCY_NAMES}:
        raise ValidationError("config.guidance_missing")
    result = {}
    for level in sorted(by_level):
        name = defaults.URGENCY_NAMES[int(level)].lower()
        text = v.text(
            by_level[level],
            field=f"guidance for level {level} ({name})",
            multiline=True,
            max_length=MAX_GUIDANCE,
        ).strip()
        result[level] = text
    return result


def _whole(value: int, *, field: str, bounds: tuple[int, int]) -> int:
    return v.integer(value, field=field, low=bounds[0], high=bounds[1])


def _marking(current: OfficeConfig, given: str | None) -> str | None:
    """The marking to store: None (the default) stays None until the office sets one."""
    if given is None:
        return current.protective_marking
    marking = v.text(
        given, field="protective marking", required=False, max_length=MAX_MARKING
    ).strip()
    return current.protective_marking if marking == protective_marking(current) else marking


def _template_id(current: OfficeConfig, items: dict[str, str], *, same_factors: bool) -> str:
    """The review template id: the same while the items' keys (and which are protective) stay,
    the next version if not."""
    if set(items) == set(current.review_items) and same_factors:
        return current.review_template_id
    base, version = review_templates.parse_id(current.review_template_id)
    suffix = f"-v{version + 1}"
    return base[: _KEY_LENGTH - len(suffix)] + suffix


def _refuse_used_categories(vault: Vault, current: OfficeConfig, kept: dict[str, str]) -> None:
    for key in current.categories:
        if key in kept:
            continue
        used = len(store.ids(vault.conn, Concern, category=key))
        if used:
            raise ValidationError(
                "config.category_used" if used != 1 else "config.category_used_once",
                category=current.categories[key],
                count=used,
            )


def _keep_template_versions(
    vault: Vault,
    current: OfficeConfig,
    revised: OfficeConfig,
    *,
    factors: tuple[str, ...],
    old_factors: tuple[str, ...],
) -> None:
    """Keep the template version in use (the one before a change too, so that its reviews keep
    their items' names)."""
    today = dt.date.today().isoformat()
    me = vault.info.device_id
    changed = current.review_template_id != revised.review_template_id
    if changed and current.review_template_id not in review_templates.stored(vault):
        review_templates.keep_version(
            vault,
            origin=me,
            template_id=current.review_template_id,
            items=dict(current.review_items),
            protective=old_factors,
            adopted_on=today,
        )
    review_templates.keep_version(
        vault,
        origin=me,
        template_id=revised.review_template_id,
        items=dict(revised.review_items),
        protective=factors,
        adopted_on=today,
    )


def save_config(
    vault: Vault,
    *,
    office_name: str | None = None,
    phone: str | None = None,
    urgency_guidance: Mapping[str, str] | Mapping[int, str] | None = None,
    categories: Entries | None = None,
    life_areas: Entries | None = None,
    review_items: Entries | None = None,
    protective: Sequence[str] | None = None,
    autolock_minutes: int | None = None,
    retention_weeks: int | None = None,
    protective_marking: str | None = None,
) -> OfficeConfig:
    """Check the given fields (the rest stay) and store the next revision with an audit row.

    Every field is checked, the unchanged ones too, so a configuration saved here is one a
    volunteer's laptop can use (for example, the coordinator's phone number must be set).
    Nothing is stored when a check fails or when nothing changed. Office role only.
    ``protective`` names the review items that are protective factors (higher is better).
    """
    access.require(vault, Permission.OFFICE_SETTINGS)
    current = current_config(vault)
    name = v.name(
        current.office_name if office_name is None else office_name,
        field="office name",
        max_length=v.MAX_SHORT_TEXT,
    )
    items = _entries(
        current.review_items if review_items is None else review_items,
        field="review item",
        plural="review items",
    )
    old_factors = review_templates.protective_of(vault, current.review_template_id)
    factors = tuple(
        key for key in items if key in (old_factors if protective is None else set(protective))
    )
    if protective is not None and not set(protective) <= set(items):
        raise ValidationError("review_template.protective_not_an_item")
    new_categories = _entries(
        current.categories if categories is None else categories,
        field="concern category",
        plural="concern categories",
    )
    values: dict[str, Any] = {
        "office_name": name.strip(),
        "phone": _phone(current.phone if phone is None else phone),
        "urgency_guidance": _guidance(
            current.urgency_guidance if urgency_guidance is None else urgency_guidance
        ),
        "categories": new_categories,
        "life_areas": _entries(
            current.life_areas if life_areas is None else life_areas,
            field="life area",
            plural="life areas",
        ),
        "review_items": items,
        "review_template_id": _template_id(
            current, items, same_factors=set(factors) == set(old_factors)
        ),
        "autolock_minutes": _whole(
            current.autolock_minutes if autolock_minutes is None else autolock_minutes,
            field="auto-lock time (minutes)",
            bounds=AUTOLOCK_MINUTES,
        ),
        "retention_weeks": _whole(
            current.retention_weeks if retention_weeks is None else retention_weeks,
            field="time notes are kept on laptops (weeks)",
            bounds=RETENTION_WEEKS,
        ),
        "protective_marking": _marking(current, protective_marking),
    }
    before = current.payload()
    changed = sorted(field for field, value in values.items() if before.get(field) != value)
    stored = office_config(vault)
    if stored is not None and not changed:
        return stored
    _refuse_used_categories(vault, current, new_categories)
    revised = (
        current.revised(**values) if stored is not None else dataclasses.replace(current, **values)
    )
    with database.transaction(vault.conn):
        store.save(vault.conn, revised)
        _keep_template_versions(vault, current, revised, factors=factors, old_factors=old_factors)
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="office_config.saved",
            kind=OfficeConfig.kind,
            record_uuid=revised.uuid,
            detail=f"revision={revised.revision} changed={','.join(changed)}",
        )
    return revised
