"""Several people at the office, each with their own passphrase (services/staff.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from circlesdesk.domain.permissions import StaffRole
from circlesdesk.errors import ValidationError
from circlesdesk.services import access, staff
from circlesdesk.services.access import NotAllowed
from circlesdesk.vault import audit, keyslots
from circlesdesk.vault.errors import WrongPassphrase
from circlesdesk.vault.vault import KEYS_FILE, Vault
from tests.vault_kit import CIRCLE_CODE, FAST_KDF, OFFICE_NAME, PASSPHRASE, row_snapshot, rows

DANA = "Dana Reyes"
DANA_PASSPHRASE = "blue kettle over the moor"
EVAN = "Evan Price"
EVAN_PASSPHRASE = "seven lanterns in the rain"
MIA = "Mia Hart"
MIA_PASSPHRASE = "a fox under the old bridge"


def office_of_three(office_vault: Vault) -> None:
    """Two coordinators (Dana on SW-014, Evan on nothing) beside the first manager, and Mia."""
    staff.add_person(
        office_vault,
        name=DANA,
        role=StaffRole.COORDINATOR,
        passphrase=DANA_PASSPHRASE,
        circle_codes=[CIRCLE_CODE],
        kdf=FAST_KDF,
    )
    staff.add_person(
        office_vault, name=EVAN, role="coordinator", passphrase=EVAN_PASSPHRASE, kdf=FAST_KDF
    )
    staff.add_person(
        office_vault, name=MIA, role="manager", passphrase=MIA_PASSPHRASE, kdf=FAST_KDF
    )


def test_two_coordinators_and_a_manager_each_sign_in_with_their_own_passphrase(
    office_vault: Vault, office_vault_dir: Path
) -> None:
    office_of_three(office_vault)
    office_vault.lock()
    for name, passphrase, role in (
        (DANA, DANA_PASSPHRASE, StaffRole.COORDINATOR),
        (EVAN, EVAN_PASSPHRASE, StaffRole.COORDINATOR),
        (MIA, MIA_PASSPHRASE, StaffRole.MANAGER),
        (OFFICE_NAME, PASSPHRASE, StaffRole.MANAGER),
    ):
        with Vault.unlock(office_vault_dir, passphrase=passphrase, name=name) as signed_in:
            assert signed_in.staff is not None
            assert (signed_in.staff.name, signed_in.staff.role) == (name, role)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(office_vault_dir, passphrase=DANA_PASSPHRASE, name=EVAN)
    # Without a name every slot is tried in turn: still the right person.
    with Vault.unlock(office_vault_dir, passphrase=EVAN_PASSPHRASE) as signed_in:
        assert signed_in.staff is not None and signed_in.staff.name == EVAN
    names = keyslots.load(office_vault_dir / KEYS_FILE).to_bytes().decode()
    assert DANA not in names and "Dana" not in names  # labels, not names, in the key file


def test_removing_a_person_locks_them_out_at_once(
    office_vault: Vault, office_vault_dir: Path
) -> None:
    office_of_three(office_vault)
    staff.remove_person(office_vault, staff.find(office_vault, DANA))
    office_vault.lock()
    for name in (DANA, None):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(office_vault_dir, passphrase=DANA_PASSPHRASE, name=name)
    with Vault.unlock(office_vault_dir, passphrase=EVAN_PASSPHRASE, name=EVAN) as still_here:
        assert [m.name for m in staff.people(still_here)] == [EVAN, MIA, OFFICE_NAME]
        assert DANA in staff.names(still_here).values()  # the audit log still names her


def test_the_first_manager_can_leave_too(office_vault: Vault, office_vault_dir: Path) -> None:
    office_of_three(office_vault)
    office_vault.lock()
    with Vault.unlock(office_vault_dir, passphrase=MIA_PASSPHRASE, name=MIA) as mia:
        staff.remove_person(mia, staff.find(mia, OFFICE_NAME))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE)


def test_audit_rows_name_the_person_who_acted(office_vault: Vault, office_vault_dir: Path) -> None:
    office_of_three(office_vault)
    first = office_vault.staff
    assert first is not None
    office_vault.lock()
    with Vault.unlock(office_vault_dir, passphrase=MIA_PASSPHRASE, name=MIA) as mia:
        assert mia.staff is not None
        staff.set_role(mia, staff.find(mia, EVAN), StaffRole.DPO)
        newest = audit.entries(mia.conn, limit=1)[0]
        assert (newest.action, newest.staff_id) == ("staff.role-changed", mia.staff.id)
        added = [e for e in audit.entries(mia.conn) if e.action == "staff.added"]
        assert {e.staff_id for e in added} == {first.id}
        assert staff.names(mia)[mia.staff.id] == MIA
        assert audit.verify(mia.conn).ok


def test_a_coordinator_may_not_change_who_works_here(
    office_vault: Vault, office_vault_dir: Path
) -> None:
    office_of_three(office_vault)
    office_vault.lock()
    before = row_snapshot(office_vault_dir)
    with Vault.unlock(office_vault_dir, passphrase=DANA_PASSPHRASE, name=DANA) as dana:
        with pytest.raises(NotAllowed) as refused:
            staff.add_person(dana, name="Zed", role="manager", passphrase=DANA_PASSPHRASE)
        assert str(refused.value) == ("Your role at the office does not allow this. Ask a manager.")
        assert refused.value.exit_code == 30
        assert not access.allowed(dana, access.Permission.APPROVE)
    assert row_snapshot(office_vault_dir) == before


def test_bad_changes_are_refused_and_store_nothing(
    office_vault: Vault, office_vault_dir: Path
) -> None:
    office_of_three(office_vault)
    before = rows(office_vault.conn)
    keys_before = (office_vault_dir / KEYS_FILE).read_bytes()
    with pytest.raises(ValidationError, match="already works here"):
        staff.add_person(
            office_vault, name=" dana  reyes", role="manager", passphrase=MIA_PASSPHRASE
        )
    with pytest.raises(ValidationError, match="coordinator, manager or dpo"):
        staff.add_person(office_vault, name="Zed", role="boss", passphrase=MIA_PASSPHRASE)
    with pytest.raises(ValidationError, match="cannot remove yourself"):
        assert office_vault.staff is not None
        staff.remove_person(office_vault, office_vault.staff)
    staff.remove_person(office_vault, staff.find(office_vault, MIA))
    with pytest.raises(ValidationError, match="at least one manager"):
        staff.set_role(office_vault, staff.find(office_vault, OFFICE_NAME), "coordinator")
    assert (
        office_vault_dir / KEYS_FILE
    ).read_bytes() != keys_before  # only Mia's removal changed it
    assert rows(office_vault.conn)["staff_circle"] == before["staff_circle"]


def test_a_manager_sets_a_forgotten_passphrase_and_assigns_circles(
    office_vault: Vault, office_vault_dir: Path
) -> None:
    office_of_three(office_vault)
    evan = staff.find(office_vault, EVAN)
    staff.set_passphrase(office_vault, evan, passphrase="new words for evan here", kdf=FAST_KDF)
    assert staff.set_circles(office_vault, evan, [CIRCLE_CODE]) == [CIRCLE_CODE]
    office_vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(office_vault_dir, passphrase=EVAN_PASSPHRASE, name=EVAN)
    with Vault.unlock(
        office_vault_dir, passphrase="new words for evan here", name=EVAN
    ) as signed_in:
        assert signed_in.staff is not None and signed_in.staff.name == EVAN


def test_changing_ones_own_passphrase_rewraps_only_ones_own_slot(
    office_vault: Vault, office_vault_dir: Path
) -> None:
    office_of_three(office_vault)
    office_vault.lock()
    with Vault.unlock(office_vault_dir, passphrase=DANA_PASSPHRASE, name=DANA) as dana:
        dana.change_passphrase(
            old_passphrase=DANA_PASSPHRASE, new_passphrase="dana chose anew today", kdf=FAST_KDF
        )
    with Vault.unlock(office_vault_dir, passphrase="dana chose anew today", name=DANA):
        pass
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE, name=OFFICE_NAME):
        pass
