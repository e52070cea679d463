"""The wizard that brings the council's action plan and indicator matrix into the app.

A working group has its plan as Excel tables (Word tables pasted into Excel). The wizard
lets it see what the import would do before anything is written, because a wrong reading
of a council table is far harder to undo than to prevent:

1. files: the action plan and/or the indicator matrix (one workbook may hold both), and
   the programme they go into (or a new one);
2. a new programme's title, municipality and years (the years are guessed from the files);
3. preview: `plan_import.preview_plan_import` (nothing written) in the worker, with the
   counts, the plan tree, every indicator with where it goes (a combo the user can change)
   and every warning with its sheet, row and column; problems that refuse the import keep
   the Import button off;
4. summary after `apply_plan_import` (one transaction): what was created and updated.

The service does all reading and writing; the wizard holds only the preview's DTOs and the
user's choices (which file, which programme, where an indicator goes).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from meapp.errors import Problem
from meapp.models.numbers import format_number
from meapp.services.plan.importer import (
    KIND_ORDER,
    ImportOptions,
    ImportPreview,
    ImportResult,
    PreviewIndicator,
    apply_plan_import,
    guess_program_years,
    preview_plan_import,
)
from meapp.services.plan.programs import ProgramDTO, list_programs
from meapp.ui import labels
from meapp.ui import messages as _messages
from meapp.ui.common import file_dialogs
from meapp.ui.context import AppContext
from meapp.ui.i18n import ui_translate
from meapp.ui.style import OFF_TRACK
from meapp.ui.worker import run_task

FILES_PAGE, PROGRAM_PAGE, PREVIEW_PAGE, SUMMARY_PAGE = range(4)
NEW_PROGRAM = "__new__"
XLSX_FILTER = "Excel (*.xlsx)"
KINDS = (*KIND_ORDER, "indicator")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """The message helper, looked up at call time (tests replace it)."""
    _messages.show_error(parent, exc)


def kind_plural(kind: str) -> str:
    """Row labels of the count tables (plural nouns, no number in the sentence)."""
    words = {
        "direction": QCoreApplication.translate("PlanImportWizard", "Priority directions"),
        "sector": QCoreApplication.translate("PlanImportWizard", "Sectors"),
        "objective": QCoreApplication.translate("PlanImportWizard", "Objectives"),
        "measure": QCoreApplication.translate("PlanImportWizard", "Measures"),
        "indicator": QCoreApplication.translate("PlanImportWizard", "Indicators"),
    }
    return words[kind]


def problem_message(p: Problem) -> str:
    msg = ui_translate("problems", p.message)
    with contextlib.suppress(KeyError, IndexError, ValueError):
        msg = msg.format(**p.params)
    return _one_line(msg)


def _where(p: Problem, several_files: bool) -> str:
    shown = p if several_files else Problem(p.message, p.params, None, p.sheet, p.row, p.column)
    return shown.where(ui_translate)


def _read_only_item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class _FileField(QWidget):
    """A path field with a Browse… button (the field can be typed in or pasted into)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._choose)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        self.caption = ""

    def _choose(self) -> None:
        start = self.edit.text().strip()
        path = file_dialogs.open_file(
            self, file_dialogs.PLANS, self.caption, XLSX_FILTER, start=start
        )
        if path:
            self.edit.setText(path)


