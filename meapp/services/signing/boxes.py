"""Whose signature goes into which box: the boxes of a report belong to roles.

A report has two signature boxes (`reports.data.SIGNATURE_FIELDS`):

* `sig_chair`, the chair's: signed by the evaluator who chairs the working group — the user
  the report names under the box (`reports.data.signatories`: an evaluator whose position
  says chair, or the group's chair) when that user holds the right to sign reports; when
  the report names nobody who does, by any user whose role signs reports (evaluator).
* `sig_mayor`, the mayor's: signed by the mayor — the viewer the report names under the box
  (a viewer whose position says mayor or head: `мэр`, `башчысы`, `глава`…). Other viewers
  (deputies) and editors have no box.

Each user signs only into their own box, in any order; a user with no box cannot sign, nor
keep a signing identity (`may_hold_identity`). An administrator holds the evaluator's rights
and so signs the chair's box only when no chair is named.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from meapp.errors import PermissionDenied
from meapp.services.common.vocabulary import SIGNATURE_BOXES

if TYPE_CHECKING:
    from meapp.store.engine import Database

CHAIR_BOX = "sig_chair"
MAYOR_BOX = "sig_mayor"
BOXES = (CHAIR_BOX, MAYOR_BOX)
CHAIR_RIGHT = "report.sign"  # the evaluator's right (roles.RIGHTS)
MAYOR_ROLE = "viewer"


BOX_LABELS = SIGNATURE_BOXES  # the words live with the other stored codes' words
assert set(BOX_LABELS) == set(BOXES)


@dataclass(frozen=True)
class Holders:
    """Who signs each box: a login, or None (chair: any evaluator; mayor: nobody)."""

    chair: str | None
    mayor: str | None


def _roles(db: Database) -> dict[str, str]:
    from sqlalchemy import select

    from meapp.models import User

    with db.session() as s:
        return {
            login: role
            for login, role in s.execute(select(User.login, User.role).where(User.active.is_(True)))
        }


def holders(db: Database, program_id: uuid.UUID | str | None) -> Holders:
    """The named signatory of each box, kept only when their role fits the box."""
    from meapp.models.roles import role_allows
    from meapp.services.reports.data import Group, read_group, signatories

    group = Group(None, None, ())
    if program_id:
        with contextlib.suppress(ValueError):  # not a programme id: no group
            group = read_group(db, uuid.UUID(str(program_id)))
    chair, mayor = signatories(db, group)
    roles = _roles(db)
    chair_login = (
        chair.login
        if chair.login and role_allows(roles.get(chair.login, ""), CHAIR_RIGHT)
        else None
    )
    mayor_login = mayor.login if mayor.login and roles.get(mayor.login) == MAYOR_ROLE else None
    return Holders(chair_login, mayor_login)


def box_of(db: Database, login: str | None, role: str, program_id: str | None) -> str | None:
    """The box `login` signs in a report of `program_id`, or None."""
    from meapp.models.roles import role_allows

    if not login:
        return None
    who = holders(db, program_id)
    if role_allows(role, CHAIR_RIGHT) and who.chair in (None, login):
        return CHAIR_BOX
    if role == MAYOR_ROLE and who.mayor == login:
        return MAYOR_BOX
    return None


def require_box(db: Database, login: str | None, role: str, program_id: str | None) -> str:
    """The user's box, or a refusal that says who signs what."""
    from meapp.models.roles import role_allows

    box = box_of(db, login, role, program_id)
    if box is not None:
        return box
    who = holders(db, program_id)
    if role_allows(role, CHAIR_RIGHT) and who.chair:
        raise PermissionDenied(
            "the chair's box is signed by {chair}, the chair of the working group; "
            "{login} does not sign reports",
            chair=who.chair,
            login=login or "",
        )
    raise PermissionDenied(
        "only the chair of the working group (an evaluator) and the mayor sign reports; "
        "{login} is neither",
        login=login or "",
    )


def may_hold_identity(db: Database, login: str, role: str) -> bool:
    """A signing identity is for those who sign: evaluators (and administrators) and the
    mayor; editors and the other viewers need none."""
    from meapp.models.roles import role_allows

    if role_allows(role, CHAIR_RIGHT):
        return True
    return role == MAYOR_ROLE and holders(db, None).mayor == login
