"""What the mayor's dashboard shows beyond one programme-period's status.

`meapp.services.monitoring.status` computes where a programme stands in one period. The dashboard also
wants the change against the previous period (for the whole programme and per direction),
the latest period with figures when the chosen one has none yet, a direction's subtree
with its indicators and measures, a rating of the responsible executors, and a side-by-side
table of all programmes of the database. Everything here is built on status.py's bulk
loaders (`program_statuses`, `measure_rows`, `all_programs_status`): a fixed number of
set-based queries per call, never one per indicator, measure or programme.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func, select

from meapp.errors import NotFound, ValidationError
from meapp.models import Indicator, MeasureProgress, PlanItem, Program
from meapp.models import formulas as F
from meapp.models.periods import Period, PeriodError, periods_between
from meapp.services.dashboard.budget_years import YearBudget, year_budgets
from meapp.services.monitoring import quality
from meapp.services.monitoring import status as st
from meapp.services.plan.programs import get_program, list_programs
from meapp.store.engine import Database

MEASURE_KEYS = ("done", "in_progress", "not_started", "delayed", "cancelled")
STATUS_KEYS = (
    "on_track",
    "at_risk",
    "off_track",
    "no_data",
)  # `needs_review`: Overview.needs_review


# -- overview ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DirectionBar:
    """One priority direction's bar: its progress now and in the previous period."""

    plan_item_id: str
    code: str | None
    title: str
    progress: float | None
    status: str
    previous_progress: float | None
    indicators: int  # indicators with data in the mean

    @property
    def change(self) -> float | None:
        if self.progress is None or self.previous_progress is None:
            return None
        return self.progress - self.previous_progress


@dataclass(frozen=True)
class Overview:
    """The overview of one programme for a chosen period.

    `period` is the period the figures are for: the chosen one, or — when nobody has entered
    an actual for it yet — the latest earlier period with actuals (`is_fallback`), so the
    mayor sees the latest known state and is told which period it is. `chosen_period` is
    what the top bar says. `previous` is the status of the period before `period` (None
    before the programme's first period).
    """

    program_id: str
    chosen_period: str
    period: str
    status: st.ProgramStatus
    previous: st.ProgramStatus | None
    directions: tuple[DirectionBar, ...]
    with_data: int  # indicators with an actual in `period`
    # the year of `period`: spending against that year's plan per source (issue 21)
    budget_year: YearBudget | None = None
    # each direction's year, from the same computation (by direction id text)
    direction_budget_years: dict[str, YearBudget] = field(default_factory=dict)

    @property
    def is_fallback(self) -> bool:
        return self.period != self.chosen_period

    @property
    def has_data(self) -> bool:
        return self.with_data > 0

    @property
    def previous_period(self) -> str | None:
        return self.previous.period if self.previous is not None else None

    @property
    def progress(self) -> float | None:
        return self.status.program_progress

    @property
    def change(self) -> float | None:
        """Overall progress now minus in the previous period, as a fraction (0.07 = 7 points)."""
        before = self.previous.program_progress if self.previous is not None else None
        if self.progress is None or before is None:
            return None
        return self.progress - before

    @property
    def status_counts(self) -> dict[str, int]:
        return {k: int(self.status.status_counts.get(k, 0)) for k in STATUS_KEYS}

    @property
    def needs_review(self) -> int:
        """Indicators whose value is held for review (out of the progress until confirmed)."""
        return int(self.status.status_counts.get(F.NEEDS_REVIEW, 0))

    @property
    def measures(self) -> dict[str, int]:
        return {k: int(self.status.measures.get(k, 0)) for k in MEASURE_KEYS}

    @property
    def measures_total(self) -> int:
        return sum(self.measures.values())

    @property
    def completeness(self) -> float | None:
        n = len(self.status.indicators)
        return self.with_data / n if n else None


def _with_data(ps: st.ProgramStatus) -> int:
    return sum(1 for r in ps.indicators if r.period_value is not None)


def _period(period: Period | str) -> Period:
    p = st.parse_period_arg(period)
    if p is None:
        raise ValidationError("the period is empty")
    return p


