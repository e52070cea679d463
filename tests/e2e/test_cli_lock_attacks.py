"""Issue 18, the lock attacks on the command line, as the issue tried them.

Set-up as a user has it: `meapp demo` (2023-H1 … 2024-H2 approved), `MEAPP_PASSWORD=demo`,
`meapp export-xlsx --kind matrix`, one cell of the workbook edited, `meapp import-plan` it
back. Every edit that would move an approved figure is refused whole: exit 2, one line
naming the period and the field, and the database file byte for byte what it was. The same
kind of edit in an open year goes in, so the refusals are the lock's, not a broken import.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.helpers import run_cli
from tests.unit.test_exchange import fingerprint

pytestmark = pytest.mark.slow

ENV = {"MEAPP_PASSWORD": "demo", "MEAPP_LANG": "en"}
CODE = "И-01"  # cumulative, yearly targets 8 371,4; 2024-H1 left empty by the council


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> tuple[Path, Path]:
    """`meapp demo` once, and its matrix exported once: (database, workbook)."""
    folder = tmp_path_factory.mktemp("lock-attacks")
    db = folder / "demo.db"
    r = run_cli("--db", str(db), "demo", env=ENV)
    assert r.returncode == 0, r.stderr
    matrix = folder / "matrix.xlsx"
    r = run_cli(
        "--lang", "en", "--db", str(db), "export-xlsx", "--kind", "matrix", "-o", str(matrix)
    )
    assert r.returncode == 0, r.stderr
    return db, matrix


@pytest.fixture
def demo(original, tmp_path) -> Path:
    db = tmp_path / "demo.db"
    shutil.copyfile(original[0], db)
    return db


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _column(ws, header: str) -> int:
    """The column whose heading (row 2, or row 3 for the periods) is `header`."""
    for row in (2, 3):
        for cell in ws[row]:
            if cell.value == header:
                return cell.column
    raise AssertionError(f"no column {header!r} in the matrix")


def _row(ws, code: str) -> int:
    for cell in ws["A"]:
        if cell.value == code:
            return cell.row
    raise AssertionError(f"no row {code!r} in the matrix")


def _edited(original, tmp_path: Path, header: str, value) -> tuple[Path, object]:
    """The exported matrix with И-01's cell under `header` set to `value`: (file, old)."""
    wb = openpyxl.load_workbook(original[1])
    ws = wb.worksheets[0]
    cell = ws.cell(_row(ws, CODE), _column(ws, header))
    old = cell.value
    cell.value = value
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    return out, old


def _import(db: Path, path: Path):
    return run_cli("--db", str(db), "--user", "admin", "import-plan", str(path), env=ENV)


def _status(db: Path) -> dict:
    r = run_cli("--db", str(db), "--json", "status", "--period", "2024-H2", env=ENV)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _refused(result) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("header", "value", "period", "field"),
    [
        # The first attack: 2024-H2 went from on track 94 % to at risk 73 %.
        ("How periods combine", "level", "2023-H1", "how the periods of this indicator combine"),
        # A target typed into the empty approved cell: progress 79,6 % → 81,5 %.
        ("2024-H1", 4000, "2024-H1", "its target cannot change"),
        ("Baseline (2022)", 5, "2023-H1", "the baseline of this indicator"),
        ("Unit", "га", "2023-H1", "the unit of this indicator"),
        ("Final target", 20000, "2023-H1", "the final target of this indicator"),
    ],
    ids=["how-periods-combine", "target-in-empty-approved-cell", "baseline", "unit", "final"],
)
def test_an_edit_that_moves_an_approved_figure_is_refused_and_changes_nothing(
    original, demo, tmp_path, header, value, period, field
):
    edited, old = _edited(original, tmp_path, header, value)
    assert old != value
    before_bytes, before_rows = _sha256(demo), fingerprint(demo)

    line = _refused(_import(demo, edited))

    assert line.startswith("meapp: edited.xlsx, sheet "), line
    assert f"the period {period} is approved" in line and field in line, line
    assert _sha256(demo) == before_bytes
    assert fingerprint(demo) == before_rows


def test_the_approved_status_stays_what_was_approved(original, demo, tmp_path):
    before = _status(demo)
    for header, value in (("How periods combine", "level"), ("2024-H1", 4000)):
        edited, _old = _edited(original, tmp_path, header, value)
        _refused(_import(demo, edited))
    assert _status(demo) == before


def test_a_target_of_an_open_year_still_goes_in(original, demo, tmp_path):
    edited, _old = _edited(original, tmp_path, "Year 4", 9999)  # 2026: open
    before = _sha256(demo)
    r = _import(demo, edited)
    assert r.returncode == 0, r.stderr
    assert _sha256(demo) != before
    check = run_cli("--db", str(demo), "check", env=ENV)
    assert check.returncode == 0, check.stdout + check.stderr
