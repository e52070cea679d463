"""SWOT lists and the risk register: rights, validation naming the field, order, audit."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from meapp.errors import ConcurrentEdit, NotFound, PermissionDenied, ValidationError
from meapp.models import AuditEvent, Risk
from meapp.services.access.users import Actor
from meapp.services.governance import swot_risks
from meapp.services.governance.swot_risks import RiskInput
from meapp.store import audit_chain as audit
from tests.unit.factories import make_program

CHAIR = Actor("chair", "evaluator", "Chair")
VIEWER = Actor("mayor", "viewer", "Mayor")
EDITOR = Actor("editor", "editor", "Editor")


@pytest.fixture
def program(db):
    return make_program(db)


def events(db, entity):
    with db.session() as s:
        return list(
            s.scalars(
                select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.seq)
            )
        )


def texts(db, program, category):
    return [it.text for it in swot_risks.list_swot(db, program)[category]]


# -- SWOT -----------------------------------------------------------------------------------


def test_swot_items_go_to_the_end_of_their_own_list(db, program):
    swot_risks.add_swot_item(db, CHAIR, program, "strength", "Young population")
    swot_risks.add_swot_item(db, CHAIR, program, "strength", "Railway station")
    swot_risks.add_swot_item(db, CHAIR, program, "threat", "Mudflows in spring")
    lists = swot_risks.list_swot(db, program)
    assert set(lists) == {"strength", "weakness", "opportunity", "threat"}
    assert [i.text for i in lists["strength"]] == ["Young population", "Railway station"]
    assert [i.text for i in lists["threat"]] == ["Mudflows in spring"]
    assert lists["weakness"] == []


def test_moving_an_item_reorders_its_list_and_is_audited(db, program):
    ids = [swot_risks.add_swot_item(db, CHAIR, program, "weakness", t).id for t in ("A", "B", "C")]
    new = swot_risks.move_swot_item(db, CHAIR, ids[2], -1)
    assert [i.text for i in new] == ["A", "C", "B"]
    assert texts(db, program, "weakness") == ["A", "C", "B"]
    swot_risks.move_swot_item(db, CHAIR, ids[0], -1)  # already at the top: nothing moves
    assert texts(db, program, "weakness") == ["A", "C", "B"]
    swot_risks.move_swot_item(db, CHAIR, ids[0], +1)
    assert texts(db, program, "weakness") == ["C", "A", "B"]
    moves = [e for e in events(db, "swot_item") if e.action == "move"]
    assert len(moves) == 2
    assert moves[0].entity_id == ids[2] and '"position": 1' in moves[0].after


def test_swot_edit_and_delete_are_audited_with_before_and_after(db, program):
    item = swot_risks.add_swot_item(db, CHAIR, program, "opportunity", "Tourism")
    swot_risks.update_swot_item(db, CHAIR, item.id, "Eco-tourism", expected_version=item.version)
    assert texts(db, program, "opportunity") == ["Eco-tourism"]
    swot_risks.delete_swot_item(db, CHAIR, item.id)
    assert texts(db, program, "opportunity") == []
    evs = events(db, "swot_item")
    assert [e.action for e in evs] == ["create", "update", "delete"]
    assert "Tourism" in evs[1].before and "Eco-tourism" in evs[1].after
    assert all(e.user_login == "chair" and e.program_id == str(program) for e in evs)
    with db.session() as s:
        assert audit.verify_chain(s).ok


def test_swot_refuses_empty_text_and_unknown_category_naming_the_field(db, program):
    with pytest.raises(ValidationError) as empty:
        swot_risks.add_swot_item(db, CHAIR, program, "strength", "   ")
    assert empty.value.problems[0].params["field"] == "text"
    with pytest.raises(ValidationError) as bad:
        swot_risks.add_swot_item(db, CHAIR, program, "luck", "Sunny")
    assert bad.value.problems[0].params["field"] == "category"
    assert "strength" in str(bad.value)
    assert texts(db, program, "strength") == []


def test_a_stale_edit_is_refused(db, program):
    item = swot_risks.add_swot_item(db, CHAIR, program, "strength", "Water")
    swot_risks.update_swot_item(db, CHAIR, item.id, "Clean water")
    with pytest.raises(ConcurrentEdit):
        swot_risks.update_swot_item(db, CHAIR, item.id, "Mine", expected_version=item.version)
    assert texts(db, program, "strength") == ["Clean water"]


@pytest.mark.parametrize("actor", [VIEWER, EDITOR])
def test_viewers_and_editors_cannot_change_swot_or_risks(db, program, actor):
    item = swot_risks.add_swot_item(db, CHAIR, program, "strength", "Water")
    risk = swot_risks.add_risk(db, CHAIR, program, RiskInput("Drought"))
    for call in (
        lambda: swot_risks.add_swot_item(db, actor, program, "strength", "More"),
        lambda: swot_risks.update_swot_item(db, actor, item.id, "Less"),
        lambda: swot_risks.move_swot_item(db, actor, item.id, 1),
        lambda: swot_risks.delete_swot_item(db, actor, item.id),
        lambda: swot_risks.add_risk(db, actor, program, RiskInput("Flood")),
        lambda: swot_risks.update_risk(db, actor, risk.id, RiskInput("Flood")),
        lambda: swot_risks.delete_risk(db, actor, risk.id),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert texts(db, program, "strength") == ["Water"]
    assert [r.text for r in swot_risks.list_risks(db, program)] == ["Drought"]


# -- risks ----------------------------------------------------------------------------------


def test_risk_score_level_and_register_order(db, program):
    swot_risks.add_risk(db, CHAIR, program, RiskInput("Low", likelihood=1, impact=4))
    swot_risks.add_risk(db, CHAIR, program, RiskInput("High", likelihood=5, impact=3))
    swot_risks.add_risk(
        db,
        CHAIR,
        program,
        RiskInput("Medium", likelihood=2, impact=3, mitigation=" Reserve fund ", owner="Finance"),
    )
    risks = swot_risks.list_risks(db, program)
    assert [(r.text, r.score, r.level) for r in risks] == [
        ("High", 15, "high"),
        ("Medium", 6, "medium"),
        ("Low", 4, "low"),
    ]
    assert risks[1].mitigation == "Reserve fund" and risks[1].owner == "Finance"
    assert [swot_risks.risk_level(s) for s in (4, 5, 12, 15, 25)] == [
        "low",
        "medium",
        "medium",
        "high",
        "high",
    ]


def test_heat_matrix_counts_open_risks_per_cell(db, program):
    swot_risks.add_risk(db, CHAIR, program, RiskInput("A", likelihood=4, impact=2))
    swot_risks.add_risk(db, CHAIR, program, RiskInput("B", likelihood=4, impact=2))
    swot_risks.add_risk(db, CHAIR, program, RiskInput("C", likelihood=1, impact=5, status="closed"))
    cells = swot_risks.heat_matrix(swot_risks.list_risks(db, program))
    assert len(cells) == 25
    assert cells[(4, 2)] == 2
    assert cells[(1, 5)] == 0
    assert sum(cells.values()) == 2


def test_risk_validation_names_every_wrong_field_and_changes_nothing(db, program):
    with pytest.raises(ValidationError) as exc:
        swot_risks.add_risk(
            db, CHAIR, program, RiskInput("", likelihood=0, impact=6, status="forgotten")
        )
    fields = [p.params["field"] for p in exc.value.problems]
    assert fields == ["text", "likelihood", "impact", "status"]
    assert "likelihood" in exc.value.problems[1].message
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Risk)) == 0


def test_risk_update_records_only_what_changed(db, program):
    risk = swot_risks.add_risk(db, CHAIR, program, RiskInput("Drought", likelihood=3, impact=4))
    new = swot_risks.update_risk(
        db,
        CHAIR,
        risk.id,
        RiskInput("Drought", likelihood=3, impact=4, status="mitigated"),
        expected_version=risk.version,
    )
    assert new.status == "mitigated"
    update = [e for e in events(db, "risk") if e.action == "update"]
    assert len(update) == 1
    assert update[0].before == '{"status": "open"}'
    assert update[0].after == '{"status": "mitigated"}'
    # saving the same again writes no event
    swot_risks.update_risk(db, CHAIR, risk.id, RiskInput("Drought", 3, 4, status="mitigated"))
    assert len([e for e in events(db, "risk") if e.action == "update"]) == 1


def test_risk_delete_and_unknown_ids(db, program):
    risk = swot_risks.add_risk(db, CHAIR, program, RiskInput("Drought"))
    swot_risks.delete_risk(db, CHAIR, risk.id)
    assert swot_risks.list_risks(db, program) == []
    assert [e.action for e in events(db, "risk")] == ["create", "delete"]
    with pytest.raises(NotFound):
        swot_risks.delete_risk(db, CHAIR, risk.id)
    with pytest.raises(NotFound):
        swot_risks.add_risk(db, CHAIR, "not-a-programme", RiskInput("X"))


def test_demo_register_is_readable(demo_db):
    from meapp.services.plan.programs import list_programs

    program = list_programs(demo_db)[0]
    risks = swot_risks.list_risks(demo_db, program.id)
    lists = swot_risks.list_swot(demo_db, program.id)
    assert risks and all(1 <= r.score <= 25 for r in risks)
    assert all(lists[c] for c in swot_risks.CATEGORIES)
