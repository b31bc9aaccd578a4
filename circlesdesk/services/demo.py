"""A whole demo organisation on disk: an office and its volunteers' vaults, enrolled both ways,
with weeks of synthetic meetings in the volunteers' vaults, not yet exported."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from circlesdesk.atomicfile import ensure_private_dir
from circlesdesk.demo.organisation import generate_organisation
from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import Person
from circlesdesk.errors import ValidationError
from circlesdesk.services import setup
from circlesdesk.services import sync as sync_service
from circlesdesk.services.meetings import office_config
from circlesdesk.sync import importer
from circlesdesk.vault import database, keyslots, store
from circlesdesk.vault.vault import Vault

Progress = Callable[[str], None]


@dataclasses.dataclass(frozen=True)
class Demo:
    """Where the demo vaults are and how much they hold."""

    office: Path
    volunteers: dict[str, Path]  # volunteer name → vault folder
    circles: int
    meetings: int


def _folder_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "volunteer"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def build_demo(
    out: Path,
    *,
    passphrase: str,
    circles: int = 3,
    volunteers_per_circle: int = 4,
    weeks: int = 12,
    seed: int = 1,
    kdf: keyslots.KdfParams | None = None,
    progress: Progress | None = None,
) -> Demo:
    """Build the demo organisation in ``out`` (which must not already hold vaults)."""
    if circles < 1 or volunteers_per_circle < 1 or weeks < 1:
        raise ValidationError("demo.too_small")
    if (out / "office").exists() or (out / "volunteers").exists():
        raise ValidationError("demo.folder_taken")
    say = progress or (lambda _message: None)
    keyslots.check_passphrase(passphrase)
    kdf = kdf or keyslots.calibrate_kdf()
    ensure_private_dir(out / "volunteers")
    say("Creating the office vault")
    office, _code = setup.create_vault(
        out / "office", role=Role.OFFICE, name="Demo Circles Office", passphrase=passphrase, kdf=kdf
    )
    vaults: dict[str, Vault] = {}
    folders: dict[str, Path] = {}
    taken: set[str] = set()

    def make_volunteer(person: Person) -> str:
        folder = out / "volunteers" / _folder_name(person.name, taken)
        say(f"Creating a volunteer vault in {folder.name}")
        vault, _code = setup.create_vault(
            folder, role=Role.VOLUNTEER, name=person.name, passphrase=passphrase, kdf=kdf
        )
        vaults[person.uuid] = vault
        # Keyed by name; two volunteers of the same name are told apart by their folder.
        folders[person.name if person.name not in folders else folder.name] = folder
        return vault.info.device_id

    try:
        organisation = generate_organisation(
            seed=seed,
            circles=circles,
            volunteers_per_circle=volunteers_per_circle,
            weeks=weeks,
            start=dt.date.today() - dt.timedelta(weeks=weeks),
            office_device=office.info.device_id,
            volunteer_devices=make_volunteer,
        )
        say("Storing circles and rosters in the office vault")
        with database.transaction(office.conn):
            for record in organisation.office_records():
                if record.kind != "office_config":
                    store.save(office.conn, record)
            # The office keeps its own configuration, with the demo's review template in use.
            demo_config = organisation.office_config
            own = office_config(office)
            if own is None:
                store.save(office.conn, demo_config)
            else:
                store.save(
                    office.conn,
                    own.revised(
                        review_template_id=demo_config.review_template_id,
                        review_items=dict(demo_config.review_items),
                    ),
                )
        codes = {c.uuid: c.code for c in organisation.circles}
        meetings = 0
        for entry in organisation.volunteers:
            vault = vaults[entry.person.uuid]
            say(f"Enrolling {entry.device_id[:8]} and recording its meetings")
            request_data, _fingerprint = sync_service.enrollment_request(vault)
            assigned = sorted(
                {
                    codes[m.circle_uuid]
                    for m in organisation.memberships
                    if m.person_uuid == entry.person.uuid
                }
            )
            enrolled = sync_service.enroll(
                office, request_data, assign=assigned, person_uuid=entry.person.uuid
            )
            importer.import_bundle(vault, enrolled.welcome.data)
            with database.transaction(vault.conn):
                for record in entry.records():
                    store.save(vault.conn, record)
            meetings += len(entry.meetings)
    finally:
        office.lock()
        for vault in vaults.values():
            vault.lock()
    return Demo(
        office=out / "office",
        volunteers=folders,
        circles=len(organisation.circles),
        meetings=meetings,
    )
