"""The rulebook of PRODUCT.md §3, case by case (pure functions, no database)."""

from __future__ import annotations

import pytest

from meapp.models import formulas as F
from meapp.models.periods import Period

P = Period.parse


def vals(**kw) -> dict:
    """`vals(y2024_H1=1.0)` → {Period(2024-H1): 1.0}."""
    return {P(k[1:].replace("_", "-")): v for k, v in kw.items()}


def spec(**kw) -> F.IndicatorSpec:
    base = {"baseline_year": 2022, "start_year": 2023, "end_year": 2026}
    base.update(kw)
    return F.IndicatorSpec(**base)


# -- kinds and period values -------------------------------------------------------------


def test_sum_makes_an_indicator_cumulative_latest_and_average_make_levels():
    assert F.indicator_kind("sum") == "cumulative"
    assert F.indicator_kind("latest") == "level"
    assert F.indicator_kind("average") == "level"


def test_a_cumulative_year_is_the_sum_of_its_half_years():
    v = vals(y2024_H1=1.0, y2024_H2=1.5)
    assert F.year_value(v, 2024, "sum") == pytest.approx(2.5)


def test_a_latest_level_year_is_its_last_half_year_with_data():
    assert F.year_value(vals(y2024_H1=65.0, y2024_H2=68.0), 2024, "latest") == 68.0
    assert F.year_value(vals(y2024_H1=65.0), 2024, "latest") == 65.0


def test_an_average_level_year_is_the_mean_of_its_half_years():
    assert F.year_value(vals(y2024_H1=1100.0, y2024_H2=1300.0), 2024, "average") == 1200.0


def test_a_value_entered_for_the_year_itself_wins_over_its_half_years():
    v = vals(y2024=7.0, y2024_H1=1.0, y2024_H2=1.0)
    assert F.year_value(v, 2024, "sum") == 7.0


def test_a_half_year_combines_its_quarters():
    v = vals(y2024_Q1=1.0, y2024_Q2=2.0)
    assert F.period_value(v, P("2024-H1"), "sum") == 3.0
    assert F.period_value(v, P("2024-H1"), "latest") == 2.0


def test_no_values_give_no_period_value():
    assert F.period_value({}, P("2024-H1"), "sum") is None
    assert F.year_value(vals(y2023_H1=1.0), 2024, "latest") is None


def test_the_running_total_counts_from_the_first_year_after_the_baseline():
    v = vals(y2022_H2=9.0, y2023_H1=1.0, y2023_H2=1.5, y2024_H1=1.0, y2024_H2=4.0)
    assert F.cumulative_total(v, P("2023-H2"), 2023) == pytest.approx(2.5)
    assert F.cumulative_total(v, P("2024-H1"), 2023) == pytest.approx(3.5)
    assert F.cumulative_total(v, P("2024"), 2023) == pytest.approx(7.5)


def test_the_running_total_without_any_value_is_none():
    assert F.cumulative_total({}, P("2024-H1"), 2023) is None


# -- targets -----------------------------------------------------------------------------


def test_a_cumulative_half_year_target_is_half_the_year_and_marked_derived():
    t = vals(y2023=2.5, y2024=2.5)
    s = spec(aggregation="sum", baseline=0)
    assert F.period_amount(t, P("2024-H1"), s) == F.Target(1.25, True)
    # the total to date: 2023 in full plus half of 2024
    assert F.cumulative_target(t, P("2024-H1"), s) == F.Target(3.75, True)
    # at the end of a year the total is exactly the council's yearly figures
    assert F.cumulative_target(t, P("2024-H2"), s) == F.Target(5.0, False)


def test_a_half_year_target_entered_directly_is_used_as_it_is():
    t = vals(y2024=2.5, y2024_H1=2.0)
    s = spec(aggregation="sum", baseline=0)
    assert F.period_amount(t, P("2024-H1"), s) == F.Target(2.0, False)
    # the second half is what the year leaves
    assert F.period_amount(t, P("2024-H2"), s) == F.Target(0.5, False)


def test_without_yearly_targets_the_final_target_is_spread_over_the_years():
    s = spec(aggregation="sum", baseline=0, final_target=10.0)
    assert F.year_amount({}, 2025, s) == F.Target(2.5, True)
    assert F.cumulative_target({}, P("2024-H2"), s) == F.Target(5.0, True)


def test_a_missing_yearly_amount_leaves_the_cumulative_target_unknown():
    s = spec(aggregation="sum", baseline=0)
    assert F.cumulative_target(vals(y2024=2.5), P("2024-H2"), s).value is None


