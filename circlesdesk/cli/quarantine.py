"""The office's quarantine: forks, revoked devices' bundles and bundles out of scope."""

from __future__ import annotations

import argparse

from circlesdesk.cli.common import Commands, counts_text, done, open_vault, print_json


def cmd_quarantine_list(args: argparse.Namespace) -> int:
    """List quarantined bundles (forks, revoked devices' bundles, bundles outside their device's
    circles, with the reason) and their decisions."""
    from circlesdesk.services import conflicts

    with open_vault(args) as vault:
        views = conflicts.quarantined(vault)
    if args.json:
        print_json(
            [
                {
                    "id": v.id,
                    "state": v.state,
                    "sender": v.sender,
                    "sender_name": v.sender_name,
                    "sequence": v.seq,
                    "received_at": v.received_at,
                    "counts": v.counts,
                    "already_held": v.already_held,
                    "may_accept": v.may_accept,
                    "reason": None if v.reason is None else str(v.reason),
                    "decision": None if v.decision is None else v.decision.choice,
                }
                for v in views
            ]
        )
        return 0
    if not views:
        print(
            "No quarantined bundles: no forks, nothing from a revoked device, nothing outside "
            "a device's circles."
        )
    for v in views:
        decided = "open" if v.decision is None else v.decision.choice
        print(
            f"{v.id:>4}  {v.state:<8} {v.sender_name:<20} bundle {v.seq:<4} "
            f"{counts_text(v.counts)}; the office holds {v.already_held} of them  [{decided}]"
        )
        if v.reason:
            print(f"      {v.reason}")
    return 0


def cmd_quarantine_accept(args: argparse.Namespace) -> int:
    """Accept a fork's records after looking at them, or import the records of a bundle held
    as out of scope that lie in its device's circles."""
    from circlesdesk.services import conflicts

    with open_vault(args) as vault:
        outcomes = conflicts.accept_bundle(vault, args.id, args.note)
    return done(
        args,
        {"id": args.id, "decision": "accepted", "outcomes": outcomes},
        f"Accepted the records of bundle {args.id}: {counts_text(outcomes)}.",
    )


def cmd_quarantine_set_aside(args: argparse.Namespace) -> int:
    """Set a quarantined bundle aside with a note."""
    from circlesdesk.services import conflicts

    with open_vault(args) as vault:
        conflicts.decide_bundle(vault, args.id, args.note)
    return done(
        args,
        {"id": args.id, "decision": "set-aside"},
        f"Bundle {args.id} is set aside; it stays kept and is never imported.",
    )


# What register() adds (a command line that names one builds only its group).
COMMANDS = ("quarantine",)


def register(commands: Commands) -> None:
    """``quarantine list``, ``accept`` and ``set-aside``."""
    group = commands.group("quarantine", "office: forks and revoked bundles")
    p = group.add("list", cmd_quarantine_list, "list quarantined bundles")
    p.add_argument("--json", action="store_true")
    p = group.add("accept", cmd_quarantine_accept, "store a fork's records")
    p.add_argument("id", type=int, metavar="ID", help="the id `quarantine list` shows")
    p.add_argument("--note", required=True, help="why (required)")
    p.add_argument("--json", action="store_true")
    p = group.add("set-aside", cmd_quarantine_set_aside, "keep a bundle aside")
    p.add_argument("id", type=int, metavar="ID", help="the id `quarantine list` shows")
    p.add_argument("--note", required=True, help="why (required)")
    p.add_argument("--json", action="store_true")
