"""The report charts, drawn with QPainter: attendance over time, concerns by month and level,
and review score trends. Each chart carries an accessible name and a one-line description of what
it shows, and every series is also in the report's tables (charts are never the only place a
figure lives). Drawn by hand rather than with Qt Charts (deprecated since Qt 6.10, and the only
reason to install the 400 MiB PySide6-Addons): a title, a left value axis with grid lines, labels
along the bottom, lines with points or stacked bars, and a legend underneath."""

from __future__ import annotations

import dataclasses
import itertools
import math

from PySide6.QtCore import QCoreApplication, QDate, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from circlesdesk.reports.outcomes import CircleOutcome
from circlesdesk.reports.trends import Trends
from circlesdesk.ui.records import urgency_names

# Levels 0–4 from calm to alarming; distinct in lightness too, so they survive greyscale print.
LEVEL_COLOURS = ("#9ecae1", "#4292c6", "#fdae6b", "#e6550d", "#a50f15")
# Lines: dark and distinct (Okabe–Ito), so they read on white and to colour-blind eyes.
LINE_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#56b4e9", "#e69f00", "#000000")
CHART_HEIGHT_LINES = 18
GRID_STEPS = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportCharts", text)


@dataclasses.dataclass(frozen=True)
class Series:
    """One line (points at x positions, ``None`` for a gap) or one layer of stacked bars."""

    name: str
    colour: str
    values: tuple[float | None, ...]
    xs: tuple[float, ...] = ()  # the x of each value; empty: 0, 1, 2 … (one per category)


