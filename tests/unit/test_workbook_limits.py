"""Workbooks are measured before openpyxl builds a cell (issue 20: limits before work).

An 11 KB workbook with one merged range `AA1:XFD1048576` took 80 s and 7 GB in
`import-plan` before it was called damaged: openpyxl makes a cell object for each of the
range's 17 billion cells. `vet_workbook` (which the plan import, the GUI wizard through
`read_workbook`, and `import-actuals` all call first) now reads the zip directory and the
sheet XML and refuses such a file at once, naming the limit. The workbooks here are
written by hand (`xlsx_bytes`), as openpyxl itself cannot write such a range cheaply.
"""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from meapp.errors import ValidationError
from meapp.services.common import xlsx_limits
from meapp.services.common.workbook import read_workbook, vet_workbook
from tests.helpers import SAMPLES

_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{title}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="{target}"/></Relationships>'
)
HEADER = ("Милдет", "Иш-чара", "Мөөнөт", "Жооптуу", "Күтүлүүчү натыйжа")


def sheet_xml(
    *,
    dimension: str = "A1:E20",
    merges: tuple[str, ...] = (),
    rows: str | None = None,
    doctype: str = "",
) -> str:
    """A worksheet: a plan's header and 19 rows of text, then the given merged ranges."""
    if rows is None:
        cells = []
        for r in range(1, 21):
            texts = HEADER if r == 1 else tuple(f"{h} {r}" for h in HEADER)
            cells.append(
                f'<row r="{r}">'
                + "".join(
                    f'<c r="{chr(65 + i)}{r}" t="inlineStr"><is><t>{t}</t></is></c>'
                    for i, t in enumerate(texts)
                )
                + "</row>"
            )
        rows = "".join(cells)
    merged = "".join(f'<mergeCell ref="{m}"/>' for m in merges)
    merged = f'<mergeCells count="{len(merges)}">{merged}</mergeCells>' if merges else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + doctype
        + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + (f'<dimension ref="{dimension}"/>' if dimension else "")
        + f"<sheetData>{rows}</sheetData>{merged}</worksheet>"
    )


def xlsx_bytes(
    sheet: str, *, title: str = "План", part: str = "xl/worksheets/sheet1.xml", extra=()
) -> bytes:
    """A minimal .xlsx (what Excel needs and openpyxl reads) holding one sheet part."""
    target = "/" + part if not part.startswith("xl/") else part[3:]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT.replace("/xl/worksheets/sheet1.xml", "/" + part))
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK.format(title=title))
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.format(target=target))
        zf.writestr(part, sheet)
        for name, data in extra:
            zf.writestr(name, data)
    return buf.getvalue()


def merged_bomb(path: Path) -> Path:
    """The workbook of the issue: a small plan and one merged range AA1:XFD1048576."""
    path.write_bytes(xlsx_bytes(sheet_xml(merges=("A1:E1", "AA1:XFD1048576"))))
    return path


def refusal(path: Path, **kw) -> str:
    with pytest.raises(ValidationError) as err:
        vet_workbook(path, **kw)
    assert len(err.value.problems) == 1
    assert err.value.problems[0].file == path.name
    return err.value.text()


# -- the workbook of the issue ------------------------------------------------------------------


