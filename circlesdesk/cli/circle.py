"""Circles (office): create one, list them with their rosters, close one with its reason."""

from __future__ import annotations

import argparse
from typing import Any

from circlesdesk.cli.common import Commands, done, open_vault, print_json


def cmd_circle_add(args: argparse.Namespace) -> int:
    """Create a circle (office)."""
    from circlesdesk.services import circles

    with open_vault(args) as vault:
        circle = circles.add_circle(
            vault, code=args.code, core_member=args.core_member, volunteers=args.volunteer
        )
    return done(
        args,
        {"code": circle.code, "id": circle.uuid, "volunteers": len(args.volunteer)},
        f"Circle {circle.code} created with {len(args.volunteer)} volunteer(s).",
    )


def cmd_circle_list(args: argparse.Namespace) -> int:
    """List circles with their rosters."""
    from circlesdesk.services import circles

    with open_vault(args) as vault:
        rows: list[dict[str, Any]] = [
            {
                "code": circle.code,
                "phase": circle.phase,
                "meeting_pattern": circle.meeting_pattern,
                "members": [
                    {"name": e.person.name, "role": e.membership.role}
                    for e in circles.roster(vault, circle.uuid)
                ],
            }
            for circle in circles.list_circles(vault)
        ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            names = ", ".join(m["name"] for m in row["members"])
            print(f"{row['code']:<10} {row['phase']:<12} {names}")
    return 0


def cmd_circle_close(args: argparse.Namespace) -> int:
    """Close a circle with the reason it ended and the day (office)."""
    from circlesdesk.services import endings

    with open_vault(args) as vault:
        ending = endings.close_circle(
            vault, code=args.code, ended_on=args.date, reason=args.reason, note=args.note or ""
        )
    return done(
        args,
        {"code": args.code, "ended_on": ending.ended_on, "reason": ending.reason},
        f"Circle {args.code} closed on {ending.ended_on} ({ending.reason}).",
    )


# What register() adds (a command line that names one builds only its group).
COMMANDS = ("circle",)


def register(commands: Commands) -> None:
    """``circle add``, ``circle list`` and ``circle close``."""
    from circlesdesk.domain.enums import EndingReason

    group = commands.group("circle", "manage circles (office)")
    p = group.add("add", cmd_circle_add, "create a circle")
    p.add_argument("--code", required=True, help="circle code, e.g. SW-014")
    p.add_argument("--core-member", required=True, metavar="PSEUDONYM")
    p.add_argument("--volunteer", action="append", default=[], metavar="NAME")
    p.add_argument("--json", action="store_true")
    p = group.add("list", cmd_circle_list, "list circles and their members")
    p.add_argument("--json", action="store_true")
    p = group.add("close", cmd_circle_close, "close a circle with the reason it ended")
    p.add_argument("--code", required=True, help="circle code, e.g. SW-014")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day it ended")
    p.add_argument("--reason", required=True, choices=[r.value for r in EndingReason])
    p.add_argument("--note", metavar="TEXT", help="a note on the ending (kept at the office)")
    p.add_argument("--json", action="store_true")
