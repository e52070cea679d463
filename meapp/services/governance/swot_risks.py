"""SWOT analysis (four ordered lists) and the risk register of a programme.

Both belong to the programme, not to a reporting period, so an approved round does not
lock them: the chair keeps the risk register current between rounds. Writing them is the
chair's work (the `evaluation.write` right: evaluators and administrators); everybody
reads them. Every change is one transaction with its audit event.

A risk's score is likelihood × impact (1–25). Its level follows the usual 5×5 matrix:
low up to 4, medium up to 12, high from 15 on; the UI shows the level as a word beside
its colour.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meapp.errors import Problem, ValidationError, parse_id
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import Program, Risk, SwotItem, enums
from meapp.services.access.users import Actor, require
from meapp.services.common.writes import (
    get_row,
    move_in_order,
    record_change,
    transaction,
    update_row,
)
from meapp.services.monitoring.entry import STALE, check_version
from meapp.store import audit_chain as audit
from meapp.store.engine import Database

RIGHT = "evaluation.write"
CATEGORIES = enums.SWOT_CATEGORIES
STATUSES = enums.RISK_STATUSES
SCALE = range(1, 6)
MAX_TEXT = 4000
MAX_OWNER = 300
LEVELS = ("low", "medium", "high")


def risk_level(score: int) -> str:
    """`low` (1–4), `medium` (5–12) or `high` (15–25) for a likelihood × impact score."""
    if score <= 4:
        return "low"
    if score <= 12:
        return "medium"
    return "high"


@dataclass(frozen=True)
class SwotItemDTO:
    id: str
    program_id: str
    category: str
    text: str
    position: int
    version: int


@dataclass(frozen=True)
class RiskDTO:
    id: str
    program_id: str
    text: str
    likelihood: int
    impact: int
    mitigation: str
    owner: str
    status: str
    version: int

    @property
    def score(self) -> int:
        return self.likelihood * self.impact

    @property
    def level(self) -> str:
        return risk_level(self.score)


@dataclass(frozen=True)
class RiskInput:
    """What the risk form sends; the service checks every field."""

    text: str
    likelihood: int = 3
    impact: int = 3
    mitigation: str = ""
    owner: str = ""
    status: str = "open"


def _swot_dto(it: SwotItem) -> SwotItemDTO:
    return SwotItemDTO(
        str(it.id), str(it.program_id), it.category, it.text, it.position, it.version
    )


def _risk_dto(r: Risk) -> RiskDTO:
    return RiskDTO(
        str(r.id),
        str(r.program_id),
        r.text,
        r.likelihood,
        r.impact,
        r.mitigation or "",
        r.owner or "",
        r.status,
        r.version,
    )


def _uuid(value: Any, message: str) -> uuid.UUID:
    return parse_id(value, message, id=str(value))


def _program(s: Session, program_id: Any) -> Program:
    return get_row(s, Program, program_id, "no programme {id}", id=str(program_id))


# -- reading --------------------------------------------------------------------------------


def list_swot(db: Database, program_id: Any) -> dict[str, list[SwotItemDTO]]:
    """The four lists in their order (every category present, maybe empty)."""
    pid = _uuid(program_id, "no programme {id}")
    result: dict[str, list[SwotItemDTO]] = {c: [] for c in CATEGORIES}
    with db.session() as s:
        rows = s.scalars(
            select(SwotItem)
            .where(SwotItem.program_id == pid)
            .order_by(SwotItem.category, SwotItem.position, SwotItem.created_at)
        )
        for it in rows:
            result.setdefault(it.category, []).append(_swot_dto(it))
    return result


def list_risks(db: Database, program_id: Any) -> list[RiskDTO]:
    """The register, highest score first (the order a chair reads it in)."""
    pid = _uuid(program_id, "no programme {id}")
    with db.session() as s:
        rows = [_risk_dto(r) for r in s.scalars(select(Risk).where(Risk.program_id == pid))]
    return sorted(rows, key=lambda r: (-r.score, r.text.casefold()))


def heat_matrix(
    risks: list[RiskDTO], *, include_closed: bool = False
) -> dict[tuple[int, int], int]:
    """How many risks sit in each (likelihood, impact) cell; closed risks left out by default."""
    cells = {(li, im): 0 for li in SCALE for im in SCALE}
    for r in risks:
        if include_closed or r.status != "closed":
            cells[(r.likelihood, r.impact)] += 1
    return cells


# -- SWOT -----------------------------------------------------------------------------------


def _swot_text(text: str | None) -> str:
    value = (text or "").strip()
    if not value:
        raise ValidationError(Problem("the text is empty", {"field": "text"}))
    if len(value) > MAX_TEXT:
        raise ValidationError(
            Problem("the text has more than {n} characters", {"field": "text", "n": MAX_TEXT})
        )
    return value


def _swot_item(s: Session, item_id: Any) -> SwotItem:
    return get_row(s, SwotItem, item_id, "no SWOT item {id}", id=str(item_id))


def add_swot_item(
    db: Database, actor: Actor, program_id: Any, category: str, text: str
) -> SwotItemDTO:
    """Append an item at the end of its list."""
    require(actor, RIGHT)
    if category not in CATEGORIES:
        raise ValidationError(
            Problem(
                "unknown SWOT category {category}; use one of {categories}",
                {"field": "category", "category": category, "categories": ", ".join(CATEGORIES)},
            )
        )
    value = _swot_text(text)
    with transaction(db, STALE) as s:
        program = _program(s, program_id)
        last = s.scalar(
            select(func.max(SwotItem.position)).where(
                SwotItem.program_id == program.id, SwotItem.category == category
            )
        )
        item = SwotItem(
            program_id=program.id,
            category=category,
            text=value,
            position=(last + 1) if last is not None else 0,
        )
        s.add(item)
        audit.record_created(s, actor.login, item, "swot_item", program_id=program.id)
        return _swot_dto(item)


def update_swot_item(
    db: Database,
    actor: Actor,
    item_id: Any,
    text: str,
    *,
    expected_version: int | None = None,
) -> SwotItemDTO:
    require(actor, RIGHT)
    value = _swot_text(text)
    with transaction(db, STALE) as s:
        item = _swot_item(s, item_id)
        check_version(item.version, expected_version)
        update_row(s, actor.login, item, {"text": value}, "swot_item", item.program_id)
        return _swot_dto(item)


def delete_swot_item(
    db: Database, actor: Actor, item_id: Any, *, expected_version: int | None = None
) -> None:
    require(actor, RIGHT)
    with transaction(db, STALE) as s:
        item = _swot_item(s, item_id)
        check_version(item.version, expected_version)
        audit.record_deleted(s, actor.login, item, "swot_item", program_id=item.program_id)
        s.delete(item)


def move_swot_item(db: Database, actor: Actor, item_id: Any, step: int) -> list[SwotItemDTO]:
    """Move an item up (step < 0) or down (step > 0) in its list; returns the new list.

    The list is renumbered 0, 1, 2… in the same transaction, so gaps or equal positions
    left by older data never make a move go astray. At the top (or bottom) nothing moves.
    """
    require(actor, RIGHT)
    if step == 0:
        raise ValidationError(Problem("say which way to move the item", {"field": "step"}))
    with transaction(db, STALE) as s:
        item = _swot_item(s, item_id)
        siblings = list(
            s.scalars(
                select(SwotItem)
                .where(
                    SwotItem.program_id == item.program_id,
                    SwotItem.category == item.category,
                )
                .order_by(SwotItem.position, SwotItem.created_at)
            )
        )
        index, before = siblings.index(item), audit.snapshot(item)
        for sib, pos in move_in_order(siblings, item, 1 if step > 0 else -1).items():
            sib.position = pos
        s.flush()
        if siblings.index(item) != index:  # the list renumbered without a move says nothing
            record_change(s, actor.login, item, before, "swot_item", item.program_id, action="move")
        return [_swot_dto(sib) for sib in siblings]


# -- risks ----------------------------------------------------------------------------------


def _scale_value(value: Any, field: str, message: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if isinstance(value, bool) or number != value or number not in SCALE:
        raise ValidationError(Problem(message, {"field": field, "value": value}))
    return number


def _check_risk(data: RiskInput) -> dict[str, Any]:
    """Every problem of the form at once, each naming its field."""
    problems: list[Problem] = []
    text = (data.text or "").strip()
    if not text:
        problems.append(Problem("the risk needs a description", {"field": "text"}))
    elif len(text) > MAX_TEXT:
        problems.append(
            Problem(
                "the risk description has more than {n} characters",
                {"field": "text", "n": MAX_TEXT},
            )
        )
    values: dict[str, Any] = {"text": text}
    for field, message in (
        (
            "likelihood",
            QT_TRANSLATE_NOOP("problems", "the likelihood must be a whole number from 1 to 5"),
        ),
        ("impact", QT_TRANSLATE_NOOP("problems", "the impact must be a whole number from 1 to 5")),
    ):
        try:
            values[field] = _scale_value(getattr(data, field), field, message)
        except ValidationError as exc:
            problems.extend(exc.problems)
    owner = (data.owner or "").strip()
    if len(owner) > MAX_OWNER:
        problems.append(
            Problem("the owner has more than {n} characters", {"field": "owner", "n": MAX_OWNER})
        )
    mitigation = (data.mitigation or "").strip()
    if len(mitigation) > MAX_TEXT:
        problems.append(
            Problem(
                "the mitigation has more than {n} characters",
                {"field": "mitigation", "n": MAX_TEXT},
            )
        )
    if data.status not in STATUSES:
        problems.append(
            Problem(
                "unknown risk status {status}; use one of {statuses}",
                {"field": "status", "status": data.status, "statuses": ", ".join(STATUSES)},
            )
        )
    if problems:
        raise ValidationError(problems)
    values.update(mitigation=mitigation or None, owner=owner or None, status=data.status)
    return values


def _risk(s: Session, risk_id: Any) -> Risk:
    return get_row(s, Risk, risk_id, "no risk {id}", id=str(risk_id))


def add_risk(db: Database, actor: Actor, program_id: Any, data: RiskInput) -> RiskDTO:
    require(actor, RIGHT)
    values = _check_risk(data)
    with transaction(db, STALE) as s:
        program = _program(s, program_id)
        risk = Risk(program_id=program.id, **values)
        s.add(risk)
        audit.record_created(s, actor.login, risk, "risk", program_id=program.id)
        return _risk_dto(risk)


def update_risk(
    db: Database,
    actor: Actor,
    risk_id: Any,
    data: RiskInput,
    *,
    expected_version: int | None = None,
) -> RiskDTO:
    require(actor, RIGHT)
    values = _check_risk(data)
    with transaction(db, STALE) as s:
        risk = _risk(s, risk_id)
        check_version(risk.version, expected_version)
        update_row(s, actor.login, risk, values, "risk", risk.program_id)
        return _risk_dto(risk)


def delete_risk(
    db: Database, actor: Actor, risk_id: Any, *, expected_version: int | None = None
) -> None:
    require(actor, RIGHT)
    with transaction(db, STALE) as s:
        risk = _risk(s, risk_id)
        check_version(risk.version, expected_version)
        audit.record_deleted(s, actor.login, risk, "risk", program_id=risk.program_id)
        s.delete(risk)
