"""The sync registry inside the vault: enrolled devices and their keys, this device's own keys,
bundles sent and received, and conflicts kept for review. SQL only; the rules live in sync/.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

from circlesdesk.domain.records import utc_now
from circlesdesk.vault.database import Connection


@dataclasses.dataclass(frozen=True)
class Peer:
    """A device this vault exchanges bundles with (the office, or an enrolled volunteer)."""

    device_id: str
    role: str
    name: str
    person_uuid: str | None
    enrolled_at: str
    revoked_after_seq: int | None
    revoked_at: str | None
    last_seq_in: int
    last_hash_in: str | None
    last_seq_out: int
    last_hash_out: str | None
    acked_seq_out: int
    acked_change_out: int


@dataclasses.dataclass(frozen=True)
class PeerKey:
    """One public key pair of a peer (an office has a new one after each rotation)."""

    key_id: str
    device_id: str
    signing_public: bytes
    exchange_public: bytes
    added_at: str
    retired_at: str | None


@dataclasses.dataclass(frozen=True)
class ReceivedBundle:
    """A bundle in the inbound log: applied, or held back (gap, fork, revoked device, records
    outside its sender's write scope, with ``reason`` saying which)."""

    id: int
    sender: str
    seq: int
    bundle_hash: str
    state: str
    received_at: str
    counts: dict[str, int]
    data: bytes | None
    reason: str | None = None


_PEER_COLUMNS = ", ".join(f.name for f in dataclasses.fields(Peer))


def add_peer(
    conn: Connection, *, device_id: str, role: str, name: str, person_uuid: str | None
) -> None:
    """Register a device (call inside a transaction)."""
    conn.execute(
        "INSERT INTO peer (device_id, role, name, person_uuid, enrolled_at) VALUES (?, ?, ?, ?, ?)",
        (device_id, role, name, person_uuid, utc_now()),
    )


def update_peer(conn: Connection, device_id: str, **values: object) -> None:
    """Change fields of a peer row (field names are checked against the Peer dataclass)."""
    names = {f.name for f in dataclasses.fields(Peer)} - {"device_id"}
    if not values or not set(values) <= names:
        raise ValueError("unknown peer fields")
    assignments = ", ".join(f"{name} = ?" for name in values)
    conn.execute(
        f"UPDATE peer SET {assignments} WHERE device_id = ?", [*values.values(), device_id]
    )


def get_peer(conn: Connection, device_id: str) -> Peer | None:
    """One peer by device id."""
    row = conn.execute(f"SELECT {_PEER_COLUMNS} FROM peer WHERE device_id = ?", (device_id,))
    found = row.fetchone()
    return None if found is None else Peer(*found)


def peers(conn: Connection, *, role: str | None = None) -> list[Peer]:
    """All peers (optionally of one role), by name."""
    if role is None:
        rows = conn.execute(f"SELECT {_PEER_COLUMNS} FROM peer ORDER BY name, device_id")
    else:
        rows = conn.execute(
            f"SELECT {_PEER_COLUMNS} FROM peer WHERE role = ? ORDER BY name, device_id", (role,)
        )
    return [Peer(*row) for row in rows]


def add_peer_key(
    conn: Connection,
    *,
    key_id: str,
    device_id: str,
    signing_public: bytes,
    exchange_public: bytes,
) -> None:
    """Remember a peer's public key pair (no-op if already known)."""
    conn.execute(
        "INSERT OR IGNORE INTO peer_key (key_id, device_id, signing_public, exchange_public,"
        " added_at) VALUES (?, ?, ?, ?, ?)",
        (key_id, device_id, signing_public, exchange_public, utc_now()),
    )


def peer_keys(conn: Connection, *, device_id: str | None = None) -> list[PeerKey]:
    """Known peer keys, oldest first (all peers, or one)."""
    sql = (
        "SELECT key_id, device_id, signing_public, exchange_public, added_at, retired_at"
        " FROM peer_key"
    )
    params: tuple[str, ...] = ()
    if device_id is not None:
        sql += " WHERE device_id = ?"
        params = (device_id,)
    rows = conn.execute(sql + " ORDER BY rowid", params)
    return [PeerKey(k, d, bytes(s), bytes(x), a, r) for k, d, s, x, a, r in rows]


def peer_key(conn: Connection, key_id: str) -> PeerKey | None:
    """A peer key by its key id."""
    for key in peer_keys(conn):
        if key.key_id == key_id:
            return key
    return None


def add_own_key(conn: Connection, *, key_id: str, device_keys: bytes) -> None:
    """Keep one of this device's key pairs (the current one is the newest not retired)."""
    conn.execute(
        "INSERT OR IGNORE INTO own_key (key_id, device_keys, created_at) VALUES (?, ?, ?)",
        (key_id, device_keys, utc_now()),
    )


def own_keys(conn: Connection) -> list[tuple[str, bytes, str | None]]:
    """This device's key pairs, newest first: (key id, private key material, retired at)."""
    rows = conn.execute(
        "SELECT key_id, device_keys, retired_at FROM own_key ORDER BY rowid DESC"
    ).fetchall()
    return [(k, bytes(d), r) for k, d, r in rows]


def retire_peer_keys_before(conn: Connection, *, device_id: str, key_id: str) -> list[str]:
    """Retire every key of a peer registered before ``key_id`` (call inside a transaction);
    returns the key ids newly retired. A retired key no longer verifies anything."""
    rows = conn.execute(
        "SELECT key_id FROM peer_key WHERE device_id = ? AND retired_at IS NULL"
        " AND rowid < (SELECT rowid FROM peer_key WHERE key_id = ?)",
        (device_id, key_id),
    ).fetchall()
    retired = [str(row[0]) for row in rows]
    for old in retired:
        conn.execute("UPDATE peer_key SET retired_at = ? WHERE key_id = ?", (utc_now(), old))
    return retired


def retire_own_key(conn: Connection, key_id: str) -> None:
    """Mark an own key pair as superseded (kept for the grace period)."""
    conn.execute("UPDATE own_key SET retired_at = ? WHERE key_id = ?", (utc_now(), key_id))


def record_sent(
    conn: Connection, *, device_id: str, seq: int, bundle_hash: str, change_seq: int, key_id: str
) -> None:
    """Log an outgoing bundle and advance the chain to that device."""
    conn.execute(
        "INSERT INTO bundle_out (device_id, seq, bundle_hash, change_seq, key_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (device_id, seq, bundle_hash, change_seq, key_id, utc_now()),
    )
    conn.execute(
        "UPDATE peer SET last_seq_out = ?, last_hash_out = ? WHERE device_id = ?",
        (seq, bundle_hash, device_id),
    )


def highest_sent_change(conn: Connection) -> int:
    """The highest change number any bundle this vault wrote covered (0 before the first)."""
    row = conn.execute("SELECT max(change_seq) FROM bundle_out").fetchone()
    return int(row[0]) if row is not None and row[0] is not None else 0


def sent_bundle(conn: Connection, *, device_id: str, seq: int) -> tuple[int, str] | None:
    """(change counter, key id) covered by an outgoing bundle, if it was sent."""
    row = conn.execute(
        "SELECT change_seq, key_id FROM bundle_out WHERE device_id = ? AND seq = ?",
        (device_id, seq),
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def sent_by_hash(conn: Connection, *, device_id: str, bundle_hash: str) -> tuple[int, int] | None:
    """(sequence, change counter) of the outgoing bundle to a device with this file hash."""
    row = conn.execute(
        "SELECT seq, change_seq FROM bundle_out WHERE device_id = ? AND bundle_hash = ?",
        (device_id, bundle_hash),
    ).fetchone()
    return None if row is None else (int(row[0]), int(row[1]))


def adopt_sent(
    conn: Connection, *, device_id: str, seq: int, bundle_hash: str, change_seq: int, key_id: str
) -> None:
    """Log a bundle the peer holds under our number ``seq`` that this copy of the vault never
    wrote (a restored laptop learning what the office holds), in place of our own bundle of that
    number (call inside a transaction)."""
    conn.execute(
        "INSERT OR REPLACE INTO bundle_out (device_id, seq, bundle_hash, change_seq, key_id,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (device_id, seq, bundle_hash, change_seq, key_id, utc_now()),
    )


def last_sent_with_key(conn: Connection, *, device_id: str, key_id: str) -> int | None:
    """The newest outgoing bundle to a device that announced one of this device's keys."""
    row = conn.execute(
        "SELECT max(seq) FROM bundle_out WHERE device_id = ? AND key_id = ?", (device_id, key_id)
    ).fetchone()
    return None if row[0] is None else int(row[0])


def record_received(
    conn: Connection,
    *,
    sender: str,
    seq: int,
    bundle_hash: str,
    state: str,
    counts: dict[str, int],
    data: bytes | None,
    reason: str | None = None,
    signed_hash: str | None = None,
) -> None:
    """Log an incoming bundle (data kept only for bundles held back)."""
    conn.execute(
        "INSERT INTO bundle_in (sender, seq, bundle_hash, state, received_at, counts, data,"
        " reason, signed_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            sender,
            seq,
            bundle_hash,
            state,
            utc_now(),
            json.dumps(counts, sort_keys=True),
            data,
            reason,
            signed_hash,
        ),
    )


def _received(row: tuple[object, ...]) -> ReceivedBundle:
    rid, sender, seq, bundle_hash, state, received_at, counts, data, reason = row
    return ReceivedBundle(
        id=int(rid),  # type: ignore[call-overload]
        sender=str(sender),
        seq=int(seq),  # type: ignore[call-overload]
        bundle_hash=str(bundle_hash),
        state=str(state),
        received_at=str(received_at),
        counts=json.loads(str(counts)),
        data=None if data is None else bytes(data),  # type: ignore[call-overload]
        reason=None if reason is None else str(reason),
    )


_RECEIVED_COLUMNS = "id, sender, seq, bundle_hash, state, received_at, counts, data, reason"


def received_by_hash(conn: Connection, bundle_hash: str) -> ReceivedBundle | None:
    """A logged incoming bundle by its file hash."""
    row = conn.execute(
        f"SELECT {_RECEIVED_COLUMNS} FROM bundle_in WHERE bundle_hash = ?", (bundle_hash,)
    ).fetchone()
    return None if row is None else _received(row)


def received_by_signed_hash(conn: Connection, signed_hash: str) -> ReceivedBundle | None:
    """A logged incoming bundle by the hash of its signed content (any encryption of it)."""
    row = conn.execute(
        f"SELECT {_RECEIVED_COLUMNS} FROM bundle_in WHERE signed_hash = ? ORDER BY id LIMIT 1",
        (signed_hash,),
    ).fetchone()
    return None if row is None else _received(row)


def received(
    conn: Connection, *, state: str | None = None, sender: str | None = None
) -> list[ReceivedBundle]:
    """Logged incoming bundles, oldest first, optionally filtered."""
    clauses, params = [], []
    if state is not None:
        clauses.append("state = ?")
        params.append(state)
    if sender is not None:
        clauses.append("sender = ?")
        params.append(sender)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        f"SELECT {_RECEIVED_COLUMNS} FROM bundle_in{where} ORDER BY sender, seq, id", params
    )
    return [_received(row) for row in rows]


