"""`import-actuals`: actual values from a CSV or XLSX file, all or nothing.

The file has a header row with the columns `indicator_id, period, value` and optionally
`comment`, in any order (extra columns are ignored with a warning). Every row is checked
before anything is written — unknown indicator, not a number, a malformed period or one
outside the programme, a locked period, the same indicator and period twice — and every bad
row is reported with its file, row and column; one bad row means nothing is stored. A
workbook is vetted as the plan import vets it (`workbook.vet_workbook`: an old .xls, a
password, a zip bomb are refused before openpyxl opens the file).

A row with neither value nor comment is skipped; a row with a comment and no value keeps
the stored value and sets the comment. Values go through the same writer as the grid
(`monitoring.write_actual_in`), so the status afterwards is identical whichever way the
numbers came in, and re-importing the same file changes nothing.
"""

from __future__ import annotations

import contextlib
import csv
import io
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from meapp.errors import ConcurrentEdit, Problem, ValidationError
from meapp.models import Actual, Indicator, Program
from meapp.models.numbers import (
    NumberError,
    check_representable,
    parse_number,
)
from meapp.models.periods import Period
from meapp.services.access.users import Actor, require
from meapp.services.common.formula_cells import uncalculated_formulas
from meapp.services.common.workbook import column_letter, vet_workbook
from meapp.services.monitoring import entry as monitoring
from meapp.services.monitoring import locks, rounds, validation
from meapp.services.monitoring import status as st
from meapp.store.engine import Database

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
REQUIRED = ("indicator_id", "period", "value")
OPTIONAL = ("comment",)
_MAX_PROBLEMS = 1000


@dataclass(frozen=True)
class ImportResult:
    file: str
    rows: int  # data rows read (empty rows not counted)
    created: int
    updated: int
    deleted: int
    unchanged: int
    skipped: int
    warnings: tuple[Problem, ...] = ()
    program_ids: tuple[str, ...] = ()

    def as_json(self) -> dict:
        return {
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "deleted": self.deleted,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "warnings": [
                {"sheet": w.sheet, "row": w.row, "column": w.column, "message": w.text()}
                for w in self.warnings
            ],
        }


@dataclass(frozen=True)
class _Table:
    sheet: str | None
    header_row: int
    header: list[str]
    rows: list[tuple[int, list[Any]]]


def _fail(message: str, file: str, **params: Any) -> ValidationError:
    return ValidationError(Problem(message, params, file=file))


# -- reading -----------------------------------------------------------------------------


def read_table(path: Path) -> _Table:
    """The header and data rows of a CSV or XLSX file (raises ValidationError when unreadable)."""
    name = path.name
    if not path.exists() or not path.is_file():
        raise _fail("file not found", name)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _fail(
            "the file is too large ({size} MB; at most {max} MB)",
            name,
            size=round(size / 1048576, 1),
            max=MAX_BYTES // 1048576,
        )
    if size == 0:
        raise _fail("the file is empty", name)
    ext = path.suffix.lower()
    if ext in (".xlsx", ".xlsm", ".xls"):
        # the vetting every workbook reader shares: .xls, passwords, broken zips, zip bombs
        # the heading and MAX_ROWS rows of data, counted in the XML before openpyxl reads
        vet_workbook(path, max_bytes=MAX_BYTES, max_rows=MAX_ROWS + 1)
        return _read_xlsx(path)
    if ext in (".csv", ".txt", ".tsv"):
        with path.open("rb") as fh:
            if fh.read(4) == b"PK\x03\x04":
                raise _fail("this is an Excel workbook, not a CSV file: name it .xlsx", name)
        return _read_csv(path)
    raise _fail("unsupported file type {ext}: use .csv or .xlsx", name, ext=ext or "?")


def _read_csv(path: Path) -> _Table:
    name = path.name
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise _fail("not a text file: save the table as CSV (UTF-8) or .xlsx", name)
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1251 decodes almost anything
        raise _fail("the file is not readable text (UTF-8 or Windows-1251)", name)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    header_row = 0
    rows: list[tuple[int, list[Any]]] = []
    too_wide: list[Problem] = []
    try:
        for n, raw in enumerate(reader, start=1):
            if not any(c.strip() for c in raw):
                continue
            if header is None:
                header, header_row = raw, n
                continue
            wide = _too_wide(name, n, raw, header)
            if wide is not None and len(too_wide) < _MAX_PROBLEMS:
                too_wide.append(wide)
            rows.append((n, raw))
            if len(rows) > MAX_ROWS:
                raise _fail("too many rows (more than {max})", name, max=MAX_ROWS)
    except csv.Error as exc:
        raise _fail("the CSV file is malformed: {error}", name, error=str(exc)) from exc
    if header is None:
        raise _fail("the file is empty", name)
    if too_wide:
        raise ValidationError(too_wide)
    return _Table(None, header_row, header, rows)