class FilesPage(QWizardPage):
    """Which workbooks, and into which programme."""

    def __init__(self, wizard: PlanImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.plan = _FileField(self)
        self.matrix = _FileField(self)
        self.plan_edit, self.matrix_edit = self.plan.edit, self.matrix.edit
        self.target_combo = QComboBox(self)
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {OFF_TRACK};")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.plan_label, self.matrix_label, self.target_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.plan_label, self.plan)
        self.form.addRow(self.matrix_label, self.matrix)
        self.form.addRow(self.target_label, self.target_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        for edit in (self.plan_edit, self.matrix_edit):
            edit.textChanged.connect(self._changed)
        self.target_combo.currentIndexChanged.connect(self._changed)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("PlanImportWizard", "Import the plan from Excel"))
        self.setSubTitle(
            QCoreApplication.translate(
                "PlanImportWizard", "Step 1: the council's tables and the programme they go into."
            )
        )
        self.intro.setText(
            QCoreApplication.translate(
                "PlanImportWizard",
                "Choose the action plan and/or the indicator matrix as the council approved "
                "them (.xlsx). One workbook may hold both; then choose it once. Nothing is "
                "changed until you press Import after the preview.",
            )
        )
        self.plan_label.setText(QCoreApplication.translate("PlanImportWizard", "Action plan:"))
        self.matrix_label.setText(
            QCoreApplication.translate("PlanImportWizard", "Indicator matrix:")
        )
        self.target_label.setText(QCoreApplication.translate("PlanImportWizard", "Import into:"))
        for field, caption in (
            (self.plan, QCoreApplication.translate("PlanImportWizard", "Choose the action plan")),
            (
                self.matrix,
                QCoreApplication.translate("PlanImportWizard", "Choose the indicator matrix"),
            ),
        ):
            field.browse.setText(QCoreApplication.translate("PlanImportWizard", "Browse…"))
            field.caption = caption
        self.plan_edit.setPlaceholderText(
            QCoreApplication.translate("PlanImportWizard", "path of the .xlsx file")
        )
        self.matrix_edit.setPlaceholderText(
            QCoreApplication.translate("PlanImportWizard", "optional: a second .xlsx file")
        )
        self.fill_targets()

    def fill_targets(self) -> None:
        chosen = self.target_combo.currentData() or self.w.program_id
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for p in self.w.programs:
            self.target_combo.addItem(
                QCoreApplication.translate(
                    "PlanImportWizard", "{title} ({municipality}, {start}–{end})"
                ).format(
                    title=p.title, municipality=p.municipality, start=p.start_year, end=p.end_year
                ),
                p.id,
            )
        self.target_combo.addItem(
            QCoreApplication.translate("PlanImportWizard", "A new programme"), NEW_PROGRAM
        )
        index = self.target_combo.findData(chosen) if chosen else 0
        self.target_combo.setCurrentIndex(max(index, 0))
        self.target_combo.blockSignals(False)

    def files(self) -> list[str]:
        out = []
        for edit in (self.plan_edit, self.matrix_edit):
            text = edit.text().strip().strip('"')
            if text and text not in out:
                out.append(text)
        return out

    def show_role_note(self) -> None:
        """A role without the set-up right is told why Next stays off (else no note)."""
        self.note.setText(
            ""
            if self.w.can_import
            else QCoreApplication.translate(
                "PlanImportWizard", "Your role cannot import a plan: ask an administrator."
            )
        )

    def _changed(self) -> None:
        self.show_role_note()
        self.w.invalidate_preview()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.files()) and self.w.can_import

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        missing = [f for f in self.files() if not Path(f).is_file()]
        if missing:
            self.note.setText(
                QCoreApplication.translate("PlanImportWizard", "File not found: {file}").format(
                    file=missing[0]
                )
            )
            return False
        return True

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return PROGRAM_PAGE if self.w.creates_program() else PREVIEW_PAGE


