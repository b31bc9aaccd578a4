"""Creating a vault with its device identity, and reading what a vault holds."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from circlesdesk.domain import records
from circlesdesk.domain.config import default_office_config
from circlesdesk.domain.enums import Role
from circlesdesk.sync import trust
from circlesdesk.sync.keys import DeviceIdentity
from circlesdesk.vault import database, keyslots, store
from circlesdesk.vault.vault import Vault

COUNTED = {
    "circles": records.Circle,
    "people": records.Person,
    "meetings": records.Meeting,
    "attendance": records.Attendance,
    "concerns": records.Concern,
    "contacts": records.Contact,
    "hours": records.VolunteerHours,
    "reviews": records.Review,
}


def create_vault(
    folder: Path,
    *,
    role: Role,
    name: str,
    passphrase: str,
    kdf: keyslots.KdfParams | None = None,
    phone: str = "",
) -> tuple[Vault, str]:
    """Make a vault with a new device identity; returns it unlocked and the recovery code.

    An office vault starts with the default office configuration (and its phone number).
    """
    identity = DeviceIdentity.generate()
    initial: list[records.Record] = []
    if role is Role.OFFICE:
        initial.append(
            default_office_config(office_device=identity.device_id, office_name=name, phone=phone)
        )
    return Vault.create(
        folder,
        passphrase=passphrase,
        role=role,
        name=name,
        device_id=identity.device_id,
        device_keys=identity.private_bytes(),
        kdf=kdf,
        initial_records=initial,
    )


def identity(vault: Vault) -> DeviceIdentity:
    """This vault's current device identity (the newest key pair after an office key rotation),
    read from inside the encrypted database."""
    return trust.current_identity(vault)


@dataclasses.dataclass(frozen=True)
class Status:
    """What `circlesdesk status` shows: who this vault is and how much it holds."""

    role: str
    device_id: str
    name: str
    fingerprint: str
    counts: dict[str, int]
    schema_version: int


def status(vault: Vault) -> Status:
    """Role, identity and record counts of an unlocked vault."""
    return Status(
        role=vault.info.role.value,
        device_id=vault.info.device_id,
        name=vault.info.name,
        fingerprint=identity(vault).public().fingerprint(),
        counts={label: store.count(vault.conn, cls) for label, cls in COUNTED.items()},
        schema_version=database.schema_version(vault.conn),
    )
