"""Where a programme stands in a period: indicator rows, roll-ups, measures, budget.

One loader reads everything a programme-period needs in a fixed number of set-based
queries (programmes, indicators, targets, actuals, plan items, measure progress, spending,
budgets, rounds, evidence counts) — never one query per indicator or programme — and the
pure formulas of `meapp.models.formulas` turn it into frozen DTOs. For one programme the
queries join through it (index lookups); `all_programs_status` reads the tables whole and
joins in memory, which is what keeps the oblast roll-up of 40 programmes under a second.

The DTOs are what the monitoring grid, the dashboard, the reports and `meapp status` show;
`status_json` is the exact `status --json` shape of PRODUCT.md §6.
"""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import String, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from meapp import speed
from meapp.errors import NotFound, Problem, ValidationError
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import (
    Actual,
    Evidence,
    Indicator,
    IndicatorTarget,
    MeasureBudget,
    MeasureProgress,
    MeasureSpending,
    PlanItem,
    Program,
    ReportingRound,
)
from meapp.models import formulas as F
from meapp.models.enums import FUNDING_SOURCES, INDICATOR_STATUSES
from meapp.models.numbers import MAX_ABS, MIN_ABS, representable, summable
from meapp.models.periods import Period, PeriodError, periods_between
from meapp.services.monitoring import validation
from meapp.store.engine import Database

ROLLUP_KINDS = ("direction", "sector", "objective")
# Every indicator status, in legend order: the traffic light, no data, and held for review.
STATUS_CODES = tuple(dict.fromkeys((*INDICATOR_STATUSES, F.NEEDS_REVIEW)))
# The statuses `count_statuses` always names (needs_review only when a value is held).
_ALWAYS_COUNTED = ("on_track", "at_risk", "off_track", "no_data")
HELD = QT_TRANSLATE_NOOP(
    "problems", "held out of the roll-ups until an evaluator confirms it or it is corrected"
)
# the first columns of a measure progress row as the loader reads it (measure, period code,
# status, then the progress id or the spending columns)
_MEASURE, _CODE, _STATUS, _ID = (itemgetter(i) for i in range(4))


# -- DTOs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorStatus:
    """One row of the indicator grid for one period.

    For a cumulative indicator `actual` and `target` are running totals since the baseline
    year (`period_value` is the amount of the period itself); for a level indicator they are
    the levels of the period. `version` is the actual row's version (0: nothing entered
    yet), to pass back as `expected_version` when the row is edited.
    """

    indicator_id: str
    code: str | None
    name: str
    unit: str | None
    kind: str  # cumulative | level | annual_sum
    direction: str
    value_type: str
    aggregation: str
    baseline: float | None
    baseline_year: int | None
    target: float | None
    target_interpolated: bool
    actual: float | None
    progress: float | None
    ratio: float | None
    status: str
    comment: str | None
    plan_item_id: str | None
    warnings: tuple[Problem, ...] = ()
    period: str = ""
    period_value: float | None = None
    weight: float = 1.0
    version: int = 0
    actual_id: str | None = None
    evidence_count: int = 0


@dataclass(frozen=True)
class Rollup:
    plan_item_id: str
    code: str | None
    kind: str
    title: str
    progress: float | None
    status: str
    parent_id: str | None
    indicators: int = 0  # how many indicators with data went into the mean


@dataclass(frozen=True)
class BudgetLine:
    source: str
    planned: float
    spent: float
    execution: float | None
    deviation: float


@dataclass(frozen=True)
class ProgramStatus:
    program_id: str
    period: str
    indicators: tuple[IndicatorStatus, ...]
    rollups: tuple[Rollup, ...]
    program_progress: float | None
    program_status: str
    measures: dict[str, int]
    budget: tuple[BudgetLine, ...]
    round_state: str
    previous_progress: float | None
    program_code: str = ""
    program_title: str = ""
    previous_period: str | None = None
    status_counts: dict[str, int] = field(default_factory=dict)
    budget_total: BudgetLine | None = None

    @property
    def locked(self) -> bool:
        return self.round_state == "approved"


@dataclass(frozen=True)
class Summary:
    """The programme's progress, its indicators by status and its measures by status."""

    progress: float | None
    status_counts: dict[str, int]
    measures: dict[str, int]


@dataclass(frozen=True)
class SeriesPoint:
    period: str
    target: float | None  # compared figure: running total (cumulative) or level
    target_interpolated: bool
    actual: float | None
    period_target: float | None  # the period's own target amount/level
    period_target_interpolated: bool
    period_value: float | None
    progress: float | None
    status: str


@dataclass(frozen=True)
class IndicatorSeries:
    """Baseline → targets → actuals of one indicator, for trend charts."""

    indicator_id: str
    code: str | None
    name: str
    unit: str | None
    kind: str
    direction: str
    baseline: float | None
    baseline_year: int | None
    final_target: float | None
    points: tuple[SeriesPoint, ...]


@dataclass(frozen=True)
class MeasureRow:
    """One row of the measures grid for a period.

    `status`/`percent` are this period's when it has an entry (`has_entry`), otherwise the
    latest earlier ones, carried forward. `spent` is this period's spending per funding
    source, `spent_to_date` the sum up to the period, `planned` the budget per source.
    """

    measure_id: str
    code: str | None
    title: str
    executor: str | None
    co_executors: str | None
    by_agreement: bool
    deadline: str | None
    start_year: int | None
    end_year: int | None
    parent_id: str | None
    status: str
    percent: float | None
    has_entry: bool
    spent: dict[str, float]
    spent_to_date: dict[str, float]
    planned: dict[str, float]
    comment: str | None
    evidence_count: int
    version: int
    progress_id: str | None
    is_investment: bool = False
    warnings: tuple[Problem, ...] = ()


# -- loading -----------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _period(text: str) -> Period:
    return Period.parse(text)


def _try_period(text: str | None) -> Period | None:
    if not text:
        return None
    try:
        return _period(text)
    except PeriodError:
        return None


@lru_cache(maxsize=8192)
def code_key(code: str | None) -> tuple:
    """Natural order of council codes: `1.2` before `1.10`; text parts after numbers."""
    parts = (code or "").strip().rstrip(".").split(".")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


class _HexId(FunctionElement):
    """An id column as 32 hex digits of text, however the database stores it (see `_raw`)."""

    type = String()
    inherit_cache = True
    name = "hex_id"


@compiles(_HexId)
def _hex_id_as_stored(element, compiler, **kw):
    # SQLite (and any backend storing ids as text): the stored hex text as it is
    return compiler.process(element.clauses, **kw)


@compiles(_HexId, "postgresql")
def _hex_id_on_postgresql(element, compiler, **kw):
    # a native UUID: rendered as text by the server, so the driver builds no UUID object
    return f"replace(CAST({compiler.process(element.clauses, **kw)} AS TEXT), '-', '')"


def _raw(column):
    """An id column as hex text: no UUID object per row, on any database.

    The loader keys everything by `_k(raw)` (32 hex digits) and builds the UUID text only
    for the rows it returns. SQLite stores that text already; PostgreSQL renders it in the
    query — its driver would otherwise build a UUID object per id and `_fetch` convert each
    one back, which was a third of a programme's status there (issue 22).
    """
    return _HexId(column)


def _k(raw: Any) -> str:
    if isinstance(raw, str):
        return raw if len(raw) == 32 else raw.replace("-", "").lower()
    return raw.hex


