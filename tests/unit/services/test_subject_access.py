"""The subject-access export: everything held about one core member, every revision, in one
private JSON file, audited; nothing about another core member. The golden document
tests/data/subject-access-v1.json still reads (every record in it is a record with its content
hash) and the export still writes its structure; rewrite it only when the format changes:
``CIRCLESDESK_WRITE_GOLDEN=1 pytest tests/unit/services/test_subject_access.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from circlesdesk.domain.records import RECORD_TYPES
from circlesdesk.errors import NotFoundError, RoleError
from circlesdesk.services import (
    activity,
    circles,
    covenants,
    disclosures,
    endings,
    questionnaires,
    referrals,
    subject_access,
    volunteer_records,
)
from circlesdesk.sync import importer
from tests.disclosure_kit import FIRST, HERON, SECOND, held_records, police_draft
from tests.sync_kit import CIRCLE, Org, audit_actions, table_snapshot

GOLDEN = Path(__file__).resolve().parents[2] / "data" / "subject-access-v1.json"


@pytest.fixture
def held(org: Org) -> dict[str, str]:
    """Records by name (tests/disclosure_kit.py)."""
    return held_records(org)


def test_subject_access_holds_every_revision_and_nothing_about_another_core_member(
    org: Org, held: dict[str, str], tmp_path: Path
) -> None:
    disclosures.set_consent(org.office, circle_code=CIRCLE, status="withdrawn")
    draft = police_draft(org, held)
    disclosures.record(org.office, draft, "pdf", "ab" * 32)
    out = tmp_path / "kestrel.json"
    written = subject_access.subject_access(org.office, "kestrel", out)
    assert os.stat(out).st_mode & 0o777 == 0o600
    text = out.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["core_member"]["payload"]["name"] == "Kestrel"
    [minutes] = [m for m in document["records"]["meeting"] if m["uuid"] == held["minutes"]]
    assert minutes["payload"]["minutes"] == SECOND
    assert [r["payload"]["minutes"] for r in minutes["earlier_revisions"]] == [FIRST]
    assert document["consent"]["status"] == "withdrawn"
    assert [d["agency"] for d in document["disclosures"]] == ["Police"]
    assert {c["payload"]["code"] for c in document["records"]["circle"]} == {CIRCLE}
    assert len(document["records"]["concern_response"]) == 1
    assert written.counts["meeting"] == 2
    heron = circles.find_circle(org.office, "NE-007")
    assert HERON not in text and "Heron" not in text and heron.uuid not in text
    assert audit_actions(org.office)[-1] == "subject_access.exported"


def test_subject_access_holds_how_the_circle_began_and_ended(
    org: Org, held: dict[str, str], tmp_path: Path
) -> None:
    office = org.office
    declined = referrals.add_referral(
        office, agency="Police", received_on="2024-01-10", core_member="Kestrel"
    )
    referrals.advance(office, referral_uuid=declined.uuid, stage="assessed", on="2024-01-20")
    referrals.advance(
        office, referral_uuid=declined.uuid, stage="declined", on="2024-02-01", reason="Not yet."
    )
    referrals.add_referral(office, agency="Police", received_on="2024-03-01", core_member="Wren")
    covenants.agree(office, code=CIRCLE, agreed_on="2026-01-10", text="We meet weekly.")
    endings.close_circle(office, code=CIRCLE, ended_on="2026-12-01", reason="completed")
    endings.add_follow_up(office, code=CIRCLE, contact_on="2026-12-20", summary="Settled.")
    questionnaires.record_answers(
        office, code=CIRCLE, stakeholder="core-member", answered_on="2026-12-05",
        scores={"supported": 5},
    )  # fmt: skip
    out = tmp_path / "kestrel.json"
    written = subject_access.subject_access(office, "Kestrel", out)
    records = json.loads(out.read_text(encoding="utf-8"))["records"]
    assert [r["payload"]["decline_reason"] for r in records["referral"]] == ["Not yet."]
    assert [r["payload"]["reason"] for r in records["ending"]] == ["completed"]
    assert [r["payload"]["summary"] for r in records["follow_up"]] == ["Settled."]
    assert [r["payload"]["text"] for r in records["covenant"]] == ["We meet weekly."]
    assert [r["payload"]["scores"] for r in records["questionnaire_answer"]] == [{"supported": 5}]
    assert "Wren" not in out.read_text(encoding="utf-8")  # another core member's referral
    assert written.counts["referral"] == 1


def test_an_unknown_pseudonym_or_a_volunteer_writes_nothing(org: Org, held: dict[str, str]) -> None:
    out = org.folders["office"] / "sar.json"
    before = table_snapshot(org.office)
    with pytest.raises(NotFoundError, match="no core member with that pseudonym"):
        subject_access.subject_access(org.office, "Nobody", out)
    with pytest.raises(RoleError):
        subject_access.subject_access(org.alice, "Kestrel", out)
    assert not out.exists()
    assert table_snapshot(org.office) == before


def _entries(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every record entry of a document, earlier revisions included."""
    current = [
        document["core_member"],
        *document["memberships"],
        *(entry for found in document["records"].values() for entry in found),
    ]
    return [*current, *(old for entry in current for old in entry["earlier_revisions"])]


