"""Running a measurement in a fresh Python process.

A figure taken on plain SQLite for comparison, or one that must not share caches with another, is
taken in a process of its own. The function must be importable (defined at the top level of a
module).
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import sys
from collections.abc import Callable
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
