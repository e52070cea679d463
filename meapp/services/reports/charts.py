"""Charts for the PDF reports, drawn with reportlab.graphics shapes (no display, no Qt).

Each function returns a `Drawing` that platypus places like any flowable. Shapes are drawn
by hand rather than with reportlab's chart classes: the layouts stay predictable with long
Kyrgyz labels, every text stays at 9 pt or more, and a status is shown by symbol and word
beside its colour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from meapp.models.numbers import format_number, format_percent
from meapp.services.reports import fonts
from meapp.services.reports.layout import (
    ACCENT,
    ACCENT_LIGHT,
    GREY,
    MEASURE_COLOURS,
    MIN_FONT,
    MUTED,
    RULE,
    STATUS_COLOURS,
    TEXT,
    col,
)
from meapp.services.reports.texts import (
    LEGEND_ACTUAL,
    LEGEND_BASELINE,
    LEGEND_TARGET,
    MEASURE_SYMBOLS,
    NO_DATA_CHART,
    PLANNED,
    SPENT,
    STATUS_SYMBOLS,
    Texts,
)

FONT_SIZE = MIN_FONT
TRACK = "#E6E6E6"


@dataclass(frozen=True)
class ProgressRow:
    label: str
    progress: float | None  # fraction; None = no data
    status: str


@dataclass(frozen=True)
class BudgetRow:
    label: str
    planned: float
    spent: float


@dataclass(frozen=True)
class TrendPoint:
    label: str
    target: float | None
    actual: float | None
    derived: bool = False


# -- text helpers ----------------------------------------------------------------------------


def _width(text: str, size: float = FONT_SIZE, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, fonts.font_for(text, bold=bold), size)


def _string(
    x: float,
    y: float,
    text: str,
    *,
    size: float = FONT_SIZE,
    bold: bool = False,
    colour: str = TEXT,
    anchor: str = "start",
) -> Any:
    from reportlab.graphics.shapes import String

    text = fonts.displayable(text)
    return String(
        x,
        y,
        text,
        fontName=fonts.font_for(text, bold=bold),
        fontSize=size,
        fillColor=_colour(colour),
        textAnchor=anchor,
    )


def _colour(hex_or_none: str | None) -> Any:
    return None if hex_or_none is None else col(hex_or_none)


def wrap(
    text: str, width: float, *, size: float = FONT_SIZE, bold: bool = False, max_lines: int = 2
) -> list[str]:
    """Greedy word wrap to `width` points; the last line ends with … when text is cut."""
    words = str(text).split()
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if _width(candidate, size, bold) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1] + " …"
    out = []
    for line in lines:
        while _width(line, size, bold) > width and len(line) > 2:
            line = line[:-2] + "…"
        out.append(line)
    return out or [""]


def _drawing(width: float, height: float) -> Any:
    from reportlab.graphics.shapes import Drawing

    d = Drawing(width, height)
    # the renderer's initial font would be Helvetica (not embedded, no Cyrillic)
    d.initialFontName = fonts.register_fonts().regular
    d.initialFontSize = FONT_SIZE
    return d


def _empty(width: float, t: Texts) -> Any:
    d = _drawing(width, 24)
    d.add(_string(0, 8, t(NO_DATA_CHART), colour=MUTED))
    return d


def _legend_lines(item_w: Sequence[float], width: float) -> list[list[int]]:
    """A legend laid out as many items a line as fit in `width`: the items' indexes by line."""
    lines: list[list[int]] = [[]]
    used = 0.0
    for i, w in enumerate(item_w):
        if lines[-1] and used + w > width:
            lines.append([])
            used = 0.0
        lines[-1].append(i)
        used += w
    return lines


# -- progress by priority direction ---------------------------------------------------------


@dataclass(frozen=True)
class _BarLayout:
    """Where the bars of a per-direction chart go: the labels wrapped on the left, the bars,
    then the value, the status symbol and its word on the right."""

    bar_x: float
    bar_w: float
    line_h: float
    laid: list[tuple[Any, list[str]]]  # each row with its label's lines


