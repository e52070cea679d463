"""The "Budget by year" sheet of the IPTT workbook (issue 21): for every year of the
programme, planned (that year's amount), spent (in that year's periods), execution and
deviation — for the programme, each priority direction and each measure, per funding source.

The figures are `plan.budget_years.execution`'s, the ones the dashboard and the annual report
show. A measure whose planned cost is one total (not split by year by the council) is
spread evenly over its years, and its rows say so in the "split by year" column.
"""

from __future__ import annotations

import uuid
from typing import Any

from meapp.services.plan import budget_years as by
from meapp.services.reports import texts as T
from meapp.services.reports.texts import QT_TRANSLATE_NOOP, Texts
from meapp.store.engine import Database

SHEET = QT_TRANSLATE_NOOP("report", "Budget by year")
TITLE = QT_TRANSLATE_NOOP("report", "Budget by year: planned in the year against spent in it")
NOTE = QT_TRANSLATE_NOOP(
    "report",
    "A measure whose planned cost is not split by year counts as spread evenly over its years.",
)
COL_LEVEL = QT_TRANSLATE_NOOP("report", "Level")
COL_NAME = QT_TRANSLATE_NOOP("report", "Direction or measure")
COL_SPLIT = QT_TRANSLATE_NOOP("report", "Split by year")
LEVEL_PROGRAMME = QT_TRANSLATE_NOOP("report", "Programme")
LEVEL_DIRECTION = QT_TRANSLATE_NOOP("report", "Priority direction")
LEVEL_MEASURE = QT_TRANSLATE_NOOP("report", "Measure")
SPREAD_EVENLY = QT_TRANSLATE_NOOP("report", "no: spread evenly")
SPLIT_YES = QT_TRANSLATE_NOOP("report", "yes")

TITLE_ROW, NOTE_ROW, YEAR_ROW, HEAD_ROW = 1, 2, 4, 5
FIXED = 5  # level, number, name, source, split by year
PER_YEAR = 4  # planned, spent, execution, deviation


def add_budget_sheet(wb: Any, db: Database, program_id: uuid.UUID | str, t: Texts) -> Any:
    """Append the sheet to `wb` and return it."""
    with db.session() as s:
        ex = by.execution(s, program_id)
    ws = wb.create_sheet(t(SHEET)[:31])
    _header(ws, t, ex.years)
    row = HEAD_ROW + 1
    row = _block(ws, row, t, t(LEVEL_PROGRAMME), "", "", ex.program, ex.years, None)
    for did, figures in ex.directions.items():
        code, name = _split_label(ex.labels.get(did, ""))
        row = _block(ws, row, t, t(LEVEL_DIRECTION), code, name, figures, ex.years, None)
    for mid, figures in ex.measures.items():
        code, name = _split_label(ex.labels.get(mid, ""))
        split = t(SPLIT_YES) if ex.split.get(mid) else t(SPREAD_EVENLY)
        row = _block(ws, row, t, t(LEVEL_MEASURE), code, name, figures, ex.years, split)
    _finish(ws, row - 1, ex.years)
    return ws


def _split_label(label: str) -> tuple[str, str]:
    code, _, rest = label.partition(" ")
    if code and code[0].isdigit():
        return code, rest
    return "", label


def _header(ws: Any, t: Texts, years: list[int]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    from meapp.services.reports.excel_cells import HEADER_FILL, safe_text

    safe_text(ws.cell(TITLE_ROW, 1), t(TITLE))
    ws.cell(TITLE_ROW, 1).font = Font(bold=True, size=13)
    safe_text(ws.cell(NOTE_ROW, 1), t(NOTE))
    fixed = [t(COL_LEVEL), "№", t(COL_NAME), t(T.COL_SOURCE), t(COL_SPLIT)]
    per_year = [
        t(T.IN_UNIT, what=t(T.PLANNED), unit=t(T.SOM)),
        t(T.IN_UNIT, what=t(T.SPENT), unit=t(T.SOM)),
        t(T.EXECUTION),
        t(T.IN_UNIT, what=t(T.DEVIATION), unit=t(T.SOM)),
    ]
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    heads = [(YEAR_ROW, c, text) for c, text in enumerate(fixed, 1)]
    for i, year in enumerate(years):
        first = FIXED + 1 + i * PER_YEAR
        heads.append((YEAR_ROW, first, str(year)))
        ws.merge_cells(
            start_row=YEAR_ROW, start_column=first, end_row=YEAR_ROW, end_column=first + 3
        )
        heads += [(HEAD_ROW, first + j, text) for j, text in enumerate(per_year)]
    for c in range(1, FIXED + 1):
        ws.merge_cells(start_row=YEAR_ROW, start_column=c, end_row=HEAD_ROW, end_column=c)
    for r, c, text in heads:
        cell = ws.cell(r, c)
        safe_text(cell, text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for i in range(len(years) * PER_YEAR):
        ws.cell(HEAD_ROW, FIXED + 1 + i).fill = fill


def _block(
    ws: Any,
    row: int,
    t: Texts,
    level: str,
    code: str,
    name: str,
    figures: by.Figures,
    years: list[int],
    split: str | None,
) -> int:
    """The rows of one programme, direction or measure: one per source, then the total
    (a measure with one source has no total row)."""
    sources = sorted(
        {s for by_source in figures.values() for s in by_source if s != by.TOTAL},
        key=by.source_order,
    )
    keys = sources + ([by.TOTAL] if len(sources) != 1 else [])
    for source in keys:
        label = t(T.TOTAL) if source == by.TOTAL else t.source(source)
        _row(ws, row, [level, code, name, label, split], figures, source, years)
        row += 1
    return row


def _row(
    ws: Any,
    row: int,
    fixed: list[Any],
    figures: by.Figures,
    source: str,
    years: list[int],
) -> None:
    from openpyxl.styles import Font

    from meapp.services.reports.excel_cells import number_format, safe_text

    for c, value in enumerate(fixed, 1):
        if value:
            safe_text(ws.cell(row, c), value)
    for i, year in enumerate(years):
        f = figures.get(year, {}).get(source)
        if f is None:
            continue
        first = FIXED + 1 + i * PER_YEAR
        for j, value in enumerate((f.planned, f.spent)):
            cell = ws.cell(row, first + j)
            cell.value = float(value)
            cell.number_format = number_format(value)
        if f.percent is not None:
            cell = ws.cell(row, first + 2)
            cell.value = f.percent / 100.0
            cell.number_format = "0.0%"
        cell = ws.cell(row, first + 3)
        cell.value = float(f.deviation)
        cell.number_format = number_format(f.deviation)
    if source == by.TOTAL:
        for c in range(1, FIXED + 1 + len(years) * PER_YEAR):
            ws.cell(row, c).font = Font(bold=True)


def _finish(ws: Any, last_row: int, years: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    widths = [12, 8, 44, 20, 16] + [14, 14, 11, 14] * len(years)
    for c, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = ws.cell(HEAD_ROW + 1, FIXED + 1)
    last_col = get_column_letter(FIXED + len(years) * PER_YEAR)
    if last_row > HEAD_ROW:
        ws.auto_filter.ref = f"A{HEAD_ROW}:{last_col}{last_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