def kept_bytes(conn: Connection, *, sender: str, states: Sequence[str]) -> int:
    """How many bytes of bundles from ``sender`` in ``states`` the inbound log keeps."""
    marks = ", ".join("?" * len(states))
    row = conn.execute(
        f"SELECT coalesce(sum(length(data)), 0) FROM bundle_in WHERE sender = ?"
        f" AND state IN ({marks})",
        (sender, *states),
    ).fetchone()
    return int(row[0])


def set_received_state(
    conn: Connection, bundle_id: int, *, state: str, reason: str | None = None
) -> None:
    """Move a held bundle to another state (its stored copy is dropped once applied) with the
    reason for it, if any."""
    conn.execute(
        "UPDATE bundle_in SET state = ?, reason = ?,"
        " data = CASE WHEN ? = 'applied' THEN NULL ELSE data END WHERE id = ?",
        (state, reason, state, bundle_id),
    )


@dataclasses.dataclass(frozen=True)
class PeerActivity:
    """What the bundle logs say about one peer: when its newest bundle came, what waits."""

    device_id: str
    last_received_at: str | None  # when the applied bundle numbered ``last_seq_in`` arrived
    held: int  # bundles held until an earlier one arrives
    quarantined: int  # bundles kept aside (fork, revoked device, out of scope)
    last_sent_at: str | None  # when the bundle numbered ``last_seq_out`` was written


