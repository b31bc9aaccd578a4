"""Tests for circlesdesk.cli: each command in-process, a few real processes, and bad input.

Bad input of every kind must end in exit code 1 with one plain sentence on stderr, nothing on
stdout, no traceback, and a vault that is exactly as it was (every file's SHA-256 compared).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from circlesdesk import __version__, cli
from circlesdesk.cli import exits
from circlesdesk.domain.records import Concern
from circlesdesk.services import meetings, setup
from circlesdesk.vault import keyslots, store
from circlesdesk.vault.errors import VaultDamaged, WrongPassphrase
from circlesdesk.vault.vault import DATABASE_FILE, KEYS_FILE, Vault
from tests.vault_kit import (
    CIRCLE_CODE,
    CORE_MEMBER,
    FAST_KDF,
    OTHER_PASSPHRASE,
    PAGE_SIZE,
    PASSPHRASE,
    VOLUNTEERS,
    Template,
    file_snapshot,
    flip_bytes,
)

ALICE, BEN = VOLUNTEERS
RECOVERY_CODE = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){5}\b")
DAMAGED = "The vault file is damaged. Restore it from a backup, or ask your coordinator.\n"
NO_PASSPHRASE = (
    "No passphrase was given: use --passphrase-file, set CIRCLESDESK_PASSPHRASE_FILE or "
    "CIRCLESDESK_PASSPHRASE, or give it on standard input."
)
REPO = Path(__file__).resolve().parents[2]

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run `circlesdesk ARGS...` in this process: (exit code, stdout, stderr).

    New passphrase slots get the fast (real) Argon2id cost instead of one calibrated to half a
    second on this machine: what a command prints and stores does not depend on the cost, and
    calibration has its own tests in test_keyslots.py.
    """
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal: no prompts
    monkeypatch.setattr(keyslots, "calibrate_kdf", lambda *_args, **_kwargs: FAST_KDF)

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def unlocked_by_env(office_vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The office vault with circle SW-014 as the data dir, its passphrase in the environment."""
    monkeypatch.setenv("CIRCLESDESK_DATA_DIR", str(office_vault_dir))
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    return office_vault_dir


def one_sentence(err: str) -> str:
    """The single line on stderr, checked to be a plain sentence and not a traceback."""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    sentence = err.strip()
    assert sentence[:1].isupper() and sentence[-1] in ".…", sentence
    return sentence


# -- init ------------------------------------------------------------------------------------


def test_init_creates_a_vault_and_shows_the_recovery_code_once(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "laptop-vault"
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    code, out, err = run("--data-dir", str(folder), "init", "--role", "volunteer", "--name", ALICE)
    assert (code, err) == (0, "")
    codes = RECOVERY_CODE.findall(out)
    assert len(codes) == 1
    assert out.count(codes[0]) == 1
    assert f"Created a new volunteer vault in {folder}." in out
    # The code shown is the one that opens the vault, and the vault is who init said it is.
    with Vault.recover(
        folder, recovery_code=codes[0], new_passphrase=OTHER_PASSPHRASE, kdf=FAST_KDF
    ) as vault:
        status = setup.status(vault)
    assert (status.role, status.name) == ("volunteer", ALICE)
    assert f"Device fingerprint: {status.fingerprint}\n" in out
    slot = keyslots.load(folder / KEYS_FILE).recovery_slot
    assert slot.kdf.memory_kib >= 64 * 1024


def test_init_without_a_passphrase_and_no_terminal_makes_nothing(tmp_path: Path, run: Run) -> None:
    folder = tmp_path / "vault"
    code, out, err = run("--data-dir", str(folder), "init", "--role", "office", "--name", "Office")
    assert (code, out) == (exits.BAD_INPUT, "")
    assert one_sentence(err) == (
        "No new passphrase was given: use --passphrase-file, set CIRCLESDESK_PASSPHRASE_FILE or "
        "CIRCLESDESK_PASSPHRASE, or give it on standard input."
    )
    assert not folder.exists()


@pytest.mark.parametrize(
    ("passphrase", "name", "message"),
    [
        ("short", "Office", "Please choose a passphrase of at least 10 characters."),
        (PASSPHRASE, "Office\x1b[2J", "The office name contains control characters;"),
        (PASSPHRASE, "", "Please enter the office name."),
    ],
)
def test_init_refuses_bad_input_and_makes_nothing(
    tmp_path: Path,
    run: Run,
    monkeypatch: pytest.MonkeyPatch,
    passphrase: str,
    name: str,
    message: str,
) -> None:
    folder = tmp_path / "vault"
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", passphrase)
    code, out, err = run("--data-dir", str(folder), "init", "--role", "office", "--name", name)
    assert (code, out) == (exits.BAD_INPUT, "")
    assert one_sentence(err).startswith(message)
    assert not folder.exists()


def test_init_over_an_existing_vault_changes_nothing(unlocked_by_env: Path, run: Run) -> None:
    before = file_snapshot(unlocked_by_env)
    code, out, err = run("init", "--role", "office", "--name", "Second Office")
    assert (code, out) == (1, "")
    assert one_sentence(err).startswith("There is already a vault in this folder.")
    assert file_snapshot(unlocked_by_env) == before


# -- reading and recording -------------------------------------------------------------------


def test_status_json_names_the_vault_and_counts_its_records(
    unlocked_by_env: Path, run: Run, circle_template: Template
) -> None:
    assert run(
        "meeting", "add", "--circle", CIRCLE_CODE, "--date", "2026-08-03",
        "--present", f"{CORE_MEMBER},{ALICE}", "--apologies", BEN,
        "--concern", "1:loneliness:Spends the weekends alone.",
    )[0] == 0  # fmt: skip
    code, out, err = run("status", "--json")
    assert (code, err) == (0, "")
    status = json.loads(out)
    with Vault.unlock(unlocked_by_env, passphrase=PASSPHRASE) as vault:
        fingerprint = setup.identity(vault).public().fingerprint()
    assert {key: status[key] for key in ("role", "device_id", "name", "fingerprint")} == {
        "role": "office",
        "device_id": circle_template.device_id,
        "name": "Riverside Office",
        "fingerprint": fingerprint,
    }
    assert {
        key: status["counts"][key]
        for key in ("circles", "people", "meetings", "attendance", "concerns", "contacts")
    } == {"circles": 1, "people": 3, "meetings": 1, "attendance": 3, "concerns": 1, "contacts": 0}
    code, text, _ = run("status")
    assert code == 0
    assert f"Fingerprint: {fingerprint}\n" in text
    assert "Meetings:    1\n" in text


def test_the_passphrase_can_come_from_a_file(
    office_vault_dir: Path, tmp_path: Path, run: Run
) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    code, out, err = run("--data-dir", str(office_vault_dir), "--passphrase-file", str(secret),
                         "status", "--json")  # fmt: skip
    assert (code, err) == (0, "")
    assert json.loads(out)["counts"]["circles"] == 1


def test_no_passphrase_and_no_terminal_is_one_sentence(office_vault_dir: Path, run: Run) -> None:
    code, out, err = run("--data-dir", str(office_vault_dir), "status")
    assert (code, out) == (exits.BAD_INPUT, "")
    assert one_sentence(err) == NO_PASSPHRASE


def test_meeting_add_then_list_as_json(unlocked_by_env: Path, run: Run, tmp_path: Path) -> None:
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Kestrel spoke about his allotment.\nÀ bientôt — 👍\n", encoding="utf-8")
    code, out, err = run(
        "meeting", "add", "--circle", CIRCLE_CODE, "--date", "2026-08-03", "--time", "18:30",
        "--present", f"{CORE_MEMBER}, {ALICE}", "--late", BEN, "--minutes-file", str(minutes),
        "--concern", "2:loneliness:He has stopped going to the club",
        "--concern", "0:other:Asked about volunteering himself",
    )  # fmt: skip
    assert (code, err) == (0, "")
    [meeting_id] = re.findall(r"\(id ([0-9a-f-]{36})\)", out)
    assert out == f"Meeting recorded for {CIRCLE_CODE} on 2026-08-03 (id {meeting_id}).\n"
    run("meeting", "add", "--circle", CIRCLE_CODE, "--date", "2026-07-27", "--minutes", "Older.")

    code, out, err = run("meeting", "list", "--json")
    assert (code, err) == (0, "")
    newest, older = json.loads(out)
    assert newest == {
        "id": meeting_id,
        "circle": CIRCLE_CODE,
        "date": "2026-08-03",
        "time": "18:30",
        "revision": 1,
        "status": "final",
        "mode": None,
        "attendance": {CORE_MEMBER: "present", ALICE: "present", BEN: "late"},
        "concern_levels": [2, 0],
        "minutes": "Kestrel spoke about his allotment.\nÀ bientôt — 👍\n",
    }
    assert (older["date"], older["minutes"], older["attendance"]) == ("2026-07-27", "Older.", {})
    code, text, _ = run("meeting", "list", "--circle", CIRCLE_CODE)
    assert text.splitlines()[0] == (
        f"2026-08-03  {CIRCLE_CODE:<10} present 3/3  concerns: 2  {meeting_id}"
    )


def test_circle_add_and_list(unlocked_by_env: Path, run: Run) -> None:
    code, out, err = run("circle", "add", "--code", "NE-007", "--core-member", "Heron",
                         "--volunteer", "Zoe Price", "--volunteer", "Amir Khan")  # fmt: skip
    assert (code, out, err) == (0, "Circle NE-007 created with 2 volunteer(s).\n", "")
    code, out, err = run("circle", "list", "--json")
    assert (code, err) == (0, "")
    listed = {row["code"]: row for row in json.loads(out)}
    assert listed["NE-007"]["members"] == [
        {"name": "Heron", "role": "core-member"},
        {"name": "Amir Khan", "role": "volunteer"},
        {"name": "Zoe Price", "role": "volunteer"},
    ]
    assert set(listed) == {"NE-007", CIRCLE_CODE}


def test_circle_close_keeps_the_reason_and_a_second_close_is_refused_as_bad_input(
    unlocked_by_env: Path, run: Run
) -> None:
    code, out, err = run("circle", "close", "--code", CIRCLE_CODE, "--date", "2026-12-01",
                         "--reason", "recall", "--note", "Licence breach.")  # fmt: skip
    assert (code, out, err) == (0, f"Circle {CIRCLE_CODE} closed on 2026-12-01 (recall).\n", "")
    code, out, _err = run("circle", "list", "--json")
    assert [row["phase"] for row in json.loads(out)] == ["closed"]
    before = file_snapshot(unlocked_by_env)
    code, out, err = run("circle", "close", "--code", CIRCLE_CODE, "--date", "2026-12-02",
                         "--reason", "moved")  # fmt: skip
    assert (code, out) == (exits.BAD_INPUT, "")
    assert one_sentence(err) == f"Circle {CIRCLE_CODE} is already closed."
    assert file_snapshot(unlocked_by_env) == before


def test_circle_add_on_a_volunteer_vault_is_refused(
    volunteer_vault_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    before = file_snapshot(volunteer_vault_dir)
    code, out, err = run("--data-dir", str(volunteer_vault_dir), "circle", "add",
                         "--code", "NE-007", "--core-member", "Heron")  # fmt: skip
    assert (code, out) == (1, "")
    assert one_sentence(err) == "Only the coordinator's office can create or change circles."
    assert file_snapshot(volunteer_vault_dir) == before


def test_search_as_json_and_as_text(unlocked_by_env: Path, run: Run) -> None:
    run("meeting", "add", "--circle", CIRCLE_CODE, "--date", "2026-08-03",
        "--minutes", "He talked about the choir and his allotment.")  # fmt: skip
    code, out, err = run("search", "allot", "--json")
    assert (code, err) == (0, "")
    [hit] = json.loads(out)
    assert (hit["kind"], hit["circle"], hit["date"]) == ("meeting", CIRCLE_CODE, "2026-08-03")
    assert "[allotment]" in hit["snippet"]
    assert run("search", 'NEAR("choir" -)')[0] == 0
    assert run("search", "orchestra") == (0, "Nothing found.\n", "")


def test_passwd_changes_the_passphrase(
    unlocked_by_env: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIRCLESDESK_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    database_before = (unlocked_by_env / DATABASE_FILE).read_bytes()
    assert run("passwd") == (0, "The passphrase has been changed.\n", "")
    assert len((unlocked_by_env / DATABASE_FILE).read_bytes()) == len(database_before)
    with Vault.unlock(unlocked_by_env, passphrase=OTHER_PASSPHRASE) as vault:
        assert vault.info.name == "Riverside Office"
    monkeypatch.delenv("CIRCLESDESK_NEW_PASSPHRASE")
    code, out, err = run("passwd")  # the old passphrase no longer unlocks
    assert (code, out) == (exits.code_for(WrongPassphrase()), "") == (8, "")
    assert one_sentence(err) == str(WrongPassphrase())


def test_recover_sets_a_new_passphrase(
    unlocked_by_env: Path, run: Run, monkeypatch: pytest.MonkeyPatch, circle_template: Template
) -> None:
    monkeypatch.delenv("CIRCLESDESK_PASSPHRASE")
    monkeypatch.setenv("CIRCLESDESK_RECOVERY_CODE", circle_template.recovery_code.lower())
    monkeypatch.setenv("CIRCLESDESK_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    code, out, err = run("recover")
    assert (code, err) == (0, "")
    assert out == (
        "The vault is open again with your new passphrase. Your recovery code still works.\n"
    )
    Vault.unlock(unlocked_by_env, passphrase=OTHER_PASSPHRASE).lock()


def test_usage_errors_exit_with_code_2(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["meeting"], ["search"], ["no-such-command"], ["status", "--colour"]):
        with pytest.raises(SystemExit) as info:
            cli.main(argv)
        assert info.value.code == 2
        assert "usage: circlesdesk" in capsys.readouterr().err


# -- bad input: one sentence, exit 1, nothing changed ----------------------------------------

EVERY_COMMAND = {
    "status": ["status", "--json"],
    "passwd": ["passwd"],
    "recover": ["recover"],
    "rotate-key": ["rotate-key"],
    "circle add": ["circle", "add", "--code", "NE-007", "--core-member", "Heron"],
    "circle list": ["circle", "list"],
    "meeting add": ["meeting", "add", "--circle", CIRCLE_CODE, "--date", "2026-08-03"],
    "meeting list": ["meeting", "list", "--json"],
    "search": ["search", "allotment"],
    "audit verify": ["audit", "verify"],
}


@pytest.fixture
def secrets_for_every_command(monkeypatch: pytest.MonkeyPatch, circle_template: Template) -> None:
    monkeypatch.setenv("CIRCLESDESK_NEW_PASSPHRASE", OTHER_PASSPHRASE)
    monkeypatch.setenv("CIRCLESDESK_RECOVERY_CODE", circle_template.recovery_code)


def _assert_refused(
    run: Run, folder: Path, argv: list[str], message: str, *, exit_code: int = 1
) -> None:
    before = file_snapshot(folder)
    code, out, err = run("--data-dir", str(folder), *argv)
    assert (code, out) == (exit_code, ""), err
    assert one_sentence(err).startswith(message)
    assert file_snapshot(folder) == before


@pytest.mark.usefixtures("secrets_for_every_command")
@pytest.mark.parametrize("command", sorted(EVERY_COMMAND))
def test_every_command_on_a_damaged_vault(
    office_vault_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    flip_bytes(office_vault_dir / DATABASE_FILE, PAGE_SIZE + 200)
    _assert_refused(
        run,
        office_vault_dir,
        EVERY_COMMAND[command],
        DAMAGED.strip(),
        exit_code=VaultDamaged.exit_code,
    )


@pytest.mark.usefixtures("secrets_for_every_command")
@pytest.mark.parametrize("command", sorted(EVERY_COMMAND))
def test_every_command_with_a_wrong_passphrase(
    office_vault_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", "correct horse battery stable")
    monkeypatch.setenv("CIRCLESDESK_RECOVERY_CODE", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01")
    expected = "The recovery code is not right." if command == "recover" else str(WrongPassphrase())
    _assert_refused(run, office_vault_dir, EVERY_COMMAND[command], expected, exit_code=8)


@pytest.mark.usefixtures("secrets_for_every_command")
@pytest.mark.parametrize("command", sorted(EVERY_COMMAND))
def test_every_command_where_there_is_no_vault(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    _assert_refused(
        run, folder, EVERY_COMMAND[command], "There is no vault in this folder.", exit_code=13
    )
    assert list(folder.iterdir()) == []


MEETING = ["meeting", "add", "--circle", CIRCLE_CODE]
BAD_INPUT = {
    "impossible date": (
        [*MEETING, "--date", "2026-02-30"],
        "The meeting date is not a real calendar date.",
    ),
    "date day first": (
        [*MEETING, "--date", "03/08/2026"],
        "The meeting date must be a date written as YYYY-MM-DD.",
    ),
    "bad time": (
        [*MEETING, "--date", "2026-08-03", "--time", "25:61"],
        "The start time is not a real time of day.",
    ),
    "level too high": (
        [*MEETING, "--date", "2026-08-03", "--concern", "9:loneliness:Alone"],
        "The urgency level must be between 0 and 4.",
    ),
    "level not a number": (
        [*MEETING, "--date", "2026-08-03", "--concern", "high:loneliness:Alone"],
        "A concern must be written as LEVEL:CATEGORY:TEXT",
    ),
    "level a superscript digit": (
        [*MEETING, "--date", "2026-08-03", "--concern", "²:loneliness:Alone"],
        "A concern must be written as LEVEL:CATEGORY:TEXT",
    ),
    "call time not a time": (
        [
            *MEETING,
            "--date",
            "2026-08-03",
            "--concern",
            "3:supervision:Curfew",
            "--called-at",
            "teatime",
        ],
        "The time of the call must be written as HH:MM",
    ),
    "call time in the future": (
        [
            *MEETING,
            "--date",
            "2026-08-03",
            "--concern",
            "3:supervision:Curfew",
            "--called-at",
            "2099-01-01T10:00",
        ],
        "The time of the call is in the future",
    ),
    "unknown category": (
        [*MEETING, "--date", "2026-08-03", "--concern", "2:astrology:Mercury"],
        "The concern category is not on the office's list",
    ),
    "control characters in minutes": (
        [*MEETING, "--date", "2026-08-03", "--minutes", "Fine\x1b[2J week"],
        "The minutes contains control characters; please remove them.",
    ),
    "control characters in a concern": (
        [*MEETING, "--date", "2026-08-03", "--concern", "1:other:Odd\x00text"],
        "The concern description contains control characters; please remove them.",
    ),
    "stranger in attendance": (
        [*MEETING, "--date", "2026-08-03", "--present", "Mallory"],
        "One of the names given is not a member of this circle.",
    ),
    "someone listed twice": (
        [*MEETING, "--date", "2026-08-03", "--present", ALICE, "--absent", ALICE],
        "A person is listed twice in the attendance.",
    ),
    "unknown circle": (
        ["meeting", "add", "--circle", "NE-404", "--date", "2026-08-03"],
        "There is no circle with code NE-404 in this vault.",
    ),
    "missing minutes file": (
        [*MEETING, "--date", "2026-08-03", "--minutes-file", "/no/such/minutes.txt"],
        "The minutes file could not be read as UTF-8 text.",
    ),
    "missing passphrase file": (
        ["--passphrase-file", "/no/such/passphrase", "status"],
        "The passphrase file could not be read.",
    ),
    "control characters in a name": (
        ["circle", "add", "--code", "NE-007", "--core-member", "Heron\x07"],
        "The name contains control characters; please remove them.",
    ),
    "existing circle code": (
        ["circle", "add", "--code", CIRCLE_CODE, "--core-member", "Heron"],
        f"A circle with code {CIRCLE_CODE} already exists.",
    ),
    "control characters in a search": (
        ["search", "allot\x08ment"],
        "The search contains control characters; please remove them.",
    ),
    "negative search limit": (
        ["search", "allotment", "--limit", "-1"],
        "The number of results must be between 1 and 10000.",
    ),
    "unknown circle in list": (
        ["meeting", "list", "--circle", "NE-404"],
        "There is no circle with code NE-404 in this vault.",
    ),
    "weak new passphrase": (["passwd"], "Please choose a passphrase"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_is_one_sentence_and_changes_nothing(
    office_vault_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CIRCLESDESK_NEW_PASSPHRASE", "aaaaaaaaaaaa")
    argv, message = BAD_INPUT[case]
    if "--passphrase-file" in argv:
        monkeypatch.delenv("CIRCLESDESK_PASSPHRASE")
    _assert_refused(run, office_vault_dir, argv, message, exit_code=exits.BAD_INPUT)


@pytest.mark.parametrize("level", [3, 4])
def test_an_urgent_concern_without_the_call_time_is_refused_with_exit_code_3(
    office_vault_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch, level: int
) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    argv = [*MEETING, "--date", "2026-08-03", "--concern", f"{level}:supervision:Missed curfew"]
    _assert_refused(
        run, office_vault_dir, argv, "An urgent concern (level 3 or 4) needs the time", exit_code=3
    )


def test_an_urgent_concern_with_the_call_time_is_stored_with_it(
    unlocked_by_env: Path, run: Run
) -> None:
    code, _out, err = run(
        *MEETING, "--date", "2026-08-03", "--concern", "4:hostility:Threatened a neighbour",
        "--concern", "1:loneliness:Alone at weekends", "--called-at", "20:15",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    with Vault.unlock(unlocked_by_env, passphrase=PASSPHRASE) as vault:
        stored = {c.level: c.coordinator_phoned_at for c in store.find(vault.conn, Concern)}
    assert set(stored) == {4, 1}
    assert stored[1] is None  # the call was about the urgent one
    phoned = stored[4]
    assert phoned is not None
    local = dt.datetime.fromisoformat(phoned).astimezone()
    assert (local.date().isoformat(), local.strftime("%H:%M")) == ("2026-08-03", "20:15")


def test_a_meeting_records_how_it_was_held_and_a_bad_mode_is_a_usage_error(
    unlocked_by_env: Path, run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        *MEETING, "--date", "2026-08-03", "--minutes", "By video.", "--mode", "video"
    )
    assert (code, err) == (0, "")
    code, out, _err = run("meeting", "list", "--json")
    assert code == 0
    assert [m["mode"] for m in json.loads(out)] == ["video"]
    before = file_snapshot(unlocked_by_env)
    with pytest.raises(SystemExit) as info:
        run(*MEETING, "--date", "2026-08-04", "--minutes", "X.", "--mode", "pigeon")
    assert info.value.code == 2
    assert "invalid choice: 'pigeon'" in capsys.readouterr().err
    assert file_snapshot(unlocked_by_env) == before


def test_a_second_meeting_the_same_day_needs_again_and_exits_4_without_it(
    unlocked_by_env: Path, run: Run
) -> None:
    first = [*MEETING, "--date", "2026-08-03", "--minutes", "A quiet week."]
    assert run(*first)[0] == 0
    _assert_refused(
        run,
        unlocked_by_env,
        [*MEETING, "--date", "2026-08-03", "--minutes", "Pressed again by mistake."],
        "There is already a meeting for this circle on this date.",
        exit_code=4,
    )
    code, _out, err = run(*MEETING, "--date", "2026-08-03", "--minutes", "An extra one.", "--again")
    assert (code, err) == (0, "")
    with Vault.unlock(unlocked_by_env, passphrase=PASSPHRASE) as vault:
        held = [s.meeting.minutes for s in meetings.list_meetings(vault)]
    assert sorted(held) == ["A quiet week.", "An extra one."]


def test_a_blank_meeting_is_refused(
    office_vault_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    _assert_refused(
        run,
        office_vault_dir,
        [*MEETING, "--date", "2026-08-03"],
        "There is nothing to save yet",
        exit_code=exits.BAD_INPUT,
    )


def test_a_minutes_file_that_is_not_text_is_refused(
    office_vault_dir: Path, tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    binary = tmp_path / "minutes.docx"
    binary.write_bytes(b"PK\x03\x04\xff\xfe\x00\x00")
    argv = [*MEETING, "--date", "2026-08-03", "--minutes-file", str(binary)]
    _assert_refused(
        run, office_vault_dir, argv, "The minutes file could not be read", exit_code=exits.BAD_INPUT
    )


def test_the_file_snapshot_does_see_a_stored_meeting(
    office_vault_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control for the tests above: a command that stores something changes the snapshot."""
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    before = file_snapshot(office_vault_dir)
    argv = [*MEETING, "--date", "2026-08-03", "--minutes", "A quiet week."]
    assert run("--data-dir", str(office_vault_dir), *argv)[0] == 0
    after = file_snapshot(office_vault_dir)
    assert after[DATABASE_FILE] != before[DATABASE_FILE]
    assert set(after) == set(before)  # locked again: no -wal or -shm left behind
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE) as vault:
        assert [s.meeting.held_on for s in meetings.list_meetings(vault)] == ["2026-08-03"]


