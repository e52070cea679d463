"""The annual evaluation report to the council: the year, with the year before beside it.

Same parts as the half-year report (PRODUCT.md §5), each comparing two years: the summary
figures of both years and the change, progress by direction for both, and an indicator
table with target, actual and progress of each year. Measures, budget and the signature page
are those of the reported year; the fingerprint covers the year and its half-years.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models.numbers import NBSP, format_number, format_percent
from meapp.models.periods import Period
from meapp.services.monitoring import status as status_service
from meapp.services.plan import budget_years
from meapp.services.reports import charts
from meapp.services.reports import governance as G
from meapp.services.reports import sections as S
from meapp.services.reports import texts as T
from meapp.services.reports.data import EvaluationText, ReportData, gather
from meapp.services.reports.half_year import (
    GROUP_ROOM,
    Cancelled,
    Progress,
    ReportResult,
    doc_info,
    start,
    step,
    write_pdf,
)
from meapp.services.reports.layout import frame_width, para, styles, table
from meapp.services.reports.signature import BoxRegistry
from meapp.services.reports.texts import Texts, Translate
from meapp.store.engine import Database


def report_year(db: Database, program_id: uuid.UUID | str, period: Period | str | None) -> Period:
    """The year an annual report covers: the given year (or the year of a given half-year),
    else the year of the latest period with data."""
    if period is None:
        return Period.year_of(status_service.latest_period(db, program_id).year)
    p = status_service.parse_period_arg(period)
    assert p is not None
    return Period.year_of(p.year)


def _pp(current: float | None, previous: float | None) -> str:
    """Change in percentage points, signed: `+7`, `−3`, `±0` ("–" when it is no number:
    progress is clamped to 0–100 %, but a figure that is not finite must not end the report)."""
    if current is None or previous is None or not math.isfinite(current - previous):
        return "–"
    delta = round((current - previous) * 100)
    if delta == 0:
        return "±0"
    return f"+{format_number(delta, 0)}" if delta > 0 else f"−{format_number(-delta, 0)}"


def _count_diff(current: float | None, previous: float | None, decimals: int = 0) -> str:
    if current is None or previous is None:
        return "–"
    delta = current - previous
    if abs(delta) < 0.5 * 10 ** (-decimals):
        return "±0"
    text = format_number(abs(delta), decimals)
    return f"+{text}" if delta > 0 else f"−{text}"


def comparison_table(
    now: status_service.ProgramStatus,
    before: status_service.ProgramStatus,
    t: Texts,
    width: float,
    year: int,
    previous: int,
    execution: budget_years.Execution | None = None,
) -> object:
    """Both years side by side; the budget rows are each year's own plan and spending when
    `execution` is given (issue 21), else the status's totals."""
    st = styles()
    rows: list[list] = []
    sections: list[int] = []

    def section(label: str) -> None:
        sections.append(len(rows))
        rows.append([para(label, st.cell_bold, bold=True), "", "", ""])

    def line(label: str, prev: str, cur: str, change: str) -> None:
        rows.append(
            [para(label, st.cell), S.cell_number(prev), S.cell_number(cur), S.cell_number(change)]
        )

    line(
        t(T.OVERALL_PROGRESS),
        format_percent(before.program_progress),
        format_percent(now.program_progress),
        _pp(now.program_progress, before.program_progress),
    )
    section(t(T.SEC_INDICATORS))
    for code in T.STATUS_SYMBOLS:
        a = before.status_counts.get(code, 0)
        b = now.status_counts.get(code, 0)
        line(f"{T.STATUS_SYMBOLS[code]} {t.status(code)}", str(a), str(b), _count_diff(b, a))
    section(t(T.SEC_MEASURES))
    for code in T.MEASURE_SYMBOLS:
        a = before.measures.get(code, 0)
        b = now.measures.get(code, 0)
        line(
            f"{T.MEASURE_SYMBOLS[code]} {t.measure_status(code)}", str(a), str(b), _count_diff(b, a)
        )
    section(t(T.SEC_BUDGET))
    bt: Any = before.budget_total
    nt: Any = now.budget_total
    if execution is not None:
        bt = _year_total(execution, previous)
        nt = _year_total(execution, year)
    som = t(T.SOM)
    line(
        t(T.IN_UNIT, what=t(T.PLANNED), unit=som),
        format_number(bt.planned if bt else None),
        format_number(nt.planned if nt else None),
        _count_diff(nt.planned if nt else None, bt.planned if bt else None),
    )
    line(
        t(T.IN_UNIT, what=t(T.SPENT), unit=som),
        format_number(bt.spent if bt else None),
        format_number(nt.spent if nt else None),
        _count_diff(nt.spent if nt else None, bt.spent if bt else None),
    )
    line(
        t(T.EXECUTION),
        format_percent(bt.execution if bt else None, 1),
        format_percent(nt.execution if nt else None, 1),
        _pp(nt.execution if nt else None, bt.execution if bt else None),
    )
    headers = ["", str(previous), str(year), t(T.COL_CHANGE)]
    figures = [c for r in rows for c in r[1:] if isinstance(c, str)]
    fig_w = max([S.text_width(x) for x in figures] + [S.longest_word(h) for h in headers])
    widths = S.fit_columns(width, [(120, 1.0), (fig_w, 0.1), (fig_w, 0.1), (fig_w, 0.1)])
    return table(
        [S.head(h, right=i > 0) for i, h in enumerate(headers)],
        rows,
        widths,
        right_cols=(1, 2, 3),
        section_rows=sections,
    )


