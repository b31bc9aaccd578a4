"""The exit codes: one table, in --help and docs/cli.md, each code reached by what it names."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import platform
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import circlesdesk
from circlesdesk import cli
from circlesdesk.cli import exits
from circlesdesk.errors import UserError
from circlesdesk.vault.vault import Vault
from tests.integration import cli_kit
from tests.vault_kit import PASSPHRASE, file_snapshot

DOCS = Path(__file__).resolve().parents[3] / "docs" / "cli.md"


def _error_class(name: str) -> type[UserError]:
    module, _, qualname = name.partition(":")
    found = getattr(importlib.import_module(module), qualname)
    assert issubclass(found, UserError), name
    return found  # type: ignore[no-any-return]


def test_each_code_is_listed_once_and_each_error_named_exists() -> None:
    codes = [exit.code for exit in exits.EXITS]
    assert codes == sorted(set(codes))
    for exit in exits.EXITS:
        for name in exit.errors:
            assert exits.code_for(_error_class(name)()) == exit.code, name


def _user_errors() -> list[type[UserError]]:
    for info in pkgutil.walk_packages(circlesdesk.__path__, "circlesdesk."):
        if not info.name.startswith("circlesdesk.ui") and info.name != "circlesdesk.__main__":
            importlib.import_module(info.name)
    found: list[type[UserError]] = []
    pending = [UserError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending += cls.__subclasses__()
    return found


def test_every_error_with_a_code_of_its_own_ends_with_the_code_the_table_gives_it() -> None:
    for cls in _user_errors():
        own = cls.__dict__.get("exit_code")
        if isinstance(own, int) and own != exits.FAILED and not inspect.isabstract(cls):
            listed = {name for exit in exits.EXITS for name in exit.errors}
            assert f"{cls.__module__}:{cls.__qualname__}" in listed, cls
            assert exits.code_for(cls()) == own, cls


def test_help_ends_with_every_code_and_docs_list_the_same_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    shown = capsys.readouterr().out
    listed = shown[shown.index("Exit codes") :]
    assert [int(code) for code in re.findall(r"^\s+(\d+)  ", listed, re.M)] == [
        exit.code for exit in exits.EXITS
    ]
    rows = re.findall(r"^\| (\d+) \| (.+) \|$", DOCS.read_text(encoding="utf-8"), re.M)
    assert [(int(code), meaning) for code, meaning in rows] == [
        (exit.code, exit.meaning) for exit in exits.EXITS
    ]


def test_a_vault_open_elsewhere_ends_with_9_and_nothing_changes(office_vault_dir: Path) -> None:
    with Vault.unlock(office_vault_dir, passphrase=PASSPHRASE):
        before = file_snapshot(office_vault_dir)
        argv = ["circle", "add", "--code", "NE-007", "--core-member", "Heron"]
        done = cli_kit.run(office_vault_dir, *argv, expect=9)
        assert done.err == "This vault is open in another window. Close it there first.\n"
        assert file_snapshot(office_vault_dir) == before


def _wait_until_reading_stdin(pid: int) -> None:
    """Until the process is blocked in read(0, …): past its imports, waiting for a passphrase."""
    read = {"x86_64": "0", "aarch64": "63"}.get(platform.machine())
    if read is None or not Path(f"/proc/{pid}/syscall").exists():
        pytest.skip("no /proc/PID/syscall to see the process wait (Linux x86-64 or arm64 only)")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        fields = Path(f"/proc/{pid}/syscall").read_text().split()
        if fields[:2] == [read, "0x0"]:  # the read system call, on standard input
            return
        time.sleep(0.05)
    raise AssertionError("the command never waited for its passphrase")


def test_ctrl_c_ends_with_130_and_one_sentence(office_vault_dir: Path) -> None:
    env = {key: value for key, value in cli_kit.environment().items()}
    env.pop("CIRCLESDESK_PASSPHRASE")
    before = file_snapshot(office_vault_dir)
    process = subprocess.Popen(  # waits for its passphrase on standard input
        cli_kit.command(
            office_vault_dir, "circle", "add", "--code", "NE-007", "--core-member", "Heron"
        ),
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As from a terminal: a test run started in the background has SIGINT ignored, and a
        # child would inherit that.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    _wait_until_reading_stdin(process.pid)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert (process.returncode, out) == (exits.INTERRUPTED, "")
    assert err == "Interrupted: what was not finished was not saved.\n"
    assert file_snapshot(office_vault_dir) == before


def test_a_piped_passphrase_and_a_passphrase_file_named_in_the_environment_unlock(
    office_vault_dir: Path, tmp_path: Path
) -> None:
    env = {key: value for key, value in cli_kit.environment().items()}
    env.pop("CIRCLESDESK_PASSPHRASE")
    argv = cli_kit.command(office_vault_dir, "status", "--json")
    piped = subprocess.run(argv, env=env, input=PASSPHRASE + "\n", capture_output=True, text=True,
                           timeout=120, check=False)  # fmt: skip
    assert (piped.returncode, piped.stderr) == (0, "")
    assert PASSPHRASE not in piped.stdout
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    named = subprocess.run(argv, env={**env, "CIRCLESDESK_PASSPHRASE_FILE": str(secret)},
                           stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
                           check=False)  # fmt: skip
    assert (named.returncode, named.stderr) == (0, "")
    wrong = subprocess.run(argv, env=env, input="not the passphrase\n", capture_output=True,
                           text=True, timeout=120, check=False)  # fmt: skip
    assert (wrong.returncode, wrong.stdout) == (8, "")
    assert wrong.stderr == "The passphrase is not right. Check Caps Lock and try again.\n"


def test_global_options_after_the_command_and_quiet(
    office_vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("CIRCLESDESK_DATA_DIR", raising=False)
    argv = ["circle", "add", "--code", "NE-007", "--core-member", "Heron"]
    assert cli.main([*argv, "--vault", str(office_vault_dir), "-q"]) == 0
    assert capsys.readouterr() == ("", "")
    assert (
        cli.main(["--vault", "/nowhere", "circle", "list", "--data-dir", str(office_vault_dir)])
        == 0
    )
    assert "NE-007" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(office_vault_dir), "circle", "add", "--code", "NE-008",
                     "--core-member", "Crane", "--json"]) == 0  # fmt: skip
    assert '"code": "NE-008"' in capsys.readouterr().out


def test_a_report_folder_that_does_not_exist_is_made(
    office_vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("CIRCLESDESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "reports" / "2026-q1"
    argv = ["--data-dir", str(office_vault_dir), "report", "quarterly", "--from", "2026-01-01",
            "--to", "2026-03-31", "--out", str(out)]  # fmt: skip
    assert cli.main(argv) == 0
    written = capsys.readouterr().out.split()
    assert written and all(Path(path).parent == out for path in written)
    assert sorted(path.name for path in out.iterdir()) == sorted(Path(p).name for p in written)


def test_the_command_line_module_imports_nothing_heavy_for_version() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "circlesdesk", "--version"],
        capture_output=True, text=True, timeout=60, check=True,
        env={**os.environ, "PYTHONPATH": str(Path(circlesdesk.__file__).parents[1])},
    )  # fmt: skip
    imported = set(re.findall(r"\|\s+(circlesdesk[\w.]*)$", done.stderr, re.M))
    assert imported, done.stderr
    assert not {name for name in imported if name.startswith(("circlesdesk.services",
                "circlesdesk.vault", "circlesdesk.sync", "circlesdesk.reports"))}  # fmt: skip