def _bar_layout(rows: Sequence[Any], t: Texts, width: float, label_share: float) -> _BarLayout:
    label_w = width * label_share
    words = max(_width(t.status(code)) for code in STATUS_SYMBOLS)
    value_w = _width("100 %", bold=True) + 6 + 11 + words + 14
    bar_x = label_w + 6
    return _BarLayout(
        bar_x,
        max(60.0, width - bar_x - value_w),
        FONT_SIZE * 1.25,
        [(r, wrap(r.label, label_w)) for r in rows],
    )


def _bar(d: Any, x: float, y: float, w: float, h: float, share: float | None, colour: str) -> None:
    """A grey track with the share filled in `colour` (nothing filled for none or below 0)."""
    from reportlab.graphics.shapes import Rect

    d.add(Rect(x, y, w, h, fillColor=_colour(TRACK), strokeColor=None))
    if share is not None and share > 0:
        d.add(Rect(x, y, w * min(share, 1.0), h, fillColor=_colour(colour), strokeColor=None))


def _status_after(
    d: Any, x: float, y: float, status: str, colour: str, t: Texts, width: float
) -> None:
    """The status symbol in its colour, then its word (cut to the room left)."""
    d.add(_string(x, y, STATUS_SYMBOLS.get(status, "–"), colour=colour))
    d.add(_string(x + 11, y, _clip(t.status(status), width - x - 11), colour=MUTED))


def progress_bars(
    rows: Sequence[ProgressRow],
    t: Texts,
    width: float,
    thresholds: tuple[float, float] = (0.6, 0.9),
) -> Any:
    """One horizontal bar per direction: label, bar coloured by status, value, symbol + word."""
    from reportlab.graphics.shapes import Line

    if not rows:
        return _empty(width, t)
    lay = _bar_layout(rows, t, width, 0.38)
    bar_x, bar_w, line_h = lay.bar_x, lay.bar_w, lay.line_h
    heights = [max(len(lines) * line_h, 16) + 8 for _r, lines in lay.laid]
    height = sum(heights) + 4
    d = _drawing(width, height)
    y = height
    for (row, lines), h in zip(lay.laid, heights, strict=True):
        top = y - 4
        for i, line in enumerate(lines):
            d.add(_string(0, top - (i + 1) * line_h + 2, line))
        bar_h = 11.0
        bar_y = top - (h - 8) / 2 - bar_h / 2 - 2
        colour = STATUS_COLOURS.get(row.status, GREY)
        _bar(d, bar_x, bar_y, bar_w, bar_h, row.progress, colour)
        value = format_percent(row.progress) if row.progress is not None else "–"
        vx = bar_x + bar_w + 6
        d.add(_string(vx, bar_y + 2, value, bold=True))
        _status_after(
            d, vx + _width("100 %", bold=True) + 6, bar_y + 2, row.status, colour, t, width
        )
        y -= h
    for thr in thresholds:
        x = bar_x + bar_w * thr
        d.add(
            Line(
                x,
                2,
                x,
                height - 2,
                strokeColor=_colour(RULE),
                strokeWidth=0.6,
                strokeDashArray=[2, 2],
            )
        )
    return d


def _clip(text: str, width: float) -> str:
    if _width(text) <= width:
        return text
    while text and _width(text + "…") > width:
        text = text[:-1]
    return text + "…"


# -- counts by status (indicators or measures) -----------------------------------------------