# -- real processes ------------------------------------------------------------------------


def _process(
    *argv: str, folder: Path, passphrase: str | None = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CIRCLESDESK_")}
    env["CIRCLESDESK_DATA_DIR"] = str(folder)
    if passphrase is not None:
        env["CIRCLESDESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        argv, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
        check=False, cwd=folder.parent,
    )  # fmt: skip


CONSOLE_SCRIPT = str(Path(sys.executable).with_name("circlesdesk"))


def test_the_installed_command_runs_and_reports_plainly(office_vault_dir: Path) -> None:
    done = _process(CONSOLE_SCRIPT, "status", "--json", folder=office_vault_dir)
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout)["counts"]["circles"] == 1

    silent = _process(CONSOLE_SCRIPT, "status", folder=office_vault_dir, passphrase=None)
    assert (silent.returncode, silent.stdout) == (exits.BAD_INPUT, "")
    assert silent.stderr == NO_PASSPHRASE + "\n"

    flip_bytes(office_vault_dir / DATABASE_FILE, PAGE_SIZE + 200)
    damaged = _process(CONSOLE_SCRIPT, "meeting", "list", folder=office_vault_dir)
    assert (damaged.returncode, damaged.stdout, damaged.stderr) == (17, "", DAMAGED)


def test_python_dash_m_gives_the_version_and_usage_errors_are_2(tmp_path: Path) -> None:
    done = _process(sys.executable, "-m", "circlesdesk", "--version", folder=tmp_path)
    assert (done.returncode, done.stdout) == (0, f"circlesdesk {__version__}\n")
    wrong = _process(sys.executable, "-m", "circlesdesk", "meeting", "add", folder=tmp_path)
    assert wrong.returncode == 2
    assert "the following arguments are required: --circle, --date" in wrong.stderr


