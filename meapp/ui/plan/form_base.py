"""What the plan forms share: a list of named fields, their change tracking, read-only
mode for roles that cannot edit, and a visible error that names the field.

A form snapshots its own values right after loading; `changes()` is the difference from
that snapshot. Comparing a form with itself (rather than with the DTO) keeps the
normalisations of the widgets (trimmed text, rounded display of numbers, a year list
written "2023,2024") from ever looking like an edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import MeappError, ValidationError
from meapp.models.numbers import format_number
from meapp.ui import style
from meapp.ui.messages import error_text
from meapp.ui.plan.tables import parse_cell

NO_YEAR = 1989  # the spin boxes' "no year" value, shown as "–"


class NumberEdit(QLineEdit):
    """A number typed the Kyrgyz way (`734 593,3`) or with a dot; empty = no value."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaximumWidth(180)
        self._loaded: float | None = None
        self._loaded_text = ""

    def set_value(self, value: float | None) -> None:
        self._loaded = value
        self._loaded_text = format_number(value, empty="") if value is not None else ""
        self.setText(self._loaded_text)

    def value(self) -> float | None:
        if self.text().strip() == self._loaded_text:
            return self._loaded  # unchanged: keep every decimal of the stored value
        return parse_cell(self.text(), self.field)


class YearSpin(QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NO_YEAR, 2100)
        self.setSpecialValueText("–")
        self.setMaximumWidth(110)

    def set_year(self, year: int | None) -> None:
        self.setValue(year if year else NO_YEAR)

    def year(self) -> int | None:
        return None if self.value() == NO_YEAR else self.value()


def text_box(lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setSizeAdjustPolicy(QPlainTextEdit.SizeAdjustPolicy.AdjustIgnored)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setFixedHeight(height)
    return box


class CodeCombo(QComboBox):
    """A choice among stored codes, each shown by its word in the current language."""

    def __init__(self, codes: tuple[str, ...], word: Callable[[str | None], str], none: bool):
        super().__init__()
        self.word = word
        if none:
            self.addItem("–", None)
        for code in codes:
            self.addItem(word(code), code)

    def retranslate(self) -> None:
        for row in range(self.count()):
            code = self.itemData(row)
            if code is not None:
                self.setItemText(row, self.word(code))


def combo(
    codes: tuple[str, ...], word: Callable[[str | None], str], none: bool = False
) -> CodeCombo:
    return CodeCombo(codes, word, none)


def retranslate_combo(box: QComboBox) -> None:
    if isinstance(box, CodeCombo):
        box.retranslate()


class Field:
    """One named field: its label, its widget and how to read and fill it."""

    def __init__(
        self,
        key: str,
        widget: QWidget,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        focus: QWidget | None = None,
    ) -> None:
        self.key = key
        self.widget: Any = widget  # the concrete editor (QLineEdit, QComboBox…)
        self.get = get
        self.put = put
        self.focus = focus or widget
        self.label = QLabel()
        self.label.setBuddy(self.focus)


def field_for(key: str, widget: QWidget) -> Field:
    """The usual reading and filling of a widget by its class."""
    if isinstance(widget, NumberEdit):
        return Field(key, widget, widget.value, widget.set_value)
    if isinstance(widget, YearSpin):
        return Field(key, widget, widget.year, widget.set_year)
    if isinstance(widget, QLineEdit):
        return Field(
            key, widget, lambda: widget.text().strip() or None, lambda v: widget.setText(v or "")
        )
    if isinstance(widget, QPlainTextEdit):
        return Field(
            key,
            widget,
            lambda: widget.toPlainText().strip() or None,
            lambda v: widget.setPlainText(v or ""),
        )
    if isinstance(widget, QComboBox):
        return Field(
            key,
            widget,
            widget.currentData,
            lambda v: widget.setCurrentIndex(max(widget.findData(v), 0)),
        )
    if isinstance(widget, QCheckBox):
        return Field(key, widget, widget.isChecked, lambda v: widget.setChecked(bool(v)))
    raise TypeError(f"no default field for {type(widget).__name__}")


class FormBase(QWidget):
    """A column of fields in a form layout, with an error line at the top."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self.editable = False
        self._snapshot: dict[str, Any] = {}
        self._loading = False
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(6)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            f"color: {style.OFF_TRACK}; font-weight: bold; padding: 4px;"
            f" border: 1px solid {style.OFF_TRACK}; border-radius: 3px; background: #FFF4EE;"
        )
        self.error.hide()
        self.outer.addWidget(self.error)

    def new_form_layout(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        return form

    def add(
        self,
        form: QFormLayout,
        f: Field,
        row_widget: QWidget | None = None,
        span: bool = False,
    ) -> Field:
        """Add a labelled row; `span` puts a wide widget (a table) on its own full row
        under its label, so long Kyrgyz column headers are not cut."""
        self.fields[f.key] = f
        if span:
            form.addRow(f.label)
            form.addRow(row_widget or f.widget)
        else:
            form.addRow(f.label, row_widget or f.widget)
        self._watch(f.widget)
        return f

    def register(self, f: Field) -> Field:
        """A field placed by the caller (e.g. beside another in one row)."""
        self.fields[f.key] = f
        self._watch(f.widget)
        return f

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(self._edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._edited)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._edited)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._edited)

    def _edited(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()

    # -- loading and reading ----------------------------------------------------------------
    def fill(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for key, f in self.fields.items():
                if key in values:
                    f.put(values[key])
        finally:
            self._loading = False
        self.clear_error()
        self._snapshot = self._read(safe=True)

    def _read(self, safe: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, f in self.fields.items():
            try:
                out[key] = f.get()
            except ValidationError:
                if not safe:
                    raise
                out[key] = None
        return out

    def changes(self) -> dict[str, Any]:
        """The fields that differ from what was loaded; raises ValidationError for a
        number that is not one (naming the field)."""
        now = self._read()
        return {k: v for k, v in now.items() if v != self._snapshot.get(k)}

    def is_dirty(self) -> bool:
        try:
            return bool(self.changes())
        except ValidationError:
            return True

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for f in self.fields.values():
            w = f.widget
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(not editable)
            else:
                w.setEnabled(editable)

    # -- errors -----------------------------------------------------------------------------
    def show_problem(self, exc: MeappError) -> bool:
        """Show a refused edit on the form, naming (and focusing) the field it concerns.
        False when the error names no field of this form (the caller shows a dialog)."""
        problems = getattr(exc, "problems", None) or []
        key = problems[0].params.get("field") if problems else exc.params.get("field")
        f = self.fields.get(key) if isinstance(key, str) else None
        if f is None:
            return False
        name = f.label.text().replace("&", "").rstrip(":").strip()
        message = error_text(exc)
        self.error.setText(
            QCoreApplication.translate("FormBase", "⚠ {field}: {problem}").format(
                field=name, problem=message
            )
        )
        self.error.show()
        f.focus.setStyleSheet(f"border: 2px solid {style.OFF_TRACK};")
        f.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear_error(self) -> None:
        self.error.hide()
        self.error.clear()
        for f in self.fields.values():
            if f.focus.styleSheet():
                f.focus.setStyleSheet("")


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet(f"color: {style.LINE};")
    return line
