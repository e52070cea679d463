"""Stored status summaries and the change stamps that keep them fresh (issue 22).

A republic-level office holds 484 programmes; computing every programme's status to draw
one table takes seconds. So each programme has a *change stamp* (`program_stamp`, a
counter) and each programme-period whose roll-up was asked for a *summary row*
(`status_summary`: progress, status, counts, the `status --json` text) computed at some
stamp. A summary is fresh while its stamp equals the programme's and its `formula` equals
`meapp.services.dashboard.summary.FORMULA_VERSION`; the roll-up recomputes only the others
(the idea of DHIS2's analytics tables, kept fresh incrementally).

Which writes move a stamp is decided in one place, like the row versions of
`meapp.models.sync`: a `before_flush` listener on every ORM session finds the programmes a
flush touches — ORM rows of the tables the status reads (directly or through their
indicator, measure or progress row) and the audit events every writer adds (those of Core
bulk writes name their programme) — and an `after_flush` listener moves each programme's
stamp once per transaction, in that transaction: a rolled-back write moves nothing, a
committed one is never missed by a reader (a summary computed from the old data keeps the
old stamp). Triggers would also see an edit made with a SQLite tool, but `meapp check`
treats every trigger as something added behind the app's back; such an edit is what
`meapp check` is for, and `summary.invalidate` drops every summary.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    Uuid,
    event,
    exists,
    insert,
    select,
    update,
)
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from meapp.models.base import Base
from meapp.models.monitoring import Actual, Evidence, MeasureProgress, MeasureSpending
from meapp.models.program import (
    Indicator,
    IndicatorTarget,
    MeasureBudget,
    PlanItem,
    Program,
)
from meapp.models.security import AuditEvent

_TX_KEY = "meapp.program_stamps"
_CHUNK = 500


class ProgramStamp(Base):
    """How many transactions have changed what the programme's status is computed from."""

    __tablename__ = "program_stamp"

    program_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("program.id", ondelete="CASCADE"), primary_key=True
    )
    stamp: Mapped[int] = mapped_column(Integer, nullable=False)


class StatusSummary(Base):
    """The roll-up of one programme for one asked period (`period_key`: the code, or ''
    for "the latest with data", whose answer is `period`), computed at `stamp`."""

    __tablename__ = "status_summary"

    program_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("program.id", ondelete="CASCADE"), primary_key=True
    )
    period_key: Mapped[str] = mapped_column(String(16), primary_key=True)
    period: Mapped[str] = mapped_column(String(16), nullable=False)
    stamp: Mapped[int] = mapped_column(Integer, nullable=False)
    formula: Mapped[int] = mapped_column(Integer, nullable=False)
    progress: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    round_state: Mapped[str] = mapped_column(String(20), nullable=False)
    indicators: Mapped[int] = mapped_column(Integer, nullable=False)
    with_data: Mapped[int] = mapped_column(Integer, nullable=False)
    counts: Mapped[str] = mapped_column(Text, nullable=False)  # JSON {status: n}
    measures: Mapped[str] = mapped_column(Text, nullable=False)  # JSON {status: n}
    previous_progress: Mapped[float | None] = mapped_column(Float)
    payload: Mapped[str | None] = mapped_column(Text)  # the `status --json` object


# -- which programmes a flush touches ---------------------------------------------------------

# table → how its rows lead to a programme: the column naming it, or the parent row's
DIRECT = {
    "program": "id",
    "indicator": "program_id",
    "plan_item": "program_id",
    "reporting_round": "program_id",
    "evidence": "program_id",
}
VIA_INDICATOR = {"indicator_target": "indicator_id", "actual": "indicator_id"}
VIA_MEASURE = {"measure_progress": "measure_id", "measure_budget": "measure_id"}
VIA_PROGRESS = {"measure_spending": "progress_id"}
STATUS_TABLES = frozenset({*DIRECT, *VIA_INDICATOR, *VIA_MEASURE, *VIA_PROGRESS})
# table → the column leading to its programme (merged once, not per row of a flush)
_COLUMN = {**DIRECT, **VIA_INDICATOR, **VIA_MEASURE, **VIA_PROGRESS}


