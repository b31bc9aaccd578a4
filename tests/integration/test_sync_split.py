"""More unsent records than the office takes in one bundle: the export splits, the office
imports the parts in order, and nothing is lost or purged before the office holds it.

Real vaults of one organisation (tests/conftest.py ``org``). The office's per-bundle record
limit is lowered to a handful through the importer's ``limits`` (the same check that refuses a
bundle over 100,000 records), and the export is told the same limit.
"""

from __future__ import annotations

import math

import pytest

from circlesdesk.services import meetings
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import codec, exporter, importer
from circlesdesk.sync.errors import TooManyRecords
from circlesdesk.sync.importer import State
from tests.sync_kit import Org, count

LIMIT = 4
OFFICE_LIMITS = codec.Limits(max_records=LIMIT)


def _busy_laptop(org: Org) -> int:
    """Alice records meetings with attendance and a concern, and edits the first one last (so
    its newest revision is written after the attendance that refers to it). Returns how many
    records wait to be sent."""
    first = org.meeting("alice", weeks_ago=6, present=["Alice Marsh", "Ben Okafor"])
    for weeks in range(5, 0, -1):
        org.meeting(
            "alice",
            weeks_ago=weeks,
            present=["Alice Marsh"],
            concerns=[meetings.ConcernInput(level=1, category="loneliness", description="Quiet.")],
        )
    meetings.edit_meeting(org.alice, meeting_uuid=first.uuid, minutes="Corrected minutes.")
    return sum(exporter.unsynced(org.alice).values())


def _total(first: exporter.OutgoingBundle, rest: list[exporter.OutgoingBundle]) -> int:
    return sum(sum(b.counts.values()) for b in (first, *rest))


def test_one_bundle_over_the_office_limit_is_refused(org: Org) -> None:
    waiting = _busy_laptop(org)
    assert waiting > LIMIT
    # Room for every record and the line signing back the office's audit log head.
    (whole,) = sync_service.export(org.alice, max_records=waiting + 1)
    with pytest.raises(TooManyRecords):
        importer.import_bundle(org.office, whole.data, limits=OFFICE_LIMITS)
    assert count(org.office, "meeting") == 0


def test_the_export_splits_and_the_office_takes_the_parts_in_order(org: Org) -> None:
    waiting = _busy_laptop(org)
    bundles = sync_service.export(org.alice, max_records=LIMIT)
    # Each part also signs back the office's audit log head: one line of the limit.
    assert len(bundles) == math.ceil(waiting / (LIMIT - 1))
    assert [b.sequence for b in bundles] == list(range(1, len(bundles) + 1))
    assert all(sum(b.counts.values()) <= LIMIT - 1 for b in bundles)
    assert sum(sum(b.counts.values()) for b in bundles) == waiting

    for bundle in bundles:
        result = importer.import_bundle(org.office, bundle.data, limits=OFFICE_LIMITS)
        assert result.state is State.READY, result
    for table in ("meeting", "attendance", "concern"):
        assert count(org.office, table) == count(org.alice, table)
    corrected = [m for m in meetings.list_meetings(org.office) if m.meeting.revision == 2]
    assert [m.meeting.minutes for m in corrected] == ["Corrected minutes."]

    importer.import_bundle(org.alice, org.reply("alice"))  # the receipt covers the last part
    assert exporter.unsynced(org.alice) == {}


def test_a_later_part_waits_for_the_one_before_it(org: Org) -> None:
    _busy_laptop(org)
    first, second, *rest = sync_service.export(org.alice, max_records=LIMIT)
    assert rest, "enough records for three parts"
    importer.import_bundle(org.office, first.data, limits=OFFICE_LIMITS)
    held = importer.import_bundle(org.office, rest[0].data, limits=OFFICE_LIMITS)
    assert held.state is State.WAITING  # not applied over the missing part
    done = importer.import_bundle(org.office, second.data, limits=OFFICE_LIMITS)
    assert done.state is State.READY
    assert done.then_applied == (rest[0].sequence,)


def test_a_lost_part_is_sent_again_and_nothing_unheld_is_confirmed(org: Org) -> None:
    _busy_laptop(org)
    first, *lost = sync_service.export(org.alice, max_records=LIMIT)
    importer.import_bundle(org.office, first.data, limits=OFFICE_LIMITS)
    held_at_office = count(org.office, "meeting") + count(org.office, "attendance")
    importer.import_bundle(org.alice, org.reply("alice"))  # receipts the first part only
    # Every record of the lost parts is still unsent (a few of the first part's may be sent
    # again: a part's receipt covers only change numbers no later part holds).
    still_waiting = sum(exporter.unsynced(org.alice).values())
    assert sum(sum(b.counts.values()) for b in lost) <= still_waiting
    assert still_waiting < _total(first, lost)  # the receipt of the first part did confirm some

    again = sync_service.export(org.alice, max_records=LIMIT)
    assert sum(sum(b.counts.values()) for b in again) == still_waiting
    for bundle in again:
        assert importer.import_bundle(org.office, bundle.data, limits=OFFICE_LIMITS).state in (
            State.READY,
        )
    assert count(org.office, "meeting") + count(org.office, "attendance") > held_at_office
    for table in ("meeting", "attendance", "concern"):
        assert count(org.office, table) == count(org.alice, table)
