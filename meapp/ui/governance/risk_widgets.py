"""The risk register as a sortable table model, the 5×5 heat matrix and the risk form.

A risk's level is shown three ways at once — a colour (Okabe–Ito), a symbol and a word —
so it reads the same for colour-blind users and on a grey printout.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from meapp.services.governance import swot_risks
from meapp.services.governance.swot_risks import RiskDTO, RiskInput, risk_level
from meapp.ui import labels, style
from meapp.ui.common.dialogs import FormDialog

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
LEVEL_COLOURS = {"low": style.ON_TRACK, "medium": style.AT_RISK, "high": style.OFF_TRACK}
LEVEL_SYMBOLS = {"low": "▽", "medium": "◆", "high": "▲"}
CELL_W, CELL_H = 40, 30
COL_TEXT, COL_LIKELIHOOD, COL_IMPACT, COL_SCORE, COL_STATUS, COL_OWNER, COL_MITIGATION = range(7)

Index = QModelIndex | QPersistentModelIndex


def tint(colour: str, strength: float = 0.3) -> QColor:
    """A light tint of a palette colour: dark text on it stays legible in a bright room."""
    c = QColor(colour)
    mix = lambda v: round(255 - (255 - v) * strength)  # noqa: E731 - a one-line blend
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()))


def level_text(score: int) -> str:
    level = risk_level(score)
    return f"{score}  {LEVEL_SYMBOLS[level]} {labels.risk_level(level)}"


class RiskTableModel(QAbstractTableModel):
    """Rows of `RiskDTO`; numbers sort as numbers through `SORT_ROLE`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.risks: list[RiskDTO] = []

    def set_risks(self, risks: list[RiskDTO]) -> None:
        self.beginResetModel()
        self.risks = list(risks)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.risks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Risk"),
            self.tr("Likelihood"),
            self.tr("Impact"),
            self.tr("Score"),
            self.tr("Status"),
            self.tr("Owner"),
            self.tr("Mitigation"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.risks):
            return None
        r = self.risks[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.text,
                str(r.likelihood),
                str(r.impact),
                level_text(r.score),
                labels.risk_status(r.status),
                r.owner,
                r.mitigation,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_TEXT, COL_MITIGATION):
            return (r.text, r.mitigation)[0 if col == COL_TEXT else 1] or None
        if role == SORT_ROLE:
            return (
                r.text.casefold(),
                r.likelihood,
                r.impact,
                r.score,
                swot_risks.STATUSES.index(r.status) if r.status in swot_risks.STATUSES else 9,
                r.owner.casefold(),
                r.mitigation.casefold(),
            )[col]
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_SCORE:
            return QBrush(tint(LEVEL_COLOURS[r.level], 0.35))
        if role == Qt.ItemDataRole.FontRole and col == COL_SCORE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "closed":
            return QBrush(QColor(style.MUTED))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_LIKELIHOOD, COL_IMPACT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def risk_at(self, row: int) -> RiskDTO | None:
        return self.risks[row] if 0 <= row < len(self.risks) else None


class HeatMatrix(QTableWidget):
    """Likelihood (rows, 5 at the top) × impact (columns): how many open risks per cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(5, 5, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalHeaderLabels([str(v) for v in (5, 4, 3, 2, 1)])
        self.setHorizontalHeaderLabels([str(v) for v in (1, 2, 3, 4, 5)])
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setSectionsClickable(False)
        self.horizontalHeader().setDefaultSectionSize(CELL_W)
        self.verticalHeader().setDefaultSectionSize(CELL_H)
        self.verticalHeader().setFixedWidth(30)
        self.horizontalHeader().setFixedHeight(26)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.counts: dict[tuple[int, int], int] = {}
        bold = QFont()
        bold.setBold(True)
        for row in range(5):
            for col in range(5):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setFont(bold)
                likelihood, impact = 5 - row, col + 1
                item.setBackground(tint(LEVEL_COLOURS[risk_level(likelihood * impact)], 0.3))
                self.setItem(row, col, item)
        frame = 2 * self.frameWidth()
        self.setFixedSize(30 + 5 * CELL_W + frame, 26 + 5 * CELL_H + frame)

    def set_risks(self, risks: list[RiskDTO]) -> None:
        self.counts = swot_risks.heat_matrix(risks)
        for (likelihood, impact), n in self.counts.items():
            item = self._cell(likelihood, impact)
            item.setText(str(n) if n else "")
            item.setToolTip(
                self.tr(
                    "Likelihood {likelihood} × impact {impact} = {score} ({level}); open risks: {n}"
                ).format(
                    likelihood=likelihood,
                    impact=impact,
                    score=likelihood * impact,
                    level=labels.risk_level(risk_level(likelihood * impact)),
                    n=n,
                )
            )

    def _cell(self, likelihood: int, impact: int) -> QTableWidgetItem:
        item = self.item(5 - likelihood, impact - 1)
        assert item is not None  # all 25 are made in __init__
        return item

    def cell_count(self, likelihood: int, impact: int) -> int:
        """The number the cell shows (empty means 0)."""
        text = self._cell(likelihood, impact).text()
        return int(text) if text else 0


class RiskDialog(FormDialog):
    """Add or edit one risk; `save` runs the service and keeps the form open on a refusal."""

    def __init__(self, save, risk: RiskDTO | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Edit the risk") if risk else self.tr("New risk"))
        self.text = QPlainTextEdit(risk.text if risk else "")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(70)
        self.likelihood = QSpinBox()
        self.impact = QSpinBox()
        for spin, value in (
            (self.likelihood, risk.likelihood if risk else 3),
            (self.impact, risk.impact if risk else 3),
        ):
            spin.setRange(1, 5)
            spin.setValue(value)
            spin.valueChanged.connect(self._show_score)
        self.score = QLineEdit()
        self.score.setReadOnly(True)
        self.score.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mitigation = QPlainTextEdit(risk.mitigation if risk else "")
        self.mitigation.setTabChangesFocus(True)
        self.mitigation.setFixedHeight(70)
        self.owner = QLineEdit(risk.owner if risk else "")
        self.status = QComboBox()
        for code in swot_risks.STATUSES:
            self.status.addItem(labels.risk_status(code), code)
        if risk:
            self.status.setCurrentIndex(max(0, self.status.findData(risk.status)))
        self.form.addRow(self.tr("&Risk:"), self.text)
        self.form.addRow(self.tr("&Likelihood (1–5):"), self.likelihood)
        self.form.addRow(self.tr("&Impact (1–5):"), self.impact)
        self.form.addRow(self.tr("Score:"), self.score)
        self.form.addRow(self.tr("&Mitigation:"), self.mitigation)
        self.form.addRow(self.tr("&Owner:"), self.owner)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.finish_layout()
        self._show_score()
        self.text.setFocus()

    def _show_score(self) -> None:
        self.score.setText(level_text(self.likelihood.value() * self.impact.value()))

    def value(self) -> RiskInput:
        return RiskInput(
            text=self.text.toPlainText(),
            likelihood=self.likelihood.value(),
            impact=self.impact.value(),
            mitigation=self.mitigation.toPlainText(),
            owner=self.owner.text(),
            status=self.status.currentData(),
        )

    def save(self) -> Any:
        return self._save(self.value())