class ProgramPage(QWizardPage):
    """A new programme's title, municipality and years."""

    def __init__(self, wizard: PlanImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.title_edit = QLineEdit(self)
        self.municipality_edit = QLineEdit(self)
        self._years_touched = False
        self._setting_years = False
        self._guessed_for: list[str] | None = None
        self.guess_task: Any = None
        self._previewed_with: tuple[str, str, tuple[int, int]] | None = None
        self.start_spin = QSpinBox(self)
        self.end_spin = QSpinBox(self)
        for spin, value in ((self.start_spin, _this_year()), (self.end_spin, _this_year() + 3)):
            spin.setRange(1990, 2100)
            spin.setValue(value)
            spin.valueChanged.connect(self._years_edited)
        self.years_note = QLabel(self)
        self.years_note.setWordWrap(True)
        self.years_note.setObjectName("Muted")
        years = QHBoxLayout()
        self.dash = QLabel("–", self)
        years.addWidget(self.start_spin)
        years.addWidget(self.dash)
        years.addWidget(self.end_spin)
        years.addStretch(1)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.form.addRow(self.labels[0], self.title_edit)
        self.form.addRow(self.labels[1], self.municipality_edit)
        self.form.addRow(self.labels[2], years)
        self.form.addRow("", self.years_note)
        self.title_edit.textChanged.connect(self.completeChanged)
        self.municipality_edit.textChanged.connect(self.completeChanged)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("PlanImportWizard", "A new programme"))
        self.setSubTitle(
            QCoreApplication.translate(
                "PlanImportWizard",
                "Step 2: the database holds no programme for these tables yet. Name it.",
            )
        )
        self.labels[0].setText(QCoreApplication.translate("PlanImportWizard", "Programme title:"))
        self.labels[1].setText(QCoreApplication.translate("PlanImportWizard", "Municipality:"))
        self.labels[2].setText(QCoreApplication.translate("PlanImportWizard", "Years:"))
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("PlanImportWizard", "as in the council's decision")
        )
        self.municipality_edit.setPlaceholderText(
            QCoreApplication.translate("PlanImportWizard", "for example Kara-Balta town")
        )
        self._show_guess_note()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        files = self.w.files_page.files()
        if files == self._guessed_for:
            return
        self._guessed_for = files
        self.w.guessed_years = None
        self._show_guess_note()

        def work(_progress, _cancelled):
            return guess_program_years(files)

        def done(years) -> None:
            self.guess_task = None
            if self.w.end_if_closing() or files != self._guessed_for:
                return
            self.w.guessed_years = years
            if years and not self._years_touched:
                self._setting_years = True
                self.start_spin.setValue(years[0])
                self.end_spin.setValue(years[1])
                self._setting_years = False
            self._show_guess_note()

        def failed(_exc: BaseException) -> None:
            # The preview names what is wrong with the file; here the years stay as typed.
            self.guess_task = None
            self.w.end_if_closing()

        self.guess_task = run_task(
            self,
            work,
            label=QCoreApplication.translate("PlanImportWizard", "Reading the files…"),
            on_finished=done,
            on_failed=failed,
            show_progress=False,
        )

    def _show_guess_note(self) -> None:
        years = self.w.guessed_years
        if years:
            self.years_note.setText(
                QCoreApplication.translate(
                    "PlanImportWizard", "The files suggest {start}–{end}."
                ).format(start=years[0], end=years[1])
            )
        else:
            self.years_note.setText(
                QCoreApplication.translate(
                    "PlanImportWizard", "Year 1 of the matrix is the programme's first year."
                )
            )

    def _years_edited(self) -> None:
        if not self._setting_years:
            self._years_touched = True
        self.completeChanged.emit()

    def details(self) -> tuple[str, str, tuple[int, int]]:
        return (
            self.title_edit.text().strip(),
            self.municipality_edit.text().strip(),
            (self.start_spin.value(), self.end_spin.value()),
        )

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        title, town, (start, end) = self.details()
        return bool(title and town) and start <= end

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        # Back and forth without a change keeps the preview and the indicators moved in it.
        if self.details() != self._previewed_with:
            self._previewed_with = self.details()
            self.w.invalidate_preview()
        return True

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return PREVIEW_PAGE


def _this_year() -> int:
    from datetime import date

    return date.today().year


