"""Tables as CSV files: one file per table, named after it, the column keys as the header.

Files are written atomically with mode 0600 (they hold the organisation's figures, and with
names asked for, personal data). Numbers are written as they are; an empty cell is empty.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from circlesdesk.atomicfile import write_private
from circlesdesk.errors import UserError
from circlesdesk.reports.tables import Table


class ExportFailed(UserError):
    """A report could not be written where the user asked."""

    code = "report.export_failed"


def table_csv(table: Table) -> bytes:
    """One table as CSV bytes (UTF-8, a header row of column keys)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(c.key for c in table.columns)
    writer.writerows(["" if cell is None else cell for cell in row] for row in table.rows)
    return out.getvalue().encode("utf-8")


def write_tables(tables: Sequence[Table], folder: Path) -> list[Path]:
    """Write each table to ``folder/<name>.csv``; the folder must exist."""
    if not folder.is_dir():
        raise ExportFailed("report.choose_folder")
    paths = []
    for table in tables:
        path = folder / f"{table.name}.csv"
        try:
            write_private(path, table_csv(table))
        except OSError:
            raise ExportFailed("report.export_failed") from None
        paths.append(path)
    return paths
