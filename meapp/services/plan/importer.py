"""Import of the council's action plan and indicator matrix (issue 3), all or nothing.

Two steps share one parser, so what the wizard shows is what gets written:

- `preview_plan_import(db, path, program_id, options)` reads the workbook, matches it with
  what the programme already holds and returns an `ImportPreview`: every plan item and
  indicator with "create" / "update" / "unchanged", where each indicator will go and why,
  and every warning named by sheet, row and column. It changes nothing.
- `apply_plan_import(db, actor, path, program_id, options, progress, cancelled)` does the
  same reading and writes it in one transaction, with an audit event for every row it
  creates or changes; a problem anywhere (or a cancel) leaves the database as it was.

`path` is one workbook or several (the action plan and the matrix are often two files):
all files are read into one import, so the matrix's indicators find the plan's measures,
and the write is still one transaction. Problems name their file, sheet, row and column.

Reading (sheet by sheet, each recognised by its header, see `common.workbook`, which also
vets every file before openpyxl sees it):

- action plan: heading rows "1. …" (direction), "1.1. …" (sector), "Максаты: …" (the
  goal of the heading above: kept as its description); a task merged down over its
  measures becomes one objective; every row with a measure text is one measure with the
  deadline as written plus its years, the expected result and the executors.
- indicator matrix: group rows, issue, indicator, unit, baseline (its year from the
  header, "Базалык жыл (2022-ж)"), yearly targets ("1 жыл" = the programme's first
  year, or years as headers), final target, responsible. Sheets with years as columns and
  no baseline column (macro indicators by year, fact/forecast) are imported as
  programme-level indicators: the last year before the programme is the baseline, the
  programme's years are targets, its last year is the final target.

The kind column takes the app's words in ky/ru/en: cumulative ("топтолуучу", "накопительный"),
level, average, and the sum within the year ("жыл ичиндеги сумма", "сумма за год", "annual
sum": flows counted per year). Without a kind column, whether an indicator is cumulative
(amounts per period, summed) or a level is guessed:
equal yearly steps that add up to the final target (from zero or from the baseline) →
cumulative ("sum"), anything else → level ("latest"); the guess is reported as a warning.

Importing the same file again matches plan items by parent, kind, code and title and
indicators by code and name, so nothing is duplicated; changed texts update the row. What
the export writes reads back to the same programme with nothing written: measure numbers
beside their task ("1.1.1.1" next to "1.1.1. Task…"), yes/no and ratio values in their
one written form (`numbers.format_indicator_value`; a target written so keeps its stored
wording), the plan item of an indicator by its number.

Nothing is dropped or misread silently (issue 19): every column the import does not read
is named in a warning; cost columns are known by the funding source they name alone
("Жергиликтүү бюджет, миң сом"); the MSDSP matrix's frequency and date are kept; numbers
whose separators are ambiguous (`1,23.4`) or beyond ±10^15 are refused naming the cell,
`1.234,5` is 1234,5 (`numbers.parse_number`); a formula saved without its computed value is
refused naming the cell; control characters are stripped with a warning; two files that
hold the same plan (or the same indicators) are refused. Each indicator is linked to the
plan item that its "Plan item" column or its own "№" numbers, else by title, issue or
group row (see `_find_item`); the ones left at the programme are named in warnings and
counted in `ImportResult.unlinked`.

What an approved round locks, the import leaves as it is (`monitoring.locks`, the rules
every writer follows): a file that would set, change or add a target of an approved year,
or change how the periods of an indicator with approved figures combine, its baseline,
direction or unit, is refused whole, naming the cell, the period and the field. A new
programme is made the one way there is (`programs.create_program_in`) and planned costs go
through the one budget writer (`budgets.write_budgets`). Cost columns headed by a year
("2022", "2023-ж." under a funding-source heading, or "Local budget, 2023") are read into
the amounts per year (issue 21), a total column beside them must be their sum; a table with
one total per source says in a warning that the totals are spread evenly over the years.
"""

from __future__ import annotations

import difflib
import functools
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from meapp.errors import MeappError, Problem, ValidationError
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models.numbers import (
    NumberError,
    format_number,
    parse_number,
    parse_ratio,
    parse_yes_no,
    representable,
)
from meapp.services.common.formula_cells import uncalculated_formulas
from meapp.services.common.text_norm import clean, match_key, parse_deadline, split_code
from meapp.services.common.workbook import (
    CellValue,
    Column,
    Table,
    YearHeader,
    column_letter,
    find_table,
    is_numbering_row,
    money_factor,
    read_workbook,
    role_of,
    source_of,
    year_of_header,
)
from meapp.services.common.workbook import read_value as _read_value
from meapp.services.monitoring import locks

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

KIND_ORDER = ("direction", "sector", "objective", "measure")
# Longest texts the columns hold (PostgreSQL enforces them; SQLite would not).
_LIMITS = {
    "code": 50,
    "deadline_text": 300,
    "lead_executor": 300,
    "unit": 100,
    "responsible": 300,
    "target_text": 200,
}


PROBLEMS = "problems"  # the context the UI and the CLI translate problems with


class ImportCancelled(MeappError):
    """The user cancelled the import; nothing was changed."""


@dataclass(frozen=True)
class ImportOptions:
    """What the wizard (or the command line) adds to the file.

    `title`, `municipality`, `years` create the programme when the database has none
    (or when no programme with that title exists and none was chosen). `attach` moves
    indicators chosen in the preview: indicator key → plan item key (a preview key or an
    existing plan item's id), or None for the programme itself.
    """

    title: str | None = None
    municipality: str | None = None
    years: tuple[int, int] | None = None
    attach: Mapping[str, str | None] = field(default_factory=dict)


# -- what the parser finds (plain, mutable while parsing) ----------------------------------


@dataclass
class _Item:
    key: str
    kind: str
    code: str | None
    title: str
    parent_key: str | None
    sheet: str
    row: int
    description: str | None = None
    deadline_text: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    annual: bool = False
    expected_result: str | None = None
    lead_executor: str | None = None
    co_executors: str | None = None
    by_agreement: bool = False
    budgets: dict[str, float] = field(default_factory=dict)
    # source → year → som, from cost columns headed by a year (issue 21)
    budget_years: dict[str, dict[int, float]] = field(default_factory=dict)
    file: str | None = None


@dataclass
class _Cell:
    """A value cell of the matrix with where it came from."""

    value: CellValue
    row: int
    col: int


@dataclass
class _Indicator:
    key: str
    sheet: str
    row: int
    code: str | None
    name: str
    unit: str | None
    issue_text: str | None
    group_text: str | None
    plan_item_hint: str | None
    baseline: _Cell | None
    baseline_year: int | None
    # (year header, cell); resolved against the programme's years later
    years: list[tuple[Any, _Cell]]
    final: _Cell | None
    responsible: str | None = None
    data_source: str | None = None
    method: str | None = None
    verifying_document: str | None = None
    frequency: str | None = None
    collection_date: str | None = None
    methodology_note: str | None = None
    level: str | None = None
    aggregation: str | None = None
    direction: str | None = None
    stars: str = ""
    unit_col: int | None = None
    attach_key: str | None = None  # the plan item of the same row (plan with indicators)
    file: str | None = None  # the workbook it came from (several files in one import)


@dataclass
class _SheetRead:
    name: str
    kind: str  # plan | matrix | skipped
    header_row: int | None
    columns: tuple[tuple[str, str, str | None], ...]
    file: str | None = None


@dataclass
class _Parsed:
    file: str
    sheets: list[_SheetRead] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)
    indicators: list[_Indicator] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    program_goal: str | None = None
    year_hints: list[int] = field(default_factory=list)
    baseline_default_sheets: list[tuple[str, str]] = field(default_factory=list)  # (file, sheet)
    # Keys of the rows of the second, third… file of one import start with "f1", "f2"…
    prefix: str = ""
    files: tuple[str, ...] = ()

    def warn(self, message: str, params: dict | None = None, **where: Any) -> None:
        """A warning: the import goes on (see `problem` for `where`)."""
        self.warnings.append(self.problem(message, params, **where))

    def error(self, message: str, params: dict | None = None, **where: Any) -> None:
        """A problem that refuses the whole import."""
        self.errors.append(self.problem(message, params, **where))

    def problem(
        self,
        message: str,
        params: dict | None = None,
        *,
        sheet=None,
        row=None,
        col=None,
        file: str | None = None,
    ) -> Problem:
        """`message` at file (the one being read unless given), sheet, row and column
        (a number or a letter)."""
        return Problem(
            message,
            params or {},
            file=file or self.file,
            sheet=sheet,
            row=row,
            column=column_letter(col) if isinstance(col, int) else col,
        )


# -- DTOs for the wizard and the command line ---------------------------------------------


@dataclass(frozen=True)
class SheetSummary:
    name: str
    kind: str  # plan | matrix | skipped
    header_row: int | None
    columns: tuple[tuple[str, str, str | None], ...]  # (letter, header, role)
    file: str | None = None


@dataclass(frozen=True)
class PreviewItem:
    key: str
    kind: str
    code: str | None
    title: str
    parent_key: str | None
    action: str  # create | update | unchanged
    existing_id: str | None
    sheet: str
    row: int
    description: str | None = None
    deadline_text: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    expected_result: str | None = None
    lead_executor: str | None = None
    co_executors: str | None = None
    by_agreement: bool = False
    file: str | None = None


@dataclass(frozen=True)
class PreviewIndicator:
    key: str
    code: str | None
    name: str
    unit: str | None
    value_type: str
    aggregation: str
    direction: str
    baseline_value: float | None
    baseline_year: int | None
    targets: tuple[tuple[str, float | None, str | None], ...]
    final_target: float | None
    issue_text: str | None
    group_text: str | None
    attach_key: str | None  # plan item key / existing id; None = the programme
    attach_title: str | None
    attach_reason: str  # chosen | existing | row | plan_item | code | issue | group | program
    action: str
    existing_id: str | None
    sheet: str
    row: int
    file: str | None = None


@dataclass(frozen=True)
class ImportPreview:
    file: str
    program_id: str | None
    program_title: str | None
    municipality: str | None
    start_year: int | None
    end_year: int | None
    creates_program: bool
    needs_program_details: bool
    guessed_years: tuple[int, int] | None
    sheets: tuple[SheetSummary, ...]
    items: tuple[PreviewItem, ...]
    indicators: tuple[PreviewIndicator, ...]
    existing_items: tuple[tuple[str, str, str | None, str], ...]  # (id, kind, code, title)
    warnings: tuple[Problem, ...]
    errors: tuple[Problem, ...]
    files: tuple[str, ...] = ()

    def count(self, kind: str, action: str = "create") -> int:
        if kind == "indicator":
            return sum(1 for i in self.indicators if i.action == action)
        return sum(1 for i in self.items if i.kind == kind and i.action == action)


@dataclass(frozen=True)
class ImportResult:
    program_id: str
    created_program: bool
    created: dict[str, int]
    updated: dict[str, int]
    totals: dict[str, int]  # what the programme holds after the import
    warnings: tuple[Problem, ...]
    # indicators of the files left at the programme's level: (name, file, sheet, row)
    unlinked: tuple[tuple[str, str | None, str, int], ...] = ()

    def as_json(self, translate: Callable[[str, str], str] | None = None) -> dict[str, Any]:
        """The `import-plan --json` shape of PRODUCT.md §6 (counts after the import)."""

        def message(p: Problem) -> str:
            msg = translate("problems", p.message) if translate else p.message
            try:
                return msg.format(**p.params)
            except (KeyError, IndexError, ValueError):
                return msg

        return {
            "program_id": self.program_id,
            "directions": self.totals.get("direction", 0),
            "sectors": self.totals.get("sector", 0),
            "objectives": self.totals.get("objective", 0),
            "measures": self.totals.get("measure", 0),
            "indicators": self.totals.get("indicator", 0),
            "warnings": [
                {"sheet": p.sheet, "row": p.row, "column": p.column, "message": message(p)}
                for p in self.warnings
            ],
        }


# -- parsing the workbook -------------------------------------------------------------------

