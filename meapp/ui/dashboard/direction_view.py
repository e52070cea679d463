"""One priority direction opened from the overview: its sectors and objectives with the
indicators under them (status, progress), and its measures with their status."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from meapp.models.numbers import format_number, format_percent
from meapp.services.dashboard.budget_years import YearBudget
from meapp.services.dashboard.figures import DirectionDetail
from meapp.ui import style
from meapp.ui.dashboard.budget_year import budget_year_text
from meapp.ui.dashboard.common import (
    MEASURE_COLOURS,
    measure_text,
    status_colour,
    status_text,
    translate,
)

INDICATOR_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DirectionView(QWidget):
    """`indicator_activated(indicator_id)` when an indicator row is clicked."""

    indicator_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: DirectionDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.indicators_title = QLabel()
        self.indicators_title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(7)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 7):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        top_layout.addWidget(self.indicators_title)
        top_layout.addWidget(self.tree, 1)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.measures_title = QLabel()
        self.measures_title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.measures = QTableWidget(0, 6)
        self.measures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measures.verticalHeader().setVisible(False)
        self.measures.setAlternatingRowColors(True)
        self.measures.setWordWrap(False)
        mh = self.measures.horizontalHeader()
        mh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        mh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        mh.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        mh.resizeSection(2, 230)
        for col in (3, 4, 5):
            mh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        bottom_layout.addWidget(self.measures_title)
        bottom_layout.addWidget(self.measures, 1)
        # the direction's budget of the year against that year's plan (issue 21)
        self.budget_year = QLabel()
        self.budget_year.setObjectName("BudgetYearLine")
        self.budget_year.setWordWrap(True)
        bottom_layout.addWidget(self.budget_year)
        self._year: YearBudget | None = None

        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()

    def show_budget_year(self, year: YearBudget | None) -> None:
        """The direction's execution in the year of the period (`year_budget`)."""
        self._year = year
        text, tip = budget_year_text(year)
        self.budget_year.setText(text)
        self.budget_year.setToolTip(tip)

    def show_detail(self, detail: DirectionDetail) -> None:
        self.detail = detail
        self._fill_tree(detail)
        self._fill_measures(detail)
        self.retranslate_ui()

    # -- tree ---------------------------------------------------------------------------
    def _fill_tree(self, d: DirectionDetail) -> None:
        tree = self.tree
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        nodes: dict[str, QTreeWidgetItem] = {}
        root = tree.invisibleRootItem()
        for r in d.nodes:
            parent = nodes.get(r.parent_id or "", root)
            item = QTreeWidgetItem(parent)
            item.setText(0, f"{r.code}. {r.title}" if r.code else r.title)
            item.setIcon(0, style.icon(f"kind-{r.kind}"))
            item.setToolTip(0, item.text(0))
            item.setText(5, format_percent(r.progress, 0))
            item.setText(6, status_text(r.status))
            item.setForeground(6, QBrush(QColor(status_colour(r.status))))
            item.setTextAlignment(5, RIGHT)
            for col in (0, 5, 6):
                item.setFont(col, bold)
            nodes[r.plan_item_id] = item
        for group, row in d.indicators:
            parent = nodes.get(group, root)
            item = QTreeWidgetItem(parent)
            item.setData(0, INDICATOR_ROLE, row.indicator_id)
            name = f"{row.code} {row.name}" if row.code else row.name
            item.setText(0, name)
            item.setIcon(0, style.icon("kind-indicator"))
            item.setToolTip(
                0, translate("Dashboard", "{name}\nClick to see its trend.").format(name=name)
            )
            item.setText(1, row.unit or "")
            item.setText(2, format_number(row.baseline))
            target = format_number(row.target)
            item.setText(
                3, f"≈ {target}" if row.target_interpolated and row.target is not None else target
            )
            if row.target_interpolated:
                item.setToolTip(3, translate("Dashboard", "≈ derived from the yearly targets"))
            item.setText(4, format_number(row.actual))
            item.setText(5, format_percent(row.progress, 0))
            item.setText(6, status_text(row.status))
            item.setForeground(6, QBrush(QColor(status_colour(row.status))))
            for col in range(2, 6):
                item.setTextAlignment(col, RIGHT)
        tree.expandAll()

    def indicator_items(self) -> list[QTreeWidgetItem]:
        """The indicator rows, top to bottom."""
        out: list[QTreeWidgetItem] = []
        it = QTreeWidgetItemIterator(self.tree)
        while (item := it.value()) is not None:
            if item.data(0, INDICATOR_ROLE):
                out.append(item)
            it += 1
        return out

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        indicator_id = item.data(0, INDICATOR_ROLE)
        if indicator_id:
            self.indicator_activated.emit(str(indicator_id))

    # -- measures -----------------------------------------------------------------------
    def _fill_measures(self, d: DirectionDetail) -> None:
        table = self.measures
        table.setRowCount(len(d.measures))
        for row, m in enumerate(d.measures):
            status = QTableWidgetItem(measure_text(m.status))
            status.setForeground(QBrush(QColor(MEASURE_COLOURS.get(m.status, style.TEXT))))
            executor = m.executor or ""
            if m.by_agreement:
                executor = translate("Dashboard", "{executor} (by agreement)").format(
                    executor=executor
                )
            cells = [
                QTableWidgetItem(m.code or ""),
                QTableWidgetItem(m.title),
                QTableWidgetItem(executor),
                QTableWidgetItem(m.deadline or ""),
                status,
                QTableWidgetItem(
                    format_percent(m.percent / 100 if m.percent is not None else None, 0)
                ),
            ]
            cells[1].setToolTip(m.title)
            cells[2].setToolTip(executor)
            cells[5].setTextAlignment(RIGHT)
            for col, cell in enumerate(cells):
                table.setItem(row, col, cell)
        table.resizeRowsToContents()

    # -- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.budget_year.setText(budget_year_text(self._year)[0])
        self.tree.setHeaderLabels(
            [
                translate("Dashboard", "Objective / indicator"),
                translate("Dashboard", "Unit"),
                translate("Dashboard", "Baseline"),
                translate("Dashboard", "Target"),
                translate("Dashboard", "Actual"),
                translate("Dashboard", "Progress"),
                translate("Dashboard", "Status"),
            ]
        )
        self.measures.setHorizontalHeaderLabels(
            [
                translate("Dashboard", "Code"),
                translate("Dashboard", "Measure"),
                translate("Dashboard", "Responsible executor"),
                translate("Dashboard", "Deadline"),
                translate("Dashboard", "Status"),
                translate("Dashboard", "% done"),
            ]
        )
        d = self.detail
        if d is None:
            return
        self.indicators_title.setText(
            translate(
                "Dashboard",
                "Objectives and indicators ({count}); click an indicator to see its trend",
            ).format(count=len(d.indicators))
        )
        c = d.measure_counts
        self.measures_title.setText(
            translate(
                "Dashboard",
                "Measures: {total}, {done} done, {in_progress} in progress, {delayed} delayed",
            ).format(
                total=len(d.measures),
                done=c.get("done", 0),
                in_progress=c.get("in_progress", 0),
                delayed=c.get("delayed", 0),
            )
        )
