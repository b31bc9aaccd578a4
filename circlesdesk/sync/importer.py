"""The only place that decides whether a bundle is accepted, and the only one that applies it.

:func:`check` verifies everything in memory and writes nothing. :func:`import_bundle` then applies
an accepted bundle in one transaction: its records (a newer revision replaces, history is kept,
conflicts are kept for review), the sender's sequence chain, receipts, the audit log head the
office sent or the witness a laptop signed back of it, and an audit row. Bundles
that cannot be applied yet (a gap in the chain), a fork, a revoked device's bundle, or a bundle
holding records outside its sender's write scope (:mod:`circlesdesk.sync.scope`) are kept in the
vault, quarantined, and reported.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import enum
import logging
from collections.abc import Callable
from typing import Any

from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import (
    OFFICE_KINDS,
    VOLUNTEER_KINDS,
    Attendance,
    Concern,
    ConcernResponse,
    Contact,
    Meeting,
    OfficeConfig,
    Record,
    Review,
    VolunteerHours,
    utc_now,
)
from circlesdesk.messages import Message
from circlesdesk.sync import codec, items, scope, trust
from circlesdesk.sync.errors import (
    BundleError,
    DanglingReference,
    ForeignOriginRecord,
    ImportInterrupted,
    InvalidRecord,
    NewerBundleSchema,
    SequenceJump,
    UnexpectedBundle,
    UnexpectedRecordKind,
    UnknownSigner,
    WrongRecipient,
)
from circlesdesk.sync.keys import PublicIdentity
from circlesdesk.vault import audit, database, registry, retention, store, witnesses
from circlesdesk.vault.migrations import LATEST_VERSION
from circlesdesk.vault.registry import Peer
from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)

MAX_SEQUENCE_JUMP = 1000
# How many bytes of bundles that will never be applied as they are (a revoked device's, or holding
# records outside the device's write scope) the office keeps per device. Beyond it a bundle is
# logged without its bytes (sequence, hash, record counts, reason: what the coordinator needs to
# see), so a revoked or hostile device cannot grow the office's vault without limit.
MAX_KEPT_BYTES_PER_DEVICE = 32 * 1024 * 1024
_CAPPED_STATES = ("revoked", "out-of-scope")
# The date each kind of volunteer record is kept by, for the retention purge.
RETENTION_DATE_FIELD: dict[type[Record], str] = {
    Meeting: "held_on",
    Concern: "raised_at",
    Contact: "contact_on",
    VolunteerHours: "worked_on",
    Review: "review_on",
}

# The records purged with a record of a kind: their kind and the field naming the parent.
PURGED_WITH: dict[type[Record], tuple[type[Record], str]] = {
    Meeting: (Attendance, "meeting_uuid"),
    Concern: (ConcernResponse, "concern_uuid"),
}


class State(enum.StrEnum):
    """What importing a bundle does (or would do)."""

    READY = "ready"
    ALREADY_IMPORTED = "already-imported"
    COVERED = "covered"
    WAITING = "waiting"
    FORK = "fork"
    REVOKED = "revoked"
    OUT_OF_SCOPE = "out-of-scope"


def _stored(reason: Message | None) -> str | None:
    """A held bundle's reason as the vault keeps it: the English sentence (the log of bundles in
    stores text, read back on the conflicts page and by the command line)."""
    return None if reason is None else str(reason)


def state_message(state: State) -> Message:
    """What importing a bundle in ``state`` does, in plain words (the catalogue's
    ``import.<state>`` sentence: the inbox, the conflicts page and the command line say it)."""
    return Message(f"import.{state.value}")


# How each state that keeps a bundle without applying it is logged in the vault.
STORED_STATE = {
    State.WAITING: "held",
    State.FORK: "fork",
    State.REVOKED: "revoked",
    State.OUT_OF_SCOPE: "out-of-scope",
}


@dataclasses.dataclass(frozen=True)
class CheckedBundle:
    """A bundle that passed every check, with what importing it would do."""

    data: bytes
    bundle_hash: str
    header: codec.BundleHeader
    sender: PublicIdentity
    sender_name: str
    records: list[Record]
    devices: list[items.DeviceItem]
    counts: dict[str, int]
    state: State
    scope: tuple[scope.Violation, ...] = ()
    signed_hash: str = ""  # names the signed content, whatever it was encrypted with
    receipt: items.Receipt | None = None  # in an office bundle: what the office holds from us
    audit_head: items.AuditHead | None = None  # in an office bundle: its audit log's head
    witness: items.Witness | None = None  # in a laptop's bundle: the office head it signs back
    witness_refused: str | None = None  # a witness item that is not a valid head: why, in a word

    @property
    def reason(self) -> Message:
        """What importing it would do, in plain words (for a held bundle: which record, which
        circle)."""
        return scope.reason(self.scope) or state_message(self.state)

    @property
    def welcome(self) -> bool:
        """Whether this is the office's first bundle to a new device."""
        return self.header.kind == codec.BundleKind.WELCOME.value


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """What one import did."""

    state: State
    sender: str
    sender_name: str
    sequence: int
    counts: dict[str, int]
    outcomes: dict[str, int]
    purged: int = 0
    then_applied: tuple[int, ...] = ()
    office_fingerprint: str | None = None
    reason: Message | None = None  # held as out of scope: which record, which circle
    # On a laptop: the office holds a bundle of ours this copy never wrote (it was restored from
    # a backup, or cloned). Its chain goes on from the office's; the next bundle resends
    # everything the office has not confirmed.
    restored: bool = False