def _too_wide(name: str, n: int, raw: list[str], header: list[str]) -> Problem | None:
    """A CSV row with more (non-empty) fields than the header: an unquoted decimal comma
    (`id,2025-H1,6500,5`) or a shifted row. Reading the first fields would store 6500 for
    6500,5, so the row is refused, named. Empty trailing fields (`a,b,c,,`) are no data."""
    if not any(c.strip() for c in raw[len(header) :]):
        return None
    return Problem(
        "more fields than the header ({fields}, the header has {header}): quote a value "
        "that holds a comma, or remove the extra fields",
        {"fields": len(raw), "header": len(header)},
        file=name,
        row=n,
    )


def _read_xlsx(path: Path) -> _Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    name = path.name
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        OSError,
        ValueError,
        TypeError,
        IndexError,
    ) as exc:
        raise _fail("the Excel file is damaged or not a workbook", name) from exc
    try:
        chosen = None
        for ws in wb.worksheets:
            for raw in ws.iter_rows(values_only=True, max_row=20):
                cells = [_header_name(c) for c in raw if c is not None]
                if cells:
                    if "indicator_id" in cells:
                        chosen = ws
                    break
            if chosen is not None:
                break
        ws = chosen if chosen is not None else (wb.worksheets[0] if wb.worksheets else None)
        if ws is None:
            raise _fail("the workbook has no sheet", name)
        header: list[Any] | None = None
        header_row = 0
        rows: list[tuple[int, list[Any]]] = []
        for n, raw in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = list(raw)
            if not any(c is not None and str(c).strip() for c in cells):
                continue
            if header is None:
                header, header_row = cells, n
                continue
            rows.append((n, cells))
            if len(rows) > MAX_ROWS:
                raise _fail("too many rows (more than {max})", name, max=MAX_ROWS)
        if header is None:
            raise _fail("the file is empty", name)
        names = ["" if c is None else str(c) for c in header]
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise _fail("the Excel file is damaged or not a workbook", name) from exc
    finally:
        wb.close()
    _formulas_without_value(path, ws.title, names)
    return _Table(ws.title, header_row, names, rows)


def _formulas_without_value(path: Path, sheet: str, header: list[str]) -> None:
    """A formula saved without its computed value reads as an empty cell: refused naming
    the cell (as the plan import does, `formula_cells.uncalculated_formulas`), never a row
    skipped as empty."""
    try:
        found = uncalculated_formulas(path)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError) as exc:
        raise _fail("the Excel file is damaged or not a workbook", path.name) from exc
    problems = [
        Problem(
            "a formula without a computed value: open the file in a spreadsheet "
            "program, let it calculate, save it and import again",
            file=path.name,
            sheet=sheet,
            row=r,
            column=_header_name(header[c - 1])
            if c <= len(header) and header[c - 1]
            else column_letter(c),
        )
        for title, r, c in found
        if title == sheet
    ]
    if problems:
        raise ValidationError(problems[:_MAX_PROBLEMS])


def _header_name(cell: Any) -> str:
    return str(cell).strip().lstrip("\ufeff").strip().lower().replace(" ", "_")


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


# -- checking and writing ----------------------------------------------------------------


