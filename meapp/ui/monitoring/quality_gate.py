"""The quality gate before a round is submitted or approved (issue 19), as the pages show it.

The round buttons of the Monitoring and Evaluation pages call `ask`: it reads what is open
in the period (`meapp.services.monitoring.quality`) and, when nothing is, asks the page's
usual question; otherwise it shows the items in `QualityGateDialog`, whose button to go on
("Approve anyway") stays disabled until the user ticks that they have read the list. The
items shown are what the page passes to the service as acknowledged, so an item that
appeared meanwhile is refused by the service instead of slipping through.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import MeappError
from meapp.models.numbers import format_number
from meapp.services.monitoring import quality
from meapp.store.engine import Database
from meapp.ui import labels, messages
from meapp.ui.i18n import ui_translate


def item_text(item: quality.QualityItem) -> str:
    """An item's sentence in the user's language, its period in words."""
    problem = item.problem()
    words = replace(problem, params={**problem.params, "period": labels.period(item.period)})
    return words.text(ui_translate)


def fill_list(widget: QListWidget, items: list[quality.QualityItem] | tuple) -> None:
    """One line per item; an item about an indicator or measure keeps its id (to open its row)."""
    for item in items:
        line = QListWidgetItem(item_text(item))
        line.setData(Qt.ItemDataRole.UserRole, item.subject_id)
        line.setToolTip(line.text())
        widget.addItem(line)


class QualityGateDialog(QDialog):
    """The open items of a period, and an explicit "… anyway" to go on despite them."""

    def __init__(
        self,
        items: list[quality.QualityItem] | tuple,
        action: str,
        question: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.items = tuple(items)
        self.action = action
        self.setWindowTitle(self.tr("Open data-quality items"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: bold;")
        self.summary = QLabel(
            self.tr(
                "Open items in this period: {n}. Resolve them first, or go on anyway: your "
                "acknowledgement of these items is kept in the audit trail and printed in "
                "the report's data-quality note."
            ).format(n=format_number(len(self.items)))
        )
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        fill_list(self.list, self.items)
        approve = action == "approve"
        self.acknowledge = QCheckBox(
            self.tr("I have read these items and approve the round anyway")
            if approve
            else self.tr("I have read these items and submit the round anyway")
        )
        self.buttons = QDialogButtonBox()
        self.proceed = self.buttons.addButton(
            self.tr("Approve anyway") if approve else self.tr("Submit anyway"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.proceed.setEnabled(False)
        self.cancel.setDefault(True)
        self.acknowledge.toggled.connect(self.proceed.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.question)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.acknowledge)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if self.acknowledge.isChecked():  # never without the explicit tick
            super().accept()


def acknowledge(
    parent: QWidget | None, items: list[quality.QualityItem], action: str, question: str
) -> bool:
    """Show the items; True when the user ticked the acknowledgement and went on."""
    dialog = QualityGateDialog(items, action, question, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask(
    parent: QWidget | None,
    db: Database,
    program_id: str,
    period: str,
    action: str,
    question: str,
    informative: str = "",
) -> tuple[quality.QualityItem, ...] | None:
    """Before `action` (submit or approve): the items the user acknowledged — empty when
    nothing is open and the usual question was answered yes — or None to stop."""
    try:
        items = quality.needs_attention(db, program_id, period, action=action)
    except MeappError as exc:  # e.g. the programme was removed meanwhile
        messages.show_error(parent, exc)
        return None
    if not items:
        return () if messages.confirm(parent, question, informative) else None
    return tuple(items) if acknowledge(parent, items, action, question) else None
