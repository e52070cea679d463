"""Indicators summed within the year (`annual_sum`, issue 19): flows counted per year.

The formulas case by case (halves, quarters, targets per year, the clamp, decrease, a
missing half), then the same figures through `status` on a real SQLite file.
"""

from __future__ import annotations

import pytest

from meapp.models import formulas as F
from meapp.models.periods import Period
from meapp.services.monitoring import status as st
from tests.unit import factories as f

P = Period.parse


def vals(**kw) -> dict:
    """`vals(y2024_H1=1.0)` → {Period(2024-H1): 1.0}."""
    return {P(k[1:].replace("_", "-")): v for k, v in kw.items()}


def spec(**kw) -> F.IndicatorSpec:
    base = {
        "aggregation": "annual_sum",
        "baseline_year": 2022,
        "start_year": 2023,
        "end_year": 2026,
    }
    base.update(kw)
    return F.IndicatorSpec(**base)


# revenue per year: 300 in the baseline year, 340 planned for 2024, 400 for the last year
REVENUE = spec(baseline=300.0, final_target=400.0)
REVENUE_TARGETS = vals(y2023=320.0, y2024=340.0)


def test_annual_sum_is_its_own_kind_whose_periods_are_amounts():
    assert F.indicator_kind("annual_sum") == F.ANNUAL_SUM == "annual_sum"
    assert REVENUE.kind == "annual_sum"
    assert F.is_amount("annual_sum") and F.is_amount("cumulative")
    assert not F.is_amount("level")


def test_the_year_is_the_sum_of_its_halves_and_the_year_to_date_restarts_in_january():
    v = vals(y2023_H1=140.0, y2023_H2=180.0, y2024_H1=150.0, y2024_H2=200.0)
    assert F.year_value(v, 2024, "annual_sum") == pytest.approx(350.0)
    assert F.year_to_date(v, P("2024-H1")) == pytest.approx(150.0)  # not 470
    assert F.year_to_date(v, P("2024-H2")) == pytest.approx(350.0)
    assert F.year_to_date(v, P("2024")) == pytest.approx(350.0)
    assert F.year_to_date(v, P("2025-H1")) is None


def test_quarters_add_up_within_the_year():
    v = vals(y2024_Q1=90.0, y2024_Q2=110.0, y2024_Q3=100.0, y2025_Q1=70.0)
    assert F.year_to_date(v, P("2024-Q3")) == pytest.approx(300.0)
    assert F.year_value(v, 2024, "annual_sum") == pytest.approx(300.0)
    assert F.year_to_date(v, P("2025-Q1")) == pytest.approx(70.0)
    t = vals(y2024=400.0)
    s = spec()
    q3 = F.period_target(t, P("2024-Q3"), s)
    assert q3.value == pytest.approx(300.0) and q3.interpolated  # a quarter each
    assert F.period_amount(t, P("2024-Q2"), s).value == pytest.approx(100.0)
    assert F.period_target(t, P("2024-Q4"), s) == F.Target(400.0)
    r = F.evaluate(s, t, v, P("2024-Q3"))
    assert (r.period_value, r.actual, r.target) == (100.0, 300.0, 300.0)
    assert r.progress == pytest.approx(1.0)  # no baseline: the plain ratio


def test_targets_are_per_year_not_a_running_total():
    year = F.period_target(REVENUE_TARGETS, P("2024"), REVENUE)
    assert year == F.Target(340.0)  # not 320 + 340
    assert F.period_target(REVENUE_TARGETS, P("2024-H2"), REVENUE) == F.Target(340.0)
    half = F.period_target(REVENUE_TARGETS, P("2024-H1"), REVENUE)
    assert half.value == pytest.approx(170.0) and half.interpolated
    # a year without its own target: linear between the known yearly amounts
    y2025 = F.period_target(REVENUE_TARGETS, P("2025"), REVENUE)
    assert y2025.value == pytest.approx(370.0) and y2025.interpolated
    # the final target is the last year's amount as written
    assert F.period_target(REVENUE_TARGETS, P("2026"), REVENUE) == F.Target(400.0)