_GOAL = re.compile(
    r"^(?:стратегиялык\s+)?(?:максаты|максат|цели|цель|goal|strategic\s+goal)\s*[:.\-–—]\s*(\S.*)$",
    re.I | re.S,
)
_OBJECTIVE_HEAD = re.compile(
    r"^(?:милдет|тапшырма|задача|task|objective)\w*\s*((?:\d+\.)*\d+)?\.?\s*[:.\-–—]\s*(\S.*)$",
    re.I | re.S,
)
_WORDED_HEAD = re.compile(
    r"^(?:(\d{1,2})\s*[-‐]?\s*(?:артыкчылык|багыт|приоритет|направлени)\w*"
    r"|(?:артыкчылык|багыт|приоритет|направлени|priority|direction)\w*\s*(?:№\s*)?(\d{1,2}))"
    r"\s*[:.\-–—]?\s*(\S.*)$",
    re.I | re.S,
)
_DIRECTION_WORDS = re.compile(r"багыт|артыкчылык|приоритет|направлени|priority|direction", re.I)
_SECTOR_WORDS = re.compile(r"тармак|отрасл|сектор|sector", re.I)
_AGREEMENT = re.compile(r"макулдашуу\s+боюнча|по\s+согласованию|by\s+agreement", re.I)
_DOTTED = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)\.\s*$|^\s*(\d{1,3}(?:\.\d{1,3})+)\.?\s*$")


# A run of digits with separators in a cell ("1.234,5 сом", "1,234.5"), and a date, which
# is not a number ("31.12.2024").
_NUMBER_RUN = re.compile(r"(?<![\d.,])\d[\d.,]*\d")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})")
_EXPONENT = re.compile(r"[-+]?\d+(?:[.,]\d+)?[eE][-+]?\d+")
REFUSED = "refused"  # the kind of a cell whose number is ambiguous or out of range


def read_value(raw: Any, unit: str | None = None) -> CellValue:
    """A value cell as `common.workbook.read_value` reads it, except that a number with
    more than one separator is read by `numbers.parse_number` first ("1.234,5 сом" the
    Kyrgyz/Russian way, 1234,5; "1,234.5" the English way), and one whose separators say
    two things ("1,23.4") or that meapp cannot hold (beyond ±10^15) is refused: the kind is
    REFUSED and `text` what was written."""
    if isinstance(raw, str):
        text = clean(raw)
        if _EXPONENT.fullmatch(text):  # "1e9": a typo or a program's output, never "1"
            try:
                return CellValue(parse_number(text.replace(",", ".")), "number")
            except NumberError:
                return CellValue(None, REFUSED, text)
        plain = _plain_numbers(text)
        if plain is None:
            return CellValue(None, REFUSED, text)
        if plain != text:
            cell = _read_value(plain, unit)
            keep = cell.text is not None
            cell = CellValue(cell.value, cell.kind, text if keep else None, cell.several)
            return _checked(cell, text)
    return _checked(_read_value(raw, unit), clean(raw))


def _checked(cell: CellValue, text: str) -> CellValue:
    if cell.value is not None and not representable(cell.value):
        return CellValue(None, REFUSED, text)
    return cell


def _plain_numbers(text: str) -> str | None:
    """`text` with every number of several separators written plainly ("1.234,5" →
    "1234,5"); None when one of them is ambiguous."""

    def plain(m: re.Match[str]) -> str:
        token = m.group(0)
        if token.count(".") + token.count(",") < 2 or _DATE.fullmatch(token):
            return token
        value = parse_number(token)
        assert value is not None
        return f"{value:.15g}".replace(".", ",")

    try:
        return _NUMBER_RUN.sub(plain, text)
    except NumberError:
        return None


def _refuse_number(parsed: _Parsed, text: str | None, **where: Any) -> None:
    parsed.error(
        QT_TRANSLATE_NOOP(
            PROBLEMS,
            "not a number that can be read for sure: {value} (write 1234,5 or 1 234,5)",
        ),
        {"value": text or ""},
        **where,
    )


def _code(text: str) -> str | None:
    t = clean(text).rstrip(".").strip()
    return t or None


def _extends(code: str | None, parent: str | None) -> bool:
    """`1.1.1` or `1.1.1.2` under `1.1.1`: the same number or one deeper."""
    return code == parent or bool(code and parent and code.startswith(parent + "."))


def _split_executors(text: str) -> tuple[str | None, str | None]:
    """ "Мэрия, МС жана ММ башкармалыгы , РБББ" → ("Мэрия", "МС жана ММ башкармалыгы, РБББ").

    Commas inside quotes or brackets («Универсал», (по согласованию)) do not split.
    """
    parts: list[str] = []
    depth = 0
    buf = ""
    for ch in text:
        if ch in '«("“[':
            depth += 1
        elif ch in '»)"”]' and depth:
            depth -= 1
        if ch in ",;\n" and depth == 0:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    parts.append(buf)
    parts = [" ".join(p.split()) for p in parts if p.strip()]
    if not parts:
        return None, None
    return parts[0], (", ".join(parts[1:]) or None)


class _SheetReader:
    """What both sheet readers hold: the parse they add to and the table they read."""

    def __init__(self, parsed: _Parsed, table: Table) -> None:
        self.p = parsed
        self.t = table
        self.g = table.grid
        self.sheet = self.g.title


class _PlanReader(_SheetReader):
    """Reads one action-plan sheet into plan items."""

    @property
    def reads_indicators(self) -> bool:
        return self.indicators is not None

    def __init__(self, parsed: _Parsed, table: Table) -> None:
        super().__init__(parsed, table)
        self.direction: _Item | None = None
        self.sector: _Item | None = None
        self.objective: _Item | None = None
        self.numbered_directions = False
        self.items_by_code: dict[tuple[str, str], _Item] = {}
        has_values = any(c.role in ("baseline", "final", "target") for c in table.columns)
        self.indicators = (
            _MatrixReader(parsed, table) if table.col("indicator") and has_values else None
        )
        _warn_costs_not_split(parsed, table)

    def key(self, row: int, suffix: str = "") -> str:
        return f"{self.p.prefix}s{self.g.index}r{row}{suffix}"

    def add(self, item: _Item) -> _Item:
        item.file = self.p.file
        self.p.items.append(item)
        if item.code and item.kind in ("direction", "sector"):
            prev = self.items_by_code.get((item.kind, item.code))
            if prev is not None:
                self.p.warn(
                    QT_TRANSLATE_NOOP(
                        PROBLEMS, "the number {code} is used twice (also row {other})"
                    ),
                    {"code": item.code, "other": prev.row},
                    sheet=self.sheet,
                    row=item.row,
                )
            self.items_by_code[(item.kind, item.code)] = item
        return item

    def section(self) -> _Item | None:
        return self.sector or self.direction

    def read(self) -> None:
        t, g = self.t, self.g
        if self.indicators is not None:
            self.indicators.start()
        for r in range(t.data_start, g.nrows + 1):
            if g.row_is_empty(r) or is_numbering_row(g, r) or t.is_header_repeat(r):
                continue
            self.read_row(r)
        if self.indicators is not None:
            self.indicators.finish()

    def _heading_text(self, r: int) -> str | None:
        g, t = self.g, self.t
        cols = [c.col for c in t.columns]
        texts = g.distinct_texts(r, cols)
        if len(texts) != 1:
            return None
        filled = [c for c in cols if g.text(r, c)]
        if len(filled) >= 2:
            return texts[0]
        only = filled[0]
        if only == cols[0] or only == t.col("number"):
            return texts[0]
        return None

    def _numbered_heading(self, r: int) -> str | None:
        """ "1." in the number cell and the title beside it, merged across the rest of the
        row or alone in a plan without a task column: a heading, not a measure."""
        g, t = self.g, self.t
        number_col = t.col("number")
        number = g.text(r, number_col)
        if not number or not _DOTTED.match(number):
            return None
        others = [c.col for c in t.columns if c.col != number_col]
        texts = g.distinct_texts(r, others)
        if len(texts) != 1:
            return None
        filled = [c for c in others if g.text(r, c)]
        if len(filled) >= 2 or t.col("task") is None:
            return f"{number} {texts[0]}"
        return None

    def read_row(self, r: int) -> None:
        g, t = self.g, self.t
        heading = self._heading_text(r) or self._numbered_heading(r)
        if heading is not None:
            self.heading(r, heading)
            return
        number_col, task_col, measure_col = t.col("number"), t.col("task"), t.col("measure")
        number = g.text(r, number_col)
        task = g.text(r, task_col)
        measure = g.text(r, measure_col)
        if not measure:
            dotted = _DOTTED.match(number) if number else None
            rest = [g.text(r, c.col) for c in t.columns if c.col != number_col and g.text(r, c.col)]
            if dotted and rest:
                self.heading(r, f"{number} {rest[0]}")
                return
            if task:
                if not (self.objective and match_key(self.objective.title) == match_key(task)):
                    self.new_objective(r, number, task)
                return
            self.p.warn(
                QT_TRANSLATE_NOOP(PROBLEMS, "a row without a measure text was skipped"),
                sheet=self.sheet,
                row=r,
                col=measure_col,
            )
            return
        objective = None
        if task_col is not None:
            if task:
                current = self.objective
                same = current is not None and match_key(current.title) == match_key(task)
                continued = g.is_continuation(r, task_col) or (same and not number)
                if (
                    current is not None
                    and same
                    and (continued or not number or _extends(_code(number), current.code))
                ):
                    objective = current
                else:
                    objective = self.new_objective(r, number, task)
            elif self.objective is not None and not number:
                objective = self.objective  # a merge lost in the paste: same task
        elif self.objective is not None:
            # no task column: the tasks are heading rows ("Задача 1.1. …", "1.1.1 …")
            objective = self.objective
        parent = objective or self.section()
        if objective is None and task_col is not None:
            where = parent.code or parent.title if parent else None
            self.p.warn(
                QT_TRANSLATE_NOOP(
                    PROBLEMS, "measure without a task: placed directly under {parent}"
                )
                if where
                else QT_TRANSLATE_NOOP(
                    PROBLEMS, "measure without a task or heading: placed at the top of the plan"
                ),
                {"parent": where},
                sheet=self.sheet,
                row=r,
                col=task_col,
            )
        code = self.measure_code(r, number, objective or parent)
        item = _Item(
            self.key(r), "measure", code, measure, parent.key if parent else None, self.sheet, r
        )
        self.fill_measure(item, r)
        self.add(item)
        self.row_indicator(r, item)

    def row_indicator(self, r: int, item: _Item) -> None:
        """An action plan with its own indicator columns (name, baseline, targets): the
        indicator of a row belongs to that row's measure."""
        if self.indicators is None:
            return
        name = self.g.text(r, self.t.col("indicator"))
        if name:
            self.indicators.add(r, name, attach_key=item.key)

    def measure_code(self, r: int, number: str, parent: _Item | None) -> str | None:
        """The measure's own number: the number cell of a plan without a task column, or
        one that extends the number of the task or heading above ("1.1.1.2" under task
        "1.1.1", as the export writes it); a task's number merged down is the task's."""
        number_col = self.t.col("number")
        if not number or number_col is None or self.g.is_continuation(r, number_col):
            return None
        code = _code(number)
        if self.t.col("task") is None:
            return code
        if code and parent is not None and parent.code and code.startswith(parent.code + "."):
            return code
        return None

    def new_objective(self, r: int, number: str, task: str) -> _Item:
        """A task: its number is the number cell, or the code it begins with when the
        number cell is empty or holds the number of its first measure ("1.1.1.1" beside
        "1.1.1. Task…", as the export writes it)."""
        parent = self.section()
        code = _code(number) if number else None
        task_code, title = split_code(task)
        digits = task_code is not None and task_code[0].isdigit()
        if digits and (code is None or code.startswith(f"{task_code}.")):
            code, task = task_code, title
        item = _Item(
            self.key(r, "t"),
            "objective",
            code,
            task,
            parent.key if parent else None,
            self.sheet,
            r,
        )
        self.objective = self.add(item)
        return item

    def read_costs(self, item: _Item, r: int) -> None:
        """The measure's planned costs: a total per source, or per year where the cost
        column is headed by a year (issue 21)."""
        g, t = self.g, self.t
        for c in t.cols("cost"):
            raw = g.value(r, c.col)
            if raw is None or raw == "":
                continue
            v = read_value(raw)
            if v.kind == REFUSED:
                _refuse_number(self.p, v.text, sheet=self.sheet, row=r, col=c.col)
                continue
            if v.value is None:
                if v.kind == "text":
                    self.p.warn(
                        QT_TRANSLATE_NOOP(PROBLEMS, "not a number: {value}"),
                        {"value": v.text},
                        sheet=self.sheet,
                        row=r,
                        col=c.col,
                    )
                continue
            if v.value < 0:
                self.p.error(
                    QT_TRANSLATE_NOOP(PROBLEMS, "a planned cost cannot be negative: {value}"),
                    {"value": raw},
                    sheet=self.sheet,
                    row=r,
                    col=c.col,
                )
                continue
            source = c.source or source_of(g.text(r, t.col("funding"))) or "other"
            if c.year is not None and c.year.year is not None:
                years = item.budget_years.setdefault(source, {})
                years[c.year.year] = years.get(c.year.year, 0.0) + v.value * c.factor
            else:
                item.budgets[source] = item.budgets.get(source, 0.0) + v.value * c.factor
        _check_cost_totals(self.p, item, self.sheet, r, t)

    def fill_measure(self, item: _Item, r: int) -> None:
        g, t = self.g, self.t
        deadline = g.text(r, t.col("deadline"))
        if deadline:
            d = parse_deadline(deadline)
            item.deadline_text = deadline
            item.start_year, item.end_year, item.annual = d.start_year, d.end_year, d.annual
            if not d.understood:
                self.p.warn(
                    QT_TRANSLATE_NOOP(
                        PROBLEMS, "deadline not understood: the text is kept, the years are empty"
                    ),
                    sheet=self.sheet,
                    row=r,
                    col=t.col("deadline"),
                )
            for y in (d.start_year, d.end_year):
                if y:
                    self.p.year_hints.append(y)
        else:
            marked = [
                c.year.year for c in t.year_columns if c.year and c.year.year and g.text(r, c.col)
            ]
            if marked:
                item.start_year, item.end_year = min(marked), max(marked)
                item.deadline_text = ", ".join(str(y) for y in sorted(set(marked)))
        item.expected_result = g.text(r, t.col("result")) or None
        executors = g.text(r, t.col("responsible"))
        if executors:
            item.lead_executor, item.co_executors = _split_executors(executors)
            item.by_agreement = bool(_AGREEMENT.search(executors))
        self.read_costs(item, r)
        for name, limit_key in (
            ("deadline_text", "deadline_text"),
            ("lead_executor", "lead_executor"),
        ):
            value = getattr(item, name)
            if value and len(value) > _LIMITS[limit_key]:
                col = t.col("deadline") if name == "deadline_text" else t.col("responsible")
                self.p.error(
                    QT_TRANSLATE_NOOP(PROBLEMS, "text too long ({n} characters, at most {max})"),
                    {"n": len(value), "max": _LIMITS[limit_key]},
                    sheet=self.sheet,
                    row=r,
                    col=col,
                )

    def heading(self, r: int, text: str) -> None:
        goal = _GOAL.match(text)
        if goal:
            self.goal(goal.group(1).strip())
            return
        obj = _OBJECTIVE_HEAD.match(text)
        if obj:
            parent = self.section()
            item = _Item(
                self.key(r),
                "objective",
                obj.group(1),
                obj.group(2).strip(),
                parent.key if parent else None,
                self.sheet,
                r,
            )
            self.objective = self.add(item)
            return
        code, title = split_code(text)
        worded = _WORDED_HEAD.match(text)
        if code is None and worded:
            code = worded.group(1) or worded.group(2)
            title = worded.group(3).strip()
        if code and len(code) > _LIMITS["code"]:
            code = None
        kind = self.heading_kind(r, text, code)
        if kind == "direction":
            item = _Item(self.key(r), "direction", code, title, None, self.sheet, r)
            self.direction = self.add(item)
            self.sector = None
            self.objective = None
            if code:
                self.numbered_directions = True
            return
        if kind == "objective":
            parent = self.section()
            item = _Item(
                self.key(r), "objective", code, title, parent.key if parent else None, self.sheet, r
            )
            self.objective = self.add(item)
            return
        parent = self.direction
        if code and "." in code:
            prefix = code.rsplit(".", 1)[0]
            by_code = self.items_by_code.get(("direction", prefix)) or self.items_by_code.get(
                ("sector", prefix)
            )
            if by_code is not None:
                parent = by_code
        item = _Item(
            self.key(r), "sector", code, title, parent.key if parent else None, self.sheet, r
        )
        self.sector = self.add(item)
        self.objective = None

    def goal(self, body: str) -> None:
        """ "Максаты: …" describes the heading above (or, before any, the programme)."""
        target = self.sector or self.direction
        if target is None:
            if self.p.program_goal is None:
                self.p.program_goal = body
            return
        target.description = f"{target.description}\n{body}" if target.description else body

    def heading_kind(self, r: int, text: str, code: str | None) -> str:
        """What a heading row is: by its number's depth, else by its words (with a warning)."""
        if code is not None and not code[0].isdigit():
            return "direction"  # Roman numerals number the priorities
        if code is not None:
            depth = code.count(".") + 1
            if depth == 1:
                return "direction"
            if depth == 2:
                return "sector"
            return "sector" if self.t.col("task") is not None else "objective"
        if _DIRECTION_WORDS.search(text) and not _SECTOR_WORDS.search(text):
            kind = "direction"
        elif _SECTOR_WORDS.search(text) or self.numbered_directions:
            kind = "sector" if self.direction is not None else "direction"
        else:
            kind = "direction"
        self.p.warn(
            QT_TRANSLATE_NOOP(PROBLEMS, "a heading without a number was read as a {kind}"),
            {"kind": kind},
            sheet=self.sheet,
            row=r,
        )
        return kind


