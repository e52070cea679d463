"""The plan editor on the demo database: add, edit, targets, drag and drop, delete with
its impact, undo/redo, filter, rights, and the tree model under qtmodeltester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from meapp.services.access.users import Actor
from meapp.services.monitoring.entry import set_actual
from meapp.services.plan import edit as pe
from meapp.services.plan.programs import list_programs, plan_tree

ADMIN = Actor("admin", "admin", "Demo administrator")


def _walk(nodes, parent=None):
    for n in nodes:
        yield n, parent
        yield from _walk(n.children, n)


def _find(db, kind, pred=lambda n: True):
    program = list_programs(db)[0]
    return [(n, p) for n, p in _walk(plan_tree(db, program.id)) if n.kind == kind and pred(n)]


def _parent_of(db, node_id):
    program = list_programs(db)[0]
    for n, p in _walk(plan_tree(db, program.id)):
        if n.id == node_id:
            return p.id if p else None
    raise AssertionError(f"{node_id} is not in the tree")


def _in_tree(db, node_id) -> bool:
    program = list_programs(db)[0]
    return any(n.id == node_id for n, _p in _walk(plan_tree(db, program.id)))


def _select(page, node_id):
    index = page.proxy.mapFromSource(page.model.index_of(node_id))
    assert index.isValid()
    page.tree.setCurrentIndex(index)
    return index


@pytest.fixture
def plan_page(demo_db, make_window):
    window = make_window(demo_db, page="plan")
    return window.pages["plan"]


def test_add_a_measure_under_an_objective(demo_db, plan_page, qtbot):
    page = plan_page
    objective, _ = _find(demo_db, "objective")[0]
    before = len([c for c in objective.children if c.kind == "measure"])
    _select(page, objective.id)
    assert page.act_add_child.isEnabled()
    page.act_add_child.trigger()

    node_id, kind = page.current_node()
    assert kind == "measure"
    assert _parent_of(demo_db, node_id) == objective.id
    assert page.tree.currentIndex().parent().data(Qt.ItemDataRole.UserRole + 1) == objective.id
    shown = page.tree.currentIndex().data()  # the next free code of the level, then the title
    assert shown.startswith(f"{objective.code}.") and shown.endswith("  New measure")
    refreshed = next(n for n, _p in _find(demo_db, "objective") if n.id == objective.id)
    assert len([c for c in refreshed.children if c.kind == "measure"]) == before + 1

    # the form of the new measure is open: type its fields and apply
    form = page.item_form
    assert form.lead.widget.isVisibleTo(page)  # the measure's own fields are shown
    form.title.widget.setPlainText("Repair the school roof")
    form.lead.widget.setText("Department of education")
    form.deadline.widget.setText("2025-2026-жж.")
    form.end_spin.set_year(2026)
    form.start_spin.set_year(2025)
    # local budget, its total (the last column; the others are the years, issue 21)
    budget_index = form.budget_model.index(0, form.budget_model.columnCount() - 1)
    form.budget_model.setData(budget_index, "1 250 000,5")
    assert page.apply_button.isEnabled()
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    item = pe.get_plan_item(demo_db, node_id)
    assert item.title == "Repair the school roof"
    assert item.lead_executor == "Department of education"
    assert (item.start_year, item.end_year) == (2025, 2026)
    assert dict(item.budgets) == {"local_budget": 1250000.5}
    assert page.tree.currentIndex().data() == f"{item.code}  Repair the school roof"
    assert not page.apply_button.isEnabled()

    # Ctrl+Z takes back the edit, then the addition
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pe.get_plan_item(demo_db, node_id).title == "New measure"
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not _in_tree(demo_db, node_id)
    assert not page.model.index_of(node_id).isValid()
    qtbot.keyClick(page.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _in_tree(demo_db, node_id)  # the same line, with the same id


def test_a_validation_error_names_the_field(demo_db, plan_page, qtbot):
    page = plan_page
    measure, _ = _find(demo_db, "measure")[0]
    _select(page, measure.id)
    form = page.item_form
    form.title.widget.setPlainText("   ")
    page.apply_form()
    assert form.error.isVisibleTo(page)
    assert form.error.text().startswith("⚠ Title:")
    assert "title" in form.error.text()
    assert pe.get_plan_item(demo_db, measure.id).title == measure.title
    form.code.widget.setText("x" * 60)
    form.title.widget.setPlainText("A title")
    page.apply_form()
    assert form.error.text().startswith("⚠ Code:")


def test_edit_targets_of_an_indicator_in_the_small_table(demo_db, plan_page, qtbot):
    page = plan_page
    indicator, _ = _find(demo_db, "indicator")[0]
    _select(page, indicator.id)
    form = page.indicator_form
    assert page.forms.currentWidget().widget() is form
    model = form.targets_model
    years = [model.index(r, 0).data() for r in range(model.rowCount())]
    locked = [y for r, y in enumerate(years) if model.is_locked(r)]
    assert locked == ["2023", "2024"]  # their rounds are approved
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # the lock
    locked_row = years.index("2023")
    assert not (model.flags(model.index(locked_row, 1)) & Qt.ItemFlag.ItemIsEditable)
    row_2026 = next(r for r, y in enumerate(years) if y == "2026")
    assert model.setData(model.index(row_2026, 1), "734 593,3")
    assert model.setData(model.index(row_2026, 2), "300")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    saved = {p: v for p, v, _t in pe.get_indicator(demo_db, indicator.id).targets}
    assert saved["2026"] == pytest.approx(734593.3)
    assert saved["2026-H1"] == pytest.approx(300)
    # the table shows what was saved, the Kyrgyz way
    assert form.targets_model.index(row_2026, 1).data() == "734\u00a0593,3"
    page.undo()
    saved = {p: v for p, v, _t in pe.get_indicator(demo_db, indicator.id).targets}
    assert "2026-H1" not in saved


def test_drag_a_measure_to_another_objective(demo_db, plan_page, qtbot):
    page = plan_page
    objectives = [n for n, _p in _find(demo_db, "objective")]
    source = next(o for o in objectives if any(c.kind == "measure" for c in o.children))
    target = next(o for o in objectives if o.id != source.id)
    measure = next(c for c in source.children if c.kind == "measure")
    # what the view does on a drop onto an item: row and column -1, the item as parent
    drag_index = page.proxy.mapFromSource(page.model.index_of(measure.id))
    drop_on = page.proxy.mapFromSource(page.model.index_of(target.id))
    data = page.proxy.mimeData([drag_index])
    assert page.proxy.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, drop_on)
    # the view removes nothing itself: the service moves, the tree is re-read
    assert not page.proxy.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, drop_on)
    qtbot.waitUntil(lambda: _parent_of(demo_db, measure.id) == target.id)
    qtbot.waitUntil(lambda: page.current_node()[0] == measure.id)
    assert page.model.parent_id(page.model.index_of(measure.id)) == target.id
    page.undo()
    assert _parent_of(demo_db, measure.id) == source.id


def test_a_drop_that_breaks_the_hierarchy_is_refused(demo_db, plan_page):
    page = plan_page
    direction, _ = _find(demo_db, "direction")[0]
    measure, _ = _find(demo_db, "measure")[0]
    data = page.proxy.mimeData([page.proxy.mapFromSource(page.model.index_of(direction.id))])
    onto = page.proxy.mapFromSource(page.model.index_of(measure.id))
    assert not page.proxy.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, onto)


def test_move_down_and_up_with_the_keyboard(demo_db, plan_page, qtbot):
    page = plan_page
    directions = [n for n, _p in _find(demo_db, "direction")]
    _select(page, directions[0].id)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    order = [n.id for n, _p in _find(demo_db, "direction")]
    assert order[:2] == [directions[1].id, directions[0].id]
    assert page.current_node()[0] == directions[0].id
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [n.id for n, _p in _find(demo_db, "direction")][:2] == order[:2][::-1]


def test_delete_says_what_goes_and_undo_brings_it_all_back(demo_db, plan_page, qtbot, monkeypatch):
    page = plan_page
    program = list_programs(demo_db)[0]
    objective, _ = _find(demo_db, "objective")[0]
    measure = pe.add_plan_item(
        demo_db, ADMIN, program.id, kind="measure", title="Plant trees", parent_id=objective.id
    )
    ids = []
    for name in ("Trees planted", "Volunteers"):
        ind = pe.add_indicator(demo_db, ADMIN, program.id, name=name, plan_item_id=measure.id)
        pe.set_targets(demo_db, ADMIN, ind.id, {"2025": 100.0})
        set_actual(demo_db, ADMIN, ind.id, "2025-H1", 40)
        ids.append(ind.id)
    page._reload(measure.id)

    asked = []

    def confirm(_parent, text, informative=""):
        asked.append((text, informative))
        return True

    monkeypatch.setattr("meapp.ui.pages.plan.confirm", confirm)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    question, details = asked[0]
    assert question == "Delete the measure “Plant trees”?"
    # (English plural forms come from the catalogue; the counts are what matters here)
    assert "2 indicator" in details
    assert "2 target value" in details
    assert "2 actual value" in details
    assert "Ctrl+Z" in details
    assert not _in_tree(demo_db, measure.id)
    assert not page.model.index_of(measure.id).isValid()

    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _in_tree(demo_db, measure.id)
    assert page.current_node()[0] == measure.id
    for ind_id in ids:
        assert pe.get_indicator(demo_db, ind_id).plan_item_id == measure.id
    restored = pe.delete_impact_of_item(demo_db, measure.id)
    assert (restored.indicators, restored.targets, restored.actuals) == (2, 2, 2)

    qtbot.keyClick(page.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert not _in_tree(demo_db, measure.id)


def test_delete_is_refused_when_an_approved_period_holds_data(demo_db, plan_page, monkeypatch):
    page = plan_page
    direction, _ = _find(demo_db, "direction")[0]
    _select(page, direction.id)
    errors = []
    monkeypatch.setattr("meapp.ui.pages.plan.confirm", lambda *_a, **_k: True)
    monkeypatch.setattr("meapp.ui.pages.plan.show_error", lambda _p, exc: errors.append(exc))
    page.delete_current()
    assert errors and "approved" in str(errors[0])
    assert _in_tree(demo_db, direction.id)
    assert not page.undo_stack.canUndo()


def test_rename_with_f2(demo_db, plan_page, qtbot):
    from PySide6.QtWidgets import QLineEdit

    page = plan_page
    sector, _ = _find(demo_db, "sector")[0]
    _select(page, sector.id)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_F2)
    editor = page.tree.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    assert editor.text() == sector.title  # the title alone, without its code
    editor.setText("Education and schools")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pe.get_plan_item(demo_db, sector.id).title == "Education and schools")
    qtbot.waitUntil(lambda: page.current_node()[0] == sector.id)
    assert page.tree.currentIndex().data().endswith("Education and schools")


def test_copy_makes_a_deep_copy_below(demo_db, plan_page):
    page = plan_page
    measure, parent = next(
        (n, p)
        for n, p in _find(demo_db, "measure")
        if any(c.kind == "indicator" for c in n.children)
    )
    _select(page, measure.id)
    page.act_copy.trigger()
    copy_id = page.current_node()[0]
    assert copy_id != measure.id
    assert _parent_of(demo_db, copy_id) == parent.id
    copy = next(n for n, _p in _find(demo_db, "measure") if n.id == copy_id)
    assert len(copy.children) == len(measure.children)


def test_filter_keeps_the_parents_of_matches(demo_db, plan_page, qtbot):
    page = plan_page
    indicator, parent = next((n, p) for n, p in _find(demo_db, "indicator") if p is not None)
    qtbot.keyClick(page.window(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter.hasFocus()
    page.filter.setText(indicator.title)
    index = page.proxy.mapFromSource(page.model.index_of(indicator.id))
    assert index.isValid()
    chain = []
    up = index.parent()
    while up.isValid():
        chain.append(up.data(Qt.ItemDataRole.UserRole + 1))
        up = up.parent()
    assert parent.id in chain
    assert page.tree.isExpanded(index.parent())
    visible_top = page.proxy.rowCount()
    assert visible_top < 5
    page.filter.clear()
    assert page.proxy.rowCount() == 5


def test_a_viewer_reads_but_cannot_edit(demo_db, make_window):
    window = make_window(demo_db, actor=Actor("mayor", "viewer", "Mayor"), page="plan")
    page = window.pages["plan"]
    measure, _ = _find(demo_db, "measure")[0]
    index = _select(page, measure.id)
    assert page.item_form.title.widget.toPlainText() == measure.title
    assert page.item_form.title.widget.isReadOnly()
    assert not page.apply_button.isVisible()
    assert page.read_only_note.isVisible()
    for act in (
        page.act_add_child,
        page.act_add_sibling,
        page.act_add_indicator,
        page.act_copy,
        page.act_delete,
        page.act_up,
        page.act_down,
        page.act_import,
    ):
        assert not act.isEnabled()
    assert page.act_export.isEnabled()  # reading the plan out is allowed
    assert not (page.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert not (page.proxy.flags(index) & Qt.ItemFlag.ItemIsDragEnabled)
    page.add_item("direction", None, None)  # even when called, nothing is added
    assert len(_find(demo_db, "direction")) == 4


def test_read_only_window_offers_no_editing(demo_db, make_window):
    window = make_window(demo_db, page="plan", read_only=True)
    page = window.pages["plan"]
    assert not page.add_button.isEnabled()
    assert not page.act_delete.isEnabled()
    assert not page.apply_button.isVisible()


def test_programme_dialog_saves_and_undoes(demo_db, plan_page, qtbot, monkeypatch):
    from meapp.ui.plan.program_dialog import ProgramDialog

    page = plan_page
    program = list_programs(demo_db)[0]
    seen = {}

    def run(dialog):
        seen["dialog"] = dialog
        form = dialog.form
        form.number.widget.setText("15/3")
        form.green_spin.setValue(85)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ProgramDialog, "exec", run)
    with qtbot.waitSignal(page.programs_changed):
        page.open_program()
    after = pe.get_program_form(demo_db, program.id)
    assert after.approval_number == "15/3"
    assert after.threshold_green == pytest.approx(0.85)
    page.undo()
    assert pe.get_program_form(demo_db, program.id).threshold_green == pytest.approx(
        program.threshold_green
    )


def test_programme_dialog_names_a_bad_field(demo_db, plan_page, monkeypatch):
    from meapp.ui.plan.program_dialog import ProgramDialog

    form = pe.get_program_form(demo_db, list_programs(demo_db)[0].id)
    dialog = ProgramDialog(
        form, True, lambda changes: pe.update_program(demo_db, ADMIN, form.id, changes)
    )
    dialog.form.title.widget.setPlainText("")
    dialog.accept()
    assert not dialog.result()
    assert dialog.form.error.text().startswith("⚠ Title:")
    dialog.close()


def test_viewer_sees_the_programme_read_only(demo_db):
    from meapp.ui.plan.program_dialog import ProgramDialog

    form = pe.get_program_form(demo_db, list_programs(demo_db)[0].id)
    dialog = ProgramDialog(form, False)
    assert dialog.form.municipality.widget.isReadOnly()
    assert dialog.form.title.widget.toPlainText() == form.title
    dialog.close()


def test_no_programme_offers_import_and_create(db, make_window):
    window = make_window(db, actor=Actor.system(), page="plan")
    page = window.pages["plan"]
    assert page.stack.currentWidget() is page.empty_panel
    assert page.empty.title.text() == "No programme yet"
    assert "Import" in page.empty.text.text()
    assert page.empty_import.isEnabled()
    assert page.empty_create.text() == "Create a programme…"
    assert page.empty_create.isEnabled()


def test_leaving_a_changed_form_asks_and_saves(demo_db, plan_page, monkeypatch):
    page = plan_page
    measures = [n for n, _p in _find(demo_db, "measure")]
    _select(page, measures[0].id)
    page.item_form.lead.widget.setText("Department of roads")
    asked = []
    answer = "cancel"
    monkeypatch.setattr(
        "meapp.ui.pages.plan.ask_save", lambda _p, text, _i="": asked.append(text) or answer
    )
    _select(page, measures[1].id)  # cancelled: stays, with what was typed
    assert asked and "Save your changes" in asked[0]
    assert page.current_node()[0] == measures[0].id
    assert page.item_form.lead.widget.text() == "Department of roads"
    answer = "save"
    _select(page, measures[1].id)
    assert pe.get_plan_item(demo_db, measures[0].id).lead_executor == "Department of roads"
    assert page.current_node()[0] == measures[1].id
    assert page.item_form.title.widget.toPlainText() == measures[1].title


def test_an_empty_programme_starts_with_a_first_direction(db, make_window):
    programme = pe.create_program(
        db,
        Actor.system(),
        title="Plan 2025–2028",
        municipality="Кант",
        start_year=2025,
        end_year=2028,
    )
    window = make_window(db, actor=Actor.system(), page="plan")
    page = window.pages["plan"]
    assert page.stack.currentWidget() is page.empty_panel
    assert page.empty.title.text() == "The plan is empty"
    assert page.empty_create.text() == "Add a priority direction"
    page.empty_create.click()
    assert page.stack.currentWidget() is page.content
    node_id, kind = page.current_node()
    assert kind == "direction"
    assert pe.get_plan_item(db, node_id).program_id == programme.id
    assert page.item_form.title.widget.hasFocus()


def test_import_and_export_actions_open_the_other_dialogs(demo_db, plan_page, monkeypatch):
    import meapp.ui.plan.export_dialog as export_module
    import meapp.ui.plan.import_wizard as wizard_module

    page = plan_page
    program = list_programs(demo_db)[0]
    calls = []

    class FakeWizard:
        def __init__(self, ctx, program_id, parent):
            calls.append(("import", program_id))
            self.imported_program_id = program_id

        def exec(self):
            return 1

    monkeypatch.setattr(wizard_module, "PlanImportWizard", FakeWizard)
    monkeypatch.setattr(
        export_module, "export_plan_dialog", lambda parent, ctx, pid: calls.append(("export", pid))
    )
    page.act_import.trigger()
    page.act_export.trigger()
    assert calls == [("import", program.id), ("export", program.id)]


def test_tree_model_passes_the_model_tester(demo_db, qtmodeltester):
    from meapp.ui.plan.tree_model import PlanTreeModel

    model = PlanTreeModel()
    model.editable = True
    model.load(plan_tree(demo_db, list_programs(demo_db)[0].id))
    qtmodeltester.check(model, force_py=True)


def test_targets_table_passes_the_model_tester(demo_db, qtmodeltester):
    from meapp.ui.plan.tables import TargetsModel

    indicator, _ = _find(demo_db, "indicator")[0]
    model = TargetsModel()
    model.editable = True
    model.load(pe.get_targets(demo_db, indicator.id))
    qtmodeltester.check(model, force_py=True)


def test_budget_table_passes_the_model_tester(demo_db, qtmodeltester):
    from meapp.ui.plan.tables import BudgetModel

    measure, _ = _find(demo_db, "measure")[0]
    model = BudgetModel()
    model.editable = True
    model.load(pe.get_plan_item(demo_db, measure.id).budgets)
    qtmodeltester.check(model, force_py=True)


def test_page_follows_the_language(demo_db, plan_page, styled_app):
    from meapp.ui import i18n, labels

    page = plan_page
    selected = page.current_node()
    i18n.install_language("ky")
    styled_app.processEvents()
    kinds = {page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())}
    assert "Priority direction" not in kinds
    assert labels.kind("direction") in kinds  # the Kyrgyz word
    assert page.item_form.kind.widget.currentText() == labels.kind("direction")
    assert page.current_node() == selected
