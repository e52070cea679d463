"""The roll-up of every programme from stored summaries, recomputing only the stale ones.

`rollup(db, period)` reads each programme's change stamp and its stored summary for the
asked period (`meapp.models.summary`); a summary is fresh when it was computed at the
programme's current stamp with the current `FORMULA_VERSION`. Only the others are computed
(by the status service, a few programmes per load, so memory stays small however many are
stale) and stored back in a short transaction of their own. With nothing changed the
national roll-up of 484 programmes is one read of 484 small rows.

`FORMULA_VERSION` is part of every summary: change it whenever the rules of
`meapp.services.monitoring.status` or `meapp.models.formulas` change what a summary holds,
and every stored summary is stale at once (it is defined in `stored`, the SQLAlchemy-free
reader `meapp status --json` prints the stored texts with, and imported here).

A database that cannot be written (read-only file, another process holding the write lock)
still gets its roll-up: computed, not stored (`stored=False` on the result).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from meapp.models import Program
from meapp.models.periods import Period, PeriodError
from meapp.models.summary import ProgramStamp, StatusSummary
from meapp.services.dashboard.stored import (  # noqa: F401 - part of this module's API
    FORMULA_VERSION,
    single_text,
    status_text,
    write_programs,
)
from meapp.store.engine import Database

if TYPE_CHECKING:
    from meapp.services.monitoring import status as st

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ProgramSummary:
    """One programme's place in the roll-up, as stored (or just computed)."""

    program_id: str
    program_code: str
    period: str
    progress: float | None
    status: str
    round_state: str
    indicators: int
    with_data: int
    status_counts: dict[str, int]
    measures: dict[str, int]
    previous_progress: float | None

    @property
    def measures_done(self) -> int:
        return int(self.measures.get("done", 0))

    @property
    def measures_total(self) -> int:
        return sum(int(v) for v in self.measures.values())


@dataclass(frozen=True)
class Rollup:
    """Every programme's summary (ordered by code) and how many had to be computed."""

    programs: tuple[ProgramSummary, ...]
    computed: int
    stored: bool


def _status():
    """The status service, imported when a summary has to be computed: reading stored
    summaries (`meapp status --json` of 484 programmes) does without its imports."""
    from meapp.services.monitoring import status

    return status


def _parse(period: Period | str | None) -> Period | None:
    """`status.parse_period_arg` (its error for a bad period), without importing it first."""
    if period is None or isinstance(period, Period):
        return period
    try:
        return Period.parse(str(period).strip())
    except PeriodError:
        return _status().parse_period_arg(period)


def _key(period: Period | None) -> str:
    return "" if period is None else str(period)


def _values(ps: st.ProgramStatus, payload: bool) -> dict:
    """The columns of a summary row for a freshly computed programme status."""
    return {
        "period": ps.period,
        "progress": ps.program_progress,
        "status": ps.program_status,
        "round_state": ps.round_state,
        "indicators": len(ps.indicators),
        "with_data": sum(1 for r in ps.indicators if r.period_value is not None),
        "counts": json.dumps(ps.status_counts, sort_keys=True),
        "measures": json.dumps(ps.measures, sort_keys=True),
        "previous_progress": ps.previous_progress,
        "payload": status_text(_status().status_json(ps)) if payload else None,
    }


def _summary(pid: uuid.UUID, code: str, v: dict) -> ProgramSummary:
    return ProgramSummary(
        program_id=str(pid),
        program_code=code,
        period=v["period"],
        progress=v["progress"],
        status=v["status"],
        round_state=v["round_state"],
        indicators=int(v["indicators"]),
        with_data=int(v["with_data"]),
        status_counts=json.loads(v["counts"]),
        measures=json.loads(v["measures"]),
        previous_progress=v["previous_progress"],
    )


_COLUMNS = (
    StatusSummary.program_id,
    StatusSummary.stamp,
    StatusSummary.formula,
    StatusSummary.period,
    StatusSummary.progress,
    StatusSummary.status,
    StatusSummary.round_state,
    StatusSummary.indicators,
    StatusSummary.with_data,
    StatusSummary.counts,
    StatusSummary.measures,
    StatusSummary.previous_progress,
)


def _read(s: Session, key: str) -> tuple[list[tuple[uuid.UUID, str, int | None]], dict]:
    """The programmes (id, code, stamp) by code, and their stored summaries of `key`, in
    one query (a round trip is most of a roll-up with nothing changed on PostgreSQL)."""
    rows = s.execute(
        select(Program.id, Program.code, ProgramStamp.stamp.label("program_stamp"), *_COLUMNS)
        .outerjoin(ProgramStamp, ProgramStamp.program_id == Program.id)
        .outerjoin(
            StatusSummary,
            (StatusSummary.program_id == Program.id) & (StatusSummary.period_key == key),
        )
        .order_by(Program.code, Program.id)
    ).all()
    programs: list[tuple[uuid.UUID, str, int | None]] = [(r[0], r[1], r[2]) for r in rows]
    stored: dict = {r[0]: r for r in rows if r.program_id is not None}
    return programs, stored


