"""Issue 19: every roll-up counts an indicator's progress clamped to [0, 100 %].

Built on a Kara-Balta-shaped programme (tests/unit/council_tables.py). One indicator far
below its baseline must not take the programme from on track to a few per cent (or below
zero); one far above its target must not carry the others. The indicator's own progress is
still shown as it is. A target on the wrong side of the baseline gives the plain ratio.
"""

from __future__ import annotations

import math

import pytest

from meapp.models import formulas as F
from meapp.services.dashboard import figures
from meapp.services.monitoring import entry
from meapp.services.monitoring import status as st
from tests.unit import council_tables as ct
from tests.unit import factories as f


@pytest.fixture
def kb(db):
    return ct.kara_balta(db)


def rows(ps):
    return {r.code: r for r in ps.indicators}


# -- the one clamp -----------------------------------------------------------------------


def test_contribution_clamps_to_zero_and_one():
    assert F.contribution(-6.4) == 0.0
    assert F.contribution(480.32) == 1.0
    assert F.contribution(0.37) == 0.37
    assert F.contribution(None) is None
    assert F.contribution(math.nan) is None


def test_rollup_of_eight_on_track_and_one_at_minus_640_percent():
    # before the clamp: (8 × 1,0 − 6,4) / 9 = 18 %, "off track"
    assert F.rollup([(1.0, 1.0)] * 8 + [(-6.4, 1.0)]) == pytest.approx(8 / 9)
    assert F.rollup([(0.5, 1.0), (480.0, 1.0)]) == pytest.approx(0.75)
    assert F.rollup([(-1e15, 1.0), (None, 1.0)]) == 0.0


# -- on the council's programme ----------------------------------------------------------


def test_revenue_at_minus_640_percent_is_shown_but_counts_as_nothing(db, kb):
    # 171,36 against a baseline of 322,4 and a target of 346: −640 % progress
    ct.set_value(db, kb.revenue, "2024-H1", 171.36)
    ps = st.program_status(db, kb.program_id, "2024-H1")
    revenue = rows(ps)["И-06"]
    assert revenue.progress == pytest.approx(-6.4)
    assert revenue.status == "off_track"
    others = [r.progress for r in ps.indicators if r.code != "И-06"]
    expected = sum(min(1.0, p) for p in others) / 9
    assert ps.program_progress == pytest.approx(expected)
    assert ps.program_progress > 0.85  # was 10 % "off track" before the clamp
    assert ps.program_status == "at_risk"  # one indicator of nine adds nothing
    business = next(r for r in ps.rollups if r.code == "2")
    assert 0.0 <= business.progress <= 1.0


def test_typing_minus_five_for_revenue_never_makes_the_programme_negative(db, kb):
    editor = f.add_user(db, "editor", "editor")
    row = entry.set_actual(db, editor, kb.revenue, "2024-H1", "-5", expected_version=1)
    assert row.status == "needs_review"  # a negative sum of money: held for review
    ps = st.program_status(db, kb.program_id, "2024-H1")
    assert 0.0 <= ps.program_progress <= 1.0
    assert ps.program_progress > 0.9
    assert st.status_json(ps)["program_progress"] >= 0.0


def test_far_above_the_target_counts_as_the_whole_target(db, kb):
    # 1 500 jobs against 175 planned for the half-year: plausible (×9), but a whole target
    ct.set_value(db, kb.jobs, "2024-H1", 1500.0)
    ps = st.program_status(db, kb.program_id, "2024-H1")
    jobs = rows(ps)["И-07"]
    assert jobs.progress > 3  # shown as it is
    assert ps.program_progress <= 1.0
    assert all(0.0 <= r.progress <= 1.0 for r in ps.rollups if r.progress is not None)


@pytest.mark.parametrize("value", [-1e15, -5.0, 0.0, 1e-9, 3.0, 1e6, 1e15])
def test_programme_and_every_rollup_stay_within_0_and_100_percent(db, kb, value):
    for indicator in kb.indicators:
        ct.set_value(db, indicator, "2024-H1", value)
    for period in ("2023-H2", "2024-H1", "2024", "2024-H2"):
        ps = st.program_status(db, kb.program_id, period)
        figures_ = [ps.program_progress, ps.previous_progress]
        figures_ += [r.progress for r in ps.rollups]
        for x in figures_:
            assert x is None or 0.0 <= x <= 1.0, (value, period, x)


def test_dashboard_directions_executors_and_municipalities_use_the_clamp(db, kb):
    ct.set_value(db, kb.revenue, "2024-H1", 171.36)
    o = figures.overview(db, kb.program_id, "2024-H1")
    assert all(0.0 <= d.progress <= 1.0 for d in o.directions if d.progress is not None)
    assert o.progress is not None and 0.0 <= o.progress <= 1.0
    for e in figures.executors(db, kb.program_id, "2024-H1"):
        assert e.indicator_progress is None or 0.0 <= e.indicator_progress <= 1.0
    for m in figures.municipalities(db, "2024-H1"):
        assert m.progress is None or 0.0 <= m.progress <= 1.0


# -- targets that contradict the direction -----------------------------------------------


def test_a_target_below_the_baseline_to_increase_gives_the_plain_ratio():
    # revenue to increase from 322,4 with an interim target of 285,9
    assert F.target_contradicts_direction("increase", 322.4, 285.9)
    assert F.progress(140.2, 322.4, 285.9, "increase") == pytest.approx(140.2 / 285.9)  # not 998 %
    assert F.status_for(F.progress(140.2, 322.4, 285.9, "increase")) == "off_track"
    assert F.progress(290.1, 322.4, 300.0, "increase") == pytest.approx(290.1 / 300.0)  # not 144 %


def test_a_target_above_the_baseline_to_decrease_gives_the_plain_ratio():
    assert F.target_contradicts_direction("decrease", 412.0, 430.0)
    assert F.progress(500.0, 412.0, 430.0, "decrease") == pytest.approx(430.0 / 500.0)


def test_a_target_on_the_right_side_keeps_the_baseline_relative_formula():
    assert F.progress(330.0, 322.4, 354.9, "increase") == pytest.approx(7.6 / 32.5)


def test_the_councils_contradicting_revenue_path_in_the_status(db):
    pid = f.make_program(db, code="JA")
    revenue = f.add_indicator(
        db,
        pid,
        code="1",
        unit="млн сом",
        baseline=322.4,
        targets={"2024-H1": 285.9, "2024-H2": 300.0},
    )
    f.add_actual(db, revenue, "2024-H1", 140.2)
    f.add_actual(db, revenue, "2024-H2", 290.1)
    first = rows(st.program_status(db, pid, "2024-H1"))["1"]
    assert first.progress == pytest.approx(140.2 / 285.9)
    assert first.status == "off_track"
    second = rows(st.program_status(db, pid, "2024-H2"))["1"]
    assert second.progress == pytest.approx(290.1 / 300.0)
    assert second.status == "on_track"