def _fetch(s: Session, query, *, literal: bool = False) -> list[Any]:
    """The rows of a query as plain tuples (its id columns are `_raw`: hex text).

    `literal` writes the parameters into the SQL (period codes, and the programme ids of a batch's IN lists, which
    SQLAlchemy renders as quoted literals of their type) so that the fast cursor is used:
    on the national first fill that halves the Python work per row fetched.
    """
    conn = s.connection()
    if literal:
        compiled = query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    else:
        compiled = query.compile(dialect=conn.dialect)
    if not compiled.params:
        # a whole-table read (the all-programmes roll-up): the driver's own cursor makes
        # plain tuples two to three times faster than SQLAlchemy's result rows
        cursor = conn.connection.cursor()
        try:
            cursor.execute(str(compiled))
            rows: list[Any] = list(cursor.fetchall())
        finally:
            cursor.close()
    else:
        rows = list(conn.execute(query).all())
    return rows


def _text_id(key: str) -> str:
    """32 hex digits → the canonical UUID text (slicing: no UUID object per row)."""
    k = key.lower()
    return f"{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:20]}-{k[20:]}"


@dataclass
class _Prog:
    id: str
    code: str
    title: str
    start_year: int
    end_year: int
    frequency: str
    green: float
    amber: float


@dataclass
class _Ind:
    id: str
    program_id: str
    plan_item_id: str | None
    code: str | None
    name: str
    unit: str | None
    value_type: str
    direction: str
    aggregation: str
    baseline: float | None
    baseline_year: int | None
    final_target: float | None
    weight: float
    position: int
    spec: F.IndicatorSpec
    targets: dict[Period, float | None] = field(default_factory=dict)
    values: dict[Period, float | None] = field(default_factory=dict)
    # period → (actual id, comment, version), loaded for the periods computed
    rows: dict[Period, tuple[str, str | None, int]] = field(default_factory=dict)
    # issue 19: stored figures that cannot be computed with (kept out of the formulas),
    # the periods whose value an evaluator confirmed, and the review flags (`_flags`)
    bad_definition: list[float] = field(default_factory=list)
    bad_targets: dict[Period, float] = field(default_factory=dict)
    unrepresentable: dict[Period, float] = field(default_factory=dict)
    confirmed: set[Period] = field(default_factory=set)
    flags: dict[Period, str] | None = None


@dataclass
class _Item:
    id: Any
    parent_id: Any
    kind: str
    code: str | None
    title: str
    position: int
    lead_executor: str | None = None
    co_executors: str | None = None
    by_agreement: bool = False
    deadline_text: str | None = None
    start_year: int | None = None
    end_year: int | None = None
    is_investment: bool = False


@dataclass
class _Bundle:
    programs: dict[str, _Prog]
    periods: dict[str, Period] = field(default_factory=dict)  # what each one is computed for
    indicators: dict[str, list[_Ind]] = field(default_factory=dict)
    items: dict[str, list[_Item]] = field(default_factory=dict)
    measures: dict[str, int] = field(default_factory=dict)  # programme → number of measures
    # period code → its measure progress rows (id, measure, code, status); `history`
    # (measure → [(code, status)] in table order) is filled instead only when one period
    # is written in two ways
    progress: dict[str, list[Any]] = field(default_factory=dict)
    history: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    latest: dict[Period, dict[str, str]] = field(default_factory=dict)  # _latest_statuses
    period_cache: _Periods | None = None  # the codes parsed while loading
    measure_periods: dict[str, set[Period]] = field(default_factory=dict)
    # programme → {(period, source): amount} summed over its measures
    spending: dict[str, dict[tuple[Period, str], float]] = field(default_factory=dict)
    planned: dict[str, dict[str, float]] = field(default_factory=dict)
    rounds: dict[str, dict[str, str]] = field(default_factory=dict)
    evidence: dict[str, int] = field(default_factory=dict)


