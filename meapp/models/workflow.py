"""The round workflow: which action moves a reporting round from which state, by which right.

open --submit--> submitted --approve--> approved; reopen takes a submitted or approved
round back to open. One table, read by the service that changes a round (which refuses
anything else) and by every page that offers the buttons (which enable only what the
table allows), so a button is never offered for an action the service would refuse, and
never hidden for one it would accept. Who holds a right is `meapp.models.roles`' business.
"""

from __future__ import annotations

from dataclasses import dataclass

from meapp.models.enums import ROUND_STATES
from meapp.models.roles import role_allows

__all__ = [
    "ROUND_STATES",
    "TRANSITIONS",
    "Transition",
    "allowed_actions",
    "can_leave",
    "transition",
]


@dataclass(frozen=True)
class Transition:
    action: str
    right: str  # a right of meapp.models.roles.RIGHTS
    sources: tuple[str, ...]  # the round states it starts from
    target: str  # the state it leads to


TRANSITIONS: dict[str, Transition] = {
    "submit": Transition("submit", "round.submit", ("open",), "submitted"),
    "approve": Transition("approve", "round.approve", ("submitted",), "approved"),
    "reopen": Transition("reopen", "round.reopen", ("submitted", "approved"), "open"),
}


def transition(action: str) -> Transition:
    """The row of an action; an unknown action is a programming error."""
    try:
        return TRANSITIONS[action]
    except KeyError:
        raise KeyError(f"unknown round action {action!r}") from None


def can_leave(state: str, action: str) -> bool:
    """True when `action` starts from a round in `state` (whoever asks)."""
    return state in transition(action).sources


def allowed_actions(state: str, role: str) -> frozenset[str]:
    """The actions a person of `role` may take on a round in `state` (a round nobody
    touched yet is "open")."""
    return frozenset(
        t.action for t in TRANSITIONS.values() if state in t.sources and role_allows(role, t.right)
    )