def test_the_11_kb_merged_range_workbook_is_refused_before_openpyxl_naming_the_limit(tmp_path):
    path = merged_bomb(tmp_path / "plan.xlsx")
    assert path.stat().st_size < 11 * 1024
    tracemalloc.start()
    try:
        text = refusal(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert text == (
        "plan.xlsx, sheet План: the sheet spans 16\u00a0384 columns × 1\u00a0048\u00a0576 rows "
        "(to AA1:XFD1048576); meapp reads at most 2\u00a0000\u00a0000 cells a sheet"
    )
    assert peak < 5 * 1024 * 1024  # the scan keeps no tree: a few chunks, never the cells
    # the plan import (CLI and GUI wizard) reads through read_workbook: the same answer
    with pytest.raises(ValidationError) as err:
        read_workbook(path)
    assert err.value.text() == text


def test_the_same_small_plan_without_the_range_is_read(tmp_path):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(xlsx_bytes(sheet_xml(merges=("A1:E1",))))
    assert vet_workbook(path) == path
    grid = read_workbook(path)[0]
    assert (grid.title, grid.nrows, grid.ncols) == ("План", 20, 5)
    assert grid.text(5, 2) == "Иш-чара 5"


def test_a_modest_dimension_with_many_merged_ranges_is_refused_by_their_area(tmp_path):
    """Every range inside a 26 000-cell sheet, but together 2,6 million cells to expand."""
    path = tmp_path / "merges.xlsx"
    path.write_bytes(xlsx_bytes(sheet_xml(dimension="A1:Z1000", merges=("A1:Z1000",) * 100)))
    text = refusal(path)
    assert "merged ranges cover 2\u00a0600\u00a0000 cells (the largest A1:Z1000)" in text
    assert "meapp reads at most 200\u00a0000 merged cells a sheet" in text


def test_a_sparse_sheet_within_the_limits_is_read_without_building_its_empty_cells(tmp_path):
    """A1 and T100000: 2 million positions, two cells. openpyxl's `iter_rows` would make a
    cell object for each position (half a gigabyte); `read_workbook` takes the stored ones."""
    path = tmp_path / "sparse.xlsx"
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Милдет</t></is></c></row>'
        '<row r="100000"><c r="T100000"><v>7</v></c></row>'
    )
    path.write_bytes(xlsx_bytes(sheet_xml(dimension="A1:T100000", rows=rows)))
    tracemalloc.start()
    try:
        grid = read_workbook(path)[0]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (grid.nrows, grid.ncols, grid.value(100000, 20), grid.text(1, 1)) == (
        100000,
        20,
        7,
        "Милдет",
    )
    assert len(grid.values) == 2
    assert peak < 50 * 1024 * 1024


def test_a_dimension_bomb_is_refused_for_the_read_only_reader_of_import_actuals(tmp_path):
    """`import-actuals` reads read-only, where openpyxl pads every row to the dimension."""
    path = tmp_path / "actuals.xlsx"
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>indicator_id</t></is></c></row>'
    path.write_bytes(xlsx_bytes(sheet_xml(dimension="A1:XFD1048576", rows=rows)))
    text = refusal(path, max_bytes=20 * 1024 * 1024)
    assert "spans 16\u00a0384 columns × 1\u00a0048\u00a0576 rows (to A1:XFD1048576)" in text


