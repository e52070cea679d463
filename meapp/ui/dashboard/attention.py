"""The dashboard's "needs attention" line: the open data-quality items of the period (issue 19).

The same items as the Evaluation page's list and the round's quality gate
(`meapp.services.monitoring.quality`), told in one line for the mayor — how many of each
kind — with every item in the tooltip, so the overview still fits one laptop screen. The
line is hidden when nothing is open.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from meapp.models.numbers import format_number
from meapp.services.monitoring import quality
from meapp.ui import labels
from meapp.ui.dashboard.common import translate
from meapp.ui.monitoring.quality_gate import item_text

# Lines of the tooltip before "… and N more" (an oblast programme may list a hundred).
TOOLTIP_LINES = 25


def kind_words(kind: str) -> str:
    """The words for a kind of open item, as the count stands beside them."""
    words = {
        "needs_review": translate("Dashboard", "values to review"),
        "contradicting_target": translate("Dashboard", "targets against the direction"),
        "missing_value": translate("Dashboard", "values missing"),
        "overdue_measure": translate("Dashboard", "measures past their deadline"),
        "empty_evaluation": translate("Dashboard", "evaluation not written"),
    }
    return words.get(kind, kind)


class AttentionStrip(QFrame):
    """One calm line: "Needs attention in <period>: values missing: 12 · …", the items in
    its tooltip (the chosen period's: the one whose round is decided, even when the
    figures above fall back to an earlier period)."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttentionStrip")
        self.setStyleSheet(
            "QFrame#AttentionStrip { background: #FFF4DC; border: 1px solid #E69F00;"
            " border-radius: 4px; }"
        )
        self.items: tuple[quality.QualityItem, ...] = ()
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 3, 6, 3)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.button = QPushButton()
        self.button.clicked.connect(self.open_requested)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()
        self.retranslate_ui()

    def show_items(self, items: Sequence[quality.QualityItem]) -> None:
        self.items = tuple(items)
        self.retranslate_ui()

    def summary(self) -> str:
        counts = quality.counts(self.items)
        parts = []
        for kind in quality.KINDS:
            n = counts.get(kind, 0)
            if not n:
                continue
            if kind == "empty_evaluation":
                parts.append(kind_words(kind))
            else:
                parts.append(f"{kind_words(kind)}: {format_number(n)}")
        period = labels.period(self.items[0].period) if self.items else ""
        return translate("Dashboard", "Needs attention in {period}: {items}").format(
            period=period, items=" · ".join(parts)
        )

    def tooltip(self) -> str:
        lines = [item_text(i) for i in self.items[:TOOLTIP_LINES]]
        more = len(self.items) - len(lines)
        if more > 0:
            lines.append(translate("Dashboard", "… and {n} more").format(n=format_number(more)))
        return "\n".join(lines)

    def retranslate_ui(self) -> None:
        self.button.setText(translate("Dashboard", "Open Evaluation"))
        if not self.items:
            self.hide()
            return
        self.label.setText(self.summary())
        self.setToolTip(self.tooltip())
        self.show()
