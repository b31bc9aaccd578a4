"""The office's concern queue: list it, and acknowledge, answer, escalate or close a concern."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from circlesdesk.cli.common import Commands, done, open_vault, print_json

if TYPE_CHECKING:
    from circlesdesk.domain.records import ConcernResponse
    from circlesdesk.services.office import QueueEntry


def _entry_json(entry: QueueEntry) -> dict[str, Any]:
    concern = entry.concern
    return {
        "id": concern.uuid,
        "circle": entry.circle_code,
        "volunteer": entry.volunteer,
        "level": concern.level,
        "level_name": entry.level_name,
        "category": concern.category,
        "description": concern.description,
        "raised_at": concern.raised_at,
        "due_at": entry.due_at.isoformat(),
        "clock": entry.clock.value,
        "answered": entry.answered,
        "responses": [response.action for response in entry.responses],
    }


def cmd_concern_list(args: argparse.Namespace) -> int:
    """The open concerns, the most urgent first, each with when it is due."""
    from circlesdesk.services import office

    with open_vault(args) as vault:
        queue = office.concern_queue(vault)
    if args.json:
        print_json([_entry_json(entry) for entry in queue])
        return 0
    if not queue:
        print("No open concerns.")
    for entry in queue:
        answered = "answered" if entry.answered else f"due {entry.due_at:%Y-%m-%d %H:%M}"
        print(
            f"{entry.concern.uuid}  {entry.circle_code:<10} level {entry.concern.level} "
            f"({entry.level_name}), {entry.concern.category}, {answered} [{entry.clock.value}]"
        )
        print(f"    {entry.concern.description}")
    return 0


def _answered(args: argparse.Namespace, response: ConcernResponse, sentence: str) -> int:
    return done(
        args,
        {"concern": args.id, "action": response.action, "response": response.uuid},
        sentence,
    )


def cmd_concern_acknowledge(args: argparse.Namespace) -> int:
    """Tell the volunteer the office has seen the concern (in the next reply bundle)."""
    from circlesdesk.services import office

    with open_vault(args) as vault:
        response = office.acknowledge(vault, args.id)
    return _answered(args, response, "Acknowledged; the volunteer learns it from the next reply.")


def cmd_concern_respond(args: argparse.Namespace) -> int:
    """Answer the volunteer in words."""
    from circlesdesk.services import office

    with open_vault(args) as vault:
        response = office.respond(vault, args.id, args.text)
    return _answered(args, response, "Answered; the volunteer reads it after the next reply.")


def cmd_concern_escalate(args: argparse.Namespace) -> int:
    """Record a disclosure to an outer-circle agency: who, when and on what basis."""
    import datetime as dt

    from circlesdesk.errors import ValidationError
    from circlesdesk.services import office

    try:
        when = dt.datetime.fromisoformat(args.at) if args.at else dt.datetime.now(dt.UTC)
    except ValueError:
        raise ValidationError(
            "The time of the disclosure must be written as YYYY-MM-DDTHH:MM."
        ) from None
    if when.tzinfo is None:
        when = when.astimezone()  # local time, as the user wrote it
    with open_vault(args) as vault:
        response = office.escalate(vault, args.id, agency=args.agency, basis=args.basis, when=when)
    return _answered(args, response, f"The disclosure to {args.agency} is recorded.")


def cmd_concern_close(args: argparse.Namespace) -> int:
    """Close the concern with its outcome; it leaves the queue."""
    from circlesdesk.services import office

    with open_vault(args) as vault:
        response = office.close(vault, args.id, args.outcome)
    return _answered(args, response, "The concern is closed.")


# What register() adds (a command line that names one builds only its group).
COMMANDS = ("concern",)


def register(commands: Commands) -> None:
    """``concern list``, ``acknowledge``, ``respond``, ``escalate`` and ``close``."""
    group = commands.group("concern", "office: the concern queue and the answers to concerns")
    p = group.add("list", cmd_concern_list, "the open concerns, the most urgent first")
    p.add_argument("--json", action="store_true")
    for name, handler, help_text in (
        ("acknowledge", cmd_concern_acknowledge, "tell the volunteer the office has seen it"),
        ("respond", cmd_concern_respond, "answer the volunteer in words"),
        ("escalate", cmd_concern_escalate, "record a disclosure to an outer-circle agency"),
        ("close", cmd_concern_close, "close a concern with its outcome"),
    ):
        p = group.add(name, handler, help_text)
        p.add_argument("id", metavar="CONCERN_ID", help="the id `concern list` shows")
        if name == "respond":
            p.add_argument("--text", required=True, help="the answer the volunteer reads")
        elif name == "escalate":
            p.add_argument("--agency", required=True, help="who the concern was disclosed to")
            p.add_argument("--basis", required=True, help="the basis for the disclosure")
            p.add_argument(
                "--at", metavar="YYYY-MM-DDTHH:MM", help="when it was disclosed (default: now)"
            )
        elif name == "close":
            p.add_argument("--outcome", required=True, help="how the concern ended")
        p.add_argument("--json", action="store_true")
