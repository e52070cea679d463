"""Editing the programme and its plan: the use cases behind the plan page, Qt-free.

Every edit checks the right "program.setup", runs in one transaction, writes an audit
event for every row it touches and returns a DTO that carries what is needed to undo it,
so the GUI can wrap each call in a QUndoCommand whose undo is another call here:

| do                                   | undo                                              |
|--------------------------------------|---------------------------------------------------|
| `update_program(…, changes)` → Change | `update_program(…, change.before, change.version)` |
| `add_plan_item` → PlanItemDTO        | `delete_plan_item(dto.id)`                         |
| `update_plan_item` → Change          | `update_plan_item(id, change.before, change.version)` |
| `move_plan_item` → Move              | `move_plan_item(id, move.old_parent_id, move.old_position)` |
| `copy_plan_item` → PlanItemDTO       | `delete_plan_item(dto.id)`                         |
| `delete_plan_item` → Deleted         | `restore_deleted(deleted)` (same ids, same place)  |
| the same for indicators              |                                                   |
| `set_targets` → TargetsChange        | `set_targets(id, change.before)`                   |
| `set_measure_budget` → BudgetChange  | `set_measure_budget(id, change.before)`            |

Deleting takes everything under the item with it (sub-items, their indicators with
targets and actuals, measure progress, budgets, public checks, evidence); `delete_impact`
counts it for the confirmation. What an approved round locks never changes here, by the
rules every writer follows (`monitoring.locks`): deleting rows recorded or dated in an
approved period or targets of an approved year, setting such a target, or changing how the
periods of an indicator with approved figures combine, its baseline, direction or unit, is
refused (PeriodLocked). A programme is created the one way there is
(`programs.create_program_in`) and planned costs go through `budgets.write_budgets`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meapp.errors import ConcurrentEdit, NotFound, ValidationError, parse_id
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import (
    Actual,
    Evidence,
    Indicator,
    IndicatorTarget,
    MeasureBudget,
    MeasureBudgetYear,
    MeasureProgress,
    MeasureSpending,
    PlanItem,
    Program,
    PublicCheck,
    TargetRevision,
    enums,
)
from meapp.models.periods import Period, PeriodError
from meapp.services.access.users import Actor, require
from meapp.services.common.text_norm import clean, parse_deadline, strip_controls
from meapp.services.common.writes import (
    get_row,
    record_change,
    reject_unknown,
    transaction,
    update_row,
)
from meapp.services.monitoring import locks
from meapp.services.plan import budgets, codes, programs
from meapp.services.plan.programs import MUNICIPALITY_FIELDS, PROGRAM_FIELDS, ProgramFields
from meapp.store import audit_chain as audit

RIGHT = "program.setup"
STALE = QT_TRANSLATE_NOOP("problems", "changed by someone else: reload and try again")
KIND_RANK = {"direction": 0, "sector": 1, "objective": 2, "measure": 3}


def _uuid(value: Any, what: str = "item") -> uuid.UUID:
    return parse_id(value, "no {what} {id}", what=what, id=str(value))


def _check_version(obj: Any, expected: int | None) -> None:
    if expected is not None and obj.version != expected:
        raise ConcurrentEdit(STALE)


def _tx(db) -> AbstractContextManager[Session]:
    """One transaction per use case; a row changed meanwhile becomes ConcurrentEdit."""
    return transaction(db, STALE)


@contextmanager
def _editing(
    db,
    actor: Actor,
    changes: Mapping[str, Any],
    fields: Iterable[str],
    get: Callable[[Session, Any], Any],
    row_id: Any,
    expected_version: int | None,
) -> Iterator[tuple[Session, Any]]:
    """How every edit of one row begins: the right, no unknown field, one transaction,
    the row, and the version the user saw."""
    require(actor, RIGHT)
    reject_unknown(changes, fields)
    with _tx(db) as s:
        row = get(s, row_id)
        _check_version(row, expected_version)
        yield s, row


@dataclass(frozen=True)
class Change:
    """One edited row: the old and new values of the fields that changed."""

    entity: str
    id: str
    before: dict[str, Any]
    after: dict[str, Any]
    version: int


# -- programme ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgramForm(ProgramFields):
    """The programme as its edit form shows it: with its version and the date as a date."""

    version: int
    approval_date: date | None


def _program_form(p: Program) -> ProgramForm:
    return ProgramForm(
        **programs.program_fields(p, p.municipality),
        version=p.version,
        approval_date=p.approval_date,
    )


def _get_program(s: Session, program_id: Any) -> Program:
    return get_row(s, Program, program_id, "no programme {program}", program=str(program_id))


def get_program_form(db, program_id: Any) -> ProgramForm:
    with db.session() as s:
        return _program_form(_get_program(s, program_id))


def create_program(db, actor: Actor, **kw: Any) -> ProgramForm:
    """A new programme through the one way there is (`programs.create_program_in`), as the
    form the plan page shows."""
    with _tx(db) as s:
        p = programs.create_program_in(s, actor, **kw)
        s.flush()
        return _program_form(p)


def update_program(
    db,
    actor: Actor,
    program_id: Any,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
) -> Change:
    """Change fields of the programme form (and of its municipality: name, kind, rayon,
    oblast). Returns the old values for undo."""
    fields = [*PROGRAM_FIELDS, *MUNICIPALITY_FIELDS]
    edit = (changes, fields, _get_program, program_id, expected_version)
    with _editing(db, actor, *edit) as (s, p):
        merged = {k: getattr(p, k) for k in PROGRAM_FIELDS}
        merged.update({k: v for k, v in changes.items() if k in PROGRAM_FIELDS})
        merged.update({k: v for k, v in changes.items() if k in MUNICIPALITY_FIELDS})
        if isinstance(merged.get("approval_date"), str):
            try:
                merged["approval_date"] = date.fromisoformat(merged["approval_date"])
            except ValueError as exc:
                raise ValidationError(
                    "not a date: {value}", value=merged["approval_date"], field="approval_date"
                ) from exc
        programs.validate_program(merged)
        if "municipality" in changes and not clean(changes["municipality"] or ""):
            raise ValidationError("the programme needs a municipality", field="municipality")
        if "code" in changes:
            other = s.scalar(
                select(Program).where(Program.code == changes["code"], Program.id != p.id)
            )
            if other is not None or not str(changes["code"] or "").strip():
                raise ValidationError(
                    "the code {code} is taken", code=changes["code"], field="code"
                )
        m = p.municipality
        mcols = {col: changes[k] for k, col in MUNICIPALITY_FIELDS.items() if k in changes}
        mbefore, mafter = _apply(s, actor, m, mcols, "municipality", p.id)
        before, after = _apply(
            s, actor, p, {k: merged[k] for k in changes if k in PROGRAM_FIELDS}, "program", p.id
        )
        for k, col in MUNICIPALITY_FIELDS.items():
            if col in mafter:
                before[k], after[k] = mbefore[col], mafter[col]
        s.flush()
        return Change("program", str(p.id), before, after, p.version)


def _apply(
    s: Session, actor: Actor, row: Any, values: Mapping[str, Any], entity: str, program_id: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Set the values that differ from the row's and audit them (`update_row`); returns
    their old and new values, what undo sets back."""
    before = {k: getattr(row, k) for k, v in values.items() if getattr(row, k) != v}
    after = {k: values[k] for k in before}
    update_row(s, actor.login, row, after, entity, program_id)
    return before, after