def indicator_comparison(
    data: ReportData,
    before: status_service.ProgramStatus,
    t: Texts,
    width: float,
    year: int,
    previous: int,
) -> list:
    st = styles()
    rows_in = data.status.indicators
    if not rows_in:
        return [para(t(T.NO_INDICATORS), st.body)]
    prev_by_id = {r.indicator_id: r for r in before.indicators}
    dirs = S.Directions(data)
    headers = [
        t(T.COL_NO),
        t(T.COL_INDICATOR),
        t(T.COL_UNIT),
        t(T.COL_BASELINE),
        t(T.COL_YEAR_VALUE, what=t(T.COL_TARGET), year=previous),
        t(T.COL_YEAR_VALUE, what=t(T.COL_ACTUAL), year=previous),
        t(T.COL_YEAR_VALUE, what=t(T.COL_PROGRESS), year=previous),
        t(T.COL_YEAR_VALUE, what=t(T.COL_TARGET), year=year),
        t(T.COL_YEAR_VALUE, what=t(T.COL_ACTUAL), year=year),
        t(T.COL_YEAR_VALUE, what=t(T.COL_PROGRESS), year=year),
        t(T.COL_CHANGE),
        t(T.COL_STATUS),
    ]
    body: list[list] = []
    sections: list[int] = []
    figures: list[str] = []
    n = 0
    for direction, rows in dirs.group(rows_in, lambda r: r.plan_item_id):
        sections.append(len(body))
        label = dirs.title.get(direction, "") if direction else t(T.NOT_IN_DIRECTION)
        body.append([para(label, st.cell_bold, bold=True)] + [""] * (len(headers) - 1))
        for r in rows:
            n += 1
            p = prev_by_id.get(r.indicator_id)
            cells = [
                S.value_text(t, r.baseline, r.value_type),
                S.target_text(
                    t, p.target if p else None, r.value_type, bool(p and p.target_interpolated)
                ),
                S.value_text(t, p.actual if p else None, r.value_type),
                format_percent(p.progress if p else None),
                S.target_text(t, r.target, r.value_type, r.target_interpolated),
                S.value_text(t, r.actual, r.value_type),
                format_percent(r.progress),
                _pp(r.progress, p.progress if p else None),
            ]
            figures += cells
            body.append(
                [
                    str(n),
                    para(f"{r.code} {r.name}".strip() if r.code else r.name, st.cell),
                    para(r.unit or "", st.cell),
                    *[S.cell_number(c) for c in cells],
                    S.status_cell(t, r.status),
                ]
            )
    num_w = max(S.text_width(x) for x in figures)
    cols = [
        (max(S.text_width(str(n)), S.longest_word(headers[0])), 0),
        (max(S.longest_word(headers[1]), 110), 3.0),
        (max(S.longest_word(headers[2]), 40), 0.3),
    ]
    cols += [(max(num_w, S.longest_word(h)), 0) for h in headers[3:11]]
    cols.append(
        (
            max(
                max(S.longest_word(t.status(c), bold=False) for c in T.STATUS_SYMBOLS) + 10,
                S.longest_word(headers[11]),
            ),
            0.5,
        )
    )
    widths = S.fit_columns(width, cols)
    right = tuple(range(3, 11))
    tbl = table(
        [S.head(h, right=i in right) for i, h in enumerate(headers)],
        body,
        widths,
        right_cols=right,
        section_rows=sections,
    )
    notes = [t(T.NOTE_PROGRESS)]
    if any(r.target_interpolated for r in rows_in):
        notes.insert(0, t(T.NOTE_DERIVED))
    # above the table, in one paragraph: never alone on a page after a long table
    return [para(" ".join(notes), st.note), tbl]


