"""The quality gate in the GUI (issue 19): the round buttons show the period's open items
before the decision and go on only after an explicit "… anyway"; the Evaluation page and the
dashboard list the same items."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from meapp.models import AuditEvent
from meapp.services.access.users import Actor
from meapp.services.monitoring import quality, rounds
from meapp.ui.monitoring.quality_gate import QualityGateDialog

EDITOR = Actor("editor", "editor", "Demo editor")
CHAIR = Actor("chair", "evaluator", "Demo chair")
PERIOD = "2025-H1"  # the demo's open round: no values yet, one overdue measure
IN_WORDS = "2025, first half-year"

ITEMS = [
    quality.QualityItem("missing_value", "И-01", "Irrigated area", PERIOD),
    quality.QualityItem("overdue_measure", "4.1.1.1", "E-documents", PERIOD, "2024"),
    quality.QualityItem("empty_evaluation", None, "", PERIOD),
]


def answer_gate(seen: list, *, go_on: bool) -> None:
    """When the gate dialog is up: note what it shows, then tick and go on, or cancel."""

    def run() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QualityGateDialog) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(10, run)  # not on screen yet: look again
            return
        dialog = shown[0]
        seen.append(
            {
                "lines": [dialog.list.item(i).text() for i in range(dialog.list.count())],
                "enabled_before_tick": dialog.proceed.isEnabled(),
                "question": dialog.question.text(),
            }
        )
        if go_on:
            dialog.acknowledge.setChecked(True)
            dialog.proceed.click()
        else:
            dialog.cancel.click()

    QTimer.singleShot(0, run)


def choose(window, period: str) -> None:
    combo = window.top.period
    combo.setCurrentIndex(combo.findData(period))
    assert window.scope.period == period


def round_events(db, action: str) -> list[AuditEvent]:
    with db.session() as s:
        return list(
            s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == "reporting_round", AuditEvent.action == action
                )
            )
        )


# -- the dialog ------------------------------------------------------------------------------


def test_the_dialog_goes_on_only_after_the_explicit_tick(qtbot):
    dialog = QualityGateDialog(ITEMS, "approve", "Approve the round?")
    qtbot.addWidget(dialog)
    dialog.show()
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert lines == [
        f"И-01 Irrigated area: no value for {IN_WORDS}",
        f"measure 4.1.1.1 E-documents: past its deadline (2024) and no status for {IN_WORDS}",
        f"the evaluation of {IN_WORDS} is not written",
    ]
    assert dialog.proceed.text() == "Approve anyway"
    assert not dialog.proceed.isEnabled()
    dialog.accept()  # Enter without the tick does not go on
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.acknowledge.setChecked(True)
    assert dialog.proceed.isEnabled()
    dialog.proceed.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_submitting_says_submit(qtbot):
    dialog = QualityGateDialog(ITEMS[:2], "submit", "Submit?")
    qtbot.addWidget(dialog)
    assert dialog.proceed.text() == "Submit anyway"
    assert "submit the round anyway" in dialog.acknowledge.text()
    assert "Open items in this period: 2." in dialog.summary.text()


# -- the round buttons -----------------------------------------------------------------------


def test_submit_on_the_monitoring_page_shows_the_items_and_records_the_acknowledgement(
    demo_db, make_window
):
    window = make_window(demo_db, EDITOR, page="monitoring")
    choose(window, PERIOD)
    page = window.pages["monitoring"]
    seen: list = []
    answer_gate(seen, go_on=True)
    page.submit_button.click()
    (shown,) = seen
    assert shown["question"] == f"Submit the figures of {IN_WORDS} to the chair?"
    assert not shown["enabled_before_tick"]
    assert len(shown["lines"]) == 13
    assert sum(line.endswith(f"no value for {IN_WORDS}") for line in shown["lines"]) == 12
    assert window.scope.round is not None and window.scope.round.state == "submitted"
    (event,) = round_events(demo_db, "submit")
    assert event.user_login == "editor"
    assert len(json.loads(event.after)["acknowledged"]) == 13


def test_cancelling_the_gate_leaves_the_round_as_it_was(demo_db, make_window):
    window = make_window(demo_db, EDITOR, page="monitoring")
    choose(window, PERIOD)
    seen: list = []
    answer_gate(seen, go_on=False)
    window.pages["monitoring"].submit_button.click()
    assert len(seen) == 1
    assert rounds.get_round(demo_db, window.scope.program_id, PERIOD).state == "open"
    assert round_events(demo_db, "submit") == []


def test_approve_on_the_evaluation_page_names_the_empty_evaluation(demo_db, make_window):
    window = make_window(demo_db, CHAIR, page="evaluation")
    choose(window, PERIOD)
    pid = window.scope.program_id
    rounds.submit(demo_db, EDITOR, pid, PERIOD, acknowledged=True)
    window.reload_rounds()  # the top bar reads the round again, as after a page's action
    page = window.pages["evaluation"]
    assert page.approve_button.isEnabled()
    seen: list = []
    answer_gate(seen, go_on=True)
    page.approve_button.click()
    (shown,) = seen
    assert shown["lines"][-1] == f"the evaluation of {IN_WORDS} is not written"
    assert len(shown["lines"]) == 14
    assert rounds.get_round(demo_db, pid, PERIOD).state == "approved"
    with demo_db.session() as s:
        (ack,) = quality.acknowledgements(s, pid, [PERIOD])
    assert ack.user == "chair" and len(ack.items) == 14


# -- the same items under "needs attention" --------------------------------------------------


def test_the_evaluation_page_lists_the_open_items(demo_db, make_window):
    window = make_window(demo_db, CHAIR, page="evaluation")
    choose(window, PERIOD)
    page = window.pages["evaluation"]
    lines = [page.attention.item(i).text() for i in range(page.attention.count())]
    assert f"the evaluation of {IN_WORDS} is not written" in lines
    assert sum(line.endswith(f"no value for {IN_WORDS}") for line in lines) == 12
    assert len(page.attention_items) == 14
    assert page.attention_title.text() == f"Needs attention in this period ({len(lines)})"
    # a written evaluation leaves the list once it is saved
    page.editors["summary"].setPlainText("Жыйынтык")
    assert page.save()
    lines = [page.attention.item(i).text() for i in range(page.attention.count())]
    assert f"the evaluation of {IN_WORDS} is not written" not in lines
    assert len(page.attention_items) == 13


def test_the_dashboard_line_counts_the_items_by_kind(demo_db, qtbot):
    from meapp.services.plan.programs import list_programs
    from meapp.ui.dashboard.overview import OverviewView

    view = OverviewView()
    qtbot.addWidget(view)
    strip = view.attention
    assert strip.isHidden()
    items = quality.needs_attention(demo_db, list_programs(demo_db)[0].id, PERIOD)
    view.show_attention(items)
    assert not strip.isHidden()
    assert strip.label.text() == (
        f"Needs attention in {IN_WORDS}: values missing: 12 · "
        "measures past their deadline: 1 · evaluation not written"
    )
    tip = strip.toolTip().splitlines()
    assert len(tip) == 14 and tip[-1] == f"the evaluation of {IN_WORDS} is not written"
    view.show_attention([])
    assert strip.isHidden()


@pytest.mark.parametrize("extra", [0, 30])
def test_a_long_list_is_cut_in_the_tooltip(qtbot, extra):
    from meapp.ui.dashboard.attention import TOOLTIP_LINES, AttentionStrip

    strip = AttentionStrip()
    qtbot.addWidget(strip)
    many = [
        quality.QualityItem("missing_value", f"I-{n}", "x", PERIOD)
        for n in range(TOOLTIP_LINES + extra)
    ]
    strip.show_items(many)
    tip = strip.toolTip().splitlines()
    if extra:
        assert len(tip) == TOOLTIP_LINES + 1 and tip[-1] == f"… and {extra} more"
    else:
        assert len(tip) == TOOLTIP_LINES
