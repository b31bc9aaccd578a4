"""A real organisation with records worth disclosing: shared by the disclosure and subject-access
tests (office A of tests/sync_kit.py, with minutes edited once, a concern answered, and a second
circle whose core member must never appear in the other's export)."""

from __future__ import annotations

from pathlib import Path

from circlesdesk.domain.records import Concern, Meeting, new_record_id
from circlesdesk.services import circles, disclosures, meetings, office
from circlesdesk.services.meetings import ConcernInput
from circlesdesk.sync import importer
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.report_kit import Builder
from tests.sync_kit import Org

FIRST = "We talked about the allotment and his new job at the depot."
SECOND = "We talked about the allotment; he lost the job at the depot and seemed low."
CONCERN = "He mentioned meeting a woman with two young children at the allotment."
UNPICKED = "He was cheerful and talked about the football."
HERON = "Heron spoke about his sister's visit."
BASIS = "UK GDPR Art. 6(1)(e) public task; Art. 10 with DPA 2018 Sch. 1 para 10"


def deliver(org: Org) -> None:
    assert importer.import_bundle(org.office, org.send("alice")).state is importer.State.READY


def held_records(org: Org) -> dict[str, str]:
    """Alice's minutes (edited once after they arrived), a concern with a response, a meeting
    not picked, and Heron's circle NE-007 with its own minutes: uuids by name."""
    first = org.meeting(
        "alice",
        minutes=FIRST,
        weeks_ago=2,
        concerns=[
            ConcernInput(
                level=3,
                category="children",
                description=CONCERN,
                coordinator_phoned_at="2026-01-05T19:45:00+00:00",
            )
        ],
    )
    other = org.meeting("alice", minutes=UNPICKED, weeks_ago=1)
    deliver(org)
    meetings.edit_meeting(org.alice, meeting_uuid=first.uuid, minutes=SECOND)
    deliver(org)
    [concern] = store.find(org.office.conn, Concern)
    office.acknowledge(org.office, concern.uuid)
    circles.add_circle(org.office, code="NE-007", core_member="Heron", volunteers=["Zoe Price"])
    heron = Meeting(
        uuid=new_record_id(),
        origin=org.office.info.device_id,
        circle_uuid=circles.find_circle(org.office, "NE-007").uuid,
        held_on="2026-02-03",
        minutes=HERON,
    )
    Builder(org.office).save(heron)
    return {
        "minutes": first.uuid,
        "other": other.uuid,
        "concern": concern.uuid,
        "heron": heron.uuid,
    }


def police_draft(org: Org, held: dict[str, str]) -> disclosures.Disclosure:
    picks = [("concern", held["concern"]), ("meeting", held["minutes"])]
    return disclosures.prepare(org.office, picks, agency="Police", basis=BASIS)


def key_file(vault: Vault, path: Path) -> Path:
    data, _fingerprint = disclosures.partner_key(vault)
    path.write_bytes(data)
    return path
