"""Table texts: a model's words after a language switch, read-only cells, a table as text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def retranslate_model(model: QAbstractItemModel) -> None:
    """Tell the views to re-read every header and cell (no rows added, none moved)."""
    columns = model.columnCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    rows = model.rowCount()
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


def read_only_cell(text: str, colour: str | None = None, tip: str = "") -> QTableWidgetItem:
    """A table cell the user selects and reads but does not edit, in `colour` when given."""
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if colour:
        item.setForeground(QBrush(QColor(colour)))
    if tip:
        item.setToolTip(tip)
    return item


def table_rows(table: QTableWidget, columns: int) -> list[list[str]]:
    """The first `columns` columns of the table as text, row by row (what a user reads)."""
    return [
        [cell.text() if (cell := table.item(r, c)) is not None else "" for c in range(columns)]
        for r in range(table.rowCount())
    ]