# -- plan items -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanItemDTO:
    id: str
    program_id: str
    parent_id: str | None
    kind: str
    code: str | None
    title: str
    description: str | None
    position: int
    version: int
    deadline_text: str | None
    start_year: int | None
    end_year: int | None
    expected_result: str | None
    lead_executor: str | None
    co_executors: str | None
    by_agreement: bool
    annual_plan_years: str | None
    is_investment: bool
    budgets: tuple[tuple[str, float], ...] = ()


ITEM_FIELDS = (
    "kind",
    "code",
    "title",
    "description",
    "deadline_text",
    "start_year",
    "end_year",
    "expected_result",
    "lead_executor",
    "co_executors",
    "by_agreement",
    "annual_plan_years",
    "is_investment",
)
# The fields written as text (the others are a kind, years or yes/no).
_ITEM_TEXTS = tuple(
    f
    for f in ITEM_FIELDS
    if f not in ("kind", "start_year", "end_year", "by_agreement", "is_investment")
)
_ITEM_TEXT_LIMITS = {
    "code": 50,
    "deadline_text": 300,
    "lead_executor": 300,
    "annual_plan_years": 100,
}


def _item_dto(it: PlanItem, budgets: list[MeasureBudget] | None = None) -> PlanItemDTO:
    return PlanItemDTO(
        str(it.id),
        str(it.program_id),
        str(it.parent_id) if it.parent_id else None,
        it.kind,
        it.code,
        it.title,
        it.description,
        it.position,
        it.version,
        it.deadline_text,
        it.start_year,
        it.end_year,
        it.expected_result,
        it.lead_executor,
        it.co_executors,
        bool(it.by_agreement),
        it.annual_plan_years,
        bool(it.is_investment),
        tuple(sorted((b.source, b.planned) for b in budgets or [])),
    )


def _get_item(s: Session, item_id: Any) -> PlanItem:
    return get_row(s, PlanItem, item_id, "no plan item {id}", id=str(item_id))


def get_plan_item(db, item_id: Any) -> PlanItemDTO:
    with db.session() as s:
        it = _get_item(s, item_id)
        budgets = list(s.scalars(select(MeasureBudget).where(MeasureBudget.measure_id == it.id)))
        return _item_dto(it, budgets)


def _check_parent(
    s: Session,
    program_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    kind: str,
    moving: uuid.UUID | None = None,
) -> PlanItem | None:
    if parent_id is None:
        return None
    parent = _get_item(s, parent_id)
    if parent.program_id != program_id:
        raise ValidationError("the parent belongs to another programme")
    if parent.kind == "measure":
        raise ValidationError("a measure cannot hold other plan items")
    if KIND_RANK[kind] < KIND_RANK[parent.kind]:
        raise ValidationError("a {kind} cannot sit under a {parent}", kind=kind, parent=parent.kind)
    node: PlanItem | None = parent
    while node is not None and moving is not None:
        if node.id == moving:
            raise ValidationError("an item cannot be moved into itself")
        node = s.get(PlanItem, node.parent_id) if node.parent_id else None
    return parent