def import_actuals(
    db: Database,
    actor: Actor,
    path: str | Path,
    program_id: uuid.UUID | str | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Check every row, then store all of them in one transaction (or none).

    With `program_id` every indicator must belong to that programme. Raises
    ValidationError listing every bad row (file, row, column), PermissionDenied, or
    ConcurrentEdit when someone changed the same values meanwhile.
    """
    require(actor, "data.enter")
    path = Path(path)
    table = read_table(path)
    name = path.name
    sheet = table.sheet

    def problem(message: str, row: int | None, col: str | None, **params: Any) -> Problem:
        return Problem(message, params, file=name, sheet=sheet, row=row, column=col)

    cols = [_header_name(c) for c in table.header]
    index: dict[str, int] = {}
    problems: list[Problem] = []
    warnings: list[Problem] = []
    for i, c in enumerate(cols):
        if not c:
            continue
        if c in index:
            problems.append(
                problem("the column {column} appears twice", table.header_row, c, column=c)
            )
        elif c in REQUIRED or c in OPTIONAL:
            index[c] = i
        else:
            warnings.append(problem("column {column} is not used", table.header_row, c, column=c))
    for c in REQUIRED:
        if c not in index:
            problems.append(
                problem(
                    "missing column {column}: the header needs indicator_id, period, value "
                    "(comment optional)",
                    table.header_row,
                    c,
                    column=c,
                )
            )
    if problems:
        raise ValidationError(problems)

    pid_filter = rounds.as_uuid(program_id) if program_id is not None else None
    try:
        return _import(db, actor, table, name, pid_filter, index, warnings, progress, cancelled)
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentEdit(monitoring.STALE) from exc


# one accepted row: (row number, indicator, period, value, comment, has a value)
_Accepted = tuple[int, Indicator, Period, float | None, str | None, bool]


def _import(db, actor, table, name, pid_filter, index, warnings, progress, cancelled):
    with db.session() as s, s.begin():
        rows = _Rows(s, table, name, index, pid_filter)
        accepted = rows.check()
        if rows.problems:
            raise ValidationError(rows.problems)
        counts = _write(s, actor, accepted, rows, warnings, progress, cancelled)
        program_ids = sorted({str(ind.program_id) for _n, ind, *_ in accepted})
    return ImportResult(
        name,
        len(table.rows),
        counts["created"],
        counts["updated"],
        counts["deleted"],
        counts["unchanged"],
        rows.skipped,
        tuple(warnings),
        tuple(program_ids),
    )


class _Rows:
    """Checks every row of the file before anything is written (problems name the cell)."""

    def __init__(self, s, table: _Table, name: str, index: dict[str, int], pid_filter) -> None:
        self.s = s
        self.table = table
        self.name = name
        self.index = index
        self.pid_filter = pid_filter
        self.problems: list[Problem] = []
        self.skipped = 0
        self.programs = {p.id: p for p in s.scalars(select(Program))}
        # one query for all indicators named in the file
        wanted: set[uuid.UUID] = set()
        for _n, raw in table.rows:
            with contextlib.suppress(ValueError):
                wanted.add(uuid.UUID(_text(self.cell(raw, "indicator_id"))))
        self.indicators = _load_indicators(s, wanted)
        self.lock_cache: dict[tuple[uuid.UUID, Period], bool] = {}
        self.seen: dict[tuple[uuid.UUID, Period], int] = {}

    def problem(self, message: str, row: int | None, col: str | None, **params: Any) -> Problem:
        return Problem(message, params, file=self.name, sheet=self.table.sheet, row=row, column=col)

    def cell(self, raw: list[Any], col: str) -> Any:
        i = self.index.get(col)
        return raw[i] if i is not None and i < len(raw) else None

    def check(self) -> list[_Accepted]:
        accepted: list[_Accepted] = []
        for n, raw in self.table.rows:
            if len(self.problems) >= _MAX_PROBLEMS:
                break
            row = self._row(n, raw)
            if row is not None:
                accepted.append(row)
        return accepted

    def _row(self, n: int, raw: list[Any]) -> _Accepted | None:
        id_text = _text(self.cell(raw, "indicator_id"))
        period_raw = self.cell(raw, "period")
        value_raw = self.cell(raw, "value")
        comment = _text(self.cell(raw, "comment")) or None
        has_value = _text(value_raw) != ""
        if not has_value and comment is None:
            if id_text or _text(period_raw):
                self.skipped += 1  # an empty row is no row; a row without data is skipped
            return None
        found: list[Problem] = []
        ind = self._indicator(n, id_text, found)
        period = self._period(n, ind, period_raw, found) if ind is not None else None
        value: float | None = None
        if has_value:
            try:
                value = _number(value_raw)
            except ValueError:
                found.append(
                    self.problem("not a number: {value}", n, "value", value=_text(value_raw))
                )
        if ind is not None and period is not None:
            self._duplicate_or_locked(n, ind, period, found)
        if found:
            self.problems.extend(found)
            return None
        assert ind is not None and period is not None
        return (n, ind, period, value, comment, has_value)

    def _indicator(self, n: int, id_text: str, found: list[Problem]) -> Indicator | None:
        try:
            ind = self.indicators.get(uuid.UUID(id_text))
        except ValueError:
            found.append(
                self.problem(
                    "not an indicator id: {id}", n, "indicator_id", id=id_text or "(empty)"
                )
            )
            return None
        if ind is None:
            found.append(self.problem("unknown indicator {id}", n, "indicator_id", id=id_text))
        elif self.pid_filter is not None and ind.program_id != self.pid_filter:
            found.append(
                self.problem(
                    "indicator {id} belongs to another programme", n, "indicator_id", id=id_text
                )
            )
            return None
        return ind

    def _period(
        self, n: int, ind: Indicator, period_raw: Any, found: list[Problem]
    ) -> Period | None:
        prog = self.programs[ind.program_id]
        period, bad = rounds.period_problem(
            _text(period_raw),
            start_year=prog.start_year,
            end_year=prog.end_year,
            frequency=prog.frequency,
        )
        if bad is not None:
            found.append(self.problem(bad.message, n, "period", **bad.params))
        return period

    def _duplicate_or_locked(
        self, n: int, ind: Indicator, period: Period, found: list[Problem]
    ) -> None:
        key = (ind.id, period)
        if key in self.seen:
            found.append(
                self.problem(
                    "duplicate row: the same indicator and period as row {first}",
                    n,
                    "period",
                    first=self.seen[key],
                )
            )
        else:
            self.seen[key] = n
        lk = (ind.program_id, period)
        if lk not in self.lock_cache:
            self.lock_cache[lk] = locks.is_locked(self.s, ind.program_id, period)
        if self.lock_cache[lk]:
            found.append(
                self.problem(
                    "the period {period} is approved and locked", n, "period", period=str(period)
                )
            )


def _write(s, actor, accepted: list[_Accepted], rows: _Rows, warnings, progress, cancelled):
    """Store the checked rows through the grid's writer; returns the counts by outcome."""
    counts = {"created": 0, "updated": 0, "deleted": 0, "unchanged": 0}
    existing = _existing(s, {(ind.id, str(p)) for _n, ind, p, *_ in accepted})
    values_now = _values_by_indicator(s, {ind.id for _n, ind, *_ in accepted})
    for _n, ind, p, value, _c, has_value in accepted:
        if has_value:
            values_now.setdefault(ind.id, {})[p] = value
    for program_key, period_key in sorted(
        {(ind.program_id, p) for _n, ind, p, *_ in accepted},
        key=lambda k: (str(k[0]), k[1].sort_key()),
    ):
        locks.ensure_period_open(s, program_key, period_key)  # under FOR SHARE on PostgreSQL
    total = len(accepted)
    for done, (n, ind, p, value, comment, has_value) in enumerate(accepted, start=1):
        if cancelled is not None and cancelled():
            raise ValidationError(
                Problem("the import was cancelled; nothing was changed", file=rows.name)
            )
        row = existing.get((ind.id, str(p)))
        if not has_value:
            value = row.value if row is not None else None
        elif value is not None:
            for w in validation.value_warnings(
                value,
                value_type=ind.value_type,
                unit=ind.unit,
                previous=_previous(values_now.get(ind.id, {}), p),
            ):
                warnings.append(rows.problem(w.message, n, "value", **w.params))
        what = monitoring.write_actual_in(
            s, actor, ind, p, value, comment, existing=row, source=f"import {rows.name}"
        )
        counts[what] += 1
        if progress is not None and (done % 100 == 0 or done == total):
            progress(done, total)
    return counts


def _number(raw: Any) -> float:
    """A value cell as a float: a text through `parse_number`, a numeric XLSX cell through
    the same range check (`check_representable`: 1e308, 1e16, 1e-320 are refused either
    way); ValueError otherwise."""
    if isinstance(raw, bool):
        raise ValueError(raw)
    try:
        if isinstance(raw, int | float):
            return check_representable(float(raw), raw)
        parsed = parse_number(str(raw))
    except (NumberError, OverflowError) as exc:
        raise ValueError(raw) from exc
    if parsed is None:
        raise ValueError(raw)
    return parsed


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _load_indicators(s, ids: set[uuid.UUID]) -> dict[uuid.UUID, Indicator]:
    out: dict[uuid.UUID, Indicator] = {}
    for chunk in _chunks(sorted(ids, key=str)):
        for ind in s.scalars(select(Indicator).where(Indicator.id.in_(chunk))):
            out[ind.id] = ind
    return out


def _existing(s, keys: set[tuple[uuid.UUID, str]]) -> dict[tuple[uuid.UUID, str], Actual]:
    ids = sorted({k[0] for k in keys}, key=str)
    out: dict[tuple[uuid.UUID, str], Actual] = {}
    for chunk in _chunks(ids):
        for a in s.scalars(select(Actual).where(Actual.indicator_id.in_(chunk))):
            if (a.indicator_id, a.period) in keys:
                out[(a.indicator_id, a.period)] = a
    return out


def _values_by_indicator(s, ids: set[uuid.UUID]) -> dict[uuid.UUID, dict[Period, float | None]]:
    out: dict[uuid.UUID, dict[Period, float | None]] = {}
    for chunk in _chunks(sorted(ids, key=str)):
        for r in s.execute(
            select(Actual.indicator_id, Actual.period, Actual.value).where(
                Actual.indicator_id.in_(chunk)
            )
        ):
            p = st._try_period(r.period)
            if p is not None:
                out.setdefault(r.indicator_id, {})[p] = r.value
    return out


def _previous(values: dict[Period, float | None], period: Period) -> tuple[Period, float] | None:
    from meapp.models.formulas import previous_value

    return previous_value(values, period)