def overview(db: Database, program_id: uuid.UUID | str, period: Period | str) -> Overview:
    """The dashboard figures of a programme for the period chosen in the top bar."""
    chosen = _period(period)
    prev = chosen.previous()
    current, before = st.program_statuses(db, program_id, [chosen, prev])
    if _with_data(current) == 0:
        found = _latest_with_data(db, program_id, chosen)
        if found is not None:
            current, before = found
    previous = before if current.previous_period is not None else None
    budget_year, direction_budget_years = year_budgets(db, current.program_id, current.period)
    return Overview(
        program_id=current.program_id,
        chosen_period=str(chosen),
        period=current.period,
        status=current,
        previous=previous,
        directions=_direction_bars(current, previous),
        with_data=_with_data(current),
        budget_year=budget_year,
        direction_budget_years=direction_budget_years,
    )


def attention(
    db: Database, o: Overview, measures: Sequence[st.MeasureRow] | None = None
) -> list[quality.QualityItem]:
    """The "needs attention" list of the chosen period (`quality.needs_attention`) from the
    figures the dashboard holds already: the overview's status and, when given, the
    measures grid of the same period (the page's, which a direction and the executors use
    too). Computing the status and the grid a second time was half a period switch.

    Only when the overview shows another period than the chosen one (no actuals yet) is
    the list computed from scratch, as its status is not the overview's.
    """
    if o.is_fallback:
        return quality.needs_attention(db, o.program_id, o.chosen_period)
    pid = uuid.UUID(o.program_id)
    with db.session() as s:
        program = s.get(Program, pid)
        if program is None:
            raise NotFound("no programme {program}", program=o.program_id)
        rows = measures if measures is not None else st.measure_rows_in(s, pid, _period(o.period))
        return quality.items_of(s, program, o.status, rows)


def _latest_with_data(
    db: Database, program_id: uuid.UUID | str, chosen: Period
) -> tuple[st.ProgramStatus, st.ProgramStatus] | None:
    """The latest period before `chosen` with actuals, and the one before it (one load)."""
    prog = get_program(db, program_id)
    earlier = [
        p
        for p in periods_between(prog.start_year, prog.end_year, prog.frequency)
        if p.kind == chosen.kind and p.sort_key() < chosen.sort_key()
    ]
    if not earlier:
        return None
    wanted = [earlier[0].previous(), *earlier]
    statuses = st.program_statuses(db, program_id, wanted)
    for i in range(len(statuses) - 1, 0, -1):
        if _with_data(statuses[i]) > 0:
            return statuses[i], statuses[i - 1]
    return None


def _direction_bars(
    current: st.ProgramStatus, previous: st.ProgramStatus | None
) -> tuple[DirectionBar, ...]:
    before = {r.plan_item_id: r.progress for r in previous.rollups} if previous is not None else {}
    return tuple(
        DirectionBar(
            r.plan_item_id,
            r.code,
            r.title,
            r.progress,
            r.status,
            before.get(r.plan_item_id),
            r.indicators,
        )
        for r in current.rollups
        if r.kind == "direction"
    )


# -- one direction -----------------------------------------------------------------------


@dataclass(frozen=True)
class DirectionDetail:
    """A direction's subtree: its sectors and objectives (tree order), the indicators under
    each (`group` is the nearest sector/objective/direction above the indicator, also for
    indicators attached to a measure), and the direction's measures with their counts."""

    direction: st.Rollup
    nodes: tuple[st.Rollup, ...]
    indicators: tuple[tuple[str, st.IndicatorStatus], ...]  # (group id, row)
    measures: tuple[st.MeasureRow, ...]
    measure_counts: dict[str, int]


