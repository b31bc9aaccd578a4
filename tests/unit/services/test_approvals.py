"""The four-eyes rule: a disclosure and a whole-circle deletion wait for a manager (services/
approvals.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from circlesdesk.domain.permissions import StaffRole
from circlesdesk.domain.records import Meeting, new_record_id
from circlesdesk.errors import ValidationError
from circlesdesk.services import approvals, circles, staff
from circlesdesk.services import disclosures as disclosure
from circlesdesk.services.access import NeedsApproval, NotAllowed
from circlesdesk.vault import audit
from circlesdesk.vault.errors import WrongPassphrase
from circlesdesk.vault.vault import Vault
from tests.report_kit import Builder
from tests.vault_kit import CIRCLE_CODE, FAST_KDF, OFFICE_NAME, PASSPHRASE

DANA, DANA_PASSPHRASE = "Dana Reyes", "blue kettle over the moor"
MIA, MIA_PASSPHRASE = "Mia Hart", "a fox under the old bridge"
BASIS = "Public protection: a risk to a child"


def office_with_dana_and_mia(office_vault: Vault) -> str:
    """Dana, a coordinator of SW-014, and Mia, a second manager; a meeting to disclose."""
    staff.add_person(
        office_vault,
        name=DANA,
        role=StaffRole.COORDINATOR,
        passphrase=DANA_PASSPHRASE,
        circle_codes=[CIRCLE_CODE],
        kdf=FAST_KDF,
    )
    staff.add_person(
        office_vault, name=MIA, role="manager", passphrase=MIA_PASSPHRASE, kdf=FAST_KDF
    )
    meeting = Meeting(
        uuid=new_record_id(),
        origin=office_vault.info.device_id,
        circle_uuid=circles.find_circle(office_vault, CIRCLE_CODE).uuid,
        held_on="2026-02-03",
        minutes="Talked about the move.",
    )
    Builder(office_vault).save(meeting)
    return meeting.uuid


def draft_of(office_vault: Vault, meeting_uuid: str) -> disclosure.Disclosure:
    return disclosure.prepare(
        office_vault, [("meeting", meeting_uuid)], agency="Police", basis=BASIS
    )


def record_pdf(office_vault: Vault, draft: disclosure.Disclosure) -> disclosure.LogEntry:
    return disclosure.record(
        office_vault, draft, disclosure.DisclosureFormat.PDF, hashlib.sha256(b"pdf").hexdigest()
    )


def test_a_disclosure_needs_a_managers_approval_and_the_audit_names_both(
    office_vault: Vault, office_vault_dir: Path
) -> None:
    meeting_uuid = office_with_dana_and_mia(office_vault)
    office_vault.lock()
    with Vault.unlock(office_vault_dir, passphrase=DANA_PASSPHRASE, name=DANA) as dana:
        assert dana.staff is not None
        draft = draft_of(dana, meeting_uuid)
        with pytest.raises(NeedsApproval, match="needs a manager's approval") as refused:
            disclosure.check_approved(dana, draft)
        assert refused.value.exit_code == 31
        with pytest.raises(NeedsApproval):
            record_pdf(dana, draft)
        asked = disclosure.ask_approval(dana, draft)
        assert asked.waiting and asked.requested_by == dana.staff.id
        assert disclosure.ask_approval(dana, draft) == asked  # asking twice: the same request
        with pytest.raises(NeedsApproval, match="awaiting a manager's approval"):
            disclosure.check_approved(dana, draft)
        with pytest.raises(NotAllowed):
            approvals.decide(dana, asked.id, approve=True, reason="fine")
        # A coordinator cannot approve with their own passphrase typed as a "manager" either.
        with pytest.raises(NotAllowed):
            approvals.decide(
                dana,
                asked.id,
                approve=True,
                reason="fine",
                manager_name=DANA,
                manager_passphrase=DANA_PASSPHRASE,
            )
        with pytest.raises(WrongPassphrase):
            approvals.decide(
                dana,
                asked.id,
                approve=True,
                reason="fine",
                manager_name=MIA,
                manager_passphrase=DANA_PASSPHRASE,
            )
        # Mia, at Dana's machine, types her own name and passphrase in the approval dialog.
        decided = approvals.decide(
            dana,
            asked.id,
            approve=True,
            reason="Police request under section 29, checked",
            manager_name=MIA,
            manager_passphrase=MIA_PASSPHRASE,
        )
        mia_id = staff.find(dana, MIA).id
        assert (decided.approved, decided.decided_by) == (True, mia_id)
        again = draft_of(dana, meeting_uuid)  # prepared again later: the same disclosure
        entry = record_pdf(dana, again)
        assert entry.agency == "Police"
        with pytest.raises(NeedsApproval):  # an approval is used once
            record_pdf(dana, again)
        rows = {e.action: e.staff_id for e in audit.entries(dana.conn)}
        assert rows["approval.requested"] == dana.staff.id
        assert rows["approval.approved"] == mia_id
        assert rows["disclosure.recorded"] == dana.staff.id


def test_a_refusal_has_a_reason_and_the_one_who_asked_cannot_approve(
    office_vault: Vault, office_vault_dir: Path
) -> None:
    meeting_uuid = office_with_dana_and_mia(office_vault)
    draft = draft_of(office_vault, meeting_uuid)
    asked = disclosure.ask_approval(office_vault, draft)  # asked by the first manager
    with pytest.raises(ValidationError, match="A second person must approve"):
        approvals.decide(office_vault, asked.id, approve=True, reason="mine")
    office_vault.lock()
    with Vault.unlock(office_vault_dir, passphrase=MIA_PASSPHRASE, name=MIA) as mia:
        with pytest.raises(ValidationError, match="give a reason"):
            approvals.decide(mia, asked.id, approve=False, reason="  ")
        assert [a.id for a in approvals.requests(mia, waiting_only=True)] == [asked.id]
        approvals.decide(mia, asked.id, approve=False, reason="Not enough basis")
        assert approvals.requests(mia, waiting_only=True) == []
        with pytest.raises(NeedsApproval, match="A manager refused this"):
            disclosure.check_approved(mia, draft_of(mia, meeting_uuid))
    with (
        Vault.unlock(office_vault_dir, passphrase=PASSPHRASE, name=OFFICE_NAME) as first,
        pytest.raises(ValidationError, match="already been decided"),
    ):
        approvals.decide(first, asked.id, approve=True, reason="changed my mind")


def test_an_office_of_one_person_acts_alone_as_before(office_vault: Vault) -> None:
    meeting = Meeting(
        uuid=new_record_id(),
        origin=office_vault.info.device_id,
        circle_uuid=circles.find_circle(office_vault, CIRCLE_CODE).uuid,
        held_on="2026-02-03",
        minutes="Talked about the move.",
    )
    Builder(office_vault).save(meeting)
    assert not approvals.needed(office_vault)
    assert record_pdf(office_vault, draft_of(office_vault, meeting.uuid)).agency == "Police"
