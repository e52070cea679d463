"""Export of the action plan and the indicator matrix in the council's column layout.

The sheets look like the tables the council approved (see `tests/data/`, made by
`scripts/make_test_workbooks.py`): a title,
the header (two rows in the matrix, with the interim targets under one merged heading),
a numbering row, heading rows for directions, sectors and indicator groups, a task merged
down over its measures. They are also what `plan_import` reads back: exporting and
importing again gives the same programme. So the matrix carries, right of the council's
columns, the indicator fields the council table has no place for (data source, method,
verifying document, frequency and date of measurement, methodology note, how periods
combine, direction, level, plan item by its number and title). Yes/no and ratio values are
written in their one written form (`numbers.format_indicator_value`), plan items with
their numbers, so that importing the export again changes nothing.

Headers and titles go through `translate("xlsx", …)`, the words for stored codes (funding
sources, statuses, levels, …) are the vocabulary's (`meapp.services.common.vocabulary`, the
short column words the import reads back); text a user typed that begins with
= + - @ is written as text (never as a formula). Sheets are set up for A4 landscape, with
the header frozen and filters on.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from meapp.errors import NotFound, ValidationError
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import (
    Indicator,
    IndicatorTarget,
    MeasureBudget,
    MeasureProgress,
    MeasureSpending,
    PlanItem,
    Program,
    enums,
)
from meapp.models.numbers import format_indicator_value, format_number, summable
from meapp.services.common import vocabulary as V
from meapp.services.common.text_norm import strip_controls

Translate = Callable[[str, str], str]
Progress = Callable[[int, int], None]
CTX = "xlsx"


PLAN_HEADERS = {
    "number": QT_TRANSLATE_NOOP("xlsx", "No."),
    "task": QT_TRANSLATE_NOOP("xlsx", "Task"),
    "measure": QT_TRANSLATE_NOOP("xlsx", "Measures"),
    "deadline": QT_TRANSLATE_NOOP("xlsx", "Deadline"),
    "result": QT_TRANSLATE_NOOP("xlsx", "Expected result (output)"),
    "responsible": QT_TRANSLATE_NOOP("xlsx", "Responsible executors"),
    "cost": QT_TRANSLATE_NOOP("xlsx", "Planned cost, som: {source}"),
    "status": QT_TRANSLATE_NOOP("xlsx", "Status ({period})"),
    "percent": QT_TRANSLATE_NOOP("xlsx", "% complete"),
    "spent": QT_TRANSLATE_NOOP("xlsx", "Spent, som ({period})"),
}
MATRIX_HEADERS = {
    "number": QT_TRANSLATE_NOOP("xlsx", "No."),
    "issue": QT_TRANSLATE_NOOP("xlsx", "Issue"),
    "indicator": QT_TRANSLATE_NOOP("xlsx", "Indicator"),
    "unit": QT_TRANSLATE_NOOP("xlsx", "Unit"),
    "baseline_of": QT_TRANSLATE_NOOP("xlsx", "Baseline ({year})"),
    "baseline": QT_TRANSLATE_NOOP("xlsx", "Baseline value"),
    "baseline_year": QT_TRANSLATE_NOOP("xlsx", "Baseline year"),
    "interim": QT_TRANSLATE_NOOP("xlsx", "Interim targets (yearly)"),
    "year_n": QT_TRANSLATE_NOOP("xlsx", "Year {n}"),
    "final": QT_TRANSLATE_NOOP("xlsx", "Final target"),
    "responsible": QT_TRANSLATE_NOOP("xlsx", "Responsible body"),
    "data_source": QT_TRANSLATE_NOOP("xlsx", "Data source"),
    "method": QT_TRANSLATE_NOOP("xlsx", "Measurement method"),
    "verifying": QT_TRANSLATE_NOOP("xlsx", "Verifying document"),
    "frequency": QT_TRANSLATE_NOOP("xlsx", "Frequency"),
    "date": QT_TRANSLATE_NOOP("xlsx", "Date"),
    "note": QT_TRANSLATE_NOOP("xlsx", "Methodology note"),
    "aggregation": QT_TRANSLATE_NOOP("xlsx", "How periods combine"),
    "direction": QT_TRANSLATE_NOOP("xlsx", "Direction"),
    "level": QT_TRANSLATE_NOOP("xlsx", "Level"),
    "plan_item": QT_TRANSLATE_NOOP("xlsx", "Plan item"),
}
TITLES = {
    "plan_sheet": QT_TRANSLATE_NOOP("xlsx", "Action plan"),
    "plan_title": QT_TRANSLATE_NOOP("xlsx", "Action plan for the implementation of the programme"),
    "matrix_sheet": QT_TRANSLATE_NOOP("xlsx", "Indicator matrix"),
    "matrix_title": QT_TRANSLATE_NOOP("xlsx", "Matrix of monitoring and evaluation indicators"),
    "goal": QT_TRANSLATE_NOOP("xlsx", "Goal: {text}"),
    "yes": QT_TRANSLATE_NOOP("xlsx", "yes"),
    "no": QT_TRANSLATE_NOOP("xlsx", "no"),
}
MONEY_FORMAT = "#,##0.00"
PERCENT_FORMAT = '0" %"'
_FORMULA_START = ("=", "+", "-", "@")


# -- cell helpers -----------------------------------------------------------------------------


class _Sheet:
    """A worksheet with the few ways this module writes to it."""

    def __init__(self, ws) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.ws = ws
        thin = Side(style="thin", color="808080")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.center = Alignment(wrap_text=True, vertical="center", horizontal="center")
        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=13)
        self.head_fill = PatternFill("solid", fgColor="D9E2F3")
        self.band_fill = PatternFill("solid", fgColor="EDEDED")

    def put(self, row: int, col: int, value: Any, fmt: str | None = None):
        cell = self.ws.cell(row=row, column=col)
        if isinstance(value, str):
            value = strip_controls(value)  # a row stored before they were refused
            cell.value = value
            if value.startswith(_FORMULA_START):
                cell.data_type = "s"  # never a formula
                cell.quotePrefix = True
        else:
            cell.value = value
            if fmt and value is not None:
                cell.number_format = fmt
        cell.alignment = self.wrap
        cell.border = self.border
        return cell

    def band(self, row: int, ncols: int, text: str, *, fill=True):
        """A heading row: one text merged across the table."""
        cell = self.put(row, 1, text)
        for c in range(2, ncols + 1):
            self.ws.cell(row=row, column=c).border = self.border
        self.ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        cell.font = self.bold
        if fill:
            cell.fill = self.band_fill
        return cell

    def header(self, row: int, col: int, text: str | None):
        cell = self.put(row, col, text)
        cell.font = self.bold
        cell.fill = self.head_fill
        cell.alignment = self.center
        return cell

    def numbering(self, row: int, ncols: int, style: str = "{n}"):
        for c in range(1, ncols + 1):
            n = c if style == "{n}" else style.format(n=c)
            cell = self.put(row, c, n)
            cell.alignment = self.center

    def title(self, text: str, ncols: int):
        text = strip_controls(text)
        cell = self.ws.cell(row=1, column=1, value=text)
        if text.startswith(_FORMULA_START):
            cell.data_type = "s"
            cell.quotePrefix = True
        cell.font = self.title_font
        cell.alignment = self.center
        self.ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
        self.ws.row_dimensions[1].height = 32

    def finish(
        self, header_first: int, header_last: int, last_row: int, ncols: int, widths: list[int]
    ):
        from openpyxl.utils import get_column_letter

        ws = self.ws
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = ws.cell(row=header_last + 2, column=1)  # below the numbering row
        last_col = get_column_letter(ncols)
        ws.auto_filter.ref = f"A{header_last + 1}:{last_col}{max(last_row, header_last + 1)}"
        ws.print_title_rows = f"{header_first}:{header_last + 1}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.5


def _program(s, program_id: Any) -> Program:
    try:
        pid = program_id if isinstance(program_id, uuid.UUID) else uuid.UUID(str(program_id))
    except ValueError as exc:
        raise NotFound("no programme {program}", program=str(program_id)) from exc
    p = s.get(Program, pid)
    if p is None:
        raise NotFound("no programme {program}", program=str(program_id))
    return p


def _save(wb, path: str | Path) -> None:
    p = Path(path)
    try:
        wb.save(p)
    except OSError as exc:
        raise ValidationError(
            "cannot write {file}: {reason}", file=str(p), reason=exc.strerror or str(exc)
        ) from exc


def _title_of(translate: Translate, key: str, program: Program) -> str:
    return f"{translate(CTX, TITLES[key])}: {program.title}"


# -- action plan ------------------------------------------------------------------------------


@dataclass
class _PlanData:
    """What the plan sheet shows, read in one session."""

    title: str
    items: list[PlanItem]
    budgets: dict[Any, dict[str, float]]
    status: dict[Any, MeasureProgress]
    spent: dict[Any, float]
    children: dict[Any, list[PlanItem]] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    # issue 21: measure → source → year → planned, for the sources the council split by
    # year; `year_columns[source]` the years shown after that source's total column
    years: dict[Any, dict[str, dict[int, float]]] = field(default_factory=dict)
    year_columns: dict[str, list[int]] = field(default_factory=dict)

    def cost_columns(self) -> list[tuple[str, int | None]]:
        """(source, None) for a total column, (source, year) for a year column after it."""
        out: list[tuple[str, int | None]] = []
        for src in self.sources:
            out.append((src, None))
            out += [(src, year) for year in self.year_columns.get(src, [])]
        return out


def _checked_period(period: str | None) -> str | None:
    if period is None:
        return None
    from meapp.models.periods import Period, PeriodError

    try:
        return str(Period.parse(period))
    except PeriodError as exc:
        raise ValidationError("not a period: {value}", value=period) from exc


def _plan_data(db, program_id: Any, translate: Translate, period: str | None) -> _PlanData:
    """The plan items in order, their planned costs and, with `period`, their progress."""
    with db.session() as s:
        program = _program(s, program_id)
        items = list(
            s.scalars(
                select(PlanItem)
                .where(PlanItem.program_id == program.id)
                .order_by(PlanItem.position, PlanItem.created_at)
            )
        )
        ids = [i.id for i in items]
        budgets: dict[Any, dict[str, float]] = {}
        for b in s.scalars(select(MeasureBudget).where(MeasureBudget.measure_id.in_(ids))):
            budgets.setdefault(b.measure_id, {})[b.source] = summable(b.planned) or 0.0
        years = _budget_years(s, ids)
        status: dict[Any, MeasureProgress] = {}
        spent: dict[Any, float] = {}
        if period:
            for mp in s.scalars(
                select(MeasureProgress).where(
                    MeasureProgress.measure_id.in_(ids), MeasureProgress.period == period
                )
            ):
                status[mp.measure_id] = mp
            prog_ids = {mp.id: mp.measure_id for mp in status.values()}
            for sp in s.scalars(
                select(MeasureSpending).where(MeasureSpending.progress_id.in_(list(prog_ids)))
            ):
                m = prog_ids[sp.progress_id]
                spent[m] = spent.get(m, 0.0) + (summable(sp.amount) or 0.0)
        data = _PlanData(_title_of(translate, "plan_title", program), items, budgets, status, spent)
    for it in items:
        data.children.setdefault(it.parent_id, []).append(it)
    data.sources = [src for src in enums.FUNDING_SOURCES if any(src in b for b in budgets.values())]
    data.years = years
    for by_source in years.values():
        for src, amounts in by_source.items():
            data.year_columns.setdefault(src, [])
            data.year_columns[src] = sorted(set(data.year_columns[src]) | set(amounts))
    return data


def _budget_years(s: Any, ids: list[Any]) -> dict[Any, dict[str, dict[int, float]]]:
    """The amounts per year of the measures' budgets (issue 21): measure → source → year."""
    from meapp.models import MeasureBudgetYear

    out: dict[Any, dict[str, dict[int, float]]] = {}
    q = (
        select(MeasureBudget.measure_id, MeasureBudget.source, MeasureBudgetYear.year)
        .add_columns(MeasureBudgetYear.planned)
        .join(MeasureBudgetYear, MeasureBudgetYear.budget_id == MeasureBudget.id)
        .where(MeasureBudget.measure_id.in_(ids))
    )
    for mid, source, year, planned in s.execute(q):
        out.setdefault(mid, {}).setdefault(source, {})[int(year)] = planned
    return out


