"""The benchmarks, in the order a full run takes them."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from typing import cast

from bench.session import Session


@dataclasses.dataclass(frozen=True)
class Benchmark:
    """One benchmark: its name on the command line, its module and what it measures."""

    name: str
    module: str
    title: str

    def runner(self) -> Callable[[Session], None]:
        """The module's ``run(session)``."""
        return cast(Callable[[Session], None], importlib.import_module(self.module).run)


BENCHMARKS: tuple[Benchmark, ...] = (
    Benchmark("unlock", "bench.unlock", "Vault unlock: calibrated Argon2id + open and check"),
    Benchmark("record", "bench.record", "Record-meeting throughput and latency"),
    Benchmark("overhead", "bench.overhead", "Encrypted vault vs the same code on plain SQLite"),
    Benchmark("search", "bench.search", "Search latency at 100,000 minutes"),
    Benchmark("import", "bench.sync_import", "Import of a 10,000-meeting bundle"),
    Benchmark("export", "bench.export", "Export of 10,000 meetings, vault to file"),
    Benchmark("crypto", "bench.crypto", "Bundle crypto vs age + minisign; zlib level 1 vs 6"),
    Benchmark("gui", "bench.gui", "GUI: unlock to home ready; scrolling 100,000 rows"),
    Benchmark(
        "office",
        "bench.office",
        "Office: a week's inbox; concern queue, timeline, quarterly return",
    ),
    Benchmark(
        "scale",
        "bench.scale",
        "Scale: office figures at 1× and 10× a region's 3-year volume, ratio to 1×",
    ),
    Benchmark("actions", "bench.actions", "Actions: record a meeting; 30 bundles to the queue"),
    Benchmark("backup", "bench.backup", "Office backup: create, verify, restore vs `.backup`"),
    Benchmark("startup", "bench.startup", "Command line start-up: --version and status"),
)


def find(name: str) -> Benchmark | None:
    """The benchmark of that name."""
    return next((b for b in BENCHMARKS if b.name == name), None)