class PreviewPage(QWizardPage):
    """What the import would do; the user may move indicators, then imports."""

    def __init__(self, wizard: PlanImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setCommitPage(True)
        self.target_label = QLabel(self)
        self.target_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.counts = QTableWidget(len(KINDS), 3, self)
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts.horizontalHeader().setMinimumSectionSize(70)
        self.tabs = QTabWidget(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(True)
        self.indicators = QTableWidget(0, 7, self)
        self.indicators.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicators.setWordWrap(False)
        self.warnings = QTableWidget(0, 2, self)
        self.warnings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line per warning (the full text is in its tooltip): wrapped rows in a
        # hidden tab get their heights from the wrong width.
        self.warnings.setWordWrap(False)
        self.tabs.addTab(self.tree, "")
        self.tabs.addTab(self.indicators, "")
        self.tabs.addTab(self.warnings, "")
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.target_label)
        left.addWidget(self.status_label)
        left.addStretch(1)
        top.addLayout(left, 1)
        top.addWidget(self.counts, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.places = QStandardItemModel(self)
        self.place_combos: dict[str, QComboBox] = {}
        self.task: Any = None
        self.import_task: Any = None
        self.preview_error: BaseException | None = None

    # -- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("PlanImportWizard", "Preview"))
        self.setSubTitle(
            QCoreApplication.translate(
                "PlanImportWizard",
                "Step 3: what the import will create. Check where each indicator goes; "
                "nothing is written until you press Import.",
            )
        )
        self.setButtonText(
            QWizard.WizardButton.CommitButton,
            QCoreApplication.translate("PlanImportWizard", "Import"),
        )
        self.counts.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PlanImportWizard", "New"),
                QCoreApplication.translate("PlanImportWizard", "Changed"),
                QCoreApplication.translate("PlanImportWizard", "Unchanged"),
            ]
        )
        self.counts.setVerticalHeaderLabels([kind_plural(k) for k in KINDS])
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("PlanImportWizard", "Plan item"),
                QCoreApplication.translate("PlanImportWizard", "What happens"),
                QCoreApplication.translate("PlanImportWizard", "Where in the file"),
            ]
        )
        self.indicators.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PlanImportWizard", "Indicator"),
                QCoreApplication.translate("PlanImportWizard", "Unit"),
                QCoreApplication.translate("PlanImportWizard", "Baseline"),
                QCoreApplication.translate("PlanImportWizard", "Final target"),
                QCoreApplication.translate("PlanImportWizard", "Kind"),
                QCoreApplication.translate("PlanImportWizard", "Goes under"),
                QCoreApplication.translate("PlanImportWizard", "Why there"),
            ]
        )
        self.warnings.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PlanImportWizard", "Where"),
                QCoreApplication.translate("PlanImportWizard", "Message"),
            ]
        )
        if self.w.preview is not None:
            self.fill(self.w.preview)
        else:
            self._tab_titles(None)

    def _tab_titles(self, pv: ImportPreview | None) -> None:
        n_items = len(pv.items) if pv else 0
        n_inds = len(pv.indicators) if pv else 0
        n_warn = len(pv.warnings) + len(pv.errors) if pv else 0
        self.tabs.setTabText(
            0, QCoreApplication.translate("PlanImportWizard", "Plan ({n})").format(n=n_items)
        )
        self.tabs.setTabText(
            1, QCoreApplication.translate("PlanImportWizard", "Indicators ({n})").format(n=n_inds)
        )
        self.tabs.setTabText(
            2, QCoreApplication.translate("PlanImportWizard", "Warnings ({n})").format(n=n_warn)
        )

    # -- running the preview ----------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if self.w.preview is not None:
            return
        self.clear()
        self.preview_error = None
        self.status_label.setText(
            QCoreApplication.translate("PlanImportWizard", "Reading the files…")
        )
        files, program_id, options = self.w.files_page.files(), *self.w.import_target()

        def work(progress, cancelled):
            return preview_plan_import(
                self.w.ctx.db, files, program_id, options, progress, cancelled
            )

        def done(pv: ImportPreview) -> None:
            self.task = None
            if self.w.end_if_closing():
                return
            self.w.preview = pv
            self.w.attach_overrides = {}
            self.fill(pv)
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            self.task = None
            self.preview_error = exc
            if self.w.end_if_closing():
                return
            self.status_label.setText(
                QCoreApplication.translate(
                    "PlanImportWizard", "The files cannot be imported: {reason}"
                ).format(reason=_messages.error_text(exc))
            )
            self.completeChanged.emit()
            show_error(self, exc)

        self.task = run_task(
            self,
            work,
            label=QCoreApplication.translate("PlanImportWizard", "Reading the files…"),
            on_finished=done,
            on_failed=failed,
        )

    def clear(self) -> None:
        self.target_label.clear()
        self.tree.clear()
        self.indicators.setRowCount(0)
        self.warnings.setRowCount(0)
        self.place_combos.clear()
        for r in range(len(KINDS)):
            for c in range(3):
                self.counts.setItem(r, c, _read_only_item("", True))
        self._tab_titles(None)

    # -- showing it -------------------------------------------------------------------

    def fill(self, pv: ImportPreview) -> None:
        self._fill_target(pv)
        for r, kind in enumerate(KINDS):
            for c, action in enumerate(("create", "update", "unchanged")):
                self.counts.setItem(r, c, _read_only_item(str(pv.count(kind, action)), True))
        _fit_height(self.counts)
        self._fill_tree(pv)
        self._fill_places(pv)
        self._fill_indicators(pv)
        self._fill_warnings(pv)
        self._tab_titles(pv)
        if pv.errors:
            self.status_label.setText(
                "✖ "
                + QCoreApplication.translate(
                    "PlanImportWizard",
                    "The import cannot go ahead because of errors in the files (errors: {n}, "
                    "see Warnings). Correct the files, then choose them again.",
                ).format(n=len(pv.errors))
            )
            self.status_label.setStyleSheet(f"color: {OFF_TRACK};")
            self.tabs.setCurrentIndex(2)
        else:
            self.status_label.setStyleSheet("")
            text = (
                QCoreApplication.translate(
                    "PlanImportWizard", "Ready to import. Warnings to read: {n}."
                ).format(n=len(pv.warnings))
                if pv.warnings
                else QCoreApplication.translate("PlanImportWizard", "Ready to import. No warnings.")
            )
            unlinked = sum(1 for i in pv.indicators if i.attach_reason == "program")
            if unlinked:
                # the mayor's direction view needs them placed: say so before the import
                text += " " + QCoreApplication.translate(
                    "PlanImportWizard",
                    "Indicators not linked to a plan item: {n} (choose their place in the "
                    "Indicators tab).",
                ).format(n=unlinked)
            self.status_label.setText(text)

    def _fill_target(self, pv: ImportPreview) -> None:
        years = f"{pv.start_year}–{pv.end_year}" if pv.start_year else "–"
        if pv.creates_program:
            text = QCoreApplication.translate(
                "PlanImportWizard", "A new programme: {title} ({municipality}, {years})"
            )
        else:
            text = QCoreApplication.translate(
                "PlanImportWizard", "Into the programme: {title} ({municipality}, {years})"
            )
        self.target_label.setText(
            text.format(
                title=pv.program_title or "", municipality=pv.municipality or "", years=years
            )
        )

    def _action_word(self, action: str) -> str:
        return {
            "create": "+ " + QCoreApplication.translate("PlanImportWizard", "new"),
            "update": "✎ " + QCoreApplication.translate("PlanImportWizard", "changed"),
            "unchanged": "= " + QCoreApplication.translate("PlanImportWizard", "unchanged"),
        }[action]

    def _fill_tree(self, pv: ImportPreview) -> None:
        self.tree.clear()
        nodes: dict[str, QTreeWidgetItem] = {}
        several = len(pv.files) > 1
        for it in pv.items:
            parent = nodes.get(it.parent_key) if it.parent_key else None
            label = f"{it.code} {it.title}" if it.code else it.title
            where = _where(Problem("", {}, it.file, it.sheet, it.row), several)
            node = QTreeWidgetItem(
                [f"{labels.kind(it.kind)}: {_one_line(label)}", self._action_word(it.action), where]
            )
            node.setToolTip(0, label)
            if parent is None:
                self.tree.addTopLevelItem(node)
            else:
                parent.addChild(node)
            nodes[it.key] = node
        self.tree.expandToDepth(1)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def _fill_places(self, pv: ImportPreview) -> None:
        """One list of places for every indicator's combo (one model: many indicators)."""
        self.places.clear()
        top = QStandardItem(QCoreApplication.translate("PlanImportWizard", "The programme itself"))
        top.setData(None, Qt.ItemDataRole.UserRole)
        self.places.appendRow(top)
        depth = {"direction": 0, "sector": 1, "objective": 2, "measure": 3}
        seen: set[str] = set()
        for it in pv.items:
            key = it.existing_id or it.key
            if key in seen:
                continue
            seen.add(key)
            self.places.appendRow(self._place(key, it.kind, it.code, it.title, depth[it.kind]))
        for ident, kind, code, title in pv.existing_items:
            if ident not in seen:
                seen.add(ident)
                self.places.appendRow(self._place(ident, kind, code, title, depth.get(kind, 0)))

    @staticmethod
    def _place(key: str, kind: str, code: str | None, title: str, depth: int) -> QStandardItem:
        text = _one_line(f"{code} {title}" if code else title)
        if len(text) > 90:
            text = text[:89] + "…"
        item = QStandardItem("    " * depth + text)
        item.setData(key, Qt.ItemDataRole.UserRole)
        item.setToolTip(f"{labels.kind(kind)}: {title}")
        return item

    def _place_row(self, key: str | None) -> int:
        for r in range(self.places.rowCount()):
            if self.places.item(r).data(Qt.ItemDataRole.UserRole) == key:
                return r
        return 0

    def _reason(self, ind: PreviewIndicator) -> str:
        return {
            "chosen": QCoreApplication.translate("PlanImportWizard", "you chose it"),
            "existing": QCoreApplication.translate("PlanImportWizard", "where it already is"),
            "row": QCoreApplication.translate("PlanImportWizard", "the measure on its row"),
            "plan_item": QCoreApplication.translate(
                "PlanImportWizard", "the plan item the matrix names"
            ),
            "code": QCoreApplication.translate(
                "PlanImportWizard", "its number is this item's number"
            ),
            "issue": QCoreApplication.translate("PlanImportWizard", "its issue matches this item"),
            "group": QCoreApplication.translate(
                "PlanImportWizard", "its group row names this item"
            ),
            "program": QCoreApplication.translate("PlanImportWizard", "no match: the programme"),
        }.get(ind.attach_reason, ind.attach_reason)

    @staticmethod
    def _kind_word(aggregation: str) -> str:
        return {
            "sum": QCoreApplication.translate("PlanImportWizard", "cumulative"),
            "latest": QCoreApplication.translate("PlanImportWizard", "level"),
            "average": QCoreApplication.translate("PlanImportWizard", "average"),
            "annual_sum": QCoreApplication.translate("PlanImportWizard", "annual sum"),
        }.get(aggregation, aggregation)

    def _fill_indicators(self, pv: ImportPreview) -> None:
        table = self.indicators
        table.setRowCount(len(pv.indicators))
        self.place_combos.clear()
        for r, ind in enumerate(pv.indicators):
            name = _one_line(ind.name)
            item = _read_only_item(name)
            item.setToolTip(
                "\n".join(
                    t
                    for t in (
                        ind.name,
                        QCoreApplication.translate("PlanImportWizard", "Issue: {text}").format(
                            text=ind.issue_text
                        )
                        if ind.issue_text
                        else "",
                        QCoreApplication.translate("PlanImportWizard", "Group: {text}").format(
                            text=ind.group_text
                        )
                        if ind.group_text
                        else "",
                        _where(Problem("", {}, ind.file, ind.sheet, ind.row), True),
                    )
                    if t
                )
            )
            table.setItem(r, 0, item)
            table.setItem(r, 1, _read_only_item(ind.unit or ""))
            table.setItem(r, 2, _read_only_item(format_number(ind.baseline_value), True))
            table.setItem(r, 3, _read_only_item(format_number(ind.final_target), True))
            table.setItem(r, 4, _read_only_item(self._kind_word(ind.aggregation)))
            combo = QComboBox(table)
            combo.setModel(self.places)
            combo.setCurrentIndex(self._place_row(ind.attach_key))
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
            combo.currentIndexChanged.connect(
                lambda _i, key=ind.key, c=combo, row=r: self._placed(key, c, row)
            )
            table.setCellWidget(r, 5, combo)
            self.place_combos[ind.key] = combo
            table.setItem(r, 6, _read_only_item(self._reason(ind)))
        # The name takes what is left; the others get room for their contents, at most a
        # set width (Kyrgyz headers are long: the full header is in its tooltip).
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        for c, most in ((1, 100), (2, 100), (3, 100), (4, 120), (5, 250), (6, 200)):
            table.setColumnWidth(c, min(max(table.columnWidth(c), 60), most))
            head = table.horizontalHeaderItem(c)
            if head is not None:
                head.setToolTip(head.text())

    def _placed(self, key: str, combo: QComboBox, row: int) -> None:
        self.w.attach_overrides[key] = combo.currentData(Qt.ItemDataRole.UserRole)
        self.indicators.setItem(
            row, 6, _read_only_item(QCoreApplication.translate("PlanImportWizard", "you chose it"))
        )

    def _fill_warnings(self, pv: ImportPreview) -> None:
        several = len(pv.files) > 1
        rows = [(p, True) for p in pv.errors] + [(p, False) for p in pv.warnings]
        self.warnings.setRowCount(len(rows))
        error_icon = QStyle.StandardPixmap.SP_MessageBoxCritical
        warning_icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        for r, (p, is_error) in enumerate(rows):
            where = _where(p, several) or (p.file or "")
            # an icon, not a symbol character: wrapped text with a fallback-font glyph
            # gets rows many lines too tall
            text = problem_message(p)
            if is_error:
                text = QCoreApplication.translate("PlanImportWizard", "Error:") + " " + text
            message = _read_only_item(text)
            message.setIcon(self.style().standardIcon(error_icon if is_error else warning_icon))
            message.setToolTip(problem_message(p))
            self.warnings.setItem(r, 0, _read_only_item(where))
            self.warnings.setItem(r, 1, message)
        header = self.warnings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # -- importing --------------------------------------------------------------------

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        pv = self.w.preview
        return (
            pv is not None
            and not pv.errors
            and self.task is None
            and self.import_task is None
            and self.w.can_import
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.w.import_result is not None:
            return True
        if not self.isComplete():
            return False
        files = self.w.files_page.files()
        program_id, options = self.w.import_target()
        options = ImportOptions(
            options.title, options.municipality, options.years, dict(self.w.attach_overrides)
        )
        actor, db = self.w.ctx.actor, self.w.ctx.db

        def work(progress, cancelled):
            return apply_plan_import(db, actor, files, program_id, options, progress, cancelled)

        def done(result: ImportResult) -> None:
            self.import_task = None
            self.w.closing = False  # written before the cancel arrived: show what was done
            self.w.import_result = result
            self.w.imported_program_id = result.program_id
            self.completeChanged.emit()
            self.w.next()

        def failed(exc: BaseException) -> None:
            self.import_task = None
            if self.w.end_if_closing():
                return  # cancelled: the transaction was rolled back
            self.completeChanged.emit()
            show_error(self, exc)

        self.import_task = run_task(
            self,
            work,
            label=QCoreApplication.translate("PlanImportWizard", "Importing…"),
            on_finished=done,
            on_failed=failed,
        )
        self.completeChanged.emit()
        return False

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return SUMMARY_PAGE


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _fit_height(table: QTableWidget) -> None:
    """A small count table as big as its cells: no empty band, no cut-off header."""
    table.resizeRowsToContents()
    table.resizeColumnsToContents()
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height)
    width = table.verticalHeader().sizeHint().width() + 2 * table.frameWidth()
    width += sum(table.columnWidth(c) for c in range(table.columnCount()))
    table.setFixedWidth(width)