def test_a_level_half_year_target_lies_on_the_line_between_year_levels():
    t = vals(y2023=70.0, y2024=80.0)
    s = spec(baseline=60.0)
    # the first half of 2023: between the 2022 baseline (60) and the 2023 level (70)
    assert F.level_target(t, P("2023-H1"), s) == F.Target(65.0, True)
    assert F.level_target(t, P("2024-H1"), s) == F.Target(75.0, True)
    # the second half ends the year: it is the year's target, as the council wrote it
    assert F.level_target(t, P("2024-H2"), s) == F.Target(80.0, False)


def test_a_level_quarter_target_is_a_quarter_of_the_way():
    t = vals(y2023=70.0, y2024=80.0)
    assert F.level_target(t, P("2024-Q1"), spec(baseline=60.0)).value == pytest.approx(72.5)


def test_a_missing_year_level_is_interpolated_between_its_neighbours():
    t = vals(y2023=70.0, y2025=90.0)
    assert F.level_target(t, P("2024"), spec(baseline=60.0)) == F.Target(80.0, True)


def test_the_final_target_is_the_level_of_the_last_year():
    t = vals(y2023=70.0)
    s = spec(baseline=60.0, final_target=100.0)
    assert F.level_target(t, P("2026-H2"), s) == F.Target(100.0, False)
    assert F.level_target(t, P("2025-H2"), s) == F.Target(90.0, True)


def test_a_level_target_before_any_known_level_is_unknown():
    assert F.level_target(vals(y2024=80.0), P("2023-H1"), spec()).value is None


def test_a_decreasing_level_target_interpolates_downwards():
    t = vals(y2023=30.0, y2024=20.0)
    assert F.level_target(t, P("2023-H1"), spec(baseline=40.0, direction="decrease")) == (
        F.Target(35.0, True)
    )


# -- progress and ratio ------------------------------------------------------------------


def test_progress_is_relative_to_the_baseline():
    assert F.progress(75.0, 60.0, 80.0, "increase") == pytest.approx(0.75)


def test_progress_of_a_decreasing_indicator_counts_the_fall():
    assert F.progress(25.0, 40.0, 20.0, "decrease") == pytest.approx(0.75)
    # getting worse than the baseline is negative progress
    assert F.progress(45.0, 40.0, 20.0, "decrease") == pytest.approx(-0.25)


def test_overachievement_shows_above_one():
    assert F.progress(90.0, 60.0, 80.0, "increase") == pytest.approx(1.5)


@pytest.mark.parametrize(
    ("actual", "direction", "expected"),
    [
        (100.0, "increase", 1.0),
        (120.0, "increase", 1.0),
        (99.0, "increase", 0.0),
        (100.0, "decrease", 1.0),
        (80.0, "decrease", 1.0),
        (101.0, "decrease", 0.0),
    ],
)
def test_target_equal_to_baseline_is_met_when_the_actual_is_at_least_as_good(
    actual, direction, expected
):
    assert F.progress(actual, 100.0, 100.0, direction) == expected


def test_keeping_a_level_measures_how_close_the_actual_stayed():
    assert F.progress(95.0, 100.0, 100.0, "keep") == pytest.approx(0.95)
    assert F.progress(100.0, 100.0, 100.0, "keep") == 1.0


def test_progress_without_actual_or_target_is_none():
    assert F.progress(None, 60.0, 80.0, "increase") is None
    assert F.progress(70.0, 60.0, None, "increase") is None


def test_progress_without_a_baseline_falls_back_to_the_plain_ratio():
    assert F.progress(40.0, None, 50.0, "increase") == pytest.approx(0.8)
    assert F.progress(25.0, None, 20.0, "decrease") == pytest.approx(0.8)


def test_the_plain_ratio_follows_the_direction():
    assert F.ratio(75.0, 80.0, "increase") == pytest.approx(0.9375)
    assert F.ratio(25.0, 20.0, "decrease") == pytest.approx(0.8)
    assert F.ratio(110.0, 100.0, "keep") == pytest.approx(100 / 110)
    assert F.ratio(90.0, 100.0, "keep") == pytest.approx(0.9)


def test_the_ratio_never_divides_by_zero():
    assert F.ratio(5.0, 0.0, "increase") is None
    assert F.ratio(0.0, 5.0, "decrease") is None
    assert F.ratio(0.0, 0.0, "decrease") == 1.0
    assert F.ratio(None, 5.0, "increase") is None


# -- status ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1.2, "on_track"),
        (0.9, "on_track"),
        (0.8999, "at_risk"),
        (0.6, "at_risk"),
        (0.5999, "off_track"),
        (-0.3, "off_track"),
        (None, "no_data"),
    ],
)
def test_status_by_the_default_thresholds(value, expected):
    assert F.status_for(value) == expected


def test_status_follows_the_programme_thresholds():
    assert F.status_for(0.85, green=0.8, amber=0.5) == "on_track"
    assert F.status_for(0.55, green=0.8, amber=0.5) == "at_risk"


# -- one indicator for one period --------------------------------------------------------