class _Periods:
    """Period codes parsed once per load, with their chronological keys."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[Period, tuple[int, int, int]] | None] = {}

    def get(self, code: str | None) -> tuple[Period, tuple[int, int, int]] | None:
        if code is None:
            return None
        hit = self._cache.get(code, False)
        if hit is False:
            p = _try_period(code)
            hit = (p, p.sort_key()) if p is not None else None
            self._cache[code] = hit
        return hit  # type: ignore[return-value]

    def mapping(self, codes: Iterable[str]) -> dict[str, Period]:
        """{code: Period} for the valid codes among `codes` (for the hot loops)."""
        out = {}
        for code in codes:
            hit = self.get(code)
            if hit is not None:
                out[code] = hit[0]
        return out


def _load(
    s: Session,
    pids: list[uuid.UUID] | None,
    period: Period | None,
    *,
    measures: bool = True,
    evidence: bool = True,
    actual_rows: bool = True,
    extra_periods: Iterable[Period] = (),
) -> _Bundle:
    """Everything the status of the programmes needs, in a fixed number of queries.

    With `pids` the queries join through the programme (index lookups for one programme);
    for all programmes (`pids=None`) they read the tables whole and join in memory, which
    SQLite does much faster than 100 000 index lookups.
    """
    scope = _Scope(pids)
    periods = _Periods()
    b = _Bundle(_load_programs(s, scope), period_cache=periods)
    inds = _load_indicators(s, scope, b)
    _load_targets(s, scope, inds, periods)
    _load_values(s, scope, inds, periods)
    _load_rounds(s, scope, b)
    if measures:
        _load_plan(s, b, pids, periods)
    for pid in b.programs:
        b.periods[pid] = period if period is not None else _default_period(b, pid)
    wanted = {str(p) for p in b.periods.values()} | {str(p) for p in extra_periods}
    if inds and wanted and actual_rows:
        _load_actual_rows(s, scope, inds, periods, wanted)
    if evidence:
        _load_evidence(s, scope, b)
    return b


class _Scope:
    """The programmes a load is for: some (`ids`, joined through) or all (`ids` None)."""

    def __init__(self, pids: list[uuid.UUID] | None) -> None:
        self.filtered = pids is not None
        self.ids: list[uuid.UUID] = list(pids or [])

    def where(self, query, column):
        """`query` limited to the programmes by its programme column."""
        return query.where(column.in_(self.ids)) if self.filtered else query

    def by_indicator(self, query, column):
        """`query` limited to the programmes through the indicator `column` points at."""
        if self.filtered:
            return query.join(Indicator, Indicator.id == column).where(
                Indicator.program_id.in_(self.ids)
            )
        return query


def _load_programs(s: Session, scope: _Scope) -> dict[str, _Prog]:
    progs: dict[str, _Prog] = {}
    q = select(
        _raw(Program.id),
        Program.code,
        Program.title,
        Program.start_year,
        Program.end_year,
        Program.frequency,
        Program.threshold_green,
        Program.threshold_amber,
    )
    for r in s.connection().execute(scope.where(q, Program.id)):
        key = _k(r[0])
        progs[key] = _Prog(
            key,
            r.code,
            r.title,
            r.start_year,
            r.end_year,
            r.frequency,
            r.threshold_green if r.threshold_green is not None else F.DEFAULT_GREEN,
            r.threshold_amber if r.threshold_amber is not None else F.DEFAULT_AMBER,
        )
    return progs


def _stored(value: float | None, bad: list[float]) -> float | None:
    """A stored definition figure, or None (noted in `bad`) when it cannot be computed with."""
    if value is None or representable(value):
        return value
    bad.append(value)
    return None


def _load_indicators(s: Session, scope: _Scope, b: _Bundle) -> dict[str, _Ind]:
    """The indicators of the programmes, each with its formula spec, in grid order."""
    inds: dict[str, _Ind] = {}
    q = select(
        _raw(Indicator.id),
        _raw(Indicator.program_id),
        _raw(Indicator.plan_item_id),
        Indicator.code,
        Indicator.name,
        Indicator.unit,
        Indicator.value_type,
        Indicator.direction,
        Indicator.aggregation,
        Indicator.baseline_value,
        Indicator.baseline_year,
        Indicator.final_target,
        Indicator.weight,
        Indicator.position,
    )
    for row in _fetch(s, scope.where(q, Indicator.program_id), literal=True):
        prog = b.programs.get(row[1])
        if prog is None:
            continue
        ind = _indicator(row, prog)
        inds[ind.id] = ind
        b.indicators.setdefault(prog.id, []).append(ind)
    for lst in b.indicators.values():
        lst.sort(key=lambda i: (i.position, code_key(i.code), i.name, i.id))
    return inds


def _indicator(row: Any, prog: _Prog) -> _Ind:
    (ikey, _pid, item_key, code, name, unit, value_type, direction, aggregation) = row[:9]
    baseline, baseline_year, final_target, weight, position = row[9:]
    bad: list[float] = []
    baseline = _stored(baseline, bad)
    final_target = _stored(final_target, bad)
    if weight is not None and not representable(weight):
        bad.append(weight)
        weight = 0.0
    spec = F.IndicatorSpec(
        aggregation=aggregation,
        direction=direction,
        baseline=baseline,
        baseline_year=baseline_year,
        final_target=final_target,
        start_year=prog.start_year,
        end_year=prog.end_year,
    )
    return _Ind(
        ikey,
        prog.id,
        item_key,
        code,
        name,
        unit,
        value_type,
        direction,
        aggregation,
        baseline,
        baseline_year,
        final_target,
        weight if weight is not None else 1.0,
        position or 0,
        spec,
        bad_definition=bad,
    )


def _load_targets(s: Session, scope: _Scope, inds: dict[str, _Ind], periods: _Periods) -> None:
    q = select(_raw(IndicatorTarget.indicator_id), IndicatorTarget.period, IndicatorTarget.value)
    rows = _fetch(s, scope.by_indicator(q, IndicatorTarget.indicator_id), literal=True)
    pmap_get = periods.mapping({row[1] for row in rows}).get
    for ikey, code, value in rows:
        ind = inds.get(ikey)
        p = pmap_get(code)
        if ind is None or p is None:
            continue
        if value is not None and not _storable(value):
            ind.bad_targets[p] = _as_float(value)
            continue
        ind.targets[p] = value


def _storable(value: Any) -> bool:
    """`numbers.representable` for a stored value, fast for the common float: a text or
    bytes put in a number column with a SQLite tool is not representable either."""
    if type(value) is float:
        return -MAX_ABS <= value <= MAX_ABS and (not value or abs(value) >= MIN_ABS)
    return representable(value)


def _as_float(value: Any) -> float:
    """A stored value that cannot be computed with, as a float to show (`nan` for a text)."""
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        return math.nan


# a spending or budget amount a database tool left as text: never summed (it would stop the
# status with a TypeError), named on its measure's row in the grid; `meapp check` names the
# edit itself
BAD_AMOUNT = QT_TRANSLATE_NOOP(
    "problems",
    "an amount of this measure is not a number ({value}) and is left out of the sums",
)


def _load_values(s: Session, scope: _Scope, inds: dict[str, _Ind], periods: _Periods) -> None:
    """The actuals, the values an evaluator confirmed, and those that cannot be computed
    with (kept apart: never in `values`, held for review as `unrepresentable`)."""
    q = select(_raw(Actual.indicator_id), Actual.period, Actual.value, Actual.review_value)
    rows = _fetch(s, scope.by_indicator(q, Actual.indicator_id), literal=True)
    pmap_get = periods.mapping({row[1] for row in rows}).get
    for ikey, code, value, confirmed in rows:
        ind = inds.get(ikey)
        p = pmap_get(code)
        if ind is None or p is None:
            continue
        if value is not None and not _storable(value):
            ind.unrepresentable[p] = _as_float(value)
            continue
        ind.values[p] = value
        if confirmed is not None and confirmed == value:
            ind.confirmed.add(p)


def _load_rounds(s: Session, scope: _Scope, b: _Bundle) -> None:
    q = select(_raw(ReportingRound.program_id), ReportingRound.period, ReportingRound.state)
    for r in s.connection().execute(scope.where(q, ReportingRound.program_id)):
        b.rounds.setdefault(_k(r[0]), {})[r[1]] = r[2]


def _load_actual_rows(
    s: Session, scope: _Scope, inds: dict[str, _Ind], periods: _Periods, wanted: set[str]
) -> None:
    """Id, comment and version of the actual rows of the periods computed (for editing)."""
    q = scope.by_indicator(
        select(
            _raw(Actual.id),
            _raw(Actual.indicator_id),
            Actual.period,
            Actual.comment,
            Actual.version,
        ).where(Actual.period.in_(sorted(wanted))),
        Actual.indicator_id,
    )
    for akey, ikey, code, comment, version in _fetch(s, q, literal=True):
        row_of = inds.get(ikey)
        hit = periods.get(code)
        if row_of is not None and hit is not None:
            row_of.rows[hit[0]] = (akey, comment, version)


def _load_evidence(s: Session, scope: _Scope, b: _Bundle) -> None:
    q = select(_raw(Evidence.owner_id), func.count()).where(Evidence.owner_type == "actual")
    q = scope.where(q, Evidence.program_id)
    for r in s.connection().execute(q.group_by(Evidence.owner_id)):
        b.evidence[_k(r[0])] = int(r[1])


def _load_plan(s: Session, b: _Bundle, pids: list[uuid.UUID] | None, periods: _Periods) -> None:
    """Plan items, the latest status of every measure, spending and budget sums."""
    scope = _Scope(pids)
    measure_program = _load_items(s, scope, b)
    if scope.filtered:
        _load_progress_and_spending(s, scope, b, periods, measure_program)
    else:
        slot_of = _load_progress(s, scope, b, periods, measure_program)
        _load_spending(s, scope, b, periods, slot_of)
    _load_budgets(s, scope, b, measure_program)


def _by_measure(scope: _Scope, query, column):
    """`query` limited to the programmes through the plan item `column` points at."""
    if scope.filtered:
        return query.join(PlanItem, PlanItem.id == column).where(PlanItem.program_id.in_(scope.ids))
    return query


def _load_items(s: Session, scope: _Scope, b: _Bundle) -> dict[str, str]:
    """The plan items of each programme; returns measure → programme."""
    measure_program: dict[str, str] = {}
    q = select(
        _raw(PlanItem.id),
        _raw(PlanItem.program_id),
        _raw(PlanItem.parent_id),
        PlanItem.kind,
        PlanItem.code,
        PlanItem.title,
        PlanItem.position,
    )
    items: dict[str, list[_Item]] = {pid: [] for pid in b.programs}
    items_get = items.get
    for item_key, pid, parent_key, kind, code, title, position in _fetch(
        s, scope.where(q, PlanItem.program_id), literal=True
    ):
        owned = items_get(pid)
        if owned is None:
            continue
        if kind == "measure":
            measure_program[item_key] = pid
        owned.append(_Item(item_key, parent_key, kind, code, title, position or 0))
    for pid, owned in items.items():
        if owned:
            b.items[pid] = owned
    for pid in measure_program.values():
        b.measures[pid] = b.measures.get(pid, 0) + 1
    return measure_program


def _load_progress(
    s: Session, scope: _Scope, b: _Bundle, periods: _Periods, measure_program: dict[str, str]
) -> dict[str, tuple[str, str]]:
    """The measures' progress rows by period code; returns progress id → (programme, code).

    The rows are grouped by period code (a handful) and each group is turned into dicts by
    C-level zips rather than Python work per row: the groups answer "the latest status at
    or before a period" for every measure at once (see `_latest_statuses`), and the
    returned map attributes the spending.
    """
    rows = _fetch(
        s,
        _by_measure(
            scope,
            select(
                _raw(MeasureProgress.measure_id),
                MeasureProgress.period,
                MeasureProgress.status,
                _raw(MeasureProgress.id),
            ),
            MeasureProgress.measure_id,
        ),
        literal=True,
    )
    groups: dict[str, list[Any]] = defaultdict(list)  # code → its rows, in table order
    for row in rows:
        if row[0] in measure_program:
            groups[row[1]].append(row)
    in_order = (row for row in rows if row[0] in measure_program)
    _group_progress(b, periods, groups, measure_program, in_order)
    slot_of: dict[str, tuple[str, str]] = {}
    for code, grp in groups.items():
        owners = list(map(measure_program.__getitem__, map(_MEASURE, grp)))
        pairs = {pid: (pid, code) for pid in set(owners)}
        slot_of.update(zip(map(_ID, grp), map(pairs.__getitem__, owners), strict=True))
    return slot_of


def _group_progress(
    b: _Bundle,
    periods: _Periods,
    groups: dict[str, list[Any]],
    measure_program: dict[str, str],
    in_order: Iterable[Any],
) -> None:
    """Keep the progress rows grouped by period code (`b.progress`) and note which periods
    each programme has entries in; one period written two ways ("2024-H1", "2024-h1")
    switches to `b.history`, built from `in_order` (consumed only then), where
    `_preferred` picks the entry that counts, as a measure has one status per period."""
    by_period: dict[Period, list[str]] = {}
    for code, grp in groups.items():
        hit = periods.get(code)
        if hit is None:
            continue
        b.progress[code] = grp
        by_period.setdefault(hit[0], []).append(code)
        for owner_pid in set(map(measure_program.__getitem__, map(_MEASURE, grp))):
            b.measure_periods.setdefault(owner_pid, set()).add(hit[0])
    if any(len(codes) > 1 for codes in by_period.values()):
        for row in in_order:
            b.history.setdefault(row[0], []).append((row[1], row[2]))
        b.progress.clear()


def _load_progress_and_spending(
    s: Session, scope: _Scope, b: _Bundle, periods: _Periods, measure_program: dict[str, str]
) -> None:
    """`_load_progress` and `_load_spending` for some programmes in one query.

    Both reach the rows through the programme's measures, and that walk (an index lookup
    per measure and one per progress row) is most of their time on a large database: the
    progress rows come with their spending rows attached (LEFT JOIN, one row per funding
    source), so the walk is made once (issue 22: the national first fill). A progress row
    with several sources comes several times: harmless, as a measure has one row per
    period (a unique key) and the statuses are read into dicts keyed by measure.
    """
    rows = _fetch(
        s,
        _by_measure(
            scope,
            select(
                _raw(MeasureProgress.measure_id),
                MeasureProgress.period,
                MeasureProgress.status,
                MeasureSpending.source,
                MeasureSpending.amount,
            ).outerjoin(MeasureSpending, MeasureSpending.progress_id == MeasureProgress.id),
            MeasureProgress.measure_id,
        ),
        literal=True,
    )
    groups: dict[str, list[Any]] = defaultdict(list)  # code → its rows, in table order
    sums: dict[tuple[str, str, str], float] = {}
    sums_get = sums.get
    owner_of = measure_program.get
    for row in rows:
        mkey, code, _status, source, amount = row
        pid = owner_of(mkey)
        if pid is None:
            continue
        groups[code].append(row)
        if amount and (value := summable(amount)) is not None:
            key = (pid, code, source)
            sums[key] = sums_get(key, 0.0) + value
    in_order = (row for row in rows if row[0] in measure_program)
    _group_progress(b, periods, groups, measure_program, in_order)
    for (owner_pid, code, source), amount in sums.items():
        hit = periods.get(code)
        if hit is not None:
            spent = b.spending.setdefault(owner_pid, {})
            spent[(hit[0], source)] = spent.get((hit[0], source), 0.0) + amount


def _load_spending(
    s: Session,
    scope: _Scope,
    b: _Bundle,
    periods: _Periods,
    slot_of: dict[str, tuple[str, str]],
) -> None:
    """Spending summed per programme, period and funding source."""
    slot_get = slot_of.get
    q = select(_raw(MeasureSpending.progress_id), MeasureSpending.source, MeasureSpending.amount)
    if scope.filtered:
        q = q.join(MeasureProgress, MeasureProgress.id == MeasureSpending.progress_id)
        q = _by_measure(scope, q, MeasureProgress.measure_id)
    sums: dict[tuple[tuple[str, str], str], float] = {}
    sums_get = sums.get
    for prid, source, amount in _fetch(s, q, literal=True):
        if amount and (value := summable(amount)) is not None:
            slot = slot_get(prid)
            if slot is not None:
                key = (slot, source)
                sums[key] = sums_get(key, 0.0) + value
    for ((owner_pid, code), source), amount in sums.items():
        hit = periods.get(code)
        if hit is not None:
            spent = b.spending.setdefault(owner_pid, {})
            spent[(hit[0], source)] = spent.get((hit[0], source), 0.0) + amount


def _load_budgets(s: Session, scope: _Scope, b: _Bundle, measure_program: dict[str, str]) -> None:
    """Planned amounts summed per programme and funding source."""
    q = select(_raw(MeasureBudget.measure_id), MeasureBudget.source, MeasureBudget.planned)
    budget_rows = _fetch(s, _by_measure(scope, q, MeasureBudget.measure_id), literal=True)
    for mkey, source, planned in budget_rows:
        budget_pid = measure_program.get(mkey)
        if budget_pid is None or not planned:
            continue
        amount = summable(planned)
        if amount is None:
            continue
        plan = b.planned.setdefault(budget_pid, {})
        plan[source] = plan.get(source, 0.0) + amount


# -- computing ---------------------------------------------------------------------------


def _data_periods(b: _Bundle, pid: str) -> set[Period]:
    out: set[Period] = set(b.measure_periods.get(pid, ()))
    for ind in b.indicators.get(pid, []):
        out.update(p for p, v in ind.values.items() if v is not None)
    return out


def _default_period(b: _Bundle, pid: str) -> Period:
    """The latest period with data; else the latest round; else the programme's first period."""
    prog = b.programs[pid]
    data = _data_periods(b, pid)
    if data:
        return max(data, key=Period.sort_key)
    rounds = [p for p in (_try_period(c) for c in b.rounds.get(pid, {})) if p is not None]
    if rounds:
        return max(rounds, key=Period.sort_key)
    return periods_between(prog.start_year, prog.start_year, prog.frequency)[0]


