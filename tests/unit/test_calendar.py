"""The reporting calendar (issue 21): default deadlines by frequency, edited rules (stored only
as what changed, audited, refused to viewers), overdue on a given day, public checks due at
50 % and 100 %."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from meapp.errors import PermissionDenied, ValidationError
from meapp.models import AuditEvent, DeadlineSetting, PublicCheck
from meapp.services.access.users import Actor
from meapp.services.monitoring import calendar as cal
from tests.unit.factories import add_item, add_progress, add_user, make_program, set_round

ADMIN = Actor.system()


def _by(deadlines, kind, period=None, stage=None):
    found = [
        d
        for d in deadlines
        if d.kind == kind
        and (period is None or d.period == period)
        and (stage is None or d.stage == stage)
    ]
    assert len(found) == 1, (kind, period, stage, found)
    return found[0]


def _all(db, pid, today):
    with db.session() as s:
        return cal.deadlines(s, pid, today)


def test_half_year_programme_defaults(db):
    pid = make_program(db, start=2024, end=2025, frequency="half_year")
    ds = _all(db, pid, date(2024, 1, 1))
    kinds = {d.kind for d in ds}
    assert kinds == {"round", "group_info", "council_report"}  # no quarterly report, no checks
    assert [d.period for d in ds if d.kind == "round"] == [
        "2024-H1",
        "2024-H2",
        "2025-H1",
        "2025-H2",
    ]
    assert _by(ds, "round", "2024-H1").due == date(2024, 7, 30)  # 30 June + 30 days
    assert _by(ds, "group_info", "2024-H2").due == date(2025, 2, 14)  # 31 December + 45 days
    assert _by(ds, "council_report", "2024").due == date(2025, 3, 1)
    assert not any(d.overdue for d in ds)


def test_quarterly_programme_reports_to_the_mayor(db):
    pid = make_program(db, start=2025, end=2025, frequency="quarter")
    ds = _all(db, pid, date(2025, 1, 1))
    rounds = [d for d in ds if d.kind == "round"]
    assert [d.period for d in rounds] == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
    assert _by(ds, "round", "2025-Q1").due == date(2025, 4, 30)
    assert _by(ds, "mayor_report", "2025-Q3").due == date(2025, 11, 14)  # 30 Sep + 45
    assert [d.period for d in ds if d.kind == "group_info"] == ["2025-H1", "2025-H2"]
    assert _by(ds, "council_report", "2025").due == date(2026, 3, 1)
    rules = {r.kind: r for r in cal.rules(db, pid)}
    assert rules["mayor_report"].active and not rules["mayor_report"].edited


def test_overdue_follows_the_day_given_and_the_rounds(db):
    pid = make_program(db, start=2024, end=2024, frequency="half_year")
    set_round(db, pid, "2024-H1", "submitted")
    ds = _all(db, pid, date(2024, 8, 11))
    h1 = _by(ds, "round", "2024-H1")
    assert h1.done and not h1.overdue  # submitted closes the round
    group = _by(ds, "group_info", "2024-H1")  # due 14 August, not approved yet
    assert not group.done and not group.overdue and group.days_left == 3
    later = _all(db, pid, date(2024, 8, 26))
    group = _by(later, "group_info", "2024-H1")
    assert group.overdue and group.days_late == 12
    assert [d.kind for d in cal.overdue(later)] == ["group_info"]
    # H2 round: due 30 January 2025; on 12 February it is 13 days late
    feb = _all(db, pid, date(2025, 2, 12))
    assert _by(feb, "round", "2024-H2").days_late == 13
    assert _by(feb, "round", "2024-H2").as_json()["overdue"] is True


def test_the_council_report_is_met_when_the_whole_year_is_approved(db):
    pid = make_program(db, start=2024, end=2024, frequency="quarter")
    for q in ("2024-Q1", "2024-Q2", "2024-Q3"):
        set_round(db, pid, q, "approved")
    ds = _all(db, pid, date(2025, 3, 5))
    assert _by(ds, "group_info", "2024-H1").done  # Q1 and Q2 approved
    assert not _by(ds, "group_info", "2024-H2").done
    assert _by(ds, "council_report", "2024").overdue
    assert _by(ds, "mayor_report", "2024-Q3").done


def test_an_edited_deadline_is_stored_as_its_change_and_audited(db):
    pid = make_program(db, start=2024, end=2024, frequency="half_year")
    editor = add_user(db, "ed", "editor")
    rule = cal.set_rule(db, editor, pid, cal.RuleInput("round", True, days=10))
    assert rule.days == 10 and rule.changed == {"days"}
    assert _by(_all(db, pid, date(2024, 7, 11)), "round", "2024-H1").overdue  # due 10 July
    cal.set_rule(db, editor, pid, cal.RuleInput("council_report", True, due_month=2, due_day=30))
    council = _by(_all(db, pid, date(2025, 1, 1)), "council_report", "2024")
    assert council.due == date(2025, 2, 28)  # 30 February is the month's last day
    with db.session() as s:
        rows = {r.kind: r for r in s.scalars(select(DeadlineSetting))}
        assert rows["round"].days == 10 and rows["round"].active is None  # only the change
        events = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "deadline_setting")
            .order_by(AuditEvent.seq)
        ).all()
        assert [e.action for e in events] == ["create", "create"]
        assert events[0].user_login == "ed" and events[0].program_id == str(pid)
    cal.set_rule(db, editor, pid, cal.RuleInput("round", True, days=20))
    cal.reset(db, editor, pid, "round")  # back to the default: the row is emptied
    with db.session() as s:
        rows = {r.kind: r for r in s.scalars(select(DeadlineSetting))}
        assert (rows["round"].days, rows["round"].active) == (None, None)
        actions = s.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.entity == "deadline_setting")
            .order_by(AuditEvent.seq)
        ).all()
        assert actions == ["create", "create", "update", "update"]
    assert _by(_all(db, pid, date(2024, 1, 1)), "round", "2024-H1").due == date(2024, 7, 30)


def test_switching_a_kind_off_and_on(db):
    pid = make_program(db, start=2024, end=2024, frequency="half_year")
    cal.set_rule(db, ADMIN, pid, cal.RuleInput("mayor_report", True, days=20))
    ds = _all(db, pid, date(2024, 1, 1))
    assert _by(ds, "mayor_report", "2024-Q2").due == date(2024, 7, 20)
    cal.set_rule(db, ADMIN, pid, cal.RuleInput("group_info", False, days=45))
    assert not any(d.kind == "group_info" for d in _all(db, pid, date(2024, 1, 1)))


def test_viewers_may_not_edit_and_bad_values_change_nothing(db):
    pid = make_program(db, start=2024, end=2024)
    viewer = add_user(db, "mayor", "viewer")
    with pytest.raises(PermissionDenied):
        cal.set_rule(db, viewer, pid, cal.RuleInput("round", True, days=10))
    with pytest.raises(ValidationError) as err:
        cal.set_rule(db, ADMIN, pid, cal.RuleInput("round", True, days=400))
    assert "days" in err.value.text()
    with pytest.raises(ValidationError) as err:
        cal.set_rule(db, ADMIN, pid, cal.RuleInput("council_report", True, due_month=13, due_day=1))
    assert "due_month" in err.value.text()
    with pytest.raises(ValidationError):
        cal.set_rule(db, ADMIN, pid, cal.RuleInput("holiday", True, days=1))
    with db.session() as s:
        assert s.scalars(select(DeadlineSetting)).all() == []
        assert (
            s.scalars(select(AuditEvent).where(AuditEvent.entity == "deadline_setting")).all() == []
        )


def test_public_checks_fall_due_at_50_and_100_percent(db):
    pid = make_program(db, start=2024, end=2025, frequency="half_year")
    school = add_item(db, pid, "measure", "2.1", "Build a school", is_investment=True)
    add_item(db, pid, "measure", "2.2", "Train teachers")  # no investment: owes no checks
    add_progress(db, school, "2024-H1", "in_progress", 30)
    add_progress(db, school, "2024-H2", "in_progress", 60)
    add_progress(db, school, "2025-H1", "done", None)  # done without a percentage: 100 %
    ds = _all(db, pid, date(2025, 2, 10))
    checks = [d for d in ds if d.kind == "public_check"]
    assert {(d.measure_code, d.stage) for d in checks} == {("2.1", "50"), ("2.1", "100")}
    half = _by(ds, "public_check", stage="50")
    assert half.period == "2024-H2" and half.due == date(2025, 1, 30)
    assert half.overdue and half.days_late == 11
    full = _by(ds, "public_check", stage="100")
    assert full.period == "2025-H1" and full.due == date(2025, 7, 30) and not full.overdue
    with db.session() as s, s.begin():
        s.add(PublicCheck(measure_id=school, stage="50", check_date=date(2025, 2, 1)))
    assert _by(_all(db, pid, date(2025, 2, 10)), "public_check", stage="50").done


def test_many_programmes_load_together(db):
    a = make_program(db, code="A", start=2024, end=2024)
    b = make_program(db, code="B", start=2024, end=2024, frequency="quarter")
    set_round(db, a, "2024-H1", "approved")
    with db.session() as s:
        many = cal.deadlines_of_many(s, [a, b], date(2024, 9, 1))
        assert many[str(a)] == cal.deadlines(s, a, date(2024, 9, 1))
        assert len([d for d in many[str(b)] if d.kind == "round"]) == 4


def test_the_stored_status_text_gets_its_deadlines_as_json_dumps_would_print_them(db):
    """The one-programme answer from a stored text: byte for byte the parsed object's."""
    import json

    from meapp.services.dashboard import deadlines as late
    from meapp.services.dashboard.summary import single_text, status_text

    pid = make_program(db, start=2024, end=2024)
    data = {"program_id": str(pid), "period": "2024-H1", "budget": [{"source": "x"}]}
    [text] = late.add_to_texts(db, [status_text(data)], date(2024, 9, 1))
    expected = dict(data)
    expected["deadlines"] = [d.as_json() for d in _all(db, pid, date(2024, 9, 1))]
    assert expected["deadlines"][0]["overdue"] is True
    assert single_text(text) == json.dumps(expected, ensure_ascii=False, indent=2)
    assert text == status_text(expected)


def test_a_change_made_meanwhile_by_someone_else_is_not_overwritten(db):
    from meapp.errors import ConcurrentEdit

    pid = make_program(db, start=2024, end=2024)
    seen = {r.kind: r for r in cal.rules(db, pid)}  # what one editor's form shows
    cal.set_rule(db, ADMIN, pid, cal.RuleInput("round", True, days=15))  # another user
    with pytest.raises(ConcurrentEdit):
        cal.set_rules(db, ADMIN, pid, [cal.RuleInput("round", True, days=40)], seen=seen)
    assert {r.kind: r for r in cal.rules(db, pid)}["round"].days == 15
    # a kind nobody else touched is stored
    cal.set_rules(db, ADMIN, pid, [cal.RuleInput("group_info", True, days=50)], seen=seen)
    assert {r.kind: r for r in cal.rules(db, pid)}["group_info"].days == 50
