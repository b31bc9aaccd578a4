"""Reading the audit log a page at a time, newest first, and checking it on demand: its hash
chain, and at the office the heads the laptops witnessed.

Audit rows hold event types, record kinds, ids and counts (never names or note text), so they
can be shown as they are. Entries are numbered from 1 and never deleted, so the newest entry's
number is how many there are (:func:`entry_count`), found without counting every row. Pages are
read by id (keyset paging), so the 1,000th page costs what the first does.

The chain alone cannot catch whoever holds the vault key: they can edit an entry and work out
every hash after it again. Each laptop, though, signs back the head of the log (entry number and
hash) the office last sent it, and keeps it on the laptop. So for every laptop's witness the entry
at that number must still have that hash: if it does not, or the log is shorter, the log was
rewritten (or cut short, or an older backup restored) since that laptop saw it.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable

from circlesdesk.domain.enums import Role
from circlesdesk.vault import audit, registry, witnesses
from circlesdesk.vault import staff as staff_sql
from circlesdesk.vault.audit import AuditEntry, ChainReport, VerifyStopped
from circlesdesk.vault.vault import Vault

__all__ = [
    "AuditEntry",
    "AuditReport",
    "ChainReport",
    "VerifyStopped",
    "WitnessCheck",
    "WitnessState",
    "device_names",
    "entries",
    "entry_count",
    "person_names",
    "verify",
    "verify_chain",
    "witness_checks",
]


def entries(vault: Vault, *, before_id: int | None = None, limit: int = 200) -> list[AuditEntry]:
    """``limit`` entries, newest first, older than entry ``before_id`` (from the newest if None).

    The next page starts before the last entry of this one: ``before_id=page[-1].id``.
    """
    return audit.entries(vault.conn, limit=limit, before_id=before_id)


def entry_count(vault: Vault) -> int:
    """How many entries the log holds: the newest entry's number (0 for an empty log)."""
    newest = audit.entries(vault.conn, limit=1)
    return newest[0].id if newest else 0


def device_names(vault: Vault) -> dict[str, str]:
    """The name of each device that can appear as an entry's actor: this vault and its peers."""
    names = {peer.device_id: peer.name for peer in registry.peers(vault.conn)}
    names[vault.info.device_id] = vault.info.name
    return names


def person_names(vault: Vault) -> dict[str, str]:
    """The name of each person at the office that can appear on an entry, those who left too."""
    return staff_sql.names(vault.conn)


def verify_chain(
    vault: Vault,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ChainReport:
    """Recompute every entry's hash and link; the report names the first altered entry.

    ``progress(checked, total)`` is called every thousand entries; when ``cancelled()`` is
    true the check raises :class:`VerifyStopped` and nothing is concluded.
    """
    return audit.verify(vault.conn, progress=progress, cancelled=cancelled)


class WitnessState(enum.StrEnum):
    """What the log holds now at the entry a laptop witnessed."""

    MATCHES = "matches"
    DIFFERS = "differs"  # that entry has another hash: rewritten since the laptop saw it
    MISSING = "missing"  # the log is shorter than the laptop saw it


@dataclasses.dataclass(frozen=True)
class WitnessCheck:
    """One laptop's witness of the log, checked against the log as it is now."""

    device_id: str
    device_name: str
    length: int
    witnessed_at: str
    bundle_seq: int
    state: WitnessState

    @property
    def ok(self) -> bool:
        """True when the log still holds, at that entry, the hash the laptop witnessed."""
        return self.state is WitnessState.MATCHES


@dataclasses.dataclass(frozen=True)
class AuditReport:
    """The chain check and every laptop's witness, shortest witnessed log first."""

    chain: ChainReport
    witnesses: tuple[WitnessCheck, ...]

    @property
    def ok(self) -> bool:
        """True when the chain is unbroken and every witness matches."""
        return self.chain.ok and all(w.ok for w in self.witnesses)

    @property
    def first_break(self) -> WitnessCheck | None:
        """The witness of the shortest log that no longer matches: the first laptop that shows
        the rewrite (None if every witness matches)."""
        return next((w for w in self.witnesses if not w.ok), None)

    @property
    def intact_up_to(self) -> int:
        """The longest witnessed log still matching below the first break (0 if none): the
        rewrite changed an entry after this one and at or before the first break's."""
        first = self.first_break
        limit = first.length if first is not None else None
        return max(
            (w.length for w in self.witnesses if w.ok and (limit is None or w.length < limit)),
            default=0,
        )


def witness_checks(vault: Vault) -> tuple[WitnessCheck, ...]:
    """Every laptop's witnessed head checked against the log as it is now (one lookup each);
    none on a laptop, whose witness is of the office's log, not its own."""
    if vault.info.role is not Role.OFFICE:
        return ()
    names = device_names(vault)
    checks = []
    for witness in witnesses.all_witnesses(vault.conn):
        stored = audit.entry_hash(vault.conn, witness.length)
        if stored is None:
            state = WitnessState.MISSING
        elif stored == witness.hash:
            state = WitnessState.MATCHES
        else:
            state = WitnessState.DIFFERS
        checks.append(
            WitnessCheck(
                device_id=witness.device_id,
                device_name=names.get(witness.device_id, witness.device_id[:8]),
                length=witness.length,
                witnessed_at=witness.witnessed_at,
                bundle_seq=witness.bundle_seq,
                state=state,
            )
        )
    return tuple(checks)


def verify(
    vault: Vault,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AuditReport:
    """Check the chain (as :func:`verify_chain`) and every laptop's witness of the log."""
    chain = verify_chain(vault, progress=progress, cancelled=cancelled)
    return AuditReport(chain=chain, witnesses=witness_checks(vault))
