"""A period switch on the dashboard (issue 22): the figures come at once, the needs-attention
line ends with the quality gate's whole list once the period's measures grid is computed
(off the GUI thread, the same grid a direction then uses; at once for a period without
actuals, whose figures are an earlier period's), and a direction's year budget is the
service's."""

from __future__ import annotations

import uuid

from meapp.services.dashboard import budget_years as dby
from meapp.services.monitoring import quality
from meapp.services.monitoring import status as st
from meapp.services.plan.programs import list_programs
from meapp.ui.dashboard.overview import OverviewView
from tests.unit.factories import add_actual


def choose_period(window, code: str) -> None:
    combo = window.top.period
    combo.setCurrentIndex(combo.findData(code))
    assert window.scope.period == code


def _line_for(items, qtbot) -> tuple[str, str]:
    """What the needs-attention line says for these items."""
    view = OverviewView()
    qtbot.addWidget(view)
    view.show_attention(items)
    return view.attention.label.text(), view.attention.toolTip()


def test_each_period_switch_ends_with_the_quality_gates_list(demo_db, make_window, qtbot):
    # one value in the open 2025-H1 (which has a measure past its deadline): its figures
    # are its own, and its list waits for the grid; 2025-H2 has no actuals yet
    first = st.program_status(demo_db, list_programs(demo_db)[0].id, "2024-H2").indicators[0]
    add_actual(demo_db, uuid.UUID(first.indicator_id), "2025-H1", 1.0)
    window = make_window(demo_db)
    page = window.pages["dashboard"]
    strip = page.overview_view.attention
    pid = window.scope.program_id
    waited = fallback = False
    for code in ("2024-H2", "2023-H2", "2025-H1", "2025-H2"):
        page._drop_cache()  # the first look at each period
        choose_period(window, code)
        want = quality.needs_attention(demo_db, pid, code)
        qtbot.waitUntil(lambda code=code: (pid, code) in page._attention, timeout=10_000)
        assert page._attention[(pid, code)] == want
        assert strip.items == tuple(want) and strip.isHidden() == (not want)
        if want:
            assert (strip.label.text(), strip.toolTip()) == _line_for(want, qtbot)
        if not page.overview.is_fallback:
            # the grid the line waited for is the one a direction uses: not computed again
            assert page._measures[(pid, code)] == st.measure_rows(demo_db, pid, code)
            waited |= any(i.kind == "overdue_measure" for i in want)
        fallback |= page.overview.is_fallback
    assert waited and fallback  # a list that waited for the grid, and one that did not


def test_a_direction_shows_the_services_year_budget(demo_db, make_window):
    window = make_window(demo_db)
    page = window.pages["dashboard"]
    choose_period(window, "2024-H2")
    for bar in page.overview.directions:
        page.open_direction(bar.plan_item_id)
        want = dby.year_budget(demo_db, window.scope.program_id, "2024-H2", bar.plan_item_id)
        assert page._direction_budget(page.overview, bar.plan_item_id) == want
        page.go_back()


def test_a_first_look_shows_the_whole_list_at_once(demo_db, make_window, qapp):
    """The page shown afresh (and a screenshot) waits for the grid: nothing comes later."""
    first = st.program_status(demo_db, list_programs(demo_db)[0].id, "2024-H2").indicators[0]
    add_actual(demo_db, uuid.UUID(first.indicator_id), "2025-H1", 1.0)
    window = make_window(demo_db)
    page = window.pages["dashboard"]
    choose_period(window, "2025-H1")
    page._drop_cache()
    page.refresh()
    qapp.processEvents()
    want = quality.needs_attention(demo_db, window.scope.program_id, "2025-H1")
    assert any(i.kind == "overdue_measure" for i in want)
    assert page.overview_view.attention.items == tuple(want)
