"""Disclosures (office): to partner offices, and subject access requests."""

from __future__ import annotations

import argparse
from pathlib import Path

from circlesdesk.cli.common import Commands, done, open_vault, print_json, say


def cmd_disclosure_list(args: argparse.Namespace) -> int:
    """List the disclosures this office made: when, to whom, on what basis, what."""
    from circlesdesk.services import disclosures

    with open_vault(args) as vault:
        entries = disclosures.disclosure_log(vault)
    if args.json:
        print_json([entry.to_json() for entry in entries])
        return 0
    for entry in entries:
        print(
            f"{entry.made_at}  {entry.agency}  ({entry.format}, consent {entry.consent}, "
            f"{len(entry.items)} records)  basis: {entry.basis}"
        )
    if not entries:
        print("No disclosures have been made.")
    return 0


def cmd_disclosure_key(args: argparse.Namespace) -> int:
    """Write this office's key file for partner offices and print its fingerprint."""
    from circlesdesk.services import disclosures
    from circlesdesk.services import sync as sync_service

    with open_vault(args) as vault:
        data, fingerprint = disclosures.partner_key(vault)
    sync_service.write_file(data, out=Path(args.out))
    if args.json:
        return done(args, {"file": args.out, "fingerprint": fingerprint})
    say(args, f"Partner key written to {args.out}.")
    print(f"Fingerprint (read it to the partner office by phone): {fingerprint}")
    return 0


def cmd_disclosure_open(args: argparse.Namespace) -> int:
    """Verify and read a partner office's disclosure; nothing is imported."""
    from circlesdesk.services import disclosures

    with open_vault(args) as vault:
        received = disclosures.open_partner_bundle(vault, Path(args.file), Path(args.from_key))
    print(received.text(), end="")
    return 0


def cmd_subject_access(args: argparse.Namespace) -> int:
    """Write everything held about one core member as one JSON file."""
    from circlesdesk.services import subject_access

    with open_vault(args) as vault:
        written = subject_access.subject_access(vault, args.core_member, Path(args.out))
    if args.json:
        return done(args, {"file": str(written.path), "counts": written.counts})
    print(f"{written.path} ({sum(written.counts.values())} records)")
    return 0


COMMANDS = (
    "disclosure",
    "subject-access",
)  # what register() adds, so that a command builds only its group


def register(commands: Commands) -> None:
    """``disclosure list``, ``key`` and ``open``, and ``subject-access``."""
    group = commands.group("disclosure", "office: disclosures to partners")
    p = group.add("list", cmd_disclosure_list, "list the disclosures made")
    p.add_argument("--json", action="store_true")
    p = group.add("key", cmd_disclosure_key, "write this office's partner key file")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true")
    p = group.add("open", cmd_disclosure_open, "verify and read a partner's disclosure")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--from-key", required=True, metavar="FILE", help="the sender's key file")

    p = commands.add("subject-access", cmd_subject_access, "office: all held about a core member")
    p.add_argument("--core-member", required=True, metavar="PSEUDONYM")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true")
