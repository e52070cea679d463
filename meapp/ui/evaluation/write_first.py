"""Approving from Monitoring with no evaluation written: say it locks, offer to write it first.

Issue 23: the chair pressed Submit then Approve on the Monitoring page; the period was
locked with an empty evaluation, the Evaluation page became read-only and only an
administrator could reopen the round. The right order (data, evaluation, approval) is what
F1 tells; this box tells it at the moment it matters. "Write the evaluation first" opens the
Evaluation page instead of approving; "Approve without it" goes on to the quality gate
(`meapp.ui.monitoring.quality_gate`), which still lists the empty evaluation among the open
items to acknowledge. A written evaluation (any part not blank, as the quality gate counts
it) asks nothing here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from meapp.errors import MeappError
from meapp.services.evaluation import narrative as ev
from meapp.store.engine import Database
from meapp.ui import labels, messages

WRITE, APPROVE, CANCEL = "write", "approve", "cancel"


def evaluation_written(db: Database, program_id: str, period: str) -> bool:
    """True when any of the five parts holds text (the quality gate's own test)."""
    e = ev.get_evaluation(db, program_id, period)
    return any((getattr(e, name) or "").strip() for name in ev.FIELDS)


class EvaluationFirstBox(QMessageBox):
    """The question, with the safe answer (write it first) as the default button."""

    def __init__(self, period_words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The evaluation is not written"))
        self.setText(
            self.tr("The evaluation of {period} is not written yet.").format(period=period_words)
        )
        self.setInformativeText(
            self.tr(
                "Approving locks the period, its evaluation included: afterwards nobody can "
                "write it, and only an administrator can reopen the round. The usual order "
                "is: enter the data, write the evaluation, then approve."
            )
        )
        self.write_button = self.addButton(
            self.tr("Write the evaluation first"), QMessageBox.ButtonRole.AcceptRole
        )
        self.approve_button = self.addButton(
            self.tr("Approve without it…"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.write_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is self.write_button:
            return WRITE
        if clicked is self.approve_button:
            return APPROVE
        return CANCEL


def run(box: EvaluationFirstBox) -> str:
    """Show the box modally; the answer (tests answer it by clicking its real buttons)."""
    box.exec()
    return box.choice()


def ask(parent: QWidget | None, db: Database, program_id: str, period: str) -> str:
    """Before approving `period`: APPROVE to go on (the evaluation is written, or the user
    chose to approve without it), WRITE to open the Evaluation page instead, CANCEL."""
    try:
        if evaluation_written(db, program_id, period):
            return APPROVE
    except MeappError as exc:  # e.g. the programme was removed meanwhile
        messages.show_error(parent, exc)
        return CANCEL
    return run(EvaluationFirstBox(labels.period(period), parent))
