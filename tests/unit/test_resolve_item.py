"""`programs.resolve_item`: the indicator or plan item a command names by code or id."""

from __future__ import annotations

import uuid

import pytest

from meapp.errors import NotFound
from meapp.services.plan.programs import list_programs, plan_tree, resolve_item


def _nodes(tree):
    for node in tree:
        yield node
        yield from _nodes(node.children)


def test_an_item_is_found_by_its_code_in_any_case_or_by_its_id(demo_db):
    pid = list_programs(demo_db)[0].id
    found = resolve_item(demo_db, pid, " и-08 ")
    assert resolve_item(demo_db, pid, "И-08") == found
    assert resolve_item(demo_db, pid, found) == found
    indicator = next(n for n in _nodes(plan_tree(demo_db, pid)) if n.id == found)
    assert indicator.kind == "indicator" and indicator.code == "И-08"


def test_a_plan_item_is_found_by_its_code(demo_db):
    pid = list_programs(demo_db)[0].id
    measure = next(n for n in _nodes(plan_tree(demo_db, pid)) if n.kind == "measure" and n.code)
    assert resolve_item(demo_db, pid, measure.code.lower()) == measure.id


def test_an_unknown_code_is_refused_naming_it(demo_db):
    pid = list_programs(demo_db)[0].id
    with pytest.raises(NotFound) as err:
        resolve_item(demo_db, pid, "Z-99")
    assert "Z-99" in str(err.value)


def test_a_closing_dot_is_the_same_code_and_a_shared_code_is_refused(demo_db):
    from sqlalchemy import select

    from meapp.errors import ValidationError
    from meapp.models import PlanItem

    pid = list_programs(demo_db)[0].id
    measure = next(n for n in _nodes(plan_tree(demo_db, pid)) if n.kind == "measure" and n.code)
    assert resolve_item(demo_db, pid, measure.code.rstrip(".") + ".") == measure.id
    with demo_db.session() as s, s.begin():  # a second measure with the same code
        twin = s.scalars(
            select(PlanItem).where(PlanItem.kind == "measure", PlanItem.id != uuid.UUID(measure.id))
        ).first()
        twin.code = measure.code
    with pytest.raises(ValidationError) as err:
        resolve_item(demo_db, pid, measure.code)
    assert measure.code in str(err.value) and "2" in str(err.value)
