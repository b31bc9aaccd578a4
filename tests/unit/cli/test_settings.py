"""`circlesdesk settings …`: the office settings shown and changed with the page's own checks."""

from __future__ import annotations

import json

from circlesdesk.cli import exits
from circlesdesk.services import office_config
from tests.sync_kit import Org, table_snapshot
from tests.unit.cli.conftest import CLI

PHONE = "01632 960000"


def test_settings_are_shown_and_changed_through_the_settings_rules(
    org: Org, circlesdesk: CLI
) -> None:
    before = office_config.current_config(org.office)
    org.close_all()
    folder = org.folders["office"]
    code, out, err = circlesdesk(folder, "settings", "show", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["categories"] == before.categories

    first = next(iter(before.categories))
    code, out, err = circlesdesk(
        folder, "settings", "set", "--office-name", "Riverside CoSA", "--autolock-minutes", "20",
        "--phone", PHONE,
        "--add-category", "Gambling debts", "--rename-category", f"{first}=First things",
        "--guidance", "4=Phone 999 first.",
    )  # fmt: skip
    assert (code, out, err) == (0, "The office settings are saved.\n", "")
    saved = office_config.current_config(org.office)
    assert (saved.office_name, saved.autolock_minutes) == ("Riverside CoSA", 20)
    assert saved.categories["gambling-debts"] == "Gambling debts"
    assert saved.categories[first] == "First things"
    assert saved.urgency_guidance["4"] == "Phone 999 first."
    org.close_all()
    assert "Riverside CoSA" in circlesdesk(folder, "settings", "show")[1]


def test_settings_that_do_not_pass_the_checks_change_nothing(org: Org, circlesdesk: CLI) -> None:
    before = table_snapshot(org.office)
    org.close_all()
    folder = org.folders["office"]
    for argv, start in (
        (["--autolock-minutes", "500"], "The auto-lock time (minutes) must be"),
        (["--phone", "call me"], "The coordinator"),
        (["--remove-category", "no-such-key"], "There is no entry with the key no-such-key"),
        (["--guidance", "four"], "Write each urgency guidance as KEY=TEXT."),
        (["--office-name", ""], "Please enter the office name."),
    ):
        phone = [] if "--phone" in argv else ["--phone", PHONE]  # the office's has none yet
        code, out, err = circlesdesk(folder, "settings", "set", *phone, *argv)
        assert (code, out) == (exits.BAD_INPUT, ""), err
        assert err.startswith(start), err
    assert table_snapshot(org.office) == before


def test_a_volunteer_cannot_change_the_office_settings(org: Org, circlesdesk: CLI) -> None:
    before = table_snapshot(org.alice)
    org.close_all()
    code, out, err = circlesdesk(org.folders["alice"], "settings", "set", "--phone", "0123 456789")
    assert (code, out) == (exits.FAILED, "")
    assert err == "Only the coordinator's office can change the office settings.\n"
    assert table_snapshot(org.alice) == before
