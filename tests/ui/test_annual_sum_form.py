"""The indicator form offers the sum within the year (issue 19) and the MSDSP matrix's
measurement frequency and date; the monitoring grid shows the year so far beside the
period's own value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from meapp.services.access.users import Actor
from meapp.services.monitoring import status as st
from meapp.services.plan import edit as pe
from meapp.services.plan.programs import plan_tree
from meapp.ui.monitoring.indicator_model import COLUMNS, IndicatorModel
from tests.unit import factories as f


@pytest.fixture
def revenue(db):
    pid = f.make_program(db, code="AS")
    iid = f.add_indicator(
        db,
        pid,
        code="R",
        unit="млн сом",
        aggregation="latest",
        baseline=300.0,
        targets={"2023": 320.0, "2024": 340.0},
        final=400.0,
    )
    return pid, iid


def _open(window, db, pid, iid):
    page = window.pages["plan"]
    node = next(n for n in plan_tree(db, pid) if n.id == str(iid))
    page.tree.setCurrentIndex(page.proxy.mapFromSource(page.model.index_of(node.id)))
    form = page.indicator_form
    assert page.forms.currentWidget().widget() is form
    return page, form


def _half(form, year: str, col: int = 2) -> str:
    model = form.targets_model
    years = [model.index(r, 0).data() for r in range(model.rowCount())]
    return model.index(years.index(year), col).data()


def test_choose_the_sum_within_the_year_and_type_the_frequency(db, revenue, make_window, qtbot):
    pid, iid = revenue
    page, form = _open(make_window(db, page="plan"), db, pid, iid)
    combo = form.aggregation.widget
    index = combo.findData("annual_sum")
    assert index >= 0
    assert combo.itemText(index) == "annual sum: periods add up within each year"
    assert _half(form, "2024") == "≈ 330"  # a level: between 320 and 340
    combo.setCurrentIndex(index)
    assert _half(form, "2024") == "≈ 170"  # half of the year's 340
    form.frequency.widget.setText("жылына эки жолу")
    form.collection_date.widget.setText("15-июль, 15-январь")
    assert page.apply_button.isEnabled()
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    saved = pe.get_indicator(db, iid)
    assert saved.aggregation == "annual_sum"
    assert (saved.collection_frequency, saved.collection_date) == (
        "жылына эки жолу",
        "15-июль, 15-январь",
    )
    assert not page.apply_button.isEnabled()
    # shown again when the indicator is opened anew
    page.undo()
    assert pe.get_indicator(db, iid).collection_frequency is None
    page.redo()
    form.load(pe.get_indicator(db, iid), pe.get_targets(db, iid), (2023, 2026))
    assert form.frequency.widget.text() == "жылына эки жолу"
    assert form.collection_date.widget.text() == "15-июль, 15-январь"
    assert form.aggregation.get() == "annual_sum"


def test_half_year_targets_of_an_annual_sum_are_not_named_against_the_baseline(
    db, revenue, make_window
):
    pid, iid = revenue
    pe.update_indicator(db, Actor.system(), iid, {"aggregation": "annual_sum"})
    _page, form = _open(make_window(db, page="plan"), db, pid, iid)
    # H1 = 170 lies below the baseline 300, but it is half a year: not a contradiction
    assert form.contradicting_targets() == []
    model = form.targets_model
    years = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert model.setData(model.index(years.index("2025"), 1), "280")
    assert form.contradicting_targets() == ["2025"]


def test_the_grid_shows_the_year_so_far(db, revenue, qtbot):
    pid, iid = revenue
    pe.update_indicator(db, Actor.system(), iid, {"aggregation": "annual_sum"})
    for period, value in (("2024-H1", 160.0), ("2024-H2", 200.0)):
        f.add_actual(db, iid, period, value)
    model = IndicatorModel()
    model.set_rows(st.program_status(db, pid, "2024-H2").indicators, COLUMNS)
    col = {c.key: i for i, c in enumerate(model.columns)}
    assert model.index(0, col["actual"]).data() == "200"
    assert model.index(0, col["to_date"]).data() == "360"
    tip = model.index(0, col["to_date"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "2024" in tip


def test_the_monitoring_page_shows_the_to_date_column_for_an_annual_sum(db, revenue, make_window):
    pid, iid = revenue
    pe.update_indicator(db, Actor.system(), iid, {"aggregation": "annual_sum"})
    for period, value in (("2024-H1", 160.0), ("2024-H2", 200.0)):
        f.add_actual(db, iid, period, value)
    window = make_window(db, page="monitoring")
    combo = window.top.period
    combo.setCurrentIndex(combo.findData("2024-H2"))
    page = window.pages["monitoring"]
    assert page.period == "2024-H2"
    col = page.indicators.column_of("to_date")
    assert not page.indicator_grid.isColumnHidden(col)
    assert page.indicators.index(0, col).data() == "360"
