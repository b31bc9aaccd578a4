"""What a screen reader receives from CirclesDesk, read on the AT-SPI bus itself.

The app runs on Xvfb with its accessibility bridge on (tests/atspi/app_driver.py); Debian's
pyatspi reads the bus in another process (tests/atspi/bus_reader.py), as Orca would. One run
types every kind of secret key by key and tours every main screen and dialog of both roles;
the tests below judge what was on the bus.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.atspi.session import desktop, missing_tools

ROOT = Path(__file__).parents[2]

Report = dict[str, Any]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """One run of the app under a screen reader's eyes (about a minute and a half)."""
    missing = missing_tools()
    if missing:
        pytest.fail(f"the accessibility test needs Debian's {', '.join(missing)}: make deps-test")
    folder = tmp_path_factory.mktemp("atspi")
    folder.chmod(0o700)
    path = folder / "report.json"
    with desktop(folder) as env:
        env["PYTHONPATH"] = str(ROOT)
        run = subprocess.run(
            [sys.executable, "-m", "tests.atspi.app_driver", str(path)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert run.returncode == 0, run.stderr[-4000:]
    result: Report = json.loads(path.read_text(encoding="utf-8"))
    return result


def checkpoint(report: Report, name: str) -> dict[str, Any]:
    return next(point for point in report["checkpoints"] if point["name"] == name)


def test_no_typed_secret_reaches_the_bus(report: Report) -> None:
    """Passphrases (first run, unlock, recovery) and the recovery code, typed key by key:
    no event carries them, not even one character at a time, and no object shows them."""
    events = report["events"]
    typed = [e for e in events if e["type"].startswith("object:text-changed")]
    assert typed, "the run typed into ordinary fields too: their text events must arrive"
    secret_fields = [e for e in typed if e["role"] == "password text" or "Recovery" in e["name"]]
    assert secret_fields == []
    joined = "".join(str(e["data"]) for e in typed)
    everything = json.dumps(events) + json.dumps([p["tree"] for p in report["checkpoints"]])
    for secret in report["secrets"]:
        assert secret not in joined
        assert secret not in everything
    fields = [
        node
        for point in report["checkpoints"]
        for node in point["tree"]
        if node["role"] == "password text"
    ]
    assert {node["name"] for node in fields} >= {
        "Passphrase",
        "New passphrase",
        "New passphrase again",
        "Recovery code",
    }
    assert all(node["text"] is None for node in fields)


def test_a_wrong_passphrase_is_an_alert_whose_name_is_the_sentence(report: Report) -> None:
    point = checkpoint(report, "unlock-wrong-passphrase (typed)")
    assert point["message"].startswith("The passphrase is not right.")
    alerts = [node for node in point["tree"] if node["role"] == "alert"]
    assert [node["name"] for node in alerts] == [point["message"]]
    assert any(
        e["type"] == "object:announcement" and e["data"] == point["message"]
        for e in point["events"]
    )


INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "entry",
    "spin button",
    "slider",
    "page tab",
    "menu item",
    "link",
    "list",
    "table",
    "tree",
    "tree table",
}


def words(text: str) -> str:
    """Letters and digits only: how a label reads, whatever its mnemonics and line breaks."""
    return "".join(c for c in text.casefold() if c.isalnum())


def test_every_control_on_every_screen_has_a_name(report: Report) -> None:
    """Both roles, every main screen and dialog of the tour, as the bus shows them."""
    unnamed = {
        point["name"]: [
            f"{node['role']} at {node['path']}"
            for node in point["tree"]
            if node["role"] in INTERACTIVE and not node["name"].strip()
        ]
        for point in report["checkpoints"]
    }
    assert {name: found for name, found in unnamed.items() if found} == {}
    assert len(report["checkpoints"]) >= 30  # the tour ran to its end: both roles


def test_every_label_reads_what_the_screen_shows(report: Report) -> None:
    """A label's text on screen ("4 records.") is its name, description or text on the bus."""
    unread = {}
    for point in report["checkpoints"]:
        on_bus = words(
            " ".join(
                f"{node['name']} {node['description']} {node['text'] or ''}"
                for node in point["tree"]
            )
        )
        missing = [label for label in point["labels"] if words(label) not in on_bus]
        if missing:
            unread[point["name"]] = missing
    assert unread == {}


def test_value_labels_are_statuses_named_by_their_value(report: Report) -> None:
    statuses = {
        point["name"]: [node["name"] for node in point["tree"] if node["role"] == "status bar"]
        for point in report["checkpoints"]
    }
    assert any(name.endswith("records.") for name in statuses["history"])
    assert any(name.startswith("Found ") for name in statuses["search"])
    assert any(name.startswith("Quarterly return") for name in statuses["office-reports"])


def test_a_record_opened_in_history_is_readable_text(report: Report) -> None:
    """The minutes are the text of a focusable text box; each reply of the office is the
    name of a field that Tab reaches."""
    point = checkpoint(report, "history-meeting")
    dialog = [node for node in point["tree"] if node["role"] == "dialog"]
    assert dialog, "the record view is a dialog on the bus"
    texts = [node for node in point["tree"] if node["role"] == "text" and node["text"]]
    assert any(node["text"] == point["minutes"] for node in texts)
    assert point["replies"], "the office answered a concern raised in this meeting"
    focusable = [node for node in point["tree"] if "focusable" in node["states"]]
    for reply in point["replies"]:
        assert any(words(reply) in words(node["name"]) for node in focusable), reply
    fields = [node["name"] for node in focusable if node["role"] == "label"]
    assert any(name.startswith("Date: ") for name in fields)


def last_focus(point: dict[str, Any]) -> tuple[str, str]:
    """The role and name of what last got the focus before the checkpoint, as a screen
    reader learns it: from the focus events."""
    focused = [
        (e["role"], e["name"])
        for e in point["events"]
        if e["type"] == "object:state-changed:focused" and e["detail1"] == 1
    ]
    assert focused, f"no focus event before {point['name']}"
    return focused[-1]


def test_saved_and_imported_are_spoken_as_focused_alerts(report: Report) -> None:
    for name, start in (
        ("meeting-saved", "The meeting on"),
        ("send-and-receive", "Saved the file"),
        ("office-inbox-imported", "Imported"),
    ):
        point = checkpoint(report, name)
        alerts = [node for node in point["tree"] if node["role"] == "alert" and node["name"]]
        assert [node["name"][: len(start)] for node in alerts] == [start], name
        role, focused = last_focus(point)
        assert role == "alert" and focused.startswith(start), name


def test_a_wrong_passphrase_is_spoken_with_the_field_it_sends_back_to(report: Report) -> None:
    point = checkpoint(report, "unlock-wrong-passphrase (typed)")
    [field] = [node for node in point["tree"] if node["role"] == "password text"]
    assert field["description"] == point["message"]
    assert last_focus(point) == ("password text", "Passphrase")


def test_the_phone_your_coordinator_panel_is_an_alert_when_it_appears(report: Report) -> None:
    point = checkpoint(report, "concern-urgent")
    alerts = [node["name"] for node in point["tree"] if node["role"] == "alert"]
    assert any(name.startswith("Phone your coordinator now") for name in alerts)
    assert any(
        e["type"] == "object:announcement" and str(e["data"]).startswith("Phone your coordinator")
        for e in report["events"]
    )
    assert last_focus(point) == ("check box", "I made the call")


def test_windows_are_windows_and_scroll_areas_are_not_tab_stops(report: Report) -> None:
    point = checkpoint(report, "unlock-wrong-passphrase")
    assert point["tree"][0]["role"] == "frame"
    for point in report["checkpoints"]:
        stops = [
            node["path"]
            for node in point["tree"]
            if node["role"] == "filler"
            and "focusable" in node["states"]
            and node["name"] in ("", "Page")
        ]
        assert stops == [], point["name"]


def test_a_combo_box_changed_with_an_arrow_key_says_its_new_choice(report: Report) -> None:
    point = checkpoint(report, "concern-kind-down")
    said = [
        e["data"]
        for e in point["events"]
        if e["role"] == "combo box" and e["type"] == "object:property-change:accessible-description"
    ]
    assert said == [point["choice"]]


def test_arrow_keys_in_the_urgency_levels_select_the_level(report: Report) -> None:
    point = checkpoint(report, "concern-level-up")
    checked = [
        e["name"]
        for e in point["events"]
        if e["type"] == "object:state-changed:checked" and e["detail1"] == 1
    ]
    assert point["level"] == 2
    assert checked and checked[-1].startswith("Urgency 2")
    assert last_focus(point)[1].startswith("Urgency 2")


def test_ctrl_4_focuses_the_search_box_before_anything_else_is_said_of_it(report: Report) -> None:
    """Once the search box is on screen, its focus is the first thing said of it (a caret
    or selection event before it made Orca treat the focus as old news: silence)."""
    point = checkpoint(report, "search-by-ctrl-4")
    assert last_focus(point) == ("text", "Look for")
    kinds = [e["type"] for e in point["events"] if e["name"] == "Look for"]
    shown = kinds.index("object:state-changed:showing")
    focused = kinds.index("object:state-changed:focused", shown)
    assert [kind for kind in kinds[shown:focused] if kind.startswith("object:text-")] == []


def test_the_first_run_role_is_chosen_with_an_arrow_key(report: Report) -> None:
    point = checkpoint(report, "first-run-role (arrow)")
    assert point["role"] == "office"
    assert last_focus(point) == ("radio button", "I'm a coordinator")
    [coordinator] = [node for node in point["tree"] if node["name"] == "I'm a coordinator"]
    assert "checked" in coordinator["states"]