def test_a_far_cell_and_cells_without_a_reference_count_where_openpyxl_puts_them(tmp_path):
    far = tmp_path / "far.xlsx"
    far.write_bytes(
        xlsx_bytes(sheet_xml(rows='<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))
    )
    assert "(to XFD1048576)" in refusal(far)
    # a row far down with three cells without `r`: columns A, B, C of row 1 048 576
    bare = tmp_path / "bare.xlsx"
    bare.write_bytes(
        xlsx_bytes(
            sheet_xml(dimension="", rows='<row r="1048576">' + "<c><v>1</v></c>" * 3 + "</row>")
        )
    )
    assert "spans 3 columns × 1\u00a0048\u00a0576 rows" in refusal(bare)


def test_too_many_cell_elements_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_limits, "MAX_SHEET_CELLS", 1000)
    path = tmp_path / "cells.xlsx"
    path.write_bytes(
        xlsx_bytes(sheet_xml(rows='<row r="1">' + '<c r="A1"><v>1</v></c>' * 1001 + "</row>"))
    )
    assert "the sheet holds 1\u00a0001 cells in 1 rows; meapp reads at most 1\u00a0000" in (
        refusal(path)
    )


def test_a_sheet_under_an_unusual_part_name_is_measured_too(tmp_path):
    path = tmp_path / "odd.xlsx"
    path.write_bytes(
        xlsx_bytes(sheet_xml(merges=("AA1:XFD1048576",)), part="xl/other/data.xml", title="Ы")
    )
    assert refusal(path).startswith("odd.xlsx, sheet Ы: the sheet spans 16\u00a0384 columns")
    # openpyxl follows the relationship to any name, not only one ending in .xml
    path.write_bytes(xlsx_bytes(sheet_xml(merges=("AA1:XFD1048576",)), part="xl/s1.bin"))
    assert refusal(path).startswith("odd.xlsx, sheet План: the sheet spans 16\u00a0384 columns")


def test_a_sheet_with_a_dtd_is_damaged(tmp_path):
    path = tmp_path / "dtd.xlsx"
    lol = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    path.write_bytes(xlsx_bytes(sheet_xml(doctype=lol)))
    assert refusal(path) == "dtd.xlsx: the workbook is damaged and cannot be read"


# -- the zip directory ---------------------------------------------------------------------------


def test_a_part_that_unpacks_far_more_than_its_size_is_a_zip_bomb(tmp_path):
    """20 MB of zeros in 20 KB: under the 300 MB total, but no workbook part packs so."""
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(
        xlsx_bytes(sheet_xml(), extra=[("xl/media/image1.xml", b"\0" * (20 * 1024 * 1024))])
    )
    text = refusal(path)
    assert text.startswith("bomb.xlsx: the part xl/media/image1.xml would unpack ")
    assert "times its packed size (20 MB); meapp reads at most 200 times" in text


def test_a_directory_of_too_many_parts_is_refused_from_its_end_record(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_limits, "MAX_PARTS", 50)
    path = tmp_path / "parts.xlsx"
    path.write_bytes(
        xlsx_bytes(sheet_xml(), extra=[(f"xl/media/p{i}.bin", b"x") for i in range(60)])
    )
    assert refusal(path) == "parts.xlsx: the workbook is made of 65 parts; meapp reads at most 50"


def test_a_directory_too_large_for_its_parts_is_refused(tmp_path):
    """Few parts with very long names: the directory alone is megabytes."""
    path = tmp_path / "names.xlsx"
    long = [(f"xl/media/{i:05d}" + "n" * 600, b"") for i in range(8_000)]
    path.write_bytes(xlsx_bytes(sheet_xml(), extra=long))
    text = refusal(path)
    assert text.startswith("names.xlsx: the list of the workbook's parts takes ")
    assert text.endswith(" KB; meapp reads at most 4\u00a0096 KB")


def test_a_zip64_directory_is_measured_too(tmp_path):
    """Past 65 535 entries the count lives in the zip64 end record."""
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("xl/workbook.xml", _WORKBOOK.format(title="x"))
        for i in range(66_000):
            zf.writestr(f"{i}", b"")
    with path.open("rb") as fh:
        assert xlsx_limits._directory_size(fh)[0] == 66_001
    assert "the workbook is made of 66\u00a0001 parts; meapp reads at most 10\u00a0000" in (
        refusal(path)
    )


# -- real workbooks pass ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["kara-balta-action-plan.xlsx", "kara-balta-indicators.xlsx"])
def test_the_council_samples_pass_the_limits(name):
    assert vet_workbook(SAMPLES / name) == SAMPLES / name


def test_a_workbook_openpyxl_writes_with_merged_cells_passes(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Матрица"
    for r in range(1, 200):
        ws.append([f"{r}-{c}" for c in range(1, 30)])
    ws.merge_cells("A1:AC1")
    ws.merge_cells("B2:B150")
    path = tmp_path / "ok.xlsx"
    wb.save(path)
    assert vet_workbook(path) == path
    assert read_workbook(path)[0].text(100, 2) == "2-2"
