"""The monitoring page on the demo: typing and pasting actuals and measure progress, the
summary that follows, the lock of an approved period, the round workflow by role, the
history and target dialogs, and the same status whether values were typed or imported."""

from __future__ import annotations

import csv
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import func, select

from meapp.errors import PeriodLocked
from meapp.models import Actual, AuditEvent, MeasureProgress
from meapp.models.numbers import format_percent
from meapp.services.access.users import Actor
from meapp.services.monitoring import actuals_import, status
from meapp.services.monitoring import entry as monitoring
from meapp.services.plan.programs import list_programs
from meapp.store.db import open_database

EDITOR = Actor("editor", "editor", "Demo editor")
CHAIR = Actor("chair", "evaluator", "Demo chair")
ADMIN = Actor("admin", "admin", "Demo administrator")
MAYOR = Actor("mayor", "viewer", "Demo mayor")
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def errors(monkeypatch):
    """Every error the page would show in a dialog, recorded instead."""
    shown: list[BaseException] = []
    monkeypatch.setattr("meapp.ui.messages.show_error", lambda _parent, exc: shown.append(exc))
    return shown


def open_page(make_window, db, actor, period):
    window = make_window(db, actor=actor, page="monitoring")
    combo = window.top.period
    combo.setCurrentIndex(combo.findData(period))
    page = window.pages["monitoring"]
    assert page.period == period
    return window, page


def cell(model, row, key, role=DISPLAY):
    return model.index(row, model.column_of(key)).data(role)


def row_of_code(model, code):
    return next(i for i, r in enumerate(model.rows) if r.code == code)


def stored(db):
    """What a refused edit must leave as it was."""
    with db.session() as s:
        return (
            sorted(
                (str(a.indicator_id), a.period, a.value, a.comment)
                for a in s.scalars(select(Actual))
            ),
            sorted(
                (str(m.measure_id), m.period, m.status) for m in s.scalars(select(MeasureProgress))
            ),
            s.scalar(select(func.count()).select_from(AuditEvent)),
        )


# -- editing -----------------------------------------------------------------------------


def test_editing_an_actual_updates_its_row_and_the_summary(demo_db, make_window):
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    model = page.indicators
    row = row_of_code(model, "И-08")  # pre-school coverage, %: baseline 62, target ≈ 70
    assert cell(model, row, "status") == "No data"
    assert "Programme progress: –" in page.summary.text()
    assert model.setData(model.index(row, model.column_of("actual")), "69,5")
    assert cell(model, row, "actual") == "69,5"
    assert cell(model, row, "progress") != "–"
    assert cell(model, row, "status") == "On track"
    expected = status.program_status(demo_db, page.program_id, "2025-H1")
    assert expected.indicators[row].actual == 69.5
    assert f"Programme progress: {format_percent(expected.program_progress)}" in page.summary.text()
    assert "1 on track" in page.summary.text()


def test_typing_and_enter_move_down_the_actual_column(demo_db, make_window, qtbot):
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    grid, model = page.indicator_grid, page.indicators
    col = model.column_of("actual")
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, col))
    qtbot.keyClick(grid, "6")  # typing opens the editor with the first character
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, " 100")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: cell(model, 0, "actual") == "6\u00a0100")
    assert grid.currentIndex().row() == 1 and grid.currentIndex().column() == col
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.currentIndex().column() == model.column_of("comment")
    assert grid.currentIndex().row() == 1


def test_a_bad_value_shows_an_error_and_changes_nothing(demo_db, make_window, errors):
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    before = stored(demo_db)
    model = page.indicators
    assert not model.setData(model.index(0, model.column_of("actual")), "12 сом")
    assert len(errors) == 1 and "not a number" in errors[0].text()
    assert cell(model, 0, "actual") == ""
    assert stored(demo_db) == before


def test_a_suspicious_value_is_kept_and_warned_about_inline(demo_db, make_window):
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    model = page.indicators
    row = row_of_code(model, "И-06")  # budget revenue, million som: 348,1 in 2024-H2
    model.setData(model.index(row, model.column_of("actual")), "348100")
    assert cell(model, row, "actual") == "348\u00a0100"
    tip = cell(model, row, "actual", Qt.ItemDataRole.ToolTipRole)
    assert "times more than in 2024-H2" in tip
    assert cell(model, row, "actual", Qt.ItemDataRole.DecorationRole) is not None


