"""`circlesdesk quarantine`: the coordinator lists forks, and accepts a fork's records after
looking at them (or sets a bundle aside), from a terminal as on the Conflicts and forks page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from circlesdesk import cli
from circlesdesk.cli import exits
from circlesdesk.domain.records import Meeting
from circlesdesk.vault import store
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org, table_snapshot
from tests.unit.services.test_conflicts import make_fork
from tests.vault_kit import PASSPHRASE


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)


def office_cli(capsys: pytest.CaptureFixture[str], org: Org, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(org.folders["office"]), "quarantine", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def office_state(org: Org) -> dict[str, object]:
    with Vault.unlock(org.folders["office"], passphrase=PASSPHRASE) as vault:
        return table_snapshot(vault)


def test_a_fork_is_listed_and_its_records_accepted_with_a_note(
    org: Org, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = make_fork(org, tmp_path)
    org.close_all()

    code, out, _err = office_cli(capsys, org, "list", "--json")
    assert code == 0
    (listed,) = json.loads(out)
    assert (listed["state"], listed["sequence"], listed["may_accept"]) == ("fork", 1, True)
    assert (listed["already_held"], listed["decision"]) == (0, None)

    before = office_state(org)
    code, out, err = office_cli(capsys, org, "accept", str(listed["id"]), "--note", " ")
    assert (code, out) == (exits.BAD_INPUT, "") and err.strip() == "Write a note saying why, first."
    assert office_state(org) == before

    code, out, err = office_cli(
        capsys, org, "accept", str(listed["id"]), "--note", "Read it with Alice."
    )

    assert (code, err) == (0, "")
    assert out == f"Accepted the records of bundle {listed['id']}: 1 new.\n"
    with Vault.unlock(org.folders["office"], passphrase=PASSPHRASE) as vault:
        assert store.get(vault.conn, Meeting, other.uuid) == other
    code, out, _err = office_cli(capsys, org, "list", "--json")
    (after,) = json.loads(out)
    assert (after["decision"], after["already_held"], after["may_accept"]) == (
        "accept records",
        1,
        False,
    )