def _plan_headers(data: _PlanData, translate: Translate, period: str | None) -> list[str]:
    headers = [
        translate(CTX, PLAN_HEADERS[k])
        for k in ("number", "task", "measure", "deadline", "result", "responsible")
    ]
    headers += [
        # a year column reads "Planned cost, som: Local budget, 2023" (`import-plan` reads it
        # back into the year, issue 21)
        translate(CTX, PLAN_HEADERS["cost"]).format(source=V.FUNDING_SOURCES.word(src, translate))
        + (f", {year}" if year is not None else "")
        for src, year in data.cost_columns()
    ]
    if period:
        headers += [
            translate(CTX, PLAN_HEADERS["status"]).format(period=period),
            translate(CTX, PLAN_HEADERS["percent"]),
            translate(CTX, PLAN_HEADERS["spent"]).format(period=period),
        ]
    return headers


class _PlanWriter:
    """Writes the plan tree below the header: heading rows, tasks merged over measures.

    A task whose measures carry their own numbers ("1.1.1.1") keeps those numbers in the
    number column and its own in front of its text ("1.1.1. …"), so that importing the
    sheet again finds every measure by its number; a task whose measures have none keeps
    the council's layout (the task's number merged down the number column).
    """

    def __init__(
        self,
        sh: _Sheet,
        data: _PlanData,
        translate: Translate,
        period: str | None,
        ncols: int,
        progress: Progress | None,
    ) -> None:
        self.sh, self.data, self.translate = sh, data, translate
        self.period, self.ncols, self.progress = period, ncols, progress
        self.row = 0
        self.done = 0

    def tick(self) -> None:
        self.done += 1
        total = len(self.data.items)
        if self.progress is not None and (self.done % 100 == 0 or self.done == total):
            self.progress(self.done, total)

    def walk(self, nodes: list[PlanItem]) -> None:
        for it in nodes:
            if it.kind in ("direction", "sector"):
                self.heading(it)
            elif it.kind == "objective":
                self.objective(it)
            else:
                self.measure(it, self.row, with_code=True)
                self.row += 1
                self.tick()

    def heading(self, it: PlanItem) -> None:
        sh = self.sh
        text = f"{it.code}. {it.title}" if it.code else it.title
        sh.band(self.row, self.ncols, text, fill=it.kind == "direction")
        self.row += 1
        if it.description:
            goal = self.translate(CTX, TITLES["goal"]).format(text=it.description)
            sh.band(self.row, self.ncols, goal, fill=False)
            self.row += 1
        self.tick()
        self.walk(self.data.children.get(it.id, []))

    def objective(self, it: PlanItem) -> None:
        sh, ws = self.sh, self.sh.ws
        kids = [k for k in self.data.children.get(it.id, []) if k.kind == "measure"]
        numbered = bool(kids) and all(k.code for k in kids)
        first = self.row
        if numbered or not kids:
            # the task's number goes with its text; the number column is the measures'
            sh.put(self.row, 2, f"{it.code}. {it.title}" if it.code else it.title)
        else:
            sh.put(self.row, 1, it.code)
            sh.put(self.row, 2, it.title)
        if not kids:
            sh.put(self.row, 1, None)
            for c in range(3, self.ncols + 1):
                sh.put(self.row, c, None)
            self.row += 1
        for m in kids:
            self.measure(m, self.row, with_code=numbered)
            self.row += 1
            self.tick()
        if len(kids) > 1:
            if not numbered:
                ws.merge_cells(start_row=first, start_column=1, end_row=self.row - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=self.row - 1, end_column=2)
        self.tick()
        # items nested under an objective (rare) follow it
        self.walk([k for k in self.data.children.get(it.id, []) if k.kind != "measure"])

    def measure(self, m: PlanItem, r: int, with_code: bool) -> None:
        sh, data = self.sh, self.data
        if with_code and m.code:
            sh.put(r, 1, m.code)
        sh.put(r, 3, m.title)
        sh.put(r, 4, m.deadline_text or _years_text(m))
        sh.put(r, 5, m.expected_result)
        sh.put(r, 6, ", ".join(x for x in (m.lead_executor, m.co_executors) if x) or None)
        col = 7
        for src, year in data.cost_columns():
            if year is None:
                sh.put(r, col, data.budgets.get(m.id, {}).get(src), MONEY_FORMAT)
            else:
                sh.put(r, col, data.years.get(m.id, {}).get(src, {}).get(year), MONEY_FORMAT)
            col += 1
        if self.period:
            mp = data.status.get(m.id)
            word = V.MEASURE_STATUSES.word(mp.status, self.translate, in_text=True) if mp else None
            sh.put(r, col, word)
            sh.put(r, col + 1, mp.percent_complete if mp else None, PERCENT_FORMAT)
            sh.put(r, col + 2, data.spent.get(m.id), MONEY_FORMAT)
        for c in (1, 2):
            sh.ws.cell(row=r, column=c).border = sh.border