def status_strip(counts: dict[str, int], t: Texts, width: float, *, measures: bool = False) -> Any:
    """A stacked bar of counts by status, with a legend of symbol, word and number."""
    from reportlab.graphics.shapes import Rect

    order = (
        ("done", "in_progress", "not_started", "delayed", "cancelled")
        if measures
        else ("on_track", "at_risk", "off_track", "no_data")
    )
    colours = MEASURE_COLOURS if measures else STATUS_COLOURS
    symbols = MEASURE_SYMBOLS if measures else STATUS_SYMBOLS
    total = sum(int(counts.get(k, 0) or 0) for k in order)
    if total == 0:
        return _empty(width, t)
    legend_items = []
    for code in order:
        n = int(counts.get(code, 0) or 0)
        word = t.measure_status(code) if measures else t.status(code)
        legend_items.append((code, f"{word}: {n}", n))
    # legend layout: as many per line as fit
    item_w = [14 + _width(text) + 14 for _c, text, _n in legend_items]
    lines = _legend_lines(item_w, width)
    bar_h = 16.0
    legend_h = len(lines) * (FONT_SIZE * 1.5)
    height = bar_h + 8 + legend_h + 2
    d = _drawing(width, height)
    x = 0.0
    bar_y = height - bar_h
    for code, _text, n in legend_items:
        if not n:
            continue
        w = width * n / total
        d.add(
            Rect(
                x,
                bar_y,
                w,
                bar_h,
                fillColor=_colour(colours[code]),
                strokeColor=_colour("#FFFFFF"),
                strokeWidth=0.8,
            )
        )
        label = str(n)
        if _width(label, bold=True) + 4 < w:
            d.add(
                _string(x + w / 2, bar_y + 4.5, label, bold=True, colour="#FFFFFF", anchor="middle")
            )
        x += w
    y = bar_y - 8 - FONT_SIZE
    for line in lines:
        lx = 0.0
        for i in line:
            code, text, _n = legend_items[i]
            d.add(_string(lx, y, symbols[code], colour=colours[code], bold=True))
            d.add(_string(lx + 12, y, text))
            lx += item_w[i]
        y -= FONT_SIZE * 1.5
    return d


# -- budget planned vs spent -----------------------------------------------------------------


def budget_bars(rows: Sequence[BudgetRow], t: Texts, width: float) -> Any:
    """Planned (light) and spent (dark) bars per funding source, amounts at the bar ends."""
    from reportlab.graphics.shapes import Rect

    rows = [r for r in rows if (r.planned or 0) > 0 or (r.spent or 0) > 0]
    if not rows:
        return _empty(width, t)
    biggest = max(max(r.planned or 0, r.spent or 0) for r in rows) or 1.0
    label_w = width * 0.30
    value_w = 150.0
    bar_x = label_w + 6
    bar_w = max(60.0, width - bar_x - value_w)
    row_h = 32.0
    legend_h = 18.0
    height = legend_h + row_h * len(rows) + 2
    d = _drawing(width, height)
    # legend
    ly = height - FONT_SIZE - 2
    d.add(Rect(bar_x, ly - 1, 10, 9, fillColor=_colour(ACCENT_LIGHT), strokeColor=None))
    planned_word = t(PLANNED)
    d.add(_string(bar_x + 14, ly, planned_word))
    sx = bar_x + 14 + _width(planned_word) + 16
    d.add(Rect(sx, ly - 1, 10, 9, fillColor=_colour(ACCENT), strokeColor=None))
    d.add(_string(sx + 14, ly, t(SPENT)))
    y = height - legend_h
    for r in rows:
        lines = wrap(r.label, label_w, max_lines=2)
        for i, line in enumerate(lines):
            d.add(_string(0, y - 11 - i * FONT_SIZE * 1.2, line))
        for j, (amount, colour) in enumerate(((r.planned, ACCENT_LIGHT), (r.spent, ACCENT))):
            by = y - 13 - j * 12
            w = bar_w * (amount or 0) / biggest
            d.add(Rect(bar_x, by, max(w, 0.8), 10, fillColor=_colour(colour), strokeColor=None))
            value, unit = t.money(amount)
            d.add(_string(bar_x + w + 4, by + 1.5, f"{value} {unit}"))
        y -= row_h
    return d


# -- indicator trend ----------------------------------------------------------------------------