def direction_detail(
    ps: st.ProgramStatus, measures: Iterable[st.MeasureRow], direction_id: str
) -> DirectionDetail:
    """Cut one direction out of a computed status and measures grid (no database work)."""
    direction = next(
        (r for r in ps.rollups if r.plan_item_id == direction_id and r.kind == "direction"), None
    )
    if direction is None:
        raise ValidationError("no direction {direction}", direction=direction_id)
    measure_list = list(measures)
    parent = _parents(ps, measure_list)
    rollup_ids = {r.plan_item_id for r in ps.rollups}

    def under(item_id: str | None) -> bool:
        return direction_id in _up_from(parent, item_id)

    def group_of(item_id: str) -> str:
        return next((n for n in _up_from(parent, item_id) if n in rollup_ids), direction_id)

    nodes = tuple(r for r in ps.rollups if r.plan_item_id != direction_id and under(r.plan_item_id))
    indicators = tuple(
        (group_of(r.plan_item_id), r)
        for r in ps.indicators
        if r.plan_item_id is not None and under(r.plan_item_id)
    )
    chosen = tuple(m for m in measure_list if under(m.measure_id))
    return DirectionDetail(
        direction, nodes, indicators, chosen, F.count_measures(m.status for m in chosen)
    )


def direction_of(
    ps: st.ProgramStatus, measures: Iterable[st.MeasureRow], item_id: str
) -> str | None:
    """The direction an indicator, a measure or a plan node of the status is under; None
    when it is in none (an indicator attached to no plan item)."""
    directions = {r.plan_item_id for r in ps.rollups if r.kind == "direction"}
    node = next((r.plan_item_id for r in ps.indicators if r.indicator_id == item_id), item_id)
    return next((n for n in _up_from(_parents(ps, measures), node) if n in directions), None)


def _parents(ps: st.ProgramStatus, measures: Iterable[st.MeasureRow]) -> dict[str, str | None]:
    """Plan item → its parent, for the status's nodes and the measures."""
    parent: dict[str, str | None] = {r.plan_item_id: r.parent_id for r in ps.rollups}
    parent.update({m.measure_id: m.parent_id for m in measures})
    return parent


def _up_from(parent: dict[str, str | None], item_id: str | None) -> Iterator[str]:
    """The item and the plan items above it, nearest first (64 at most: a cycle in broken
    data ends the walk instead of hanging the page)."""
    for _ in range(64):
        if item_id is None:
            return
        yield item_id
        item_id = parent.get(item_id)


# -- executors ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ExecutorRow:
    """One responsible executor (as the plan writes it) with its figures for a period.

    Measures count by their lead executor; `done_on_time` are those done by the end of their
    deadline year (or without one), `done_late` after it. The indicators are those the
    executor is named responsible for; `indicator_progress` is their mean progress (each
    clamped to [0, 100 %] by `F.rollup`, values held for review left out). `score` is the mean of the indicator progress and the share of its
    measures done (cancelled ones left out), whichever exist; `rank` 1 is the best score.
    """

    name: str  # "" when the plan names nobody
    measures: int
    done_on_time: int
    done_late: int
    in_progress: int
    delayed: int
    not_started: int
    cancelled: int
    indicators: int
    indicators_with_data: int
    indicator_progress: float | None
    measures_done_share: float | None
    score: float | None
    rank: int | None

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late


def executor_name(text: str | None) -> str:
    """The executor as written, with runs of spaces collapsed (one executor, one row)."""
    return " ".join((text or "").split())