def export_plan(
    db,
    program_id: Any,
    path: str | Path,
    translate: Translate,
    progress: Progress | None = None,
    period: str | None = None,
    workbook: Any = None,
) -> None:
    """The action plan as the council lays it out; with `period`, the status, % complete
    and spending of each measure in that period are added on the right. With `workbook`
    the sheet is added to it and nothing is saved (see `export_plan_and_matrix`)."""
    from openpyxl import Workbook

    period = _checked_period(period)
    data = _plan_data(db, program_id, translate, period)
    headers = _plan_headers(data, translate, period)
    ncols = len(headers)
    wb = workbook if workbook is not None else Workbook()
    ws = wb.active if workbook is None else wb.create_sheet()
    ws.title = translate(CTX, TITLES["plan_sheet"])[:31]
    sh = _Sheet(ws)
    sh.title(data.title, ncols)
    header_row = 3
    for c, text in enumerate(headers, start=1):
        sh.header(header_row, c, text)
    sh.numbering(header_row + 1, ncols)
    writer = _PlanWriter(sh, data, translate, period, ncols, progress)
    writer.row = header_row + 2
    writer.walk(data.children.get(None, []))
    costs = len(data.cost_columns())
    widths = [7, 34, 46, 16, 38, 30] + [16] * costs + ([14, 10, 16] if period else [])
    sh.finish(header_row, header_row, writer.row - 1, ncols, widths)
    if workbook is None:
        _save(wb, path)


