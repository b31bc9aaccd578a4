"""The retention policy (office): what is kept how long, deleting what is due."""

from __future__ import annotations

import argparse

from circlesdesk.cli.common import Commands, InputError, done, open_vault


def cmd_retention_list(args: argparse.Namespace) -> int:
    """Show the retention policy and the closed circles due for deletion."""
    from circlesdesk.services import retention

    with open_vault(args) as vault:
        policy = retention.rules(vault)
        due = retention.due_for_deletion(vault)
    if args.json:
        return done(
            args,
            {
                "years_kept": dict(policy),
                "due": [
                    {
                        "code": circle.code,
                        "closed_on": circle.closed_on,
                        "keep_until": circle.keep_until,
                        "records": circle.total,
                    }
                    for circle in due
                ],
            },
        )
    print("Years kept after a circle closed:")
    for kind, years in policy.items():
        print(f"  {kind:<10} {years}")
    if not due:
        print("No closed circle is due for deletion.")
    for circle in due:
        print(
            f"{circle.code:<10} closed {circle.closed_on}  kept until {circle.keep_until}  "
            f"{circle.total} records"
        )
    return 0


def cmd_retention_delete(args: argparse.Namespace) -> int:
    """Delete closed circles whose retention period is over (asks for --yes first)."""
    from circlesdesk.services import circles, retention

    with open_vault(args) as vault:
        uuids = [circles.find_circle(vault, code).uuid for code in args.circle]
        if not args.yes:
            due = {c.uuid: c for c in retention.due_for_deletion(vault)}
            for uuid, code in zip(uuids, args.circle, strict=True):
                if uuid in due:
                    print(f"{code}: {due[uuid].total} records would be deleted.")
            raise InputError(
                "Deleting a circle cannot be undone. Add --yes to delete it and every record "
                "about it."
            )
        result = retention.delete_due(vault, uuids)
    return done(
        args,
        {"deleted": list(result.codes), "records": result.records},
        f"Deleted {', '.join(result.codes)}: {result.records} records.",
    )


# What register() adds (a command line that names one builds only its group).
COMMANDS = ("retention",)


def register(commands: Commands) -> None:
    """``retention list`` and ``retention delete``."""
    group = commands.group("retention", "office: the retention policy")
    p = group.add("list", cmd_retention_list, "the policy and circles due for deletion")
    p.add_argument("--json", action="store_true")
    p = group.add("delete", cmd_retention_delete, "delete closed circles that are due")
    p.add_argument("--circle", action="append", required=True, metavar="CODE")
    p.add_argument("--yes", action="store_true", help="delete: this cannot be undone")
    p.add_argument("--json", action="store_true")
