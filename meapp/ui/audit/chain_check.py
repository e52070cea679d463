"""Checking the audit chain from the GUI: the audit page's button and the check after start.

The walk reads every event and then compares every row with the history
(`meapp.store.check.check_audit_chain`), so it always runs through `run_task`, never on
the start path: the start check waits until the window is up and idle, and says something
only when the history is damaged or the data differs from it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from meapp.models.numbers import format_number
from meapp.services.audit import query as audit_query
from meapp.services.audit.findings import finding_text
from meapp.store.check import AuditCheck, Finding, check_audit_chain
from meapp.store.engine import Database
from meapp.ui.i18n import ui_translate
from meapp.ui.messages import message_box

log = logging.getLogger(__name__)
START_DELAY_MS = 2500


def broken_event_words(result: AuditCheck) -> str:
    """ "No. 17 (03.03.2025 10:15, editor: changed actual value)"."""
    ev = result.broken_event or {}
    seq = ev.get("seq", result.broken_seq)
    when = ev.get("at") or ""
    try:
        when = datetime.fromisoformat(when.replace("Z", "+00:00")).astimezone()
        when = when.strftime("%d.%m.%Y %H:%M")
    except (TypeError, ValueError):
        pass  # not a time any more (edited by hand): show it as stored
    user = ev.get("user") or QCoreApplication.translate("audit", audit_query.SYSTEM_USER)
    action = audit_query.action_label(str(ev.get("action") or ""), ui_translate)
    entity = audit_query.entity_label(str(ev.get("entity") or ""), ui_translate)
    return QCoreApplication.translate(
        "ChainCheck", "No. {seq} ({time}, {user}: {action} {entity})"
    ).format(seq=seq, time=when, user=user, action=action, entity=entity)


def finding_words(finding: Finding) -> str:
    """A difference between the data and the history in words ("Actual value 3f2a…: …")."""
    return finding_text(finding, ui_translate)


def result_text(result: AuditCheck) -> str:
    """One sentence for the user: intact, or which event is the first broken one and why,
    or the first row that differs from the history."""
    if result.ok:
        if result.rows is not None:
            return QCoreApplication.translate(
                "ChainCheck",
                "✓ The history is intact: {n} events checked, none was changed, and the "
                "{rows} rows of data are as it says.",
            ).format(n=format_number(result.events), rows=format_number(result.rows))
        return QCoreApplication.translate(
            "ChainCheck", "✓ The history is intact: {n} events checked, none was changed."
        ).format(n=format_number(result.events))
    if result.findings and result.broken_seq is None:
        first = finding_words(result.findings[0])
        more = len(result.findings) - 1
        if more:
            first += QCoreApplication.translate("ChainCheck", " (and {n} more)").format(
                n=format_number(more)
            )
        return QCoreApplication.translate(
            "ChainCheck",
            "✗ The data was changed outside meapp: {finding}. Keep this database file as "
            "evidence and restore a backup made before the change.",
        ).format(finding=first)
    reason = QCoreApplication.translate("problems", result.reason or "")
    return QCoreApplication.translate(
        "ChainCheck",
        "✗ The history was changed outside meapp. First broken event: {event} — {reason}. "
        "Keep this database file as evidence and restore a backup made before that event.",
    ).format(event=broken_event_words(result), reason=reason)


def run_check(
    parent: QWidget,
    db: Database,
    on_result: Callable[[AuditCheck], None],
    *,
    show_progress: bool = True,
    on_failed: Callable[[BaseException], None] | None = None,
):
    from meapp.ui.worker import run_task

    return run_task(
        parent,
        lambda _p, _c: check_audit_chain(db),
        label=QCoreApplication.translate("ChainCheck", "Checking the history of changes…"),
        cancellable=False,
        show_progress=show_progress,
        on_finished=on_result,
        on_failed=on_failed,
    )


def warn_damaged(parent: QWidget | None, result: AuditCheck) -> QMessageBox:
    """A window-modal warning that does not block the start (`open`, not `exec`)."""
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate(
            "ChainCheck", "The history of changes in this database is damaged."
        )
        if result.broken_seq is not None
        else QCoreApplication.translate(
            "ChainCheck", "The data in this database was changed outside meapp."
        ),
        result_text(result),
        QMessageBox.StandardButton.Ok,
    )
    box.open()
    return box


def schedule_start_check(window: QWidget, db: Database, delay_ms: int = START_DELAY_MS) -> None:
    """After start, once the window is up: check the chain quietly, warn only on damage."""

    def done(result: AuditCheck) -> None:
        if not result.ok:
            log.warning(
                "audit chain broken at event %s: %s; %d rows differ from it",
                result.broken_seq,
                result.reason,
                len(result.findings),
            )
            window._chain_warning = warn_damaged(window, result)  # type: ignore[attr-defined]

    def start() -> None:
        run_check(
            window,
            db,
            done,
            show_progress=False,
            on_failed=lambda exc: log.warning("audit chain check failed: %s", exc),
        )

    # Bound to the window: a window closed within the delay cancels the check.
    QTimer.singleShot(delay_ms, window, start)
