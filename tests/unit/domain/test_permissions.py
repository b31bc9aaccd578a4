"""The one table of who may do what (domain/permissions.py)."""

from __future__ import annotations

import pytest

from circlesdesk.domain.enums import Role
from circlesdesk.domain.permissions import (
    RULES,
    Permission,
    Refusal,
    StaffRole,
    allowed,
    refusal,
)


def test_every_permission_has_its_rule() -> None:
    assert set(RULES) == set(Permission)


@pytest.mark.parametrize("permission", list(Permission))
def test_a_manager_may_do_everything_an_office_does(permission: Permission) -> None:
    rule = RULES[permission]
    assert allowed(permission, vault=rule.vault, staff=StaffRole.MANAGER)


def test_a_coordinator_works_on_circles_but_neither_approves_nor_manages_people() -> None:
    coordinator = StaffRole.COORDINATOR
    assert allowed(Permission.WORK_ON_CIRCLES, vault=Role.OFFICE, staff=coordinator)
    assert allowed(Permission.PREPARE_DISCLOSURE, vault=Role.OFFICE, staff=coordinator)
    for refused in (
        Permission.APPROVE,
        Permission.MANAGE_STAFF,
        Permission.SEE_ALL_CIRCLES,
        Permission.AUDIT_LOG,
        Permission.SUBJECT_ACCESS,
    ):
        assert refusal(refused, vault=Role.OFFICE, staff=coordinator) is Refusal.STAFF


def test_a_data_protection_officer_answers_subject_access_and_keeps_retention() -> None:
    dpo = StaffRole.DPO
    for permitted in (Permission.SUBJECT_ACCESS, Permission.RETENTION, Permission.AUDIT_LOG):
        assert allowed(permitted, vault=Role.OFFICE, staff=dpo)
    assert not allowed(Permission.APPROVE, vault=Role.OFFICE, staff=dpo)
    assert not allowed(Permission.WORK_ON_CIRCLES, vault=Role.OFFICE, staff=dpo)


def test_the_vault_role_is_asked_first() -> None:
    assert refusal(Permission.WORK_ON_CIRCLES, vault=Role.VOLUNTEER, staff=None) is Refusal.VAULT
    assert refusal(Permission.ASK_ENROLLMENT, vault=Role.OFFICE, staff=None) is Refusal.VAULT
    assert allowed(Permission.ASK_ENROLLMENT, vault=Role.VOLUNTEER, staff=None)


def test_nobody_named_at_an_office_acts_as_the_office_itself() -> None:
    # The recovery code (and a vault from before people were recorded) names nobody.
    assert all(allowed(p, vault=RULES[p].vault, staff=None) for p in Permission)
