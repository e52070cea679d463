"""What the two plan forms (indicator, plan item) share: a form with one small editable
table (an indicator's targets, a measure's planned cost) — how the table is built and
sized, that its edits count as the form's own and are saved as one more undoable step —
and a row of widgets side by side (a baseline and its year, the first and last year).

Both forms had the same lines for these; one place keeps them alike (edited by typing or
a double click, one text line a row, readable but refusing edits while locked).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QWidget,
)

from meapp.errors import ValidationError
from meapp.services.access.users import Actor
from meapp.store.engine import Database
from meapp.ui.plan import commands
from meapp.ui.plan.form_base import Field, FormBase

_EDIT = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


def inline_row(*widgets: QWidget) -> QWidget:
    """The widgets side by side on one form row, left-aligned (the rest stays empty)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    layout.addStretch(1)
    return row


class EditableModel(Protocol):
    """What the form needs of its table's model (`tables.TargetsModel`, `BudgetModel`)."""

    editable: bool

    def changes(self) -> dict: ...


class TableForm(FormBase):
    """A `FormBase` whose one table's pending changes make the form dirty and are saved as
    one more undoable step after its fields. `dto` is the row the form shows (its `id` and
    the `version` read, which the first save checks)."""

    table_model: EditableModel
    table_view: QTableView
    dto: Any

    def save_steps(
        self,
        update: Callable[..., Any],
        db: Database,
        actor: Actor,
        changes: dict[str, Any],
        table: commands.Step | None,
    ) -> list[commands.Step]:
        """The steps of Apply: the changed fields through `update`, then `table` (the
        table's changes, None when it has none)."""
        assert self.dto is not None
        out = []
        if changes:
            out.append(
                commands.update_fields(update, db, actor, self.dto.id, changes, self.dto.version)
            )
        if table is not None:
            out.append(table)
        return out

    def add_table(
        self,
        form: QFormLayout,
        key: str,
        model: QAbstractTableModel,
        modes: dict[int, QHeaderView.ResizeMode],
    ) -> QTableView:
        """Put the model's table on a full row of `form` under the label of field `key`;
        `modes` sets how each column takes the width."""
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.setEditTriggers(_EDIT)
        header = view.horizontalHeader()
        for col, mode in modes.items():
            header.setSectionResizeMode(col, mode)
        view.verticalHeader().setDefaultSectionSize(self._row_height())
        self.table_model = model  # type: ignore[assignment]
        self.table_view = view
        self.add(form, Field(key, view, lambda: None, lambda _v: None), span=True)
        return view

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def fit_table(self, rows: int) -> None:
        """Make the table exactly as high as `rows` rows: the form scrolls, not the table."""
        header = self.table_view.horizontalHeader().sizeHint().height()
        self.table_view.setFixedHeight(header + rows * self._row_height() + 4)

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.table_model.editable = editable
        self.table_view.setEnabled(True)  # readable, scrolls; the model refuses edits

    def is_dirty(self) -> bool:
        try:
            return super().is_dirty() or bool(self.table_model.changes())
        except ValidationError:
            return True
