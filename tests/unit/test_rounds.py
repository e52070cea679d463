"""Reporting rounds: submit → approve (locked) → reopen with a reason, and the lock itself."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from meapp.errors import PeriodLocked, PermissionDenied, ValidationError
from meapp.models import AuditEvent, ReportingRound
from meapp.services.evaluation import narrative as evaluation
from meapp.services.monitoring import locks, rounds
from tests.unit import factories as f


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.editor = f.add_user(db, "editor", "editor")
    ns.chair = f.add_user(db, "chair", "evaluator")
    ns.admin = f.add_user(db, "admin", "admin")
    ns.mayor = f.add_user(db, "mayor", "viewer")
    return ns


def test_the_round_goes_from_open_to_submitted_to_approved(db, prog):
    assert rounds.get_round(db, prog.program_id, "2024-H1").state == "open"
    r = rounds.submit(db, prog.editor, prog.program_id, "2024-H1", acknowledged=True)
    assert r.state == "submitted" and r.submitted_by == "editor"
    r = rounds.approve(db, prog.chair, prog.program_id, "2024-H1", acknowledged=True)
    assert r.state == "approved" and r.approved_by == "chair" and r.locked
    assert r.approved_at is not None


def test_only_a_submitted_round_can_be_approved(db, prog):
    with pytest.raises(ValidationError) as exc:
        rounds.approve(db, prog.chair, prog.program_id, "2024-H1", acknowledged=True)
    assert "only a submitted round" in exc.value.text()
    rounds.submit(db, prog.editor, prog.program_id, "2024-H1", acknowledged=True)
    with pytest.raises(ValidationError):
        rounds.submit(db, prog.editor, prog.program_id, "2024-H1", acknowledged=True)


def test_roles_decide_who_submits_approves_and_reopens(db, prog):
    with pytest.raises(PermissionDenied):
        rounds.submit(db, prog.mayor, prog.program_id, "2024-H1", acknowledged=True)
    rounds.submit(db, prog.editor, prog.program_id, "2024-H1", acknowledged=True)
    with pytest.raises(PermissionDenied):
        rounds.approve(db, prog.editor, prog.program_id, "2024-H1", acknowledged=True)
    rounds.approve(db, prog.chair, prog.program_id, "2024-H1", acknowledged=True)
    with pytest.raises(PermissionDenied):
        rounds.reopen(db, prog.chair, prog.program_id, "2024-H1", "typo")
    assert rounds.get_round(db, prog.program_id, "2024-H1").state == "approved"


def test_reopening_needs_a_reason_and_is_audited_with_it(db, prog):
    rounds.submit(db, prog.editor, prog.program_id, "2024-H1", acknowledged=True)
    rounds.approve(db, prog.chair, prog.program_id, "2024-H1", acknowledged=True)
    with pytest.raises(ValidationError):
        rounds.reopen(db, prog.admin, prog.program_id, "2024-H1", "  ")
    r = rounds.reopen(db, prog.admin, prog.program_id, "2024-H1", "a wrong figure for roads")
    assert r.state == "open" and r.approved_by is None
    with db.session() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "reopen")).one()
    assert ev.reason == "a wrong figure for roads"
    assert ev.user_login == "admin" and ev.period == "2024-H1"
    assert json.loads(ev.before)["state"] == "approved"
    assert json.loads(ev.after)["state"] == "open"


def test_reopening_an_open_round_is_refused(db, prog):
    with pytest.raises(ValidationError):
        rounds.reopen(db, prog.admin, prog.program_id, "2024-H1", "why not")


def test_every_step_is_audited(db, prog):
    rounds.submit(db, prog.editor, prog.program_id, "2024-H1", acknowledged=True)
    rounds.approve(db, prog.chair, prog.program_id, "2024-H1", acknowledged=True)
    with db.session() as s:
        actions = [
            e.action
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "reporting_round")
                .order_by(AuditEvent.seq)
            )
        ]
    assert actions == ["submit", "approve"]


def test_rounds_for_periods_outside_the_programme_are_refused(db, prog):
    with pytest.raises(ValidationError):
        rounds.submit(db, prog.editor, prog.program_id, "2030-H1", acknowledged=True)
    with pytest.raises(ValidationError):
        rounds.submit(db, prog.editor, prog.program_id, "2024-H3", acknowledged=True)


def test_ensure_period_open_refuses_an_approved_period_and_its_year(db, prog):
    f.set_round(db, prog.program_id, "2024-H1", "approved")
    f.set_round(db, prog.program_id, "2024-H2", "submitted")
    with db.session() as s:
        with pytest.raises(PeriodLocked) as exc:
            locks.ensure_period_open(s, prog.program_id, "2024-H1")
        assert "2024-H1" in exc.value.text()
        # the year that contains the approved half-year is locked too
        with pytest.raises(PeriodLocked):
            locks.ensure_period_open(s, prog.program_id, "2024")
        locks.ensure_period_open(s, prog.program_id, "2024-H2")  # submitted: still open
        locks.ensure_period_open(s, prog.program_id, "2023-H2")


def test_an_approved_year_locks_its_half_years(db, prog):
    f.set_round(db, prog.program_id, "2023", "approved")
    with db.session() as s, pytest.raises(PeriodLocked):
        locks.ensure_period_open(s, prog.program_id, "2023-H2")


def test_list_rounds_covers_every_programme_period(db, prog):
    f.set_round(db, prog.program_id, "2023-H2", "approved")
    listed = rounds.list_rounds(db, prog.program_id)
    assert [r.period for r in listed][:3] == ["2023-H1", "2023-H2", "2024-H1"]
    assert len(listed) == 8
    assert [r.state for r in listed][:2] == ["open", "approved"]


def test_the_evaluation_of_an_approved_period_cannot_change(db, prog):
    evaluation.save_evaluation(db, prog.chair, prog.program_id, "2024-H1", summary="Good")
    rounds.submit(db, prog.editor, prog.program_id, "2024-H1", acknowledged=True)
    rounds.approve(db, prog.chair, prog.program_id, "2024-H1", acknowledged=True)
    with pytest.raises(PeriodLocked):
        evaluation.save_evaluation(db, prog.chair, prog.program_id, "2024-H1", summary="Bad")
    assert evaluation.get_evaluation(db, prog.program_id, "2024-H1").summary == "Good"


def test_a_round_row_is_created_once(db, prog):
    rounds.submit(db, prog.editor, prog.program_id, "2024-H1", acknowledged=True)
    rounds.approve(db, prog.chair, prog.program_id, "2024-H1", acknowledged=True)
    rounds.reopen(db, prog.admin, prog.program_id, "2024-H1", "fix")
    rounds.submit(db, prog.editor, prog.program_id, "2024-H1", acknowledged=True)
    with db.session() as s:
        rows = s.scalars(select(ReportingRound)).all()
    assert len(rows) == 1 and rows[0].state == "submitted"


def test_the_annual_evaluation_is_written_after_the_half_years_are_approved(db, prog):
    f.set_round(db, prog.program_id, "2024-H1", "approved")
    f.set_round(db, prog.program_id, "2024-H2", "approved")
    saved = evaluation.save_evaluation(db, prog.chair, prog.program_id, "2024", summary="Year")
    assert saved.summary == "Year"
