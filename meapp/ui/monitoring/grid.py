"""The table view of the monitoring grids: spreadsheet keys, copy and paste, the status editor.

Enter and Tab move to the next editable cell (Enter down the column, Tab along the row and
on to the next row), so a column of half-year figures is typed without the mouse. Ctrl+C
copies the selection as tab-separated text; Ctrl+V hands the clipboard block to the page
(`paste_block`), which stores it through one service call — all or nothing.

The first columns (the code and the name or title) stay put while the rest scrolls
sideways: a second table view over the same model and selection (`FrozenColumns`, as in
Qt's frozen column example) lies over the left edge and shows only them, following the
grid's row heights, column widths and vertical scrolling. It never takes the focus: a click
on it lands in the grid, so the keys, the editors, copy and paste all stay the grid's own.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from meapp.models.enums import MEASURE_STATUSES
from meapp.ui import labels
from meapp.ui.monitoring import symbols
from meapp.ui.monitoring.clipboard import format_block, parse_block
from meapp.ui.monitoring.grid_model import COPY_ROLE, GridModel

Index = QModelIndex | QPersistentModelIndex
FROZEN_EDGE = QColor("#B8C0C8")  # the line between the frozen columns and the rest


class StatusCombo(QComboBox):
    """The status editor, whose list drops down under the cell.

    Fusion lays a combo box's list over the box with the current entry on it, so in a grid
    row the list seemed to open shifted up by the position of the current status (issue
    23). Under the cell, or above it when the screen ends below, like any drop-down.
    """

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        super().showPopup()
        popup = self.view().window()
        place = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            if place.y() + popup.height() > room.bottom() and (
                self.mapToGlobal(QPoint(0, 0)).y() - popup.height() >= room.top()
            ):
                place = self.mapToGlobal(QPoint(0, -popup.height()))
        popup.move(place)


class StatusDelegate(QStyledItemDelegate):
    """A combo box of the measure statuses, in words with their symbols."""

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        combo = StatusCombo(parent)
        for code in MEASURE_STATUSES:
            combo.addItem(symbols.measure_icon(code), labels.measure_status(code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(at, 0))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class FrozenColumns(QTableView):
    """The frozen first columns of a `MonitoringGrid`, laid over its left edge.

    Same model, same selection model, same row heights and vertical position as the grid;
    it shows only the frozen columns and hands the focus, the keys and the row menu to the
    grid underneath.
    """

    def __init__(self, grid: MonitoringGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.setObjectName("frozenColumns")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.customContextMenuRequested.connect(self._menu)
        self.doubleClicked.connect(grid.doubleClicked)

    def _menu(self, pos: QPoint) -> None:
        # the row is the same at any x: the grid's menu for the row under the mouse
        viewport = self.grid.viewport()
        self.grid.customContextMenuRequested.emit(
            viewport.mapFromGlobal(self.viewport().mapToGlobal(pos))
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.grid.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        # the grid owns the scroll bars (sideways too, with Shift or a touchpad)
        QGuiApplication.sendEvent(self.grid.viewport(), event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setPen(FROZEN_EDGE)
        x = self.viewport().width() - 1
        painter.drawLine(x, 0, x, self.viewport().height())
        painter.end()


class MonitoringGrid(QTableView):
    # (top row, left column, block of cell texts)
    paste_block = Signal(int, int, list)
    # a row whose evidence the user wants to see (double-click on the evidence count)
    evidence_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frozen_keys: tuple[str, ...] = ()
        self.frozen = FrozenColumns(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # by pixels, so that the frozen part and the grid line up row for row
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.doubleClicked.connect(self._double_clicked)

        self.frozen.setVisible(False)
        header.sectionResized.connect(self._column_resized)
        header.geometriesChanged.connect(self._place_frozen)
        self.frozen.horizontalHeader().sectionResized.connect(self._frozen_column_resized)
        self.verticalHeader().sectionResized.connect(self._row_resized)
        bar, frozen_bar = self.verticalScrollBar(), self.frozen.verticalScrollBar()
        bar.valueChanged.connect(frozen_bar.setValue)
        frozen_bar.valueChanged.connect(bar.setValue)

    def grid_model(self) -> GridModel:
        model = self.model()
        assert isinstance(model, GridModel)
        return model

    # -- the frozen columns -------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            for signal in (
                model.modelReset,
                model.layoutChanged,
                model.columnsInserted,
                model.columnsRemoved,
                model.rowsInserted,
                model.rowsRemoved,
            ):
                signal.connect(self._sync_frozen)
        self._sync_frozen()

    def freeze(self, keys: tuple[str, ...]) -> None:
        """Keep the leading columns `keys` (say the code and the title) in view."""
        self._frozen_keys = keys
        self._sync_frozen()

    def frozen_count(self) -> int:
        """How many leading columns stay put (those of `freeze` the model begins with)."""
        model = self.model()
        if not isinstance(model, GridModel):
            return 0
        n = 0
        while n < model.columnCount() and model.column_key(n) in self._frozen_keys:
            n += 1
        return n

    def frozen_width(self) -> int:
        return sum(
            self.columnWidth(c) for c in range(self.frozen_count()) if not self.isColumnHidden(c)
        )

    def _sync_frozen(self, *_args: object) -> None:
        """Columns, widths and row heights of the frozen part from the grid's."""
        model = self.model()
        n = self.frozen_count()
        frozen = self.frozen
        if model is None or n == 0:
            frozen.setVisible(False)
            return
        header = frozen.horizontalHeader()
        for c in range(model.columnCount()):
            frozen.setColumnHidden(c, c >= n or self.isColumnHidden(c))
            if c < n:
                stretch = (
                    self.horizontalHeader().sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
                )
                header.setSectionResizeMode(
                    c,
                    QHeaderView.ResizeMode.Fixed if stretch else QHeaderView.ResizeMode.Interactive,
                )
                frozen.setColumnWidth(c, self.columnWidth(c))
        for r in range(model.rowCount()):
            frozen.setRowHeight(r, self.rowHeight(r))
        frozen.verticalScrollBar().setValue(self.verticalScrollBar().value())
        frozen.setVisible(True)
        self._place_frozen()

    def _place_frozen(self) -> None:
        if not self._frozen_keys:
            return
        viewport = self.viewport().geometry()
        header = self.horizontalHeader()
        self.frozen.horizontalHeader().setFixedHeight(header.height())
        self.frozen.setGeometry(
            viewport.left(),
            header.geometry().top(),
            min(self.frozen_width(), viewport.width()),
            viewport.height() + header.height(),
        )
        self.frozen.raise_()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.frozen_count():
            self.frozen.setColumnWidth(column, new)
            self._place_frozen()

    def _frozen_column_resized(self, column: int, _old: int, new: int) -> None:
        # the frozen part covers the grid's own header: a drag there resizes the grid's column
        if column < self.frozen_count() and self.columnWidth(column) != new:
            self.setColumnWidth(column, new)

    def _row_resized(self, row: int, _old: int, new: int) -> None:
        self.frozen.setRowHeight(row, new)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt's name
        super().updateGeometries()
        self._place_frozen()

    def scrollTo(  # noqa: N802 - Qt's name
        self,
        index: Index,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Scroll to a cell without hiding it under the frozen part; a frozen cell only
        scrolls up or down."""
        bar = self.horizontalScrollBar()
        keep = bar.value()
        super().scrollTo(index, hint)
        n = self.frozen_count()
        if not index.isValid() or n == 0:
            return
        if index.column() < n:
            bar.setValue(keep)
            return
        left = self.visualRect(self.model().index(index.row(), index.column())).left()
        covered = self.frozen_width() - left
        if covered > 0:
            bar.setValue(bar.value() - covered)

    # -- row heights --------------------------------------------------------------------
    def fit_rows(self, wrapping: tuple[str, ...]) -> None:
        """Row heights from the wrapped text of a few columns (the name, the comment).

        Measuring the text directly is a fraction of what `resizeRowsToContents` costs (it
        asks every cell for every role), which matters on a 300-measure programme.
        """
        columns = self._wrapping_columns(wrapping)
        header = self.verticalHeader()
        for row in range(self.grid_model().rowCount()):
            header.resizeSection(row, self._row_height(row, columns))

    def fit_row(self, row: int, wrapping: tuple[str, ...]) -> None:
        self.verticalHeader().resizeSection(
            row, self._row_height(row, self._wrapping_columns(wrapping))
        )

    def _wrapping_columns(self, wrapping: tuple[str, ...]) -> list[int]:
        model = self.grid_model()
        found = (model.column_of(k) for k in wrapping)
        return [c for c in found if c >= 0 and not self.isColumnHidden(c)]

    def _row_height(self, row: int, columns: list[int]) -> int:
        metrics = self.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        height = metrics.height() + 10
        model = self.grid_model()
        for col in columns:
            text = str(model.index(row, col).data(Qt.ItemDataRole.DisplayRole) or "")
            if text:
                width = max(self.columnWidth(col) - 10, 20)
                rect = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
                height = max(height, rect.height() + 10)
        return height

    # -- moving -------------------------------------------------------------------------
    def _editable(self, row: int, column: int) -> bool:
        return self.grid_model().cell_editable(row, column)

    def next_editable(self, row: int, column: int, *, down: bool) -> QModelIndex:
        """The next editable cell after (row, column): down the column, or along the rows."""
        model = self.grid_model()
        rows, cols = model.rowCount(), model.columnCount()
        if down:
            for r in range(row + 1, rows):
                if self._editable(r, column):
                    return model.index(r, column)
        else:
            for r in range(row, rows):
                for c in range(column + 1 if r == row else 0, cols):
                    if self._editable(r, c) and not self.isColumnHidden(c):
                        return model.index(r, c)
        return QModelIndex()

    def previous_editable(self, row: int, column: int) -> QModelIndex:
        model = self.grid_model()
        cols = model.columnCount()
        for r in range(row, -1, -1):
            for c in range(column - 1 if r == row else cols - 1, -1, -1):
                if self._editable(r, c) and not self.isColumnHidden(c):
                    return model.index(r, c)
        return QModelIndex()

    def moveCursor(  # noqa: N802 - Qt's name
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        if current.isValid() and not self.grid_model().read_only:
            if action == QAbstractItemView.CursorAction.MoveNext:
                found = self.next_editable(current.row(), current.column(), down=False)
                return found if found.isValid() else current
            if action == QAbstractItemView.CursorAction.MovePrevious:
                found = self.previous_editable(current.row(), current.column())
                return found if found.isValid() else current
        return super().moveCursor(action, modifiers)

    def _move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        target = self.next_editable(current.row(), current.column(), down=True)
        if not target.isValid():
            target = self.model().index(
                min(current.row() + 1, self.model().rowCount() - 1), current.column()
            )
        self.setCurrentIndex(target)
        self.scrollTo(target)

    def closeEditor(  # noqa: N802 - Qt's name
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        # Enter in an editor submits (SubmitModelCache): close it and go down, as Excel does
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self._move_down()
            return
        super().keyPressEvent(event)

    # -- clipboard ----------------------------------------------------------------------
    def selection_block(self) -> list[list[str]]:
        indexes = self.selectedIndexes() or (
            [self.currentIndex()] if self.currentIndex().isValid() else []
        )
        if not indexes:
            return []
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes if not self.isColumnHidden(i.column())})
        chosen = {(i.row(), i.column()) for i in indexes}
        model = self.model()
        return [
            [str(model.index(r, c).data(COPY_ROLE) or "") if (r, c) in chosen else "" for c in cols]
            for r in range(rows[0], rows[-1] + 1)
        ]

    def copy_selection(self) -> None:
        block = self.selection_block()
        if block:
            QGuiApplication.clipboard().setText(format_block(block))

    def paste_clipboard(self) -> None:
        block = parse_block(QGuiApplication.clipboard().text())
        if not block:
            return
        indexes = self.selectedIndexes()
        current = self.currentIndex()
        if indexes:
            top = min(i.row() for i in indexes)
            left = min(i.column() for i in indexes)
            rows = max(i.row() for i in indexes) - top + 1
            cols = max(i.column() for i in indexes) - left + 1
            if len(block) == 1 and len(block[0]) == 1 and rows * cols > 1:
                block = [[block[0][0]] * cols for _ in range(rows)]  # one value fills the selection
        elif current.isValid():
            top, left = current.row(), current.column()
        else:
            return
        self.paste_block.emit(top, left, block)

    # -- mouse --------------------------------------------------------------------------
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.grid_model().column_key(index.column()) == "evidence":
            self.evidence_requested.emit(index.row())
