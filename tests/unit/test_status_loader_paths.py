"""The loader's two ways of reading measures agree (issue 22).

One programme, or a batch of the first fill, reads progress and spending in one query
through the programme's measures (`_load_progress_and_spending`); the roll-up of all
programmes reads the tables whole and joins in memory. Both must give the same measure
counts, budget lines and periods — with several funding sources per entry, measures
without entries, an entry without spending, zero amounts, a second programme beside it,
and one period written two ways by a database tool ("2024-H1" and "2024-h1": the entry
written as meapp writes it wins, whatever order the rows are read in).
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid

import pytest

from meapp.services.dashboard import summary
from meapp.services.monitoring import status as st
from tests.unit import factories as f


def _views(db, program_id, period):
    one = st.program_status(db, program_id, period)
    every = {ps.program_id: ps for ps in st.all_programs_status(db, period)}[one.program_id]
    with db.session() as s:
        batch = next(iter(st.statuses_in(s, [program_id], period, batch=4)))
    return one, every, batch


def _same(a, b) -> None:
    assert a.measures == b.measures
    assert a.budget == b.budget and a.budget_total == b.budget_total
    assert a.program_progress == b.program_progress
    assert a.previous_progress == b.previous_progress


@pytest.fixture
def two(db):
    ns = f.small_program(db)
    other = f.small_program(db, code="ZZ")
    f.add_progress(
        db, ns.m1, "2023-H2", "in_progress", 30, {"local_budget": 200.0, "donor": 1000.0}
    )
    f.add_progress(db, ns.m1, "2024-H1", "done", 100, {"local_budget": 0.0, "sponsor": 5.5})
    f.add_progress(db, ns.m2, "2024-H1", "delayed", 10)  # no spending
    f.add_progress(db, other.m1, "2024-H1", "done", 100, {"local_budget": 999.0})
    return ns, other


@pytest.mark.parametrize("period", ["2023-H2", "2024-H1", "2024-H2", None])
def test_one_programme_a_batch_and_all_programmes_agree(db, two, period):
    ns, _other = two
    one, every, batch = _views(db, ns.program_id, period)
    _same(one, every)
    _same(one, batch)
    assert one.measures["done"] == (1 if period in ("2024-H1", "2024-H2", None) else 0)
    spent = {b.source: b.spent for b in one.budget}
    if period == "2024-H2":
        assert spent["local_budget"] == 200.0 and spent["donor"] == 1000.0
        assert spent["sponsor"] == 5.5


def test_a_period_written_two_ways_gives_the_first_row_on_every_path(db, two):
    ns, _other = two
    if not db.is_sqlite:
        pytest.skip("written with a SQLite tool")
    with contextlib.closing(sqlite3.connect(db.path)) as conn:
        conn.execute(
            "INSERT INTO measure_progress (measure_id, period, status, id, created_at, "
            "updated_at, version) VALUES (?, '2024-h1', 'cancelled', ?, '2024-07-01', "
            "'2024-07-01', 1)",
            (uuid.UUID(str(ns.m3)).hex, uuid.uuid4().hex),
        )
        conn.execute(
            "INSERT INTO measure_progress (measure_id, period, status, id, created_at, "
            "updated_at, version) VALUES (?, '2024-h1', 'cancelled', ?, '2024-07-01', "
            "'2024-07-01', 1)",
            (uuid.UUID(str(ns.m2)).hex, uuid.uuid4().hex),
        )
        conn.commit()
    summary.invalidate(db)
    one, every, batch = _views(db, ns.program_id, "2024-H1")
    _same(one, every)
    _same(one, batch)
    # m2 is "delayed" in 2024-H1 as meapp writes it; its lower-case twin loses
    assert one.measures["delayed"] == 1
    assert one.measures["cancelled"] == 1  # m3's only entry is the lower-case one


def test_an_amount_left_as_text_by_a_tool_is_left_out_and_named_never_a_traceback(db, two):
    """A spending or budget amount written as text with a SQLite tool: every status path and
    the grid leave it out of the sums, and the grid names it on its measure's row."""
    ns, _other = two
    if not db.is_sqlite:
        pytest.skip("written with a SQLite tool")
    with contextlib.closing(sqlite3.connect(db.path)) as conn:
        conn.execute("UPDATE measure_spending SET amount = 'abc' WHERE source = 'sponsor'")
        conn.execute(
            "UPDATE measure_budget SET planned = 'x' WHERE measure_id = ? AND source = ?",
            (uuid.UUID(str(ns.m2)).hex, "local_budget"),
        )
        conn.commit()
    summary.invalidate(db)
    one, every, batch = _views(db, ns.program_id, "2024-H1")
    _same(one, every)
    _same(one, batch)
    assert "sponsor" not in {b.source for b in one.budget if b.spent}
    rows = {r.code: r for r in st.measure_rows(db, ns.program_id, "2024-H1")}
    named = [w.params.get("value") for r in rows.values() for w in r.warnings]
    assert "'abc'" in named and "'x'" in named
    assert "sponsor" not in rows["1.1.1"].spent_to_date


def test_the_grid_sums_a_period_written_two_ways(db, two):
    ns, _other = two
    if not db.is_sqlite:
        pytest.skip("written with a SQLite tool")
    with contextlib.closing(sqlite3.connect(db.path)) as conn:
        prid = uuid.uuid4().hex
        conn.execute(
            "INSERT INTO measure_progress (measure_id, period, status, id, created_at, "
            "updated_at, version) VALUES (?, '2024-h1', 'done', ?, '2024-07-01', "
            "'2024-07-01', 1)",
            (uuid.UUID(str(ns.m2)).hex, prid),
        )
        conn.execute(
            "INSERT INTO measure_spending (progress_id, source, amount, id, created_at, "
            "updated_at, version) VALUES (?, 'donor', 7.0, ?, '2024-07-01', '2024-07-01', 1)",
            (prid, uuid.uuid4().hex),
        )
        conn.commit()
    f.add_progress(db, ns.m2, "2023-H2", "in_progress", 50, {"donor": 3.0})
    summary.invalidate(db)
    row = {r.code: r for r in st.measure_rows(db, ns.program_id, "2024-H1")}["1.1.2"]
    assert row.spent == {"donor": 7.0}
    assert row.spent_to_date == {"donor": 10.0}
    one = st.program_status(db, ns.program_id, "2024-H1")
    assert {b.source: b.spent for b in one.budget}["donor"] == 1010.0
