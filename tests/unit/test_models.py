"""Constraints and relationships of the domain model."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from meapp.models import (
    Actual,
    Indicator,
    MeasureProgress,
    Municipality,
    PlanItem,
    Program,
    ReportingRound,
    Risk,
)


def _program(s) -> Program:
    m = Municipality(name="Кара-Балта", kind="city")
    s.add(m)
    s.flush()
    p = Program(municipality_id=m.id, code="KB", title="Программа", start_year=2023, end_year=2026)
    s.add(p)
    s.flush()
    return p


def test_rows_get_uuid_keys_timestamps_and_version(db):
    with db.session() as s, s.begin():
        p = _program(s)
        assert isinstance(p.id, uuid.UUID)
        assert p.created_at is not None and p.version == 1
    with db.session() as s, s.begin():
        p2 = s.get(Program, p.id)
        p2.title = "Жаңы аталыш"
    with db.session() as s:
        assert s.get(Program, p.id).version == 2


def test_stale_version_is_refused(db):
    with db.session() as s, s.begin():
        pid = _program(s).id
    s1, s2 = db.Session(), db.Session()
    try:
        a = s1.get(Program, pid)
        b = s2.get(Program, pid)
        a.title = "first"
        s1.commit()
        b.title = "second"
        with pytest.raises(StaleDataError):
            s2.commit()
    finally:
        s1.close()
        s2.close()


@pytest.mark.parametrize(
    "make",
    [
        lambda p: Indicator(program_id=p.id, name="x", value_type="money"),
        lambda p: Indicator(program_id=p.id, name="x", direction="up"),
        lambda p: PlanItem(program_id=p.id, kind="chapter", title="x"),
        lambda p: ReportingRound(program_id=p.id, period="2024-H1", state="locked"),
        lambda p: Risk(program_id=p.id, text="x", likelihood=7, impact=1),
    ],
)
def test_check_constraints_refuse_unknown_codes(db, make):
    with db.session() as s, pytest.raises(IntegrityError), s.begin():  # noqa: PT012 - the flush inside the transaction raises
        p = _program(s)
        s.add(make(p))


def test_one_actual_per_indicator_and_period(db):
    with db.session() as s, pytest.raises(IntegrityError), s.begin():  # noqa: PT012 - the flush inside the transaction raises
        p = _program(s)
        ind = Indicator(program_id=p.id, name="km")
        s.add(ind)
        s.flush()
        s.add(Actual(indicator_id=ind.id, period="2024-H1", value=1))
        s.add(Actual(indicator_id=ind.id, period="2024-H1", value=2))


def test_foreign_keys_are_enforced(db):
    with db.session() as s, pytest.raises(IntegrityError), s.begin():
        s.add(MeasureProgress(measure_id=uuid.uuid4(), period="2024-H1"))


def test_deleting_a_programme_takes_its_tree(db):
    with db.session() as s, s.begin():
        p = _program(s)
        d = PlanItem(program_id=p.id, kind="direction", title="1. Социалдык")
        s.add(d)
        s.flush()
        m = PlanItem(program_id=p.id, parent_id=d.id, kind="measure", title="Мектеп")
        s.add(m)
        s.flush()
        pid, mid = p.id, m.id
    with db.session() as s, s.begin():
        s.delete(s.get(Program, pid))
    with db.session() as s:
        assert s.get(PlanItem, mid) is None


def test_tree_relationship_orders_children(db):
    with db.session() as s, s.begin():
        p = _program(s)
        d = PlanItem(program_id=p.id, kind="direction", title="d")
        s.add(d)
        s.flush()
        for pos, title in [(2, "b"), (1, "a")]:
            s.add(
                PlanItem(program_id=p.id, parent_id=d.id, kind="sector", title=title, position=pos)
            )
        s.flush()
        s.expire(d)
        assert [c.title for c in d.children] == ["a", "b"]
