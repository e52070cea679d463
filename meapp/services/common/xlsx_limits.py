"""Measuring an .xlsx file before openpyxl builds a single cell (issue 20: limits before work).

openpyxl trusts what a workbook says about itself. One merged range `AA1:XFD1048576` in an
11 KB file makes it create a `MergedCell` for each of the 17 billion cells of the range
(80 s and 7 GB before the import gave up); a `<dimension ref="A1:XFD1048576"/>` makes the
read-only reader of `import-actuals` pad every row to 16 384 columns and every gap to a
million rows; a zip directory of a million entries takes hundreds of megabytes before the
first part is read. So every workbook is measured here first, with the standard library
only and in memory that does not grow with the file:

- the zip's central directory, read from its end record: how many parts and how large the
  directory is (`MAX_PARTS`, `MAX_DIRECTORY_BYTES`), before `zipfile` lists it;
- each part's packed and unpacked size: one that unpacks more than `MAX_RATIO` times its
  packed size (past `RATIO_FLOOR` bytes) is a zip bomb, whatever the total;
- each worksheet part, streamed through expat in chunks (no tree is kept): the
  `<dimension ref>`, every `<mergeCell ref>`, every `<row>` and `<c>` with the positions
  openpyxl would give them. A sheet whose extent (dimension, cells and merged ranges
  together) is more than `MAX_SHEET_CELLS` cells, whose merged ranges cover more than
  `MAX_MERGED_CELLS` cells, or that holds more than `MAX_SHEET_CELLS` cell or row
  elements, is refused as soon as the scan sees it — the limit is named in the message;
  a reader that needs fewer rows (a plan, a table of actuals) also gives `max_rows`, the
  rows holding at least one cell it accepts, counted the same way.

Nothing here imports the models or SQLAlchemy (numbers are grouped by `_n`), so a command
can vet a workbook and refuse it before it loads the heavy libraries.

Every refusal is a `ValidationError` naming the file (and the sheet), so the CLI prints one
line and exits 2, and the GUI shows the same sentence.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pyexpat import ExpatError, ParserCreate, XMLParserType
from typing import IO, BinaryIO

from meapp.errors import Problem, ValidationError

MAX_PARTS = 10_000
MAX_DIRECTORY_BYTES = 4 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR = 8 * 1024 * 1024
MAX_SHEETS = 1_000
MAX_SHEET_CELLS = 2_000_000
# openpyxl makes a cell object for every merged cell (and `read_workbook` fills each one):
# 100 000 take about 100 MB; a council's table has a few thousand.
MAX_MERGED_CELLS = 200_000
MAX_LISTING_BYTES = 16 * 1024 * 1024  # workbook.xml and its relationships
CHUNK = 64 * 1024
_HUGE = 10**12  # positions past this are all "too far"; keeps the numbers printable

_REF = re.compile(r"^\$?([A-Za-z]+)\$?(\d+)$")
_SHEET_ROOTS = {"worksheet", "dialogsheet"}


def _n(value: int) -> str:
    """`16384` → `16 384` (no-break space), as `meapp.models.numbers.format_number` writes a
    whole number (a test keeps them equal) — without importing the models package."""
    return f"{value:,}".replace(",", "\u00a0")


_COLUMNS: dict[str, int] = {}  # column letters → number, for the few a sheet uses


def _column(letters: str) -> int:
    col = _COLUMNS.get(letters)
    if col is None:
        col = 0
        for ch in letters.upper()[:10]:
            col = col * 26 + ord(ch) - 64
        col = min(col, _HUGE)
        if len(_COLUMNS) < 50_000:
            _COLUMNS[letters] = col
    return col


def _cell_ref(text: str) -> tuple[int, int] | None:
    """`XFD1048576` → (1048576, 16384); anything else None (openpyxl then decides)."""
    m = _REF.match(text)
    if m is None:
        return None
    letters, digits = m.groups()
    return (int(digits) if len(digits) <= 12 else _HUGE), _column(letters)


def _range_ref(text: str) -> tuple[int, int, int, int] | None:
    """`AA1:XFD1048576` → (min_row, min_col, max_row, max_col); one cell is a 1×1 range."""
    first, _, last = text.partition(":")
    a = _cell_ref(first)
    b = _cell_ref(last) if last else a
    if a is None or b is None:
        return None
    return min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])


# -- the zip directory --------------------------------------------------------------------------


def _directory_size(fh: BinaryIO) -> tuple[int, int] | None:
    """(parts, directory bytes) from the zip's end records, or None when there is none
    (zipfile then says the file is damaged). Read from the last 64 KB and, for a zip64
    file, the zip64 end record it points to — never the directory itself."""
    fh.seek(0, 2)
    size = fh.tell()
    tail_at = max(0, size - 65_557)
    fh.seek(tail_at)
    tail = fh.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None
    parts, dir_bytes = struct.unpack("<xxxxxxxxxxHI", tail[at : at + 16])
    if parts != 0xFFFF and dir_bytes != 0xFFFFFFFF:
        return parts, dir_bytes
    locator = tail.rfind(b"PK\x06\x07", 0, at)
    if locator < 0 or at - locator < 20:
        return None
    (record_at,) = struct.unpack("<Q", tail[locator + 8 : locator + 16])
    fh.seek(record_at)
    record = fh.read(56)
    if len(record) < 56 or not record.startswith(b"PK\x06\x06"):
        return None
    parts64, dir_bytes64 = struct.unpack("<QQ", record[32:48])
    return parts64, dir_bytes64


def check_directory(fh: BinaryIO, name: str) -> None:
    """Refuse a zip whose directory alone would cost memory: more than `MAX_PARTS` entries
    or a directory over `MAX_DIRECTORY_BYTES` (an Excel workbook has a few dozen)."""
    found = _directory_size(fh)
    if found is None:
        return
    parts, dir_bytes = found
    if parts > MAX_PARTS:
        raise ValidationError(
            Problem(
                "the workbook is made of {parts} parts; meapp reads at most {max}",
                {"parts": _n(parts), "max": _n(MAX_PARTS)},
                file=name,
            )
        )
    if dir_bytes > MAX_DIRECTORY_BYTES:
        raise ValidationError(
            Problem(
                "the list of the workbook's parts takes {kb} KB; meapp reads at most {max} KB",
                {"kb": _n(dir_bytes // 1024), "max": _n(MAX_DIRECTORY_BYTES // 1024)},
                file=name,
            )
        )


def check_ratios(zf: zipfile.ZipFile, name: str) -> None:
    """A part that unpacks to more than `MAX_RATIO` times its packed size (and more than
    `RATIO_FLOOR` bytes) is a zip bomb even when the total stays under the size limit."""
    for info in zf.infolist():
        if info.file_size <= RATIO_FLOOR:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_RATIO:
            raise ValidationError(
                Problem(
                    "the part {part} would unpack {ratio} times its packed size "
                    "({mb} MB); meapp reads at most {max} times",
                    {
                        "part": info.filename,
                        "ratio": _n(int(ratio)),
                        "mb": _n(info.file_size // (1024 * 1024)),
                        "max": _n(MAX_RATIO),
                    },
                    file=name,
                )
            )


# -- streaming XML --------------------------------------------------------------------------------


class _Stop(Exception):
    """Ends a scan early: the answer is known."""


def _local(tag: str) -> str:
    """`x:row` → `row` (some writers prefix the spreadsheet namespace)."""
    return tag.rpartition(":")[2] if ":" in tag else tag


def _doctype(*_args: object) -> None:
    raise _Stop("doctype")


def _parser(start) -> XMLParserType:
    """An expat parser calling `start(tag, attrs)` for every start tag (it may replace
    itself through `parser.StartElementHandler`). A DOCTYPE stops it: no spreadsheet part
    has one, and it is how entity bombs start."""
    parser = ParserCreate()
    parser.buffer_text = False
    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = _doctype
    return parser


def _feed(
    stream: IO[bytes], parser: XMLParserType, after_chunk=None, limit: int | None = None
) -> None:
    """Push a part through `parser` in chunks of `CHUNK` bytes, calling `after_chunk`
    after each. Malformed XML ends the scan quietly: openpyxl then says "damaged"."""
    read = 0
    try:
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                parser.Parse(b"", True)
                return
            read += len(chunk)
            parser.Parse(chunk, False)
            if after_chunk is not None:
                after_chunk()
            if limit is not None and read >= limit:
                return
    except ExpatError:
        return


def _listing(zf: zipfile.ZipFile, part: str, tag: str, keys: tuple[str, ...]) -> Iterator[tuple]:
    """The `keys` attributes of every `tag` element of a small part (workbook.xml, its
    relationships), read up to `MAX_LISTING_BYTES`."""
    found: list[tuple] = []

    def handler(name: str, attrs: dict[str, str]) -> None:
        if _local(name) == tag:
            values = {_local(k): v for k, v in attrs.items()}
            found.append(tuple(values.get(k, "") for k in keys))
            if len(found) > MAX_SHEETS * 2:
                raise _Stop("enough")

    try:
        with zf.open(part) as fh:
            _feed(fh, _parser(handler), limit=MAX_LISTING_BYTES)
    except (KeyError, _Stop, zipfile.BadZipFile, OSError, EOFError):
        pass
    return iter(found)


def sheet_titles(zf: zipfile.ZipFile) -> dict[str, str]:
    """Part name → sheet title, as openpyxl resolves them (`xl/workbook.xml`, then its
    relationships: a target starting with "/" is from the root, else from `xl/`)."""
    targets = {
        rid: (t[1:] if t.startswith("/") else posixpath.normpath(posixpath.join("xl", t)))
        for rid, t in _listing(zf, "xl/_rels/workbook.xml.rels", "Relationship", ("Id", "Target"))
    }
    return {
        targets[rid]: title
        for title, rid in _listing(zf, "xl/workbook.xml", "sheet", ("name", "id"))
        if rid in targets
    }


class _SheetScan:
    """What openpyxl would build from one worksheet part, counted as the XML streams by.

    Positions follow openpyxl's reader: a `<row>` without `r` is the next row, a `<c>`
    without `r` the next column of its row."""

    def __init__(self, name: str, title: str, max_rows: int | None = None) -> None:
        self.name, self.title = name, title
        self.max_rows = max_rows
        self.row = self.col = 0
        self.rows = self.cells = 0
        self.filled_rows, self._filled_at = 0, -1  # rows holding at least one cell
        self.max_row = self.max_col = 0  # farthest position seen in any element
        self.far_ref = ""
        self.merged = 0
        self.largest_merge = ("", 0)

    def reach(self, row: int, col: int, ref: str) -> None:
        if row > self.max_row or col > self.max_col:
            self.max_row, self.max_col = max(row, self.max_row), max(col, self.max_col)
            self.far_ref = ref

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        """expat's start handler: a `<c>` (the most frequent) first, with no call for the
        position unless it is new."""
        if ":" in tag:
            tag = tag.rpartition(":")[2]
        if tag == "c":
            self.cells += 1
            ref = attrs.get("r")
            pos = _cell_ref(ref) if ref else None
            if pos is None:
                self.col += 1
                row, col = self.row, self.col
            else:
                row, col = pos
                self.col = col
            if row > self.max_row or col > self.max_col:
                self.reach(row, col, ref or "")
            if row != self._filled_at:
                self.filled_rows += 1
                self._filled_at = row
        elif tag == "row":
            self.rows += 1
            r = attrs.get("r", "")
            self.row = min(int(r), _HUGE) if r.isdigit() and len(r) <= 13 else self.row + 1
            self.col = 0
            if self.row > self.max_row:
                self.reach(self.row, 0, f"{self.row}:{self.row}")  # a whole row, as Excel names it
        elif tag in ("dimension", "mergeCell"):
            self.span(tag, attrs.get("ref", ""))

    def span(self, tag: str, ref: str) -> None:
        """A `<dimension ref>` or a `<mergeCell ref>`: how far it reaches, how much it merges."""
        box = _range_ref(ref)
        if box is None:
            return
        self.reach(box[2], box[3], ref)
        if tag == "mergeCell":
            area = (box[2] - box[0] + 1) * (box[3] - box[1] + 1)
            self.merged += area
            if area > self.largest_merge[1]:
                self.largest_merge = (ref, area)

    def check(self) -> None:
        """Refuse, naming the limit, as soon as a count passes it."""
        rows, cols = self.max_row, self.max_col
        if rows * max(cols, 1) > MAX_SHEET_CELLS:
            raise ValidationError(
                Problem(
                    "the sheet spans {cols} columns × {rows} rows (to {ref}); meapp reads at "
                    "most {max} cells a sheet",
                    {
                        "cols": _n(max(cols, 1)),
                        "rows": _n(rows),
                        "ref": self.far_ref,
                        "max": _n(MAX_SHEET_CELLS),
                    },
                    file=self.name,
                    sheet=self.title,
                )
            )
        if self.merged > MAX_MERGED_CELLS:
            raise ValidationError(
                Problem(
                    "merged ranges cover {cells} cells (the largest {ref}); meapp reads at most "
                    "{max} merged cells a sheet",
                    {
                        "cells": _n(self.merged),
                        "ref": self.largest_merge[0],
                        "max": _n(MAX_MERGED_CELLS),
                    },
                    file=self.name,
                    sheet=self.title,
                )
            )
        if self.max_rows is not None and self.filled_rows > self.max_rows:
            raise ValidationError(
                Problem(
                    "the sheet holds more than {max} rows with values; meapp reads at most "
                    "{max} rows of such a sheet",
                    {"max": _n(self.max_rows)},
                    file=self.name,
                    sheet=self.title,
                )
            )
        if max(self.cells, self.rows) > MAX_SHEET_CELLS:
            raise ValidationError(
                Problem(
                    "the sheet holds {cells} cells in {rows} rows; meapp reads at most {max} "
                    "cells a sheet",
                    {"cells": _n(self.cells), "rows": _n(self.rows), "max": _n(MAX_SHEET_CELLS)},
                    file=self.name,
                    sheet=self.title,
                )
            )


def _damaged(name: str) -> ValidationError:
    return ValidationError(Problem("the workbook is damaged and cannot be read", file=name))


def _scan_part(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, title: str, max_rows: int | None
) -> int:
    """Scan one part if it is a worksheet (known by its root element); 1 when it was.

    A worksheet that cannot be unpacked to its end (a wrong checksum, a broken stream) or
    that declares a DTD is damaged: openpyxl would fail on it too, after building cells.
    """
    scan = _SheetScan(name, title, max_rows)
    kind: list[str] = []

    def root(tag: str, _attrs: dict[str, str]) -> None:
        kind.append(_local(tag))
        if kind[0] not in _SHEET_ROOTS:
            raise _Stop("not a sheet")
        parser.StartElementHandler = scan.start  # every later element goes straight there

    parser = _parser(root)
    try:
        with zf.open(info) as fh:
            _feed(fh, parser, scan.check)
    except _Stop as stop:
        if str(stop) == "doctype":
            raise _damaged(name) from None
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError):
        if kind and kind[0] in _SHEET_ROOTS:
            raise _damaged(name) from None
        return 0  # not known as a sheet: openpyxl decides whether it needs the part
    is_sheet = bool(kind) and kind[0] in _SHEET_ROOTS
    if is_sheet:
        scan.check()
    return int(is_sheet)


def check_sheets(zf: zipfile.ZipFile, name: str, max_rows: int | None = None) -> None:
    """Every worksheet of the workbook measured from its XML, before openpyxl reads it.

    Every part is opened and its root element looked at (openpyxl follows the workbook's
    relationships to any part name, `.xml` or not), so a sheet stored under an unusual name
    is measured too; anything else stops at its first chunk. The titles come from
    `xl/workbook.xml` for the messages.
    """
    titles = sheet_titles(zf)
    sheets = 0
    for info in zf.infolist():
        if info.is_dir():
            continue
        title = titles.get(info.filename, info.filename)
        sheets += _scan_part(zf, info, name, title, max_rows)
        if sheets > MAX_SHEETS:
            raise ValidationError(
                Problem(
                    "the workbook has more than {max} sheets; meapp reads at most {max}",
                    {"max": _n(MAX_SHEETS)},
                    file=name,
                )
            )


def check_parts(zf: zipfile.ZipFile, name: str, max_rows: int | None = None) -> None:
    """The checks once the directory is listed: part ratios, then every sheet."""
    check_ratios(zf, name)
    check_sheets(zf, name, max_rows)
