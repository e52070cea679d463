"""A read-only table model over a tuple of DTOs, sortable through a proxy by raw values.

Each column says how to show a row (`text`), how to sort it (`key`: numbers sort as
numbers, missing values last) and, optionally, its colour; the executors and the
municipalities views are two column lists over this one model, shown by `RankingView`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
ROW_ROLE = Qt.ItemDataRole.UserRole + 11
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]  # translated when asked, so a language switch shows at once
    text: Callable[[Any], str]
    key: Callable[[Any], Any]
    numeric: bool = False
    colour: Callable[[Any], str | None] | None = None
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == SORT_ROLE:
            value = col.key(row)
            if col.numeric:
                # missing figures sort after every real one, in both directions as shown
                return float("-inf") if value is None else float(value)
            return "" if value is None else str(value).casefold()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col.colour is not None:
            colour = col.colour(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip is not None else col.text(row)
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header()
        return None

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )


def sort_proxy(model: RowsModel, filter_column: int = -1) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(filter_column)
    return proxy


def two_lines(text: str) -> str:
    """A header of several words on two lines (split at the first space), so that its
    column stays narrow: Kyrgyz headers are often wider than the figures under them."""
    return text.replace(" ", "\n", 1)


def fit_columns(table: QTableView, flexible: int, minimum: int) -> None:
    """Every column but `flexible` as wide as its longest header line or its widest cell;
    `flexible` (the names) takes the room left, never less than `minimum` px (the table
    scrolls sideways then rather than cutting the names).

    Not ResizeToContents: that keeps room for a sort arrow in every header, and the long
    Kyrgyz headers then push the last columns off a 1366 px screen.
    """
    header = table.horizontalHeader()
    model = table.model()
    metrics = header.fontMetrics()
    arrow = metrics.height() + 4
    for col in range(model.columnCount()):
        if col == flexible:
            continue
        text = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == col:
            widest += arrow
        header.resizeSection(col, max(widest + 16, table.sizeHintForColumn(col)))
    others = sum(header.sectionSize(c) for c in range(header.count()) if c != flexible)
    room = table.viewport().width()
    if not table.verticalScrollBar().isVisible():
        # rows just set may bring the scroll bar a moment later: leave its room already
        room -= table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    header.resizeSection(flexible, max(minimum, room - others))


class RankingView(QWidget):
    """A muted intro and a filter box over a sortable, read-only table of rows: what the
    executors' and the municipalities' tabs share. Columns are fitted (`fit_columns`) when
    the view is shown, resized or re-sorted, never while hidden, so a tab nobody opened
    costs the start nothing."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        filter_column: int,
        flexible: int,
        minimum: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._flexible, self._minimum = flexible, minimum
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        head = QHBoxLayout()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("Muted")
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(300)
        self.filter.setMinimumWidth(240)  # room for the Kyrgyz placeholder
        head.addWidget(self.intro, 1)
        head.addWidget(self.filter)
        layout.addLayout(head)
        self.model = RowsModel(columns, self)
        self.proxy = sort_proxy(self.model, filter_column=filter_column)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sortIndicatorChanged.connect(lambda *_: self._fit_columns())
        layout.addWidget(self.table, 1)
        self.period = ""

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        if self.isVisible():
            fit_columns(self.table, flexible=self._flexible, minimum=self._minimum)
