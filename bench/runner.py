"""The command line: run benchmarks, each in a fresh process, and print the summary table.

Each benchmark runs in its own interpreter so that one cannot change another's figures (caches,
memory, process-wide library state), and fixtures are shared between them through a temporary
folder that is removed at the end of the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from bench import suite
from bench.report import Row, Unit, Verdict, table
from bench.session import Session, fail


def _parser() -> argparse.ArgumentParser:
    names = ", ".join(b.name for b in suite.BENCHMARKS)
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="CirclesDesk benchmarks: each figure beside a baseline measured in the same "
        "run, its ratio, the target from DESIGN.md §9, and PASS or MISS.",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"run only these: {names}")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    # Internal: how the runner starts one benchmark in a child process.
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--fixtures", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--results", type=Path, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m bench``; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.child:
        return _child(args.child, fixtures=args.fixtures, results=args.results)
    if args.list:
        for benchmark in suite.BENCHMARKS:
            print(f"{benchmark.name:10s} {benchmark.title}")
        return 0
    unknown = [name for name in args.names if suite.find(name) is None]
    if unknown:
        fail(f"no benchmark named {', '.join(unknown)}; see python -m bench --list")
        return 2
    chosen = [b for b in suite.BENCHMARKS if not args.names or b.name in args.names]
    return _run(chosen)


def environment() -> list[str]:
    """What the figures were measured on."""
    import cryptography
    import sqlcipher3
    from cryptography.hazmat.backends.openssl.backend import backend

    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if "model name" in line)
    except (OSError, StopIteration):
        pass
    return [
        f"date      {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}",
        f"machine   {os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}",
        f"python    {platform.python_version()}; SQLCipher {cipher} (SQLite "
        f"{sqlcipher3.sqlite_version}); cryptography {cryptography.__version__} "
        f"({backend.openssl_version_text()})",
        f"temp      {tempfile.gettempdir()} (fixtures and vaults live here; set TMPDIR to move)",
        f"load      {_load()} (other processes on these cores move the absolute figures; "
        "the ratios are taken against baselines measured beside them)",
    ]


def _load() -> str:
    try:
        return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        return "load average unknown"


def _run(chosen: Sequence[suite.Benchmark]) -> int:
    print("CirclesDesk benchmarks")
    for line in environment():
        print("  " + line)
    rows: list[Row] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="circlesdesk-bench-") as folder:
        fixtures = Path(folder)
        os.chmod(fixtures, 0o700)
        for benchmark in chosen:
            print(f"\n== {benchmark.name}: {benchmark.title} ==", flush=True)
            results = fixtures / f"{benchmark.name}.rows.json"
            began = time.perf_counter()
            status = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "bench",
                    "--child",
                    benchmark.name,
                    "--fixtures",
                    str(fixtures),
                    "--results",
                    str(results),
                ],
                check=False,
            ).returncode
            if results.exists():
                rows += [Row.from_json(r) for r in json.loads(results.read_text())]
            if status != 0:
                rows.append(_error_row(benchmark.name, f"exit status {status}"))
            print(f"  ({benchmark.name} took {time.perf_counter() - began:.0f} s)", flush=True)
    print(f"\n== summary ({time.perf_counter() - started:.0f} s; {_load()}) ==")
    print(table(rows))
    return 1 if any(r.verdict is Verdict.ERROR for r in rows) else 0


def _error_row(name: str, why: str) -> Row:
    return Row(
        benchmark=name,
        measured="the benchmark itself failed",
        figure=None,
        unit=Unit.SECONDS,
        target="—",
        verdict=Verdict.ERROR,
        note=why,
    )


def _child(name: str, *, fixtures: Path, results: Path) -> int:
    benchmark = suite.find(name)
    if benchmark is None:
        fail(f"no benchmark named {name}")
        return 2
    session = Session(name, fixtures)
    status = 0
    try:
        benchmark.runner()(session)
    except Exception:
        traceback.print_exc()
        session.rows.append(_error_row(name, "see the traceback above"))
        status = 1
    results.write_text(json.dumps([row.to_json() for row in session.rows]))
    return status
