"""Programmes: list them, find one by id or code, read the plan tree as DTOs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from meapp.errors import NotFound, ValidationError
from meapp.models import Indicator, Municipality, PlanItem, Program
from meapp.store.engine import Database


@dataclass(frozen=True)
class ProgramDTO:
    id: str
    code: str
    title: str
    municipality: str
    municipality_kind: str
    rayon: str | None
    oblast: str | None
    start_year: int
    end_year: int
    status: str
    frequency: str
    approval_body: str | None
    approval_number: str | None
    approval_date: str | None
    threshold_green: float
    threshold_amber: float
    vision: str | None
    strategic_goal: str | None

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "code": self.code,
            "title": self.title,
            "municipality": self.municipality,
            "start_year": self.start_year,
            "end_year": self.end_year,
        }


def _dto(p: Program, m: Municipality) -> ProgramDTO:
    return ProgramDTO(
        str(p.id),
        p.code,
        p.title,
        m.name,
        m.kind,
        m.rayon,
        m.oblast,
        p.start_year,
        p.end_year,
        p.status,
        p.frequency,
        p.approval_body,
        p.approval_number,
        p.approval_date.isoformat() if p.approval_date else None,
        p.threshold_green,
        p.threshold_amber,
        p.vision,
        p.strategic_goal,
    )


def list_programs(db: Database) -> list[ProgramDTO]:
    with db.session() as s:
        rows = s.execute(
            select(Program, Municipality)
            .join(Municipality, Program.municipality_id == Municipality.id)
            .order_by(Program.code)
        ).all()
        return [_dto(p, m) for p, m in rows]


def get_program(db: Database, program_id: uuid.UUID | str) -> ProgramDTO:
    with db.session() as s:
        row = s.execute(
            select(Program, Municipality)
            .join(Municipality, Program.municipality_id == Municipality.id)
            .where(Program.id == _as_uuid(program_id))
        ).first()
        if row is None:
            raise NotFound("no programme {program}", program=str(program_id))
        return _dto(*row)


def _as_uuid(value: uuid.UUID | str) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def find_program_in(s: Session, ref: str) -> Program | None:
    as_id = _as_uuid(ref)
    if as_id is not None:
        found = s.get(Program, as_id)
        if found is not None:
            return found
    return s.scalar(select(Program).where(Program.code == ref))


def resolve_program(db: Database, ref: str | None, *, required: bool = True) -> uuid.UUID | None:
    """The programme a command works on: by id or code, or the only one in the database."""
    with db.session() as s:
        if ref:
            found = find_program_in(s, ref)
            if found is None:
                raise NotFound("no programme with id or code {program}", program=ref)
            return found.id
        ids = s.scalars(select(Program.id).order_by(Program.code).limit(2)).all()
        if len(ids) == 1:
            return ids[0]
        if not ids:
            if required:
                raise NotFound(
                    "the database holds no programme yet: run `meapp demo` or `meapp import-plan`"
                )
            return None
        if required:
            raise ValidationError(
                "the database holds several programmes: choose one with --program"
            )
        return None


def resolve_item(db: Database, program_id: uuid.UUID | str, ref: str) -> str:
    """The id (UUID text) of the programme's indicator or plan item named by `ref`: its id,
    or its code as the plan writes it (case, surrounding spaces and a closing dot ignored,
    as `1.2.` and `1.2` are one code in the plan's order). Indicators are looked at first
    (`И-08` names an indicator); a code that two items of one kind share is refused."""
    pid = _as_uuid(program_id)
    text = ref.strip()
    wanted = text.rstrip(".").casefold()
    try:
        as_id: uuid.UUID | None = uuid.UUID(text)
    except ValueError:
        as_id = None
    with db.session() as s:
        for model in (Indicator, PlanItem):
            if as_id is not None:
                found = s.scalar(select(model.id).where(model.program_id == pid, model.id == as_id))
                if found is not None:
                    return str(found)
            hits = [
                item_id
                for item_id, code in s.execute(
                    select(model.id, model.code).where(
                        model.program_id == pid, model.code.is_not(None)
                    )
                )
                if (code or "").strip().rstrip(".").casefold() == wanted
            ]
            if len(hits) > 1:
                raise ValidationError(
                    "the code {item} names {count} items of the programme: give the id",
                    item=ref,
                    count=len(hits),
                )
            if hits:
                return str(hits[0])
    raise NotFound("no indicator or plan item with id or code {item} in the programme", item=ref)


@dataclass(frozen=True)
class TreeNode:
    """A node of the plan tree for display: plan items, with indicators as leaves."""

    id: str
    kind: str  # direction | sector | objective | measure | indicator
    code: str | None
    title: str
    children: tuple[TreeNode, ...] = ()
    unit: str | None = None
    lead_executor: str | None = None
    deadline_text: str | None = None


def plan_tree(db: Database, program_id: uuid.UUID | str) -> list[TreeNode]:
    """The programme tree (directions → … → measures, indicators under their item)."""
    pid = _as_uuid(program_id)
    with db.session() as s:
        items = s.scalars(
            select(PlanItem).where(PlanItem.program_id == pid).order_by(PlanItem.position)
        ).all()
        indicators = s.scalars(
            select(Indicator).where(Indicator.program_id == pid).order_by(Indicator.position)
        ).all()
    by_parent: dict[uuid.UUID | None, list[PlanItem]] = {}
    for it in items:
        by_parent.setdefault(it.parent_id, []).append(it)
    ind_by_item: dict[uuid.UUID | None, list[Indicator]] = {}
    for ind in indicators:
        ind_by_item.setdefault(ind.plan_item_id, []).append(ind)

    def ind_nodes(item_id: uuid.UUID | None) -> list[TreeNode]:
        return [
            TreeNode(str(i.id), "indicator", i.code, i.name, unit=i.unit)
            for i in ind_by_item.get(item_id, [])
        ]

    def build(parent: uuid.UUID | None) -> list[TreeNode]:
        nodes = []
        for it in by_parent.get(parent, []):
            kids = tuple(ind_nodes(it.id) + build(it.id))
            nodes.append(
                TreeNode(
                    str(it.id),
                    it.kind,
                    it.code,
                    it.title,
                    kids,
                    lead_executor=it.lead_executor,
                    deadline_text=it.deadline_text,
                )
            )
        return nodes

    return build(None) + ind_nodes(None)
