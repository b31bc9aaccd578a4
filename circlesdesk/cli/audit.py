"""The audit log: check its hash chain and, at the office, every laptop's witness of it."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from circlesdesk.cli.common import Commands, open_vault, print_json, say

if TYPE_CHECKING:
    from circlesdesk.services import audit_log


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Check the audit log's hash chain and, at the office, every laptop's witness of it."""
    from circlesdesk.services import audit_log

    with open_vault(args) as vault:
        report = audit_log.verify(vault)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "entries": report.chain.rows,
                "first_broken": report.chain.first_broken,
                "witnesses": [
                    {
                        "device": witness.device_name,
                        "entry": witness.length,
                        "witnessed_at": witness.witnessed_at,
                        "bundle": witness.bundle_seq,
                        "matches": witness.ok,
                    }
                    for witness in report.witnesses
                ],
            }
        )
    for witness in report.witnesses:
        state = "matches" if witness.ok else "DOES NOT MATCH"
        say(
            args,
            f"Witnessed by {witness.device_name}: entry {witness.length} on "
            f"{_witness_time(witness.witnessed_at)} (its bundle {witness.bundle_seq}): {state}.",
        )
    if report.ok:
        laptops = len(report.witnesses)
        witnessed = (
            f"; {laptops} laptop{'s' if laptops != 1 else ''} witnessed it" if laptops else ""
        )
        say(args, f"The audit log is intact ({report.chain.rows} entries{witnessed}).")
        return 0
    if not report.chain.ok:
        print(
            f"The audit log has been altered at entry {report.chain.first_broken}.",
            file=sys.stderr,
        )
    first = report.first_break
    if first is not None:
        print(_witness_break(first, intact_up_to=report.intact_up_to), file=sys.stderr)
    return 1


def _witness_time(at: str) -> str:
    """A witnessed time as a reader expects it: 2026-12-07 14:00 UTC."""
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(at).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return at


def _witness_break(witness: audit_log.WitnessCheck, *, intact_up_to: int) -> str:
    """The first laptop whose witness the log no longer matches, in words."""
    from circlesdesk.services import audit_log

    seen = (
        f"{witness.device_name}'s laptop witnessed on {_witness_time(witness.witnessed_at)} "
        f"(in its bundle {witness.bundle_seq})"
    )
    if witness.state is audit_log.WitnessState.MISSING:
        return (
            f"The audit log is shorter than {seen}: it had {witness.length} entries then. "
            "Entries were removed since, or the vault was restored from an older backup."
        )
    after = f"after entry {intact_up_to} and " if intact_up_to else ""
    return (
        f"The audit log was rewritten: entry {witness.length} is not the one {seen}. "
        f"An entry {after}at or before entry {witness.length} was changed since then and "
        "the chain worked out again, or an older backup was restored and the log went on "
        "from it."
    )


# What register() adds (a command line that names one builds only its group).
COMMANDS = ("audit",)


def register(commands: Commands) -> None:
    """``audit verify``."""
    group = commands.group("audit", "the audit log")
    p = group.add("verify", cmd_audit_verify, "check the audit log's hash chain")
    p.add_argument("--json", action="store_true")