def _uuid(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        return None


def _values(obj: Any, column: str) -> Iterable[Any]:
    """The column's current value and, for a changed row, the value it had (a row moved
    to another parent changes both programmes)."""
    yield getattr(obj, column, None)
    state = sa_inspect(obj)
    if (state.persistent or state.deleted) and column in state.attrs:
        yield from state.attrs[column].history.deleted or ()


class _Touched:
    """Programmes, and parent rows still to be resolved to their programme."""

    def __init__(self) -> None:
        self.programs: set[uuid.UUID] = set()
        self.indicators: set[uuid.UUID] = set()
        self.measures: set[uuid.UUID] = set()
        self.progress: set[uuid.UUID] = set()
        # rows of this flush not yet in the database: id → parent
        self.known: dict[str, dict[uuid.UUID, uuid.UUID]] = {
            "indicator": {},
            "plan_item": {},
            "measure_progress": {},
        }
        # rows named only by their id (an audit event of a write): table → ids
        self.rows_by_id: dict[str, set[uuid.UUID]] = {}

    def add(self, table: str, values: dict[str, Any]) -> None:
        """One row of `table` (its column values, `values`) was written."""
        if table in DIRECT:
            self._put(self.programs, values.get(DIRECT[table]))
        elif table in VIA_INDICATOR:
            self._put(self.indicators, values.get("indicator_id"))
        elif table in VIA_MEASURE:
            self._put(self.measures, values.get("measure_id"))
        elif table in VIA_PROGRESS:
            self._put(self.progress, values.get("progress_id"))

    @staticmethod
    def _put(target: set[uuid.UUID], value: Any) -> None:
        key = _uuid(value)
        if key is not None:
            target.add(key)

    def add_object(self, obj: Any) -> None:
        table = obj.__table__.name
        column = _COLUMN[table]
        for value in _values(obj, column):
            self.add(table, {column: value})
        if table == "indicator" and obj.id is not None:
            self.known["indicator"][obj.id] = obj.program_id
        elif table == "plan_item" and obj.id is not None:
            self.known["plan_item"][obj.id] = obj.program_id
        elif isinstance(obj, MeasureProgress) and obj.id is not None:
            self.known["measure_progress"][obj.id] = obj.measure_id

    def add_event(self, ev: AuditEvent) -> None:
        """An audit event: its programme when it names one, else the row it names (or, for
        a deleted row, the parent its last content names)."""
        if ev.program_id:
            self._put(self.programs, ev.program_id)
            return
        if ev.entity not in STATUS_TABLES:
            return
        if ev.entity == "program":
            self._put(self.programs, ev.entity_id)
            return
        content: dict[str, Any] = {}
        for text in (ev.before, ev.after):
            if text:
                try:
                    loaded = json.loads(text)
                except ValueError:
                    continue
                if isinstance(loaded, dict):
                    content.update(loaded)
        self.add(ev.entity, content)
        if ev.entity_id and ev.action != "delete":
            self._by_row(ev.entity, _uuid(ev.entity_id))

    def _by_row(self, table: str, row_id: uuid.UUID | None) -> None:
        """Resolve a row named only by its id later, through its own table."""
        if row_id is None:
            return
        self.rows_by_id.setdefault(table, set()).add(row_id)

    def resolve(self, s: Session) -> set[uuid.UUID]:
        """Every programme touched, parents looked up in the database (in chunks)."""
        for table, ids in self.rows_by_id.items():
            model = _MODELS[table]
            column = _COLUMN[table]
            for chunk in _chunks(ids):
                found = s.execute(
                    select(getattr(model, column)).where(model.id.in_(chunk))
                ).scalars()
                for value in found:
                    self.add(table, {column: value})
        progress_known = self.known["measure_progress"]
        for prid in list(self.progress):
            if prid in progress_known:
                self.measures.add(progress_known[prid])
                self.progress.discard(prid)
        for chunk in _chunks(self.progress):
            q = select(MeasureProgress.measure_id).where(MeasureProgress.id.in_(chunk))
            self.measures.update(s.execute(q).scalars())
        self._parents(s, self.measures, "plan_item", PlanItem)
        self._parents(s, self.indicators, "indicator", Indicator)
        return self.programs

    def _parents(self, s: Session, ids: set[uuid.UUID], table: str, model: Any) -> None:
        known = self.known[table]
        rest = []
        for rid in ids:
            if rid in known:
                self._put(self.programs, known[rid])
            else:
                rest.append(rid)
        for chunk in _chunks(rest):
            q = select(model.program_id).where(model.id.in_(chunk))
            self.programs.update(p for p in s.execute(q).scalars() if p is not None)


_MODELS: dict[str, Any] = {
    "program": Program,
    "indicator": Indicator,
    "plan_item": PlanItem,
    "evidence": Evidence,
    "indicator_target": IndicatorTarget,
    "actual": Actual,
    "measure_progress": MeasureProgress,
    "measure_budget": MeasureBudget,
    "measure_spending": MeasureSpending,
}


def _chunks(ids: Iterable[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    items = list(ids)
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _tx_state(session: Session) -> dict[str, Any]:
    tx = session.get_transaction()
    state = session.info.get(_TX_KEY)
    if state is None or state["tx"] is not tx:
        state = {"tx": tx, "pending": set(), "done": set()}
        session.info[_TX_KEY] = state
    return state


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Note the programmes this flush touches (their rows are still there to look up).

    `session.new`, `.dirty` and `.deleted` build a new set at every access: each is taken
    once, so a flush of 95 000 new rows is one pass, not 95 000 copies of the set."""
    touched = _Touched()
    found = False
    for obj in session.new:
        if isinstance(obj, AuditEvent):
            touched.add_event(obj)
            found = True
        elif getattr(obj, "__tablename__", None) in STATUS_TABLES:
            touched.add_object(obj)
            found = True
    for obj in session.dirty:  # an audit event is only ever added, never edited
        if getattr(obj, "__tablename__", None) in STATUS_TABLES and session.is_modified(
            obj, include_collections=False
        ):
            touched.add_object(obj)
            found = True
    for obj in session.deleted:
        if getattr(obj, "__tablename__", None) in STATUS_TABLES:
            touched.add_object(obj)
            found = True
    if not found:
        return
    with session.no_autoflush:
        programs = touched.resolve(session)
    state = _tx_state(session)
    state["pending"].update(p for p in programs if p not in state["done"])


def _after_flush(session: Session, _context: Any) -> None:
    """Move the stamp of each programme noted, once per transaction, in it."""
    state = session.info.get(_TX_KEY)
    if not state or state["tx"] is not session.get_transaction() or not state["pending"]:
        return
    todo = sorted(state["pending"] - state["done"])
    state["done"].update(todo)
    state["pending"].clear()
    bump(session, todo)


def bump(session: Session, program_ids: Iterable[uuid.UUID]) -> None:
    """Move the stamps of these programmes (a stamp row is made for a programme without)."""
    conn = session.connection()
    for chunk in _chunks(program_ids):
        conn.execute(
            update(ProgramStamp)
            .where(ProgramStamp.program_id.in_(chunk))
            .values(stamp=ProgramStamp.stamp + 1)
        )
        have = select(ProgramStamp.program_id).where(ProgramStamp.program_id == Program.id)
        conn.execute(
            insert(ProgramStamp).from_select(
                ["program_id", "stamp"],
                select(Program.id, 1).where(Program.id.in_(chunk), ~exists(have)),
            )
        )


def install() -> None:
    """Listen on every ORM session (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)


install()
