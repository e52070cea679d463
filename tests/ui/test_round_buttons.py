"""The round buttons of the Monitoring and Evaluation pages offer what the workflow table
allows for the round's state and the user's role — no more, no less — and follow the table
itself, as the rounds service does."""

from __future__ import annotations

import pytest

from meapp.models import workflow
from meapp.models.roles import ROLE_ORDER
from meapp.services.access.users import Actor
from meapp.services.monitoring import rounds

ADMIN = Actor("admin", "admin", "Demo administrator")
EDITOR = Actor("editor", "editor", "Demo editor")
# The small demo: 2024-H2 approved, 2025-H1 open (submitted below), 2025-H2 without a round.
STATES = {"2025-H2": "open", "2025-H1": "submitted", "2024-H2": "approved"}
# Written out, not derived from the table: the table is what is checked.
EXPECTED = {
    ("open", "viewer"): set(),
    ("open", "editor"): {"submit"},
    ("open", "evaluator"): {"submit"},
    ("open", "admin"): {"submit"},
    ("submitted", "viewer"): set(),
    ("submitted", "editor"): set(),
    ("submitted", "evaluator"): {"approve"},
    ("submitted", "admin"): {"approve", "reopen"},
    ("approved", "viewer"): set(),
    ("approved", "editor"): set(),
    ("approved", "evaluator"): set(),
    ("approved", "admin"): {"reopen"},
}


@pytest.fixture
def rounds_db(demo_db):
    from meapp.services.plan.programs import list_programs

    pid = list_programs(demo_db)[0].id
    rounds.submit(demo_db, EDITOR, pid, "2025-H1", acknowledged=True)
    return demo_db


def offered(window, page_key: str) -> set[str]:
    page = window.pages[page_key]
    buttons = {"submit": page.submit_button, "approve": page.approve_button}
    if page_key == "monitoring":
        buttons["reopen"] = page.reopen_button
    return {action for action, button in buttons.items() if button.isEnabled()}


def choose(window, period: str) -> None:
    combo = window.top.period
    combo.setCurrentIndex(combo.findData(period))
    assert window.scope.period == period


@pytest.mark.parametrize("role", ROLE_ORDER)
def test_the_buttons_offer_what_the_role_may_do_in_each_state(rounds_db, make_window, role):
    window = make_window(rounds_db, Actor(f"a-{role}", role, role.title()), page="monitoring")
    for page_key in ("monitoring", "evaluation"):
        window.show_page(page_key)
        for period, state in STATES.items():
            choose(window, period)
            assert (window.scope.round.state if window.scope.round else "open") == state
            wanted = EXPECTED[state, role]
            assert workflow.allowed_actions(state, role) == wanted
            if page_key == "evaluation":
                wanted = wanted - {"reopen"}  # reopening is the monitoring page's
            assert offered(window, page_key) == wanted, (page_key, period, role)


def test_a_read_only_session_offers_no_round_action(rounds_db, make_window):
    window = make_window(rounds_db, ADMIN, page="monitoring", read_only=True)
    for page_key in ("monitoring", "evaluation"):
        window.show_page(page_key)
        for period in STATES:
            choose(window, period)
            assert offered(window, page_key) == set()


def test_the_buttons_and_the_service_follow_the_one_table(rounds_db, make_window, monkeypatch):
    """Let an editor approve: both pages offer it and the service accepts it."""
    table = dict(workflow.TRANSITIONS)
    table["approve"] = workflow.Transition("approve", "round.submit", ("submitted",), "approved")
    monkeypatch.setattr(workflow, "TRANSITIONS", table)
    monkeypatch.setattr("meapp.ui.messages.confirm", lambda *_a, **_k: True)
    # the demo's 2025-H1 has open data-quality items: acknowledge them (issue 19's gate)
    monkeypatch.setattr("meapp.ui.monitoring.quality_gate.acknowledge", lambda *_a, **_k: True)
    window = make_window(rounds_db, EDITOR, page="evaluation")
    choose(window, "2025-H1")
    assert offered(window, "evaluation") == {"approve"}
    window.show_page("monitoring")
    assert offered(window, "monitoring") == {"approve"}
    # the evaluation is empty: approve without writing it (issue 23's box)
    monkeypatch.setattr("meapp.ui.evaluation.write_first.run", lambda _box: "approve")
    window.pages["monitoring"].approve_button.click()
    assert window.scope.round is not None and window.scope.round.state == "approved"
    assert offered(window, "monitoring") == set()