def _evaluations(db: Database, data: ReportData, t: Texts) -> list:
    """The year's evaluation, or else those of its half-years (or quarters), each headed."""
    from meapp.services.evaluation.narrative import get_evaluation

    if data.evaluation is not None and not data.evaluation.empty:
        return S.evaluation_section(data, t)
    out: list = []
    st = styles()
    for kind in ("H", "Q"):
        for sub in data.period.sub_periods(kind):
            ev = get_evaluation(db, data.program.id, sub)
            if not ev.version:
                continue
            text = EvaluationText(
                ev.summary, ev.analysis, ev.weak_points, ev.recommendations, ev.target_corrections
            )
            if text.empty:
                continue
            out.append(para(t.period(sub), st.h2, bold=True))
            out += S.evaluation_section(_with_evaluation(data, text), t)
        if out:
            return out
    return S.evaluation_section(data, t)


@dataclass(frozen=True)
class _YearTotal:
    planned: float
    spent: float
    execution: float | None


def _year_total(execution: budget_years.Execution, year: int) -> _YearTotal | None:
    """The programme's planned and spent of one year in the shape of a status total."""
    f = execution.year(year).get(budget_years.TOTAL)
    if f is None:
        return None
    return _YearTotal(f.planned, f.spent, f.percent / 100.0 if f.percent is not None else None)


# -- the budget of the year (issue 21) ----------------------------------------------------

BUDGET_EXECUTED = QT_TRANSLATE_NOOP(
    "report",
    "{source}: executed at {percent} in {year} (planned {planned} som, spent {spent} som, "
    "deviation {deviation} som).",
)
BUDGET_UNPLANNED = QT_TRANSLATE_NOOP(
    "report", "{source}: {spent} som spent in {year}, nothing planned for that year."
)
BUDGET_SPREAD = QT_TRANSLATE_NOOP(
    "report",
    "The planned cost of measures whose budget is not split by year is spread evenly over "
    "their years.",
)
BUDGET_NONE_IN_YEAR = QT_TRANSLATE_NOOP("report", "No planned costs or spending in {year}.")
COL_PLANNED_IN = QT_TRANSLATE_NOOP("report", "Planned in {year}, som")
COL_SPENT_IN = QT_TRANSLATE_NOOP("report", "Spent in {year}, som")


def _execution(db: Database, program_id: uuid.UUID | str) -> budget_years.Execution:
    with db.session() as s:
        return budget_years.execution(s, program_id)