_LEVELS = (
    ("impact", r"impact|таасир|влияни|воздейств"),
    ("outcome", r"outcome|натыйжа|результат|эффект"),
    ("output", r"output|продукт|чыгым"),
)
# First match wins: an average ("среднегодовое") before a sum within the year, which comes
# before the cumulative sum whose "сумм" it shares ("сумма за год", "жыл ичиндеги сумма").
_AGGREGATIONS = (
    ("average", r"^average$|орточо|средн|mean"),
    (
        "annual_sum",
        r"^annual_sum$|жыл\s*ичинде|жылдык\s+сумма|за\s+год|годовая\s+сумма|в\s+течение\s+года"
        r"|annual|per\s+year|within\s+the\s+year",
    ),
    ("sum", r"^sum$|топтол|накопит|cumulative|сумм"),
    ("latest", r"^latest$|деңгээл|уровн|level|акыркы|последн"),
)
_DIRECTIONS = (
    ("increase", r"^increase$|өсүү|жогорула|рост|увелич|повыш|↑"),
    ("decrease", r"^decrease$|азай|азаю|кыскар|төмөндө|сниж|уменьш|сокращ|↓"),
    ("keep", r"^keep$|сактоо|сохран|стабил|→"),
)


def _code_from(text: str, table: tuple[tuple[str, str], ...]) -> str | None:
    for code, pattern in table:
        if re.search(pattern, text, re.I):
            return code
    return None


class _MatrixReader(_SheetReader):
    """Reads one indicator-matrix sheet (or a sheet of indicators by year)."""

    reads_indicators = True

    def __init__(self, parsed: _Parsed, table: Table) -> None:
        super().__init__(parsed, table)
        self.group: str | None = None
        self.issue: str | None = None
        self.footnotes: dict[str, str] = {}
        self.found: list[_Indicator] = []

    def start(self) -> None:
        t = self.t
        base = t.cols("baseline")
        self.baseline_year = base[0].year.year if base and base[0].year else None
        if base and self.baseline_year is None and t.col("baseline_year") is None:
            self.p.baseline_default_sheets.append((self.p.file, self.sheet))
        if not base and any(c.year and c.year.year for c in t.year_columns):
            self.group = self.sheet  # the sheet's name is the group of its indicators
            self.p.warn(
                QT_TRANSLATE_NOOP(
                    PROBLEMS,
                    "indicators by year: imported for the programme, the last year before it is "
                    "the baseline, its years are the targets",
                ),
                sheet=self.sheet,
            )

    def finish(self) -> None:
        for ind in self.found:
            if ind.stars and ind.stars in self.footnotes:
                note = self.footnotes[ind.stars]
                ind.methodology_note = (
                    f"{ind.methodology_note}\n{note}" if ind.methodology_note else note
                )
        self.p.indicators.extend(self.found)

    def read(self) -> None:
        t, g = self.t, self.g
        self.start()
        for r in range(t.data_start, g.nrows + 1):
            if g.row_is_empty(r) or is_numbering_row(g, r) or t.is_header_repeat(r):
                continue
            self.read_row(r)
        self.finish()

    def read_row(self, r: int) -> None:
        g, t = self.g, self.t
        cols = [c.col for c in t.columns]
        texts = g.distinct_texts(r, cols)
        name_col = t.col("indicator")
        name = g.text(r, name_col)
        value_cols = [c.col for c in t.columns if c.role in ("baseline", "target", "final")]
        has_values = any(g.text(r, c) for c in value_cols)
        merged_across = len(texts) == 1 and any(
            g.span_width(r, c) > 1 for c in cols if g.text(r, c)
        )
        if len(texts) == 1 and (merged_across or not has_values):
            text = texts[0]
            if text.startswith("*"):
                for m in re.finditer(r"(\*+)\s*[–—\-:]?\s*(.*?)(?=\s*\*+\s*[–—\-:]|$)", text, re.S):
                    if m.group(2).strip():
                        self.footnotes[m.group(1)] = m.group(2).strip().rstrip(".") + "."
                return
            filled = [c for c in cols if g.text(r, c)]
            if merged_across or filled[0] in (cols[0], t.col("number"), t.col("issue")):
                if filled[0] == t.col("issue") and len(filled) == 1:
                    self.issue = text
                    return
                self.group = text
                self.issue = None
                return
        # a matrix that names its issues "tasks" (милдеттер, задачи)
        issue_col, number_col = t.col("issue") or t.col("task"), t.col("number")
        number = g.text(r, number_col)
        if issue_col is not None:
            issue = g.text(r, issue_col)
            if issue:
                self.issue = issue
            elif number and not g.is_continuation(r, number_col):
                self.issue = None
        if not name:
            if has_values:
                self.p.warn(
                    QT_TRANSLATE_NOOP(
                        PROBLEMS, "a row with values but no indicator name was skipped"
                    ),
                    sheet=self.sheet,
                    row=r,
                    col=name_col,
                )
            return
        code = None
        if number and not g.is_continuation(r, number_col):
            code = _code(number)
        self.add(r, name, code=code)

    def add(
        self, r: int, name: str, *, code: str | None = None, attach_key: str | None = None
    ) -> None:
        """The indicator named on row `r`, with its unit, values and other columns."""
        g, t = self.g, self.t
        number_col = t.col("number")
        name, stars = self._strip_stars(name)
        unit_col = t.col("unit")
        unit = g.text(r, unit_col) or None
        if unit:
            unit, more = self._strip_stars(unit)
            stars = stars or more
        elif unit_col is None:
            name, unit = self._unit_from_name(name)
        ind = _Indicator(
            key=f"{self.p.prefix}s{g.index}r{r}",
            sheet=self.sheet,
            row=r,
            code=code,
            name=name,
            unit=unit,
            issue_text=self.issue,
            group_text=self.group,
            plan_item_hint=g.text(r, t.col("plan_item")) or None,
            baseline=None,
            baseline_year=self.baseline_year,
            years=[],
            final=None,
            responsible=g.text(r, t.col("responsible")) or None,
            data_source=g.text(r, t.col("data_source")) or None,
            method=g.text(r, t.col("method")) or None,
            verifying_document=g.text(r, t.col("verifying")) or None,
            frequency=g.text(r, t.col("frequency")) or None,
            collection_date=g.text(r, t.col("date")) or None,
            methodology_note=g.text(r, t.col("note")) or None,
            stars=stars,
            unit_col=unit_col,
            attach_key=attach_key,
            file=self.p.file,
        )
        self._read_codes(ind, r)
        year_col = t.col("baseline_year")
        if year_col is not None:
            found_year = re.search(r"(?:19|20)\d{2}", g.text(r, year_col))
            if found_year:
                ind.baseline_year = int(found_year.group(0))
        self._read_values(ind, r, unit)
        for limit, value, col in (
            ("code", ind.code, number_col),
            ("unit", ind.unit, unit_col),
            ("responsible", ind.responsible, t.col("responsible")),
        ):
            if value and len(value) > _LIMITS[limit]:
                self.p.error(
                    QT_TRANSLATE_NOOP(PROBLEMS, "text too long ({n} characters, at most {max})"),
                    {"n": len(value), "max": _LIMITS[limit]},
                    sheet=self.sheet,
                    row=r,
                    col=col,
                )
        self.found.append(ind)

    def _read_codes(self, ind: _Indicator, r: int) -> None:
        """Level, kind and direction as words of the council or the app's own codes."""
        for role, table in (
            ("level", _LEVELS),
            ("aggregation", _AGGREGATIONS),
            ("direction", _DIRECTIONS),
        ):
            text = self.g.text(r, self.t.col(role))
            if text:
                found = _code_from(text, table)
                if found is None:
                    self.p.warn(
                        QT_TRANSLATE_NOOP(PROBLEMS, "not understood: {value}"),
                        {"value": text},
                        sheet=self.sheet,
                        row=r,
                        col=self.t.col(role),
                    )
                setattr(ind, role, found)

    def _read_values(self, ind: _Indicator, r: int, unit: str | None) -> None:
        """The baseline, the targets by year and the final target of row `r`."""
        g, t = self.g, self.t
        for c in t.columns:
            if c.role not in ("baseline", "target", "final"):
                continue
            cell = _Cell(read_value(g.value(r, c.col), unit), r, c.col)
            if cell.value.kind == "empty":
                continue
            if cell.value.kind == REFUSED:
                _refuse_number(self.p, cell.value.text, sheet=self.sheet, row=r, col=c.col)
                continue
            if c.role == "baseline":
                ind.baseline = cell
            elif c.role == "final":
                ind.final = cell
            elif c.year is not None:
                ind.years.append((c.year, cell))
            else:
                self.p.warn(
                    QT_TRANSLATE_NOOP(PROBLEMS, "a target column without a year was not read"),
                    sheet=self.sheet,
                    row=r,
                    col=c.col,
                )

    @staticmethod
    def _strip_stars(text: str) -> tuple[str, str]:
        m = re.search(r"\s*(\*+)\s*$", text)
        if not m:
            return text, ""
        return text[: m.start()].strip(), m.group(1)

    @staticmethod
    def _unit_from_name(name: str) -> tuple[str, str | None]:
        """ "Бюджеттин кирешеси, млн сом" → ("Бюджеттин кирешеси", "млн сом")."""
        if "," not in name:
            return name, None
        head, tail = name.rsplit(",", 1)
        tail = tail.strip()
        if tail and len(tail) <= 20 and len(tail.split()) <= 3 and head.strip():
            return head.strip(), tail
        return name, None