def _years_text(m: PlanItem) -> str | None:
    if m.start_year and m.end_year and m.start_year != m.end_year:
        return f"{m.start_year}-{m.end_year}"
    if m.start_year:
        return str(m.start_year)
    return None


# -- indicator matrix -------------------------------------------------------------------------

# The indicator fields right of the council's columns, in this order (the MSDSP matrix's
# frequency and date last: the columns before them keep their places of earlier exports).
_MATRIX_EXTRA = (
    "final",
    "responsible",
    "data_source",
    "method",
    "verifying",
    "note",
    "aggregation",
    "direction",
    "level",
    "plan_item",
    "frequency",
    "date",
)


@dataclass
class _MatrixData:
    """What the matrix sheet shows, read in one session."""

    title: str
    start: int
    end: int
    inds: list[Indicator]
    targets: dict[Any, dict[str, IndicatorTarget]]
    items: dict[Any, PlanItem]


def _matrix_data(db, program_id: Any, translate: Translate) -> _MatrixData:
    with db.session() as s:
        program = _program(s, program_id)
        inds = list(
            s.scalars(
                select(Indicator)
                .where(Indicator.program_id == program.id)
                .order_by(Indicator.position, Indicator.created_at)
            )
        )
        targets: dict[Any, dict[str, IndicatorTarget]] = {}
        for t in s.scalars(
            select(IndicatorTarget).where(IndicatorTarget.indicator_id.in_([i.id for i in inds]))
        ):
            targets.setdefault(t.indicator_id, {})[t.period] = t
        items = {
            i.id: i for i in s.scalars(select(PlanItem).where(PlanItem.program_id == program.id))
        }
        return _MatrixData(
            _title_of(translate, "matrix_title", program),
            program.start_year,
            program.end_year,
            inds,
            targets,
            items,
        )