def signed(value: float) -> str:
    """A deviation with its sign: `+144 000`, `−20 000`, `0`."""
    text = format_number(value)
    return f"+{text}" if value > 0 and not text.startswith("0") else text


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def budget_year_lines(execution: budget_years.Execution, year: int, t: Texts) -> list[str]:
    """One sentence per funding source of the year — the Bishkek statement "executed at
    104,8 % in 2022" — against the planned amount of that year only."""
    out = []
    figures = execution.year(year)
    for source in [*execution.sources(year), budget_years.TOTAL]:
        f = figures.get(source)
        if f is None:
            continue
        name = t(T.TOTAL) if source == budget_years.TOTAL else t.source(source)
        if f.percent is None:
            if f.spent:
                out.append(
                    t(
                        BUDGET_UNPLANNED,
                        source=_capital(name),
                        spent=format_number(f.spent),
                        year=year,
                    )
                )
            continue
        out.append(
            t(
                BUDGET_EXECUTED,
                source=_capital(name),
                percent=f"{format_number(f.percent, 1)}{NBSP}%",
                year=year,
                planned=format_number(f.planned),
                spent=format_number(f.spent),
                deviation=signed(f.deviation),
            )
        )
    return out


def budget_year_section(
    execution: budget_years.Execution, year: int, t: Texts, width: float
) -> list:
    """The year's budget: a table per source (planned in the year, spent in it, execution,
    deviation), the statement per source, and the note on evenly spread amounts."""
    st = styles()
    figures = execution.year(year)
    if not figures:
        return [para(t(BUDGET_NONE_IN_YEAR, year=year), st.body)]
    headers = [
        t(T.COL_SOURCE),
        t(COL_PLANNED_IN, year=year),
        t(COL_SPENT_IN, year=year),
        t(T.EXECUTION),
        t(T.IN_UNIT, what=t(T.DEVIATION), unit=t(T.SOM)),
    ]
    rows, cells_all = [], []
    for source in [*execution.sources(year), budget_years.TOTAL]:
        f = figures.get(source)
        if f is None:
            continue
        label = t(T.TOTAL) if source == budget_years.TOTAL else t.source(source)
        percent = f"{format_number(f.percent, 1)}{NBSP}%" if f.percent is not None else "–"
        cells = [format_number(f.planned), format_number(f.spent), percent, signed(f.deviation)]
        cells_all += cells
        rows.append([para(label, st.cell), *[S.cell_number(c) for c in cells]])
    fig_w = max(S.text_width(x) for x in cells_all)
    cols = [(90, 1.0)] + [(max(fig_w, S.longest_word(h)), 0.15) for h in headers[1:]]
    out: list = [
        table(
            [S.head(headers[0]), *[S.head(h, right=True) for h in headers[1:]]],
            rows,
            S.fit_columns(width, cols),
            right_cols=(1, 2, 3, 4),
            total_rows=(len(rows) - 1,),
        )
    ]
    out += [para(line, st.body) for line in budget_year_lines(execution, year, t)]
    if any(f.spread for f in figures.values()):
        out.append(para(t(BUDGET_SPREAD), st.body))
    return out


def budget_year_bars(
    execution: budget_years.Execution, year: int, t: Texts
) -> list[charts.BudgetRow]:
    figures = execution.year(year)
    return [
        charts.BudgetRow(t.source(s), figures[s].planned, figures[s].spent)
        for s in execution.sources(year)
    ]


def _with_evaluation(data: ReportData, ev: EvaluationText) -> ReportData:
    from dataclasses import replace

    return replace(data, evaluation=ev)