def test_a_cumulative_indicator_compares_totals_to_date():
    s = spec(aggregation="sum", baseline=0.0)
    t = vals(y2023=2.5, y2024=2.5)
    v = vals(y2023_H1=1.0, y2023_H2=1.5, y2024_H1=1.0)
    r = F.evaluate(s, t, v, P("2024-H1"))
    assert r.period_value == 1.0
    assert r.actual == pytest.approx(3.5)
    assert r.target == pytest.approx(3.75)
    assert r.target_interpolated
    assert r.progress == pytest.approx(3.5 / 3.75)
    assert r.status == "on_track"


def test_a_cumulative_indicator_without_a_value_for_the_period_has_no_data():
    s = spec(aggregation="sum", baseline=0.0)
    r = F.evaluate(s, vals(y2023=2.5, y2024=2.5), vals(y2023_H1=1.0), P("2023-H2"))
    assert r.actual is None
    assert r.progress is None
    assert r.status == "no_data"
    # the target is still shown
    assert r.target == 2.5


def test_a_decreasing_cumulative_indicator_is_measured_against_the_baseline_pace():
    # 100 accidents a year before; the target is 80 a year; 90 happened in 2023
    s = spec(aggregation="sum", baseline=100.0, direction="decrease")
    r = F.evaluate(s, vals(y2023=80.0), vals(y2023_H1=45.0, y2023_H2=45.0), P("2023-H2"))
    assert r.actual == 90.0
    assert r.target == 80.0
    assert r.progress == pytest.approx(0.5)
    assert r.ratio == pytest.approx(80 / 90)
    assert r.status == "off_track"


def test_a_level_indicator_compares_the_level_of_the_period():
    s = spec(baseline=60.0)
    t = vals(y2023=70.0, y2024=80.0)
    r = F.evaluate(s, t, vals(y2023_H1=62.0, y2023_H2=68.0), P("2023-H2"))
    assert r.actual == 68.0
    assert r.target == 70.0
    assert not r.target_interpolated
    assert r.progress == pytest.approx(0.8)
    assert r.status == "at_risk"


def test_a_level_year_takes_its_last_half_and_an_average_year_its_mean():
    t = vals(y2023=1200.0)
    v = vals(y2023_H1=1100.0, y2023_H2=1300.0)
    latest = F.evaluate(spec(baseline=1000.0), t, v, P("2023"))
    average = F.evaluate(spec(baseline=1000.0, aggregation="average"), t, v, P("2023"))
    assert latest.actual == 1300.0
    assert latest.progress == pytest.approx(1.5)
    assert average.actual == 1200.0
    assert average.progress == pytest.approx(1.0)


def test_a_decreasing_level_on_the_way_down():
    s = spec(baseline=40.0, direction="decrease")
    r = F.evaluate(s, vals(y2023=30.0), vals(y2023_H1=36.0), P("2023-H1"))
    assert r.target == 35.0
    assert r.target_interpolated
    assert r.progress == pytest.approx(0.8)
    assert r.ratio == pytest.approx(35 / 36)


def test_a_milestone_reached_is_fully_on_track():
    s = spec(baseline=0.0, aggregation="latest")
    r = F.evaluate(s, vals(y2024=1.0), vals(y2024_H2=1.0), P("2024-H2"))
    assert r.progress == 1.0 and r.status == "on_track"


# -- roll-ups, measures, budget ----------------------------------------------------------


def test_the_rollup_caps_each_indicator_at_one_hundred_per_cent():
    assert F.rollup([(0.5, 1.0), (1.5, 1.0)]) == pytest.approx(0.75)


def test_the_rollup_weighs_and_leaves_out_missing_data():
    assert F.rollup([(1.0, 3.0), (0.0, 1.0), (None, 5.0), (0.2, 0.0)]) == pytest.approx(0.75)
    assert F.rollup([(None, 1.0)]) is None
    assert F.rollup([]) is None


def test_measures_are_counted_by_status_and_unreported_ones_are_not_started():
    counts = F.count_measures(["done", "in_progress", None, "delayed", "done"])
    assert counts == {"done": 2, "in_progress": 1, "not_started": 1, "delayed": 1, "cancelled": 0}


def test_budget_execution_and_deviation():
    assert F.execution(1000.0, 734.0) == pytest.approx(0.734)
    assert F.deviation(1000.0, 734.0) == pytest.approx(-266.0)
    assert F.execution(0.0, 50.0) is None
    assert F.deviation(0.0, 50.0) == 50.0


def test_latest_row_at_or_before_a_period():
    rows = {P("2023-H1"): "a", P("2023-H2"): "b", P("2024-H2"): "c"}
    assert F.latest_at_or_before(rows, P("2024-H1")) == P("2023-H2")
    assert F.latest_at_or_before(rows, P("2024")) == P("2024-H2")
    assert F.latest_at_or_before(rows, P("2022-H2")) is None
