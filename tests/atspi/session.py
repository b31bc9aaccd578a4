"""A screen reader's desktop for the accessibility test: Xvfb, a D-Bus session and the AT-SPI
bus (at-spi2-core starts the accessibility bus and its registry when the app asks for it).

Debian's packages (the Makefile's DEB_ATSPI list): xvfb, dbus-daemon, at-spi2-core and
python3-pyatspi for ``/usr/bin/python3``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"


def missing_tools() -> list[str]:
    """What this machine lacks to run the test (empty when it can)."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    check = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if check.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


def _first_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if not line:
        raise RuntimeError(f"{process.args[0]} did not start")
    return line


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stdout is not None:
        process.stdout.close()


@contextlib.contextmanager
def desktop(folder: Path) -> Iterator[dict[str, str]]:
    """A display and a session bus of our own; yields the environment that uses them.

    Xvfb picks a free display number itself (``-displayfd``); the bus daemon prints its
    address. Both are stopped afterwards, and with the session bus gone the accessibility bus
    and its registry end too.
    """
    display = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        number = _first_line(display)
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        try:
            address = _first_line(bus)
            env = dict(os.environ)
            env.update(
                DISPLAY=f":{number}",
                DBUS_SESSION_BUS_ADDRESS=address,
                QT_QPA_PLATFORM="xcb",
                QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                QT_ACCESSIBILITY="1",
                XDG_RUNTIME_DIR=str(folder),
                HOME=str(folder),
            )
            env.pop("WAYLAND_DISPLAY", None)
            yield env
        finally:
            _stop(bus)
    finally:
        _stop(display)
