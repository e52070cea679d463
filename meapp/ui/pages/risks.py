"""The Risks page: the SWOT analysis in a 2×2 grid and the risk register with its heat matrix.

Both follow the programme chosen in the top bar (not the period: they belong to the whole
programme). Changes go through `services.swot_risks`; the chair and the administrator may
write (the `evaluation.write` right), everybody else sees the same page with the editing
buttons disabled.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import MeappError
from meapp.services.governance import swot_risks
from meapp.services.governance.swot_risks import RiskDTO, RiskInput, SwotItemDTO
from meapp.ui import labels, messages
from meapp.ui.common import dialogs
from meapp.ui.common.table_selection import (
    one_row_at_a_time,
    select_source_row,
    selected_source_row,
)
from meapp.ui.common.table_texts import retranslate_model
from meapp.ui.context import AppContext, Scope
from meapp.ui.governance.risk_widgets import (
    COL_IMPACT,
    COL_LIKELIHOOD,
    COL_MITIGATION,
    COL_OWNER,
    COL_SCORE,
    COL_STATUS,
    COL_TEXT,
    SORT_ROLE,
    HeatMatrix,
    RiskDialog,
    RiskTableModel,
)
from meapp.ui.governance.swot_box import SwotBox
from meapp.ui.pages.base import EmptyState, Page

FIGURE_COLUMNS = (COL_LIKELIHOOD, COL_IMPACT, COL_SCORE, COL_STATUS)
DISPLAY = Qt.ItemDataRole.DisplayRole


class RisksPage(Page):
    key = "risks"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_write = not ctx.read_only and ctx.actor.can(swot_risks.RIGHT)
        layout, head = self.page_layout()
        self.rights_note = QLabel()
        self.rights_note.setObjectName("Muted")
        self.rights_note.setWordWrap(True)
        head.addWidget(self.rights_note, 1)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.empty = EmptyState("risks")
        self.stack.addWidget(self.empty)

        # SWOT: four lists, strengths | weaknesses over opportunities | threats
        swot = QWidget()
        grid = QGridLayout(swot)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.boxes: dict[str, SwotBox] = {}
        for n, category in enumerate(swot_risks.CATEGORIES):
            box = SwotBox(category)
            box.set_can_write(self.can_write)
            box.add_requested.connect(self.add_swot)
            box.edit_requested.connect(self.edit_swot)
            box.delete_requested.connect(self.delete_swot)
            box.move_requested.connect(self.move_swot)
            grid.addWidget(box, n // 2, n % 2)
            self.boxes[category] = box

        # Risk register and heat matrix
        register = QWidget()
        reg_layout = QHBoxLayout(register)
        reg_layout.setContentsMargins(0, 0, 0, 0)
        reg_layout.setSpacing(12)
        left = QVBoxLayout()
        bar = QHBoxLayout()
        self.register_title = QLabel()
        self.register_title.setStyleSheet("font-weight: bold;")
        bar.addWidget(self.register_title, 1)
        self.add_risk_button = QPushButton()
        self.edit_risk_button = QPushButton()
        self.delete_risk_button = QPushButton()
        for b in (self.add_risk_button, self.edit_risk_button, self.delete_risk_button):
            bar.addWidget(b)
        left.addLayout(bar)
        self.model = RiskTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_SCORE, Qt.SortOrder.DescendingOrder)
        one_row_at_a_time(self.table)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for col in FIGURE_COLUMNS:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.sortIndicatorChanged.connect(lambda *_: self._fit_figure_columns())
        for col, width in ((COL_OWNER, 125), (COL_MITIGATION, 160)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        left.addWidget(self.table, 1)
        reg_layout.addLayout(left, 1)

        right = QVBoxLayout()
        self.matrix_title = QLabel()
        self.matrix_title.setStyleSheet("font-weight: bold;")
        self.matrix_title.setWordWrap(True)
        self.matrix = HeatMatrix()
        self.matrix_title.setFixedWidth(self.matrix.width())
        self.matrix_axes = QLabel()
        self.matrix_axes.setObjectName("Muted")
        self.matrix_axes.setWordWrap(True)
        self.matrix_axes.setMaximumWidth(self.matrix.width())
        right.addWidget(self.matrix_title)
        right.addWidget(self.matrix)
        right.addWidget(self.matrix_axes)
        right.addStretch(1)
        reg_layout.addLayout(right)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(swot)
        splitter.addWidget(register)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([370, 250])
        self.stack.addWidget(splitter)
        self.content = splitter

        self.add_risk_button.clicked.connect(self.add_risk)
        self.edit_risk_button.clicked.connect(self.edit_risk)
        self.delete_risk_button.clicked.connect(self.delete_risk)
        self.table.doubleClicked.connect(lambda _i: self.edit_risk())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate_ui()
        self._update_buttons()

    # -- scope and reading ---------------------------------------------------------------
    def set_scope(self, scope: Scope) -> None:
        old = self.scope.program_id
        super().set_scope(scope)
        if scope.program_id != old or scope.program_id is None:
            self.reload()

    def reload(self) -> None:
        pid = self.scope.program_id
        if pid is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.content)
        self._reload_swot()
        self._reload_risks()

    def _reload_swot(self, select_id: str | None = None) -> None:
        lists = swot_risks.list_swot(self.ctx.db, self.scope.program_id)
        for category, box in self.boxes.items():
            box.set_items(lists.get(category, []), select_id)

    def _reload_risks(self, select_id: str | None = None) -> None:
        selected = self.current_risk()
        current = select_id or (selected.id if selected else None)
        risks = swot_risks.list_risks(self.ctx.db, self.scope.program_id)
        self.model.set_risks(risks)
        self.matrix.set_risks(risks)
        self._fit_figure_columns()
        if current:
            select_source_row(
                self.table,
                self.proxy,
                lambda r: self.model.risk_at(r).id == current,  # type: ignore[union-attr]
            )
        self._show_register_title()
        self._update_buttons()

    def current_risk(self) -> RiskDTO | None:
        row = selected_source_row(self.table, self.proxy)
        return None if row is None else self.model.risk_at(row)

    def _update_buttons(self) -> None:
        has = self.current_risk() is not None
        self.add_risk_button.setEnabled(self.can_write)
        self.edit_risk_button.setEnabled(self.can_write and has)
        self.delete_risk_button.setEnabled(self.can_write and has)

    # -- SWOT actions --------------------------------------------------------------------
    def add_swot(self, category: str) -> None:
        db, actor, pid = self.ctx.db, self.ctx.actor, self.scope.program_id
        dialog = dialogs.TextDialog(
            self.tr("Add to: {list}").format(list=labels.swot_category(category)),
            self.tr("&Text:"),
            "",
            lambda text: swot_risks.add_swot_item(db, actor, pid, category, text),
            self,
        )
        if dialogs.run_dialog(dialog):
            self._reload_swot(dialog.result_value.id)

    def edit_swot(self, category: str, item: SwotItemDTO) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        dialog = dialogs.TextDialog(
            self.tr("Edit: {list}").format(list=labels.swot_category(category)),
            self.tr("&Text:"),
            item.text,
            lambda text: swot_risks.update_swot_item(
                db, actor, item.id, text, expected_version=item.version
            ),
            self,
        )
        if dialogs.run_dialog(dialog):
            self._reload_swot(item.id)

    def delete_swot(self, category: str, item: SwotItemDTO) -> None:
        if not messages.confirm(
            self,
            self.tr("Delete this item from {list}?").format(list=labels.swot_category(category)),
            item.text,
        ):
            return
        self._call(
            lambda: swot_risks.delete_swot_item(
                self.ctx.db, self.ctx.actor, item.id, expected_version=item.version
            )
        )
        self._reload_swot()

    def move_swot(self, category: str, item: SwotItemDTO, step: int) -> None:
        self._call(lambda: swot_risks.move_swot_item(self.ctx.db, self.ctx.actor, item.id, step))
        self._reload_swot(item.id)

    # -- risk actions --------------------------------------------------------------------
    def add_risk(self) -> None:
        db, actor, pid = self.ctx.db, self.ctx.actor, self.scope.program_id

        def save(data: RiskInput) -> RiskDTO:
            return swot_risks.add_risk(db, actor, pid, data)

        dialog = RiskDialog(save, None, self)
        if dialogs.run_dialog(dialog):
            self._reload_risks(dialog.result_value.id)

    def edit_risk(self) -> None:
        risk = self.current_risk()
        if risk is None or not self.can_write:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def save(data: RiskInput) -> RiskDTO:
            return swot_risks.update_risk(db, actor, risk.id, data, expected_version=risk.version)

        dialog = RiskDialog(save, risk, self)
        if dialogs.run_dialog(dialog):
            self._reload_risks(risk.id)

    def delete_risk(self) -> None:
        risk = self.current_risk()
        if risk is None:
            return
        if not messages.confirm(self, self.tr("Delete this risk from the register?"), risk.text):
            return
        self._call(
            lambda: swot_risks.delete_risk(
                self.ctx.db, self.ctx.actor, risk.id, expected_version=risk.version
            )
        )
        self._reload_risks()

    def _call(self, action) -> None:
        try:
            action()
        except MeappError as exc:
            messages.show_error(self, exc)

    # -- texts ---------------------------------------------------------------------------
    def _show_register_title(self) -> None:
        risks = self.model.risks
        open_high = sum(1 for r in risks if r.level == "high" and r.status != "closed")
        self.register_title.setText(
            self.tr("Risk register: %n risks", "", len(risks))
            + (" · " + self.tr("%n high and not closed", "", open_high) if open_high else "")
        )

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("SWOT analysis and risks"))
        self.rights_note.setText(
            ""
            if self.can_write
            else self.tr("You can read this page; the chair or an administrator changes it.")
        )
        self.rights_note.setVisible(not self.can_write)
        self.empty.set_texts(
            self.tr("No programme yet"),
            self.tr(
                "The SWOT analysis and the risk register belong to a programme. Create one "
                "with File → New programme, or import the action plan on the Plan page."
            ),
        )
        for box in self.boxes.values():
            box.retranslate_ui()
        self.add_risk_button.setText(self.tr("&Add risk…"))
        self.edit_risk_button.setText(self.tr("&Edit…"))
        self.delete_risk_button.setText(self.tr("&Delete"))
        self.matrix_title.setText(self.tr("Open risks"))
        self.matrix_axes.setText(self.tr("↑ likelihood · impact →"))
        self.matrix.setToolTip(
            self.tr(
                "How many open risks sit in each cell: likelihood in the rows (5 at the top), "
                "impact in the columns. Closed risks are not counted."
            )
        )
        retranslate_model(self.model)
        self._fit_figure_columns()
        if self.scope.program_id is not None:
            self.matrix.set_risks(self.model.risks)
        self._show_register_title()

    def _fit_figure_columns(self) -> None:
        """Likelihood, impact, score and status as wide as their header or widest cell.

        Not ResizeToContents: that keeps room for a sort arrow in every header, and the
        long Kyrgyz headers over one-digit figures then leave the risk's text no room.
        """
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for col in FIGURE_COLUMNS:
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal, DISPLAY) or "")
            width = metrics.horizontalAdvance(text) + 16
            if header.sortIndicatorSection() == col:
                width += metrics.height() + 4
            header.resizeSection(col, max(width, self.table.sizeHintForColumn(col)))


PAGE = RisksPage
