"""“Add a measure” is in the Add menu, and a new line gets the next free code of its level
(issue 23: the measure hid behind "add under it" and came with an empty code)."""

from __future__ import annotations

import pytest

from meapp.services.plan import edit as pe
from meapp.services.plan.programs import list_programs, plan_tree


def _walk(nodes, parent=None):
    for n in nodes:
        yield n, parent
        yield from _walk(n.children, n)


def _nodes(db, kind):
    program = list_programs(db)[0]
    return [(n, p) for n, p in _walk(plan_tree(db, program.id)) if n.kind == kind]


def _select(page, node_id):
    index = page.proxy.mapFromSource(page.model.index_of(node_id))
    assert index.isValid()
    page.tree.setCurrentIndex(index)


@pytest.fixture
def plan_page(demo_db, make_window):
    return make_window(demo_db, page="plan").pages["plan"]


def test_add_a_measure_from_the_add_menu_under_an_objective(demo_db, plan_page):
    page = plan_page
    assert page.act_add_measure in page.add_menu.actions()
    objective, _ = _nodes(demo_db, "objective")[0]
    codes = [c.code for c in objective.children if c.kind == "measure"]
    _select(page, objective.id)
    assert page.act_add_measure.isEnabled()
    page.act_add_measure.trigger()
    node_id, kind = page.current_node()
    assert kind == "measure"
    item = pe.get_plan_item(demo_db, node_id)
    last = max(int(c.rsplit(".", 1)[1]) for c in codes)
    assert item.code == f"{objective.code}.{last + 1}"


def test_add_a_measure_after_the_selected_measure(demo_db, plan_page):
    page = plan_page
    measure, objective = _nodes(demo_db, "measure")[0]
    _select(page, measure.id)
    page.act_add_measure.trigger()
    node_id, kind = page.current_node()
    assert kind == "measure"
    item = pe.get_plan_item(demo_db, node_id)
    assert item.code and item.code.startswith(objective.code + ".")
    assert item.code not in {c.code for c in objective.children}


def test_not_offered_on_a_direction(demo_db, plan_page):
    direction, _ = _nodes(demo_db, "direction")[0]
    _select(plan_page, direction.id)
    assert not plan_page.act_add_measure.isEnabled()
