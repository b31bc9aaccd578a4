"""Smoke test of the built app: ``python packaging/smoke_test.py dist/circlesdesk/circlesdesk``.

Runs the *built binary* (never the source tree) offscreen, with a throwaway HOME and XDG folders,
so it cannot touch real user data. Through the app's own command line it creates a volunteer
vault in the default (platformdirs) location and an office vault, enrolls the laptop, records a
meeting, exports it, verifies and imports the bundle at the office, sends the reply back, then
starts the GUI with ``--self-test`` (unlock window → main window → quit). It checks the volunteer
vault landed under the temporary HOME and that nothing was written beside the binary.
Linux and macOS only (on Windows the data folder cannot be redirected without touching the
real profile). Exit 0 on success; on failure, the failing step and its output.
"""

from __future__ import annotations

import datetime
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

APP_NAME = "CirclesDesk"
VAULT_FILES = ("vault.db", "vault.keys")
CIRCLE = "SM-001"
VOLUNTEER = "Sam Smoke"
STEP_TIMEOUT_S = 180
REPO = Path(__file__).resolve().parents[1]


class SmokeFailure(Exception):
    """A step of the smoke test went wrong."""


def expected_data_dir(home: Path) -> Path:
    """Where platformdirs puts CirclesDesk's data for this HOME (XDG_DATA_HOME unset)."""
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    return home / ".local" / "share" / APP_NAME


def sandbox_env(root: Path, passphrase: str) -> dict[str, str]:
    """The environment of every run: a fresh HOME, private XDG folders, offscreen Qt."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "CIRCLESDESK_", "QT_", "PYTHON"))
    }
    home = root / "home"
    runtime = root / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
        CIRCLESDESK_PASSPHRASE=passphrase,
        LANG="C.UTF-8",
    )
    return env


def listing(folder: Path) -> set[str]:
    """Every path under ``folder``, relative to it."""
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


class Smoke:
    """Runs the app's commands (``command``: the built binary, or an installed script) in the
    sandbox and reports each step."""

    def __init__(self, command: Sequence[str], env: dict[str, str], cwd: Path) -> None:
        self.command = list(command)
        self.env = env
        self.cwd = cwd

    def run(self, step: str, *argv: str, data_dir: Path | None = None) -> str:
        """One command of the app; its stdout. Raises SmokeFailure on a non-zero exit."""
        command = list(self.command)
        if data_dir is not None:
            command += ["--data-dir", str(data_dir)]
        command += argv
        started = time.monotonic()
        done = subprocess.run(
            command,
            env=self.env,
            cwd=self.cwd,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT_S,
            check=False,
        )
        elapsed = time.monotonic() - started
        if done.returncode != 0:
            raise SmokeFailure(
                f"{step}: exit {done.returncode}\n"
                f"--- stdout\n{done.stdout}--- stderr\n{done.stderr}"
            )
        print(f"  ok  {step} ({elapsed:.1f} s)")
        return done.stdout

    def json(self, step: str, *argv: str, data_dir: Path | None = None) -> Any:
        """A ``--json`` command's parsed output."""
        return json.loads(self.run(step, *argv, "--json", data_dir=data_dir))


def check(condition: bool, message: str) -> None:
    """Fail the smoke test with ``message`` unless ``condition``."""
    if not condition:
        raise SmokeFailure(message)


