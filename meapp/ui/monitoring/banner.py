"""A tinted band with an icon and a sentence, above the grids."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from meapp.ui import style


class Banner(QFrame):
    """A line of text on a tinted band with an icon: the lock of an approved period, or a
    note on what the user can do here."""

    def __init__(self, icon_name: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setStyleSheet(
            f"QFrame#Banner {{ background: {colour}; border: 1px solid {style.LINE};"
            f" border-radius: 4px; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.icon = QLabel()
        self.icon.setPixmap(style.icon(icon_name).pixmap(18, 18))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)

    def setText(self, text: str) -> None:  # noqa: N802 - reads like a QLabel
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()