def peer_activity(conn: Connection) -> dict[str, PeerActivity]:
    """Every peer's activity by device id, in one query (no stored bundle is read)."""
    rows = conn.execute(
        "SELECT p.device_id,"
        " (SELECT received_at FROM bundle_in b WHERE b.sender = p.device_id"
        "  AND b.seq = p.last_seq_in AND b.state = 'applied' ORDER BY b.id DESC LIMIT 1),"
        " (SELECT count(*) FROM bundle_in b WHERE b.sender = p.device_id AND b.state = 'held'),"
        " (SELECT count(*) FROM bundle_in b WHERE b.sender = p.device_id"
        "  AND b.state IN ('fork', 'revoked', 'out-of-scope')),"
        " (SELECT created_at FROM bundle_out o WHERE o.device_id = p.device_id"
        "  AND o.seq = p.last_seq_out)"
        " FROM peer p"
    )
    return {
        device_id: PeerActivity(device_id, received_at, int(held), int(quarantined), sent_at)
        for device_id, received_at, held, quarantined, sent_at in rows
    }


def add_conflict(
    conn: Connection,
    *,
    kind: str,
    uuid: str,
    bundle_hash: str,
    local: tuple[int, str],
    incoming: tuple[int, str],
    incoming_record: dict[str, object],
) -> None:
    """Keep a conflicting incoming record for the coordinator to decide on."""
    conn.execute(
        "INSERT INTO conflict (kind, uuid, bundle_hash, local_revision, local_hash,"
        " incoming_revision, incoming_hash, incoming_record, detected_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            kind,
            uuid,
            bundle_hash,
            local[0],
            local[1],
            incoming[0],
            incoming[1],
            json.dumps(incoming_record, ensure_ascii=False),
            utc_now(),
        ),
    )


