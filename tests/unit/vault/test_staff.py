"""The staff table: people at the office, their labels and circles (vault/staff.py)."""

from __future__ import annotations

from circlesdesk.domain.permissions import StaffRole
from circlesdesk.vault import database
from circlesdesk.vault import staff as staff_sql
from circlesdesk.vault.vault import Vault
from tests.vault_kit import OFFICE_NAME


def test_an_office_vault_starts_with_its_first_person_a_manager(office_vault: Vault) -> None:
    [first] = staff_sql.members(office_vault.conn)
    assert (first.name, first.role, first.label) == (OFFICE_NAME, StaffRole.MANAGER, None)
    assert office_vault.staff == first
    assert staff_sql.by_label(office_vault.conn, None) == first


def test_a_volunteer_vault_has_nobody_at_the_office(volunteer_vault: Vault) -> None:
    assert staff_sql.members(volunteer_vault.conn) == []
    assert volunteer_vault.staff is None


def test_someone_removed_keeps_their_name_but_loses_their_circles(office_vault: Vault) -> None:
    with database.transaction(office_vault.conn):
        member = staff_sql.add(
            office_vault.conn, name="Dana", role=StaffRole.COORDINATOR, label="ab" * 16
        )
        staff_sql.set_circles(office_vault.conn, member.id, ["c1", "c2", "c1"])
    assert staff_sql.circles_of(office_vault.conn, member.id) == ["c1", "c2"]
    with database.transaction(office_vault.conn):
        staff_sql.mark_removed(office_vault.conn, member.id)
    assert staff_sql.by_label(office_vault.conn, "ab" * 16) is None
    assert [m.name for m in staff_sql.members(office_vault.conn)] == [OFFICE_NAME]
    assert staff_sql.names(office_vault.conn)[member.id] == "Dana"
    assert staff_sql.circles_of(office_vault.conn, member.id) == []
