"""Terminal-safe output: no name, text or file name printed can carry a control sequence."""

from __future__ import annotations

import re
from typing import Any

# What never reaches a terminal as it is: C0 controls but tab and newline (a lone carriage return
# too), DEL, C1 controls, and bidirectional embeddings, overrides and isolates. Any of them in a
# name, a text or a file name could move the cursor, retitle the window, rewrite what was printed
# before or reorder what is shown; each is printed as a visible \uXXXX escape instead.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character shown as a visible escape (CRLF becomes LF)."""
    return _UNPRINTABLE.sub(
        lambda found: f"\\u{ord(found.group()):04x}", text.replace("\r\n", "\n")
    )


class TerminalSafe:
    """A text stream that writes through :func:`terminal_safe` (stdout and stderr while a
    command runs: every print of the CLI goes through it)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
