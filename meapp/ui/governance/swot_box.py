"""One SWOT list (strengths, weaknesses, opportunities or threats) with its buttons.

The box only shows and asks; the Risks page owns the service calls, so all four boxes
refresh from one read after any change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meapp.services.governance.swot_risks import SwotItemDTO
from meapp.ui import labels, style

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_COLOURS = {
    "strength": style.ON_TRACK,
    "weakness": style.OFF_TRACK,
    "opportunity": style.ACCENT,
    "threat": style.AT_RISK,
}


class SwotBox(QGroupBox):
    """Emits what the user asked for; `category` says which list."""

    add_requested = Signal(str)
    edit_requested = Signal(str, object)  # category, SwotItemDTO
    delete_requested = Signal(str, object)
    move_requested = Signal(str, object, int)

    def __init__(self, category: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category
        self.items: list[SwotItemDTO] = []
        self.can_write = False
        self.setObjectName(f"Swot_{category}")
        self.setStyleSheet(
            f"QGroupBox#Swot_{category} {{ border: 1px solid {style.LINE};"
            f" border-top: 3px solid {CATEGORY_COLOURS[category]}; border-radius: 4px;"
            " margin-top: 1.4em; padding-top: 4px; font-weight: bold; }"
            f" QGroupBox#Swot_{category}::title {{ subcontrol-origin: margin; left: 8px; }}"
        )
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet("QListWidget { font-weight: normal; }")
        self.add_button = QToolButton()
        self.edit_button = QToolButton()
        self.delete_button = QToolButton()
        self.up_button = QToolButton()
        self.down_button = QToolButton()
        self.up_button.setText("↑")
        self.down_button.setText("↓")
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.category))
        self.edit_button.clicked.connect(self._edit)
        self.list.itemDoubleClicked.connect(lambda _item: self._edit())
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested.emit))
        self.up_button.clicked.connect(self._move_up)
        self.down_button.clicked.connect(self._move_down)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(labels.swot_category(self.category))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button.setAccessibleName(self.tr("Move down"))

    def set_items(self, items: list[SwotItemDTO], select_id: str | None = None) -> None:
        selected = self.current()
        current = select_id or (selected.id if selected else None)
        self.items = list(items)
        self.list.clear()
        for n, it in enumerate(self.items, start=1):
            row = QListWidgetItem(f"{n}. {it.text}")
            row.setData(ID_ROLE, it.id)
            row.setToolTip(it.text)
            self.list.addItem(row)
        ids = [it.id for it in self.items]
        if current in ids:
            self.list.setCurrentRow(ids.index(current))
        self._update_buttons()

    def set_can_write(self, can: bool) -> None:
        self.can_write = can
        self._update_buttons()

    def current(self) -> SwotItemDTO | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = 0 <= row < len(self.items)
        self.add_button.setEnabled(self.can_write)
        self.edit_button.setEnabled(self.can_write and has)
        self.delete_button.setEnabled(self.can_write and has)
        self.up_button.setEnabled(self.can_write and has and row > 0)
        self.down_button.setEnabled(self.can_write and has and row < len(self.items) - 1)
        # A reader (the mayor, a viewer) gets no editing buttons at all: greyed ↑/↓ arrows
        # still looked like they would move something (issue 23).
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            button.setVisible(self.can_write)

    def _emit_current(self, emit) -> None:
        item = self.current()
        if item is not None and self.can_write:
            emit(self.category, item)

    def _edit(self) -> None:
        self._emit_current(self.edit_requested.emit)

    def _move_up(self) -> None:
        item = self.current()
        if item is not None:
            self.move_requested.emit(self.category, item, -1)

    def _move_down(self) -> None:
        item = self.current()
        if item is not None:
            self.move_requested.emit(self.category, item, 1)
