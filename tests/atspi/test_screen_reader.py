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