PathOrPaths = str | Path | Sequence[str | Path]


def _as_paths(paths: PathOrPaths) -> list[Path]:
    """One path, or several (the action plan and the matrix in separate workbooks)."""
    if isinstance(paths, str | Path):
        return [Path(paths)]
    files = [Path(p) for p in paths]
    if not files:
        raise ValidationError("choose a workbook to import")
    seen: set[Path] = set()
    for f in files:
        key = f.resolve()
        if key in seen:
            raise ValidationError(
                Problem("the same file was chosen twice: {file}", {"file": f.name}, file=f.name)
            )
        seen.add(key)
    return files


def parse_workbook(path: PathOrPaths, file_read: Callable[[int], None] | None = None) -> _Parsed:
    """Read every sheet of every file; a workbook with neither a plan nor a matrix is
    refused, naming the file. The rows of all files form one import (one transaction), so
    the matrix's indicators can find the measures of a plan in another file."""
    files = _as_paths(path)
    parsed = _Parsed(files[0].name, files=tuple(f.name for f in files))
    for i, f in enumerate(files):
        parsed.file = f.name
        parsed.prefix = f"f{i}" if i else ""
        _read_file(parsed, f)
        if file_read is not None:
            file_read(i + 1)
    parsed.file = files[0].name
    parsed.prefix = ""
    _refuse_the_same_plan_twice(parsed)
    return parsed


def _refuse_the_same_plan_twice(parsed: _Parsed) -> None:
    """Two files that both hold the action plan (or the same matrix) would import every
    measure twice: refused, naming both files. Half of the smaller file's measures (or
    indicators) found again in the other counts as the same plan."""
    for message, rows in (
        (
            QT_TRANSLATE_NOOP(
                PROBLEMS,
                "{file} and {other} hold the same action plan ({n} measures alike): "
                "import one of them",
            ),
            [(it.file, it.title) for it in parsed.items if it.kind == "measure"],
        ),
        (
            QT_TRANSLATE_NOOP(
                PROBLEMS,
                "{file} and {other} hold the same indicators ({n} alike): import one of them",
            ),
            [(ind.file, ind.name) for ind in parsed.indicators],
        ),
    ):
        by_file: dict[str, set[str]] = {}
        for file, title in rows:
            by_file.setdefault(file or "", set()).add(match_key(title))
        names = list(by_file)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                common = len(by_file[a] & by_file[b])
                if common and common * 2 >= min(len(by_file[a]), len(by_file[b])):
                    parsed.error(message, {"file": a, "other": b, "n": common}, file=b)


def _read_file(parsed: _Parsed, path: Path) -> None:
    grids = read_workbook(path)
    _formulas_without_value(parsed, path, grids)
    for grid in grids:
        _strip_control_characters(parsed, grid)
    tables: list[Table] = []
    for grid in grids:
        table = find_table(grid)
        if table is not None:
            table = _more_roles(table)
        if table is None:
            if any(grid.values.values()):
                parsed.warn(
                    QT_TRANSLATE_NOOP(
                        PROBLEMS,
                        "sheet not recognised as an action plan or an indicator matrix: skipped",
                    ),
                    sheet=grid.title,
                )
            parsed.sheets.append(_SheetRead(grid.title, "skipped", None, (), parsed.file))
            continue
        tables.append(table)
        parsed.sheets.append(
            _SheetRead(
                grid.title,
                table.kind,
                table.header_first,
                tuple((c.letter, c.header, c.role) for c in table.columns if c.header),
                parsed.file,
            )
        )
    if not tables:
        if not any(any(g.values.values()) for g in grids):
            raise ValidationError(
                Problem("the workbook is empty: no sheet holds any text", file=parsed.file)
            )
        raise ValidationError(
            Problem(
                "no action plan or indicator matrix found: no sheet has a header with measures "
                "or indicators",
                file=parsed.file,
            )
        )
    before_file = len(parsed.items) + len(parsed.indicators)
    for table in tables:
        before_items, before_inds = len(parsed.items), len(parsed.indicators)
        if table.kind == "plan":
            reader: _PlanReader | _MatrixReader = _PlanReader(parsed, table)
        else:
            reader = _MatrixReader(parsed, table)
        _warn_unused_columns(parsed, table, with_indicators=reader.reads_indicators)
        reader.read()
        if len(parsed.items) == before_items and len(parsed.indicators) == before_inds:
            parsed.warn(
                QT_TRANSLATE_NOOP(PROBLEMS, "the sheet has a header but no rows under it"),
                sheet=table.grid.title,
            )
    if len(parsed.items) + len(parsed.indicators) == before_file:
        raise ValidationError(
            Problem("no measures or indicators found in the file", file=parsed.file)
        )


# Columns the common reader leaves unnamed that the import still knows: the MSDSP matrix's
# frequency and date of measurement.
_MORE_ROLES = (
    ("frequency", re.compile(r"мезгилдүүлүг|жыштыг|периодичн|частот|frequency|how\s+often", re.I)),
    ("date", re.compile(r"^(?:дата|датасы|date)\b|\bдатасы\b|\bdate\s+of\b", re.I)),
)
_MONEY_WORDS = re.compile(r"\bсом\b|\bsom\b|миң|тыс|млн|million|thousand", re.I)
_PLAN_ROLES = frozenset(
    {"number", "task", "measure", "deadline", "result", "responsible", "cost", "funding", "target"}
)
_MATRIX_ROLES = frozenset(
    {
        "number",
        "issue",
        "task",
        "indicator",
        "unit",
        "plan_item",
        "responsible",
        "data_source",
        "method",
        "verifying",
        "frequency",
        "date",
        "note",
        "level",
        "aggregation",
        "direction",
        "baseline",
        "baseline_year",
        "target",
        "final",
    }
)


def _more_roles(table: Table) -> Table:
    """The table with the columns `find_table` left unnamed named where the import knows
    them: frequency and date in a matrix, and in a plan a cost column headed only by its
    funding source ("Жергиликтүү бюджет, миң сом", the glossary's source names)."""
    from dataclasses import replace

    taken = {c.role for c in table.columns if c.role}
    cols: list[Column] = []
    for c in table.columns:
        role = None
        if c.role is None and c.header:
            role = _more_role(table, c, taken)
        year_cost = _cost_year_column(table, c)
        if year_cost is not None:
            c = year_cost
        elif role == "cost":
            c = replace(c, role="cost", source=_source_of(c.header), factor=money_factor(c.header))
        elif c.role in ("cost", "funding") and c.source is None:
            c = replace(c, source=_vocabulary_source(c.header))
        elif role is not None:
            taken.add(role)
            c = replace(c, role=role)
        cols.append(c)
    return replace(table, columns=tuple(cols))


def _more_role(table: Table, c: Column, taken: set[str]) -> str | None:
    header = clean(c.header).replace("\n", " ")
    if table.kind == "plan" and _source_of(header) is not None:
        if _MONEY_WORDS.search(header) or _numbers_below(table, c.col):
            return "cost"
        return None
    if table.kind == "matrix":
        for role, rx in _MORE_ROLES:
            if role not in taken and rx.search(header):
                return role
    return None


def _source_of(header: str) -> str | None:
    """The funding source a header names: the council's words (`common.workbook`), else
    the app's own names of the sources in English, Kyrgyz or Russian (what the export
    writes, "Planned cost, som: Public-private partnership")."""
    return source_of(header) or _vocabulary_source(header)


@functools.cache
def _source_words() -> tuple[tuple[str, str], ...]:
    from meapp import i18n
    from meapp.services.common import vocabulary as V

    words = []
    for code, english in V.FUNDING_SOURCES.items():
        words.append((english.casefold(), code))
        for lang in ("ky", "ru"):
            words.append(
                (i18n.translator(lang)(V.FUNDING_SOURCES.context, english).casefold(), code)
            )
    return tuple(sorted(set(words), key=lambda w: -len(w[0])))


def _vocabulary_source(header: str) -> str | None:
    text = " ".join(header.split()).casefold()
    for word, code in _source_words():
        if word and word in text:
            return code
    return None


def _numbers_below(table: Table, col: int, rows: int = 40) -> bool:
    """Whether most filled cells under the header in `col` hold numbers."""
    g = table.grid
    seen = numeric = 0
    for r in range(table.data_start, min(g.nrows, table.data_start + rows) + 1):
        v = g.value(r, col)
        if v is None or v == "":
            continue
        seen += 1
        if isinstance(v, int | float) or re.fullmatch(r"[\d\s\u00a0.,]+", str(v).strip()):
            numeric += 1
    return seen > 0 and numeric * 2 >= seen


