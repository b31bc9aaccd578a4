"""`circlesdesk import` of a welcome: trust on first use, as the first-run wizard asks.

A laptop that trusts no office yet imports a welcome only once the office fingerprint is
confirmed: with ``--office-fingerprint DIGITS`` (the coordinator reads them out) or, at a
terminal, by answering yes after the digits are shown. Otherwise exit 6 (not confirmed) or 7 (not
the same digits), one sentence, and nothing stored (every table compared).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from circlesdesk import cli
from circlesdesk.domain.enums import Role
from circlesdesk.services import setup
from circlesdesk.services import sync as sync_service
from circlesdesk.sync import trust
from circlesdesk.vault.vault import Vault
from tests.sync_kit import Org, table_snapshot
from tests.vault_kit import FAST_KDF, PASSPHRASE


@pytest.fixture
def new_laptop(org: Org, tmp_path: Path) -> tuple[Path, Path, str]:
    """A volunteer vault enrolled by the office but not yet welcomed (locked), its welcome file
    and the office fingerprint the coordinator would read out."""
    folder = tmp_path / "carol"
    vault, _code = setup.create_vault(
        folder, role=Role.VOLUNTEER, name="Carol Reyes", passphrase=PASSPHRASE, kdf=FAST_KDF
    )
    with vault:
        request, _ = sync_service.enrollment_request(vault)
    enrolled = sync_service.enroll(org.office, request)
    welcome = sync_service.write_file(enrolled.welcome.data, out=tmp_path / "welcome.cdb")
    return folder, welcome, enrolled.office_fingerprint


def run_import(
    capsys: pytest.CaptureFixture[str], folder: Path, *argv: str
) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(folder), "import", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def state(folder: Path) -> dict[str, object]:
    with Vault.unlock(folder, passphrase=PASSPHRASE) as vault:
        return {"tables": table_snapshot(vault), "office": trust.office(vault)}


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal unless a test says so


@pytest.mark.parametrize(
    ("option", "exit_code", "sentence"),
    [
        ((), 6, "its office fingerprint was not confirmed"),
        (("--office-fingerprint", "12345 67890 12345 67890 12345 67890 12345 67890"), 7, "not the"),
        (("--office-fingerprint", "not digits"), 7, "not the one given"),
    ],
)
def test_a_welcome_without_the_right_office_fingerprint_is_refused_and_nothing_stored(
    new_laptop: tuple[Path, Path, str],
    capsys: pytest.CaptureFixture[str],
    option: tuple[str, ...],
    exit_code: int,
    sentence: str,
) -> None:
    folder, welcome, _fingerprint = new_laptop
    before = state(folder)
    assert before["office"] is None

    code, out, err = run_import(capsys, folder, str(welcome), *option)

    assert code == exit_code
    assert sentence in err and "Traceback" not in err and out == ""
    assert state(folder) == before


def test_a_welcome_with_the_office_fingerprint_is_imported_and_the_office_trusted(
    new_laptop: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, welcome, fingerprint = new_laptop

    code, out, err = run_import(
        capsys, folder, str(welcome), "--office-fingerprint", fingerprint.replace(" ", "")
    )

    assert (code, err) == (0, "")
    assert "imported Riverside Office (bundle 1)" in out
    office = state(folder)["office"]
    assert office is not None and office.name == "Riverside Office"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("answer", "exit_code"), [("n\n", 7), ("\n", 7), ("y\n", 0)])
def test_at_a_terminal_the_fingerprint_is_shown_and_asked_for_before_anything_is_trusted(
    new_laptop: tuple[Path, Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    exit_code: int,
) -> None:
    folder, welcome, fingerprint = new_laptop
    before = state(folder)
    terminal = io.StringIO(answer)
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdin", terminal)

    code, out, _err = run_import(capsys, folder, str(welcome))

    assert code == exit_code
    assert f"    {fingerprint}\n" in out
    assert "Do these numbers match the office's? [y/N]" in out
    if exit_code:
        assert state(folder) == before
    else:
        assert state(folder)["office"] is not None


def test_a_reply_to_a_laptop_that_trusts_its_office_needs_no_fingerprint(
    org: Org, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = sync_service.write_file(org.reply("alice"), out=tmp_path / "reply.cdb")
    org.close_all()

    code, out, err = run_import(capsys, org.folders["alice"], str(reply))

    assert (code, err) == (0, "")
    assert "imported Riverside Office (bundle 2)" in out
