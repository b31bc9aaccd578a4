"""A report is a list of tables: named, titled columns with a documented meaning, and rows.

One shape serves every renderer: the reports page shows each table, CSV writes one file per table
(``<name>.csv`` with the column keys as its header), and the PDF lays them out for printing. The
column descriptions are the documentation: ``docs/reports.md`` lists the same keys, and a test
checks the two agree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from circlesdesk.domain import validation
from circlesdesk.errors import ValidationError

Cell = str | int | float | None


@dataclasses.dataclass(frozen=True)
class Column:
    """One column: its CSV header key, the title people read, and what it holds."""

    key: str
    title: str
    description: str


@dataclasses.dataclass(frozen=True)
class Table:
    """One table of a report (and one CSV file when exported)."""

    name: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def column(self, key: str) -> list[Cell]:
        """Every row's value in one column."""
        index = [c.key for c in self.columns].index(key)
        return [row[index] for row in self.rows]


@dataclasses.dataclass(frozen=True)
class Period:
    """A reporting period, both days included."""

    start: dt.date
    end: dt.date

    @classmethod
    def parse(cls, start: str, end: str) -> Period:
        """A period from two ISO dates, refusing nonsense with a plain sentence."""
        try:
            first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        except ValueError:
            raise ValidationError("report.period_format") from None
        if last < first:
            raise ValidationError("report.period_backwards")
        if first < validation.EARLIEST_DAY or last > validation.LATEST_DAY:
            raise ValidationError(
                "report.period_range",
                earliest=validation.EARLIEST_DAY.isoformat(),
                latest=validation.LATEST_DAY.isoformat(),
            )
        return cls(first, last)

    @classmethod
    def quarter_of(cls, day: dt.date) -> Period:
        """The calendar quarter a day falls in."""
        first_month = 3 * ((day.month - 1) // 3) + 1
        start = dt.date(day.year, first_month, 1)
        following = dt.date(day.year + (first_month == 10), (first_month + 2) % 12 + 1, 1)
        return cls(start, following - dt.timedelta(days=1))

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.end - self.start).days + 1

    def holds(self, iso: str | None) -> bool:
        """Whether a date or timestamp (ISO text) falls inside the period."""
        return iso is not None and self.start.isoformat() <= iso[:10] <= self.end.isoformat()

    def __str__(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"
