"""review7: the needs-attention line after quick period switches (issue 22's async line).

The user switches to a period whose measures grid is computed off the GUI thread and
switches again before it arrives: the late grid must not put the earlier period's items
on the line, and once everything has arrived the line is the quality gate's list of the
period shown; switching back shows that period's whole list.
"""

from __future__ import annotations

import uuid

from meapp.services.monitoring import quality
from meapp.services.monitoring import status as st
from meapp.services.plan.programs import list_programs
from meapp.ui.worker import wait_for_tasks
from tests.unit.factories import add_actual


def choose_period(window, code: str) -> None:
    combo = window.top.period
    combo.setCurrentIndex(combo.findData(code))
    assert window.scope.period == code


def _settled(page, pid, *codes) -> bool:
    return all((pid, c) in page._measures for c in codes) and not any(
        tag[0] == "measures" for tag in page._in_flight
    )


def test_a_second_switch_before_the_grid_arrives_ends_with_its_own_list(
    demo_db, make_window, qtbot
):
    first = st.program_status(demo_db, list_programs(demo_db)[0].id, "2024-H2").indicators[0]
    add_actual(demo_db, uuid.UUID(first.indicator_id), "2025-H1", 1.0)
    window = make_window(demo_db)
    page = window.pages["dashboard"]
    strip = page.overview_view.attention
    pid = window.scope.program_id
    want = {code: quality.needs_attention(demo_db, pid, code) for code in ("2025-H1", "2024-H2")}
    assert any(i.kind == "overdue_measure" for i in want["2025-H1"])
    assert want["2025-H1"] != want["2024-H2"]

    page._drop_cache()
    choose_period(window, "2025-H1")
    # what the switch's timer does: the line without the grid, the grid started in the
    # background (run here, so that no event can deliver the grid before the next switch)
    page._show_attention(page._attention_key, wait=False)
    assert ("measures", pid, "2025-H1") in page._in_flight
    assert (pid, "2025-H1") not in page._attention
    choose_period(window, "2024-H2")  # before the 2025-H1 grid has arrived
    qtbot.waitUntil(lambda: _settled(page, pid, "2025-H1", "2024-H2"), timeout=20_000)
    qtbot.waitUntil(lambda: (pid, "2024-H2") in page._attention, timeout=10_000)
    assert page.overview.chosen_period == "2024-H2"
    assert strip.items == tuple(want["2024-H2"])

    choose_period(window, "2025-H1")  # back: its grid is cached now, the whole list at once
    qtbot.waitUntil(lambda: (pid, "2025-H1") in page._attention, timeout=10_000)
    assert strip.items == tuple(want["2025-H1"])
    assert wait_for_tasks(20_000)