def _latest_statuses(b: _Bundle, period: Period) -> dict[str, str]:
    """Every measure's latest status at or before the period, computed once per period."""
    latest = b.latest.get(period)
    if latest is None:
        periods = b.period_cache or _Periods()
        key = period.sort_key()
        codes = []
        for code in b.progress:
            hit = periods.get(code)
            if hit is not None and hit[1] <= key:
                codes.append((hit[1], code))
        latest = {}
        for _at, code in sorted(codes):
            grp = b.progress[code]
            latest.update(zip(map(_MEASURE, grp), map(_STATUS, grp), strict=True))
        b.latest[period] = latest
    return latest


def _preferred(code: str, period: Period, than: str) -> bool:
    """Whether a measure's entry written `code` counts rather than its entry written `than`
    for the same period (one period written two ways by a database tool: "2024-H1" and
    "2024-h1"): the one written as meapp writes it, else the lesser code. Decided by the
    codes, not by the order the rows come in (which differs between a read through the
    programme's index and a read of the whole table), so that one programme, a batch, all
    programmes and the measures grid show the same status."""
    canonical = str(period)
    if (code == canonical) != (than == canonical):
        return code == canonical
    return code < than


def _measure_counts(b: _Bundle, pid: str, period: Period) -> dict[str, int]:
    """Measures by their latest status at or before the period (never reported: not started)."""
    measures = [it.id for it in b.items.get(pid, []) if it.kind == "measure"]
    if not b.history:
        return F.count_measures(map(_latest_statuses(b, period).get, measures))
    # the rare bundle whose period codes are written two ways: measure by measure
    history = b.history
    key = period.sort_key()
    periods = b.period_cache or _Periods()
    statuses: list[str | None] = []
    for mkey in measures:
        best: tuple[tuple[int, int, int], str, str] | None = None  # (when, code, status)
        for code, status in history.get(mkey, ()):
            hit = periods.get(code)
            if hit is None or hit[1] > key:
                continue
            if (
                best is None
                or hit[1] > best[0]
                or (hit[1] == best[0] and _preferred(code, hit[0], best[1]))
            ):
                best = (hit[1], code, status)
        statuses.append(best[2] if best is not None else None)
    return F.count_measures(statuses)