def _nice_ticks(lo: float, hi: float, count: int = 4) -> list[float]:
    if hi <= lo:
        hi = lo + 1.0
    raw = (hi - lo) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    v = start
    while v <= hi + step * 0.5:
        ticks.append(round(v, 10))
        v += step
    return ticks


def trend_chart(
    title: str,
    baseline: tuple[str, float] | None,
    points: Sequence[TrendPoint],
    t: Texts,
    width: float,
    height: float = 150.0,
) -> Any:
    """Baseline → targets → actuals of one indicator over the programme's periods."""
    from reportlab.graphics.shapes import Line

    labels = ([baseline[0]] if baseline else []) + [p.label for p in points]
    values = [v for p in points for v in (p.target, p.actual) if v is not None]
    if baseline:
        values.append(baseline[1])
    d = _drawing(width, height)
    ty = height - FONT_SIZE - 1
    for line in wrap(title, width, bold=True, max_lines=2):
        d.add(_string(0, ty, line, bold=True))
        ty -= FONT_SIZE * 1.25
    if not values or not labels:
        d.add(_string(0, ty - 12, t(NO_DATA_CHART), colour=MUTED))
        return d
    ticks = _value_ticks(values)
    plot = _trend_plot(ticks, width, ty)
    n = len(labels)
    step = plot.w / max(n - 1, 1) if n > 1 else 0
    xs = [plot.x + (i * step if n > 1 else plot.w / 2) for i in range(n)]
    _draw_value_axis(d, plot, ticks)
    _draw_period_labels(d, plot, xs, labels, width)
    _draw_trend_lines(d, plot, xs, points, baseline)
    _draw_trend_legend(d, plot.x, ty - FONT_SIZE - 2, t, baseline is not None)
    d.add(Line(plot.x, plot.y, plot.x + plot.w, plot.y, strokeColor=_colour(RULE), strokeWidth=0.8))
    return d


@dataclass(frozen=True)
class _TrendPlot:
    """The plot area of a trend chart on its drawing, and the values its bottom and top
    stand for."""

    x: float
    y: float
    w: float
    h: float
    y_lo: float
    y_hi: float

    def sy(self, v: float) -> float:
        """The drawing's y of value `v`."""
        return self.y + (v - self.y_lo) / ((self.y_hi - self.y_lo) or 1.0) * self.h


def _value_ticks(values: list[float]) -> list[float]:
    """Round ticks spanning the values with a little room above and below. The axis starts
    at zero when the smallest value is under half the largest (a change then looks as big
    as it is), and at the smallest value otherwise (so a small change stays visible)."""
    lo, hi = min(values), max(values)
    if lo > 0 and lo < hi * 0.5:
        lo = 0.0
    pad = (hi - lo) * 0.08 or abs(hi) * 0.1 or 1.0
    return _nice_ticks(lo - pad if lo != 0 else 0.0, hi + pad)


def _trend_plot(ticks: list[float], width: float, top: float) -> _TrendPlot:
    """The plot area below `top` (the title), leaving the widest tick label's width on the
    left, two lines for the period labels below and a line for the legend above; never
    less than 30 points high, however long the title."""
    axis_w = max(_width(format_number(v)) for v in ticks) + 6
    legend_h = FONT_SIZE * 1.6
    plot_y = FONT_SIZE * 2.6
    plot_h = top - plot_y - legend_h
    if plot_h < 30:
        plot_h = 30
    return _TrendPlot(axis_w, plot_y, width - axis_w - 6, plot_h, ticks[0], ticks[-1])


def _draw_value_axis(d: Any, plot: _TrendPlot, ticks: list[float]) -> None:
    """A light grid line and a label per tick."""
    from reportlab.graphics.shapes import Line

    for v in ticks:
        yy = plot.sy(v)
        d.add(
            Line(plot.x, yy, plot.x + plot.w, yy, strokeColor=_colour("#E3E3E3"), strokeWidth=0.5)
        )
        d.add(_string(plot.x - 4, yy - 3, format_number(v), colour=MUTED, anchor="end"))