@dataclass
class _MatrixLayout:
    """The matrix's columns: (key, header) in order, and where the interim targets are."""

    cols: list[tuple[str, str]]
    years: list[int]
    halves: list[str]
    one_base_year: bool
    first_year_col: int
    last_year_col: int

    @property
    def index(self) -> dict[str, int]:
        return {key: c for c, (key, _t) in enumerate(self.cols, start=1)}


def _matrix_layout(data: _MatrixData, translate: Translate) -> _MatrixLayout:
    start, end = data.start, data.end
    years = list(range(start, end + 1))
    halves = sorted(
        {p for tt in data.targets.values() for p in tt if "-H" in p and start <= int(p[:4]) <= end}
    )
    inds = data.inds
    base_years = {i.baseline_year for i in inds if i.baseline_value is not None or i.baseline_year}
    one_base_year = len(base_years) <= 1
    base_year = next(iter(base_years), None) if base_years else start - 1

    def head(key: str) -> str:
        return translate(CTX, MATRIX_HEADERS[key])

    cols: list[tuple[str, str]] = [(k, head(k)) for k in ("number", "issue", "indicator", "unit")]
    if one_base_year:
        cols.append(("baseline", head("baseline_of").format(year=base_year)))
    else:
        cols += [("baseline_year", head("baseline_year")), ("baseline", head("baseline"))]
    first_year_col = len(cols) + 1
    cols += [(f"year:{n}", head("year_n").format(n=n)) for n, _y in enumerate(years, start=1)]
    cols += [(f"half:{h}", h) for h in halves]
    last_year_col = len(cols)
    cols += [(key, head(key)) for key in _MATRIX_EXTRA]
    return _MatrixLayout(cols, years, halves, one_base_year, first_year_col, last_year_col)


