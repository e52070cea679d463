"""The steps every audited edit shares (meapp/services/common/writes.py), and the programme
made the one way there is — by the editor, the first start and the demo alike."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from meapp.errors import ConcurrentEdit, NotFound, ValidationError
from meapp.models import AuditEvent, Municipality, Program, Risk
from meapp.models.formulas import DEFAULT_AMBER, DEFAULT_GREEN
from meapp.services.access.users import Actor
from meapp.services.common import writes
from meapp.services.demo.builder import DEMO_CODE
from meapp.services.governance import swot_risks
from meapp.services.plan import edit as pe
from meapp.services.plan import programs
from meapp.store import audit_chain as audit

ADMIN = Actor.system()


@pytest.fixture
def prog(db):
    return pe.create_program(
        db,
        ADMIN,
        title="Ак-Суу өнүктүрүү программасы",
        municipality="Ак-Суу айыл өкмөтү",
        start_year=2023,
        end_year=2026,
    )


def _events(db, entity_id) -> list[AuditEvent]:
    with db.session() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity_id == str(entity_id))
                .order_by(AuditEvent.seq)
            )
        )


def test_a_plan_edit_records_only_the_fields_it_changed(db, prog):
    """The editor's update events used to carry the whole row before and after; now they
    say what changed, like every other writer's."""
    item = pe.add_plan_item(db, ADMIN, prog.id, kind="direction", code="1", title="Суу")
    change = pe.update_plan_item(db, ADMIN, item.id, {"title": "Таза суу", "code": "1"})
    assert (change.before, change.after) == ({"title": "Суу"}, {"title": "Таза суу"})
    update = _events(db, item.id)[-1]
    assert update.action == "update"
    assert json.loads(update.before) == {"title": "Суу"}
    assert json.loads(update.after) == {"title": "Таза суу"}


def test_an_edit_that_changes_nothing_writes_no_event(db, prog):
    item = pe.add_plan_item(db, ADMIN, prog.id, kind="direction", code="1", title="Суу")
    before = len(_events(db, item.id))
    change = pe.update_plan_item(db, ADMIN, item.id, {"title": "Суу"})
    assert (change.before, change.after) == ({}, {})
    assert len(_events(db, item.id)) == before
    with db.session() as s:
        assert audit.verify_chain(s).ok


def test_a_move_records_where_the_item_went(db, prog):
    first = pe.add_plan_item(db, ADMIN, prog.id, kind="direction", code="1", title="Суу")
    second = pe.add_plan_item(db, ADMIN, prog.id, kind="direction", code="2", title="Жол")
    pe.move_plan_item(db, ADMIN, second.id, None, 0)
    move = _events(db, second.id)[-1]
    assert move.action == "move"
    assert json.loads(move.before) == {"position": 1}
    assert json.loads(move.after) == {"position": 0}
    assert pe.get_plan_item(db, first.id).position == 1


def test_unknown_fields_are_named_and_refused(db, prog):
    with pytest.raises(ValidationError, match="unknown field") as caught:
        pe.update_program(db, ADMIN, prog.id, {"colour": "red", "budget": 1})
    assert caught.value.problems[0].params["field"] == "budget, colour"
    with pytest.raises(ValidationError, match="unknown field"):
        pe.create_program(
            db, ADMIN, title="x", municipality="y", start_year=2023, end_year=2024, colour="red"
        )


def test_a_row_asked_for_by_a_wrong_id_is_not_found(db, prog):
    with db.session() as s:
        assert writes.get_row(s, Program, prog.id, "no programme {id}", id=prog.id).code
        for wrong in ("not-an-id", str(uuid.uuid4())):
            with pytest.raises(NotFound, match="no programme"):
                writes.get_row(s, Program, wrong, "no programme {id}", id=wrong)
    for wrong in ("not-an-id", str(uuid.uuid4())):
        with pytest.raises(NotFound):
            swot_risks.delete_risk(db, ADMIN, wrong)


class _Row:
    def __init__(self, name: str, position: int) -> None:
        self.name, self.position = name, position


def test_move_in_order_stays_at_the_ends_and_closes_gaps():
    rows = [_Row("a", 0), _Row("b", 5), _Row("c", 5)]
    a, b, c = rows
    moved = writes.move_in_order(rows, c, -1)
    assert moved == {b: 2, c: 1}  # the gap and the tie are numbered away
    assert [r.name for r in rows] == ["a", "c", "b"]
    for row, pos in moved.items():
        row.position = pos
    assert writes.move_in_order(rows, a, -3) == {}  # the top stays the top
    assert writes.move_in_order(rows, a, 9) == {c: 0, b: 1, a: 2}  # and goes to the bottom
    assert [r.name for r in rows] == ["c", "b", "a"]


def test_a_risk_update_lists_what_changed_and_a_stale_one_is_refused(db, prog):
    risk = swot_risks.add_risk(db, ADMIN, prog.id, swot_risks.RiskInput("Суу жетпейт"))
    data = swot_risks.RiskInput("Суу жетпейт", likelihood=4)
    changed = swot_risks.update_risk(db, ADMIN, risk.id, data, expected_version=risk.version)
    update = _events(db, risk.id)[-1]
    assert (json.loads(update.before), json.loads(update.after)) == (
        {"likelihood": 3},
        {"likelihood": 4},
    )
    with pytest.raises(ConcurrentEdit):
        swot_risks.update_risk(db, ADMIN, risk.id, data, expected_version=risk.version)
    with db.session() as s:
        assert s.get(Risk, uuid.UUID(risk.id)).version == changed.version


def test_a_new_municipality_keeps_its_rayon_and_oblast(db):
    with db.session() as s, s.begin():
        p = programs.create_program_in(
            s,
            ADMIN,
            title="Талас шаарын өнүктүрүү программасы",
            municipality="Талас шаары",
            municipality_kind="city",
            rayon=" ",
            oblast="Талас облусу",
            start_year=2024,
            end_year=2027,
        )
        pid = p.id
    with db.session() as s:
        program = s.get(Program, pid)
        m = s.get(Municipality, program.municipality_id)
        assert (m.rayon, m.oblast) == (None, "Талас облусу")
        assert (program.threshold_green, program.threshold_amber) == (DEFAULT_GREEN, DEFAULT_AMBER)


def test_the_demo_programme_is_made_the_one_way_there_is(demo_db):
    """Its thresholds are the defaults of models.formulas, and its create event holds the
    row as written (so `meapp check` replays it)."""
    with demo_db.session() as s:
        program = s.scalar(select(Program).where(Program.code == DEMO_CODE))
        assert (program.threshold_green, program.threshold_amber) == (
            DEFAULT_GREEN,
            DEFAULT_AMBER,
        )
        created = s.scalar(
            select(AuditEvent).where(
                AuditEvent.entity == "program", AuditEvent.entity_id == str(program.id)
            )
        )
        after = json.loads(created.after)
        assert after["code"] == DEMO_CODE and after["status"] == program.status == "approved"
        assert after["threshold_green"] == DEFAULT_GREEN
