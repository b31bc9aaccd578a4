"""Test helpers for sync: an organisation of real vaults, bundles between them, forged bundles.

:func:`build_org` makes an office and two volunteers' vaults (fast KDF), enrolls both volunteers
and imports their welcomes, exactly as the services do; tests copy it and open the copy as an
:class:`Org`. :func:`forge` writes what a device with hostile or faulty software could sign with
its real key: any header numbers and any record lines, framed and encrypted by the format's rules.
Tests import it as ``tests.sync_kit``.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import inspect
import json
import os
import shutil
import struct
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from circlesdesk.domain.enums import AttendanceStatus, Role
from circlesdesk.domain.records import (
    Circle,
    Meeting,
    OfficeConfig,
    Record,
    new_record_id,
    utc_now,
)
from circlesdesk.services import circles, meetings, setup
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import codec, importer, items, request, trust
from circlesdesk.sync.keys import DeviceIdentity, PublicIdentity
from circlesdesk.vault import audit, database, registry, store
from circlesdesk.vault.migrations import LATEST_VERSION
from circlesdesk.vault.registry import Peer
from circlesdesk.vault.vault import DATABASE_FILE, KEYS_FILE, Vault
from tests.vault_kit import FAST_KDF, PASSPHRASE, copy_vault, raw_connection

OFFICE_NAME = "Riverside Office"
CIRCLE = "SW-014"
CORE_MEMBER = "Kestrel"
VOLUNTEER_NAMES = {"alice": "Alice Marsh", "ben": "Ben Okafor"}
NAMES = ("office", *VOLUNTEER_NAMES)


def build_org(folder: Path) -> dict[str, Path]:
    """Office + Alice + Ben, enrolled in circle SW-014 and welcomed; every vault left locked."""
    office, _ = setup.create_vault(
        folder / "office",
        role=Role.OFFICE,
        name=OFFICE_NAME,
        passphrase=PASSPHRASE,
        kdf=FAST_KDF,
    )
    with office:
        circles.add_circle(
            office, code=CIRCLE, core_member=CORE_MEMBER, volunteers=list(VOLUNTEER_NAMES.values())
        )
        for short, name in VOLUNTEER_NAMES.items():
            volunteer, _ = setup.create_vault(
                folder / short,
                role=Role.VOLUNTEER,
                name=name,
                passphrase=PASSPHRASE,
                kdf=FAST_KDF,
            )
            with volunteer:
                request, _ = sync_service.enrollment_request(volunteer)
                enrolled = sync_service.enroll(office, request, assign=[CIRCLE])
                importer.import_bundle(volunteer, enrolled.welcome.data)
    return {name: folder / name for name in NAMES}


class Org:
    """The organisation's vaults in one test's folder, unlocked on first use, locked at the end."""

    def __init__(self, folders: dict[str, Path]) -> None:
        self.folders = folders
        self._open: dict[str, Vault] = {}

    @classmethod
    def copied(cls, template: dict[str, Path], target: Path) -> Org:
        """A fresh copy of a template organisation."""
        return cls({name: copy_vault(path, target / name) for name, path in template.items()})

    # -- vaults ----------------------------------------------------------------------------

    def vault(self, name: str) -> Vault:
        """The named vault, unlocked (through its real key slots) if it is not open yet."""
        if name not in self._open:
            self._open[name] = Vault.unlock(self.folders[name], passphrase=PASSPHRASE)
        return self._open[name]

    @property
    def office(self) -> Vault:
        return self.vault("office")

    @property
    def alice(self) -> Vault:
        return self.vault("alice")

    @property
    def ben(self) -> Vault:
        return self.vault("ben")

    def close(self, name: str) -> None:
        """Lock one vault (for another process, or to replace its files)."""
        vault = self._open.pop(name, None)
        if vault is not None:
            vault.lock()

    def close_all(self) -> None:
        for name in list(self._open):
            self.close(name)

    def backup(self, name: str, target: Path) -> Path:
        """A file copy of a vault as it is now (like a backup or a cloned laptop)."""
        database.checkpoint(self.vault(name).conn)
        target.mkdir(mode=0o700, parents=True)
        for file in (DATABASE_FILE, KEYS_FILE):
            shutil.copyfile(self.folders[name] / file, target / file)
            os.chmod(target / file, 0o600)
        return target

    def restore(self, name: str, source: Path) -> Vault:
        """Put a file copy back in place of a vault (restoring a backup) and unlock it."""
        self.close(name)
        folder = self.folders[name]
        for leftover in (f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm"):
            (folder / leftover).unlink(missing_ok=True)
        for file in (DATABASE_FILE, KEYS_FILE):
            shutil.copyfile(source / file, folder / file)
        return self.vault(name)

    # -- who is who --------------------------------------------------------------------------

    def device_id(self, name: str) -> str:
        return self.vault(name).info.device_id

    def identity(self, name: str) -> DeviceIdentity:
        """The device's current private identity, read from its vault."""
        return trust.current_identity(self.vault(name))

    def office_key(self) -> PublicIdentity:
        """The office's current public identity (what volunteers encrypt to)."""
        return self.identity("office").public()

    def peer(self, holder: str, of: str) -> Peer:
        """The registry row ``holder`` keeps about device ``of``."""
        peer = registry.get_peer(self.vault(holder).conn, self.device_id(of))
        assert peer is not None
        return peer

    def circle(self, name: str = "office") -> Circle:
        return circles.find_circle(self.vault(name), CIRCLE)

    # -- actions -------------------------------------------------------------------------------

    def meeting(
        self,
        name: str,
        *,
        minutes: str = "We talked about the allotment.",
        weeks_ago: int = 0,
        present: Iterable[str] = (),
        concerns: Sequence[meetings.ConcernInput] = (),
    ) -> Meeting:
        """Record a meeting on a volunteer's laptop, ``weeks_ago`` weeks before today."""
        vault = self.vault(name)
        held_on = (dt.date.today() - dt.timedelta(weeks=weeks_ago)).isoformat()
        roster = {
            e.person.name: e.person.uuid for e in circles.roster(vault, self.circle(name).uuid)
        }
        return meetings.record_meeting(
            vault,
            circle_code=CIRCLE,
            held_on=held_on,
            minutes=minutes,
            attendance={roster[person]: AttendanceStatus.PRESENT for person in present},
            concerns=concerns,
            again=True,  # tests record several meetings a day on purpose
        )

    def send(self, name: str) -> bytes:
        """The volunteer's next bundle to the office."""
        (bundle,) = sync_service.export(self.vault(name))
        return bundle.data

    def reply(self, name: str) -> bytes:
        """The office's next reply to one volunteer."""
        (bundle,) = sync_service.export(self.office, to=self.device_id(name))
        return bundle.data

    def set_retention(self, weeks: int) -> OfficeConfig:
        """Change the office's retention period (a new revision of its configuration)."""
        (config,) = store.find(self.office.conn, OfficeConfig)
        revised = config.revised(retention_weeks=weeks)
        with database.transaction(self.office.conn):
            store.save(self.office.conn, revised)
        return revised

    def forged(self, name: str, lines: Sequence[dict[str, Any]], **header: Any) -> bytes:
        """A bundle the volunteer's real key signs holding ``lines`` as they are, next in the
        chain as the office holds it (``header`` overrides forge's header fields)."""
        peer = self.peer("office", name)
        fields: dict[str, Any] = {
            "sequence": peer.last_seq_in + 1,
            "previous": peer.last_hash_in,
            "last_receipt_seen": peer.last_seq_in,
        }
        fields.update(header)
        return forge(self.identity(name), self.office_key(), lines=lines, **fields)

    def person(self, name: str) -> str:
        """The person the office linked a volunteer's device to."""
        person = self.peer("office", name).person_uuid
        assert person is not None
        return person

    def next_in_chain(self, name: str) -> tuple[int, str | None, int]:
        """(sequence, previous bundle hash, last receipt seen) for a volunteer's next bundle."""
        office = trust.office(self.vault(name))
        assert office is not None
        return office.last_seq_out + 1, office.last_hash_out, office.acked_seq_out


