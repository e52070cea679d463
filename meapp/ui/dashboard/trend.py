"""One indicator's trend: baseline, targets (dashed; derived ones hollow, "≈"), actuals
(solid with markers), with hover tips, beside a table of the same figures.

pyqtgraph is imported here, when the first indicator is opened, never at start: the
overview needs no chart library.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models.numbers import format_number, format_percent
from meapp.models.periods import Period, PeriodError
from meapp.services.monitoring.status import IndicatorSeries
from meapp.ui import labels, style
from meapp.ui.dashboard.common import save_png, status_colour, status_text, translate

TARGET_COLOUR = "#CC79A7"  # Okabe–Ito reddish purple: apart from the status colours
ACTUAL_COLOUR = style.ACCENT
BASELINE_COLOUR = "#7A7A7A"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


SHORT_PERIODS = {
    "H1": QT_TRANSLATE_NOOP("TrendChart", "{year} H1"),
    "H2": QT_TRANSLATE_NOOP("TrendChart", "{year} H2"),
    "Q1": QT_TRANSLATE_NOOP("TrendChart", "{year} Q1"),
    "Q2": QT_TRANSLATE_NOOP("TrendChart", "{year} Q2"),
    "Q3": QT_TRANSLATE_NOOP("TrendChart", "{year} Q3"),
    "Q4": QT_TRANSLATE_NOOP("TrendChart", "{year} Q4"),
}


def short_period(code: str) -> str:
    """`2024-H1` → "2024 H1" on an axis (the full name is in the tooltip)."""
    try:
        p = Period.parse(code)
    except PeriodError:
        return code
    if p.is_year:
        return str(p.year)
    key = f"{p.kind}{p.index}"
    return QCoreApplication.translate("TrendChart", SHORT_PERIODS[key]).format(year=p.year)


def axis_period(code: str) -> str:
    """The short name on two lines, the year below ("H1" over "2024"): on a 1366 px screen
    nine one-line Russian names ("I пол. 2024") run into each other under the chart."""
    text = short_period(code)
    try:
        year = str(Period.parse(code).year)
    except PeriodError:
        return text
    rest = " ".join(text.replace(year, " ").split())
    return f"{rest}\n{year}" if rest and rest != text else text


def _pg() -> Any:
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background=style.BASE, foreground=style.TEXT)
    return pg


def _number_axis(pg: Any) -> Any:
    """A left axis that writes its numbers the Kyrgyz way (`35 000`, `2,5`)."""

    class NumberAxis(pg.AxisItem):
        def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
            decimals = 0 if spacing * scale >= 1 else min(3, len(f"{spacing * scale:g}") - 2)
            return [format_number(v * scale, max(0, decimals)) for v in values]

    return NumberAxis(orientation="left")


class TrendChart(QWidget):
    """The pyqtgraph plot of one series; `items` names the plotted items (for tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg = _pg()
        self._pg = pg
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(axisItems={"left": _number_axis(pg)})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMinimumHeight(220)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        self.items: dict[str, Any] = {}
        self.series: IndicatorSeries | None = None

    def show_series(self, s: IndicatorSeries) -> None:
        pg = self._pg
        self.series = s
        plot = self.plot
        plot.clear()
        self.items = {}
        unit = f" {s.unit}" if s.unit else ""
        ticks: list[tuple[float, str]] = []
        has_base = s.baseline is not None
        x0 = 0 if has_base else 1
        if has_base:
            ticks.append((0, str(s.baseline_year or "")))
        for i, pt in enumerate(s.points, start=1):
            ticks.append((i, axis_period(pt.period)))
        last = len(s.points)
        if has_base:
            base = pg.PlotDataItem(
                [0, last],
                [s.baseline, s.baseline],
                pen=pg.mkPen(BASELINE_COLOUR, width=1.5, style=Qt.PenStyle.DotLine),
                symbol=None,
            )
            plot.addItem(base)
            marker = pg.ScatterPlotItem(
                [0],
                [s.baseline],
                symbol="s",
                size=10,
                brush=pg.mkBrush(BASELINE_COLOUR),
                pen=pg.mkPen(BASELINE_COLOUR),
                hoverable=True,
                tip=lambda x, y, data: data,
                data=[
                    translate("Dashboard", "Baseline {year}: {value}").format(
                        year=s.baseline_year or "", value=format_number(s.baseline) + unit
                    )
                ],
            )
            plot.addItem(marker)
            self.items["baseline"] = base
        # targets: dashed line, filled where set, hollow where derived (≈)
        tx = [i for i, pt in enumerate(s.points, start=1) if pt.target is not None]
        ty = [pt.target for pt in s.points if pt.target is not None]
        line_x = ([0] if has_base and tx else []) + tx
        line_y = ([s.baseline] if has_base and tx else []) + ty
        target_line = pg.PlotDataItem(
            line_x, line_y, pen=pg.mkPen(TARGET_COLOUR, width=2, style=Qt.PenStyle.DashLine)
        )
        plot.addItem(target_line)
        self.items["target_line"] = target_line
        tips = [self._tip(pt, unit) for pt in s.points]
        derived = [pt.target_interpolated for pt in s.points if pt.target is not None]
        targets = pg.ScatterPlotItem(
            tx,
            ty,
            symbol="d",
            size=11,
            pen=pg.mkPen(TARGET_COLOUR, width=2),
            brush=[pg.mkBrush(style.BASE if d else TARGET_COLOUR) for d in derived],
            hoverable=True,
            tip=lambda x, y, data: data,
            data=[tips[i - 1] for i in tx],
        )
        plot.addItem(targets)
        self.items["targets"] = targets
        self.legend.setText(self._legend_html(has_base, any(derived)))
        # actuals: solid line with filled markers
        ax = [i for i, pt in enumerate(s.points, start=1) if pt.actual is not None]
        ay = [pt.actual for pt in s.points if pt.actual is not None]
        actual_line = pg.PlotDataItem(
            ([0] if has_base and ax else []) + ax,
            ([s.baseline] if has_base and ax else []) + ay,
            pen=pg.mkPen(ACTUAL_COLOUR, width=2.5),
        )
        plot.addItem(actual_line)
        actuals = pg.ScatterPlotItem(
            ax,
            ay,
            symbol="o",
            size=10,
            pen=pg.mkPen(ACTUAL_COLOUR),
            brush=pg.mkBrush(ACTUAL_COLOUR),
            hoverable=True,
            tip=lambda x, y, data: data,
            data=[tips[i - 1] for i in ax],
        )
        plot.addItem(actuals)
        self.items["actual_line"] = actual_line
        self.items["actuals"] = actuals
        axis = plot.getAxis("bottom")
        axis.setTicks([ticks])
        lines = max((label.count("\n") + 1 for _x, label in ticks), default=1)
        axis.setHeight(lines * QFontMetrics(self.plot.font()).lineSpacing() + 16)
        plot.getAxis("left").setLabel(s.unit or "")
        plot.setXRange(x0 - 0.5, last + 0.6, padding=0)
        values = [v for v in [s.baseline, *ty, *ay] if v is not None]
        if values:
            low, high = min(values), max(values)
            pad = (high - low) * 0.12 or max(abs(high) * 0.1, 1.0)
            plot.setYRange(low - pad, high + pad, padding=0)

    @staticmethod
    def _legend_html(baseline: bool, derived: bool) -> str:
        """The key above the chart (outside the plot, so it never hides a point)."""

        def key(colour: str, symbol: str, word: str) -> str:
            return f'<span style="color:{colour}"><b>{symbol}</b></span>&nbsp;{word}'

        parts = [
            key(ACTUAL_COLOUR, "━●", translate("Dashboard", "actual")),
            key(TARGET_COLOUR, "╌◆", translate("Dashboard", "target")),
        ]
        if derived:
            parts.append(key(TARGET_COLOUR, "◇", translate("Dashboard", "≈ derived target")))
        if baseline:
            parts.append(key(BASELINE_COLOUR, "┈■", translate("Dashboard", "baseline")))
        return "&nbsp;&nbsp;&nbsp;&nbsp;".join(parts)

    @staticmethod
    def _tip(pt, unit: str) -> str:
        target = format_number(pt.target)
        if pt.target_interpolated and pt.target is not None:
            target = "≈ " + target
        lines = [
            labels.period(pt.period),
            translate("Dashboard", "Target: {value}").format(
                value=target + (unit if pt.target is not None else "")
            ),
            translate("Dashboard", "Actual: {value}").format(
                value=format_number(pt.actual) + (unit if pt.actual is not None else "")
            ),
            translate("Dashboard", "Progress: {value} ({status})").format(
                value=format_percent(pt.progress, 1), status=labels.indicator_status(pt.status)
            ),
        ]
        return "\n".join(lines)


class IndicatorView(QWidget):
    """The trend of one indicator, its figures per period and where to go from here."""

    open_monitoring = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: IndicatorSeries | None = None
        self.chart: TrendChart | None = None  # created when the first series is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.monitoring_button = QPushButton()
        self.monitoring_button.clicked.connect(self._open_monitoring)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_png)
        head.addWidget(self.title, 1)
        head.addWidget(self.export_button)
        head.addWidget(self.monitoring_button)
        layout.addLayout(head)
        self.note = QLabel()
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        body = QHBoxLayout()
        body.setSpacing(10)
        self.chart_box = QVBoxLayout()
        body.addLayout(self.chart_box, 4)
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        th = self.table.horizontalHeader()
        th.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            th.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        body.addWidget(self.table, 3)
        layout.addLayout(body, 1)
        self.retranslate_ui()

    def show_series(self, s: IndicatorSeries, current_period: str | None = None) -> None:
        self.series = s
        if self.chart is None:
            self.chart = TrendChart()
            self.chart_box.addWidget(self.chart)
        self.chart.show_series(s)
        self.table.setRowCount(len(s.points))
        current_row = -1
        for row, pt in enumerate(s.points):
            target = format_number(pt.target)
            if pt.target_interpolated and pt.target is not None:
                target = "≈ " + target
            status = QTableWidgetItem(status_text(pt.status))
            status.setForeground(QBrush(QColor(status_colour(pt.status))))
            # the short form ("2024 II ж.") fits the narrow column; the full name is the tip
            period = QTableWidgetItem(short_period(pt.period))
            period.setToolTip(labels.period(pt.period))
            cells = [
                period,
                QTableWidgetItem(target),
                QTableWidgetItem(format_number(pt.actual)),
                QTableWidgetItem(format_percent(pt.progress, 0)),
                status,
            ]
            for col in (1, 2, 3):
                cells[col].setTextAlignment(RIGHT)
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
            if pt.period == current_period:
                current_row = row
        if current_row >= 0:
            self.table.selectRow(current_row)
        self.retranslate_ui()

    def export_png(self) -> None:
        if self.chart is None or self.series is None:
            return
        save_png(self.chart, self, f"indicator-{self.series.code or 'trend'}")

    def _open_monitoring(self) -> None:
        if self.series is not None:
            self.open_monitoring.emit(self.series.indicator_id)

    def retranslate_ui(self) -> None:
        self.monitoring_button.setText(translate("Dashboard", "Open in Monitoring"))
        self.export_button.setText(translate("Dashboard", "Save chart as PNG…"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Dashboard", "Period"),
                translate("Dashboard", "Target"),
                translate("Dashboard", "Actual"),
                translate("Dashboard", "Progress"),
                translate("Dashboard", "Status"),
            ]
        )
        s = self.series
        if s is None:
            return
        name = f"{s.code} {s.name}" if s.code else s.name
        self.title.setText(f"{name}, {s.unit}" if s.unit else name)
        if s.kind == "cumulative":
            kind = translate("Dashboard", "cumulative: amounts add up since the baseline year")
        elif s.kind == "annual_sum":
            # the points are the year so far: they climb through a year and start again
            kind = translate(
                "Dashboard", "sum within the year: amounts add up from January, each year anew"
            )
        else:
            kind = translate("Dashboard", "level: the value at the end of each period")
        self.note.setText(
            translate(
                "Dashboard", "Baseline {year}: {baseline}; final target {final}; {kind}."
            ).format(
                year=s.baseline_year or "–",
                baseline=format_number(s.baseline),
                final=format_number(s.final_target),
                kind=kind,
            )
        )
