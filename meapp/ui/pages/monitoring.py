"""The monitoring page: the half-year actuals of indicators and the progress of measures.

The page follows the top bar's programme and period. It reads the period through the
status service once, and after each edit puts back the one row the writing service
returned (plus a total whose parts changed), so progress, status and the summary line
change at once without re-reading the programme: the summary line is the status
service's roll-up (`status.summarize`) of the rows on screen. A pasted block is stored by
one service call (all or nothing) and then the period is read again. Every edit and paste
goes onto the page's QUndoStack (`monitoring.commands`), as the plan editor's do: Ctrl+Z /
Ctrl+Y write the earlier texts back through the same services.

The round workflow (submit, approve, reopen with a reason) sits on the page, its buttons
enabled by the workflow table (`meapp.models.workflow`) the service enforces; after a change
the page emits `rounds_changed` and the window updates the top bar and the status bar,
then hands the page the new scope (an approved round makes every cell read-only).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from meapp.errors import ConcurrentEdit, MeappError, Problem, ValidationError
from meapp.models import workflow
from meapp.models.numbers import format_number, format_percent
from meapp.models.periods import periods_between
from meapp.services.monitoring import entry as monitoring
from meapp.services.monitoring import rounds, validation
from meapp.services.monitoring import status as st
from meapp.ui import labels, messages, style
from meapp.ui.context import AppContext, Scope
from meapp.ui.dashboard.deadlines import OverdueBanner
from meapp.ui.evaluation import write_first
from meapp.ui.monitoring import dialogs, paste, quality_gate, symbols
from meapp.ui.monitoring.banner import Banner
from meapp.ui.monitoring.commands import ByRow, CellsCommand
from meapp.ui.monitoring.grid import MonitoringGrid, StatusDelegate
from meapp.ui.monitoring.grid_model import GridModel
from meapp.ui.monitoring.indicator_model import IndicatorModel
from meapp.ui.monitoring.measure_model import SPENT_PREFIX, MeasureModel
from meapp.ui.pages.base import EmptyState, Page

log = logging.getLogger(__name__)

# the columns whose text wraps and sets the height of a row
INDICATOR_WRAP = ("name", "comment", "status")
MEASURE_WRAP = ("title", "comment")
# the leading columns that stay put when the grid scrolls sideways
INDICATOR_FROZEN = ("code", "name")
MEASURE_FROZEN = ("code", "title")
UNDO_LIMIT = 100


class MonitoringPage(Page):
    key = "monitoring"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loaded: tuple[str | None, str | None] = (None, None)
        self._parts_total: dict[str, str] = {}  # part indicator id → its total's id
        self._stale = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._refusal: BaseException | None = None
        self._write_failed = False
        self.indicators = IndicatorModel(self)
        self.measures = MeasureModel(self)
        self.indicators.commit = self._commit_indicator
        self.measures.commit = self._commit_measure

        layout, head = self.page_layout((18, 12, 18, 8))
        self.submit_button = QPushButton()
        self.approve_button = QPushButton()
        self.reopen_button = QPushButton()
        self.submit_button.setIcon(style.icon("round-submitted"))
        self.approve_button.setIcon(style.icon("round-approved"))
        self.reopen_button.setIcon(style.icon("round-open"))
        for b in (self.submit_button, self.approve_button, self.reopen_button):
            head.addWidget(b)
        self.submit_button.clicked.connect(self.submit_round)
        self.approve_button.clicked.connect(self.approve_round)
        self.reopen_button.clicked.connect(self.reopen_round)

        self.lock_banner = Banner("round-approved", "#FDF1E7")
        self.note_banner = Banner("help", "#EEF5FB")
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.note_banner)
        self.overdue_banner = OverdueBanner(with_button=False)  # "Round 2025-H1: … 12 d. late"
        layout.addWidget(self.overdue_banner)
        self.calendar_button = QPushButton()  # the calendar, whether anything is late or not
        self.calendar_button.clicked.connect(self.open_calendar)
        head.insertWidget(1, self.calendar_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.empty = EmptyState("monitoring")
        self.stack.addWidget(self.empty)

        self.tabs = QTabWidget()
        self.indicator_grid = MonitoringGrid()
        self.indicator_grid.setModel(self.indicators)
        self.measure_grid = MonitoringGrid()
        self.measure_grid.setModel(self.measures)
        self.status_delegate = StatusDelegate(self.measure_grid)
        self.indicator_empty = EmptyState("kind-indicator")
        self.measure_empty = EmptyState("kind-measure")
        self.indicator_tab = self._tab(self.indicator_grid, self.indicator_empty)
        self.measure_tab = self._tab(self.measure_grid, self.measure_empty)
        self.tabs.addTab(self.indicator_tab, style.icon("kind-indicator"), "")
        self.tabs.addTab(self.measure_tab, style.icon("kind-measure"), "")
        self.stack.addWidget(self.tabs)
        for grid in (self.indicator_grid, self.measure_grid):
            grid.horizontalHeader().setMinimumHeight(2 * grid.fontMetrics().height() + 10)
        # the code and the name stay in view while the figures scroll sideways
        self.indicator_grid.freeze(INDICATOR_FROZEN)
        self.measure_grid.freeze(MEASURE_FROZEN)

        # word-wrapped names: row heights follow the column widths, once the layout settled
        self._row_timer = QTimer(self)
        self._row_timer.setSingleShot(True)
        self._row_timer.setInterval(0)
        self._row_timer.timeout.connect(self._fit_rows)
        for grid in (self.indicator_grid, self.measure_grid):
            grid.horizontalHeader().sectionResized.connect(lambda *_: self._row_timer.start())
            grid.paste_block.connect(
                lambda top, left, block, g=grid: self.paste(g, top, left, block)
            )
            grid.evidence_requested.connect(lambda row, g=grid: self.open_evidence(g, row))
            grid.customContextMenuRequested.connect(lambda pos, g=grid: self._menu(g, pos))
        self.setTabOrder(self.submit_button, self.approve_button)
        self.setTabOrder(self.approve_button, self.reopen_button)
        self.setTabOrder(self.reopen_button, self.tabs)
        self.act_undo = QAction(self)
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.act_undo.triggered.connect(self.undo)
        self.act_redo = QAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.act_redo.triggered.connect(self.redo)
        for act in (self.act_undo, self.act_redo):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        self.retranslate_ui()

    @staticmethod
    def _tab(grid: MonitoringGrid, empty: EmptyState) -> QStackedWidget:
        stack = QStackedWidget()
        stack.addWidget(grid)
        stack.addWidget(empty)
        return stack

    def _size_indicator_columns(self) -> None:
        header = self.indicator_grid.horizontalHeader()
        widths = {
            "code": 44,
            "unit": 64,
            "baseline": 66,
            "target": 76,
            "actual": 80,
            "to_date": 70,
            "progress": 72,
            "ratio": 58,
            "status": 124,
            "comment": 120,
            "evidence": 64,
        }
        for key, width in widths.items():
            col = self.indicators.column_of(key)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(width, self._longest_word(header, col)))
        header.setSectionResizeMode(
            self.indicators.column_of("name"), QHeaderView.ResizeMode.Stretch
        )

    def _longest_word(self, header: QHeaderView, col: int) -> int:
        """A header wraps between words; its column is at least as wide as its longest word."""
        text = str(header.model().headerData(col, Qt.Orientation.Horizontal) or "")
        metrics = header.fontMetrics()
        return max((metrics.horizontalAdvance(w) for w in text.split()), default=0) + 12

    def _two_lines(self, header: QHeaderView, col: int) -> int:
        """Wide enough for the header to fit on two lines."""
        text = str(header.model().headerData(col, Qt.Orientation.Horizontal) or "")
        half = header.fontMetrics().horizontalAdvance(text) // 2 + 44
        return max(half, self._longest_word(header, col))

    def _size_measure_columns(self) -> None:
        """Fixed widths; the title wraps at a readable width and the spending columns (one
        per funding source of the programme) scroll sideways when there are many."""
        header = self.measure_grid.horizontalHeader()
        model = self.measures
        sources = sum(1 for c in model.columns if c.key.startswith(SPENT_PREFIX))
        width = {"code": 56, "status": 150, "percent": 76, "comment": 150, "evidence": 64}
        for col, c in enumerate(model.columns):
            if c.key == "title":
                mode = (
                    QHeaderView.ResizeMode.Stretch
                    if sources <= 2
                    else QHeaderView.ResizeMode.Interactive
                )
                header.setSectionResizeMode(col, mode)
                header.resizeSection(col, 300)
            elif c.key.startswith(SPENT_PREFIX):
                # sized once from the header, not ResizeToContents: that would measure
                # every row again after each edit
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, max(96, self._two_lines(header, col)))
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(
                    col, max(width.get(c.key, 110), self._longest_word(header, col))
                )
        self.measure_grid.setItemDelegateForColumn(model.column_of("status"), self.status_delegate)

    # -- scope and loading --------------------------------------------------------------
    @property
    def program_id(self) -> str | None:
        return self.scope.program_id

    @property
    def period(self) -> str | None:
        return self.scope.period

    def can_enter(self) -> bool:
        return self.ctx.can_edit and not self.scope.locked

    def set_scope(self, scope: Scope) -> None:
        super().set_scope(scope)
        wanted = (scope.program_id, scope.period)
        if wanted != self._loaded and self.isVisible():
            self.reload()
        else:
            # a hidden page reads the new period when it is shown (see showEvent)
            self._stale = self._stale or wanted != self._loaded
            self._apply_round_state()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # other pages (imports, the plan, packages) may change the period meanwhile
        self._stale = True
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the period again (after a paste, a concurrent edit, new evidence)."""
        pid, period = self.program_id, self.period
        if (pid, period) != self._loaded:
            self.undo_stack.clear()  # undo belongs to the period it was done in
        self._loaded = (pid, period)
        if pid is None or period is None:
            self.indicators.set_rows([])
            self.measures.load([])
            self._parts_total = {}
        else:
            ps = st.program_status(self.ctx.db, pid, period)
            rows = st.measure_rows(self.ctx.db, pid, period)
            self.indicators.set_rows(ps.indicators)
            self.measures.load(rows)
            self._parts_total = {
                part: total
                for total, parts in validation.find_parts(
                    (r.indicator_id, r.code, r.unit) for r in ps.indicators
                ).items()
                for part in parts
            }
        self._size_measure_columns()
        self._apply_round_state()
        self._show_contents()
        self.indicator_grid.setColumnHidden(
            self.indicators.column_of("to_date"),
            not any(r.kind != "level" for r in self.indicators.rows),  # cumulative, annual_sum
        )
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.indicator_grid.fit_rows(INDICATOR_WRAP)
        self.measure_grid.fit_rows(MEASURE_WRAP)

    def _show_contents(self) -> None:
        if self.program_id is None or self.period is None:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.tabs)
        self.indicator_tab.setCurrentIndex(0 if self.indicators.rows else 1)
        self.measure_tab.setCurrentIndex(0 if self.measures.rows else 1)
        if not self.indicators.rows and self.measures.rows:
            self.tabs.setCurrentWidget(self.measure_tab)
        self._retranslate_texts()
        self.update_summary()

    def focus_item(self, item_id: str) -> bool:
        """Show the indicator or measure `item_id`: its tab, its row selected and in view.

        Called after a drill-down (the dashboard's trend, the evaluation's attention list)
        switched here, so the period is read first when the page has not caught up yet.
        """
        if self._stale or (self.program_id, self.period) != self._loaded:
            self._stale = False
            self.reload()
        for model, grid, tab in (
            (self.indicators, self.indicator_grid, self.indicator_tab),
            (self.measures, self.measure_grid, self.measure_tab),
        ):
            for row in range(model.rowCount()):
                if self._row_id(model, row) == item_id:
                    self.tabs.setCurrentWidget(tab)
                    column = model.column_of("name" if model is self.indicators else "title")
                    self._select_row(grid, model.index(row, max(column, 0)))
                    return True
        return False

    def _select_row(self, grid: MonitoringGrid, index: QModelIndex) -> None:
        grid.selectRow(index.row())
        grid.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._fit_rows()
        centre = QAbstractItemView.ScrollHint.PositionAtCenter
        grid.scrollTo(index, centre)
        # the tab just shown settles its column widths, and so the wrapped row heights,
        # after this: scroll once more when it has
        keep = QPersistentModelIndex(index)  # the grid may reload meanwhile

        def again() -> None:
            if keep.isValid():
                grid.scrollTo(grid.model().index(keep.row(), keep.column()), centre)

        QTimer.singleShot(0, grid, again)
        grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply_round_state(self) -> None:
        read_only = not self.can_enter()
        self.indicators.set_read_only(read_only)
        self.measures.set_read_only(read_only)
        rnd = self.scope.round
        allowed = (
            workflow.allowed_actions(rnd.state if rnd else "open", self.ctx.actor.role)
            if not self.ctx.read_only and self.period is not None
            else frozenset()
        )
        self.submit_button.setEnabled("submit" in allowed)
        self.approve_button.setEnabled("approve" in allowed)
        self.reopen_button.setEnabled("reopen" in allowed)
        self.overdue_banner.show_program(self.ctx.db, self.program_id)  # a round moved on
        self._retranslate_texts()

    # -- the summary line ---------------------------------------------------------------
    def update_summary(self) -> None:
        rows = self.indicators.rows
        if not rows and not self.measures.rows:
            self.summary.clear()
            self.summary.setVisible(False)
            return
        self.summary.setVisible(True)
        summary = st.summarize(rows, self.measures.rows)
        counts = summary.status_counts
        parts = [
            self.tr("Programme progress: {progress}").format(
                progress=format_percent(summary.progress)
            )
        ]
        parts += [
            f"{symbols.indicator_symbol(code)} {format_number(counts.get(code, 0))} "
            f"{labels.indicator_status(code).lower()}"
            for code in ("on_track", "at_risk", "off_track", "no_data", "needs_review")
            if code != "needs_review" or counts.get(code)
        ]
        measures_text = self.tr(
            "Measures: {done} done, {in_progress} in progress, {not_started} not started, "
            "{delayed} delayed, {cancelled} cancelled"
        ).format(**{k: format_number(v) for k, v in summary.measures.items()})
        self.summary.setText("  ·  ".join(parts) + "\n" + measures_text)

    # -- editing one cell ---------------------------------------------------------------
    def _commit_indicator(self, row: int, key: str, value: Any) -> bool:
        dto = self.indicators.rows[row]
        period = self.period
        assert period is not None
        before = self._edit_text(self.indicators, row, key)
        try:
            if key == "actual":
                new = monitoring.set_actual(
                    self.ctx.db,
                    self.ctx.actor,
                    dto.indicator_id,
                    period,
                    value,
                    None,
                    expected_version=dto.version,
                )
            elif key == "comment":
                new = monitoring.set_actual(
                    self.ctx.db,
                    self.ctx.actor,
                    dto.indicator_id,
                    period,
                    dto.period_value,
                    str(value or ""),
                    expected_version=dto.version,
                )
            else:
                return False
        except MeappError as exc:
            self._refused(exc)
            return False
        self.indicators.replace_row(row, new)
        self._record(
            "indicators", dto.indicator_id, key, before, self._edit_text(self.indicators, row, key)
        )
        total_id = self._parts_total.get(new.indicator_id)
        if total_id is not None:
            total_row = self.indicators.row_of(total_id)
            if total_row >= 0:
                self.indicators.replace_row(
                    total_row, st.indicator_status(self.ctx.db, total_id, period)
                )
        self.indicator_grid.fit_row(row, INDICATOR_WRAP)
        self.update_summary()
        return True

    def _commit_measure(self, row: int, key: str, value: Any) -> bool:
        dto = self.measures.rows[row]
        period = self.period
        assert period is not None
        before = self._edit_text(self.measures, row, key)
        status, percent = dto.status, dto.percent
        spending: dict[str, Any] = dict(dto.spent)
        comment = None
        if key == "status":
            status = str(value)
        elif key == "percent":
            percent = value
        elif key.startswith(SPENT_PREFIX):
            spending[key[len(SPENT_PREFIX) :]] = value
        elif key == "comment":
            comment = str(value or "")
        else:
            return False
        try:
            new = monitoring.set_measure_progress(
                self.ctx.db,
                self.ctx.actor,
                dto.measure_id,
                period,
                status,
                percent,
                spending,
                comment,
                expected_version=dto.version,
            )
        except MeappError as exc:
            self._refused(exc)
            return False
        self.measures.replace_row(row, new)
        self._record(
            "measures", dto.measure_id, key, before, self._edit_text(self.measures, row, key)
        )
        self.measure_grid.fit_row(row, MEASURE_WRAP)
        self.update_summary()
        return True

    def _refused(self, exc: MeappError) -> None:
        messages.show_error(self, exc)
        if isinstance(exc, ConcurrentEdit):
            self.reload()

    # -- pasting a block ----------------------------------------------------------------
    def paste(self, grid: MonitoringGrid, top: int, left: int, block: list[list[str]]) -> bool:
        """Store a block from the clipboard at (top, left): every cell or none."""
        model = grid.grid_model()
        if model.read_only or self.program_id is None or self.period is None:
            messages.show_error(self, ValidationError(self._read_only_problem()))
            return False
        cells, problems = paste.read_block(grid, top, left, block)
        if problems:
            messages.show_error(self, ValidationError(problems))
            return False
        before = {r: {k: self._edit_text(model, r, k) for k in keys} for r, keys in cells.items()}
        try:
            n = paste.store_block(self.ctx, self.program_id, self.period, model, cells)
        except MeappError as exc:
            self._refused(exc)
            return False
        self.reload()
        self._push(
            self._grid_name(model),
            {self._row_id(model, r): texts for r, texts in before.items()},
            {
                self._row_id(model, r): {k: self._edit_text(model, r, k) for k in keys}
                for r, keys in cells.items()
            },
        )
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Pasted {n} cells.").format(n=format_number(n)), 5000
            )
        return True

    # -- undo and redo ------------------------------------------------------------------
    @staticmethod
    def _edit_text(model: GridModel, row: int, key: str) -> str:
        value = model.index(row, model.column_of(key)).data(Qt.ItemDataRole.EditRole)
        return "" if value is None else str(value)

    @staticmethod
    def _row_id(model: GridModel, row: int) -> str:
        return model.row_id(row)

    def _grid_name(self, model: GridModel) -> str:
        return "indicators" if model is self.indicators else "measures"

    def _record(self, grid: str, row_id: str, key: str, before: str, after: str) -> None:
        self._push(grid, {row_id: {key: before}}, {row_id: {key: after}})

    def _push(self, grid: str, before: ByRow, after: ByRow) -> None:
        """Put a done edit onto the undo stack (an edit that changed nothing is left out)."""
        if before != after:
            self.undo_stack.push(
                CellsCommand(grid, before, after, self._write_back, self._command_refused)
            )

    def undo(self) -> bool:
        """Write back the texts from before the last edit (Ctrl+Z)."""
        if not self.undo_stack.canUndo() or not self.can_enter():
            return False
        return self._step(self.undo_stack.undo)

    def redo(self) -> bool:
        """Write the undone edit again (Ctrl+Y)."""
        if not self.undo_stack.canRedo() or not self.can_enter():
            return False
        return self._step(self.undo_stack.redo)

    def _step(self, move: Callable[[], None]) -> bool:
        """Move the stack, then read the period again. A refused write is shown once the
        stack has settled (its command left the stack); False when the write did not happen."""
        self._refusal, self._write_failed = None, False
        move()
        refusal, failed = self._refusal, self._write_failed
        self._refusal, self._write_failed = None, False
        if refusal is not None:
            messages.show_error(self, refusal)
        self.reload()
        return not failed

    def _command_refused(self, exc: BaseException | None) -> None:
        self._write_failed = True
        self._refusal = exc

    def _write_back(self, grid: str, texts: ByRow) -> bool:
        model: GridModel = self.indicators if grid == "indicators" else self.measures
        finder = self.indicators.row_of if grid == "indicators" else self.measures.row_of
        cells = {finder(row_id): dict(t) for row_id, t in texts.items()}
        cells.pop(-1, None)  # a row that left the plan meanwhile
        if not cells or self.program_id is None or self.period is None:
            return False
        paste.store_block(self.ctx, self.program_id, self.period, model, cells)
        return True

    def _read_only_problem(self) -> Problem:
        if self.scope.locked:
            return Problem(
                "the period {period} is approved and locked; an administrator can reopen it",
                {"period": self.period or ""},
            )
        return Problem("your role does not allow entering data")

    # -- the round workflow -------------------------------------------------------------
    def submit_round(self) -> None:
        self._gated_round_action(
            "submit",
            self.tr("Submit the figures of {period} to the chair?").format(
                period=labels.period(self.period)
            ),
            self.tr("The data can still be corrected until the round is approved."),
        )

    def approve_round(self) -> None:
        if self.program_id is None or self.period is None:
            return
        # issue 23: an empty evaluation would be locked with the figures; offer to write it
        choice = write_first.ask(self, self.ctx.db, self.program_id, self.period)
        if choice == write_first.WRITE:
            self.focus_requested.emit("evaluation", "summary")
        if choice != write_first.APPROVE:
            return
        self._gated_round_action(
            "approve",
            self.tr("Approve the round {period}?").format(period=labels.period(self.period)),
            self.tr(
                "After approval nobody can change the figures of this period; only an "
                "administrator can reopen it, giving a reason."
            ),
        )

    def _gated_round_action(self, action: str, question: str, informative: str) -> None:
        """Submit or approve after the quality gate: the open items of the period are shown
        first and going on despite them needs the user's explicit acknowledgement."""
        pid, period = self.program_id, self.period
        if pid is None or period is None:
            return
        acknowledged = quality_gate.ask(
            self, self.ctx.db, pid, period, action, question, informative
        )
        if acknowledged is None:
            return
        self._round_action(action, acknowledged=acknowledged)

    def reopen_round(self) -> None:
        reason = dialogs.ask_reason(
            self,
            self.tr("Reopen the round"),
            self.tr(
                "Why is the round {period} reopened? The reason is kept in the audit trail."
            ).format(period=labels.period(self.period)),
        )
        if not reason:
            return
        self._round_action("reopen", reason)

    def _round_action(
        self,
        action: str,
        reason: str | None = None,
        acknowledged: tuple = (),
    ) -> None:
        pid, period = self.program_id, self.period
        if pid is None or period is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        try:
            if action == "submit":
                rounds.submit(db, actor, pid, period, acknowledged=acknowledged)
            elif action == "approve":
                rounds.approve(db, actor, pid, period, acknowledged=acknowledged)
            else:
                rounds.reopen(db, actor, pid, period, reason)
        except MeappError as exc:
            messages.show_error(self, exc)
            return
        self.rounds_changed.emit()

    # -- row actions --------------------------------------------------------------------
    def _menu(self, grid: MonitoringGrid, pos: QPoint) -> None:
        index = grid.indexAt(pos)
        if not index.isValid():
            return
        menu = self.row_menu(grid, index.row())
        menu.exec(grid.viewport().mapToGlobal(pos))

    def row_menu(self, grid: MonitoringGrid, row: int) -> QMenu:
        """The context menu of a row (built apart from showing it, for tests)."""
        menu = QMenu(self)
        history = menu.addAction(self.tr("History of this value…"))
        history.triggered.connect(lambda: self.show_history(grid, row))
        if grid is self.indicator_grid:
            revise = menu.addAction(self.tr("Revise target…"))
            revise.setEnabled(
                not self.ctx.read_only
                and self.ctx.actor.can("evaluation.write")
                and not self.scope.locked
            )
            revise.triggered.connect(lambda: self.revise_target(row))
            from meapp.ui.monitoring import confirm_value  # issue 19: "Confirm value…"

            confirm_value.add_action(self, menu, row)
        evidence = menu.addAction(self.tr("Evidence…"))
        evidence.triggered.connect(lambda: self.open_evidence(grid, row))
        menu.addSeparator()
        copy = QAction(self.tr("Copy"), menu)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.triggered.connect(grid.copy_selection)
        paste_action = QAction(self.tr("Paste"), menu)
        paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        paste_action.setEnabled(not grid.grid_model().read_only)
        paste_action.triggered.connect(grid.paste_clipboard)
        menu.addAction(copy)
        menu.addAction(paste_action)
        menu.addSeparator()
        # menu entries of their own: the page's Ctrl+Z / Ctrl+Y actions stay enabled
        for source, possible in (
            (self.act_undo, self.undo_stack.canUndo()),
            (self.act_redo, self.undo_stack.canRedo()),
        ):
            hint = source.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            entry = QAction(f"{source.text()}\t{hint}", menu)
            entry.setEnabled(possible and self.can_enter())
            entry.triggered.connect(source.trigger)
            menu.addAction(entry)
        return menu

    def _subject(self, grid: MonitoringGrid, row: int) -> tuple[str, str, str]:
        """(owner type, subject id, label) of a row, as the evidence and history need."""
        if grid is self.indicator_grid:
            ind = self.indicators.rows[row]
            return "actual", ind.indicator_id, f"{ind.code or ''} {ind.name}".strip()
        m = self.measures.rows[row]
        return "measure_progress", m.measure_id, f"{m.code or ''} {m.title}".strip()

    def history_dialog(self, grid: MonitoringGrid, row: int) -> dialogs.HistoryDialog:
        owner, subject, label = self._subject(grid, row)
        assert self.period is not None
        return dialogs.HistoryDialog(self.ctx, owner, subject, self.period, label, self)

    def show_history(self, grid: MonitoringGrid, row: int) -> None:
        self.history_dialog(grid, row).exec()

    def target_dialog(self, row: int) -> dialogs.TargetDialog:
        assert self.period is not None and self.scope.program is not None
        program = self.scope.program
        periods = [
            str(p) for p in periods_between(program.start_year, program.end_year, program.frequency)
        ]
        return dialogs.TargetDialog(self.ctx, self.indicators.rows[row], periods, self.period, self)

    def revise_target(self, row: int) -> None:
        if self.target_dialog(row).exec():
            self.reload()

    def open_evidence(self, grid: MonitoringGrid, row: int) -> None:
        if self.program_id is None or self.period is None:
            return
        from meapp.ui.monitoring import evidence_dialog

        owner, subject, label = self._subject(grid, row)
        dialog = evidence_dialog.EvidenceDialog(
            self.ctx, self.program_id, self.period, owner, subject, label, self
        )
        dialog.exec()
        if dialog.changed:
            self.reload()

    # -- texts --------------------------------------------------------------------------
    def open_calendar(self) -> None:
        """The programme's reporting calendar; the late line follows what was changed."""
        from meapp.ui.monitoring.calendar_dialog import open_calendar

        if open_calendar(self.ctx, self.program_id, self):
            self.overdue_banner.show_program(self.ctx.db, self.program_id)

    def retranslate_ui(self) -> None:
        self.overdue_banner.retranslate_ui()
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setToolTip(self.tr("The programme's reporting deadlines"))
        self.heading.setText(self.tr("Monitoring"))
        self.act_undo.setText(self.tr("Undo"))
        self.act_redo.setText(self.tr("Redo"))
        self.submit_button.setText(self.tr("&Submit"))
        self.submit_button.setToolTip(self.tr("Hand the figures of the period to the chair"))
        self.approve_button.setText(self.tr("&Approve"))
        self.approve_button.setToolTip(
            self.tr("Approve the round: the period is locked afterwards")
        )
        self.reopen_button.setText(self.tr("&Reopen…"))
        self.reopen_button.setToolTip(
            self.tr("Only an administrator reopens a round, giving a reason")
        )
        self.measures.retranslate()
        self._size_measure_columns()
        for model in (self.indicators, self.measures):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            if model.rowCount():
                model.dataChanged.emit(
                    model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1)
                )
        self._size_indicator_columns()
        self._retranslate_texts()
        self.update_summary()

    def _retranslate_texts(self) -> None:
        self.tabs.setTabText(
            0, self.tr("Indicators ({n})").format(n=format_number(len(self.indicators.rows)))
        )
        self.tabs.setTabText(
            1, self.tr("Measures ({n})").format(n=format_number(len(self.measures.rows)))
        )
        if self.program_id is None:
            self.empty.set_texts(
                self.tr("No programme yet"),
                self.tr(
                    "Create the programme with File → New programme: import the council's "
                    "Excel tables or start with the demo data."
                ),
            )
        else:
            self.empty.set_texts(
                self.tr("No reporting period"),
                self.tr(
                    "The programme has no reporting periods. Check its start and end years "
                    "on the Plan page, then choose a period in the top bar."
                ),
            )
        self.indicator_empty.set_texts(
            self.tr("No indicators"),
            self.tr(
                "Import the indicator matrix on the Plan page; the indicators then appear "
                "here for every period."
            ),
        )
        self.measure_empty.set_texts(
            self.tr("No measures"),
            self.tr("Import the action plan on the Plan page; its measures then appear here."),
        )
        rnd = self.scope.round
        if self.period is not None and self.scope.locked and rnd is not None:
            self.lock_banner.setText(
                self.tr(
                    "Approved · {who} · {date}. The figures of {period} are locked: only an "
                    "administrator can reopen the round."
                ).format(
                    who=rnd.approved_by_name or rnd.approved_by or "…",
                    date=rnd.approved_at.strftime("%d.%m.%Y") if rnd.approved_at else "…",
                    period=labels.period(self.period),
                )
            )
            self.lock_banner.setVisible(True)
        else:
            self.lock_banner.setVisible(False)
        note = ""
        if self.period is not None and not self.scope.locked:
            if not self.ctx.can_edit:
                note = self.tr(
                    "You can look at the figures; entering them needs the role of an editor."
                )
            elif rnd is not None and rnd.state == "submitted":
                note = self.tr(
                    "The round is submitted and waits for the chair's approval; "
                    "corrections are still possible."
                )
        self.note_banner.setText(note)
        self.note_banner.setVisible(bool(note))


PAGE = MonitoringPage