def _indicator_row(
    ind: _Ind,
    prog: _Prog,
    period: Period,
    evidence: dict[str, int],
    extra_warnings: Iterable[Problem] = (),
    result: F.IndicatorResult | None = None,
) -> IndicatorStatus:
    res = result or evaluate_held(ind, prog, period)
    row = ind.rows.get(period)
    warnings: list[Problem] = _review_warnings(ind, period, res)
    if res.period_value is not None and period in ind.values:
        warnings.extend(
            validation.value_warnings(
                res.period_value,
                value_type=ind.value_type,
                unit=ind.unit,
                previous=F.previous_value(ind.values, period),
            )
        )
    missing = validation.missing_target(res.target, period)
    if missing is not None:
        warnings.append(missing)
    warnings.extend(extra_warnings)
    return _figures_row(
        ind,
        period,
        res,
        comment=row[1] if row else None,
        warnings=tuple(warnings),
        version=row[2] if row else 0,
        actual_id=_text_id(row[0]) if row else None,
        evidence_count=evidence.get(row[0], 0) if row else 0,
    )


def _figures_row(ind: _Ind, period: Period, res: F.IndicatorResult, **grid: Any) -> IndicatorStatus:
    """An indicator's row with its figures; `grid` adds what only the grid shows (warnings,
    comment, version, actual id, evidence count), which a stored summary does without."""
    return IndicatorStatus(
        indicator_id=_text_id(ind.id),
        code=ind.code,
        name=ind.name,
        unit=ind.unit,
        kind=ind.spec.kind,
        direction=ind.direction,
        value_type=ind.value_type,
        aggregation=ind.aggregation,
        baseline=ind.baseline,
        baseline_year=ind.baseline_year,
        target=res.target,
        target_interpolated=res.target_interpolated,
        actual=res.actual,
        progress=res.progress,
        ratio=res.ratio,
        status=res.status,
        comment=grid.pop("comment", None),
        plan_item_id=_text_id(ind.plan_item_id) if ind.plan_item_id else None,
        period=str(period),
        period_value=res.period_value,
        weight=ind.weight,
        **grid,
    )


def _parts_warnings(inds: list[_Ind], period: Period) -> dict[str, Problem]:
    parts = validation.find_parts((i.id, i.code, i.unit) for i in inds)
    if not parts:
        return {}
    by_id = {i.id: i for i in inds}
    out: dict[str, Problem] = {}
    for total_id, part_ids in parts.items():
        total = by_id[total_id]
        if total.value_type != "number":
            continue
        problem = validation.parts_warning(
            F.period_value(total.values, period, total.aggregation),
            [
                (by_id[p].code or "", F.period_value(by_id[p].values, period, by_id[p].aggregation))
                for p in part_ids
            ],
        )
        if problem is not None:
            out[total_id] = problem
    return out


def _tree_order(items: list[_Item]) -> list[_Item]:
    by_parent: dict[Any, list[_Item]] = defaultdict(list)
    ids = {it.id for it in items}
    for it in items:
        by_parent[it.parent_id if it.parent_id in ids else None].append(it)
    for lst in by_parent.values():
        lst.sort(key=lambda it: (it.position, code_key(it.code), str(it.id)))
    out: list[_Item] = []
    stack = list(reversed(by_parent.get(None, [])))
    seen: set[Any] = set()
    while stack:
        it = stack.pop()
        if it.id in seen:
            continue
        seen.add(it.id)
        out.append(it)
        stack.extend(reversed(by_parent.get(it.id, [])))
    return out


def counted_progress(row: IndicatorStatus | F.IndicatorResult) -> float | None:
    """The progress a row brings to a roll-up: none while its value is held for review
    (F.rollup then clamps what is counted to [0, 100 %])."""
    return None if row.status == F.NEEDS_REVIEW else row.progress


def program_progress(rows: Iterable[IndicatorStatus]) -> float | None:
    """The programme's progress: the weighted mean of its indicators' contributions
    (each clamped to [0, 100 %]; values held for review left out)."""
    return F.rollup((counted_progress(r), r.weight) for r in rows)


def count_statuses(rows: Iterable[IndicatorStatus]) -> dict[str, int]:
    """Indicators by status: the four of the traffic light always (0 when none has it),
    `needs_review` only when a value is held (the shape callers have always had)."""
    counts = dict.fromkeys(_ALWAYS_COUNTED, 0)
    for r in rows:
        counts[r.status] = counts.get(r.status, 0) + 1
    return counts


# -- values held for review (issue 19) ---------------------------------------------------


def _reference_target(ind: _Ind, period: Period) -> float | None:
    """The period's own target (amount or level), a value's yardstick without a series."""
    if F.is_amount(ind.spec.kind):
        return F.period_amount(ind.targets, period, ind.spec).value
    return F.level_target(ind.targets, period, ind.spec).value


def _reference(ind: _Ind, period: Period, previous: float | None) -> float | None:
    """A value's yardstick: the last earlier value, else the baseline, else the period's
    target (worked out only then: the oblast roll-up judges 50 000 values)."""
    if previous is not None and previous > 0:
        return previous
    if ind.baseline is not None and ind.baseline > 0:
        return ind.baseline
    return _reference_target(ind, period)


