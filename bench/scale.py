"""Cost follows the work, not the history (issue #17): the office's figures on vaults of 1×, 10×
(and, with ``--sizes 1,10,30``, 30×) a region's 3-year volume, each with its ratio to 1× and PASS
or MISS against the 1.5× bar.

Vaults, cached between runs under ``build/bench-cache/scale-v<GENERATOR>`` (delete it, or bump
:data:`GENERATOR`, when the generator or the schema changes):

- *1×*: the office benchmark's vault (:func:`bench.office.office_fixture`): 50 circles × 3 years
  as imported, 50 enrolled laptops, and this week's inbox of 50 bundles, one from each laptop.
- *N×*: a copy of 1×, then N−1 more copies of every circle's records (circles, people, rosters,
  meetings, attendance, concerns, the office's answers, contacts, hours, reviews) with fresh
  uuids, references rewired and circle codes renumbered, stored through the store's bulk path
  (``store.apply_incoming_all``) in one transaction. Records of the copies keep their origin, so
  the same 50 laptops' inbox applies to every size.

Figures, taken round by round with the sizes interleaved (1× N× 1× N× …) and each ratio the
median of the round's ratios:

- *a week's inbox*: the 50 bundles checked (``office.inspect_files``) and imported
  (``office.import_ready``, which ends with the arrived concerns' queue entries) on a fresh copy,
  per record imported;
- *concern queue opening*: :class:`ConcernQueuePage` built, shown, painted (offscreen Qt);
- *quarterly return* for last quarter (every table and the year's chart series,
  ``services.reports.compute``) in a fresh process, its time and peak resident memory;
- *``circlesdesk status --json``*, a fresh process, unlock included.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import argparse
import dataclasses
import json
import random
import shutil
import statistics
import subprocess
import sys
import uuid as uuidlib
from collections.abc import Sequence
from pathlib import Path

from bench import fixtures, gui, timing
from bench import office as office_bench
from bench.processes import compiled_environment, run_timed
from bench.report import Row, Unit, Verdict, verdict
from bench.session import Session
from bench.timing import Stopwatch
from circlesdesk.domain.records import RECORD_TYPES, Circle, OfficeConfig, Record
from circlesdesk.services import office
from circlesdesk.vault import database, store
from circlesdesk.vault.vault import Vault

NAME = "scale"
GENERATOR = 1  # bump when the office fixture's generator or the multiplication changes
SIZES_ENV = "CIRCLESDESK_BENCH_SCALE_SIZES"
DEFAULT_SIZES = (1, 10)
ROUNDS = 3
BAR = 1.5
MEMORY_TARGET_MIB = 200
CACHE = Path(__file__).resolve().parents[1] / "build" / "bench-cache" / f"scale-v{GENERATOR}"

QUARTERLY_CHILD = """
import datetime as dt, json, os, resource, sys, time
from pathlib import Path
from circlesdesk.reports.tables import Period
from circlesdesk.services import reports
from circlesdesk.services.reports import Report
from circlesdesk.vault.vault import Vault
vault = Vault.unlock(Path(sys.argv[1]), passphrase=os.environ["CIRCLESDESK_PASSPHRASE"])
period = Period.quarter_of(Period.quarter_of(dt.date.today()).start - dt.timedelta(days=1))
started = time.perf_counter()
shown = reports.compute(vault, Report.QUARTERLY, period=period, names=False)
seconds = time.perf_counter() - started
vault.lock()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mib": peak, "tables": len(shown.tables)}))
"""


# -- the vaults ----------------------------------------------------------------------------------


def _code(code: str, copy: int) -> str:
    """``SW-001`` in copy 3: ``SW-3001``."""
    prefix, number = code.split("-")
    return f"{prefix}-{copy}{int(number):03d}"


def _copied(record: Record, ids: dict[str, str], copy: int) -> Record:
    changes: dict[str, object] = {"uuid": ids[record.uuid]}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if field.name.endswith("_uuid") and isinstance(value, str) and value in ids:
            changes[field.name] = ids[value]
    if isinstance(record, Circle):
        changes["code"] = _code(record.code, copy)
    return dataclasses.replace(record, **changes)


def multiply(vault: Vault, times: int, *, seed: int) -> int:
    """Add ``times - 1`` copies of every record but the office configuration, with fresh uuids;
    returns how many records were added."""
    conn = vault.conn
    kinds = [cls for cls in RECORD_TYPES.values() if cls is not OfficeConfig]
    originals = {cls: store.find(conn, cls) for cls in kinds}
    rng = random.Random(seed)
    added = 0
    with database.transaction(conn):
        for copy in range(1, times):
            ids = {
                r.uuid: str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
                for records in originals.values()
                for r in records
            }
            for records in originals.values():
                copies = [_copied(r, ids, copy) for r in records]
                for _record, _outcome in store.apply_incoming_all(conn, copies):
                    added += 1
    return added


@dataclasses.dataclass(frozen=True)
class Sized:
    """One size's vault and what it holds."""

    times: int
    vault: Path
    records: int
    open_concerns: int
    build_seconds: float