def _matrix_header(sh: _Sheet, lay: _MatrixLayout, translate: Translate) -> int:
    """The two header rows (interim targets merged over the years) and the numbering row;
    returns the first data row."""
    ws = sh.ws
    h1, h2 = 2, 3
    interim = translate(CTX, MATRIX_HEADERS["interim"])
    for c, (_key, text) in enumerate(lay.cols, start=1):
        if lay.first_year_col <= c <= lay.last_year_col:
            sh.header(h1, c, interim)
            sh.header(h2, c, text)
        else:
            sh.header(h1, c, text)
            sh.header(h2, c, None)
            ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    ws.merge_cells(
        start_row=h1, start_column=lay.first_year_col, end_row=h1, end_column=lay.last_year_col
    )
    sh.numbering(h2 + 1, len(lay.cols), "({n})")
    return h2 + 2


def written_value(value: float | None, value_type: str, translate: Translate) -> str | float | None:
    """An indicator's value as the exports write it: the one written form of
    `numbers.format_indicator_value` for yes/no and ratio (what the import reads back), the
    number itself for the rest (Excel keeps it a number)."""
    if value is None:
        return None
    if value_type in ("milestone", "ratio"):
        yes, no = translate(CTX, TITLES["yes"]), translate(CTX, TITLES["no"])
        return format_indicator_value(value, value_type, yes=yes, no=no).replace("\u00a0", " ")
    return value


class _MatrixWriter:
    """Writes the indicators below the header, group by group, issues merged down."""

    def __init__(self, sh: _Sheet, data: _MatrixData, lay: _MatrixLayout, translate: Translate):
        self.sh, self.data, self.lay, self.translate = sh, data, lay, translate
        self.index = lay.index
        self.row = 0

    def write(self) -> None:
        # Indicators without a group first, then each group in order of first appearance.
        groups: list[str | None] = []
        for i in self.data.inds:
            if i.group_text not in groups:
                groups.append(i.group_text)
        groups.sort(key=lambda g: g is not None)
        for group in groups:
            if group is not None:
                self.sh.band(self.row, len(self.lay.cols), group)
                self.row += 1
            self.group([i for i in self.data.inds if i.group_text == group])

    def group(self, members: list[Indicator]) -> None:
        issue_col = self.index["issue"]
        issue_start = self.row
        prev_issue: str | None = None
        for i in members:
            if i.issue_text != prev_issue or not i.issue_text:
                _merge_issue(self.sh.ws, issue_col, issue_start, self.row - 1)
                issue_start = self.row
            prev_issue = i.issue_text
            self.indicator(i, self.row)
            self.row += 1
        _merge_issue(self.sh.ws, issue_col, issue_start, self.row - 1)

    def value_cell(self, r: int, c: int, ind: Indicator, value: float | None, text: str | None):
        if text and _same_value(text, value, ind) or value is None:
            self.sh.put(r, c, text)
        elif ind.value_type == "percent" and (ind.unit or "").strip() != "%":
            self.sh.put(r, c, f"{format_number(value).replace(chr(0xA0), ' ')}%")
        else:
            written = written_value(value, ind.value_type, self.translate)
            self.sh.put(r, c, written, None if isinstance(written, str) else "General")

    def indicator(self, i: Indicator, row: int) -> None:
        sh, idx, lay = self.sh, self.index, self.lay
        tt = self.data.targets.get(i.id, {})
        sh.put(row, idx["number"], i.code)
        sh.put(row, idx["issue"], i.issue_text)
        sh.put(row, idx["indicator"], i.name)
        sh.put(row, idx["unit"], i.unit)
        if not lay.one_base_year:
            sh.put(row, idx["baseline_year"], i.baseline_year)
        self.value_cell(row, idx["baseline"], i, i.baseline_value, None)
        periods = [(f"year:{n}", str(y)) for n, y in enumerate(lay.years, start=1)]
        periods += [(f"half:{h}", h) for h in lay.halves]
        for key, period in periods:
            t = tt.get(period)
            self.value_cell(row, idx[key], i, t.value if t else None, t.text if t else None)
        self.value_cell(row, idx["final"], i, i.final_target, None)
        self.fields(i, row)

    def fields(self, i: Indicator, row: int) -> None:
        sh, idx, tr = self.sh, self.index, self.translate
        sh.put(row, idx["responsible"], i.responsible)
        sh.put(row, idx["data_source"], i.data_source)
        sh.put(row, idx["method"], i.method)
        sh.put(row, idx["verifying"], i.verifying_document)
        sh.put(row, idx["frequency"], i.collection_frequency)
        sh.put(row, idx["date"], i.collection_date)
        sh.put(row, idx["note"], i.methodology_note)
        sh.put(row, idx["aggregation"], V.AGGREGATIONS_SHORT.word(i.aggregation, tr))
        sh.put(row, idx["direction"], V.INDICATOR_DIRECTIONS_SHORT.word(i.direction, tr))
        sh.put(row, idx["level"], V.INDICATOR_LEVELS.word(i.level, tr) or None)
        item = self.data.items.get(i.plan_item_id) if i.plan_item_id else None
        sh.put(row, idx["plan_item"], _item_label(item) if item else None)


