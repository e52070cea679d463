"""A dashboard period switch computes less (issue 22), and shows the same figures: the
year's budget sums only the year shown, and the needs-attention list is built from the
overview's status and the page's measures grid instead of computing both again."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from meapp.models import PlanItem
from meapp.models.periods import periods_between
from meapp.services.access.users import Actor
from meapp.services.dashboard import budget_years as dby
from meapp.services.dashboard import figures as dash
from meapp.services.monitoring import quality
from meapp.services.monitoring import status as st
from meapp.services.plan import budget_years as by
from meapp.services.plan import edit as pe
from meapp.services.plan.budgets import YearSplit
from meapp.services.plan.programs import list_programs
from tests.unit import factories as f


@pytest.fixture
def demo(demo_db):
    """The demo with one measure's plan split by year (the demo spreads every total)."""
    prog = list_programs(demo_db)[0]
    with demo_db.session() as s:
        measure = s.scalars(
            select(PlanItem.id)
            .where(PlanItem.program_id == uuid.UUID(str(prog.id)), PlanItem.kind == "measure")
            .order_by(PlanItem.code)
        ).first()
    # a new source in the years not approved yet (an approved year's amount is locked)
    split = {prog.end_year - 1: 1_000.5, prog.end_year: 2_000.25}
    pe.set_measure_budget(demo_db, Actor.system(), measure, {"donor": YearSplit(split)})
    return prog


def _periods(prog):
    return list(periods_between(prog.start_year, prog.end_year, prog.frequency))


def _execution(db, pid, upto):
    with db.session() as s:
        return by.execution(s, pid, upto)


def test_the_years_budget_is_executions_for_every_period_and_direction(demo_db, demo):
    with demo_db.session() as s:
        plans = by.plans_of(s, program_id=uuid.UUID(str(demo.id)))
    # both kinds of plan are compared: split by year, and a total spread evenly
    assert {p.split for sources in plans.values() for p in sources.values()} == {True, False}
    seen_spent = False
    for period in _periods(demo):
        ex = _execution(demo_db, demo.id, period)
        total, directions = dby.year_budgets(demo_db, demo.id, period)
        assert total == dby.YearBudget(period.year, dby._lines(ex.year(period.year)))
        want = {
            str(did): dby.YearBudget(period.year, dby._lines(figures.get(period.year, {})))
            for did, figures in ex.directions.items()
        }
        assert directions == want and list(directions) == list(want)
        for did, budget in want.items():
            assert dby.year_budget(demo_db, demo.id, period, did) == budget
        assert dby.year_budget(demo_db, demo.id, str(period)) == total
        seen_spent |= any(line.spent for line in total.lines)
    assert seen_spent
    for year in range(demo.start_year, demo.end_year + 1):
        ex = _execution(demo_db, demo.id, None)
        assert dby.year_budget(demo_db, demo.id, year) == dby.YearBudget(
            year, dby._lines(ex.year(year))
        )


def test_a_direction_without_plan_or_spending_has_an_empty_year(db):
    pid = f.make_program(db, code="EMP", start=2023, end=2024)
    d = f.add_item(db, pid, "direction", "1", "Empty")
    total, directions = dby.year_budgets(db, pid, "2023-H2")
    assert total == dby.YearBudget(2023, ()) and directions == {}
    assert dby.year_budget(db, pid, "2023-H2", d) == dby.YearBudget(2023, ())


def test_needs_attention_from_the_overview_is_the_quality_gates_list(demo_db, demo):
    kinds: set[str] = set()
    for period in _periods(demo):
        want = quality.needs_attention(demo_db, demo.id, str(period))
        o = dash.overview(demo_db, demo.id, period)
        rows = None if o.is_fallback else st.measure_rows(demo_db, demo.id, o.period)
        assert dash.attention(demo_db, o, rows) == want
        assert dash.attention(demo_db, o) == want  # the grid computed when not given
        if not o.is_fallback:
            # without a grid: everything but the measures past their deadline
            assert dash.attention(demo_db, o, ()) == [
                i for i in want if i.kind != "overdue_measure"
            ]
        kinds |= {i.kind for i in want}
    # the comparison covered the kinds the demo has, the overdue measures among them
    assert {"missing_value", "overdue_measure", "empty_evaluation"} <= kinds
