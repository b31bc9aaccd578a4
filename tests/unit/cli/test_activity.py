"""`circlesdesk contact|hours|review add`: a volunteer's records between meetings."""

from __future__ import annotations

import json

from circlesdesk.cli import exits
from circlesdesk.domain.records import Contact, Review, VolunteerHours
from circlesdesk.services import activity
from circlesdesk.vault import store
from tests.sync_kit import CIRCLE, Org, table_snapshot
from tests.unit.cli.conftest import CLI


def test_a_contact_hours_and_a_review_are_stored(org: Org, circlesdesk: CLI) -> None:
    _template, items = activity.review_items(org.alice)
    org.close_all()
    folder = org.folders["alice"]
    code, out, err = circlesdesk(
        folder, "contact", "add", "--circle", CIRCLE, "--date", "2026-03-02",
        "--summary", "A call about the allotment.", "--mode", "phone", "--raise-at-next-meeting",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith(f"Contact recorded for {CIRCLE} on 2026-03-02")
    code, out, _ = circlesdesk(
        folder, "hours", "add", "--date", "2026-03-02", "--minutes", "90",
        "--activity", "meeting", "--circle", CIRCLE, "--json",
    )  # fmt: skip
    assert (code, json.loads(out)["minutes"]) == (0, 90)
    code, out, _ = circlesdesk(folder, "review", "items", "--json")
    assert json.loads(out)["items"] == items
    scores = [f"--score={key}={n % 7}" for n, key in enumerate(items)]
    code, out, err = circlesdesk(
        folder, "review", "add", "--circle", CIRCLE, "--date", "2026-03-02", *scores
    )
    assert (code, err) == (0, "")

    (contact,) = store.find(org.alice.conn, Contact)
    assert (contact.summary, contact.raise_at_next_meeting) == ("A call about the allotment.", True)
    (hours,) = store.find(org.alice.conn, VolunteerHours)
    assert (hours.minutes, hours.activity) == (90, "meeting")
    (review,) = store.find(org.alice.conn, Review)
    assert review.scores == {key: n % 7 for n, key in enumerate(items)}


def test_bad_records_are_refused_with_exit_code_2_and_nothing_stored(
    org: Org, circlesdesk: CLI
) -> None:
    before = table_snapshot(org.alice)
    org.close_all()
    folder = org.folders["alice"]
    for argv in (
        ["contact", "add", "--circle", CIRCLE, "--date", "2026-02-30", "--summary", "A call."],
        ["contact", "add", "--circle", "NE-404", "--date", "2026-03-02", "--summary", "A call."],
        ["hours", "add", "--date", "2026-03-02", "--minutes", "-5", "--activity", "meeting"],
        ["review", "add", "--circle", CIRCLE, "--date", "2026-03-02", "--score", "housing=3"],
        ["review", "add", "--circle", CIRCLE, "--date", "2026-03-02", "--score", "three"],
    ):
        code, out, err = circlesdesk(folder, *argv)
        assert (code, out) == (exits.BAD_INPUT, ""), (argv, err)
        assert err.count("\n") == 1 and err[:1].isupper(), err
    assert table_snapshot(org.alice) == before
