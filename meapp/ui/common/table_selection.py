"""Tables of records one selects a row of: set-up, and the selection in source rows.

`one_row_at_a_time` sets up such a table. A page that sorts (or filters) it through a proxy
keeps its data by source row; `selected_source_row` and `select_source_row` translate
between what the user sees selected and that row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


def one_row_at_a_time(table: QTableView) -> None:
    """A read-only list of records: a click selects one whole row, striped, no row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()


def selected_source_row(table: QTableView, proxy: QSortFilterProxyModel) -> int | None:
    """The source row of the table's first selected row; None when nothing is selected."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    return proxy.mapToSource(rows[0]).row()


def select_source_row(
    table: QTableView, proxy: QSortFilterProxyModel, matches: Callable[[int], bool]
) -> None:
    """Select the first row shown (in the table's order) whose source row `matches`."""
    for row in range(proxy.rowCount()):
        if matches(proxy.mapToSource(proxy.index(row, 0)).row()):
            table.selectRow(row)
            return
