"""The minutes review queue without a display: received, reviewed, changed since review.

Every test runs on a copy of one real organisation (office, Alice and Ben enrolled in SW-014
and welcomed) built once per module with the fast KDF; bundles go through the real importer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from circlesdesk.domain.records import Meeting
from circlesdesk.errors import NotFoundError, RoleError, ValidationError
from circlesdesk.services import meetings
from circlesdesk.services import minutes_review as review
from circlesdesk.services.minutes_review import DELETE, EQUAL, INSERT, ReviewState
from circlesdesk.sync import importer
from circlesdesk.vault import minutes_review as pins
from circlesdesk.vault import store
from tests.sync_kit import CIRCLE, Org, audit_actions, table_snapshot

FIRST = "We talked about the allotment and his new job at the depot."
SECOND = "We talked about the allotment and his lost job at the depot. He seemed low."


def deliver(org: Org, name: str) -> None:
    """The volunteer sends their next bundle and the office imports it."""
    result = importer.import_bundle(org.office, org.send(name))
    assert result.state is importer.State.READY


def received(org: Org, name: str = "alice", **options: object) -> Meeting:
    """A meeting recorded on a volunteer's laptop and imported by the office."""
    meeting = org.meeting(name, **options)  # type: ignore[arg-type]
    deliver(org, name)
    return meeting


def test_a_received_meeting_waits_for_review_then_is_pinned_when_marked(org: Org) -> None:
    meeting = received(org, minutes=FIRST)

    [entry] = review.review_queue(org.office)
    assert (entry.meeting_uuid, entry.state, entry.pin) == (
        meeting.uuid,
        ReviewState.TO_REVIEW,
        None,
    )
    assert (entry.circle_code, entry.held_on, entry.minute_taker, entry.revision) == (
        CIRCLE,
        dt.date.today().isoformat(),
        "Alice Marsh",
        1,
    )

    pin = review.mark_reviewed(org.office, meeting.uuid)

    assert pins.get_pin(org.office.conn, meeting.uuid) == pin
    assert (pin.revision, pin.content_hash) == (1, meeting.content_hash())
    assert audit_actions(org.office)[-1] == "minutes.reviewed"
    [entry] = review.review_queue(org.office)
    assert (entry.state, entry.pin) == (ReviewState.REVIEWED, pin)
    assert review.review_queue(org.office, waiting_only=True) == []
    assert review.detail(org.office, meeting.uuid).changes is None


def test_a_later_revision_comes_back_changed_with_what_changed(org: Org) -> None:
    meeting = received(org, minutes=FIRST)
    pin = review.mark_reviewed(org.office, meeting.uuid)
    meetings.edit_meeting(org.alice, meeting_uuid=meeting.uuid, minutes=SECOND, venue="Hall B")
    deliver(org, "alice")

    [entry] = review.review_queue(org.office, waiting_only=True)
    assert (entry.state, entry.revision, entry.pin) == (ReviewState.CHANGED, 2, pin)

    changed = review.changes(org.office, meeting.uuid)
    assert (changed.pinned_revision, changed.current_revision, changed.reviewed_at) == (
        1,
        2,
        pin.reviewed_at,
    )
    assert [(c.field, c.old, c.new) for c in changed.fields] == [("venue", "", "Hall B")]
    assert changed.minutes == (
        (EQUAL, "We talked about the allotment and his "),
        (DELETE, "new "),
        (INSERT, "lost "),
        (EQUAL, "job at the depot. "),
        (INSERT, "He seemed low."),
    )
    # Reading the segments in order gives the new minutes back (deletions left out).
    assert "".join(text for op, text in changed.minutes if op != DELETE) == SECOND
    assert "".join(text for op, text in changed.minutes if op != INSERT).split() == FIRST.split()

    shown = review.detail(org.office, meeting.uuid)
    assert (shown.state, shown.changes) == (ReviewState.CHANGED, changed)
    assert shown.fields["venue"] == "Hall B"
    assert shown.fields["minute_taker_uuid"] == "Alice Marsh"

    again = review.mark_reviewed(org.office, meeting.uuid)
    assert (again.revision, again.content_hash) == (
        2,
        store.require(org.office.conn, Meeting, meeting.uuid).content_hash(),
    )
    assert review.review_queue(org.office, waiting_only=True) == []