def test_editing_a_measure_updates_the_measure_counts(demo_db, make_window, errors):
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    model = page.measures
    row = next(i for i, r in enumerate(model.rows) if r.status == "in_progress")
    assert "5 done, 13 in progress" in page.summary.text()
    assert model.setData(model.index(row, model.column_of("status")), "done")
    assert cell(model, row, "status") == "Done"
    assert "6 done, 12 in progress" in page.summary.text()
    assert model.setData(model.index(row, model.column_of("percent")), "100")
    assert not model.setData(model.index(row, model.column_of("percent")), "150")
    assert "between 0 and 100" in errors[0].text()
    rows = status.measure_rows(demo_db, page.program_id, "2025-H1")
    assert (rows[row].status, rows[row].percent) == ("done", 100)


# -- copy and paste ----------------------------------------------------------------------


def paste(page, grid, row, column, text):
    QGuiApplication.clipboard().setText(text)
    grid.setCurrentIndex(grid.model().index(row, column))
    grid.paste_clipboard()


def test_a_pasted_block_is_stored_in_one_go(demo_db, make_window):
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    model = page.indicators
    paste(page, page.indicator_grid, 0, model.column_of("actual"), "7 000\n0,9\r\n2 100,5\n")
    assert [cell(model, r, "actual") for r in range(3)] == ["7\u00a0000", "1:0,9", "2\u00a0100,5"]
    ps = status.program_status(demo_db, page.program_id, "2025-H1")
    assert [r.period_value for r in ps.indicators[:3]] == [7000.0, 0.9, 2100.5]
    # value and comment side by side in Excel land in Actual and Comment
    paste(page, page.indicator_grid, 3, model.column_of("actual"), "1,2\tdone by May")
    assert (cell(model, 3, "actual"), cell(model, 3, "comment")) == ("1,2", "done by May")


def test_a_block_with_one_bad_cell_changes_nothing_and_names_the_cell(demo_db, make_window, errors):
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    model = page.indicators
    before = stored(demo_db)
    paste(page, page.indicator_grid, 0, model.column_of("actual"), "10\nabc\n30")
    assert len(errors) == 1
    text = errors[0].text()
    assert "И-02" in text and "Actual" in text and "abc" in text
    assert stored(demo_db) == before
    assert [cell(model, r, "actual") for r in range(3)] == ["", "", ""]


def test_a_block_into_a_computed_column_or_beyond_the_table_is_refused(
    demo_db, make_window, errors
):
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    model = page.indicators
    before = stored(demo_db)
    paste(page, page.indicator_grid, 0, model.column_of("progress"), "10")
    assert "Progress" in errors[0].text() and "computed" in errors[0].text()
    paste(page, page.indicator_grid, 0, model.column_of("actual"), "10\tok\t30")
    assert "beyond the table" in errors[1].text()
    assert stored(demo_db) == before


def test_measure_statuses_are_pasted_as_words(demo_db, make_window):
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    model = page.measures
    paste(page, page.measure_grid, 0, model.column_of("status"), "Done\t100\nDelayed\t30")
    assert [cell(model, r, "status") for r in (0, 1)] == ["Done", "Delayed"]
    assert [cell(model, r, "percent") for r in (0, 1)] == ["100", "30"]


def test_copy_puts_the_selection_on_the_clipboard_as_tab_separated_text(demo_db, make_window):
    _window, page = open_page(make_window, demo_db, EDITOR, "2024-H2")
    grid, model = page.indicator_grid, page.indicators
    code, actual = model.column_of("code"), model.column_of("actual")
    grid.setCurrentIndex(model.index(0, code))
    grid.selectionModel().select(
        model.index(0, code), grid.selectionModel().SelectionFlag.ClearAndSelect
    )
    grid.selectionModel().select(model.index(1, actual), grid.selectionModel().SelectionFlag.Select)
    grid.copy_selection()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].startswith("И-01\t")
    assert lines[1].split("\t")[0] == "" and lines[1].split("\t")[-1] == "0,6"


# -- locking and the round workflow ------------------------------------------------------


