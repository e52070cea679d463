"""The overview: four cards, the period's open data-quality items in one line (when any),
progress per direction (click one to open it), budget per funding source. Laid out for one
1366×768 screen without scrolling."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from meapp.models.numbers import format_percent
from meapp.services.dashboard.figures import Overview
from meapp.services.monitoring.quality import QualityItem
from meapp.ui import labels
from meapp.ui.dashboard.attention import AttentionStrip
from meapp.ui.dashboard.bars import Bar, BarChart
from meapp.ui.dashboard.budget_year import budget_year_text
from meapp.ui.dashboard.cards import BudgetCard, IndicatorsCard, MeasuresCard, ProgressCard
from meapp.ui.dashboard.common import (
    SPENT_COLOUR,
    STATUS_SYMBOLS,
    Panel,
    amount,
    change_text,
    money,
    money_unit,
    percent,
    status_colour,
    translate,
)


class OverviewView(QWidget):
    direction_activated = Signal(str)
    attention_activated = Signal()  # "Open Evaluation" on the needs-attention line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: Overview | None = None
        self._unit = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        cards = QGridLayout()
        cards.setHorizontalSpacing(10)
        self.progress_card = ProgressCard()
        self.indicators_card = IndicatorsCard()
        self.measures_card = MeasuresCard()
        self.budget_card = BudgetCard()
        for i, card in enumerate(
            (self.progress_card, self.indicators_card, self.measures_card, self.budget_card)
        ):
            cards.addWidget(card, 0, i)
        cards.setColumnStretch(0, 5)
        cards.setColumnStretch(1, 4)
        cards.setColumnStretch(2, 6)
        cards.setColumnStretch(3, 4)
        layout.addLayout(cards)
        self.attention = AttentionStrip()
        self.attention.open_requested.connect(self.attention_activated)
        layout.addWidget(self.attention)

        charts = QHBoxLayout()
        charts.setSpacing(10)
        self.directions_panel = Panel("directions")
        self.directions = BarChart(clickable=True)
        self.directions.activated.connect(self.direction_activated)
        self.directions.stack_labels = True
        self.directions.max_row_height = 64  # room for a title in two lines over its bar
        self.directions_panel.chart = self.directions
        self.directions_panel.body.addWidget(self.directions, 1)
        self.budget_panel = Panel("budget")
        self.budget = BarChart()
        self.budget.label_share = 0.38
        self.budget.max_row_height = 40  # a long source name in two lines
        self.budget_panel.chart = self.budget
        self.budget_panel.body.addWidget(self.budget, 1)
        # the year of the period against its own plan (issue 21): one line, sources in the tip
        self.budget_year = QLabel()
        self.budget_year.setObjectName("BudgetYearLine")
        self.budget_year.setWordWrap(True)
        self.budget_panel.body.addWidget(self.budget_year)
        charts.addWidget(self.directions_panel, 11)
        charts.addWidget(self.budget_panel, 8)
        layout.addLayout(charts, 1)

    def show_overview(self, o: Overview) -> None:
        self.overview = o
        for card in (
            self.progress_card,
            self.indicators_card,
            self.measures_card,
            self.budget_card,
        ):
            card.show_overview(o)
        self.directions.set_bars(
            [
                Bar(
                    key=d.plan_item_id,
                    label=f"{d.code}. {d.title}" if d.code else d.title,
                    value=d.progress,
                    value_text=f"{STATUS_SYMBOLS[d.status]} {percent(d.progress)}",
                    colour=status_colour(d.status),
                    note=change_text(d.change),
                    tooltip=self._direction_tip(o, d),
                )
                for d in o.directions
            ]
        )
        lines = [b for b in o.status.budget if b.planned > 0 or b.spent > 0]
        scale = max([max(b.planned, b.spent) for b in lines] or [0.0])
        self.budget.set_bars(
            [
                Bar(
                    key=b.source,
                    label=labels.funding_source(b.source),
                    value=b.spent / scale if scale else None,
                    secondary=b.planned / scale if scale else None,
                    value_text=format_percent(b.execution, 0),
                    colour=SPENT_COLOUR,
                    note=f"{amount(b.spent, scale)} / {amount(b.planned, scale)}",
                    tooltip=translate(
                        "Dashboard", "{source}: planned {planned}, spent {spent} ({execution})"
                    ).format(
                        source=labels.funding_source(b.source),
                        planned=money(b.planned, scale),
                        spent=money(b.spent, scale),
                        execution=format_percent(b.execution, 1),
                    ),
                )
                for b in lines
            ]
        )
        self._unit = money_unit(scale)[1]
        self.retranslate_ui()

    def _show_budget_year(self, o: Overview) -> None:
        """The year's line of the budget panel (`budget_year.budget_year_text`)."""
        text, tip = budget_year_text(o.budget_year)
        self.budget_year.setText(text)
        self.budget_year.setToolTip(tip)

    def show_attention(self, items: list[QualityItem] | tuple[QualityItem, ...]) -> None:
        """The open data-quality items of the period (`quality.needs_attention`); none hides
        the line."""
        self.attention.show_items(items)

    @staticmethod
    def _direction_tip(o: Overview, d) -> str:
        text = translate(
            "Dashboard", "{direction}\nProgress: {progress} ({status}), from {count} indicators"
        ).format(
            direction=f"{d.code}. {d.title}" if d.code else d.title,
            progress=format_percent(d.progress, 1),
            status=labels.indicator_status(d.status),
            count=d.indicators,
        )
        if d.change is not None and o.previous_period:
            text += "\n" + translate("Dashboard", "{period}: {progress}").format(
                period=labels.period(o.previous_period),
                progress=format_percent(d.previous_progress, 1),
            )
        return text + "\n" + translate("Dashboard", "Click to see its indicators and measures.")

    def retranslate_ui(self) -> None:
        self.directions_panel.title.setText(
            translate("Dashboard", "Progress by priority direction")
        )
        self.directions_panel.note.setText(translate("Dashboard", "click a direction to open it"))
        self.budget_panel.title.setText(translate("Dashboard", "Budget by funding source"))
        self.budget_panel.note.setText(
            translate("Dashboard", "spent / planned, {unit}").format(unit=self._unit)
            if self.budget.bars
            else ""
        )
        self.directions.empty_text = translate(
            "Dashboard", "The programme has no priority directions yet: add them on the Plan page."
        )
        self.budget.empty_text = translate(
            "Dashboard", "No budget is planned for the measures yet."
        )
        if self.overview is not None:
            self._show_budget_year(self.overview)
        for panel in (self.directions_panel, self.budget_panel):
            panel.retranslate_ui()
        self.attention.retranslate_ui()
