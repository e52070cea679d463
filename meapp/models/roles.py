"""Who may do what: the rights of each role (PRODUCT.md §2). Enforced in the services.

Roles are ordered: each has the rights of the ones before it.
viewer (mayor, deputies): read, countersign · editor: enter data in open rounds, submit ·
evaluator (chair): evaluation, approve, sign · admin: programme set-up, users, reopen.

One table maps each right to the lowest role that holds it, so the GUI (which disables what
a role cannot do) and the services (which refuse it) can never disagree. The words for the
roles themselves are in the one vocabulary of stored codes (`services.common.vocabulary`).
"""

from __future__ import annotations

from meapp.i18n import QT_TRANSLATE_NOOP

ROLE_ORDER = ("viewer", "editor", "evaluator", "admin")

# Right -> the lowest role that has it.
RIGHTS: dict[str, str] = {
    "read": "viewer",
    "countersign": "viewer",
    # Everyone keeps their own signing identity (a viewer needs one to countersign).
    "identity.manage": "viewer",
    "data.enter": "editor",
    "round.submit": "editor",
    "evaluation.write": "evaluator",
    "round.approve": "evaluator",
    "report.sign": "evaluator",
    "package.import": "evaluator",
    "program.setup": "admin",
    "users.manage": "admin",
    "round.reopen": "admin",
    "demo.create": "admin",
    "backup.restore": "admin",
}

# What each right lets a person do, in words for "not allowed" messages and the users page.
RIGHT_LABELS: dict[str, str] = {
    "read": QT_TRANSLATE_NOOP("rights", "read the programme and reports"),
    "countersign": QT_TRANSLATE_NOOP("rights", "countersign reports"),
    "identity.manage": QT_TRANSLATE_NOOP("rights", "manage their own signing identity"),
    "data.enter": QT_TRANSLATE_NOOP("rights", "enter actuals and measure progress"),
    "round.submit": QT_TRANSLATE_NOOP("rights", "submit a reporting round"),
    "evaluation.write": QT_TRANSLATE_NOOP("rights", "write the evaluation"),
    "round.approve": QT_TRANSLATE_NOOP("rights", "approve a reporting round"),
    "report.sign": QT_TRANSLATE_NOOP("rights", "sign reports"),
    "package.import": QT_TRANSLATE_NOOP("rights", "import exchange packages"),
    "program.setup": QT_TRANSLATE_NOOP("rights", "set up the programme"),
    "users.manage": QT_TRANSLATE_NOOP("rights", "manage users"),
    "round.reopen": QT_TRANSLATE_NOOP("rights", "reopen an approved round"),
    "demo.create": QT_TRANSLATE_NOOP("rights", "create the demo data"),
    "backup.restore": QT_TRANSLATE_NOOP("rights", "restore a backup"),
}


def role_allows(role: str, right: str) -> bool:
    """True when `role` holds `right`. An unknown role holds nothing; an unknown right is a
    programming error (a typo would otherwise silently refuse or allow)."""
    try:
        needed = RIGHTS[right]
    except KeyError:
        raise KeyError(f"unknown right {right!r}") from None
    if role not in ROLE_ORDER:
        return False
    return ROLE_ORDER.index(role) >= ROLE_ORDER.index(needed)


def rights_of(role: str) -> frozenset[str]:
    """Every right the role holds (the users page lists them)."""
    return frozenset(right for right in RIGHTS if role_allows(role, right))
