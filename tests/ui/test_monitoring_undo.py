"""Undo and redo on the monitoring page: its QUndoStack holds grid edits, pastes and measure
statuses; a write the service refuses leaves the stack and the data as they were; the stack
belongs to the period it was filled in; and the summary line is the status service's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack

from meapp.errors import PeriodLocked
from meapp.services.access.users import Actor
from meapp.services.monitoring import rounds, status

EDITOR = Actor("editor", "editor", "Demo editor")
ADMIN = Actor("admin", "admin", "Demo administrator")


@pytest.fixture
def errors(monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr("meapp.ui.messages.show_error", lambda _parent, exc: shown.append(exc))
    return shown


def open_page(make_window, db, period="2025-H1"):
    window = make_window(db, actor=EDITOR, page="monitoring")
    combo = window.top.period
    combo.setCurrentIndex(combo.findData(period))
    return window, window.pages["monitoring"]


def text(model, row, key):
    return model.index(row, model.column_of(key)).data(Qt.ItemDataRole.DisplayRole)


def test_the_page_keeps_its_edits_on_a_qundostack(demo_db, make_window):
    _window, page = open_page(make_window, demo_db)
    assert isinstance(page.undo_stack, QUndoStack)
    model = page.indicators
    assert model.setData(model.index(0, model.column_of("actual")), "5 000")
    assert page.undo_stack.count() == 1 and page.undo_stack.canUndo()
    # the same value again is written (and audited) but is no entry of its own
    model.setData(model.index(0, model.column_of("actual")), "5000")
    assert page.undo_stack.count() == 1
    assert page.undo() and text(model, 0, "actual") == ""


def test_a_measure_status_and_a_paste_are_undone_and_redone(demo_db, make_window, qtbot):
    _window, page = open_page(make_window, demo_db)
    model, grid = page.measures, page.measure_grid
    row = next(i for i, r in enumerate(model.rows) if r.status == "in_progress")
    measure = model.rows[row].measure_id
    assert model.setData(model.index(row, model.column_of("status")), "done")
    assert "6 done, 12 in progress" in page.summary.text()
    QGuiApplication.clipboard().setText("40\n")
    grid.setCurrentIndex(model.index(row, model.column_of("percent")))
    grid.paste_clipboard()
    assert model.rows[model.row_of(measure)].percent == 40
    assert page.undo()  # the paste
    assert model.rows[model.row_of(measure)].percent != 40
    assert page.undo()  # the status
    assert text(model, model.row_of(measure), "status") == "In progress"
    assert "5 done, 13 in progress" in page.summary.text()
    assert page.redo() and page.redo()
    assert model.rows[model.row_of(measure)].status == "done"
    assert model.rows[model.row_of(measure)].percent == 40
    assert not page.redo()  # nothing left to redo
    rows = status.measure_rows(demo_db, page.program_id, "2025-H1")
    assert (rows[model.row_of(measure)].status, rows[model.row_of(measure)].percent) == (
        "done",
        40,
    )


def test_a_refused_undo_changes_nothing_and_leaves_the_stack(demo_db, make_window, errors):
    _window, page = open_page(make_window, demo_db)
    model = page.indicators
    assert model.setData(model.index(0, model.column_of("actual")), "5 000")
    # the round is approved elsewhere while the page still shows it open
    rounds.submit(demo_db, ADMIN, page.program_id, "2025-H1", acknowledged=True)
    rounds.approve(demo_db, ADMIN, page.program_id, "2025-H1", acknowledged=True)
    assert not page.undo()
    assert len(errors) == 1 and isinstance(errors[0], PeriodLocked)
    ps = status.program_status(demo_db, page.program_id, "2025-H1")
    assert ps.indicators[0].period_value == 5000.0
    assert text(model, 0, "actual") == "5\u00a0000"
    # the stack does not claim the value was undone: nothing to undo or redo
    assert not page.undo_stack.canUndo() and not page.undo_stack.canRedo()


def test_the_stack_belongs_to_its_period(demo_db, make_window):
    window, page = open_page(make_window, demo_db)
    model = page.indicators
    assert model.setData(model.index(0, model.column_of("actual")), "5 000")
    combo = window.top.period
    combo.setCurrentIndex(combo.findData("2025-H2"))
    assert page.undo_stack.count() == 0 and not page.undo()


def test_the_summary_line_is_the_status_services_roll_up(demo_db, make_window):
    """After an edit the page sums its rows; the status service, reading the programme
    again, says the same."""
    _window, page = open_page(make_window, demo_db)
    model = page.indicators
    assert model.setData(model.index(0, model.column_of("actual")), "5 000")
    ps = status.program_status(demo_db, page.program_id, "2025-H1")
    shown = status.summarize(page.indicators.rows, page.measures.rows)
    assert (shown.progress, shown.status_counts, shown.measures) == (
        ps.program_progress,
        ps.status_counts,
        ps.measures,
    )
