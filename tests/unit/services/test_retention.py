"""The retention policy on the hand-counted office of tests/report_kit.py: OLD-001 (closed, last
met 2025-11-04) is due after its period, and deleting it leaves no row about it anywhere while the
reports on the other circles stay the same."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from circlesdesk import cli
from circlesdesk.cli import exits
from circlesdesk.domain.enums import Phase, ResponseAction
from circlesdesk.domain.records import (
    OFFICE_ONLY_KINDS,
    Attendance,
    Concern,
    ConcernResponse,
    Contact,
    Covenant,
    Ending,
    FollowUp,
    Meeting,
    Membership,
    Person,
    QuestionnaireAnswer,
    Referral,
    Review,
    VolunteerHours,
    new_record_id,
)
from circlesdesk.errors import RoleError, ValidationError
from circlesdesk.reports import research
from circlesdesk.services import (
    approvals,
    circles,
    covenants,
    endings,
    meetings,
    questionnaires,
    reports,
    retention,
    staff,
)
from circlesdesk.services.access import NeedsApproval, NotAllowed
from circlesdesk.vault import database, drafts, minutes_review, registry, store
from circlesdesk.vault.vault import Vault
from tests.report_kit import Q1, Builder, build_reports_office
from tests.sync_kit import table_snapshot
from tests.vault_kit import FAST_KDF, OFFICE_NAME, PASSPHRASE

# With six years, OLD-001 (closed from its first revision, so its last meeting counts) is kept
# until 2031-11-04 and due from the next day; a circle closed today is kept until 2032 or later.
TODAY = dt.date(2031, 11, 5)
SECRET_WORDS = ("kittiwakes", "lighthouse")  # only in OLD-001's minutes, concern and contact
KEY = b"k" * 32  # the research extract's pseudonym key, fixed so that two extracts compare


@pytest.fixture
def office(office_vault: Vault) -> Vault:
    """The report office, with OLD-001 holding one of everything a circle can hold."""
    build_reports_office(office_vault)
    kit = Builder(office_vault)
    old = kit.circle("OLD-001")
    meeting_uuid = kit.meeting("OLD-001", "2025-10-28", {"Wren": "present"})
    meeting = store.require(office_vault.conn, Meeting, meeting_uuid)
    kit.save(meeting.revised(minutes="Wren counted kittiwakes by the lighthouse."))
    concern = kit.concern("OLD-001", "2025-10-28T19:00:00+00:00", 2, "stability")
    kit.save(
        store.require(office_vault.conn, Concern, concern).revised(
            description="Lighthouse job lost."
        )
    )
    kit.response(concern, "2025-10-29T09:00:00+00:00", ResponseAction.RESPOND)
    kit.review("OLD-001", "2025-10-01", 3)
    kit.hours("Zoe Price", "OLD-001", "2025-10-28", 90)
    kit.save(
        Contact(
            uuid=new_record_id(),
            origin=office_vault.info.device_id,
            circle_uuid=old.uuid,
            contact_on="2025-10-30",
            summary="Rang about the kittiwakes.",
        )
    )
    with database.transaction(office_vault.conn):
        minutes_review.pin(
            office_vault.conn,
            minutes_review.Pin(meeting_uuid, 2, "0" * 64, "2025-11-01T10:00:00+00:00"),
        )
        registry.add_conflict(
            office_vault.conn,
            kind="meeting",
            uuid=meeting_uuid,
            bundle_hash="1" * 64,
            local=(2, "2" * 64),
            incoming=(2, "3" * 64),
            incoming_record={"minutes": "kittiwakes again"},
        )
        drafts.save(
            office_vault.conn,
            draft_id="draft-old",
            kind="contact",
            circle_uuid=old.uuid,
            fields={"summary": "lighthouse draft"},
        )
    return office_vault


def old_ids(vault: Vault) -> set[str]:
    """The ids of every record about OLD-001, and of its core member Wren."""
    old = circles.find_circle(vault, "OLD-001").uuid
    ids = {old}
    meeting_ids = set(store.ids(vault.conn, Meeting, circle_uuid=old))
    concern_ids = set(store.ids(vault.conn, Concern, circle_uuid=old))
    ids |= meeting_ids | concern_ids
    for cls in (Membership, Contact, Review, VolunteerHours):
        ids |= set(store.ids(vault.conn, cls, circle_uuid=old))
    for uuid in meeting_ids:
        ids |= set(store.ids(vault.conn, Attendance, meeting_uuid=uuid))
    for uuid in concern_ids:
        ids |= set(store.ids(vault.conn, ConcernResponse, concern_uuid=uuid))
    ids |= set(store.ids(vault.conn, Person, name="Wren"))
    return ids


def traces(vault: Vault, needles: set[str]) -> set[str]:
    """The tables (every one but the audit log, full-text shadow tables included) holding a
    value that contains one of the needles."""
    found = set()
    tables = [
        name
        for (name,) in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if name != "audit_log"
    ]
    for table in tables:
        for row in vault.conn.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
                if any(needle in text for needle in needles):
                    found.add(table)
    return found


def figures(vault: Vault) -> list[Any]:
    """Every report's tables (the research extract with a fixed key, so ids compare)."""
    return [
        reports.quarterly_return(vault, Q1),
        reports.outcome_tables(vault),
        research.research_extract(vault, key=KEY),
    ]