def review_flags(ind: _Ind) -> dict[Period, str]:
    """Every stored value of the indicator that is held for review, with its reason.

    Values are judged in time order against the last earlier value of the same granularity
    that is not itself held (so one slip does not hold the correct value after it), then
    the baseline, then the period's target. A confirmed value is not held and becomes the
    yardstick; an unrepresentable one is held even when confirmed.
    """
    if ind.flags is not None:
        return ind.flags
    flags: dict[Period, str] = dict.fromkeys(ind.unrepresentable, validation.UNREPRESENTABLE)
    last: dict[str, float] = {}
    values = [(p, v) for p, v in ind.values.items() if v is not None]
    if len(values) > 1:
        values.sort(key=lambda pv: pv[0].sort_key())
    judge = validation.plausibility(ind.value_type, ind.unit)
    for p, v in values:
        value = float(v)  # type: ignore[arg-type]
        reason = judge(value, _reference(ind, p, last.get(p.kind)))
        if reason is not None and p not in ind.confirmed:
            flags[p] = reason
        else:
            last[p.kind] = value
    ind.flags = flags
    return flags


def held_reason(ind: _Ind, period: Period) -> str | None:
    """Why the indicator's figure for `period` is held for review, or None.

    A figure is held when a value it is made of is held: the period's own value, a value of
    a period inside it (a half-year of a year), and for a running total every value up to
    it. A stored definition figure that cannot be computed with holds every period.
    """
    if ind.bad_definition or ind.bad_targets:
        return validation.UNREPRESENTABLE
    flags = review_flags(ind)
    if not flags:
        return None
    kind = ind.spec.kind
    for p, reason in sorted(flags.items(), key=lambda pr: pr[0].sort_key()):
        if F.counts_into(kind, period, p):
            return reason
    return None


def evaluate_held(ind: _Ind, prog: _Prog, period: Period) -> F.IndicatorResult:
    """`F.evaluate` with the status `needs_review` while a value behind it is held."""
    res = F.evaluate(ind.spec, ind.targets, ind.values, period, prog.green, prog.amber)
    if held_reason(ind, period) is None:
        return res
    return replace(res, status=F.NEEDS_REVIEW)


def _counted_at(ind: _Ind, period: Period) -> float | None:
    """`F.progress_at` as a roll-up counts it (None while held for review)."""
    if held_reason(ind, period) is not None:
        return None
    return F.progress_at(ind.spec, ind.targets, ind.values, period)


def _review_warnings(ind: _Ind, period: Period, res: F.IndicatorResult) -> list[Problem]:
    """What the grid says beside a held figure (the reason and what to do about it)."""
    if res.status != F.NEEDS_REVIEW:
        return []
    out: list[Problem] = []
    stored = ind.unrepresentable.get(period)
    if stored is not None:
        out.append(
            Problem(
                "the stored value {value} cannot be computed with: correct it",
                {"value": f"{stored:g}"},
            )
        )
    for bad in (*ind.bad_definition, *ind.bad_targets.values()):
        out.append(
            Problem(
                "a stored target or baseline ({value}) cannot be computed with: correct it",
                {"value": f"{bad:g}"},
            )
        )
    out.append(Problem(HELD))
    return out


def summarize(indicators: Sequence[IndicatorStatus], measures: Iterable[MeasureRow]) -> Summary:
    """The roll-up of rows already computed (the monitoring grid after an edit puts back
    one row and sums again, without reading the programme): the same rules as
    `program_status`, which sums its own rows with them."""
    return Summary(
        program_progress(indicators),
        count_statuses(indicators),
        F.count_measures(m.status for m in measures),
    )


def _rollups(
    items: list[_Item], inds: list[_Ind], results: list[F.IndicatorResult], prog: _Prog
) -> list[Rollup]:
    parent = {it.id: it.parent_id for it in items}
    contributions: dict[str, list[tuple[float | None, float]]] = defaultdict(list)
    for ind, res in zip(inds, results, strict=True):
        node = ind.plan_item_id
        guard = 0
        counted = counted_progress(res)
        while node is not None and guard < 64:
            contributions[node].append((counted, ind.weight))
            node = parent.get(node)
            guard += 1
    out: list[Rollup] = []
    for it in _tree_order(items):
        if it.kind not in ROLLUP_KINDS:
            continue
        items_here = contributions.get(it.id, [])
        value = F.rollup(items_here)
        out.append(
            Rollup(
                _text_id(it.id),
                it.code,
                it.kind,
                it.title,
                value,
                F.status_for(value, prog.green, prog.amber),
                _text_id(it.parent_id) if it.parent_id else None,
                sum(1 for p, w in items_here if F.contribution(p) is not None and w > 0),
            )
        )
    return out


def _budget(b: _Bundle, pid: str, period: Period) -> tuple[list[BudgetLine], BudgetLine]:
    planned = b.planned.get(pid, {})
    key = period.sort_key()
    spent: dict[str, float] = defaultdict(float)
    for (p, source), amount in b.spending.get(pid, {}).items():
        if p.sort_key() <= key:
            spent[source] += amount
    order = {s: i for i, s in enumerate(FUNDING_SOURCES)}
    sources = sorted(
        {s for s, v in planned.items() if v} | {s for s, v in spent.items() if v},
        key=lambda s: (order.get(s, len(order)), s),
    )
    lines = [
        BudgetLine(
            src,
            planned.get(src, 0.0),
            spent.get(src, 0.0),
            F.execution(planned.get(src, 0.0), spent.get(src, 0.0)),
            spent.get(src, 0.0) - planned.get(src, 0.0),
        )
        for src in sources
    ]
    tp = sum(line.planned for line in lines)
    ts = sum(line.spent for line in lines)
    return lines, BudgetLine("total", tp, ts, F.execution(tp, ts), ts - tp)


def _compute(b: _Bundle, pid: str, *, figures_only: bool = False) -> ProgramStatus:
    """The status of one loaded programme; `figures_only` leaves out what only a grid
    shows — the rows' warnings, comments, versions and evidence counts — for callers that
    keep the figures alone (the stored summaries: `statuses_in`)."""
    prog = b.programs[pid]
    p = b.periods[pid]
    inds = b.indicators.get(pid, [])
    results = [evaluate_held(ind, prog, p) for ind in inds]
    if figures_only:
        rows = [_figures_row(ind, p, res) for ind, res in zip(inds, results, strict=True)]
    else:
        parts = _parts_warnings(inds, p)
        rows = [
            _indicator_row(
                ind, prog, p, b.evidence, [parts[ind.id]] if ind.id in parts else (), res
            )
            for ind, res in zip(inds, results, strict=True)
        ]
    items = b.items.get(pid, [])
    rollups = _rollups(items, inds, results, prog)
    total = program_progress(rows)
    budget, budget_total = _budget(b, pid, p)
    prev = p.previous()
    has_previous = prev.year >= prog.start_year
    previous = None
    if has_previous:
        previous = F.rollup((_counted_at(ind, prev), ind.weight) for ind in inds)
    counts = count_statuses(rows)
    return ProgramStatus(
        program_id=_text_id(pid),
        period=str(p),
        indicators=tuple(rows),
        rollups=tuple(rollups),
        program_progress=total,
        program_status=F.status_for(total, prog.green, prog.amber),
        measures=_measure_counts(b, pid, p),
        budget=tuple(budget),
        round_state=b.rounds.get(pid, {}).get(str(p), "open"),
        previous_progress=previous,
        program_code=prog.code,
        program_title=prog.title,
        previous_period=str(prev) if has_previous else None,
        status_counts=counts,
        budget_total=budget_total,
    )


# -- public API --------------------------------------------------------------------------


def _as_uuid(value: uuid.UUID | str, what: str = "programme") -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        if what == "indicator":
            raise NotFound("no indicator {indicator}", indicator=str(value)) from exc
        raise NotFound("no programme {program}", program=str(value)) from exc


