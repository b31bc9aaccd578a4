"""Choosing what goes into the next bundle to a device, sealing it, and logging it as sent.

A volunteer's bundle carries every record it made that is new or changed since the last bundle
the office has receipted, so a lost bundle costs nothing. The office's reply carries the current
configuration and review template version, the circles and rosters the volunteer belongs to,
responses to that volunteer's concerns, the office's current public keys, the receipt, and the
head of the office's audit log, which the laptop signs back in its next bundle as its witness
(docs/sync.md). It never carries a volunteer's own records (training, vetting, supervision):
:func:`shareable` keeps them out.
"""

from __future__ import annotations

import collections
import dataclasses
import json
import logging
from collections.abc import Sequence
from typing import Any

from circlesdesk.domain.enums import Role
from circlesdesk.domain.records import (
    OFFICE_ONLY_KINDS,
    VOLUNTEER_KINDS,
    VOLUNTEER_OWN_KINDS,
    Attendance,
    Circle,
    Concern,
    ConcernResponse,
    Meeting,
    Membership,
    OfficeConfig,
    Person,
    Record,
    ReviewTemplate,
)
from circlesdesk.errors import NotFoundError, RoleError
from circlesdesk.sync import codec, items, trust
from circlesdesk.sync.keys import DeviceIdentity
from circlesdesk.vault import audit, database, registry, store, witnesses
from circlesdesk.vault.migrations import LATEST_VERSION
from circlesdesk.vault.registry import Peer
from circlesdesk.vault.vault import Vault

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class OutgoingBundle:
    """A sealed bundle ready to be written to a file."""

    data: bytes
    file_name: str
    recipient: str
    sequence: int
    counts: dict[str, int]


def file_name(device_id: str, sequence: int, *, recipient: str | None = None) -> str:
    """A bundle's file name: the sender's short id and the sequence, no personal data.

    The office's bundles name their recipient too: the office numbers its bundles to each
    laptop separately, so replies written together to one folder would otherwise share names.
    """
    to = "" if recipient is None else f"-{recipient[:8]}"
    return f"{device_id[:8]}{to}-{sequence:05d}.cdb"


def _seal_and_log(
    vault: Vault,
    *,
    kind: codec.BundleKind,
    peer: Peer,
    lines: list[bytes],
    counts: dict[str, int],
    change_seq: int,
    signer: DeviceIdentity,
    last_receipt_seen: int,
) -> OutgoingBundle:
    """Seal encoded ``lines`` (``counts`` of each kind) to ``peer``, the next bundle in the chain
    to it, and log it (in a transaction)."""
    me = trust.current_identity(vault)
    recipient = trust.newest_peer_key(vault, peer.device_id)
    sequence = peer.last_seq_out + 1
    header = codec.make_header(
        kind=kind,
        sender=signer.public(),
        recipient=recipient,
        sequence=sequence,
        previous_bundle_hash=peer.last_hash_out,
        schema_version=LATEST_VERSION,
        last_receipt_seen=last_receipt_seen,
    )
    data = codec.seal_lines(header=header, lines=lines, sender=signer, recipient=recipient)
    with database.transaction(vault.conn):
        if kind is codec.BundleKind.SYNC:
            # Encrypting to the office's newest key confirms it: older office keys are retired.
            trust.confirm_peer_key(vault, device_id=peer.device_id, key_id=recipient.key_id)
        registry.record_sent(
            vault.conn,
            device_id=peer.device_id,
            seq=sequence,
            bundle_hash=codec.bundle_hash(data),
            change_seq=change_seq,
            key_id=me.public().key_id,
        )
        audit.append(
            vault.conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action=f"bundle.exported.{kind.value}",
            detail=f"to={peer.device_id} seq={sequence} records={len(lines)}",
        )
    return OutgoingBundle(
        data=data,
        file_name=file_name(
            vault.info.device_id,
            sequence,
            recipient=None if kind is codec.BundleKind.SYNC else peer.device_id,
        ),
        recipient=peer.device_id,
        sequence=sequence,
        counts=counts,
    )


def unsynced(vault: Vault) -> dict[str, int]:
    """How many of this device's records no receipt covers yet, by kind."""
    office = trust.office(vault)
    after = office.acked_change_out if office else 0
    result = {}
    for cls in VOLUNTEER_KINDS:
        n = store.count_changed(vault.conn, cls, origin=vault.info.device_id, after_change=after)
        if n:
            result[cls.kind] = n
    return result


def export_to_office(vault: Vault) -> OutgoingBundle:
    """The volunteer's next bundle: everything not yet receipted by the office, in one bundle."""
    (bundle,) = export_to_office_in_parts(vault, max_records=None)
    return bundle


