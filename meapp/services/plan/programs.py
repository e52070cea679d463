"""Programmes: create one, list them, find one by id or code, read the plan tree as DTOs.

`create_program_in` is the one way a programme comes into being — the first start, the
plan page and `import-plan` all call it — so every new programme gets the same code, the
same status and the traffic-light thresholds of their one definition (`models.formulas`).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meapp.errors import NotFound, ValidationError
from meapp.models import Indicator, Municipality, PlanItem, Program, enums
from meapp.models.formulas import DEFAULT_AMBER, DEFAULT_GREEN
from meapp.services.access.users import Actor, require
from meapp.services.common.text_norm import clean
from meapp.services.common.writes import reject_unknown
from meapp.store import audit_chain as audit
from meapp.store.engine import Database


@dataclass(frozen=True)
class ProgramFields:
    """What every view of a programme shows: the list, the reports and the edit form."""

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
    threshold_green: float
    threshold_amber: float
    vision: str | None
    strategic_goal: str | None


def program_fields(p: Program, m: Municipality) -> dict[str, Any]:
    """The `ProgramFields` of a programme row and its municipality, as keywords."""
    return {
        "id": str(p.id),
        "code": p.code,
        "title": p.title,
        "municipality": m.name,
        "municipality_kind": m.kind,
        "rayon": m.rayon,
        "oblast": m.oblast,
        "start_year": p.start_year,
        "end_year": p.end_year,
        "status": p.status,
        "frequency": p.frequency,
        "approval_body": p.approval_body,
        "approval_number": p.approval_number,
        "threshold_green": p.threshold_green,
        "threshold_amber": p.threshold_amber,
        "vision": p.vision,
        "strategic_goal": p.strategic_goal,
    }


@dataclass(frozen=True)
class ProgramDTO(ProgramFields):
    """A programme as lists, reports and the command line show it (the date as ISO text)."""

    approval_date: str | None

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
    date_text = p.approval_date.isoformat() if p.approval_date else None
    return ProgramDTO(**program_fields(p, m), approval_date=date_text)


def has_programs(db: Database) -> bool:
    """Whether the database holds any programme (the first start asks)."""
    with db.session() as s:
        return s.scalar(select(Program.id).limit(1)) is not None


# -- creating a programme -------------------------------------------------------------------

SETUP_RIGHT = "program.setup"
PROGRAM_FIELDS = (
    "code",
    "title",
    "start_year",
    "end_year",
    "approval_body",
    "approval_number",
    "approval_date",
    "vision",
    "strategic_goal",
    "frequency",
    "status",
    "threshold_green",
    "threshold_amber",
)
MUNICIPALITY_FIELDS = {
    "municipality": "name",
    "municipality_kind": "kind",
    "rayon": "rayon",
    "oblast": "oblast",
}

# Kyrgyz and Russian Cyrillic in Latin letters the way the municipalities' names are
# written in English ("aiyl okmotu", "Kara-Balta"): codes are typed on the command line.
_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяөүң",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "ts",
            "ch",
            "sh",
            "sh",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "o",
            "u",
            "ng",
        ],
        strict=True,
    )
)
CODE_SLUG_MAX = 24  # the municipality part of a code, before "-2025"


def program_code(municipality: str, start_year: int) -> str:
    """`Кара-Балта шаары`, 2025 → `KARA-BALTA-SHAARY-2025`: the municipality in capital Latin
    letters (at most 24 of them, never ending on a hyphen) and the first year, like the
    demo's `KB-2023` — short enough to type after `--program`."""
    latin = "".join(_TRANSLIT.get(ch, ch) for ch in clean(municipality).casefold())
    slug = re.sub(r"[^a-z0-9]+", "-", latin).strip("-")[:CODE_SLUG_MAX].strip("-") or "program"
    return f"{slug.upper()}-{start_year}"


def validate_program(values: Mapping[str, Any]) -> None:
    """The rules of a programme's own fields (creating it and editing its form)."""
    if "title" in values and not str(values["title"] or "").strip():
        raise ValidationError("the programme needs a title", field="title")
    start, end = values.get("start_year"), values.get("end_year")
    for key, y in (("start_year", start), ("end_year", end)):
        if y is not None and not (isinstance(y, int) and 1990 <= y <= 2100):
            raise ValidationError("not a year: {value}", value=y, field=key)
    if start is not None and end is not None and end < start:
        raise ValidationError(
            "the programme ends before it starts: {start}–{end}",
            start=start,
            end=end,
            field="end_year",
        )
    green, amber = values.get("threshold_green"), values.get("threshold_amber")
    if green is not None and amber is not None and not (0 <= amber <= green <= 1):
        raise ValidationError(
            "thresholds must satisfy 0 ≤ amber ≤ green ≤ 100 %", field="threshold_amber"
        )
    if values.get("frequency") not in (None, *enums.FREQUENCIES):
        raise ValidationError("unknown reporting frequency: {value}", value=values["frequency"])
    if values.get("status") not in (None, *enums.PROGRAM_STATUSES):
        raise ValidationError("unknown programme status: {value}", value=values["status"])
    if values.get("municipality_kind") not in (None, *enums.MUNICIPALITY_KINDS):
        raise ValidationError(
            "unknown kind of municipality: {value}", value=values["municipality_kind"]
        )


