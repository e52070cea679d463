"""The rights of each role are those of PRODUCT.md §2 and the users/roles issue."""

from __future__ import annotations

import pytest

from meapp.errors import PermissionDenied
from meapp.models import enums
from meapp.models.roles import RIGHT_LABELS, RIGHTS, ROLE_ORDER, rights_of, role_allows
from meapp.services.access.users import Actor, require
from meapp.services.common.vocabulary import ROLES

# What each role may do, written out from the spec rather than derived from the table:
# viewer reads and countersigns; editor enters data in open rounds and submits; evaluator
# also writes the evaluation, approves and signs; admin also sets up the programme, manages
# users and reopens rounds.
VIEWER = {"read", "countersign", "identity.manage"}
EDITOR = VIEWER | {"data.enter", "round.submit"}
EVALUATOR = EDITOR | {"evaluation.write", "round.approve", "report.sign", "package.import"}
ADMIN = EVALUATOR | {
    "program.setup",
    "users.manage",
    "round.reopen",
    "demo.create",
    "backup.restore",
}
EXPECTED = {"viewer": VIEWER, "editor": EDITOR, "evaluator": EVALUATOR, "admin": ADMIN}


def test_roles_are_the_stored_enumeration():
    assert set(ROLE_ORDER) == set(enums.ROLES)
    assert set(ROLES) == set(enums.ROLES)  # the words for them: the one vocabulary


@pytest.mark.parametrize("role", ROLE_ORDER)
def test_each_role_has_exactly_its_rights(role):
    assert rights_of(role) == EXPECTED[role]
    for right in RIGHTS:
        assert role_allows(role, right) == (right in EXPECTED[role]), (role, right)


@pytest.mark.parametrize(
    ("role", "right"),
    [
        ("viewer", "data.enter"),
        ("viewer", "round.submit"),
        ("editor", "round.approve"),
        ("editor", "evaluation.write"),
        ("editor", "report.sign"),
        ("evaluator", "users.manage"),
        ("evaluator", "round.reopen"),
        ("evaluator", "program.setup"),
    ],
)
def test_refused_actions_raise_a_clear_permission_error(role, right):
    with pytest.raises(PermissionDenied) as exc:
        require(Actor("someone", role), right)
    text = exc.value.text()
    assert text.startswith("not allowed")
    assert role in text
    assert RIGHT_LABELS[right] in text


def test_allowed_action_passes():
    require(Actor("chair", "evaluator"), "round.approve")
    require(Actor("mayor", "viewer"), "countersign")


def test_each_role_holds_the_rights_of_the_roles_below_it():
    for lower, higher in zip(ROLE_ORDER, ROLE_ORDER[1:], strict=False):
        assert rights_of(lower) < rights_of(higher)


def test_every_right_has_words_for_the_user():
    assert set(RIGHT_LABELS) == set(RIGHTS)


def test_unknown_role_holds_nothing_and_unknown_right_is_an_error():
    assert rights_of("mayor") == frozenset()
    with pytest.raises(KeyError):
        role_allows("admin", "data.enterr")


def test_set_up_operator_is_an_admin_without_login():
    system = Actor.system()
    assert system.is_system and system.can("users.manage")