def _signer(
    vault: Vault, content: codec.SignedContent, limits: codec.Limits
) -> tuple[PublicIdentity, str, codec.BundleHeader, list[dict[str, Any]]]:
    """Look the signer up in this vault's registry, verify, and decode the body.

    A volunteer's vault that has no office yet accepts exactly one kind of bundle from an
    unknown signer: a welcome whose signer is the office it introduces. The user confirms the
    office fingerprint shown after import with their coordinator (trust on first use). Only the
    welcome's leading lines (up to the office's device item, which carries the key; at most
    codec.LEADING_LIMIT bytes) are read before the signature is checked; the body is decoded
    only after the signature and its hash are.
    """
    known = trust.signer(vault, content.signer_key_id)
    if known is not None:
        identity, peer = known
        header = codec.verify_and_parse(content, signer=identity, limits=limits)
        return identity, peer.name, header, codec.decode_records(content, header, limits=limits)
    if vault.info.role is not Role.VOLUNTEER or trust.office(vault) is not None:
        raise UnknownSigner()
    claimed = codec.BundleHeader.from_json(content.header_bytes)
    if claimed.kind != codec.BundleKind.WELCOME.value:
        raise UnknownSigner()
    for line in codec.leading_records(content, claimed, limits=limits):
        if line["kind"] != items.DEVICE_KIND:
            continue
        device = items.parse_device(line)
        if device.role == Role.OFFICE.value and device.identity.key_id == content.signer_key_id:
            break
    else:
        raise UnknownSigner()
    header = codec.verify_and_parse(content, signer=device.identity, limits=limits)
    return (
        device.identity,
        device.name,
        header,
        codec.decode_records(content, header, limits=limits),
    )