def municipality_in(
    s: Session,
    actor: Actor,
    name: str,
    kind: str | None = None,
    *,
    rayon: str | None = None,
    oblast: str | None = None,
    row_id: uuid.UUID | None = None,
) -> Municipality:
    """The municipality of that name (case and old letters aside), created when new; its
    kind is given or read from the name ("айыл өкмөтү" → aiyl okmotu, else a city). A new
    one gets the rayon and oblast given, and `row_id` as its id when given."""
    name = clean(name)
    if not name:
        raise ValidationError("the programme needs a municipality", field="municipality")
    # casefold in Python: SQLite's lower() leaves Cyrillic letters alone
    found = next(
        (m for m in s.scalars(select(Municipality)) if clean(m.name).casefold() == name.casefold()),
        None,
    )
    if found is not None:
        return found
    if kind is None:
        kind = "aiyl_okmotu" if re.search(r"айыл|aiyl|аильн|айыльн", name, re.I) else "city"
    m = Municipality(
        id=row_id or uuid.uuid4(),
        name=name,
        kind=kind,
        rayon=clean(rayon or "") or None,
        oblast=clean(oblast or "") or None,
    )
    s.add(m)
    audit.record_created(s, actor.login, m, "municipality")
    return m


def create_program_in(
    s: Session,
    actor: Actor,
    *,
    title: str,
    municipality: str,
    start_year: int,
    end_year: int,
    municipality_kind: str | None = None,
    code: str | None = None,
    rayon: str | None = None,
    oblast: str | None = None,
    program_id: uuid.UUID | None = None,
    municipality_id: uuid.UUID | None = None,
    **fields: Any,
) -> Program:
    """A new programme (and its municipality when it is new, with its rayon and oblast),
    audited, in the caller's transaction.

    The code is `program_code` (a second programme of the same town and year gets "-2").
    The status is "draft" until the council's decision (number or date) is recorded, then
    "approved" (PRODUCT.md §1: a programme is approved by a council resolution); the
    thresholds are the defaults of `models.formulas` unless given. The new rows get
    `program_id` and `municipality_id` as their ids when given (the oblast demo draws its
    ids from a seed, so two builds hold the same rows).
    """
    require(actor, SETUP_RIGHT)
    reject_unknown(fields, PROGRAM_FIELDS)
    values = {
        "title": title,
        "start_year": start_year,
        "end_year": end_year,
        "municipality_kind": municipality_kind,
        **fields,
    }
    validate_program(values)
    m = municipality_in(
        s,
        actor,
        municipality,
        municipality_kind,
        rayon=rayon,
        oblast=oblast,
        row_id=municipality_id,
    )
    base = clean(code or "") or program_code(m.name, start_year)
    taken = set(s.scalars(select(Program.code).where(Program.code.like(f"{base}%"))))
    code_final, n = base, 2
    while code_final in taken:
        code_final, n = f"{base}-{n}", n + 1
    decided = fields.get("approval_number") or fields.get("approval_date")
    p = Program(
        id=program_id or uuid.uuid4(),
        municipality_id=m.id,
        code=code_final,
        title=clean(title),
        start_year=start_year,
        end_year=end_year,
        frequency="half_year",
        status="approved" if decided else "draft",
        threshold_green=DEFAULT_GREEN,
        threshold_amber=DEFAULT_AMBER,
    )
    for k, v in fields.items():
        setattr(p, k, v)
    p.municipality = m
    s.add(p)
    audit.record_created(s, actor.login, p, "program", program_id=p.id)
    return p


def create_program(db: Database, actor: Actor, **kw: Any) -> ProgramDTO:
    """`create_program_in` in its own transaction (the first start, File → New programme)."""
    with db.session() as s, s.begin():
        p = create_program_in(s, actor, **kw)
        s.flush()
        return _dto(p, p.municipality)


# -- reading ---------------------------------------------------------------------------------


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