def executors(
    db: Database,
    program_id: uuid.UUID | str,
    period: Period | str,
    *,
    status: st.ProgramStatus | None = None,
    measures: list[st.MeasureRow] | None = None,
) -> tuple[ExecutorRow, ...]:
    """The executors' rating for a period, best first (pass what the caller has computed)."""
    p = _period(period)
    pid = program_id if isinstance(program_id, uuid.UUID) else uuid.UUID(str(program_id))
    if status is None:
        status = st.program_status(db, pid, p)
    if measures is None:
        measures = st.measure_rows(db, pid, p)
    key = p.sort_key()
    with db.session() as s:
        first_done: dict[str, Period] = {}
        for measure_id, code in s.execute(
            select(MeasureProgress.measure_id, MeasureProgress.period)
            .join(PlanItem, PlanItem.id == MeasureProgress.measure_id)
            .where(PlanItem.program_id == pid, MeasureProgress.status == "done")
        ):
            try:
                done_at = Period.parse(code)
            except PeriodError:
                continue
            mid = str(measure_id)
            if done_at.sort_key() <= key and (
                mid not in first_done or done_at.sort_key() < first_done[mid].sort_key()
            ):
                first_done[mid] = done_at
        responsible = {
            str(iid): executor_name(who)
            for iid, who in s.execute(
                select(Indicator.id, Indicator.responsible).where(Indicator.program_id == pid)
            )
        }
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for m in measures:
        c = counts[executor_name(m.executor)]
        c["measures"] += 1
        if m.status == "done":
            at = first_done.get(m.measure_id)
            late = at is not None and m.end_year is not None and at.year > m.end_year
            c["done_late" if late else "done_on_time"] += 1
        else:
            c[m.status if m.status in MEASURE_KEYS else "not_started"] += 1
    progress: dict[str, list[tuple[float | None, float]]] = defaultdict(list)
    for r in status.indicators:
        progress[responsible.get(r.indicator_id, "")].append((st.counted_progress(r), r.weight))
    rows = []
    for name in set(counts) | set(progress):
        c = counts.get(name, {})
        items = progress.get(name, [])
        ind_progress = F.rollup(items)
        active = c.get("measures", 0) - c.get("cancelled", 0)
        done = c.get("done_on_time", 0) + c.get("done_late", 0)
        share = done / active if active > 0 else None
        parts = [v for v in (ind_progress, share) if v is not None]
        rows.append(
            ExecutorRow(
                name=name,
                measures=c.get("measures", 0),
                done_on_time=c.get("done_on_time", 0),
                done_late=c.get("done_late", 0),
                in_progress=c.get("in_progress", 0),
                delayed=c.get("delayed", 0),
                not_started=c.get("not_started", 0),
                cancelled=c.get("cancelled", 0),
                indicators=len(items),
                indicators_with_data=sum(1 for v, _w in items if v is not None),
                indicator_progress=ind_progress,
                measures_done_share=share,
                score=sum(parts) / len(parts) if parts else None,
                rank=None,
            )
        )
    rows.sort(key=lambda r: (r.score is None, -(r.score or 0.0), r.name == "", r.name))
    return tuple(
        replace(r, rank=i if r.score is not None else None) for i, r in enumerate(rows, start=1)
    )


# -- municipalities ----------------------------------------------------------------------


@dataclass(frozen=True)
class MunicipalityRow:
    """One programme of the database beside the others, for a rayon or oblast office."""

    program_id: str
    program_code: str
    program_title: str
    municipality: str
    rayon: str | None
    period: str
    progress: float | None
    status: str
    indicators: int
    with_data: int
    round_state: str
    measures_done: int
    measures_total: int
    # the reporting calendar (issue 21): overdue deadlines and the most days one is late
    late: int = 0
    late_days: int = 0

    @property
    def completeness(self) -> float | None:
        """Share of the programme's indicators with an actual in the period."""
        return self.with_data / self.indicators if self.indicators else None


def municipalities(
    db: Database,
    period: Period | str,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> tuple[MunicipalityRow, ...]:
    """Every programme in one period, from the stored summaries (`summary.rollup`: only
    the programmes changed since are computed; `progress(done, total)` follows them), with
    how late each is on its reporting calendar on `today` (default: the computer's date)."""
    from meapp.services.dashboard import deadlines, summary

    p = _period(period)
    programs = {prog.id: prog for prog in list_programs(db)}
    rows = []
    lateness = deadlines.lateness(db, list(programs), today or date.today())
    for ps in summary.rollup(db, p, progress=progress).programs:
        prog = programs.get(ps.program_id)
        if prog is None:
            continue
        late = lateness.get(ps.program_id)
        rows.append(
            MunicipalityRow(
                program_id=ps.program_id,
                program_code=prog.code,
                program_title=prog.title,
                municipality=prog.municipality,
                rayon=prog.rayon,
                period=ps.period,
                progress=ps.progress,
                status=ps.status,
                indicators=ps.indicators,
                with_data=ps.with_data,
                round_state=ps.round_state,
                measures_done=ps.measures_done,
                measures_total=ps.measures_total,
                late=late.count if late else 0,
                late_days=late.worst_days if late else 0,
            )
        )
    return tuple(rows)


def program_count(db: Database) -> int:
    """How many programmes the database holds (the municipalities view needs two)."""
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Program)) or 0)
