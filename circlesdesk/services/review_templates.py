"""The versions of the dynamic-risk review template: which items each scores, which protect.

A template's id names its family and version (``circles-uk-drr-v2``). The office configuration
carries the current version to every laptop (its ``review_template_id`` and ``review_items``);
the office keeps every version it has used as a :class:`ReviewTemplate` record, so that a review
keeps the items' names it was scored with after the template changes. Scores are compared only
within one version.

Decisions:

* Changing which items the template has, or which of them are protective factors, makes a new
  version (office_config.save_config); changing only an item's name revises the version's names.
* Versions used before the office kept them (vaults made before schema version 14) are read
  from the office configuration when it still names them, else from the templates CirclesDesk
  shipped (:data:`~circlesdesk.domain.defaults.SHIPPED_TEMPLATES`), else from the reviews
  themselves (items named by their keys): no review loses its template.
* A *protective factor* is an item where a higher score is better (a stable relationship,
  purposeful activity); every other item is a risk, where lower is better.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from circlesdesk.domain import defaults
from circlesdesk.domain.records import OfficeConfig, Review, ReviewTemplate, new_record_id
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault


@dataclasses.dataclass(frozen=True)
class TemplateVersion:
    """One version of the review template as reports and pages read it."""

    template_id: str
    items: dict[str, str]  # key → name, in the template's order
    protective: frozenset[str]
    adopted_on: str | None = None

    @property
    def family(self) -> str:
        """The template's name without its version (``circles-uk-drr``)."""
        return parse_id(self.template_id)[0]

    @property
    def version(self) -> int:
        """The version number (1 when the id has none)."""
        return parse_id(self.template_id)[1]

    def number(self, key: str) -> int:
        """The item's number in the template, from 1 (0 for a key the version lacks)."""
        keys = list(self.items)
        return keys.index(key) + 1 if key in self.items else 0

    def label(self, key: str) -> str:
        """The item's name (its key when the version lacks it)."""
        return self.items.get(key, key)

    def risk_items(self) -> list[str]:
        """The keys of the items where lower is better."""
        return [key for key in self.items if key not in self.protective]


def parse_id(template_id: str) -> tuple[str, int]:
    """``circles-uk-drr-v2`` → (``circles-uk-drr``, 2); an id without a version is version 1."""
    return ReviewTemplate.parse_id(template_id)


def _from_record(record: ReviewTemplate) -> TemplateVersion:
    return TemplateVersion(
        template_id=record.template_id,
        items=dict(record.items),
        protective=frozenset(record.protective),
        adopted_on=record.adopted_on,
    )


def stored(vault: Vault) -> dict[str, ReviewTemplate]:
    """The versions the office has kept, by id."""
    return {t.template_id: t for t in store.find(vault.conn, ReviewTemplate)}


def known_versions(
    vault: Vault, *, config: OfficeConfig | None, reviews: Iterable[Review] = ()
) -> dict[str, TemplateVersion]:
    """Every version this vault knows of: kept ones, the configuration's current one, the shipped
    ones, and any a review names (items from the reviews' keys), by id."""
    result: dict[str, TemplateVersion] = {}
    for template_id, items in defaults.SHIPPED_TEMPLATES.items():
        result[template_id] = TemplateVersion(template_id, dict(items), frozenset())
    if config is not None:
        result[config.review_template_id] = TemplateVersion(
            config.review_template_id, dict(config.review_items), frozenset()
        )
    result.update({key: _from_record(record) for key, record in stored(vault).items()})
    unknown: dict[str, dict[str, str]] = {}
    for review in reviews:
        if review.template_id not in result:
            keys = unknown.setdefault(review.template_id, {})
            keys.update({key: key for key in sorted(review.scores)})
    for template_id, items in unknown.items():
        result[template_id] = TemplateVersion(template_id, items, frozenset())
    return result


def keep_version(
    vault: Vault,
    *,
    origin: str,
    template_id: str,
    items: dict[str, str],
    protective: Iterable[str],
    adopted_on: str,
) -> ReviewTemplate:
    """Store a version (or revise its names if kept already); call inside a transaction."""
    held = stored(vault).get(template_id)
    keys = tuple(key for key in items if key in set(protective))
    if held is None:
        record = ReviewTemplate(
            uuid=new_record_id(),
            origin=origin,
            template_id=template_id,
            items=dict(items),
            protective=keys,
            adopted_on=adopted_on,
        )
    elif held.items == items and held.protective == keys:
        return held
    else:
        record = held.revised(items=dict(items), protective=keys)
    store.save(vault.conn, record)
    return record


def protective_of(vault: Vault, template_id: str) -> tuple[str, ...]:
    """The protective factors of a kept version (none for a version not kept)."""
    held = stored(vault).get(template_id)
    return () if held is None else held.protective