def test_an_approved_period_is_read_only_and_the_service_refuses(demo_db, make_window, errors):
    _window, page = open_page(make_window, demo_db, EDITOR, "2024-H2")
    assert page.lock_banner.isVisible()
    assert "locked" in page.lock_banner.text()
    model = page.indicators
    index = model.index(0, model.column_of("actual"))
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    before = stored(demo_db)
    assert not model.setData(index, "1")
    paste(page, page.indicator_grid, 0, model.column_of("actual"), "1")
    assert "locked" in errors[0].text()
    with pytest.raises(PeriodLocked):
        monitoring.set_actual(demo_db, EDITOR, model.rows[0].indicator_id, "2024-H2", "1")
    assert stored(demo_db) == before


def test_a_viewer_sees_the_figures_but_cannot_change_them(demo_db, make_window):
    _window, page = open_page(make_window, demo_db, MAYOR, "2025-H1")
    model = page.indicators
    assert not model.flags(model.index(0, model.column_of("actual"))) & Qt.ItemFlag.ItemIsEditable
    assert not any(
        b.isEnabled() for b in (page.submit_button, page.approve_button, page.reopen_button)
    )
    assert "editor" in page.note_banner.text()


def test_submit_approve_and_reopen_by_role(demo_db, make_window, monkeypatch):
    monkeypatch.setattr("meapp.ui.messages.confirm", lambda *_a, **_k: True)
    # the demo's 2025-H1 has open data-quality items: acknowledge them (issue 19's gate)
    monkeypatch.setattr("meapp.ui.monitoring.quality_gate.acknowledge", lambda *_a, **_k: True)
    window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    assert page.submit_button.isEnabled()
    assert not page.approve_button.isEnabled() and not page.reopen_button.isEnabled()
    page.submit_button.click()
    assert window.top.round_text.text().startswith("Submitted · ")
    assert not page.submit_button.isEnabled() and not page.approve_button.isEnabled()
    assert page.indicators.flags(page.indicators.index(0, page.indicators.column_of("actual")))
    window.close()

    # the evaluation is empty: approve without writing it (issue 23's box)
    monkeypatch.setattr("meapp.ui.evaluation.write_first.run", lambda _box: "approve")
    window, page = open_page(make_window, demo_db, CHAIR, "2025-H1")
    assert page.approve_button.isEnabled() and not page.reopen_button.isEnabled()
    page.approve_button.click()
    assert window.top.round_text.text().startswith("Approved · ")
    assert page.lock_banner.isVisible()
    assert page.indicators.read_only and page.measures.read_only
    window.close()

    monkeypatch.setattr("meapp.ui.monitoring.dialogs.ask_reason", lambda *_a: "a typo in И-02")
    window, page = open_page(make_window, demo_db, ADMIN, "2025-H1")
    assert page.reopen_button.isEnabled() and not page.approve_button.isEnabled()
    page.reopen_button.click()
    assert window.top.round_text.text() == "Open for data entry"
    assert not page.lock_banner.isVisible() and not page.indicators.read_only
    with demo_db.session() as s:
        reason = s.scalar(
            select(AuditEvent.reason)
            .where(AuditEvent.action == "reopen")
            .order_by(AuditEvent.seq.desc())
        )
    assert reason == "a typo in И-02"


def test_reopening_without_a_reason_changes_nothing(demo_db, make_window, monkeypatch):
    monkeypatch.setattr("meapp.ui.monitoring.dialogs.ask_reason", lambda *_a: None)
    window, page = open_page(make_window, demo_db, ADMIN, "2024-H2")
    page.reopen_button.click()
    assert window.top.round_text.text().startswith("Approved · ")


# -- dialogs -----------------------------------------------------------------------------


def test_the_history_dialog_lists_an_edit(demo_db, make_window):
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    model = page.indicators
    model.setData(model.index(0, model.column_of("actual")), "5000")
    model.setData(model.index(0, model.column_of("actual")), "5 500")
    dialog = page.history_dialog(page.indicator_grid, 0)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(1, 1).text() == "editor"
    assert table.item(1, 2).text() == "Value: 5\u00a0000 → 5\u00a0500"
    assert not dialog.empty.isVisibleTo(dialog)
    menu = page.row_menu(page.indicator_grid, 0)
    assert "History of this value…" in [a.text() for a in menu.actions()]


