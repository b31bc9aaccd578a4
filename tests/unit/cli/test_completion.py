"""`circlesdesk completion bash|zsh|fish`: scripts written from the parser, run in a real bash."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from circlesdesk import cli
from circlesdesk.cli import completion
from tests.integration.test_cli_faults import parser_commands

BASH_ASK = """
source "$1"
shift
COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
_circlesdesk
printf '%s\\n' "${COMPREPLY[@]}"
"""


def script(capsys: pytest.CaptureFixture[str], shell: str) -> str:
    assert cli.main(["completion", shell]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


@pytest.fixture
def bash_script(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    path = tmp_path / "circlesdesk.bash"
    path.write_text(script(capsys, "bash"), encoding="utf-8")
    return path


def complete(script_path: Path, *words: str) -> list[str]:
    """What bash offers after `circlesdesk WORDS…` (the last word is being typed)."""
    done = subprocess.run(
        ["bash", "-c", BASH_ASK, "bash", str(script_path), "circlesdesk", *words],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout.split()


def test_bash_completes_commands_actions_options_and_choices(bash_script: Path) -> None:
    assert "concern" in complete(bash_script, "")
    assert complete(bash_script, "ci") == ["circle"]
    assert complete(bash_script, "--vault", "/tmp", "circle", "")[:2] == ["add", "list"]
    assert complete(bash_script, "init", "--role", "") == ["volunteer", "office"]
    assert complete(bash_script, "backup", "schedule", "--every", "") == ["daily", "weekly"]
    assert complete(bash_script, "report", "q") == ["quarterly"]
    assert "--json" in complete(bash_script, "status", "--")
    assert complete(bash_script, "completion", "f") == ["fish"]


def test_every_command_of_the_parser_is_in_every_script(
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = completion.tree(cli.build_parser())
    paths = {" ".join(node.path) for node in root.walk() if node.path and not node.children}
    assert paths == parser_commands()
    bash_text, zsh_text, fish_text = (script(capsys, shell) for shell in completion.SHELLS)
    for command in paths:
        assert shlex.quote(command) in bash_text, command
    assert zsh_text.startswith("#compdef circlesdesk\n") and bash_text in zsh_text
    for name in {command.split()[-1] for command in paths}:
        assert f"-a {name} " in fish_text or f"-a '{name}' " in fish_text, name


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed here")
def test_fish_reads_its_script(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "circlesdesk.fish"
    path.write_text(script(capsys, "fish"), encoding="utf-8")
    subprocess.run(["fish", "--no-execute", str(path)], check=True, timeout=30)
