"""The programme form: title, municipality, years, approval, vision, strategic goal,
reporting frequency, traffic-light thresholds and status.

An administrator edits it; everyone else reads it (the fields are read-only and the
dialog offers only Close). The dialog gathers the changes; the plan page applies them as
an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import MeappError, ValidationError
from meapp.models import enums
from meapp.services.plan import edit as pe
from meapp.ui import labels
from meapp.ui.messages import show_error
from meapp.ui.plan.form_base import Field, FormBase, YearSpin, combo, field_for, separator, text_box


class DateField(QWidget):
    """A date that may be absent: a check box "known" beside a date editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setCalendarPopup(True)
        layout.addWidget(self.known)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.known.toggled.connect(self.edit.setEnabled)

    def set_date(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(
            QDate(value.year, value.month, value.day) if value else QDate.currentDate()
        )

    def date(self) -> date | None:
        if not self.known.isChecked():
            return None
        value = self.edit.date().toPython()
        return value if isinstance(value, date) else None


def percent_spin() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 100)
    box.setSuffix("\u00a0%")
    box.setMaximumWidth(110)
    return box


def share_field(key: str, spin: QSpinBox) -> Field:
    """A share stored as 0…1 (a threshold), shown and typed in per cent."""
    return Field(
        key,
        spin,
        lambda: spin.value() / 100,
        lambda v: spin.setValue(round((v or 0) * 100)),
    )


class ProgramForm(FormBase):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = self.new_form_layout()
        self.outer.addLayout(form)
        self.title = self.add(form, field_for("title", text_box(2)))
        self.code = self.add(form, field_for("code", QLineEdit()))
        self.code.widget.setMaximumWidth(260)
        self.municipality = self.add(form, field_for("municipality", QLineEdit()))
        self.kind = self.add(
            form,
            field_for(
                "municipality_kind", combo(enums.MUNICIPALITY_KINDS, labels.municipality_kind)
            ),
        )
        self.rayon = self.add(form, field_for("rayon", QLineEdit()))
        self.oblast = self.add(form, field_for("oblast", QLineEdit()))
        years = QWidget()
        yl = QHBoxLayout(years)
        yl.setContentsMargins(0, 0, 0, 0)
        self.start_spin, self.end_spin = YearSpin(), YearSpin()
        yl.addWidget(self.start_spin)
        yl.addWidget(QLabel("–"))
        yl.addWidget(self.end_spin)
        yl.addStretch(1)
        self.start = self.register(field_for("start_year", self.start_spin))
        self.end = self.register(field_for("end_year", self.end_spin))
        form.addRow(self.start.label, years)
        form.addRow(separator())
        self.body = self.add(form, field_for("approval_body", QLineEdit()))
        self.number = self.add(form, field_for("approval_number", QLineEdit()))
        self.number.widget.setMaximumWidth(200)
        self.date_field = DateField()
        self.approval_date = self.add(
            form,
            Field(
                "approval_date",
                self.date_field,
                self.date_field.date,
                self.date_field.set_date,
                focus=self.date_field.known,
            ),
        )
        self.date_field.known.toggled.connect(self._edited)
        self.date_field.edit.dateChanged.connect(self._edited)
        form.addRow(separator())
        self.vision = self.add(form, field_for("vision", text_box(3)))
        self.goal = self.add(form, field_for("strategic_goal", text_box(3)))
        form.addRow(separator())
        self.frequency = self.add(
            form, field_for("frequency", combo(enums.FREQUENCIES, labels.frequency))
        )
        self.green_spin, self.amber_spin = percent_spin(), percent_spin()
        self.green = self.add(form, share_field("threshold_green", self.green_spin))
        self.amber = self.add(form, share_field("threshold_amber", self.amber_spin))
        self.status = self.add(
            form, field_for("status", combo(enums.PROGRAM_STATUSES, labels.program_status))
        )
        self.retranslate_ui()

    def load(self, p: pe.ProgramForm) -> None:
        self.fill({k: getattr(p, k) for k in self.fields})

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.date_field.setEnabled(editable)

    def retranslate_ui(self) -> None:
        texts = {
            "title": self.tr("&Title:"),
            "code": self.tr("C&ode:"),
            "municipality": self.tr("&Municipality:"),
            "municipality_kind": self.tr("&Kind of municipality:"),
            "rayon": self.tr("&Rayon:"),
            "oblast": self.tr("O&blast:"),
            "start_year": self.tr("&Years:"),
            "approval_body": self.tr("Approved &by:"),
            "approval_number": self.tr("Decision &number:"),
            "approval_date": self.tr("Decision &date:"),
            "vision": self.tr("&Vision:"),
            "strategic_goal": self.tr("&Strategic goal:"),
            "frequency": self.tr("Reporting &frequency:"),
            "threshold_green": self.tr("On track from (progress ≥):"),
            "threshold_amber": self.tr("At risk from (progress ≥):"),
            "status": self.tr("St&atus:"),
        }
        for key, text in texts.items():
            self.fields[key].label.setText(text)
        self.body.widget.setPlaceholderText(self.tr("e.g. the town council"))
        self.date_field.known.setText(self.tr("known:"))


class ProgramDialog(QDialog):
    """The programme form in a dialog. OK hands the changed fields to `apply`, which saves
    them (or raises: the dialog then stays open and names the field); after `exec()`,
    `changes` holds what was saved."""

    def __init__(
        self,
        program: pe.ProgramForm,
        editable: bool,
        apply: Callable[[dict[str, Any]], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.program = program
        self.apply = apply
        self.changes: dict[str, Any] = {}
        self.setMinimumSize(640, 560)
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.form = ProgramForm()
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        self.form.load(program)
        self.form.set_editable(editable)
        if editable:
            buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
            buttons.accepted.connect(self.accept)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.setWindowTitle(self.tr("Programme: {title}").format(title=program.title))

    def accept(self) -> None:
        try:
            changes = self.form.changes()
        except ValidationError as exc:
            self.form.show_problem(exc)
            return
        if changes.get("threshold_amber", self.program.threshold_amber) > changes.get(
            "threshold_green", self.program.threshold_green
        ):
            self.form.show_problem(
                ValidationError(
                    "thresholds must satisfy 0 ≤ amber ≤ green ≤ 100 %", field="threshold_amber"
                )
            )
            return
        if changes and self.apply is not None:
            try:
                self.apply(changes)
            except MeappError as exc:
                if not self.form.show_problem(exc):
                    show_error(self, exc)
                return
        self.changes = changes
        super().accept()
