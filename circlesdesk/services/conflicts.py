"""Conflicts and forks: what the importer kept for the coordinator, both sides, and decisions.

A *conflict* is an incoming record the importer would not apply (the same revision with other
content, or another device's record under the same id). The coordinator sees the record as the
office holds it now beside the incoming one, field by field, and decides: **keep ours** changes
no record; **take theirs** stores the incoming record in place of the office's copy at the same
revision when both are the same origin's same revision (as an import would, so the laptop's next
revision follows on), and otherwise as the next revision; the origin stays the record's origin and
the replaced content goes to history. An incoming record made on *another* device than the
record's origin can never be taken: that would store one person's text under another's name
(only "keep ours" is offered for it).

A *quarantined bundle* is a fork (a restored or cloned laptop sent a number again), a bundle
from a revoked device, or a bundle holding records outside its device's write scope (its reason
says which record and which circle; sync/scope.py). It is kept, never applied by the chain. The
coordinator sees it beside the bundle already imported under that number, each record beside the
office's copy (and how many the office already holds, e.g. because a restored laptop sent them
again in its next bundle), and **sets it aside** with a note, or — for a fork only — **accepts
its records** after looking at them: they are stored exactly as an import stores records (a
conflict is kept for review), the sender's chain does not move. (A bundle held as out of scope
imports when its file is imported again after the coordinator put the volunteer in the circle.)

Every decision carries a note, the time and who made it, and leaves an audit row (without the
note). A decision is final: deciding twice is refused.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from circlesdesk.domain import validation
from circlesdesk.domain.permissions import Permission
from circlesdesk.domain.records import Circle, Person, Record
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.messages import UNTRANSLATED, Message
from circlesdesk.services import access
from circlesdesk.sync import importer, items, scope
from circlesdesk.sync.errors import BundleError, UnexpectedBundle
from circlesdesk.vault import audit, database, registry, store
from circlesdesk.vault.registry import Conflict, Decision, QuarantinedBundle, ReceivedBundle
from circlesdesk.vault.vault import Vault

KEEP_OURS = "keep ours"
TAKE_THEIRS = "take theirs"
SET_ASIDE = "set aside"
ACCEPT_RECORDS = "accept records"
IMPORT_IN_SCOPE = "import the rest"
CONFLICT_CHOICES = (KEEP_OURS, TAKE_THEIRS)
NOTE_LIMIT = 2000
_SHORT_HASH = 16


@dataclasses.dataclass(frozen=True)
class FieldComparison:
    """One line of a side-by-side comparison: the office's value and the incoming one.

    ``kind`` and ``number`` name the record the line belongs to when a comparison covers
    several records (a quarantined bundle); both are empty for a single record's comparison.
    """

    label: str
    local: str
    incoming: str
    differs: bool
    kind: str = ""
    number: int = 0


@dataclasses.dataclass(frozen=True)
class ConflictView:
    """A kept conflict with both sides and the decision, if one was made."""

    id: int
    kind: str
    uuid: str
    sender: str  # device id of the bundle that brought the incoming record
    sender_name: str
    detected_at: str
    against_revision: int  # the office's revision the conflict was found against
    against: Record | None  # that revision (current, or from history)
    local: Record | None  # the record as the office holds it now
    incoming: Record
    fields: tuple[FieldComparison, ...]
    decision: Decision | None

    @property
    def foreign(self) -> bool:
        """Whether the incoming record was made on another device than the office's record: its
        content can never be taken (it would be one person's text under another's origin)."""
        return self.local is not None and self.incoming.origin != self.local.origin

    @property
    def moved_on(self) -> bool:
        """Whether the office's copy changed since the conflict was found."""
        return self.local is not None and self.local.revision != self.against_revision


@dataclasses.dataclass(frozen=True)
class QuarantinedView:
    """A quarantined bundle beside the bundle imported under the same number, if any."""

    id: int
    sender: str
    sender_name: str
    seq: int
    state: str  # "fork", "revoked" or "out-of-scope"
    received_at: str
    counts: dict[str, int]
    bundle_hash: str
    imported: ReceivedBundle | None  # the bundle applied under this number (a fork's other side)
    revoked_after: int | None  # for a revoked device: the last sequence it may send
    records: tuple[Record, ...]
    unreadable: Message | None  # why the records cannot be shown, when they cannot
    fields: tuple[FieldComparison, ...]
    decision: Decision | None
    reason: Message | None = None  # out of scope: which record, which circle, why
    already_held: int = 0  # of ``records``, how many the office holds as they are

    @property
    def restored_laptop(self) -> bool:
        """A fork from a laptop restored from a backup (or cloned)."""
        return self.state == "fork"

    @property
    def out_of_scope(self) -> bool:
        """A bundle held because records in it lie outside its device's write scope."""
        return self.state == "out-of-scope"

    @property
    def may_accept(self) -> bool:
        """Whether the coordinator may still accept its records (an undecided, readable fork),
        or import the rest of a bundle held as out of scope."""
        return (
            (self.restored_laptop or self.out_of_scope)
            and self.decision is None
            and self.unreadable is None
        )


