"""The main window's page stack: each page in its own scroll area.

A QStackedWidget's minimum size is the largest minimum of all its pages, and pages are made
on first use: showing Settings once used to raise the window's minimum height from 515 to
755 px, past a 1366×768 laptop screen (issue 23). Wrapped in a resizable scroll area a page
still fills the window and lays itself out as before; only when the window is smaller than
the page's own minimum does that one page scroll, and the window stays as small as the
screen needs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    """A QStackedWidget whose API speaks of pages while it holds their scroll areas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scrolls: dict[int, QScrollArea] = {}

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 - Qt's name
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(page)
        self._scrolls[id(page)] = scroll
        return super().addWidget(scroll)

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 - Qt's name
        super().setCurrentWidget(self._scrolls.get(id(page), page))

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - Qt's name
        current = super().currentWidget()
        if isinstance(current, QScrollArea) and current.widget() is not None:
            return current.widget()
        return current

    def indexOf(self, page: QWidget) -> int:  # noqa: N802 - Qt's name
        return super().indexOf(self._scrolls.get(id(page), page))
