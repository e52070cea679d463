"""The Plan page: the programme tree and the editor of its plan items and indicators.

The tree (`plan.tree_model`) shows directions → sectors → objectives → measures with the
indicators under any of them; beside it, the form of the selected line. Every change —
add, rename (F2), move (drag and drop, Alt+Up/Down), copy, delete, Apply of a form, the
programme form — is a service call wrapped in an undo command (`plan.commands`) on the
page's QUndoStack (Ctrl+Z / Ctrl+Y). After each one the page re-reads the tree from the
services, so what the user sees is always what the database holds.

Editing needs the right "program.setup" (administrators); others read the same forms.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import MeappError
from meapp.models.numbers import format_number
from meapp.services.plan import edit as pe
from meapp.services.plan.budget_years import measure_plan
from meapp.services.plan.programs import plan_tree
from meapp.ui import labels
from meapp.ui.context import AppContext, Scope
from meapp.ui.i18n import QT_TRANSLATE_NOOP
from meapp.ui.messages import ask_save, confirm, show_error
from meapp.ui.pages.base import EmptyState, Page
from meapp.ui.plan import commands
from meapp.ui.plan.form_base import FormBase
from meapp.ui.plan.indicator_form import IndicatorForm
from meapp.ui.plan.item_form import PlanItemForm
from meapp.ui.plan.tree_model import (
    COL_KIND,
    COL_NAME,
    COL_WHO,
    ID_ROLE,
    KIND_RANK,
    PlanTreeModel,
    TitleDelegate,
)

RIGHT = "program.setup"
# The kind a new line under an item gets when it has no sub-items yet.
CHILD_KIND = {"direction": "objective", "sector": "objective", "objective": "measure"}


# Names of new lines, translated when a line is created.
NEW_NAMES = {
    "direction": QT_TRANSLATE_NOOP("PlanPage", "New priority direction"),
    "sector": QT_TRANSLATE_NOOP("PlanPage", "New sector"),
    "objective": QT_TRANSLATE_NOOP("PlanPage", "New objective"),
    "measure": QT_TRANSLATE_NOOP("PlanPage", "New measure"),
    "indicator": QT_TRANSLATE_NOOP("PlanPage", "New indicator"),
}


def impact_counts(impact: pe.DeleteImpact, kind: str) -> list[tuple[str, int]]:
    """What goes besides the line itself, by kind of row, leaving out what is not there."""
    counts: list[tuple[str, int]] = []
    for k in ("direction", "sector", "objective", "measure"):
        counts.append((k, impact.items.get(k, 0) - (1 if k == kind else 0)))
    counts.append(("indicators", impact.indicators - (1 if kind == "indicator" else 0)))
    for k in ("targets", "actuals", "progress_records", "budgets", "public_checks", "evidence"):
        counts.append((k, getattr(impact, k)))
    return [(k, n) for k, n in counts if n > 0]


class PlanPage(Page):
    key = "plan"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loaded_for: str | None = "not loaded yet"
        self._reloading = False
        self._current_id: str | None = None
        self.undo_stack = QUndoStack(self)

        layout, head = self.page_layout((24, 18, 24, 12))
        self.filter_label = QLabel()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(240)
        self.filter_label.setBuddy(self.filter)
        head.addWidget(self.filter_label)
        head.addWidget(self.filter)

        self._build_actions()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button = QToolButton()
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        for act in (
            self.act_add_measure,
            self.act_add_child,
            self.act_add_sibling,
            self.act_add_indicator,
        ):
            self.add_menu.addAction(act)
        self.add_menu.addSeparator()
        self.add_menu.addAction(self.act_add_direction)
        self.add_button.setMenu(self.add_menu)
        self.toolbar.addWidget(self.add_button)
        for group in (
            (self.act_copy, self.act_delete),
            (self.act_up, self.act_down),
            (self.act_undo, self.act_redo),
            (self.act_program, self.act_import, self.act_export),
            (self.act_expand, self.act_collapse),
        ):
            for act in group:
                self.toolbar.addAction(act)
            self.toolbar.addSeparator()
        layout.addWidget(self.toolbar)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self._build_empty_panel()

        self.model = PlanTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.Interactive)
        # the responsible or the unit is short ("Мэрия", "%"): the room goes to the names
        header.resizeSection(COL_WHO, 135)
        self.tree.setItemDelegateForColumn(COL_NAME, TitleDelegate(self.tree))
        self.tree.addAction(self.act_delete)

        self._build_form_panel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.form_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # the tree a little wider than the form: its long Kyrgyz names are cut otherwise
        splitter.setSizes([610, 510])
        self.stack.addWidget(splitter)
        self.content = splitter

        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        layout.addWidget(self.count_label)

        self.filter.textChanged.connect(self._apply_filter)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        # Drops and renames arrive inside the view's own handling (a drag, an editor
        # committing): they run once it has finished, since the tree is re-read.
        self.model.move_requested.connect(
            lambda *args: QTimer.singleShot(0, self, lambda: self.move_node(*args))
        )
        self.model.rename_requested.connect(
            lambda *args: QTimer.singleShot(0, self, lambda: self.rename_node(*args))
        )
        self.undo_stack.canUndoChanged.connect(lambda _on: self._update_actions())
        self.undo_stack.canRedoChanged.connect(lambda _on: self._update_actions())
        self.undo_stack.undoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.undo_stack.redoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.setTabOrder(self.filter, self.tree)
        self.set_editing(self.may_edit())
        self.retranslate_ui()

    # -- building ---------------------------------------------------------------------------
    def _action(
        self, slot: Callable[[], Any], keys: tuple[str, ...] = (), on_page: bool = True
    ) -> QAction:
        act = QAction(self)
        act.triggered.connect(lambda _checked=False: slot())
        if keys:
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if on_page:
            self.addAction(act)
        return act

    def _build_actions(self) -> None:
        self.act_add_child = self._action(self.add_child, ("Ctrl+Shift+N",))
        self.act_add_sibling = self._action(self.add_sibling, ("Ctrl+N",))
        self.act_add_indicator = self._action(self.add_indicator, ("Ctrl+Shift+I",))
        self.act_add_measure = self._action(self.add_measure, ("Ctrl+Shift+M",))
        self.act_add_direction = self._action(lambda: self.add_item("direction", None, None))
        self.act_copy = self._action(self.copy_current, ("Ctrl+D",))
        # Del belongs to the tree only: in a text field it deletes characters.
        self.act_delete = self._action(self.delete_current, on_page=False)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_up = self._action(lambda: self.move_by(-1), ("Alt+Up",))
        self.act_down = self._action(lambda: self.move_by(1), ("Alt+Down",))
        self.act_undo = self._action(self.undo, ("Ctrl+Z",))
        self.act_redo = self._action(self.redo, ("Ctrl+Y", "Ctrl+Shift+Z"))
        self.act_program = self._action(self.open_program)
        self.act_import = self._action(self.import_excel)
        self.act_export = self._action(self.export_excel)
        self.act_expand = self._action(lambda: self.tree.expandAll())
        self.act_collapse = self._action(lambda: self.tree.collapseAll())

    def _build_empty_panel(self) -> None:
        self.empty = EmptyState("plan")
        row = QHBoxLayout()
        row.addStretch(1)
        self.empty_import = QPushButton()
        self.empty_create = QPushButton()
        self.empty_import.clicked.connect(lambda: self.import_excel())
        self.empty_create.clicked.connect(lambda: self._empty_create())
        row.addWidget(self.empty_import)
        row.addWidget(self.empty_create)
        row.addStretch(1)
        # the buttons right under the message: its layout is stretch, message, stretch
        layout = self.empty.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertSpacing(2, 12)
        layout.insertLayout(3, row)
        self.empty_panel = self.empty
        self.stack.addWidget(self.empty)

    def _build_form_panel(self) -> None:
        panel = QWidget()
        panel.setMinimumWidth(380)
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 0, 0, 0)
        column.setSpacing(6)
        self.form_title = QLabel()
        self.form_title.setWordWrap(True)
        self.form_title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.form_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.form_title)
        self.forms = QStackedWidget()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("Muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.forms.addWidget(self.hint)
        self.item_form = PlanItemForm()
        self.indicator_form = IndicatorForm()
        self._scrolls: dict[int, QScrollArea] = {}
        for form in (self.item_form, self.indicator_form):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(form)
            self.forms.addWidget(scroll)
            self._scrolls[id(form)] = scroll
            form.changed.connect(self._form_changed)
        column.addWidget(self.forms, 1)
        buttons = QHBoxLayout()
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("Muted")
        self.read_only_note.setWordWrap(True)
        self.apply_button = QPushButton()
        self.revert_button = QPushButton()
        self.apply_button.setDefault(False)
        self.apply_button.clicked.connect(lambda: self.apply_form())
        self.revert_button.clicked.connect(lambda: self.revert_form())
        self.act_apply = self._action(self.apply_form, ("Ctrl+S",))
        buttons.addWidget(self.read_only_note, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        column.addLayout(buttons)
        self.form_panel = panel

    # -- rights -----------------------------------------------------------------------------
    def may_edit(self) -> bool:
        return not self.ctx.read_only and self.ctx.actor.can(RIGHT)

    def set_editing(self, editable: bool) -> None:
        self.model.editable = editable
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.tree.setDragEnabled(editable)
        self.tree.setAcceptDrops(editable)
        self.item_form.set_editable(editable)
        self.indicator_form.set_editable(editable)
        self.apply_button.setVisible(editable)
        self.revert_button.setVisible(editable)
        self.read_only_note.setVisible(not editable)
        self._update_actions()

    def _alive(self) -> bool:
        """False while Qt destroys the page (its stack still signals then)."""
        return all(shiboken6.isValid(o) for o in (self, self.undo_stack, self.tree, self.act_undo))

    def _update_actions(self) -> None:
        if not self._alive():
            return
        editable = self.may_edit()
        has_program = self.scope.program_id is not None
        index = self._current_source()
        kind = self.model.node_kind(index)
        selected = kind is not None
        can = editable and has_program
        self.act_add_direction.setEnabled(can)
        self.act_add_child.setEnabled(can and kind in CHILD_KIND)
        self.act_add_sibling.setEnabled(can and selected)
        self.act_add_measure.setEnabled(can and kind in ("objective", "measure"))
        self.act_add_indicator.setEnabled(can)
        self.add_button.setEnabled(can)
        self.act_copy.setEnabled(can and selected)
        self.act_delete.setEnabled(can and selected)
        pos = self.model.sibling_position(index) if selected else 0
        count = self.model.siblings_count(index) if selected else 0
        self.act_up.setEnabled(can and selected and pos > 0)
        self.act_down.setEnabled(can and selected and pos < count - 1)
        self.act_undo.setEnabled(editable and self.undo_stack.canUndo())
        self.act_redo.setEnabled(editable and self.undo_stack.canRedo())
        self.act_program.setEnabled(has_program)
        self.act_import.setEnabled(editable)
        self.act_export.setEnabled(has_program)
        self.empty_import.setEnabled(editable)
        self.empty_create.setEnabled(editable)
        dirty = editable and self._form() is not None and self._form().is_dirty()  # type: ignore[union-attr]
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.act_apply.setEnabled(dirty)

    # -- data -------------------------------------------------------------------------------
    def set_scope(self, scope: Scope) -> None:
        super().set_scope(scope)
        if scope.program_id != self._loaded_for:
            self.undo_stack.clear()
            self._empty_texts()
            self._load()
        elif not self._form_dirty():  # a period change keeps what is being typed
            self._load_form()
        self._update_actions()

    def _load(self) -> None:
        pid = self.scope.program_id
        self._loaded_for = pid
        self._reload(None)
        first = self.proxy.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)

    def _expanded_ids(self) -> set[str]:
        out: set[str] = set()

        def walk(parent: QModelIndex) -> None:
            for r in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(r, 0, parent)
                if self.tree.isExpanded(index):
                    out.add(index.data(ID_ROLE))
                    walk(index)

        walk(QModelIndex())
        return out

    def _reload(self, select_id: str | None, keep_selection: bool = True) -> None:
        """Re-read the tree, keep what was expanded, select `select_id` (or what was)."""
        expanded = self._expanded_ids()
        previous = self._current_id if keep_selection else None
        pid = self.scope.program_id
        self._reloading = True
        try:
            self.model.load(plan_tree(self.ctx.db, pid) if pid else [])
            self.stack.setCurrentWidget(self.content if self.model.nodes else self.empty_panel)
            # with no programme there is nothing to filter, edit or export
            has_program = pid is not None
            self.toolbar.setVisible(has_program)
            self.filter.setVisible(has_program)
            self.filter_label.setVisible(has_program)
            if expanded:
                for node_id in expanded:
                    index = self.proxy.mapFromSource(self.model.index_of(node_id))
                    if index.isValid():
                        self.tree.expand(index)
            else:
                self.tree.expandToDepth(0)
            if self.filter.text().strip():
                self.tree.expandAll()
            target = select_id or previous
            index = (
                self.proxy.mapFromSource(self.model.index_of(target)) if target else QModelIndex()
            )
            if index.isValid():
                self._reveal(index)
                self.tree.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                self.tree.selectionModel().clearCurrentIndex()
                self.tree.clearSelection()
        finally:
            self._reloading = False
        self._current_id = self.model.node_id(self._current_source())
        self._load_form()
        self._update_count()
        self._update_actions()

    def _reveal(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.scrollTo(index)

    def node_count(self) -> int:
        return len(self.model.nodes)

    def _current_source(self) -> QModelIndex:
        return self.proxy.mapToSource(self.tree.currentIndex())

    def _title_of(self, node_id: str | None) -> str:
        node = self.model.nodes.get(node_id) if node_id else None
        return node.title if node else ""

    def current_node(self) -> tuple[str | None, str | None]:
        index = self._current_source()
        return self.model.node_id(index), self.model.node_kind(index)

    # -- the form of the selected line ------------------------------------------------------
    def _form(self) -> FormBase | None:
        widget = self.forms.currentWidget()
        if widget is self._scrolls[id(self.item_form)]:
            return self.item_form
        if widget is self._scrolls[id(self.indicator_form)]:
            return self.indicator_form
        return None

    def _program_years(self) -> tuple[int, int]:
        p = self.scope.program
        return (p.start_year, p.end_year) if p else (2000, 2000)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reloading:
            return
        new_id = self.model.node_id(self.proxy.mapToSource(current))
        if self._form_dirty():
            name = _short(self._title_of(self._current_id))
            question = self.tr("Save your changes to “{name}”?").format(name=name)
            answer = ask_save(self, question)
            saved = answer == "save" and self.apply_form(select_after=False)
            if saved:
                self._reload(new_id)  # the tree shows the saved line too
                return
            if answer != "discard":
                # cancelled, or refused: stay on the line, its form as typed (and the problem)
                self.tree.selectionModel().blockSignals(True)
                self.tree.setCurrentIndex(previous)
                self.tree.selectionModel().blockSignals(False)
                return
        self._current_id = new_id
        self._load_form()
        self._update_actions()

    def _load_form(self) -> None:
        node_id, kind = self.current_node()
        editable = self.may_edit()
        try:
            if kind == "indicator" and node_id:
                dto = pe.get_indicator(self.ctx.db, node_id)
                table = pe.get_targets(self.ctx.db, node_id)
                self.indicator_form.load(dto, table, self._program_years())
                self.indicator_form.set_editable(editable)
                self.forms.setCurrentWidget(self._scrolls[id(self.indicator_form)])
                self.form_title.setText(_heading(labels.kind(kind), dto.code))
            elif kind and node_id:
                item = pe.get_plan_item(self.ctx.db, node_id)
                # the planned cost per year and the locked years (issue 21)
                plan = measure_plan(self.ctx.db, node_id) if item.kind == "measure" else None
                self.item_form.load(item, self._program_years(), plan)
                self.item_form.set_editable(editable)
                self.forms.setCurrentWidget(self._scrolls[id(self.item_form)])
                self.form_title.setText(_heading(labels.kind(item.kind), item.code))
            else:
                self.forms.setCurrentWidget(self.hint)
                self.form_title.clear()
        except MeappError as exc:  # the line went away meanwhile (another user)
            self.forms.setCurrentWidget(self.hint)
            self.form_title.setText(exc.text())
        for scroll in self._scrolls.values():
            scroll.verticalScrollBar().setValue(0)

    def _form_dirty(self) -> bool:
        form = self._form()
        return form is not None and self.may_edit() and form.is_dirty()

    def _form_changed(self) -> None:
        self._update_actions()

    def apply_form(self, select_after: bool = True) -> bool:
        """Save the form as one undoable change. False when it was refused."""
        form = self._form()
        if form is None or not self.may_edit():
            return False
        form.clear_error()
        node_id, kind = self.current_node()
        try:
            steps = form.steps(self.ctx.db, self.ctx.actor)  # type: ignore[attr-defined]
        except MeappError as exc:
            if not form.show_problem(exc):
                show_error(self, exc)
            return False
        if not steps:
            return True
        text = self.tr("edit {kind} “{name}”").format(
            kind=labels.kind(kind).lower(), name=_short(self._title_of(node_id))
        )
        return self.push(commands.PlanCommand(text, steps, focus_id=node_id), form, select_after)

    def revert_form(self) -> None:
        self._load_form()
        self._update_actions()

    # -- commands ---------------------------------------------------------------------------
    def push(
        self,
        command: commands.PlanCommand,
        form: FormBase | None = None,
        reload: bool = True,
    ) -> bool:
        """Do the command's first step now; on success it goes onto the undo stack."""
        try:
            command.execute()
        except MeappError as exc:
            if form is None or not form.show_problem(exc):
                show_error(self, exc)
            return False
        command.error_handler = self._command_failed
        self.undo_stack.push(command)
        if getattr(command, "program_changed", False):
            self.programs_changed.emit(self.scope.program_id or "")
        if reload:
            self._reload(command.focus_id)
        return True

    def _command_failed(self, exc: BaseException) -> None:
        def report() -> None:
            show_error(self, exc)
            self._reload(None)

        QTimer.singleShot(0, self, report)

    def undo(self) -> None:
        if not (self.may_edit() and self.undo_stack.canUndo()):
            return
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        focus = getattr(command, "undo_focus_id", None)
        program = getattr(command, "program_changed", False)
        self.undo_stack.undo()
        self._after_stack(focus, program)

    def redo(self) -> None:
        if not (self.may_edit() and self.undo_stack.canRedo()):
            return
        command = self.undo_stack.command(self.undo_stack.index())
        self.undo_stack.redo()
        focus = getattr(command, "focus_id", None)
        self._after_stack(focus, getattr(command, "program_changed", False))

    def _after_stack(self, focus: str | None, program_changed: bool) -> None:
        if program_changed:
            self.programs_changed.emit(self.scope.program_id or "")
        self._reload(focus)

    def _update_undo_texts(self) -> None:
        if not self._alive():
            return
        undo_text = self.undo_stack.undoText()
        redo_text = self.undo_stack.redoText()
        self.act_undo.setText(self.tr("Undo"))
        self.act_redo.setText(self.tr("Redo"))
        self.act_undo.setToolTip(
            self.tr("Undo: {what} (Ctrl+Z)").format(what=undo_text)
            if undo_text
            else self.tr("Undo (Ctrl+Z)")
        )
        self.act_redo.setToolTip(
            self.tr("Redo: {what} (Ctrl+Y)").format(what=redo_text)
            if redo_text
            else self.tr("Redo (Ctrl+Y)")
        )

    # -- adding, copying, deleting, moving --------------------------------------------------
    def add_item(self, kind: str, parent_id: str | None, position: int | None) -> None:
        pid = self.scope.program_id
        if pid is None or not self.may_edit():
            return
        title = QCoreApplication.translate("PlanPage", NEW_NAMES[kind])
        text = self.tr("add {kind}").format(kind=labels.kind(kind).lower())
        command = commands.add_item(
            self.ctx.db,
            self.ctx.actor,
            pid,
            text,
            kind=kind,
            title=title,
            parent_id=parent_id,
            position=position,
        )
        if self.push(command):
            self._focus_title()

    def _after(self, index: QModelIndex) -> tuple[str | None, int]:
        """Where a line goes right after the selected one: its parent and the next place."""
        return self.model.parent_id(index), self.model.sibling_position(index) + 1

    def add_child(self) -> None:
        index = self._current_source()
        node_id, kind = self.model.node_id(index), self.model.node_kind(index)
        if kind not in CHILD_KIND:
            return
        child_kind = CHILD_KIND[kind]
        for r in range(self.model.rowCount(index)):  # follow the kind the item already holds
            k = self.model.node_kind(self.model.index(r, 0, index))
            if k in KIND_RANK:
                child_kind = k
                break
        self.add_item(child_kind, node_id, None)

    def add_measure(self) -> None:
        """A measure where a user looks for one: under the selected objective, or after the
        selected measure (issue 23: it used to hide behind "add under it")."""
        index = self._current_source()
        kind = self.model.node_kind(index)
        if kind == "objective":
            self.add_item("measure", self.model.node_id(index), None)
        elif kind == "measure":
            self.add_item("measure", *self._after(index))

    def add_sibling(self) -> None:
        index = self._current_source()
        kind = self.model.node_kind(index)
        if kind is None:
            return
        if kind == "indicator":
            self._add_indicator_at(*self._after(index))
            return
        self.add_item(kind, *self._after(index))

    def add_indicator(self) -> None:
        index = self._current_source()
        kind = self.model.node_kind(index)
        if kind == "indicator":
            self._add_indicator_at(*self._after(index))
        else:
            self._add_indicator_at(self.model.node_id(index), None)

    def _add_indicator_at(self, plan_item_id: str | None, position: int | None) -> None:
        pid = self.scope.program_id
        if pid is None or not self.may_edit():
            return
        name = QCoreApplication.translate("PlanPage", NEW_NAMES["indicator"])
        command = commands.add_indicator(
            self.ctx.db,
            self.ctx.actor,
            pid,
            self.tr("add indicator"),
            name=name,
            plan_item_id=plan_item_id,
            position=position,
        )
        if self.push(command):
            self._focus_title()

    def _focus_title(self) -> None:
        form = self._form()
        if form is self.item_form:
            box = self.item_form.title.widget
        elif form is self.indicator_form:
            box = self.indicator_form.name.widget
        else:
            return
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        box.selectAll()  # type: ignore[attr-defined]

    def copy_current(self) -> None:
        node_id, kind = self.current_node()
        if not node_id or not kind or not self.may_edit():
            return
        text = self.tr("copy {kind}").format(kind=labels.kind(kind).lower())
        self.push(commands.copy_node(self.ctx.db, self.ctx.actor, kind, node_id, text))

    def delete_current(self) -> None:
        index = self._current_source()
        node_id, kind = self.model.node_id(index), self.model.node_kind(index)
        if not node_id or not kind or not self.may_edit():
            return
        try:
            impact = (
                pe.delete_impact_of_indicator(self.ctx.db, node_id)
                if kind == "indicator"
                else pe.delete_impact_of_item(self.ctx.db, node_id)
            )
        except MeappError as exc:
            show_error(self, exc)
            return
        node = self.model.nodes.get(node_id)
        name = node.title if node else ""
        question = self.tr("Delete the {kind} “{name}”?").format(
            kind=labels.kind(kind).lower(), name=_short(name, 120)
        )
        goes = self.impact_text(impact, kind)
        details = (
            self.tr("With it go: {what}.").format(what=goes)
            if goes
            else self.tr("Nothing else goes with it.")
        )
        details += " " + self.tr("You can undo this with Ctrl+Z.")
        if not confirm(self, question, details):
            return
        # after the delete, select the line above it (or its parent)
        above = index.siblingAtRow(index.row() - 1) if index.row() > 0 else index.parent()
        focus = self.model.node_id(above)
        text = self.tr("delete {kind}").format(kind=labels.kind(kind).lower())
        command = commands.delete_node(
            self.ctx.db, self.ctx.actor, kind, node_id, text, self.model.parent_id(index)
        )
        command.focus_id = focus
        self.push(command)

    def impact_text(self, impact: pe.DeleteImpact, kind: str) -> str:
        """ "3 measures, 5 indicators, 12 actual values" (plural forms from the catalogue)."""
        phrases = {
            "direction": lambda n: self.tr("%n priority direction(s)", "", n),
            "sector": lambda n: self.tr("%n sector(s)", "", n),
            "objective": lambda n: self.tr("%n objective(s)", "", n),
            "measure": lambda n: self.tr("%n measure(s)", "", n),
            "indicators": lambda n: self.tr("%n indicator(s)", "", n),
            "targets": lambda n: self.tr("%n target value(s)", "", n),
            "actuals": lambda n: self.tr("%n actual value(s)", "", n),
            "progress_records": lambda n: self.tr("%n progress record(s)", "", n),
            "budgets": lambda n: self.tr("%n planned cost(s)", "", n),
            "public_checks": lambda n: self.tr("%n public check(s)", "", n),
            "evidence": lambda n: self.tr("%n evidence file(s)", "", n),
        }
        return ", ".join(phrases[k](n) for k, n in impact_counts(impact, kind))

    def move_by(self, step: int) -> None:
        index = self._current_source()
        node_id, kind = self.model.node_id(index), self.model.node_kind(index)
        if not node_id or not kind:
            return
        position = self.model.sibling_position(index) + step
        if position < 0 or position >= self.model.siblings_count(index):
            return
        self.move_node(node_id, kind, self.model.parent_id(index) or "", position)

    def move_node(self, node_id: str, kind: str, parent_id: str, position: int) -> None:
        """Move a line under `parent_id` ("" = the programme) at `position` (-1 = end)."""
        if not self.may_edit():
            return
        index = self.model.index_of(node_id)
        if index.isValid():
            same_parent = (self.model.parent_id(index) or "") == parent_id
            if same_parent and position in (self.model.sibling_position(index),):
                return
            if (
                same_parent
                and position < 0
                and (self.model.sibling_position(index) == self.model.siblings_count(index) - 1)
            ):
                return
        text = self.tr("move {kind}").format(kind=labels.kind(kind).lower())
        command = commands.move_node(
            self.ctx.db,
            self.ctx.actor,
            kind,
            node_id,
            parent_id or None,
            None if position < 0 else position,
            text,
        )
        self.push(command)

    def rename_node(self, node_id: str, kind: str, title: str) -> None:
        if not self.may_edit():
            return
        update = pe.update_indicator if kind == "indicator" else pe.update_plan_item
        key = "name" if kind == "indicator" else "title"
        step = commands.update_fields(
            update, self.ctx.db, self.ctx.actor, node_id, {key: title}, None
        )
        text = self.tr("rename {kind}").format(kind=labels.kind(kind).lower())
        self.push(commands.PlanCommand(text, [step], focus_id=node_id))

    # -- programme, import, export ----------------------------------------------------------
    def open_program(self) -> None:
        from meapp.ui.plan.program_dialog import ProgramDialog

        pid = self.scope.program_id
        if pid is None:
            return
        try:
            form = pe.get_program_form(self.ctx.db, pid)
        except MeappError as exc:
            show_error(self, exc)
            return
        editable = self.may_edit()

        def apply(changes: dict[str, Any]) -> None:
            step = commands.update_fields(
                pe.update_program, self.ctx.db, self.ctx.actor, pid, changes, form.version
            )
            command = commands.PlanCommand(self.tr("edit the programme"), [step])
            command.execute()  # raises: the dialog names the field and stays open
            command.program_changed = True  # type: ignore[attr-defined]
            command.error_handler = self._command_failed
            self.undo_stack.push(command)

        dialog = ProgramDialog(form, editable, apply if editable else None, self)
        if dialog.exec() and dialog.changes:
            self.programs_changed.emit(pid)

    def import_excel(self) -> None:
        if not self.may_edit():
            return
        from meapp.ui.plan.import_wizard import PlanImportWizard

        wizard = PlanImportWizard(self.ctx, self.scope.program_id, self)
        wizard.exec()
        imported = getattr(wizard, "imported_program_id", None)
        if imported:
            self.undo_stack.clear()  # the import is not one of the page's commands
            self._reload(None)
            self.programs_changed.emit(imported)

    def export_excel(self) -> None:
        pid = self.scope.program_id
        if pid is None:
            return
        from meapp.ui.plan.export_dialog import export_plan_dialog

        export_plan_dialog(self, self.ctx, pid)

    def _empty_create(self) -> None:
        if self.scope.program_id is not None:
            self.add_item("direction", None, None)
            return
        self.create_program()

    def create_program(self) -> None:
        from meapp.ui.first_start import EmptyProgramDialog, create_empty_program

        if not self.may_edit():
            return
        dialog = EmptyProgramDialog(self)
        while dialog.exec():
            try:
                pid = create_empty_program(self.ctx.db, self.ctx.actor, **dialog.values())
            except MeappError as exc:
                show_error(dialog, exc)
                continue
            self.programs_changed.emit(pid)
            return

    # -- filter -----------------------------------------------------------------------------
    def focus_search(self) -> bool:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()
        return True

    def _apply_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self.tree.expandToDepth(0)
            current = self.tree.currentIndex()
            if current.isValid():
                self._reveal(current)
        self._update_count()

    def _update_count(self) -> None:
        if not self.model.nodes:
            self.count_label.clear()
            return
        if self.filter.text().strip():
            shown = self._count_rows(QModelIndex())
            self.count_label.setText(self.tr("Matches: {n}").format(n=format_number(shown)))
        else:
            self.count_label.setText(self._summary())

    def _summary(self) -> str:
        kinds = [n.kind for n in self.model.nodes.values()]
        return self.tr(
            "{directions} priority directions · {measures} measures · {indicators} indicators"
        ).format(
            directions=format_number(kinds.count("direction")),
            measures=format_number(kinds.count("measure")),
            indicators=format_number(kinds.count("indicator")),
        )

    def _count_rows(self, parent: QModelIndex) -> int:
        n = self.proxy.rowCount(parent)
        return n + sum(self._count_rows(self.proxy.index(r, 0, parent)) for r in range(n))

    # -- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Programme plan"))
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter.setPlaceholderText(self.tr("word or code (Ctrl+F)"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a line to the plan"))
        texts = {
            self.act_add_child: (self.tr("Add under it"), "Ctrl+Shift+N"),
            self.act_add_sibling: (self.tr("Add beside it"), "Ctrl+N"),
            self.act_add_indicator: (self.tr("Add an indicator"), "Ctrl+Shift+I"),
            self.act_add_measure: (self.tr("Add a measure"), "Ctrl+Shift+M"),
            self.act_add_direction: (self.tr("Add a priority direction"), ""),
            self.act_copy: (self.tr("Copy"), "Ctrl+D"),
            self.act_delete: (self.tr("Delete…"), "Del"),
            self.act_up: (self.tr("Move up"), "Alt+Up"),
            self.act_down: (self.tr("Move down"), "Alt+Down"),
            self.act_program: (self.tr("Programme…"), ""),
            self.act_import: (self.tr("Import from Excel…"), ""),
            self.act_export: (self.tr("Export to Excel…"), ""),
            self.act_expand: (self.tr("Expand all"), ""),
            self.act_collapse: (self.tr("Collapse all"), ""),
        }
        for act, (text, keys) in texts.items():
            act.setText(text)
            act.setToolTip(f"{text} ({keys})" if keys else text)
        self.act_program.setToolTip(
            self.tr("The programme: title, approval, vision, goal, thresholds")
        )
        self._update_undo_texts()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Responsible / unit")]
        )
        self.model.retranslate()
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setToolTip(self.tr("Save the changes of this form (Ctrl+S)"))
        self.revert_button.setText(self.tr("Re&vert"))
        self.read_only_note.setText(
            self.tr("Read only: setting up the programme needs an administrator.")
        )
        self.hint.setText(
            self.tr(
                "Select a line of the plan to see its details. Add lines with Add, move them "
                "by dragging or with Alt+Up / Alt+Down, rename with F2."
            )
        )
        self.empty_import.setText(self.tr("Import from Excel…"))
        self._empty_texts()
        self.item_form.retranslate_ui()
        self.indicator_form.retranslate_ui()
        if not self._form_dirty():
            self._load_form()
        self._update_count()

    def _empty_texts(self) -> None:
        if self.scope.program_id is None:
            self.empty.set_texts(
                self.tr("No programme yet"),
                self.tr(
                    "No programme. Import the council's action plan and indicator matrix from "
                    "Excel, or create an empty programme and type the plan in."
                ),
            )
            self.empty_create.setText(self.tr("Create a programme…"))
        else:
            self.empty.set_texts(
                self.tr("The plan is empty"),
                self.tr(
                    "Import the action plan and the indicator matrix from the council's Excel "
                    "tables, or add the first priority direction."
                ),
            )
            self.empty_create.setText(self.tr("Add a priority direction"))


def _heading(kind_word: str, code: str | None) -> str:
    """ "Measure 1.1.2": the form's title names the line without repeating its long title."""
    return f"{kind_word} {code}" if code else kind_word


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


PAGE = PlanPage