# -- reading -------------------------------------------------------------------------------------


def _names(vault: Vault) -> dict[str, str]:
    """What to show for an id: circles by code, people by name, devices by name."""
    conn = vault.conn
    names = {c.uuid: c.code for c in store.find(conn, Circle)}
    names.update({p.uuid: p.name for p in store.find(conn, Person)})
    names.update({p.device_id: p.name for p in registry.peers(conn)})
    names[vault.info.device_id] = vault.info.name
    return names


def _shown(value: object, names: dict[str, str]) -> str:
    """A field value as text: ids by name where known, lists and sets of values spelt out."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(_shown(item, names) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{key}: {_shown(item, names)}" for key, item in value.items())
    if isinstance(value, str):
        return names.get(value, value)
    return str(value)


_META_LABELS = {"revision": "Revision", "origin": "Made on", "updated_at": "Last changed"}


def _label(name: str) -> str:
    """A field name as a label: ``minute_taker_uuid`` → "Minute taker"."""
    return name.removesuffix("_uuid").replace("_", " ").capitalize()


def compare(
    local: Record | None,
    incoming: Record,
    names: dict[str, str],
    *,
    kind: str = "",
    number: int = 0,
) -> list[FieldComparison]:
    """Field by field: revision, origin, time of the change, then each content field (a field
    empty on both sides is left out)."""
    fields = ("revision", "origin", "updated_at", *incoming.content_field_names())
    pairs = [
        (
            _META_LABELS.get(name) or _label(name),
            None if local is None else getattr(local, name),
            getattr(incoming, name),
        )
        for name in fields
    ]
    lines = [
        FieldComparison(
            label=label,
            local=_shown(ours, names) if local is not None else "",
            incoming=_shown(theirs, names),
            differs=local is None or ours != theirs,
            kind=kind,
            number=number,
        )
        for label, ours, theirs in pairs
    ]
    return [line for line in lines if line.local or line.incoming]


def _against(vault: Vault, cls: type[Record], uuid: str, revision: int) -> Record | None:
    current = store.get(vault.conn, cls, uuid)
    if current is not None and current.revision == revision:
        return current
    return next((r for r in store.history(vault.conn, cls, uuid) if r.revision == revision), None)


def _conflict_view(vault: Vault, conflict: Conflict, names: dict[str, str]) -> ConflictView:
    cls = store.record_type(conflict.kind)
    incoming = items.parse_record(conflict.incoming_record)
    local = store.get(vault.conn, cls, conflict.uuid)
    bundle = registry.received_by_hash(vault.conn, conflict.bundle_hash)
    sender = bundle.sender if bundle is not None else incoming.origin
    return ConflictView(
        id=conflict.id,
        kind=conflict.kind,
        uuid=conflict.uuid,
        sender=sender,
        sender_name=names.get(sender, ""),
        detected_at=conflict.detected_at,
        against_revision=conflict.local_revision,
        against=_against(vault, cls, conflict.uuid, conflict.local_revision),
        local=local,
        incoming=incoming,
        fields=tuple(compare(local, incoming, names)),
        decision=conflict.decision,
    )


def conflicts(vault: Vault) -> list[ConflictView]:
    """Every kept conflict with both sides: open ones first (oldest first), then decided ones."""
    access.require(vault, Permission.DECIDE_CONFLICTS)
    names = _names(vault)
    return [_conflict_view(vault, c, names) for c in registry.conflicts(vault.conn)]


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{kind} × {n}" for kind, n in sorted(counts.items()))


def _bundle_fields(
    quarantined: ReceivedBundle,
    imported: ReceivedBundle | None,
    revoked_after: int | None,
    records: Iterable[Record],
    vault: Vault,
    names: dict[str, str],
) -> list[FieldComparison]:
    """The bundle beside the one imported under its number, then each of its records beside
    the office's copy of that record."""
    if imported is not None:
        ours = (
            str(imported.seq),
            imported.received_at,
            _counts_text(imported.counts),
            imported.bundle_hash[:_SHORT_HASH],
        )
    elif revoked_after is not None:
        ours = (f"revoked after {revoked_after}", "", "", "")
    else:
        ours = ("none imported under this number", "", "", "")
    theirs = (
        str(quarantined.seq),
        quarantined.received_at,
        _counts_text(quarantined.counts),
        quarantined.bundle_hash[:_SHORT_HASH],
    )
    labels = ("Sequence number", "Received", "Records", "Bundle hash")
    rows = [
        FieldComparison(label=label, local=a, incoming=b, differs=a != b)
        for label, a, b in zip(labels, ours, theirs, strict=True)
    ]
    numbers: dict[str, int] = {}
    for record in records:
        numbers[record.kind] = numbers.get(record.kind, 0) + 1
        local = store.get(vault.conn, type(record), record.uuid)
        rows += compare(local, record, names, kind=record.kind, number=numbers[record.kind])
    return rows


