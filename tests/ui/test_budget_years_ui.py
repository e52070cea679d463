"""The planned cost per year in the GUI (issue 21): the plan editor's source × year table
and the dashboard's line of the year's execution."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from meapp.models import MeasureBudget, MeasureBudgetYear
from meapp.models.numbers import format_percent
from meapp.services.dashboard.budget_years import year_budget
from meapp.services.plan import edit as pe
from meapp.services.plan.budget_years import measure_plan
from meapp.services.plan.programs import list_programs, plan_tree
from meapp.ui.plan.budget_years import BudgetYearsModel


def _measures(db):
    program = list_programs(db)[0]

    def walk(nodes):
        for n in nodes:
            yield n
            yield from walk(n.children)

    return [n for n in walk(plan_tree(db, program.id)) if n.kind == "measure"]


def _years(db, measure_id, source):
    measure_id = uuid.UUID(str(measure_id))
    with db.session() as s:
        b = s.scalars(
            select(MeasureBudget).where(
                MeasureBudget.measure_id == measure_id, MeasureBudget.source == source
            )
        ).one()
        rows = s.scalars(select(MeasureBudgetYear).where(MeasureBudgetYear.budget_id == b.id))
        return b.planned, {r.year: r.planned for r in rows}


@pytest.fixture
def plan_page(demo_db, make_window):
    return make_window(demo_db, page="plan").pages["plan"]


def test_the_year_table_passes_the_model_tester(demo_db, qtmodeltester):
    model = BudgetYearsModel()
    model.editable = True
    model.load(measure_plan(demo_db, _measures(demo_db)[0].id))
    qtmodeltester.check(model, force_py=True)


def test_typing_a_year_splits_the_source_and_apply_writes_the_years(demo_db, plan_page, qtbot):
    page = plan_page
    measure = _measures(demo_db)[0]
    index = page.proxy.mapFromSource(page.model.index_of(measure.id))
    page.tree.setCurrentIndex(index)
    model = page.item_form.budget_model
    plan = model.plan
    assert plan.locked, "the demo has approved rounds"
    locked, open_year = min(plan.locked), max(plan.years)
    assert open_year not in plan.locked
    row = next(r for r in range(model.rowCount()) if model.total_text(model._source(r)))
    source = model._source(row)
    col_locked = 1 + plan.years.index(locked)
    col_open = 1 + plan.years.index(open_year)
    # an approved year cannot be typed in, and says why
    assert not model.flags(model.index(row, col_locked)) & Qt.ItemFlag.ItemIsEditable
    assert "approved" in model.data(model.index(row, col_locked), Qt.ItemDataRole.ToolTipRole)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[col_open] == str(open_year) and header[-1] == "Total, som"
    before_total = plan.plans[source].total
    before_locked = plan.plans[source].years.get(locked, 0.0)
    shown = model.year_text(source, open_year)
    assert model.setData(model.index(row, col_open), "1 000 000")
    assert page.apply_button.isEnabled()
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    total, years = _years(demo_db, measure.id, source)
    assert years[open_year] == 1_000_000
    assert abs(years.get(locked, 0.0) - before_locked) < 0.01  # the approved year kept
    assert abs(total - sum(years.values())) < 0.01
    assert total != before_total or shown == "1 000 000"
    # undo puts the one total back
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dict(pe.get_plan_item(demo_db, measure.id).budgets)[source] == pytest.approx(
        before_total
    )


def test_dashboard_shows_the_years_execution(demo_db, make_window):
    window = make_window(demo_db)
    combo = window.top.period
    combo.setCurrentIndex(combo.findData("2024-H2"))
    view = window.pages["dashboard"].overview_view
    year = year_budget(demo_db, window.scope.program_id, "2024-H2")
    assert year.total is not None
    text = view.budget_year.text().replace("\u00a0", " ")
    assert text.startswith("2024: ")
    assert format_percent(year.total.execution, 1).replace("\u00a0", " ") in text
    assert ("spread evenly" in text) == year.spread


def test_a_directions_view_shows_its_years_execution(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    combo = window.top.period
    combo.setCurrentIndex(combo.findData("2024-H2"))
    page = window.pages["dashboard"]
    chart = page.overview_view.directions
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.row_rect(0).center())
    assert page.levels.currentWidget() is page.direction_view
    key = chart.bars[0].key
    year = year_budget(demo_db, window.scope.program_id, "2024-H2", key)
    whole = year_budget(demo_db, window.scope.program_id, "2024-H2")
    assert whole.total is not None and year.total is not None  # the demo's first direction
    assert year.total.planned < whole.total.planned  # the direction's share, not the whole
    text = page.direction_view.budget_year.text().replace("\u00a0", " ")
    assert text.startswith("2024: ")
    assert format_percent(year.total.execution, 1).replace("\u00a0", " ") in text
