"""Sync use cases: enrollment, export, import, verify, devices, revocation, office key rotation."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from circlesdesk import crashpoints
from circlesdesk.atomicfile import write_private
from circlesdesk.domain import validation
from circlesdesk.domain.enums import PersonRole, Role
from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import Membership, Person, new_record_id, utc_now
from circlesdesk.errors import NotFoundError, RoleError, UserError, ValidationError
from circlesdesk.services import access, circles, volunteer_records
from circlesdesk.sync import codec, exporter, importer, request, trust
from circlesdesk.sync.errors import OfficeFingerprintMismatch, OfficeNotConfirmed
from circlesdesk.sync.exporter import OutgoingBundle
from circlesdesk.sync.keys import DeviceIdentity, PublicIdentity
from circlesdesk.vault import audit, database, registry, store
from circlesdesk.vault.registry import Peer
from circlesdesk.vault.vault import Vault


class WriteFailed(UserError):
    """A bundle or request file could not be written."""

    code = "sync.write_failed"


class ReadFailed(UserError):
    """A request file could not be read."""

    code = "sync.read_failed"


def write_file(data: bytes, *, out: Path) -> Path:
    """Write a bundle or request atomically (never a partial file under the final name)."""
    try:
        write_private(out, data)
    except OSError:
        raise WriteFailed() from None
    return out


def require_folder(folder: Path) -> None:
    """Refuse, before anything is stored, to write into a folder that is not there."""
    if not folder.is_dir():
        raise WriteFailed("sync.no_such_folder")


# -- enrollment ----------------------------------------------------------------------------


def enrollment_request(vault: Vault) -> tuple[bytes, str]:
    """The volunteer's self-signed request (public keys, name, device id) and its fingerprint."""
    access.require(vault, Permission.ASK_ENROLLMENT)
    identity = trust.current_identity(vault)
    data = request.encode_request(identity, name=vault.info.name)
    return data, identity.public().fingerprint()


def read_request(path: Path) -> bytes:
    """An enrollment request file's bytes (never more than a request may hold, plus one)."""
    try:
        with path.open("rb") as handle:
            return handle.read(request.MAX_REQUEST_SIZE + 1)
    except OSError:
        raise ReadFailed() from None


@dataclasses.dataclass(frozen=True)
class RequestCheck:
    """A volunteer's enrollment request the office could enroll: who, which device, what to
    compare."""

    device_id: str
    name: str
    fingerprint: str  # the volunteer's laptop shows the same digits
    requested_at: str
    welcome_file_name: str  # the welcome bundle's usual name (no personal data)


def check_request(vault: Vault, request_data: bytes) -> RequestCheck:
    """Check a request completely and say whom it enrolls; writes nothing."""
    enrollment = _checked_request(vault, request_data)
    identity = enrollment.identity
    return RequestCheck(
        device_id=identity.device_id,
        name=enrollment.name,
        fingerprint=identity.fingerprint(),
        requested_at=enrollment.created_at,
        welcome_file_name=exporter.file_name(vault.info.device_id, 1, recipient=identity.device_id),
    )


def _checked_request(vault: Vault, request_data: bytes) -> request.EnrollmentRequest:
    """The decoded request, if this office can enroll its device (else a plain error)."""
    access.require(vault, Permission.MANAGE_DEVICES)
    enrollment = request.decode_request(request_data)
    identity = enrollment.identity
    if registry.get_peer(vault.conn, identity.device_id) is not None:
        raise ValidationError("sync.already_enrolled")
    if identity.device_id == vault.info.device_id:
        raise ValidationError("sync.own_request")
    return enrollment


@dataclasses.dataclass(frozen=True)
class Enrolled:
    """A device just enrolled by the office, and its welcome bundle."""

    device_id: str
    name: str
    fingerprint: str
    welcome: OutgoingBundle
    office_fingerprint: str  # what the volunteer's laptop shows when it imports the welcome


