"""The approval table: requests, decisions, used once (vault/approvals.py)."""

from __future__ import annotations

from circlesdesk.vault import approvals, database
from circlesdesk.vault.vault import Vault


def test_a_request_is_decided_once_and_used_once(office_vault: Vault) -> None:
    conn = office_vault.conn
    with database.transaction(conn):
        first = approvals.add(
            conn, kind="disclosure", request='["a"]', summary="items=1", requested_by="p1"
        )
        approvals.add(
            conn, kind="disclosure", request='["b"]', summary="items=2", requested_by=None
        )
    assert [a.request for a in approvals.requests(conn, waiting_only=True)] == ['["b"]', '["a"]']
    with database.transaction(conn):
        approvals.decide(conn, first, by="p2", approved=True, reason="fine")
        approvals.decide(conn, first, by="p3", approved=False, reason="too late")  # ignored
    decided = approvals.get(conn, first)
    assert decided is not None
    assert (decided.approved, decided.decided_by, decided.reason) == (True, "p2", "fine")
    assert not decided.waiting and decided.used_at is None
    with database.transaction(conn):
        approvals.mark_used(conn, first)
    found = approvals.latest_for(conn, kind="disclosure", request='["a"]')
    assert found is not None and found.used_at is not None
    assert approvals.latest_for(conn, kind="circle-deletion", request='["a"]') is None
    assert approvals.get(conn, 999) is None
