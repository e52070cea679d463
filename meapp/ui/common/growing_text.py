"""A plain text box as tall as its text: no scroll bar of its own.

Issue 23: the evaluation's five parts were ~70 px boxes, each with its own scroll bar, so a
paragraph of analysis was read through a slit. This box asks its layout for the height of
its wrapped text (at least a few lines, so an empty box still invites writing); the column
that holds the boxes scrolls as a whole. Wheel events the box does not need (it never
scrolls) go on to that column.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QSizePolicy, QWidget


class GrowingTextEdit(QPlainTextEdit):
    """A QPlainTextEdit whose height follows its document (wrapped at its current width)."""

    def __init__(self, min_lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        self._height = 0
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit)
        # after the column has laid out the new height (a posted layout request)
        self.cursorPositionChanged.connect(lambda: QTimer.singleShot(0, self.follow_cursor))
        self._fit()

    def text_height(self) -> int:
        """The height the whole text needs at the current width, in pixels (frame included)."""
        lines_height = 0.0
        block = self.document().begin()
        while block.isValid():
            lines_height += self.blockBoundingRect(block).height()
            block = block.next()
        least = self.fontMetrics().lineSpacing() * self.min_lines
        content = max(lines_height, float(least))
        margins = self.contentsMargins()
        extra = 2 * self.document().documentMargin() + margins.top() + margins.bottom()
        return int(content + extra + 0.999)

    def _fit(self) -> None:
        height = self.text_height()
        if height != self._height:
            self._height = height
            self.setFixedHeight(height)
            self.updateGeometry()
        # what scrolled while the box was shorter than its text goes back into view
        self.verticalScrollBar().setValue(0)

    def follow_cursor(self) -> None:
        """Keep the typing in view: the box does not scroll, the column around it does."""
        if not self.hasFocus():
            return
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        column = area.widget() if area is not None else None
        if area is None or column is None:
            return
        # the column's new height first (layout requests are posted, one level at a time)
        for _level in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        rect = self.cursorRect()
        centre = self.viewport().mapTo(column, rect.center())
        area.ensureVisible(centre.x(), centre.y(), 0, rect.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), self.text_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().minimumSizeHint().width(), self.text_height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()  # a narrower box wraps into more lines
