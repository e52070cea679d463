"""The dashboard's budget of one year: execution per funding source against that year's
plan (issue 21), for the programme or one priority direction.

The status's budget (`status.ProgramStatus.budget`) sets spending to date against the
measures' whole plans; a multi-year measure is then judged against years of work it has not
reached. This line sets the year's spending against the year's planned amounts
(`plan.budget_years.execution`), and says when some of them are an even spread of a total
the council did not split by year.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from meapp.models import PlanItem, Program
from meapp.models.periods import Period
from meapp.services.plan import budget_years as by
from meapp.store.engine import Database


@dataclass(frozen=True)
class YearLine:
    """Planned and spent of one source (or `by.TOTAL`) in the year."""

    source: str
    planned: float
    spent: float
    spread: bool  # some of `planned` is an even spread of a total not split by year

    @property
    def execution(self) -> float | None:
        """Spent / planned as a fraction (1.048 for 104,8 %); None without a plan."""
        return self.spent / self.planned if self.planned > 0 else None

    @property
    def deviation(self) -> float:
        return self.spent - self.planned


@dataclass(frozen=True)
class YearBudget:
    year: int
    lines: tuple[YearLine, ...]  # the sources, then the total

    @property
    def total(self) -> YearLine | None:
        return next((line for line in self.lines if line.source == by.TOTAL), None)

    @property
    def sources(self) -> tuple[YearLine, ...]:
        return tuple(line for line in self.lines if line.source != by.TOTAL)

    @property
    def spread(self) -> bool:
        return any(line.spread for line in self.lines)


def _lines(figures: dict[str, by.YearFigure]) -> tuple[YearLine, ...]:
    sources = sorted((s for s in figures if s != by.TOTAL), key=by.source_order)
    order = sources + ([by.TOTAL] if by.TOTAL in figures else [])
    return tuple(
        YearLine(s, figures[s].planned, figures[s].spent, figures[s].spread) for s in order
    )


def year_budget(
    db: Database,
    program_id: uuid.UUID | str,
    period: Period | str | int,
    direction_id: uuid.UUID | str | None = None,
) -> YearBudget:
    """The year of `period` (a period, its code or a year): the programme's execution per
    source — spending up to the end of the period — or one direction's when `direction_id`
    is given."""
    upto: Period | None = None
    if isinstance(period, int):
        year = period
    else:
        upto = period if isinstance(period, Period) else Period.parse(str(period))
        year = upto.year
    total, directions = _one_year(db, program_id, year, upto)
    if direction_id is None:
        return YearBudget(year, _lines(total))
    did = direction_id if isinstance(direction_id, uuid.UUID) else uuid.UUID(direction_id)
    return YearBudget(year, _lines(directions.get(did, {})))


def year_budgets(
    db: Database, program_id: uuid.UUID | str, period: Period | str
) -> tuple[YearBudget, dict[str, YearBudget]]:
    """`year_budget` of the programme and of each of its directions (by id text) from one
    computation: the dashboard shows the programme's and then, a click later, a
    direction's, without computing the programme's execution again.

    Only the year of `period` is summed (`by.execution` sums every year of every measure,
    three quarters of which the dashboard never shows; this was a third of a period
    switch), in the same order and with the same steps, so the figures are exactly
    `execution`'s for that year.
    """
    upto = period if isinstance(period, Period) else Period.parse(str(period))
    program_figures, directions = _one_year(db, program_id, upto.year, upto)
    return YearBudget(upto.year, _lines(program_figures)), {
        str(did): YearBudget(upto.year, _lines(figures)) for did, figures in directions.items()
    }


@dataclass(frozen=True)
class _Item:
    """What `by._direction_of` reads of a plan item."""

    id: uuid.UUID
    parent_id: uuid.UUID | None
    kind: str


def _one_year(
    db: Database, program_id: uuid.UUID | str, year: int, upto: Period | None
) -> tuple[dict[str, by.YearFigure], dict[uuid.UUID, dict[str, by.YearFigure]]]:
    """`by.execution(s, program_id, upto).year(year)` and each direction's figures of
    that year (by direction id; one with a plan or spending in other years only: empty)."""
    pid = program_id if isinstance(program_id, uuid.UUID) else uuid.UUID(str(program_id))
    with db.session() as s:
        program = s.get(Program, pid)
        if program is None:
            raise LookupError(pid)
        items = {
            row[0]: _Item(row[0], row[1], row[2])
            for row in s.execute(
                select(PlanItem.id, PlanItem.parent_id, PlanItem.kind).where(
                    PlanItem.program_id == pid
                )
            )
        }
        plans = by.plans_of(s, program_id=pid)
        spent = by._spent_by_year(s, program, upto)
    total: by.Figures = {}
    directions: dict[uuid.UUID, by.Figures] = {}
    for mid, it in items.items():
        if it.kind != "measure" or (mid not in plans and mid not in spent):
            continue
        figures: by.Figures = {}
        for source, plan in plans.get(mid, {}).items():
            amount = plan.years.get(year)
            if amount is not None:
                by._put(figures, year, source, amount, 0.0, not plan.split)
        for source, amount in spent.get(mid, {}).get(year, {}).items():
            by._put(figures, year, source, 0.0, amount, False)
        direction = by._direction_of(items, mid)  # type: ignore[arg-type]
        if direction is not None:
            by._merge(directions.setdefault(direction, {}), figures)
        by._merge(total, figures)
    return total.get(year, {}), {did: f.get(year, {}) for did, f in directions.items()}