@dataclasses.dataclass(frozen=True)
class _Opened:
    """A kept bundle checked again (nothing written): its records, or why they cannot be shown,
    and why it is held out of scope today."""

    records: list[Record]
    unreadable: Message | None = None
    held: Message | None = None


def _open_bundle(vault: Vault, bundle: ReceivedBundle) -> _Opened:
    if bundle.data is None:
        return _Opened([], unreadable=Message("conflict.contents_not_kept"))
    try:
        checked = importer.check(vault, bundle.data)
    except BundleError as error:
        return _Opened([], Message("conflict.records_unreadable", {"problem": error.message}))
    return _Opened(checked.records, held=scope.reason(checked.scope))


def _held_reason(bundle: ReceivedBundle, opened: _Opened) -> Message | None:
    """Why a bundle is held out of scope: the reason found again now (the same words as when it
    arrived, unless the rosters changed), else the English sentence kept with it."""
    if bundle.reason is None:
        return None
    return opened.held or Message(UNTRANSLATED, {"text": bundle.reason})


def _quarantined_view(
    vault: Vault, kept: QuarantinedBundle, names: dict[str, str]
) -> QuarantinedView:
    bundle = kept.bundle
    imported = next(
        (
            b
            for b in registry.received(vault.conn, sender=bundle.sender, state="applied")
            if b.seq == bundle.seq
        ),
        None,
    )
    peer = registry.get_peer(vault.conn, bundle.sender)
    revoked_after = (
        peer.revoked_after_seq if peer is not None and bundle.state == "revoked" else None
    )
    opened = _open_bundle(vault, bundle)
    records = opened.records
    held = sum(
        1
        for record in records
        if (stored := store.get(vault.conn, type(record), record.uuid)) is not None
        and stored.content_hash() == record.content_hash()
        and stored.revision >= record.revision
    )
    return QuarantinedView(
        id=bundle.id,
        sender=bundle.sender,
        sender_name=names.get(bundle.sender, ""),
        seq=bundle.seq,
        state=bundle.state,
        received_at=bundle.received_at,
        counts=dict(bundle.counts),
        bundle_hash=bundle.bundle_hash,
        imported=imported,
        revoked_after=revoked_after,
        records=tuple(records),
        unreadable=opened.unreadable,
        fields=tuple(_bundle_fields(bundle, imported, revoked_after, records, vault, names)),
        decision=kept.decision,
        reason=_held_reason(bundle, opened),
        already_held=held,
    )


def quarantined(vault: Vault) -> list[QuarantinedView]:
    """Every quarantined bundle (forks, revoked devices' bundles, bundles out of scope),
    undecided first, with its records when they can still be opened."""
    access.require(vault, Permission.DECIDE_CONFLICTS)
    names = _names(vault)
    return [_quarantined_view(vault, q, names) for q in registry.quarantined(vault.conn)]


# -- deciding ------------------------------------------------------------------------------------


def _note(note: object) -> str:
    if not isinstance(note, str) or not note.strip():
        raise ValidationError("conflict.note_required")
    return validation.text(note.strip(), field="note", multiline=True, max_length=NOTE_LIMIT)


