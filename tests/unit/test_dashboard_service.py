"""The dashboard's aggregations: change against the previous period, the fallback to the
latest period with actuals, a direction's subtree, executors, municipalities."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from meapp.errors import ValidationError
from meapp.services.dashboard import figures as dash
from meapp.services.monitoring import status as st
from tests.unit import factories as f


@pytest.fixture
def prog(db):
    """The small programme with actuals in 2023–2024 and measures in several states."""
    ns = f.small_program(db)
    for period, value in (("2023-H1", 1.0), ("2023-H2", 1.5), ("2024-H1", 1.0), ("2024-H2", 0.5)):
        f.add_actual(db, ns.roads, period, value)
    for period, value in (("2023-H2", 68.0), ("2024-H1", 72.0), ("2024-H2", 78.0)):
        f.add_actual(db, ns.school, period, value)
    f.add_actual(db, ns.losses, "2024-H2", 35.0)
    f.add_progress(db, ns.m1, "2023-H2", "in_progress", 30, {"local_budget": 200.0})
    # m2's deadline is 2023: done in 2024-H1 is late
    f.add_progress(db, ns.m2, "2024-H1", "done", 100, {"local_budget": 500.0})
    f.add_progress(db, ns.m3, "2024-H1", "delayed", 10)
    with db.session() as s, s.begin():
        from meapp.models import Indicator

        for iid, who in ((ns.roads, "Roads department"), (ns.school, "Education office")):
            s.get(Indicator, iid).responsible = who
    return ns


def test_overview_shows_the_change_against_the_previous_period(db, prog):
    o = dash.overview(db, prog.program_id, "2024-H2")
    now = st.program_status(db, prog.program_id, "2024-H2")
    before = st.program_status(db, prog.program_id, "2024-H1")
    assert not o.is_fallback
    assert o.period == "2024-H2" and o.previous_period == "2024-H1"
    assert o.progress == pytest.approx(now.program_progress)
    assert o.change == pytest.approx(now.program_progress - before.program_progress)
    assert o.status_counts == now.status_counts
    assert o.measures == now.measures
    assert o.measures_total == 3
    bars = {b.code: b for b in o.directions}
    assert list(bars) == ["1", "2"]
    before_rollups = {r.code: r.progress for r in before.rollups}
    assert bars["1"].progress == pytest.approx(
        next(r.progress for r in now.rollups if r.code == "1")
    )
    assert bars["1"].change == pytest.approx(bars["1"].progress - before_rollups["1"])
    assert o.with_data == 3  # roads, school, losses; revenue has no actual


def test_overview_of_a_period_without_actuals_shows_the_latest_with_actuals(db, prog):
    o = dash.overview(db, prog.program_id, "2025-H1")
    assert o.chosen_period == "2025-H1"
    assert o.is_fallback and o.period == "2024-H2"
    assert o.previous_period == "2024-H1"
    assert o.progress == pytest.approx(
        st.program_status(db, prog.program_id, "2024-H2").program_progress
    )


def test_overview_of_a_programme_without_any_actual_says_so(db):
    ns = f.small_program(db)
    o = dash.overview(db, ns.program_id, "2023-H1")
    assert not o.has_data and not o.is_fallback
    assert o.progress is None and o.change is None
    assert o.previous is None  # nothing before the programme's first period
    assert o.status_counts["no_data"] == 4


def test_overview_needs_a_valid_period(db, prog):
    with pytest.raises(ValidationError):
        dash.overview(db, prog.program_id, "2024-H3")


def test_overview_queries_do_not_grow_with_indicators(db, prog):
    statements: list[str] = []

    def count(*_args):
        statements.append("x")

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        dash.overview(db, prog.program_id, "2024-H2")
        few = len(statements)
        for i in range(20):
            f.add_indicator(db, prog.program_id, code=f"9.{i}", plan_item=prog.o1, baseline=0)
        statements.clear()
        dash.overview(db, prog.program_id, "2024-H2")
        many = len(statements)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert many == few


def test_direction_detail_holds_its_objectives_indicators_and_measures(db, prog):
    ps = st.program_status(db, prog.program_id, "2024-H2")
    rows = st.measure_rows(db, prog.program_id, "2024-H2")
    d2 = dash.direction_detail(ps, rows, str(prog.d2))
    assert d2.direction.code == "2"
    assert [n.code for n in d2.nodes] == ["2.1"]
    assert [(g, r.code) for g, r in d2.indicators] == [(str(prog.o2), "2"), (str(prog.o2), "3")]
    assert [m.code for m in d2.measures] == ["2.1.1"]
    assert d2.measure_counts["delayed"] == 1
    d1 = dash.direction_detail(ps, rows, str(prog.d1))
    assert [r.code for _g, r in d1.indicators] == ["1"]
    assert [m.code for m in d1.measures] == ["1.1.1", "1.1.2"]
    with pytest.raises(ValidationError):
        dash.direction_detail(ps, rows, str(prog.o1))  # an objective is not a direction


def test_executors_count_measures_by_lead_executor_and_rank(db, prog):
    rows = dash.executors(db, prog.program_id, "2024-H2")
    by_name = {r.name: r for r in rows}
    roads = by_name["Roads department"]
    assert roads.measures == 2
    assert roads.done_on_time == 0 and roads.done_late == 1  # m2: due 2023, done 2024-H1
    assert roads.in_progress == 1
    assert roads.indicators == 1
    assert roads.indicator_progress == pytest.approx(0.8)  # roads: 4 of 5 km
    assert roads.measures_done_share == pytest.approx(0.5)
    assert roads.score == pytest.approx((0.8 + 0.5) / 2)
    nobody = by_name[""]  # m3 has no executor; losses and revenue no responsible
    assert nobody.measures == 1 and nobody.delayed == 1
    education = by_name["Education office"]
    assert education.measures == 0 and education.score == pytest.approx(0.9)
    assert [r.rank for r in rows] == [1, 2, 3]
    assert rows[0].name == "Education office"
    total = st.program_status(db, prog.program_id, "2024-H2").measures
    assert sum(r.done for r in rows) == total["done"]
    assert sum(r.delayed for r in rows) == total["delayed"]
    assert sum(r.in_progress for r in rows) == total["in_progress"]
    assert sum(r.measures for r in rows) == sum(total.values())


def test_measure_done_in_its_deadline_year_is_on_time(db, prog):
    f.add_progress(db, prog.m3, "2024-H2", "done", 100)
    rows = {r.name: r for r in dash.executors(db, prog.program_id, "2024-H2")}
    assert rows[""].done_on_time == 1 and rows[""].done_late == 0


def test_municipalities_list_every_programme_with_completeness(db, prog):
    other = f.small_program(db, code="KB2")
    f.add_actual(db, other.roads, "2024-H2", 2.0)
    f.set_round(db, other.program_id, "2024-H2", "submitted")
    rows = {r.program_code: r for r in dash.municipalities(db, "2024-H2")}
    assert set(rows) == {"KB", "KB2"}
    assert rows["KB"].with_data == 3 and rows["KB"].indicators == 4
    assert rows["KB"].completeness == pytest.approx(0.75)
    assert rows["KB2"].completeness == pytest.approx(0.25)
    assert rows["KB2"].round_state == "submitted"
    assert rows["KB"].round_state == "open"
    assert rows["KB"].municipality == "Town KB"
    assert rows["KB"].progress == pytest.approx(
        st.program_status(db, prog.program_id, "2024-H2").program_progress
    )
    assert rows["KB"].measures_done == 1 and rows["KB"].measures_total == 3
    assert dash.program_count(db) == 2
