"""After a language switch, a table model's words change while its rows stay the same."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt


def retranslate_model(model: QAbstractItemModel) -> None:
    """Tell the views to re-read every header and cell (no rows added, none moved)."""
    columns = model.columnCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    rows = model.rowCount()
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
