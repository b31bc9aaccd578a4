"""One instance per user and vault folder: a second start hands its files over and ends."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from circlesdesk import cli
from circlesdesk.cli import gui
from circlesdesk.ui import single_instance
from circlesdesk.ui.single_instance import InstanceServer

CHECKOUT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server(qtbot: QtBot, tmp_path: Path) -> Iterator[InstanceServer]:
    """The first instance's server for the vault folder ``tmp_path / "vault"``."""
    listening = InstanceServer(single_instance.server_name(tmp_path / "vault"))
    assert listening.listen()
    yield listening
    listening.close()
    listening.deleteLater()


def test_the_server_name_is_a_hash_of_user_and_folder(tmp_path: Path) -> None:
    name = single_instance.server_name(tmp_path / "vault")
    assert name == single_instance.server_name(tmp_path / "vault" / ".." / "vault")
    assert name != single_instance.server_name(tmp_path / "other")
    base = Path(name).name
    assert base.startswith("circlesdesk-") and len(base) == len("circlesdesk-") + 32
    assert "vault" not in base and os.environ.get("USER", "nobody") not in base
    if os.environ.get("XDG_RUNTIME_DIR") and len(name) < 100:
        # In the user's own runtime folder, not the shared temporary one.
        assert Path(name).parent == Path(os.environ["XDG_RUNTIME_DIR"])


def test_nothing_is_sent_when_no_instance_runs(qtbot: QtBot, tmp_path: Path) -> None:
    name = single_instance.server_name(tmp_path / "nobody-here")
    assert not single_instance.send_to_running(name, [tmp_path / "a.cdb"], timeout_ms=200)


def test_a_second_start_hands_its_files_to_the_first_and_exits_0(
    qtbot: QtBot, tmp_path: Path, server: InstanceServer
) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(CHECKOUT))
    with qtbot.waitSignal(server.activated, timeout=20_000) as received:
        second = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "circlesdesk",
                "--data-dir",
                str(tmp_path / "vault"),
                "Bundle One.cdb",
                str(tmp_path / "b.CDB"),
            ],
            cwd=tmp_path,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    assert second.wait(timeout=20) == 0, second.stderr.read() if second.stderr else ""
    assert received.args == [[tmp_path / "Bundle One.cdb", tmp_path / "b.CDB"]]
    assert second.stdout is not None and second.stdout.read() == b""
    assert second.stderr is not None
    second.stderr.close()
    second.stdout.close()


def test_a_plain_second_start_only_raises_the_first(
    qtbot: QtBot, tmp_path: Path, server: InstanceServer
) -> None:
    with qtbot.waitSignal(server.activated, timeout=5000) as received:
        assert single_instance.send_to_running(server.name, [])
    assert received.args == [[]]


def test_a_message_that_is_not_a_list_of_paths_is_ignored(
    qtbot: QtBot, server: InstanceServer
) -> None:
    from PySide6.QtNetwork import QLocalSocket

    seen: list[object] = []
    server.activated.connect(seen.append)
    socket = QLocalSocket()
    socket.connectToServer(server.name)
    assert socket.waitForConnected(2000)
    socket.write(b"rm -rf /\n")
    socket.waitForBytesWritten(2000)
    socket.disconnectFromServer()
    qtbot.wait(200)
    assert seen == []
    with qtbot.waitSignal(server.activated, timeout=5000):
        single_instance.send_to_running(server.name, [Path("x.cdb")])
    assert seen == [[Path("x.cdb").resolve()]]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["a.cdb"], ([], ["a.cdb"])),
        (["--data-dir", "d", "a.cdb", "B.CDB"], (["--data-dir", "d"], ["a.cdb", "B.CDB"])),
        (["--data-dir=d", "a.cdb"], (["--data-dir=d"], ["a.cdb"])),
        (["import", "a.cdb"], None),
        (["verify", "a.cdb"], None),
        (["--version"], None),
        ([], None),
        (["a.txt"], None),
    ],
)
def test_bundle_files_on_the_command_line_start_the_app(
    argv: list[str], expected: tuple[list[str], list[str]] | None
) -> None:
    assert gui.gui_files(argv) == expected


def test_the_gui_gets_the_files_from_the_command_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from circlesdesk.ui import app

    calls: list[tuple[Path, list[Path]]] = []

    def run(data_dir: Path, *, files: list[Path]) -> int:
        calls.append((data_dir, files))
        return 0

    monkeypatch.setattr(app, "run", run)
    assert cli.main(["--data-dir", str(tmp_path), "x.cdb"]) == 0
    assert calls == [(tmp_path, [Path("x.cdb")])]
