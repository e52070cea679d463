"""Export of the action plan and the indicator matrix in the council's column layout.

The sheets look like the tables the council approved (see `tests/data/`, made by
`scripts/make_test_workbooks.py`): a title,
the header (two rows in the matrix, with the interim targets under one merged heading),
a numbering row, heading rows for directions, sectors and indicator groups, a task merged
down over its measures. They are also what `plan_import` reads back: exporting and
importing again gives the same programme. So the matrix carries, right of the council's
columns, the indicator fields the council table has no place for (data source, method,
verifying document, methodology note, how periods combine, direction, level, plan item).

Headers and titles go through `translate("xlsx", …)`, the words for stored codes (funding
sources, statuses, levels, …) are the vocabulary's (`meapp.services.common.vocabulary`, the
short column words the import reads back); text a user typed that begins with
= + - @ is written as text (never as a formula). Sheets are set up for A4 landscape, with
the header frozen and filters on.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from meapp.errors import NotFound, ValidationError
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
from meapp.models.numbers import format_number, format_ratio
from meapp.services.common import vocabulary as V

Translate = Callable[[str, str], str]
Progress = Callable[[int, int], None]
CTX = "xlsx"


def QT_TRANSLATE_NOOP(ctx: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


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


def export_plan(  # noqa: C901 - still to split by sheet part (issue 17)
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

    if period is not None:
        from meapp.models.periods import Period, PeriodError

        try:
            period = str(Period.parse(period))
        except PeriodError as exc:
            raise ValidationError("not a period: {value}", value=period) from exc
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
            budgets.setdefault(b.measure_id, {})[b.source] = b.planned
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
                spent[m] = spent.get(m, 0.0) + sp.amount
        title = _title_of(translate, "plan_title", program)

    children: dict[Any, list[PlanItem]] = {}
    for it in items:
        children.setdefault(it.parent_id, []).append(it)
    sources = [src for src in enums.FUNDING_SOURCES if any(src in b for b in budgets.values())]

    headers = [
        translate(CTX, PLAN_HEADERS[k])
        for k in ("number", "task", "measure", "deadline", "result", "responsible")
    ]
    headers += [
        translate(CTX, PLAN_HEADERS["cost"]).format(source=V.FUNDING_SOURCES.word(src, translate))
        for src in sources
    ]
    if period:
        headers += [
            translate(CTX, PLAN_HEADERS["status"]).format(period=period),
            translate(CTX, PLAN_HEADERS["percent"]),
            translate(CTX, PLAN_HEADERS["spent"]).format(period=period),
        ]
    ncols = len(headers)

    wb = workbook if workbook is not None else Workbook()
    ws = wb.active if workbook is None else wb.create_sheet()
    ws.title = translate(CTX, TITLES["plan_sheet"])[:31]
    sh = _Sheet(ws)
    sh.title(title, ncols)
    header_row = 3
    for c, text in enumerate(headers, start=1):
        sh.header(header_row, c, text)
    sh.numbering(header_row + 1, ncols)
    row = header_row + 2
    total = len(items)
    done = 0

    def measure_row(m: PlanItem, r: int, with_code: bool) -> None:
        if with_code and m.code:
            sh.put(r, 1, m.code)
        sh.put(r, 3, m.title)
        sh.put(r, 4, m.deadline_text or _years_text(m))
        sh.put(r, 5, m.expected_result)
        sh.put(r, 6, ", ".join(x for x in (m.lead_executor, m.co_executors) if x) or None)
        col = 7
        for src in sources:
            sh.put(r, col, budgets.get(m.id, {}).get(src), MONEY_FORMAT)
            col += 1
        if period:
            mp = status.get(m.id)
            word = V.MEASURE_STATUSES.word(mp.status, translate, in_text=True) if mp else None
            sh.put(r, col, word)
            sh.put(r, col + 1, mp.percent_complete if mp else None, PERCENT_FORMAT)
            sh.put(r, col + 2, spent.get(m.id), MONEY_FORMAT)
        for c in (1, 2):
            ws.cell(row=r, column=c).border = sh.border

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and (done % 100 == 0 or done == total):
            progress(done, total)

    def walk(nodes: list[PlanItem]) -> None:
        nonlocal row
        for it in nodes:
            if it.kind in ("direction", "sector"):
                sh.band(
                    row,
                    ncols,
                    f"{it.code}. {it.title}" if it.code else it.title,
                    fill=it.kind == "direction",
                )
                row += 1
                if it.description:
                    goal = translate(CTX, TITLES["goal"]).format(text=it.description)
                    sh.band(row, ncols, goal, fill=False)
                    row += 1
                tick()
                walk(children.get(it.id, []))
            elif it.kind == "objective":
                kids = [k for k in children.get(it.id, []) if k.kind == "measure"]
                first = row
                sh.put(row, 1, it.code)
                sh.put(row, 2, it.title)
                if not kids:
                    for c in range(3, ncols + 1):
                        sh.put(row, c, None)
                    row += 1
                for m in kids:
                    measure_row(m, row, with_code=False)
                    row += 1
                    tick()
                if len(kids) > 1:
                    ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
                    ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
                tick()
                # items nested under an objective (rare) follow it
                walk([k for k in children.get(it.id, []) if k.kind != "measure"])
            else:
                measure_row(it, row, with_code=True)
                row += 1
                tick()

    walk(children.get(None, []))
    widths = [7, 34, 46, 16, 38, 30] + [16] * len(sources) + ([14, 10, 16] if period else [])
    sh.finish(header_row, header_row, row - 1, ncols, widths)
    if workbook is None:
        _save(wb, path)


def _years_text(m: PlanItem) -> str | None:
    if m.start_year and m.end_year and m.start_year != m.end_year:
        return f"{m.start_year}-{m.end_year}"
    if m.start_year:
        return str(m.start_year)
    return None


# -- indicator matrix -------------------------------------------------------------------------


def export_matrix(  # noqa: C901 - still to split by sheet part (issue 17)
    db, program_id: Any, path: str | Path, translate: Translate, workbook: Any = None
) -> None:
    """The indicator matrix: issue, indicator, unit, baseline, interim targets for year
    1…N of the programme, final target, responsible body, then the other indicator fields.
    With `workbook` the sheet is added to it and nothing is saved."""
    from openpyxl import Workbook

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
        title = _title_of(translate, "matrix_title", program)
        start, end = program.start_year, program.end_year

    years = list(range(start, end + 1))
    halves = sorted(
        {p for tt in targets.values() for p in tt if "-H" in p and start <= int(p[:4]) <= end}
    )
    base_years = {i.baseline_year for i in inds if i.baseline_value is not None or i.baseline_year}
    one_base_year = len(base_years) <= 1
    base_year = next(iter(base_years), None) if base_years else start - 1

    cols: list[tuple[str, str]] = [
        ("number", translate(CTX, MATRIX_HEADERS["number"])),
        ("issue", translate(CTX, MATRIX_HEADERS["issue"])),
        ("indicator", translate(CTX, MATRIX_HEADERS["indicator"])),
        ("unit", translate(CTX, MATRIX_HEADERS["unit"])),
    ]
    if one_base_year:
        cols.append(
            ("baseline", translate(CTX, MATRIX_HEADERS["baseline_of"]).format(year=base_year))
        )
    else:
        cols.append(("baseline_year", translate(CTX, MATRIX_HEADERS["baseline_year"])))
        cols.append(("baseline", translate(CTX, MATRIX_HEADERS["baseline"])))
    first_year_col = len(cols) + 1
    for n, _y in enumerate(years, start=1):
        cols.append((f"year:{n}", translate(CTX, MATRIX_HEADERS["year_n"]).format(n=n)))
    for h in halves:
        cols.append((f"half:{h}", h))
    last_year_col = len(cols)
    for key in (
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
    ):
        cols.append((key, translate(CTX, MATRIX_HEADERS[key])))
    ncols = len(cols)

    wb = workbook if workbook is not None else Workbook()
    ws = wb.active if workbook is None else wb.create_sheet()
    ws.title = translate(CTX, TITLES["matrix_sheet"])[:31]
    sh = _Sheet(ws)
    sh.title(title, ncols)
    h1, h2 = 2, 3
    interim = translate(CTX, MATRIX_HEADERS["interim"])
    for c, (_key, text) in enumerate(cols, start=1):
        if first_year_col <= c <= last_year_col:
            sh.header(h1, c, interim)
            sh.header(h2, c, text)
        else:
            sh.header(h1, c, text)
            sh.header(h2, c, None)
            ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    ws.merge_cells(start_row=h1, start_column=first_year_col, end_row=h1, end_column=last_year_col)
    sh.numbering(h2 + 1, ncols, "({n})")
    row = h2 + 2

    # Indicators without a group first, then each group in order of first appearance.
    groups: list[str | None] = []
    for i in inds:
        if i.group_text not in groups:
            groups.append(i.group_text)
    groups.sort(key=lambda g: g is not None)
    index = {key: c for c, (key, _t) in enumerate(cols, start=1)}
    yes, no = translate(CTX, TITLES["yes"]), translate(CTX, TITLES["no"])

    def value_cell(r: int, c: int, ind: Indicator, value: float | None, text: str | None):
        if text and _same_value(text, value, ind) or value is None:
            sh.put(r, c, text)
        elif ind.value_type == "ratio":
            sh.put(r, c, format_ratio(value).replace("\u00a0", " "))
        elif ind.value_type == "milestone":
            sh.put(r, c, yes if value else no)
        elif ind.value_type == "percent" and (ind.unit or "").strip() != "%":
            sh.put(r, c, f"{format_number(value).replace(chr(0xA0), ' ')}%")
        else:
            sh.put(r, c, value, "General")

    for group in groups:
        members = [i for i in inds if i.group_text == group]
        if group is not None:
            sh.band(row, ncols, group)
            row += 1
        issue_start = row
        prev_issue: str | None = None
        for i in members:
            if i.issue_text != prev_issue or not i.issue_text:
                _merge_issue(ws, index["issue"], issue_start, row - 1)
                issue_start = row
            prev_issue = i.issue_text
            tt = targets.get(i.id, {})
            sh.put(row, index["number"], i.code)
            sh.put(row, index["issue"], i.issue_text)
            sh.put(row, index["indicator"], i.name)
            sh.put(row, index["unit"], i.unit)
            if not one_base_year:
                sh.put(row, index["baseline_year"], i.baseline_year)
            value_cell(row, index["baseline"], i, i.baseline_value, None)
            for n, y in enumerate(years, start=1):
                t = tt.get(str(y))
                value_cell(
                    row, index[f"year:{n}"], i, t.value if t else None, t.text if t else None
                )
            for h in halves:
                t = tt.get(h)
                value_cell(
                    row, index[f"half:{h}"], i, t.value if t else None, t.text if t else None
                )
            value_cell(row, index["final"], i, i.final_target, None)
            sh.put(row, index["responsible"], i.responsible)
            sh.put(row, index["data_source"], i.data_source)
            sh.put(row, index["method"], i.method)
            sh.put(row, index["verifying"], i.verifying_document)
            sh.put(row, index["note"], i.methodology_note)
            sh.put(row, index["aggregation"], V.AGGREGATIONS_SHORT.word(i.aggregation, translate))
            direction = V.INDICATOR_DIRECTIONS_SHORT.word(i.direction, translate)
            sh.put(row, index["direction"], direction)
            sh.put(row, index["level"], V.INDICATOR_LEVELS.word(i.level, translate) or None)
            item = items.get(i.plan_item_id) if i.plan_item_id else None
            sh.put(row, index["plan_item"], item.title if item else None)
            row += 1
        _merge_issue(ws, index["issue"], issue_start, row - 1)
    widths = (
        [6, 30, 40, 10] + [12] * (1 if one_base_year else 2) + [11] * (len(years) + len(halves))
    )
    widths += [12, 26, 20, 20, 20, 24, 14, 12, 12, 30]
    sh.finish(h1, h2, row - 1, ncols, widths)
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
    from meapp.services.common.workbook import read_value

    parsed = read_value(text, ind.unit)
    if value is None:
        return parsed.value is None
    return parsed.value is not None and abs(parsed.value - value) <= 1e-9 * max(1.0, abs(value))
