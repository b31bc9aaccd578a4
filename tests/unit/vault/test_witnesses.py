"""The audit_witness table: one head kept per peer, the newest replacing the one before."""

from __future__ import annotations

from circlesdesk.vault import database, witnesses
from circlesdesk.vault.vault import Vault

ALICE = "a" * 32
BEN = "b" * 32


def _keep(vault: Vault, device_id: str, length: int, seq: int) -> None:
    with database.transaction(vault.conn):
        witnesses.record(
            vault.conn,
            device_id=device_id,
            length=length,
            digest=f"{length:064x}",
            witnessed_at="2026-12-01T10:00:00+00:00",
            bundle_seq=seq,
        )


def test_one_head_is_kept_per_peer_and_the_newest_replaces_it(office_vault: Vault) -> None:
    assert witnesses.get(office_vault.conn, ALICE) is None
    assert witnesses.all_witnesses(office_vault.conn) == []
    _keep(office_vault, ALICE, 40, 3)
    _keep(office_vault, BEN, 12, 1)
    _keep(office_vault, ALICE, 35, 4)  # a laptop restored from a backup vouches for an older head

    alice = witnesses.get(office_vault.conn, ALICE)
    assert alice is not None
    assert (alice.length, alice.hash, alice.bundle_seq) == (35, f"{35:064x}", 4)
    assert [(w.device_id, w.length) for w in witnesses.all_witnesses(office_vault.conn)] == [
        (BEN, 12),
        (ALICE, 35),
    ]
