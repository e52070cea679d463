"""The dashboard, first version: what the programme is and where its reporting rounds stand.

The mayor's full dashboard (progress, traffic lights, budget, trends) comes with a later
issue and replaces this module; it keeps the page light on purpose: no chart library is
imported here, so the start stays fast.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meapp.models.numbers import format_number
from meapp.ui import labels, queries, style
from meapp.ui.context import AppContext, Scope
from meapp.ui.pages.base import EmptyState, Page, title_label


class _Card(QFrame):
    """A big figure with a short label under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        self.figure = QLabel("–")
        self.figure.setObjectName("CardFigure")
        self.label = QLabel()
        self.label.setObjectName("CardLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.figure)
        layout.addWidget(self.label)


def format_date(value) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class DashboardPage(Page):
    key = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._counts: queries.PlanCounts | None = None
        self._rounds: dict[str, queries.RoundDTO] = {}
        self._periods: list[str] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.empty = EmptyState("dashboard")
        self.stack.addWidget(self.empty)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.heading = title_label()
        self.subtitle = QLabel()
        self.subtitle.setObjectName("Muted")
        self.subtitle.setWordWrap(True)
        self.approval = QLabel()
        self.approval.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.approval)

        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        self.cards = {
            name: _Card()
            for name in ("directions", "sectors", "objectives", "measures", "indicators")
        }
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, i)
        layout.addLayout(cards)

        rounds_head = QHBoxLayout()
        self.rounds_title = QLabel()
        self.rounds_title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        rounds_head.addWidget(self.rounds_title)
        rounds_head.addStretch(1)
        layout.addSpacing(6)
        layout.addLayout(rounds_head)
        self.rounds_table = QTableWidget(0, 4)
        self.rounds_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rounds_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rounds_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds_table.verticalHeader().setVisible(False)
        self.rounds_table.setAlternatingRowColors(True)
        header = self.rounds_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.rounds_table, 1)
        self.note = QLabel()
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.stack.addWidget(content)
        self.content = content
        self.retranslate_ui()

    # -- data ---------------------------------------------------------------------------
    def set_scope(self, scope: Scope) -> None:
        super().set_scope(scope)
        if scope.program is None:
            self._counts = None
            self._rounds = {}
            self._periods = []
        else:
            p = scope.program
            self._counts = queries.plan_counts(self.ctx.db, p.id)
            self._rounds = queries.rounds(self.ctx.db, p.id)
            self._periods = queries.program_periods(
                p.start_year, p.end_year, p.frequency, list(self._rounds)
            )
        self._fill()

    def _fill(self) -> None:
        p = self.scope.program
        if p is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.content)
        self.heading.setText(p.title)
        kind = labels.municipality_kind(p.municipality_kind)
        place = f"{p.municipality} ({kind})" if kind else p.municipality
        self.subtitle.setText(
            self.tr("{place} · {start}–{end} · status: {status}").format(
                place=place,
                start=p.start_year,
                end=p.end_year,
                status=labels.program_status(p.status),
            )
        )
        if p.approval_number or p.approval_date or p.approval_body:
            self.approval.setText(
                self.tr("Approved by {body}, decision No. {number} of {date}").format(
                    body=p.approval_body or "…",
                    number=p.approval_number or "…",
                    date=_iso_to_local(p.approval_date) or "…",
                )
            )
        else:
            self.approval.setText(self.tr("The approval of the programme is not recorded yet."))
        counts = self._counts
        if counts is not None:
            for name, card in self.cards.items():
                card.figure.setText(format_number(getattr(counts, name)))
        self._fill_rounds()

    def _fill_rounds(self) -> None:
        table = self.rounds_table
        table.setRowCount(len(self._periods))
        current_row = -1
        for row, code in enumerate(self._periods):
            rnd = self._rounds.get(code)
            state = rnd.state if rnd else "open"
            cells = [
                QTableWidgetItem(labels.period(code)),
                QTableWidgetItem(style.icon(f"round-{state}"), self._state_text(rnd)),
                QTableWidgetItem(self._who(rnd)),
                QTableWidgetItem(self._when(rnd)),
            ]
            for col, item in enumerate(cells):
                table.setItem(row, col, item)
            if code == self.scope.period:
                current_row = row
        if current_row >= 0:
            table.selectRow(current_row)

    def _state_text(self, rnd: queries.RoundDTO | None) -> str:
        if rnd is None:
            return self.tr("Open (no entries yet)")
        return labels.round_state(rnd.state)

    @staticmethod
    def _who(rnd: queries.RoundDTO | None) -> str:
        if rnd is None:
            return ""
        if rnd.state == "approved":
            return rnd.approved_by_name or rnd.approved_by or ""
        if rnd.state == "submitted":
            return rnd.submitted_by_name or rnd.submitted_by or ""
        return ""

    @staticmethod
    def _when(rnd: queries.RoundDTO | None) -> str:
        if rnd is None:
            return ""
        if rnd.state == "approved":
            return format_date(rnd.approved_at)
        if rnd.state == "submitted":
            return format_date(rnd.submitted_at)
        return ""

    # -- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.empty.set_texts(
            self.tr("No programme yet"),
            self.tr(
                "Create the demo programme or an empty programme with File → New programme, "
                "or open another database with File → Open database."
            ),
        )
        names = {
            "directions": self.tr("Priority directions"),
            "sectors": self.tr("Sectors"),
            "objectives": self.tr("Objectives"),
            "measures": self.tr("Measures"),
            "indicators": self.tr("Indicators"),
        }
        for name, card in self.cards.items():
            card.label.setText(names[name])
        self.rounds_title.setText(self.tr("Reporting rounds"))
        self.rounds_table.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("State"), self.tr("By whom"), self.tr("When")]
        )
        self.note.setText(
            self.tr(
                "Progress, traffic lights and budget execution will appear on this page "
                "in a later version of meapp."
            )
        )
        if self.scope.program is not None:
            self._fill()


def _iso_to_local(iso: str | None) -> str:
    if not iso:
        return ""
    parts = iso.split("-")
    return ".".join(reversed(parts)) if len(parts) == 3 else iso


PAGE = DashboardPage
