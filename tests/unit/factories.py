"""Small programmes built directly with the ORM, for the monitoring tests.

`small_program(db)` gives one programme (2023–2026, baseline 2022) with two directions, an
objective under each, three measures with budgets, and indicators of every kind the
formulas distinguish; the returned namespace holds their ids.
"""

from __future__ import annotations

import uuid
from types import SimpleNamespace

from meapp.models import (
    Actual,
    Indicator,
    IndicatorTarget,
    MeasureBudget,
    MeasureProgress,
    MeasureSpending,
    Municipality,
    PlanItem,
    Program,
    ReportingRound,
    User,
)
from meapp.services.access.users import Actor, hash_password


def make_program(
    db,
    *,
    code="KB",
    start=2023,
    end=2026,
    frequency="half_year",
    green=0.9,
    amber=0.6,
    title="Development programme",
) -> uuid.UUID:
    with db.session() as s, s.begin():
        m = Municipality(name=f"Town {code}", kind="city")
        s.add(m)
        s.flush()
        p = Program(
            municipality_id=m.id,
            code=code,
            title=title,
            start_year=start,
            end_year=end,
            frequency=frequency,
            threshold_green=green,
            threshold_amber=amber,
        )
        s.add(p)
        s.flush()
        return p.id


def add_item(db, program_id, kind, code, title, parent=None, position=0, **kw) -> uuid.UUID:
    with db.session() as s, s.begin():
        it = PlanItem(
            program_id=program_id,
            parent_id=parent,
            kind=kind,
            code=code,
            title=title,
            position=position,
            **kw,
        )
        s.add(it)
        s.flush()
        return it.id


def add_indicator(
    db,
    program_id,
    *,
    code,
    name=None,
    unit="km",
    aggregation="latest",
    direction="increase",
    baseline=None,
    baseline_year=2022,
    targets=None,
    plan_item=None,
    value_type="number",
    weight=1.0,
    final=None,
    position=0,
) -> uuid.UUID:
    with db.session() as s, s.begin():
        ind = Indicator(
            program_id=program_id,
            plan_item_id=plan_item,
            code=code,
            name=name or f"Indicator {code}",
            unit=unit,
            value_type=value_type,
            direction=direction,
            aggregation=aggregation,
            baseline_value=baseline,
            baseline_year=baseline_year,
            final_target=final,
            weight=weight,
            position=position,
        )
        s.add(ind)
        s.flush()
        for period, value in (targets or {}).items():
            s.add(IndicatorTarget(indicator_id=ind.id, period=period, value=value))
        return ind.id


def add_actual(db, indicator_id, period, value, comment=None) -> uuid.UUID:
    with db.session() as s, s.begin():
        a = Actual(indicator_id=indicator_id, period=period, value=value, comment=comment)
        s.add(a)
        s.flush()
        return a.id


def add_progress(db, measure_id, period, status, percent=None, spending=None) -> uuid.UUID:
    with db.session() as s, s.begin():
        mp = MeasureProgress(
            measure_id=measure_id, period=period, status=status, percent_complete=percent
        )
        s.add(mp)
        s.flush()
        for source, amount in (spending or {}).items():
            s.add(MeasureSpending(progress_id=mp.id, source=source, amount=amount))
        return mp.id


def add_budget(db, measure_id, source, planned) -> None:
    with db.session() as s, s.begin():
        s.add(MeasureBudget(measure_id=measure_id, source=source, planned=planned))


def set_round(db, program_id, period, state) -> None:
    with db.session() as s, s.begin():
        s.add(ReportingRound(program_id=program_id, period=period, state=state))


def add_user(db, login, role) -> Actor:
    """A user row (password `demo`) and the Actor a login would give."""
    with db.session() as s, s.begin():
        s.add(
            User(
                login=login, full_name=login.title(), role=role, password_hash=hash_password("demo")
            )
        )
    return Actor(login, role, login.title())


def small_program(db, code="KB") -> SimpleNamespace:
    """A programme with directions, objectives, measures, budgets and four indicators.

    - roads (cumulative, increase): 2,5 km a year, baseline 0;
    - school (level, increase, percent): baseline 60 % in 2022, 70 % in 2023 … 90 % in 2026;
    - losses (level, decrease): baseline 40 %, target 30 % in 2023, 20 % in 2024;
    - revenue (level `average`, increase, thousand som), attached to the programme itself.
    """
    pid = make_program(db, code=code)
    d1 = add_item(db, pid, "direction", "1", "Infrastructure", position=0)
    o1 = add_item(db, pid, "objective", "1.1", "Roads and pavements", parent=d1, position=0)
    m1 = add_item(
        db,
        pid,
        "measure",
        "1.1.1",
        "Repair roads",
        parent=o1,
        position=0,
        lead_executor="Roads department",
        end_year=2026,
    )
    m2 = add_item(
        db,
        pid,
        "measure",
        "1.1.2",
        "Repair pavements",
        parent=o1,
        position=1,
        lead_executor="Roads department",
        end_year=2023,
    )
    d2 = add_item(db, pid, "direction", "2", "Social development", position=1)
    o2 = add_item(db, pid, "objective", "2.1", "Education and water", parent=d2, position=0)
    m3 = add_item(
        db,
        pid,
        "measure",
        "2.1.1",
        "Renovate schools",
        parent=o2,
        position=0,
        lead_executor=None,
        end_year=2026,
    )
    roads = add_indicator(
        db,
        pid,
        code="1",
        name="Roads repaired",
        unit="km",
        aggregation="sum",
        baseline=0,
        targets={"2023": 2.5, "2024": 2.5, "2025": 2.5, "2026": 2.5},
        final=10,
        plan_item=o1,
        position=1,
    )
    school = add_indicator(
        db,
        pid,
        code="2",
        name="Pupils in good schools",
        unit="%",
        value_type="percent",
        baseline=60,
        targets={"2023": 70, "2024": 80, "2025": 85, "2026": 90},
        plan_item=o2,
        position=2,
    )
    losses = add_indicator(
        db,
        pid,
        code="3",
        name="Water losses",
        unit="%",
        value_type="percent",
        direction="decrease",
        baseline=40,
        targets={"2023": 30, "2024": 20},
        plan_item=o2,
        position=3,
    )
    revenue = add_indicator(
        db,
        pid,
        code="4",
        name="Local revenue",
        unit="thousand som",
        aggregation="average",
        baseline=1000,
        targets={"2023": 1200, "2024": 1400},
        position=4,
    )
    add_budget(db, m1, "local_budget", 1000.0)
    add_budget(db, m1, "donor", 3000.0)
    add_budget(db, m2, "local_budget", 500.0)
    add_budget(db, m3, "republican_budget", 2000.0)
    return SimpleNamespace(
        program_id=pid,
        d1=d1,
        d2=d2,
        o1=o1,
        o2=o2,
        m1=m1,
        m2=m2,
        m3=m3,
        roads=roads,
        school=school,
        losses=losses,
        revenue=revenue,
    )