def export_to_office_in_parts(vault: Vault, *, max_records: int | None) -> list[OutgoingBundle]:
    """The volunteer's next bundles: everything not yet receipted, at most ``max_records`` each.

    Usually one. A laptop with more unsent records than the office accepts in one bundle (the
    bundle limit, 100,000) gets as many bundles as needed, numbered in sequence, each chained
    to the one before, so it never gets stuck. How the records are cut (docs/sync.md, "More
    records than one bundle holds"): by change number, a meeting never after the attendance or
    concern that refers to it, and each part's receipt covering only change numbers that no
    later part holds, so a lost part is sent again and nothing is purged before it arrives.
    """
    if vault.info.role is not Role.VOLUNTEER:
        raise RoleError("role.volunteer_only.export")
    office = trust.office(vault)
    if office is None:
        raise NotFoundError("sync.not_welcomed")
    entries: list[tuple[int, str, bytes]] = []
    # Read the counter before the records: an edit made while they are read has a higher
    # number, so it is either in this export or left for the next one, never lost.
    change_seq = max(office.acked_change_out, vault.change_counter())
    for cls in VOLUNTEER_KINDS:
        rows = store.changed_since_items(
            vault.conn, cls, origin=vault.info.device_id, after_change=office.acked_change_out
        )
        entries += [(change, cls.kind, line) for change, line in rows]
        if rows:
            change_seq = max(change_seq, rows[-1][0])
    signer = trust.current_identity(vault)
    # The office's audit log head this laptop holds, signed back in every part.
    witness = _witness_line(vault, office)
    if witness is not None and max_records is not None:
        if max_records < 2:
            witness = None
        else:
            max_records -= 1
    extra = [] if witness is None else [witness]
    if max_records is None or len(entries) <= max_records:
        return [
            _seal_and_log(
                vault,
                kind=codec.BundleKind.SYNC,
                peer=office,
                lines=[line for _change, _kind, line in entries] + extra,
                counts=dict(collections.Counter(kind for _change, kind, _line in entries)),
                change_seq=change_seq,
                signer=signer,
                # The last receipt this laptop has seen: the bundle carries everything since
                # it, which tells the office whether a gap in the chain hides anything
                # (importer._state).
                last_receipt_seen=office.acked_seq_out,
            )
        ]
    bundles: list[OutgoingBundle] = []
    parts = _split(entries, max_records)
    for index, (part, part_change) in enumerate(parts):
        peer = trust.office(vault)  # its chain has moved on by the part just logged
        assert peer is not None
        last = index == len(parts) - 1
        bundles.append(
            _seal_and_log(
                vault,
                kind=codec.BundleKind.SYNC,
                peer=peer,
                lines=[line for _change, _kind, line in part] + extra,
                counts=dict(collections.Counter(kind for _change, kind, _line in part)),
                change_seq=change_seq if last else part_change,
                signer=signer,
                # A later part carries only what follows the part before it: the office
                # takes it only once it holds that part (a gap waits, importer._state).
                last_receipt_seen=office.acked_seq_out if index == 0 else peer.last_seq_out,
            )
        )
    return bundles


def _witness_line(vault: Vault, office: Peer) -> bytes | None:
    """The witness item for the office's audit log head this laptop holds, encoded (None before
    the office has sent one)."""
    held = witnesses.get(vault.conn, office.device_id)
    if held is None:
        return None
    witness = items.Witness(
        length=held.length,
        hash=held.hash,
        witnessed_at=held.witnessed_at,
        reply_seq=held.bundle_seq,
    )
    return codec.encode_line(items.witness_item(witness, origin=vault.info.device_id))


_REFERRING_KINDS = {Attendance.kind, Concern.kind}


def _split(
    entries: list[tuple[int, str, bytes]], max_records: int
) -> list[tuple[list[tuple[int, str, bytes]], int]]:
    """Cut (change, kind, line) entries into parts of at most ``max_records``; each part with
    the highest change number its receipt may cover.

    Entries go in change order, except that a meeting moves up to the first record that refers
    to it (an attendance or concern written before the meeting's newest revision), so no part
    refers to a meeting in a later part. A part's receipt covers the change numbers below the
    lowest one of any later part: a record is confirmed only when it, and everything written
    before it, is in a part the office holds.
    """
    if max_records < 1:
        raise ValueError("a bundle holds at least one record")
    first_reference: dict[str, int] = {}
    for change, kind, line in entries:
        if kind in _REFERRING_KINDS:
            meeting = json.loads(line)["payload"].get("meeting_uuid")
            if isinstance(meeting, str):
                first_reference[meeting] = min(change, first_reference.get(meeting, change))
    order = {cls.kind: number for number, cls in enumerate(VOLUNTEER_KINDS)}

    def key(entry: tuple[int, str, bytes]) -> tuple[int, int]:
        change, kind, line = entry
        if kind == Meeting.kind and first_reference:
            change = min(change, first_reference.get(json.loads(line)["uuid"], change))
        return change, order[kind]

    ordered = sorted(entries, key=key)
    chunks = [ordered[i : i + max_records] for i in range(0, len(ordered), max_records)]
    result = []
    for number, chunk in enumerate(chunks):
        later = [change for other in chunks[number + 1 :] for change, _kind, _line in other]
        covered = max(change for change, _kind, _line in chunk)
        if later:
            covered = min(covered, min(later) - 1)
        result.append((chunk, covered))
    return result


