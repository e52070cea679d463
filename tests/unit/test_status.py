"""Status of a programme-period: rows, roll-ups, measures, budget, JSON shape."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import event

from meapp.errors import NotFound, ValidationError
from meapp.services.monitoring import status as st
from tests.unit import factories as f


@pytest.fixture
def prog(db):
    """The small programme with two years of data (see the expected figures in the tests)."""
    ns = f.small_program(db)
    for period, value in (("2023-H1", 1.0), ("2023-H2", 1.5), ("2024-H1", 1.0), ("2024-H2", 0.5)):
        f.add_actual(db, ns.roads, period, value)
    for period, value in (("2023-H2", 68.0), ("2024-H1", 72.0), ("2024-H2", 78.0)):
        f.add_actual(db, ns.school, period, value, comment=f"survey {period}")
    f.add_actual(db, ns.losses, "2024-H2", 35.0)
    f.add_progress(
        db, ns.m1, "2023-H2", "in_progress", 30, {"local_budget": 200.0, "donor": 1000.0}
    )
    f.add_progress(db, ns.m1, "2024-H2", "in_progress", 60, {"local_budget": 300.0})
    f.add_progress(db, ns.m2, "2023-H2", "done", 100, {"local_budget": 500.0})
    f.add_progress(db, ns.m3, "2024-H1", "delayed", 10)
    return ns


def by_code(ps):
    return {r.code: r for r in ps.indicators}


def test_indicator_rows_of_a_period(db, prog):
    ps = st.program_status(db, prog.program_id, "2024-H2")
    rows = by_code(ps)
    assert [r.code for r in ps.indicators] == ["1", "2", "3", "4"]
    roads = rows["1"]
    assert roads.kind == "cumulative"
    assert roads.actual == pytest.approx(4.0)  # total since 2023
    assert roads.target == pytest.approx(5.0)
    assert not roads.target_interpolated
    assert roads.period_value == 0.5
    assert roads.progress == pytest.approx(0.8)
    assert roads.status == "at_risk"
    school = rows["2"]
    assert school.kind == "level"
    assert school.progress == pytest.approx(0.9)
    assert school.status == "on_track"
    assert school.comment == "survey 2024-H2"
    assert school.version == 1
    losses = rows["3"]
    assert losses.direction == "decrease"
    assert losses.progress == pytest.approx(0.25)
    assert losses.ratio == pytest.approx(20 / 35)
    assert losses.status == "off_track"
    revenue = rows["4"]
    assert revenue.actual is None and revenue.progress is None
    assert revenue.status == "no_data"
    assert revenue.target == 1400.0
    assert ps.status_counts == {"on_track": 1, "at_risk": 1, "off_track": 1, "no_data": 1}


def test_rollups_to_objective_direction_and_programme(db, prog):
    ps = st.program_status(db, prog.program_id, "2024-H2")
    roll = {r.code: r for r in ps.rollups}
    assert [r.code for r in ps.rollups] == ["1", "1.1", "2", "2.1"]
    assert roll["1"].progress == pytest.approx(0.8)
    assert roll["1.1"].parent_id == str(prog.d1)
    assert roll["2"].progress == pytest.approx((0.9 + 0.25) / 2)
    assert roll["2"].status == "off_track"
    assert ps.program_progress == pytest.approx((0.8 + 0.9 + 0.25) / 3)
    assert ps.program_status == "at_risk"
    # the previous half-year, for the dashboard's arrow: roads 3,5/3,75 and school 12/15
    assert ps.previous_period == "2024-H1"
    assert ps.previous_progress == pytest.approx((3.5 / 3.75 + 0.8) / 2)


def test_an_overachieving_indicator_counts_at_most_one_hundred_per_cent(db, prog):
    f.add_actual(db, prog.losses, "2024-H1", 0.0)  # far below the 2024-H1 target of 25 %
    ps = st.program_status(db, prog.program_id, "2024-H1")
    losses = by_code(ps)["3"]
    assert losses.progress > 1.0
    roll = {r.code: r for r in ps.rollups}
    assert roll["2"].progress == pytest.approx((0.8 + 1.0) / 2)


def test_measures_counted_by_their_latest_status(db, prog):
    ps = st.program_status(db, prog.program_id, "2024-H2")
    assert ps.measures == {
        "done": 1,
        "in_progress": 1,
        "not_started": 0,
        "delayed": 1,
        "cancelled": 0,
    }
    early = st.program_status(db, prog.program_id, "2023-H1")
    assert early.measures["not_started"] == 3


def test_budget_per_funding_source_up_to_the_period(db, prog):
    f.add_progress(db, prog.m3, "2025-H1", "in_progress", 20, {"republican_budget": 700.0})
    ps = st.program_status(db, prog.program_id, "2024-H2")
    lines = {b.source: b for b in ps.budget}
    assert [b.source for b in ps.budget] == ["local_budget", "republican_budget", "donor"]
    assert lines["local_budget"].planned == 1500.0
    assert lines["local_budget"].spent == 1000.0
    assert lines["local_budget"].execution == pytest.approx(2 / 3)
    assert lines["local_budget"].deviation == -500.0
    assert lines["republican_budget"].spent == 0.0  # the 2025 spending is not counted yet
    assert lines["donor"].execution == pytest.approx(1 / 3)
    assert ps.budget_total.planned == 6500.0 and ps.budget_total.spent == 2000.0


def test_without_a_period_the_latest_period_with_data_is_taken(db, prog):
    assert st.program_status(db, prog.program_id).period == "2024-H2"
    f.add_progress(db, prog.m3, "2025-H1", "in_progress", 20)
    assert st.program_status(db, prog.program_id).period == "2025-H1"
    assert str(st.latest_period(db, prog.program_id)) == "2025-H1"


def test_a_programme_without_data_reports_its_first_period(db):
    pid = f.make_program(db, code="EMPTY")
    ps = st.program_status(db, pid)
    assert ps.period == "2023-H1"
    assert ps.indicators == () and ps.program_progress is None
    assert ps.program_status == "no_data"


def test_a_year_period_is_computed_from_its_half_years(db, prog):
    ps = st.program_status(db, prog.program_id, "2024")
    rows = by_code(ps)
    assert rows["1"].actual == pytest.approx(4.0)
    assert rows["1"].target == pytest.approx(5.0)
    assert rows["2"].actual == 78.0


def test_the_round_state_is_reported(db, prog):
    f.set_round(db, prog.program_id, "2024-H2", "approved")
    ps = st.program_status(db, prog.program_id, "2024-H2")
    assert ps.round_state == "approved" and ps.locked
    assert st.program_status(db, prog.program_id, "2024-H1").round_state == "open"


def test_status_json_has_exactly_the_contract_shape(db, prog):
    data = st.status_json(st.program_status(db, prog.program_id, "2024-H2"))
    assert list(data) == [
        "program_id",
        "period",
        "indicators",
        "rollups",
        "program_progress",
        "measures",
        "budget",
    ]
    assert list(data["indicators"][0]) == [
        "indicator_id",
        "code",
        "name",
        "unit",
        "kind",
        "direction",
        "baseline",
        "target",
        "target_interpolated",
        "actual",
        "progress",
        "ratio",
        "status",
    ]
    assert list(data["rollups"][0]) == ["plan_item_id", "code", "kind", "progress"]
    assert list(data["measures"]) == ["done", "in_progress", "not_started", "delayed", "cancelled"]
    assert list(data["budget"][0]) == ["source", "planned", "spent", "execution"]
    revenue = data["indicators"][3]
    assert revenue["actual"] is None and revenue["progress"] is None
    assert revenue["status"] == "no_data"
    assert data["indicators"][0]["progress"] == 0.8
    assert data["program_id"] == str(prog.program_id)
    json.dumps(data)  # plain JSON, nothing exotic


def test_interpolated_targets_are_flagged(db, prog):
    ps = st.program_status(db, prog.program_id, "2024-H1")
    rows = by_code(ps)
    assert rows["1"].target == pytest.approx(3.75) and rows["1"].target_interpolated
    assert rows["2"].target == pytest.approx(75.0) and rows["2"].target_interpolated


def test_an_outlier_is_warned_about_and_kept(db, prog):
    f.add_actual(db, prog.revenue, "2023-H1", 1100.0)
    f.add_actual(db, prog.revenue, "2023-H2", 1_100_000.0)  # typed in som
    row = by_code(st.program_status(db, prog.program_id, "2023-H2"))["4"]
    assert row.actual == 1_100_000.0
    assert any("thousand som" in w.message for w in row.warnings)


def test_a_missing_target_is_warned_about(db, prog):
    row = by_code(st.program_status(db, prog.program_id, "2025-H2"))["3"]
    assert row.target is None
    assert any(w.message == "no target for {period}" for w in row.warnings)


def test_parts_that_do_not_add_up_are_warned_about_on_the_total(db, prog):
    total = f.add_indicator(
        db,
        prog.program_id,
        code="5",
        unit="trees",
        aggregation="sum",
        baseline=0,
        targets={"2024": 100},
        position=5,
    )
    a = f.add_indicator(
        db,
        prog.program_id,
        code="5.1",
        unit="trees",
        aggregation="sum",
        baseline=0,
        targets={"2024": 50},
        position=6,
    )
    b = f.add_indicator(
        db,
        prog.program_id,
        code="5.2",
        unit="trees",
        aggregation="sum",
        baseline=0,
        targets={"2024": 50},
        position=7,
    )
    f.add_actual(db, total, "2024-H1", 90.0)
    f.add_actual(db, a, "2024-H1", 40.0)
    f.add_actual(db, b, "2024-H1", 30.0)
    rows = by_code(st.program_status(db, prog.program_id, "2024-H1"))
    problems = [w for w in rows["5"].warnings if w.message.startswith("the parts")]
    assert problems and problems[0].params["parts"] == "5.1, 5.2"
    assert not any(w.message.startswith("the parts") for w in rows["5.1"].warnings)


def test_all_programmes_each_at_its_latest_period(db, prog):
    other = f.small_program(db, code="ZZ")
    f.add_actual(db, other.school, "2023-H1", 64.0)
    result = st.all_programs_status(db)
    assert [ps.program_code for ps in result] == ["KB", "ZZ"]
    assert [ps.period for ps in result] == ["2024-H2", "2023-H1"]
    assert by_code(result[1])["2"].progress == pytest.approx(4 / 5)
    # the same period for everyone when asked
    assert {ps.period for ps in st.all_programs_status(db, "2024-H1")} == {"2024-H1"}


def test_the_number_of_queries_does_not_grow_with_the_programmes(db, prog):
    """Status loads sets of rows, never one query per indicator or programme."""
    for code in ("P2", "P3", "P4"):
        other = f.small_program(db, code=code)
        f.add_actual(db, other.roads, "2023-H1", 1.0)
    statements: list[str] = []

    def count(*_args):
        statements.append("x")

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        st.program_status(db, prog.program_id, "2024-H2")
        one = len(statements)
        statements.clear()
        st.all_programs_status(db, "2024-H2")
        many = len(statements)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert one <= 12
    assert many <= one


def test_indicator_series_for_trend_charts(db, prog):
    series = st.indicator_series(db, prog.roads)
    assert [p.period for p in series.points][:3] == ["2023-H1", "2023-H2", "2024-H1"]
    assert len(series.points) == 8
    first = series.points[0]
    assert first.period_target == 1.25 and first.period_target_interpolated
    assert first.target == 1.25 and first.actual == 1.0
    assert series.points[3].actual == pytest.approx(4.0)
    assert series.points[4].actual is None  # 2025-H1: nothing entered yet
    school = st.indicator_series(db, prog.school)
    assert school.baseline == 60 and school.baseline_year == 2022
    assert school.points[0].target == 65.0 and school.points[0].target_interpolated
    assert school.points[1].target == 70.0 and not school.points[1].target_interpolated


def test_measure_rows_for_the_grid(db, prog):
    rows = {r.code: r for r in st.measure_rows(db, prog.program_id, "2024-H2")}
    assert list(rows) == ["1.1.1", "1.1.2", "2.1.1"]
    m1 = rows["1.1.1"]
    assert m1.has_entry and m1.status == "in_progress" and m1.percent == 60
    assert m1.spent == {"local_budget": 300.0}
    assert m1.spent_to_date == {"local_budget": 500.0, "donor": 1000.0}
    assert m1.planned == {"local_budget": 1000.0, "donor": 3000.0}
    assert m1.executor == "Roads department"
    m3 = rows["2.1.1"]
    assert not m3.has_entry and m3.status == "delayed"  # carried from 2024-H1
    assert m3.version == 0


def test_unknown_programme_and_bad_period_are_refused(db, prog):
    with pytest.raises(NotFound):
        st.program_status(db, "00000000-0000-0000-0000-000000000000")
    with pytest.raises(ValidationError):
        st.program_status(db, prog.program_id, "2024-H3")


def test_several_periods_at_once_equal_one_by_one(db, prog):
    periods = ["2023-H1", "2023-H2", "2024-H1", "2024-H2", "2024"]
    many = st.program_statuses(db, prog.program_id, periods)
    assert [ps.period for ps in many] == periods
    for ps, period in zip(many, periods, strict=True):
        assert ps == st.program_status(db, prog.program_id, period)


def test_the_small_demo_shows_every_traffic_light_and_its_locked_rounds(demo_db):
    from meapp.services.plan.programs import list_programs

    pid = list_programs(demo_db)[0].id
    ps = st.program_status(demo_db, pid, "2024-H2")
    assert ps.round_state == "approved" and ps.locked
    assert all(ps.status_counts[k] > 0 for k in ("on_track", "at_risk", "off_track"))
    assert ps.program_progress is not None and ps.previous_progress is not None
    assert sum(ps.measures.values()) == sum(1 for r in st.measure_rows(demo_db, pid, "2024-H2"))
    assert ps.budget and all(b.planned > 0 for b in ps.budget)
    for period in ("2023-H1", "2023-H2", "2024-H1", "2024-H2", "2025-H1", "2024"):
        json.dumps(st.status_json(st.program_status(demo_db, pid, period)))