def enroll(
    vault: Vault,
    request_data: bytes,
    *,
    assign: Sequence[str] = (),
    person_uuid: str | None = None,
) -> Enrolled:
    """Register a volunteer's device from its request, assign circles, write its welcome.

    The device belongs to ``person_uuid`` if given, else to the volunteer of the request's name
    (made if there is none).
    """
    enrollment = _checked_request(vault, request_data)
    identity = enrollment.identity
    assigned = [circles.find_circle(vault, code) for code in assign]
    me = vault.info.device_id
    with database.transaction(vault.conn):
        trust.ensure_own_key_registered(vault)
        if person_uuid is not None:
            people = [store.require(vault.conn, Person, person_uuid)]
        else:
            people = store.find(
                vault.conn, Person, name=enrollment.name, role=PersonRole.VOLUNTEER.value
            )
        person = (
            people[0] if people else Person(uuid=new_record_id(), origin=me, name=enrollment.name)
        )
        if not people:
            store.save(vault.conn, person)
        registry.add_peer(
            vault.conn,
            device_id=identity.device_id,
            role=Role.VOLUNTEER.value,
            name=enrollment.name,
            person_uuid=person.uuid,
        )
        registry.add_peer_key(
            vault.conn,
            key_id=identity.key_id,
            device_id=identity.device_id,
            signing_public=identity.signing_public,
            exchange_public=identity.exchange_public,
        )
        for circle in assigned:
            current = {e.person.uuid for e in circles.roster(vault, circle.uuid)}
            if person.uuid not in current:
                volunteer_records.refuse_if_expired(vault, person.uuid)
                store.save(
                    vault.conn,
                    Membership(
                        uuid=new_record_id(),
                        origin=me,
                        circle_uuid=circle.uuid,
                        person_uuid=person.uuid,
                    ),
                )
        audit.append(
            vault.conn,
            actor=me,
            staff_id=vault.staff_id,
            action="device.enrolled",
            detail=f"device={identity.device_id} circles={len(assigned)}",
        )
    welcome = exporter.export_to_volunteer(vault, identity.device_id, welcome=True)
    return Enrolled(
        device_id=identity.device_id,
        name=enrollment.name,
        fingerprint=identity.fingerprint(),
        welcome=welcome,
        office_fingerprint=office_fingerprint(vault),
    )


# -- export and import ---------------------------------------------------------------------


def export(
    vault: Vault,
    *,
    to: str | None = None,
    all_devices: bool = False,
    max_records: int | None = None,
) -> list[OutgoingBundle]:
    """The next bundle(s): a volunteer's to its office, or the office's replies.

    A volunteer's records go in as many bundles as needed, each within the office's limit
    (``max_records``, by default what the office accepts in one bundle), in sequence.
    """
    if vault.info.role is Role.VOLUNTEER:
        if to is not None or all_devices:
            raise RoleError("sync.volunteer_sends_to_office")
        limit = codec.Limits().max_records if max_records is None else max_records
        return exporter.export_to_office_in_parts(vault, max_records=limit)
    if all_devices:
        return [
            exporter.export_to_volunteer(vault, peer.device_id)
            for peer in registry.peers(vault.conn, role=Role.VOLUNTEER.value)
            if peer.revoked_after_seq is None
        ]
    if to is None:
        raise ValidationError("sync.say_which_device")
    validation.device_id(to)
    return [exporter.export_to_volunteer(vault, to)]


def write_bundles(
    bundles: Sequence[OutgoingBundle], *, out: Path | None, out_dir: Path | None
) -> list[Path]:
    """Write bundles to a file (exactly one bundle) or a folder under their generic names."""
    if out is not None:
        # Several (a volunteer's records over one bundle's limit): the first at ``out``, the
        # others beside it, numbered, to be imported in that order.
        names = [out] + [
            out.with_name(f"{out.stem}-{number}{out.suffix}")
            for number in range(2, len(bundles) + 1)
        ]
        return [write_file(b.data, out=name) for b, name in zip(bundles, names, strict=True)]
    if out_dir is None:
        raise ValidationError("sync.say_where")
    require_folder(out_dir)
    return [write_file(b.data, out=out_dir / b.file_name) for b in bundles]


def read_bundle(path: Path, *, limits: codec.Limits | None = None) -> bytes:
    """A bundle file's bytes (its size checked before reading)."""
    return codec.read_bundle_file(path, limits=limits or codec.Limits())


def verify(vault: Vault, path: Path) -> importer.CheckedBundle:
    """Check a bundle completely and say what importing it would do; writes nothing."""
    return importer.check(vault, read_bundle(path))


@dataclasses.dataclass(frozen=True)
class WelcomeCheck:
    """What a bundle file is, checked in full but not trusted and not stored: whether it is a
    welcome, and whether this laptop must first trust the office it introduces (trust on first
    use: the user compares ``office_fingerprint`` with the coordinator's)."""

    welcome: bool
    needs_confirmation: bool  # a welcome from an office this laptop does not trust yet
    office_name: str
    office_fingerprint: str


