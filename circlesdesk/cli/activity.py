"""A volunteer's records between meetings: contacts with the core member, hours, reviews."""

from __future__ import annotations

import argparse

from circlesdesk.cli.common import Commands, LazyChoices, done, open_vault, print_json
from circlesdesk.errors import ValidationError


def cmd_contact_add(args: argparse.Namespace) -> int:
    """Record a call or a one-to-one with the core member between meetings."""
    from circlesdesk.domain.enums import ContactMode
    from circlesdesk.services import activity

    with open_vault(args) as vault:
        contact = activity.record_contact(
            vault,
            circle_code=args.circle,
            contact_on=args.date,
            summary=args.summary,
            mode=ContactMode(args.mode),
            raise_at_next_meeting=args.raise_at_next_meeting,
        )
    return done(
        args,
        {"id": contact.uuid, "circle": args.circle, "date": contact.contact_on},
        f"Contact recorded for {args.circle} on {contact.contact_on} (id {contact.uuid}).",
    )


def cmd_hours_add(args: argparse.Namespace) -> int:
    """Record time given: a meeting, travel, training, a contact."""
    from circlesdesk.services import activity

    with open_vault(args) as vault:
        hours = activity.record_hours(
            vault,
            worked_on=args.date,
            minutes=args.minutes,
            activity=args.activity,
            circle_code=args.circle,
        )
    return done(
        args,
        {"id": hours.uuid, "date": hours.worked_on, "minutes": hours.minutes},
        f"{hours.minutes} minutes recorded on {hours.worked_on} (id {hours.uuid}).",
    )


def _scores(values: list[str]) -> dict[str, int]:
    scores: dict[str, int] = {}
    for value in values:
        key, _, number = value.partition("=")
        if not (key.strip() and number.strip().isascii() and number.strip().isdigit()):
            raise ValidationError("Write each score as ITEM=NUMBER, for example --score housing=3.")
        scores[key.strip()] = int(number)
    return scores


def cmd_review_items(args: argparse.Namespace) -> int:
    """The items the office's review template scores."""
    from circlesdesk.services import activity

    with open_vault(args) as vault:
        template, items = activity.review_items(vault)
    if args.json:
        print_json({"template": template, "items": items})
        return 0
    print(f"Review template {template} (score each 0–6 with --score ITEM=N):")
    for key, label in items.items():
        print(f"  {key:<24} {label}")
    return 0


def cmd_review_add(args: argparse.Namespace) -> int:
    """Record a dynamic-risk review: every item of the office's template scored 0–6."""
    from circlesdesk.services import activity

    scores = _scores(args.score)
    with open_vault(args) as vault:
        review = activity.record_review(
            vault,
            circle_code=args.circle,
            review_on=args.date,
            scores=scores,
            notes=args.notes,
        )
    return done(
        args,
        {"id": review.uuid, "circle": args.circle, "date": review.review_on},
        f"Review recorded for {args.circle} on {review.review_on} (id {review.uuid}).",
    )


def _modes() -> list[str]:
    from circlesdesk.domain.enums import ContactMode

    return [mode.value for mode in ContactMode]


COMMANDS = (
    "contact",
    "hours",
    "review",
)  # what register() adds, so that a command builds only its group


def register(commands: Commands) -> None:
    """``contact add``, ``hours add``, ``review items`` and ``review add``."""
    group = commands.group("contact", "contacts with the core member between meetings")
    p = group.add("add", cmd_contact_add, "record a call or a one-to-one")
    p.add_argument("--circle", required=True, metavar="CODE")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--summary", required=True, help="what was said, in a few words")
    p.add_argument(
        "--mode", default="phone", choices=LazyChoices(_modes), metavar="MODE", help="%(choices)s"
    )
    p.add_argument(
        "--raise-at-next-meeting", action="store_true", help="bring it up at the next meeting"
    )
    p.add_argument("--json", action="store_true")

    group = commands.group("hours", "the time you give")
    p = group.add("add", cmd_hours_add, "record time given")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--minutes", required=True, type=int, metavar="N")
    p.add_argument("--activity", required=True, help="meeting, travel, training, contact…")
    p.add_argument("--circle", metavar="CODE", help="the circle it was for, if one")
    p.add_argument("--json", action="store_true")

    group = commands.group("review", "dynamic-risk reviews")
    p = group.add("items", cmd_review_items, "the items a review scores")
    p.add_argument("--json", action="store_true")
    p = group.add("add", cmd_review_add, "record a review: every item scored 0–6")
    p.add_argument("--circle", required=True, metavar="CODE")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument(
        "--score", action="append", default=[], metavar="ITEM=N", help="one for every item"
    )
    p.add_argument("--notes", default="")
    p.add_argument("--json", action="store_true")
