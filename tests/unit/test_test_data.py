"""The tests' own data: the committed workbooks in tests/data are what
scripts/make_test_workbooks.py writes, and no test reads files from outside the repository."""

from __future__ import annotations

import importlib.util
import re

import openpyxl

from tests.helpers import ROOT, SAMPLES

SCRIPT = ROOT / "scripts" / "make_test_workbooks.py"
WORKBOOKS = ("kara-balta-action-plan.xlsx", "kara-balta-indicators.xlsx")


def _generator():
    spec = importlib.util.spec_from_file_location("make_test_workbooks", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _content(path):
    """Per sheet: title, every non-empty cell (coordinate → value, type kept), merged ranges,
    column widths, bold cells."""
    wb = openpyxl.load_workbook(path)
    try:
        sheets = []
        for ws in wb.worksheets:
            cells = {
                c.coordinate: (type(c.value).__name__, c.value)
                for row in ws.iter_rows()
                for c in row
                if c.value is not None and c.value != ""
            }
            sheets.append(
                {
                    "title": ws.title,
                    "cells": cells,
                    "merged": sorted(str(r) for r in ws.merged_cells.ranges),
                    "widths": {k: d.width for k, d in ws.column_dimensions.items()},
                    "bold": sorted(c.coordinate for row in ws.iter_rows() for c in row if c.font.b),
                }
            )
        return sheets
    finally:
        wb.close()


def test_the_committed_workbooks_are_what_the_script_writes(tmp_path):
    written = _generator().write_workbooks(tmp_path)
    assert sorted(p.name for p in written) == sorted(WORKBOOKS)
    for name in WORKBOOKS:
        fresh, committed = _content(tmp_path / name), _content(SAMPLES / name)
        assert fresh == committed, (
            f"tests/data/{name} differs from scripts/make_test_workbooks.py: "
            "run the script and commit its output"
        )


def test_the_script_writes_the_same_bytes_twice(tmp_path):
    generator = _generator()
    generator.write_workbooks(tmp_path / "a")
    generator.write_workbooks(tmp_path / "b")
    for name in WORKBOOKS:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_the_workbooks_have_the_shape_of_council_tables():
    plan, matrix = (_content(SAMPLES / name) for name in WORKBOOKS)
    (sheet,) = plan
    assert sheet["title"] == "Аракеттер планы"
    assert "A7:A9" in sheet["merged"] and "B7:B9" in sheet["merged"]  # a task over 3 measures
    assert sheet["cells"]["A7"] == ("str", "1")  # numbers pasted from Word are text
    assert [s["title"] for s in matrix] == ["Индикаторлор", "Макро көрсөткүчтөр"]
    assert "F2:I2" in matrix[0]["merged"]  # the two-row header
    assert matrix[0]["cells"]["F6"] == ("float", 8371.4)


def test_no_test_reads_files_from_outside_the_repository():
    pattern = re.compile(r"shared[/\\]+samples|[\"']shared[\"']\s*/\s*[\"']samples")
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "tests").rglob("*.py"))
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
