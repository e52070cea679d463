"""The quality gate of a round (issue 19): what is open in a period, the refusal to submit or
approve without an acknowledgement, the acknowledgement kept in the audit trail, and the
report's data-quality note."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from sqlalchemy import select

from meapp.models import AuditEvent
from meapp.services.evaluation import narrative as evaluation
from meapp.services.monitoring import quality, rounds
from tests.unit import factories as f

PERIOD = "2024-H1"


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.editor = f.add_user(db, "editor", "editor")
    ns.chair = f.add_user(db, "chair", "evaluator")
    ns.admin = f.add_user(db, "admin", "admin")
    return ns


def kinds(items) -> list[tuple[str, str | None]]:
    return [(i.kind, i.subject_code) for i in items]


def round_events(db) -> list[AuditEvent]:
    with db.session() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "reporting_round")
                .order_by(AuditEvent.seq)
            )
        )


# -- what is open -----------------------------------------------------------------------------


def test_an_empty_period_lists_missing_values_overdue_measures_and_the_evaluation(db, prog):
    items = quality.needs_attention(db, prog.program_id, PERIOD)
    assert kinds(items) == [
        ("missing_value", "1"),
        ("missing_value", "2"),
        ("missing_value", "3"),
        ("missing_value", "4"),
        ("overdue_measure", "1.1.2"),  # due in 2023, never reported
        ("empty_evaluation", None),
    ]
    assert items[0].text() == "1 Roads repaired: no value for 2024-H1"
    assert items[4].text() == (
        "measure 1.1.2 Repair pavements: past its deadline (2023) and no status for 2024-H1"
    )
    assert items[5].text() == "the evaluation of 2024-H1 is not written"
    assert items[0].subject_id == str(prog.roads)


def test_the_group_is_not_asked_about_the_evaluation_when_it_submits(db, prog):
    items = quality.needs_attention(db, prog.program_id, PERIOD, action="submit")
    assert "empty_evaluation" not in {i.kind for i in items}


def test_values_a_status_and_an_evaluation_close_their_items(db, prog):
    for ind, value in ((prog.roads, 1.0), (prog.school, 72), (prog.losses, 35)):
        f.add_actual(db, ind, PERIOD, value)
    f.add_actual(db, prog.revenue, PERIOD, 1300)
    f.add_progress(db, prog.m2, "2023-H2", "done", 100)
    evaluation.save_evaluation(db, prog.chair, prog.program_id, PERIOD, summary="Good")
    assert quality.needs_attention(db, prog.program_id, PERIOD) == []


def test_a_value_held_for_review_is_open_until_an_evaluator_confirms_it(db, prog):
    from meapp.services.monitoring import review

    f.add_actual(db, prog.revenue, PERIOD, 734593.3)  # thousand som typed as som
    items = quality.needs_attention(db, prog.program_id, PERIOD)
    held = [i for i in items if i.subject_code == "4"]
    assert kinds(held) == [("needs_review", "4")]  # held, not "missing"
    assert held[0].detail == "734\u00a0593,3"
    assert held[0].text() == "4 Local revenue: the value 734\u00a0593,3 of 2024-H1 needs review"
    assert items[0] == held[0]  # what distorts the figures comes first
    review.confirm_value(db, prog.chair, prog.revenue, PERIOD, "the council's own figure")
    assert "4" not in {i.subject_code for i in quality.needs_attention(db, prog.program_id, PERIOD)}


def test_a_measure_is_overdue_only_once_its_deadline_year_has_ended(db, prog):
    def overdue(period):
        items = quality.needs_attention(db, prog.program_id, period)
        return [i.subject_code for i in items if i.kind == "overdue_measure"]

    assert overdue("2023-H1") == []  # due in 2023: not late in June
    assert overdue("2023-H2") == ["1.1.2"]
    # a delayed measure still reported in the period has a status: not an open item
    f.add_progress(db, prog.m2, "2024-H1", "delayed", 40)
    assert overdue("2024-H1") == []
    assert overdue("2024-H2") == ["1.1.2"]  # and next period it needs one again
    f.add_progress(db, prog.m2, "2024-H2", "cancelled")
    assert overdue("2025-H1") == []  # cancelled: nothing more to report


def test_a_target_against_the_direction_is_named_with_its_baseline(db, prog):
    f.add_indicator(
        db,
        prog.program_id,
        code="R",
        name="Budget revenue",
        unit="thousand som",
        baseline=322.4,
        targets={"2024": 285.9, "2025": 300.0},
    )
    items = [
        i for i in quality.needs_attention(db, prog.program_id, "2024-H2") if i.subject_code == "R"
    ]
    assert kinds(items) == [("contradicting_target", "R"), ("missing_value", "R")]
    assert items[0].detail == "322,4 → 285,9"
    assert "contradicts the direction" in items[0].text()
    # a target on the right side of the baseline is no item
    f.add_indicator(db, prog.program_id, code="S", baseline=10, targets={"2024": 12})
    codes = {i.subject_code for i in quality.needs_attention(db, prog.program_id, "2024-H2")}
    assert "S" in codes  # its value is missing …
    contradicting = {
        i.subject_code
        for i in quality.needs_attention(db, prog.program_id, "2024-H2")
        if i.kind == "contradicting_target"
    }
    assert contradicting == {"R"}  # … but its target is fine


# -- the gate --------------------------------------------------------------------------------


def test_submit_with_open_items_is_refused_naming_them_and_nothing_changes(db, prog):
    with pytest.raises(quality.OpenItems) as exc:
        rounds.submit(db, prog.editor, prog.program_id, PERIOD)
    refused = exc.value
    assert refused.period == PERIOD and refused.action == "submit"
    assert [i.kind for i in refused.items].count("missing_value") == 4
    texts = [p.text() for p in refused.problems]
    assert texts[0] == "2024-H1: open data-quality items not acknowledged: 5"
    assert "1 Roads repaired: no value for 2024-H1" in texts
    assert rounds.get_round(db, prog.program_id, PERIOD).state == "open"
    assert round_events(db) == []


def test_approval_with_open_items_is_refused_without_an_acknowledgement(db, prog):
    rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=True)
    with pytest.raises(quality.OpenItems) as exc:
        rounds.approve(db, prog.chair, prog.program_id, PERIOD)
    assert ("empty_evaluation", None) in kinds(exc.value.items)
    assert rounds.get_round(db, prog.program_id, PERIOD).state == "submitted"


def test_the_acknowledgement_is_kept_in_the_audit_event_of_the_round(db, prog):
    r = rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=True)
    assert r.state == "submitted" and len(r.acknowledged) == 5
    shown = quality.needs_attention(db, prog.program_id, PERIOD)
    r = rounds.approve(db, prog.chair, prog.program_id, PERIOD, acknowledged=shown)
    assert r.state == "approved" and r.acknowledged == tuple(shown)
    submit_event, approve_event = round_events(db)
    assert submit_event.user_login == "editor"
    assert approve_event.user_login == "chair"
    recorded = json.loads(approve_event.after)
    assert recorded["state"] == "approved"
    assert recorded["acknowledged"] == [i.as_json() for i in shown]
    assert recorded["acknowledged"][-1] == {
        "kind": "empty_evaluation",
        "subject_code": None,
        "subject_name": "",
        "period": PERIOD,
        "detail": "",
    }


def test_an_item_that_appeared_after_the_list_was_shown_is_not_acknowledged(db, prog):
    shown = quality.needs_attention(db, prog.program_id, PERIOD, action="submit")
    f.add_indicator(db, prog.program_id, code="R", baseline=322.4, targets={"2024": 285.9})
    with pytest.raises(quality.OpenItems) as exc:
        rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=shown)
    assert kinds(exc.value.items) == [("contradicting_target", "R"), ("missing_value", "R")]
    assert rounds.get_round(db, prog.program_id, PERIOD).state == "open"


def test_a_changed_value_is_a_new_item(db, prog):
    f.add_indicator(db, prog.program_id, code="R", baseline=322.4, targets={"2024": 285.9})
    shown = quality.needs_attention(db, prog.program_id, PERIOD, action="submit")
    with db.session() as s, s.begin():
        from meapp.models import IndicatorTarget

        target = s.scalars(select(IndicatorTarget).where(IndicatorTarget.value == 285.9)).one()
        target.value = 280.0
    with pytest.raises(quality.OpenItems) as exc:
        rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=shown)
    (was,) = [i for i in shown if i.kind == "contradicting_target"]
    (now,) = exc.value.items
    assert now.kind == "contradicting_target" and now.detail != was.detail


def test_a_period_with_nothing_open_needs_no_acknowledgement(db):
    pid = f.make_program(db, code="OK")
    ind = f.add_indicator(db, pid, code="1", baseline=0, targets={"2024": 10})
    f.add_actual(db, ind, PERIOD, 6)
    chair = f.add_user(db, "chair", "evaluator")
    evaluation.save_evaluation(db, chair, pid, PERIOD, summary="All there")
    assert quality.needs_attention(db, pid, PERIOD) == []
    rounds.submit(db, chair, pid, PERIOD)
    r = rounds.approve(db, chair, pid, PERIOD)
    assert r.state == "approved" and r.acknowledged == ()
    assert "acknowledged" not in json.loads(round_events(db)[-1].after)
    with db.session() as s:
        assert quality.acknowledgements(s, pid, [PERIOD]) == []


def test_acknowledgements_follow_the_approval_in_force(db, prog):
    rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=True)
    rounds.approve(db, prog.chair, prog.program_id, PERIOD, acknowledged=True)
    with db.session() as s:
        (ack,) = quality.acknowledgements(s, prog.program_id, [PERIOD, "2024-H2"])
    assert ack.action == "approve" and ack.user == "chair" and ack.period == PERIOD
    assert len(ack.items) == 6 and ack.at is not None
    rounds.reopen(db, prog.admin, prog.program_id, PERIOD, "a wrong figure")
    with db.session() as s:
        assert quality.acknowledgements(s, prog.program_id, [PERIOD]) == []


def test_reopening_passes_no_gate(db, prog):
    rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=True)
    r = rounds.reopen(db, prog.admin, prog.program_id, PERIOD, "more data came")
    assert r.state == "open" and r.acknowledged == ()


# -- the report's data-quality note ----------------------------------------------------------

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.replace("\u00a0", " ").split())


@needs_poppler
def test_the_report_prints_what_was_acknowledged_at_approval(db, prog, tmp_path):
    from meapp.services.reports.half_year import build_half_year

    rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=True)
    rounds.approve(db, prog.chair, prog.program_id, PERIOD, acknowledged=True)
    out = tmp_path / "r.pdf"
    build_half_year(db, prog.program_id, PERIOD, out, None, "en")
    text = _pdf_text(out)
    assert "Data-quality note" in text
    assert "acknowledged by Chair" in text  # the full name of the login
    assert "1 Roads repaired: no value for 2024-H1" in text
    assert "the evaluation of 2024-H1 is not written" in text


@needs_poppler
def test_a_report_without_acknowledged_items_has_no_note(db, prog, tmp_path):
    from meapp.services.reports.half_year import build_half_year

    out = tmp_path / "r.pdf"
    build_half_year(db, prog.program_id, PERIOD, out, None, "en")
    assert "Data-quality note" not in _pdf_text(out)


def test_the_annual_report_reads_what_its_half_years_acknowledged(db, prog):
    from meapp.models.periods import Period
    from meapp.services.reports.data import acknowledged_items

    rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=True)
    rounds.approve(db, prog.chair, prog.program_id, PERIOD, acknowledged=True)
    (ack,) = acknowledged_items(db, prog.program_id, Period.year_of(2024))
    assert ack.period == PERIOD and ack.by == "Chair" and len(ack.items) == 6
    assert acknowledged_items(db, prog.program_id, Period.year_of(2023)) == ()
