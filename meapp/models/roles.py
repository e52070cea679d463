"""Who may do what: the rights of each role (PRODUCT.md §2). Enforced in the services.

Roles are ordered: each has the rights of the ones before it.
viewer: read, countersign · editor: enter data in open rounds, submit · evaluator: evaluation,
approve, sign · admin: programme set-up, users, reopen.
"""

from __future__ import annotations

ROLE_ORDER = ("viewer", "editor", "evaluator", "admin")

RIGHTS: dict[str, str] = {
    "read": "viewer",
    "countersign": "viewer",
    "data.enter": "editor",
    "round.submit": "editor",
    "evaluation.write": "evaluator",
    "round.approve": "evaluator",
    "report.sign": "evaluator",
    "identity.manage": "viewer",
    "program.setup": "admin",
    "users.manage": "admin",
    "round.reopen": "admin",
    "demo.create": "admin",
    "backup.restore": "admin",
    "package.import": "evaluator",
}


def role_allows(role: str, right: str) -> bool:
    needed = RIGHTS[right]
    return ROLE_ORDER.index(role) >= ROLE_ORDER.index(needed)
