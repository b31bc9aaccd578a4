"""`circlesdesk minutes …`: the coordinator's review of received minutes, as on the Minutes page."""

from __future__ import annotations

import json

from circlesdesk.cli import exits
from circlesdesk.domain.records import Meeting
from circlesdesk.services import meetings
from tests.sync_kit import Org, table_snapshot
from tests.unit.cli.conftest import CLI
from tests.unit.services.test_minutes_review import FIRST, SECOND, deliver, received


def test_a_received_meeting_is_listed_marked_reviewed_and_its_changes_shown(
    org: Org, circlesdesk: CLI
) -> None:
    meeting = received(org, minutes=FIRST)
    org.close_all()
    folder = org.folders["office"]

    code, out, err = circlesdesk(folder, "minutes", "list", "--waiting", "--json")
    assert (code, err) == (0, "")
    [entry] = json.loads(out)
    assert (entry["id"], entry["state"], entry["reviewed_revision"]) == (
        meeting.uuid,
        "to review",
        None,
    )
    code, out, err = circlesdesk(folder, "minutes", "reviewed", meeting.uuid)
    assert (code, out, err) == (
        0,
        f"Revision {meeting.revision} of the meeting is marked reviewed.\n",
        "",
    )
    assert circlesdesk(folder, "minutes", "list", "--waiting") == (
        0,
        "No meetings are waiting to be reviewed.\n",
        "",
    )

    edited = meetings.edit_meeting(org.alice, meeting_uuid=meeting.uuid, minutes=SECOND)
    deliver(org, "alice")
    org.close_all()
    code, out, _ = circlesdesk(folder, "minutes", "changes", meeting.uuid, "--json")
    shown = json.loads(out)
    assert (code, shown["reviewed_revision"], shown["current_revision"]) == (
        0,
        meeting.revision,
        edited.revision,
    )
    assert {"op": "insert", "text": "lost "} in shown["minutes"]
    code, out, _ = circlesdesk(folder, "minutes", "changes", meeting.uuid)
    assert "[+lost +]" in out and "[-new -]" in out


def test_a_meeting_never_reviewed_or_unknown_is_refused_and_nothing_stored(
    org: Org, circlesdesk: CLI
) -> None:
    meeting: Meeting = received(org, minutes=FIRST)
    before = table_snapshot(org.office)
    org.close_all()
    folder = org.folders["office"]
    code, out, err = circlesdesk(folder, "minutes", "changes", meeting.uuid)
    assert (code, out) == (exits.BAD_INPUT, "")
    assert err.startswith("This meeting has not been marked reviewed yet")
    code, _, _ = circlesdesk(folder, "minutes", "reviewed", "00000000-0000-4000-8000-000000000000")
    assert code == exits.BAD_INPUT
    assert table_snapshot(org.office) == before
