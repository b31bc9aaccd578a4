"""What a benchmark is given: its name, the run's fixture folder, scratch folders, progress
output, and the list its rows are reported to."""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.report import Row


class Session:
    """One benchmark's view of the run.

    ``fixtures`` is shared by every benchmark of one run (each in its own process), so an
    expensive fixture is built once; the runner removes it at the end of the run.
    """

    def __init__(self, name: str, fixtures: Path) -> None:
        self.name = name
        self.fixtures = fixtures
        self.rows: list[Row] = []
        self._started = time.perf_counter()

    def say(self, text: str) -> None:
        """A progress line, with the seconds since the benchmark started."""
        elapsed = time.perf_counter() - self._started
        print(f"  [{elapsed:6.1f} s] {text}", flush=True)

    def report(self, row: Row) -> None:
        """Print a row as soon as it is measured, and keep it for the summary."""
        self.rows.append(row)
        print("\n".join(row.lines()), flush=True)

    @contextlib.contextmanager
    def scratch(self, label: str) -> Iterator[Path]:
        """A private temporary folder, removed (with everything in it) afterwards."""
        folder = Path(tempfile.mkdtemp(prefix=f"{label}-", dir=self.fixtures))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def fail(text: str) -> None:
    """Print a problem with a benchmark's own setup (not a figure) to stderr."""
    print(f"bench: {text}", file=sys.stderr, flush=True)