def without(tables: list[Any], code_or_id: set[str]) -> list[Any]:
    """The tables with every row that names one of these codes or ids left out."""
    return [
        [
            dataclasses.replace(
                table, rows=tuple(r for r in table.rows if not set(map(str, r)) & code_or_id)
            )
            for table in report
        ]
        for report in tables
    ]


def test_the_defaults_are_six_years_and_a_rule_can_be_changed(office: Vault) -> None:
    assert retention.rules(office) == dict.fromkeys(retention.DEFAULT_RULES, 6)
    retention.set_rule(office, "review", 10)
    assert retention.rules(office)["review"] == 10
    [row] = office.conn.execute(
        "SELECT kind, detail FROM audit_log WHERE action = 'retention.rule-set'"
    ).fetchall()
    assert row == ("review", "years=10")


@pytest.mark.parametrize(
    ("kind", "years", "message"),
    [
        ("minutes", 6, "That is not a record type the retention policy covers."),
        ("meeting", 0, "The number of years must be a whole number from 1 to 100."),
        ("meeting", 101, "The number of years must be a whole number from 1 to 100."),
        ("meeting", True, "The number of years must be a whole number from 1 to 100."),
    ],
)
def test_a_bad_rule_is_refused_and_nothing_changes(
    office: Vault, kind: str, years: int, message: str
) -> None:
    before = table_snapshot(office)
    with pytest.raises(ValidationError, match=message):
        retention.set_rule(office, kind, years)
    assert table_snapshot(office) == before


def test_old_001_is_due_after_six_years_from_its_last_meeting(office: Vault) -> None:
    assert retention.due_for_deletion(office, dt.date(2031, 11, 4)) == []
    [due] = retention.due_for_deletion(office, TODAY)
    assert (due.code, due.closed_on, due.keep_until) == (
        "OLD-001",
        dt.date(2025, 11, 4),
        dt.date(2031, 11, 4),
    )
    assert due.counts == {
        "circle": 1,
        "membership": 2,  # Wren and Zoe
        "meeting": 2,
        "attendance": 3,
        "concern": 1,
        "concern_response": 1,
        "contact": 1,
        "review": 1,
        "hours": 1,
        "person": 1,  # Wren: Zoe is in NE-007 too
    }
    assert due.total == 14


def test_the_longest_period_of_what_a_circle_holds_counts(office: Vault) -> None:
    retention.set_rule(office, "review", 10)
    assert retention.due_for_deletion(office, TODAY) == []
    [scheduled] = retention.schedule(office)
    assert scheduled.keep_until == dt.date(2035, 11, 4)


