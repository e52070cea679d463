"""Attacks on the number paths, pinned so they keep failing.

- subnormal numbers (1e-320, 5e-324), Python's float quirks (`1_000`, full-width and
  Arabic-Indic digits) and ints too large for a float (10**400) are refused by
  `numbers.parse_number`, so by every path that reads a number;
- the writer of actuals (`entry.write_actual_in`) refuses a value that cannot be computed
  with, whatever parser came before it; an XLSX numeric cell is range-checked too;
- a CSV row wider than its header, or an XLSX formula without its computed value, is
  refused naming the row or the cell, never read short or skipped;
- a text, bytes or a subnormal stored in `actual.value` with a SQLite tool is held as
  `unrepresentable`, never a crash of the status;
- the flush listener of the status stamps visits each new object once.
"""

from __future__ import annotations

import json
import sqlite3
import sys

import pytest
from sqlalchemy import select

from meapp.errors import ValidationError
from meapp.models import Actual
from meapp.models import summary as summary_model
from meapp.models.numbers import NumberError, parse_number, representable
from meapp.models.periods import Period
from meapp.services.monitoring import actuals_import, entry, validation
from meapp.services.monitoring import status as st
from tests.unit import factories as f


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.editor = f.add_user(db, "editor", "editor")
    return ns


def stored(db):
    with db.session() as s:
        return sorted((str(a.indicator_id), a.period, a.value) for a in s.scalars(select(Actual)))


# -- numbers.parse_number ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["1e-320", "5e-324", "-1e-320", 1e-320, 5e-324, "1_000", "１２", "٣", "1e400", 10**400],
)
def test_parse_number_refuses_subnormals_quirks_and_overflow(text):
    with pytest.raises(NumberError):
        parse_number(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("734 593,3", 734593.3),
        ("734\u00a0593,3", 734593.3),
        ("1.234,5", 1234.5),
        ("-2", -2.0),
        ("−2", -2.0),
        ("12 %", 12.0),
        ("1e9", 1e9),
        ("1,5", 1.5),
        (".5", 0.5),
        ("0", 0.0),
        (0, 0.0),
        (sys.float_info.min, sys.float_info.min),
        ("2.5E-3", 0.0025),
    ],
)
def test_parse_number_keeps_what_it_promises(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_representable_names_what_can_be_computed_with():
    assert representable(0.0) and representable(1e15) and representable(-5)
    assert not representable(1e-320)
    assert not representable(10**400)
    assert not representable("abc")
    assert not representable(b"\x00")
    assert not representable(float("nan"))


def test_outlier_after_a_stored_subnormal_is_said_in_words():
    problem = validation.outlier(6100.0, 1e-320, "2025-H2")
    assert problem is not None and problem.message == "far more than in {period} ({previous})"
    # a factor that underflows to 0 is never divided by
    problem = validation.outlier(1e-320, 6100.0, "2025-H2")
    assert problem is not None and problem.message == "far less than in {period} ({previous})"


# -- the services ------------------------------------------------------------------------


@pytest.mark.parametrize("value", [1e-320, "5e-324", 10**400, "1_000", "１２"])
def test_set_actual_refuses_without_a_crash(db, prog, value):
    before = stored(db)
    with pytest.raises(ValidationError):
        entry.set_actual(db, prog.editor, prog.roads, "2023-H1", value)
    assert stored(db) == before


@pytest.mark.parametrize("value", [1e308, 1e16, 1e-320, float("nan"), "abc"])
def test_the_writer_refuses_what_cannot_be_computed_with(db, prog, value):
    from meapp.models import Indicator

    with db.session() as s, s.begin():
        ind = s.get(Indicator, prog.roads)
        with pytest.raises(ValidationError):
            entry.write_actual_in(s, prog.editor, ind, Period.parse("2023-H1"), value)
    assert stored(db) == []


def write_xlsx(path, rows):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Actuals"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("value", [1e308, -1e308, 1e16, 1e-320])
def test_xlsx_numeric_cells_are_range_checked(db, prog, tmp_path, value):
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [("indicator_id", "period", "value"), (str(prog.roads), "2023-H1", value)],
    )
    with pytest.raises(ValidationError) as err:
        actuals_import.import_actuals(db, prog.editor, path)
    (problem,) = err.value.problems
    assert (problem.row, problem.column) == (2, "value")
    assert stored(db) == []


