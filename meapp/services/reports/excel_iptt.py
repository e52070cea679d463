"""The indicator performance tracking table (IPTT) as an Excel workbook (openpyxl).

One row per indicator: No., indicator, level, unit, direction of change, cumulative or not,
# or %, baseline and its year; then for every reporting period of the programme the target
(≈ when derived), the actual and the progress in per cent; then the programme totals (final
target, actual to date, progress towards the final target). A last row carries the
programme's progress per period. The figures are those of `meapp.services.monitoring.status` — the
same as `status --json` — written as numbers with number formats, never as text.

Print set-up: A4 landscape, fit to one page wide, header rows repeated; frozen header and
indicator columns; filters on the header. User texts that begin with `=`, `+`, `-` or `@` are
written as text, never as a formula (formula injection).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from meapp.models import Indicator
from meapp.models import formulas as F
from meapp.models.periods import Period, periods_between
from meapp.services.common import vocabulary as V
from meapp.services.monitoring import status as status_service
from meapp.services.plan.programs import get_program
from meapp.services.reports import texts as T
from meapp.services.reports.excel_cells import (  # noqa: F401 - FORMULA_STARTS kept importable here
    FORMULA_STARTS,
    HEADER_FILL,
    number_format,
    safe_text,
)
from meapp.services.reports.texts import Texts, Translate
from meapp.store.engine import Database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


SUBHEADER_FILL = "DCE9F4"
TOTAL_FILL = "EEF3F8"
FIXED_COLS = 9  # No., indicator, level, unit, direction, cumulative, # or %, baseline, year


@dataclass(frozen=True)
class IpttResult:
    path: str
    indicators: int
    periods: tuple[str, ...]


def _statuses(db: Database, pid: uuid.UUID, periods: list[Period]) -> list[Any]:
    """The status of every period, loaded once (each is the `status --json` figure)."""
    return list(status_service.program_statuses(db, pid, periods))


def _levels(db: Database, pid: uuid.UUID) -> dict[str, tuple[str | None, float | None]]:
    """Indicator level and final target (not carried by the status DTOs)."""
    with db.session() as s:
        return {
            str(i): (lvl, ft)
            for i, lvl, ft in s.execute(
                select(Indicator.id, Indicator.level, Indicator.final_target).where(
                    Indicator.program_id == pid
                )
            )
        }


def export_iptt(
    db: Database,
    program_id: uuid.UUID | str,
    path: str | Path,
    translate: Translate | None,
    lang: str = "ky",
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> IpttResult:
    from openpyxl import Workbook

    t = Texts(translate, lang)
    prog = get_program(db, program_id)
    pid = uuid.UUID(prog.id)
    periods = periods_between(prog.start_year, prog.end_year, prog.frequency)
    latest = status_service.latest_period(db, pid)
    total_steps = len(periods) + 2
    if progress:
        progress(0, total_steps)
    statuses = _statuses(db, pid, periods)
    sheet = _Sheet(
        t,
        prog,
        by_period=[{r.indicator_id: r for r in ps.indicators} for ps in statuses],
        at_latest={r.indicator_id: r for r in _statuses(db, pid, [latest])[0].indicators},
        extra=_levels(db, pid),
        end_period=periods[-1] if periods else latest,
        styles=_styles(),
    )
    _check_cancelled(cancelled)
    if progress:
        progress(len(periods), total_steps)

    wb = Workbook()
    ws = wb.active
    ws.title = t(T.IPTT_SHEET)[:31]
    _write_title(ws, sheet)
    last_col = _write_header(ws, sheet, periods)
    rows = statuses[0].indicators if statuses else ()
    row = _HEADER_ROWS[1] + 1
    for n, ind in enumerate(rows, 1):
        _write_indicator(ws, sheet, row, n, ind, last_col)
        row += 1
        if cancelled and n % 100 == 0:
            _check_cancelled(cancelled)
    _write_programme_progress(ws, sheet, row, statuses, last_col)
    _set_up_sheet(ws, last_col, row)
    # the working group, checks, hearings, executors and revisions beside it (issue 21)
    from meapp.services.reports.excel_governance import add_sheets

    add_sheets(wb, db, pid, t)
    # planned and spent per year, source, measure and direction (issue 21)
    from meapp.services.reports.excel_budget import add_budget_sheet

    add_budget_sheet(wb, db, pid, t)
    wb.properties.title = t(T.IPTT_TITLE)
    wb.properties.creator = "meapp"
    wb.properties.subject = prog.title
    wb.properties.language = lang

    target = _save(wb, Path(path))
    if progress:
        progress(total_steps, total_steps)
    return IpttResult(str(target), len(rows), tuple(str(p) for p in periods))


_HEADER_ROWS = (4, 5)  # the period (or total) above, target / actual / % below


@dataclass(frozen=True)
class _Styles:
    """The fonts, fills, border and alignments of the sheet, made once per workbook."""

    bold: Any
    white: Any
    head_fill: Any
    sub_fill: Any
    total_fill: Any
    border: Any
    wrap_top: Any
    centre: Any


def _styles() -> _Styles:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="BBBBBB")
    return _Styles(
        bold=Font(bold=True),
        white=Font(bold=True, color="FFFFFF"),
        head_fill=PatternFill("solid", fgColor=HEADER_FILL),
        sub_fill=PatternFill("solid", fgColor=SUBHEADER_FILL),
        total_fill=PatternFill("solid", fgColor=TOTAL_FILL),
        border=Border(left=thin, right=thin, top=thin, bottom=thin),
        wrap_top=Alignment(wrap_text=True, vertical="top"),
        centre=Alignment(horizontal="center", vertical="center", wrap_text=True),
    )


@dataclass(frozen=True)
class _Sheet:
    """What every row of the table is written from: the texts, the programme, the status
    of each period (by indicator), the status at the latest period with data, each
    indicator's level and final target, and the programme's last period."""

    t: Texts
    prog: Any
    by_period: list[dict[str, Any]]
    at_latest: dict[str, Any]
    extra: dict[str, tuple[str | None, float | None]]
    end_period: Period
    styles: _Styles


def _check_cancelled(cancelled: Cancelled | None) -> None:
    """Stop when the user cancelled; nothing has been written yet (the file is saved last)."""
    if cancelled and cancelled():
        from meapp.services.reports.half_year import ReportCancelled

        raise ReportCancelled("the export was cancelled")


def _write_title(ws: Any, sheet: _Sheet) -> None:
    """Title, programme line and the note on how to read the table, above the header."""
    from openpyxl.styles import Font

    t, prog = sheet.t, sheet.prog
    ws["A1"] = t(T.IPTT_TITLE)
    ws["A1"].font = Font(bold=True, size=14)
    safe_text(ws["A2"], f"{prog.municipality} · «{prog.title}» · {prog.start_year}–{prog.end_year}")
    ws["A2"].font = Font(size=11)
    safe_text(ws["A3"], t(T.IPTT_NOTE))
    ws["A3"].font = Font(italic=True, size=9, color="555555")


def _write_header(ws: Any, sheet: _Sheet, periods: list[Period]) -> int:
    """The two header rows: the fixed columns merged over both, then three columns per
    period and three for the programme total under one merged label each. Returns the last
    column."""
    t, st = sheet.t, sheet.styles
    h1, h2 = _HEADER_ROWS
    fixed = [
        t(T.COL_NO),
        t(T.COL_INDICATOR),
        t(T.COL_LEVEL),
        t(T.COL_UNIT),
        t(T.COL_DIRECTION),
        t(T.COL_CUMULATIVE),
        t(T.COL_NUMBER_OR_PERCENT),
        t(T.COL_BASELINE),
        t(T.COL_BASELINE_YEAR),
    ]
    for c, text in enumerate(fixed, 1):
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
        ws.cell(h1, c, text)
    col = FIXED_COLS + 1
    groups = [(t.period(p), p) for p in periods] + [(t(T.COL_PROGRAMME_TOTAL), None)]
    for label, p in groups:
        ws.merge_cells(start_row=h1, start_column=col, end_row=h1, end_column=col + 2)
        ws.cell(h1, col, label)
        subs = (
            [t(T.COL_TARGET), t(T.COL_ACTUAL), t(T.COL_PERCENT)]
            if p is not None
            else [t(T.COL_FINAL_TARGET), t(T.COL_TOTAL_ACTUAL), t(T.COL_PERCENT)]
        )
        for i, text in enumerate(subs):
            ws.cell(h2, col + i, text)
        col += 3
    last_col = col - 1
    for hr in (h1, h2):
        for c in range(1, last_col + 1):
            cell = ws.cell(hr, c)
            cell.font = st.white if hr == h1 else st.bold
            cell.fill = st.head_fill if hr == h1 else st.sub_fill
            cell.alignment = st.centre
            cell.border = st.border
    return last_col


def _cumulative_word(t: Texts, kind: str) -> str:
    """ "yes" / "no", or for an indicator summed within the year the kind's own words: it
    is cumulative within each year only, and neither answer would be true."""
    if kind == F.ANNUAL_SUM:
        return t.word(V.AGGREGATIONS_SHORT, "annual_sum")
    return t.yes_no(kind == F.CUMULATIVE)


def _write_indicator(ws: Any, sheet: _Sheet, row: int, n: int, ind: Any, last_col: int) -> None:
    """One indicator: its description, target / actual / % of every period, and the
    programme total."""
    t = sheet.t
    level, _final_target = sheet.extra.get(ind.indicator_id, (None, None))
    ws.cell(row, 1, n)
    safe_text(ws.cell(row, 2), f"{ind.code} {ind.name}".strip() if ind.code else ind.name)
    safe_text(ws.cell(row, 3), t.level(level))
    safe_text(ws.cell(row, 4), ind.unit or "")
    safe_text(ws.cell(row, 5), t.direction(ind.direction))
    safe_text(ws.cell(row, 6), _cumulative_word(t, ind.kind))
    safe_text(ws.cell(row, 7), t.value_type(ind.value_type))
    _num(ws.cell(row, 8), ind.baseline)
    if ind.baseline_year is not None:
        ws.cell(row, 9, ind.baseline_year)
    col = FIXED_COLS + 1
    for per in sheet.by_period:
        r = per.get(ind.indicator_id)
        if r is not None:
            _num(ws.cell(row, col), r.target, derived=r.target_interpolated)
            _num(ws.cell(row, col + 1), r.actual)
            _pct(ws.cell(row, col + 2), r.progress)
        col += 3
    final, actual, overall = _programme_total(sheet, ind)
    _num(ws.cell(row, col), final)
    _num(ws.cell(row, col + 1), actual)
    _pct(ws.cell(row, col + 2), overall)
    for c in range(1, last_col + 1):
        cell = ws.cell(row, c)
        cell.border = sheet.styles.border
        if c <= 7:
            cell.alignment = sheet.styles.wrap_top


def _programme_total(sheet: _Sheet, ind: Any) -> tuple[float | None, float | None, float | None]:
    """The target at the programme's end (the last period's, else the indicator's final
    target), the actual to date (at the latest period with data) and the progress from the
    baseline towards that target: where the indicator stands over the whole programme, not
    in one period."""
    prog = sheet.prog
    _level, final_target = sheet.extra.get(ind.indicator_id, (None, None))
    end_row = sheet.by_period[-1].get(ind.indicator_id) if sheet.by_period else None
    final = end_row.target if end_row is not None and end_row.target is not None else final_target
    now = sheet.at_latest.get(ind.indicator_id)
    actual = now.actual if now is not None else None
    spec = F.IndicatorSpec(
        aggregation=ind.aggregation,
        direction=ind.direction,
        baseline=ind.baseline,
        baseline_year=ind.baseline_year,
        final_target=final_target,
        start_year=prog.start_year,
        end_year=prog.end_year,
    )
    overall = F.progress(actual, F.progress_baseline(spec, sheet.end_period), final, ind.direction)
    return final, actual, overall


def _write_programme_progress(
    ws: Any, sheet: _Sheet, row: int, statuses: list[Any], last_col: int
) -> None:
    """The last row: the programme's progress in each period, under the periods' % columns."""
    t, st = sheet.t, sheet.styles
    safe_text(ws.cell(row, 2), t(T.ROW_PROGRAMME_PROGRESS))
    col = FIXED_COLS + 1
    for ps in statuses:
        _pct(ws.cell(row, col + 2), ps.program_progress)
        col += 3
    for c in range(1, last_col + 1):
        cell = ws.cell(row, c)
        cell.font = st.bold
        cell.fill = st.total_fill
        cell.border = st.border
    ws.cell(row, 2).alignment = st.wrap_top


def _set_up_sheet(ws: Any, last_col: int, last_row: int) -> None:
    """Column widths, frozen header and indicator columns, filters on the header, and the
    print set-up: A4 landscape, one page wide, header rows and the first two columns
    repeated on every page, page numbers in the footer."""
    from openpyxl.utils import get_column_letter

    h1, h2 = _HEADER_ROWS
    widths = {1: 5, 2: 48, 3: 11, 4: 11, 5: 12, 6: 11, 7: 8, 8: 11, 9: 9}
    for c in range(1, last_col + 1):
        ws.column_dimensions[get_column_letter(c)].width = widths.get(
            c, 8 if (c - FIXED_COLS) % 3 == 0 else 11
        )
    ws.row_dimensions[h1].height = 30
    ws.row_dimensions[h2].height = 30
    ws.freeze_panes = ws.cell(h2 + 1, 3)
    ws.auto_filter.ref = f"A{h2}:{get_column_letter(last_col)}{max(last_row - 1, h2)}"
    ws.print_title_rows = f"{h1}:{h2}"
    ws.print_title_cols = "A:B"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.oddFooter.center.text = "&P / &N"


def _save(wb: Any, target: Path) -> Path:
    """Save through `FILE.tmp` and rename, so a failed save never leaves a broken workbook
    under the real name (nor replaces a good one)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    try:
        wb.save(tmp)
        tmp.replace(target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


def _num(cell: Any, value: float | None, *, derived: bool = False) -> None:
    if value is None:
        return
    cell.value = float(value)
    cell.number_format = number_format(value, derived=derived)


def _pct(cell: Any, fraction: float | None) -> None:
    if fraction is None:
        return
    cell.value = float(fraction)
    cell.number_format = "0%"
