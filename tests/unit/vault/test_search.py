"""Tests for circlesdesk.vault.search: full-text search over minutes, concerns and contacts."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circlesdesk.domain.records import Concern, Contact, new_record_id
from circlesdesk.services import circles, meetings
from circlesdesk.vault import database, search, store
from circlesdesk.vault.vault import Vault
from tests.vault_kit import CIRCLE_CODE


@pytest.fixture
def stocked(office_vault: Vault) -> dict[str, str]:
    """Two meetings (one with a concern) and a contact; returns their ids by name."""
    first = meetings.record_meeting(
        office_vault,
        circle_code=CIRCLE_CODE,
        held_on="2026-05-04",
        venue="Quaker meeting house",
        minutes="He spoke about the allotment and his sister's café in Whitby.",
        concerns=[
            meetings.ConcernInput(
                level=2,
                category="relationships",
                description="A new girlfriend he met online; she has two children.",
                action_taken="Told the coordinator the same evening.",
            )
        ],
    )
    second = meetings.record_meeting(
        office_vault,
        circle_code=CIRCLE_CODE,
        held_on="2026-05-11",
        minutes="Quiet meeting: football, the weather and his probation appointment.",
    )
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    contact = Contact(
        uuid=new_record_id(),
        origin=office_vault.info.device_id,
        circle_uuid=circle.uuid,
        contact_on="2026-05-07",
        summary="Phoned him: the allotment shed was broken into.",
    )
    with database.transaction(office_vault.conn):
        store.save(office_vault.conn, contact)
    [concern] = store.find(office_vault.conn, Concern)
    return {"first": first.uuid, "second": second.uuid, "contact": contact.uuid,
            "concern": concern.uuid}  # fmt: skip


def found(vault: Vault, text: str) -> set[tuple[str, str]]:
    return {(hit.kind, hit.uuid) for hit in search.search(vault.conn, text)}


def test_a_word_is_found_in_minutes_concerns_and_contacts(
    office_vault: Vault, stocked: dict[str, str]
) -> None:
    assert found(office_vault, "allotment") == {
        ("meeting", stocked["first"]),
        ("contact", stocked["contact"]),
    }
    assert found(office_vault, "girlfriend") == {("concern", stocked["concern"])}
    assert found(office_vault, "coordinator") == {("concern", stocked["concern"])}  # action taken
    assert found(office_vault, "Quaker") == {("meeting", stocked["first"])}  # the venue
    assert found(office_vault, "probation") == {("meeting", stocked["second"])}


def test_hits_carry_the_circle_the_date_and_a_marked_snippet(
    office_vault: Vault, stocked: dict[str, str]
) -> None:
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    [hit] = search.search(office_vault.conn, "football")
    assert (hit.kind, hit.uuid, hit.circle_uuid, hit.date) == (
        "meeting",
        stocked["second"],
        circle.uuid,
        "2026-05-11",
    )
    assert "[football]" in hit.snippet
    [concern_hit] = search.search(office_vault.conn, "girlfriend")
    concern = store.require(office_vault.conn, Concern, stocked["concern"])
    assert concern_hit.date == concern.raised_at[:10]


def test_search_ignores_case_and_accents_and_the_last_word_is_a_prefix(
    office_vault: Vault, stocked: dict[str, str]
) -> None:
    first = ("meeting", stocked["first"])
    assert found(office_vault, "WHITBY") == {first}
    assert found(office_vault, "cafe") == {first}  # café
    assert found(office_vault, "allot") == {first, ("contact", stocked["contact"])}
    assert found(office_vault, "sister whit") == {first}  # every word must appear
    assert found(office_vault, "sister football") == set()
    assert found(office_vault, "allo sister") == set()  # only the last word is a prefix


def test_an_edit_replaces_the_old_words_in_the_index(
    office_vault: Vault, stocked: dict[str, str]
) -> None:
    meetings.edit_meeting(
        office_vault, meeting_uuid=stocked["second"], minutes="Talked about his greenhouse instead."
    )
    assert found(office_vault, "football") == set()
    assert found(office_vault, "greenhouse") == {("meeting", stocked["second"])}

    concern = store.require(office_vault.conn, Concern, stocked["concern"])
    with database.transaction(office_vault.conn):
        store.save(
            office_vault.conn,
            concern.revised(description="He ended the relationship.", action_taken=None),
        )
    assert found(office_vault, "girlfriend") == set()
    assert found(office_vault, "coordinator") == set()
    assert found(office_vault, "ended relationship") == {("concern", stocked["concern"])}

    contact = store.require(office_vault.conn, Contact, stocked["contact"])
    with database.transaction(office_vault.conn):
        store.save(office_vault.conn, contact.revised(summary="Phoned him about the bus pass."))
    assert found(office_vault, "shed") == set()
    assert found(office_vault, "bus pass") == {("contact", stocked["contact"])}


def test_a_deleted_record_is_gone_from_the_index(
    office_vault: Vault, stocked: dict[str, str]
) -> None:
    with database.transaction(office_vault.conn):
        store.delete(office_vault.conn, Contact, stocked["contact"])
    assert found(office_vault, "shed") == set()
    assert found(office_vault, "allotment") == {("meeting", stocked["first"])}


NASTY = [
    '"',
    '""',
    '"allotment',
    "allotment'",
    "allotment AND",
    "AND allotment",
    "allotment OR football",
    "NOT allotment",
    "NEAR(allotment shed)",
    "NEAR(allotment shed, 2)",
    "allotment NEAR/3 shed",
    "*",
    "allot*",
    "*allot",
    "(allotment",
    "allotment)",
    "()",
    "-allotment",
    "allotment -shed",
    "minutes: allotment",
    "summary:allotment",
    "{minutes venue}: allotment",
    "^allotment",
    "+allotment",
    "allotment;",
    "'; DROP TABLE meeting; --",
    "\\",
    "%",
    "_",
    "   ",
    "",
]


def test_search_syntax_in_what_the_user_types_never_fails(
    office_vault: Vault, stocked: dict[str, str]
) -> None:
    for text in NASTY:
        hits = {(hit.kind, hit.uuid) for hit in search.search(office_vault.conn, text)}
        # Operators are searched for as plain words; punctuation is ignored.
        words = set(re.findall(r"\w+", text.casefold()))
        if words and words <= {"allotment", "allot", "and"}:
            assert ("meeting", stocked["first"]) in hits, text
    assert store.count(office_vault.conn, Contact) == 1  # and nothing was dropped


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=60))
def test_any_text_at_all_is_a_valid_search(office_vault: Vault, text: str) -> None:
    hits = search.search(office_vault.conn, text)
    assert all(hit.kind in ("meeting", "concern", "contact") for hit in hits)


def test_fts_query_quotes_every_word() -> None:
    assert search.fts_query('NEAR("a" b*)') == '"NEAR" "a" "b"*'
    assert search.fts_query("-- ()") is None
