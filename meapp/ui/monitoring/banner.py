"""A tinted band with an icon and a sentence, above the grids."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from meapp.ui import style


class Banner(QFrame):
    """A line of text on a tinted band with an icon: the lock of an approved period, a
    note on what the user can do here, why the evaluation texts are read-only."""

    def __init__(
        self,
        icon_name: str | None,
        colour: str,
        parent: QWidget | None = None,
        *,
        border: str = style.LINE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setStyleSheet(
            f"QFrame#Banner {{ background: {colour}; border: 1px solid {border};"
            f" border-radius: 4px; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        if icon_name is not None:
            self.set_icon(icon_name)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)

    def set_icon(self, icon_name: str) -> None:
        self.icon.setPixmap(style.icon(icon_name).pixmap(18, 18))

    def setText(self, text: str) -> None:  # noqa: N802 - reads like a QLabel
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()
