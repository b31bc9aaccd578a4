"""No window waits in a nested event loop: dialogs open with open() and answer through signals
(a lock can close a page, and its dialog with it, at any moment)."""

from __future__ import annotations

import re
from pathlib import Path

import circlesdesk.ui

UI = Path(circlesdesk.ui.__file__).parent
BLOCKING = re.compile(
    r"\.exec\(\)|\.exec_\(|QMessageBox\.(warning|question|information|critical)\(|"
    r"QInputDialog\.get\w+\(|QFileDialog\.get\w+\("
)
# Still the platform's blocking file dialogs (to become open() + signals): these places only.
FILE_DIALOGS_STILL_BLOCKING = {"dialogs.py", "office/backups.py"}


def test_no_window_waits_in_a_nested_event_loop() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if (match := BLOCKING.search(line))
        and "app.exec()" not in line
        and not (
            match.group().startswith("QFileDialog.")
            and str(path.relative_to(UI)) in FILE_DIALOGS_STILL_BLOCKING
        )
    ]
    assert found == []
