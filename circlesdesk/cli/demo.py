"""The demo organisation: an office and its volunteers, made up."""

from __future__ import annotations

import argparse
from pathlib import Path

from circlesdesk.cli.common import Commands, done, passphrase


def cmd_demo(args: argparse.Namespace) -> int:
    """Build a demo organisation."""
    from circlesdesk.services import demo

    out = Path(args.out)
    built = demo.build_demo(
        out,
        passphrase=passphrase(args),
        circles=args.circles,
        volunteers_per_circle=args.volunteers_per_circle,
        weeks=args.weeks,
        seed=args.seed,
        progress=None if args.quiet or args.json else lambda message: print(f"  {message}…"),
    )
    return done(
        args,
        {
            "folder": str(out),
            "office": str(built.office),
            "volunteers": [str(path) for path in built.volunteers],
            "circles": built.circles,
            "meetings": built.meetings,
        },
        f"Demo organisation ready in {out}: {built.circles} circles, "
        f"{len(built.volunteers)} volunteers, {built.meetings} meetings not yet exported.",
        f"Office vault: {built.office}",
        f"Volunteer vaults: {out / 'volunteers'}",
        "Open one with: circlesdesk --data-dir FOLDER (the passphrase you gave).",
    )


# What register() adds (a command line that names one builds only its group).
COMMANDS = ("demo",)


def register(commands: Commands) -> None:
    """``demo``."""
    p = commands.add("demo", cmd_demo, "build a demo organisation (office and volunteers)")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--circles", type=int, default=3, metavar="N")
    p.add_argument("--volunteers-per-circle", type=int, default=4, metavar="K")
    p.add_argument("--weeks", type=int, default=12, metavar="W")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--json", action="store_true")
