"""The indicator performance tracking table in Excel (issue 7).

Those who work in Excel get the same figures as the app: every target, actual and progress
per period equals `status --json`; the sheet is ready to print and filter; a name that looks
like a formula stays text.
"""

from __future__ import annotations

import uuid
import zipfile

import pytest
from openpyxl import load_workbook

from meapp import i18n
from meapp.models import Indicator
from meapp.models.periods import periods_between
from meapp.services.monitoring import status as status_service
from meapp.services.plan.programs import get_program, list_programs
from meapp.services.reports.excel_iptt import FIXED_COLS, export_iptt

HEADER_ROWS = (4, 5)
FIRST = HEADER_ROWS[1] + 1


@pytest.fixture
def iptt(demo_db, tmp_path):
    pid = uuid.UUID(list_programs(demo_db)[0].id)
    path = tmp_path / "iptt.xlsx"
    result = export_iptt(demo_db, pid, path, i18n.translator("ky"), "ky")
    return demo_db, pid, path, result


def approx(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def test_every_period_matches_status_json(iptt):
    db, pid, path, result = iptt
    prog = get_program(db, pid)
    periods = [str(p) for p in periods_between(prog.start_year, prog.end_year, prog.frequency)]
    assert list(result.periods) == periods
    ws = load_workbook(path).active
    rows = {}
    for r in range(FIRST, ws.max_row + 1):
        name = ws.cell(r, 2).value
        if isinstance(ws.cell(r, 1).value, int):
            rows[name] = r
    checked = 0
    for i, period in enumerate(periods):
        js = status_service.status_json(status_service.program_status(db, pid, period))
        assert len(rows) == len(js["indicators"])
        col = FIXED_COLS + 1 + 3 * i
        assert ws.cell(HEADER_ROWS[0], col).value  # the period's heading
        for ind in js["indicators"]:
            label = f"{ind['code']} {ind['name']}".strip() if ind["code"] else ind["name"]
            r = rows[label]
            assert approx(ws.cell(r, 8).value, ind["baseline"])
            assert approx(ws.cell(r, col).value, ind["target"]), (period, label)
            assert approx(ws.cell(r, col + 1).value, ind["actual"]), (period, label)
            assert approx(ws.cell(r, col + 2).value, ind["progress"]), (period, label)
            if ind["target_interpolated"]:
                assert ws.cell(r, col).number_format.startswith('"≈ "')
            checked += ind["actual"] is not None
        total_row = ws.max_row
        assert approx(ws.cell(total_row, col + 2).value, js["program_progress"])
    assert checked > 20


def test_sheet_is_ready_to_print_filter_and_scroll(iptt):
    _db, _pid, path, result = iptt
    ws = load_workbook(path).active
    assert ws.freeze_panes == f"C{FIRST}"
    assert ws.auto_filter.ref.startswith(f"A{HEADER_ROWS[1]}:")
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$4:$5"
    assert ws.cell(HEADER_ROWS[0], 2).value == "Индикатор"
    assert ws.cell(HEADER_ROWS[1], FIXED_COLS + 1).value == "Максат"
    # figures are numbers with a number format, not text
    first = ws.cell(FIRST, FIXED_COLS + 2)
    assert isinstance(first.value, int | float) and first.number_format.startswith("#,##0")
    assert ws.cell(FIRST, FIXED_COLS + 3).number_format == "0%"
    assert result.indicators == 12


def test_text_that_looks_like_a_formula_stays_text(demo_db, tmp_path):
    pid = uuid.UUID(list_programs(demo_db)[0].id)
    evil = '=HYPERLINK("http://example.com","click")'
    with demo_db.session() as s, s.begin():
        ind = s.query(Indicator).filter(Indicator.program_id == pid).first()
        ind.name = evil
        ind.code = None
        ind.unit = "+7"
    path = tmp_path / "iptt.xlsx"
    export_iptt(demo_db, pid, path, None, "en")
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet
    ws = load_workbook(path).active
    names = [ws.cell(r, 2) for r in range(FIRST, ws.max_row + 1)]
    cell = next(c for c in names if c.value == evil)
    assert cell.data_type == "s"
    assert ws.cell(cell.row, 4).value == "+7" and ws.cell(cell.row, 4).data_type == "s"
    assert ws.cell(HEADER_ROWS[0], 2).value == "Indicator"


def test_the_cumulative_column_names_a_sum_within_the_year(demo_db, tmp_path):
    """Neither "yes" nor "no" is true of an indicator summed within each year: its kind's
    own words stand in the column."""
    pid = uuid.UUID(list_programs(demo_db)[0].id)
    with demo_db.session() as s, s.begin():
        ind = s.query(Indicator).filter_by(program_id=pid, aggregation="sum").first()
        ind.aggregation = "annual_sum"
        code, name = ind.code, ind.name
    path = tmp_path / "iptt.xlsx"
    export_iptt(demo_db, pid, path, i18n.translator("ru"), "ru")
    ws = load_workbook(path).active
    kinds = {ws.cell(r, 2).value: ws.cell(r, 6).value for r in range(FIRST, ws.max_row + 1)}
    assert kinds[f"{code} {name}".strip() if code else name] == "сумма за год"
    assert {"да", "нет"} <= set(kinds.values())
