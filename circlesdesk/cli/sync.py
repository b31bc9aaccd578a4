"""Sync by files: enrollment, export, import and checking a bundle."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from circlesdesk.cli import exits
from circlesdesk.cli.common import (
    Commands,
    counts_text,
    done,
    open_vault,
    print_json,
    read_binary,
    say,
)
from circlesdesk.errors import ValidationError

if TYPE_CHECKING:
    from circlesdesk.sync import importer
    from circlesdesk.vault.vault import Vault

RESTORED_TEXT = (
    "The office holds a newer bundle from this laptop than this copy of the vault wrote, so it "
    "was restored from a backup: nothing was removed, and the next export sends again "
    "everything the office does not hold."
)


def cmd_enroll_request(args: argparse.Namespace) -> int:
    """Write this volunteer's enrollment request."""
    from circlesdesk.services import sync as sync_service

    with open_vault(args) as vault:
        data, fingerprint = sync_service.enrollment_request(vault)
    sync_service.write_file(data, out=Path(args.out))
    if args.json:
        return done(args, {"file": args.out, "fingerprint": fingerprint})
    say(args, f"Enrollment request written to {args.out}.")
    say(args, "Give it to your coordinator and read them this fingerprint to compare:")
    print(f"    {fingerprint}")
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    """Enroll a volunteer's device from its request and write its welcome bundle."""
    from circlesdesk.services import sync as sync_service

    data = read_binary(args.request, "enrollment request")
    with open_vault(args) as vault:
        enrolled = sync_service.enroll(vault, data, assign=args.assign)
    sync_service.write_file(enrolled.welcome.data, out=Path(args.out))
    if args.json:
        return done(
            args,
            {
                "name": enrolled.name,
                "device_id": enrolled.device_id,
                "fingerprint": enrolled.fingerprint,
                "file": args.out,
            },
        )
    say(args, f"Enrolled {enrolled.name} (device {enrolled.device_id}).")
    say(args, "Compare this fingerprint with the one the volunteer reads to you:")
    print(f"    {enrolled.fingerprint}")
    say(args, f"Welcome bundle written to {args.out}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the next bundle(s)."""
    from circlesdesk.services import sync as sync_service

    out = Path(args.out) if args.out else None
    out_dir = Path(args.out_dir) if args.out_dir else None
    if out is None and out_dir is None:
        raise ValidationError("Say where to write the bundle (--out FILE or --out-dir DIR).")
    with open_vault(args) as vault:
        bundles = sync_service.export(vault, to=args.to, all_devices=args.all_devices)
        written = sync_service.write_bundles(bundles, out=out, out_dir=out_dir)
    if args.json:
        print_json(
            [
                {"file": str(path), "to": b.recipient, "sequence": b.sequence, "counts": b.counts}
                for path, b in zip(written, bundles, strict=True)
            ]
        )
    else:
        for path, bundle in zip(written, bundles, strict=True):
            say(args, f"Wrote bundle {bundle.sequence} to {path}: {counts_text(bundle.counts)}.")
    return 0


def _result_json(path: str, result: importer.ImportResult) -> dict[str, Any]:
    return {
        "file": path,
        "state": result.state.value,
        "sender": result.sender,
        "sender_name": result.sender_name,
        "sequence": result.sequence,
        "counts": result.counts,
        "outcomes": result.outcomes,
        "purged": result.purged,
        "then_applied": list(result.then_applied),
        "office_fingerprint": result.office_fingerprint,
        "reason": None if result.reason is None else str(result.reason),
        "restored": result.restored,
    }


def cmd_import(args: argparse.Namespace) -> int:
    """Import bundles; each file is all or nothing. Exit 1 if any file was refused, else 5 if
    any was held for the coordinator because it holds records outside its device's circles."""
    from circlesdesk.services import sync as sync_service
    from circlesdesk.sync import importer
    from circlesdesk.sync.errors import BundleError

    failed = 0
    held = False
    reports: list[dict[str, Any]] = []
    with open_vault(args) as vault:
        for path in args.files:
            try:
                confirmed = _confirmed_office(vault, Path(path), args.office_fingerprint)
                result = sync_service.import_file(vault, Path(path), office_fingerprint=confirmed)
            except BundleError as error:
                failed = failed or exits.code_for(error)
                sentence = exits.sentence(error)
                reports.append({"file": path, "state": "invalid", "error": sentence})
                if not args.json:
                    print(f"{path}: {sentence}", file=sys.stderr)
                continue
            reports.append(_result_json(path, result))
            held = held or result.state is importer.State.OUT_OF_SCOPE
            if not args.json:
                _print_import(path, result)
    if args.json:
        print_json(reports)
    return failed or (exits.HELD if held else exits.SUCCESS)


def _confirmed_office(vault: Vault, path: Path, given: str | None) -> str | None:
    """The office fingerprint the user vouches for, if this file is a welcome from an office
    this laptop does not trust yet: ``--office-fingerprint``, or the digits shown and confirmed
    at a terminal (trust on first use, as the first-run wizard asks). None otherwise."""
    from circlesdesk.services import sync as sync_service

    if given is not None or not sys.stdin.isatty():
        return given  # no terminal to ask at: the service refuses a welcome without digits
    welcome = sync_service.inspect_welcome(vault, path)
    if not welcome.needs_confirmation:
        return None
    print(f"{path}: a welcome file from the office “{welcome.office_name}”.")
    print("Ask your coordinator to read out the office's fingerprint, and compare it with this:")
    print(f"    {welcome.office_fingerprint}")
    answer = input("Do these numbers match the office's? [y/N] ")
    return welcome.office_fingerprint if answer.strip().lower() in ("y", "yes") else ""


def _print_import(path: str, result: importer.ImportResult) -> None:
    from circlesdesk.sync import importer

    who = f"{result.sender_name} (bundle {result.sequence})"
    if result.state is importer.State.READY:
        changes = ", ".join(
            f"{result.outcomes[key]} {label}"
            for key, label in (
                ("new", "new"),
                ("updated", "updated"),
                ("unchanged", "unchanged"),
                ("older", "older than held"),
                ("conflict", "conflicting (kept for review)"),
            )
            if result.outcomes.get(key)
        )
        print(f"{path}: imported {who}: {counts_text(result.counts)} ({changes or 'no changes'}).")
        if result.then_applied:
            waiting = ", ".join(str(n) for n in result.then_applied)
            print(f"    Bundles that were waiting were imported too: {waiting}.")
        if result.purged:
            print(
                f"    {result.purged} old records the office holds were removed from this laptop."
            )
        if result.restored:
            print(f"    {RESTORED_TEXT}")
        if result.office_fingerprint:
            print("    Compare the office fingerprint with your coordinator:")
            print(f"        {result.office_fingerprint}")
    else:
        print(f"{path}: {who}: {importer.state_message(result.state)}")
        if result.reason:
            print(f"    {result.reason}")


def cmd_verify(args: argparse.Namespace) -> int:
    """Check a bundle without importing it."""
    from circlesdesk.services import sync as sync_service
    from circlesdesk.sync import importer

    with open_vault(args) as vault:
        checked = sync_service.verify(vault, Path(args.file))
    header = checked.header
    if args.json:
        print_json(
            {
                "file": args.file,
                "valid": True,
                "kind": header.kind,
                "sender": header.sender_device_id,
                "sender_name": checked.sender_name,
                "sender_fingerprint": checked.sender.fingerprint(),
                "sequence": header.sequence,
                "created_at": header.created_at,
                "counts": checked.counts,
                "state": checked.state.value,
                "reason": str(checked.reason),
            }
        )
    else:
        print(
            f"A valid {header.kind} bundle from {checked.sender_name} ({header.sender_device_id})."
        )
        print(f"Bundle number {header.sequence}, made {header.created_at}.")
        print(f"It holds {counts_text(checked.counts)}.")
        print(f"Importing it now: {importer.state_message(checked.state)}")
        if checked.scope:
            print(checked.reason)
    return 0


COMMANDS = (
    "enroll-request",
    "enroll",
    "export",
    "import",
    "verify",
)  # what register() adds, so that a command builds only its group


def register(commands: Commands) -> None:
    """enroll-request, enroll, export, import, verify."""
    p = commands.add("enroll-request", cmd_enroll_request, "volunteer: write an enrollment request")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true")

    p = commands.add("enroll", cmd_enroll, "office: enroll a device and write its welcome bundle")
    p.add_argument("request", metavar="REQUEST_FILE")
    p.add_argument("--out", required=True, metavar="WELCOME_FILE")
    p.add_argument("--assign", action="append", default=[], metavar="CIRCLE_CODE")
    p.add_argument("--json", action="store_true")

    p = commands.add("export", cmd_export, "write the next sync bundle(s)")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--out", metavar="FILE")
    target.add_argument("--out-dir", metavar="DIR")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--to", metavar="DEVICE_ID", help="office: the device to write to")
    who.add_argument("--all-devices", action="store_true", help="office: one bundle per device")
    p.add_argument("--json", action="store_true")

    p = commands.add("import", cmd_import, "import bundle files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--office-fingerprint",
        metavar="DIGITS",
        help="a welcome file: the office fingerprint your coordinator read out (needed when "
        "there is no terminal to ask at)",
    )
    p.add_argument("--json", action="store_true")

    p = commands.add("verify", cmd_verify, "check a bundle without importing it")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
