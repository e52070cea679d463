"""The round workflow table: which action each role may take on a round in each state, and
the rounds service accepting exactly those (one table for the buttons and the service)."""

from __future__ import annotations

import pytest

from meapp.errors import PermissionDenied, ValidationError
from meapp.models import enums
from meapp.models.roles import RIGHTS, ROLE_ORDER
from meapp.models.workflow import ROUND_STATES, TRANSITIONS, allowed_actions, can_leave, transition
from meapp.services.monitoring import rounds
from tests.unit import factories as f

# Written out from PRODUCT.md §2 rather than derived from the table: an editor submits an
# open round, the chair (evaluator) approves a submitted one, an administrator reopens a
# submitted or approved round; each role also has the rights of the roles before it.
EXPECTED: dict[tuple[str, str], set[str]] = {
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
CASES = [(state, role) for state in ROUND_STATES for role in ROLE_ORDER]


def test_the_table_covers_every_state_and_role():
    assert set(ROUND_STATES) == set(enums.ROUND_STATES)
    assert set(EXPECTED) == set(CASES)


@pytest.mark.parametrize(("state", "role"), CASES)
def test_allowed_actions_of_every_state_and_role(state, role):
    assert allowed_actions(state, role) == EXPECTED[state, role]


def test_each_action_leads_where_the_workflow_says():
    assert {a: (t.sources, t.target) for a, t in TRANSITIONS.items()} == {
        "submit": (("open",), "submitted"),
        "approve": (("submitted",), "approved"),
        "reopen": (("submitted", "approved"), "open"),
    }
    for t in TRANSITIONS.values():
        assert t.right in RIGHTS
        assert set(t.sources) | {t.target} <= set(ROUND_STATES)


def test_an_unknown_role_or_state_may_do_nothing_and_an_unknown_action_is_a_bug():
    assert allowed_actions("open", "mayor") == frozenset()
    assert allowed_actions("archived", "admin") == frozenset()
    assert not can_leave("approved", "approve")
    with pytest.raises(KeyError, match="unknown round action"):
        transition("close")


# -- the service enforces the same table ---------------------------------------------------


@pytest.fixture
def prog(db):
    ns = f.small_program(db)
    ns.admin = f.add_user(db, "admin", "admin")
    ns.actors = {role: f.add_user(db, f"user-{role}", role) for role in ROLE_ORDER}
    return ns


def _bring(db, prog, state: str) -> None:
    if state in ("submitted", "approved"):
        rounds.submit(db, prog.admin, prog.program_id, "2024-H1", acknowledged=True)
    if state == "approved":
        rounds.approve(db, prog.admin, prog.program_id, "2024-H1", acknowledged=True)


def _act(db, actor, program_id, action: str):
    if action == "reopen":
        return rounds.reopen(db, actor, program_id, "2024-H1", "a wrong figure")
    return getattr(rounds, action)(db, actor, program_id, "2024-H1", acknowledged=True)


@pytest.mark.parametrize("state", ROUND_STATES)
def test_the_service_accepts_exactly_what_the_table_allows(db, prog, state):
    for role in ROLE_ORDER:
        for action in TRANSITIONS:
            _bring(db, prog, state)
            assert rounds.get_round(db, prog.program_id, "2024-H1").state == state
            if action in EXPECTED[state, role]:
                done = _act(db, prog.actors[role], prog.program_id, action)
                assert done.state == TRANSITIONS[action].target, (role, action)
            else:
                with pytest.raises((PermissionDenied, ValidationError)):
                    _act(db, prog.actors[role], prog.program_id, action)
                assert rounds.get_round(db, prog.program_id, "2024-H1").state == state
            # back to open for the next case
            if rounds.get_round(db, prog.program_id, "2024-H1").state != "open":
                rounds.reopen(db, prog.admin, prog.program_id, "2024-H1", "next case")
