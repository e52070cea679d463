"""The form of a plan item: every field of PRODUCT.md §2, measures with their own block
(deadline, expected result, executors, planned cost by funding source, annual plan years)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from meapp.models import enums
from meapp.models.numbers import format_number
from meapp.services.access.users import Actor
from meapp.services.common.text_norm import parse_deadline
from meapp.services.plan import edit as pe
from meapp.services.plan.budget_years import MeasurePlan
from meapp.store.engine import Database
from meapp.ui import labels
from meapp.ui.plan import commands
from meapp.ui.plan.budget_years import BudgetYearsModel, plan_from_totals
from meapp.ui.plan.form_base import (
    Field,
    YearSpin,
    combo,
    field_for,
    retranslate_combo,
    separator,
    text_box,
)
from meapp.ui.plan.form_parts import TableForm, inline_row


class YearChecks(QWidget):
    """The years of the annual plan a measure belongs to: one check box per programme year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[int, QCheckBox] = {}
        self.extra: set[int] = set()

    def set_years(self, first: int, last: int) -> None:
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        for i, year in enumerate(range(first, last + 1)):
            box = QCheckBox(str(year))
            self.grid.addWidget(box, i // 5, i % 5)
            self.boxes[year] = box

    def set_text(self, text: str | None) -> None:
        years = {int(y) for y in re.findall(r"\d{4}", text or "")}
        self.extra = years - set(self.boxes)
        for year, box in self.boxes.items():
            box.setChecked(year in years)

    def text(self) -> str | None:
        years = sorted(self.extra | {y for y, b in self.boxes.items() if b.isChecked()})
        return ",".join(str(y) for y in years) or None


class PlanItemForm(TableForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dto: pe.PlanItemDTO | None = None
        form = self.new_form_layout()
        self.outer.addLayout(form)
        self.kind = self.add(form, field_for("kind", combo(enums.PLAN_ITEM_KINDS, labels.kind)))
        self.code = self.add(form, field_for("code", QLineEdit()))
        self.code.widget.setMaximumWidth(160)
        self.title = self.add(form, field_for("title", text_box(4)))
        self.description = self.add(form, field_for("description", text_box(3)))

        # measures only: rows of the same form, shown when the kind is "measure"
        self.form = form
        mform = form
        self._measure_rows = (form.rowCount(), 0)
        self.measure_heading = QLabel()
        self.measure_heading.setStyleSheet("font-weight: bold;")
        mform.addRow(separator())
        mform.addRow(self.measure_heading)
        self.deadline = self.add(mform, field_for("deadline_text", QLineEdit()))
        self.start_spin, self.end_spin = YearSpin(), YearSpin()
        self.years_dash = QLabel("–")
        years_row = inline_row(self.start_spin, self.years_dash, self.end_spin)
        self.start = self.register(field_for("start_year", self.start_spin))
        self.end = self.register(field_for("end_year", self.end_spin))
        mform.addRow(self.start.label, years_row)
        self.expected = self.add(mform, field_for("expected_result", text_box(3)))
        self.lead = self.add(mform, field_for("lead_executor", QLineEdit()))
        self.co = self.add(mform, field_for("co_executors", text_box(2)))
        self.agreement = self.add(mform, field_for("by_agreement", QCheckBox()))
        self.investment = self.add(mform, field_for("is_investment", QCheckBox()))
        self.year_checks = YearChecks()
        self.annual = self.add(
            mform,
            Field(
                "annual_plan_years",
                self.year_checks,
                self.year_checks.text,
                self.year_checks.set_text,
            ),
        )
        # funding source × year (issue 21): `ui/plan/budget_years.py`
        self.budget_model = BudgetYearsModel(self)
        self.budget = self.add_table(mform, "budget", self.budget_model, {})
        self.budget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.fit_table(len(enums.FUNDING_SOURCES))
        self.budget_field = self.fields["budget"]
        self.budget_total = QLabel()
        self.budget_total.setObjectName("Muted")
        mform.addRow(self.budget_total)
        self._measure_rows = (self._measure_rows[0], form.rowCount())
        self.outer.addStretch(1)

        self.deadline.widget.textEdited.connect(self._deadline_typed)
        self.kind.widget.currentIndexChanged.connect(self._kind_changed)
        self.budget_model.edited.connect(self._budget_edited)
        self.retranslate_ui()

    def _deadline_typed(self, text: str) -> None:
        """Fill the years from a typed deadline ("2024-2025-жж.", "Жыл сайын") as a help."""
        years = (self._program_years[0], self._program_years[1]) if self._program_years else None
        d = parse_deadline(text, years)
        if d.start_year:
            self.start_spin.set_year(d.start_year)
            self.end_spin.set_year(d.end_year)

    def _kind_changed(self) -> None:
        shown = self.measure_shown()
        for row in range(*self._measure_rows):
            self.form.setRowVisible(row, shown)

    def measure_shown(self) -> bool:
        return self.kind.get() == "measure"

    def _budget_edited(self) -> None:
        self._show_total()
        self.changed.emit()

    def _show_total(self) -> None:
        self.budget_total.setText(
            self.tr("Total planned: {amount} som").format(
                amount=format_number(self.budget_model.total())
            )
        )

    # -- loading and saving -----------------------------------------------------------------
    _program_years: tuple[int, int] | None = None

    def load(
        self,
        dto: pe.PlanItemDTO,
        program_years: tuple[int, int],
        budget_plan: MeasurePlan | None = None,
    ) -> None:
        """Show the item; `budget_plan` (`budget_years.measure_plan`) gives the measure's
        planned cost per year and the locked years, else its totals are shown spread."""
        self.dto = dto
        self._program_years = program_years
        self.year_checks.set_years(program_years[0], program_years[1])
        for box in self.year_checks.boxes.values():
            box.toggled.connect(self._edited)
            box.setEnabled(self.editable)
        self.fill({k: getattr(dto, k) for k in self.fields if hasattr(dto, k)})
        self.budget_model.load(
            budget_plan
            or plan_from_totals(dto.budgets, program_years, dto.start_year, dto.end_year)
        )
        if self.budget_model.columnCount():
            self.budget.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._show_total()
        self._kind_changed()

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        for box in self.year_checks.boxes.values():
            box.setEnabled(editable)

    def steps(self, db: Database, actor: Actor) -> list[commands.Step]:
        assert self.dto is not None
        changes = self.changes()
        budget = self.budget_model.changes() if self.kind.get() == "measure" else {}
        if changes.get("kind") not in (None, "measure"):
            # an item that stops being a measure keeps no measure-only values it was given now
            changes = {
                k: v for k, v in changes.items() if k in ("kind", "code", "title", "description")
            }
        table = commands.set_budget(db, actor, self.dto.id, budget) if budget else None
        return self.save_steps(pe.update_plan_item, db, actor, changes, table)

    def retranslate_ui(self) -> None:
        texts: dict[str, str] = {
            "kind": self.tr("&Kind:"),
            "code": self.tr("C&ode:"),
            "title": self.tr("&Title:"),
            "description": self.tr("&Description:"),
            "deadline_text": self.tr("&Deadline (as written):"),
            "start_year": self.tr("Years of implementation:"),
            "expected_result": self.tr("E&xpected result (output):"),
            "lead_executor": self.tr("&Responsible executor:"),
            "co_executors": self.tr("Co-e&xecutors:"),
            "by_agreement": self.tr("By agreement:"),
            "is_investment": self.tr("Investment measure:"),
            "annual_plan_years": self.tr("Annual plan years:"),
            "budget": self.tr("Planned cost:"),
        }
        for key, text in texts.items():
            self.fields[key].label.setText(text)
        self.agreement.widget.setText(self.tr("outside the mayor's authority (by agreement)"))
        self.investment.widget.setText(self.tr("public monitoring at 50 % and 100 %"))
        self.deadline.widget.setPlaceholderText(self.tr("e.g. 2023-2026-жж., Жыл сайын"))
        self.measure_heading.setText(self.tr("Measure"))
        retranslate_combo(self.kind.widget)
        self._show_total()
