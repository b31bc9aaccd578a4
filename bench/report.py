"""Benchmark results: one row per figure, shown beside its baseline, the ratio, the target and a
verdict, as each benchmark prints them and as the summary table at the end of a run lists them."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from typing import Any


class Verdict(enum.StrEnum):
    """Whether a figure meets its target."""

    PASS = "PASS"
    MISS = "MISS"
    INFO = "INFO"  # no target: shown to explain another figure
    SKIPPED = "SKIPPED"
    ERROR = "ERROR"


class Unit(enum.StrEnum):
    """How a figure and its baseline are written."""

    SECONDS = "s"
    PER_SECOND = "/s"
    PERCENT = "%"
    BYTES = "B"
    TIMES = "x"


def verdict(passed: bool) -> Verdict:
    """PASS or MISS."""
    return Verdict.PASS if passed else Verdict.MISS


def fmt(value: float | None, unit: Unit) -> str:
    """A figure as a person reads it: 512 ms, 1.84 s, 1,240/s, +12.5 %, 14.8 MB, 1.62×."""
    if value is None:
        return "—"
    if unit is Unit.SECONDS:
        if value < 1e-3:
            return f"{value * 1e6:.0f} µs"
        if value < 1:
            return f"{value * 1e3:.3g} ms" if value < 0.1 else f"{value * 1e3:.0f} ms"
        return f"{value:.2f} s"
    if unit is Unit.PER_SECOND:
        return f"{value:,.1f}/s" if value < 100 else f"{value:,.0f}/s"
    if unit is Unit.PERCENT:
        return f"{value:+.1f} %"
    if unit is Unit.BYTES:
        return f"{value / 1e6:.1f} MB" if value >= 1e5 else f"{value / 1e3:.1f} KB"
    return f"{value:.2f}×"


@dataclasses.dataclass(frozen=True, kw_only=True)
class Row:
    """One measured figure.

    ``ratio`` is figure ÷ baseline unless a benchmark states it otherwise (a rate's ratio is
    inverted, so that above 1 always means slower than the baseline).
    """

    benchmark: str
    measured: str
    figure: float | None
    unit: Unit
    target: str
    verdict: Verdict
    baseline: float | None = None
    baseline_label: str = ""
    ratio: float | None = None
    n: int = 1
    note: str = ""

    def lines(self) -> list[str]:
        """The row as printed while its benchmark runs."""
        parts = [f"figure {fmt(self.figure, self.unit)}"]
        if self.baseline is not None or self.baseline_label:
            parts.append(f"baseline {fmt(self.baseline, self.unit)} ({self.baseline_label})")
        if self.ratio is not None:
            parts.append(f"ratio {fmt(self.ratio, Unit.TIMES)}")
        parts.append(f"target {self.target}")
        parts.append(f"n={self.n}")
        lines = [f"  {self.verdict.value:<7} {self.measured}", "          " + " · ".join(parts)]
        if self.note:
            lines.append(f"          note: {self.note}")
        return lines

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (rows pass from a benchmark's process to the runner this way)."""
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Row:
        """The row back from :meth:`to_json`."""
        return cls(**{**value, "unit": Unit(value["unit"]), "verdict": Verdict(value["verdict"])})


def table(rows: Sequence[Row]) -> str:
    """The summary of a run: a Markdown table, one line per row."""
    header = ("benchmark", "measured", "figure", "baseline", "ratio", "target", "n", "verdict")
    body = [
        (
            row.benchmark,
            row.measured,
            fmt(row.figure, row.unit),
            fmt(row.baseline, row.unit),
            fmt(row.ratio, Unit.TIMES),
            row.target,
            str(row.n),
            row.verdict.value,
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in (header, *body)) for i in range(len(header))]

    def render(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([render(header), rule, *(render(line) for line in body)])
