"""`meapp import-plan` cannot change what an approved round locks (PRODUCT.md §2, §6).

The attack: `meapp export-xlsx --kind matrix`, edit the workbook, `meapp import-plan` it
back. Setting a target of an approved year, or an indicator's baseline, unit or kind whose
actuals an approved round holds, is refused whole: exit 2, one line naming the file, the
cell, the period and the field, and the database as it was.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.helpers import run_cli
from tests.unit.test_exchange import fingerprint

pytestmark = pytest.mark.slow

PASSWORD = {"MEAPP_PASSWORD": "demo"}


def one_error_line(result) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def demo(demo_db):
    """The small demo as a file (2023-H1 … 2024-H2 approved)."""
    demo_db.dispose()
    return demo_db.path


@pytest.fixture
def matrix(demo, tmp_path):
    path = tmp_path / "matrix.xlsx"
    r = run_cli("--db", str(demo), "export-xlsx", "--kind", "matrix", "-o", str(path))
    assert r.returncode == 0, r.stderr
    return path


def _edited(matrix, tmp_path, row, col, value):
    wb = openpyxl.load_workbook(matrix)
    ws = wb.worksheets[0]
    ws.cell(row, col, value)
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    return out


def _import(demo, path):
    return run_cli("--db", str(demo), "--user", "admin", "import-plan", str(path), env=PASSWORD)


@pytest.mark.parametrize(
    ("col", "value", "where", "what"),
    [
        (12, 4000, "row 6, column L", "the period 2024-H1 is approved: its target cannot change"),
        (5, 5, "row 6, column E", "the period 2023-H1 is approved: the baseline of"),
        (4, "га", "row 6, column D", "the period 2023-H1 is approved: the unit of"),
        (19, "level", "row 6", "how the periods of this indicator combine cannot change"),
    ],
)
def test_an_edited_matrix_cannot_change_an_approved_period(
    demo, matrix, tmp_path, col, value, where, what
):
    edited = _edited(matrix, tmp_path, 6, col, value)
    before = fingerprint(demo)

    line = one_error_line(_import(demo, edited))

    assert line.startswith("meapp: edited.xlsx, sheet ") and where in line and what in line
    assert fingerprint(demo) == before


def test_the_same_edit_of_an_open_year_goes_in(demo, matrix, tmp_path):
    edited = _edited(matrix, tmp_path, 6, 9, 9999)  # column I: year 4 = 2026, open
    r = _import(demo, edited)
    assert r.returncode == 0, r.stderr
    check = run_cli("--db", str(demo), "check")
    assert check.returncode == 0, check.stdout + check.stderr
