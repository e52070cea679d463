"""Drill-downs that end on one row of the monitoring grid: the dashboard's trend view and
the evaluation page's attention list open Monitoring with that indicator or measure selected."""

from __future__ import annotations

from PySide6.QtCore import Qt

from meapp.services.access.users import Actor


def _choose_period(window, code: str) -> None:
    combo = window.top.period
    combo.setCurrentIndex(combo.findData(code))
    assert window.scope.period == code


def _selected_rows(grid) -> set[int]:
    return {index.row() for index in grid.selectionModel().selectedIndexes()}


def test_open_in_monitoring_selects_the_indicator(demo_db, make_window, qtbot):
    window = make_window(demo_db)
    _choose_period(window, "2024-H2")
    dash = window.pages["dashboard"]
    # the last direction's last indicator, so that its row is not simply the first one
    dash.open_direction(dash.overview.directions[-1].plan_item_id)
    item = dash.direction_view.indicator_items()[-1]
    iid = item.data(0, Qt.ItemDataRole.UserRole + 1)
    tree = dash.direction_view.tree
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )
    dash.indicator_view.monitoring_button.click()

    assert window.current_page_key() == "monitoring"
    mon = window.pages["monitoring"]
    assert mon.tabs.currentWidget() is mon.indicator_tab
    row = next(r for r, dto in enumerate(mon.indicators.rows) if dto.indicator_id == iid)
    assert row > 0
    assert _selected_rows(mon.indicator_grid) == {row}
    assert mon.indicator_grid.currentIndex().row() == row


def test_attention_line_opens_the_delayed_measure(demo_db, make_window):
    window = make_window(
        demo_db, actor=Actor("chair", "evaluator", "Demo chair"), page="evaluation"
    )
    page = window.pages["evaluation"]
    items = [page.attention.item(i) for i in range(page.attention.count())]
    delayed = next(i for i in items if i.text().startswith("Delayed · "))
    # the title says how long the list is
    assert page.attention_title.text() == f"Needs attention in this period ({len(items)})"
    measure_id = delayed.data(Qt.ItemDataRole.UserRole)
    page.attention.itemActivated.emit(delayed)

    assert window.current_page_key() == "monitoring"
    mon = window.pages["monitoring"]
    assert mon.tabs.currentWidget() is mon.measure_tab
    row = next(r for r, dto in enumerate(mon.measures.rows) if dto.measure_id == measure_id)
    assert _selected_rows(mon.measure_grid) == {row}
    title = mon.measures.index(row, mon.measures.column_of("title")).data()
    assert title and title in delayed.text()


def test_unknown_item_leaves_the_grid_as_it_was(demo_db, make_window):
    window = make_window(demo_db, page="monitoring")
    mon = window.pages["monitoring"]
    assert mon.focus_item("no-such-id") is False
    assert mon.tabs.currentWidget() is mon.indicator_tab
