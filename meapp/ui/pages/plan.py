"""The Plan page, read-only for now: the programme tree, a details pane and a filter.

The tree comes from `services.programs.plan_tree` (DTOs) into a QStandardItemModel; a
QSortFilterProxyModel filters it by any word or code while keeping the path to each match.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from meapp.models.numbers import format_number
from meapp.services.programs import TreeNode, plan_tree
from meapp.ui import labels, style
from meapp.ui.context import AppContext, Scope
from meapp.ui.pages.base import EmptyState, Page, title_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
COL_NAME, COL_KIND, COL_WHO = range(3)


class PlanPage(Page):
    key = "plan"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._nodes: dict[str, TreeNode] = {}
        self._loaded_for: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)

        head = QHBoxLayout()
        self.heading = title_label()
        head.addWidget(self.heading, 1)
        self.filter_label = QLabel()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(260)
        self.filter_label.setBuddy(self.filter)
        self.expand_button = QPushButton()
        self.collapse_button = QPushButton()
        head.addWidget(self.filter_label)
        head.addWidget(self.filter)
        head.addWidget(self.expand_button)
        head.addWidget(self.collapse_button)
        layout.addLayout(head)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.empty = EmptyState("plan")
        self.stack.addWidget(self.empty)

        self.model = QStandardItemModel(0, 3, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_WHO, 190)

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setMinimumWidth(280)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 320])
        self.stack.addWidget(splitter)
        self.content = splitter

        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        layout.addWidget(self.count_label)

        self.filter.textChanged.connect(self._apply_filter)
        self.expand_button.clicked.connect(self.tree.expandAll)
        self.collapse_button.clicked.connect(self.tree.collapseAll)
        self.tree.selectionModel().currentChanged.connect(self._show_details)
        self.setTabOrder(self.filter, self.expand_button)
        self.setTabOrder(self.expand_button, self.collapse_button)
        self.setTabOrder(self.collapse_button, self.tree)
        self.setTabOrder(self.tree, self.details)
        self.retranslate_ui()

    # -- data ---------------------------------------------------------------------------
    def set_scope(self, scope: Scope) -> None:
        super().set_scope(scope)
        if scope.program_id != self._loaded_for:
            self._load()

    def _load(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self._nodes.clear()
        pid = self.scope.program_id
        self._loaded_for = pid
        nodes = plan_tree(self.ctx.db, pid) if pid else []
        root = self.model.invisibleRootItem()
        for node in nodes:
            self._add(root, node)
        self._retranslate_rows()
        self.stack.setCurrentWidget(self.content if nodes else self.empty)
        self.tree.expandToDepth(0)
        first = self.proxy.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)
        else:
            self._show_details(QModelIndex())
        self._update_count()

    def _add(self, parent: QStandardItem, node: TreeNode) -> None:
        self._nodes[node.id] = node
        name = f"{node.code}  {node.title}" if node.code else node.title
        name_item = QStandardItem(style.icon(f"kind-{node.kind}"), name)
        name_item.setData(node.id, ID_ROLE)
        name_item.setData(node.kind, KIND_ROLE)
        name_item.setToolTip(node.title)
        kind_item = QStandardItem()
        kind_item.setData(node.kind, KIND_ROLE)
        who = node.unit if node.kind == "indicator" else node.lead_executor
        who_item = QStandardItem(who or "")
        if who:
            who_item.setToolTip(who)
        for item in (name_item, kind_item, who_item):
            item.setEditable(False)
        parent.appendRow([name_item, kind_item, who_item])
        for child in node.children:
            self._add(name_item, child)

    def node_count(self) -> int:
        return len(self._nodes)

    # -- filter and details -------------------------------------------------------------
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
        self._update_count()

    def _update_count(self) -> None:
        if not self._nodes:
            self.count_label.clear()
            return
        if self.filter.text().strip():
            shown = self._count_rows(QModelIndex())
            self.count_label.setText(self.tr("Matches: {n}").format(n=format_number(shown)))
        else:
            self.count_label.setText(self._summary())

    def _summary(self) -> str:
        kinds = [n.kind for n in self._nodes.values()]
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

    def _show_details(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        node = None
        if current.isValid():
            node_id = self.proxy.index(current.row(), COL_NAME, current.parent()).data(ID_ROLE)
            node = self._nodes.get(node_id)
        if node is None:
            self.details.setHtml(
                f"<p style='color:{style.MUTED}'>"
                + html.escape(self.tr("Select a line of the plan to see its details."))
                + "</p>"
            )
            return
        rows: list[tuple[str, str | None]] = [(self.tr("Code"), node.code)]
        if node.kind == "indicator":
            rows.append((self.tr("Unit"), node.unit))
        else:
            rows.append((self.tr("Deadline"), node.deadline_text))
            rows.append((self.tr("Responsible executor"), node.lead_executor))
        if node.children:
            rows.append((self.tr("Lines under it"), str(len(node.children))))
        body = "".join(
            f"<tr><td style='color:{style.MUTED}; padding-right:10px'>{html.escape(k)}</td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
        self.details.setHtml(
            f"<p style='color:{style.MUTED}'>{html.escape(labels.kind(node.kind))}</p>"
            f"<p style='font-size:12pt; font-weight:bold'>{html.escape(node.title)}</p>"
            f"<table cellspacing='0' cellpadding='3'>{body}</table>"
        )

    # -- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Programme plan"))
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter.setPlaceholderText(self.tr("word or code (Ctrl+F)"))
        self.expand_button.setText(self.tr("Expand all"))
        self.collapse_button.setText(self.tr("Collapse all"))
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Responsible / unit")]
        )
        self.empty.set_texts(
            self.tr("The plan is empty"),
            self.tr(
                "Import the action plan and the indicator matrix from the council's Excel "
                "tables, or create the demo programme with File → New programme."
            ),
        )
        self._retranslate_rows()
        self._show_details(self.tree.currentIndex())
        self._update_count()

    def _retranslate_rows(self) -> None:
        def walk(parent: QStandardItem) -> None:
            for row in range(parent.rowCount()):
                kind_item = parent.child(row, COL_KIND)
                if kind_item is not None:
                    kind_item.setText(labels.kind(kind_item.data(KIND_ROLE)))
                child = parent.child(row, COL_NAME)
                if child is not None and child.hasChildren():
                    walk(child)

        walk(self.model.invisibleRootItem())


PAGE = PlanPage
