"""The vault itself: create it, see its status, change its passphrase or key, check it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from circlesdesk.cli import exits
from circlesdesk.cli.common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_WAYS,
    RECOVERY_CODE_ENV,
    Commands,
    ask_new_passphrase,
    counts_text,
    data_dir,
    given_passphrase,
    new_passphrase,
    open_vault,
    passphrase,
    print_json,
    recovery_code,
    say,
    unlocked,
)
from circlesdesk.domain.enums import Role


def cmd_init(args: argparse.Namespace) -> int:
    """Create a vault and print its recovery code once."""
    from circlesdesk.services import setup

    secret = given_passphrase(args) or ask_new_passphrase(ways=PASSPHRASE_WAYS)
    vault, code = setup.create_vault(
        data_dir(args), role=Role(args.role), name=args.name, passphrase=secret, phone=args.phone
    )
    with vault:
        fingerprint = setup.identity(vault).public().fingerprint()
        device_id = vault.info.device_id
    if args.json:
        print_json(
            {
                "folder": str(data_dir(args)),
                "role": args.role,
                "device_id": device_id,
                "fingerprint": fingerprint,
                "recovery_code": code,
            }
        )
        return 0
    say(args, f"Created a new {args.role} vault in {data_dir(args)}.")
    print(f"Device fingerprint: {fingerprint}")
    print()
    print("Your recovery code (write it down and keep it somewhere safe; it is shown only once):")
    print()
    print(f"    {code}")
    print()
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """Show role, identity, counts and (for a volunteer) where sync stands."""
    from circlesdesk.services import setup

    with open_vault(args) as vault:
        info = setup.status(vault)
        state = None
        if info.role == Role.VOLUNTEER.value:  # the sync service is loaded only for a volunteer
            from circlesdesk.services import sync as sync_service

            state = sync_service.sync_status(vault)
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
        print_json(report)
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
        print(f"Unsynced:    {counts_text(state.unsynced)}")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    """Change the passphrase (rewraps the key; nothing else is re-encrypted)."""
    from circlesdesk.vault.vault import Vault

    old = passphrase(args)
    with unlocked(Vault.unlock(data_dir(args), passphrase=old)) as vault:
        vault.change_passphrase(old_passphrase=old, new_passphrase=new_passphrase(args))
    say(args, "The passphrase has been changed.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    """Unlock with the recovery code and set a new passphrase."""
    from circlesdesk.vault.vault import Vault

    code = recovery_code(args)
    new = new_passphrase(args)
    with unlocked(Vault.recover(data_dir(args), recovery_code=code, new_passphrase=new)):
        pass
    say(args, "The vault is open again with your new passphrase. Your recovery code still works.")
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    """Re-encrypt the vault under a new data key (after a suspected compromise)."""
    from circlesdesk import crashpoints
    from circlesdesk.vault.vault import Vault

    secret = passphrase(args)
    with unlocked(Vault.unlock(data_dir(args), passphrase=secret)) as vault:
        code = vault.rotate_data_key(passphrase=secret)
        if args.json:
            print_json({"recovery_code": code})
        else:
            say(
                args,
                "The vault has been re-encrypted with a new key. Your old recovery code no "
                "longer works.",
            )
            print("Your new recovery code (write it down; it is shown only once):")
            print()
            print(f"    {code}")
            print()
        sys.stdout.flush()
        crashpoints.reach("cli.rotate-code-printed")
        vault.recovery_code_shown()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Read every page of the vault and check its structure and its audit chain."""
    from circlesdesk.vault import audit, database

    with open_vault(args) as vault:
        pages_ok = database.integrity_ok(vault.conn)
        chain = audit.verify(vault.conn)
    if args.json:
        print_json(
            {
                "pages_ok": pages_ok,
                "audit_ok": chain.ok,
                "audit_entries": chain.rows,
                "audit_first_broken": chain.first_broken,
            }
        )
    if pages_ok and chain.ok:
        say(args, "The vault is intact: every page checks out and the audit log is unbroken.")
        return exits.SUCCESS
    from circlesdesk.vault.errors import VaultDamaged

    if not pages_ok:
        print(exits.sentence(VaultDamaged()), file=sys.stderr)
    if not chain.ok:
        print(f"The audit log has been altered at entry {chain.first_broken}.", file=sys.stderr)
    return exits.FAILED if pages_ok else exits.code_for(VaultDamaged())


COMMANDS = (
    "init",
    "status",
    "passwd",
    "recover",
    "rotate-key",
    "check",
)  # what register() adds, so that a command builds only its group


def register(commands: Commands) -> None:
    """The vault's commands: init, status, passwd, recover, rotate-key, check."""
    p = commands.add("init", cmd_init, "create a new vault and print its recovery code")
    p.add_argument("--role", required=True, choices=[role.value for role in Role])
    p.add_argument("--name", required=True, help="your name, or the office's name")
    p.add_argument("--phone", default="", help="office only: the coordinator's phone number")
    p.add_argument("--json", action="store_true")

    p = commands.add("status", cmd_status, "show this vault's role, identity and record counts")
    p.add_argument("--json", action="store_true")

    p = commands.add("passwd", cmd_passwd, "change the vault passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE", help=f"or set ${NEW_PASSPHRASE_ENV}")

    p = commands.add(
        "recover", cmd_recover, "unlock with the recovery code and set a new passphrase"
    )
    p.add_argument("--recovery-code-file", metavar="FILE", help=f"or set ${RECOVERY_CODE_ENV}")
    p.add_argument("--new-passphrase-file", metavar="FILE", help=f"or set ${NEW_PASSPHRASE_ENV}")

    p = commands.add("rotate-key", cmd_rotate_key, "re-encrypt the vault with a new key")
    p.add_argument("--json", action="store_true")
    p = commands.add("check", cmd_check, "check every page of the vault and its audit log")
    p.add_argument("--json", action="store_true")