class ChartView(QWidget):
    """A chart drawn with QPainter: lines (``stacked=False``) or stacked bars."""

    def __init__(
        self,
        name: str,
        description: str,
        series: list[Series],
        *,
        x_labels: list[tuple[float, str]],
        x_range: tuple[float, float],
        y_max: float,
        y_suffix: str = "",
        stacked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = name
        self.series = series
        self.x_labels = x_labels
        self.x_range = x_range
        self.y_step = nice_step(max(y_max, 1.0) / GRID_STEPS)
        self.y_max = self.y_step * math.ceil(max(y_max, 1.0) / self.y_step)
        self.y_suffix = y_suffix
        self.stacked = stacked
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setMinimumHeight(self.fontMetrics().height() * CHART_HEIGHT_LINES)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 60, self.minimumHeight())

    # -- geometry ------------------------------------------------------------------------------

    def plot_area(self) -> QRectF:
        """Where the data is drawn: inside the title, the axis labels and the legend."""
        metrics = self.fontMetrics()
        line = metrics.height()
        widest = max(
            metrics.horizontalAdvance(self._y_text(self.y_step * i))
            for i in range(self.grid_lines())
        )
        legend_rows = math.ceil(len(self.series) / max(1, self._legend_columns()))
        left = widest + line
        top = line * 2
        bottom = line * (2 + legend_rows) + line // 2
        return QRectF(
            left, top, max(1, self.width() - left - line), max(1, self.height() - top - bottom)
        )

    def point(self, x: float, y: float) -> QPointF:
        """The widget position of a data point."""
        area = self.plot_area()
        low, high = self.x_range
        span = high - low or 1.0
        if self.stacked:  # categories: the middle of each of (high - low + 1) slots
            slot = area.width() / (span + 1)
            px = area.left() + slot * (x - low + 0.5)
        else:
            pad = area.width() * 0.03
            px = area.left() + pad + (area.width() - 2 * pad) * (x - low) / span
        return QPointF(px, area.bottom() - area.height() * y / self.y_max)

    def grid_lines(self) -> int:
        """How many horizontal grid lines (and value labels), 0 and the top included."""
        return round(self.y_max / self.y_step) + 1

    def _legend_columns(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(s.name) for s in self.series), default=0)
        cell = widest + metrics.height() * 3
        return max(1, (self.width() - metrics.height()) // max(1, cell))

    def _y_text(self, value: float) -> str:
        return f"{value:.0f}{self.y_suffix}"

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.Text)
        area = self.plot_area()
        line = self.fontMetrics().height()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(
            QRectF(0, 0, self.width(), line * 1.5), Qt.AlignmentFlag.AlignCenter, self.title
        )
        painter.setFont(self.font())
        grid = QColor(text)
        grid.setAlpha(50)
        for i in range(self.grid_lines()):
            value = self.y_step * i
            y = self.point(self.x_range[0], value).y()
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - line / 2, area.left() - line / 2, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._y_text(value),
            )
        for x, label in self.x_labels:
            px = self.point(x, 0).x()
            painter.drawText(
                QRectF(px - line * 3, area.bottom() + line * 0.25, line * 6, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        if self.stacked:
            self._paint_bars(painter, area)
        else:
            self._paint_lines(painter)
        self._paint_legend(painter, area, text)
        painter.end()

    def _paint_lines(self, painter: QPainter) -> None:
        for series in self.series:
            xs = series.xs or tuple(float(i) for i in range(len(series.values)))
            points = [
                self.point(x, v) for x, v in zip(xs, series.values, strict=True) if v is not None
            ]
            colour = QColor(series.colour)
            painter.setPen(QPen(colour, 2))
            for start, end in itertools.pairwise(points):
                painter.drawLine(start, end)
            painter.setBrush(colour)
            for spot in points:
                painter.drawEllipse(spot, 3.5, 3.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_bars(self, painter: QPainter, area: QRectF) -> None:
        slots = len(self.series[0].values) if self.series else 0
        width = area.width() / max(1, slots) * 0.6
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(slots):
            base = 0.0
            for series in self.series:
                value = series.values[index] or 0.0
                if value:
                    top = self.point(index, base + value)
                    bottom = self.point(index, base)
                    painter.setBrush(QColor(series.colour))
                    painter.drawRect(
                        QRectF(top.x() - width / 2, top.y(), width, bottom.y() - top.y())
                    )
                base += value

    def _paint_legend(self, painter: QPainter, area: QRectF, text: QColor) -> None:
        line = self.fontMetrics().height()
        columns = self._legend_columns()
        cell = (self.width() - line) / columns
        top = area.bottom() + line * 1.75
        for i, series in enumerate(self.series):
            x = line / 2 + cell * (i % columns)
            y = top + line * (i // columns)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(series.colour))
            painter.drawRect(QRectF(x, y + line * 0.25, line * 0.9, line * 0.5))
            painter.setPen(text)
            painter.drawText(
                QRectF(x + line * 1.3, y, cell - line * 1.5, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                series.name,
            )


def nice_step(rough: float) -> float:
    """The whole-number step of 1, 2, 2.5 or 5 × 10ⁿ at or above ``rough`` (at least 1)."""
    if rough <= 1:
        return 1.0
    scale = 10.0 ** math.floor(math.log10(rough))
    return next(
        m * scale for m in (1, 2, 2.5, 5, 10) if m * scale >= rough and (m * scale) % 1 == 0
    )


def _month_labels(months: tuple[str, ...]) -> list[tuple[float, str]]:
    """Every other month's short name (all twelve do not fit a narrow window)."""
    step = 1 if len(months) <= 6 else 2
    return [
        (float(i), QDate.fromString(m + "-01", Qt.DateFormat.ISODate).toString("MMM yy"))
        for i, m in enumerate(months)
        if i % step == 0
    ]


def attendance_chart(trends: Trends, parent: QWidget | None = None) -> ChartView:
    """Volunteers' and the core members' attendance rate, month by month."""
    series = [
        Series(_tr("Volunteers"), LINE_COLOURS[0], tuple(trends.volunteer_rate)),
        Series(_tr("Core members"), LINE_COLOURS[1], tuple(trends.core_member_rate)),
    ]
    return ChartView(
        _tr("Attendance over time"),
        _tr("Percentage of places attended each month, volunteers and core members."),
        series,
        x_labels=_month_labels(trends.months),
        x_range=(0.0, float(max(len(trends.months) - 1, 1))),
        y_max=100.0,
        y_suffix="%",
        parent=parent,
    )


def concerns_chart(trends: Trends, parent: QWidget | None = None) -> ChartView:
    """Concerns raised each month, stacked by urgency level."""
    names = urgency_names()
    series = [
        Series(f"{level} {names[level]}", LEVEL_COLOURS[level], tuple(float(c) for c in counts))
        for level, counts in trends.concerns.items()
    ]
    highest = max((sum(month) for month in zip(*trends.concerns.values(), strict=True)), default=0)
    return ChartView(
        _tr("Concerns by month and level"),
        _tr("How many concerns were raised each month, stacked by urgency level."),
        series,
        x_labels=_month_labels(trends.months),
        x_range=(0.0, float(max(len(trends.months) - 1, 0))),
        y_max=float(max(highest, 1)),
        stacked=True,
        parent=parent,
    )


def _day_number(iso_day: str) -> float:
    return float(QDate.fromString(iso_day, Qt.DateFormat.ISODate).toJulianDay())


def review_chart(outcomes: list[CircleOutcome], parent: QWidget | None = None) -> ChartView:
    """Each circle's review totals over time."""
    days = sorted(r.review_on for o in outcomes for r in o.reviews)
    first, last = (_day_number(days[0]), _day_number(days[-1])) if days else (0.0, 1.0)
    series = [
        Series(
            outcome.code,
            LINE_COLOURS[i % len(LINE_COLOURS)],
            tuple(float(t) for t in outcome.totals),
            tuple(_day_number(r.review_on) for r in outcome.reviews),
        )
        for i, outcome in enumerate(outcomes)
    ]
    labels = sorted({d for d in (days[:1] + days[-1:])}) if days else []
    highest = max((t for o in outcomes for t in o.totals), default=1)
    return ChartView(
        _tr("Review score trends"),
        _tr("Each circle's dynamic-risk review total over time; lower is better."),
        series,
        x_labels=[
            (_day_number(d), QDate.fromString(d, Qt.DateFormat.ISODate).toString("MMM yy"))
            for d in labels
        ],
        x_range=(first, last if last > first else first + 1),
        y_max=float(max(highest, 1)),
        parent=parent,
    )
