"""Row limits counted in the sheet XML, and vetting without the heavy libraries (issue 20).

A 77 005-row sheet took 7,5 s in `import-plan` (openpyxl read every row) before it was
refused. The rows holding values are now counted as the XML streams by, so a plan sheet
past `MAX_PLAN_ROWS` (and a table of actuals past its `MAX_ROWS`) is refused before
openpyxl starts; and vetting imports neither openpyxl nor SQLAlchemy, so `import-plan`
refuses such a file before it loads them.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from meapp.errors import ValidationError
from meapp.models.numbers import format_number
from meapp.services.common import workbook, xlsx_limits
from meapp.services.common.workbook import read_workbook, vet_plan_workbooks, vet_workbook
from meapp.services.monitoring import actuals_import
from tests.helpers import ROOT
from tests.unit.test_workbook_limits import merged_bomb, sheet_xml, xlsx_bytes


def rows_xml(n: int, *, start: int = 1, empty_rows: int = 0) -> str:
    """`n` rows of two text cells, after `empty_rows` formatted rows without a cell."""
    empty = "".join(f'<row r="{r}" ht="20"/>' for r in range(start, start + empty_rows))
    first = start + empty_rows
    return empty + "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>x{r}</t></is></c>'
        f'<c r="B{r}"><v>{r}</v></c></row>'
        for r in range(first, first + n)
    )


def test_a_plan_sheet_with_too_many_rows_is_refused_before_openpyxl(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook, "MAX_PLAN_ROWS", 100)
    path = tmp_path / "long.xlsx"
    path.write_bytes(xlsx_bytes(sheet_xml(dimension="A1:B101", rows=rows_xml(101))))
    for read in (read_workbook, lambda p: vet_plan_workbooks([p])):
        with pytest.raises(ValidationError) as err:
            read(path)
        assert err.value.text() == (
            "long.xlsx, sheet План: the sheet holds more than 100 rows with values; "
            "meapp reads at most 100 rows of such a sheet"
        )
    # without the reader's row limit the same file passes the general limits
    assert vet_workbook(path) == path


def test_rows_without_values_and_a_sparse_far_row_do_not_count(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook, "MAX_PLAN_ROWS", 100)
    path = tmp_path / "formatted.xlsx"
    rows = rows_xml(100, empty_rows=5000) + '<row r="90000"><c r="A90000"><v>1</v></c></row>'
    path.write_bytes(xlsx_bytes(sheet_xml(dimension="A1:B90000", rows=rows)))
    with pytest.raises(ValidationError, match="more than 100 rows"):
        vet_plan_workbooks([path])  # 101 rows hold values
    path.write_bytes(
        xlsx_bytes(sheet_xml(dimension="A1:B5100", rows=rows_xml(100, empty_rows=5000)))
    )
    vet_plan_workbooks([path])  # 5 000 formatted rows without a cell are no work


def test_the_council_samples_are_within_the_plan_row_limit():
    from tests.helpers import SAMPLES

    vet_plan_workbooks(
        [SAMPLES / "kara-balta-action-plan.xlsx", SAMPLES / "kara-balta-indicators.xlsx"]
    )


def test_a_table_of_actuals_past_its_row_limit_is_refused_from_the_xml(tmp_path, monkeypatch):
    monkeypatch.setattr(actuals_import, "MAX_ROWS", 10)
    path = tmp_path / "actuals.xlsx"
    path.write_bytes(xlsx_bytes(sheet_xml(dimension="A1:B12", rows=rows_xml(12)), title="A"))
    with pytest.raises(ValidationError) as err:
        actuals_import.read_table(path)
    # the heading and MAX_ROWS rows of data
    assert "the sheet holds more than 11 rows with values" in err.value.text()


@pytest.mark.parametrize("value", [0, 7, 999, 1000, 16384, 1048576, 2_000_000, 10**12])
def test_the_vetting_groups_digits_as_the_models_do(value):
    assert xlsx_limits._n(value) == format_number(value)


def test_vetting_loads_neither_sqlalchemy_nor_openpyxl(tmp_path):
    path = merged_bomb(tmp_path / "plan.xlsx")
    code = (
        "import sys\n"
        "from meapp.errors import ValidationError\n"
        "from meapp.services.common.workbook import vet_plan_workbooks\n"
        "try:\n"
        f"    vet_plan_workbooks([{str(path)!r}])\n"
        "except ValidationError:\n"
        "    pass\n"
        "else:\n"
        "    raise SystemExit('not refused')\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'openpyxl', 'meapp.models') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ""
