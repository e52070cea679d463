"""The programme tree as a Qt model: plan items and their indicators, with drag and drop.

The model never changes the plan itself. A drop or an in-place rename (F2) becomes a
request signal; the page turns it into an undoable service call and then re-reads the
tree. That keeps one path for every change (service → audit → undo stack) and lets the
service, the authority on what may sit where, refuse a move the model allowed.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QWidget

from meapp.services.plan.programs import TreeNode
from meapp.ui import labels, style

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3
COL_NAME, COL_KIND, COL_WHO = range(3)
MIME_TYPE = "application/x-meapp-plan-node"

# The same ranking as the service: an item may sit under an item of its rank or above.
KIND_RANK = {"direction": 0, "sector": 1, "objective": 2, "measure": 3}

ModelIndex = QModelIndex | QPersistentModelIndex


def display_name(code: str | None, title: str) -> str:
    return f"{code}  {title}" if code else title


class TitleDelegate(QStyledItemDelegate):
    """F2 edits the title alone: the code shown before it ("1.2  Roads") is not part of it.

    (The title comes from its own role rather than from a `data()` override of the model:
    PySide 6.12 loses a reference to None each time a Python `data()` passes an empty
    value through, and the tree asks for thousands of them.)
    """

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit) and index.column() == COL_NAME:
            editor.setText(str(index.data(TITLE_ROLE) or ""))
            return
        super().setEditorData(editor, index)


class PlanTreeModel(QStandardItemModel):
    """Three columns (name, kind, responsible or unit); the node id and kind on column 0."""

    # node id, node kind, new parent id ("" = the programme), index among its kind (-1 = end)
    move_requested = Signal(str, str, str, int)
    # node id, node kind, the new title
    rename_requested = Signal(str, str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(0, 3, parent)
        self.editable = False
        self._nodes: dict[str, TreeNode] = {}
        self._items: dict[str, QStandardItem] = {}

    # -- filling --------------------------------------------------------------------------
    def load(self, nodes: list[TreeNode]) -> None:
        self.removeRows(0, self.rowCount())
        self._nodes.clear()
        self._items.clear()
        root = self.invisibleRootItem()
        for node in nodes:
            self._add(root, node)
        self.retranslate()

    def _add(self, parent: QStandardItem, node: TreeNode) -> None:
        self._nodes[node.id] = node
        name_item = QStandardItem(
            style.icon(f"kind-{node.kind}"), display_name(node.code, node.title)
        )
        name_item.setData(node.id, ID_ROLE)
        name_item.setData(node.kind, KIND_ROLE)
        name_item.setData(node.title, TITLE_ROLE)
        name_item.setToolTip(node.title)
        self._items[node.id] = name_item
        kind_item = QStandardItem()
        kind_item.setData(node.kind, KIND_ROLE)
        who = node.unit if node.kind == "indicator" else node.lead_executor
        who_item = QStandardItem(who or "")
        if who:
            who_item.setToolTip(who)
        parent.appendRow([name_item, kind_item, who_item])
        for child in node.children:
            self._add(name_item, child)

    def retranslate(self) -> None:
        def walk(parent: QStandardItem) -> None:
            for row in range(parent.rowCount()):
                kind_item = parent.child(row, COL_KIND)
                if kind_item is not None:
                    kind_item.setText(labels.kind(kind_item.data(KIND_ROLE)))
                child = parent.child(row, COL_NAME)
                if child is not None and child.hasChildren():
                    walk(child)

        walk(self.invisibleRootItem())

    # -- looking up -----------------------------------------------------------------------
    @property
    def nodes(self) -> dict[str, TreeNode]:
        return self._nodes

    def index_of(self, node_id: str) -> QModelIndex:
        """The name-column index of a node, or an invalid index."""
        item = self._items.get(node_id)
        return self.indexFromItem(item) if item is not None else QModelIndex()

    @staticmethod
    def node_id(index: ModelIndex) -> str | None:
        if not index.isValid():
            return None
        return index.sibling(index.row(), COL_NAME).data(ID_ROLE)

    @staticmethod
    def node_kind(index: ModelIndex) -> str | None:
        if not index.isValid():
            return None
        return index.sibling(index.row(), COL_NAME).data(KIND_ROLE)

    def parent_id(self, index: ModelIndex) -> str | None:
        """The plan item a node sits under; None for the programme's top level."""
        return self.node_id(index.parent()) if index.isValid() else None

    def sibling_position(self, index: ModelIndex) -> int:
        """The node's index among the siblings of its sort (plan items or indicators),
        which is what the move services count in."""
        return self._position_in(index.parent(), index.row(), self.node_kind(index), None)

    def siblings_count(self, index: ModelIndex) -> int:
        parent = index.parent()
        kind = self.node_kind(index)
        return self._position_in(parent, self.rowCount(parent), kind, None)

    def _position_in(
        self, parent: ModelIndex, row: int, kind: str | None, moving: str | None
    ) -> int:
        want_indicator = kind == "indicator"
        count = 0
        for r in range(min(row, self.rowCount(parent))):
            index = self.index(r, COL_NAME, parent)
            if index.data(ID_ROLE) == moving:
                continue
            if (index.data(KIND_ROLE) == "indicator") == want_indicator:
                count += 1
        return count

    # -- editing in place and drag and drop -----------------------------------------------
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        if not self.editable:
            return base
        flags = base | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == COL_NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self.node_kind(index) != "indicator":
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == COL_NAME:
            title = str(value or "").strip()
            node_id, kind = self.node_id(index), self.node_kind(index)
            if title and node_id and kind and title != index.data(TITLE_ROLE):
                self.rename_requested.emit(node_id, kind, title)
            return False  # the page re-reads the tree once the service has renamed it
        return super().setData(index, value, role)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        index = next((i for i in indexes if i.isValid()), None)
        if index is not None:
            payload = {"id": self.node_id(index), "kind": self.node_kind(index)}
            data.setData(MIME_TYPE, json.dumps(payload).encode())
        return data

    @staticmethod
    def _decode(data: QMimeData) -> tuple[str, str] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
            return str(payload["id"]), str(payload["kind"])
        except (ValueError, KeyError, TypeError):
            return None

    def can_hold(self, kind: str, moving_id: str | None, parent: ModelIndex) -> bool:
        """Whether a node of `kind` may go under `parent` (invalid = the programme)."""
        if not parent.isValid():
            return True
        parent = parent.sibling(parent.row(), COL_NAME)
        parent_kind = self.node_kind(parent)
        if parent_kind == "indicator" or parent_kind is None:
            return False
        if kind == "indicator":
            return True
        if parent_kind == "measure" or KIND_RANK[kind] < KIND_RANK[parent_kind]:
            return False
        node: QModelIndex = QModelIndex(parent)
        while node.isValid():  # never into itself or below itself
            if self.node_id(node) == moving_id:
                return False
            node = node.parent()
        return True

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        decoded = self._decode(data)
        if not self.editable or decoded is None or action != Qt.DropAction.MoveAction:
            return False
        node_id, kind = decoded
        return self.can_hold(kind, node_id, parent)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """Ask the page to move the node; False so that the view removes nothing itself."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        decoded = self._decode(data)
        assert decoded is not None
        node_id, kind = decoded
        parent = parent.sibling(parent.row(), COL_NAME) if parent.isValid() else QModelIndex()
        position = -1 if row < 0 else self._position_in(parent, row, kind, node_id)
        self.move_requested.emit(node_id, kind, self.node_id(parent) or "", position)
        return False