def _warn_unused_columns(parsed: _Parsed, table: Table, *, with_indicators: bool) -> None:
    """Every column with a header the import does not read, named: nothing is dropped
    without a word."""
    used = _PLAN_ROLES | (_MATRIX_ROLES if with_indicators else frozenset())
    if table.kind != "plan":
        used = _MATRIX_ROLES
    for c in table.columns:
        if not c.header or c.role in used:
            continue
        parsed.warn(
            QT_TRANSLATE_NOOP(PROBLEMS, "column not imported: {header}"),
            {"header": " ".join(c.header.split())},
            sheet=table.grid.title,
            row=table.header_first,
            col=c.col,
        )


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _strip_control_characters(parsed: _Parsed, grid: Any) -> None:
    """Control characters (invisible, pasted from other programs) are taken out of every
    text cell, with a warning naming the cell: stored, they break exports later."""
    for (r, c), v in list(grid.values.items()):
        if isinstance(v, str) and _CONTROL.search(v):
            grid.values[(r, c)] = _CONTROL.sub("", v)
            merge = grid.merge_of(r, c)
            if merge is not None and (merge[0], merge[1]) != (r, c):
                continue  # a merged area is named once, by its top-left cell
            parsed.warn(
                QT_TRANSLATE_NOOP(PROBLEMS, "control characters removed from the cell"),
                sheet=grid.title,
                row=r,
                col=c,
            )


def _formulas_without_value(parsed: _Parsed, path: Path, grids: list[Any]) -> None:
    """A formula cell saved without its computed value (written by a program that does not
    calculate) would read as empty: refused, naming the cell, rather than a row skipped.
    A formula whose computed value is an empty text (=IF(…;"";…)) is a value, and passes."""
    by_title = {g.title: g for g in grids}
    # most council files hold no formula: then nothing more is read (formula_cells)
    for sheet, r, c in uncalculated_formulas(path):
        grid = by_title.get(sheet)
        if grid is None or (r, c) in grid.values:
            continue  # a hidden sheet is not read; a value is a value
        parsed.error(
            QT_TRANSLATE_NOOP(
                PROBLEMS,
                "a formula without a computed value: open the file in a spreadsheet "
                "program, let it calculate, save it and import again",
            ),
            sheet=sheet,
            row=r,
            col=c,
        )


# -- resolving against the programme ------------------------------------------------------


def _guess_years(parsed: _Parsed) -> tuple[int, int] | None:
    offsets = [y.offset for ind in parsed.indicators for y, _ in ind.years if y.offset]
    bases = [ind.baseline_year for ind in parsed.indicators if ind.baseline_year]
    if offsets and bases:
        start = max(bases) + 1
        return start, start + max(offsets) - 1
    hints = sorted(parsed.year_hints)
    if hints:
        return hints[0], hints[-1]
    absolute = sorted(
        {y.year for ind in parsed.indicators for y, _ in ind.years if y.year and not y.fact}
    )
    if absolute:
        return absolute[0], absolute[-1]
    return None


@dataclass
class _ResolvedIndicator:
    src: _Indicator
    value_type: str
    aggregation: str
    direction: str
    baseline_value: float | None
    baseline_year: int | None
    targets: list[tuple[str, float | None, str | None]]
    final_target: float | None
    guessed: str | None = None  # "cumulative" | "level" when the kind was guessed
    target_cols: dict[str, int] = field(default_factory=dict)  # period → its column


def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol


def _decimals(values: list[float]) -> int:
    best = 0
    for v in values:
        s = f"{v:.6f}".rstrip("0").rstrip(".")
        if "." in s:
            best = max(best, len(s.split(".")[1]))
    return best


def guess_aggregation(
    baseline: float | None, steps: list[float], final: float | None
) -> tuple[str, str]:
    """("sum" | "latest", why): yearly amounts that add up to the final target are
    cumulative, in equal steps or (when the last step is not the final level) unequal ones."""
    if len(steps) >= 2 and final is not None:
        total = sum(steps)
        tol = max(len(steps) * 10 ** -_decimals(steps), abs(final) * 0.001)
        adds_up = _close(total, final, tol) or (
            baseline is not None and _close(baseline + total, final, tol)
        )
        equal = max(steps) - min(steps) <= 10 ** -_decimals(steps) + 1e-9
        if adds_up and any(steps) and (equal or not _close(steps[-1], final, tol)):
            return "sum", "cumulative"
    return "latest", "level"


def _resolve_indicator(
    parsed: _Parsed, ind: _Indicator, years: tuple[int, int]
) -> _ResolvedIndicator:
    start, end = years
    value_type = _value_type(parsed, ind)
    targets, target_cols, baseline_value, baseline_year = _targets(parsed, ind, years)
    if baseline_year is None and baseline_value is not None:
        baseline_year = start - 1
    final = ind.final.value.value if ind.final else None
    yearly = [(p, v) for p, v, _ in targets if "-H" not in p]
    if ind.final is None and yearly and yearly[-1][0] == str(end):
        final = yearly[-1][1]
    steps = [v for _, v in yearly if v is not None]
    guessed = None
    if ind.aggregation:
        aggregation = ind.aggregation
    else:
        aggregation, guessed = guess_aggregation(
            baseline_value, steps, final if ind.final else None
        )
    direction = ind.direction or _guess_direction(
        aggregation, baseline_value, final if final is not None else (steps[-1] if steps else None)
    )
    _warn_contradiction(parsed, ind, direction, aggregation, baseline_value, targets)
    for _period, _v, text in targets:
        if text and len(text) > _LIMITS["target_text"]:
            parsed.error(
                QT_TRANSLATE_NOOP(PROBLEMS, "text too long ({n} characters, at most {max})"),
                {"n": len(text), "max": _LIMITS["target_text"]},
                sheet=ind.sheet,
                file=ind.file,
                row=ind.row,
            )
    return _ResolvedIndicator(
        ind,
        value_type,
        aggregation,
        direction,
        baseline_value,
        baseline_year,
        targets,
        final,
        guessed,
        target_cols,
    )


def _warn_contradiction(
    parsed: _Parsed,
    ind: _Indicator,
    direction: str,
    aggregation: str,
    baseline: float | None,
    targets: list[tuple[str, float | None, str | None]],
) -> None:
    """Targets on the wrong side of the baseline for the direction (revenue to increase,
    322,4 → 285,9) are named: the formulas give them a defined result, but the council
    meant something else or mistyped (`formulas.target_contradicts_direction`)."""
    from meapp.models.formulas import target_contradicts_direction

    if aggregation == "sum" or baseline is None:
        return  # amounts per period are not compared with a level
    if aggregation == "annual_sum":
        # a year's amount is compared with the baseline year's; a half-year is part of a year
        targets = [t for t in targets if "-" not in t[0]]
    periods = [p for p, v, _t in targets if target_contradicts_direction(direction, baseline, v)]
    if not periods:
        return
    parsed.warn(
        QT_TRANSLATE_NOOP(
            PROBLEMS, "targets below the baseline {baseline} of an indicator to increase: {periods}"
        )
        if direction == "increase"
        else QT_TRANSLATE_NOOP(
            PROBLEMS, "targets above the baseline {baseline} of an indicator to decrease: {periods}"
        ),
        {"baseline": _fmt(baseline), "periods": ", ".join(periods)},
        sheet=ind.sheet,
        file=ind.file,
        row=ind.row,
    )


def _value_type(parsed: _Parsed, ind: _Indicator) -> str:
    """Number, percent, ratio or milestone, from the unit and what the cells hold (cells
    without a number, or with several, are reported)."""
    kinds = []
    cells = [c for _, c in ind.years] + [c for c in (ind.baseline, ind.final) if c is not None]
    for c in cells:
        kinds.append(c.value.kind)
        if c.value.kind == "text":
            parsed.warn(
                QT_TRANSLATE_NOOP(PROBLEMS, "no number in the cell: {value} (kept as text)"),
                {"value": c.value.text},
                sheet=ind.sheet,
                file=ind.file,
                row=c.row,
                col=c.col,
            )
        elif c.value.several:
            parsed.warn(
                QT_TRANSLATE_NOOP(
                    PROBLEMS, "the cell holds several values: {value}; {number} was taken"
                ),
                {"value": c.value.text, "number": _fmt(c.value.value)},
                sheet=ind.sheet,
                file=ind.file,
                row=c.row,
                col=c.col,
            )
    unit_text = (ind.unit or "").casefold()
    if "ratio" in kinds or re.search(r"мамиле|катыш|соотнош|ratio", unit_text):
        return "ratio"
    if unit_text.strip() in ("%", "пайыз", "процент", "percent") or (
        "percent" in kinds and all(k in ("percent", "empty", "text") for k in kinds)
    ):
        return "percent"
    if kinds and all(k in ("milestone", "empty", "text") for k in kinds) and "milestone" in kinds:
        return "milestone"
    return "number"


def _targets(
    parsed: _Parsed, ind: _Indicator, years: tuple[int, int]
) -> tuple[list[tuple[str, float | None, str | None]], dict[str, int], float | None, int | None]:
    """(targets by period, the column of each, baseline value, baseline year) of one row: a
    year before the programme stands for the baseline when there is no baseline column."""
    start, end = years
    targets: list[tuple[str, float | None, str | None]] = []
    baseline_value = ind.baseline.value.value if ind.baseline else None
    baseline_year = ind.baseline_year
    outside: list[int] = []
    by_year: dict[int, _Cell] = {}
    target_cols: dict[str, int] = {}
    for yh, cell in ind.years:
        year = yh.year if yh.year is not None else start + (yh.offset or 1) - 1
        if yh.half:
            period = f"{year}-H{yh.half}"
            if start <= year <= end:
                targets.append((period, cell.value.value, _text(cell)))
                target_cols[period] = cell.col
            continue
        by_year[year] = cell
    if ind.baseline is None and by_year:
        before = sorted(y for y in by_year if y < start)
        if before:
            baseline_year = before[-1]
            baseline_value = by_year[baseline_year].value.value
    for year in sorted(by_year):
        cell = by_year[year]
        if start <= year <= end:
            targets.append((str(year), cell.value.value, _text(cell)))
            target_cols[str(year)] = cell.col
        elif year != baseline_year:
            outside.append(year)
    if outside:
        parsed.warn(
            QT_TRANSLATE_NOOP(
                PROBLEMS, "targets for years outside the programme ({years}) were not imported"
            ),
            {"years": ", ".join(str(y) for y in outside)},
            sheet=ind.sheet,
            file=ind.file,
            row=ind.row,
        )
    return targets, target_cols, baseline_value, baseline_year


def _guess_direction(aggregation: str, baseline: float | None, goal: float | None) -> str:
    """Amounts grow; a level goes where its goal lies from the baseline."""
    if aggregation == "sum" or goal is None or baseline is None:
        return "increase"
    if goal < baseline:
        return "decrease"
    if goal == baseline:
        return "keep"
    return "increase"


def _text(cell: _Cell) -> str | None:
    """The council's wording of a target, kept beside the value; a yes/no word is not kept
    (the value is its one written form, shown in the reader's language everywhere)."""
    if cell.value.kind == "milestone":
        return None
    return cell.value.text


def _only_the_value(text: str | None, value: float | None) -> bool:
    """Whether `text` is nothing but a written form of `value`: a yes/no word, a bare
    ratio (`numbers.format_indicator_value` writes them so, any language) or the number
    itself ("12,5%", as the export writes a percentage in another unit)."""
    if text is None or value is None:
        return False
    try:
        read = parse_yes_no(text)
        if read is None:
            read = parse_ratio(text)
        if read is None:
            read = parse_number(text)
    except NumberError:
        return False
    return read is not None and abs(read - value) <= 1e-9 * max(1.0, abs(value))


def _fmt(v: float | None) -> str:
    from meapp.models.numbers import format_number

    return format_number(v)


# -- matching with the database and planning the writes -----------------------------------


@dataclass
class _Plan:
    """The parse matched with the programme: what each row becomes."""

    parsed: _Parsed
    program: Any  # Program | None
    program_fields: dict[str, Any]
    years: tuple[int, int] | None
    item_action: dict[str, tuple[str, Any]]  # key → (action, existing PlanItem | None)
    item_changes: dict[str, dict[str, Any]]
    indicators: list[_ResolvedIndicator]
    ind_action: dict[str, tuple[str, Any]]
    ind_changes: dict[str, dict[str, Any]]
    target_changes: dict[str, list[tuple[str, float | None, str | None, Any]]]
    attach: dict[str, tuple[str | None, str]]  # indicator key → (item key or id, reason)
    titles: dict[str, tuple[str, str | None, str]]  # item key or id → (kind, code, title)
    existing_items: list[Any]
    creates_program: bool
    needs_details: bool