def open_conflicts(conn: Connection) -> int:
    """How many conflicts await a decision."""
    return int(
        conn.execute("SELECT count(*) FROM conflict WHERE resolved_at IS NULL").fetchone()[0]
    )


# -- the coordinator's decisions on kept conflicts and quarantined bundles -----------------------


@dataclasses.dataclass(frozen=True)
class Decision:
    """What the coordinator decided about a conflict or a quarantined bundle, why, who, when."""

    choice: str
    note: str
    by: str
    at: str


def _decision(text: object, at: object) -> Decision | None:
    """A decision column (JSON: choice, note, by) and its time, read back."""
    if text is None or at is None:
        return None
    fields = json.loads(str(text))
    return Decision(
        choice=str(fields["choice"]), note=str(fields["note"]), by=str(fields["by"]), at=str(at)
    )


def _decision_json(*, choice: str, note: str, by: str) -> str:
    return json.dumps({"choice": choice, "note": note, "by": by}, ensure_ascii=False)


@dataclasses.dataclass(frozen=True)
class Conflict:
    """A conflicting incoming record kept for the coordinator, and the decision once made."""

    id: int
    kind: str
    uuid: str
    bundle_hash: str
    local_revision: int
    local_hash: str
    incoming_revision: int
    incoming_hash: str
    incoming_record: dict[str, object]
    detected_at: str
    decision: Decision | None


_CONFLICT_COLUMNS = (
    "id, kind, uuid, bundle_hash, local_revision, local_hash, incoming_revision, incoming_hash,"
    " incoming_record, detected_at, decision, resolved_at"
)


