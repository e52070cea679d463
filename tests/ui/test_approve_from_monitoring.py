"""Approving from Monitoring with an empty evaluation (issue 23): the box says the period's
evaluation is locked with it and offers to write it first; "Write the evaluation first"
opens the Evaluation page and approves nothing. The box is the real one, answered by
clicking its buttons."""

from __future__ import annotations

import pytest

from meapp.services.access.users import Actor
from meapp.services.evaluation import narrative as ev
from meapp.services.monitoring import rounds
from meapp.ui.evaluation import write_first

EDITOR = Actor("editor", "editor", "Demo editor")
CHAIR = Actor("chair", "evaluator", "Demo chair")
PERIOD = "2025-H1"  # the demo's open round, no evaluation written


@pytest.fixture
def shown(monkeypatch):
    """Answer the box by clicking one of its buttons (set `shown["click"]`); the gate after
    it is acknowledged and recorded."""
    seen: dict = {"boxes": [], "gates": [], "click": "write_button"}

    def run(box):
        box.open()
        seen["boxes"].append(
            {
                "text": box.text(),
                "informative": box.informativeText(),
                "default": box.defaultButton().text(),
                "buttons": [b.text() for b in box.buttons()],
            }
        )
        getattr(box, seen["click"]).click()
        return box.choice()

    def acknowledge(_parent, items, _action, _question):
        seen["gates"].append([i.kind for i in items])
        return True

    monkeypatch.setattr(write_first, "run", run)
    monkeypatch.setattr("meapp.ui.monitoring.quality_gate.acknowledge", acknowledge)
    monkeypatch.setattr("meapp.ui.messages.confirm", lambda *_a, **_k: True)
    return seen


def _chair_on_monitoring(make_window, db):
    window = make_window(db, CHAIR, page="monitoring")
    combo = window.top.period
    combo.setCurrentIndex(combo.findData(PERIOD))
    rounds.submit(db, EDITOR, window.scope.program_id, PERIOD, acknowledged=True)
    window.reload_rounds()
    page = window.pages["monitoring"]
    assert page.approve_button.isEnabled()
    return window, page


def _state(db, window) -> str:
    return rounds.get_round(db, window.scope.program_id, PERIOD).state


def test_the_box_says_the_evaluation_is_locked_and_offers_to_write_it(demo_db, make_window, shown):
    window, page = _chair_on_monitoring(make_window, demo_db)
    page.approve_button.click()
    (box,) = shown["boxes"]
    assert box["text"] == "The evaluation of 2025, first half-year is not written yet."
    assert "locks the period, its evaluation included" in box["informative"]
    assert "only an administrator can reopen" in box["informative"]
    assert box["default"] == "Write the evaluation first"
    assert "Approve without it…" in box["buttons"]


def test_write_first_opens_the_evaluation_page_and_approves_nothing(
    demo_db, make_window, shown, qtbot
):
    window, page = _chair_on_monitoring(make_window, demo_db)
    page.approve_button.click()
    assert shown["gates"] == []  # the quality gate is not reached
    assert _state(demo_db, window) == "submitted"
    assert window.current_page_key() == "evaluation"
    evaluation = window.pages["evaluation"]
    assert evaluation.scope.period == PERIOD
    assert not evaluation.editors["summary"].isReadOnly()
    qtbot.waitUntil(evaluation.editors["summary"].hasFocus)


def test_approve_without_it_goes_on_to_the_quality_gate(demo_db, make_window, shown):
    shown["click"] = "approve_button"
    window, page = _chair_on_monitoring(make_window, demo_db)
    page.approve_button.click()
    (gate,) = shown["gates"]
    assert "empty_evaluation" in gate  # still named among the items to acknowledge
    assert _state(demo_db, window) == "approved"
    assert window.current_page_key() == "monitoring"


def test_cancel_changes_nothing(demo_db, make_window, shown):
    shown["click"] = "cancel_button"
    window, page = _chair_on_monitoring(make_window, demo_db)
    page.approve_button.click()
    assert shown["gates"] == []
    assert _state(demo_db, window) == "submitted"
    assert window.current_page_key() == "monitoring"


def test_a_written_evaluation_asks_nothing_more(demo_db, make_window, shown):
    window, page = _chair_on_monitoring(make_window, demo_db)
    ev.save_evaluation(
        demo_db, CHAIR, window.scope.program_id, PERIOD, expected_version=0, summary="Жыйынтык"
    )
    page.approve_button.click()
    assert shown["boxes"] == []
    (gate,) = shown["gates"]
    assert "empty_evaluation" not in gate
    assert _state(demo_db, window) == "approved"


def test_a_blank_evaluation_counts_as_not_written(demo_db, make_window, shown):
    window, page = _chair_on_monitoring(make_window, demo_db)
    ev.save_evaluation(
        demo_db, CHAIR, window.scope.program_id, PERIOD, expected_version=0, summary="  \n "
    )
    page.approve_button.click()
    assert len(shown["boxes"]) == 1
    assert _state(demo_db, window) == "submitted"