def _item_fields(it: _Item, years: tuple[int, int] | None) -> dict[str, Any]:
    fields: dict[str, Any] = {"description": it.description}
    if it.kind == "measure":
        start, end = it.start_year, it.end_year
        if it.annual and start is None and years:
            start, end = years
        fields.update(
            deadline_text=it.deadline_text,
            start_year=start,
            end_year=end,
            expected_result=it.expected_result,
            lead_executor=it.lead_executor,
            co_executors=it.co_executors,
            # the file says "by agreement" or nothing: nothing keeps what the user set
            by_agreement=it.by_agreement or None,
        )
    return fields


def _indicator_fields(ri: _ResolvedIndicator) -> dict[str, Any]:
    s = ri.src
    return {
        "code": s.code,
        "name": s.name,
        "unit": s.unit,
        "value_type": ri.value_type,
        "direction": ri.direction,
        "aggregation": ri.aggregation,
        "baseline_value": ri.baseline_value,
        "baseline_year": ri.baseline_year,
        "final_target": ri.final_target,
        "data_source": s.data_source,
        "method": s.method,
        "verifying_document": s.verifying_document,
        "collection_frequency": s.frequency,
        "collection_date": s.collection_date,
        "responsible": s.responsible,
        "methodology_note": s.methodology_note,
        "level": s.level,
        "issue_text": s.issue_text,
        "group_text": s.group_text,
    }


def _choose_program(s, program_id, options: ImportOptions):
    """(programme or None, creates a new one?) — see `ImportOptions`."""
    from sqlalchemy import select

    from meapp.models import Municipality, Program
    from meapp.services.plan.programs import find_program_in

    if program_id:
        prog = find_program_in(s, str(program_id))
        if prog is None:
            from meapp.errors import NotFound

            raise NotFound("no programme with id or code {program}", program=str(program_id))
        return prog, False
    if options.title:
        # casefold in Python: SQLite's lower() leaves Cyrillic alone
        want = clean(options.title).casefold()
        town = clean(options.municipality or "").casefold()
        found = [
            p
            for p, m in s.execute(
                select(Program, Municipality).join(
                    Municipality, Program.municipality_id == Municipality.id
                )
            )
            if clean(p.title).casefold() == want and (not town or clean(m.name).casefold() == town)
        ]
        if len(found) == 1:
            return found[0], False
        return None, True
    progs = s.scalars(select(Program).limit(2)).all()
    if len(progs) == 1:
        return progs[0], False
    if len(progs) > 1:
        raise ValidationError("the database holds several programmes: choose one with --program")
    return None, True


def _build_plan(s, parsed: _Parsed, program_id, options: ImportOptions) -> _Plan:
    program, creates = _choose_program(s, program_id, options)
    years, program_fields = _plan_years(parsed, program, options)
    needs_details = creates and not (options.title and options.municipality and years)
    existing, existing_inds, targets_by_ind = _existing_rows(s, program)
    item_action, item_changes, titles = _match_items(parsed, existing, years)
    resolved = (
        [_resolve_indicator(parsed, ind, years) for ind in parsed.indicators] if years else []
    )
    if parsed.indicators and not years:
        parsed.error(
            QT_TRANSLATE_NOOP(
                PROBLEMS,
                "the programme's years are needed to read the yearly targets: give them "
                "(for example 2023-2026)",
            )
        )
    ind_action, ind_changes, target_changes = _match_indicators(
        s, parsed, program, resolved, existing_inds, targets_by_ind
    )
    attach = _attachments(
        parsed, options, resolved, ind_action, item_action, [str(e.id) for e in existing], titles
    )
    return _Plan(
        parsed,
        program,
        program_fields,
        years,
        item_action,
        item_changes,
        resolved,
        ind_action,
        ind_changes,
        target_changes,
        attach,
        titles,
        existing,
        creates,
        needs_details,
    )


def _plan_years(
    parsed: _Parsed, program: Any, options: ImportOptions
) -> tuple[tuple[int, int] | None, dict[str, Any]]:
    """The programme's years (its own, or the options' or the files' for a new one) and
    the fields of a programme to create."""
    if program is not None:
        years: tuple[int, int] | None = (program.start_year, program.end_year)
        program_fields: dict[str, Any] = {}
    else:
        years = options.years or _guess_years(parsed)
        program_fields = {
            "title": (options.title or "").strip(),
            "municipality": (options.municipality or "").strip(),
            "years": years,
        }
    if years is not None and years[1] < years[0]:
        raise ValidationError(
            "the programme ends before it starts: {start}–{end}", start=years[0], end=years[1]
        )
    for file, sheet in parsed.baseline_default_sheets:
        if years:
            parsed.warn(
                QT_TRANSLATE_NOOP(
                    PROBLEMS, "the baseline year is not in the header: {year} assumed"
                ),
                {"year": years[0] - 1},
                sheet=sheet,
                file=file,
            )
    return years, program_fields


def _existing_rows(s, program: Any) -> tuple[list[Any], list[Any], dict[Any, dict[str, Any]]]:
    """The programme's plan items, indicators and their targets by period."""
    from sqlalchemy import select

    from meapp.models import Indicator, IndicatorTarget, PlanItem

    if program is None:
        return [], [], {}
    existing = list(
        s.scalars(
            select(PlanItem).where(PlanItem.program_id == program.id).order_by(PlanItem.position)
        )
    )
    existing_inds = list(
        s.scalars(
            select(Indicator).where(Indicator.program_id == program.id).order_by(Indicator.position)
        )
    )
    targets_by_ind: dict[Any, dict[str, Any]] = {}
    if existing_inds:
        for t in s.scalars(
            select(IndicatorTarget).where(
                IndicatorTarget.indicator_id.in_([i.id for i in existing_inds])
            )
        ):
            targets_by_ind.setdefault(t.indicator_id, {})[t.period] = t
    return existing, existing_inds, targets_by_ind


def _match_items(
    parsed: _Parsed, existing: list[Any], years: tuple[int, int] | None
) -> tuple[
    dict[str, tuple[str, Any]],
    dict[str, dict[str, Any]],
    dict[str, tuple[str, str | None, str]],
]:
    """Plan items matched by parent, kind, code and title: (action, changes, titles)."""
    by_sig: dict[tuple, list[Any]] = {}
    for e in existing:
        by_sig.setdefault((e.parent_id, e.kind, e.code or None, match_key(e.title)), []).append(e)
    item_action: dict[str, tuple[str, Any]] = {}
    item_changes: dict[str, dict[str, Any]] = {}
    key_to_id: dict[str, Any] = {}
    for it in parsed.items:
        parent_id = key_to_id.get(it.parent_key) if it.parent_key else None
        candidates = (
            by_sig.get((parent_id, it.kind, it.code, match_key(it.title)))
            if (it.parent_key is None or parent_id is not None)
            else None
        )
        fields = _item_fields(it, years)
        if candidates:
            match = candidates.pop(0)
            key_to_id[it.key] = match.id
            changes = {k: v for k, v in fields.items() if v is not None and v != getattr(match, k)}
            if match.title != it.title:
                changes["title"] = it.title
            item_action[it.key] = ("update" if changes else "unchanged", match)
            item_changes[it.key] = changes
        else:
            item_action[it.key] = ("create", None)
            item_changes[it.key] = fields
    titles: dict[str, tuple[str, str | None, str]] = {}
    for e in existing:
        titles[str(e.id)] = (e.kind, e.code, e.title)
    for it in parsed.items:
        if item_action[it.key][1] is None:
            titles[it.key] = (it.kind, it.code, it.title)
    return item_action, item_changes, titles


def _match_indicators(s, parsed, program, resolved, existing_inds, targets_by_ind):
    """Indicators matched by code and name: (action, field changes, target changes).

    The lock rules of approved periods (`locks`) apply here: no target of an approved year
    is set, changed or added, and an indicator whose actuals make up an approved figure
    keeps the fields that turn them into it. Either refuses the whole import.
    """
    ind_sig: dict[tuple, list[Any]] = {}
    for ex in existing_inds:
        ind_sig.setdefault((ex.code or None, match_key(ex.name)), []).append(ex)
    ind_action: dict[str, tuple[str, Any]] = {}
    ind_changes: dict[str, dict[str, Any]] = {}
    target_changes: dict[str, list[tuple[str, float | None, str | None, Any]]] = {}
    locked = locks.locked_target_years(s, program.id) if program is not None else set()
    figures = locks.approved_figures(s, program.id) if program is not None and locked else {}
    for ri in resolved:
        key = ri.src.key
        fields = _indicator_fields(ri)
        cands = ind_sig.get((ri.src.code, match_key(ri.src.name)))
        ind_match = cands.pop(0) if cands else None
        current = targets_by_ind.get(ind_match.id, {}) if ind_match is not None else {}
        tchanges = _target_changes(parsed, ri, current, locked)
        target_changes[key] = tchanges
        if ind_match is None:
            ind_action[key] = ("create", None)
            ind_changes[key] = fields
            _warn_guess(parsed, ri)
            continue
        # What the file does not say (empty, or only guessed) keeps what the user set.
        keep = {"aggregation", "direction"} if ri.guessed else set()
        if not ri.src.level:
            keep.add("level")
        changes = {
            k: v
            for k, v in fields.items()
            if v is not None and k not in keep and v != getattr(ind_match, k)
        }
        src = ri.src
        columns = {
            "unit": src.unit_col,
            "baseline_value": src.baseline.col if src.baseline is not None else None,
            "final_target": src.final.col if src.final is not None else None,
        }
        parsed.errors.extend(
            locks.definition_problems(
                changes,
                figures.get(ind_match.id),
                {k: column_letter(c) for k, c in columns.items() if c is not None},
                file=src.file or parsed.file,
                sheet=src.sheet,
                row=src.row,
            )
        )
        ind_action[key] = ("update" if changes or tchanges else "unchanged", ind_match)
        ind_changes[key] = changes
    return ind_action, ind_changes, target_changes


def _target_changes(
    parsed: _Parsed, ri: _ResolvedIndicator, current: dict[str, Any], locked: set[int]
) -> list[tuple[str, float | None, str | None, Any]]:
    """The targets of one indicator to write; those of an approved year are problems."""
    out = []
    for period, value, text in ri.targets:
        old = current.get(period)
        if old is not None and old.value == value and _only_the_value(text, value):
            # "ооба", "yes", "1:0,3" for the stored 1 or 0,3: the export's written form of
            # the value, not a new wording; what the programme holds stays
            text = old.text
        verdict = locks.judge_target(
            period, (old.value, old.text) if old is not None else None, (value, text), locked
        )
        if verdict == locks.SAME:
            continue
        out.append((period, value, text, old))
        if verdict == locks.LOCKED:
            parsed.error(
                locks.TARGET_LOCKED,
                {"period": period},
                sheet=ri.src.sheet,
                file=ri.src.file,
                row=ri.src.row,
                col=ri.target_cols.get(period),
            )
    return out


def _warn_guess(parsed: _Parsed, ri: _ResolvedIndicator) -> None:
    if not ri.guessed:
        return
    parsed.warn(
        QT_TRANSLATE_NOOP(
            PROBLEMS,
            "guessed cumulative: the yearly targets add up to the final target; change it if wrong",
        )
        if ri.guessed == "cumulative"
        else QT_TRANSLATE_NOOP(
            PROBLEMS,
            "guessed a level indicator (targets are levels, not amounts); change it if wrong",
        ),
        sheet=ri.src.sheet,
        file=ri.src.file,
        row=ri.src.row,
    )


