"""Issue 19, the last findings of the quality gate.

1. The command line's acknowledgement is exact too: a refusal carries the fingerprint of the
   list it named; the fingerprint acknowledges that list only, and an item that appeared
   since refuses again. A bare `acknowledged=True` (`--accept-warnings`) keeps working and
   the audit event records the exact list it acknowledged, with its fingerprint.
2. An evaluator's confirmation of a value held for review binds to the value confirmed:
   corrected away and back, the value is held again (the grid's and import-actuals' path).
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from meapp.errors import ValidationError
from meapp.models import Actual, AuditEvent
from meapp.models.periods import Period
from meapp.services.monitoring import actuals_import, entry, quality, review, rounds
from meapp.services.monitoring import status as st
from tests.unit import council_tables as ct
from tests.unit import factories as f

PERIOD = "2024-H1"
H1 = Period.parse(PERIOD)


# -- 1. the exact acknowledgement ------------------------------------------------------------


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.editor = f.add_user(db, "editor", "editor")
    ns.chair = f.add_user(db, "chair", "evaluator")
    return ns


def round_events(db) -> list[AuditEvent]:
    with db.session() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "reporting_round")
                .order_by(AuditEvent.seq)
            )
        )


def refusal(db, prog, acknowledged=False) -> quality.OpenItems:
    with pytest.raises(quality.OpenItems) as exc:
        rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=acknowledged)
    return exc.value


def test_the_fingerprint_names_the_list_whatever_its_order(db, prog):
    items = quality.needs_attention(db, prog.program_id, PERIOD)
    fp = quality.fingerprint(items)
    assert len(fp) == quality.FINGERPRINT_DIGITS and int(fp, 16) >= 0
    assert quality.fingerprint(reversed(items)) == fp
    assert quality.fingerprint(items[:-1]) != fp
    changed = [*items[:-1], quality.QualityItem("missing_value", "9", "Other", PERIOD)]
    assert quality.fingerprint(changed) != fp


def test_a_refusal_carries_the_fingerprint_of_what_it_names(db, prog):
    refused = refusal(db, prog)
    assert refused.stale is None
    assert refused.fingerprint == quality.fingerprint(refused.items)
    shown = quality.needs_attention(db, prog.program_id, PERIOD, action="submit")
    assert refused.fingerprint == quality.fingerprint(shown)


def test_the_fingerprint_acknowledges_the_list_it_names(db, prog):
    fp = refusal(db, prog).fingerprint
    r = rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=f" {fp.upper()} ")
    assert r.state == "submitted" and len(r.acknowledged) == 5
    recorded = json.loads(round_events(db)[-1].after)
    assert recorded["acknowledged"] == [i.as_json() for i in r.acknowledged]
    assert recorded["acknowledged_fingerprint"] == fp
    assert recorded["acknowledged_how"] == quality.HOW_FINGERPRINT


def test_an_item_that_appeared_after_the_refusal_is_not_acknowledged_by_its_fingerprint(db, prog):
    fp = refusal(db, prog).fingerprint
    f.add_indicator(db, prog.program_id, code="R", baseline=322.4, targets={"2024": 285.9})
    again = refusal(db, prog, acknowledged=fp)
    assert again.stale == fp and again.fingerprint != fp
    assert ("contradicting_target", "R") in [(i.kind, i.subject_code) for i in again.items]
    assert len(again.items) == 7  # the whole list, under its new fingerprint
    assert rounds.get_round(db, prog.program_id, PERIOD).state == "open"
    assert round_events(db) == []
    # the new fingerprint, once seen, acknowledges the new list
    r = rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=again.fingerprint)
    assert r.state == "submitted" and len(r.acknowledged) == 7


def test_a_resolved_item_changes_the_list_too(db, prog):
    fp = refusal(db, prog).fingerprint
    f.add_actual(db, prog.roads, PERIOD, 1.0)
    assert refusal(db, prog, acknowledged=fp).stale == fp


def test_accept_warnings_keeps_working_and_records_the_exact_list(db, prog):
    fp = refusal(db, prog).fingerprint
    f.add_indicator(db, prog.program_id, code="R", baseline=322.4, targets={"2024": 285.9})
    r = rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=True)
    assert r.state == "submitted" and len(r.acknowledged) == 7
    recorded = json.loads(round_events(db)[-1].after)
    assert recorded["acknowledged"] == [i.as_json() for i in r.acknowledged]
    assert recorded["acknowledged_fingerprint"] == quality.fingerprint(r.acknowledged) != fp
    assert recorded["acknowledged_how"] == quality.HOW_ALL


def test_the_dialogs_list_is_recorded_as_shown(db, prog):
    shown = quality.needs_attention(db, prog.program_id, PERIOD, action="submit")
    rounds.submit(db, prog.editor, prog.program_id, PERIOD, acknowledged=shown)
    recorded = json.loads(round_events(db)[-1].after)
    assert recorded["acknowledged_how"] == quality.HOW_SHOWN
    assert recorded["acknowledged_fingerprint"] == quality.fingerprint(shown)


def test_the_acknowledgement_rule_is_one(db, prog):
    items = quality.needs_attention(db, prog.program_id, PERIOD)
    fp = quality.fingerprint(items)
    assert quality.unacknowledged(items, True) == []
    assert quality.unacknowledged(items, False) == items
    assert quality.unacknowledged(items, fp) == []
    assert quality.unacknowledged(items, "not-it") == items
    assert quality.unacknowledged(items, items[1:]) == items[:1]


# -- 2. a confirmation binds to the value confirmed ------------------------------------------


@pytest.fixture
def kb(db):
    ns = ct.kara_balta(db)
    ns.editor = f.add_user(db, "editor", "editor")
    ns.chair = f.add_user(db, "chair", "evaluator")
    return ns


def jobs_status(db, kb) -> str:
    ps = st.program_status(db, kb.program_id, PERIOD)
    return next(r for r in ps.indicators if r.code == "И-07").status


def stored_review(db, kb) -> tuple:
    with db.session() as s:
        a = s.scalars(
            select(Actual).where(Actual.indicator_id == kb.jobs, Actual.period == PERIOD)
        ).one()
        return a.review_value, a.review_by, a.review_at, a.review_reason


def confirmed_17000(db, kb) -> None:
    entry.set_actual(db, kb.editor, kb.jobs, PERIOD, "17 000")
    assert jobs_status(db, kb) == "needs_review"
    review.confirm_value(db, kb.chair, kb.jobs, H1, "the new factory hired 17 000")
    assert jobs_status(db, kb) == "on_track"


def test_a_value_corrected_away_and_back_in_the_grid_is_held_again(db, kb):
    confirmed_17000(db, kb)
    entry.set_actual(db, kb.editor, kb.jobs, PERIOD, "170")
    assert stored_review(db, kb) == (None, None, None, None)
    entry.set_actual(db, kb.editor, kb.jobs, PERIOD, "17 000")
    assert jobs_status(db, kb) == "needs_review"
    assert [i.indicator_code for i in review.values_needing_review(db, kb.program_id, H1)] == [
        "И-07"
    ]
    review.confirm_value(db, kb.chair, kb.jobs, H1, "checked again")
    assert jobs_status(db, kb) == "on_track"


def test_a_pasted_block_voids_the_confirmation_too(db, kb):
    confirmed_17000(db, kb)
    for value in ("170", "17000"):
        entry.set_actuals(
            db, kb.editor, kb.program_id, PERIOD, [entry.ActualChange(str(kb.jobs), value)]
        )
    assert jobs_status(db, kb) == "needs_review"


def test_a_new_comment_keeps_the_confirmation(db, kb):
    confirmed_17000(db, kb)
    entry.set_actual(db, kb.editor, kb.jobs, PERIOD, "17000", comment="order no. 12")
    assert jobs_status(db, kb) == "on_track"
    assert stored_review(db, kb)[1] == "chair"


def _import(db, kb, tmp_path, value: str) -> None:
    path = tmp_path / f"jobs-{value}.csv"
    path.write_text(f"indicator_id,period,value\n{kb.jobs},{PERIOD},{value}\n", encoding="utf-8")
    actuals_import.import_actuals(db, kb.editor, path, kb.program_id)


def test_import_actuals_away_and_back_holds_the_value_again(db, kb, tmp_path):
    confirmed_17000(db, kb)
    _import(db, kb, tmp_path, "17000")  # the same value: nothing changes
    assert jobs_status(db, kb) == "on_track"
    _import(db, kb, tmp_path, "170")
    assert stored_review(db, kb) == (None, None, None, None)
    _import(db, kb, tmp_path, "17000")
    assert jobs_status(db, kb) == "needs_review"


def test_the_void_is_in_the_audit_trail(db, kb):
    confirmed_17000(db, kb)
    entry.set_actual(db, kb.editor, kb.jobs, PERIOD, "170")
    with db.session() as s:
        event = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "actual", AuditEvent.action == "update")
            .order_by(AuditEvent.seq.desc())
        ).first()
    before, after = json.loads(event.before), json.loads(event.after)
    assert before["review_value"] == 17000 and before["review_by"] == "chair"
    assert after["review_value"] is None and after["review_by"] is None


def test_a_confirmation_of_a_value_never_typed_again_is_not_needed(db, kb):
    # confirming the corrected value is refused: it is not held (nothing to confirm)
    confirmed_17000(db, kb)
    entry.set_actual(db, kb.editor, kb.jobs, PERIOD, "170")
    with pytest.raises(ValidationError):
        review.confirm_value(db, kb.chair, kb.jobs, H1, "checked")


def test_an_exchange_package_carries_the_void_to_the_receiver(demo_db, db, tmp_path):
    """The sender confirms a value, the receiver takes it; the sender corrects the value
    away and back: its package brings the row without the confirmation, held again."""
    from meapp.models import Indicator, Program
    from meapp.services.access.users import Actor
    from meapp.services.exchange.export import export_package
    from meapp.services.exchange.import_ import import_package

    chair = Actor("chair", "evaluator", "Chair of the group")
    editor = Actor("editor", "editor", "Editor")
    period = "2025-H1"  # the demo's open round
    with demo_db.session() as s:
        pid = s.scalar(select(Program.id))
        iid = s.scalar(select(Indicator.id).where(Indicator.code == "И-01"))
        usual = s.scalar(
            select(Actual.value).where(Actual.indicator_id == iid, Actual.period == "2024-H2")
        )
    slip = usual * 1000

    def held(database) -> list[str]:
        return [str(i.period) for i in review.values_needing_review(database, pid)]

    entry.set_actual(demo_db, editor, iid, period, slip)
    assert held(demo_db) == [period]
    review.confirm_value(demo_db, chair, iid, period, "a one-off bulk purchase")
    whole = tmp_path / "whole.mepkg"
    export_package(demo_db, chair, pid, None, whole)
    import_package(db, Actor.system(), whole, accept_unsigned=True)
    assert held(db) == []  # the confirmation travelled with the row

    entry.set_actual(demo_db, editor, iid, period, usual)
    entry.set_actual(demo_db, editor, iid, period, slip)
    assert held(demo_db) == [period]
    later = tmp_path / "later.mepkg"
    export_package(demo_db, chair, pid, [period], later)
    import_package(db, Actor.system(), later, accept_unsigned=True)
    assert held(db) == [period]
