"""The `circlesdesk` command: every vault action from a terminal (no Qt unless the GUI starts).

Exit codes: 0 success, 1 the operation failed (one plain sentence on stderr), 2 usage error,
3 an urgent concern without the time of the call (``--called-at``), 4 a meeting for a circle and
date that already has one (``--again`` records it anyway), 5 ``import`` held a bundle for the
coordinator (records outside its device's circles; the reason is printed). Nothing is stored
when it is not 0, except the held bundle itself. Problems of the disk or the vault's files have
their own (docs/user-guide.md, "When something goes wrong"): 10 disk full, 11 read-only,
12 permission denied, 13 no vault, 14 database missing, 15 database is a folder, 16 key file of
another vault, 17 damaged, 18 disk error, 70 a bug (a sentence, never a traceback). ``import``
of a welcome from an office this laptop does not trust yet: 6 its office fingerprint was not
confirmed (no ``--office-fingerprint`` and no terminal to ask at), 7 the digits given are not
the welcome's (or the answer at the terminal was no); nothing is stored. ``backup``: 20 not a
backup file, 21 the backup is damaged, 22 its manifest does not match what it holds, 23 the
restore folder already holds a vault, 24 a backup from a newer version.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import getpass
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from circlesdesk import __version__, crashpoints, paths
from circlesdesk.domain import defaults, urgency, validation
from circlesdesk.domain.enums import AttendanceStatus, MeetingMode, Role
from circlesdesk.errors import UserError, ValidationError
from circlesdesk.reports.tables import Period
from circlesdesk.services import (
    audit_log,
    backups,
    circles,
    conflicts,
    demo,
    meetings,
    reports,
    setup,
)
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import importer
from circlesdesk.sync.errors import BundleError
from circlesdesk.vault import audit, database, diagnose
from circlesdesk.vault import backup as backup_files
from circlesdesk.vault.errors import DiskFull, VaultReadOnly
from circlesdesk.vault.vault import DATABASE_FILE, Vault

PASSPHRASE_ENV = "CIRCLESDESK_PASSPHRASE"  # noqa: S105 (the name of a variable)
NEW_PASSPHRASE_ENV = "CIRCLESDESK_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_CODE_ENV = "CIRCLESDESK_RECOVERY_CODE"
BUNDLE_SUFFIX = ".cdb"
EXIT_HELD = 5  # `import`: a bundle was held for the coordinator (records outside its circles)
GUI_OPTIONS = ("--data-dir", "--passphrase-file")  # the options before `circlesdesk FILE.cdb…`

Handler = Callable[[argparse.Namespace], int]
BUG_EXIT = 70  # EX_SOFTWARE
RESTORED_TEXT = (
    "The office holds a newer bundle from this laptop than this copy of the vault wrote, so it "
    "was restored from a backup: nothing was removed, and the next export sends again "
    "everything the office does not hold."
)


class InputError(UserError):
    """A problem with what was given on the command line (a file, a missing passphrase)."""


def _read_secret_file(path: str, what: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError):
        raise InputError(f"The {what} file could not be read.") from None


def _prompt(label: str, *, env: str = PASSPHRASE_ENV, option: str = "--passphrase-file") -> str:
    if not sys.stdin.isatty():
        raise InputError(f"No {label} was given: set {env} or use {option}.")
    return getpass.getpass(f"{label.capitalize()}: ")


def passphrase(args: argparse.Namespace) -> str:
    """The vault passphrase from --passphrase-file, the environment, or a no-echo prompt."""
    if args.passphrase_file:
        return _read_secret_file(args.passphrase_file, "passphrase")
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    return _prompt("passphrase")


def _new_passphrase(args: argparse.Namespace, *, env: str) -> str:
    if os.environ.get(env):
        return os.environ[env]
    file = getattr(args, "new_passphrase_file", None)
    if file:
        return _read_secret_file(file, "new passphrase")
    option = "--passphrase-file" if env == PASSPHRASE_ENV else "--new-passphrase-file"
    first = _prompt("new passphrase", env=env, option=option)
    if getpass.getpass("Repeat the new passphrase: ") != first:
        raise InputError("The two passphrases are not the same.")
    return first


def data_dir(args: argparse.Namespace) -> Path:
    """The vault folder chosen by --data-dir, the environment, or the platform default."""
    return paths.data_dir(args.data_dir)


@contextlib.contextmanager
def open_vault(args: argparse.Namespace) -> Iterator[Vault]:
    """Unlock the vault for one command and lock it afterwards.

    What the unlock found is said first (files made private again, the new recovery code of a
    key rotation cut short); a disk or database failure during the command becomes its sentence.
    """
    with unlocked(Vault.unlock(data_dir(args), passphrase=passphrase(args))) as vault:
        yield vault


@contextlib.contextmanager
def unlocked(vault: Vault) -> Iterator[Vault]:
    """Announce what the unlock found, explain disk failures, and lock the vault at the end."""
    try:
        announce(vault)
        with vault.explained():
            yield vault
    finally:
        vault.lock()


def announce(vault: Vault) -> None:
    """Tell the user what unlocking found (on stderr, so that --json output stays clean)."""
    if vault.tightened:
        print(
            "Other users of this computer could read some of the vault's files "
            f"({', '.join(vault.tightened)}); they are private again now.",
            file=sys.stderr,
        )
    code = vault.unshown_recovery_code()
    if code is not None:
        print(
            "A change of the vault's key was interrupted. Your old recovery code no longer "
            "works. Your new recovery code (write it down now; it is shown until you have "
            f"seen it once):\n\n    {code}\n",
            file=sys.stderr,
        )
        crashpoints.reach("cli.new-code-printed")
        vault.recovery_code_shown()


def _print_json(value: object) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


# -- commands ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    """Create a vault and print its recovery code once."""
    secret = (
        (args.passphrase_file and _read_secret_file(args.passphrase_file, "passphrase"))
        or os.environ.get(PASSPHRASE_ENV)
        or _new_passphrase(args, env=PASSPHRASE_ENV)
    )
    vault, code = setup.create_vault(
        data_dir(args), role=Role(args.role), name=args.name, passphrase=secret, phone=args.phone
    )
    with vault:
        fingerprint = setup.identity(vault).public().fingerprint()
    print(f"Created a new {args.role} vault in {data_dir(args)}.")
    print(f"Device fingerprint: {fingerprint}")
    print()
    print("Your recovery code (write it down and keep it somewhere safe; it is shown only once):")
    print()
    print(f"    {code}")
    print()
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """Show role, identity, counts and (for a volunteer) where sync stands."""
    with open_vault(args) as vault:
        info = setup.status(vault)
        state = sync_service.sync_status(vault) if info.role == Role.VOLUNTEER.value else None
    if args.json:
        report: dict[str, Any] = {
            "role": info.role,
            "device_id": info.device_id,
            "name": info.name,
            "fingerprint": info.fingerprint,
            "schema_version": info.schema_version,
            "counts": info.counts,
        }
        if state is not None:
            report["sync"] = {
                "office": state.office_name,
                "office_fingerprint": state.office_fingerprint,
                "last_sent": state.last_sent,
                "last_receipt": state.last_receipt,
                "unsynced": state.unsynced,
            }
        _print_json(report)
        return 0
    print(f"Role:        {info.role}")
    print(f"Name:        {info.name}")
    print(f"Device id:   {info.device_id}")
    print(f"Fingerprint: {info.fingerprint}")
    for label, number in info.counts.items():
        print(f"{label.capitalize() + ':':<13}{number}")
    if state is not None:
        print(f"Office:      {state.office_name or 'not yet welcomed'}")
        print(f"Sent:        bundle {state.last_sent}, receipted up to {state.last_receipt}")
        print(f"Unsynced:    {_counts_text(state.unsynced)}")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    """Change the passphrase (rewraps the key; nothing else is re-encrypted)."""
    old = passphrase(args)
    with unlocked(Vault.unlock(data_dir(args), passphrase=old)) as vault:
        vault.change_passphrase(
            old_passphrase=old, new_passphrase=_new_passphrase(args, env=NEW_PASSPHRASE_ENV)
        )
    print("The passphrase has been changed.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    """Unlock with the recovery code and set a new passphrase."""
    if os.environ.get(RECOVERY_CODE_ENV):
        code = os.environ[RECOVERY_CODE_ENV]
    elif args.recovery_code_file:
        code = _read_secret_file(args.recovery_code_file, "recovery code")
    else:
        code = _prompt("recovery code", env=RECOVERY_CODE_ENV, option="--recovery-code-file")
    new = _new_passphrase(args, env=NEW_PASSPHRASE_ENV)
    with unlocked(Vault.recover(data_dir(args), recovery_code=code, new_passphrase=new)):
        pass
    print("The vault is open again with your new passphrase. Your recovery code still works.")
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    """Re-encrypt the vault under a new data key (after a suspected compromise)."""
    secret = passphrase(args)
    with unlocked(Vault.unlock(data_dir(args), passphrase=secret)) as vault:
        code = vault.rotate_data_key(passphrase=secret)
        print(
            "The vault has been re-encrypted with a new key. Your old recovery code no longer "
            "works."
        )
        print("Your new recovery code (write it down; it is shown only once):")
        print()
        print(f"    {code}", flush=True)
        print()
        crashpoints.reach("cli.rotate-code-printed")
        vault.recovery_code_shown()
    return 0


def cmd_circle_add(args: argparse.Namespace) -> int:
    """Create a circle (office)."""
    with open_vault(args) as vault:
        circle = circles.add_circle(
            vault, code=args.code, core_member=args.core_member, volunteers=args.volunteer
        )
    print(f"Circle {circle.code} created with {len(args.volunteer)} volunteer(s).")
    return 0


def cmd_circle_list(args: argparse.Namespace) -> int:
    """List circles with their rosters."""
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
        _print_json(rows)
    else:
        for row in rows:
            names = ", ".join(m["name"] for m in row["members"])
            print(f"{row['code']:<10} {row['phase']:<12} {names}")
    return 0


def _split_names(values: Sequence[str] | None) -> list[str]:
    return [name.strip() for value in values or () for name in value.split(",") if name.strip()]


def _parse_concern(spec: str, *, called_at: str | None) -> meetings.ConcernInput:
    parts = spec.split(":", 2)
    level = parts[0].strip()
    if len(parts) != 3 or not (level.isascii() and level.isdigit()):
        raise ValidationError(
            "A concern must be written as LEVEL:CATEGORY:TEXT, for example 2:loneliness:…"
        )
    return meetings.ConcernInput(
        level=int(level),
        category=parts[1].strip(),
        description=parts[2].strip(),
        coordinator_phoned_at=called_at if urgency.needs_phone_call(int(level)) else None,
    )


def _call_time(value: str | None, *, held_on: str) -> str | None:
    """``--called-at`` in ISO 8601, local time: HH:MM on the meeting's date, or a date and time."""
    if not value:
        return None
    text = value.strip()
    validation.date(held_on, field="meeting date")
    try:
        if len(text) <= 5:
            moment = dt.datetime.combine(
                dt.date.fromisoformat(held_on), dt.time.fromisoformat(text)
            )
        else:
            moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            "The time of the call must be written as HH:MM (on the meeting's date) "
            "or YYYY-MM-DDTHH:MM."
        ) from None
    return moment.replace(second=0, microsecond=0).astimezone().isoformat()