def _draw_period_labels(
    d: Any, plot: _TrendPlot, xs: list[float], labels: list[str], width: float
) -> None:
    """As many period labels as fit without touching, always the first: a programme of
    many quarters would otherwise print them over each other."""
    right_edge = -1e9
    for x, lb in zip(xs, labels, strict=True):
        half_w = _width(lb) / 2
        if x - half_w < right_edge + 6 or x + half_w > width + 2:
            continue
        d.add(_string(x, plot.y - FONT_SIZE - 3, lb, colour=MUTED, anchor="middle"))
        right_edge = x + half_w


def _draw_trend_lines(
    d: Any,
    plot: _TrendPlot,
    xs: list[float],
    points: Sequence[TrendPoint],
    baseline: tuple[str, float] | None,
) -> None:
    """Targets dashed and actuals solid with a dot per value, both starting from the
    baseline (a square) when there is one; a period without a value is skipped, not drawn
    as zero."""
    from reportlab.graphics.shapes import Circle, PolyLine, Rect

    offset = 1 if baseline else 0
    tpts = [
        (xs[i + offset], plot.sy(p.target)) for i, p in enumerate(points) if p.target is not None
    ]
    if baseline and tpts:
        tpts.insert(0, (xs[0], plot.sy(baseline[1])))
    if len(tpts) > 1:
        d.add(
            PolyLine(
                [c for pt in tpts for c in pt],
                strokeColor=_colour(GREY),
                strokeWidth=1.4,
                strokeDashArray=[4, 3],
            )
        )
    apts = [
        (xs[i + offset], plot.sy(p.actual)) for i, p in enumerate(points) if p.actual is not None
    ]
    if baseline and apts:
        apts.insert(0, (xs[0], plot.sy(baseline[1])))
    if len(apts) > 1:
        d.add(
            PolyLine([c for pt in apts for c in pt], strokeColor=_colour(ACCENT), strokeWidth=1.8)
        )
    for x, yv in apts[1:] if baseline else apts:
        d.add(Circle(x, yv, 2.6, fillColor=_colour(ACCENT), strokeColor=None))
    if baseline:
        bx, by = xs[0], plot.sy(baseline[1])
        d.add(Rect(bx - 3, by - 3, 6, 6, fillColor=_colour(TEXT), strokeColor=None))


def _draw_trend_legend(d: Any, lx: float, ly: float, t: Texts, baseline: bool) -> None:
    """Actual, target and (when drawn) baseline, each beside the mark it has in the plot,
    so the chart reads without colour."""
    from reportlab.graphics.shapes import Line, Rect

    d.add(Line(lx, ly + 3, lx + 16, ly + 3, strokeColor=_colour(ACCENT), strokeWidth=1.8))
    d.add(_string(lx + 20, ly, t(LEGEND_ACTUAL)))
    lx += 20 + _width(t(LEGEND_ACTUAL)) + 14
    d.add(
        Line(
            lx,
            ly + 3,
            lx + 16,
            ly + 3,
            strokeColor=_colour(GREY),
            strokeWidth=1.4,
            strokeDashArray=[4, 3],
        )
    )
    d.add(_string(lx + 20, ly, t(LEGEND_TARGET)))
    lx += 20 + _width(t(LEGEND_TARGET)) + 14
    if baseline:
        d.add(Rect(lx + 5, ly, 6, 6, fillColor=_colour(TEXT), strokeColor=None))
        d.add(_string(lx + 16, ly, t(LEGEND_BASELINE)))


# -- a year beside the year before -------------------------------------------------------------


@dataclass(frozen=True)
class CompareRow:
    label: str
    previous: float | None
    current: float | None
    status: str  # of the current value


