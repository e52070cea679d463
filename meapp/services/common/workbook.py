"""Reading council workbooks: Word tables pasted into Excel, recognised by meaning.

Councils approve their action plans and indicator matrices as Word tables; what reaches
the app is those tables pasted into Excel, with merged cells, a title row, a header that
may take two rows, a numbering row under it ("1 2 3 …" or "(1) … (11)"), heading rows
for priorities, sectors and groups, and headers worded differently by every municipality,
in Kyrgyz or Russian, singular or plural. Nothing here trusts a position or an exact text:

- `read_workbook` loads every sheet into a `Grid` whose merged cells are filled with the
  value of their top-left cell, so a task merged down over its measures reads as the same
  task on every row, and a heading merged across the table reads as one text across;
- `find_table` finds the header row (or the two header rows) by how many columns it can
  name by meaning (`ROLE_PATTERNS`), and says whether the sheet is an action plan or an
  indicator matrix;
- `year_of_header` reads year columns ("2024", "2024-ж.", "1 жыл", "2023 (прогноз)").

openpyxl is imported inside `read_workbook` only: the start path never pays for it.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from meapp.errors import Problem, ValidationError
from meapp.services.common import xlsx_limits
from meapp.services.common.text_norm import clean

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_CELLS = 2_000_000
# Rows holding values in one sheet of a plan or matrix: a council's has a few hundred. Past
# this the file is refused before openpyxl reads it (a 77 005-row sheet took 7,5 s to be
# read and then refused for having no plan in it).
MAX_PLAN_ROWS = 20_000
HEADER_SEARCH_ROWS = 30
MAX_HEADER_TEXT = 120


def column_letter(col: int) -> str:
    """1 → A, 27 → AA (without importing openpyxl)."""
    letters = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
class Grid:
    """One sheet as a rectangle of values, merged cells filled from their top-left cell."""

    title: str
    index: int
    nrows: int
    ncols: int
    values: dict[tuple[int, int], Any] = field(default_factory=dict)
    # (row, col) of every merged cell → (min_row, min_col, max_row, max_col) of its range
    merges: dict[tuple[int, int], tuple[int, int, int, int]] = field(default_factory=dict)

    def value(self, row: int, col: int) -> Any:
        return self.values.get((row, col))

    def text(self, row: int, col: int | None) -> str:
        if col is None:
            return ""
        v = self.values.get((row, col))
        if isinstance(v, datetime):
            return v.date().isoformat() if v.time() == datetime.min.time() else v.isoformat()
        if isinstance(v, date):
            return v.isoformat()
        return clean(v)

    def merge_of(self, row: int, col: int) -> tuple[int, int, int, int] | None:
        return self.merges.get((row, col))

    def is_continuation(self, row: int, col: int | None) -> bool:
        """True when the cell is inside a vertical merge that started on an earlier row."""
        if col is None:
            return False
        m = self.merges.get((row, col))
        return m is not None and m[0] < row

    def row_is_empty(self, row: int) -> bool:
        return all(not self.text(row, c) for c in range(1, self.ncols + 1))

    def distinct_texts(self, row: int, cols: range | list[int] | None = None) -> list[str]:
        seen: list[str] = []
        for c in cols if cols is not None else range(1, self.ncols + 1):
            t = self.text(row, c)
            if t and t not in seen:
                seen.append(t)
        return seen

    def span_width(self, row: int, col: int) -> int:
        m = self.merges.get((row, col))
        return 1 if m is None else m[3] - m[1] + 1


def vet_workbook(
    path: str | Path, *, max_bytes: int = MAX_FILE_BYTES, max_rows: int | None = None
) -> Path:
    """Refuse, with a plain message naming the file, what must not reach openpyxl: a missing
    or too large file, an old .xls (also one renamed .xlsx), a workbook protected with a
    password, anything that is no .xlsx, a broken zip, a zip bomb (entries that would
    unpack to more than `MAX_UNPACKED_BYTES`, or far more than their packed size), and a
    sheet whose dimension, cells or merged ranges are past the limits of `xlsx_limits`
    (measured from the XML, so the refusal comes at once and in little memory). Every
    reader of workbooks calls it first — the plan import (CLI and GUI wizard, through
    `read_workbook`) and `import-actuals` — so one bad file gets one answer on every path.
    `max_rows` refuses a sheet with more rows holding values (the reader's own limit).

    It imports neither openpyxl nor the models: `import-plan` calls it before it opens the
    database, so a refused workbook is refused without loading SQLAlchemy.
    """
    p = Path(path)
    name = p.name
    if not p.is_file():
        raise ValidationError(Problem("file not found: {file}", {"file": str(p)}, file=name))
    size = p.stat().st_size
    if size > max_bytes:
        raise ValidationError(
            Problem("the file is too large ({mb} MB)", {"mb": size // (1024 * 1024)}, file=name)
        )
    with p.open("rb") as fh:
        magic = fh.read(8)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        # An OLE container: an old .xls, or an .xlsx encrypted with a password (Excel
        # keeps those in an OLE file with an "EncryptedPackage" stream).
        if "EncryptedPackage".encode("utf-16-le") in p.read_bytes():
            raise ValidationError(
                Problem(
                    "the workbook is protected with a password: save a copy without the "
                    "password and import that",
                    file=name,
                )
            )
        raise ValidationError(
            Problem("old Excel format (.xls): save the file as .xlsx and try again", file=name)
        )
    if not magic.startswith(b"PK"):
        raise ValidationError(Problem("not an Excel workbook (.xlsx)", file=name))
    with p.open("rb") as fh:
        xlsx_limits.check_directory(fh, name)
    try:
        with zipfile.ZipFile(p) as zf:
            _vet_parts(zf, name, max_rows)
    except zipfile.BadZipFile as exc:
        raise ValidationError(
            Problem("the workbook is damaged and cannot be read", file=name)
        ) from exc
    return p


def vet_plan_workbooks(paths: list[str] | list[Path]) -> None:
    """Vet the workbooks of a plan import as `read_workbook` will (`MAX_PLAN_ROWS` too).

    `meapp import-plan` calls it first, before it opens the database or loads the import:
    a refused file is refused in the time it takes to read its zip directory and sheet XML,
    not after SQLAlchemy and the models load (most of the wall time of a refusal)."""
    for path in paths:
        vet_workbook(path, max_rows=MAX_PLAN_ROWS)


def _vet_parts(zf: zipfile.ZipFile, name: str, max_rows: int | None) -> None:
    """An .xlsx at all, its unpacked total, then every part and sheet measured from the
    zip directory and the XML (`xlsx_limits`) — all before openpyxl builds a cell."""
    if "xl/workbook.xml" not in zf.namelist():
        raise ValidationError(Problem("not an Excel workbook (.xlsx)", file=name))
    unpacked = sum(i.file_size for i in zf.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise ValidationError(
            Problem("the file is too large ({mb} MB)", {"mb": unpacked // (1024 * 1024)}, file=name)
        )
    xlsx_limits.check_parts(zf, name, max_rows)


def read_workbook(path: str | Path) -> list[Grid]:
    """Every sheet of a plan or matrix workbook as a `Grid`; anything else is a
    ValidationError (a sheet of more than `MAX_PLAN_ROWS` rows with values too).

    `vet_workbook` comes before openpyxl sees the file, so a renamed .xls, a broken zip or
    a zip bomb gets a plain message instead of a library traceback.
    """
    p = vet_workbook(path, max_rows=MAX_PLAN_ROWS)
    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(p, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on bad files
        raise ValidationError(
            Problem("the workbook is damaged and cannot be read", file=p.name)
        ) from exc
    try:
        return [
            _grid(ws, index, p.name)
            for index, ws in enumerate(wb.worksheets)
            if getattr(ws, "sheet_state", "visible") == "visible"
        ]
    finally:
        wb.close()


def _stored_cells(ws: Any) -> list[tuple[tuple[int, int], Any]]:
    """The cells the file holds, by position. `ws.iter_rows()` would create a cell object
    for every empty position of the rectangle up to the farthest cell (2 million of them
    for a value in A1 and one in T100000: half a gigabyte from a 2 KB file)."""
    stored = getattr(ws, "_cells", None)  # openpyxl's own dict of the cells it read
    if isinstance(stored, dict):
        return sorted(stored.items())
    return [
        ((cell.row, cell.column), cell) for row in ws.iter_rows() for cell in row
    ]  # pragma: no cover - an openpyxl without `_cells`


def _grid(ws: Any, index: int, name: str) -> Grid:
    """One visible sheet as a `Grid`, its merged cells filled from their top-left cell."""
    nrows, ncols = ws.max_row or 0, ws.max_column or 0
    if nrows * ncols > MAX_CELLS:
        raise ValidationError(
            Problem(
                "the sheet is too large ({rows} rows)",
                {"rows": nrows},
                file=name,
                sheet=ws.title,
            )
        )
    grid = Grid(ws.title, index, nrows, ncols)
    for (r, c), cell in _stored_cells(ws):
        v = cell.value
        if v is None or v == "":
            continue
        if (
            isinstance(v, int | float)
            and not isinstance(v, bool)
            and "%" in (cell.number_format or "")
        ):
            # 0.923 shown as 92,3 %: keep what the reader saw
            v = f"{round(v * 100, 9):.9f}".rstrip("0").rstrip(".") + "%"
        grid.values[(r, c)] = v
    for rng in ws.merged_cells.ranges:
        top = grid.values.get((rng.min_row, rng.min_col))
        box = (rng.min_row, rng.min_col, rng.max_row, rng.max_col)
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                grid.merges[(r, c)] = box
                if top is not None:
                    grid.values[(r, c)] = top
                else:
                    grid.values.pop((r, c), None)
    return grid


# -- recognising columns by meaning -------------------------------------------------------

# Order matters: the first role whose pattern matches a header wins, so the specific
# wordings come before the general ones ("Аралык индикаторлор" is interim targets, not the
# indicator name; "Күтүлүүчү натыйжалар (индикаторлор)" is the expected result).
ROLE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("number", r"^(?:№|n|no|#|nn|п\s*\.?\s*/?\s*п|№\s*п\s*\.?\s*/?\s*п|р\s*/\s*с|s\s*/\s*n)\.?$"),
    ("plan_item", r"план\w*\s+пункт|пункт\w*\s+план|plan\s+item|тиешелүү\s+пункт|привяз"),
    ("interim", r"аралык|промежуточ|interim|по\s+годам|жылдар\s+боюнча"),
    (
        "final",
        r"акыркы|конечн|целев\w*\s+(?:значени|уров)|итогов|\bfinal\b|максаттуу\s+маани"
        # a target named by its year: "Цель на 2026 год", "Максат (2026-ж.)",
        # "Целевой показатель (2026)" (without a year that is the indicator's name)
        r"|^(?:цел[ьи]|target|максат\w*)\s*(?:на|for)?\s*\(?\s*(?:19|20)\d{2}"
        r"|(?:целев\w*|максаттуу)\s+(?:показател|индикатор|көрсөткүч)\w*\s*(?:на\s*)?\(?\s*(?:19|20)\d{2}",
    ),
    ("baseline", r"базал|базов|baseline|\bбаза\b|баштапкы\s+(?:маани|абал|деңгээл|көрсөткүч)"),
    ("data_source", r"маалымат\w*\s+булаг|источник\w*\s+(?:данн|информац|сведен)|data\s+source"),
    ("verifying", r"тастыкто|подтвержд|verif"),
    ("note", r"эскертүү|примечан|методолог|methodolog|\bnotes?\b"),
    ("method", r"ыкма|метод|\bmethod"),
    ("unit", r"өлчөө|өлчөм|бирдиг|ед\.?\s*изм|единиц|\bunits?\b"),
    ("issue", r"маселе|көйгөй|проблем|\bissues?\b"),
    (
        "aggregation",
        r"топтол|накопит|how\s+periods|combine|мезгилдер\s+кантип|суммирова|түрү\b|^kind",
    ),
    ("direction", r"^direction$|багыттуулук|направленност|өзгөрүү\s+багыт|^динамика"),
    ("level", r"деңгээл|^уровень|^level|indicator\s+level"),
    (
        "percent_complete",
        r"%\s*аткар|аткарылыш\w*\s*,?\s*%|процент\s+выполн|%\s*выполн|percent\s+complete|%\s*complete",
    ),
    ("status", r"^статус|абал|status|состояни"),
    ("spent", r"сарпта|израсход|\bspent\b|освоен"),
    ("cost", r"нарк|баасы|стоимост|\bсумма|\bcost|пландалган|запланир|\bplanned\b|болжолдуу\s+кар"),
    ("funding", r"каржылоо|финансир|funding"),
    ("result", r"күтүл|натыйжа|жыйынтык|результат|продукт|\bresults?\b|\boutputs?\b"),
    ("indicator", r"индикатор|көрсөткүч|показател|indicator|\bkpi"),
    ("measure", r"иш[-\s]?чара|чара|аракет|мероприят|действи|activit|measure|\bactions?\b"),
    ("task", r"тапшырма|милдет|задач|\btasks?\b|objective|максат"),
    ("deadline", r"мөөнөт|срок|deadline|timeline|период\s+реализ|ишке\s+ашыруу\s+мезгил"),
    ("responsible", r"жооптуу|аткаруучу|исполнит|ответствен|responsib|executor|\bорган\b"),
)
_COMPILED = tuple((role, re.compile(p, re.IGNORECASE)) for role, p in ROLE_PATTERNS)

# Funding sources named in a cost column's header (the codes of models.enums).
SOURCE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("local_budget", r"жергиликтүү|местн|local"),
    ("republican_budget", r"республика|republic|мамлекеттик\s+бюджет|государств\w+\s+бюджет"),
    ("development_fund", r"фонд|\bfund\b"),
    ("donor", r"донор|donor|undp|giz|ebrd|проон|usaid|world\s+bank|всемирн"),
    ("sponsor", r"демөөр|спонсор|sponsor"),
    ("community", r"жамаат|сообществ|community|калктын\s+салым|население"),
    ("investor", r"инвестор|investor"),
    ("ppp", r"мжө|гчп|\bppp\b|мамлекеттик[-\s]жеке|государственно[-\s]частн"),
    ("other", r"башка|другие|прочие|\bother\b"),
)


def source_of(text: str) -> str | None:
    for code, pattern in SOURCE_PATTERNS:
        if re.search(pattern, text, re.IGNORECASE):
            return code
    return None


def money_factor(text: str) -> float:
    """Som per unit of a money header: "миң сом"/"тыс. сом" → 1000, "млн" → 1 000 000."""
    t = text.casefold()
    if re.search(r"млн|миллион|million|\bmln\b", t):
        return 1_000_000.0
    if re.search(r"миң|тыс|thousand|\bk\s*som", t):
        return 1000.0
    return 1.0


def role_of(header: str) -> str | None:
    """The meaning of one header text, or None when nothing is recognised."""
    t = clean(header).replace("\n", " ")
    if not t or len(t) > MAX_HEADER_TEXT:
        return None
    t = t.casefold()
    for role, rx in _COMPILED:
        if rx.search(t):
            return role
    return None


@dataclass(frozen=True)
class YearHeader:
    """A year column: absolute (`year`) or relative to the programme's start (`offset`)."""

    year: int | None = None
    offset: int | None = None
    half: int | None = None  # 1 or 2 for half-year columns
    fact: bool = False  # marked "факт" (fact) rather than a forecast or target


_ABS_YEAR = re.compile(
    r"^((?:19|20)\d{2})\s*(?:-?\s*(?:ж\.?ж?\.?|жыл\w*|гг?\.?|год\w*|y\.?))?\s*"
    r"(?:[-\s]?(h[12]|i{1,2}\s*(?:жарым|полугод|half)\w*(?:\s*жылдык)?))?\s*"
    r"(?:\(?\s*(факт\w*|fact\w*|actual\w*|прогноз\w*|forecast\w*|план\w*|plan\w*|болжол\w*|максат\w*|target\w*)\s*\)?)?\.?$",
    re.IGNORECASE,
)
# "Прогноз 2026", "План на 2025 г.", "Факт 2022-ж.": the word before the year.
_WORD_YEAR = re.compile(
    r"^(факт\w*|fact\w*|actual\w*|прогноз\w*|forecast\w*|план\w*|plan\w*|болжол\w*|"
    r"максат\w*|target\w*)\.?\s*(?:на|for)?\s*((?:19|20)\d{2})\s*"
    r"(?:-?\s*(?:ж\.?ж?\.?|жыл\w*|гг?\.?|год\w*|y\.?))?\.?$",
    re.IGNORECASE,
)
_REL_YEAR = re.compile(
    r"^(?:(\d{1,2})\s*[-‐]?\s*(?:чи\s+|-?чи\s+)?(?:жыл\w*|год\w*|г\.|year)|(?:year|жыл|год)\s*(\d{1,2}))$",
    re.IGNORECASE,
)


def year_of_header(text: str, *, bare_numbers: bool = False) -> YearHeader | None:
    """`2024`, `2024-ж.`, `2023 (прогноз)`, `2024-H1` → absolute; `1 жыл`, `Year 2` → relative.

    `bare_numbers`: under an "interim targets" heading a plain `1`…`10` is a year number.
    """
    t = clean(text).replace("\n", " ").strip()
    if not t:
        return None
    m = _ABS_YEAR.match(t)
    if m:
        half = None
        if m.group(2):
            h = m.group(2).casefold()
            half = 2 if h in ("h2",) or h.startswith("ii") else 1
        fact = bool(m.group(3)) and m.group(3).casefold()[:3] in ("фак", "fac", "act")
        return YearHeader(year=int(m.group(1)), half=half, fact=fact)
    m = _WORD_YEAR.match(t)
    if m:
        return YearHeader(
            year=int(m.group(2)), fact=m.group(1).casefold()[:3] in ("фак", "fac", "act")
        )
    m = _REL_YEAR.match(t)
    if m:
        n = int(m.group(1) or m.group(2))
        if 1 <= n <= 20:
            return YearHeader(offset=n)
    if bare_numbers and re.fullmatch(r"\d{1,2}", t) and 1 <= int(t) <= 20:
        return YearHeader(offset=int(t))
    return None


_NUMBERING_CELL = re.compile(r"^\(?(\d{1,2})\)?\.?$")


def is_numbering_row(grid: Grid, row: int) -> bool:
    """A row that only numbers the columns: "1 2 3 4 5 6" or "(1) (2) … (11)"."""
    numbers = []
    for c in range(1, grid.ncols + 1):
        if grid.is_continuation(row, c) or (grid.merge_of(row, c) and grid.merge_of(row, c)[1] < c):  # type: ignore[index]
            continue
        t = grid.text(row, c)
        if not t:
            continue
        m = _NUMBERING_CELL.match(t)
        if not m:
            return False
        numbers.append(int(m.group(1)))
    if len(numbers) < 3:
        return False
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


@dataclass(frozen=True)
class Column:
    col: int
    letter: str
    header: str
    role: str | None
    year: YearHeader | None = None
    source: str | None = None  # funding source of a cost column
    factor: float = 1.0  # som per unit for money columns


@dataclass(frozen=True)
class Table:
    """A recognised table: its kind, header rows and what each column means."""

    grid: Grid
    kind: str  # "plan" | "matrix"
    header_first: int
    header_last: int
    columns: tuple[Column, ...]

    @property
    def data_start(self) -> int:
        return self.header_last + 1

    def col(self, role: str) -> int | None:
        for c in self.columns:
            if c.role == role:
                return c.col
        return None

    def cols(self, role: str) -> list[Column]:
        return [c for c in self.columns if c.role == role]

    @property
    def year_columns(self) -> list[Column]:
        return [c for c in self.columns if c.role == "target" and c.year is not None]

    def header_texts(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    def is_header_repeat(self, row: int) -> bool:
        if row <= self.header_last:
            return False
        for c in self.columns:
            if c.role and c.role != "target":
                t = self.grid.text(row, c.col)
                if (
                    t
                    and t != self.grid.text(self.header_first, c.col)
                    and t != self.grid.text(self.header_last, c.col)
                ):
                    return False
        named = [c for c in self.columns if c.role and c.role != "target"]
        hits = sum(
            1
            for c in named
            if self.grid.text(row, c.col)
            and self.grid.text(row, c.col)
            in (self.grid.text(self.header_first, c.col), self.grid.text(self.header_last, c.col))
        )
        return hits >= 2


PLAN_NEEDS = {"deadline", "result", "responsible", "task"}
MATRIX_NEEDS = {"unit", "baseline", "final", "interim", "target", "issue"}


def _columns_for(grid: Grid, first: int, last: int) -> list[Column]:
    cols: list[Column] = []
    for c in range(1, grid.ncols + 1):
        parts: list[str] = []
        for r in range(first, last + 1):
            t = grid.text(r, c)
            if t and t not in parts:
                parts.append(t)
        header = " ".join(parts)
        group = grid.text(first, c) if last > first else ""
        sub = grid.text(last, c)
        role = None
        year = None
        # A column under a merged heading is read by its own sub-heading first.
        if last > first and group and sub and sub != group:
            year = year_of_header(sub, bare_numbers=role_of(group) == "interim")
            role = "target" if year else role_of(sub) or role_of(group)
            if role == "interim":
                role = "target"
        else:
            role = role_of(header)
            if role is None or role in ("interim", "final"):
                y = year_of_header(header)
                if y is not None and role is None:
                    role, year = "target", y
        if role == "baseline" or role == "final":
            m = re.search(r"(?:19|20)\d{2}", header)
            year = YearHeader(year=int(m.group(0))) if m else None
        if role == "interim" and year is None:
            role = "target"  # a single "interim targets" column without years
        source = None
        factor = 1.0
        if role in ("cost", "funding", "spent"):
            source = source_of(header)
            factor = money_factor(header)
            if role == "funding" and source is not None and numeric_column(grid, last + 1, c):
                role = "cost"
        cols.append(Column(c, column_letter(c), header, role, year, source, factor))
    return _resolve_duplicates(grid, last, cols)


def numeric_column(grid: Grid, first_row: int, col: int, rows: int = 40) -> bool:
    """Whether most filled cells of `col` in the `rows` rows from `first_row` hold numbers
    (a cost column under its heading; the plan import asks it of its tables too)."""
    seen = 0
    numeric = 0
    for r in range(first_row, min(grid.nrows, first_row + rows - 1) + 1):
        v = grid.value(r, col)
        if v is None or v == "":
            continue
        seen += 1
        if isinstance(v, int | float) or re.fullmatch(r"[\d\s\u00a0.,]+", str(v).strip()):
            numeric += 1
    return seen > 0 and numeric * 2 >= seen


def _resolve_duplicates(grid: Grid, header_last: int, cols: list[Column]) -> list[Column]:
    """Two baseline columns are a year and a value; later repeats of one role are dropped."""
    base = [c for c in cols if c.role == "baseline"]
    out = list(cols)
    if len(base) >= 2:
        yearish = [
            c
            for c in base
            if re.search(r"жыл|год|year", c.header, re.I)
            and not re.search(r"маани|значен|value|көрсөткүч", c.header, re.I)
        ]
        if yearish:
            y = yearish[0]
            out[out.index(y)] = Column(y.col, y.letter, y.header, "baseline_year")
    seen: set[str] = set()
    multi = {"target", "cost", "spent", None}
    result = []
    for c in out:
        if c.role not in multi:
            if c.role in seen:
                c = Column(c.col, c.letter, c.header, None)
            else:
                seen.add(c.role)  # type: ignore[arg-type]
        result.append(c)
    return result


def _kind_and_score(cols: list[Column]) -> tuple[str | None, int]:
    roles = {c.role for c in cols if c.role}
    if "target" in roles:
        roles.add("interim")
    if "measure" in roles and roles & PLAN_NEEDS:
        return "plan", len(roles)
    if "indicator" in roles and roles & MATRIX_NEEDS:
        return "matrix", len(roles)
    return None, 0


def find_table(grid: Grid) -> Table | None:
    """The action plan or indicator matrix on this sheet, or None for anything else.

    Every row near the top is tried as the header, alone and with the row below it (a
    merged heading over year columns); the reading that names most columns wins.
    """
    best: tuple[int, int, int, str, list[Column]] | None = None
    last_row = min(grid.nrows, HEADER_SEARCH_ROWS)
    for r in range(1, last_row + 1):
        if grid.row_is_empty(r) or is_numbering_row(grid, r):
            continue
        blocks = [(r, r)]
        if r + 1 <= grid.nrows and not is_numbering_row(grid, r + 1):
            blocks.append((r, r + 1))
        for first, last in blocks:
            cols = _columns_for(grid, first, last)
            kind, score = _kind_and_score(cols)
            if kind is None:
                continue
            if last > first:
                # A title merged across the table is not a header: the first row of a
                # two-row header names columns on its own.
                alone = {c.role for c in _columns_for(grid, first, first) if c.role}
                if len(alone) < 2 or not _is_header_pair(grid, first, last):
                    continue
            targets = [c for c in cols if c.role == "target"]
            score = score * 100 + 2 * sum(1 for c in targets if c.year) + len(targets)
            if best is None or score > best[0]:
                best = (score, first, last, kind, cols)
    if best is None:
        return None
    _, first, last, kind, cols = best
    return Table(grid, kind, first, last, tuple(cols))


def _is_header_pair(grid: Grid, first: int, last: int) -> bool:
    """The second row belongs to the header when the first has a heading merged across
    several columns with sub-headings under it (interim targets over "1 жыл … 4 жыл")."""
    for c in range(1, grid.ncols + 1):
        m = grid.merge_of(first, c)
        if m and m[0] == first and m[2] == first and m[3] > m[1]:
            subs = [grid.text(last, cc) for cc in range(m[1], m[3] + 1)]
            if any(s and s != grid.text(first, c) for s in subs):
                return True
    # the merge was lost in the paste: a row of nothing but years under the header
    subs = [
        grid.text(last, c)
        for c in range(1, grid.ncols + 1)
        if grid.text(last, c) and grid.text(last, c) != grid.text(first, c)
    ]
    return len(subs) >= 2 and all(year_of_header(t) for t in subs)


# -- values as councils write them ------------------------------------------------------


@dataclass(frozen=True)
class CellValue:
    """One value cell of a matrix: the number, how it was written, and what it is.

    `kind`: empty, number, percent, ratio, milestone or text (no number found).
    `text` keeps the council's wording when it was more than a plain number ("5061 п.м.",
    "1:0,3", "50%\\n20243 п.м."); `several` says the cell held more than one number.
    """

    value: float | None
    kind: str
    text: str | None = None
    several: bool = False


_DASHES = {"-", "–", "—", "x", "х", "...", "…", "/", "*"}
_YES = {"ооба", "бар", "да", "есть", "yes", "✓", "✔", "+", "аткарылды", "выполнено", "done"}
_NO = {"жок", "нет", "no"}
_RATIO = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*:\s*(\d+(?:[.,]\d+)?)\s*$")
_TOKEN = re.compile(
    r"(?<![\d.,])([-−]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|[-−]?\d+(?:[.,]\d+)?)"
    r"\s*(%|[^\W\d_][\w.²³/]*)?"
)


def _num(text: str) -> float:
    s = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("−", "-")
    return float(s.replace(",", "."))


def _unit_matches(token_unit: str, unit: str) -> bool:
    a = re.sub(r"[\W_]+", "", token_unit.casefold())
    b = re.sub(r"[\W_\d]+", "", unit.casefold())
    return bool(a) and bool(b) and (a == b or a.startswith(b) or b.startswith(a))


def read_value(raw: Any, unit: str | None = None) -> CellValue:
    """A matrix cell as a number: `734 593,3`, `2,5 км`, `92,3%`, `1:0,3`, `50%\\n20243 п.м.`.

    When a cell holds several numbers, the one written in the indicator's unit is taken
    (`п.м.` over `50%`), else the percentage for a `%` unit, else the first.
    """
    if raw is None:
        return CellValue(None, "empty")
    if isinstance(raw, bool):
        return CellValue(1.0 if raw else 0.0, "milestone")
    if isinstance(raw, int | float):
        return CellValue(float(raw), "number")
    if isinstance(raw, datetime | date):
        return CellValue(None, "text", raw.isoformat())
    t = clean(raw)
    if not t or t in _DASHES:
        return CellValue(None, "empty")
    low = t.casefold().rstrip(".")
    if low in _YES:
        return CellValue(1.0, "milestone", t)
    if low in _NO:
        return CellValue(0.0, "milestone", t)
    m = _RATIO.match(t)
    if m:
        first, second = _num(m.group(1)), _num(m.group(2))
        value = second if first == 1 else (second / first if first else None)
        return CellValue(value, "ratio", t)
    tokens = [(mm.group(1), (mm.group(2) or "")) for mm in _TOKEN.finditer(t)]
    if not tokens:
        return CellValue(None, "text", t)
    chosen = tokens[0]
    if len(tokens) > 1:
        unit_s = (unit or "").strip()
        by_unit = [tk for tk in tokens if unit_s and unit_s != "%" and _unit_matches(tk[1], unit_s)]
        pct = [tk for tk in tokens if tk[1] == "%"]
        plain = [tk for tk in tokens if tk[1] != "%"]
        if by_unit:
            chosen = by_unit[0]
        elif unit_s == "%" and pct:
            chosen = pct[0]
        elif plain:
            chosen = plain[0]
    value = _num(chosen[0])
    kind = "percent" if chosen[1] == "%" else "number"
    plain_number = len(tokens) == 1 and re.fullmatch(r"[-−]?[\d\s\u00a0\u202f]+(?:[.,]\d+)?", t)
    return CellValue(value, kind, None if plain_number else t, len(tokens) > 1)
