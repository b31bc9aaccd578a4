"""Reading the audit log a page at a time, newest first, and checking its hash chain on demand.

Audit rows hold event types, record kinds, ids and counts (never names or note text), so they
can be shown as they are. Entries are numbered from 1 and never deleted, so the newest entry's
number is how many there are (:func:`entry_count`), found without counting every row.
"""

from __future__ import annotations

from circlesdesk.vault import audit, registry
from circlesdesk.vault.audit import AuditEntry, ChainReport
from circlesdesk.vault.vault import Vault

__all__ = ["AuditEntry", "ChainReport", "device_names", "entries", "entry_count", "verify_chain"]


def entries(vault: Vault, *, offset: int = 0, limit: int = 200) -> list[AuditEntry]:
    """``limit`` entries, newest first, after skipping the ``offset`` newest."""
    return audit.entries(vault.conn, limit=limit, offset=offset)


def entry_count(vault: Vault) -> int:
    """How many entries the log holds: the newest entry's number (0 for an empty log)."""
    newest = audit.entries(vault.conn, limit=1)
    return newest[0].id if newest else 0


def device_names(vault: Vault) -> dict[str, str]:
    """The name of each device that can appear as an entry's actor: this vault and its peers."""
    names = {peer.device_id: peer.name for peer in registry.peers(vault.conn)}
    names[vault.info.device_id] = vault.info.name
    return names


def verify_chain(vault: Vault) -> ChainReport:
    """Recompute every entry's hash and link; the report names the first altered entry."""
    return audit.verify(vault.conn)
