"""The form of an indicator: the matrix fields of PRODUCT.md §2 and, in one small table,
its targets per year and per half-year (derived half-years shown as "≈")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QWidget

from meapp.errors import ValidationError
from meapp.models import enums
from meapp.models.formulas import (
    CUMULATIVE,
    LEVEL,
    IndicatorSpec,
    target_contradicts_direction,
)
from meapp.models.numbers import format_number
from meapp.services.access.users import Actor
from meapp.services.plan import edit as pe
from meapp.store.engine import Database
from meapp.ui import labels
from meapp.ui.plan import commands
from meapp.ui.plan.form_base import (
    Field,
    NumberEdit,
    YearSpin,
    combo,
    field_for,
    retranslate_combo,
    separator,
    text_box,
)
from meapp.ui.plan.form_parts import TableForm, inline_row
from meapp.ui.plan.tables import TargetsModel
from meapp.ui.style import OFF_TRACK

_STRETCH = QHeaderView.ResizeMode.Stretch


class IndicatorForm(TableForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dto: pe.IndicatorDTO | None = None
        self._years: tuple[int, int] = (0, 0)
        form = self.new_form_layout()
        self.outer.addLayout(form)
        self.code = self.add(form, field_for("code", QLineEdit()))
        self.code.widget.setMaximumWidth(160)
        self.name = self.add(form, field_for("name", text_box(3)))
        self.unit = self.add(form, field_for("unit", QLineEdit()))
        self.unit.widget.setMaximumWidth(220)
        self.value_type = self.add(
            form, field_for("value_type", combo(enums.VALUE_TYPES, labels.value_type))
        )
        self.direction = self.add(
            form, field_for("direction", combo(enums.DIRECTIONS, labels.indicator_direction))
        )
        self.aggregation = self.add(
            form, field_for("aggregation", combo(enums.AGGREGATIONS, labels.aggregation))
        )
        self.level = self.add(
            form,
            field_for("level", combo(enums.INDICATOR_LEVELS, labels.indicator_level, none=True)),
        )
        form.addRow(separator())
        self.baseline_edit = NumberEdit("baseline_value")
        self.baseline_year_spin = YearSpin()
        self.baseline_in = QLabel()
        baseline_row = inline_row(self.baseline_edit, self.baseline_in, self.baseline_year_spin)
        self.baseline = self.register(field_for("baseline_value", self.baseline_edit))
        self.baseline_year = self.register(field_for("baseline_year", self.baseline_year_spin))
        form.addRow(self.baseline.label, baseline_row)

        self.targets_model = TargetsModel(self)
        modes = {0: QHeaderView.ResizeMode.ResizeToContents, 1: _STRETCH, 2: _STRETCH, 3: _STRETCH}
        self.targets = self.add_table(form, "targets", self.targets_model, modes)
        self.targets_field = self.fields["targets"]
        self.targets_hint = QLabel()
        self.targets_hint.setObjectName("Muted")
        self.targets_hint.setWordWrap(True)
        form.addRow(self.targets_hint)
        self.final = self.add(form, field_for("final_target", NumberEdit("final_target")))
        # A target on the wrong side of the baseline for the direction (revenue "to increase"
        # 322,4 → 285,9): named here as on import, so it is corrected or meant
        self.contradiction = QLabel()
        self.contradiction.setWordWrap(True)
        self.contradiction.setStyleSheet(f"color: {OFF_TRACK};")
        self.contradiction.hide()
        form.addRow(self.contradiction)
        form.addRow(separator())
        self.data_source = self.add(form, field_for("data_source", text_box(2)))
        self.method = self.add(form, field_for("method", text_box(2)))
        self.document = self.add(form, field_for("verifying_document", QLineEdit()))
        self.responsible = self.add(form, field_for("responsible", QLineEdit()))
        self.note = self.add(form, field_for("methodology_note", text_box(2)))
        # MSDSP matrix: how often and when it is measured, kept as the council wrote them
        self.frequency = self.add(form, field_for("collection_frequency", QLineEdit()))
        self.collection_date = self.add(form, field_for("collection_date", QLineEdit()))
        self.weight = self.add(form, field_for("weight", NumberEdit("weight")))
        form.addRow(separator())
        self.matrix_heading = QLabel()
        self.matrix_heading.setObjectName("Muted")
        self.matrix_heading.setWordWrap(True)
        form.addRow(self.matrix_heading)
        self.issue = self.add(form, field_for("issue_text", text_box(2)))
        self.group = self.add(form, field_for("group_text", text_box(2)))
        self.outer.addStretch(1)

        self.targets_model.edited.connect(self.changed)
        self.targets_model.edited.connect(self._check_direction)
        self.direction.widget.currentIndexChanged.connect(self._check_direction)
        self.aggregation.widget.currentIndexChanged.connect(self._spec_changed)
        self.baseline_edit.editingFinished.connect(self._spec_changed)
        self.baseline_year_spin.valueChanged.connect(self._spec_changed)
        self.final.widget.editingFinished.connect(self._spec_changed)
        self.retranslate_ui()

    def _spec(self) -> IndicatorSpec:
        def safe(f: Field) -> float | None:
            try:
                return f.get()
            except ValidationError:
                return None

        return IndicatorSpec(
            aggregation=self.aggregation.get() or "latest",
            direction=self.direction.get() or "increase",
            baseline=safe(self.baseline),
            baseline_year=self.baseline_year.get(),
            final_target=safe(self.final),
            start_year=self._years[0],
            end_year=self._years[1],
        )

    def _spec_changed(self, *_args: object) -> None:
        self.targets_model.set_spec(self._spec())
        self._check_direction()

    def contradicting_targets(self) -> list[str]:
        """The periods (and "final") whose target lies on the wrong side of the baseline
        for the chosen direction (`formulas.target_contradicts_direction`)."""
        spec = self._spec()
        if spec.baseline is None or spec.kind == CUMULATIVE:
            return []  # amounts since the baseline year are not compared with a level
        found = []
        table = self.targets_model.table
        # a sum within the year compares a year's amount with the baseline year's; its
        # half-years are parts of a year, not comparable with the baseline
        halves = ("", "-H1", "-H2") if spec.kind == LEVEL else ("",)
        periods = [f"{r.year}{h}" for r in (table.rows if table else ()) for h in halves]
        for period in periods:
            try:
                value = self.targets_model.value_of(period)
            except ValidationError:
                continue
            if target_contradicts_direction(spec.direction, spec.baseline, value):
                found.append(period)
        if target_contradicts_direction(spec.direction, spec.baseline, spec.final_target):
            found.append(self.tr("final"))
        return found

    def _check_direction(self, *_args: object) -> None:
        found = self.contradicting_targets()
        if found:
            spec = self._spec()
            text = (
                self.tr(
                    "Targets below the baseline ({baseline}) of an indicator to increase: {periods}"
                )
                if spec.direction == "increase"
                else self.tr(
                    "Targets above the baseline ({baseline}) of an indicator to decrease: {periods}"
                )
            )
            self.contradiction.setText(
                "⚠ " + text.format(baseline=format_number(spec.baseline), periods=", ".join(found))
            )
        self.contradiction.setVisible(bool(found))

    def load(
        self, dto: pe.IndicatorDTO, table: pe.TargetsTable, program_years: tuple[int, int]
    ) -> None:
        self.dto = dto
        self._years = program_years
        self.fill({k: getattr(dto, k) for k in self.fields if hasattr(dto, k)})
        self.targets_model.load(table, self._spec())
        self._check_direction()
        self.fit_table(self.targets_model.rowCount())

    def steps(self, db: Database, actor: Actor) -> list[commands.Step]:
        assert self.dto is not None
        targets = self.targets_model.changes()
        table = commands.set_targets(db, actor, self.dto.id, targets) if targets else None
        return self.save_steps(pe.update_indicator, db, actor, self.changes(), table)

    def retranslate_ui(self) -> None:
        texts = {
            "code": self.tr("C&ode:"),
            "name": self.tr("&Name:"),
            "unit": self.tr("&Unit of measure:"),
            "value_type": self.tr("&Value type:"),
            "direction": self.tr("Di&rection:"),
            "aggregation": self.tr("How periods &combine:"),
            "level": self.tr("&Level:"),
            "baseline_value": self.tr("&Baseline value:"),
            "targets": self.tr("&Targets:"),
            "final_target": self.tr("&Final target:"),
            "data_source": self.tr("Data &source:"),
            "method": self.tr("Measurement &method:"),
            "verifying_document": self.tr("Verifying &document:"),
            "responsible": self.tr("Res&ponsible:"),
            "methodology_note": self.tr("Methodology note:"),
            "collection_frequency": self.tr("Measurement frequency:"),
            "collection_date": self.tr("Measurement date:"),
            "weight": self.tr("Weight in roll-ups:"),
            "issue_text": self.tr("Issue:"),
            "group_text": self.tr("Group:"),
        }
        for key, text in texts.items():
            self.fields[key].label.setText(text)
        self.baseline_in.setText(self.tr("in the year"))
        self.targets_hint.setText(
            self.tr(
                "Type a year's target, or the half-years' own. ≈ marks a derived value; "
                "a lock marks an approved year, whose targets change only by a revision."
            )
        )
        self.matrix_heading.setText(self.tr("As written in the council's indicator matrix"))
        for f in (self.value_type, self.direction, self.aggregation, self.level):
            retranslate_combo(f.widget)
        self.targets_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
