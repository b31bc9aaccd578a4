"""A report laid out for printing: its tables in one PDF, A4, page numbers at the foot.

Qt's own text layout does the work (QTextDocument paginated onto a QPdfWriter), so the GUI and
the command line (``circlesdesk report … --format pdf``, which starts an offscreen
QGuiApplication for it) write the same file. Every cell is HTML-escaped.

Every document carries the office's protective marking line (office settings; e.g.
OFFICIAL-SENSITIVE) at its top and at its end, unless the office set none.
"""

from __future__ import annotations

import hashlib
import html
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from circlesdesk.atomicfile import write_private
from circlesdesk.reports.csv_files import ExportFailed
from circlesdesk.reports.tables import Cell, Table

STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1a1a1a; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 11pt; margin-top: 16pt; margin-bottom: 4pt; }
p.meta { color: #444444; margin: 0; }
p.marking { font-weight: bold; text-align: center; margin: 0 0 6pt 0; }
th { background-color: #e8eef5; font-weight: bold; }
td { border-bottom: 1px solid #d0d0d0; }
"""


def _numeric(table: Table, column: int) -> bool:
    """Whether a column holds numbers (empty cells aside): set to the right, heading too."""
    values = [row[column] for row in table.rows if row[column] is not None]
    return bool(values) and all(isinstance(v, int | float) for v in values)


def _cell(value: Cell, *, right: bool) -> str:
    align = ' align="right"' if right else ""
    if value is None:
        return f"<td{align}>–</td>"
    if isinstance(value, int | float):
        return f"<td{align}>{value:g}</td>"
    return f"<td{align}>{html.escape(value)}</td>"


def _marked(body_html: str, marking: str) -> str:
    """The body with the protective marking line above and below it (none when it is empty)."""
    if not marking.strip():
        return f"<html><body>{body_html}</body></html>"
    line = f'<p class="marking" align="center"><b>{html.escape(marking)}</b></p>'
    return f"<html><body>{line}{body_html}{line}</body></html>"


def report_html(
    title: str, meta: Sequence[str], tables: Sequence[Table], *, marking: str = ""
) -> str:
    """The report as the HTML subset QTextDocument lays out."""
    parts = [f"<h1>{html.escape(title)}</h1>"]
    parts += [f'<p class="meta">{html.escape(line)}</p>' for line in meta]
    for table in tables:
        parts.append(f'<h2 style="margin-top: 14px">{html.escape(table.title)}</h2>')
        if not table.rows:
            parts.append("<p>Nothing in this period.</p>")
            continue
        right = [_numeric(table, n) for n in range(len(table.columns))]
        head = "".join(
            f'<th align="{"right" if r else "left"}">{html.escape(c.title)}</th>'
            for c, r in zip(table.columns, right, strict=True)
        )
        body = "".join(
            "<tr>" + "".join(_cell(v, right=r) for v, r in zip(row, right, strict=True)) + "</tr>"
            for row in table.rows
        )
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="4">'
            f"<thead><tr>{head}</tr></thead>{body}</table>"
        )
    return _marked("".join(parts), marking)


def _application() -> None:
    """A Qt application for the fonts (the CLI has none): offscreen, never a window. A widgets
    application, so that a GUI started later in the same process can use it."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(["circlesdesk"])


def write_pdf(
    path: Path, title: str, meta: Sequence[str], tables: Sequence[Table], *, marking: str
) -> Path:
    """Write the report as a PDF (atomically, mode 0600) under the protective marking line and
    return its path."""
    _application()
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(report_html(title, meta, tables, marking=marking))
    data = _render(document, title)
    try:
        write_private(path, data)
    except OSError:
        raise ExportFailed("report.export_failed") from None
    return path


def write_html_pdf(path: Path, title: str, body_html: str, *, marking: str) -> str:
    """Write an HTML body (already escaped) as a PDF in the report look under the protective
    marking line (atomically, mode 0600); return the SHA-256 (hex) of the bytes written."""
    _application()
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(_marked(body_html, marking))
    data = _render(document, title)
    try:
        write_private(path, data)
    except OSError:
        raise ExportFailed("report.pdf_failed") from None
    return hashlib.sha256(data).hexdigest()


def _render(document: QTextDocument, title: str) -> bytes:
    """The document printed onto A4 pages in memory (nothing touches the disk unencrypted
    but the file the user asked for)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("CirclesDesk")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())
