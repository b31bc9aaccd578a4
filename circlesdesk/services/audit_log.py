"""Reading the audit log a page at a time, newest first, and checking its hash chain on demand.

Audit rows hold event types, record kinds, ids and counts (never names or note text), so they
can be shown as they are. Entries are numbered from 1 and never deleted, so the newest entry's
number is how many there are (:func:`entry_count`), found without counting every row. Pages are
read by id (keyset paging), so the 1,000th page costs what the first does.
"""

from __future__ import annotations

from collections.abc import Callable

from circlesdesk.vault import audit, registry
from circlesdesk.vault.audit import AuditEntry, ChainReport, VerifyStopped
from circlesdesk.vault.vault import Vault

__all__ = [
    "AuditEntry",
    "ChainReport",
    "VerifyStopped",
    "device_names",
    "entries",
    "entry_count",
    "verify_chain",
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