def _single(
    lines: list[dict[str, Any]], kind: str, header: codec.BundleHeader
) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The one line of ``kind`` in an office bundle (InvalidRecord if more than one,
    ForeignOriginRecord if not the sender's), and the other lines."""
    found = [line for line in lines if line["kind"] == kind]
    if not found:
        return None, lines
    if len(found) > 1:
        raise InvalidRecord()
    if found[0]["origin"] != header.sender_device_id:
        raise ForeignOriginRecord()
    return found[0], [line for line in lines if line["kind"] != kind]


def _take_receipt(
    vault: Vault, lines: list[dict[str, Any]], header: codec.BundleHeader
) -> tuple[items.Receipt | None, list[dict[str, Any]]]:
    """The receipt item of an office bundle (at most one, for this device, agreeing with the
    header's number), and the other lines."""
    line, rest = _single(lines, items.RECEIPT_KIND, header)
    if line is None:
        return None, lines
    receipt = items.parse_receipt(line)
    if receipt.device_id != vault.info.device_id or receipt.sequence != header.last_receipt_seen:
        raise InvalidRecord()
    return receipt, rest


def _take_audit_head(
    lines: list[dict[str, Any]], header: codec.BundleHeader
) -> tuple[items.AuditHead | None, list[dict[str, Any]]]:
    """The office's audit log head in an office bundle (at most one), and the other lines."""
    line, rest = _single(lines, items.AUDIT_HEAD_KIND, header)
    return (None, lines) if line is None else (items.parse_audit_head(line), rest)


def _take_witness(
    lines: list[dict[str, Any]], header: codec.BundleHeader
) -> tuple[items.Witness | None, str | None, list[dict[str, Any]]]:
    """The head a laptop's bundle signs back, or why it was refused (a word), and the other
    lines. A witness that is not a valid head never stops the bundle's records."""
    found = [line for line in lines if line["kind"] == items.WITNESS_KIND]
    if not found:
        return None, None, lines
    rest = [line for line in lines if line["kind"] != items.WITNESS_KIND]
    if len(found) > 1 or found[0]["origin"] != header.sender_device_id:
        return None, "malformed", rest
    try:
        return items.parse_witness(found[0]), None, rest
    except items.BadWitness as bad:
        return None, bad.reason, rest


def _parse_lines(
    vault: Vault, lines: list[dict[str, Any]], *, sender: str, sender_role: str
) -> tuple[list[Record], list[items.DeviceItem]]:
    allowed = {cls.kind for cls in (OFFICE_KINDS if sender_role == "office" else VOLUNTEER_KINDS)}
    records: list[Record] = []
    devices: list[items.DeviceItem] = []
    for line in lines:
        if line["origin"] != sender:
            raise ForeignOriginRecord()
        if line["kind"] == items.DEVICE_KIND and sender_role == "office":
            devices.append(items.parse_device(line))
            continue
        if line["kind"] not in allowed:
            raise UnexpectedRecordKind()
        records.append(items.parse_record(line, entering=True))
    meetings = {r.uuid for r in records if isinstance(r, Meeting)}
    for record in records:
        if (
            isinstance(record, Attendance)
            and record.meeting_uuid not in meetings
            and store.get(vault.conn, Meeting, record.meeting_uuid) is None
        ):
            raise DanglingReference()
    return records, devices


def _state(
    vault: Vault, peer: Peer | None, header: codec.BundleHeader, digest: str, signed: str
) -> State:
    # The same signed bundle encrypted again has another file hash but the same signed hash.
    logged = registry.received_by_hash(vault.conn, digest) or registry.received_by_signed_hash(
        vault.conn, signed
    )
    if logged is not None and logged.state == "applied":
        return State.ALREADY_IMPORTED
    if logged is not None and logged.state in (State.FORK.value, State.REVOKED.value):
        return State(logged.state)
    # A bundle held earlier is judged afresh: its turn may have come, or the coordinator may
    # have changed the rosters that put it out of scope.
    seq = header.sequence
    if peer is None:
        return State.READY if seq == 1 else State.WAITING
    if peer.revoked_after_seq is not None and seq > peer.revoked_after_seq:
        return State.REVOKED
    last = peer.last_seq_in
    if seq > last + MAX_SEQUENCE_JUMP:
        raise SequenceJump()
    if seq <= last:
        applied = [
            b
            for b in registry.received(vault.conn, sender=peer.device_id, state="applied")
            if b.seq == seq
        ]
        return State.FORK if applied else State.COVERED
    if seq == last + 1:
        if last > 0 and header.previous_bundle_hash != peer.last_hash_in:
            return State.FORK
        return State.READY
    # A gap. An office bundle carries the whole set a volunteer should hold, so nothing is
    # missing. A volunteer's bundle carries everything since the last receipt it has seen
    # (last_receipt_seen): nothing is missing if the office holds at least that much.
    if vault.info.role is Role.VOLUNTEER:
        return State.READY
    return State.READY if header.last_receipt_seen <= last else State.WAITING


def check(vault: Vault, data: bytes, *, limits: codec.Limits | None = None) -> CheckedBundle:
    """Every check, in memory, writing nothing; raises a BundleError for a bundle refused."""
    limits = limits or codec.Limits()
    content = codec.open_envelope(data, recipient_keys=trust.decryption_keys(vault), limits=limits)
    sender, sender_name, header, lines = _signer(vault, content, limits)
    if header.recipient_device_id != vault.info.device_id:
        raise WrongRecipient()
    if header.schema_version > LATEST_VERSION:
        raise NewerBundleSchema()
    expected = (
        {codec.BundleKind.SYNC.value}
        if vault.info.role is Role.OFFICE
        else {codec.BundleKind.WELCOME.value, codec.BundleKind.REPLY.value}
    )
    if header.kind not in expected:
        raise UnexpectedBundle()
    sender_role = Role.VOLUNTEER.value if vault.info.role is Role.OFFICE else Role.OFFICE.value
    receipt: items.Receipt | None = None
    head: items.AuditHead | None = None
    witness: items.Witness | None = None
    refused: str | None = None
    if sender_role == Role.OFFICE.value:
        receipt, lines = _take_receipt(vault, lines, header)
        head, lines = _take_audit_head(lines, header)
    else:
        witness, refused, lines = _take_witness(lines, header)
    records, devices = _parse_lines(
        vault, lines, sender=header.sender_device_id, sender_role=sender_role
    )
    if sender_role == Role.OFFICE.value and not any(
        d.identity.device_id == vault.info.device_id for d in devices
    ):
        raise InvalidRecord()
    peer = registry.get_peer(vault.conn, header.sender_device_id)
    digest = codec.bundle_hash(data)
    signed = codec.signed_hash(content.header_bytes)
    counts = dict(collections.Counter(r.kind for r in records))
    state = _state(vault, peer, header, digest, signed)
    outside: list[scope.Violation] = []
    if state is State.READY and sender_role == Role.VOLUNTEER.value and peer is not None:
        outside = scope.violations(
            vault.conn, records, sender=peer.device_id, person=peer.person_uuid
        )
        if outside:
            state = State.OUT_OF_SCOPE
    return CheckedBundle(
        data=data,
        bundle_hash=digest,
        header=header,
        sender=sender,
        sender_name=sender_name,
        records=records,
        devices=devices,
        counts=counts,
        state=state,
        scope=tuple(outside),
        signed_hash=signed,
        receipt=receipt,
        audit_head=head,
        witness=witness,
        witness_refused=refused,
    )


def import_bundle(vault: Vault, data: bytes, *, limits: codec.Limits | None = None) -> ImportResult:
    """Check a bundle, then apply it (or keep it quarantined) in one transaction."""
    checked = check(vault, data, limits=limits)
    try:
        result = _apply(vault, checked)
        if result.state is State.READY:
            then = _apply_waiting(vault, checked.header.sender_device_id, limits)
            result = dataclasses.replace(result, then_applied=then)
    except database.DatabaseError as error:
        if not database.is_disk_problem(error):
            raise
        log.error("import stopped by a full or failing disk")
        raise ImportInterrupted() from None
    return result


def _apply_waiting(vault: Vault, sender: str, limits: codec.Limits | None) -> tuple[int, ...]:
    """Apply bundles from ``sender`` that were waiting, now that their turn may have come."""
    applied: list[int] = []
    progress = True
    while progress:
        progress = False
        for held in registry.received(vault.conn, state="held", sender=sender):
            assert held.data is not None
            try:
                checked = check(vault, held.data, limits=limits)
            except BundleError as error:
                log.warning("a held bundle could not be checked: %s", type(error).__name__)
                continue
            if checked.state is State.WAITING:
                continue
            _apply(vault, checked, held_id=held.id)
            if checked.state is State.READY:
                applied.append(checked.header.sequence)
            progress = True
            break
    return tuple(applied)


def import_in_scope(vault: Vault, data: bytes, *, decide: Callable[[], None]) -> ImportResult:
    """The coordinator's decision on a bundle held as out of scope: apply the records that lie in
    its device's write scope and move the chain on, exactly as an import does, so the laptop's
    next reply receipts the bundle. The records left out stay in the held bundle, which stays
    kept; ``decide`` records the decision inside the same transaction. UnexpectedBundle if the
    bundle is no longer next in its device's chain (a later one was imported)."""
    checked = check(vault, data)
    if checked.state not in (State.OUT_OF_SCOPE, State.READY):
        raise UnexpectedBundle()
    outside = {v.uuid for v in checked.scope}
    rest = dataclasses.replace(
        checked,
        records=[r for r in checked.records if r.uuid not in outside],
        state=State.READY,
        scope=(),
    )
    try:
        result = _apply(vault, rest, keep_held=decide)
        then = _apply_waiting(vault, checked.header.sender_device_id, None)
    except database.DatabaseError as error:
        if not database.is_disk_problem(error):
            raise
        log.error("import stopped by a full or failing disk")
        raise ImportInterrupted() from None
    return dataclasses.replace(result, then_applied=then)


def _apply(
    vault: Vault,
    checked: CheckedBundle,
    *,
    held_id: int | None = None,
    keep_held: Callable[[], None] | None = None,
) -> ImportResult:
    """Apply a checked bundle, or log it held. ``keep_held``: the bundle stays logged as it is
    (held out of scope, kept); that callable runs instead of logging it applied."""
    header = checked.header
    base = ImportResult(
        state=checked.state,
        sender=header.sender_device_id,
        sender_name=checked.sender_name,
        sequence=header.sequence,
        counts=checked.counts,
        outcomes={},
        reason=scope.reason(checked.scope),
    )
    conn = vault.conn
    if held_id is None and keep_held is None and checked.state in (State.READY, State.OUT_OF_SCOPE):
        # A bundle held out of scope before is imported again (the coordinator changed the
        # rosters) or still held: its row moves on, it is never logged twice.
        logged = registry.received_by_hash(conn, checked.bundle_hash)
        if logged is not None and logged.state == State.OUT_OF_SCOPE.value:
            if checked.state is State.OUT_OF_SCOPE and logged.reason == _stored(base.reason):
                return base
            held_id = logged.id
    if checked.state in (State.ALREADY_IMPORTED, State.COVERED):
        if held_id is not None:
            with database.transaction(conn):
                registry.set_received_state(conn, held_id, state="applied")
        return base
    if checked.state is not State.READY:
        stored = STORED_STATE[checked.state]
        if held_id is not None:
            with database.transaction(conn):
                registry.set_received_state(
                    conn, held_id, state=stored, reason=_stored(base.reason)
                )
        elif (
            registry.received_by_hash(conn, checked.bundle_hash) is None
            and registry.received_by_signed_hash(conn, checked.signed_hash) is None
        ):
            with database.transaction(conn):
                registry.record_received(
                    conn,
                    sender=header.sender_device_id,
                    seq=header.sequence,
                    bundle_hash=checked.bundle_hash,
                    state=stored,
                    counts=checked.counts,
                    data=_kept_data(vault, checked, stored),
                    reason=_stored(base.reason),
                    signed_hash=checked.signed_hash,
                )
                audit.append(
                    conn,
                    actor=vault.info.device_id,
                    staff_id=vault.staff_id,
                    action=f"bundle.{stored}",
                    detail=f"from={header.sender_device_id} seq={header.sequence}"
                    + (f" records={len(checked.scope)}" if checked.scope else ""),
                )
        return base
    purged = 0
    with database.transaction(conn):
        if checked.welcome:
            _accept_welcome(vault, checked)
        _register_devices(vault, checked)
        outcomes = _apply_records(vault, checked)
        peer = registry.get_peer(conn, header.sender_device_id)
        assert peer is not None
        changes: dict[str, object] = {
            "last_seq_in": header.sequence,
            "last_hash_in": checked.bundle_hash,
        }
        restored = False
        if vault.info.role is Role.VOLUNTEER:
            restored = _take_receipt_changes(vault, peer, checked.receipt, changes)
            if checked.audit_head is not None:
                witnesses.record(
                    conn,
                    device_id=peer.device_id,
                    length=checked.audit_head.length,
                    digest=checked.audit_head.hash,
                    witnessed_at=utc_now(),
                    bundle_seq=header.sequence,
                )
        else:
            _keep_witness(vault, checked)
            # The volunteer encrypts to the newest office key it holds: replies may be signed
            # with that key from now on (exporter.office_signer_for).
            announced = registry.last_sent_with_key(
                conn, device_id=peer.device_id, key_id=header.recipient_key_id
            )
            if announced is not None and announced > peer.acked_seq_out:
                changes["acked_seq_out"] = announced
        registry.update_peer(conn, peer.device_id, **changes)
        if keep_held is not None:
            keep_held()
        elif held_id is None:
            registry.record_received(
                conn,
                sender=header.sender_device_id,
                seq=header.sequence,
                bundle_hash=checked.bundle_hash,
                state="applied",
                counts=checked.counts,
                data=None,
                signed_hash=checked.signed_hash,
            )
        else:
            registry.set_received_state(conn, held_id, state="applied")
        audit.append(
            conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action=f"bundle.imported.{header.kind}",
            detail=f"from={header.sender_device_id} seq={header.sequence} "
            + " ".join(f"{k}={v}" for k, v in sorted(outcomes.items())),
        )
        if vault.info.role is Role.VOLUNTEER and "acked_change_out" in changes:
            purged = _purge_receipted(vault, up_to_change=int(changes["acked_change_out"]))  # type: ignore[call-overload]
    return dataclasses.replace(
        base,
        outcomes=dict(outcomes),
        purged=purged,
        office_fingerprint=checked.sender.fingerprint() if checked.welcome else None,
        restored=restored,
    )


def _take_receipt_changes(
    vault: Vault, office: Peer, receipt: items.Receipt | None, changes: dict[str, object]
) -> bool:
    """On a laptop: what the office's receipt confirms (call inside the import transaction).

    The receipt names the newest bundle of ours the office holds, by hash. If we wrote it, the
    office holds every record that bundle and the ones before it carried: they are confirmed
    (and may be purged). If we never wrote it, this copy of the vault was restored from a
    backup (or cloned) after that bundle was made: nothing new is confirmed, our chain goes on
    from the office's bundle (a new epoch, so the next bundle is not another fork) and carries
    again everything the office has not confirmed. Returns whether a restore was detected.
    """
    if receipt is None or receipt.bundle_hash is None:
        return False  # the welcome, or an older office: confirms nothing
    conn = vault.conn
    sent = registry.sent_by_hash(conn, device_id=office.device_id, bundle_hash=receipt.bundle_hash)
    if sent is not None:
        seq, change = sent
        if seq > office.acked_seq_out:
            changes["acked_seq_out"] = seq
            changes["acked_change_out"] = max(change, office.acked_change_out)
        return False
    registry.adopt_sent(
        conn,
        device_id=office.device_id,
        seq=receipt.sequence,
        bundle_hash=receipt.bundle_hash,
        change_seq=office.acked_change_out,
        key_id=trust.current_identity(vault).public().key_id,
    )
    changes["last_seq_out"] = max(office.last_seq_out, receipt.sequence)
    changes["last_hash_out"] = receipt.bundle_hash
    changes["acked_seq_out"] = receipt.sequence
    audit.append(
        conn,
        actor=vault.info.device_id,
        staff_id=vault.staff_id,
        action="sync.restore-detected",
        detail=f"office_holds_seq={receipt.sequence} own_last_seq={office.last_seq_out}",
    )
    log.warning("the office holds a bundle this copy never wrote: a new chain epoch starts")
    return True


def _keep_witness(vault: Vault, checked: CheckedBundle) -> None:
    """At the office: keep the head a laptop's bundle signed back as that laptop's witness (call
    inside the import transaction). A witness refused, or one the log no longer matches (that
    entry has another hash, or the log is shorter), is written to the audit log too."""
    conn = vault.conn
    sender, seq = checked.header.sender_device_id, checked.header.sequence
    if checked.witness_refused is not None:
        log.warning("a witness of the audit log was refused: %s", checked.witness_refused)
        audit.append(
            conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="audit.witness-refused",
            detail=f"from={sender} seq={seq} reason={checked.witness_refused}",
        )
        return
    witness = checked.witness
    if witness is None:
        return
    witnesses.record(
        conn,
        device_id=sender,
        length=witness.length,
        digest=witness.hash,
        witnessed_at=witness.witnessed_at,
        bundle_seq=seq,
    )
    stored = audit.entry_hash(conn, witness.length)
    if stored != witness.hash:
        found = "missing" if stored is None else "differs"
        log.warning("a laptop's witness does not match the audit log: entry %s", found)
        audit.append(
            conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="audit.witness-broken",
            detail=f"from={sender} seq={seq} entry={witness.length} {found}",
        )


def _apply_records(vault: Vault, checked: CheckedBundle) -> collections.Counter[str]:
    """Store a checked bundle's records (call inside a transaction): a newer revision replaces,
    the same is a no-op, an older one is ignored, anything else is kept as a conflict."""
    conn = vault.conn
    outcomes: collections.Counter[str] = collections.Counter()
    for record, outcome in store.apply_incoming_all(conn, checked.records):
        outcomes[outcome.value] += 1
        if outcome is store.Outcome.CONFLICT:
            existing = store.get(conn, type(record), record.uuid)
            assert existing is not None
            registry.add_conflict(
                conn,
                kind=record.kind,
                uuid=record.uuid,
                bundle_hash=checked.bundle_hash,
                local=(existing.revision, existing.content_hash()),
                incoming=(record.revision, record.content_hash()),
                incoming_record=items.record_item(record),
            )
    return outcomes


def check_fork(vault: Vault, data: bytes) -> CheckedBundle:
    """A quarantined fork checked again in full (every check of :func:`check`; writes nothing).

    Raises UnexpectedBundle if it is not a fork (anything else keeps its own way in)."""
    checked = check(vault, data)
    if checked.state is not State.FORK:
        raise UnexpectedBundle()
    return checked


def accept_fork_records(vault: Vault, checked: CheckedBundle) -> dict[str, int]:
    """Store the records of a fork the coordinator looked at and accepted (call inside the
    transaction that records the decision). Exactly as an import stores records — conflicts are
    kept for review — but the sender's chain does not move: the fork stays a fork."""
    outcomes = _apply_records(vault, checked)
    audit.append(
        vault.conn,
        actor=vault.info.device_id,
        staff_id=vault.staff_id,
        action="bundle.fork-accepted",
        detail=f"from={checked.header.sender_device_id} seq={checked.header.sequence} "
        + " ".join(f"{k}={v}" for k, v in sorted(outcomes.items())),
    )
    return dict(outcomes)


def _kept_data(vault: Vault, checked: CheckedBundle, stored: str) -> bytes | None:
    """The bytes to keep of a bundle quarantined as ``stored``: all of them, unless it will never
    be applied as it is and its device has used up its allowance (MAX_KEPT_BYTES_PER_DEVICE)."""
    if stored not in _CAPPED_STATES:
        return checked.data
    kept = registry.kept_bytes(
        vault.conn, sender=checked.header.sender_device_id, states=_CAPPED_STATES
    )
    if kept + len(checked.data) <= MAX_KEPT_BYTES_PER_DEVICE:
        return checked.data
    log.warning("a quarantined bundle was logged without its bytes: the device's allowance is used")
    return None


def _accept_welcome(vault: Vault, checked: CheckedBundle) -> None:
    """Register the office that welcomed this device (call inside the import transaction)."""
    trust.ensure_own_key_registered(vault)
    registry.add_peer(
        vault.conn,
        device_id=checked.sender.device_id,
        role=Role.OFFICE.value,
        name=checked.sender_name,
        person_uuid=None,
    )


def _register_devices(vault: Vault, checked: CheckedBundle) -> None:
    """Keys announced by a verified office: its own new keys, and this device's person."""
    for device in checked.devices:
        identity = device.identity
        if identity.device_id == checked.sender.device_id and device.role == Role.OFFICE.value:
            registry.add_peer_key(
                vault.conn,
                key_id=identity.key_id,
                device_id=identity.device_id,
                signing_public=identity.signing_public,
                exchange_public=identity.exchange_public,
            )
        elif identity.device_id == vault.info.device_id and device.person_uuid is not None:
            vault.set_person_uuid(device.person_uuid)


def _purge_receipted(vault: Vault, *, up_to_change: int) -> int:
    """Delete receipted records older than the office's retention period (inside the import
    transaction). Nothing that no receipt covers is ever purged."""
    configs = store.find(vault.conn, OfficeConfig, limit=1)
    if not configs:
        return 0
    cutoff = (dt.date.today() - dt.timedelta(weeks=configs[0].retention_weeks)).isoformat()
    me = vault.info.device_id
    total = 0
    for cls, field in RETENTION_DATE_FIELD.items():
        removed = store.purgeable(
            vault.conn, cls, origin=me, up_to_change=up_to_change, date_field=field, before=cutoff
        )
        for uuid in removed:
            # Children by id only: nothing needs decoding to be deleted.
            child = PURGED_WITH.get(cls)
            if child is not None:
                child_cls, parent_field = child
                for child_uuid in store.ids(vault.conn, child_cls, **{parent_field: uuid}):
                    store.delete(vault.conn, child_cls, child_uuid)
            store.delete(vault.conn, cls, uuid)
        total += len(removed)
    if total:
        # FTS5 deletes only mark words deleted: merge the indexes so that the purged minutes
        # leave their pages too, as the office's retention does.
        retention.compact_search_index(vault.conn)
        audit.append(
            vault.conn,
            actor=me,
            staff_id=vault.staff_id,
            action="retention.purged",
            detail=f"records={total} before={cutoff}",
        )
    return total