def sized(times: int, base: office_bench.OfficeFixture, *, say: Session | None) -> Sized:
    """The vault of ``times`` × the office fixture, built once and cached."""
    folder = CACHE / f"x{times}"
    manifest = folder / "fixture.json"
    if not manifest.exists():
        with Stopwatch() as watch:
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(mode=0o700, parents=True)
            fixtures.copy_vault(base.office, folder / "office")
            vault = fixtures.unlock(folder / "office")
            try:
                if times > 1:
                    if say is not None:
                        say.say(f"{times}×: copying every circle's records {times - 1} times")
                    multiply(vault, times, seed=fixtures.SEED + times)
                records = sum(store.count(vault.conn, cls) for cls in RECORD_TYPES.values())
                open_concerns = len(office.concern_queue(vault))
            finally:
                vault.lock()
        facts = {"records": records, "open_concerns": open_concerns, "build": watch.elapsed}
        manifest.write_text(json.dumps(facts))
    facts = json.loads(manifest.read_text())
    return Sized(times, folder / "office", facts["records"], facts["open_concerns"], facts["build"])


# -- measuring -----------------------------------------------------------------------------------


def inbox_per_record(source: Path, inbox: Path, scratch: Path) -> float:
    """A week's inbox checked and imported by the office service on a fresh copy; seconds per
    record imported."""
    target = scratch / "inbox"
    shutil.rmtree(target, ignore_errors=True)
    vault = fixtures.unlock(fixtures.copy_vault(source, target))
    try:
        with Stopwatch() as watch:
            items = office.inspect_files(vault, office.bundle_files(inbox))
            summary = office.import_ready(vault, items)
        if summary.applied != len(items):
            raise RuntimeError(f"{summary.applied} of {len(items)} bundles imported")
        records = sum(sum(item.counts.values()) for item in items)
    finally:
        vault.lock()
    shutil.rmtree(target, ignore_errors=True)
    return watch.elapsed / records


def queue_opening(source: Path, runner: object) -> float:
    vault = fixtures.unlock(source)
    try:
        seconds, _rows = office_bench.queue_opened(vault, runner)  # type: ignore[arg-type]
    finally:
        vault.lock()
    return seconds


