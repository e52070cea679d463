"""The monitoring grid's "Confirm value…" (issue 19) on the demo: a ×1000 slip typed into
the open period is held as "Needs review" and out of the programme's progress; the chair
confirms it with a reason in the dialog, an editor cannot."""

from __future__ import annotations

from PySide6.QtCore import Qt

from meapp.services.access.users import Actor
from meapp.services.monitoring import entry as monitoring
from meapp.services.monitoring import review

EDITOR = Actor("editor", "editor", "Demo editor")
CHAIR = Actor("chair", "evaluator", "Demo chair")
DISPLAY = Qt.ItemDataRole.DisplayRole


def open_page(make_window, db, actor, period="2025-H1"):
    window = make_window(db, actor=actor, page="monitoring")
    combo = window.top.period
    combo.setCurrentIndex(combo.findData(period))
    return window, window.pages["monitoring"]


def row_of_code(model, code):
    return next(i for i, r in enumerate(model.rows) if r.code == code)


def confirm_action(page, row):
    menu = page.row_menu(page.indicator_grid, row)
    return next(a for a in menu.actions() if a.text() == "Confirm value…")


def test_a_held_value_is_confirmed_from_the_grid(demo_db, make_window, monkeypatch):
    from meapp.ui.monitoring import confirm_value

    ind = next(
        r
        for r in monitoring.st.program_status(demo_db, _program(demo_db), "2025-H1").indicators
        if r.code == "И-01"
    )
    monitoring.set_actual(demo_db, EDITOR, ind.indicator_id, "2025-H1", "1e9")
    _window, page = open_page(make_window, demo_db, EDITOR)
    model = page.indicators
    row = row_of_code(model, "И-01")
    assert model.index(row, model.column_of("status")).data(DISPLAY) == "Needs review"
    assert "1 needs review" in page.summary.text()
    assert not confirm_action(page, row).isEnabled()  # an editor does not confirm

    _window, page = open_page(make_window, demo_db, CHAIR)
    row = row_of_code(page.indicators, "И-01")
    action = confirm_action(page, row)
    assert action.isEnabled()
    shown = []

    def fake_exec(dialog):
        shown.append(dialog.prompt.text())
        dialog.confirm()  # OK without a reason is refused in the dialog, which stays open
        assert dialog.error.isVisibleTo(dialog)
        dialog.reason.setPlainText("the new park was measured in the field")
        dialog.confirm()
        return dialog.result()

    monkeypatch.setattr(confirm_value.ConfirmValueDialog, "exec", fake_exec)
    action.trigger()
    assert shown and "1\u00a0000\u00a0000\u00a0000" in shown[0]
    assert review.values_needing_review(demo_db, _program(demo_db)) == []
    row = row_of_code(page.indicators, "И-01")
    status = page.indicators.index(row, page.indicators.column_of("status")).data(DISPLAY)
    assert status != "Needs review"


def _program(db):
    from meapp.services.plan.programs import list_programs

    return list_programs(db)[0].id