class SummaryPage(QWizardPage):
    """What the import did."""

    def __init__(self, wizard: PlanImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.done_label = QLabel(self)
        self.done_label.setWordWrap(True)
        self.counts = QTableWidget(len(KINDS), 3, self)
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts.horizontalHeader().setMinimumSectionSize(90)
        self.warnings_label = QLabel(self)
        self.warnings_text = QPlainTextEdit(self)
        self.warnings_text.setReadOnly(True)
        grid = QGridLayout(self)
        grid.addWidget(self.done_label, 0, 0, 1, 2)
        grid.addWidget(self.counts, 1, 0)
        grid.addWidget(self.warnings_label, 2, 0, 1, 2)
        grid.addWidget(self.warnings_text, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("PlanImportWizard", "Import done"))
        self.setSubTitle(
            QCoreApplication.translate(
                "PlanImportWizard", "Step 4: the programme now holds the council's tables."
            )
        )
        self.counts.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PlanImportWizard", "Created"),
                QCoreApplication.translate("PlanImportWizard", "Changed"),
                QCoreApplication.translate("PlanImportWizard", "The programme holds"),
            ]
        )
        self.counts.setVerticalHeaderLabels([kind_plural(k) for k in KINDS])
        self.warnings_label.setText(
            QCoreApplication.translate("PlanImportWizard", "Warnings to check in the plan:")
        )
        if self.w.import_result is not None:
            self.initializePage()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        res = self.w.import_result
        if res is None:
            return
        text = (
            QCoreApplication.translate(
                "PlanImportWizard", "The programme was created and the files were imported."
            )
            if res.created_program
            else QCoreApplication.translate(
                "PlanImportWizard", "The files were imported into the programme."
            )
        )
        self.done_label.setText(
            text
            + " "
            + QCoreApplication.translate(
                "PlanImportWizard", "Check the warnings below, then edit the plan on the Plan page."
            )
        )
        for r, kind in enumerate(KINDS):
            for c, n in enumerate(
                (res.created.get(kind, 0), res.updated.get(kind, 0), res.totals.get(kind, 0))
            ):
                self.counts.setItem(r, c, _read_only_item(str(n), True))
        _fit_height(self.counts)
        several = len(self.w.files_page.files()) > 1
        self.warnings_text.setPlainText(
            "\n".join(
                f"{_where(p, several)}: {problem_message(p)}"
                if _where(p, several)
                else problem_message(p)
                for p in res.warnings
            )
            or QCoreApplication.translate("PlanImportWizard", "No warnings.")
        )
        self.warnings_text.moveCursor(QTextCursor.MoveOperation.Start)