def check_resources(app_folder: Path) -> None:
    """The bundle holds the icons, the style and a compiled .qm for every translation source."""
    bundled = app_folder / "_internal" / "circlesdesk" / "resources"
    wanted = [Path("icons") / "app.svg", Path("style") / "app.qss"]
    wanted += [
        Path("translations") / source.with_suffix(".qm").name
        for source in (REPO / "resources" / "translations").glob("*.ts")
    ]
    missing = [str(path) for path in wanted if not (bundled / path).is_file()]
    check(not missing, f"missing from {bundled}: {missing}")
    print(f"  ok  resources bundled ({len(wanted)} checked)")
    internal = app_folder / "_internal"
    check((internal / "LICENSE").is_file(), f"LICENSE missing from {internal}")
    notices = (internal / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    check("PySide6_Essentials" in notices and "SQLCipher" in notices, "third-party notices lack Qt")
    print("  ok  LICENSE and third-party notices bundled")
    unused = sorted(str(p.relative_to(internal)) for p in internal.rglob("*") if unused_qt(p.name))
    check(not unused, f"Qt modules the app does not use are bundled: {unused[:5]}")
    print("  ok  no Qt Quick, QML, VirtualKeyboard or Pdf bundled")


UNUSED_QT = ("Qt6Quick", "Qt6Qml", "Qt6VirtualKeyboard", "Qt6Pdf", "qtvirtualkeyboard", "libqpdf")


def unused_qt(name: str) -> bool:
    """A bundled file of a Qt module the app never uses (same list as circlesdesk.spec)."""
    return any(part in name for part in UNUSED_QT)


def smoke(binary: Path, root: Path) -> None:
    """Every step; raises SmokeFailure at the first that fails."""
    app_folder = binary.parent
    check_resources(app_folder)
    before = listing(app_folder)
    env = sandbox_env(root, passphrase=secrets.token_urlsafe(18))
    app = Smoke([str(binary)], env, cwd=root)
    exercise(app, app, root)
    written = listing(app_folder) - before
    check(not written, f"files were written beside the binary: {sorted(written)[:5]}")


def exercise(app: Smoke, gui: Smoke, root: Path) -> str:
    """The command-line steps with ``app``, then ``gui``'s ``--self-test``; its output.

    Both run in ``app.env`` (from :func:`sandbox_env`); files go to ``root``/files.
    """
    home = Path(app.env["HOME"])
    work = root / "files"
    for folder in (work, work / "outbox", work / "replies"):
        folder.mkdir()
    office = root / "office-vault"
    version = app.run("--version", "--version")
    check(version.startswith("circlesdesk "), f"unexpected version text: {version!r}")

    app.run("volunteer init (default folder)", "init", "--role", "volunteer", "--name", VOLUNTEER)
    volunteer = expected_data_dir(home)
    for name in VAULT_FILES:
        check((volunteer / name).is_file(), f"no {name} in the platformdirs folder {volunteer}")
    app.run("office init", "init", "--role", "office", "--name", "Smoke Office", data_dir=office)
    app.run(
        "office circle add",
        *("circle", "add", "--code", CIRCLE, "--core-member", "R.", "--volunteer", VOLUNTEER),
        data_dir=office,
    )

    app.run("volunteer enroll-request", "enroll-request", "--out", str(work / "request.cdb"))
    app.run(
        "office enroll",
        *("enroll", str(work / "request.cdb"), "--out", str(work / "welcome.cdb")),
        *("--assign", CIRCLE),
        data_dir=office,
    )
    # The volunteer compares the office's fingerprint before trusting it; here it is read from
    # the office's own status, as a coordinator would read it out.
    office_status = json.loads(app.run("office status", "status", "--json", data_dir=office))
    app.run(
        "volunteer imports the welcome",
        *("import", str(work / "welcome.cdb")),
        *("--office-fingerprint", office_status["fingerprint"]),
    )

    today = datetime.date.today().isoformat()
    app.run(
        "volunteer meeting add",
        *("meeting", "add", "--circle", CIRCLE, "--date", today, "--present", VOLUNTEER),
        *("--minutes", "Smoke test meeting."),
    )
    sent = app.json("volunteer export", "export", "--out-dir", str(work / "outbox"))
    check(isinstance(sent, list) and len(sent) == 1, f"expected one bundle, got {sent!r}")
    bundle = Path(sent[0]["file"])
    check(bundle.suffix == ".cdb" and bundle.is_file(), f"bundle not written: {bundle}")

    app.run("office verify", "verify", str(bundle), data_dir=office)
    imported = app.json("office import", "import", str(bundle), data_dir=office)
    check(imported[0]["state"] == "ready", f"office import: {imported!r}")
    held = app.json("office meeting list", "meeting", "list", data_dir=office)
    check(
        [(m["circle"], m["date"]) for m in held] == [(CIRCLE, today)],
        f"the office does not hold the meeting: {held!r}",
    )
    replies = app.json(
        "office reply export",
        *("export", "--all-devices", "--out-dir", str(work / "replies")),
        data_dir=office,
    )
    reply = replies[0]["file"]
    app.run("volunteer imports the reply", "import", reply)

    shown = gui.run("GUI: unlock, main window, quit", "--self-test")
    check("main window shown" in shown, f"self-test said: {shown!r}")

    check(volunteer.is_relative_to(home), f"{volunteer} is outside the temporary HOME")
    return shown


def main(argv: Sequence[str] | None = None) -> int:
    """Run the smoke test on the binary named on the command line."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: smoke_test.py PATH/TO/circlesdesk", file=sys.stderr)
        return 2
    if sys.platform == "win32":
        print("The smoke test runs on Linux and macOS (see packaging/README.md).", file=sys.stderr)
        return 2
    binary = Path(args[0]).resolve()
    if not binary.is_file():
        print(f"No built app at {binary}: run `make dist` first.", file=sys.stderr)
        return 2
    print(f"Smoke test of {binary}")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="circlesdesk-smoke-") as root:
        try:
            smoke(binary, Path(root))
        except (SmokeFailure, subprocess.TimeoutExpired) as failure:
            print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"Smoke test passed in {time.monotonic() - started:.1f} s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
