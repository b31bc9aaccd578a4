"""Tests for circlesdesk.vault.store: records, their revisions, and records from other devices."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from circlesdesk.domain.records import Circle, Meeting, Person, new_record_id
from circlesdesk.errors import NotFoundError, ValidationError
from circlesdesk.services import circles
from circlesdesk.sync import items
from circlesdesk.vault import database, store
from circlesdesk.vault.store import Outcome
from circlesdesk.vault.vault import Vault
from tests.vault_kit import CIRCLE_CODE, PASSPHRASE, copy_vault, rows

OTHER_DEVICE = "ab" * 16


def make_meeting(vault: Vault, **fields: object) -> Meeting:
    circle = circles.find_circle(vault, CIRCLE_CODE)
    values: dict[str, object] = {
        "uuid": new_record_id(),
        "origin": vault.info.device_id,
        "circle_uuid": circle.uuid,
        "held_on": "2026-06-01",
        "minutes": "First minutes.",
    }
    values.update(fields)
    return Meeting(**values)  # type: ignore[arg-type]


def save(vault: Vault, record: object) -> None:
    with database.transaction(vault.conn):
        store.save(vault.conn, record)  # type: ignore[arg-type]


def stored_rows(vault: Vault) -> list[tuple[object, ...]]:
    return vault.conn.execute(
        "SELECT uuid, origin, revision, content_hash, minutes FROM meeting ORDER BY id"
    ).fetchall()


def test_a_saved_record_reads_back_equal_at_revision_1(office_vault: Vault) -> None:
    meeting = make_meeting(
        office_vault, life_areas=("housing", "money"), engagement=3, venue="Hall"
    )
    save(office_vault, meeting)
    assert store.get(office_vault.conn, Meeting, meeting.uuid) == meeting
    assert store.require(office_vault.conn, Meeting, meeting.uuid).revision == 1
    assert stored_rows(office_vault) == [
        (meeting.uuid, meeting.origin, 1, meeting.content_hash(), "First minutes.")
    ]
    assert store.history(office_vault.conn, Meeting, meeting.uuid) == []


def test_a_missing_record_is_none_or_a_plain_not_found(office_vault: Vault) -> None:
    missing = new_record_id()
    assert store.get(office_vault.conn, Meeting, missing) is None
    with pytest.raises(NotFoundError) as info:
        store.require(office_vault.conn, Meeting, missing)
    assert str(info.value) == "That meeting does not exist in this vault."


def test_an_edit_is_revision_2_and_revision_1_goes_to_history(office_vault: Vault) -> None:
    first = make_meeting(office_vault)
    save(office_vault, first)
    second = first.revised(minutes="Corrected minutes.")
    save(office_vault, second)
    assert store.get(office_vault.conn, Meeting, first.uuid) == second
    assert second.revision == 2
    assert store.history(office_vault.conn, Meeting, first.uuid) == [first]
    third = second.revised(engagement=5)
    save(office_vault, third)
    assert [r.revision for r in store.history(office_vault.conn, Meeting, first.uuid)] == [1, 2]
    assert store.count(office_vault.conn, Meeting) == 1


def test_only_the_device_that_made_a_record_may_edit_it(office_vault: Vault) -> None:
    theirs = make_meeting(office_vault, origin=OTHER_DEVICE)
    with database.transaction(office_vault.conn):
        assert store.apply_incoming(office_vault.conn, theirs) is Outcome.NEW
    before = stored_rows(office_vault)
    mine = dataclasses.replace(
        theirs.revised(minutes="My version."), origin=office_vault.info.device_id
    )
    with pytest.raises(ValidationError) as info:
        save(office_vault, mine)
    assert str(info.value) == "Only the device that made a record may edit it."
    assert stored_rows(office_vault) == before
    assert store.history(office_vault.conn, Meeting, theirs.uuid) == []


def test_an_edit_of_an_old_copy_or_a_skipped_revision_is_refused(office_vault: Vault) -> None:
    first = make_meeting(office_vault)
    save(office_vault, first)
    save(office_vault, first.revised(minutes="Saved from the other window."))
    before = stored_rows(office_vault)
    for edit in (
        first.revised(minutes="Edited from an old copy."),  # revision 2 again
        dataclasses.replace(first, revision=4, minutes="Skips a number."),
    ):
        with pytest.raises(ValidationError) as info:
            save(office_vault, edit)
        assert str(info.value) == "This record was changed elsewhere; reopen it and try again."
    assert stored_rows(office_vault) == before
    assert [r.revision for r in store.history(office_vault.conn, Meeting, first.uuid)] == [1]


def test_incoming_records_new_updated_unchanged_older(office_vault: Vault) -> None:
    theirs = make_meeting(office_vault, origin=OTHER_DEVICE)
    newer = theirs.revised(minutes="Their second revision.")

    def apply(record: Meeting) -> Outcome:
        with database.transaction(office_vault.conn):
            return store.apply_incoming(office_vault.conn, record)

    assert apply(theirs) is Outcome.NEW
    assert store.get(office_vault.conn, Meeting, theirs.uuid) == theirs
    assert apply(theirs) is Outcome.UNCHANGED
    assert apply(newer) is Outcome.UPDATED
    assert store.get(office_vault.conn, Meeting, theirs.uuid) == newer
    assert store.history(office_vault.conn, Meeting, theirs.uuid) == [theirs]
    before = stored_rows(office_vault)
    assert apply(theirs) is Outcome.OLDER
    assert apply(newer) is Outcome.UNCHANGED
    assert stored_rows(office_vault) == before
    assert store.history(office_vault.conn, Meeting, theirs.uuid) == [theirs]


def test_incoming_conflicts_change_nothing(office_vault: Vault) -> None:
    theirs = make_meeting(office_vault, origin=OTHER_DEVICE)
    with database.transaction(office_vault.conn):
        store.apply_incoming(office_vault.conn, theirs)
    before = stored_rows(office_vault)
    same_revision_other_text = dataclasses.replace(theirs, minutes="Different text, same number.")
    from_another_device = dataclasses.replace(
        theirs.revised(minutes="Claims to be the author."), origin="cd" * 16
    )
    for record in (same_revision_other_text, from_another_device):
        assert store.classify_incoming(office_vault.conn, record) is Outcome.CONFLICT
        with database.transaction(office_vault.conn):
            assert store.apply_incoming(office_vault.conn, record) is Outcome.CONFLICT
    assert stored_rows(office_vault) == before


def test_incoming_records_do_not_count_as_local_changes(office_vault: Vault) -> None:
    mine = make_meeting(office_vault)
    save(office_vault, mine)
    theirs = make_meeting(office_vault, origin=OTHER_DEVICE)
    with database.transaction(office_vault.conn):
        store.apply_incoming(office_vault.conn, theirs)
    changed = store.changed_since_items(
        office_vault.conn, Meeting, origin=office_vault.info.device_id, after_change=0
    )
    assert [json.loads(item) for _seq, item in changed] == [items.record_item(mine)]
    assert (
        store.changed_since_items(office_vault.conn, Meeting, origin=OTHER_DEVICE, after_change=0)
        == []
    )


def test_rows_added_after_a_last_id_are_counted_and_only_they(office_vault: Vault) -> None:
    conn = office_vault.conn
    save(office_vault, make_meeting(office_vault))
    last = store.last_id(conn, Meeting)
    assert store.count_after(conn, Meeting, last) == 0
    with database.transaction(conn):
        for _ in range(3):
            store.apply_incoming(conn, make_meeting(office_vault, origin=OTHER_DEVICE))
    assert store.count_after(conn, Meeting, last) == 3
    assert store.count(conn, Meeting) == 4
    assert store.count_after(conn, Person, store.last_id(conn, Person)) == 0


def test_fields_in_reads_the_records_of_some_values_in_id_order(office_vault: Vault) -> None:
    conn = office_vault.conn
    meetings = [make_meeting(office_vault) for _ in range(3)]
    for meeting in meetings:
        save(office_vault, meeting)
    wanted = [meetings[2].uuid, meetings[0].uuid, new_record_id()]
    assert store.fields_in(conn, Meeting, ("uuid",), field="uuid", values=wanted) == [
        (meetings[0].uuid,),
        (meetings[2].uuid,),
    ]
    assert store.fields_in(conn, Meeting, ("uuid",), field="uuid", values=[]) == []


HOSTILE_TEXT = [
    "'; DROP TABLE meeting; --",
    'Robert"); DELETE FROM circle WHERE ("1"="1',
    "100% of _the_ time \\ and ? and :name and $1",
    "Zoë met Łukasz at the café — «très bien» 👍🏽 ✓",
    "עברית ومرحبا 中文 日本語 한국어",
    "tab\there\nnew line\r\nwindows line",
    "x" * 10_000,
]


def test_sql_metacharacters_and_unicode_are_stored_verbatim(office_vault: Vault) -> None:
    ids = []
    for text in HOSTILE_TEXT:
        meeting = make_meeting(office_vault, minutes=text, venue=text.splitlines()[0][:200])
        save(office_vault, meeting)
        ids.append(meeting.uuid)
    for uuid, text in zip(ids, HOSTILE_TEXT, strict=True):
        assert store.require(office_vault.conn, Meeting, uuid).minutes == text
    assert store.count(office_vault.conn, Meeting) == len(HOSTILE_TEXT)
    assert store.find(office_vault.conn, Circle, code=CIRCLE_CODE)  # nothing was dropped or deleted
    assert [m.uuid for m in store.find(office_vault.conn, Meeting, minutes=HOSTILE_TEXT[0])] == [
        ids[0]
    ]
    person = Person(uuid=new_record_id(), origin=office_vault.info.device_id, name=HOSTILE_TEXT[1])
    save(office_vault, person)
    assert store.find(office_vault.conn, Person, name=HOSTILE_TEXT[1]) == [person]


def test_find_filters_orders_and_limits(office_vault: Vault) -> None:
    for day in ("2026-06-03", "2026-06-01", "2026-06-02"):
        save(office_vault, make_meeting(office_vault, held_on=day))
    newest = store.find(office_vault.conn, Meeting, order_by=("held_on",), descending=True, limit=2)
    assert [m.held_on for m in newest] == ["2026-06-03", "2026-06-02"]
    assert store.find(office_vault.conn, Meeting, venue=None, held_on="2026-06-01")[0].held_on == (
        "2026-06-01"
    )
    with pytest.raises(ValueError, match="no field"):
        store.find(office_vault.conn, Meeting, **{"held_on = held_on OR 1": 1})


def test_an_unknown_record_kind_is_a_plain_error() -> None:
    assert store.record_type("meeting") is Meeting
    with pytest.raises(ValidationError) as info:
        store.record_type("meeting; DROP TABLE meeting")
    assert str(info.value) == "The record type is not one CirclesDesk knows."


def test_applying_in_batches_gives_what_applying_one_by_one_gives(
    office_vault: Vault, tmp_path: Path
) -> None:
    """The importer's batch path against the one-record path, on a copy of the same vault:
    new, updated, older, unchanged, conflicting and repeated records, and a second kind."""
    existing = make_meeting(office_vault, origin=OTHER_DEVICE, minutes="Stored before.")
    with database.transaction(office_vault.conn):
        store.apply_incoming(office_vault.conn, existing)
    database.checkpoint(office_vault.conn)
    twin = copy_vault(office_vault.folder, tmp_path / "twin")
    new = [make_meeting(office_vault, origin=OTHER_DEVICE, minutes=f"New {n}.") for n in range(7)]
    newer = existing.revised(minutes="Their second revision.")
    conflicting = dataclasses.replace(existing, minutes="Same revision, other words.")
    person = Person(uuid=new_record_id(), origin=OTHER_DEVICE, name="Dana Hughes")
    incoming = [
        *new[:4],
        existing,  # unchanged
        person,
        newer,  # updated
        existing,  # now older
        *new[4:],
        new[0],  # repeated: unchanged
        new[1].revised(minutes="Edited in the same bundle."),  # updated within the batch
        conflicting,  # older than what the batch left
        dataclasses.replace(new[2], minutes="Other words, same revision."),  # conflict
    ]
    with database.transaction(office_vault.conn):
        batched = [
            outcome for _record, outcome in store.apply_incoming_all(office_vault.conn, incoming)
        ]
    with Vault.unlock(twin, passphrase=PASSPHRASE) as other, database.transaction(other.conn):
        one_by_one = [store.apply_incoming(other.conn, record) for record in incoming]
    with Vault.unlock(twin, passphrase=PASSPHRASE) as other:
        assert batched == one_by_one
        assert tables(office_vault) == tables(other)
        for word in ("New", "Edited", "second"):
            assert matches(office_vault, word) == matches(other, word) != []
    assert batched.count(Outcome.NEW) == 8 and Outcome.CONFLICT in batched


def tables(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Every table but the search index's own (a batch makes fewer, larger index segments), and
    history without the moment each revision was replaced (the two runs are apart in time)."""
    found = {name: r for name, r in rows(vault.conn).items() if "_fts_" not in name}
    found["record_history"] = vault.conn.execute(
        "SELECT kind, uuid, origin, revision, updated_at, content_hash, payload"
        " FROM record_history ORDER BY id"
    ).fetchall()
    return found


def matches(vault: Vault, word: str) -> list[str]:
    return [
        row[0]
        for row in vault.conn.execute(
            "SELECT m.uuid FROM meeting_fts JOIN meeting m ON m.id = meeting_fts.rowid"
            " WHERE meeting_fts MATCH ? ORDER BY m.uuid",
            (word,),
        )
    ]