def build_annual(
    db: Database,
    program_id: uuid.UUID | str,
    period: Period | str | None,
    path: str | Path,
    translate: Translate | None,
    lang: str = "ky",
    *,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReportResult:
    """Build the annual report of `period`'s year (the latest year with data by default)."""
    from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak

    total = 5
    t, st, width = start(translate, lang, progress, cancelled, total)
    year = report_year(db, program_id, period)
    data = gather(db, program_id, year)
    prev_year = Period.year_of(year.year - 1)
    before = status_service.program_status(db, data.program.id, prev_year)
    step(progress, cancelled, 1, total)
    title = t(T.ANNUAL_TITLE)
    period_text = t(T.ANNUAL_COMPARED, year=year.year, previous=prev_year.year)
    story: list = S.cover(
        data, t, title, t(T.REPORTING_PERIOD, period=period_text), today or date.today()
    )
    story += [S.section_title(1, t(T.SEC_SUMMARY)), S.summary_cards(data, t, width)]
    # the budget of THIS year: its planned amounts against its spending (issue 21)
    execution = _execution(db, data.program.id)
    story += [
        para(t(T.SEC_COMPARISON), st.h2, bold=True),
        comparison_table(data.status, before, t, width, year.year, prev_year.year, execution),
    ]
    story += [para(t(T.SEC_BUDGET), st.h2, bold=True)]
    story += budget_year_section(execution, year.year, t, width)
    # charts: the directions of both years, then this year's counts, budget and trends
    before_by_id = {r.plan_item_id: r for r in before.rollups}
    compare = [
        charts.CompareRow(
            f"{r.code} {r.title}".strip() if r.code else r.title,
            before_by_id[r.plan_item_id].progress if r.plan_item_id in before_by_id else None,
            r.progress,
            r.status,
        )
        for r in data.status.rollups
        if r.kind == "direction"
    ]
    story.append(
        KeepTogether(
            [
                S.section_title(2, t(T.SEC_CHARTS)),
                para(t(T.CHART_DIRECTIONS), st.h2, bold=True),
                charts.comparison_bars(compare, t, width, str(prev_year.year), str(year.year)),
            ]
        )
    )
    story.append(
        KeepTogether(
            [
                para(t(T.CHART_STATUS), st.h2, bold=True),
                charts.status_strip(data.status.status_counts, t, width),
            ]
        )
    )
    story.append(
        KeepTogether(
            [
                para(t(T.CHART_BUDGET), st.h2, bold=True),
                charts.budget_bars(budget_year_bars(execution, year.year, t), t, width),
            ]
        )
    )
    worst = S.worst_indicators(data)
    grid = S.trend_grid(db, data, t, width, worst) if worst else None
    if grid is not None:
        story.append(KeepTogether([para(t(T.CHART_TRENDS), st.h2, bold=True), grid]))
    step(progress, cancelled, 2, total)
    wide = frame_width(landscape_pages=True)
    story += [NextPageTemplate("landscape"), PageBreak()]
    story += [
        *S.section_title(3, t(T.SEC_INDICATORS), before_table=True),
        *indicator_comparison(data, before, t, wide, year.year, prev_year.year),
    ]
    story += [
        *S.section_title(4, t(T.SEC_MEASURES), before_table=True),
        *S.measures_table(data, t, wide),
    ]
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += [S.section_title(5, t(T.SEC_EVALUATION)), *_evaluations(db, data, t)]
    gov = G.gather_governance(
        db, data.program.id, year, status=data.status, measures=list(data.measures)
    )
    story += [
        *S.section_title(6, t(T.SEC_GROUP), room=GROUP_ROOM),
        *S.group_section(data.group, t, width, year.year, G.quota_lines(gov.quota, t)),
    ]
    # the year's governance: checks with photos, hearings, the executors, revisions
    story += G.pdf_sections(gov, t, width, wide, 7)
    registry = BoxRegistry()
    story += S.signature_page(data, t, width, registry, 7 + G.section_count(gov))
    step(progress, cancelled, 3, total)
    pages = write_pdf(path, story, doc_info(data, t, title, t.period(year)), t, registry)
    step(progress, cancelled, total, total)
    return ReportResult(
        str(path), pages, str(year), data.fingerprint, dict(registry.boxes), data.approved
    )
