"""The left navigation: an icon and a label per page, the current page highlighted,
collapsible to icons only (the labels then show as tooltips). Arrow keys move through it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meapp.ui import style
from meapp.ui.pages import PAGES

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
EXPANDED_WIDTH = 210
COLLAPSED_WIDTH = 56


class Navigation(QWidget):
    page_requested = Signal(str)
    collapsed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Navigation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._collapsed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.setSpacing(4)
        self.list = QListWidget()
        self.list.setObjectName("NavigationList")
        self.list.setIconSize(QSize(22, 22))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        for info in PAGES:
            item = QListWidgetItem(style.icon(info.icon), "")
            item.setData(KEY_ROLE, info.key)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.toggle = QToolButton()
        self.toggle.setAutoRaise(True)
        self.toggle.setIconSize(QSize(18, 18))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self._collapsed))
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.list.currentItemChanged.connect(self._current_changed)
        self.setFixedWidth(EXPANDED_WIDTH)
        self.retranslate_ui()

    # -- state --------------------------------------------------------------------------
    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item else None

    def set_current(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                if self.list.currentRow() != row:
                    self.list.setCurrentRow(row)
                return

    def keys(self) -> list[str]:
        return [self.list.item(r).data(KEY_ROLE) for r in range(self.list.count())]

    def is_collapsed(self) -> bool:
        return self._collapsed

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self._collapsed:
            return
        self._collapsed = collapsed
        self.setFixedWidth(COLLAPSED_WIDTH if collapsed else EXPANDED_WIDTH)
        self.retranslate_ui()
        self.collapsed_changed.emit(collapsed)

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.page_requested.emit(current.data(KEY_ROLE))

    # -- texts --------------------------------------------------------------------------
    def _row_height(self) -> int:
        """One fixed row height: left to the style, rows measured 26 px at start and 40 px
        after the first language switch re-polished them (issue 23)."""
        return max(self.list.iconSize().height(), self.list.fontMetrics().height()) + 8

    def retranslate_ui(self) -> None:
        height = self._row_height()
        for row, info in enumerate(PAGES):
            item = self.list.item(row)
            item.setSizeHint(QSize(0, height))
            label = QCoreApplication.translate("Navigation", info.label)
            shortcut = f"Ctrl+{row + 1}" if row < 9 else ""
            item.setText("" if self._collapsed else label)
            item.setToolTip(f"{label} ({shortcut})" if shortcut else label)
        if self._collapsed:
            self.toggle.setIcon(style.icon("expand"))
            self.toggle.setText("")
            self.toggle.setToolTip(self.tr("Show the page names"))
        else:
            self.toggle.setIcon(style.icon("collapse"))
            self.toggle.setText(self.tr("Hide names"))
            self.toggle.setToolTip(self.tr("Show icons only"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
