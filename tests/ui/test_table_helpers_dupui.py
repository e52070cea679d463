"""The table helpers the pages and dialogs share instead of each keeping a copy (issue 17):
a sorted table's selection in source rows, a table as text, a grid's row by id."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTableWidget

from meapp.ui.common.table_selection import (
    one_row_at_a_time,
    select_source_row,
    selected_source_row,
)
from meapp.ui.common.table_texts import read_only_cell, table_rows
from meapp.ui.monitoring.indicator_model import IndicatorModel
from meapp.ui.monitoring.measure_model import MeasureModel


def _sorted_table(names: list[str]) -> tuple[QTableView, QSortFilterProxyModel]:
    model = QStandardItemModel()
    for name in names:
        model.appendRow(QStandardItem(name))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    one_row_at_a_time(table)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    table._keep = (model, proxy)  # type: ignore[attr-defined]
    return table, proxy


def test_the_selection_is_found_and_kept_in_source_rows(qapp):
    names = ["anna", "boris", "chynara"]
    table, proxy = _sorted_table(names)
    assert selected_source_row(table, proxy) is None
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    select_source_row(table, proxy, lambda r: names[r] == "anna")
    assert table.currentIndex().row() == 2  # shown last: sorted Z→A
    assert selected_source_row(table, proxy) == 0
    select_source_row(table, proxy, lambda r: names[r] == "boris")
    assert selected_source_row(table, proxy) == 1
    select_source_row(table, proxy, lambda _r: False)  # no match: the selection stays
    assert selected_source_row(table, proxy) == 1


def test_a_table_reads_as_text_and_its_cells_cannot_be_edited(qapp):
    table = QTableWidget(2, 3)
    table.setItem(0, 0, read_only_cell("a", "#C0392B", "tip"))
    table.setItem(1, 1, read_only_cell("b"))
    table.setItem(1, 2, read_only_cell("hidden"))
    assert table_rows(table, 2) == [["a", ""], ["", "b"]]
    cell = table.item(0, 0)
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert cell.toolTip() == "tip" and cell.foreground().color().name() == "#c0392b"


def test_both_grids_find_a_row_by_the_id_of_their_own_kind(qapp):
    indicators, measures = IndicatorModel(), MeasureModel()
    indicators.rows = [SimpleNamespace(indicator_id=i) for i in ("i1", "i2")]
    measures.rows = [SimpleNamespace(measure_id=m) for m in ("m1", "m2", "m3")]
    assert (indicators.row_of("i2"), indicators.row_of("m2")) == (1, -1)
    assert (measures.row_of("m3"), measures.row_id(0)) == (2, "m1")
    last = [c.key for c in indicators.columns][-2:]
    assert last == [c.key for c in measures.columns][-2:] == ["comment", "evidence"]