def test_a_csv_row_wider_than_its_header_is_refused(db, prog, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        f"indicator_id,period,value\n{prog.roads},2023-H1,6500,5\n"
        f"{prog.roads},2023-H2,7,\n",  # an empty trailing field is no data
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as err:
        actuals_import.import_actuals(db, prog.editor, path)
    (problem,) = err.value.problems
    assert problem.row == 2
    assert problem.message.startswith("more fields than the header")
    assert stored(db) == []


def test_an_empty_trailing_field_is_no_extra_field(db, prog, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(f"indicator_id,period,value\n{prog.roads},2023-H1,6500,\n", encoding="utf-8")
    result = actuals_import.import_actuals(db, prog.editor, path)
    assert result.created == 1


def test_a_formula_without_a_computed_value_is_refused_naming_the_cell(db, prog, tmp_path):
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ("indicator_id", "period", "value"),
            (str(prog.roads), "2023-H1", 1.5),
            (str(prog.roads), "2023-H2", "=1+1"),  # openpyxl saves no computed value
        ],
    )
    with pytest.raises(ValidationError) as err:
        actuals_import.import_actuals(db, prog.editor, path)
    (problem,) = err.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("Actuals", 3, "value")
    assert problem.message.startswith("a formula without a computed value")
    assert stored(db) == []


# -- stored values written past the parsers ---------------------------------------------


def _raw_set(db, indicator_id, period, value) -> None:
    con = sqlite3.connect(db.path)
    con.execute(
        "UPDATE actual SET value = ? WHERE indicator_id = ? AND period = ?",
        (value, indicator_id.hex, period),
    )
    con.commit()
    con.close()


@pytest.mark.parametrize("value", ["abc", b"\x01\x02", 1e-320])
def test_a_stored_text_blob_or_subnormal_is_held_not_a_crash(db, prog, value):
    if db.path is None:
        pytest.skip("writes the SQLite file directly")
    f.add_actual(db, prog.roads, "2023-H1", 1.0)
    _raw_set(db, prog.roads, "2023-H1", value)
    ps = st.program_status(db, prog.program_id, "2023-H1")
    roads = next(r for r in ps.indicators if r.code == "1")
    assert roads.status == "needs_review"
    assert roads.actual is None
    assert validation.implausible(value, value_type="number") == validation.UNREPRESENTABLE
    json.dumps(st.status_json(ps), allow_nan=False)
    st.all_programs_status(db)


def test_a_subnormal_between_values_does_not_crash_the_status(db, prog):
    """The attacker's database: 0, then 1e-320, then 6100 (written before the parsers
    refused subnormals)."""
    if db.path is None:
        pytest.skip("writes the SQLite file directly")
    f.add_actual(db, prog.roads, "2023-H1", 0.0)
    f.add_actual(db, prog.roads, "2023-H2", 1.0)
    _raw_set(db, prog.roads, "2023-H2", 1e-320)
    with pytest.raises(ValidationError):
        entry.set_actual(db, prog.editor, prog.roads, "2024-H1", 1e-320)
    entry.set_actual(db, prog.editor, prog.roads, "2024-H1", 6100)
    st.program_status(db, prog.program_id, "2024-H1")


# -- the flush listener --------------------------------------------------------------------


def test_each_new_object_is_noted_once_per_flush(db, prog, monkeypatch):
    """`session.new` builds a new set at every access: the listener takes it once and
    notes every new row once (no `obj in session.new` per row)."""
    seen: list[object] = []
    real = summary_model._Touched.add_object

    def counting(self, obj):
        seen.append(obj)
        real(self, obj)

    monkeypatch.setattr(summary_model._Touched, "add_object", counting)
    with db.session() as s, s.begin():
        rows = [
            Actual(indicator_id=prog.roads, period=f"{2023 + i // 2}-H{i % 2 + 1}", value=1.0)
            for i in range(6)
        ]
        s.add_all(rows)
        s.flush()
    assert sorted(map(id, seen)) == sorted(map(id, rows))