def comparison_bars(
    rows: Sequence[CompareRow], t: Texts, width: float, previous_label: str, current_label: str
) -> Any:
    """Per direction: last year's progress (grey) above this year's (status colour)."""
    from reportlab.graphics.shapes import Rect

    if not rows:
        return _empty(width, t)
    lay = _bar_layout(rows, t, width, 0.36)
    bar_x, bar_w, line_h, laid = lay.bar_x, lay.bar_w, lay.line_h, lay.laid
    heights = [max(len(lines) * line_h, 24) + 10 for _r, lines in laid]
    legend_h = 18.0
    height = legend_h + sum(heights) + 2
    d = _drawing(width, height)
    ly = height - FONT_SIZE - 2
    d.add(Rect(bar_x, ly - 1, 10, 9, fillColor=_colour("#BBBBBB"), strokeColor=None))
    d.add(_string(bar_x + 14, ly, previous_label))
    sx = bar_x + 14 + _width(previous_label) + 16
    d.add(Rect(sx, ly - 1, 10, 9, fillColor=_colour(ACCENT), strokeColor=None))
    d.add(_string(sx + 14, ly, current_label))
    y = height - legend_h
    for (row, lines), h in zip(laid, heights, strict=True):
        for i, line in enumerate(lines):
            d.add(_string(0, y - (i + 1) * line_h, line))
        for j, (value, colour) in enumerate(
            ((row.previous, "#BBBBBB"), (row.current, STATUS_COLOURS.get(row.status, GREY)))
        ):
            by = y - 11 - j * 12
            _bar(d, bar_x, by, bar_w, 9, value, colour)
            text = format_percent(value) if value is not None else "–"
            vx = bar_x + bar_w + 6
            d.add(_string(vx, by + 1, text, bold=j == 1))
            if j == 1:
                _status_after(
                    d, vx + _width("100 %", bold=True) + 6, by + 1, row.status, colour, t, width
                )
        y -= h
    return d


# -- shares of a whole (where the money came from) ---------------------------------------------

SHARE_COLOURS = (
    "#0072B2",
    "#009E73",
    "#E69F00",
    "#56B4E9",
    "#CC79A7",
    "#D55E00",
    "#F0E442",
    "#999999",
    "#000000",
)


def share_strip(items: Sequence[tuple[str, float]], t: Texts, width: float) -> Any:
    """One bar split by share, with a legend of label and amount (largest first)."""
    from reportlab.graphics.shapes import Rect

    items = sorted(((lb, v) for lb, v in items if v and v > 0), key=lambda x: -x[1])
    total = sum(v for _lb, v in items)
    if not items or total <= 0:
        return _empty(width, t)
    entries = [f"{lb}: {t.money_text(v)}" for lb, v in items]
    item_w = [14 + _width(e) + 16 for e in entries]
    lines = _legend_lines(item_w, width)
    bar_h = 16.0
    height = bar_h + 8 + len(lines) * FONT_SIZE * 1.6
    d = _drawing(width, height)
    x = 0.0
    bar_y = height - bar_h
    for i, (_lb, v) in enumerate(items):
        w = width * v / total
        d.add(
            Rect(
                x,
                bar_y,
                w,
                bar_h,
                fillColor=_colour(SHARE_COLOURS[i % len(SHARE_COLOURS)]),
                strokeColor=_colour("#FFFFFF"),
                strokeWidth=0.8,
            )
        )
        share = format_percent(v / total)
        if _width(share, bold=True) + 6 < w:
            d.add(
                _string(x + w / 2, bar_y + 4.5, share, bold=True, colour="#FFFFFF", anchor="middle")
            )
        x += w
    y = bar_y - 8 - FONT_SIZE
    for line in lines:
        lx = 0.0
        for i in line:
            d.add(
                Rect(
                    lx,
                    y - 1,
                    9,
                    9,
                    fillColor=_colour(SHARE_COLOURS[i % len(SHARE_COLOURS)]),
                    strokeColor=None,
                )
            )
            d.add(_string(lx + 13, y, entries[i]))
            lx += item_w[i]
        y -= FONT_SIZE * 1.6
    return d