# -- forged bundles ------------------------------------------------------------------------------


def meeting_line(origin: str, circle_uuid: str, **payload: Any) -> dict[str, Any]:
    """A valid meeting as a bundle line (uuid, hash and all); ``payload`` overrides fields."""
    fields: dict[str, Any] = {"circle_uuid": circle_uuid, "held_on": dt.date.today().isoformat()}
    fields.update(payload)
    return items.record_item(Meeting(uuid=new_record_id(), origin=origin, **fields))


def line_for(record: Record) -> dict[str, Any]:
    """A record as a bundle line."""
    return items.record_item(record)


def body_bytes(lines: Sequence[dict[str, Any]]) -> bytes:
    """Uncompressed body: one compact JSON object a line, as the exporter writes them."""
    return b"".join(
        json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        for line in lines
    )


def forge(
    sender: DeviceIdentity,
    recipient: PublicIdentity,
    *,
    lines: Sequence[dict[str, Any]] = (),
    raw_body: bytes | None = None,
    deflated: tuple[bytes, int, int] | None = None,
    sequence: int = 1,
    previous: str | None = None,
    last_receipt_seen: int = 0,
    kind: str = "sync",
    header_sender: PublicIdentity | None = None,
    schema_version: int = LATEST_VERSION,
) -> bytes:
    """A bundle signed by ``sender``'s real key and encrypted to ``recipient``, holding any lines.

    Unlike ``codec.seal`` it writes lines that break the record envelope's rules too, and its
    header may name another device as sender (``header_sender``) than the key that signs it.
    ``deflated`` is a body compressed already, with its unpacked length and line count (a body
    too big to hold unpacked in a test, see :func:`deflated_line`).
    """
    if deflated is not None:
        body, unpacked, record_count = deflated
    else:
        raw = body_bytes(lines) if raw_body is None else raw_body
        body, unpacked, record_count = zlib.compress(raw, 1), len(raw), raw.count(b"\n")
    header = codec.make_header(
        kind=kind,
        sender=header_sender or sender.public(),
        recipient=recipient,
        sequence=sequence,
        previous_bundle_hash=previous,
        schema_version=schema_version,
        last_receipt_seen=last_receipt_seen,
    )
    header_bytes = dataclasses.replace(
        header,
        body_sha256=hashlib.sha256(body).hexdigest(),
        body_length=len(body),
        uncompressed_length=unpacked,
        record_count=record_count,
    ).to_json()
    return frame(
        signer=sender,
        header_bytes=header_bytes,
        body=body,
        signature=sender.signing_key.sign(codec.SIGNATURE_DOMAIN + header_bytes),
        recipient=recipient,
    )