def test_a_circle_closed_by_an_edit_counts_from_that_revision(office: Vault) -> None:
    circles.update_circle(office, code="NE-007", phase=Phase.CLOSED)
    today = dt.date.today()
    codes = {c.code: c for c in retention.schedule(office)}
    assert codes["NE-007"].closed_on == today
    circles.update_circle(office, code="NE-007", phase=Phase.ACTIVE)
    circles.update_circle(office, code="NE-007", phase=Phase.CLOSED)
    reclosed = {c.code: c for c in retention.schedule(office)}["NE-007"]
    assert reclosed.closed_on == today
    assert reclosed.keep_until == today.replace(year=today.year + 6)


def test_deleting_old_001_leaves_no_row_about_it_and_reports_still_work(office: Vault) -> None:
    ids = old_ids(office)
    assert len(ids) == 14
    assert traces(office, ids | set(SECRET_WORDS)) >= {
        "meeting",
        "record_history",
        "meeting_fts_data",
        "minutes_review",
        "conflict",
        "draft",
    }
    assert meetings.search_records(office, "kittiwakes")
    before = figures(office)
    [due] = retention.due_for_deletion(office, TODAY)
    steps: list[tuple[int, int, str]] = []

    result = retention.delete_due(
        office, [due.uuid], today=TODAY, progress=lambda *step: steps.append(step)
    )

    assert result.codes == ["OLD-001"]
    assert not result.cancelled
    assert result.records == 14
    assert result.counts["history"] == 2
    assert steps == [(0, 1, "OLD-001"), (1, 1, "")]
    assert traces(office, ids | set(SECRET_WORDS)) == set()
    for word in SECRET_WORDS:
        assert meetings.search_records(office, word) == []
    assert [c.code for c in circles.list_circles(office)] == ["NE-007", "SW-014"]
    assert store.ids(office.conn, Person, name="Zoe Price")  # still in NE-007
    assert (office.folder / "vault.db-wal").stat().st_size == 0
    # The reports run, and the other circles' figures are unchanged.
    after = figures(office)
    pid = research.pseudonymiser(KEY)
    gone = {"OLD-001"} | {pid(prefix, uuid) for uuid in ids for prefix in "CKMPR"}
    assert without(before, gone) != before  # OLD-001 was in the outcomes and the extract
    assert after == without(before, gone)
    assert reports.research_extract(office)
    assert retention.due_for_deletion(office, TODAY) == []


def test_deleting_a_circle_takes_its_referral_ending_follow_ups_covenant_and_answers(
    office: Vault,
) -> None:
    kit = Builder(office)
    old = kit.circle("OLD-001").uuid
    kit.referral(
        "Probation",
        ("received", "2024-06-01"),
        ("assessed", "2024-06-10"),
        ("accepted", "2024-06-20"),
        ("formed", "2024-09-01"),
        circle="OLD-001",
    )
    kit.referral("Police", ("received", "2031-10-01"))  # no circle yet: it stays
    kit.ending("OLD-001", "2025-11-20", "completed")
    covenants.agree(office, code="OLD-001", agreed_on="2024-09-15", text="We meet weekly.")
    endings.add_follow_up(office, code="OLD-001", contact_on="2026-01-10", summary="Doing well.")
    questionnaires.record_answers(
        office, code="OLD-001", stakeholder="probation", answered_on="2025-12-01",
        scores={"supported": 4},
    )  # fmt: skip
    [due] = retention.due_for_deletion(office, TODAY)

    result = retention.delete_due(office, [due.uuid], today=TODAY)

    assert {kind: result.counts[kind] for kind in OFFICE_ONLY_KINDS - {"questionnaire"}} == {
        "referral": 1,
        "ending": 1,
        "follow_up": 1,
        "covenant": 1,
        "questionnaire_answer": 1,
    }
    for cls in (Ending, FollowUp, Covenant, QuestionnaireAnswer):
        assert store.find(office.conn, cls, circle_uuid=old) == []
    [kept] = store.find(office.conn, Referral)
    assert kept.agency == "Police"
    assert len(questionnaires.versions(office)) == 1  # the questions are the office's own


def test_the_audit_has_one_row_per_circle_with_counts_and_no_names(office: Vault) -> None:
    [due] = retention.due_for_deletion(office, TODAY)
    retention.delete_due(office, [due.uuid], today=TODAY)
    rows = office.conn.execute(
        "SELECT kind, record_uuid, detail FROM audit_log WHERE action = 'retention.deleted'"
    ).fetchall()
    assert rows == [
        (
            "circle",
            due.uuid,
            "attendance=3 circle=1 concern=1 concern_response=1 contact=1 history=2 hours=1"
            " meeting=2 membership=2 other=3 person=1 review=1 closed=2025-11-04",
        )
    ]


