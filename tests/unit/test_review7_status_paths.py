"""review7: the three status paths agree exactly on edge data (issue 22's loaders).

`program_status` (one programme), `statuses_in` (batches of the first fill, with and without
`figures_only`) and `all_programs_status` (whole tables) must give the same status, field
for field, with: a measure with several funding sources in one period, spending of 0, a
progress row (with spending) on a plan item that is not a measure, a second programme
beside it, a period code that does not parse, a period written in lower case, and the
default period (`period=None`, which `measure_periods` feeds). Rows that only a database
tool could write are inserted with Core (portable: the same test runs on PostgreSQL).

And a period written two ways for one measure: the status must not depend on which path
read it (nor on the order the rows came in), and the measures grid must agree with it.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from sqlalchemy import insert

from meapp.models import MeasureProgress, MeasureSpending
from meapp.services.monitoring import status as st
from tests.unit import factories as f

PERIODS = [None, "2023-H2", "2024-H1", "2024", "2025-H2", "2026-H1", "2026"]


def _raw_progress(db, measure_id, period, status, spending=None) -> uuid.UUID:
    """A progress row as a database tool writes it (no validation of the period code)."""
    prid = uuid.uuid4()
    now = datetime(2024, 7, 1)
    with db.session() as s, s.begin():
        s.execute(
            insert(MeasureProgress.__table__).values(
                id=prid,
                measure_id=measure_id,
                period=period,
                status=status,
                created_at=now,
                updated_at=now,
                version=1,
            )
        )
        for source, amount in (spending or {}).items():
            s.execute(
                insert(MeasureSpending.__table__).values(
                    id=uuid.uuid4(),
                    progress_id=prid,
                    source=source,
                    amount=amount,
                    created_at=now,
                    updated_at=now,
                    version=1,
                )
            )
    return prid


@pytest.fixture
def edge(db):
    ns = f.small_program(db)
    other = f.small_program(db, code="ZZ")
    f.add_budget(db, ns.m1, "sponsor", 500.0)
    f.add_budget(db, ns.m3, "donor", 2000.0)
    f.add_progress(
        db,
        ns.m1,
        "2023-H2",
        "in_progress",
        30,
        {"local_budget": 200.0, "donor": 1000.0, "sponsor": 0.0},
    )
    f.add_progress(
        db,
        ns.m1,
        "2024-H1",
        "done",
        100,
        {"local_budget": 0.0, "sponsor": 5.5, "republican_budget": 7.25},
    )
    f.add_progress(db, ns.m2, "2024-H1", "delayed", 10)
    f.add_progress(db, other.m1, "2025-H1", "done", 100, {"local_budget": 999.0})
    direction = f.add_item(db, ns.program_id, "direction", "9", "Not a measure")
    f.add_progress(db, direction, "2025-H2", "done", 100, {"local_budget": 77.0})
    _raw_progress(db, ns.m3, "garbage", "done", {"local_budget": 11.0})
    _raw_progress(db, ns.m3, "2026-h1", "done", {"local_budget": 3.0, "donor": 4.0})
    return ns, other


def _paths(db, ns, other, period):
    one = st.program_status(db, ns.program_id, period)
    every = {ps.program_id: ps for ps in st.all_programs_status(db, period)}[one.program_id]
    with db.session() as s:
        batch = list(st.statuses_in(s, [other.program_id, ns.program_id], period, batch=1))[1]
    with db.session() as s:
        figures = list(
            st.statuses_in(s, [ns.program_id, other.program_id], period, figures_only=True)
        )[0]
    return one, every, batch, figures


@pytest.mark.parametrize("period", PERIODS)
def test_every_path_gives_the_same_status_on_edge_data(db, edge, period):
    ns, other = edge
    one, every, batch, figures = _paths(db, ns, other, period)
    assert one == every
    assert one == batch
    assert st.status_json(figures) == st.status_json(one)
    for field in ("measures", "budget", "budget_total", "previous_progress", "period"):
        assert getattr(figures, field) == getattr(one, field), field


def test_the_edge_figures_are_the_expected_ones(db, edge):
    ns, other = edge
    one = st.program_status(db, ns.program_id, None)
    # the latest period with an entry is the lower-case 2026-h1 (the direction's 2025-H2
    # and the unparsable code count for nothing)
    assert one.period == "2026-H1"
    spent = {b.source: b.spent for b in one.budget}
    assert spent == {
        "local_budget": 203.0,
        "republican_budget": 7.25,
        "donor": 1004.0,
        "sponsor": 5.5,
    }
    assert one.measures == {
        "done": 2,
        "in_progress": 0,
        "not_started": 0,
        "delayed": 1,
        "cancelled": 0,
    }
    mid = st.program_status(db, ns.program_id, "2025-H2")
    # the direction's 77 is not spending of a measure
    assert {b.source: b.spent for b in mid.budget}["local_budget"] == 200.0


@pytest.mark.parametrize("order", ["canonical_first", "lower_case_first"])
def test_a_period_written_two_ways_does_not_depend_on_the_path(db, order):
    """One measure with an entry of 2024-H1 and one of 2024-h1 (a database tool): one
    programme, a batch and all programmes must count it with the same status, whichever
    row was written first, and the measures grid must show that status too."""
    ns = f.small_program(db)
    f.small_program(db, code="ZZ")
    rows = [("2024-H1", "delayed"), ("2024-h1", "cancelled")]
    if order == "lower_case_first":
        rows.reverse()
    for code, status in rows:
        _raw_progress(db, ns.m2, code, status)
    one = st.program_status(db, ns.program_id, "2024-H1")
    every = {ps.program_id: ps for ps in st.all_programs_status(db, "2024-H1")}[one.program_id]
    with db.session() as s:
        batch = next(iter(st.statuses_in(s, [ns.program_id], "2024-H1")))
    assert one.measures == every.measures == batch.measures
    grid = {r.code: r.status for r in st.measure_rows(db, ns.program_id, "2024-H1")}
    counted = [k for k, n in one.measures.items() if k != "not_started" and n]
    assert counted == [grid["1.1.2"]]


def test_null_ids_stay_none_on_every_path(db, edge):
    """`_HexId` renders NULL ids as NULL (PostgreSQL: replace(CAST(NULL AS TEXT), ...)):
    the indicator attached to the programme itself and the directions (no parent)."""
    ns, other = edge
    for ps in _paths(db, ns, other, "2024-H1"):
        unattached = [r for r in ps.indicators if r.plan_item_id is None]
        assert [r.name for r in unattached] == ["Local revenue"]
        assert all(r.plan_item_id is None or len(r.plan_item_id) == 36 for r in ps.indicators)
        directions = [r for r in ps.rollups if r.kind == "direction"]
        assert directions and all(r.parent_id is None for r in directions)
        assert all(
            r.parent_id and len(r.parent_id) == 36 for r in ps.rollups if r.kind != "direction"
        )
        assert ps.program_id == str(ns.program_id)
    rows = st.measure_rows(db, ns.program_id, "2024-H1")
    assert all(r.parent_id and uuid.UUID(r.parent_id) for r in rows)
    assert {r.progress_id is None for r in rows} == {True, False}


def test_the_default_period_ignores_entries_of_plan_items_that_are_not_measures(db, edge):
    ns, other = edge
    objective = f.add_item(db, other.program_id, "objective", "7.1", "Not a measure either")
    f.add_progress(db, objective, "2026-H2", "done", 100, {"donor": 5.0})
    _raw_progress(db, other.m2, "2027-zz", "done", {"donor": 6.0})  # does not parse
    one = st.program_status(db, other.program_id, None)
    every = {ps.program_id: ps for ps in st.all_programs_status(db, None)}[one.program_id]
    with db.session() as s:
        batch = list(st.statuses_in(s, [ns.program_id, other.program_id], None))[1]
    assert one.period == every.period == batch.period == "2025-H1"
    assert one == every == batch