def _attachments(parsed, options, resolved, ind_action, item_action, existing_ids, titles):
    """Where each indicator goes: chosen in the preview, where it is, the plan item of its
    row, or the plan item its issue or group names (else the programme, with a warning)."""
    attach: dict[str, tuple[str | None, str]] = {}
    item_keys = [
        it.key if item_action[it.key][1] is None else str(item_action[it.key][1].id)
        for it in parsed.items
    ]
    candidates_all = list(dict.fromkeys(existing_ids + item_keys))
    unattached: list[_ResolvedIndicator] = []
    index = _index_items(candidates_all, titles)
    for ri in resolved:
        key = ri.src.key
        _action, match = ind_action[key]
        if key in options.attach:
            target = _translate_key(options.attach[key], item_action)
            if target is not None and target not in titles:
                raise ValidationError("no plan item {key} to attach the indicator to", key=target)
            attach[key] = (target, "chosen")
        elif match is not None:
            attach[key] = (str(match.plan_item_id) if match.plan_item_id else None, "existing")
        elif ri.src.attach_key is not None:
            attach[key] = (_translate_key(ri.src.attach_key, item_action), "row")
        else:
            found = _find_item(ri.src, index)
            if found[0] is None:
                unattached.append(ri)
            attach[key] = found
    for ri in unattached:
        parsed.warn(
            QT_TRANSLATE_NOOP(
                PROBLEMS,
                "not linked to a plan item (no number, issue or group matches): {name} goes "
                "to the programme; place it in the preview or the plan editor",
            ),
            {"name": ri.src.name},
            sheet=ri.src.sheet,
            file=ri.src.file,
            row=ri.src.row,
        )
    return attach


def _translate_key(key: str | None, item_action: dict[str, tuple[str, Any]]) -> str | None:
    """A preview key of an item that already exists stands for that item's id."""
    if key is None or key == "":
        return None
    if key in item_action and item_action[key][1] is not None:
        return str(item_action[key][1].id)
    return key


_PREFERENCE = {"objective": 0, "measure": 1, "sector": 2, "direction": 3}


_Entry = tuple[int, str, str, str | None, str]  # (order, key, kind, code, match key)


def _index_items(keys: list[str], titles: dict[str, tuple[str, str | None, str]]) -> list[_Entry]:
    return [(i, k, titles[k][0], titles[k][1], match_key(titles[k][2])) for i, k in enumerate(keys)]


def _similar(a: str, b: str) -> float:
    """difflib's ratio, after its cheap upper bounds (the import compares many pairs)."""
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < 0.92:
        return 0.0
    m = difflib.SequenceMatcher(None, a, b)
    if m.real_quick_ratio() < 0.92 or m.quick_ratio() < 0.92:
        return 0.0
    return m.ratio()


def _by_title(
    text: str | None, kinds: tuple[str, ...], fuzzy: bool, index: list[_Entry]
) -> str | None:
    """The item of `kinds` whose title is `text` (exactly, or with `fuzzy` nearly: typos);
    "1-багыт. Экономика", "Направление 2: …" name a numbered direction."""
    if not text:
        return None
    code, title = split_code(text)
    worded = _WORDED_HEAD.match(text) if code is None else None
    if worded:
        code, title = worded.group(1) or worded.group(2), worded.group(3).strip()
    want = match_key(title if worded else text)
    if not want:
        return None
    hits: list[tuple[int, float, int, str]] = []
    for i, k, kind, icode, have in index:
        if kind not in kinds:
            continue
        if have == want or (
            code and icode == code and kind in ("direction", "sector") and not title
        ):
            hits.append((_PREFERENCE[kind], 0.0, i, k))
        elif fuzzy and len(want) > 15:
            ratio = _similar(want, have)
            if ratio >= 0.92:
                hits.append((_PREFERENCE[kind], -ratio, i, k))
    if not hits:
        return None
    hits.sort()
    return hits[0][3]


def _find_item(ind: _Indicator, index: list[_Entry]) -> tuple[str | None, str]:
    """The plan item an indicator belongs to, with why: the number the plan-item column or
    the indicator's own "№" gives ("1.1.2"), the title the plan-item column names, the
    issue text, the direction or sector its group row names (exactly, then nearly), and
    last the item whose title shares most words with its issue or group."""
    all_kinds = ("objective", "measure", "sector", "direction")
    hint_code = split_code(ind.plan_item_hint)[0] if ind.plan_item_hint else None
    for code, reason in ((hint_code, "plan_item"), (ind.code, "code")):
        found = _by_code(code, index)
        if found is not None:
            return found, reason
    for text, kinds, reason in (
        (ind.plan_item_hint, all_kinds, "plan_item"),
        (ind.issue_text, all_kinds, "issue"),
        (ind.group_text, ("direction", "sector"), "group"),
    ):
        for fuzzy in (False, True):
            found = _by_title(text, kinds, fuzzy, index)
            if found is not None:
                return found, reason
    for text, kinds, reason, least in (
        (ind.issue_text, ("objective", "measure"), "issue", 3),
        (ind.group_text, ("direction", "sector"), "group", 1),
    ):
        found = _by_words(text, kinds, index, least)
        if found is not None:
            return found, reason
    return None, "program"


def _by_code(code: str | None, index: list[_Entry]) -> str | None:
    """The plan item numbered `code` ("1.1.2"), else the one its number extends ("1.1",
    then the direction "1"). Only numbers with a dot count: a matrix that numbers its rows
    1, 2, 3 does not name directions."""
    if not code or "." not in code or not code[0].isdigit():
        return None
    want = code.rstrip(".")
    while want:
        kinds = ("direction",) if "." not in want else tuple(_PREFERENCE)
        hits = sorted((_PREFERENCE[k], i, key) for i, key, k, c, _t in index if c == want)
        hits = [h for h in hits if index[h[1]][2] in kinds]
        if hits:
            return hits[0][2]
        want = want.rsplit(".", 1)[0] if "." in want else ""
    return None


_STOP_WORDS = frozenset(
    {"жана", "менен", "үчүн", "боюнча", "болуп", "анын", "ичинде", "для", "этом", "and", "with"}
)


def _stems(text: str | None) -> set[str]:
    """The words of a title cut to their first five letters (Kyrgyz and Russian add
    endings): "Инфраструктураны өнүктүрүү" and "Жол инфраструктурасын өнүктүрүү" share
    {"инфра", "өнүкт"}."""
    words = match_key(text).split()
    return {w[:5] for w in words if len(w) >= 4 and not w.isdigit() and w not in _STOP_WORDS}


def _by_words(
    text: str | None, kinds: tuple[str, ...], index: list[_Entry], least: int
) -> str | None:
    """The item of `kinds` whose title and `text` share most words: two thirds of the
    shorter of the two and `least` in all ("Жолдорду өнүктүрүү" finds the sector "Жолдор");
    None when two items tie or none is close."""
    want = _stems(text)
    if len(want) < least:
        return None
    scored = []
    for i, key, kind, _code, have in index:
        if kind not in kinds:
            continue
        stems = _stems(have)
        common = len(want & stems)
        if common >= least and common * 3 >= 2 * min(len(want), len(stems)):
            share = common / min(len(want), len(stems))
            scored.append((-share, -common, _PREFERENCE[kind], i, key))
    scored.sort()
    if not scored or (len(scored) > 1 and scored[0][:3] == scored[1][:3]):
        return None
    return scored[0][4]


def _preview_from(plan: _Plan) -> ImportPreview:
    parsed = plan.parsed
    items = []
    for it in parsed.items:
        action, match = plan.item_action[it.key]
        f = _item_fields(it, plan.years)
        items.append(
            PreviewItem(
                it.key,
                it.kind,
                it.code,
                it.title,
                it.parent_key,
                action,
                str(match.id) if match is not None else None,
                it.sheet,
                it.row,
                f.get("description"),
                f.get("deadline_text"),
                f.get("start_year"),
                f.get("end_year"),
                f.get("expected_result"),
                f.get("lead_executor"),
                f.get("co_executors"),
                bool(f.get("by_agreement")),
                it.file,
            )
        )
    inds = []
    for ri in plan.indicators:
        key = ri.src.key
        action, match = plan.ind_action[key]
        target, reason = plan.attach[key]
        title = plan.titles[target][2] if target in plan.titles else None
        inds.append(
            PreviewIndicator(
                key,
                ri.src.code,
                ri.src.name,
                ri.src.unit,
                ri.value_type,
                ri.aggregation,
                ri.direction,
                ri.baseline_value,
                ri.baseline_year,
                tuple(ri.targets),
                ri.final_target,
                ri.src.issue_text,
                ri.src.group_text,
                target,
                title,
                reason,
                action,
                str(match.id) if match is not None else None,
                ri.src.sheet,
                ri.src.row,
                ri.src.file,
            )
        )
    prog = plan.program
    years = plan.years
    municipality = None
    if prog is not None:
        municipality = prog.municipality.name if prog.municipality is not None else None
    return ImportPreview(
        file=", ".join(parsed.files) or parsed.file,
        program_id=str(prog.id) if prog is not None else None,
        program_title=prog.title if prog is not None else plan.program_fields.get("title") or None,
        municipality=municipality or plan.program_fields.get("municipality") or None,
        start_year=years[0] if years else None,
        end_year=years[1] if years else None,
        creates_program=plan.creates_program,
        needs_program_details=plan.needs_details,
        guessed_years=_guess_years(parsed),
        sheets=tuple(
            SheetSummary(sh.name, sh.kind, sh.header_row, sh.columns, sh.file)
            for sh in parsed.sheets
        ),
        items=tuple(items),
        indicators=tuple(inds),
        existing_items=tuple((str(e.id), e.kind, e.code, e.title) for e in plan.existing_items),
        warnings=tuple(_sorted(parsed, parsed.warnings)),
        errors=tuple(_sorted(parsed, parsed.errors)),
        files=parsed.files,
    )


def _sorted(parsed: _Parsed, problems: list[Problem]) -> list[Problem]:
    order = {(sh.file, sh.name): i for i, sh in enumerate(parsed.sheets)}
    files = {name: i for i, name in enumerate(parsed.files)}
    seen: set[tuple] = set()
    out = []
    for p in problems:
        sig = (
            p.file,
            p.sheet,
            p.row,
            p.column,
            p.message,
            tuple(sorted(map(str, p.params.items()))),
        )
        if sig in seen:
            continue
        seen.add(sig)
        out.append(p)
    # Stable: within a sheet, by row; sheet-wide notes (no row) first.
    # Stable: file by file as chosen, file-wide notes first.
    return sorted(
        out,
        key=lambda p: (
            files.get(p.file or "", -1),
            order.get((p.file, p.sheet or ""), -1),
            p.row or 0,
        ),
    )


# -- the two use cases ------------------------------------------------------------------------


