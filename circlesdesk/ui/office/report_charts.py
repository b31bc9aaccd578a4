"""The report charts, drawn with Qt Charts: attendance over time, concerns by month and level,
and review score trends. Each chart view carries an accessible name and a one-line description
of what it shows, and every series is also in the report's tables (charts are never the only
place a figure lives)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QPointF, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from circlesdesk.reports.outcomes import CircleOutcome
from circlesdesk.reports.trends import Trends
from circlesdesk.ui.records import urgency_names

# Levels 0–4 from calm to alarming; distinct in lightness too, so they survive greyscale print.
LEVEL_COLOURS = ("#9ecae1", "#4292c6", "#fdae6b", "#e6550d", "#a50f15")
CHART_HEIGHT_LINES = 18


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportCharts", text)


def _view(chart: QChart, name: str, description: str, parent: QWidget | None) -> QChartView:
    chart.setTitle(name)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
    view.setMinimumHeight(view.fontMetrics().height() * CHART_HEIGHT_LINES)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop inside either
    return view


def _month_axis(months: tuple[str, ...]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(
        [QDate.fromString(m + "-01", Qt.DateFormat.ISODate).toString("MMM yy") for m in months]
    )
    return axis


def attendance_chart(trends: Trends, parent: QWidget | None = None) -> QChartView:
    """Volunteers' and the core members' attendance rate, month by month."""
    chart = QChart()
    axis_x = _month_axis(trends.months)
    axis_y = QValueAxis()
    axis_y.setRange(0, 100)
    axis_y.setLabelFormat("%d%%")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for label, rates in (
        (_tr("Volunteers"), trends.volunteer_rate),
        (_tr("Core members"), trends.core_member_rate),
    ):
        series = QLineSeries()
        series.setName(label)
        series.setPointsVisible(True)
        for i, rate in enumerate(rates):
            if rate is not None:
                series.append(QPointF(i, rate))
        chart.addSeries(series)
        series.attachAxis(axis_x)  # x is the month's index among the categories
        series.attachAxis(axis_y)
    return _view(
        chart,
        _tr("Attendance over time"),
        _tr("Percentage of places attended each month, volunteers and core members."),
        parent,
    )


def concerns_chart(trends: Trends, parent: QWidget | None = None) -> QChartView:
    """Concerns raised each month, stacked by urgency level."""
    chart = QChart()
    series = QStackedBarSeries()
    names = urgency_names()
    for level, counts in trends.concerns.items():
        bars = QBarSet(f"{level} {names[level]}")
        bars.setColor(QColor(LEVEL_COLOURS[level]))
        bars.append([float(c) for c in counts])
        series.append(bars)
    chart.addSeries(series)
    axis_x = _month_axis(trends.months)
    axis_y = QValueAxis()
    highest = max((sum(month) for month in zip(*trends.concerns.values(), strict=True)), default=0)
    axis_y.setRange(0, max(highest, 1))
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    return _view(
        chart,
        _tr("Concerns by month and level"),
        _tr("How many concerns were raised each month, stacked by urgency level."),
        parent,
    )


def _msecs(iso_day: str) -> float:
    day = QDate.fromString(iso_day, Qt.DateFormat.ISODate)
    return float(QDateTime(day, QTime(12, 0), QTimeZone.utc()).toMSecsSinceEpoch())


def review_chart(outcomes: list[CircleOutcome], parent: QWidget | None = None) -> QChartView:
    """Each circle's review totals over time."""
    chart = QChart()
    axis_x = QDateTimeAxis()
    axis_x.setFormat("MMM yy")
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    days = [r.review_on for o in outcomes for r in o.reviews]
    highest = max((t for o in outcomes for t in o.totals), default=1)
    axis_y.setRange(0, max(highest, 1))
    if days:
        axis_x.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_msecs(min(days))), QTimeZone.utc()),
            QDateTime.fromMSecsSinceEpoch(int(_msecs(max(days))), QTimeZone.utc()),
        )
    for outcome in outcomes:
        series = QLineSeries()
        series.setName(outcome.code)
        series.setPointsVisible(True)
        for review, total in zip(outcome.reviews, outcome.totals, strict=True):
            series.append(QPointF(_msecs(review.review_on), total))
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    return _view(
        chart,
        _tr("Review score trends"),
        _tr("Each circle's dynamic-risk review total over time; lower is better."),
        parent,
    )
