"""The evaluation page's text boxes (issue 23): Ctrl+S saves wherever the focus is on the
page, and each box is as tall as its text — no box scrolls on its own; the column does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from meapp.services.access.users import Actor
from meapp.services.evaluation import narrative as ev

CHAIR = Actor("chair", "evaluator", "Demo chair")
MAYOR = Actor("mayor", "viewer", "Demo mayor")
LONG = "\n".join(f"Line {n}: the road works went on as planned in the village." for n in range(30))


def _page(make_window, db, actor=CHAIR):
    window = make_window(db, actor=actor, page="evaluation")
    return window, window.pages["evaluation"]


def test_ctrl_s_in_a_text_box_saves(demo_db, make_window, qtbot):
    window, page = _page(make_window, demo_db)
    edit = page.editors["analysis"]
    edit.setFocus()
    edit.setPlainText("Жолдор оңдолду.")
    assert page.is_dirty()
    qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.is_dirty()
    stored = ev.get_evaluation(demo_db, window.scope.program_id, window.scope.period)
    assert stored.analysis == "Жолдор оңдолду."
    assert page.saved_line.text().startswith("Saved ")


def test_ctrl_s_from_the_top_bar_saves_the_shown_page(demo_db, make_window, qtbot):
    window, page = _page(make_window, demo_db)
    page.editors["summary"].setPlainText("Көпүрө бүттү.")
    window.top.period.setFocus()
    qtbot.keyClick(window.top.period, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = ev.get_evaluation(demo_db, window.scope.program_id, window.scope.period)
    assert stored.summary == "Көпүрө бүттү."


def test_ctrl_s_on_another_page_does_not_save_the_evaluation(demo_db, make_window, qtbot):
    window, page = _page(make_window, demo_db)
    page.editors["summary"].setPlainText("Жазылган, бирок сакталган эмес.")
    window.show_page("dashboard")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = ev.get_evaluation(demo_db, window.scope.program_id, window.scope.period)
    assert stored.summary == ""
    assert page.is_dirty()


def test_a_viewer_presses_ctrl_s_and_nothing_is_written(demo_db, make_window, qtbot):
    window, page = _page(make_window, demo_db, actor=MAYOR)
    before = ev.get_evaluation(demo_db, window.scope.program_id, window.scope.period)
    qtbot.keyClick(page.editors["summary"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    after = ev.get_evaluation(demo_db, window.scope.program_id, window.scope.period)
    assert after.version == before.version


def test_a_box_grows_with_its_text_and_never_scrolls_itself(demo_db, make_window, qtbot):
    _window, page = _page(make_window, demo_db)
    edit = page.editors["weak_points"]
    empty_height = edit.height()
    line = edit.fontMetrics().lineSpacing()
    assert empty_height >= 3 * line  # an empty box still invites a few lines
    edit.setPlainText(LONG)
    qtbot.waitUntil(lambda: edit.height() >= 30 * line)
    assert edit.verticalScrollBar().maximum() == 0  # every line shown, no scroll bar of its own
    assert edit.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    edit.setPlainText("")
    qtbot.waitUntil(lambda: edit.height() == empty_height)


def test_a_narrower_box_wraps_into_more_lines_and_grows(demo_db, make_window, qtbot):
    _window, page = _page(make_window, demo_db)
    edit = page.editors["recommendations"]
    edit.setPlainText(" ".join(["Суу түтүгүн бүтүрүү керек."] * 40))
    wide = edit.text_height()
    edit.resize(edit.width() // 2, edit.height())
    assert edit.text_height() > wide
    assert edit.height() == edit.text_height()


def test_typing_at_the_end_of_a_long_box_keeps_the_cursor_in_view(demo_db, make_window, qtbot):
    _window, page = _page(make_window, demo_db)
    edit = page.editors["target_corrections"]  # the last box, at the bottom of the column
    edit.setPlainText(LONG)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, " more")
    area = page.editors_scroll

    def cursor_in_view() -> bool:
        bottom = edit.viewport().mapTo(area.viewport(), edit.cursorRect().bottomLeft())
        return 0 <= bottom.y() <= area.viewport().height()

    qtbot.waitUntil(cursor_in_view)
    assert area.verticalScrollBar().value() > 0
