"""Timing helpers: ``time.perf_counter``, repeats, medians and percentiles."""

from __future__ import annotations

import dataclasses
import statistics
import time
from collections.abc import Callable, Sequence


def percentile(samples: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0–100) by linear interpolation between the closest ranks."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclasses.dataclass(frozen=True)
class Timing:
    """Repeated measurements of one thing, in seconds."""

    samples: tuple[float, ...]

    @property
    def n(self) -> int:
        """How many measurements."""
        return len(self.samples)

    @property
    def median(self) -> float:
        """The median measurement."""
        return statistics.median(self.samples)

    @property
    def total(self) -> float:
        """The sum of all measurements."""
        return sum(self.samples)

    def percentile(self, q: float) -> float:
        """The ``q``-th percentile (0–100)."""
        return percentile(self.samples, q)


def pair_ratio(figures: Sequence[float], baselines: Sequence[float]) -> float:
    """The median of the ratios of runs taken in pairs (A B A B …): each figure against the
    baseline measured beside it, so load that comes and goes moves both sides of a pair."""
    return statistics.median(a / b for a, b in zip(figures, baselines, strict=True))


class Stopwatch:
    """``with Stopwatch() as watch: ...`` then ``watch.elapsed`` (seconds, perf_counter)."""

    def __init__(self) -> None:
        self.elapsed = 0.0
        self._started = 0.0

    def __enter__(self) -> Stopwatch:
        self._started = time.perf_counter()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.elapsed = time.perf_counter() - self._started


def measure(
    action: Callable[[], object],
    *,
    repeat: int,
    warmup: int = 0,
    before: Callable[[], object] | None = None,
) -> Timing:
    """Time ``action`` ``repeat`` times after ``warmup`` untimed runs; ``before`` runs untimed
    ahead of every run (to prepare a fresh copy, say)."""
    for _ in range(warmup):
        if before is not None:
            before()
        action()
    samples = []
    for _ in range(repeat):
        if before is not None:
            before()
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return Timing(tuple(samples))
