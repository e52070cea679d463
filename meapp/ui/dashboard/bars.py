"""Horizontal bar charts painted with QPainter: progress per direction, budget per source.

Plain painted widgets rather than a chart library: they cost nothing at start (the
dashboard is the first page), draw crisp Cyrillic labels at any size, and each row is a
target for the mouse and the keyboard (Up/Down, Enter), so a direction opens with a click.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from meapp.ui import style
from meapp.ui.dashboard.common import PLANNED_COLOUR

ROW_HEIGHT = 30
TRACK = "#E8ECF0"


@dataclass(frozen=True)
class Bar:
    """One row: `value` is the filled share of the track (0..1, None: nothing to draw)."""

    key: str
    label: str
    value: float | None
    value_text: str  # right of the bar, e.g. "● 82 %"
    colour: str
    note: str = ""  # after the value, e.g. "▲ +7"
    tooltip: str = ""
    secondary: float | None = None  # a second, lighter bar behind (budget: planned)


class BarChart(QWidget):
    """Rows of label · bar · value; `activated(key)` on click or Enter when clickable."""

    activated = Signal(str)

    def __init__(self, clickable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clickable = clickable
        self.bars: list[Bar] = []
        self.current = -1
        self._hover = -1
        self.empty_text = ""
        self.label_share = 0.42
        self.stack_labels = False
        self.max_row_height = ROW_HEIGHT + 6
        self._needed_two_lines: bool | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if clickable:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.current = min(self.current, len(self.bars) - 1)
        self._needed_two_lines = None
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, max(1, len(self.bars)) * ROW_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Rows tall enough for a label in two lines when some label needs them at the
        current width: on a 1280×720 screen the page scrolls rather than shortening
        "Республикалык бюджет" to "Республикалык бюд…"."""
        rows = max(1, len(self.bars))
        if self.bars and self._labels_need_two_lines():
            return QSize(260, rows * min(self.max_row_height, self._two_line_row()) + 4)
        return QSize(260, min(4, rows) * 24)

    def _two_line_row(self) -> int:
        """The row height that gives a label two lines (above its bar when stacked)."""
        line_h = self.fontMetrics().height()
        return 2 * line_h + 24 if self.stack_labels else 2 * line_h + 2

    def _labels_need_two_lines(self) -> bool:
        metrics = self.fontMetrics()
        if self.stack_labels:
            width = self.width() - 8
        else:
            width = int(self.width() * self.label_share) - 8
        return any(metrics.horizontalAdvance(b.label) > width for b in self.bars)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A new width may change whether labels need two lines: ask the layout again
        (only then, so that resizing never loops)."""
        super().resizeEvent(event)
        needs = bool(self.bars) and self._labels_need_two_lines()
        if needs != self._needed_two_lines:
            self._needed_two_lines = needs
            self.updateGeometry()

    def _row_height(self) -> int:
        if not self.bars:
            return ROW_HEIGHT
        return max(22, min(self.max_row_height, (self.height() - 4) // len(self.bars)))

    def _stacked(self) -> bool:
        """Label above the bar when the rows have room (long Kyrgyz titles read in full)."""
        return self.stack_labels and self._row_height() >= self.fontMetrics().height() + 24

    def row_rect(self, row: int) -> QRect:
        h = self._row_height()
        return QRect(0, 2 + row * h, self.width(), h)

    def row_at(self, y: int) -> int:
        h = self._row_height()
        row = (y - 2) // h
        return row if 0 <= row < len(self.bars) else -1

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        metrics = self.fontMetrics()
        if not self.bars:
            p.setPen(QColor(style.MUTED))
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            return
        width = self.width()
        bold = QFont(font)
        bold.setBold(True)
        value_w = max(
            metrics.horizontalAdvance("● 100 %") + 8,
            *(self._value_width(b, bold) + 10 for b in self.bars),
        )
        stacked = self._stacked()
        bar_x = 4 if stacked else int(width * self.label_share) + 10
        bar_w = max(40, width - bar_x - value_w - 6)
        for row, bar in enumerate(self.bars):
            rect = self.row_rect(row)
            if self.clickable and row in (self.current, self._hover):
                shade = style.SELECTION if row == self.current else "#EEF3F8"
                p.fillRect(rect.adjusted(0, 1, 0, -1), QColor(shade))
            text_rect, bar_area, lines, _elided = self._label_layout(row)
            p.setPen(QColor(style.TEXT))
            p.setFont(font)
            p.drawText(
                text_rect,
                (Qt.AlignmentFlag.AlignBottom if stacked else Qt.AlignmentFlag.AlignVCenter)
                | Qt.AlignmentFlag.AlignLeft,
                "\n".join(lines),
            )
            rect = bar_area
            track_h = max(10, min(18, rect.height() - 10))
            track = QRect(bar_x, rect.top() + (rect.height() - track_h) // 2, bar_w, track_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(TRACK))
            p.drawRoundedRect(track, 3, 3)
            if bar.secondary is not None and bar.secondary > 0:
                sec = QRect(track)
                sec.setWidth(max(2, int(bar_w * min(1.0, bar.secondary))))
                p.setBrush(QColor(PLANNED_COLOUR))
                p.drawRoundedRect(sec, 3, 3)
            if bar.value is not None and bar.value > 0:
                fill = QRect(track)
                fill.setWidth(max(2, int(bar_w * min(1.0, bar.value))))
                p.setBrush(QColor(bar.colour))
                p.drawRoundedRect(fill, 3, 3)
            value_rect = QRect(bar_x + bar_w + 8, rect.top(), value_w, rect.height())
            p.setPen(QPen(QColor(style.TEXT)))
            p.setFont(bold)
            p.drawText(
                value_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                bar.value_text,
            )
            if bar.note:
                p.setFont(font)
                p.setPen(QColor(style.MUTED))
                shift = bold_width(bar.value_text, bold) + 8
                p.drawText(
                    value_rect.adjusted(shift, 0, 0, 0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    bar.note,
                )
        if self.clickable and self.hasFocus() and 0 <= self.current < len(self.bars):
            p.setPen(QPen(QColor(style.ACCENT), 1, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self.row_rect(self.current).adjusted(0, 1, -1, -2))

    def _label_layout(self, row: int) -> tuple[QRect, QRect, list[str], bool]:
        """Where row `row`'s label goes, where its bar goes, the label's lines (wrapped
        when the row has room for two: "Мамлекеттик-жеке өнөктөштүк" reads in full) and
        whether the text still had to be shortened with "…" (its tooltip holds it all)."""
        rect = self.row_rect(row)
        line_h = self.fontMetrics().height()
        metrics = self.fontMetrics()
        label = self.bars[row].label
        if self._stacked():
            # every row keeps the same text height, so the bars line up and look alike
            width = self.width() - 8
            long = any(metrics.horizontalAdvance(b.label) > width for b in self.bars)
            room = 2 if long and rect.height() >= 2 * line_h + 24 else 1
            text_rect = QRect(4, rect.top() + 3, width, line_h * room)
            lines, elided = wrap_label(metrics, label, width, room)
            bar_top = text_rect.bottom() + 5
            bar_area = QRect(0, bar_top, self.width(), rect.bottom() - bar_top - 2)
            return text_rect, bar_area, lines, elided
        text_rect = QRect(4, rect.top(), int(self.width() * self.label_share) - 4, rect.height())
        room = max(1, min(2, rect.height() // line_h))
        lines, elided = wrap_label(metrics, label, text_rect.width(), room)
        return text_rect, rect, lines, elided

    def elided_labels(self) -> list[str]:
        """The labels shortened with "…" at the current size (the screenshot test asks)."""
        return [bar.label for row, bar in enumerate(self.bars) if self._label_layout(row)[3]]

    def _value_width(self, bar: Bar, bold: QFont) -> int:
        width = bold_width(bar.value_text, bold)
        if bar.note:
            width += 8 + self.fontMetrics().horizontalAdvance(bar.note)
        return width

    # -- interaction --------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        row = self.row_at(int(event.position().y()))
        if row != self._hover:
            self._hover = row
            self.update()
        tip = self.bars[row].tooltip if row >= 0 else ""
        if tip:
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        row = self.row_at(int(event.position().y()))
        if self.clickable and row >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.current = row
            self.update()
            self.activated.emit(self.bars[row].key)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not self.clickable or not self.bars:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = max(0, min(len(self.bars) - 1, self.current + step))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current >= 0:
            self.activated.emit(self.bars[self.current].key)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.current < 0 and self.bars:
            self.current = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.update()
        super().focusOutEvent(event)


def wrap_label(
    metrics: QFontMetrics, text: str, width: int, max_lines: int
) -> tuple[list[str], bool]:
    """`text` in at most `max_lines` lines of `width` pixels, broken between words; the
    last line shortened with "…" when the rest does not fit. Returns the lines and whether
    anything was shortened."""
    lines: list[str] = []
    for word, glue in _pieces(text, metrics, width):
        if lines and metrics.horizontalAdvance(f"{lines[-1]}{glue}{word}") <= width:
            lines[-1] = f"{lines[-1]}{glue}{word}"
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    shown = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
    return shown or [""], shown != lines


def _pieces(text: str, metrics: QFontMetrics, width: int) -> list[tuple[str, str]]:
    """The words of `text` with what joins each to the one before (a space, or nothing
    after a hyphen): a compound wider than the line ("Государственно-частное") breaks after
    its hyphen, as a typesetter would, rather than being shortened with "…"."""
    pieces: list[tuple[str, str]] = []
    for word in text.split():
        parts = word.split("-")
        if len(parts) == 1 or metrics.horizontalAdvance(word) <= width:
            pieces.append((word, " "))
            continue
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            pieces.append((part if last else f"{part}-", "" if i else " "))
    return pieces


def bold_width(text: str, font: QFont) -> int:
    return QFontMetrics(font).horizontalAdvance(text)