def preview_plan_import(
    db,
    path: PathOrPaths,
    program_id: str | uuid.UUID | None = None,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPreview:
    """What importing `path` (one workbook or several) would create, update and where each
    indicator would go.

    Nothing is written. Problems that would refuse the import are in `errors`; the wizard
    shows them and does not offer to accept. `progress` counts the files read, then the
    matching with the programme; `cancelled()` stops between the steps.
    """
    options = options or ImportOptions()
    files = _as_paths(path)
    total = len(files) + 1

    def file_read(done: int) -> None:
        if progress is not None:
            progress(done, total)
        if cancelled is not None and cancelled():
            raise ImportCancelled(
                QT_TRANSLATE_NOOP(PROBLEMS, "import cancelled: nothing was changed")
            )

    parsed = parse_workbook(files, file_read)
    with db.session() as s:
        plan = _build_plan(s, parsed, program_id, options)
        preview = _preview_from(plan)
    if progress is not None:
        progress(total, total)
    return preview


def guess_program_years(path: PathOrPaths) -> tuple[int, int] | None:
    """The programme's years as the files suggest them (for the wizard's new-programme
    form): the matrix's "year 1" after its baseline year, else the measures' deadlines."""
    return _guess_years(parse_workbook(path))


def apply_plan_import(
    db,
    actor,
    path: PathOrPaths,
    program_id: str | uuid.UUID | None = None,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Import `path` (one workbook or several) into the programme in one transaction (see the module docstring).

    Raises ValidationError with every problem (sheet, row, column) and changes nothing
    when anything is wrong; ImportCancelled when `cancelled()` turns true.
    """
    from meapp.services.access.users import require

    require(actor, "program.setup")
    options = options or ImportOptions()
    parsed = parse_workbook(path)
    with db.session() as s:
        try:
            with s.begin():
                plan = _build_plan(s, parsed, program_id, options)
                if plan.parsed.errors:
                    raise ValidationError(_sorted(parsed, parsed.errors))
                result = _write(s, actor, plan, options, progress, cancelled)
        except BaseException:
            from meapp.store import audit_chain as audit

            audit.forget_head(s)
            raise
    from meapp.services.common.db_stats import refresh_after_bulk  # issue 22

    refresh_after_bulk(db)
    return result


def _write(s, actor, plan: _Plan, options: ImportOptions, progress, cancelled) -> ImportResult:
    w = _Writer(s, actor, plan, progress, cancelled)
    program, created_program = w.program()
    key_to_id = w.items(program.id)
    w.indicators(program.id, key_to_id)
    totals = program_counts(s, program.id)
    return ImportResult(
        str(program.id),
        created_program,
        w.created,
        w.updated,
        totals,
        tuple(_sorted(plan.parsed, plan.parsed.warnings)),
        tuple(w.unlinked),
    )


class _Writer:
    """Writes a checked plan inside the caller's transaction, an audit event per row."""

    def __init__(self, s, actor, plan: _Plan, progress, cancelled) -> None:
        self.s = s
        self.actor = actor
        self.plan = plan
        self.progress = progress
        self.cancelled = cancelled
        self.created = {k: 0 for k in (*KIND_ORDER, "indicator")}
        self.updated = {k: 0 for k in (*KIND_ORDER, "indicator")}
        self.total = len(plan.parsed.items) + len(plan.indicators)
        self.done = 0
        self.unlinked: list[tuple[str, str | None, str, int]] = []

    def tick(self) -> None:
        self.done += 1
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled(
                QT_TRANSLATE_NOOP(PROBLEMS, "import cancelled: nothing was changed")
            )
        if self.progress is not None and (self.done % 20 == 0 or self.done == self.total):
            self.progress(self.done, self.total)

    def record(self, action: str, entity: str, obj: Any, pid, before=None, **kw: Any) -> None:
        from meapp.store import audit_chain as audit

        audit.record(
            self.s,
            user=self.actor.login,
            action=action,
            entity=entity,
            entity_id=obj.id,
            program_id=pid,
            before=before,
            after=audit.snapshot(obj),
            **kw,
        )

    def program(self) -> tuple[Any, bool]:
        """The programme, created (through the one way there is) when the import makes it."""
        from meapp.services.plan.programs import create_program_in
        from meapp.store import audit_chain as audit

        plan, parsed = self.plan, self.plan.parsed
        program = plan.program
        if program is None:
            title = plan.program_fields.get("title")
            municipality = plan.program_fields.get("municipality")
            years = plan.years
            if not title or not municipality or not years:
                raise ValidationError(
                    "the database holds no programme yet: give its title, municipality and "
                    "years (--title, --municipality, --years 2023-2026)"
                )
            program = create_program_in(
                self.s,
                self.actor,
                title=title,
                municipality=municipality,
                start_year=years[0],
                end_year=years[1],
                strategic_goal=parsed.program_goal,
            )
            return program, True
        if parsed.program_goal and not program.strategic_goal:
            before = audit.snapshot(program)
            program.strategic_goal = parsed.program_goal
            self.record("update", "program", program, program.id, before)
        return program, False

    def items(self, pid) -> dict[str, Any]:
        """Plan items in the file's order (parents first), then their planned costs."""
        from sqlalchemy import func, select

        from meapp.models import PlanItem
        from meapp.store import audit_chain as audit

        s = self.s
        next_pos: dict[Any, int] = {}
        for parent, pos in s.execute(
            select(PlanItem.parent_id, func.max(PlanItem.position))
            .where(PlanItem.program_id == pid)
            .group_by(PlanItem.parent_id)
        ):
            next_pos[parent] = (pos or 0) + 1
        key_to_id: dict[str, Any] = {}
        budget_rows: list[tuple[Any, dict[str, Any]]] = []
        s.flush()
        for it in self.plan.parsed.items:
            action, match = self.plan.item_action[it.key]
            changes = self.plan.item_changes[it.key]
            if match is not None:
                if action == "update":
                    before = audit.snapshot(match)
                    for k, v in changes.items():
                        setattr(match, k, v)
                    self.record("update", "plan_item", match, pid, before)
                    self.updated[it.kind] += 1
                item_id = match.id
            else:
                parent_id = key_to_id.get(it.parent_key) if it.parent_key else None
                pos = next_pos.get(parent_id, 0)
                next_pos[parent_id] = pos + 1
                obj = PlanItem(
                    id=uuid.uuid4(),
                    program_id=pid,
                    parent_id=parent_id,
                    kind=it.kind,
                    code=it.code,
                    title=it.title,
                    position=pos,
                    by_agreement=False,
                    is_investment=False,
                    annual_plan_years=None,
                )
                for k, v in changes.items():
                    setattr(obj, k, v)
                obj.by_agreement = bool(obj.by_agreement)
                s.add(obj)
                self.record("create", "plan_item", obj, pid)
                self.created[it.kind] += 1
                item_id = obj.id
            key_to_id[it.key] = item_id
            if it.kind == "measure" and (it.budgets or it.budget_years):
                budget_rows.append((item_id, _budget_values(it)))
            self.tick()
        # Rows of different tables reach the database parent first (the mappers have no
        # relationships that would order them): flush the plan before what hangs on it.
        s.flush()
        for item_id, amounts in budget_rows:
            _write_budgets(s, self.actor, pid, item_id, amounts)
        return key_to_id

    def indicators(self, pid, key_to_id: dict[str, Any]) -> None:
        """Indicators where the plan attaches them, then their targets."""
        from sqlalchemy import func, select

        from meapp.models import Indicator

        s, plan = self.s, self.plan
        next_ind = (
            s.scalar(select(func.max(Indicator.position)).where(Indicator.program_id == pid)) or 0
        ) + 1
        target_rows: list[tuple[Any, str]] = []
        for ri in plan.indicators:
            key = ri.src.key
            _action, match = plan.ind_action[key]
            target, reason = plan.attach[key]
            plan_item_id = None
            if target is not None:
                plan_item_id = key_to_id.get(target) or uuid.UUID(target)
            if reason == "program" or (match is not None and match.plan_item_id is None):
                src = ri.src
                self.unlinked.append((src.name, src.file, src.sheet, src.row))
            if match is None:
                new_ind = Indicator(
                    id=uuid.uuid4(),
                    program_id=pid,
                    plan_item_id=plan_item_id,
                    position=next_ind,
                    weight=1.0,
                    **plan.ind_changes[key],
                )
                next_ind += 1
                s.add(new_ind)
                self.record("create", "indicator", new_ind, pid)
                self.created["indicator"] += 1
                ind_id = new_ind.id
            else:
                ind_id = match.id
                changes = dict(plan.ind_changes[key])
                if reason == "chosen" and match.plan_item_id != plan_item_id:
                    changes["plan_item_id"] = plan_item_id
                self._update_indicator(match, changes, pid)
                if changes or plan.target_changes[key]:
                    self.updated["indicator"] += 1
            target_rows.append((ind_id, key))
            self.tick()
        s.flush()
        for ind_id, key in target_rows:
            self._targets(ind_id, plan.target_changes[key], pid)
        s.flush()

    def _update_indicator(self, match: Any, changes: dict[str, Any], pid) -> None:
        from meapp.store import audit_chain as audit

        if changes:
            before = audit.snapshot(match)
            for k, v in changes.items():
                setattr(match, k, v)
            self.record("update", "indicator", match, pid, before)

    def _targets(self, ind_id, changes, pid) -> None:
        from meapp.models import IndicatorTarget
        from meapp.store import audit_chain as audit

        for period, value, text, old in changes:
            if old is None:
                t = IndicatorTarget(
                    id=uuid.uuid4(), indicator_id=ind_id, period=period, value=value, text=text
                )
                self.s.add(t)
                self.record("create", "indicator_target", t, pid, period=period)
            else:
                before = audit.snapshot(old)
                old.value, old.text = value, text
                self.record("update", "indicator_target", old, pid, before, period=period)


def _write_budgets(s, actor, pid, measure_id, amounts: dict[str, Any]) -> None:
    """The plan's costs through the one budget writer (sources the file does not name stay)."""
    from meapp.services.plan.budgets import write_budgets

    write_budgets(s, actor, measure_id, pid, amounts)


def _budget_values(item: _Item) -> dict[str, Any]:
    """The writer's values of a measure: a total per source, or its years (with the total
    column of that source, when the table has one, to be checked against their sum)."""
    from meapp.services.plan.budgets import YearSplit

    out: dict[str, Any] = dict(item.budgets)
    for source, years in item.budget_years.items():
        out[source] = YearSplit(dict(years), item.budgets.get(source))
    return out


# -- cost columns per year (issue 21) ------------------------------------------------------

_ONE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _cost_year_column(table: Table, c: Column) -> Column | None:
    """A plan's cost column headed by a year: a year ("2022", "2023-ж.", "2024 г.") under a
    funding-source or cost heading, or a header naming the source (or money) and one year
    beside it ("Жергиликтүү бюджет 2023-ж., миң сом"). None for any other column."""
    from dataclasses import replace

    if table.kind != "plan" or not c.header:
        return None
    group = ""
    if table.header_last > table.header_first:
        group = clean(table.grid.text(table.header_first, c.col) or "").replace("\n", " ")
    sub = clean(table.grid.text(table.header_last, c.col) or "").replace("\n", " ")
    if group and sub and sub != group:
        year = year_of_header(sub)
        money = _source_of(group) is not None or role_of(group) in ("cost", "funding")
        if year is None or year.year is None or year.half is not None or not money:
            return None
        return replace(
            c, role="cost", year=year, source=_source_of(group), factor=money_factor(group)
        )
    header = clean(c.header).replace("\n", " ")
    years = _ONE_YEAR.findall(header)
    if len(set(years)) != 1 or c.role not in (None, "cost", "funding", "target"):
        return None
    source = _source_of(header)
    if source is None or not (_MONEY_WORDS.search(header) or _numbers_below(table, c.col)):
        return None
    year = YearHeader(year=int(years[0]))
    return replace(c, role="cost", year=year, source=source, factor=money_factor(header))


def _warn_costs_not_split(parsed: _Parsed, table: Table) -> None:
    """Cost columns without years: each measure's total stays one figure, spread evenly over
    its years; the warning names the columns so the council can add year columns."""
    costs = table.cols("cost")
    if not costs or any(c.year is not None for c in costs):
        return
    parsed.warn(
        QT_TRANSLATE_NOOP(
            PROBLEMS,
            "the planned costs in columns {columns} are not split by year: each measure's "
            "total is spread evenly over its years",
        ),
        {"columns": ", ".join(c.letter for c in costs)},
        sheet=table.grid.title,
    )


def _check_cost_totals(parsed: _Parsed, item: _Item, sheet: str, row: int, table: Table) -> None:
    """A total column beside the year columns of one source must be their sum."""
    from meapp.services.plan.budgets import same_amount

    for source, years in item.budget_years.items():
        total = item.budgets.get(source)
        added = sum(years.values())
        if total is not None and not same_amount(total, added):
            col = next((c.col for c in table.cols("cost") if c.year is None), None)
            parsed.error(
                QT_TRANSLATE_NOOP(
                    PROBLEMS, "the total {total} of {source} is not the sum of its years ({sum})"
                ),
                {"total": format_number(total), "source": source, "sum": format_number(added)},
                sheet=sheet,
                row=row,
                col=col,
            )


def program_counts(s, program_id) -> dict[str, int]:
    """How many directions, sectors, objectives, measures and indicators a programme holds."""
    if not isinstance(program_id, uuid.UUID):
        program_id = uuid.UUID(str(program_id))
    from sqlalchemy import func, select

    from meapp.models import Indicator, PlanItem

    counts = {k: 0 for k in (*KIND_ORDER, "indicator")}
    for kind, n in s.execute(
        select(PlanItem.kind, func.count())
        .where(PlanItem.program_id == program_id)
        .group_by(PlanItem.kind)
    ):
        counts[kind] = n
    counts["indicator"] = (
        s.scalar(
            select(func.count()).select_from(Indicator).where(Indicator.program_id == program_id)
        )
        or 0
    )
    return counts