def _volunteer_records(vault: Vault, peer: Peer) -> list[Record]:
    """Everything the office shares with one volunteer's device, referred-to records first."""
    conn = vault.conn
    result: list[Record] = list(store.find(conn, OfficeConfig))
    for config in result[:1]:
        assert isinstance(config, OfficeConfig)
        # The review template in use: which of its items are protective factors.
        result += store.find(conn, ReviewTemplate, template_id=config.review_template_id)
    if peer.person_uuid is None:
        return result
    circle_ids = {m.circle_uuid for m in store.find(conn, Membership, person_uuid=peer.person_uuid)}
    circles = [c for c in store.find(conn, Circle, order_by=("code",)) if c.uuid in circle_ids]
    memberships = [
        m for circle in circles for m in store.find(conn, Membership, circle_uuid=circle.uuid)
    ]
    person_ids = {m.person_uuid for m in memberships} | {peer.person_uuid}
    people = [p for p in store.find(conn, Person) if p.uuid in person_ids]
    concern_ids = {c.uuid for c in store.find(conn, Concern, origin=peer.device_id)}
    responses = [
        r
        for r in store.find(conn, ConcernResponse, order_by=("responded_at",))
        if r.concern_uuid in concern_ids
    ]
    return [*result, *circles, *people, *memberships, *responses]


def shareable(records: Sequence[Record]) -> list[Record]:
    """The records that may leave the office in a reply: never a volunteer's own records
    (training, vetting, supervision), whoever asks."""
    kept = [r for r in records if r.kind not in OFFICE_ONLY_KINDS | VOLUNTEER_OWN_KINDS]
    if len(kept) != len(records):
        log.error("office-only records kept out of a reply: %d", len(records) - len(kept))
    return kept


def _office_lines(vault: Vault, peer: Peer, signer: DeviceIdentity) -> list[dict[str, Any]]:
    me = trust.current_identity(vault)
    receipt = items.Receipt(
        device_id=peer.device_id, sequence=peer.last_seq_in, bundle_hash=peer.last_hash_in
    )
    lines = [
        # What the office holds from this device, by hash: the laptop purges only what it names.
        items.receipt_item(receipt, origin=signer.device_id),
        items.device_item(
            me.public(),
            role=Role.OFFICE.value,
            name=vault.info.name,
            person_uuid=None,
            origin=signer.device_id,
        ),
        items.device_item(
            trust.newest_peer_key(vault, peer.device_id),
            role=Role.VOLUNTEER.value,
            name=peer.name,
            person_uuid=peer.person_uuid,
            origin=signer.device_id,
        ),
    ]
    head = audit.head(vault.conn)
    if head is not None:
        # The laptop keeps it and signs it back: a witness that the log up to here stays as it is.
        lines.append(
            items.audit_head_item(
                items.AuditHead(length=head.length, hash=head.hash), origin=signer.device_id
            )
        )
    lines += [items.record_item(record) for record in shareable(_volunteer_records(vault, peer))]
    return lines


def office_signer_for(vault: Vault, peer: Peer) -> DeviceIdentity:
    """The office key the volunteer already trusts: the one announced in office bundle
    ``peer.acked_seq_out``, the newest bundle whose key the volunteer has encrypted a bundle to
    (or its welcome's)."""
    acked = max(peer.acked_seq_out, 1)
    for seq in range(acked, 0, -1):
        sent = registry.sent_bundle(vault.conn, device_id=peer.device_id, seq=seq)
        if sent is not None:
            identity = trust.identity_with_key(vault, sent[1])
            if identity is not None:
                return identity
    return trust.current_identity(vault)


def export_to_volunteer(vault: Vault, device_id: str, *, welcome: bool = False) -> OutgoingBundle:
    """The office's next bundle to one enrolled device (its welcome, or a reply)."""
    if vault.info.role is not Role.OFFICE:
        raise RoleError("role.office_only.replies")
    peer = registry.get_peer(vault.conn, device_id)
    if peer is None or peer.role != Role.VOLUNTEER.value:
        raise NotFoundError("sync.no_such_device")
    signer = trust.current_identity(vault) if welcome else office_signer_for(vault, peer)
    office_items = _office_lines(vault, peer, signer)
    return _seal_and_log(
        vault,
        kind=codec.BundleKind.WELCOME if welcome else codec.BundleKind.REPLY,
        peer=peer,
        lines=[codec.encode_line(item) for item in office_items],
        counts=dict(collections.Counter(item["kind"] for item in office_items)),
        change_seq=0,
        signer=signer,
        # The receipt: the office holds everything from this device up to this bundle.
        last_receipt_seen=peer.last_seq_in,
    )