def test_an_entered_half_year_target_is_kept_and_the_other_half_is_the_rest():
    t = vals(y2024=340.0, y2024_H1=100.0)
    assert F.period_target(t, P("2024-H1"), REVENUE) == F.Target(100.0)
    assert F.period_amount(t, P("2024-H2"), REVENUE) == F.Target(240.0)
    assert F.period_target(t, P("2024-H2"), REVENUE) == F.Target(340.0)
    both = vals(y2024_H1=100.0, y2024_H2=260.0)
    assert F.period_target(both, P("2024"), REVENUE) == F.Target(360.0)


def test_progress_measures_the_year_to_date_from_the_baseline_share():
    v = vals(y2024_H1=160.0, y2024_H2=200.0)
    h1 = F.evaluate(REVENUE, REVENUE_TARGETS, v, P("2024-H1"))
    # half the baseline year's 300 (150) to half the year's target (170): 160 is half-way
    assert h1.actual == 160.0 and h1.target == pytest.approx(170.0)
    assert h1.target_interpolated
    assert h1.progress == pytest.approx(0.5)
    assert h1.status == "off_track"
    h2 = F.evaluate(REVENUE, REVENUE_TARGETS, v, P("2024-H2"))
    assert (h2.period_value, h2.actual, h2.target) == (200.0, 360.0, 340.0)
    assert h2.progress == pytest.approx(1.5)  # shown as it is …
    assert h2.status == "on_track"
    assert F.rollup([(h2.progress, 1.0), (0.5, 1.0)]) == pytest.approx(0.75)  # … counted as 100 %
    year = F.evaluate(REVENUE, REVENUE_TARGETS, v, P("2024"))
    assert year.actual == 360.0 and year.progress == pytest.approx(1.5)


def test_a_year_far_below_the_baseline_is_negative_and_counts_as_nothing():
    v = vals(y2024_H1=100.0, y2024_H2=100.0)
    r = F.evaluate(REVENUE, REVENUE_TARGETS, v, P("2024-H2"))
    assert r.progress == pytest.approx((200.0 - 300.0) / (340.0 - 300.0))
    assert F.contribution(r.progress) == 0.0
    assert r.status == "off_track"


def test_decrease_accidents_per_year():
    s = spec(direction="decrease", baseline=40.0)
    t = vals(y2024=30.0)
    good = F.evaluate(s, t, vals(y2024_H1=14.0, y2024_H2=12.0), P("2024-H2"))
    assert good.actual == 26.0
    assert good.progress == pytest.approx((26.0 - 40.0) / (30.0 - 40.0))
    assert good.ratio == pytest.approx(30.0 / 26.0)
    assert good.status == "on_track"
    bad = F.evaluate(s, t, vals(y2024_H1=18.0, y2024_H2=20.0), P("2024-H2"))
    assert bad.progress == pytest.approx(0.2)
    assert bad.status == "off_track"
    h1 = F.evaluate(s, t, vals(y2024_H1=17.5), P("2024-H1"))
    # half of 40 (20) to half of 30 (15): 17,5 is half-way
    assert h1.progress == pytest.approx(0.5)


def test_a_target_that_contradicts_the_direction_is_measured_by_the_plain_ratio():
    t = vals(y2024=250.0)  # below the baseline 300 "to increase"
    r = F.evaluate(REVENUE, t, vals(y2024_H1=120.0, y2024_H2=130.0), P("2024-H2"))
    assert r.progress == pytest.approx(1.0)
    assert r.ratio == pytest.approx(1.0)


