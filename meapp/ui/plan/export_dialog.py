"""Export of the action plan and the indicator matrix to Excel, in the council's layout.

The working group sends its plan back to the council, the rayon or a donor as the Excel
tables they know (`plan_export`); the same files import back unchanged, so the dialog is
also how a programme moves to a colleague's spreadsheet and back. The user chooses what
(the plan, the matrix, or both as two sheets of one workbook), the language of the
headers, optionally the measures' status in the latest period, and where to write; the
export runs in the worker and the dialog says where the file went.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meapp.services.plan import export as plan_export
from meapp.ui import messages as _messages
from meapp.ui.common import file_dialogs
from meapp.ui.context import AppContext
from meapp.ui.i18n import cli_translator, current_language
from meapp.ui.style import OFF_TRACK
from meapp.ui.worker import run_task

KINDS = ("plan", "matrix", "both")
LANGUAGES = ("ky", "ru", "en")
_SLUGS = {"plan": "action-plan", "matrix": "indicator-matrix", "both": "plan-and-matrix"}


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """The message helpers, looked up at call time (tests replace them)."""
    _messages.show_error(parent, exc)


def show_info(parent: QWidget | None, text: str, informative: str = "") -> None:
    _messages.show_info(parent, text, informative)


def suggested_name(program_code: str | None, kind: str, lang: str) -> str:
    """`KB-2023_action-plan_ky.xlsx`: programme, what, language."""
    code = re.sub(r"[^\w.-]+", "-", program_code or "programme").strip("-") or "programme"
    return f"{code}_{_SLUGS[kind]}_{lang}.xlsx"


def _documents() -> Path:
    """Where an export is suggested: the folder used last for exports, else Documents/meapp."""
    return file_dialogs.folder_for(file_dialogs.EXPORTS)


def _source_text(_context: str, text: str) -> str:
    return text


def export_work(db, program_id: str, kind: str, path: Path, lang: str, period: str | None):
    """The export as worker work (`run_task` shape): ids in, the written path out."""
    translate = _source_text if lang == "en" else cli_translator(lang)

    def work(progress, _cancelled) -> Path:
        if kind == "plan":
            plan_export.export_plan(db, program_id, path, translate, progress, period)
        elif kind == "matrix":
            plan_export.export_matrix(db, program_id, path, translate)
        else:
            plan_export.export_plan_and_matrix(db, program_id, path, translate, progress, period)
        return path

    return work


class PlanExportDialog(QDialog):
    """What to export, in which language, and where."""

    def __init__(self, ctx: AppContext, program_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program_id = program_id
        self.written: Path | None = None
        self.task: Any = None
        self.program = self._program()
        self.period = self._latest_period()
        self.kind_group = QButtonGroup(self)
        self.kind_radios: dict[str, QRadioButton] = {}
        kinds = QVBoxLayout()
        for i, kind in enumerate(KINDS):
            radio = QRadioButton(self)
            self.kind_group.addButton(radio, i)
            self.kind_radios[kind] = radio
            kinds.addWidget(radio)
        self.kind_radios["both"].setChecked(True)
        self.language_combo = QComboBox(self)
        self.status_check = QCheckBox(self)
        self.status_check.setVisible(self.period is not None)
        self.path_edit = QLineEdit(self)
        self.path_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.what_label, self.lang_label, self.where_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.what_label, kinds)
        self.form.addRow("", self.status_check)
        self.form.addRow(self.lang_label, self.language_combo)
        self.form.addRow(self.where_label, where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.kind_group.idToggled.connect(self._kind_changed)
        self.language_combo.currentIndexChanged.connect(self._kind_changed)
        self.path_edit.textChanged.connect(self._update_button)
        self.path_edit.textEdited.connect(self._path_typed)
        self._path_was_suggested = False
        self.retranslate_ui()
        self._fill_languages()
        self.path_edit.setText(str(_documents() / self._name()))
        self._path_was_suggested = True  # until the user types or browses
        self.resize(620, 360)

    # -- set-up -----------------------------------------------------------------------

    def _program(self):
        from meapp.services.plan.programs import list_programs

        return next((p for p in list_programs(self.ctx.db) if p.id == self.program_id), None)

    def _latest_period(self) -> str | None:
        from meapp.errors import MeappError
        from meapp.services.monitoring.status import latest_period

        try:
            return str(latest_period(self.ctx.db, self.program_id))
        except MeappError:
            return None

    def _fill_languages(self) -> None:
        names = {
            "ky": QCoreApplication.translate("PlanExportDialog", "Kyrgyz"),
            "ru": QCoreApplication.translate("PlanExportDialog", "Russian"),
            "en": QCoreApplication.translate("PlanExportDialog", "English"),
        }
        chosen = self.language_combo.currentData() or current_language()
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        for code in LANGUAGES:
            self.language_combo.addItem(names[code], code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(chosen), 0))
        self.language_combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("PlanExportDialog", "Export the plan to Excel")
        )
        title = self.program.title if self.program else ""
        self.heading.setText(
            QCoreApplication.translate(
                "PlanExportDialog", "The programme {title} in the council's table layout."
            ).format(title=title)
        )
        self.what_label.setText(QCoreApplication.translate("PlanExportDialog", "What:"))
        self.lang_label.setText(QCoreApplication.translate("PlanExportDialog", "Headers in:"))
        self.where_label.setText(QCoreApplication.translate("PlanExportDialog", "Save as:"))
        self.kind_radios["plan"].setText(
            QCoreApplication.translate("PlanExportDialog", "The action plan")
        )
        self.kind_radios["matrix"].setText(
            QCoreApplication.translate("PlanExportDialog", "The indicator matrix")
        )
        self.kind_radios["both"].setText(
            QCoreApplication.translate("PlanExportDialog", "Both, as two sheets of one workbook")
        )
        if self.period is not None:
            from meapp.ui import labels

            self.status_check.setText(
                QCoreApplication.translate(
                    "PlanExportDialog", "Add each measure's status and spending in {period}"
                ).format(period=labels.period(self.period))
            )
        self.browse_button.setText(QCoreApplication.translate("PlanExportDialog", "Browse…"))
        self.export_button.setText(QCoreApplication.translate("PlanExportDialog", "Export"))
        self._fill_languages()
        self._kind_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- choices ----------------------------------------------------------------------

    def kind(self) -> str:
        return KINDS[max(self.kind_group.checkedId(), 0)]

    def language(self) -> str:
        return self.language_combo.currentData() or current_language()

    def _name(self) -> str:
        code = self.program.code if self.program else None
        return suggested_name(code, self.kind(), self.language())

    def _kind_changed(self, *_args) -> None:
        self.status_check.setEnabled(self.kind() != "matrix")
        # A name the dialog suggested follows the choice; one the user typed stays.
        if self._path_was_suggested:
            current = Path(self.path_edit.text().strip() or _documents())
            self.path_edit.setText(str(current.with_name(self._name())))
        self._update_button()

    def _path_typed(self, _text: str) -> None:
        self._path_was_suggested = False

    def _update_button(self) -> None:
        self.export_button.setEnabled(bool(self.path_edit.text().strip()) and self.task is None)

    def choose_path(self) -> None:
        path = file_dialogs.save_file(
            self,
            file_dialogs.EXPORTS,
            QCoreApplication.translate("PlanExportDialog", "Save the Excel file"),
            self.path_edit.text().strip() or "plan.xlsx",
            "Excel (*.xlsx)",
        )
        if path:
            self._path_was_suggested = False
            self.path_edit.setText(path)

    def target_path(self) -> Path:
        path = Path(self.path_edit.text().strip().strip('"')).expanduser()
        if path.suffix.casefold() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return path

    # -- exporting --------------------------------------------------------------------

    def export(self) -> None:
        path = self.target_path()
        if not path.parent.is_dir():
            self.note.setStyleSheet(f"color: {OFF_TRACK};")
            self.note.setText(
                QCoreApplication.translate(
                    "PlanExportDialog", "The folder does not exist: {folder}"
                ).format(folder=path.parent)
            )
            return
        self.note.clear()
        period = self.period if self.status_check.isChecked() and self.kind() != "matrix" else None
        work = export_work(self.ctx.db, self.program_id, self.kind(), path, self.language(), period)

        def done(written: Path) -> None:
            self.task = None
            self.written = written
            self._update_button()
            show_info(
                self,
                QCoreApplication.translate("PlanExportDialog", "The Excel file was written."),
                QCoreApplication.translate("PlanExportDialog", "Saved to {file}").format(
                    file=str(written)
                ),
            )
            self.accept()

        def failed(exc: BaseException) -> None:
            self.task = None
            self._update_button()
            show_error(self, exc)

        self.task = run_task(
            self,
            work,
            label=QCoreApplication.translate("PlanExportDialog", "Writing the Excel file…"),
            on_finished=done,
            on_failed=failed,
            cancellable=False,
        )
        self.export_button.setEnabled(False)


def export_plan_dialog(parent: QWidget | None, ctx: AppContext, program_id: str) -> None:
    """Ask what to export and where, export in the worker, say where it was written."""
    dialog = PlanExportDialog(ctx, program_id, parent)
    dialog.exec()
