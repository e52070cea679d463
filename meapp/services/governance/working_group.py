"""The monitoring working group, its hearings and meetings, and public checks of measures.

PRODUCT.md §1: the group is formed by an order of the head, with a chair and members from
the mayor's office, the council, business and civic sides; guidance asks for at least 35 %
women and about 20 % youth under 28. The quota check is a pure function (`compute_quota`)
returning figures and warnings, never a refusal: a group that misses a quota still works,
the page and the report say so.

Rights: forming the group (the order, the members) is the chair's and the administrator's
(`evaluation.write`: evaluator and up); public checks, hearings and proposals are data the
group enters (`data.enter`: editor and up). Every change is one transaction with its audit
event. Validation messages start with the field they are about.

Hearings, meetings and public checks belong to the reporting period their date falls in
(by the programme's frequency: half-year, quarter or year; see `locks.date_period`). Once that
period is approved, they lock with it like every figure of the period: adding, changing
or deleting one — or its proposals — raises PeriodLocked, and so does moving a date into
or out of an approved period. Without a date they belong to no period and stay open.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from meapp.errors import NotFound, PermissionDenied, Problem, ValidationError
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import (
    Evidence,
    GroupMember,
    Hearing,
    PlanItem,
    Program,
    Proposal,
    PublicCheck,
    WorkingGroup,
)
from meapp.models.enums import (
    APPROVING_BODIES,
    CHECK_STAGES,
    GENDERS,
    HEARING_KINDS,
    MEMBER_ROLES,
    MEMBER_SIDES,
    PROPOSAL_STATUSES,
)
from meapp.services.access.users import Actor, require
from meapp.services.common.text_norm import strip_controls
from meapp.services.common.writes import get_row, move_in_order, transaction, update_row
from meapp.services.monitoring import evidence, locks
from meapp.services.monitoring.entry import STALE, check_version
from meapp.store import audit_chain as audit
from meapp.store.engine import Database

WOMEN_TARGET = 0.35
YOUTH_TARGET = 0.20
YOUTH_AGE = 28  # "youth": younger than 28 in the current year
SETUP_RIGHT = "evaluation.write"
ENTRY_RIGHT = "data.enter"
MAX_SHORT = 300
# What makes a write meet someone else's: a row changed meanwhile, or a second group (or
# member place) written at the same moment.
CONFLICTS = (StaleDataError, IntegrityError)

# Quota warnings (translated with the context "problems").
NO_MEMBERS = QT_TRANSLATE_NOOP(
    "problems", "The group has no members yet: add the members named in the order."
)
WOMEN_LOW = QT_TRANSLATE_NOOP(
    "problems",
    "Women are {share} of the members; the guidance asks for at least {target}. "
    "{missing} more women would meet it.",
)
YOUTH_LOW = QT_TRANSLATE_NOOP(
    "problems",
    "Young people under {age} are {share} of the members; the guidance asks for about "
    "{target}. {missing} more young members would meet it.",
)
NO_CHAIR = QT_TRANSLATE_NOOP("problems", "The group has no chair: mark one member as chair.")
MANY_CHAIRS = QT_TRANSLATE_NOOP(
    "problems", "The group has {n} chairs: only one member can be the chair."
)
BIRTH_UNKNOWN = QT_TRANSLATE_NOOP(
    "problems",
    "The birth year of {n} members is not known: they are not counted as young.",
)


def _require_setup(actor: Actor) -> None:
    """`require` in the words of what was refused (the right's own label is about the
    evaluation, which would puzzle an editor who tried to add a member)."""
    if not actor.can(SETUP_RIGHT):
        raise PermissionDenied(
            "not allowed: the role {role} may not change the working group and its order",
            role=actor.role,
            right=SETUP_RIGHT,
        )


# -- field checks (each problem names its field) --------------------------------------------

# Every message as one whole sentence per field, so translators see what they translate.
_MESSAGES: dict[tuple[str, str], str] = {
    ("full_name", "empty"): QT_TRANSLATE_NOOP("problems", "Full name: write the member's name"),
    ("text", "empty"): QT_TRANSLATE_NOOP("problems", "Proposal: write what was proposed"),
    ("order_number", "long"): QT_TRANSLATE_NOOP("problems", "Order number: at most {n} characters"),
    ("approving_body", "choice"): QT_TRANSLATE_NOOP(
        "problems", "Approved by: unknown value {value}; use one of {values}"
    ),
    ("approving_body_note", "long"): QT_TRANSLATE_NOOP(
        "problems", "Approving body: at most {n} characters"
    ),
    ("approving_body_note", "empty"): QT_TRANSLATE_NOOP(
        "problems", "Approving body: name the body that approved the group"
    ),
    ("full_name", "long"): QT_TRANSLATE_NOOP("problems", "Full name: at most {n} characters"),
    ("position", "long"): QT_TRANSLATE_NOOP("problems", "Position: at most {n} characters"),
    ("organisation", "long"): QT_TRANSLATE_NOOP("problems", "Organisation: at most {n} characters"),
    ("place", "long"): QT_TRANSLATE_NOOP("problems", "Place: at most {n} characters"),
    ("side", "choice"): QT_TRANSLATE_NOOP(
        "problems", "Side: unknown value {value}; use one of {values}"
    ),
    ("gender", "choice"): QT_TRANSLATE_NOOP(
        "problems", "Gender: unknown value {value}; use one of {values}"
    ),
    ("role", "choice"): QT_TRANSLATE_NOOP(
        "problems", "Role in the group: unknown value {value}; use one of {values}"
    ),
    ("kind", "choice"): QT_TRANSLATE_NOOP(
        "problems", "Kind: unknown value {value}; use one of {values}"
    ),
    ("status", "choice"): QT_TRANSLATE_NOOP(
        "problems", "Status: unknown value {value}; use one of {values}"
    ),
    ("stage", "choice"): QT_TRANSLATE_NOOP(
        "problems", "Stage: unknown value {value}; use one of {values}"
    ),
    ("order_date", "date"): QT_TRANSLATE_NOOP(
        "problems", "Order date: not a date: {value} (write 2024-03-15)"
    ),
    ("held_on", "date"): QT_TRANSLATE_NOOP(
        "problems", "Date: not a date: {value} (write 2024-03-15)"
    ),
    ("check_date", "date"): QT_TRANSLATE_NOOP(
        "problems", "Date of the check: not a date: {value} (write 2024-03-15)"
    ),
    ("birth_year", "int"): QT_TRANSLATE_NOOP("problems", "Birth year: not a whole number: {value}"),
    ("birth_year", "range"): QT_TRANSLATE_NOOP(
        "problems", "Birth year: must lie between {low} and {high}"
    ),
    ("attendance", "int"): QT_TRANSLATE_NOOP("problems", "Attendance: not a whole number: {value}"),
    ("attendance", "range"): QT_TRANSLATE_NOOP(
        "problems", "Attendance: must lie between {low} and {high}"
    ),
    ("women", "int"): QT_TRANSLATE_NOOP(
        "problems", "Women among them: not a whole number: {value}"
    ),
    ("women", "range"): QT_TRANSLATE_NOOP(
        "problems", "Women among them: must lie between {low} and {high}"
    ),
    ("women", "over"): QT_TRANSLATE_NOOP(
        "problems", "Women among them: {women} is more than the attendance ({attendance})"
    ),
    ("citizens", "int"): QT_TRANSLATE_NOOP(
        "problems", "Citizens taking part: not a whole number: {value}"
    ),
    ("citizens", "range"): QT_TRANSLATE_NOOP(
        "problems", "Citizens taking part: must lie between {low} and {high}"
    ),
    ("timeliness", "int"): QT_TRANSLATE_NOOP("problems", "Timeliness: not a whole number: {value}"),
    ("timeliness", "range"): QT_TRANSLATE_NOOP(
        "problems", "Timeliness: give a rating from {low} to {high}"
    ),
    ("quality", "int"): QT_TRANSLATE_NOOP("problems", "Quality: not a whole number: {value}"),
    ("quality", "range"): QT_TRANSLATE_NOOP(
        "problems", "Quality: give a rating from {low} to {high}"
    ),
}


def _problem(field_name: str, what: str, **params: Any) -> Problem:
    return Problem(_MESSAGES[(field_name, what)], {**params, "field": field_name})


def _text(
    value: str | None, field_name: str, *, required: bool = False, limit: int = 0
) -> tuple[str | None, Problem | None]:
    # control characters go (invisible, and refused by the Excel sheets the text goes to)
    text = strip_controls(value or "").strip()
    if required and not text:
        return None, _problem(field_name, "empty")
    if limit and len(text) > limit:
        return None, _problem(field_name, "long", n=limit)
    return text or None, None


def _choice(
    value: str, field_name: str, choices: Sequence[str]
) -> tuple[str | None, Problem | None]:
    if value not in choices:
        return None, _problem(field_name, "choice", value=str(value), values=", ".join(choices))
    return value, None


def _date(value: date | str | None, field_name: str) -> tuple[date | None, Problem | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    try:
        return date.fromisoformat(str(value).strip()), None
    except ValueError:
        return None, _problem(field_name, "date", value=str(value))


def _int(
    value: int | str | None, field_name: str, low: int, high: int
) -> tuple[int | None, Problem | None]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        return None, _problem(field_name, "int", value=str(value))
    try:
        number = value if isinstance(value, int) else int(str(value).strip())
    except ValueError:
        return None, _problem(field_name, "int", value=str(value))
    if not low <= number <= high:
        return None, _problem(field_name, "range", low=low, high=high)
    return number, None


class _Checker:
    """Collects the problems of one form so the user sees all of them at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def take(self, result: tuple[Any, Problem | None]) -> Any:
        value, problem = result
        if problem is not None:
            self.problems.append(problem)
        return value

    def done(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


# -- the working group and its order ---------------------------------------------------------


@dataclass(frozen=True)
class GroupDTO:
    program_id: str
    id: str | None  # None: no group recorded yet
    order_number: str | None
    order_date: date | None
    version: int = 0
    # who approved the group: council | head | other (APPROVING_BODIES), None if not stated;
    # the note names the body for "other" and may add words for the others
    approving_body: str | None = None
    approving_body_note: str | None = None


def _program(s: Session, program_id: uuid.UUID | str) -> Program:
    return get_row(s, Program, program_id, "no programme {program}", program=str(program_id))


def _group(s: Session, program_id: uuid.UUID) -> WorkingGroup | None:
    return s.scalar(select(WorkingGroup).where(WorkingGroup.program_id == program_id))


def _group_dto(program_id: uuid.UUID, g: WorkingGroup | None) -> GroupDTO:
    if g is None:
        return GroupDTO(str(program_id), None, None, None, 0)
    return GroupDTO(
        str(program_id),
        str(g.id),
        g.order_number,
        g.order_date,
        g.version,
        g.approving_body,
        g.approving_body_note,
    )


def get_group(db: Database, program_id: uuid.UUID | str) -> GroupDTO:
    with db.session() as s:
        program = _program(s, program_id)
        return _group_dto(program.id, _group(s, program.id))


def _ensure_group(s: Session, actor: Actor, program: Program) -> WorkingGroup:
    g = _group(s, program.id)
    if g is None:
        g = WorkingGroup(program_id=program.id)
        s.add(g)
        audit.record_created(s, actor.login, g, "working_group", program_id=program.id)
    return g


def set_order(
    db: Database,
    actor: Actor,
    program_id: uuid.UUID | str,
    order_number: str | None,
    order_date: date | str | None,
    expected_version: int | None = None,
    *,
    approving_body: str | None = None,
    approving_body_note: str | None = None,
) -> GroupDTO:
    """Record the document that formed the group: its number, date and the body that
    approved it (`approving_body`: council | head | other, None when not stated; "other"
    needs the body named in `approving_body_note`). Every call states all of them."""
    _require_setup(actor)
    c = _Checker()
    values = {
        "order_number": c.take(_text(order_number, "order_number", limit=100)),
        "order_date": c.take(_date(order_date, "order_date")),
        **_body_values(c, approving_body, approving_body_note),
    }
    c.done()
    with transaction(db, STALE, CONFLICTS) as s:
        program = _program(s, program_id)
        g = _group(s, program.id)
        if g is None:
            check_version(0, expected_version)
            g = WorkingGroup(program_id=program.id, **values)
            s.add(g)
            audit.record_created(s, actor.login, g, "working_group", program_id=program.id)
            return _group_dto(program.id, g)
        check_version(g.version, expected_version)
        update_row(s, actor.login, g, values, "working_group", program.id)
        return _group_dto(program.id, g)


def _body_values(c: _Checker, body: str | None, note: str | None) -> dict[str, Any]:
    """The approving body and its note, checked: an empty body means "not stated"."""
    code = (body or "").strip() or None
    if code is not None:
        code = c.take(_choice(code, "approving_body", APPROVING_BODIES))
    words = c.take(_text(note, "approving_body_note", required=code == "other", limit=MAX_SHORT))
    return {"approving_body": code, "approving_body_note": words}


# -- members ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberInput:
    full_name: str
    position: str | None = None
    organisation: str | None = None
    side: str = "mayors_office"
    gender: str = "f"
    birth_year: int | str | None = None
    role: str = "member"


@dataclass(frozen=True)
class MemberDTO:
    id: str
    full_name: str
    position: str | None
    organisation: str | None
    side: str
    gender: str
    birth_year: int | None
    role: str
    sort_order: int
    version: int


def _member_dto(m: GroupMember) -> MemberDTO:
    return MemberDTO(
        str(m.id),
        m.full_name,
        m.position,
        m.organisation,
        m.side,
        m.gender,
        m.birth_year,
        m.role,
        m.sort_order,
        m.version,
    )


def _check_member(data: MemberInput, this_year: int) -> dict[str, Any]:
    c = _Checker()
    values = {
        "full_name": c.take(_text(data.full_name, "full_name", required=True, limit=200)),
        "position": c.take(_text(data.position, "position", limit=MAX_SHORT)),
        "organisation": c.take(_text(data.organisation, "organisation", limit=MAX_SHORT)),
        "side": c.take(_choice(data.side, "side", MEMBER_SIDES)),
        "gender": c.take(_choice(data.gender, "gender", GENDERS)),
        "birth_year": c.take(_int(data.birth_year, "birth_year", 1900, this_year)),
        "role": c.take(_choice(data.role, "role", MEMBER_ROLES)),
    }
    c.done()
    return values


def list_members(db: Database, program_id: uuid.UUID | str) -> list[MemberDTO]:
    """The members in the order's sequence (chair first, as the order lists them)."""
    with db.session() as s:
        program = _program(s, program_id)
        g = _group(s, program.id)
        if g is None:
            return []
        rows = s.scalars(
            select(GroupMember)
            .where(GroupMember.group_id == g.id)
            .order_by(GroupMember.sort_order, GroupMember.full_name)
        )
        return [_member_dto(m) for m in rows]


def add_member(
    db: Database, actor: Actor, program_id: uuid.UUID | str, data: MemberInput
) -> MemberDTO:
    """Add a member at the end of the list (the group is created when it is the first)."""
    _require_setup(actor)
    values = _check_member(data, date.today().year)
    with transaction(db, STALE, CONFLICTS) as s:
        program = _program(s, program_id)
        g = _ensure_group(s, actor, program)
        s.flush()
        last = s.scalar(
            select(func.max(GroupMember.sort_order)).where(GroupMember.group_id == g.id)
        )
        m = GroupMember(group_id=g.id, sort_order=(last + 1) if last is not None else 0, **values)
        s.add(m)
        audit.record_created(s, actor.login, m, "group_member", program_id=program.id)
        return _member_dto(m)


def _member(s: Session, member_id: uuid.UUID | str) -> tuple[GroupMember, uuid.UUID]:
    m = get_row(s, GroupMember, member_id, "no group member {member}", member=str(member_id))
    g = s.get(WorkingGroup, m.group_id)
    assert g is not None
    return m, g.program_id


def update_member(
    db: Database,
    actor: Actor,
    member_id: uuid.UUID | str,
    data: MemberInput,
    expected_version: int | None = None,
) -> MemberDTO:
    _require_setup(actor)
    values = _check_member(data, date.today().year)
    with transaction(db, STALE, CONFLICTS) as s:
        m, program_id = _member(s, member_id)
        check_version(m.version, expected_version)
        update_row(s, actor.login, m, values, "group_member", program_id)
        return _member_dto(m)


def delete_member(
    db: Database, actor: Actor, member_id: uuid.UUID | str, expected_version: int | None = None
) -> None:
    _require_setup(actor)
    with transaction(db, STALE, CONFLICTS) as s:
        m, program_id = _member(s, member_id)
        check_version(m.version, expected_version)
        audit.record_deleted(s, actor.login, m, "group_member", program_id=program_id)
        s.delete(m)


def move_member(
    db: Database, actor: Actor, member_id: uuid.UUID | str, delta: int
) -> list[MemberDTO]:
    """Move a member up (delta < 0) or down the list; returns the new list.

    The whole list is renumbered 0, 1, 2… in one transaction, one audit event per member
    whose place changed.
    """
    _require_setup(actor)
    with transaction(db, STALE, CONFLICTS) as s:
        m, program_id = _member(s, member_id)
        members = list(
            s.scalars(
                select(GroupMember)
                .where(GroupMember.group_id == m.group_id)
                .order_by(GroupMember.sort_order, GroupMember.full_name)
            )
        )
        for member, pos in move_in_order(members, m, delta, "sort_order").items():
            update_row(s, actor.login, member, {"sort_order": pos}, "group_member", program_id)
        return [_member_dto(x) for x in members]


# -- quotas ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quota:
    """The shares of women and youth against the guidance, and what to say about them."""

    year: int
    members: int
    women: int
    youth: int
    birth_unknown: int
    chairs: int
    women_share: float | None  # None: no members
    youth_share: float | None
    warnings: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def women_ok(self) -> bool:
        return self.women_share is not None and self.women_share >= WOMEN_TARGET - 1e-9

    @property
    def youth_ok(self) -> bool:
        return self.youth_share is not None and self.youth_share >= YOUTH_TARGET - 1e-9


def is_young(birth_year: int | None, year: int) -> bool:
    """Younger than 28 in `year` (the year of birth is all the order records)."""
    return birth_year is not None and year - birth_year < YOUTH_AGE


def _missing(have: int, total: int, target: float) -> int:
    """How many more such members would bring the share to the target (others unchanged)."""
    extra = 0
    while (have + extra) < target * (total + extra) - 1e-9:
        extra += 1
    return extra


def _pct(share: float) -> str:
    return f"{round(share * 100):.0f} %"


def compute_quota(members: Sequence[MemberDTO], year: int | None = None) -> Quota:
    """Women and youth shares over all members; youth = under 28 in `year` (this year by
    default). Members without a birth year count as not young, and a warning says so."""
    year = year or date.today().year
    total = len(members)
    women = sum(m.gender == "f" for m in members)
    youth = sum(is_young(m.birth_year, year) for m in members)
    unknown = sum(m.birth_year is None for m in members)
    chairs = sum(m.role == "chair" for m in members)
    warnings: list[Problem] = []
    if total == 0:
        return Quota(year, 0, 0, 0, 0, 0, None, None, (Problem(NO_MEMBERS),))
    women_share = women / total
    youth_share = youth / total
    if women_share < WOMEN_TARGET - 1e-9:
        warnings.append(
            Problem(
                WOMEN_LOW,
                {
                    "share": _pct(women_share),
                    "target": _pct(WOMEN_TARGET),
                    "missing": _missing(women, total, WOMEN_TARGET),
                },
            )
        )
    if youth_share < YOUTH_TARGET - 1e-9:
        warnings.append(
            Problem(
                YOUTH_LOW,
                {
                    "age": YOUTH_AGE,
                    "share": _pct(youth_share),
                    "target": _pct(YOUTH_TARGET),
                    "missing": _missing(youth, total, YOUTH_TARGET),
                },
            )
        )
    if chairs == 0:
        warnings.append(Problem(NO_CHAIR))
    elif chairs > 1:
        warnings.append(Problem(MANY_CHAIRS, {"n": chairs}))
    if unknown:
        warnings.append(Problem(BIRTH_UNKNOWN, {"n": unknown}))
    return Quota(
        year, total, women, youth, unknown, chairs, women_share, youth_share, tuple(warnings)
    )


def quota(db: Database, program_id: uuid.UUID | str, year: int | None = None) -> Quota:
    return compute_quota(list_members(db, program_id), year)


# -- hearings and meetings -------------------------------------------------------------------


class _Dated:
    """A dated row (hearing, public check) that locks with the approved period its date
    falls in: `locked_period` names that period, None while it is open."""

    locked_period: str | None

    @property
    def locked(self) -> bool:
        return self.locked_period is not None


@dataclass(frozen=True)
class ProposalDTO:
    id: str
    hearing_id: str
    text: str
    answer: str | None
    status: str
    version: int


@dataclass(frozen=True)
class HearingInput:
    held_on: date | str | None = None
    place: str | None = None
    kind: str = "public_hearing"
    attendance: int | str | None = None
    women: int | str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class HearingDTO(_Dated):
    id: str
    program_id: str
    held_on: date | None
    place: str | None
    kind: str
    attendance: int | None
    women: int | None
    notes: str | None
    proposals: tuple[ProposalDTO, ...]
    evidence_count: int
    version: int
    # the approved period the date falls in: the hearing and its proposals are read-only
    locked_period: str | None = None


def _proposal_dto(p: Proposal) -> ProposalDTO:
    return ProposalDTO(str(p.id), str(p.hearing_id), p.text, p.answer, p.status, p.version)


def _evidence_counts(s: Session, owner_type: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not ids:
        return {}
    rows = s.execute(
        select(Evidence.owner_id, func.count(Evidence.id))
        .where(Evidence.owner_type == owner_type, Evidence.owner_id.in_(ids))
        .group_by(Evidence.owner_id)
    )
    return {owner: int(n) for owner, n in rows}


def _hearing_dtos(s: Session, hearings: list[Hearing]) -> list[HearingDTO]:
    ids = [h.id for h in hearings]
    proposals: dict[uuid.UUID, list[ProposalDTO]] = {i: [] for i in ids}
    if ids:
        for p in s.scalars(
            select(Proposal).where(Proposal.hearing_id.in_(ids)).order_by(Proposal.created_at)
        ):
            proposals[p.hearing_id].append(_proposal_dto(p))
    files = _evidence_counts(s, "hearing", ids)
    date_locks: dict[uuid.UUID, locks.DateLocks] = {}
    for h in hearings:
        if h.program_id not in date_locks:
            program = s.get(Program, h.program_id)
            assert program is not None
            date_locks[h.program_id] = locks.DateLocks(s, program)
    return [
        HearingDTO(
            str(h.id),
            str(h.program_id),
            h.held_on,
            h.place,
            h.kind,
            h.attendance,
            h.women,
            h.notes,
            tuple(proposals[h.id]),
            files.get(h.id, 0),
            h.version,
            date_locks[h.program_id].period_of(h.held_on),
        )
        for h in hearings
    ]


def _check_hearing(data: HearingInput) -> dict[str, Any]:
    c = _Checker()
    values = {
        "held_on": c.take(_date(data.held_on, "held_on")),
        "place": c.take(_text(data.place, "place", limit=MAX_SHORT)),
        "kind": c.take(_choice(data.kind, "kind", HEARING_KINDS)),
        "attendance": c.take(_int(data.attendance, "attendance", 0, 1_000_000)),
        "women": c.take(_int(data.women, "women", 0, 1_000_000)),
        "notes": c.take(_text(data.notes, "notes")),
    }
    if (
        values["women"] is not None
        and values["attendance"] is not None
        and values["women"] > values["attendance"]
    ):
        c.problems.append(
            _problem("women", "over", women=values["women"], attendance=values["attendance"])
        )
    c.done()
    return values


def list_hearings(db: Database, program_id: uuid.UUID | str) -> list[HearingDTO]:
    """Hearings and meetings, newest first, each with its proposals."""
    with db.session() as s:
        program = _program(s, program_id)
        rows = list(
            s.scalars(
                select(Hearing)
                .where(Hearing.program_id == program.id)
                .order_by(Hearing.held_on.desc().nulls_last(), Hearing.created_at.desc())
            )
        )
        return _hearing_dtos(s, rows)


def get_hearing(db: Database, hearing_id: uuid.UUID | str) -> HearingDTO:
    with db.session() as s:
        return _hearing_dtos(s, [_hearing(s, hearing_id)])[0]


def _hearing(s: Session, hearing_id: uuid.UUID | str) -> Hearing:
    return get_row(s, Hearing, hearing_id, "no hearing {hearing}", hearing=str(hearing_id))


def add_hearing(
    db: Database, actor: Actor, program_id: uuid.UUID | str, data: HearingInput
) -> HearingDTO:
    require(actor, ENTRY_RIGHT)
    values = _check_hearing(data)
    with transaction(db, STALE, CONFLICTS) as s:
        program = _program(s, program_id)
        locks.ensure_dates_open(s, program, values["held_on"])
        h = Hearing(program_id=program.id, **values)
        s.add(h)
        audit.record_created(s, actor.login, h, "hearing", program_id=program.id)
        return _hearing_dtos(s, [h])[0]


def update_hearing(
    db: Database,
    actor: Actor,
    hearing_id: uuid.UUID | str,
    data: HearingInput,
    expected_version: int | None = None,
) -> HearingDTO:
    require(actor, ENTRY_RIGHT)
    values = _check_hearing(data)
    with transaction(db, STALE, CONFLICTS) as s:
        h = _hearing(s, hearing_id)
        check_version(h.version, expected_version)
        # neither out of an approved period nor into one
        locks.ensure_dates_open(s, _program(s, h.program_id), h.held_on, values["held_on"])
        update_row(s, actor.login, h, values, "hearing", h.program_id)
        return _hearing_dtos(s, [h])[0]


def delete_hearing(
    db: Database, actor: Actor, hearing_id: uuid.UUID | str, expected_version: int | None = None
) -> None:
    """Delete a hearing with its proposals and files (each deletion audited)."""
    require(actor, ENTRY_RIGHT)
    with transaction(db, STALE, CONFLICTS) as s:
        h = _hearing(s, hearing_id)
        check_version(h.version, expected_version)
        locks.ensure_dates_open(s, _program(s, h.program_id), h.held_on)
        for p in s.scalars(select(Proposal).where(Proposal.hearing_id == h.id)):
            audit.record_deleted(s, actor.login, p, "proposal", program_id=h.program_id)
            s.delete(p)
        evidence.delete_owned_in(s, actor, "hearing", h.id)
        audit.record_deleted(s, actor.login, h, "hearing", program_id=h.program_id)
        s.delete(h)


# -- proposals -------------------------------------------------------------------------------


def _check_proposal(text: str, answer: str | None, status: str) -> dict[str, Any]:
    c = _Checker()
    values = {
        "text": c.take(_text(text, "text", required=True)),
        "answer": c.take(_text(answer, "answer")),
        "status": c.take(_choice(status, "status", PROPOSAL_STATUSES)),
    }
    c.done()
    return values


def add_proposal(
    db: Database,
    actor: Actor,
    hearing_id: uuid.UUID | str,
    text: str,
    answer: str | None = None,
    status: str = "received",
) -> ProposalDTO:
    require(actor, ENTRY_RIGHT)
    values = _check_proposal(text, answer, status)
    with transaction(db, STALE, CONFLICTS) as s:
        h = _hearing(s, hearing_id)
        locks.ensure_dates_open(s, _program(s, h.program_id), h.held_on)
        p = Proposal(hearing_id=h.id, **values)
        s.add(p)
        audit.record_created(s, actor.login, p, "proposal", program_id=h.program_id)
        return _proposal_dto(p)


def _proposal(s: Session, proposal_id: uuid.UUID | str) -> tuple[Proposal, uuid.UUID]:
    p = get_row(s, Proposal, proposal_id, "no proposal {proposal}", proposal=str(proposal_id))
    h = s.get(Hearing, p.hearing_id)
    assert h is not None
    # a proposal locks with its hearing
    locks.ensure_dates_open(s, _program(s, h.program_id), h.held_on)
    return p, h.program_id


def update_proposal(
    db: Database,
    actor: Actor,
    proposal_id: uuid.UUID | str,
    text: str,
    answer: str | None,
    status: str,
    expected_version: int | None = None,
) -> ProposalDTO:
    require(actor, ENTRY_RIGHT)
    values = _check_proposal(text, answer, status)
    with transaction(db, STALE, CONFLICTS) as s:
        p, program_id = _proposal(s, proposal_id)
        check_version(p.version, expected_version)
        update_row(s, actor.login, p, values, "proposal", program_id)
        return _proposal_dto(p)


def delete_proposal(
    db: Database, actor: Actor, proposal_id: uuid.UUID | str, expected_version: int | None = None
) -> None:
    require(actor, ENTRY_RIGHT)
    with transaction(db, STALE, CONFLICTS) as s:
        p, program_id = _proposal(s, proposal_id)
        check_version(p.version, expected_version)
        audit.record_deleted(s, actor.login, p, "proposal", program_id=program_id)
        s.delete(p)


# -- public checks of investment measures ----------------------------------------------------


@dataclass(frozen=True)
class CheckInput:
    stage: str = "50"
    check_date: date | str | None = None
    checked_by: str | None = None
    citizens: int | str | None = None
    findings: str | None = None
    timeliness: int | str | None = None
    quality: int | str | None = None


@dataclass(frozen=True)
class CheckDTO(_Dated):
    id: str
    measure_id: str
    stage: str
    check_date: date | None
    checked_by: str | None
    citizens: int | None
    findings: str | None
    timeliness: int | None
    quality: int | None
    evidence_count: int
    version: int
    # the approved period the date falls in: the check and its photos are read-only
    locked_period: str | None = None


@dataclass(frozen=True)
class CheckedMeasureDTO:
    """An investment measure (or one that was checked) with its public checks."""

    id: str
    code: str | None
    title: str
    lead_executor: str | None
    is_investment: bool
    checks: tuple[CheckDTO, ...]

    def stage(self, code: str) -> CheckDTO | None:
        """The latest check at a stage ("50", "100"), None when it was not checked."""
        found = [c for c in self.checks if c.stage == code]
        return found[-1] if found else None


def _check_dto(c: PublicCheck, files: int, date_locks: locks.DateLocks | None = None) -> CheckDTO:
    return CheckDTO(
        str(c.id),
        str(c.measure_id),
        c.stage,
        c.check_date,
        c.checked_by,
        c.citizens,
        c.findings,
        c.timeliness,
        c.quality,
        files,
        c.version,
        date_locks.period_of(c.check_date) if date_locks is not None else None,
    )


def _check_values(data: CheckInput) -> dict[str, Any]:
    c = _Checker()
    values = {
        "stage": c.take(_choice(data.stage, "stage", CHECK_STAGES)),
        "check_date": c.take(_date(data.check_date, "check_date")),
        "checked_by": c.take(_text(data.checked_by, "checked_by")),
        "citizens": c.take(_int(data.citizens, "citizens", 0, 1_000_000)),
        "findings": c.take(_text(data.findings, "findings")),
        "timeliness": c.take(_int(data.timeliness, "timeliness", 1, 5)),
        "quality": c.take(_int(data.quality, "quality", 1, 5)),
    }
    c.done()
    return values


def _sort_key(c: PublicCheck) -> tuple:
    return (c.check_date or date.max, c.created_at)


def list_checked_measures(db: Database, program_id: uuid.UUID | str) -> list[CheckedMeasureDTO]:
    """The programme's investment measures and any other measure with a check, in plan
    order, each with its checks (oldest first)."""
    with db.session() as s:
        program = _program(s, program_id)
        measures = list(
            s.scalars(
                select(PlanItem).where(
                    PlanItem.program_id == program.id, PlanItem.kind == "measure"
                )
            )
        )
        ids = [m.id for m in measures]
        checks: dict[uuid.UUID, list[PublicCheck]] = {i: [] for i in ids}
        if ids:
            for c in s.scalars(select(PublicCheck).where(PublicCheck.measure_id.in_(ids))):
                checks[c.measure_id].append(c)
        all_checks = [c for cs in checks.values() for c in cs]
        files = _evidence_counts(s, "public_check", [c.id for c in all_checks])
        order = _plan_order(s, program.id)
        date_locks = locks.DateLocks(s, program)
        out = []
        for m in sorted(measures, key=lambda m: order.get(m.id, (999999,))):
            if not (m.is_investment or checks[m.id]):
                continue
            out.append(
                CheckedMeasureDTO(
                    str(m.id),
                    m.code,
                    m.title,
                    m.lead_executor,
                    bool(m.is_investment),
                    tuple(
                        _check_dto(c, files.get(c.id, 0), date_locks)
                        for c in sorted(checks[m.id], key=_sort_key)
                    ),
                )
            )
        return out


def _plan_order(s: Session, program_id: uuid.UUID) -> dict[uuid.UUID, tuple[int, ...]]:
    """Each plan item's place in the tree, as the path of positions from the root."""
    rows = s.execute(
        select(PlanItem.id, PlanItem.parent_id, PlanItem.position).where(
            PlanItem.program_id == program_id
        )
    ).all()
    parent = {r.id: r.parent_id for r in rows}
    position = {r.id: r.position or 0 for r in rows}
    out: dict[uuid.UUID, tuple[int, ...]] = {}

    def path(item: uuid.UUID) -> tuple[int, ...]:
        if item in out:
            return out[item]
        up = parent.get(item)
        result = (*(path(up) if up is not None and up in parent else ()), position[item])
        out[item] = result
        return result

    for r in rows:
        path(r.id)
    return out


def _measure(s: Session, measure_id: uuid.UUID | str) -> PlanItem:
    m = get_row(s, PlanItem, measure_id, "no measure {measure}", measure=str(measure_id))
    if m.kind != "measure":
        raise NotFound("no measure {measure}", measure=str(measure_id))
    return m


def _public_check(s: Session, check_id: uuid.UUID | str) -> tuple[PublicCheck, uuid.UUID]:
    c = get_row(s, PublicCheck, check_id, "no public check {check}", check=str(check_id))
    m = s.get(PlanItem, c.measure_id)
    assert m is not None
    return c, m.program_id


def add_check(
    db: Database, actor: Actor, measure_id: uuid.UUID | str, data: CheckInput
) -> CheckDTO:
    require(actor, ENTRY_RIGHT)
    values = _check_values(data)
    with transaction(db, STALE, CONFLICTS) as s:
        m = _measure(s, measure_id)
        locks.ensure_dates_open(s, _program(s, m.program_id), values["check_date"])
        c = PublicCheck(measure_id=m.id, **values)
        s.add(c)
        audit.record_created(s, actor.login, c, "public_check", program_id=m.program_id)
        return _check_dto(c, 0)


def update_check(
    db: Database,
    actor: Actor,
    check_id: uuid.UUID | str,
    data: CheckInput,
    expected_version: int | None = None,
) -> CheckDTO:
    require(actor, ENTRY_RIGHT)
    values = _check_values(data)
    with transaction(db, STALE, CONFLICTS) as s:
        c, program_id = _public_check(s, check_id)
        check_version(c.version, expected_version)
        program = _program(s, program_id)
        # neither out of an approved period nor into one
        locks.ensure_dates_open(s, program, c.check_date, values["check_date"])
        update_row(s, actor.login, c, values, "public_check", program_id)
        files = _evidence_counts(s, "public_check", [c.id]).get(c.id, 0)
        return _check_dto(c, files)


def delete_check(
    db: Database, actor: Actor, check_id: uuid.UUID | str, expected_version: int | None = None
) -> None:
    """Delete a check with its photos (each deletion audited)."""
    require(actor, ENTRY_RIGHT)
    with transaction(db, STALE, CONFLICTS) as s:
        c, program_id = _public_check(s, check_id)
        check_version(c.version, expected_version)
        locks.ensure_dates_open(s, _program(s, program_id), c.check_date)
        evidence.delete_owned_in(s, actor, "public_check", c.id)
        audit.record_deleted(s, actor.login, c, "public_check", program_id=program_id)
        s.delete(c)


def can_set_up(actor: Actor) -> bool:
    """Whether the actor may change the group and its order (the page disables the rest)."""
    return actor.can(SETUP_RIGHT)
