"""A circle's timeline read a page at a time (vault/overview.py, services/timeline.py) and the home
cards' counts read from the indexes (services/home.py)."""

from __future__ import annotations

import datetime as dt

from circlesdesk.domain import defaults
from circlesdesk.domain.enums import ResponseAction
from circlesdesk.domain.records import (
    Concern,
    ConcernResponse,
    Contact,
    Meeting,
    Record,
    Review,
    new_record_id,
)
from circlesdesk.services import circles, home, timeline
from circlesdesk.vault import database, overview, store
from circlesdesk.vault.vault import Vault
from tests.vault_kit import CIRCLE_CODE, CORE_MEMBER

DAYS = ("2026-03-01", "2026-03-02", "2026-03-03")


def _save(vault: Vault, records: list[Record]) -> None:
    with database.transaction(vault.conn):
        for record in records:
            store.save(vault.conn, record)


def _history(vault: Vault, circle_uuid: str) -> list[Record]:
    """Two of every kind on each of three days, concerns at different hours, saved interleaved."""
    origin = vault.info.device_id
    records: list[Record] = []
    for copy in range(2):
        for day in DAYS:
            common = {"origin": origin, "circle_uuid": circle_uuid}
            records += [
                Meeting(uuid=new_record_id(), held_on=day, minutes=f"m{copy}", **common),
                Concern(
                    uuid=new_record_id(),
                    raised_at=f"{day}T{10 + copy:02d}:00:00+00:00",
                    level=2,
                    category="relationships",
                    description=f"c{copy}",
                    **common,
                ),
                Contact(uuid=new_record_id(), contact_on=day, summary=f"k{copy}", **common),
                Review(
                    uuid=new_record_id(),
                    review_on=day,
                    template_id=defaults.REVIEW_TEMPLATE_ID,
                    scores={next(iter(defaults.REVIEW_ITEMS)): copy},
                    **common,
                ),
            ]
    _save(vault, records)
    return records


def _day(record: Record) -> str:
    for field in ("held_on", "raised_at", "contact_on", "review_on"):
        if hasattr(record, field):
            return str(getattr(record, field))[:10]
    raise AssertionError(record)


def test_the_timeline_is_newest_first_and_its_pages_join_up_exactly(office_vault: Vault) -> None:
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    saved = _history(office_vault, circle.uuid)
    # Newest day first; within a day by kind (review, meeting, contact, concern); within a
    # kind the later saved first.
    expected = sorted(
        enumerate(saved), key=lambda pair: (_day(pair[1]), pair[1].kind, pair[0]), reverse=True
    )
    whole = [(r.date, r.kind, r.uuid) for r in timeline.circle_refs(office_vault, circle.uuid)]
    assert whole == [(_day(r), r.kind, r.uuid) for _i, r in expected]

    pages: list[tuple[str, str, str]] = []
    after = None
    while page := overview.timeline_page(office_vault.conn, circle.uuid, after=after, limit=5):
        pages += [(key[0], key[1], uuid) for key, uuid in page]
        after = page[-1][0]
    assert pages == whole
    assert overview.timeline_count(office_vault.conn, circle.uuid) == len(saved) == 24


def test_circle_refs_read_only_what_is_asked_for(office_vault: Vault) -> None:
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    _history(office_vault, circle.uuid)
    whole = list(timeline.circle_refs(office_vault, circle.uuid))
    refs = timeline.circle_refs(office_vault, circle.uuid)
    assert refs[:5] == whole[:5]
    assert refs[5:12] == whole[5:12]
    assert refs[3] == whole[3]
    assert len(refs) == 24
    assert refs[-1] == whole[-1]
    assert refs[20:] == whole[20:]
    assert refs[100:] == []


def test_the_concern_day_index_serves_the_timeline(office_vault: Vault) -> None:
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    plan = " ".join(
        str(row)
        for row in office_vault.conn.execute(
            "EXPLAIN QUERY PLAN SELECT substr(raised_at, 1, 10), id, uuid FROM concern"
            " WHERE circle_uuid = ? ORDER BY substr(raised_at, 1, 10) DESC LIMIT 5",
            (circle.uuid,),
        )
    )
    assert "concern_circle_day" in plan
    assert "TEMP B-TREE" not in plan


def test_entries_come_with_their_responses_in_order(office_vault: Vault) -> None:
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    saved = _history(office_vault, circle.uuid)
    concern = next(r for r in saved if isinstance(r, Concern))
    answers = [
        ConcernResponse(
            uuid=new_record_id(),
            origin=office_vault.info.device_id,
            concern_uuid=concern.uuid,
            action=action.value,
            responded_at=f"2026-03-0{day}T09:00:00+00:00",
        )
        for day, action in ((5, ResponseAction.CLOSE), (4, ResponseAction.ACKNOWLEDGE))
    ]
    _save(office_vault, list(answers))
    entries = timeline.circle_timeline(office_vault, circle.uuid)
    assert [e.record for e in entries] == [
        store.require(office_vault.conn, type(e.record), e.record.uuid) for e in entries
    ]
    [entry] = [e for e in entries if e.record.uuid == concern.uuid]
    assert [r.action for r in entry.responses] == ["acknowledge", "close"]
    assert all(not e.responses for e in entries if e.record.uuid != concern.uuid)


def test_home_cards_count_open_concerns_and_name_the_core_member(office_vault: Vault) -> None:
    circle = circles.find_circle(office_vault, CIRCLE_CODE)
    saved = _history(office_vault, circle.uuid)
    [card] = home.circle_cards(office_vault, today=dt.date(2026, 3, 4))
    assert card.core_member == CORE_MEMBER
    assert card.open_concerns == 6
    assert card.last_meeting == DAYS[-1]
    concern = next(r for r in saved if isinstance(r, Concern))
    _save(
        office_vault,
        [
            ConcernResponse(
                uuid=new_record_id(),
                origin=office_vault.info.device_id,
                concern_uuid=concern.uuid,
                action=action.value,
                responded_at="2026-03-05T09:00:00+00:00",
            )
            for action in (ResponseAction.ACKNOWLEDGE, ResponseAction.CLOSE)
        ],
    )
    [card] = home.circle_cards(office_vault, today=dt.date(2026, 3, 4))
    assert card.open_concerns == 5