def inspect_welcome(vault: Vault, path: Path) -> WelcomeCheck:
    """Check a bundle file completely and say whether importing it would trust a new office;
    writes nothing and trusts nothing. The wizard, the Send and receive page and ``circlesdesk
    import`` all ask through this before a welcome is imported."""
    checked = importer.check(vault, read_bundle(path))
    return WelcomeCheck(
        welcome=checked.welcome,
        needs_confirmation=_needs_confirmation(vault, checked),
        office_name=checked.sender_name,
        office_fingerprint=checked.sender.fingerprint(),
    )


def _trusts_no_office(vault: Vault) -> bool:
    return vault.info.role is Role.VOLUNTEER and trust.office(vault) is None


def _needs_confirmation(vault: Vault, checked: importer.CheckedBundle) -> bool:
    return checked.welcome and _trusts_no_office(vault)


def same_fingerprint(given: str, shown: str) -> bool:
    """Whether digits a user typed (any spacing) are the fingerprint's."""
    digits = "".join(ch for ch in given if not ch.isspace())
    return digits.isascii() and digits.isdigit() and digits == shown.replace(" ", "")


def import_file(
    vault: Vault, path: Path, *, office_fingerprint: str | None = None
) -> importer.ImportResult:
    """Import one bundle file.

    A welcome from an office this laptop does not trust yet is imported only with the office
    fingerprint the user confirmed (``office_fingerprint``, compared digit for digit): without
    it :class:`OfficeNotConfirmed`, with other digits :class:`OfficeFingerprintMismatch`, and
    nothing is stored either way.
    """
    data = read_bundle(path)
    crashpoints.reach("import.read")
    # Only a laptop that trusts no office yet can be asked to trust one (and only then is the
    # bundle checked twice: an office's imports stay one check each).
    if _trusts_no_office(vault) and _needs_confirmation(
        vault, checked := importer.check(vault, data)
    ):
        if office_fingerprint is None:
            raise OfficeNotConfirmed()
        if not same_fingerprint(office_fingerprint, checked.sender.fingerprint()):
            raise OfficeFingerprintMismatch()
    result = importer.import_bundle(vault, data)
    crashpoints.reach("import.done")
    return result


# -- devices, revocation, keys -------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class KeyRow:
    """One public key pair of a device, as a third party needs it to check bundles."""

    identity: PublicIdentity
    added_at: str | None
    retired_at: str | None  # replaced: nothing signed with it is accepted any more

    def as_json(self) -> dict[str, object]:
        """The key as `keys --json` and `devices --json` print it (hex keys, 32-hex key id)."""
        return {
            "key_id": self.identity.key_id,
            "signing_public": self.identity.signing_public.hex(),
            "exchange_public": self.identity.exchange_public.hex(),
            "fingerprint": self.identity.fingerprint(),
            "added_at": self.added_at,
            "retired_at": self.retired_at,
        }


def own_keys(vault: Vault) -> list[KeyRow]:
    """This device's public keys, newest (the one it signs with) first."""
    rows = registry.own_keys(vault.conn)
    if not rows:
        return [KeyRow(trust.current_identity(vault).public(), None, None)]
    return [
        KeyRow(
            DeviceIdentity.from_private_bytes(vault.info.device_id, keys).public(),
            None,
            retired,
        )
        for _key_id, keys, retired in rows
    ]


@dataclasses.dataclass(frozen=True)
class DeviceRow:
    """One enrolled device as the office lists it.

    ``peer`` holds the chain positions: ``last_seq_in`` (the newest bundle imported from the
    device), ``last_seq_out`` (the newest bundle written to it) and ``acked_seq_out`` (the
    newest of those the device has shown it holds, by encrypting a later bundle to the office
    key that bundle announced).
    """

    peer: Peer
    fingerprint: str
    held: int
    quarantined: int
    circles: tuple[str, ...]  # codes of the circles its volunteer is a current member of
    last_in_at: str | None  # when bundle ``peer.last_seq_in`` arrived
    last_out_at: str | None  # when bundle ``peer.last_seq_out`` was written
    keys: tuple[KeyRow, ...] = ()  # its public keys, oldest first (to verify its bundles)

    @property
    def unconfirmed(self) -> int:
        """Bundles written to the device that it has not yet confirmed (receipted)."""
        return max(0, self.peer.last_seq_out - self.peer.acked_seq_out)

    @property
    def revoked(self) -> bool:
        """Whether the device's later bundles are refused."""
        return self.peer.revoked_after_seq is not None