def quarterly(source: Path, env: dict[str, str], scratch: Path) -> tuple[float, float]:
    """The quarterly return in a fresh process: (seconds, peak MiB)."""
    done = subprocess.run(
        [sys.executable, "-c", QUARTERLY_CHILD, str(source)],
        env=env,
        cwd=scratch,
        capture_output=True,
        check=False,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the quarterly return failed: {done.stderr[-400:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return float(result["seconds"]), float(result["peak_mib"])


def status(source: Path, env: dict[str, str], scratch: Path) -> float:
    argv = [sys.executable, "-m", "circlesdesk", "--data-dir", str(source), "status", "--json"]
    return run_timed(argv, env=env, cwd=scratch).wall


# -- the benchmark -------------------------------------------------------------------------------


def sizes_wanted() -> tuple[int, ...]:
    raw = os.environ.get(SIZES_ENV, "")
    chosen = tuple(int(part) for part in raw.split(",") if part.strip()) or DEFAULT_SIZES
    return tuple(sorted({1, *chosen}))


def pair_ratio(samples: dict[int, list[float]], times: int) -> float:
    """The median of the rounds' ratios of ``times`` × to 1×."""
    return timing.pair_ratio(samples[times], samples[1])


def run(session: Session) -> None:
    """Build or reuse the vaults, then measure each figure at each size, interleaved."""
    wanted = sizes_wanted()
    CACHE.mkdir(parents=True, exist_ok=True)
    base = office_bench.office_fixture(CACHE, say=session.say)
    vaults = {times: sized(times, base, say=session) for times in wanted}
    for v in vaults.values():
        session.say(
            f"{v.times}×: {v.records:,} records, {v.open_concerns:,} open concerns "
            f"(built in {v.build_seconds:.0f} s, cached)"
        )
    gui._quiet_offscreen_limits()
    gui.application()
    from circlesdesk.ui.crash import CrashReporter
    from circlesdesk.ui.tasks import TaskRunner

    runner = TaskRunner(crash_reporter=CrashReporter())
    figures: dict[str, dict[int, list[float]]] = {
        k: {t: [] for t in wanted} for k in ("inbox", "queue", "report", "memory", "status")
    }
    with session.scratch("scale") as scratch:
        env = compiled_environment(
            scratch / "bytecode",
            CIRCLESDESK_PASSPHRASE=fixtures.PASSPHRASE,
            PYTHONPATH=str(Path(__file__).resolve().parents[1]),
        )
        for times in wanted:  # untimed: the first of each kind (and bytecode compiled)
            queue_opening(vaults[times].vault, runner)
            status(vaults[times].vault, env, scratch)
        for number in range(ROUNDS):
            session.say(f"round {number + 1} of {ROUNDS}")
            for times in wanted:
                v = vaults[times].vault
                figures["inbox"][times].append(inbox_per_record(v, base.inbox, scratch))
                figures["queue"][times].append(queue_opening(v, runner))
                seconds, peak = quarterly(v, env, scratch)
                figures["report"][times].append(seconds)
                figures["memory"][times].append(peak)
                figures["status"][times].append(status(v, env, scratch))
    runner.deleteLater()
    gui.settle()
    for row in rows(figures, vaults):
        session.report(row)


LABELS = {
    "inbox": "a week's inbox (50 bundles checked and imported by services.office), per record",
    "queue": "concern queue opening (page built, shown, painted)",
    "report": "quarterly return for last quarter (services.reports.compute, a fresh process)",
    "status": "`circlesdesk status --json` (a fresh process, unlock included)",
}


def rows(figures: dict[str, dict[int, list[float]]], vaults: dict[int, Sized]) -> list[Row]:
    """Each figure at each size above 1× against 1×, and the quarterly return's memory."""
    result = []
    for key, label in LABELS.items():
        samples = figures[key]
        for times in sorted(samples):
            if times == 1:
                continue
            ratio = pair_ratio(samples, times)
            result.append(
                Row(
                    benchmark=NAME,
                    measured=f"{label}, at {times}× ({vaults[times].records:,} records)",
                    figure=statistics.median(samples[times]),
                    unit=Unit.SECONDS,
                    baseline=statistics.median(samples[1]),
                    baseline_label=f"the same at 1× ({vaults[1].records:,} records)",
                    ratio=ratio,
                    target=f"≤ {BAR}× of 1×",
                    verdict=verdict(ratio <= BAR),
                    n=len(samples[times]),
                    note="ratio: the median of the rounds' ratios (1× and N× interleaved)",
                )
            )
    memory = figures["memory"]
    largest = max(memory)
    peak = statistics.median(memory[largest])
    result.append(
        Row(
            benchmark=NAME,
            measured=f"peak resident memory of the quarterly return's process at {largest}×",
            figure=peak * 1024 * 1024,
            unit=Unit.BYTES,
            baseline=statistics.median(memory[1]) * 1024 * 1024,
            baseline_label="the same at 1×",
            ratio=pair_ratio(memory, largest) if largest > 1 else None,
            target=f"< {MEMORY_TARGET_MIB} MiB at 30×",
            verdict=verdict(peak < MEMORY_TARGET_MIB) if largest >= 30 else Verdict.INFO,
            n=len(memory[largest]),
        )
    )
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m bench.scale [--sizes 1,10,30]``: this benchmark alone through the runner."""
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    args = parser.parse_args(argv)
    os.environ[SIZES_ENV] = args.sizes
    from bench.runner import main as bench_main

    return bench_main([NAME])


if __name__ == "__main__":
    raise SystemExit(main())