def _clean_texts(values: Mapping[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    """`values` with the text fields among `keys` as councils write them (`clean`), an
    empty text as None. Control characters go: invisible, and refused by the Excel exports
    (openpyxl's IllegalCharacterError)."""
    out = dict(values)
    for k in keys:
        if k in out and out[k] is not None:
            v = out[k]
            out[k] = clean(strip_controls(v) if isinstance(v, str) else v) or None
    return out


def _check_lengths(values: Mapping[str, Any], limits: Mapping[str, int]) -> None:
    """A text longer than its column holds is refused, naming the field."""
    for k, limit in limits.items():
        if values.get(k) and len(values[k]) > limit:
            raise ValidationError(
                "text too long ({n} characters, at most {max})",
                n=len(values[k]),
                max=limit,
                field=k,
            )


def _clean_item_values(values: dict[str, Any], program: Program | None) -> dict[str, Any]:
    out = _clean_texts(values, _ITEM_TEXTS)
    if "title" in out and not out["title"]:
        raise ValidationError("a plan item needs a title", field="title")
    if "kind" in out and out["kind"] not in enums.PLAN_ITEM_KINDS:
        raise ValidationError("unknown kind of plan item: {value}", value=out["kind"])
    _check_lengths(out, _ITEM_TEXT_LIMITS)
    if "deadline_text" in out and "start_year" not in out and "end_year" not in out:
        years = (program.start_year, program.end_year) if program is not None else None
        d = parse_deadline(out["deadline_text"] or "", years)
        out["start_year"], out["end_year"] = d.start_year, d.end_year
    s_y, e_y = out.get("start_year"), out.get("end_year")
    if s_y is not None and e_y is not None and e_y < s_y:
        raise ValidationError(
            "the deadline ends before it starts: {start}–{end}",
            start=s_y,
            end=e_y,
            field="end_year",
        )
    for k in ("by_agreement", "is_investment"):
        if k in out:
            out[k] = bool(out[k])
    return out


def _siblings(
    s: Session, program_id: uuid.UUID, parent_id: uuid.UUID | None, exclude: uuid.UUID | None = None
) -> list[PlanItem]:
    q = select(PlanItem).where(PlanItem.program_id == program_id)
    q = q.where(
        PlanItem.parent_id.is_(None) if parent_id is None else PlanItem.parent_id == parent_id
    )
    rows = list(s.scalars(q.order_by(PlanItem.position, PlanItem.created_at)))
    return [r for r in rows if r.id != exclude]


def _place(items: list[Any], obj: Any, index: int | None) -> int:
    """Insert `obj` among `items` at `index` (end when None) and renumber positions."""
    index = len(items) if index is None else max(0, min(index, len(items)))
    items.insert(index, obj)
    _renumber(items)
    return index


def _renumber(rows: list[Any]) -> None:
    """Give rows consecutive positions, touching (and versioning) only those that move."""
    for i, row in enumerate(rows):
        if row.position != i:
            row.position = i


def add_plan_item(
    db,
    actor: Actor,
    program_id: Any,
    *,
    kind: str,
    title: str,
    parent_id: Any = None,
    position: int | None = None,
    **fields: Any,
) -> PlanItemDTO:
    require(actor, RIGHT)
    reject_unknown(fields, ITEM_FIELDS)
    with _tx(db) as s:
        program = _get_program(s, program_id)
        values = _clean_item_values({"kind": kind, "title": title, **fields}, program)
        pid = _uuid(parent_id) if parent_id else None
        _check_parent(s, program.id, pid, values["kind"])
        obj = PlanItem(
            id=uuid.uuid4(),
            program_id=program.id,
            parent_id=pid,
            position=0,
            by_agreement=False,
            is_investment=False,
        )
        for k, v in values.items():
            setattr(obj, k, v)
        siblings = _siblings(s, program.id, pid)
        if not obj.code:
            # a line without a code gets the next free one of its level (issue 23)
            parent = s.get(PlanItem, pid) if pid else None
            taken = s.scalars(select(PlanItem.code).where(PlanItem.program_id == program.id))
            obj.code = codes.next_code(
                parent.code if parent else None, [r.code for r in siblings], taken
            )
        s.add(obj)
        _place(siblings, obj, position)
        audit.record_created(s, actor.login, obj, "plan_item", program_id=program.id)
        s.flush()
        return _item_dto(obj)


def update_plan_item(
    db,
    actor: Actor,
    item_id: Any,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
) -> Change:
    """Change fields of a plan item. A new deadline text without years gets its years
    parsed ("Жыл сайын" = the programme's years)."""
    edit = (changes, ITEM_FIELDS, _get_item, item_id, expected_version)
    with _editing(db, actor, *edit) as (s, it):
        program = s.get(Program, it.program_id)
        values = _clean_item_values(dict(changes), program)
        if "kind" in values and values["kind"] != it.kind:
            _check_parent(s, it.program_id, it.parent_id, values["kind"])
            kids = _children(s, it.id)
            if any(KIND_RANK[c.kind] < KIND_RANK[values["kind"]] for c in kids) or (
                values["kind"] == "measure" and kids
            ):
                raise ValidationError(
                    "the items under it do not fit under a {kind}", kind=values["kind"]
                )
        before, after = _apply(s, actor, it, values, "plan_item", it.program_id)
        s.flush()
        return Change("plan_item", str(it.id), before, after, it.version)


def _children(s: Session, item_id: uuid.UUID) -> list[PlanItem]:
    return list(s.scalars(select(PlanItem).where(PlanItem.parent_id == item_id)))


@dataclass(frozen=True)
class Move:
    id: str
    old_parent_id: str | None
    old_position: int
    new_parent_id: str | None
    new_position: int


def move_plan_item(
    db, actor: Actor, item_id: Any, parent_id: Any, position: int | None = None
) -> Move:
    """Move under another parent (None = top level) at an index among its siblings."""
    require(actor, RIGHT)
    with _tx(db) as s:
        it = _get_item(s, item_id)
        new_parent = _uuid(parent_id) if parent_id else None
        _check_parent(s, it.program_id, new_parent, it.kind, moving=it.id)
        old_parent = it.parent_id
        old_siblings = _siblings(s, it.program_id, old_parent)
        old_index = old_siblings.index(it)
        snap = audit.snapshot(it)
        rest = [x for x in old_siblings if x.id != it.id]
        for i, x in enumerate(rest):
            if x.position != i:
                x.position = i
        targets = rest if new_parent == old_parent else _siblings(s, it.program_id, new_parent)
        it.parent_id = new_parent
        index = _place(targets, it, position)
        record_change(s, actor.login, it, snap, "plan_item", it.program_id, action="move")
        s.flush()
        return Move(
            str(it.id),
            str(old_parent) if old_parent else None,
            old_index,
            str(new_parent) if new_parent else None,
            index,
        )


def _subtree(s: Session, root: PlanItem) -> list[PlanItem]:
    """The item and everything under it, parents before children."""
    out = [root]
    i = 0
    while i < len(out):
        out.extend(sorted(_children(s, out[i].id), key=lambda x: x.position))
        i += 1
    return out


def copy_plan_item(
    db, actor: Actor, item_id: Any, parent_id: Any = "same", position: int | None = None
) -> PlanItemDTO:
    """A deep copy (sub-items, indicators with targets, planned budgets; no monitoring
    data), placed right after the original unless a parent and position are given."""
    require(actor, RIGHT)
    with _tx(db) as s:
        root = _get_item(s, item_id)
        if parent_id == "same":
            new_parent = root.parent_id
            if position is None:
                position = _siblings(s, root.program_id, root.parent_id).index(root) + 1
        else:
            new_parent = _uuid(parent_id) if parent_id else None
        _check_parent(s, root.program_id, new_parent, root.kind)
        items = _subtree(s, root)
        mapping: dict[uuid.UUID, uuid.UUID] = {}
        copies: list[PlanItem] = []
        for it in items:
            new = PlanItem(id=uuid.uuid4(), program_id=it.program_id)
            for k in (*ITEM_FIELDS, "position"):
                setattr(new, k, getattr(it, k))
            new.parent_id = new_parent if it is root else mapping[it.parent_id]  # type: ignore[index]
            mapping[it.id] = new.id
            copies.append(new)
        new_root = copies[0]
        siblings = _siblings(s, root.program_id, new_parent)
        for c in copies:
            s.add(c)
            s.flush()  # parents first: the rows are linked by id only
        _place(siblings, new_root, position)
        for c in copies:
            audit.record_created(s, actor.login, c, "plan_item", program_id=c.program_id)
        old_ids = list(mapping)
        for b in s.scalars(select(MeasureBudget).where(MeasureBudget.measure_id.in_(old_ids))):
            nb = MeasureBudget(
                id=uuid.uuid4(),
                measure_id=mapping[b.measure_id],
                source=b.source,
                planned=b.planned,
                note=b.note,
            )
            s.add(nb)
            audit.record_created(s, actor.login, nb, "measure_budget", program_id=root.program_id)
            s.flush()
            years = select(MeasureBudgetYear).where(MeasureBudgetYear.budget_id == b.id)
            for y in list(s.scalars(years)):
                ny = MeasureBudgetYear(
                    id=uuid.uuid4(), budget_id=nb.id, year=y.year, planned=y.planned
                )
                s.add(ny)
                audit.record_created(
                    s, actor.login, ny, "measure_budget_year", program_id=root.program_id
                )
        s.flush()
        inds = list(
            s.scalars(
                select(Indicator)
                .where(Indicator.plan_item_id.in_(old_ids))
                .order_by(Indicator.position)
            )
        )
        next_pos = _next_indicator_position(s, root.program_id)
        for ind in inds:
            _copy_indicator_in(s, actor, ind, mapping[ind.plan_item_id], next_pos)  # type: ignore[index]
            next_pos += 1
        s.flush()
        return _item_dto(new_root)


@dataclass(frozen=True)
class DeleteImpact:
    """What goes with a deleted item, for the confirmation."""

    items: dict[str, int]  # by kind, the item itself included
    indicators: int
    targets: int
    actuals: int
    progress_records: int
    budgets: int
    public_checks: int
    evidence: int


# Order of deletion (children first); restoring goes the other way.
_DELETE_ORDER = (
    "evidence",
    "measure_spending",
    "measure_progress",
    "public_check",
    "measure_budget_year",
    "measure_budget",
    "actual",
    "target_revision",
    "indicator_target",
    "indicator",
    "plan_item",
)
_MODELS: dict[str, Any] = {
    "evidence": Evidence,
    "measure_spending": MeasureSpending,
    "measure_progress": MeasureProgress,
    "public_check": PublicCheck,
    "measure_budget_year": MeasureBudgetYear,
    "measure_budget": MeasureBudget,
    "actual": Actual,
    "target_revision": TargetRevision,
    "indicator_target": IndicatorTarget,
    "indicator": Indicator,
    "plan_item": PlanItem,
}


def _collect(s: Session, items: list[PlanItem], indicators: list[Indicator]) -> dict[str, list]:
    item_ids = [i.id for i in items]
    ind_ids = [i.id for i in indicators]
    rows: dict[str, list] = {k: [] for k in _DELETE_ORDER}
    rows["plan_item"] = list(items)
    rows["indicator"] = list(indicators)
    if ind_ids:
        rows["indicator_target"] = list(
            s.scalars(select(IndicatorTarget).where(IndicatorTarget.indicator_id.in_(ind_ids)))
        )
        rows["actual"] = list(s.scalars(select(Actual).where(Actual.indicator_id.in_(ind_ids))))
        rows["target_revision"] = list(
            s.scalars(select(TargetRevision).where(TargetRevision.indicator_id.in_(ind_ids)))
        )
    if item_ids:
        rows["measure_budget"] = list(
            s.scalars(select(MeasureBudget).where(MeasureBudget.measure_id.in_(item_ids)))
        )
        budget_ids = [b.id for b in rows["measure_budget"]]
        if budget_ids:  # a budget's amounts per year go and come back with it (issue 21)
            rows["measure_budget_year"] = list(
                s.scalars(
                    select(MeasureBudgetYear).where(MeasureBudgetYear.budget_id.in_(budget_ids))
                )
            )
        rows["measure_progress"] = list(
            s.scalars(select(MeasureProgress).where(MeasureProgress.measure_id.in_(item_ids)))
        )
        rows["public_check"] = list(
            s.scalars(select(PublicCheck).where(PublicCheck.measure_id.in_(item_ids)))
        )
    prog_ids = [p.id for p in rows["measure_progress"]]
    if prog_ids:
        rows["measure_spending"] = list(
            s.scalars(select(MeasureSpending).where(MeasureSpending.progress_id.in_(prog_ids)))
        )
    owners = (
        [("actual", a.id) for a in rows["actual"]]
        + [("measure_progress", p.id) for p in rows["measure_progress"]]
        + [("public_check", c.id) for c in rows["public_check"]]
    )
    if owners:
        ids = [o[1] for o in owners]
        rows["evidence"] = [
            e
            for e in s.scalars(select(Evidence).where(Evidence.owner_id.in_(ids)))
            if (e.owner_type, e.owner_id) in set(owners)
        ]
    return rows


def _impact(rows: dict[str, list]) -> DeleteImpact:
    kinds: dict[str, int] = {}
    for it in rows["plan_item"]:
        kinds[it.kind] = kinds.get(it.kind, 0) + 1
    return DeleteImpact(
        kinds,
        len(rows["indicator"]),
        len(rows["indicator_target"]),
        len(rows["actual"]),
        len(rows["measure_progress"]),
        len(rows["measure_budget"]),
        len(rows["public_check"]),
        len(rows["evidence"]),
    )


def _check_unlocked(s: Session, program_id: uuid.UUID, rows: dict[str, list]) -> None:
    """What a delete takes with it must lie outside approved periods (`locks.ensure_deletable`)."""
    locks.ensure_deletable(
        s,
        _get_program(s, program_id),
        periods=[
            r.period
            for kind in ("actual", "measure_progress", "target_revision", "evidence")
            for r in rows[kind]
        ],
        days=[c.check_date for c in rows["public_check"]],
        target_periods=[t.period for t in rows["indicator_target"]],
    )


def delete_impact_of_item(db, item_id: Any) -> DeleteImpact:
    with db.session() as s:
        root = _get_item(s, item_id)
        items = _subtree(s, root)
        inds = list(
            s.scalars(select(Indicator).where(Indicator.plan_item_id.in_([i.id for i in items])))
        )
        return _impact(_collect(s, items, inds))


def delete_impact_of_indicator(db, indicator_id: Any) -> DeleteImpact:
    with db.session() as s:
        return _impact(_collect(s, [], [_get_indicator(s, indicator_id)]))


@dataclass(frozen=True)
class Deleted:
    """Everything a delete removed, column by column, so that undo puts it back as it was."""

    program_id: str
    entity: str  # plan_item | indicator
    id: str
    rows: tuple[tuple[str, dict[str, Any]], ...]
    impact: DeleteImpact


def _raw(obj: Any) -> dict[str, Any]:
    from sqlalchemy import inspect as sa_inspect

    return {c.key: getattr(obj, c.key) for c in sa_inspect(obj).mapper.column_attrs}


def _delete_rows(s: Session, actor: Actor, program_id: uuid.UUID, rows: dict[str, list]) -> list:
    saved: list[tuple[str, dict[str, Any]]] = []
    for name in _DELETE_ORDER:
        group = rows[name]
        if name == "plan_item":
            group = list(reversed(group))  # children before parents
        for obj in group:
            saved.append((name, _raw(obj)))
            audit.record_deleted(s, actor.login, obj, name, program_id=program_id)
            s.delete(obj)
        s.flush()
    return saved


def delete_plan_item(db, actor: Actor, item_id: Any) -> Deleted:
    require(actor, RIGHT)
    with _tx(db) as s:
        root = _get_item(s, item_id)
        items = _subtree(s, root)
        inds = list(
            s.scalars(select(Indicator).where(Indicator.plan_item_id.in_([i.id for i in items])))
        )
        rows = _collect(s, items, inds)
        _check_unlocked(s, root.program_id, rows)
        impact = _impact(rows)
        program_id, parent_id, rid = root.program_id, root.parent_id, root.id
        saved = _delete_rows(s, actor, program_id, rows)
        for i, x in enumerate(_siblings(s, program_id, parent_id)):
            if x.position != i:
                x.position = i
        s.flush()
        return Deleted(str(program_id), "plan_item", str(rid), tuple(saved), impact)


def restore_deleted(db, actor: Actor, deleted: Deleted) -> None:
    """Undo a delete: every row comes back with its id, its place and its values."""
    require(actor, RIGHT)
    with _tx(db) as s:
        program_id = _uuid(deleted.program_id)
        _get_program(s, program_id)
        by_name: dict[str, list[dict[str, Any]]] = {}
        for name, values in deleted.rows:
            by_name.setdefault(name, []).append(values)
        items = list(reversed(by_name.get("plan_item", [])))  # parents first
        if deleted.entity == "plan_item" and items:
            root = items[0]
            parent = root["parent_id"]
            if parent is not None and s.get(PlanItem, parent) is None:
                raise NotFound("no plan item {id}", id=str(parent))
            for x in _siblings(s, program_id, parent):
                if x.position >= root["position"]:
                    x.position += 1
            s.flush()
        for name in reversed(_DELETE_ORDER):
            group = by_name.get(name, [])
            if name == "plan_item":
                group = items
            model = _MODELS[name]
            for values in group:
                obj = model(**values)
                s.add(obj)
                s.flush()
                audit.record(
                    s,
                    user=actor.login,
                    action="restore",
                    entity=name,
                    entity_id=obj.id,
                    program_id=program_id,
                    after=audit.snapshot(obj),
                )


# -- indicators -----------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorDTO:
    id: str
    program_id: str
    plan_item_id: str | None
    code: str | None
    name: str
    unit: str | None
    value_type: str
    direction: str
    aggregation: str
    baseline_value: float | None
    baseline_year: int | None
    final_target: float | None
    data_source: str | None
    method: str | None
    verifying_document: str | None
    responsible: str | None
    methodology_note: str | None
    level: str | None
    issue_text: str | None
    group_text: str | None
    weight: float
    position: int
    version: int
    targets: tuple[tuple[str, float | None, str | None], ...] = ()
    # MSDSP matrix: how often and when it is measured, as written ("жылына бир жолу")
    collection_frequency: str | None = None
    collection_date: str | None = None


INDICATOR_FIELDS = (
    "code",
    "name",
    "unit",
    "value_type",
    "direction",
    "aggregation",
    "baseline_value",
    "baseline_year",
    "final_target",
    "data_source",
    "method",
    "verifying_document",
    "responsible",
    "methodology_note",
    "level",
    "issue_text",
    "group_text",
    "weight",
    "collection_frequency",
    "collection_date",
)
# The fields written as text (the others are codes of a list, numbers or years).
_INDICATOR_NOT_TEXT = ("value_type", "direction", "aggregation", "level", "weight")
_INDICATOR_TEXTS = tuple(
    f
    for f in INDICATOR_FIELDS
    if f not in _INDICATOR_NOT_TEXT and f not in ("baseline_value", "baseline_year", "final_target")
)


def _indicator_dto(ind: Indicator, targets: list[IndicatorTarget] | None = None) -> IndicatorDTO:
    return IndicatorDTO(
        str(ind.id),
        str(ind.program_id),
        str(ind.plan_item_id) if ind.plan_item_id else None,
        ind.code,
        ind.name,
        ind.unit,
        ind.value_type,
        ind.direction,
        ind.aggregation,
        ind.baseline_value,
        ind.baseline_year,
        ind.final_target,
        ind.data_source,
        ind.method,
        ind.verifying_document,
        ind.responsible,
        ind.methodology_note,
        ind.level,
        ind.issue_text,
        ind.group_text,
        ind.weight,
        ind.position,
        ind.version,
        tuple(
            sorted(
                ((t.period, t.value, t.text) for t in targets or []),
                key=lambda x: Period.parse(x[0]).sort_key(),
            )
        ),
        collection_frequency=ind.collection_frequency,
        collection_date=ind.collection_date,
    )


def _get_indicator(s: Session, indicator_id: Any) -> Indicator:
    return get_row(s, Indicator, indicator_id, "no indicator {id}", id=str(indicator_id))


def get_indicator(db, indicator_id: Any) -> IndicatorDTO:
    with db.session() as s:
        ind = _get_indicator(s, indicator_id)
        targets = list(
            s.scalars(select(IndicatorTarget).where(IndicatorTarget.indicator_id == ind.id))
        )
        return _indicator_dto(ind, targets)


def _clean_indicator_values(values: dict[str, Any]) -> dict[str, Any]:
    out = _clean_texts(values, _INDICATOR_TEXTS)
    if "name" in out and not out["name"]:
        raise ValidationError("an indicator needs a name", field="name")
    checks = (
        ("value_type", enums.VALUE_TYPES),
        ("direction", enums.DIRECTIONS),
        ("aggregation", enums.AGGREGATIONS),
    )
    for k, allowed in checks:
        if k in out and out[k] not in allowed:
            raise ValidationError("unknown {field}: {value}", field=k, value=out[k])
    if out.get("level") not in (None, *enums.INDICATOR_LEVELS):
        raise ValidationError("unknown {field}: {value}", field="level", value=out["level"])
    for k in ("baseline_value", "final_target", "weight"):
        if k in out and out[k] is not None:
            try:
                out[k] = float(out[k])
            except (TypeError, ValueError) as exc:
                raise ValidationError("not a number: {value}", value=out[k], field=k) from exc
    if "weight" in out and (out["weight"] is None or out["weight"] < 0):
        raise ValidationError("the weight cannot be negative", field="weight")
    _check_lengths(out, {"code": 50, "unit": 100, "responsible": 300})
    return out


def _next_indicator_position(s: Session, program_id: uuid.UUID) -> int:
    return (
        s.scalar(select(func.max(Indicator.position)).where(Indicator.program_id == program_id))
        or 0
    ) + 1


def _check_item_of(s: Session, program_id: uuid.UUID, plan_item_id: Any) -> uuid.UUID | None:
    if not plan_item_id:
        return None
    item = _get_item(s, plan_item_id)
    if item.program_id != program_id:
        raise ValidationError("the plan item belongs to another programme")
    return item.id


def _indicator_siblings(
    s: Session,
    program_id: uuid.UUID,
    plan_item_id: uuid.UUID | None,
    exclude: uuid.UUID | None = None,
) -> list[Indicator]:
    q = select(Indicator).where(Indicator.program_id == program_id)
    q = q.where(
        Indicator.plan_item_id.is_(None)
        if plan_item_id is None
        else Indicator.plan_item_id == plan_item_id
    )
    return [
        i
        for i in s.scalars(q.order_by(Indicator.position, Indicator.created_at))
        if i.id != exclude
    ]


def _place_indicator(s: Session, ind: Indicator, index: int | None) -> int:
    """Put the indicator at `index` among the indicators of its item; the programme-wide
    position order (which the tree and the reports follow) is renumbered around it."""
    all_rows = [
        i
        for i in s.scalars(
            select(Indicator)
            .where(Indicator.program_id == ind.program_id)
            .order_by(Indicator.position, Indicator.created_at)
        )
        if i.id != ind.id
    ]
    siblings = [i for i in all_rows if i.plan_item_id == ind.plan_item_id]
    index = len(siblings) if index is None else max(0, min(index, len(siblings)))
    if index < len(siblings):
        at = all_rows.index(siblings[index])
    elif siblings:
        at = all_rows.index(siblings[-1]) + 1
    else:
        at = len(all_rows)
    all_rows.insert(at, ind)
    _renumber(all_rows)
    return index


def add_indicator(
    db,
    actor: Actor,
    program_id: Any,
    *,
    name: str,
    plan_item_id: Any = None,
    position: int | None = None,
    **fields: Any,
) -> IndicatorDTO:
    require(actor, RIGHT)
    reject_unknown(fields, INDICATOR_FIELDS)
    with _tx(db) as s:
        program = _get_program(s, program_id)
        values = _clean_indicator_values({"name": name, **fields})
        item_id = _check_item_of(s, program.id, plan_item_id)
        ind = Indicator(
            id=uuid.uuid4(),
            program_id=program.id,
            plan_item_id=item_id,
            value_type="number",
            direction="increase",
            aggregation="latest",
            weight=1.0,
            position=_next_indicator_position(s, program.id),
        )
        for k, v in values.items():
            setattr(ind, k, v)
        s.add(ind)
        s.flush()
        _place_indicator(s, ind, position)
        audit.record_created(s, actor.login, ind, "indicator", program_id=program.id)
        s.flush()
        return _indicator_dto(ind)


def update_indicator(
    db,
    actor: Actor,
    indicator_id: Any,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
) -> Change:
    edit = (changes, INDICATOR_FIELDS, _get_indicator, indicator_id, expected_version)
    with _editing(db, actor, *edit) as (s, ind):
        values = _clean_indicator_values(dict(changes))
        locks.ensure_definition_open(s, ind, [k for k, v in values.items() if getattr(ind, k) != v])
        before, after = _apply(s, actor, ind, values, "indicator", ind.program_id)
        s.flush()
        return Change("indicator", str(ind.id), before, after, ind.version)


def move_indicator(
    db, actor: Actor, indicator_id: Any, plan_item_id: Any, position: int | None = None
) -> Move:
    """Attach to another plan item (None = the programme) at an index among its indicators."""
    require(actor, RIGHT)
    with _tx(db) as s:
        ind = _get_indicator(s, indicator_id)
        new_item = _check_item_of(s, ind.program_id, plan_item_id)
        old_item = ind.plan_item_id
        old_index = [i.id for i in _indicator_siblings(s, ind.program_id, old_item)].index(ind.id)
        snap = audit.snapshot(ind)
        ind.plan_item_id = new_item
        index = _place_indicator(s, ind, position)
        record_change(s, actor.login, ind, snap, "indicator", ind.program_id, action="move")
        s.flush()
        return Move(
            str(ind.id),
            str(old_item) if old_item else None,
            old_index,
            str(new_item) if new_item else None,
            index,
        )


def _copy_indicator_in(
    s: Session, actor: Actor, ind: Indicator, plan_item_id: uuid.UUID | None, position: int
) -> Indicator:
    new = Indicator(
        id=uuid.uuid4(), program_id=ind.program_id, plan_item_id=plan_item_id, position=position
    )
    for k in INDICATOR_FIELDS:
        setattr(new, k, getattr(ind, k))
    s.add(new)
    s.flush()
    audit.record_created(s, actor.login, new, "indicator", program_id=ind.program_id)
    # A copy is a new indicator: it adds no target to a year whose round is approved.
    locked = locks.locked_target_years(s, ind.program_id)
    for t in s.scalars(select(IndicatorTarget).where(IndicatorTarget.indicator_id == ind.id)):
        if locks.judge_target(t.period, None, (t.value, t.text), locked) != locks.WRITE:
            continue
        nt = IndicatorTarget(
            id=uuid.uuid4(), indicator_id=new.id, period=t.period, value=t.value, text=t.text
        )
        s.add(nt)
        audit.record_created(
            s, actor.login, nt, "indicator_target", program_id=ind.program_id, period=t.period
        )
    return new


def copy_indicator(db, actor: Actor, indicator_id: Any, plan_item_id: Any = "same") -> IndicatorDTO:
    """A copy with its targets (no actuals), right after the original."""
    require(actor, RIGHT)
    with _tx(db) as s:
        ind = _get_indicator(s, indicator_id)
        item = (
            ind.plan_item_id
            if plan_item_id == "same"
            else _check_item_of(s, ind.program_id, plan_item_id)
        )
        new = _copy_indicator_in(s, actor, ind, item, ind.position)
        s.flush()
        siblings = [i.id for i in _indicator_siblings(s, ind.program_id, item, exclude=new.id)]
        index = siblings.index(ind.id) + 1 if ind.id in siblings else None
        _place_indicator(s, new, index)
        s.flush()
        targets = list(
            s.scalars(select(IndicatorTarget).where(IndicatorTarget.indicator_id == new.id))
        )
        return _indicator_dto(new, targets)


def delete_indicator(db, actor: Actor, indicator_id: Any) -> Deleted:
    require(actor, RIGHT)
    with _tx(db) as s:
        ind = _get_indicator(s, indicator_id)
        rows = _collect(s, [], [ind])
        _check_unlocked(s, ind.program_id, rows)
        impact = _impact(rows)
        pid, iid = ind.program_id, ind.id
        saved = _delete_rows(s, actor, pid, rows)
        return Deleted(str(pid), "indicator", str(iid), tuple(saved), impact)


# -- targets --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetRow:
    """One year of the targets table: the year's target and its two half-years."""

    year: int
    year_value: float | None
    year_text: str | None
    h1: float | None
    h1_text: str | None
    h2: float | None
    h2_text: str | None
    locked: bool


@dataclass(frozen=True)
class TargetsTable:
    indicator_id: str
    version: int
    baseline_value: float | None
    baseline_year: int | None
    final_target: float | None
    rows: tuple[TargetRow, ...]


def get_targets(db, indicator_id: Any) -> TargetsTable:
    """Targets per year and half-year over the programme's years, for one small table."""
    with db.session() as s:
        ind = _get_indicator(s, indicator_id)
        program = s.get(Program, ind.program_id)
        assert program is not None
        have = {
            t.period: t
            for t in s.scalars(
                select(IndicatorTarget).where(IndicatorTarget.indicator_id == ind.id)
            )
        }
        locked = locks.locked_target_years(s, program.id)
        years = set(range(program.start_year, program.end_year + 1))
        years |= {int(p[:4]) for p in have}
        rows = []
        for y in sorted(years):
            t, h1, h2 = have.get(str(y)), have.get(f"{y}-H1"), have.get(f"{y}-H2")
            rows.append(
                TargetRow(
                    y,
                    t.value if t else None,
                    t.text if t else None,
                    h1.value if h1 else None,
                    h1.text if h1 else None,
                    h2.value if h2 else None,
                    h2.text if h2 else None,
                    y in locked,
                )
            )
        return TargetsTable(
            str(ind.id),
            ind.version,
            ind.baseline_value,
            ind.baseline_year,
            ind.final_target,
            tuple(rows),
        )


TargetValue = float | None | tuple[float | None, str | None]


@dataclass(frozen=True)
class TargetsChange:
    """Old and new targets by period; `None` means no target row."""

    indicator_id: str
    before: dict[str, tuple[float | None, str | None] | None]
    after: dict[str, tuple[float | None, str | None] | None]


def set_targets(
    db, actor: Actor, indicator_id: Any, values: Mapping[str, TargetValue]
) -> TargetsChange:
    """Set, change or remove (None) the targets of some periods (`2024`, `2024-H1`).

    A value may be a number or (number, text as written). Years with an approved round
    are refused (PeriodLocked, `locks.ensure_target_open`): targets are revised through a
    target revision instead.
    """
    require(actor, RIGHT)
    with _tx(db) as s:
        ind = _get_indicator(s, indicator_id)
        program = s.get(Program, ind.program_id)
        assert program is not None
        locked = locks.locked_target_years(s, program.id)
        have = {
            t.period: t
            for t in s.scalars(
                select(IndicatorTarget).where(IndicatorTarget.indicator_id == ind.id)
            )
        }
        before: dict[str, tuple[float | None, str | None] | None] = {}
        after: dict[str, tuple[float | None, str | None] | None] = {}
        for period_text, raw in values.items():
            try:
                period = Period.parse(period_text)
            except PeriodError as exc:
                raise ValidationError("not a period: {value}", value=period_text) from exc
            if period.is_quarter:
                raise ValidationError(
                    "targets are set per year or half-year: {value}", value=period_text
                )
            code = str(period)
            new: tuple[float | None, str | None] | None
            if raw is None:
                new = None
            elif isinstance(raw, tuple):
                new = (None if raw[0] is None else float(raw[0]), raw[1])
            else:
                try:
                    new = (float(raw), None)
                except (TypeError, ValueError) as exc:
                    raise ValidationError(
                        "not a number: {value}", value=raw, field="targets"
                    ) from exc
            old_row = have.get(code)
            old = (old_row.value, old_row.text) if old_row is not None else None
            if not locks.ensure_target_open(code, old, new, locked):
                continue
            if new is not None and not (
                program.start_year - 1 <= period.year <= program.end_year + 5
            ):
                raise ValidationError(
                    "the year {year} is outside the programme", year=period.year, field="targets"
                )
            before[code], after[code] = old, new
            if new is None and old_row is not None:
                audit.record_deleted(
                    s, actor.login, old_row, "indicator_target", program_id=program.id, period=code
                )
                s.delete(old_row)
            elif old_row is None and new is not None:
                t = IndicatorTarget(
                    id=uuid.uuid4(), indicator_id=ind.id, period=code, value=new[0], text=new[1]
                )
                s.add(t)
                audit.record_created(
                    s, actor.login, t, "indicator_target", program_id=program.id, period=code
                )
            elif old_row is not None and new is not None:
                cells = {"value": new[0], "text": new[1]}
                update_row(
                    s, actor.login, old_row, cells, "indicator_target", program.id, period=code
                )
        s.flush()
        return TargetsChange(str(ind.id), before, after)


# -- planned budgets ------------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetChange:
    measure_id: str
    # a number, or the amounts per year (`budgets.YearSplit`, issue 21); None: no budget
    before: dict[str, float | budgets.YearSplit | None]
    after: dict[str, float | budgets.YearSplit | None]


def set_measure_budget(
    db, actor: Actor, measure_id: Any, amounts: Mapping[str, budgets.BudgetValue]
) -> BudgetChange:
    """Planned cost per funding source, in som; None removes a source (`budgets.write_budgets`,
    the writer `import-plan` uses too)."""
    require(actor, RIGHT)
    with _tx(db) as s:
        it = _get_item(s, measure_id)
        if it.kind != "measure":
            raise ValidationError("only measures have a planned cost")
        before, after = budgets.write_budgets(s, actor, it.id, it.program_id, amounts)
        s.flush()
        return BudgetChange(str(it.id), before, after)