def test_revising_a_target_from_the_grid(demo_db, make_window, errors):
    _window, page = open_page(make_window, demo_db, CHAIR, "2025-H1")
    row = row_of_code(page.indicators, "И-07")
    dialog = page.target_dialog(row)
    dialog.period.setCurrentIndex(dialog.period.findData("2025"))
    dialog.target.setText("700")
    dialog.save()
    assert errors and "reason" in errors[0].text()  # a revision needs a reason
    dialog.reason.setText("new factory")
    dialog.decision.setText("No. 12")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.load_history()
    assert dialog.history.item(0, 2).text().endswith("→ 700")
    assert dialog.history.item(0, 4).text() == "new factory · No. 12"
    menu = page.row_menu(page.indicator_grid, row)
    revise = next(a for a in menu.actions() if a.text() == "Revise target…")
    assert revise.isEnabled()
    editor_window, editor_page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    menu = editor_page.row_menu(editor_page.indicator_grid, row)
    assert not next(a for a in menu.actions() if a.text() == "Revise target…").isEnabled()


def test_evidence_dialog_opens_from_the_grid(demo_db, make_window, monkeypatch):
    from meapp.ui.monitoring import evidence_dialog as module

    opened = []

    class Fake:
        def __init__(self, ctx, program_id, period, owner_type, subject_id, label, parent=None):
            opened.append((program_id, period, owner_type, subject_id))
            self.changed = True

        def exec(self):
            return 1

    monkeypatch.setattr(module, "EvidenceDialog", Fake)
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    model = page.indicators
    page.indicator_grid.evidence_requested.emit(0)
    assert opened == [(page.program_id, "2025-H1", "actual", model.rows[0].indicator_id)]


# -- models and empty states -------------------------------------------------------------


def test_the_models_pass_the_model_tester(demo_db, make_window, qtmodeltester):
    _window, page = open_page(make_window, demo_db, EDITOR, "2024-H2")
    assert page.indicators.rowCount() == 12 and page.measures.rowCount() == 21
    qtmodeltester.check(page.indicators)
    qtmodeltester.check(page.measures)


def test_without_a_programme_the_page_says_what_to_do(db, make_window):
    window = make_window(db, actor=Actor.system(), page="monitoring")
    page = window.pages["monitoring"]
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No programme yet"
    assert "New programme" in page.empty.text.text()


# -- typed or imported: the same status ---------------------------------------------------


def test_typed_and_imported_values_give_the_same_status(
    demo_db,
    _demo_template,  # noqa: PT019 - the template file itself is copied
    tmp_path,
    make_window,
):
    copy = tmp_path / "imported.db"
    shutil.copyfile(_demo_template, copy)
    other = open_database(str(copy))
    try:
        _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
        model = page.indicators
        typed = {0: "7 000", 2: "1500,5", 5: "360.2", 7: "69"}
        for row, text in typed.items():
            assert model.setData(model.index(row, model.column_of("actual")), text)
        path = tmp_path / "actuals.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(["indicator_id", "period", "value", "comment"])
            for row, text in typed.items():
                out.writerow([model.rows[row].indicator_id, "2025-H1", text.replace(" ", ""), ""])
        actuals_import.import_actuals(other, EDITOR, path)
        pid = list_programs(demo_db)[0].id
        gui = status.status_json(status.program_status(demo_db, pid, "2025-H1"))
        imported = status.status_json(status.program_status(other, pid, "2025-H1"))
        assert gui == imported
        assert sum(1 for r in gui["indicators"] if r["actual"] is not None) == 4
    finally:
        other.dispose()


def test_the_grid_follows_a_language_switch(demo_db, make_window, qtbot):
    from meapp.ui import i18n

    _window, page = open_page(make_window, demo_db, EDITOR, "2024-H2")
    row = row_of_code(page.indicators, "И-01")
    assert cell(page.indicators, row, "status") == "On track"
    i18n.install_language("ky")
    # the page hears LanguageChange (posted) and writes its texts again
    qtbot.waitUntil(lambda: "график боюнча" in page.summary.text())
    assert cell(page.indicators, row, "status") == "График боюнча"


