"""Status symbols drawn as small icons: a shape and a colour, always shown with a word.

UI.md asks that a status never rely on colour alone: on track is a full disc, at risk a half
disc, off track a ring, no data a dash (the same signs as the dashboard's ● ◐ ○ –); a value
held for review (`needs_review`) a dotted ring with a dot ("?" in text).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

from meapp.ui import style

# indicator status → (shape, colour)
INDICATOR_SHAPES = {
    "on_track": ("disc", style.ON_TRACK),
    "at_risk": ("half", style.AT_RISK),
    "off_track": ("ring", style.OFF_TRACK),
    "no_data": ("dash", style.NO_DATA),
    # held out of the roll-ups until confirmed or corrected: a ring in the accent colour,
    # never a traffic-light colour (issue 19)
    "needs_review": ("review", style.ACCENT),
}
MEASURE_SHAPES = {
    "done": ("disc", style.ON_TRACK),
    "in_progress": ("half", style.ACCENT),
    "not_started": ("ring", style.NO_DATA),
    "delayed": ("ring", style.OFF_TRACK),
    "cancelled": ("dash", style.NO_DATA),
}
TEXT_SYMBOLS = {"disc": "●", "half": "◐", "ring": "○", "dash": "–", "review": "?"}


@cache
def shape_icon(shape: str, colour: str, size: int = 14) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = QColor(colour)
    box = QRectF(1.5, 1.5, size - 3, size - 3)
    if shape == "dash":
        painter.setPen(QPen(c, 2.5))
        painter.drawLine(3, size // 2, size - 3, size // 2)
    elif shape == "review":
        # a dashed ring with a dot: "look at this value", not a judgement of progress
        pen = QPen(c, 2)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawEllipse(box)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(c))
        painter.drawEllipse(QRectF(size / 2 - 2, size / 2 - 2, 4, 4))
    else:
        painter.setPen(QPen(c, 2))
        painter.setBrush(QBrush(c) if shape == "disc" else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        if shape == "half":
            painter.setBrush(QBrush(c))
            painter.drawPie(box, 90 * 16, 180 * 16)
    painter.end()
    return QIcon(pix)


def indicator_icon(status: str) -> QIcon:
    shape, colour = INDICATOR_SHAPES.get(status, INDICATOR_SHAPES["no_data"])
    return shape_icon(shape, colour)


def measure_icon(status: str) -> QIcon:
    shape, colour = MEASURE_SHAPES.get(status, MEASURE_SHAPES["not_started"])
    return shape_icon(shape, colour)


def indicator_symbol(status: str) -> str:
    return TEXT_SYMBOLS[INDICATOR_SHAPES.get(status, INDICATOR_SHAPES["no_data"])[0]]