def test_the_work_comes_first_oldest_meeting_first_and_the_office_s_own_are_left_out(
    org: Org,
) -> None:
    recent = received(org, "alice", weeks_ago=1)
    oldest = received(org, "ben", weeks_ago=5)
    reviewed_old = received(org, "alice", weeks_ago=4)
    reviewed_new = received(org, "ben", weeks_ago=2)
    changed = received(org, "alice", weeks_ago=3)
    for meeting in (reviewed_old, reviewed_new, changed):
        review.mark_reviewed(org.office, meeting.uuid)
    meetings.edit_meeting(org.alice, meeting_uuid=changed.uuid, minutes="Added a line.")
    deliver(org, "alice")
    meetings.record_meeting(org.office, circle_code=CIRCLE, held_on="2020-01-06", minutes="Ours.")

    queue = review.review_queue(org.office)

    assert [(e.meeting_uuid, e.state) for e in queue] == [
        (oldest.uuid, ReviewState.TO_REVIEW),
        (changed.uuid, ReviewState.CHANGED),
        (recent.uuid, ReviewState.TO_REVIEW),
        (reviewed_new.uuid, ReviewState.REVIEWED),
        (reviewed_old.uuid, ReviewState.REVIEWED),
    ]
    assert [e.minute_taker for e in queue[:2]] == ["Ben Okafor", "Alice Marsh"]
    assert [e.meeting_uuid for e in review.review_queue(org.office, waiting_only=True)] == [
        oldest.uuid,
        changed.uuid,
        recent.uuid,
    ]


def test_the_queue_is_read_in_one_query(org: Org) -> None:
    for weeks in range(3):
        received(org, weeks_ago=weeks)
    statements: list[str] = []
    org.office.conn.set_trace_callback(statements.append)
    try:
        assert len(review.review_queue(org.office)) == 3
    finally:
        org.office.conn.set_trace_callback(None)
    assert len(statements) == 1
    assert "minutes" not in statements[0].split("FROM")[0]  # no minutes text is read


def test_marking_a_meeting_reviewed_twice_changes_nothing_the_second_time(org: Org) -> None:
    meeting = received(org)
    first = review.mark_reviewed(org.office, meeting.uuid)
    before = table_snapshot(org.office)

    assert review.mark_reviewed(org.office, meeting.uuid) == first
    assert table_snapshot(org.office) == before


def test_bad_input_is_refused_with_a_sentence_and_stores_nothing(org: Org) -> None:
    meeting = received(org)
    before = table_snapshot(org.office)

    with pytest.raises(NotFoundError, match=r"^That meeting does not exist in this vault\.$"):
        review.mark_reviewed(org.office, "0c2f8f1e-4b3a-4d5e-9f60-1a2b3c4d5e6f")
    with pytest.raises(ValidationError, match="not a valid identifier"):
        review.mark_reviewed(org.office, "'; DROP TABLE meeting; --")
    with pytest.raises(ValidationError, match="has not been marked reviewed yet"):
        review.changes(org.office, meeting.uuid)
    assert table_snapshot(org.office) == before

    volunteer_before = table_snapshot(org.alice)
    with pytest.raises(RoleError, match="Only the coordinator's office"):
        review.mark_reviewed(org.alice, meeting.uuid)
    with pytest.raises(RoleError):
        review.review_queue(org.alice)
    assert table_snapshot(org.alice) == volunteer_before


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("same words", "same words", [(EQUAL, "same words")]),
        ("", "all new", [(INSERT, "all new")]),
        ("all gone", "", [(DELETE, "all gone")]),
        (
            "He met his sister.",
            "He met his brother.",
            [(EQUAL, "He met his "), (DELETE, "sister."), (INSERT, "brother.")],
        ),
        # A new line after a word does not change the word.
        ("We met.", "We met.\nHe is well.", [(EQUAL, "We met.\n"), (INSERT, "He is well.")]),
        # Markup is text like any other: the UI escapes it.
        ("a <b> c", "a <i> c", [(EQUAL, "a "), (DELETE, "<b> "), (INSERT, "<i> "), (EQUAL, "c")]),
    ],
)
def test_word_diff(old: str, new: str, expected: list[tuple[str, str]]) -> None:
    assert review.word_diff(old, new) == expected