def parse_period_arg(period: Period | str | None) -> Period | None:
    """A period given by a caller (None: the latest with data)."""
    if period is None or isinstance(period, Period):
        return period
    try:
        return _period(str(period).strip())
    except PeriodError as exc:
        raise ValidationError(
            "not a period: {period} (write 2024-H1, 2024-H2 or 2024)", period=str(period)
        ) from exc


def program_status_in(
    s: Session, program_id: uuid.UUID | str, period: Period | str | None = None
) -> ProgramStatus:
    """`program_status` inside the caller's session (reports, evaluation drafts)."""
    pid = _as_uuid(program_id)
    b = _load(s, [pid], parse_period_arg(period))
    if pid.hex not in b.programs:
        raise NotFound("no programme {program}", program=str(program_id))
    return _compute(b, pid.hex)


def program_status(
    db: Database, program_id: uuid.UUID | str, period: Period | str | None = None
) -> ProgramStatus:
    """Status of one programme-period; `period=None` takes the latest period with data."""
    p = parse_period_arg(period)
    with db.session() as s:
        return program_status_in(s, program_id, p)


def all_programs_status(db: Database, period: Period | str | None = None) -> list[ProgramStatus]:
    """Every programme (ordered by code); without a period each at its latest with data."""
    p = parse_period_arg(period)
    with speed.collector_paused():
        with db.session() as s:
            b = _load(s, None, p)
        order = sorted(b.programs.values(), key=lambda pr: (pr.code, pr.id))
        return [_compute(b, pr.id) for pr in order]


# Programmes loaded together by `statuses_in` (the memory of a few dozen, not of 484).
BATCH = 32


def statuses_in(
    s: Session,
    program_ids: Sequence[uuid.UUID | str],
    period: Period | str | None = None,
    *,
    batch: int = BATCH,
    figures_only: bool = False,
) -> Iterator[ProgramStatus]:
    """The status of many programmes, in the order given (unknown ids are skipped), inside
    the caller's session; `period=None` takes each one's latest period with data.

    What the first fill of the stored summaries runs for hundreds of programmes: `batch`
    programmes are loaded at a time by the set-based loader (the same fixed number of
    queries, their programme ids in IN lists), then computed in Python one by one — never
    a query per programme, and the memory of one batch however many are asked. The status
    of each is exactly `program_status_in`'s (the same loader and formulas); with
    `figures_only` its rows carry no warnings, comments, versions or evidence counts (what
    the stored summaries keep does not need them, and the first fill reads less)."""
    p = parse_period_arg(period)
    pids = [_as_uuid(x) for x in program_ids]
    for i in range(0, len(pids), max(1, batch)):
        part = list(dict.fromkeys(pids[i : i + batch]))
        with speed.collector_paused():  # many objects, all alive until the batch is done
            b = _load(s, part, p, evidence=not figures_only, actual_rows=not figures_only)
            done = {
                pid: _compute(b, pid.hex, figures_only=figures_only)
                for pid in part
                if pid.hex in b.programs
            }
            # freed before the collector is back: its first run would otherwise walk the
            # whole batch still alive (a second of the national first fill)
            del b
        for pid in pids[i : i + batch]:
            if pid in done:
                yield done[pid]


def program_statuses(
    db: Database, program_id: uuid.UUID | str, periods: Iterable[Period | str]
) -> list[ProgramStatus]:
    """The status of one programme for several periods, loaded once (IPTT, annual reports)."""
    pid = _as_uuid(program_id)
    wanted = [parse_period_arg(p) for p in periods]
    if any(p is None for p in wanted):
        raise ValidationError("the period is empty")
    chosen = [p for p in wanted if p is not None]
    if not chosen:
        return []
    with db.session() as s:
        b = _load(s, [pid], chosen[0], extra_periods=chosen)
    if pid.hex not in b.programs:
        raise NotFound("no programme {program}", program=str(program_id))
    out = []
    for p in chosen:
        b.periods[pid.hex] = p
        out.append(_compute(b, pid.hex))
    return out


def latest_period(db: Database, program_id: uuid.UUID | str) -> Period:
    """The period `--period` means when left out: the latest with data."""
    pid = _as_uuid(program_id)
    with db.session() as s:
        b = _load(s, [pid], None, evidence=False)
    if pid.hex not in b.programs:
        raise NotFound("no programme {program}", program=str(program_id))
    return b.periods[pid.hex]


def indicator_status_in(s: Session, indicator_id: uuid.UUID, period: Period) -> IndicatorStatus:
    """Recompute one grid row inside the caller's session (after an edit)."""
    program_id = s.scalar(select(Indicator.program_id).where(Indicator.id == indicator_id))
    if program_id is None:
        raise NotFound("no indicator {indicator}", indicator=str(indicator_id))
    b = _load(s, [program_id], period, measures=False, evidence=False)
    inds = b.indicators.get(program_id.hex, [])
    ind = next(i for i in inds if i.id == indicator_id.hex)
    row = ind.rows.get(period)
    evidence: dict[str, int] = {}
    if row is not None:
        evidence[row[0]] = int(
            s.scalar(
                select(func.count())
                .select_from(Evidence)
                .where(Evidence.owner_type == "actual", Evidence.owner_id == uuid.UUID(row[0]))
            )
            or 0
        )
    parts = _parts_warnings(inds, period)
    extra = [parts[ind.id]] if ind.id in parts else []
    return _indicator_row(ind, b.programs[program_id.hex], period, evidence, extra)


def indicator_status(
    db: Database, indicator_id: uuid.UUID | str, period: Period | str
) -> IndicatorStatus:
    """One grid row, recomputed (cheap: one programme's indicators, no measures)."""
    iid = _as_uuid(indicator_id, "indicator")
    p = parse_period_arg(period)
    if p is None:
        raise ValidationError("the period is empty")
    with db.session() as s:
        return indicator_status_in(s, iid, p)


def indicator_series(db: Database, indicator_id: uuid.UUID | str) -> IndicatorSeries:
    """Every programme period of one indicator: targets (with ≈ flags), actuals, progress."""
    iid = _as_uuid(indicator_id, "indicator")
    with db.session() as s:
        program_id = s.scalar(select(Indicator.program_id).where(Indicator.id == iid))
        if program_id is None:
            raise NotFound("no indicator {indicator}", indicator=str(indicator_id))
        b = _load(s, [program_id], None, measures=False, evidence=False)
    prog = b.programs[program_id.hex]
    ind = next(i for i in b.indicators[program_id.hex] if i.id == iid.hex)
    periods = periods_between(prog.start_year, prog.end_year, prog.frequency)
    extra = {p for p in ind.values if p not in periods and p.kind == periods[0].kind}
    points = []
    for p in sorted(set(periods) | extra, key=Period.sort_key):
        res = evaluate_held(ind, prog, p)
        if F.is_amount(ind.spec.kind):
            own = F.period_amount(ind.targets, p, ind.spec)
        else:
            own = F.level_target(ind.targets, p, ind.spec)
        points.append(
            SeriesPoint(
                str(p),
                res.target,
                res.target_interpolated,
                res.actual,
                own.value,
                own.interpolated and own.value is not None,
                res.period_value,
                res.progress,
                res.status,
            )
        )
    return IndicatorSeries(
        _text_id(ind.id),
        ind.code,
        ind.name,
        ind.unit,
        ind.spec.kind,
        ind.direction,
        ind.baseline,
        ind.baseline_year,
        ind.final_target,
        tuple(points),
    )


def _only(column, only: uuid.UUID | None):
    return column == only if only is not None else True