def _conflict(row: tuple[object, ...]) -> Conflict:
    *fields, record, detected_at, decision, resolved_at = row
    cid, kind, uuid, bundle_hash, local_revision, local_hash, incoming_revision, incoming_hash = (
        fields
    )
    return Conflict(
        id=int(cid),  # type: ignore[call-overload]
        kind=str(kind),
        uuid=str(uuid),
        bundle_hash=str(bundle_hash),
        local_revision=int(local_revision),  # type: ignore[call-overload]
        local_hash=str(local_hash),
        incoming_revision=int(incoming_revision),  # type: ignore[call-overload]
        incoming_hash=str(incoming_hash),
        incoming_record=json.loads(str(record)),
        detected_at=str(detected_at),
        decision=_decision(decision, resolved_at),
    )


def conflicts(conn: Connection) -> list[Conflict]:
    """Every kept conflict: open ones first (oldest first), then decided ones (latest first)."""
    rows = conn.execute(
        f"SELECT {_CONFLICT_COLUMNS} FROM conflict"
        " ORDER BY resolved_at IS NOT NULL, resolved_at DESC, id"
    )
    return [_conflict(row) for row in rows]


def get_conflict(conn: Connection, conflict_id: int) -> Conflict | None:
    """One kept conflict by its id."""
    row = conn.execute(
        f"SELECT {_CONFLICT_COLUMNS} FROM conflict WHERE id = ?", (conflict_id,)
    ).fetchone()
    return None if row is None else _conflict(row)


def resolve_conflict(
    conn: Connection, conflict_id: int, *, choice: str, note: str, by: str
) -> bool:
    """Record the decision on an open conflict (call inside a transaction); False if it was
    decided already or does not exist."""
    cursor = conn.execute(
        "UPDATE conflict SET decision = ?, resolved_at = ? WHERE id = ? AND resolved_at IS NULL",
        (_decision_json(choice=choice, note=note, by=by), utc_now(), conflict_id),
    )
    return bool(cursor.rowcount == 1)


@dataclasses.dataclass(frozen=True)
class QuarantinedBundle:
    """A bundle kept but never applied (a fork, from a revoked device, or holding records
    outside its sender's write scope), and its decision."""

    bundle: ReceivedBundle
    decision: Decision | None


_QUARANTINED = "state IN ('fork', 'revoked', 'out-of-scope')"


def _quarantined(row: tuple[object, ...]) -> QuarantinedBundle:
    *received_row, decision, decided_at = row
    return QuarantinedBundle(
        bundle=_received(tuple(received_row)), decision=_decision(decision, decided_at)
    )


def quarantined(conn: Connection) -> list[QuarantinedBundle]:
    """Quarantined bundles: undecided first (oldest first), then decided ones (latest first)."""
    rows = conn.execute(
        f"SELECT {_RECEIVED_COLUMNS}, decision, decided_at FROM bundle_in WHERE {_QUARANTINED}"
        " ORDER BY decided_at IS NOT NULL, decided_at DESC, received_at, id"
    )
    return [_quarantined(row) for row in rows]


def get_quarantined(conn: Connection, bundle_id: int) -> QuarantinedBundle | None:
    """One quarantined bundle by its id (None for an unknown id or a bundle not quarantined)."""
    row = conn.execute(
        f"SELECT {_RECEIVED_COLUMNS}, decision, decided_at FROM bundle_in"
        f" WHERE id = ? AND {_QUARANTINED}",
        (bundle_id,),
    ).fetchone()
    return None if row is None else _quarantined(row)


def decide_bundle(conn: Connection, bundle_id: int, *, choice: str, note: str, by: str) -> bool:
    """Record the decision on a quarantined bundle (call inside a transaction); False if it was
    decided already or is not quarantined."""
    cursor = conn.execute(
        "UPDATE bundle_in SET decision = ?, decided_at = ?"
        f" WHERE id = ? AND decided_at IS NULL AND {_QUARANTINED}",
        (_decision_json(choice=choice, note=note, by=by), utc_now(), bundle_id),
    )
    return bool(cursor.rowcount == 1)
