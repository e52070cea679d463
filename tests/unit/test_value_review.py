"""Issue 19: implausible values are held out of roll-ups as `needs_review` until confirmed.

On a Kara-Balta-shaped programme (tests/unit/council_tables.py): a ×1000 slip in the
sidewalks (1 200,8 km where 1,2 was meant), "1e9" square metres of irrigation, a negative
revenue, a percentage over 100, and numbers written past the parsers with a SQLite tool
(±1e308, 1e-320). None of them is ever "on track" or in a roll-up unconfirmed; an
evaluator's confirmation (audited, with a reason, refused in a locked period) makes a
plausible-but-surprising value count; a correction needs no confirmation.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import select

from meapp.errors import NotFound, PeriodLocked, PermissionDenied, ValidationError
from meapp.models import Actual, AuditEvent
from meapp.models.periods import Period
from meapp.services.monitoring import entry, review, validation
from meapp.services.monitoring import status as st
from tests.unit import council_tables as ct
from tests.unit import factories as f

H1 = Period.parse("2024-H1")


@pytest.fixture
def kb(db):
    ns = ct.kara_balta(db)
    ns.editor = f.add_user(db, "editor", "editor")
    ns.chair = f.add_user(db, "chair", "evaluator")
    return ns


def status(db, kb, period="2024-H1"):
    return st.program_status(db, kb.program_id, period)


def row(ps, code):
    return next(r for r in ps.indicators if r.code == code)


def without(db, kb, code, period="2024-H1"):
    """The programme's progress as it would be without one indicator's figure."""
    ps = status(db, kb, period)
    return st.F.rollup((st.counted_progress(r), r.weight) for r in ps.indicators if r.code != code)


# -- held --------------------------------------------------------------------------------


def test_a_x1000_slip_is_held_never_on_track_and_out_of_the_rollup(db, kb):
    ct.set_value(db, kb.sidewalks, "2024-H1", 1200.8)  # 1,2008 km typed in metres
    ps = status(db, kb)
    sidewalks = row(ps, "И-05")
    assert sidewalks.status == "needs_review"
    assert sidewalks.progress > 300  # shown as it is (was 48 032 % "on track")
    assert any(p.message == st.HELD for p in sidewalks.warnings)
    assert ps.program_progress == pytest.approx(without(db, kb, "И-05"))
    roads = next(r for r in ps.rollups if r.code == "3.2")
    assert roads.indicators == 1  # the asphalt alone
    assert ps.status_counts["needs_review"] == 1
    items = review.values_needing_review(db, kb.program_id, H1)
    assert [(i.indicator_code, str(i.period), i.value, i.reason_code) for i in items] == [
        ("И-05", "2024-H1", 1200.8, "magnitude")
    ]


def test_a_first_value_is_judged_against_the_target(db):
    pid = f.make_program(db, code="BI")
    walks = f.add_indicator(
        db, pid, code="5", unit="км", aggregation="sum", baseline=0.0, targets={"2024-H1": 2.5}
    )
    f.add_actual(db, walks, "2024-H1", 1200.8)  # 1 200,8 km against 2,5 km
    ps = st.program_status(db, pid, "2024-H1")
    assert row(ps, "5").status == "needs_review"
    assert ps.program_progress is None


def test_1e9_square_metres_is_held(db, kb):
    editor = kb.editor
    result = entry.set_actual(db, editor, kb.irrigation, "2024-H1", "1e9", expected_version=1)
    assert result.status == "needs_review"  # was 7 903 629 % "on schedule"
    ps = status(db, kb)
    assert ps.program_progress == pytest.approx(without(db, kb, "И-01"))


def test_a_running_total_stays_held_after_the_slip(db, kb):
    ct.set_value(db, kb.sidewalks, "2023-H2", 1300.0)
    later = row(status(db, kb, "2024-H1"), "И-05")
    assert later.status == "needs_review"
    # the correct value after the slip is judged against the last good one, not the slip
    assert [str(i.period) for i in review.values_needing_review(db, kb.program_id)] == ["2023-H2"]


@pytest.mark.parametrize(
    ("attr", "value", "reason"),
    [
        ("revenue", -5.0, "unit_range"),  # a negative sum of money
        ("preschool", 120.0, "unit_range"),  # a percentage over 100
        ("business_centre", 0.5, "unit_range"),  # a milestone is 0 or 1
        ("jobs", 17000.0, "magnitude"),  # ×100 the half-year before
    ],
)
def test_values_outside_what_the_unit_allows(db, kb, attr, value, reason):
    ct.set_value(db, getattr(kb, attr), "2024-H1", value)
    (item,) = review.values_needing_review(db, kb.program_id, H1)
    assert item.reason_code == reason
    assert row(status(db, kb), item.indicator_code).status == "needs_review"


def test_a_plausible_surprise_is_only_a_warning(db, kb):
    ct.set_value(db, kb.jobs, "2024-H1", 600.0)  # ×3,75: a warning, not held
    assert review.values_needing_review(db, kb.program_id) == []
    jobs = row(status(db, kb), "И-07")
    assert jobs.status == "on_track"
    assert jobs.warnings


# -- numbers the program cannot compute with ----------------------------------------------


def _raw_update(db, indicator_id, value) -> None:
    path = db.path
    con = sqlite3.connect(path)
    con.execute(
        "UPDATE actual SET value = ? WHERE indicator_id = ? AND period = '2024-H1'",
        (value, indicator_id.hex),
    )
    con.commit()
    con.close()


@pytest.mark.parametrize("value", [-1e308, 1e308, float("inf"), 1e16])
def test_stored_unrepresentable_values_are_held_and_never_computed_with(db, kb, value):
    if db.path is None:
        pytest.skip("writes the SQLite file directly")
    _raw_update(db, kb.revenue, value)
    ps = status(db, kb)
    revenue = row(ps, "И-06")
    assert revenue.status == "needs_review"
    assert revenue.progress is None and revenue.actual is None
    assert 0.0 <= ps.program_progress <= 1.0
    json.dumps(st.status_json(ps), allow_nan=False)
    (item,) = review.values_needing_review(db, kb.program_id, H1)
    assert item.reason_code == "unrepresentable"
    with pytest.raises(ValidationError):
        review.confirm_value(db, kb.chair, kb.revenue, H1, "it is right")
    st.all_programs_status(db)
    st.indicator_series(db, kb.revenue)


def test_a_tiny_value_is_held_and_its_warning_says_far_less():
    problem = validation.outlier(1e-320, 339.0, "2023-H2")
    assert problem is not None
    assert "inf" not in problem.message
    assert problem.message == "far less than in {period} ({previous})"
    # a subnormal is not representable (numbers.representable): held, never confirmed
    assert (
        validation.implausible(1e-320, value_type="number", references=(339.0,))
        == "unrepresentable"
    )
    assert validation.implausible(1e308, value_type="number") == "unrepresentable"
    assert validation.implausible(2.6, value_type="number", references=(None, 2.5)) is None


# -- confirming --------------------------------------------------------------------------


def test_confirming_makes_the_value_count_and_is_audited(db, kb):
    ct.set_value(db, kb.jobs, "2024-H1", 17000.0)  # a new factory: the chair checked it
    before = status(db, kb).program_progress
    review.confirm_value(db, kb.chair, kb.jobs, H1, "  the new factory hired 17 000  ")
    ps = status(db, kb)
    jobs = row(ps, "И-07")
    assert jobs.status == "on_track"
    assert review.values_needing_review(db, kb.program_id) == []
    assert ps.program_progress != before
    with db.session() as s:
        actual = s.scalar(
            select(Actual).where(Actual.indicator_id == kb.jobs, Actual.period == "2024-H1")
        )
        assert actual.review_confirmed and actual.review_by == "chair"
        assert actual.review_reason == "the new factory hired 17 000"
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == review.CONFIRM)).one()
        assert event.reason == "the new factory hired 17 000"
        assert event.entity == "actual" and event.period == "2024-H1"


def test_a_correction_voids_the_confirmation(db, kb):
    ct.set_value(db, kb.jobs, "2024-H1", 17000.0)
    review.confirm_value(db, kb.chair, kb.jobs, H1, "checked")
    ct.set_value(db, kb.jobs, "2024-H1", 170000.0)  # another slip: held again
    assert row(status(db, kb), "И-07").status == "needs_review"
    ct.set_value(db, kb.jobs, "2024-H1", 170.0)  # corrected: counts without a confirmation
    assert row(status(db, kb), "И-07").status == "on_track"


def _nothing_changed(db, kb) -> None:
    with db.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == review.CONFIRM)) is None
        assert s.scalar(select(Actual.review_value).where(Actual.indicator_id == kb.jobs)) is None


def test_confirming_is_refused_without_the_right_a_reason_or_a_held_value(db, kb):
    ct.set_value(db, kb.jobs, "2024-H1", 17000.0)
    with pytest.raises(PermissionDenied):
        review.confirm_value(db, kb.editor, kb.jobs, H1, "I typed it")
    with pytest.raises(ValidationError):
        review.confirm_value(db, kb.chair, kb.jobs, H1, "   ")
    with pytest.raises(ValidationError):
        review.confirm_value(db, kb.chair, kb.jobs, Period.parse("2023-H2"), "fine")  # not held
    with pytest.raises(ValidationError):
        review.confirm_value(db, kb.chair, kb.jobs, Period.parse("2024-H2"), "fine")  # no value
    with pytest.raises(NotFound):
        review.confirm_value(db, kb.chair, "no-such-id", H1, "fine")
    _nothing_changed(db, kb)


def test_confirming_is_refused_in_a_locked_period(db, kb):
    ct.set_value(db, kb.jobs, "2024-H1", 17000.0)
    f.set_round(db, kb.program_id, "2024-H1", "approved")
    with pytest.raises(PeriodLocked):
        review.confirm_value(db, kb.chair, kb.jobs, H1, "checked")
    _nothing_changed(db, kb)


def test_confirm_inside_the_callers_session(db, kb):
    ct.set_value(db, kb.jobs, "2024-H1", 17000.0)
    with db.session() as s, s.begin():
        assert len(review.values_needing_review(s, kb.program_id, H1)) == 1
        review.confirm_value(s, kb.chair, str(kb.jobs), "2024-H1", "checked")
    assert review.values_needing_review(db, kb.program_id) == []


def test_find_indicator_by_code(db, kb):
    assert review.find_indicator(db, kb.program_id, " и-07 ") == kb.jobs
    assert review.find_indicator(db, kb.program_id, str(kb.jobs)) == kb.jobs
    with pytest.raises(NotFound):
        review.find_indicator(db, kb.program_id, "И-99")