def test_a_missing_half_has_no_data_and_the_year_counts_what_was_entered():
    v = vals(y2024_H2=200.0)
    h1 = F.evaluate(REVENUE, REVENUE_TARGETS, v, P("2024-H1"))
    assert h1.period_value is None and h1.actual is None and h1.progress is None
    assert h1.status == "no_data"
    h2 = F.evaluate(REVENUE, REVENUE_TARGETS, v, P("2024-H2"))
    assert h2.actual == 200.0
    assert F.year_value(v, 2024, "annual_sum") == 200.0
    assert F.progress_at(REVENUE, REVENUE_TARGETS, v, P("2024-H2")) == h2.progress


def test_a_held_value_holds_its_year_only():
    kind = F.ANNUAL_SUM
    assert F.counts_into(kind, P("2024-H2"), P("2024-H1"))
    assert F.counts_into(kind, P("2024"), P("2024-H2"))
    assert not F.counts_into(kind, P("2025-H1"), P("2024-H1"))
    assert not F.counts_into(kind, P("2024-H1"), P("2024-H2"))
    assert F.counts_into(F.CUMULATIVE, P("2025-H1"), P("2024-H1"))
    assert not F.counts_into(F.LEVEL, P("2024-H2"), P("2024-H1"))


# -- through the status service ----------------------------------------------------------


@pytest.fixture
def revenue(db):
    pid = f.make_program(db, code="AS")
    iid = f.add_indicator(
        db,
        pid,
        code="R",
        unit="млн сом",
        aggregation="annual_sum",
        baseline=300.0,
        targets={"2023": 320.0, "2024": 340.0},
        final=400.0,
    )
    for period, value in (("2023-H1", 150.0), ("2023-H2", 170.0), ("2024-H1", 160.0)):
        f.add_actual(db, iid, period, value)
    return pid, iid


def test_status_reports_the_year_to_date_and_the_kind(db, revenue):
    pid, iid = revenue
    f.add_actual(db, iid, "2024-H2", 200.0)
    rows = {r.code: r for r in st.program_status(db, pid, "2024-H2").indicators}
    r = rows["R"]
    assert r.kind == "annual_sum" and r.aggregation == "annual_sum"
    assert (r.period_value, r.actual, r.target) == (200.0, 360.0, 340.0)
    assert r.progress == pytest.approx(1.5) and r.status == "on_track"
    h1 = {r.code: r for r in st.program_status(db, pid, "2024-H1").indicators}["R"]
    assert h1.actual == 160.0 and h1.target == pytest.approx(170.0)
    assert h1.target_interpolated
    ps = st.program_status(db, pid, "2024-H2")
    assert ps.program_progress == pytest.approx(1.0)  # clamped in the roll-up
    series = st.indicator_series(db, iid)
    by_period = {p.period: p for p in series.points}
    assert series.kind == "annual_sum"
    assert by_period["2024-H2"].actual == 360.0
    assert by_period["2023-H2"].actual == 320.0


def test_a_slip_is_held_for_the_rest_of_its_year_only(db, revenue):
    pid, iid = revenue
    f.add_actual(db, iid, "2024-H2", 200000.0)  # ×1000
    f.add_actual(db, iid, "2025-H1", 180.0)
    h2 = {r.code: r for r in st.program_status(db, pid, "2024-H2").indicators}["R"]
    assert h2.status == "needs_review"
    assert st.program_status(db, pid, "2024-H2").program_progress is None
    after = {r.code: r for r in st.program_status(db, pid, "2025-H1").indicators}["R"]
    assert after.status != "needs_review"
    assert after.actual == 180.0


def test_the_report_table_says_the_figures_are_the_year_so_far(db, revenue):
    from meapp.services.reports import sections
    from meapp.services.reports.data import gather
    from meapp.services.reports.texts import Texts

    pid, iid = revenue
    data = gather(db, pid, "2024-H1")
    flowables = sections.indicator_table(data, Texts(None, "en"), 700)
    note = flowables[0].getPlainText()
    assert "Summed within the year (R Indicator R)" in note
    assert "from January" in note
