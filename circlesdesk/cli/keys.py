"""Keys and devices: this device's keys, the enrolled devices, revoking, a new office key."""

from __future__ import annotations

import argparse

from circlesdesk.cli.common import Commands, done, open_vault, print_json, say


def cmd_devices(args: argparse.Namespace) -> int:
    """List enrolled devices."""
    from circlesdesk.services import sync as sync_service

    with open_vault(args) as vault:
        rows = sync_service.devices(vault)
    if args.json:
        print_json(
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
    from circlesdesk.services import sync as sync_service

    with open_vault(args) as vault:
        device_id = vault.info.device_id
        keys = sync_service.own_keys(vault)
    if args.json:
        print_json({"device_id": device_id, "keys": [key.as_json() for key in keys]})
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
    from circlesdesk.services import sync as sync_service

    with open_vault(args) as vault:
        peer = sync_service.revoke(vault, args.device_id, after_seq=args.after_seq)
    return done(
        args,
        {"device_id": peer.device_id, "revoked_after_seq": peer.revoked_after_seq},
        f"Device {peer.device_id} is revoked: its bundles after number "
        f"{peer.revoked_after_seq} will be quarantined, not imported.",
    )


def cmd_rotate_office_key(args: argparse.Namespace) -> int:
    """Make a new office key; devices learn it from their next bundles."""
    from circlesdesk.services import sync as sync_service

    with open_vault(args) as vault:
        public = sync_service.rotate_office_key(vault)
    if args.json:
        return done(args, {"fingerprint": public.fingerprint(), "key_id": public.key_id})
    say(args, "A new office key was made. Write reply bundles so every device learns it.")
    print(f"New office fingerprint: {public.fingerprint()}")
    return 0


COMMANDS = (
    "devices",
    "keys",
    "revoke",
    "rotate-office-key",
)  # what register() adds, so that a command builds only its group


def register(commands: Commands) -> None:
    """devices, keys, revoke, rotate-office-key."""
    p = commands.add("devices", cmd_devices, "list enrolled devices")
    p.add_argument("--json", action="store_true")

    p = commands.add("keys", cmd_keys, "show this device's public keys and key ids")
    p.add_argument("--json", action="store_true")

    p = commands.add("revoke", cmd_revoke, "office: stop accepting a device's bundles")
    p.add_argument("device_id", metavar="DEVICE_ID")
    p.add_argument("--after-seq", type=int, metavar="N")
    p.add_argument("--json", action="store_true")

    p = commands.add("rotate-office-key", cmd_rotate_office_key, "office: make a new office key")
    p.add_argument("--json", action="store_true")