def devices(vault: Vault) -> list[DeviceRow]:
    """Every device this vault knows, with its newest key's fingerprint, circles and bundles."""
    activity = registry.peer_activity(vault.conn)
    codes = {circle.uuid: circle.code for circle in circles.list_circles(vault)}
    member_of: dict[str, list[str]] = {}
    for membership in store.find(vault.conn, Membership, left_on=None):
        if membership.circle_uuid in codes:
            member_of.setdefault(membership.person_uuid, []).append(codes[membership.circle_uuid])
    keys: dict[str, list[KeyRow]] = {}
    for key in registry.peer_keys(vault.conn):
        identity = PublicIdentity(
            device_id=key.device_id,
            signing_public=key.signing_public,
            exchange_public=key.exchange_public,
        )
        keys.setdefault(key.device_id, []).append(KeyRow(identity, key.added_at, key.retired_at))
    rows = []
    for peer in registry.peers(vault.conn):
        seen = activity[peer.device_id]
        rows.append(
            DeviceRow(
                peer=peer,
                fingerprint=trust.newest_peer_key(vault, peer.device_id).fingerprint(),
                held=seen.held,
                quarantined=seen.quarantined,
                circles=tuple(sorted(member_of.get(peer.person_uuid or "", []))),
                last_in_at=seen.last_received_at,
                last_out_at=seen.last_sent_at,
                keys=tuple(keys.get(peer.device_id, ())),
            )
        )
    return rows


def revoke(vault: Vault, device_id: str, *, after_seq: int | None = None) -> Peer:
    """Stop applying a device's bundles after a sequence (default: the last one imported)."""
    access.require(vault, Permission.REVOKE_DEVICES)
    validation.device_id(device_id)
    peer = registry.get_peer(vault.conn, device_id)
    if peer is None or peer.role != Role.VOLUNTEER.value:
        raise NotFoundError("sync.no_such_device")
    cutoff = peer.last_seq_in if after_seq is None else after_seq
    validation.integer(cutoff, field="sequence", low=0, high=2**31)
    with database.transaction(vault.conn):
        registry.update_peer(vault.conn, device_id, revoked_after_seq=cutoff, revoked_at=utc_now())
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="device.revoked",
            detail=f"device={device_id} after_seq={cutoff}",
        )
    found = registry.get_peer(vault.conn, device_id)
    assert found is not None
    return found


def office_fingerprint(vault: Vault) -> str:
    """The fingerprint of the key this vault signs new welcomes with (its current one)."""
    return trust.current_identity(vault).public().fingerprint()


def rotate_office_key(vault: Vault) -> PublicIdentity:
    """Make a new office key pair; the old one is kept so bundles in transit still open.

    The next bundle to each device announces the new key, signed by a key it already trusts.
    """
    access.require(vault, Permission.ROTATE_OFFICE_KEY)
    new = DeviceIdentity(
        device_id=vault.info.device_id,
        signing_key=DeviceIdentity.generate().signing_key,
        exchange_key=DeviceIdentity.generate().exchange_key,
    )
    with database.transaction(vault.conn):
        trust.ensure_own_key_registered(vault)
        old = trust.current_identity(vault).public().key_id
        registry.retire_own_key(vault.conn, old)
        registry.add_own_key(
            vault.conn, key_id=new.public().key_id, device_keys=new.private_bytes()
        )
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="office.key-rotated",
            detail=f"old={old} new={new.public().key_id}",
        )
    return new.public()


@dataclasses.dataclass(frozen=True)
class SyncStatus:
    """What a volunteer sees about sync: the office, the last receipt, what is not receipted."""

    office_name: str | None
    office_fingerprint: str | None
    last_sent: int
    last_receipt: int
    unsynced: dict[str, int]


def sync_status(vault: Vault) -> SyncStatus:
    """Where this volunteer's vault stands with its office."""
    office = trust.office(vault)
    return SyncStatus(
        office_name=office.name if office else None,
        office_fingerprint=(
            trust.newest_peer_key(vault, office.device_id).fingerprint() if office else None
        ),
        last_sent=office.last_seq_out if office else 0,
        last_receipt=office.acked_seq_out if office else 0,
        unsynced=exporter.unsynced(vault),
    )