def _read_text_file(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise InputError(f"The {what} file could not be read as UTF-8 text.") from None


def cmd_meeting_add(args: argparse.Namespace) -> int:
    """Record a meeting with attendance and concerns in one transaction."""
    minutes = args.minutes or ""
    if args.minutes_file:
        minutes = _read_text_file(args.minutes_file, "minutes")
    called_at = _call_time(args.called_at, held_on=args.date)
    concerns = [_parse_concern(spec, called_at=called_at) for spec in args.concern or ()]
    with open_vault(args) as vault:
        circle = circles.find_circle(vault, args.circle)
        attendance: dict[str, AttendanceStatus] = {}
        for status, names in (
            (AttendanceStatus.PRESENT, args.present),
            (AttendanceStatus.LATE, args.late),
            (AttendanceStatus.APOLOGIES, args.apologies),
            (AttendanceStatus.ABSENT, args.absent),
        ):
            for name in _split_names(names):
                person = circles.member_by_name(vault, circle.uuid, name)
                if person.uuid in attendance:
                    raise ValidationError("A person is listed twice in the attendance.")
                attendance[person.uuid] = status
        meeting = meetings.record_meeting(
            vault,
            circle_code=args.circle,
            held_on=args.date,
            start_time=args.time,
            minutes=minutes,
            mode=MeetingMode(args.mode) if args.mode else None,
            attendance=attendance,
            concerns=concerns,
            again=args.again,
        )
    print(f"Meeting recorded for {args.circle} on {args.date} (id {meeting.uuid}).")
    return 0


def cmd_meeting_list(args: argparse.Namespace) -> int:
    """List meetings, newest first."""
    with open_vault(args) as vault:
        summaries = meetings.list_meetings(vault, circle_code=args.circle)
    if args.json:
        _print_json(
            [
                {
                    "id": s.meeting.uuid,
                    "circle": s.circle_code,
                    "date": s.meeting.held_on,
                    "time": s.meeting.start_time,
                    "revision": s.meeting.revision,
                    "status": s.meeting.status,
                    "mode": s.meeting.mode,
                    "attendance": s.attendance,
                    "concern_levels": list(s.concern_levels),
                    "minutes": s.meeting.minutes,
                }
                for s in summaries
            ]
        )
    else:
        for s in summaries:
            concerns = f"  concerns: {len(s.concern_levels)}" if s.concern_levels else ""
            present = sum(1 for v in s.attendance.values() if v in ("present", "late"))
            print(
                f"{s.meeting.held_on}  {s.circle_code:<10} present {present}/"
                f"{len(s.attendance)}{concerns}  {s.meeting.uuid}"
            )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Full-text search across minutes, concerns and contacts."""
    with open_vault(args) as vault:
        hits = meetings.search_records(vault, args.query, limit=args.limit)
        codes = {c.uuid: c.code for c in circles.list_circles(vault)}
    if args.json:
        _print_json(
            [
                {
                    "kind": h.kind,
                    "id": h.uuid,
                    "circle": codes.get(h.circle_uuid),
                    "date": h.date,
                    "snippet": h.snippet,
                }
                for h in hits
            ]
        )
    else:
        if not hits:
            print("Nothing found.")
        for h in hits:
            print(f"{h.date}  {codes.get(h.circle_uuid, '?'):<10} {h.kind:<8} {h.snippet}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Read every page of the vault and check its structure and its audit chain."""
    with open_vault(args) as vault:
        pages_ok = database.integrity_ok(vault.conn)
        chain = audit.verify(vault.conn)
    if pages_ok and chain.ok:
        print("The vault is intact: every page checks out and the audit log is unbroken.")
        return 0
    if not pages_ok:
        print(
            "The vault file is damaged. Restore it from a backup, or ask your coordinator.",
            file=sys.stderr,
        )
    if not chain.ok:
        print(f"The audit log has been altered at entry {chain.first_broken}.", file=sys.stderr)
    return 1


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Check the audit log's hash chain and, at the office, every laptop's witness of it."""
    with open_vault(args) as vault:
        report = audit_log.verify(vault)
    for witness in report.witnesses:
        state = "matches" if witness.ok else "DOES NOT MATCH"
        print(
            f"Witnessed by {witness.device_name}: entry {witness.length} on "
            f"{_witness_time(witness.witnessed_at)} (its bundle {witness.bundle_seq}): {state}."
        )
    if report.ok:
        laptops = len(report.witnesses)
        witnessed = (
            f"; {laptops} laptop{'s' if laptops != 1 else ''} witnessed it" if laptops else ""
        )
        print(f"The audit log is intact ({report.chain.rows} entries{witnessed}).")
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
    try:
        return dt.datetime.fromisoformat(at).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return at


def _witness_break(witness: audit_log.WitnessCheck, *, intact_up_to: int) -> str:
    """The first laptop whose witness the log no longer matches, in words."""
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


def cmd_enroll_request(args: argparse.Namespace) -> int:
    """Write this volunteer's enrollment request."""
    with open_vault(args) as vault:
        data, fingerprint = sync_service.enrollment_request(vault)
    sync_service.write_file(data, out=Path(args.out))
    print(f"Enrollment request written to {args.out}.")
    print("Give it to your coordinator and read them this fingerprint to compare:")
    print(f"    {fingerprint}")
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    """Enroll a volunteer's device from its request and write its welcome bundle."""
    data = _read_binary(args.request, "enrollment request")
    with open_vault(args) as vault:
        enrolled = sync_service.enroll(vault, data, assign=args.assign)
    sync_service.write_file(enrolled.welcome.data, out=Path(args.out))
    print(f"Enrolled {enrolled.name} (device {enrolled.device_id}).")
    print("Compare this fingerprint with the one the volunteer reads to you:")
    print(f"    {enrolled.fingerprint}")
    print(f"Welcome bundle written to {args.out}.")
    return 0


def _read_binary(path: str, what: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(1024 * 1024)
    except OSError:
        raise InputError(f"The {what} file could not be read.") from None


def _counts_text(counts: dict[str, int]) -> str:
    if not counts:
        return "no records"
    return ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in sorted(counts.items()))


def cmd_export(args: argparse.Namespace) -> int:
    """Write the next bundle(s)."""
    out = Path(args.out) if args.out else None
    out_dir = Path(args.out_dir) if args.out_dir else None
    if out is None and out_dir is None:
        raise ValidationError("Say where to write the bundle (--out FILE or --out-dir DIR).")
    with open_vault(args) as vault:
        bundles = sync_service.export(vault, to=args.to, all_devices=args.all_devices)
        written = sync_service.write_bundles(bundles, out=out, out_dir=out_dir)
    if args.json:
        _print_json(
            [
                {"file": str(path), "to": b.recipient, "sequence": b.sequence, "counts": b.counts}
                for path, b in zip(written, bundles, strict=True)
            ]
        )
    else:
        for path, bundle in zip(written, bundles, strict=True):
            print(f"Wrote bundle {bundle.sequence} to {path}: {_counts_text(bundle.counts)}.")
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
    failed = 0
    held = False
    reports: list[dict[str, Any]] = []
    with open_vault(args) as vault:
        for path in args.files:
            try:
                confirmed = _confirmed_office(vault, Path(path), args.office_fingerprint)
                result = sync_service.import_file(vault, Path(path), office_fingerprint=confirmed)
            except BundleError as error:
                failed = failed or error.exit_code
                reports.append({"file": path, "state": "invalid", "error": str(error)})
                if not args.json:
                    print(f"{path}: {error}", file=sys.stderr)
                continue
            reports.append(_result_json(path, result))
            held = held or result.state is importer.State.OUT_OF_SCOPE
            if not args.json:
                _print_import(path, result)
    if args.json:
        _print_json(reports)
    return failed or (EXIT_HELD if held else 0)


def _confirmed_office(vault: Vault, path: Path, given: str | None) -> str | None:
    """The office fingerprint the user vouches for, if this file is a welcome from an office
    this laptop does not trust yet: ``--office-fingerprint``, or the digits shown and confirmed
    at a terminal (trust on first use, as the first-run wizard asks). None otherwise."""
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
        print(f"{path}: imported {who}: {_counts_text(result.counts)} ({changes or 'no changes'}).")
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
    with open_vault(args) as vault:
        checked = sync_service.verify(vault, Path(args.file))
    header = checked.header
    if args.json:
        _print_json(
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
        print(f"It holds {_counts_text(checked.counts)}.")
        print(f"Importing it now: {importer.state_message(checked.state)}")
        if checked.scope:
            print(checked.reason)
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    """List enrolled devices."""
    with open_vault(args) as vault:
        rows = sync_service.devices(vault)
    if args.json:
        _print_json(
            [
                {
                    "device_id": r.peer.device_id,
                    "name": r.peer.name,
                    "role": r.peer.role,
                    "fingerprint": r.fingerprint,
                    "enrolled_at": r.peer.enrolled_at,
                    "last_seq_in": r.peer.last_seq_in,
                    "last_seq_out": r.peer.last_seq_out,
                    "receipted_seq_out": r.peer.acked_seq_out,
                    "revoked_after_seq": r.peer.revoked_after_seq,
                    "held": r.held,
                    "quarantined": r.quarantined,
                    "keys": [key.as_json() for key in r.keys],
                }
                for r in rows
            ]
        )
    else:
        if not rows:
            print("No devices are enrolled yet.")
        for r in rows:
            revoked = (
                f"  REVOKED after {r.peer.revoked_after_seq}"
                if r.peer.revoked_after_seq is not None
                else ""
            )
            print(
                f"{r.peer.device_id}  {r.peer.name:<20} in {r.peer.last_seq_in:<4}"
                f" out {r.peer.last_seq_out:<4}{revoked}"
            )
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    """Show this device's public keys and key ids (so others can check its bundles)."""
    with open_vault(args) as vault:
        device_id = vault.info.device_id
        keys = sync_service.own_keys(vault)
    if args.json:
        _print_json({"device_id": device_id, "keys": [key.as_json() for key in keys]})
        return 0
    print(f"Device id: {device_id}")
    for number, key in enumerate(keys):
        state = "retired" if key.retired_at else ("current" if number == 0 else "kept")
        print(f"Key {key.identity.key_id} ({state})")
        print(f"    signing (Ed25519):  {key.identity.signing_public.hex()}")
        print(f"    exchange (X25519):  {key.identity.exchange_public.hex()}")
        print(f"    fingerprint:        {key.identity.fingerprint()}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    """Revoke a device."""
    with open_vault(args) as vault:
        peer = sync_service.revoke(vault, args.device_id, after_seq=args.after_seq)
    print(
        f"Device {peer.device_id} is revoked: its bundles after number "
        f"{peer.revoked_after_seq} will be quarantined, not imported."
    )
    return 0


def cmd_rotate_office_key(args: argparse.Namespace) -> int:
    """Make a new office key; devices learn it from their next bundles."""
    with open_vault(args) as vault:
        public = sync_service.rotate_office_key(vault)
    print("A new office key was made. Write reply bundles so every device learns it.")
    print(f"New office fingerprint: {public.fingerprint()}")
    return 0


def cmd_quarantine_list(args: argparse.Namespace) -> int:
    """List quarantined bundles (forks, revoked devices' bundles, bundles outside their device's
    circles, with the reason) and their decisions."""
    with open_vault(args) as vault:
        views = conflicts.quarantined(vault)
    if args.json:
        _print_json(
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
            f"{_counts_text(v.counts)}; the office holds {v.already_held} of them  [{decided}]"
        )
        if v.reason:
            print(f"      {v.reason}")
    return 0


def cmd_quarantine_accept(args: argparse.Namespace) -> int:
    """Accept a fork's records after looking at them, or import the records of a bundle held
    as out of scope that lie in its device's circles."""
    with open_vault(args) as vault:
        outcomes = conflicts.accept_bundle(vault, args.id, args.note)
    print(f"Accepted the records of bundle {args.id}: {_counts_text(outcomes)}.")
    return 0


def cmd_quarantine_set_aside(args: argparse.Namespace) -> int:
    """Set a quarantined bundle aside with a note."""
    with open_vault(args) as vault:
        conflicts.decide_bundle(vault, args.id, args.note)
    print(f"Bundle {args.id} is set aside; it stays kept and is never imported.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Build a demo organisation."""
    out = Path(args.out)
    built = demo.build_demo(
        out,
        passphrase=passphrase(args),
        circles=args.circles,
        volunteers_per_circle=args.volunteers_per_circle,
        weeks=args.weeks,
        seed=args.seed,
        progress=None if args.quiet else lambda message: print(f"  {message}…"),
    )
    print(
        f"Demo organisation ready in {out}: {built.circles} circles, "
        f"{len(built.volunteers)} volunteers, {built.meetings} meetings not yet exported."
    )
    print(f"Office vault: {built.office}")
    print(f"Volunteer vaults: {out / 'volunteers'}")
    print("Open one with: circlesdesk --data-dir FOLDER (the passphrase you gave).")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write a report as CSV files or a PDF (quarterly return, outcomes, research extract)."""
    report = reports.Report(args.report)
    if report is reports.Report.QUARTERLY and not (args.start and args.end):
        raise InputError("Give the period with --from and --to, e.g. --from 2026-01-01.")
    if report is reports.Report.RESEARCH and args.format != "csv":
        raise InputError("The research extract is written as CSV files only.")
    period = Period.parse(args.start, args.end) if args.start or args.end else None
    warning = reports.personal_data_warning(report, names=args.names)
    if warning and not args.yes:
        raise InputError(f"{warning} Add --yes to write it.")
    out = Path(args.out)
    with open_vault(args) as vault:
        tables = reports.tables_for(vault, report, period=period, names=args.names)
        if args.format == "csv":
            written = reports.write_csv(vault, report, tables, out, period=period, names=args.names)
        else:
            from circlesdesk.ui.report_pdf import write_pdf  # Qt is imported only here.

            title, meta = reports.title_and_meta(vault, report, period=period, names=args.names)
            written = [write_pdf(out, title, meta, tables)]
            reports.record_export(
                vault, report, fmt="pdf", period=period, names=args.names, files=1
            )
    for path in written:
        print(path)
    return 0


def cmd_retention_list(args: argparse.Namespace) -> int:
    """Show the retention policy and the closed circles due for deletion."""
    from circlesdesk.services import retention

    with open_vault(args) as vault:
        policy = retention.rules(vault)
        due = retention.due_for_deletion(vault)
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
    from circlesdesk.services import retention

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
    print(f"Deleted {', '.join(result.codes)}: {result.records} records.")
    return 0


def cmd_disclosure_list(args: argparse.Namespace) -> int:
    """List the disclosures this office made: when, to whom, on what basis, what."""
    from circlesdesk.services import disclosures

    with open_vault(args) as vault:
        entries = disclosures.disclosure_log(vault)
    if args.json:
        _print_json([entry.to_json() for entry in entries])
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

    with open_vault(args) as vault:
        data, fingerprint = disclosures.partner_key(vault)
    sync_service.write_file(data, out=Path(args.out))
    print(f"Partner key written to {args.out}.")
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
    print(f"{written.path} ({sum(written.counts.values())} records)")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    """Start the desktop application, opening any bundle files given (``circlesdesk A.cdb``)."""
    from circlesdesk.ui.app import run  # Qt is imported only here.

    return run(data_dir(args), files=[Path(f) for f in getattr(args, "files", [])])


def _gui_files(argv: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """(the options, the bundle files) when the command line is ``[OPTIONS] FILE.cdb…`` (a file
    manager's "Open with"), else None. argparse cannot mix optional files with subcommands, so
    the files are recognised by their ``.cdb`` name before the commands are parsed."""
    options: list[str] = []
    files: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token in GUI_OPTIONS:
            options += [token, next(tokens, "")]
        elif token.startswith(tuple(f"{option}=" for option in GUI_OPTIONS)):
            options.append(token)
        elif token.startswith("-") or not token.lower().endswith(BUNDLE_SUFFIX):
            return None
        else:
            files.append(token)
    return (options, files) if files else None


# -- backups -------------------------------------------------------------------------------


def _backup_secret(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """(passphrase, recovery code) for a backup: ``--recovery-code-file`` if given, else the
    passphrase (file or environment), else the recovery code's environment, else a prompt."""
    if args.recovery_code_file:
        return None, _read_secret_file(args.recovery_code_file, "recovery code")
    if args.passphrase_file or os.environ.get(PASSPHRASE_ENV):
        return passphrase(args), None
    if os.environ.get(RECOVERY_CODE_ENV):
        return None, os.environ[RECOVERY_CODE_ENV]
    return passphrase(args), None


def _manifest_json(made: backup_files.Verified) -> dict[str, Any]:
    manifest = made.manifest
    return {
        "file": str(made.path),
        "created_at": manifest.created_at,
        "schema_version": manifest.schema_version,
        "counts": manifest.counts,
        "audit_rows": manifest.audit_rows,
        "sha256": manifest.database_sha256,
    }


def cmd_backup_create(args: argparse.Namespace) -> int:
    """Write a checked, encrypted backup of the vault into a folder (and keep N)."""
    with open_vault(args) as vault:
        made, deleted = backups.create_backup(vault, out_dir=Path(args.out), keep=args.keep)
    if args.json:
        _print_json({**_manifest_json(made), "deleted": [str(path) for path in deleted]})
        return 0
    print(f"Backup written and checked: {made.path}")
    if deleted:
        print(f"{len(deleted)} older backups deleted (keeping {args.keep}).")
    return 0


def cmd_backup_verify(args: argparse.Namespace) -> int:
    """Check a backup file completely, without opening or changing the vault."""
    secret, code = _backup_secret(args)
    checked = backups.verify_backup(
        Path(args.file),
        passphrase=secret,
        recovery_code=code,
        work_dir=Path(args.work_dir) if args.work_dir else None,
    )
    if args.json:
        _print_json(_manifest_json(checked))
        return 0
    manifest = checked.manifest
    print(
        f"The backup is sound: made {manifest.created_at}, schema version "
        f"{manifest.schema_version}, {sum(manifest.counts.values())} rows and "
        f"{manifest.audit_rows} audit entries, all as its manifest says."
    )
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:
    """Restore a backup into a new data folder (never over a vault)."""
    secret, code = _backup_secret(args)
    target = Path(args.to)
    restored = backups.restore_backup(
        Path(args.file), to=target, passphrase=secret, recovery_code=code
    )
    print(f"The backup made {restored.manifest.created_at} is restored into {target}.")
    if code is not None:
        print(
            f"Set a new passphrase for it: circlesdesk --data-dir {target} recover",
        )
    else:
        print(f"Open it with: circlesdesk --data-dir {target}")
    return 0


def cmd_backup_schedule(args: argparse.Namespace) -> int:
    """Set the backup schedule: how often, into which folder, how many to keep."""
    with open_vault(args) as vault:
        policy = backups.set_policy(
            vault, folder=str(Path(args.folder).absolute()), every=args.every, keep=args.keep
        )
    print(f"Backups {policy.every} into {policy.folder}, keeping the newest {policy.keep}.")
    return 0


def cmd_backup_status(args: argparse.Namespace) -> int:
    """Show the backup schedule, the last checked backup, and whether one is due."""
    with open_vault(args) as vault:
        policy = backups.policy(vault)
        last = backups.last_backup(vault)
        due = backups.reminder(vault)
    print(
        "Schedule:    "
        + (f"{policy.every} into {policy.folder}, keep {policy.keep}" if policy else "none set")
    )
    print(f"Last backup: {last.isoformat() if last else 'never'}")
    if due:
        print(due)
    return 0


# -- parser --------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="circlesdesk",
        description="Encrypted meeting records for Circles of Support and Accountability.",
        epilog="With no command the desktop app starts; `circlesdesk FILE.cdb…` opens bundle "
        "files in it (in the window already open, if there is one).",
    )
    parser.add_argument("--version", action="version", version=f"circlesdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"vault folder (default: ${paths.DATA_DIR_ENV} or your user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the passphrase from the first line of FILE (or set ${PASSPHRASE_ENV})",
    )
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str, parent: Any = sub) -> Any:
        p = parent.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command("init", cmd_init, "create a new vault and print its recovery code")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--name", required=True, help="your name, or the office's name")
    p.add_argument("--phone", default="", help="office only: the coordinator's phone number")

    p = command("status", cmd_status, "show this vault's role, identity and record counts")
    p.add_argument("--json", action="store_true")

    p = command("passwd", cmd_passwd, "change the vault passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE", help=f"or set ${NEW_PASSPHRASE_ENV}")

    p = command("recover", cmd_recover, "unlock with the recovery code and set a new passphrase")
    p.add_argument("--recovery-code-file", metavar="FILE", help=f"or set ${RECOVERY_CODE_ENV}")
    p.add_argument("--new-passphrase-file", metavar="FILE", help=f"or set ${NEW_PASSPHRASE_ENV}")

    command("rotate-key", cmd_rotate_key, "re-encrypt the vault with a new key")

    circle = command("circle", lambda _args: 2, "manage circles (office)")
    circle_sub = circle.add_subparsers(title="circle commands", metavar="ACTION", required=True)
    p = command("add", cmd_circle_add, "create a circle", circle_sub)
    p.add_argument("--code", required=True, help="circle code, e.g. SW-014")
    p.add_argument("--core-member", required=True, metavar="PSEUDONYM")
    p.add_argument("--volunteer", action="append", default=[], metavar="NAME")
    p = command("list", cmd_circle_list, "list circles and their members", circle_sub)
    p.add_argument("--json", action="store_true")

    meeting = command("meeting", lambda _args: 2, "record and list meetings")
    meeting_sub = meeting.add_subparsers(title="meeting commands", metavar="ACTION", required=True)
    categories = ", ".join(defaults.CONCERN_CATEGORIES)
    p = command(
        "add",
        cmd_meeting_add,
        "record a meeting with attendance and concerns",
        meeting_sub,
    )
    p.epilog = f"Concern categories: {categories}. Levels: 0 note … 4 emergency."
    p.add_argument("--circle", required=True, metavar="CODE")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--time", metavar="HH:MM")
    text = p.add_mutually_exclusive_group()
    text.add_argument("--minutes", metavar="TEXT")
    text.add_argument("--minutes-file", metavar="FILE")
    for status in ("present", "late", "apologies", "absent"):
        p.add_argument(f"--{status}", action="append", metavar="NAMES", help="comma-separated")
    p.add_argument(
        "--mode",
        choices=[mode.value for mode in MeetingMode],
        help="how the meeting was held (left unrecorded if not given)",
    )
    p.add_argument("--concern", action="append", metavar="LEVEL:CATEGORY:TEXT")
    p.add_argument(
        "--called-at",
        metavar="HH:MM",
        help="when you phoned the coordinator about a level 3 or 4 concern (needed for them)",
    )
    p.add_argument(
        "--again",
        action="store_true",
        help="record it even though the circle already has a meeting on that date",
    )
    p = command("list", cmd_meeting_list, "list meetings, newest first", meeting_sub)
    p.add_argument("--circle", metavar="CODE")
    p.add_argument("--json", action="store_true")

    p = command("search", cmd_search, "search minutes, concerns and contacts")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")

    p = command("enroll-request", cmd_enroll_request, "volunteer: write an enrollment request")
    p.add_argument("--out", required=True, metavar="FILE")

    p = command("enroll", cmd_enroll, "office: enroll a device and write its welcome bundle")
    p.add_argument("request", metavar="REQUEST_FILE")
    p.add_argument("--out", required=True, metavar="WELCOME_FILE")
    p.add_argument("--assign", action="append", default=[], metavar="CIRCLE_CODE")

    p = command("export", cmd_export, "write the next sync bundle(s)")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--out", metavar="FILE")
    target.add_argument("--out-dir", metavar="DIR")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--to", metavar="DEVICE_ID", help="office: the device to write to")
    who.add_argument("--all-devices", action="store_true", help="office: one bundle per device")
    p.add_argument("--json", action="store_true")

    p = command("import", cmd_import, "import bundle files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--office-fingerprint",
        metavar="DIGITS",
        help="a welcome file: the office fingerprint your coordinator read out (needed when "
        "there is no terminal to ask at)",
    )
    p.add_argument("--json", action="store_true")

    p = command("verify", cmd_verify, "check a bundle without importing it")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")

    p = command("devices", cmd_devices, "list enrolled devices")
    p.add_argument("--json", action="store_true")

    p = command("keys", cmd_keys, "show this device's public keys and key ids")
    p.add_argument("--json", action="store_true")

    p = command("revoke", cmd_revoke, "office: stop accepting a device's bundles")
    p.add_argument("device_id", metavar="DEVICE_ID")
    p.add_argument("--after-seq", type=int, metavar="N")

    command("rotate-office-key", cmd_rotate_office_key, "office: make a new office key")

    quarantine = command("quarantine", lambda _args: 2, "office: forks and revoked bundles")
    quarantine_sub = quarantine.add_subparsers(
        title="quarantine commands", metavar="ACTION", required=True
    )
    p = command("list", cmd_quarantine_list, "list quarantined bundles", quarantine_sub)
    p.add_argument("--json", action="store_true")
    p = command("accept", cmd_quarantine_accept, "store a fork's records", quarantine_sub)
    p.add_argument("id", type=int, metavar="ID", help="the id `quarantine list` shows")
    p.add_argument("--note", required=True, help="why (required)")
    p = command("set-aside", cmd_quarantine_set_aside, "keep a bundle aside", quarantine_sub)
    p.add_argument("id", type=int, metavar="ID", help="the id `quarantine list` shows")
    p.add_argument("--note", required=True, help="why (required)")

    command("check", cmd_check, "check every page of the vault and its audit log")

    p = command("demo", cmd_demo, "build a demo organisation (office and volunteers)")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--circles", type=int, default=3, metavar="N")
    p.add_argument("--volunteers-per-circle", type=int, default=4, metavar="K")
    p.add_argument("--weeks", type=int, default=12, metavar="W")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--quiet", action="store_true")

    p = command("report", cmd_report, "office: write a report as CSV files or a PDF")
    p.add_argument("report", choices=[r.value for r in reports.Report])
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day of the period")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day of the period")
    p.add_argument("--format", choices=["csv", "pdf"], default="csv")
    p.add_argument(
        "--out", required=True, metavar="DIR_OR_FILE", help="a folder (csv), a file (pdf)"
    )
    p.add_argument("--names", action="store_true", help="name volunteers (personal data)")
    p.add_argument("--yes", action="store_true", help="write a report that names people")

    retentionp = command("retention", lambda _args: 2, "office: the retention policy")
    retention_sub = retentionp.add_subparsers(
        title="retention commands", metavar="ACTION", required=True
    )
    command("list", cmd_retention_list, "the policy and circles due for deletion", retention_sub)
    p = command("delete", cmd_retention_delete, "delete closed circles that are due", retention_sub)
    p.add_argument("--circle", action="append", required=True, metavar="CODE")
    p.add_argument("--yes", action="store_true", help="delete: this cannot be undone")

    disclosure = command("disclosure", lambda _args: 2, "office: disclosures to partners")
    disclosure_sub = disclosure.add_subparsers(
        title="disclosure commands", metavar="ACTION", required=True
    )
    p = command("list", cmd_disclosure_list, "list the disclosures made", disclosure_sub)
    p.add_argument("--json", action="store_true")
    p = command("key", cmd_disclosure_key, "write this office's partner key file", disclosure_sub)
    p.add_argument("--out", required=True, metavar="FILE")
    p = command(
        "open", cmd_disclosure_open, "verify and read a partner's disclosure", disclosure_sub
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--from-key", required=True, metavar="FILE", help="the sender's key file")

    p = command("subject-access", cmd_subject_access, "office: all held about a core member")
    p.add_argument("--core-member", required=True, metavar="PSEUDONYM")
    p.add_argument("--out", required=True, metavar="FILE")

    auditp = command("audit", lambda _args: 2, "the audit log")
    audit_sub = auditp.add_subparsers(title="audit commands", metavar="ACTION", required=True)
    command("verify", cmd_audit_verify, "check the audit log's hash chain", audit_sub)

    backupp = command("backup", lambda _args: 2, "encrypted backups of the vault")
    backup_sub = backupp.add_subparsers(title="backup commands", metavar="ACTION", required=True)
    p = command("create", cmd_backup_create, "write a checked backup into a folder", backup_sub)
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--keep", type=int, metavar="N", help="then delete all but the newest N")
    p.add_argument("--json", action="store_true")
    recovery_help = f"open the backup with its recovery code (or set ${RECOVERY_CODE_ENV})"
    p = command("verify", cmd_backup_verify, "check a backup without opening the vault", backup_sub)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--recovery-code-file", metavar="FILE", help=recovery_help)
    p.add_argument(
        "--work-dir",
        metavar="DIR",
        help="where the encrypted copy being checked is made (default: the temp folder)",
    )
    p.add_argument("--json", action="store_true")
    p = command("restore", cmd_backup_restore, "restore a backup into a new folder", backup_sub)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--to", required=True, metavar="NEWDIR", help="a new folder (never a vault)")
    p.add_argument("--recovery-code-file", metavar="FILE", help=recovery_help)
    p = command("schedule", cmd_backup_schedule, "set how often backups are due", backup_sub)
    p.add_argument("--folder", required=True, metavar="DIR")
    p.add_argument("--every", required=True, choices=sorted(backups.EVERY_DAYS))
    p.add_argument("--keep", required=True, type=int, metavar="N")
    command("status", cmd_backup_status, "the schedule and the last backup", backup_sub)
    return parser


# What never reaches a terminal as it is: C0 controls but tab and newline (a lone carriage return
# too), DEL, C1 controls, and bidirectional embeddings, overrides and isolates. Any of them in a
# name, a text or a file name could move the cursor, retitle the window, rewrite what was printed
# before or reorder what is shown; each is printed as a visible \uXXXX escape instead.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character shown as a visible escape (CRLF becomes LF)."""
    return _UNPRINTABLE.sub(
        lambda found: f"\\u{ord(found.group()):04x}", text.replace("\r\n", "\n")
    )


class _TerminalSafe:
    """A text stream that writes through :func:`terminal_safe` (stdout and stderr while a
    command runs: every print of the CLI goes through it)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code. Nothing it prints carries a control sequence."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(stdout), _TerminalSafe(stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _main(argv: Sequence[str] | None) -> int:
    os.umask(0o077)
    # Warnings of the core (event types and ids) are not for the terminal: without a handler,
    # Python would print them to stderr beside the one sentence the user is meant to read.
    core_log = logging.getLogger("circlesdesk")
    if not core_log.handlers:
        core_log.addHandler(logging.NullHandler())
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui = _gui_files(arguments)
    args = parser.parse_args(arguments if gui is None else gui[0])
    if gui is not None:
        args.files = gui[1]
    try:
        result: int = args.handler(args)
    except UserError as error:
        print(str(error), file=sys.stderr)
        return error.exit_code
    except (database.DatabaseError, OSError) as error:
        explained = _explain(error, data_dir(args))
        print(str(explained), file=sys.stderr)
        return explained.exit_code
    except KeyboardInterrupt:
        return 1
    except Exception as error:  # a bug: one sentence, never a traceback (DESIGN.md §8)
        logging.getLogger(__name__).error("bug: %s", type(error).__name__)
        print(
            f"CirclesDesk stopped because of a bug ({type(error).__name__}); nothing more was "
            "saved. Please tell your coordinator what you were doing.",
            file=sys.stderr,
        )
        return BUG_EXIT
    return result


class FileProblem(UserError):
    """A file or folder outside the vault (a bundle, a report) that could not be used."""

    def __init__(self, message: str, *, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _explain(error: BaseException, folder: Path) -> UserError:
    """The sentence for a disk or database failure outside an open vault."""
    name = getattr(error, "filename", None)
    inside = name is None or Path(os.fspath(name)).resolve().is_relative_to(folder.resolve())
    if inside:
        found = diagnose.explain(error, folder=folder, database=folder / DATABASE_FILE)
        if found is not None:
            return found
    number = getattr(error, "errno", None)
    if number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return FileProblem(
            "There is no room left on the disk for the file being written. Free some space, "
            "or choose a place on another disk, and try again.",
            exit_code=DiskFull.exit_code,
        )
    if number == errno.EROFS:
        return FileProblem(
            "The folder chosen for the file is read-only. Choose a folder you can write to "
            "and try again.",
            exit_code=VaultReadOnly.exit_code,
        )
    reason = getattr(error, "strerror", None) or "it could not be read or written"
    return FileProblem(f"CirclesDesk could not use a file or folder it needs: {reason}.")
