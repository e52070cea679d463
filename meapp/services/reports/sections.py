"""Building blocks of the half-year and annual reports: cover, figures, tables, signatures.

Each function returns platypus flowables for one part of a report, from `ReportData` and a
`Texts` bound to the report's language. Column widths are computed from the longest word
of each header and the widest figure, so the Kyrgyz, Russian and English tables all fit the
page without cut words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from meapp.models.numbers import format_number, format_percent, format_ratio
from meapp.services.common import vocabulary as V
from meapp.services.monitoring import status as status_service
from meapp.services.reports import charts, fonts
from meapp.services.reports import texts as T
from meapp.services.reports.data import Acknowledged, Group, ReportData, Signatory, as_date
from meapp.services.reports.fingerprint import format_fingerprint
from meapp.services.reports.layout import (
    ACCENT,
    MEASURE_COLOURS,
    MUTED,
    RULE,
    STATUS_COLOURS,
    TABLE,
    col,
    para,
    status_markup,
    styles,
    table,
)
from meapp.services.reports.signature import BoxRegistry, signature_box_flowable
from meapp.services.reports.texts import QT_TRANSLATE_NOOP, Texts

PAD = 8.0  # left + right cell padding (6) and a little slack


# -- small helpers ---------------------------------------------------------------------------


def text_width(text: str, *, bold: bool = False, size: float = TABLE) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, fonts.font_for(text, bold=bold), size)


def longest_word(text: str, *, bold: bool = True) -> float:
    return max((text_width(w, bold=bold) for w in str(text).split()), default=0.0)


def fit_columns(total: float, cols: Sequence[tuple[float, float]]) -> list[float]:
    """Widths for columns given (minimum, flex weight): minimums first, the rest by weight."""
    mins = [m + PAD for m, _f in cols]
    spare = total - sum(mins)
    flex = sum(f for _m, f in cols) or 1.0
    if spare < 0:
        # too wide: shrink the flexible columns' minimums proportionally (never below 40 pt)
        scale = total / sum(mins)
        return [max(40.0, w * scale) for w in mins]
    return [w + spare * f / flex for w, (_m, f) in zip(mins, cols, strict=True)]


def value_text(t: Texts, value: float | None, value_type: str | None) -> str:
    if value is None:
        return "–"
    if value_type == "ratio":
        return format_ratio(value)
    if value_type == "milestone":
        return t.yes_no(value >= 0.5)
    return format_number(value)


def target_text(t: Texts, value: float | None, value_type: str | None, derived: bool) -> str:
    text = value_text(t, value, value_type)
    return f"≈{chr(0xA0)}{text}" if derived and value is not None else text


def cell_number(text: str) -> Any:
    """A right-aligned figure: a plain string when the main font draws it, else a Paragraph."""
    if all(fonts.font_for(ch) == fonts.REGULAR for ch in text):
        return text
    return para(text, styles().cell_right)


def head(text: str, *, right: bool = False) -> Any:
    st = styles()
    return para(text, st.head_right if right else st.head, bold=True)


def status_cell(t: Texts, code: str | None) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(status_markup(t, code), styles().cell)


def measure_status_cell(t: Texts, code: str) -> Any:
    from reportlab.platypus import Paragraph

    colour = MEASURE_COLOURS.get(code, MUTED)
    symbol = T.MEASURE_SYMBOLS.get(code, "")
    return Paragraph(
        f"{fonts.symbol_markup(symbol, colour)} {fonts.markup(t.measure_status(code))}",
        styles().cell,
    )


def base_cmds() -> list[tuple]:
    """Every table names its font: reportlab's default cell font is Helvetica."""
    return [("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("FONTSIZE", (0, 0), (-1, -1), TABLE)]


def doc_number(number: str | None) -> str:
    """A document number without the "№" the texts already print before it."""
    if not number:
        return "–"
    return number.strip().lstrip("№N").lstrip(" .\u00a0").strip() or number.strip()


# Room a heading needs above a long table: the heading, the table's header and three rows.
TABLE_ROOM = 150


def section_title(
    number: int | None, text: str, *, room: float = 0, before_table: bool = False
) -> Any:
    """A numbered heading; with `room` (points) it starts a new page when less is left, so a
    heading and the first lines under it are never stranded at the foot of a page.

    `before_table`: the heading of a long table. Kept "with next" like the others it was
    kept with the whole table, which moved to a new page whenever it did not fit, leaving a
    page with a few rows of the table before it (issue 23); here it needs only TABLE_ROOM
    and the table splits under it."""
    style = styles().h1
    if before_table:
        from reportlab.lib.styles import ParagraphStyle

        style = ParagraphStyle("h1_table", parent=style, keepWithNext=0)
        room = max(room, TABLE_ROOM)
    heading = para(f"{number}. {text}" if number else text, style, bold=True)
    if not room:
        return heading
    from reportlab.platypus import CondPageBreak

    return [CondPageBreak(room), heading]


# -- the tree: which direction a plan item belongs to -------------------------------------------


class Directions:
    """Maps plan items (and the indicators and measures under them) to their direction."""

    def __init__(self, data: ReportData) -> None:
        self.parent: dict[str, str | None] = {}
        self.kind: dict[str, str] = {}
        self.title: dict[str, str] = {}
        self.order: list[str] = []
        for r in data.status.rollups:
            self.parent[r.plan_item_id] = r.parent_id
            self.kind[r.plan_item_id] = r.kind
            self.title[r.plan_item_id] = f"{r.code} {r.title}".strip() if r.code else r.title
            if r.kind == "direction":
                self.order.append(r.plan_item_id)
        for m in data.measures:
            self.parent[m.measure_id] = m.parent_id
            self.kind[m.measure_id] = "measure"

    def of(self, item_id: str | None) -> str | None:
        node = item_id
        top = None
        for _ in range(64):
            if node is None:
                break
            if self.kind.get(node) == "direction":
                return node
            top = node
            node = self.parent.get(node)
        return top if top in self.title else None

    def group(
        self, rows: Iterable[Any], key: Callable[[Any], str | None]
    ) -> list[tuple[str | None, list]]:
        buckets: dict[str | None, list] = {}
        for row in rows:
            buckets.setdefault(self.of(key(row)), []).append(row)
        ordered: list[tuple[str | None, list]] = [
            (d, buckets[d]) for d in self.order if d in buckets
        ]
        ordered += [(d, rs) for d, rs in buckets.items() if d not in self.order and d is not None]
        if None in buckets:
            ordered.append((None, buckets[None]))
        return ordered


# -- cover -----------------------------------------------------------------------------------


def cover(data: ReportData, t: Texts, title: str, period_line: str, today: date) -> list:
    from reportlab.platypus import HRFlowable, PageBreak, Spacer

    st = styles()
    prog = data.program
    kind = t.municipality_kind(prog.municipality_kind)
    place = ", ".join(x for x in (prog.rayon, prog.oblast) if x)
    out: list = [Spacer(1, 40)]
    out.append(para(prog.municipality, st.subtitle, bold=True))
    if kind or place:
        out.append(para(" · ".join(x for x in (kind, place) if x), st.cover_line))
    out += [
        Spacer(1, 24),
        HRFlowable(width="100%", thickness=2, color=ACCENT, spaceAfter=14),
        para(title, st.title, bold=True),
        para(t(T.ON_PROGRAMME), st.cover_line),
        para(f"«{prog.title}»", st.subtitle, bold=True),
        Spacer(1, 6),
        para(period_line, st.cover_line, bold=True),
        para(t(T.PROGRAMME_YEARS, start=prog.start_year, end=prog.end_year), st.cover_line),
    ]
    approval = approval_line(data, t)
    if approval:
        out.append(para(approval, st.cover_line))
    out.append(HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=12, spaceAfter=12))
    out.append(para(t(T.PREPARED_BY), st.cover_line))
    if group_line := group_order_line(data.group, t):
        out.append(para(group_line, st.cover_line))
    state = t.round_state(data.round.state)
    if data.approved and (data.approved_by_name or data.round.approved_at):
        state = (
            f"{state} ("
            f"{t(T.ROUND_APPROVED_BY, who=data.approved_by_name or '–', date=t.date(as_date(data.round.approved_at)))})"
        )
    out.append(para(t(T.ROUND_STATE, state=state), st.cover_line))
    out.append(para(t(T.REPORT_DATE, date=t.date(today)), st.cover_line))
    if not data.approved:
        out += [Spacer(1, 16), draft_box(t)]
    out.append(PageBreak())
    return out


def approval_line(data: ReportData, t: Texts) -> str:
    prog = data.program
    if prog.approval_number and prog.approval_body:
        return t(
            T.APPROVED_FULL,
            body=prog.approval_body,
            number=doc_number(prog.approval_number),
            date=t.date(prog.approval_date),
        )
    if prog.approval_number:
        return t(
            T.APPROVED_SHORT,
            number=doc_number(prog.approval_number),
            date=t.date(prog.approval_date),
        )
    if prog.approval_body:
        return t(T.APPROVED_BODY, body=prog.approval_body)
    return ""


def draft_box(t: Texts) -> Any:
    from reportlab.platypus import Table, TableStyle

    tbl = Table([[para(t(T.DRAFT_NOTE), styles().body, bold=True)]], colWidths=["100%"])
    tbl.setStyle(
        TableStyle(
            [
                *base_cmds(),
                ("BOX", (0, 0), (-1, -1), 1.2, col(STATUS_COLOURS["at_risk"])),
                ("BACKGROUND", (0, 0), (-1, -1), col("#FFF6E0")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return tbl


# -- summary figures ----------------------------------------------------------------------------


def figure_cards(cards: Sequence[tuple[str, str, Sequence[str]]], width: float) -> Any:
    """A row of cards: caption, big figure, small lines under it."""
    from reportlab.platypus import Table, TableStyle

    st = styles()
    cells = []
    for caption, figure, lines in cards:
        cell = [para(caption, st.cell_bold, bold=True), para(figure, st.figure, bold=True)]
        cell += [para(line, st.figure_label) for line in lines]
        cells.append(cell)
    n = len(cards)
    gap = 6.0
    card_w = (width - gap * (n - 1)) / n
    widths: list[float] = []
    row: list = []
    for i, cell in enumerate(cells):
        if i:
            widths.append(gap)
            row.append("")
        widths.append(card_w)
        row.append(cell)
    tbl = Table([row], colWidths=widths)
    cmds: list[tuple] = [*base_cmds(), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i in range(0, len(row), 2):
        cmds += [
            ("BOX", (i, 0), (i, 0), 0.8, col(RULE)),
            ("BACKGROUND", (i, 0), (i, 0), col("#FFFFFF")),
            ("TOPPADDING", (i, 0), (i, 0), 6),
            ("BOTTOMPADDING", (i, 0), (i, 0), 8),
        ]
    tbl.setStyle(TableStyle(cmds))
    return tbl


def change_line(t: Texts, ps: status_service.ProgramStatus) -> str:
    if ps.program_progress is None or ps.previous_progress is None or not ps.previous_period:
        return t(T.NO_PREVIOUS)
    delta = (ps.program_progress - ps.previous_progress) * 100
    arrow = "▲" if delta > 0.5 else ("▼" if delta < -0.5 else "▶")
    sign = "+" if delta > 0 else ("−" if delta < 0 else "±")
    change = f"{arrow} {sign}{format_number(abs(delta), 0)}"
    return t(T.CHANGE_AGAINST, change=change, period=t.period_short(ps.previous_period))


def summary_cards(data: ReportData, t: Texts, width: float) -> Any:
    ps = data.status
    counts = ps.status_counts or {}
    indicator_lines = [
        f"{T.STATUS_SYMBOLS[c]} {counts.get(c, 0)} {t.status(c)}"
        for c in ("on_track", "at_risk", "off_track", "no_data")
    ]
    m = ps.measures
    measure_lines = [
        f"{T.MEASURE_SYMBOLS[c]} {m.get(c, 0)} {t.measure_status(c)}"
        for c in ("done", "in_progress", "not_started", "delayed", "cancelled")
        if m.get(c, 0) or c in ("done", "in_progress", "not_started")
    ]
    total = ps.budget_total
    if total is not None and (total.planned or total.spent):
        planned_value, planned_unit = t.money(total.planned)
        spent_value, spent_unit = t.money(total.spent)
        budget_fig = format_percent(total.execution, 1)
        budget_lines = [
            f"{t(T.PLANNED)}: {planned_value}\u00a0{planned_unit}",
            f"{t(T.SPENT)}: {spent_value}\u00a0{spent_unit}",
        ]
    else:
        budget_fig = "–"
        budget_lines = [t(T.NO_BUDGET)]
    cards = [
        (
            t(T.OVERALL_PROGRESS),
            format_percent(ps.program_progress),
            [t.status(ps.program_status), change_line(t, ps)],
        ),
        (t(T.SEC_INDICATORS), str(len(ps.indicators)), indicator_lines),
        (t(T.SEC_MEASURES), str(sum(m.values())), measure_lines),
        (t(T.SEC_BUDGET), budget_fig, budget_lines),
    ]
    return figure_cards(cards, width)


def budget_table(data: ReportData, t: Texts, width: float) -> Any:
    ps = data.status
    if not ps.budget:
        return para(t(T.NO_BUDGET), styles().body)
    som = t(T.SOM)
    headers = [
        t(T.COL_SOURCE),
        t(T.IN_UNIT, what=t(T.PLANNED), unit=som),
        t(T.IN_UNIT, what=t(T.SPENT), unit=som),
        t(T.EXECUTION),
        t(T.IN_UNIT, what=t(T.DEVIATION), unit=som),
    ]
    rows = []
    lines = [*ps.budget, *([ps.budget_total] if ps.budget_total else [])]
    figures: list[str] = []
    for line in lines:
        label = t(T.TOTAL) if line.source == "total" else t.source(line.source)
        cells = [
            format_number(line.planned),
            format_number(line.spent),
            format_percent(line.execution, 1),
            format_number(line.deviation),
        ]
        figures += cells
        rows.append([para(label, styles().cell), *[cell_number(c) for c in cells]])
    fig_w = max(text_width(x) for x in figures)
    cols = [(90, 1.0)] + [(max(fig_w, longest_word(h)), 0.15) for h in headers[1:]]
    widths = fit_columns(width, cols)
    return table(
        [head(headers[0]), *[head(h, right=True) for h in headers[1:]]],
        rows,
        widths,
        right_cols=(1, 2, 3, 4),
        total_rows=(len(rows) - 1,) if ps.budget_total else (),
    )


# -- charts ---------------------------------------------------------------------------------------


def direction_rows(data: ReportData) -> list[charts.ProgressRow]:
    return [
        charts.ProgressRow(
            f"{r.code} {r.title}".strip() if r.code else r.title, r.progress, r.status
        )
        for r in data.status.rollups
        if r.kind == "direction"
    ]


def budget_rows(data: ReportData, t: Texts) -> list[charts.BudgetRow]:
    return [charts.BudgetRow(t.source(b.source), b.planned, b.spent) for b in data.status.budget]


def worst_indicators(data: ReportData, n: int = 4) -> list[status_service.IndicatorStatus]:
    rows = [
        r for r in data.status.indicators if r.progress is not None and r.value_type != "milestone"
    ]
    rows.sort(key=lambda r: (r.progress, r.code or "", r.name))
    return [r for r in rows if r.status in ("off_track", "at_risk")][:n] or rows[:n]


def trend_grid(
    db: Any,
    data: ReportData,
    t: Texts,
    width: float,
    indicators: Sequence[status_service.IndicatorStatus],
) -> Any:
    """Up to four trend charts, two per row."""
    from reportlab.platypus import Table, TableStyle

    upto = data.period.sort_key()
    cells = []
    half = (width - 12) / 2
    for row in indicators:
        series = status_service.indicator_series(db, row.indicator_id)
        points = []
        for pt in series.points:
            p = status_service.parse_period_arg(pt.period)
            assert p is not None
            points.append(
                charts.TrendPoint(
                    t.period_short(p),
                    pt.target,
                    pt.actual if p.sort_key() <= upto else None,
                    pt.target_interpolated,
                )
            )
        baseline = None
        if series.baseline is not None and series.baseline_year is not None:
            if series.kind != "cumulative":
                baseline = (str(series.baseline_year), series.baseline)
            elif series.direction == "increase":
                # a running total starts from nothing done in the baseline year
                baseline = (str(series.baseline_year), 0.0)
        title = f"{row.code or ''} {row.name}".strip()
        if row.unit:
            title = f"{title}, {row.unit}"
        cells.append(charts.trend_chart(title, baseline, points, t, half, 150))
    if not cells:
        return None
    grid = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    tbl = Table(grid, colWidths=[half + 6, half + 6])
    tbl.setStyle(
        TableStyle(
            [
                *base_cmds(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return tbl


def charts_section(db: Any, data: ReportData, t: Texts, width: float, number: int) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    st = styles()
    out: list = []
    thresholds = (data.program.threshold_amber, data.program.threshold_green)
    out.append(
        KeepTogether(
            [
                section_title(number, t(T.SEC_CHARTS)),
                para(t(T.CHART_DIRECTIONS), st.h2, bold=True),
                charts.progress_bars(direction_rows(data), t, width, thresholds),
            ]
        )
    )
    out.append(Spacer(1, 6))
    out.append(
        KeepTogether(
            [
                para(t(T.CHART_STATUS), st.h2, bold=True),
                charts.status_strip(data.status.status_counts, t, width),
            ]
        )
    )
    out.append(
        KeepTogether(
            [
                para(t(T.CHART_MEASURES), st.h2, bold=True),
                charts.status_strip(data.status.measures, t, width, measures=True),
            ]
        )
    )
    out.append(
        KeepTogether(
            [
                para(t(T.CHART_BUDGET), st.h2, bold=True),
                charts.budget_bars(budget_rows(data, t), t, width),
            ]
        )
    )
    worst = worst_indicators(data)
    grid = trend_grid(db, data, t, width, worst) if worst else None
    if grid is not None:
        out.append(KeepTogether([para(t(T.CHART_TRENDS), st.h2, bold=True), grid]))
    return out


# -- indicator table --------------------------------------------------------------------------------


# An indicator summed within the year (formulas.ANNUAL_SUM) shows the year so far: said
# once above the table, so a reader does not take 360 against 340 for one half-year.
NOTE_ANNUAL_SUM = QT_TRANSLATE_NOOP(
    "report",
    "Summed within the year ({indicators}): the actual and the target are the year's "
    "totals from January to the end of the period.",
)


def _indicator_label(r: status_service.IndicatorStatus) -> str:
    return f"{r.code} {r.name}".strip() if r.code else r.name


def indicator_table(data: ReportData, t: Texts, width: float) -> list:
    st = styles()
    rows_in = data.status.indicators
    if not rows_in:
        return [para(t(T.NO_INDICATORS), st.body)]
    dirs = Directions(data)
    headers = [
        t(T.COL_NO),
        t(T.COL_INDICATOR),
        t(T.COL_UNIT),
        t(T.COL_BASELINE),
        t(T.COL_TARGET_PERIOD),
        t(T.COL_ACTUAL),
        t(T.COL_PROGRESS),
        t(T.COL_STATUS),
        t(T.COL_COMMENT),
    ]
    body: list[list] = []
    sections: list[int] = []
    nums: list[str] = []
    units: list[str] = []
    n = 0
    for direction, rows in dirs.group(rows_in, lambda r: r.plan_item_id):
        sections.append(len(body))
        label = dirs.title.get(direction, "") if direction else t(T.NOT_IN_DIRECTION)
        body.append([para(label, st.cell_bold, bold=True)] + [""] * 8)
        for r in rows:
            n += 1
            cells = [
                value_text(t, r.baseline, r.value_type),
                target_text(t, r.target, r.value_type, r.target_interpolated),
                value_text(t, r.actual, r.value_type),
                format_percent(r.progress),
            ]
            nums += cells
            units.append(r.unit or "")
            body.append(
                [
                    str(n),
                    para(_indicator_label(r), st.cell),
                    para(r.unit or "", st.cell),
                    *[cell_number(c) for c in cells],
                    status_cell(t, r.status),
                    para(r.comment or "", st.cell) if r.comment else "",
                ]
            )
    num_w = max([text_width(x) for x in nums] + [0])
    # the status on one line when the page is wide enough (landscape), else wrapped
    status_w = max(text_width(f"● {t.status(c)}") for c in T.STATUS_SYMBOLS)
    if width < 600:
        status_w *= 0.62
    cols = [
        (max(text_width(str(n)), longest_word(headers[0])), 0),
        (max(longest_word(headers[1]), 90), 3.0),
        (
            max(
                longest_word(headers[2]),
                min(max([longest_word(u, bold=False) for u in units] + [0]), 60),
            ),
            0,
        ),
        (max(num_w, longest_word(headers[3])), 0),
        (max(num_w, longest_word(headers[4])), 0),
        (max(num_w, longest_word(headers[5])), 0),
        (max(text_width("−100 %"), longest_word(headers[6])), 0),
        (
            max(
                status_w,
                longest_word(headers[7]),
                max(longest_word(t.status(c), bold=False) for c in T.STATUS_SYMBOLS) + 10,
            ),
            0.1,
        ),
        (max(longest_word(headers[8]), 50), 1.2),
    ]
    widths = fit_columns(width, cols)
    right = (3, 4, 5, 6)
    header_cells = [head(h, right=i in right) for i, h in enumerate(headers)]
    tbl = table(header_cells, body, widths, right_cols=right, section_rows=sections)
    g = data.program.threshold_green
    a = data.program.threshold_amber
    notes = [
        t(T.NOTE_PROGRESS),
        t(T.NOTE_THRESHOLDS, green=format_percent(g), amber=format_percent(a)),
    ]
    if any(r.target_interpolated for r in rows_in):
        notes.insert(0, t(T.NOTE_DERIVED))
    annual = [_indicator_label(r) for r in rows_in if r.kind == "annual_sum"]
    if annual:
        notes.insert(0, t(NOTE_ANNUAL_SUM, indicators="; ".join(annual)))
    # the notes explain the columns: above the table, in one paragraph, they take little room
    # and are never left alone on a page of their own after a long table
    return [para(" ".join(notes), st.note), tbl]


# -- measures table ---------------------------------------------------------------------------------


def _executors(t: Texts, m: status_service.MeasureRow) -> str:
    parts = [x for x in (m.executor, m.co_executors) if x]
    text = "; ".join(parts)
    if m.by_agreement:
        text = f"{text} {t(T.BY_AGREEMENT)}".strip()
    return text


def measures_table(data: ReportData, t: Texts, width: float) -> list:
    st = styles()
    measures = data.measures
    if not measures:
        return [para(t(T.NO_MEASURES), st.body)]
    dirs = Directions(data)
    headers = [
        t(T.COL_CODE),
        t(T.COL_MEASURE),
        t(T.COL_STATUS),
        t(T.COL_COMPLETE),
        t(T.COL_DEADLINE),
        t(T.COL_EXECUTORS),
        t(T.COL_PLANNED_SOM),
        t(T.COL_SPENT_SOM),
    ]
    body: list[list] = []
    sections: list[int] = []
    money: list[str] = []
    codes: list[str] = []
    total_planned = 0.0
    total_spent = 0.0
    for direction, rows in dirs.group(measures, lambda m: m.measure_id):
        sections.append(len(body))
        label = dirs.title.get(direction, "") if direction else t(T.NOT_IN_DIRECTION)
        body.append([para(label, st.cell_bold, bold=True)] + [""] * 7)
        for m in rows:
            planned = sum(m.planned.values()) if m.planned else None
            spent = sum(m.spent_to_date.values()) if m.spent_to_date else None
            total_planned += planned or 0.0
            total_spent += spent or 0.0
            p_text = format_number(planned)
            s_text = format_number(spent)
            money += [p_text, s_text]
            codes.append(m.code or "")
            body.append(
                [
                    m.code or "",
                    para(m.title, st.cell),
                    measure_status_cell(t, m.status),
                    cell_number(format_number(m.percent, 0)),
                    para(m.deadline or "", st.cell),
                    para(_executors(t, m), st.cell),
                    cell_number(p_text),
                    cell_number(s_text),
                ]
            )
    totals = [format_number(total_planned), format_number(total_spent)]
    money += totals
    body.append(
        [
            "",
            para(t(T.TOTAL), st.cell_bold, bold=True),
            "",
            "",
            "",
            "",
            cell_number(totals[0]),
            cell_number(totals[1]),
        ]
    )
    money_w = max(text_width(x) for x in money)
    cols = [
        (max([text_width(c) for c in codes] + [longest_word(headers[0])]), 0),
        (max(longest_word(headers[1]), 100), 3.0),
        (
            max(
                max(longest_word(t.measure_status(c), bold=False) for c in T.MEASURE_SYMBOLS) + 10,
                longest_word(headers[2]),
            ),
            0.3,
        ),
        (max(text_width("100"), longest_word(headers[3])), 0),
        (max(longest_word(headers[4]), 48), 0.5),
        (max(longest_word(headers[5]), 60), 1.4),
        (max(money_w, longest_word(headers[6])), 0),
        (max(money_w, longest_word(headers[7])), 0),
    ]
    widths = fit_columns(width, cols)
    right = (3, 6, 7)
    header_cells = [head(h, right=i in right) for i, h in enumerate(headers)]
    return [
        table(
            header_cells,
            body,
            widths,
            right_cols=right,
            section_rows=sections,
            total_rows=(len(body) - 1,),
        )
    ]


# -- evaluation narrative -------------------------------------------------------------------------


def evaluation_section(data: ReportData, t: Texts) -> list:
    st = styles()
    ev = data.evaluation
    if ev is None or ev.empty:
        return [para(t(T.NO_EVALUATION), st.body)]
    out: list = []
    for caption, text in (
        (T.EVAL_SUMMARY, ev.summary),
        (T.EVAL_ANALYSIS, ev.analysis),
        (T.EVAL_WEAK, ev.weak_points),
        (T.EVAL_RECOMMENDATIONS, ev.recommendations),
        (T.EVAL_CORRECTIONS, ev.target_corrections),
    ):
        if not text or not text.strip():
            continue
        out.append(para(t(caption), st.h2, bold=True))
        for chunk in [c for c in text.strip().split("\n\n") if c.strip()]:
            out.append(para(chunk.strip(), st.body))
    return out


# -- working group ------------------------------------------------------------------------------------


def group_order_line(group: Group, t: Texts) -> str:
    """The document that formed the group, one sentence for the report, the Excel sheet and
    the cover ("" when nothing is entered). With its body (issue 21): "The working group
    was approved by: council resolution No. 12 of 03.03.2024"; the head is the mayor in a
    town, the head of the aiyl okmotu elsewhere; "other" prints the body as entered."""
    number, when = group.order_number, group.order_date
    body, note = group.approving_body, group.approving_body_note
    if body is None and not note:
        if not (number or when):
            return ""
        return t(T.GROUP_ORDER, number=doc_number(number), date=t.date(when))
    if body in (None, "other"):
        # a body named without choosing its kind is printed as named, not dropped
        document = note or ""
    else:
        head = T.DOC_MAYOR if group.city else T.DOC_HEAD
        document = t(T.DOC_COUNCIL if body == "council" else head)
    if number and when:
        document = t(
            T.DOC_NUMBER_DATE, document=document, number=doc_number(number), date=t.date(when)
        )
    elif number or when:
        document = (
            t(T.DOC_NUMBER, document=document, number=doc_number(number))
            if number
            else t(T.DOC_DATE, document=document, date=t.date(when))
        )
    if note and body not in (None, "other"):
        document = f"{document} ({note})"
    return t(T.GROUP_APPROVED, document=document)


def group_section(
    group: Group, t: Texts, width: float, year: int, quota: Sequence[str] | None = None
) -> list:
    """The order that formed the group, its members and their shares; `quota`: the
    sentences saying whether each quota of the guidance is met (else a general reminder
    when a share is short)."""
    st = styles()
    out: list = []
    if group_line := group_order_line(group, t):
        out.append(para(group_line, st.body))
    if not group.members:
        out.append(para(t(T.NO_GROUP), st.body))
        return out
    headers = [t(T.COL_NO), t(T.COL_NAME), t(T.COL_POSITION), t(T.COL_SIDE), t(T.COL_ROLE)]
    rows = []
    for i, m in enumerate(group.members, 1):
        position = ", ".join(x for x in (m.position, m.organisation) if x)
        rows.append(
            [
                str(i),
                para(m.full_name, st.cell),
                para(position, st.cell),
                para(t.side(m.side), st.cell),
                para(t.member_role(m.role), st.cell),
            ]
        )
    cols = [
        (max(text_width(str(len(rows))), longest_word(headers[0])), 0),
        (max(longest_word(headers[1]), 90), 1.3),
        (max(longest_word(headers[2]), 90), 2.0),
        (
            max(
                [longest_word(t.side(s), bold=False) for s in V.MEMBER_SIDES]
                + [longest_word(headers[3])]
            ),
            0.3,
        ),
        (
            max(
                [longest_word(t.member_role(r), bold=False) for r in V.MEMBER_ROLES]
                + [longest_word(headers[4])]
            ),
            0.2,
        ),
    ]
    out.append(table([head(h) for h in headers], rows, fit_columns(width, cols)))
    total = len(group.members)
    women = sum(1 for m in group.members if m.gender == "f")
    youth = sum(1 for m in group.members if m.birth_year and year - m.birth_year < 28)
    out.append(
        para(
            t(
                T.GROUP_QUOTAS,
                women=women,
                total=total,
                women_share=format_percent(women / total),
                youth=youth,
                youth_share=format_percent(youth / total),
            ),
            st.note,
        )
    )
    if quota:
        out += [para(line, st.note) for line in quota]
    elif women / total < 0.35 or youth / total < 0.2:
        out.append(para(t(T.QUOTA_WARNING), st.note))
    return out


# -- data-quality note -----------------------------------------------------------------------------

QUALITY_NOTE = QT_TRANSLATE_NOOP("report", "Data-quality note")
QUALITY_ACKNOWLEDGED = QT_TRANSLATE_NOOP(
    "report",
    "The round of {period} was approved with open data-quality items, acknowledged by {who} "
    "on {date}:",
)
QUALITY_MORE = QT_TRANSLATE_NOOP("report", "… and {n} more (all are in the audit trail)")
# items listed per period before "… and N more": the note stays a note
QUALITY_LINES = 20


def _quality_lines(a: Acknowledged, t: Texts) -> list[str]:
    translate = t._translate  # the items are service sentences (context "problems")
    lines = [item.text(translate) for item in a.items[:QUALITY_LINES]]
    if len(a.items) > QUALITY_LINES:
        lines.append(t(QUALITY_MORE, n=format_number(len(a.items) - QUALITY_LINES)))
    return lines


def quality_note(data: ReportData, t: Texts) -> list:
    """The items acknowledged at approval — what the approved figures are known to lack —
    under the fingerprint of those figures; nothing when the approval had none open."""
    if not data.acknowledged:
        return []
    st = styles()
    out: list = [para(t(QUALITY_NOTE), st.h2, bold=True)]
    for a in data.acknowledged:
        out.append(
            para(
                t(
                    QUALITY_ACKNOWLEDGED,
                    period=t.period(a.period),
                    who=a.by or "–",
                    date=t.date(as_date(a.at)),
                ),
                st.note,
            )
        )
        out.extend(para("– " + line, st.note) for line in _quality_lines(a, t))
    return out


# -- signature page -------------------------------------------------------------------------------------


def _signatory_block(
    s: Signatory, label: str, t: Texts, width: float, registry: BoxRegistry
) -> Any:
    from reportlab.platypus import KeepTogether, Spacer

    st = styles()
    name = s.full_name or t(T.NAME_MISSING)
    block = [
        para(label, st.h2, bold=True),
        para(name, st.body, bold=True),
    ]
    if s.position:
        block.append(para(s.position, st.body))
    block += [
        Spacer(1, 4),
        signature_box_flowable(s.field, t(T.SIGN_BOX), min(width, 300.0), 78.0, registry),
        Spacer(1, 18),
    ]
    return KeepTogether(block)


def signature_page(
    data: ReportData, t: Texts, width: float, registry: BoxRegistry, number: int | None = None
) -> list:
    from reportlab.platypus import HRFlowable, PageBreak, Spacer

    st = styles()
    head_word = t(T.SIGN_MAYOR) if data.program.municipality_kind == "city" else t(T.SIGN_HEAD)
    out: list = [PageBreak(), section_title(number, t(T.SEC_SIGNATURES))]
    out.append(para(t(T.SIGN_INTRO, head=head_word.lower()), st.body))
    out.append(Spacer(1, 8))
    chair, mayor = data.signatories
    out.append(_signatory_block(chair, t(T.SIGN_CHAIR), t, width, registry))
    out.append(_signatory_block(mayor, head_word, t, width, registry))
    out.append(HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=4, spaceAfter=8))
    out.append(para(t(T.FINGERPRINT), st.h2, bold=True))
    out.append(para(format_fingerprint(data.fingerprint), st.body, bold=True))
    out.append(para(t(T.FINGERPRINT_NOTE), st.note))
    out += quality_note(data, t)
    if not data.approved:
        out += [Spacer(1, 10), draft_box(t)]
    return out
