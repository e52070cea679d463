"""What the dashboard's views share: status symbols and colours, figures in words, panels
with a PNG export.

A status is never told by colour alone: each has a symbol and a word (UI.md), and the
symbols match the reports' (● ◐ ○ –).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meapp.models.numbers import format_number, format_percent
from meapp.services.reports.texts import MEASURE_SYMBOLS, STATUS_SYMBOLS  # one set of symbols
from meapp.ui import labels, style
from meapp.ui.common import file_dialogs

MEASURE_COLOURS = {
    "done": style.ON_TRACK,
    "in_progress": style.ACCENT,
    "not_started": style.NO_DATA,
    "delayed": style.OFF_TRACK,
    "cancelled": style.MUTED,
}
# Okabe–Ito colours of the budget bars: planned (light) and spent
PLANNED_COLOUR = "#A6CBE3"
SPENT_COLOUR = style.ACCENT


def translate(context: str, text: str) -> str:
    """`QCoreApplication.translate` under the name lupdate looks for in plain functions."""
    return QCoreApplication.translate(context, text)


def status_colour(code: str) -> str:
    return style.STATUS_COLOURS.get(code, style.NO_DATA)


def status_html(code: str, text: str | None = None) -> str:
    """`● On track` with the symbol in the status colour (rich text for labels)."""
    word = labels.indicator_status(code) if text is None else text
    return (
        f'<span style="color:{status_colour(code)}">{STATUS_SYMBOLS.get(code, "–")}</span>'
        f"&nbsp;{word}"
    )


def status_text(code: str) -> str:
    """`● On track` as plain text (table cells: the colour goes into the foreground)."""
    return f"{STATUS_SYMBOLS.get(code, '–')} {labels.indicator_status(code)}"


def measure_text(code: str) -> str:
    return f"{MEASURE_SYMBOLS.get(code, '○')} {labels.measure_status(code)}"


def change_text(change: float | None) -> str:
    """`▲ +7` / `▼ −3` / `= 0` points of progress; "" without a previous figure."""
    if change is None:
        return ""
    points = round(change * 100)
    if points > 0:
        return f"▲ +{format_number(points, 0)}"
    if points < 0:
        return f"▼ −{format_number(-points, 0)}"
    return "= 0"


def money_unit(scale: float) -> tuple[float, str]:
    """The divisor and unit words for amounts up to `scale` som (so a column uses one unit)."""
    if scale >= 1_000_000:
        return 1_000_000, translate("Dashboard", "mln som")
    if scale >= 1_000:
        return 1_000, translate("Dashboard", "thousand som")
    return 1, translate("Dashboard", "som")


def amount(value: float, scale: float) -> str:
    """An amount in the unit of `scale`, without the unit: `33,8`."""
    divisor, _unit = money_unit(scale)
    return format_number(value / divisor, 1 if divisor > 1 else 0)


def money(value: float, scale: float) -> str:
    """An amount with its unit: `33,8 mln som`."""
    return translate("Dashboard", "{amount} {unit}").format(
        amount=amount(value, scale), unit=money_unit(scale)[1]
    )


def percent(value: float | None) -> str:
    return format_percent(value, 0)


def save_png(widget: QWidget, parent: QWidget, name: str) -> Path | None:
    """Ask where to save `widget` as a PNG image and save it; the path, or None."""
    path = file_dialogs.save_file(
        parent,
        file_dialogs.IMAGES,
        translate("Dashboard", "Save the chart as an image"),
        f"{name}.png",
        translate("Dashboard", "PNG images (*.png)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".png":
        target = target.with_suffix(".png")
    if not widget.grab().save(str(target), "PNG"):
        from meapp.errors import MeappError
        from meapp.ui.messages import show_error

        show_error(parent, MeappError("cannot write the image {file}", file=str(target)))
        return None
    return target


class Panel(QFrame):
    """A white card with a bold title, an optional note and a "save as PNG" button that
    saves the panel's `chart` widget (also from the context menu)."""

    def __init__(self, export_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.export_name = export_name
        self.chart: QWidget | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 8, 14, 10)
        outer.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(6)
        self.title = QLabel()
        self.title.setObjectName("PanelTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        # the note goes under the title: Kyrgyz titles are long and must not be cut
        self.note = QLabel()
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.note)
        head.addLayout(titles, 1)
        # an icon, its words in the tooltip: "PNG катары сактоо…" was cut off in a narrow
        # panel (issue 23)
        self.export_button = QToolButton()
        self.export_button.setAutoRaise(True)
        self.export_button.setIcon(style.icon("save-image"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.export_button.clicked.connect(self.export_png)
        self.export_button.setVisible(bool(export_name))
        head.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        outer.addLayout(self.body, 1)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.export_button.setText(translate("Dashboard", "Save as PNG…"))
        self.export_button.setToolTip(translate("Dashboard", "Save this chart as a PNG image"))
        self.export_button.setAccessibleName(translate("Dashboard", "Save as PNG…"))

    def export_png(self) -> Path | None:
        if not self.export_name:
            return None
        return save_png(self.chart or self, self, self.export_name)

    def _menu(self, pos) -> None:
        if not self.export_name:
            return
        menu = QMenu(self)
        menu.addAction(translate("Dashboard", "Save as PNG…"), self.export_png)
        menu.exec(self.mapToGlobal(pos))