def test_a_circle_not_due_or_not_closed_is_refused_and_nothing_is_deleted(
    office: Vault,
) -> None:
    [due] = retention.due_for_deletion(office, TODAY)
    active = circles.find_circle(office, "SW-014").uuid
    before = table_snapshot(office)
    with pytest.raises(ValidationError, match="Only closed circles can be deleted"):
        retention.delete_due(office, [due.uuid, active], today=TODAY)
    with pytest.raises(ValidationError, match="Circle OLD-001 is kept until 2031-11-04"):
        retention.delete_due(office, [due.uuid], today=dt.date(2031, 11, 4))
    with pytest.raises(ValidationError, match="That circle is not in this vault"):
        retention.delete_due(office, [new_record_id()], today=TODAY)
    with pytest.raises(ValidationError, match="Choose at least one circle"):
        retention.delete_due(office, [], today=TODAY)
    assert table_snapshot(office) == before


def test_stopping_before_the_first_circle_deletes_nothing(office: Vault) -> None:
    [due] = retention.due_for_deletion(office, TODAY)
    before = table_snapshot(office)
    result = retention.delete_due(office, [due.uuid], today=TODAY, cancelled=lambda: True)
    assert (result.codes, result.cancelled) == ([], True)
    assert table_snapshot(office) == before


def test_a_volunteer_vault_is_refused(volunteer_vault: Vault) -> None:
    before = table_snapshot(volunteer_vault)
    with pytest.raises(RoleError):
        retention.due_for_deletion(volunteer_vault, TODAY)
    with pytest.raises(RoleError):
        retention.delete_due(volunteer_vault, [new_record_id()], today=TODAY)
    with pytest.raises(RoleError):
        retention.set_rule(volunteer_vault, "meeting", 3)
    assert table_snapshot(volunteer_vault) == before


def test_the_command_line_lists_and_refuses_a_circle_not_yet_due(
    office_vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        build_reports_office(vault)
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(office_vault_dir), "retention"]
    assert cli.main([*base, "list"]) == 0
    out = capsys.readouterr().out
    assert "  meeting    6" in out
    assert "No closed circle is due for deletion." in out
    assert cli.main([*base, "delete", "--circle", "OLD-001"]) == exits.BAD_INPUT
    assert "Add --yes" in capsys.readouterr().err
    assert cli.main([*base, "delete", "--circle", "OLD-001", "--yes"]) == exits.BAD_INPUT
    assert capsys.readouterr().err.startswith("Circle OLD-001 is kept until 2031-11-04")
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        assert [c.code for c in circles.list_circles(vault)] == ["NE-007", "OLD-001", "SW-014"]


def test_deleting_a_whole_circle_waits_for_a_second_persons_approval(
    office: Vault, office_vault_dir: Path
) -> None:
    staff.add_person(
        office, name="Priya Shah", role="dpo", passphrase="quiet river stones", kdf=FAST_KDF
    )
    [due] = retention.due_for_deletion(office, TODAY)
    office.lock()
    with Vault.unlock(office_vault_dir, passphrase="quiet river stones", name="Priya Shah") as dpo:
        before = table_snapshot(dpo)
        with pytest.raises(NeedsApproval):
            retention.delete_due(dpo, [due.uuid], today=TODAY)
        assert table_snapshot(dpo) == before
        asked = retention.ask_approval(dpo, [due.uuid])
        with pytest.raises(NotAllowed):  # a data-protection officer does not approve
            approvals.decide(dpo, asked.id, approve=True, reason="due")
        approvals.decide(
            dpo,
            asked.id,
            approve=True,
            reason="Six years are over",
            manager_name=OFFICE_NAME,
            manager_passphrase=PASSPHRASE,
        )
        assert retention.delete_due(dpo, [due.uuid], today=TODAY).codes == ["OLD-001"]
