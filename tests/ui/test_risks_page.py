"""The Risks page: SWOT lists and the risk register on the demo programme, as a user sees them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from meapp.services.access.users import Actor
from meapp.services.governance import swot_risks
from meapp.services.plan.programs import list_programs
from meapp.ui.common import dialogs
from meapp.ui.governance.risk_widgets import COL_SCORE, COL_TEXT, RiskDialog, RiskTableModel

CHAIR = Actor("chair", "evaluator", "Chair")
MAYOR = Actor("mayor", "viewer", "Mayor")


def fill_and_accept(fill):
    """A stand-in for the modal `run_dialog`: fill the form, press OK, report the outcome."""

    def run(dialog) -> bool:
        fill(dialog)
        dialog.accept()
        return dialog.result() == 1

    return run


def table_texts(page, column):
    proxy = page.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def list_texts(box):
    return [box.list.item(r).text() for r in range(box.list.count())]


def test_demo_register_and_swot_are_shown(demo_db, make_window, qtmodeltester):
    window = make_window(demo_db, actor=CHAIR, page="risks")
    page = window.pages["risks"]
    pid = list_programs(demo_db)[0].id
    risks = swot_risks.list_risks(demo_db, pid)
    assert page.proxy.rowCount() == len(risks)
    # sorted by score, highest first; the score says its level in a word
    scores = table_texts(page, COL_SCORE)
    assert scores[0].startswith(str(risks[0].score))
    assert any(word in scores[0] for word in ("high", "medium", "low"))
    assert "Risk register: 5 risks" in page.register_title.text()
    for category, box in page.boxes.items():
        items = swot_risks.list_swot(demo_db, pid)[category]
        assert list_texts(box) == [f"{n}. {it.text}" for n, it in enumerate(items, 1)]
    qtmodeltester.check(page.model)


def test_adding_a_risk_lists_it_and_counts_it_in_the_heat_matrix(demo_db, make_window, monkeypatch):
    window = make_window(demo_db, actor=CHAIR, page="risks")
    page = window.pages["risks"]
    before = page.matrix.cell_count(5, 5)
    rows = page.proxy.rowCount()

    def fill(d: RiskDialog) -> None:
        d.text.setPlainText("Earthquake damages the new school")
        d.likelihood.setValue(5)
        d.impact.setValue(5)
        d.owner.setText("Civil defence")
        assert "25" in d.score.text() and "high" in d.score.text()

    monkeypatch.setattr(dialogs, "run_dialog", fill_and_accept(fill))
    assert page.add_risk_button.isEnabled()
    page.add_risk_button.click()
    assert page.proxy.rowCount() == rows + 1
    assert table_texts(page, COL_TEXT)[0] == "Earthquake damages the new school"
    assert page.matrix.cell_count(5, 5) == before + 1
    assert page.current_risk().text == "Earthquake damages the new school"


def test_editing_a_risk_to_closed_takes_it_out_of_the_matrix(demo_db, make_window, monkeypatch):
    window = make_window(demo_db, actor=CHAIR, page="risks")
    page = window.pages["risks"]
    page.table.selectRow(0)
    risk = page.current_risk()
    cell = page.matrix.cell_count(risk.likelihood, risk.impact)

    def fill(d: RiskDialog) -> None:
        d.status.setCurrentIndex(d.status.findData("closed"))

    monkeypatch.setattr(dialogs, "run_dialog", fill_and_accept(fill))
    page.edit_risk_button.click()
    assert page.matrix.cell_count(risk.likelihood, risk.impact) == cell - 1
    statuses = {r.id: r.status for r in swot_risks.list_risks(demo_db, risk.program_id)}
    assert statuses[risk.id] == "closed"


def test_a_refused_risk_keeps_the_form_open_with_the_message(demo_db, make_window, monkeypatch):
    window = make_window(demo_db, actor=CHAIR, page="risks")
    page = window.pages["risks"]
    shown = []
    monkeypatch.setattr("meapp.ui.messages.show_error", lambda _p, exc: shown.append(exc))
    pid = page.scope.program_id
    dialog = RiskDialog(lambda data: swot_risks.add_risk(demo_db, CHAIR, pid, data), None, page)
    dialog.accept()  # no description
    assert dialog.result() == 0
    assert "description" in str(shown[0])
    dialog.close()


def test_swot_add_and_reorder(demo_db, make_window, monkeypatch):
    window = make_window(demo_db, actor=CHAIR, page="risks")
    page = window.pages["risks"]
    box = page.boxes["threat"]
    n = box.list.count()
    monkeypatch.setattr(
        dialogs,
        "run_dialog",
        fill_and_accept(lambda d: d.editor.setPlainText("Power cuts in winter")),
    )
    box.add_button.click()
    assert box.list.count() == n + 1
    assert list_texts(box)[-1] == f"{n + 1}. Power cuts in winter"
    assert box.current().text == "Power cuts in winter"
    # one step up: it changes places with the item above, and stays selected
    assert box.up_button.isEnabled() and not box.down_button.isEnabled()
    box.up_button.click()
    assert list_texts(box)[-2] == f"{n}. Power cuts in winter"
    assert box.current().text == "Power cuts in winter"
    stored = swot_risks.list_swot(demo_db, page.scope.program_id)["threat"]
    assert stored[-2].text == "Power cuts in winter"
    # the other lists did not move
    assert box.list.count() == len(stored)


def test_swot_delete_asks_first(demo_db, make_window, monkeypatch):
    window = make_window(demo_db, actor=CHAIR, page="risks")
    box = window.pages["risks"].boxes["strength"]
    box.list.setCurrentRow(0)
    first = box.current().text
    answers = iter([False, True])
    monkeypatch.setattr("meapp.ui.messages.confirm", lambda *_a: next(answers))
    box.delete_button.click()
    assert box.current() is not None and box.items[0].text == first
    box.delete_button.click()
    assert first not in [it.text for it in box.items]


@pytest.mark.parametrize(("actor", "read_only"), [(MAYOR, False), (CHAIR, True)])
def test_a_viewer_sees_editing_disabled(demo_db, make_window, actor, read_only):
    window = make_window(demo_db, actor=actor, page="risks", read_only=read_only)
    page = window.pages["risks"]
    page.table.selectRow(0)
    assert page.current_risk() is not None
    for button in (page.add_risk_button, page.edit_risk_button, page.delete_risk_button):
        assert not button.isEnabled()
    for box in page.boxes.values():
        box.list.setCurrentRow(1)
        buttons = (
            box.add_button,
            box.edit_button,
            box.delete_button,
            box.up_button,
            box.down_button,
        )
        assert not any(b.isEnabled() for b in buttons)
        # no button that looks as if it would do something (issue 23: ↑/↓ for the mayor)
        assert not any(b.isVisibleTo(page) for b in buttons)
    assert page.rights_note.isVisible()
    assert "chair or an administrator" in page.rights_note.text()


def test_an_empty_database_says_what_to_do(db, make_window):
    window = make_window(db, actor=CHAIR, page="risks")
    page = window.pages["risks"]
    assert page.stack.currentWidget() is page.empty
    assert "New programme" in page.empty.text.text()


def test_model_sorts_numbers_as_numbers(demo_db, qtmodeltester):
    pid = list_programs(demo_db)[0].id
    model = RiskTableModel()
    model.set_risks(swot_risks.list_risks(demo_db, pid))
    qtmodeltester.check(model)
    assert model.headerData(COL_SCORE, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "Score"
    )