def test_the_page_reads_the_period_again_when_shown(demo_db, make_window):
    window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    window.show_page("dashboard")
    first = page.indicators.rows[0]
    monitoring.set_actual(demo_db, EDITOR, first.indicator_id, "2025-H1", "4 321")
    window.show_page("monitoring")
    assert cell(page.indicators, 0, "actual") == "4\u00a0321"


def test_choosing_the_carried_status_confirms_it_for_the_period(demo_db, make_window):
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    model = page.measures
    row = next(i for i, r in enumerate(model.rows) if not r.has_entry)
    shown = model.rows[row].status
    assert model.setData(model.index(row, model.column_of("status")), shown)
    assert model.rows[row].has_entry and model.rows[row].status == shown
    tip = cell(model, row, "status", Qt.ItemDataRole.ToolTipRole) or ""
    assert "Carried over" not in tip
    # the same value again writes nothing
    assert not model.setData(model.index(row, model.column_of("status")), shown)


def test_ctrl_z_undoes_an_edit_and_ctrl_y_redoes_it(demo_db, make_window, qtbot):
    _window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    model, grid = page.indicators, page.indicator_grid
    col = model.column_of("actual")
    assert model.setData(model.index(0, col), "5 000")
    paste(page, grid, 1, col, "0,7\n900")
    assert [cell(model, r, "actual") for r in range(3)] == ["5\u00a0000", "1:0,7", "900"]
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the paste
    assert [cell(model, r, "actual") for r in range(3)] == ["5\u00a0000", "", ""]
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the edit
    assert cell(model, 0, "actual") == ""
    assert not page.undo()  # nothing left
    qtbot.keyClick(grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert cell(model, 0, "actual") == "5\u00a0000"
    ps = status.program_status(demo_db, page.program_id, "2025-H1")
    assert [r.period_value for r in ps.indicators[:3]] == [5000.0, None, None]
    # every step is an audited change of its own
    assert page.history_dialog(grid, 0).table.rowCount() == 3


# -- frozen code and title columns ---------------------------------------------------------


def measures_scrolled_right(make_window, db, qtbot, actor=EDITOR, period="2025-H1"):
    """The measures tab of a 1366×768 window, scrolled to its right end."""
    window, page = open_page(make_window, db, actor, period)
    window.resize(1366, 768)
    page.tabs.setCurrentWidget(page.measure_tab)
    grid = page.measure_grid
    qtbot.waitUntil(lambda: grid.frozen.isVisible())
    bar = grid.horizontalScrollBar()
    assert bar.maximum() > 0  # the spending columns do not fit: the grid scrolls sideways
    bar.setValue(bar.maximum())
    return window, page, grid


def frozen_shows(grid, index):
    """Whether the frozen part shows the cell `index` (not hidden, inside its viewport)."""
    frozen = grid.frozen
    rect = frozen.visualRect(index)
    return (
        frozen.isVisible()
        and not frozen.isColumnHidden(index.column())
        and frozen.viewport().rect().contains(rect.center())
        and frozen.indexAt(rect.center()) == index
    )


def test_code_and_title_stay_in_view_when_the_measures_scroll_right(demo_db, make_window, qtbot):
    _window, page, grid = measures_scrolled_right(make_window, demo_db, qtbot)
    model = page.measures
    row = 3
    grid.setCurrentIndex(model.index(row, model.column_of("comment")))
    code = model.index(row, model.column_of("code"))
    title = model.index(row, model.column_of("title"))
    # the grid's own code and title cells have scrolled away under the frozen part …
    assert grid.visualRect(code).right() < grid.horizontalScrollBar().value()
    # … and the frozen part shows them, at the grid's left edge, for the current row
    assert frozen_shows(grid, code) and frozen_shows(grid, title)
    assert code.data() == model.rows[row].code
    assert grid.frozen.geometry().left() == grid.viewport().geometry().left()
    assert grid.frozen.width() == grid.columnWidth(0) + grid.columnWidth(1)
    # only the code and the title are frozen; everything else is the grid's
    frozen_columns = [c for c in range(model.columnCount()) if not grid.frozen.isColumnHidden(c)]
    assert frozen_columns == [model.column_of("code"), model.column_of("title")]
    # the comment being edited is not under the frozen part
    current = grid.visualRect(grid.currentIndex())
    assert current.left() >= grid.frozen.width()


def test_frozen_part_follows_row_heights_and_vertical_scrolling(demo_db, make_window, qtbot):
    _window, page, grid = measures_scrolled_right(make_window, demo_db, qtbot)
    model = page.measures
    heights = [grid.rowHeight(r) for r in range(model.rowCount())]
    assert len(set(heights)) > 1  # wrapped titles: rows of different heights
    assert [grid.frozen.rowHeight(r) for r in range(model.rowCount())] == heights
    grid.verticalScrollBar().setValue(grid.verticalScrollBar().maximum())
    assert grid.frozen.verticalScrollBar().value() == grid.verticalScrollBar().value() > 0
    last = model.rowCount() - 1
    assert frozen_shows(grid, model.index(last, model.column_of("code")))
    # the frozen rows line up with the grid's rows
    status = model.index(last, model.column_of("status"))
    assert grid.frozen.visualRect(model.index(last, 0)).top() == grid.visualRect(status).top()
    grid.verticalHeader().resizeSection(2, 150)  # the user drags a row taller
    assert grid.frozen.rowHeight(2) == 150


def test_a_click_in_the_frozen_part_selects_in_the_grid_and_keys_move_on(
    demo_db, make_window, qtbot
):
    window, page, grid = measures_scrolled_right(make_window, demo_db, qtbot)
    model = page.measures
    frozen = grid.frozen
    assert frozen.selectionModel() is grid.selectionModel()
    row = 4
    title = model.index(row, model.column_of("title"))
    qtbot.mouseClick(
        frozen.viewport(), Qt.MouseButton.LeftButton, pos=frozen.visualRect(title).center()
    )
    assert grid.currentIndex() == title
    assert grid.hasFocus()  # the keys go to the grid, which edits and moves
    assert frozen.selectionModel().isSelected(title)
    # Tab goes on to the status, the next cell to type in, brought out from under the frozen part
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.currentIndex() == model.index(row, model.column_of("status"))
    assert grid.visualRect(grid.currentIndex()).left() >= frozen.width()
    # a selection made in the grid shows in the frozen part too
    grid.selectRow(row + 1)
    assert frozen.selectionModel().isSelected(model.index(row + 1, model.column_of("code")))
    assert not frozen.selectionModel().isSelected(title)


def test_the_row_menu_opens_from_the_frozen_part_for_its_row(
    demo_db, make_window, qtbot, monkeypatch
):
    _window, page, grid = measures_scrolled_right(make_window, demo_db, qtbot)
    model = page.measures
    frozen = grid.frozen
    asked = []  # the page's menu, for the grid and the row under the mouse (not shown)
    monkeypatch.setattr(page, "_menu", lambda g, pos: asked.append((g, g.indexAt(pos).row())))
    code = model.index(5, model.column_of("code"))
    frozen.customContextMenuRequested.emit(frozen.visualRect(code).center())
    assert asked == [(grid, 5)]
    assert "History of this value…" in [a.text() for a in page.row_menu(grid, 5).actions()]


def test_frozen_part_of_the_indicators_and_after_a_period_change(demo_db, make_window, qtbot):
    window, page = open_page(make_window, demo_db, EDITOR, "2025-H1")
    grid, model = page.indicator_grid, page.indicators
    qtbot.waitUntil(lambda: grid.frozen.isVisible())
    assert [c for c in range(model.columnCount()) if not grid.frozen.isColumnHidden(c)] == [
        model.column_of("code"),
        model.column_of("name"),
    ]
    assert frozen_shows(grid, model.index(0, model.column_of("name")))
    # an approved period: read-only cells, the same frozen code and title
    combo = window.top.period
    combo.setCurrentIndex(combo.findData("2024-H2"))
    page.tabs.setCurrentWidget(page.measure_tab)
    measures, mgrid = page.measures, page.measure_grid
    qtbot.waitUntil(lambda: mgrid.frozen.isVisible())
    assert measures.read_only
    assert [c for c in range(measures.columnCount()) if not mgrid.frozen.isColumnHidden(c)] == [
        0,
        1,
    ]
    assert [mgrid.frozen.rowHeight(r) for r in range(measures.rowCount())] == [
        mgrid.rowHeight(r) for r in range(measures.rowCount())
    ]
