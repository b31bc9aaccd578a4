"""`circlesdesk concern …`: the office's concern queue and its answers, as on the Concerns page."""

from __future__ import annotations

import datetime as dt
import json

from circlesdesk.cli import exits
from circlesdesk.domain.records import Concern
from circlesdesk.services import meetings, office
from circlesdesk.vault import store
from tests.sync_kit import Org, table_snapshot
from tests.unit.cli.conftest import CLI
from tests.unit.services.test_office import concern_at


def test_the_queue_lists_open_concerns_and_each_answer_is_stored(
    org: Org, circlesdesk: CLI
) -> None:
    now = dt.datetime.now(dt.UTC)
    urgent = concern_at(org, level=3, raised_at=now - dt.timedelta(hours=2))
    quiet = concern_at(org, level=1, raised_at=now - dt.timedelta(days=1))
    org.close_all()
    folder = org.folders["office"]

    code, out, err = circlesdesk(folder, "concern", "list", "--json")
    assert (code, err) == (0, "")
    assert [row["id"] for row in json.loads(out)] == [urgent.uuid, quiet.uuid]
    code, out, _ = circlesdesk(folder, "concern", "list")
    assert urgent.uuid in out and "Spends every evening alone." in out

    assert circlesdesk(folder, "concern", "acknowledge", urgent.uuid)[0] == 0
    code, out, _ = circlesdesk(folder, "concern", "respond", quiet.uuid, "--text", "Call him.")
    assert (code, out) == (0, "Answered; the volunteer reads it after the next reply.\n")
    code, out, _ = circlesdesk(
        folder, "concern", "escalate", urgent.uuid, "--agency", "Probation",
        "--basis", "Risk of harm", "--at", (now - dt.timedelta(minutes=30)).isoformat(), "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["action"] == "escalate"
    assert circlesdesk(folder, "concern", "close", quiet.uuid, "--outcome", "Settled.")[0] == 0

    queue = office.concern_queue(org.office)
    assert [(entry.concern.uuid, entry.answered) for entry in queue] == [(urgent.uuid, True)]
    assert sorted(r.action for r in queue[0].responses) == ["acknowledge", "escalate"]


def test_bad_answers_are_refused_with_exit_code_2_and_store_nothing(
    org: Org, circlesdesk: CLI
) -> None:
    now = dt.datetime.now(dt.UTC)
    concern = concern_at(org, level=2, raised_at=now - dt.timedelta(hours=1))
    assert office.close(org.office, concern.uuid, "Settled.")
    other = concern_at(org, level=2, raised_at=now - dt.timedelta(hours=1))
    before = table_snapshot(org.office)
    org.close_all()
    folder = org.folders["office"]
    future = (now + dt.timedelta(days=1)).isoformat()
    for argv, sentence in (
        (["respond", other.uuid, "--text", "  "], "Write the response first."),
        (["close", concern.uuid, "--outcome", "Again."], "This concern is already closed."),
        (["acknowledge", "not-an-id"], "The concern is not a valid identifier."),
        (
            ["escalate", other.uuid, "--agency", "Police", "--basis", "Risk", "--at", future],
            "The time of the disclosure cannot be in the future.",
        ),
        (
            ["escalate", other.uuid, "--agency", "Police", "--basis", "Risk", "--at", "noon"],
            "The time of the disclosure must be written as YYYY-MM-DDTHH:MM.",
        ),
    ):
        code, out, err = circlesdesk(folder, "concern", *argv)
        assert (code, out, err) == (exits.BAD_INPUT, "", sentence + "\n")
    assert table_snapshot(org.office) == before


def test_only_the_office_answers_concerns(org: Org, circlesdesk: CLI) -> None:
    org.meeting("alice", concerns=[office_concern()])
    (concern,) = store.ids(org.alice.conn, Concern)
    before = table_snapshot(org.alice)
    org.close_all()
    code, out, err = circlesdesk(org.folders["alice"], "concern", "acknowledge", concern)
    assert (code, out) == (exits.FAILED, "")
    assert "office" in err.lower()
    assert table_snapshot(org.alice) == before


def office_concern() -> meetings.ConcernInput:
    return meetings.ConcernInput(level=1, category="loneliness", description="Alone again.")
