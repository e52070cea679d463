"""The Monitoring grid's small signs (issue 23): the "✎" on a column title means "type here",
so it is shown only where the user can type (not on a locked period, for a viewer or in a
read-only session), and the status drop-down opens under its cell, not shifted over it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from meapp.services.access.users import Actor
from meapp.ui.monitoring.grid import StatusCombo
from meapp.ui.monitoring.grid_model import without_edit_mark

EDITOR = Actor("editor", "editor", "Demo editor")
MAYOR = Actor("mayor", "viewer", "Demo mayor")
OPEN, APPROVED = "2025-H1", "2024-H2"  # the demo's open and approved rounds


def open_page(make_window, db, actor, period, read_only=False):
    window = make_window(db, actor=actor, page="monitoring", read_only=read_only)
    combo = window.top.period
    combo.setCurrentIndex(combo.findData(period))
    page = window.pages["monitoring"]
    assert page.period == period
    return window, page


def titles(model) -> list[str]:
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def marked(page) -> list[str]:
    return [t for m in (page.indicators, page.measures) for t in titles(m) if "✎" in t]


def test_an_editor_sees_the_marks_on_an_open_period(demo_db, make_window):
    _window, page = open_page(make_window, demo_db, EDITOR, OPEN)
    assert "Actual ✎" in titles(page.indicators)
    assert "Status ✎" in titles(page.measures)


def test_no_mark_on_an_approved_period(demo_db, make_window):
    window, page = open_page(make_window, demo_db, EDITOR, APPROVED)
    assert marked(page) == []
    assert "Actual" in titles(page.indicators)
    # back to the open period: the marks return (the header is told, not only the cells)
    window.top.period.setCurrentIndex(window.top.period.findData(OPEN))
    assert "Actual ✎" in titles(page.indicators)
    header = page.indicator_grid.horizontalHeader()
    shown = header.model().headerData(
        page.indicators.column_of("actual"), Qt.Orientation.Horizontal
    )
    assert shown == "Actual ✎"


def test_no_mark_for_a_viewer_or_a_read_only_session(demo_db, make_window):
    _window, page = open_page(make_window, demo_db, MAYOR, OPEN)
    assert marked(page) == []
    _window, page = open_page(make_window, demo_db, EDITOR, OPEN, read_only=True)
    assert marked(page) == []


def test_the_mark_goes_wherever_a_translation_put_it():
    assert without_edit_mark("Actual ✎") == "Actual"
    assert without_edit_mark("✎ Факт") == "Факт"
    assert without_edit_mark("Иш-чаранын ✎ абалы") == "Иш-чаранын абалы"


# what the offscreen platform says of any popup (it has no window manager): not ours to fix
OFFSCREEN_POPUP = (
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)


def test_the_status_list_drops_down_under_its_cell(demo_db, make_window, qtbot, qt_warnings_fail):
    _window, page = open_page(make_window, demo_db, EDITOR, OPEN)
    page.tabs.setCurrentWidget(page.measure_tab)
    grid, model = page.measure_grid, page.measures
    index = model.index(3, model.column_of("status"))
    grid.setCurrentIndex(index)
    grid.edit(index)
    combo = grid.findChild(StatusCombo)
    assert combo is not None
    combo.setCurrentIndex(combo.count() - 1)  # Fusion would lay the list's last entry on the box
    combo.showPopup()
    popup = combo.view().window()
    qtbot.waitUntil(popup.isVisible)
    top_left = combo.mapToGlobal(combo.rect().topLeft())
    bottom_left = combo.mapToGlobal(combo.rect().bottomLeft())
    box = popup.frameGeometry()
    assert box.left() == top_left.x()
    assert box.top() == bottom_left.y() + 1 or box.bottom() + 1 == top_left.y()
    combo.hidePopup()
    qt_warnings_fail[:] = [
        m for m in qt_warnings_fail if m.split(": ", 1)[-1] not in OFFSCREEN_POPUP
    ]