def measure_rows_in(
    s: Session, program_id: uuid.UUID, period: Period, only: uuid.UUID | None = None
) -> list[MeasureRow]:
    """The measures grid inside the caller's session; `only` recomputes one row.

    Ids are read as the driver returns them and keyed as 32 hex digits, as in `_load`
    (no UUID object per row: opening a direction on the dashboard waits for this).
    """
    only_key = only.hex if only is not None else None
    periods = _Periods()
    items = [
        it
        for it in _tree_order(
            [
                _Item(
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    row[4],
                    row[5] or 0,
                    row[6],
                    row[7],
                    bool(row[8]),
                    row[9],
                    row[10],
                    row[11],
                    bool(row[12]),
                )
                for row in _fetch(
                    s,
                    select(
                        _raw(PlanItem.id),
                        _raw(PlanItem.parent_id),
                        PlanItem.kind,
                        PlanItem.code,
                        PlanItem.title,
                        PlanItem.position,
                        PlanItem.lead_executor,
                        PlanItem.co_executors,
                        PlanItem.by_agreement,
                        PlanItem.deadline_text,
                        PlanItem.start_year,
                        PlanItem.end_year,
                        PlanItem.is_investment,
                    ).where(PlanItem.program_id == program_id),
                )
            ]
        )
        if it.kind == "measure" and (only_key is None or it.id == only_key)
    ]
    history: dict[str, dict[Period, tuple]] = defaultdict(dict)
    for prid, mkey, code, status, percent, comment, version in _fetch(
        s,
        select(
            _raw(MeasureProgress.id),
            _raw(MeasureProgress.measure_id),
            MeasureProgress.period,
            MeasureProgress.status,
            MeasureProgress.percent_complete,
            MeasureProgress.comment,
            MeasureProgress.version,
        )
        .join(PlanItem, PlanItem.id == MeasureProgress.measure_id)
        .where(PlanItem.program_id == program_id, _only(MeasureProgress.measure_id, only)),
    ):
        hit = periods.get(code)
        if hit is not None:
            held = history[mkey].get(hit[0])
            if held is None or _preferred(code, hit[0], held[5]):
                history[mkey][hit[0]] = (prid, status, percent, comment, version, code)
    key = period.sort_key()
    bad_amounts: dict[str, list[Any]] = defaultdict(list)
    spent: dict[str, dict[str, float]] = defaultdict(dict)
    to_date: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for mkey, code, source, amount in _fetch(
        s,
        select(
            _raw(MeasureProgress.measure_id),
            MeasureProgress.period,
            MeasureSpending.source,
            MeasureSpending.amount,
        )
        .join(MeasureProgress, MeasureProgress.id == MeasureSpending.progress_id)
        .join(PlanItem, PlanItem.id == MeasureProgress.measure_id)
        .where(PlanItem.program_id == program_id, _only(MeasureProgress.measure_id, only)),
    ):
        hit = periods.get(code)
        if hit is None or hit[1] > key:
            continue
        value = summable(amount or 0.0)
        if value is None:
            bad_amounts[mkey].append(amount)
            continue
        to_date[mkey][source] += value
        if hit[0] == period:  # summed: one period may be written two ways by a tool
            spent[mkey][source] = spent[mkey].get(source, 0.0) + value
    planned: dict[str, dict[str, float]] = defaultdict(dict)
    for mkey, source, amount in _fetch(
        s,
        select(_raw(MeasureBudget.measure_id), MeasureBudget.source, MeasureBudget.planned)
        .join(PlanItem, PlanItem.id == MeasureBudget.measure_id)
        .where(PlanItem.program_id == program_id, _only(MeasureBudget.measure_id, only)),
    ):
        value = summable(amount or 0.0)
        if value is None:
            bad_amounts[mkey].append(amount)
            continue
        planned[mkey][source] = value
    evidence = {
        owner: int(count)
        for owner, count in _fetch(
            s,
            select(_raw(Evidence.owner_id), func.count())
            .where(Evidence.program_id == program_id, Evidence.owner_type == "measure_progress")
            .group_by(Evidence.owner_id),
        )
    }
    out = []
    for it in items:
        h = history.get(it.id, {})
        own = h.get(period)
        at = F.latest_at_or_before(h, period)
        shown = h[at] if at is not None else None
        status = shown[1] if shown else "not_started"
        percent = shown[2] if shown else None
        spent_to_date = dict(to_date.get(it.id, {}))
        warnings = validation.measure_warnings(
            status=status,
            percent=percent,
            period=period,
            end_year=it.end_year,
            spent_to_date=spent_to_date,
            planned=planned.get(it.id, {}),
        )
        warnings.extend(Problem(BAD_AMOUNT, {"value": repr(v)}) for v in bad_amounts.get(it.id, ()))
        out.append(
            MeasureRow(
                measure_id=_text_id(it.id),
                code=it.code,
                title=it.title,
                executor=it.lead_executor,
                co_executors=it.co_executors,
                by_agreement=it.by_agreement,
                deadline=it.deadline_text,
                start_year=it.start_year,
                end_year=it.end_year,
                parent_id=_text_id(it.parent_id) if it.parent_id else None,
                status=status,
                percent=percent,
                has_entry=own is not None,
                spent=dict(spent.get(it.id, {})),
                spent_to_date=spent_to_date,
                planned=dict(planned.get(it.id, {})),
                comment=own[3] if own else None,
                evidence_count=evidence.get(own[0], 0) if own else 0,
                version=own[4] if own else 0,
                progress_id=_text_id(own[0]) if own else None,
                is_investment=it.is_investment,
                warnings=tuple(warnings),
            )
        )
    return out


def measure_rows(
    db: Database, program_id: uuid.UUID | str, period: Period | str | None = None
) -> list[MeasureRow]:
    """The measures grid of a period, in plan order."""
    pid = _as_uuid(program_id)
    p = parse_period_arg(period)
    if p is None:
        p = latest_period(db, pid)
    with db.session() as s:
        if s.get(Program, pid) is None:
            raise NotFound("no programme {program}", program=str(program_id))
        return measure_rows_in(s, pid, p)


# -- JSON (PRODUCT.md §6) ----------------------------------------------------------------


def _num(value: float | None) -> float | None:
    if value is None:
        return None
    r = round(float(value), 6)
    return 0.0 if r == 0 else r


def status_json(ps: ProgramStatus) -> dict:
    """The exact `status --json` shape: fractions, null without data, stable order."""
    return {
        "program_id": ps.program_id,
        "period": ps.period,
        "indicators": [
            {
                "indicator_id": r.indicator_id,
                "code": r.code,
                "name": r.name,
                "unit": r.unit,
                "kind": r.kind,
                "direction": r.direction,
                "baseline": _num(r.baseline),
                "target": _num(r.target),
                "target_interpolated": bool(r.target_interpolated),
                "actual": _num(r.actual),
                "progress": _num(r.progress),
                "ratio": _num(r.ratio),
                "status": r.status,
            }
            for r in ps.indicators
        ],
        "rollups": [
            {
                "plan_item_id": r.plan_item_id,
                "code": r.code,
                "kind": r.kind,
                "progress": _num(r.progress),
            }
            for r in ps.rollups
        ],
        "program_progress": _num(ps.program_progress),
        "measures": {
            k: int(ps.measures.get(k, 0))
            for k in ("done", "in_progress", "not_started", "delayed", "cancelled")
        },
        "budget": [
            {
                "source": b.source,
                "planned": _num(b.planned),
                "spent": _num(b.spent),
                "execution": _num(b.execution),
            }
            for b in ps.budget
        ],
    }
