"""The indicator form names a target on the wrong side of the baseline for the direction
(issue 19: revenue "to increase" with a target below its baseline), with the rule of
`formulas.target_contradicts_direction`."""

from __future__ import annotations

import pytest

from meapp.services.plan.programs import list_programs, plan_tree


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n.children)


@pytest.fixture
def plan_page(demo_db, make_window):
    window = make_window(demo_db, page="plan")
    return window.pages["plan"]


def _open_indicator(page, db, code):
    program = list_programs(db)[0]
    node = next(
        n for n in _walk(plan_tree(db, program.id)) if n.kind == "indicator" and n.code == code
    )
    index = page.proxy.mapFromSource(page.model.index_of(node.id))
    page.tree.setCurrentIndex(index)
    form = page.indicator_form
    assert page.forms.currentWidget().widget() is form
    return form


def test_a_target_below_the_baseline_of_an_indicator_to_increase_is_named(demo_db, plan_page):
    form = _open_indicator(plan_page, demo_db, "И-06")  # budget revenue, 322,4 in 2022
    assert form.contradiction.isHidden()
    model = form.targets_model
    years = [model.index(r, 0).data() for r in range(model.rowCount())]
    row_2026 = years.index("2026")
    assert model.setData(model.index(row_2026, 1), "285,9")
    assert form.contradicting_targets() == ["2026"]
    assert not form.contradiction.isHidden()
    assert "2026" in form.contradiction.text() and "322,4" in form.contradiction.text()
    # set right again, the note goes
    assert model.setData(model.index(row_2026, 1), "380")
    assert form.contradiction.isHidden()


def test_turning_the_direction_names_the_targets_that_now_contradict(demo_db, plan_page):
    form = _open_indicator(plan_page, demo_db, "И-06")
    combo = form.direction.widget
    combo.setCurrentIndex(combo.findData("decrease"))
    assert form.contradicting_targets()  # every target above 322,4 now
    assert not form.contradiction.isHidden()
