"""The mayor's dashboard on the demo: overview figures, drill-down to one indicator's trend,
period switch, executors, municipalities, PNG export."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from meapp.models.numbers import format_number, format_percent
from meapp.services.dashboard import figures as dash
from meapp.services.monitoring import status as st
from meapp.services.plan.programs import list_programs
from meapp.ui import labels
from tests.unit import factories as f


def plain(label) -> str:
    """What a rich-text label reads as."""
    text = re.sub(r"<[^>]+>", "", label.text())
    return text.replace("&nbsp;", " ").replace("\u00a0", " ")


def choose_period(window, code: str) -> None:
    combo = window.top.period
    combo.setCurrentIndex(combo.findData(code))
    assert window.scope.period == code


@pytest.fixture
def window(demo_db, make_window):
    w = make_window(demo_db)
    choose_period(w, "2024-H2")
    return w


def test_overview_figures_are_those_of_status_json(window, demo_db):
    page = window.pages["dashboard"]
    pid = window.scope.program_id
    data = st.status_json(st.program_status(demo_db, pid, "2024-H2"))
    view = page.overview_view
    assert view.progress_card.figure.text() == format_percent(data["program_progress"], 0)
    counts = {k: 0 for k in ("on_track", "at_risk", "off_track", "no_data")}
    for row in data["indicators"]:
        counts[row["status"]] += 1
    for key, label in view.indicators_card.rows.items():
        assert plain(label).split()[1] == str(counts[key])
        assert labels.indicator_status(key).lower() in plain(label)
    m = data["measures"]
    assert view.measures_card.title.text() == (
        f"{sum(m.values())} measures: {m['done']} done, {m['in_progress']} in progress"
    )
    for key, label in view.measures_card.rows.items():
        assert plain(label).split()[1] == str(m[key])
    bars = {b.key: b for b in view.budget.bars}
    assert list(bars) == [b["source"] for b in data["budget"]]
    for line in data["budget"]:
        assert bars[line["source"]].value_text == format_percent(line["execution"], 0)
        assert bars[line["source"]].note.endswith(format_number(line["planned"] / 1e6, 1))
    planned = sum(b["planned"] for b in data["budget"])
    spent = sum(b["spent"] for b in data["budget"])
    assert view.budget_card.figure.text() == format_percent(spent / planned, 1)
    directions = [r for r in data["rollups"] if r["kind"] == "direction"]
    assert [b.key for b in view.directions.bars] == [r["plan_item_id"] for r in directions]
    for bar, r in zip(view.directions.bars, directions, strict=True):
        assert bar.value_text.endswith(format_percent(r["progress"], 0))
    # the change against 2024-H1, in points, with an arrow
    before = st.program_status(demo_db, pid, "2024-H1").program_progress
    points = round((data["program_progress"] - before) * 100)
    arrow = "▲ +" if points > 0 else "▼ −"
    assert view.progress_card.change.text() == f"{arrow}{abs(points)}"
    assert not page.notice.isVisible()
    assert "2024, second half-year" in page.subtitle.text()


def test_period_without_actuals_shows_the_latest_and_says_so(demo_db, make_window):
    window = make_window(demo_db)
    assert window.scope.period == "2025-H1"  # the open round, nothing entered yet
    page = window.pages["dashboard"]
    assert page.notice.isVisible()
    text = page.notice_text.text()
    assert "2025, first half-year" in text and "2024, second half-year" in text
    assert "Monitoring" in text
    with_signal = []
    page.page_requested.connect(with_signal.append)
    page.notice_button.click()
    assert window.current_page_key() == "monitoring"


def test_period_switch_changes_the_figures(window, demo_db):
    page = window.pages["dashboard"]
    pid = window.scope.program_id
    first = page.overview_view.progress_card.figure.text()
    choose_period(window, "2023-H2")
    ps = st.program_status(demo_db, pid, "2023-H2")
    assert page.overview_view.progress_card.figure.text() == format_percent(ps.program_progress, 0)
    assert page.overview_view.progress_card.figure.text() != first
    assert "2023, second half-year" in page.subtitle.text()
    choose_period(window, "2024-H2")
    assert page.overview_view.progress_card.figure.text() == first


def test_clicking_a_direction_shows_its_indicators_and_measures(window, demo_db, qtbot):
    page = window.pages["dashboard"]
    chart = page.overview_view.directions
    bar = chart.bars[2]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.row_rect(2).center())
    assert page.levels.currentWidget() is page.direction_view
    assert bar.label.split(". ", 1)[1] in page.crumbs.text()
    ps = st.program_status(demo_db, window.scope.program_id, "2024-H2")
    rows = st.measure_rows(demo_db, window.scope.program_id, "2024-H2")
    detail = dash.direction_detail(ps, rows, bar.key)
    shown = [i.data(0, Qt.ItemDataRole.UserRole + 1) for i in page.direction_view.indicator_items()]
    assert sorted(shown) == sorted(r.indicator_id for _g, r in detail.indicators)
    assert shown  # direction 3 has indicators in the demo
    table = page.direction_view.measures
    assert table.rowCount() == len(detail.measures) > 0
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        m.code for m in detail.measures
    ]
    assert labels.measure_status(detail.measures[0].status) in table.item(0, 4).text()
    page.back_button.click()
    assert page.levels.currentWidget() is page.overview_view
    assert not page.crumbs_row.isVisible()


def test_keyboard_opens_a_direction(window, qtbot):
    page = window.pages["dashboard"]
    chart = page.overview_view.directions
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert page.direction_id == chart.bars[1].key
    assert page.levels.currentWidget() is page.direction_view


def test_selecting_an_indicator_plots_its_series(window, demo_db, qtbot):
    page = window.pages["dashboard"]
    page.open_direction(page.overview.directions[0].plan_item_id)
    tree = page.direction_view.tree
    item = page.direction_view.indicator_items()[0]
    iid = item.data(0, Qt.ItemDataRole.UserRole + 1)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = page.indicator_view
    assert view is not None and page.levels.currentWidget() is view
    series = st.indicator_series(demo_db, iid)
    chart = view.chart
    xs, ys = chart.items["actuals"].getData()
    expected = [(i, p.actual) for i, p in enumerate(series.points, 1) if p.actual is not None]
    assert [(int(x), pytest.approx(y)) for x, y in zip(xs, ys, strict=True)] == expected
    xs, ys = chart.items["targets"].getData()
    expected = [(i, p.target) for i, p in enumerate(series.points, 1) if p.target is not None]
    assert [(int(x), pytest.approx(y)) for x, y in zip(xs, ys, strict=True)] == expected
    # derived targets are hollow (white inside), set ones filled
    spots = chart.items["targets"].points()
    derived = [p.target_interpolated for p in series.points if p.target is not None]
    hollow = [s.brush().color().name() == "#ffffff" for s in spots]
    assert hollow == derived
    bx, by = chart.items["baseline"].getData()
    assert list(by) == [series.baseline, series.baseline]
    ticks = chart.plot.getAxis("bottom")._tickLevels[0]
    assert [t[1] for t in ticks][1:3] == ["H1\n2023", "H2\n2023"]
    tip = chart.items["actuals"].points()[0].data()
    assert labels.period(series.points[0].period) in tip and "Actual:" in tip
    assert view.table.rowCount() == len(series.points)
    assert series.name in page.crumbs.text()
    with qtbot.waitSignal(page.focus_requested) as blocker:
        view.monitoring_button.click()
    assert blocker.args == ["monitoring", iid]


def test_executors_table_sums_match_the_measure_counts(window, qtbot, qtmodeltester):
    page = window.pages["dashboard"]
    page.tabs.setCurrentIndex(1)
    model = page.executors_view.model
    qtmodeltester.check(model)
    rows = model.rows
    assert rows
    measures = page.overview.measures
    assert sum(r.done for r in rows) == measures["done"]
    assert sum(r.in_progress for r in rows) == measures["in_progress"]
    assert sum(r.delayed for r in rows) == measures["delayed"]
    assert sum(r.not_started for r in rows) == measures["not_started"]
    assert sum(r.cancelled for r in rows) == measures["cancelled"]
    proxy = page.executors_view.proxy
    first = proxy.index(0, 1).data()
    assert first == rows[0].name  # rank 1 on top
    # sorting by measures puts the executor with most measures first
    page.executors_view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    most = max(rows, key=lambda r: r.measures)
    assert proxy.index(0, 1).data() == most.name
    page.executors_view.filter.setText(most.name[:4])
    assert proxy.rowCount() >= 1
    assert all(
        most.name[:4].lower() in proxy.index(r, 1).data().lower() for r in range(proxy.rowCount())
    )


def test_municipalities_tab_needs_several_programmes(window):
    page = window.pages["dashboard"]
    assert not page.tabs.isTabVisible(2)


def test_municipalities_view_lists_programmes_and_opens_one(
    demo_db, make_window, qtbot, qtmodeltester
):
    other = f.small_program(demo_db, code="KB2")
    window = make_window(demo_db)
    page = window.pages["dashboard"]
    assert page.tabs.isTabVisible(2)
    page.tabs.setCurrentIndex(2)
    view = page.municipalities_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=20_000)
    qtmodeltester.check(view.model)
    names = {view.proxy.index(r, 0).data() for r in range(2)}
    assert names == {p.municipality for p in list_programs(demo_db)}
    assert "Town KB2" in names
    row = next(r for r in range(2) if view.proxy.index(r, 0).data() == "Town KB2")
    rect = view.table.visualRect(view.proxy.index(row, 0))
    # a double-click opens the row pressed first, as a real double-click does
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.programs_changed) as blocker:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [str(other.program_id)]
    assert window.scope.program_id == str(other.program_id)
    assert page.tabs.currentIndex() == 0
    assert page.heading.text() == "Development programme"


def test_direction_chart_is_saved_as_png(window, monkeypatch, tmp_path):
    target = tmp_path / "directions"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "PNG images (*.png)"),
    )
    page = window.pages["dashboard"]
    saved = page.overview_view.directions_panel.export_png()
    assert saved == target.with_suffix(".png")
    image = QImage(str(saved))
    assert not image.isNull() and image.width() > 100 and image.height() > 50


def test_trend_chart_is_saved_as_png(window, monkeypatch, tmp_path):
    target = tmp_path / "trend.png"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), ""),
    )
    page = window.pages["dashboard"]
    page.open_direction(page.overview.directions[0].plan_item_id)
    page.open_indicator(
        page.direction_view.indicator_items()[0].data(0, Qt.ItemDataRole.UserRole + 1)
    )
    page.indicator_view.export_button.click()
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 100


def test_programme_without_actuals_says_what_to_do(db, make_window):
    from meapp.services.access.users import Actor

    f.small_program(db)
    window = make_window(db, actor=Actor.system())
    page = window.pages["dashboard"]
    assert page.stack.currentWidget() is page.content
    assert page.notice.isVisible()
    assert "progress cannot be computed" in page.notice_text.text()
    assert page.overview_view.progress_card.figure.text() == "–"


def test_focus_on_an_item_opens_its_trend_or_its_direction(demo_db, make_window):
    """What `gui --item` uses: an indicator shows its trend, a measure its direction."""
    from meapp.services.plan.programs import list_programs, resolve_item

    window = make_window(demo_db)
    page = window.pages["dashboard"]
    pid = list_programs(demo_db)[0].id
    indicator = resolve_item(demo_db, pid, "И-08")
    assert page.focus_item(indicator)
    assert page.indicator_id == indicator
    assert page.levels.currentWidget() is page._indicator_view()
    measure = next(m for m in page.measures() if m.code)
    assert page.focus_item(resolve_item(demo_db, pid, measure.code))
    assert page.indicator_id is None
    assert page.levels.currentWidget() is page.direction_view
    assert page.direction_id is not None
    assert not page.focus_item("00000000-0000-0000-0000-000000000000")


def test_the_trend_axis_names_a_half_year_over_its_year():
    """Nine one-line Russian names ("I пол. 2024") run into each other on a laptop."""
    from meapp.ui.dashboard.trend import axis_period

    assert axis_period("2024-H1") == "H1\n2024"  # English: "{year} H1"
    assert axis_period("2024") == "2024"
    assert axis_period("not a period") == "not a period"
