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
    with db.session() as s:
        ex = by.execution(s, program_id, upto)
    if direction_id is None:
        figures = ex.year(year)
    else:
        did = direction_id if isinstance(direction_id, uuid.UUID) else uuid.UUID(direction_id)
        figures = ex.directions.get(did, {}).get(year, {})
    return YearBudget(year, _lines(figures))


def year_budgets(
    db: Database, program_id: uuid.UUID | str, period: Period | str
) -> tuple[YearBudget, dict[str, YearBudget]]:
    """`year_budget` of the programme and of each of its directions (by id text) from one
    computation: the dashboard shows the programme's and then, a click later, a
    direction's, without computing the programme's execution again."""
    upto = period if isinstance(period, Period) else Period.parse(str(period))
    with db.session() as s:
        ex = by.execution(s, program_id, upto)
    directions = {
        str(did): YearBudget(upto.year, _lines(by_year.get(upto.year, {})))
        for did, by_year in ex.directions.items()
    }
    return YearBudget(upto.year, _lines(ex.year(upto.year))), directions