NO_QT = """
import sys
sys.modules["PySide6"] = None  # any import of Qt now fails
from circlesdesk.cli import main
code = main(sys.argv[1:])
loaded = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken")))
print("QT-MODULES", loaded, file=sys.stderr)
raise SystemExit(code)
"""


def test_the_command_line_works_without_qt(office_vault_dir: Path) -> None:
    argv = [*MEETING, "--date", "2026-08-03", "--minutes", "No Qt here."]
    done = _process(sys.executable, "-c", NO_QT, *argv, folder=office_vault_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Meeting recorded for {CIRCLE_CODE} on 2026-08-03")
    assert done.stderr == "QT-MODULES ['PySide6']\n"  # only the blocker we put there


def test_check_reads_every_page_and_finds_damage_that_unlock_does_not(
    run: Run, unlocked_by_env: Path
) -> None:
    code, out, err = run("check")
    assert (code, err) == (0, "")
    assert "The vault is intact" in out
    # Long minutes end the file with pages unlock never reads (a fresh vault's last page may
    # hold the schema, which it does).
    code, _out, err = run(
        "meeting", "add", "--circle", CIRCLE_CODE, "--date", "2026-01-05",
        "--minutes", "Minutes. " * 2000,
    )  # fmt: skip
    assert (code, err) == (0, "")
    database = unlocked_by_env / DATABASE_FILE
    pages = database.stat().st_size // PAGE_SIZE
    flip_bytes(database, (pages - 1) * PAGE_SIZE + 100)  # the last page: unlock never reads it
    code, out, err = run("check")
    assert code == VaultDamaged.exit_code == 17
    assert err == DAMAGED


def test_a_vault_readable_by_others_is_made_private_and_the_user_told(
    run: Run, unlocked_by_env: Path
) -> None:
    os.chmod(unlocked_by_env / DATABASE_FILE, 0o644)
    code, out, err = run("status", "--json")
    assert code == 0
    assert json.loads(out)["counts"]["circles"] == 1
    assert one_sentence(err) == (
        "Other users of this computer could read some of the vault's files (vault.db); they "
        "are private again now."
    )
    assert (unlocked_by_env / DATABASE_FILE).stat().st_mode & 0o777 == 0o600
    assert run("status", "--json")[2] == ""


def test_control_sequences_never_reach_the_terminal(
    run: Run, unlocked_by_env: Path, tmp_path: Path
) -> None:
    # A file name is the one text the CLI prints that no validation sees first: an escape in it
    # could clear the screen, retitle the window or hide what was printed before.
    hostile = tmp_path / "bundle\x1b[2J\x1b]0;owned\x07\x9b31m\u202eevil.cdb"
    hostile.write_bytes(b"not a bundle")
    before = file_snapshot(unlocked_by_env)

    code, out, err = run("import", str(hostile))

    assert code == 1 and out == ""
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", err)
    assert "bundle\\u001b[2J\\u001b]0;owned\\u0007\\u009b31m\\u202eevil.cdb" in err
    assert err.rstrip("\n").endswith(
        "This file is not a CirclesDesk bundle. Check that you picked the right file; "
        "bundles end in .cdb."
    )
    assert file_snapshot(unlocked_by_env) == before


def test_terminal_safe_keeps_text_lines_and_tabs() -> None:
    assert cli.terminal_safe("Zoë\tok\r\nnext line\n") == "Zoë\tok\nnext line\n"
    assert cli.terminal_safe("over\rwrite") == "over\\u000dwrite"


def test_each_group_names_the_commands_it_registers_and_a_command_builds_only_its_group() -> None:
    for group in cli._groups(None):
        parser = argparse.ArgumentParser()
        group.register(cli.Commands(parser.add_subparsers()))
        (subparsers,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        assert tuple(subparsers.choices) == group.COMMANDS, group.__name__
    assert [g.__name__ for g in cli._groups(["--vault", "meeting", "status", "--json"])] == [
        "circlesdesk.cli.vault"
    ]
    assert cli._groups(["--version"]) == []
    assert len(cli._groups(["--help"])) == len(cli._groups(["no-such-command"])) > 10
