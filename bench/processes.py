"""Running a measurement in a fresh Python process.

A figure taken on plain SQLite for comparison, or one that must not share caches with another, is
taken in a process of its own. The function must be importable (defined at the top level of a
module). A command's start-up is timed as a whole process (:func:`run_timed`).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import multiprocessing
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def in_fresh_process(function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Call ``function`` in a new interpreter and return its result (its output is shown)."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(function, *args, **kwargs).result()


def in_fresh_compiled_process(
    bytecode: Path, function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
) -> T:
    """:func:`in_fresh_process`, with the bytecode of the modules the new interpreter imports
    kept under ``bytecode`` and reused from there, as an installed app's modules come compiled
    (even where ``PYTHONDONTWRITEBYTECODE`` or ``-B`` is set). The first such process compiles
    what it imports."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=1,
        mp_context=context,
        initializer=_keep_bytecode,
        initargs=(str(bytecode),),
    ) as pool:
        return pool.submit(function, *args, **kwargs).result()


def _keep_bytecode(folder: str) -> None:
    """In the new interpreter, before the function's module is imported."""
    sys.pycache_prefix = folder
    sys.dont_write_bytecode = False


@dataclasses.dataclass(frozen=True)
class Spent:
    """What one child process took: wall-clock seconds and CPU seconds (user + system)."""

    wall: float
    cpu: float


def run_timed(argv: Sequence[str], *, env: Mapping[str, str], cwd: Path) -> Spent:
    """Run ``argv`` as a new process (it must exit 0) and return the time it took, start to end.

    The CPU time is the child's own (``RUSAGE_CHILDREN`` before and after), which other work on
    the machine moves much less than the wall-clock time.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(argv, env=dict(env), cwd=cwd, capture_output=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{argv[1:]} ended with {done.returncode}: {done.stderr[-400:]!r}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Spent(wall=wall, cpu=cpu)


def compiled_environment(bytecode: Path, **extra: str) -> dict[str, str]:
    """This process's environment for a child that keeps its modules' bytecode under
    ``bytecode`` and reuses it, as an installed app's modules come compiled (the setting is
    honoured even where ``PYTHONDONTWRITEBYTECODE`` is set for this process)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(bytecode), **extra}
