"""`programs.resolve_item`: the indicator or plan item a command names by code or id."""

from __future__ import annotations

import pytest

from meapp.services.errors import NotFound
from meapp.services.programs import list_programs, plan_tree, resolve_item


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
