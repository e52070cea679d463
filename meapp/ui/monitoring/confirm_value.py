""" "Confirm value…" in the indicator grid's context menu (issue 19).

A value held for review (status `needs_review`: orders of magnitude off its series, outside
what its unit allows) stays out of every roll-up until it is corrected or an evaluator
confirms it. The menu entry is enabled on a held row when the user may write the evaluation
and the period is open; the dialog names the value and why it was held, asks for the reason
and calls `meapp.services.monitoring.review.confirm_value` — the service `meapp
confirm-value` calls. A refusal is shown in the dialog, which stays open with what was typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QWidget

from meapp.errors import MeappError
from meapp.models.formulas import NEEDS_REVIEW
from meapp.models.numbers import format_number, representable
from meapp.models.periods import Period, PeriodError
from meapp.services.common.vocabulary import REVIEW_REASONS
from meapp.services.monitoring import review
from meapp.services.monitoring.status import IndicatorStatus
from meapp.ui import labels, messages
from meapp.ui.context import AppContext
from meapp.ui.i18n import ui_translate
from meapp.ui.monitoring.dialogs import ReasonDialog


def translate(context: str, text: str) -> str:
    """`QCoreApplication.translate` under the name lupdate looks for in plain functions."""
    return QCoreApplication.translate(context, text)


def held_item(db: Any, program_id: str, row: IndicatorStatus) -> review.ReviewItem | None:
    """The review item of the row's own value (None: the row is not held, or held only
    through an earlier value of a running total, which is confirmed in its own period)."""
    if row.status != NEEDS_REVIEW or not row.period:
        return None
    try:
        period = Period.parse(row.period)
    except PeriodError:
        return None
    items = review.values_needing_review(db, program_id, period)
    return next(
        (it for it in items if it.indicator_id == row.indicator_id and it.period == period),
        None,
    )


class ConfirmValueDialog(ReasonDialog):
    """Names the held value and its reason; OK needs the evaluator's reason."""

    def __init__(
        self,
        ctx: AppContext,
        row: IndicatorStatus,
        item: review.ReviewItem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", "", parent)
        self.ctx = ctx
        self.item = item
        self.setWindowTitle(self.tr("Confirm value"))
        value = format_number(item.value) if representable(item.value) else f"{item.value:g}"
        self.prompt.setText(
            self.tr(
                "{indicator}, {period}: the value {value} {unit} is held out of the roll-ups "
                "({reason}). Confirm it only if it is right as it stands; otherwise correct "
                "it in the grid. Why is it right?"
            ).format(
                indicator=f"{row.code or ''} {row.name}".strip(),
                period=labels.period(row.period),
                value=value,
                unit=row.unit or "",
                reason=REVIEW_REASONS.word(item.reason_code, ui_translate, in_text=True),
            )
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.box.insertWidget(2, self.error)
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.confirm)

    def confirm(self) -> None:
        try:
            review.confirm_value(
                self.ctx.db, self.ctx.actor, self.item.indicator_id, self.item.period, self.text()
            )
        except MeappError as exc:
            self.error.setText(messages.error_text(exc))
            self.error.setVisible(True)
            return
        self.accept()


def add_action(page: Any, menu: QMenu, row: int) -> None:
    """Adds "Confirm value…" to an indicator row's menu of the monitoring page; the page
    reads the period again once a value is confirmed."""
    status: IndicatorStatus = page.indicators.rows[row]
    ctx: AppContext = page.ctx
    action = menu.addAction(translate("ConfirmValueDialog", "Confirm value…"))
    action.setEnabled(
        status.status == NEEDS_REVIEW
        and not ctx.read_only
        and ctx.actor.can(review.RIGHT)
        and not page.scope.locked
    )

    def run() -> None:
        program_id = page.program_id
        item = held_item(ctx.db, program_id, status) if program_id else None
        if item is None:
            messages.show_info(
                page,
                translate(
                    "ConfirmValueDialog",
                    "This figure is held because of an earlier value of the running total: "
                    "confirm or correct that value in its own period.",
                ),
            )
            return
        dialog = ConfirmValueDialog(ctx, status, item, page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            page.reload()

    action.triggered.connect(run)