def _shape(document: dict[str, Any]) -> dict[str, Any]:
    """The structure a reader relies on: the keys at every level, the kinds held."""
    entries = _entries(document)
    disclosures = document["disclosures"]
    return {
        "top": sorted(document),
        "record kinds": sorted(document["records"]),
        "entry": sorted({tuple(sorted(entry)) for entry in entries}),
        "consent": sorted(document["consent"] or {}),
        "disclosure": sorted({tuple(sorted(d)) for d in disclosures}),
        "disclosed item": sorted({tuple(sorted(i)) for d in disclosures for i in d["items"]}),
    }


def test_the_golden_document_still_reads() -> None:
    document = json.loads(GOLDEN.read_text(encoding="utf-8"))

    assert document["format"] == subject_access.SUBJECT_ACCESS_FORMAT
    entries = _entries(document)
    assert {entry["kind"] for entry in entries} >= {"person", "membership", "meeting", "concern"}
    for entry in entries:
        record = RECORD_TYPES[entry["kind"]].from_payload(
            entry["payload"],
            uuid=entry["uuid"],
            origin=entry["origin"],
            revision=entry["revision"],
            updated_at=entry["updated_at"],
        )
        assert record.content_hash() == entry["content_hash"]


def test_the_export_still_writes_the_golden_structure(
    org: Org, held: dict[str, str], tmp_path: Path
) -> None:
    disclosures.set_consent(org.office, circle_code=CIRCLE, status="given")
    disclosures.record(org.office, police_draft(org, held), "pdf", "ab" * 32)
    out = tmp_path / "kestrel.json"
    subject_access.subject_access(org.office, "Kestrel", out)
    written = json.loads(out.read_text(encoding="utf-8"))
    if os.environ.get("CIRCLESDESK_WRITE_GOLDEN"):
        GOLDEN.write_bytes(out.read_bytes())

    assert _shape(written) == _shape(json.loads(GOLDEN.read_text(encoding="utf-8")))


def test_a_volunteers_export_holds_their_own_records_and_no_one_elses(
    org: Org, tmp_path: Path
) -> None:
    for name in ("alice", "ben"):
        person = org.person(name)
        volunteer_records.record_training(
            org.office, person_uuid=person, course=f"Core {name}", completed_on="2026-01-10"
        )
        volunteer_records.record_supervision(
            org.office, person_uuid=person, held_on="2026-02-01", notes=f"Debrief of {name}."
        )
    activity.record_hours(org.alice, worked_on="2026-02-02", minutes=40, activity="travel")
    activity.record_review(
        org.alice,
        circle_code=CIRCLE,
        review_on="2026-02-03",
        scores=dict.fromkeys(activity.review_items(org.alice)[1], 2),
    )
    importer.import_bundle(org.office, org.send("alice"))
    out = tmp_path / "alice.json"
    before = len(audit_actions(org.office))
    written = subject_access.volunteer_access(org.office, "alice marsh", out)
    assert os.stat(out).st_mode & 0o777 == 0o600
    text = out.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["format"] == "circlesdesk-volunteer-access-v1"
    assert document["volunteer"]["payload"]["name"] == "Alice Marsh"
    records = document["records"]
    assert [t["payload"]["course"] for t in records["training"]] == ["Core alice"]
    assert [s["payload"]["notes"] for s in records["supervision"]] == ["Debrief of alice."]
    assert [h["payload"]["activity"] for h in records["hours"]] == ["travel"]
    assert len(records["review"]) == 1 and written.counts["review"] == 1
    assert "Core ben" not in text and "Debrief of ben." not in text
    assert audit_actions(org.office)[before:] == ["subject_access.exported"]
    with pytest.raises(NotFoundError):
        subject_access.volunteer_access(org.office, "Kestrel", tmp_path / "no.json")
    assert not (tmp_path / "no.json").exists()
