"""Data entry (actuals, measure progress), warnings, evaluation and target revisions."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from meapp.errors import (
    ConcurrentEdit,
    NotFound,
    PeriodLocked,
    PermissionDenied,
    ValidationError,
)
from meapp.models import Actual, AuditEvent, MeasureProgress, MeasureSpending
from meapp.models.periods import Period
from meapp.services.evaluation import narrative as evaluation
from meapp.services.monitoring import entry as monitoring
from meapp.services.monitoring import status, validation
from tests.unit import factories as f


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.editor = f.add_user(db, "editor", "editor")
    ns.chair = f.add_user(db, "chair", "evaluator")
    ns.mayor = f.add_user(db, "mayor", "viewer")
    return ns


def snapshot(db):
    """Everything monitoring writes, to prove a refusal changed nothing."""
    with db.session() as s:
        return (
            sorted(
                (str(a.indicator_id), a.period, a.value, a.comment, a.version)
                for a in s.scalars(select(Actual))
            ),
            sorted(
                (str(m.measure_id), m.period, m.status, m.percent_complete, m.version)
                for m in s.scalars(select(MeasureProgress))
            ),
            sorted(
                (str(x.progress_id), x.source, x.amount) for x in s.scalars(select(MeasureSpending))
            ),
            s.scalar(select(func.count()).select_from(AuditEvent)),
        )


# -- actuals -----------------------------------------------------------------------------


def test_entering_an_actual_returns_the_recomputed_row(db, prog):
    row = monitoring.set_actual(db, prog.editor, prog.school, "2024-H2", "78", "survey")
    assert row.actual == 78.0 and row.comment == "survey"
    assert row.progress == pytest.approx(0.9) and row.status == "on_track"
    assert row.version == 1
    again = monitoring.set_actual(
        db, prog.editor, prog.school, "2024-H2", 75.0, expected_version=row.version
    )
    assert again.actual == 75.0 and again.comment == "survey"  # None keeps the comment
    assert again.status == "at_risk" and again.version == 2


def test_values_are_typed_the_kyrgyz_way(db, prog):
    row = monitoring.set_actual(db, prog.editor, prog.revenue, "2024-H1", "1 234,5")
    assert row.actual == 1234.5


def test_the_grid_and_the_status_agree(db, prog):
    row = monitoring.set_actual(db, prog.editor, prog.roads, "2023-H1", 1.0)
    ps = status.program_status(db, prog.program_id, "2023-H1")
    same = next(r for r in ps.indicators if r.code == "1")
    assert (row.actual, row.target, row.progress, row.status, row.target_interpolated) == (
        same.actual,
        same.target,
        same.progress,
        same.status,
        same.target_interpolated,
    )


def test_clearing_a_value_removes_the_actual(db, prog):
    monitoring.set_actual(db, prog.editor, prog.school, "2024-H2", 78.0)
    row = monitoring.set_actual(db, prog.editor, prog.school, "2024-H2", None)
    assert row.actual is None and row.status == "no_data" and row.version == 0


def test_every_change_is_audited_with_before_and_after(db, prog):
    monitoring.set_actual(db, prog.editor, prog.school, "2024-H2", 78.0)
    monitoring.set_actual(db, prog.editor, prog.school, "2024-H2", 79.0)
    monitoring.set_actual(db, prog.editor, prog.school, "2024-H2", 79.0)  # no change: no event
    history = monitoring.actual_history(db, prog.school, "2024-H2")
    assert [h.action for h in history] == ["create", "update"]
    assert history[1].before["value"] == 78.0 and history[1].after["value"] == 79.0
    assert history[1].user == "editor"


def test_a_viewer_cannot_enter_data(db, prog):
    before = snapshot(db)
    with pytest.raises(PermissionDenied):
        monitoring.set_actual(db, prog.mayor, prog.school, "2024-H2", 78.0)
    assert snapshot(db) == before


def test_an_approved_period_refuses_actuals_and_changes_nothing(db, prog):
    monitoring.set_actual(db, prog.editor, prog.school, "2024-H1", 72.0)
    f.set_round(db, prog.program_id, "2024-H1", "approved")
    before = snapshot(db)
    with pytest.raises(PeriodLocked) as exc:
        monitoring.set_actual(db, prog.editor, prog.school, "2024-H1", 99.0)
    assert "approved" in exc.value.text()
    with pytest.raises(PeriodLocked):
        monitoring.set_actual(db, prog.editor, prog.roads, "2024-H1", 1.0)
    assert snapshot(db) == before


def test_a_stale_version_is_refused_as_changed_by_someone_else(db, prog):
    seen = monitoring.set_actual(db, prog.editor, prog.school, "2024-H2", 78.0)
    monitoring.set_actual(
        db, prog.chair, prog.school, "2024-H2", 80.0, expected_version=seen.version
    )
    before = snapshot(db)
    with pytest.raises(ConcurrentEdit) as exc:
        monitoring.set_actual(
            db, prog.editor, prog.school, "2024-H2", 75.0, expected_version=seen.version
        )
    assert "changed by someone else" in exc.value.text()
    assert snapshot(db) == before
    # a row created meanwhile by someone else is caught too
    with pytest.raises(ConcurrentEdit):
        monitoring.set_actual(db, prog.editor, prog.losses, "2024-H2", 30.0, expected_version=1)


@pytest.mark.parametrize(
    ("period", "value", "error"),
    [
        ("2024-H3", 1.0, ValidationError),
        ("2030-H1", 1.0, ValidationError),
        ("2024", 1.0, ValidationError),  # a half-year programme takes half-years
        ("2024-H1", "12 км", ValidationError),
        ("2024-H1", "nan", ValidationError),
    ],
)
def test_bad_input_is_refused(db, prog, period, value, error):
    before = snapshot(db)
    with pytest.raises(error):
        monitoring.set_actual(db, prog.editor, prog.roads, period, value)
    assert snapshot(db) == before


def test_an_unknown_indicator_is_not_found(db, prog):
    with pytest.raises(NotFound):
        monitoring.set_actual(
            db, prog.editor, "00000000-0000-0000-0000-000000000001", "2024-H1", 1.0
        )
    with pytest.raises(NotFound):
        monitoring.set_actual(db, prog.editor, "not-an-id", "2024-H1", 1.0)


def test_a_suspicious_value_is_kept_and_warned_about(db, prog):
    monitoring.set_actual(db, prog.editor, prog.revenue, "2024-H1", 1300.0)
    row = monitoring.set_actual(db, prog.editor, prog.revenue, "2024-H2", 1_350_000.0)
    assert row.actual == 1_350_000.0  # never changed silently
    assert any("did you mean thousand som" in w.message for w in row.warnings)
    pct = monitoring.set_actual(db, prog.editor, prog.school, "2024-H2", 120.0)
    assert any(w.message.startswith("a percentage") for w in pct.warnings)
    assert pct.actual == 120.0


# -- measures ----------------------------------------------------------------------------


def test_entering_measure_progress_and_spending(db, prog):
    row = monitoring.set_measure_progress(
        db,
        prog.editor,
        prog.m1,
        "2024-H1",
        "in_progress",
        "40",
        {"local_budget": "300", "donor": 1000},
        "works started",
    )
    assert row.status == "in_progress" and row.percent == 40.0 and row.has_entry
    assert row.spent == {"local_budget": 300.0, "donor": 1000.0}
    assert row.comment == "works started"
    row2 = monitoring.set_measure_progress(
        db,
        prog.editor,
        prog.m1,
        "2024-H1",
        "done",
        100,
        {"local_budget": 350},
        expected_version=row.version,
    )
    assert row2.spent == {"local_budget": 350.0}  # the dict replaces the period's spending
    assert row2.version > row.version
    ps = status.program_status(db, prog.program_id, "2024-H1")
    assert ps.measures["done"] == 1
    assert {b.source: b.spent for b in ps.budget}["local_budget"] == 350.0


def test_measure_progress_refuses_bad_values(db, prog):
    before = snapshot(db)
    with pytest.raises(ValidationError):
        monitoring.set_measure_progress(db, prog.editor, prog.m1, "2024-H1", "finished", 10)
    with pytest.raises(ValidationError):
        monitoring.set_measure_progress(db, prog.editor, prog.m1, "2024-H1", "done", 140)
    with pytest.raises(ValidationError):
        monitoring.set_measure_progress(
            db, prog.editor, prog.m1, "2024-H1", "done", 100, {"bank": 5}
        )
    with pytest.raises(ValidationError):
        monitoring.set_measure_progress(
            db, prog.editor, prog.m1, "2024-H1", "done", 100, {"donor": -5}
        )
    with pytest.raises(NotFound):
        monitoring.set_measure_progress(db, prog.editor, prog.o1, "2024-H1", "done", 100)
    assert snapshot(db) == before


def test_measure_progress_in_an_approved_period_is_refused(db, prog):
    monitoring.set_measure_progress(
        db, prog.editor, prog.m1, "2024-H1", "in_progress", 40, {"local_budget": 300}
    )
    f.set_round(db, prog.program_id, "2024-H1", "approved")
    before = snapshot(db)
    with pytest.raises(PeriodLocked):
        monitoring.set_measure_progress(
            db, prog.editor, prog.m1, "2024-H1", "done", 100, {"local_budget": 999}
        )
    assert snapshot(db) == before


def test_a_stale_measure_row_is_refused(db, prog):
    seen = monitoring.set_measure_progress(db, prog.editor, prog.m1, "2024-H1", "in_progress", 40)
    monitoring.set_measure_progress(
        db, prog.chair, prog.m1, "2024-H1", None, 50, expected_version=seen.version
    )
    with pytest.raises(ConcurrentEdit):
        monitoring.set_measure_progress(
            db, prog.editor, prog.m1, "2024-H1", "done", 100, expected_version=seen.version
        )


def test_status_none_carries_the_earlier_status(db, prog):
    monitoring.set_measure_progress(db, prog.editor, prog.m3, "2023-H2", "delayed", 10)
    row = monitoring.set_measure_progress(db, prog.editor, prog.m3, "2024-H1", None, 20)
    assert row.status == "delayed" and row.has_entry


def test_measure_warnings_point_at_contradictions(db, prog):
    row = monitoring.set_measure_progress(
        db, prog.editor, prog.m2, "2024-H1", "in_progress", 50, {"local_budget": 600}
    )
    messages = [w.message for w in row.warnings]
    assert any(m.startswith("past its deadline") for m in messages)  # deadline 2023
    assert any(m.startswith("spent") for m in messages)  # 600 of 500 planned
    done = monitoring.set_measure_progress(db, prog.editor, prog.m1, "2024-H1", "done", 80)
    assert any(w.message.startswith("marked done") for w in done.warnings)


def test_measure_changes_are_audited_with_spending(db, prog):
    monitoring.set_measure_progress(
        db, prog.editor, prog.m1, "2024-H1", "in_progress", 40, {"local_budget": 300}
    )
    monitoring.set_measure_progress(
        db, prog.editor, prog.m1, "2024-H1", None, 40, {"local_budget": 320}
    )
    history = monitoring.measure_history(db, prog.m1, "2024-H1")
    assert [h.action for h in history] == ["create", "update"]
    assert history[1].before["spending"] == {"local_budget": 300.0}
    assert history[1].after["spending"] == {"local_budget": 320.0}


# -- validation (pure) -------------------------------------------------------------------


def test_outliers_against_the_previous_period():
    p = Period.parse("2024-H1")
    assert validation.outlier(1000.0, 900.0, p) is None
    up = validation.outlier(1_000_000.0, 1000.0, p)
    assert up is not None and "thousand som" in up.message and up.params["factor"] == "1\u00a0000"
    down = validation.outlier(2.0, 2000.0, p)
    assert down is not None and "less" in down.message
    assert validation.outlier(10.0, 2.0, p).message.startswith("{factor} times more")
    assert validation.outlier(5.0, 0.0, p) is None


def test_value_type_warnings():
    assert validation.value_warnings(105.0, value_type="percent")
    assert validation.value_warnings(0.5, value_type="milestone")
    assert validation.value_warnings(-3.0, value_type="number")
    assert validation.value_warnings(20_000_000.0, value_type="number", unit="миң сом")
    assert not validation.value_warnings(95.0, value_type="percent")
    assert not validation.value_warnings(1.0, value_type="milestone")


def test_parts_that_add_up_give_no_warning():
    assert validation.parts_warning(10.0, [("1.1", 4.0), ("1.2", 6.0)]) is None
    assert validation.parts_warning(10.0, [("1.1", 4.0), ("1.2", 5.0)]) is not None
    assert validation.parts_warning(10.0, [("1.1", 4.0), ("1.2", None)]) is None
    parts = validation.find_parts(
        [("a", "3.1", "km"), ("b", "3.1.1", "km"), ("c", "3.1.2", "km"), ("d", "3.1.3", "m2")]
    )
    assert parts == {"a": ["b", "c"]}


def test_plan_warnings_name_measures_without_executor_or_indicator(db, prog):
    orphan = f.add_item(
        db, prog.program_id, "measure", "2.2", "Orphan", parent=prog.d2, lead_executor="Someone"
    )
    found = {(w.code, w.problem.message) for w in validation.plan_warnings(db, prog.program_id)}
    assert ("2.1.1", "measure {code} has no responsible executor") in found
    assert ("2.2", "measure {code} has no indicator") in found
    assert ("1.1.1", "measure {code} has no indicator") not in found
    assert orphan


# -- evaluation and target revisions -----------------------------------------------------


def test_the_draft_lists_off_track_indicators_and_delayed_measures(db, prog):
    monitoring.set_actual(db, prog.editor, prog.losses, "2024-H2", 35.0)
    monitoring.set_actual(db, prog.editor, prog.school, "2024-H2", 78.0)
    monitoring.set_measure_progress(db, prog.editor, prog.m3, "2024-H2", "delayed", 5)
    draft = evaluation.draft_evaluation(db, prog.program_id, "2024-H2")
    assert "Water losses" in draft.weak_points
    assert "Renovate schools" in draft.weak_points
    assert "Pupils in good schools" not in draft.weak_points
    assert "Measures: 0 done" in draft.summary
    assert "Water losses" in draft.target_corrections
    # the draft is not saved; the chair's own text wins over it
    assert evaluation.get_evaluation(db, prog.program_id, "2024-H2").version == 0
    evaluation.save_evaluation(db, prog.chair, prog.program_id, "2024-H2", summary="Mine")
    assert evaluation.draft_evaluation(db, prog.program_id, "2024-H2").summary == "Mine"


def test_the_draft_is_translated_with_the_callers_translator(db, prog):
    monitoring.set_actual(db, prog.editor, prog.losses, "2024-H2", 35.0)
    seen = []

    def tr(ctx, text):
        seen.append(ctx)
        return text.upper() if text == "Indicators off track:" else text

    draft = evaluation.draft_evaluation(db, prog.program_id, "2024-H2", tr)
    assert "INDICATORS OFF TRACK:" in draft.weak_points
    # the draft's sentences, and the vocabulary's words for the statuses in them
    assert set(seen) == {"evaluation", "labels"}


def test_saving_the_evaluation_keeps_parts_not_given(db, prog):
    first = evaluation.save_evaluation(
        db, prog.chair, prog.program_id, "2024-H2", summary="S", weak_points="W"
    )
    second = evaluation.save_evaluation(
        db,
        prog.chair,
        prog.program_id,
        "2024-H2",
        recommendations="R",
        expected_version=first.version,
    )
    assert (second.summary, second.weak_points, second.recommendations) == ("S", "W", "R")
    with pytest.raises(ConcurrentEdit):
        evaluation.save_evaluation(
            db, prog.chair, prog.program_id, "2024-H2", summary="X", expected_version=first.version
        )
    with pytest.raises(PermissionDenied):
        evaluation.save_evaluation(db, prog.editor, prog.program_id, "2024-H2", summary="X")


def test_a_target_revision_changes_the_target_and_keeps_its_history(db, prog):
    monitoring.set_actual(db, prog.editor, prog.losses, "2024-H2", 35.0)
    rev = evaluation.revise_target(
        db,
        prog.chair,
        prog.losses,
        "2024",
        30.0,
        "the water utility's plan changed",
        "Council resolution 12/4",
    )
    assert (rev.old_target, rev.new_target) == (20.0, 30.0)
    assert rev.decision_ref == "Council resolution 12/4" and rev.revised_by == "chair"
    row = next(
        r for r in status.program_status(db, prog.program_id, "2024-H2").indicators if r.code == "3"
    )
    assert row.target == 30.0 and row.progress == pytest.approx(0.5)
    evaluation.revise_target(db, prog.chair, prog.losses, "final", 15.0, "long-term plan")
    history = evaluation.target_history(db, prog.losses)
    assert [(h.period, h.new_target) for h in history] == [("2024", 30.0), ("final", 15.0)]
    with db.session() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.entity == "indicator_target")).one()
    assert ev.reason == "the water utility's plan changed"
    assert json.loads(ev.before)["value"] == 20.0


def test_a_target_revision_needs_a_reason_and_an_open_period(db, prog):
    with pytest.raises(ValidationError):
        evaluation.revise_target(db, prog.chair, prog.losses, "2024", 30.0, "")
    f.set_round(db, prog.program_id, "2024-H1", "approved")
    with pytest.raises(PeriodLocked):
        evaluation.revise_target(db, prog.chair, prog.losses, "2024", 30.0, "a reason")
    assert evaluation.target_history(db, prog.losses) == []


def test_the_demo_refuses_changes_to_approved_periods_and_accepts_the_open_one(demo_db):
    from meapp.services.access import users
    from meapp.services.plan.programs import list_programs

    pid = list_programs(demo_db)[0].id
    editor = users.authenticate(demo_db, "editor", "demo", sleep=lambda _s: None)
    row = status.program_status(demo_db, pid, "2024-H2").indicators[0]
    before = snapshot(demo_db)
    with pytest.raises(PeriodLocked):
        monitoring.set_actual(demo_db, editor, row.indicator_id, "2024-H2", 1.0)
    assert snapshot(demo_db) == before
    fresh = monitoring.set_actual(demo_db, editor, row.indicator_id, "2025-H1", row.period_value)
    assert fresh.actual is not None and fresh.version >= 1
