"""Who may do what: the staff roles of an office and the one table of what each role may do.

Two questions decide whether an action is allowed, in this order:

1. the vault's role (``Role``): some actions belong to the office, some to a volunteer's laptop;
2. on an office vault, the signed-in person's staff role (``StaffRole``): a coordinator works on
   circles (their assigned ones), a manager may do everything (and approves disclosures and
   whole-circle deletions: the four-eyes rule), a data-protection officer answers subject access
   requests, keeps the retention policy and reads the audit log.

Every entry point (GUI, CLI, services) goes through :func:`refusal` via
``services.access.require``; nothing else compares roles.
"""

from __future__ import annotations

import dataclasses
from enum import StrEnum

from circlesdesk.domain.enums import Role


class StaffRole(StrEnum):
    """What a person at the office does."""

    COORDINATOR = "coordinator"
    MANAGER = "manager"
    DPO = "dpo"  # data-protection officer


class Permission(StrEnum):
    """One kind of action that is allowed or refused as a whole."""

    ASK_ENROLLMENT = "ask-enrollment"
    SEND_TO_OFFICE = "send-to-office"
    WORK_ON_CIRCLES = "work-on-circles"
    CHANGE_CIRCLES = "change-circles"
    SEE_ALL_CIRCLES = "see-all-circles"
    IMPORT_BUNDLES = "import-bundles"
    DECIDE_CONFLICTS = "decide-conflicts"
    MANAGE_DEVICES = "manage-devices"
    REVOKE_DEVICES = "revoke-devices"
    ROTATE_OFFICE_KEY = "rotate-office-key"
    OFFICE_SETTINGS = "office-settings"
    REPORTS = "reports"
    ORGANISATION_REPORTS = "organisation-reports"
    PREPARE_DISCLOSURE = "prepare-disclosure"
    SUBJECT_ACCESS = "subject-access"
    RETENTION = "retention"
    AUDIT_LOG = "audit-log"
    APPROVE = "approve"
    MANAGE_STAFF = "manage-staff"
    REFERRALS = "referrals"
    COVENANTS = "covenants"
    ENDINGS = "endings"
    QUESTIONNAIRE = "questionnaire"


@dataclasses.dataclass(frozen=True)
class Rule:
    """Which vault may take an action, which staff roles may, and the action in words."""

    vault: Role
    staff: frozenset[StaffRole]
    what: str  # the action in words (docs and tests)
    vault_code: str  # the catalogue code (circlesdesk/messages.py) when the vault's role refuses


_ALL = frozenset(StaffRole)
_WORK = frozenset({StaffRole.COORDINATOR, StaffRole.MANAGER})
_PRIVACY = frozenset({StaffRole.DPO, StaffRole.MANAGER})
_MANAGER = frozenset({StaffRole.MANAGER})

RULES: dict[Permission, Rule] = {
    Permission.ASK_ENROLLMENT: Rule(
        Role.VOLUNTEER, _ALL, "ask to be enrolled", "role.volunteer_only.enrollment"
    ),
    Permission.SEND_TO_OFFICE: Rule(
        Role.VOLUNTEER, _ALL, "send bundles to the office this way", "role.volunteer_only.export"
    ),
    Permission.WORK_ON_CIRCLES: Rule(Role.OFFICE, _WORK, "work on circles", "role.office_only"),
    Permission.CHANGE_CIRCLES: Rule(
        Role.OFFICE, _WORK, "create or change circles", "role.office_only.circles"
    ),
    Permission.SEE_ALL_CIRCLES: Rule(Role.OFFICE, _PRIVACY, "see every circle", "role.office_only"),
    Permission.IMPORT_BUNDLES: Rule(
        Role.OFFICE, _WORK, "import bundles and write replies", "role.office_only"
    ),
    Permission.DECIDE_CONFLICTS: Rule(
        Role.OFFICE, _WORK, "decide on conflicts and forks", "role.office_only.conflicts"
    ),
    Permission.MANAGE_DEVICES: Rule(
        Role.OFFICE, _WORK, "enroll devices", "role.office_only.enroll"
    ),
    Permission.REVOKE_DEVICES: Rule(
        Role.OFFICE, _WORK, "revoke devices", "role.office_only.revoke"
    ),
    Permission.ROTATE_OFFICE_KEY: Rule(
        Role.OFFICE, _MANAGER, "rotate the office key", "role.office_only.rotate_key"
    ),
    Permission.OFFICE_SETTINGS: Rule(
        Role.OFFICE, _MANAGER, "change the office settings", "role.office_only.settings"
    ),
    Permission.REPORTS: Rule(Role.OFFICE, _ALL, "produce reports", "role.office_only.reports"),
    Permission.ORGANISATION_REPORTS: Rule(
        Role.OFFICE,
        _PRIVACY,
        "produce the quarterly return and the research extract",
        "role.office_only.reports",
    ),
    Permission.PREPARE_DISCLOSURE: Rule(
        Role.OFFICE, _WORK, "prepare disclosures", "role.office_only"
    ),
    Permission.SUBJECT_ACCESS: Rule(
        Role.OFFICE, _PRIVACY, "answer subject access requests", "role.office_only"
    ),
    Permission.RETENTION: Rule(
        Role.OFFICE, _PRIVACY, "keep the retention policy", "role.office_only.retention"
    ),
    Permission.AUDIT_LOG: Rule(Role.OFFICE, _PRIVACY, "read the audit log", "role.office_only"),
    Permission.APPROVE: Rule(
        Role.OFFICE, _MANAGER, "approve disclosures and deletions", "role.office_only"
    ),
    Permission.MANAGE_STAFF: Rule(
        Role.OFFICE, _MANAGER, "add or remove people", "role.office_only"
    ),
    Permission.REFERRALS: Rule(Role.OFFICE, _WORK, "keep referrals", "role.office_only.referrals"),
    Permission.COVENANTS: Rule(
        Role.OFFICE, _WORK, "keep circles' covenants", "role.office_only.covenants"
    ),
    Permission.ENDINGS: Rule(Role.OFFICE, _WORK, "close a circle", "role.office_only.endings"),
    Permission.QUESTIONNAIRE: Rule(
        Role.OFFICE, _WORK, "keep the end-of-circle questionnaire", "role.office_only.questionnaire"
    ),
}


class Refusal(StrEnum):
    """Why an action is refused: the wrong kind of vault, or the signed-in person's role."""

    VAULT = "vault"
    STAFF = "staff"


def refusal(permission: Permission, *, vault: Role, staff: StaffRole | None) -> Refusal | None:
    """None when the action is allowed; else which of the two questions refused it.

    ``staff`` is None on a volunteer's vault and for an office unlocked with its recovery code
    (whoever holds that code holds the whole vault): the vault's role alone decides then.
    """
    rule = RULES[permission]
    if vault is not rule.vault:
        return Refusal.VAULT
    if staff is not None and staff not in rule.staff:
        return Refusal.STAFF
    return None


def allowed(permission: Permission, *, vault: Role, staff: StaffRole | None) -> bool:
    """Whether the action is allowed (see :func:`refusal`)."""
    return refusal(permission, vault=vault, staff=staff) is None