def compute_statuses(
    s: Session, pids: Sequence[uuid.UUID], period: Period | None, *, figures_only: bool = False
) -> Iterable[st.ProgramStatus]:
    """The fresh status of these programmes, a batch per load (bounded memory);
    `figures_only` for the summaries (see `statuses_in`)."""
    if not pids:
        return iter(())
    return _status().statuses_in(s, pids, period, figures_only=figures_only)


def all_statuses(db: Database, period: Period | str | None = None) -> Iterator[st.ProgramStatus]:
    """Every programme's full status, ordered by code, computed a few at a time: what
    `meapp status` prints for all programmes, in memory of a few programmes, not 484."""
    p = _parse(period)
    with db.session() as s:
        pids = list(s.scalars(select(Program.id).order_by(Program.code, Program.id)))
        yield from compute_statuses(s, pids, p)


def rollup(
    db: Database,
    period: Period | str | None = None,
    *,
    progress: Progress | None = None,
    payload: bool = True,
) -> Rollup:
    """Every programme's summary for `period` (None: each at its latest with data).

    `progress(done, total)` follows the computing of stale summaries (the first fill of a
    large database takes a while; the caller runs it in the background). `payload` also
    stores the `status --json` text of each computed programme.
    """
    p = _parse(period)
    key = _key(p)
    with db.session() as s:
        programs, stored = _read(s, key)
        out: dict[uuid.UUID, ProgramSummary] = {}
        stale: list[uuid.UUID] = []
        for pid, code, stamp in programs:
            row = stored.get(pid)
            if (
                row is not None
                and stamp is not None
                and row.stamp == stamp
                and row.formula == FORMULA_VERSION
            ):
                out[pid] = _summary(pid, code, row._mapping)
            else:
                stale.append(pid)
        fresh_rows: dict[uuid.UUID, dict] = {}
        codes = {pid: code for pid, code, _stamp in programs}
        stamps = {pid: stamp for pid, _code, stamp in programs}
        for n, ps in enumerate(compute_statuses(s, stale, p, figures_only=True), start=1):
            pid = uuid.UUID(ps.program_id)
            values = _values(ps, payload)
            out[pid] = _summary(pid, codes[pid], values)
            if stamps[pid] is not None:
                fresh_rows[pid] = values
            if progress is not None:
                progress(n, len(stale))
    saved = _store(db, key, fresh_rows, stamps) if fresh_rows else True
    ordered = tuple(out[pid] for pid, _code, _stamp in programs if pid in out)
    return Rollup(ordered, len(stale), saved)


def _store(
    db: Database, key: str, rows: dict[uuid.UUID, dict], stamps: dict[uuid.UUID, int | None]
) -> bool:
    """Write the computed summaries with the stamps read before computing them (a write in
    between leaves them stale, never wrong); False when the database cannot be written."""
    try:
        with db.session() as s, s.begin():
            ids = list(rows)
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                s.execute(
                    delete(StatusSummary).where(
                        StatusSummary.period_key == key, StatusSummary.program_id.in_(chunk)
                    )
                )
            s.execute(
                StatusSummary.__table__.insert(),  # type: ignore[attr-defined]
                [
                    {
                        "program_id": pid,
                        "period_key": key,
                        "stamp": stamps[pid],
                        "formula": FORMULA_VERSION,
                        **values,
                    }
                    for pid, values in rows.items()
                ],
            )
    except DBAPIError:
        return False
    return True


def payloads(db: Database, period: Period | str | None = None) -> list[str]:
    """The `status --json` object of every programme (ordered by code), as stored JSON text,
    after bringing the stale ones up to date."""
    p = _parse(period)
    result = rollup(db, p)
    key = _key(p)
    with db.session() as s:
        texts = dict(
            s.execute(
                select(StatusSummary.program_id, StatusSummary.payload).where(
                    StatusSummary.period_key == key
                )
            ).all()
        )
    out = []
    for summary in result.programs:
        text = texts.get(uuid.UUID(summary.program_id))
        if text is None or not result.stored:
            st = _status()
            text = status_text(st.status_json(st.program_status(db, summary.program_id, p)))
        out.append(text)
    return out


def invalidate(db: Database) -> int:
    """Drop every stored summary (after a repair or an edit made outside meapp)."""
    with db.session() as s, s.begin():
        result = s.execute(delete(StatusSummary))
        return int(getattr(result, "rowcount", 0) or 0)


def fresh_summary(db: Database, program_id: uuid.UUID | str, period: Period | str | None):
    """One programme's summary computed now, never read from the store (for checks)."""
    ps = _status().program_status(db, program_id, period)
    pid = uuid.UUID(ps.program_id)
    return _summary(pid, ps.program_code, _values(ps, False))