def _item_label(item: PlanItem) -> str:
    """ "1.1.1. Title": the import finds the plan item by its number first."""
    return f"{item.code}. {item.title}" if item.code else item.title


def export_matrix(
    db, program_id: Any, path: str | Path, translate: Translate, workbook: Any = None
) -> None:
    """The indicator matrix: issue, indicator, unit, baseline, interim targets for year
    1…N of the programme, final target, responsible body, then the other indicator fields.
    With `workbook` the sheet is added to it and nothing is saved."""
    from openpyxl import Workbook

    data = _matrix_data(db, program_id, translate)
    lay = _matrix_layout(data, translate)
    ncols = len(lay.cols)
    wb = workbook if workbook is not None else Workbook()
    ws = wb.active if workbook is None else wb.create_sheet()
    ws.title = translate(CTX, TITLES["matrix_sheet"])[:31]
    sh = _Sheet(ws)
    sh.title(data.title, ncols)
    writer = _MatrixWriter(sh, data, lay, translate)
    writer.row = _matrix_header(sh, lay, translate)
    writer.write()
    widths = (
        [6, 30, 40, 10]
        + [12] * (1 if lay.one_base_year else 2)
        + [11] * (len(lay.years) + len(lay.halves))
    )
    widths += [12, 26, 20, 20, 20, 24, 14, 12, 12, 30, 16, 16]
    sh.finish(2, 3, writer.row - 1, ncols, widths)
    if workbook is None:
        _save(wb, path)


def export_plan_and_matrix(
    db,
    program_id: Any,
    path: str | Path,
    translate: Translate,
    progress: Progress | None = None,
    period: str | None = None,
) -> None:
    """One workbook with the action plan and the indicator matrix as two sheets: what a
    council keeps together, and what `plan_import` reads back in one go."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    export_plan(db, program_id, path, translate, progress, period, workbook=wb)
    export_matrix(db, program_id, path, translate, workbook=wb)
    _save(wb, path)


def _merge_issue(ws, col: int, first: int, last: int) -> None:
    if last > first and ws.cell(row=first, column=col).value:
        ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)


def _same_value(text: str, value: float | None, ind: Indicator) -> bool:
    """The council's text is written back only when it still says the stored number."""
    from meapp.services.plan.importer import read_value  # as the import will read it

    parsed = read_value(text, ind.unit)
    if value is None:
        return parsed.value is None
    return parsed.value is not None and abs(parsed.value - value) <= 1e-9 * max(1.0, abs(value))
