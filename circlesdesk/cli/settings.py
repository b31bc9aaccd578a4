"""The office settings: shown, and changed with the same checks as the settings page."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from circlesdesk.cli.common import Commands, done, open_vault, print_json
from circlesdesk.errors import ValidationError

LISTS = (  # (option word, OfficeConfig field, what one entry is)
    ("category", "categories", "concern category"),
    ("life-area", "life_areas", "life area"),
    ("review-item", "review_items", "review item"),
)


def _settings_json(config: Any) -> dict[str, Any]:
    return {
        "office_name": config.office_name,
        "phone": config.phone,
        "autolock_minutes": config.autolock_minutes,
        "retention_weeks": config.retention_weeks,
        "urgency_guidance": dict(config.urgency_guidance),
        "categories": dict(config.categories),
        "life_areas": dict(config.life_areas),
        "review_template_id": config.review_template_id,
        "review_items": dict(config.review_items),
    }


def cmd_settings_show(args: argparse.Namespace) -> int:
    """Show the office settings."""
    from circlesdesk.services import office_config

    with open_vault(args) as vault:
        config = office_config.current_config(vault)
    shown = _settings_json(config)
    if args.json:
        print_json(shown)
        return 0
    for field, value in shown.items():
        if isinstance(value, dict):
            print(f"{field}:")
            for key, label in value.items():
                print(f"  {key:<24} {label}")
        else:
            print(f"{field}: {value}")
    return 0


def _pairs(values: list[str], *, what: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        key, sign, label = value.partition("=")
        if not (sign and key.strip()):
            raise ValidationError(f"Write each {what} as KEY=TEXT.")
        pairs[key.strip()] = label
    return pairs


def _entries(
    current: Mapping[str, str], *, add: list[str], rename: dict[str, str], remove: list[str]
) -> list[tuple[str | None, str]] | None:
    """The list as the settings page would save it: kept rows in order (renamed where asked),
    then the new ones (their keys made from their labels). None when nothing changes."""
    if not (add or rename or remove):
        return None
    for key in [*rename, *remove]:
        if key not in current:
            raise ValidationError(f"There is no entry with the key {key} in this list.")
    kept: list[tuple[str | None, str]] = [
        (key, rename.get(key, label)) for key, label in current.items() if key not in remove
    ]
    return kept + [(None, label) for label in add]


def cmd_settings_set(args: argparse.Namespace) -> int:
    """Change office settings; every field is checked as on the settings page."""
    from circlesdesk.services import office_config

    changes: dict[str, Any] = {
        "office_name": args.office_name,
        "phone": args.phone,
        "autolock_minutes": args.autolock_minutes,
        "retention_weeks": args.retention_weeks,
    }
    guidance = _pairs(args.guidance, what="urgency guidance")
    renames = {
        word: _pairs(getattr(args, f"rename_{field}"), what=what) for word, field, what in LISTS
    }
    with open_vault(args) as vault:
        current = office_config.current_config(vault)
        if guidance:
            changes["urgency_guidance"] = {**current.urgency_guidance, **guidance}
        for word, field, _what in LISTS:
            changes[field] = _entries(
                getattr(current, field),
                add=getattr(args, f"add_{field}"),
                rename=renames[word],
                remove=getattr(args, f"remove_{field}"),
            )
        saved = office_config.save_config(
            vault, **{key: value for key, value in changes.items() if value is not None}
        )
    return done(args, _settings_json(saved), "The office settings are saved.")


# What register() adds (a command line that names one builds only its group).
COMMANDS = ("settings",)


def register(commands: Commands) -> None:
    """``settings show`` and ``settings set``."""
    group = commands.group("settings", "office: the settings every laptop receives")
    p = group.add("show", cmd_settings_show, "show the office settings")
    p.add_argument("--json", action="store_true")
    p = group.add("set", cmd_settings_set, "change office settings (each checked as on screen)")
    p.add_argument("--office-name", metavar="NAME")
    p.add_argument("--phone", metavar="NUMBER", help="the coordinator's phone number")
    p.add_argument("--autolock-minutes", type=int, metavar="N")
    p.add_argument("--retention-weeks", type=int, metavar="N", help="how long laptops keep notes")
    p.add_argument(
        "--guidance", action="append", default=[], metavar="LEVEL=TEXT", help="urgency guidance"
    )
    for word, field, what in LISTS:
        p.add_argument(
            f"--add-{word}",
            dest=f"add_{field}",
            action="append",
            default=[],
            metavar="LABEL",
            help=f"add a {what}",
        )
        p.add_argument(
            f"--rename-{word}",
            dest=f"rename_{field}",
            action="append",
            default=[],
            metavar="KEY=LABEL",
            help=f"rename a {what} (its key stays)",
        )
        p.add_argument(
            f"--remove-{word}", dest=f"remove_{field}", action="append", default=[],
            metavar="KEY", help=f"remove a {what}",
        )  # fmt: skip
    p.add_argument("--json", action="store_true")
