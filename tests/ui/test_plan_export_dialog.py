"""The plan export dialog: what, which language, where; the file imports back the same."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog

from meapp.services.access.users import Actor
from meapp.services.plan.importer import ImportOptions, apply_plan_import, program_counts
from meapp.services.plan.programs import list_programs
from meapp.store.db import open_database
from meapp.ui.context import AppContext
from meapp.ui.i18n import cli_translator
from meapp.ui.plan import export_dialog as dialog_module
from meapp.ui.plan.export_dialog import PlanExportDialog

ADMIN = Actor("admin", "admin", "Administrator")


@pytest.fixture
def said(monkeypatch):
    """What the dialog would say in message boxes, recorded (no blocking exec)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialog_module,
        "show_info",
        lambda _p, text, informative="": shown.append((text, informative)),
    )
    monkeypatch.setattr(
        dialog_module, "show_error", lambda _p, exc: shown.append(("error", str(exc)))
    )
    return shown


def _dialog(qtbot, db) -> PlanExportDialog:
    (program,) = list_programs(db)
    dialog = PlanExportDialog(AppContext(db, ADMIN), program.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _counts(db, program_id) -> dict:
    with db.session() as s:
        return program_counts(s, program_id)


def test_both_in_one_workbook_import_back_as_the_same_programme(qtbot, demo_db, said, tmp_path):
    dialog = _dialog(qtbot, demo_db)
    assert dialog.kind_radios["both"].isChecked()
    out = tmp_path / "kara-balta"
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30000)
    written = tmp_path / "kara-balta.xlsx"  # the suffix is added
    assert dialog.written == written and written.is_file()
    assert said == [("The Excel file was written.", f"Saved to {written}")]
    assert dialog.result() == QDialog.DialogCode.Accepted
    wb = openpyxl.load_workbook(written)
    assert wb.sheetnames == ["Action plan", "Indicator matrix"]
    # the workbook imports into an empty database as the same programme
    (program,) = list_programs(demo_db)
    other = open_database(str(tmp_path / "other.db"))
    try:
        result = apply_plan_import(
            other,
            Actor.system(),
            written,
            None,
            ImportOptions(
                program.title, program.municipality, (program.start_year, program.end_year)
            ),
        )
        assert result.totals == _counts(demo_db, program.id)
        assert result.totals["measure"] > 0 and result.totals["indicator"] > 0
    finally:
        other.dispose()


def test_the_plan_alone_with_kyrgyz_headers(qtbot, demo_db, said, tmp_path):
    dialog = _dialog(qtbot, demo_db)
    dialog.kind_radios["plan"].setChecked(True)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ky"))
    # the suggested name follows the choice
    assert dialog.path_edit.text().endswith("_action-plan_ky.xlsx")
    out = tmp_path / "plan.xlsx"
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30000)
    ws = openpyxl.load_workbook(out).active
    ky = cli_translator("ky")
    assert ws.title == ky("xlsx", "Action plan")[:31]
    assert ws.cell(3, 3).value == ky("xlsx", "Measures")
    assert ws.title != "Action plan"  # the catalogue has it in Kyrgyz


def test_a_typed_name_stays_when_the_choice_changes(qtbot, demo_db, said, tmp_path):
    dialog = _dialog(qtbot, demo_db)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "mine.xlsx"))
    dialog.kind_radios["matrix"].setChecked(True)
    assert dialog.path_edit.text() == str(tmp_path / "mine.xlsx")
    assert not dialog.status_check.isEnabled()  # status belongs to the plan


def test_a_missing_folder_is_said_and_nothing_written(qtbot, demo_db, said, tmp_path):
    dialog = _dialog(qtbot, demo_db)
    dialog.path_edit.setText(str(tmp_path / "no" / "such" / "plan.xlsx"))
    dialog.export_button.click()
    assert "folder does not exist" in dialog.note.text()
    assert dialog.task is None and dialog.written is None and not said
    assert dialog.isVisible()