def deflated_line(
    line: dict[str, Any], *, field: str, size: int, chunk: int = 1024 * 1024
) -> tuple[bytes, int, int]:
    """A one-line body whose payload ``field`` holds ``size`` bytes of "x", compressed as it is
    made (the line never exists whole here): for :func:`forge`'s ``deflated``."""
    marker = "\0MARK\0"
    line = {**line, "payload": {**line["payload"], field: marker}}
    text = json.dumps(line, ensure_ascii=False, separators=(",", ":"))
    before, after = (part.encode("utf-8") for part in text.split(json.dumps(marker)[1:-1]))
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(before)]
    block = b"x" * chunk
    for _ in range(size // chunk):
        parts.append(compressor.compress(block))
    parts.append(compressor.compress(b"x" * (size % chunk) + after + b"\n"))
    parts.append(compressor.flush())
    return b"".join(parts), len(before) + size + len(after) + 1, 1


def forge_request(identity: DeviceIdentity, *, name: str) -> bytes:
    """An enrollment request self-signed by ``identity``'s real key, holding any name (what
    hostile software on a laptop could write: ``encode_request`` refuses such names)."""
    public = identity.public()
    document = {
        "format_version": request.REQUEST_VERSION,
        "device_id": public.device_id,
        "name": name,
        "role": Role.VOLUNTEER.value,
        "signing_public": base64.b64encode(public.signing_public).decode("ascii"),
        "exchange_public": base64.b64encode(public.exchange_public).decode("ascii"),
        "created_at": utc_now(),
    }
    payload = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    body = payload.encode("utf-8")
    signature = identity.signing_key.sign(request.REQUEST_SIGNATURE_DOMAIN + body)
    return request.REQUEST_MAGIC + struct.pack(">I", len(body)) + body + signature


def frame(
    *,
    signer: DeviceIdentity,
    header_bytes: bytes,
    body: bytes,
    signature: bytes,
    recipient: PublicIdentity,
) -> bytes:
    """Frame signed parts as the inner plaintext and encrypt them to ``recipient``."""
    plaintext = b"".join(
        (
            codec.INNER_PREFIX.pack(
                codec.INNER_MAGIC, bytes.fromhex(signer.public().key_id), len(header_bytes)
            ),
            header_bytes,
            codec.BODY_LENGTH.pack(len(body)),
            body,
            signature,
        )
    )
    return encrypt(plaintext, recipient)


def encrypt(plaintext: bytes, recipient: PublicIdentity) -> bytes:
    """The outer layer around inner bytes: anyone can encrypt to a public key."""
    return codec._encrypt(plaintext, recipient=recipient, ephemeral_key=None, salt=None)


def decrypt(data: bytes, vault: Vault) -> bytes:
    """The inner plaintext of a bundle sent to ``vault`` (with that vault's private keys)."""
    content = codec.open_envelope(
        data, recipient_keys=trust.decryption_keys(vault), limits=codec.Limits()
    )
    return b"".join(
        (
            codec.INNER_PREFIX.pack(
                codec.INNER_MAGIC, bytes.fromhex(content.signer_key_id), len(content.header_bytes)
            ),
            content.header_bytes,
            codec.BODY_LENGTH.pack(len(content.body)),
            content.body,
            content.signature,
        )
    )


# -- the witnessed audit log --------------------------------------------------------------------


def round_trip(org: Org, name: str) -> int:
    """The office replies to a laptop, the laptop imports it and sends its next bundle back,
    the office imports that: the laptop has witnessed the head the reply carried. Returns it."""
    reply = org.reply(name)
    head = audit.head(org.office.conn)
    assert head is not None
    importer.import_bundle(org.vault(name), reply)
    importer.import_bundle(org.office, org.send(name))
    return head.length - 1  # the reply's own export entry came after the head it carried


def rechain_audit_log(folder: Path, *, edit: str, entry: int) -> None:
    """What someone holding the office's key can do with SQL: change an entry, then work out
    every hash after it again by the rule the app uses (docs/vault-format.md; every column it
    hashes, whatever columns the log gains), so the chain itself checks out."""
    hashed = [name for name in inspect.signature(audit._row_hash).parameters if name != "prev_hash"]
    with raw_connection(folder) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET detail = ? WHERE id = ?", (edit, entry))
        previous = audit.GENESIS
        rows = conn.execute(f"SELECT id, {', '.join(hashed)} FROM audit_log ORDER BY id").fetchall()
        for row_id, *values in rows:
            digest = audit._row_hash(prev_hash=previous, **dict(zip(hashed, values, strict=True)))
            conn.execute(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                (previous, digest, row_id),
            )
            previous = digest


# -- what a vault holds ----------------------------------------------------------------------------


def table_snapshot(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (full-text shadow tables included) and the schema version."""
    conn = vault.conn
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
        if not name.endswith("_fts")  # the virtual tables only read their content tables
    ]
    snapshot = {
        table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
        for table in tables
    }
    snapshot["user_version"] = conn.execute("PRAGMA user_version").fetchall()
    return snapshot


def count(vault: Vault, table: str) -> int:
    return int(vault.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def audit_actions(vault: Vault) -> list[str]:
    """The audit log's actions, oldest first."""
    return [row[0] for row in vault.conn.execute("SELECT action FROM audit_log ORDER BY id")]