class PlanImportWizard(QWizard):
    """Import of the council's action plan and indicator matrix with a preview.

    `program_id` is the programme the user is looking at (the default target) or None.
    After a successful import `imported_program_id` holds the programme's id.
    """

    def __init__(self, ctx: AppContext, program_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.program_id = program_id
        self.imported_program_id: str | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.attach_overrides: dict[str, str | None] = {}
        self.guessed_years: tuple[int, int] | None = None
        self.closing = False  # Cancel pressed while work runs
        self.programs: list[ProgramDTO] = list_programs(ctx.db)
        self.can_import = not ctx.read_only and ctx.actor.can("program.setup")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.files_page = FilesPage(self)
        self.program_page = ProgramPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        self.setPage(FILES_PAGE, self.files_page)
        self.setPage(PROGRAM_PAGE, self.program_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setPage(SUMMARY_PAGE, self.summary_page)
        self.setStartId(FILES_PAGE)
        self.resize(1180, 680)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("PlanImportWizard", "Import the plan from Excel")
        )
        # Qt has no Kyrgyz catalogue of its own: the wizard's buttons speak ours.
        for button, text in (
            (
                QWizard.WizardButton.BackButton,
                QCoreApplication.translate("PlanImportWizard", "< &Back"),
            ),
            (
                QWizard.WizardButton.NextButton,
                QCoreApplication.translate("PlanImportWizard", "&Next >"),
            ),
            (
                QWizard.WizardButton.CancelButton,
                QCoreApplication.translate("PlanImportWizard", "Cancel"),
            ),
            (
                QWizard.WizardButton.FinishButton,
                QCoreApplication.translate("PlanImportWizard", "&Finish"),
            ),
        ):
            self.setButtonText(button, text)
        for page in (self.files_page, self.program_page, self.preview_page, self.summary_page):
            page.retranslate()
        self.files_page.show_role_note()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def creates_program(self) -> bool:
        return self.files_page.target_combo.currentData() == NEW_PROGRAM

    def import_target(self) -> tuple[str | None, ImportOptions]:
        """(programme id or None, options) as the pages say them now."""
        if self.creates_program():
            title, town, years = self.program_page.details()
            return None, ImportOptions(title=title, municipality=town, years=years)
        return self.files_page.target_combo.currentData(), ImportOptions()

    def invalidate_preview(self) -> None:
        """Files or programme changed: the next visit of the preview reads them again."""
        if self.import_result is None:
            self.preview = None
            self.attach_overrides = {}

    def _running(self) -> list[Any]:
        pages = (
            self.program_page.guess_task,
            self.preview_page.task,
            self.preview_page.import_task,
        )
        return [t for t in pages if t is not None]

    def reject(self) -> None:
        """Cancel while work runs asks the work to stop and closes once it has (an import
        stopped half-way is rolled back: nothing is written)."""
        running = self._running()
        if running:
            self.closing = True
            for task in running:
                task.cancel()
            return
        super().reject()

    def end_if_closing(self) -> bool:
        """Called when a piece of work ends: close now if Cancel was pressed meanwhile."""
        if not self.closing:
            return False
        if not self._running():
            self.closing = False
            super().reject()
        return True


def import_plan_wizard(
    ctx: AppContext, program_id: str | None, parent: QWidget | None
) -> str | None:
    """Run the wizard modally; the imported programme's id, or None when nothing was done."""
    wizard = PlanImportWizard(ctx, program_id, parent)
    wizard.exec()
    return wizard.imported_program_id
