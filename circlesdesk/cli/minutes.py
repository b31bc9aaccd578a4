"""The office's minutes review: the received meetings to read, what changed, marking them read."""

from __future__ import annotations

import argparse

from circlesdesk.cli.common import Commands, done, open_vault, print_json


def cmd_minutes_list(args: argparse.Namespace) -> int:
    """The received meetings and where each stands in the review."""
    from circlesdesk.services import minutes_review

    with open_vault(args) as vault:
        queue = minutes_review.review_queue(vault, waiting_only=args.waiting)
    if args.json:
        print_json(
            [
                {
                    "id": entry.meeting_uuid,
                    "circle": entry.circle_code,
                    "date": entry.held_on,
                    "minute_taker": entry.minute_taker,
                    "revision": entry.revision,
                    "state": entry.state.value,
                    "reviewed_revision": entry.pin.revision if entry.pin else None,
                }
                for entry in queue
            ]
        )
        return 0
    if not queue:
        print("No meetings are waiting to be reviewed." if args.waiting else "No meetings.")
    for entry in queue:
        print(
            f"{entry.held_on}  {entry.circle_code:<10} {entry.state.value:<20} "
            f"{entry.minute_taker or '?'}  {entry.meeting_uuid}"
        )
    return 0


def cmd_minutes_changes(args: argparse.Namespace) -> int:
    """What changed in a meeting since it was marked reviewed."""
    from circlesdesk.services import minutes_review

    with open_vault(args) as vault:
        changes = minutes_review.changes(vault, args.id)
    if args.json:
        print_json(
            {
                "id": args.id,
                "reviewed_revision": changes.pinned_revision,
                "reviewed_at": changes.reviewed_at,
                "current_revision": changes.current_revision,
                "fields": [
                    {"field": change.field, "old": change.old, "new": change.new}
                    for change in changes.fields
                ],
                "minutes": [{"op": op, "text": text} for op, text in changes.minutes],
            }
        )
        return 0
    print(
        f"Reviewed revision {changes.pinned_revision} ({changes.reviewed_at}); "
        f"now revision {changes.current_revision}."
    )
    for change in changes.fields:
        print(f"{change.field}: {change.old or '(none)'} → {change.new or '(none)'}")
    if changes.minutes_changed:
        marks = {minutes_review.INSERT: "[+{}+]", minutes_review.DELETE: "[-{}-]"}
        print(
            "Minutes: " + "".join(marks.get(op, "{}").format(text) for op, text in changes.minutes)
        )
    return 0


def cmd_minutes_reviewed(args: argparse.Namespace) -> int:
    """Mark a meeting's current revision as reviewed."""
    from circlesdesk.services import minutes_review

    with open_vault(args) as vault:
        pin = minutes_review.mark_reviewed(vault, args.id)
    return done(
        args,
        {"id": pin.meeting_uuid, "revision": pin.revision, "reviewed_at": pin.reviewed_at},
        f"Revision {pin.revision} of the meeting is marked reviewed.",
    )


# What register() adds (a command line that names one builds only its group).
COMMANDS = ("minutes",)


def register(commands: Commands) -> None:
    """``minutes list``, ``changes`` and ``reviewed``."""
    group = commands.group("minutes", "office: review the minutes of received meetings")
    p = group.add("list", cmd_minutes_list, "received meetings and their review state")
    p.add_argument("--waiting", action="store_true", help="only those to review")
    p.add_argument("--json", action="store_true")
    p = group.add("changes", cmd_minutes_changes, "what changed since a meeting was reviewed")
    p.add_argument("id", metavar="MEETING_ID", help="the id `minutes list` shows")
    p.add_argument("--json", action="store_true")
    p = group.add("reviewed", cmd_minutes_reviewed, "mark a meeting reviewed")
    p.add_argument("id", metavar="MEETING_ID", help="the id `minutes list` shows")
    p.add_argument("--json", action="store_true")
