"""A report table split over pages never leaves a page with one or two rows (issue 23: a
page of the PDF held a single table row), and a long section's heading no longer drags the
whole table to a new page."""

from __future__ import annotations

from reportlab.platypus import FrameBreak

from meapp.services.reports import layout


def _table(rows: int):
    return layout.table(["a", "b"], [[str(i), "x"] for i in range(rows)], [100, 100])


def _rows(part) -> int:
    return len(part._cellvalues) - 1


def test_a_split_that_would_orphan_rows_moves_more_of_them():
    tbl = _table(20)
    _w, height = tbl.wrap(200, 10_000)
    row = height / 21
    # room for the header and 18 rows: the last page would get 2
    parts = tbl.split(200, row * 19 + 1)
    assert len(parts) == 3 and isinstance(parts[1], type(FrameBreak))
    assert _rows(parts[2]) >= layout.MIN_TAIL_ROWS
    assert _rows(parts[0]) + _rows(parts[2]) == 20


def test_an_ordinary_split_is_left_alone():
    tbl = _table(20)
    _w, height = tbl.wrap(200, 10_000)
    row = height / 21
    parts = tbl.split(200, row * 11 + 1)
    assert len(parts) == 2
    assert _rows(parts[0]) == 10 and _rows(parts[1]) == 10


def test_the_heading_of_a_table_is_not_kept_with_all_of_it():
    from meapp.services.reports.sections import TABLE_ROOM, section_title

    flowables = section_title(4, "Measures", before_table=True)
    assert flowables[0].height == TABLE_ROOM  # a conditional page break, not the whole table
    assert not flowables[1].style.keepWithNext
