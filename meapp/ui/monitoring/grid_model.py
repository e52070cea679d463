"""What the two monitoring tables share: fixed columns over a list of frozen DTOs.

A model never writes to the database itself. An edit calls `commit(row, key, text)` — the
page's writer, which calls the service with the actor and puts the recomputed DTO back
with `replace_row`. So the services stay the one place that checks rights, the lock and
the numbers, and the model only shows what they returned.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from meapp.errors import Problem
from meapp.models.numbers import NBSP, format_number
from meapp.ui.i18n import QT_TRANSLATE_NOOP, ui_translate

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[int, str, Any], bool]

CONTEXT = "MonitoringGrid"
# Roles beyond Qt's: the plain text a copy puts on the clipboard, and the column's key.
COPY_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

EDITABLE_BACKGROUND = QColor("#FFF7E0")  # a warm tint: "you type here"
LOCKED_BACKGROUND = QColor("#F1F3F5")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # source text, context MonitoringGrid (or already translated: `literal`)
    editable: bool = False
    numeric: bool = False
    tooltip: str = ""
    literal: bool = False  # the header is a word from labels (a funding source)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def edit_number(value: float | None) -> str:
    """A number as the editor shows it: the decimal comma, no grouping spaces."""
    if value is None:
        return ""
    return format_number(value).replace(NBSP, "")


def warnings_text(problems: Sequence[Problem]) -> str:
    return "\n".join("⚠ " + p.text(ui_translate) for p in problems)


def warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def without_edit_mark(header: str) -> str:
    """A column title without its "✎" (wherever a translation put it)."""
    return re.sub(r"\s*✎\s*", " ", header).strip()


# The last two columns of both grids: the note typed for the period and the files behind it.
COMMENT_AND_EVIDENCE = (
    Column("comment", QT_TRANSLATE_NOOP("MonitoringGrid", "Comment ✎"), editable=True),
    Column(
        "evidence",
        QT_TRANSLATE_NOOP("MonitoringGrid", "Evidence"),
        numeric=True,
        tooltip=QT_TRANSLATE_NOOP(
            "MonitoringGrid", "Attached documents; double-click to see or attach them"
        ),
    ),
)


class GridModel(QAbstractTableModel, Generic[T]):
    """Rows of DTOs under fixed columns; editable cells go through `commit`."""

    # The DTO attribute that names a row's indicator or measure (`row_of`, `row_id`).
    id_field = ""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[T] = []
        self.columns: list[Column] = []
        self.read_only = True
        self.commit: Commit | None = None

    # -- structure ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def set_rows(self, rows: Sequence[T], columns: Sequence[Column] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if columns is not None:
            self.columns = list(columns)
        self.endResetModel()

    def row_id(self, row: int) -> str:
        """The id of the indicator or measure shown in `row`."""
        return str(getattr(self.rows[row], self.id_field))

    def row_of(self, row_id: str) -> int:
        """The row showing that indicator or measure; -1 when none does."""
        for i, dto in enumerate(self.rows):
            if getattr(dto, self.id_field) == row_id:
                return i
        return -1

    def replace_row(self, row: int, dto: T) -> None:
        self.rows[row] = dto
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            if self.columns:  # the ✎ marks come and go with the right to type
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
            if self.rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
                )

    def column_key(self, column: int) -> str:
        return self.columns[column].key

    def column_of(self, key: str) -> int:
        for i, c in enumerate(self.columns):
            if c.key == key:
                return i
        return -1

    def column_title(self, column: int) -> str:
        c = self.columns[column]
        return (c.header if c.literal else tr(c.header)).replace("\n", " ")

    # -- editing ------------------------------------------------------------------------
    def cell_editable(self, row: int, column: int) -> bool:
        """Editable by kind of column; subclasses refine it per row."""
        return not self.read_only and self.columns[column].editable

    def stored(self, row: int) -> bool:
        """Whether the row shows what is stored for the period (not carried over): then
        confirming the same value writes nothing."""
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.cell_editable(index.row(), index.column()):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.cell_editable(index.row(), index.column())
            or self.commit is None
        ):
            return False
        if self.stored(index.row()) and str(value if value is not None else "") == str(
            self.data(index, Qt.ItemDataRole.EditRole) or ""
        ):
            return False  # nothing typed: no write, no audit event
        return self.commit(index.row(), self.column_key(index.column()), value)

    # -- reading ------------------------------------------------------------------------
    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        c = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            text = c.header if c.literal else tr(c.header)
            # "✎" says "type here": not on a locked period, for a viewer or read-only
            return without_edit_mark(text) if self.read_only else text
        if role == Qt.ItemDataRole.ToolTipRole and c.tooltip:
            return tr(c.tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # long Kyrgyz headers wrap onto a second line instead of widening the column
            return int((RIGHT if c.numeric else LEFT) | Qt.TextFlag.TextWordWrap)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = self.columns[index.column()]
        dto = self.rows[index.row()]
        if role == KEY_ROLE:
            return column.key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column.numeric else LEFT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column.editable:
                if self.cell_editable(index.row(), index.column()):
                    return EDITABLE_BACKGROUND
                return LOCKED_BACKGROUND
            return None
        return self.cell(dto, index.row(), column, role)

    def cell(self, dto: T, row: int, column: Column, role: int) -> Any:
        raise NotImplementedError
