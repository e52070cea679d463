"""The plan import wizard driven as a user would: files, new programme, preview, import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from meapp.models import AuditEvent, Indicator, PlanItem, Program
from meapp.services.access.users import Actor
from meapp.services.plan.programs import list_programs
from meapp.ui.context import AppContext
from meapp.ui.plan import import_wizard as wizard_module
from meapp.ui.plan.import_wizard import (
    PREVIEW_PAGE,
    PROGRAM_PAGE,
    SUMMARY_PAGE,
    PlanImportWizard,
)
from tests.helpers import SAMPLES

PLAN = str(SAMPLES / "kara-balta-action-plan.xlsx")
MATRIX = str(SAMPLES / "kara-balta-indicators.xlsx")
ADMIN = Actor("admin", "admin", "Administrator")
JOBS = "Түзүлгөн жумуш орундары"
INVESTORS = "Инвесторлорду тартуу жана ишкердикти өнүктүрүү"


@pytest.fixture
def errors(monkeypatch):
    """Errors the wizard would show in a dialog, recorded instead (no blocking exec)."""
    shown: list[BaseException] = []
    monkeypatch.setattr(wizard_module, "show_error", lambda _parent, exc: shown.append(exc))
    return shown


def _wizard(qtbot, db, actor=ADMIN, program_id=None) -> PlanImportWizard:
    wiz = PlanImportWizard(AppContext(db, actor), program_id)
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def _counts(db) -> dict:
    with db.session() as s:
        rows = dict(s.execute(select(PlanItem.kind, func.count()).group_by(PlanItem.kind)).all())
        rows["indicator"] = s.scalar(select(func.count()).select_from(Indicator))
        rows["program"] = s.scalar(select(func.count()).select_from(Program))
        rows["audit"] = s.scalar(select(func.count()).select_from(AuditEvent))
        return rows


def _wait_preview(qtbot, wiz: PlanImportWizard) -> None:
    qtbot.waitUntil(
        lambda: wiz.preview is not None or wiz.preview_page.preview_error is not None,
        timeout=30000,
    )


def _count_cells(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _table_texts(table) -> list[str]:
    return [
        " | ".join(table.item(r, c).text() for c in range(table.columnCount()) if table.item(r, c))
        for r in range(table.rowCount())
    ]


def test_both_samples_into_a_new_programme_with_one_indicator_moved(qtbot, db, errors):
    wiz = _wizard(qtbot, db)
    files = wiz.files_page
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    assert files.target_combo.currentText() == "A new programme"  # the database is empty
    files.plan_edit.setText(PLAN)
    files.matrix_edit.setText(MATRIX)
    assert wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    wiz.next()
    assert wiz.currentId() == PROGRAM_PAGE
    page = wiz.program_page
    # the years come from the matrix: year 1 after the baseline year 2022
    qtbot.waitUntil(lambda: page.guess_task is None, timeout=30000)
    assert (page.start_spin.value(), page.end_spin.value()) == (2023, 2026)
    assert "2023–2026" in page.years_note.text()
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()  # no title yet
    page.title_edit.setText("Кара-Балта шаарын өнүктүрүү программасы")
    page.municipality_edit.setText("Кара-Балта")
    wiz.next()
    assert wiz.currentId() == PREVIEW_PAGE
    _wait_preview(qtbot, wiz)
    assert not errors
    preview = wiz.preview_page
    assert _count_cells(preview.counts) == [
        ["3", "0", "0"],
        ["5", "0", "0"],
        ["8", "0", "0"],
        ["16", "0", "0"],
        ["9", "0", "0"],
    ]
    assert "A new programme: Кара-Балта шаарын өнүктүрүү программасы" in (
        preview.target_label.text()
    )
    assert preview.tabs.tabText(1) == "Indicators (9)"
    # every warning with its file, sheet, row and column
    warnings = _table_texts(preview.warnings)
    assert any(
        "kara-balta-action-plan.xlsx, sheet Аракеттер планы, row 15, column B" in w
        and "measure without a task" in w
        for w in warnings
    )
    assert any("row 10, column E" in w and "several values" in w for w in warnings)
    # the plan tree shows the directions at the top and the measures under their tasks
    tree = preview.tree
    assert tree.topLevelItemCount() == 3
    assert tree.topLevelItem(0).text(0).startswith("Priority direction: 1 Социалдык")
    # where each indicator goes, and the user moves one
    names = [preview.indicators.item(r, 0).text() for r in range(preview.indicators.rowCount())]
    row = names.index(JOBS)
    combo = preview.indicators.cellWidget(row, 5)
    assert combo.currentText() == "The programme itself"
    assert preview.indicators.item(row, 6).text() == "no match: the programme"
    target = next(i for i in range(combo.count()) if INVESTORS in combo.itemText(i))
    combo.setCurrentIndex(target)
    assert preview.indicators.item(row, 6).text() == "you chose it"
    assert _counts(db)["program"] == 0  # nothing written by the preview
    commit = wiz.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Import" and commit.isEnabled()
    commit.click()
    qtbot.waitUntil(lambda: wiz.currentId() == SUMMARY_PAGE, timeout=30000)
    assert not errors
    summary = wiz.summary_page
    assert [r[0] for r in _count_cells(summary.counts)] == ["3", "5", "8", "16", "9"]
    assert "created" in summary.done_label.text()
    assert "row 15" in summary.warnings_text.toPlainText()
    (program,) = list_programs(db)
    assert wiz.imported_program_id == program.id
    assert (program.title, program.start_year, program.end_year) == (
        "Кара-Балта шаарын өнүктүрүү программасы",
        2023,
        2026,
    )
    with db.session() as s:
        jobs = s.scalar(select(Indicator).where(Indicator.name == JOBS))
        placed = s.get(PlanItem, jobs.plan_item_id)
        assert placed is not None and placed.title.startswith(INVESTORS)
        others = s.scalars(select(Indicator).where(Indicator.name != JOBS)).all()
        linked = {i.name for i in others if i.plan_item_id is not None}
        assert all(i.group_text == "Инфраструктураны өнүктүрүү" for i in others if i.name in linked)
        assert len(linked) == 2


def test_into_the_programme_on_screen_without_the_new_programme_step(qtbot, demo_db, errors):
    (program,) = list_programs(demo_db)
    wiz = _wizard(qtbot, demo_db, program_id=program.id)
    assert wiz.files_page.target_combo.currentData() == program.id
    wiz.files_page.plan_edit.setText(MATRIX)
    wiz.next()
    assert wiz.currentId() == PREVIEW_PAGE  # the programme exists: no details asked
    _wait_preview(qtbot, wiz)
    assert not errors
    assert "Into the programme:" in wiz.preview_page.target_label.text()
    assert wiz.preview.count("indicator") == 9


def test_a_broken_file_is_named_and_nothing_is_offered(qtbot, db, errors, tmp_path):
    broken = tmp_path / "план.xlsx"
    broken.write_bytes((SAMPLES / "kara-balta-action-plan.xlsx").read_bytes()[:2000])
    before = _counts(db)
    wiz = _wizard(qtbot, db)
    wiz.files_page.plan_edit.setText(str(broken))
    wiz.next()
    wiz.program_page.title_edit.setText("T")
    wiz.program_page.municipality_edit.setText("M")
    qtbot.waitUntil(lambda: wiz.program_page.guess_task is None, timeout=30000)
    wiz.next()
    _wait_preview(qtbot, wiz)
    assert len(errors) == 1 and "damaged" in str(errors[0])
    assert "cannot be imported" in wiz.preview_page.status_label.text()
    assert not wiz.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert _counts(db) == before


def test_problems_in_the_file_keep_the_import_off(qtbot, db, errors, tmp_path):
    import openpyxl

    path = tmp_path / "long.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "План"
    ws.append(["№", "Тапшырма", "Иш-чаралар", "Мөөнөтү", "Жооптуу аткаруучулар"])
    ws.append(["1.", "Туризм"])
    ws.merge_cells("B2:E2")
    ws.append(["1", "Маршрут", "Маршрут түзүү", "2024 " + "ж" * 400, "Мэрия"])
    wb.save(path)
    wiz = _wizard(qtbot, db)
    wiz.files_page.plan_edit.setText(str(path))
    wiz.next()
    wiz.program_page.title_edit.setText("T")
    wiz.program_page.municipality_edit.setText("M")
    wiz.next()
    _wait_preview(qtbot, wiz)
    page = wiz.preview_page
    assert "cannot go ahead" in page.status_label.text()
    assert page.tabs.currentIndex() == 2
    first = _table_texts(page.warnings)[0]
    assert "sheet План, row 3, column D" in first and "Error:" in first
    assert not wiz.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert not errors and _counts(db)["program"] == 0


def test_a_missing_file_is_said_on_the_first_page(qtbot, db, tmp_path):
    wiz = _wizard(qtbot, db)
    wiz.files_page.plan_edit.setText(str(tmp_path / "nowhere.xlsx"))
    wiz.next()
    assert wiz.currentId() == 0
    assert "File not found" in wiz.files_page.note.text()


def test_a_viewer_cannot_start_an_import(qtbot, demo_db):
    wiz = _wizard(qtbot, demo_db, actor=Actor("mayor", "viewer", "Mayor"))
    wiz.files_page.plan_edit.setText(PLAN)
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "administrator" in wiz.files_page.note.text()


def test_cancel_during_the_preview_leaves_the_database_alone(qtbot, db, errors):
    wiz = _wizard(qtbot, db)
    wiz.files_page.plan_edit.setText(PLAN)
    wiz.next()
    wiz.program_page.title_edit.setText("T")
    wiz.program_page.municipality_edit.setText("M")
    wiz.next()
    assert wiz.preview_page.task is not None
    wiz.reject()  # Cancel while the preview runs: the wizard closes once the work stopped
    qtbot.waitUntil(lambda: not wiz.isVisible(), timeout=30000)
    assert wiz.preview_page.task is None and wiz.imported_program_id is None
    assert not errors  # a cancel is no error to show
    assert _counts(db)["program"] == 0


def test_the_place_list_holds_the_programme_and_every_plan_item(qtbot, db, errors):
    wiz = _wizard(qtbot, db)
    wiz.files_page.plan_edit.setText(PLAN)
    wiz.files_page.matrix_edit.setText(MATRIX)
    wiz.next()
    wiz.program_page.title_edit.setText("T")
    wiz.program_page.municipality_edit.setText("M")
    qtbot.waitUntil(lambda: wiz.program_page.guess_task is None, timeout=30000)
    wiz.next()
    _wait_preview(qtbot, wiz)
    combo = wiz.preview_page.indicators.cellWidget(0, 5)
    assert combo.count() == 1 + 32
    assert combo.itemData(0, Qt.ItemDataRole.UserRole) is None
    # deeper items are indented under their parents
    assert combo.itemText(1).startswith("1 Социалдык")
    assert combo.itemText(2).startswith("    1.1 Билим")


def test_back_and_forth_keeps_the_preview_until_a_file_changes(qtbot, db, errors):
    wiz = _wizard(qtbot, db)
    wiz.files_page.plan_edit.setText(PLAN)
    wiz.files_page.matrix_edit.setText(MATRIX)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.program_page.guess_task is None, timeout=30000)
    wiz.program_page.title_edit.setText("T")
    wiz.program_page.municipality_edit.setText("M")
    wiz.next()
    _wait_preview(qtbot, wiz)
    first = wiz.preview
    combo = wiz.preview_page.indicators.cellWidget(0, 5)
    combo.setCurrentIndex(3)
    moved = dict(wiz.attach_overrides)
    assert moved
    wiz.back()
    assert wiz.currentId() == PROGRAM_PAGE
    wiz.next()
    assert wiz.preview is first and wiz.attach_overrides == moved
    assert wiz.preview_page.indicators.cellWidget(0, 5).currentIndex() == 3
    wiz.back()
    wiz.back()
    wiz.files_page.matrix_edit.clear()  # only the plan now
    wiz.next()
    wiz.next()
    _wait_preview(qtbot, wiz)
    assert wiz.preview is not first and wiz.attach_overrides == {}
    assert wiz.preview.count("indicator") == 0 and wiz.preview.count("measure") == 16


def test_a_language_switch_rewords_the_open_preview(qtbot, db, errors, qapp):
    from meapp.ui import i18n, labels

    wiz = _wizard(qtbot, db)
    wiz.files_page.plan_edit.setText(PLAN)
    wiz.next()
    wiz.program_page.title_edit.setText("T")
    wiz.program_page.municipality_edit.setText("M")
    wiz.next()
    _wait_preview(qtbot, wiz)
    english = wiz.preview_page.tree.topLevelItem(0).text(0)
    i18n.install_language("ky")
    qapp.processEvents()
    kyrgyz = wiz.preview_page.tree.topLevelItem(0).text(0)
    assert kyrgyz.startswith(labels.kind("direction") + ":")
    assert kyrgyz != english and wiz.preview_page.tree.topLevelItemCount() == 3
