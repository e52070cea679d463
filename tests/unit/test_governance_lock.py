"""Hearings, their proposals and public checks lock with the approved period their date
falls in (by the programme's frequency), on every write path of the service."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from meapp.errors import PeriodLocked
from meapp.models import AuditEvent, Hearing, Proposal, PublicCheck, ReportingRound
from meapp.models.periods import Period
from meapp.services.governance import working_group as g
from meapp.services.monitoring import locks
from tests.unit import factories as f

LOCKED_DAY = date(2024, 3, 15)  # 2024-H1, approved below
OPEN_DAY = date(2024, 9, 20)  # 2024-H2, open


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.editor = f.add_user(db, "editor", "editor")
    return ns


def _approve(db, prog, period="2024-H1"):
    f.set_round(db, prog.program_id, period, "approved")


def _snapshot(db):
    """What a refused write must leave as it was."""
    with db.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (Hearing, Proposal, PublicCheck, AuditEvent)
        )


def _refused(db, call):
    before = _snapshot(db)
    with pytest.raises(PeriodLocked) as info:
        call()
    assert "approved and locked" in str(info.value.text())
    assert _snapshot(db) == before
    return info.value


@pytest.mark.parametrize(
    ("frequency", "day", "period"),
    [
        ("half_year", date(2024, 6, 30), "2024-H1"),
        ("half_year", date(2024, 7, 1), "2024-H2"),
        ("year", date(2024, 3, 1), "2024"),
        ("quarter", date(2024, 8, 5), "2024-Q3"),
    ],
)
def test_a_date_maps_to_the_programmes_period(frequency, day, period):
    assert locks.date_period(frequency, day) == Period.parse(period)


def test_a_hearing_in_an_approved_period_refuses_every_change(db, prog):
    h = g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput(held_on=LOCKED_DAY))
    p = g.add_proposal(db, prog.editor, h.id, "Light the park")
    assert not g.get_hearing(db, h.id).locked
    _approve(db, prog)
    shown = g.list_hearings(db, prog.program_id)[0]
    assert shown.locked and shown.locked_period == "2024-H1"
    ed = prog.editor
    err = _refused(
        db, lambda: g.add_hearing(db, ed, prog.program_id, g.HearingInput(held_on=LOCKED_DAY))
    )
    assert err.params["period"] == "2024-H1"
    _refused(
        db, lambda: g.update_hearing(db, ed, h.id, g.HearingInput(held_on=LOCKED_DAY, place="Hall"))
    )
    # moving it out of the locked period is a change of the locked period too
    _refused(db, lambda: g.update_hearing(db, ed, h.id, g.HearingInput(held_on=OPEN_DAY)))
    _refused(db, lambda: g.delete_hearing(db, ed, h.id))
    _refused(db, lambda: g.add_proposal(db, ed, h.id, "More benches"))
    _refused(db, lambda: g.update_proposal(db, ed, p.id, "Light the park", "Done", "accepted"))
    _refused(db, lambda: g.delete_proposal(db, ed, p.id))


def test_a_hearing_in_an_open_period_or_without_a_date_can_change(db, prog):
    _approve(db, prog)
    h = g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput(held_on=OPEN_DAY))
    assert not h.locked
    h = g.update_hearing(db, prog.editor, h.id, g.HearingInput(held_on=OPEN_DAY, place="Hall"))
    assert h.place == "Hall"
    p = g.add_proposal(db, prog.editor, h.id, "Light the park")
    g.update_proposal(db, prog.editor, p.id, "Light the park", "Planned", "accepted")
    g.delete_proposal(db, prog.editor, p.id)
    undated = g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput(place="School"))
    assert not undated.locked
    g.delete_hearing(db, prog.editor, undated.id)
    g.delete_hearing(db, prog.editor, h.id)
    assert g.list_hearings(db, prog.program_id) == []


def test_a_hearing_cannot_be_moved_into_an_approved_period(db, prog):
    h = g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput(held_on=OPEN_DAY))
    undated = g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput())
    _approve(db, prog)
    ed = prog.editor
    _refused(db, lambda: g.update_hearing(db, ed, h.id, g.HearingInput(held_on=LOCKED_DAY)))
    _refused(db, lambda: g.update_hearing(db, ed, undated.id, g.HearingInput(held_on=LOCKED_DAY)))
    assert g.get_hearing(db, h.id).held_on == OPEN_DAY


def test_a_public_check_locks_with_its_period(db, prog):
    c = g.add_check(db, prog.editor, prog.m1, g.CheckInput(stage="50", check_date=LOCKED_DAY))
    later = g.add_check(db, prog.editor, prog.m1, g.CheckInput(stage="100", check_date=OPEN_DAY))
    _approve(db, prog)
    checks = {x.id: x for m in g.list_checked_measures(db, prog.program_id) for x in m.checks}
    assert checks[c.id].locked_period == "2024-H1" and not checks[later.id].locked
    ed = prog.editor
    _refused(db, lambda: g.add_check(db, ed, prog.m1, g.CheckInput(check_date=LOCKED_DAY)))
    _refused(
        db, lambda: g.update_check(db, ed, c.id, g.CheckInput(check_date=LOCKED_DAY, citizens=5))
    )
    _refused(db, lambda: g.update_check(db, ed, c.id, g.CheckInput(check_date=OPEN_DAY)))
    _refused(db, lambda: g.delete_check(db, ed, c.id))
    # into the approved period: refused; inside the open one: fine
    _refused(
        db,
        lambda: g.update_check(db, ed, later.id, g.CheckInput(stage="100", check_date=LOCKED_DAY)),
    )
    changed = g.update_check(
        db, ed, later.id, g.CheckInput(stage="100", check_date=OPEN_DAY, citizens=12)
    )
    assert changed.citizens == 12 and not changed.locked
    g.delete_check(db, ed, later.id)


def test_an_approved_year_locks_a_half_year_programmes_dates_and_reopening_frees_them(db, prog):
    h = g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput(held_on=OPEN_DAY))
    _approve(db, prog, "2024")  # a year's round covers both of its half-years
    assert g.get_hearing(db, h.id).locked_period == "2024-H2"
    _refused(db, lambda: g.delete_hearing(db, prog.editor, h.id))
    with db.session() as s, s.begin():
        s.execute(ReportingRound.__table__.update().values(state="open"))
    assert not g.get_hearing(db, h.id).locked
    g.delete_hearing(db, prog.editor, h.id)


def test_an_annual_programme_locks_the_whole_year(db):
    pid = f.make_program(db, code="AN", frequency="year")
    editor = f.add_user(db, "editor", "editor")
    f.set_round(db, pid, "2024", "approved")
    _refused(db, lambda: g.add_hearing(db, editor, pid, g.HearingInput(held_on=date(2024, 11, 2))))
    h = g.add_hearing(db, editor, pid, g.HearingInput(held_on=date(2025, 1, 10)))
    assert not h.locked


def test_files_of_a_locked_hearing_or_check_can_be_read_not_attached_or_removed(db, prog):
    from meapp.services.monitoring import evidence

    h = g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput(held_on=LOCKED_DAY))
    c = g.add_check(db, prog.editor, prog.m1, g.CheckInput(check_date=LOCKED_DAY))
    files = {
        owner: evidence.attach(
            db, prog.editor, owner, subject, content=b"%PDF-1.4 minutes", filename="a.pdf"
        )
        for owner, subject in (("hearing", h.id), ("public_check", c.id))
    }
    _approve(db, prog)
    for owner, subject in (("hearing", h.id), ("public_check", c.id)):
        with pytest.raises(PeriodLocked):
            evidence.attach(
                db, prog.editor, owner, subject, content=b"%PDF-1.4 more", filename="b.pdf"
            )
        with pytest.raises(PeriodLocked):
            evidence.remove(db, prog.editor, files[owner].id)
        assert [e.filename for e in evidence.list_evidence(db, owner, subject)] == ["a.pdf"]
    # an open period's hearing takes files as before
    later = g.add_hearing(db, prog.editor, prog.program_id, g.HearingInput(held_on=OPEN_DAY))
    e = evidence.attach(db, prog.editor, "hearing", later.id, content=b"x", filename="c.txt")
    evidence.remove(db, prog.editor, e.id)