def _id(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise NotFoundError()
    return value


def decide_conflict(vault: Vault, conflict_id: int, decision: str, note: str) -> Decision:
    """Keep the office's record as it is, or take the incoming content (see the module text);
    record the decision, the note, who and when, with an audit row, in one transaction."""
    access.require(vault, Permission.DECIDE_CONFLICTS)
    text = _note(note)
    if decision not in CONFLICT_CHOICES:
        raise ValidationError("conflict.choose_side")
    conn = vault.conn
    conflict = registry.get_conflict(conn, _id(conflict_id))
    if conflict is None:
        raise NotFoundError("conflict.not_found")
    if conflict.decision is not None:
        raise ValidationError("conflict.already_decided")
    cls = store.record_type(conflict.kind)
    incoming = items.parse_record(conflict.incoming_record)
    detail = f"conflict={conflict.id}"
    with database.transaction(conn):
        if decision == TAKE_THEIRS:
            current = store.require(conn, cls, conflict.uuid)
            if incoming.origin != current.origin:
                raise ValidationError("conflict.other_origin")
            if current.content_hash() == incoming.content_hash():
                pass
            elif (current.origin, current.revision) == (incoming.origin, incoming.revision):
                # The same revision with other content (a restored laptop): take it as that
                # revision, so the laptop's next revision follows on without a new conflict.
                store.adopt(conn, incoming)
                detail += f" revision={incoming.revision}"
            else:
                taken = current.revised(
                    **{name: getattr(incoming, name) for name in cls.content_field_names()}
                )
                store.save(conn, taken)
                detail += f" revision={taken.revision}"
        registry.resolve_conflict(conn, conflict.id, choice=decision, note=text, by=vault.info.name)
        audit.append(
            conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action=f"conflict.{decision.replace(' ', '-')}",
            kind=conflict.kind,
            record_uuid=conflict.uuid,
            detail=detail,
        )
    decided = registry.get_conflict(conn, conflict.id)
    assert decided is not None and decided.decision is not None
    return decided.decision


def decide_bundle(vault: Vault, bundle_id: int, note: str) -> Decision:
    """Set a quarantined bundle aside with a note (it stays kept and is never imported)."""
    access.require(vault, Permission.DECIDE_CONFLICTS)
    text = _note(note)
    conn = vault.conn
    kept = registry.get_quarantined(conn, _id(bundle_id))
    if kept is None:
        raise NotFoundError("conflict.bundle_not_found")
    if kept.decision is not None:
        raise ValidationError("conflict.bundle_already_decided")
    with database.transaction(conn):
        registry.decide_bundle(
            conn, kept.bundle.id, choice=SET_ASIDE, note=text, by=vault.info.name
        )
        audit.append(
            conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="bundle.set-aside",
            detail=f"from={kept.bundle.sender} seq={kept.bundle.seq} state={kept.bundle.state}",
        )
    decided = registry.get_quarantined(conn, kept.bundle.id)
    assert decided is not None and decided.decision is not None
    return decided.decision


def accept_bundle(vault: Vault, bundle_id: int, note: str) -> dict[str, int]:
    """Accept the records of a fork the coordinator looked at (see the module text): they are
    stored as an import stores records, with the decision, the note and an audit row, in one
    transaction. Returns the outcomes by name (new, updated, unchanged, older, conflict)."""
    access.require(vault, Permission.DECIDE_CONFLICTS)
    text = _note(note)
    conn = vault.conn
    kept = registry.get_quarantined(conn, _id(bundle_id))
    if kept is None:
        raise NotFoundError("conflict.bundle_not_found")
    if kept.decision is not None:
        raise ValidationError("conflict.bundle_already_decided")
    if kept.bundle.state == "out-of-scope" and kept.bundle.data is not None:
        return _import_in_scope(vault, kept, text)
    if kept.bundle.state != "fork" or kept.bundle.data is None:
        raise ValidationError("conflict.only_forks_accepted")
    checked = importer.check_fork(vault, kept.bundle.data)
    with database.transaction(conn):
        outcomes = importer.accept_fork_records(vault, checked)
        registry.decide_bundle(
            conn, kept.bundle.id, choice=ACCEPT_RECORDS, note=text, by=vault.info.name
        )
    return outcomes


def _import_in_scope(vault: Vault, kept: QuarantinedBundle, note: str) -> dict[str, int]:
    """Import the records of a bundle held as out of scope that lie in its device's scope; the
    ones outside stay in the kept bundle (see importer.import_in_scope)."""
    conn = vault.conn
    bundle = kept.bundle
    assert bundle.data is not None

    def decide() -> None:
        registry.decide_bundle(
            conn, bundle.id, choice=IMPORT_IN_SCOPE, note=note, by=vault.info.name
        )
        audit.append(
            conn,
            actor=vault.info.device_id,
            staff_id=vault.staff_id,
            action="bundle.rest-imported",
            detail=f"from={bundle.sender} seq={bundle.seq}",
        )

    try:
        result = importer.import_in_scope(vault, bundle.data, decide=decide)
    except UnexpectedBundle:
        raise ValidationError("conflict.bundle_superseded") from None
    return dict(result.outcomes)
