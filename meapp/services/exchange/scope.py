"""Which rows of a table belong to a programme (and to chosen periods): one rule for the
export, which writes them, and the import, which compares a package with them.

Rows are tied to a programme directly (`program_id`) or through their parent (a budget
through its measure, spending through the measure's progress); the municipality through
the programme. Queries are built as nested `IN (SELECT …)` so each table is read in one
statement, whatever the size of the programme.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import Select, select

from meapp.models import Program
from meapp.models.periods import Period
from meapp.services.exchange import format as fmt


def owner_ids(spec: fmt.TableSpec, program_id: uuid.UUID) -> Select[Any]:
    """SELECT of the ids of `spec`'s rows that belong to the programme."""
    t = spec.table
    return select(t.c.id).where(in_program(spec, program_id))


def in_program(spec: fmt.TableSpec, program_id: uuid.UUID) -> Any:
    t = spec.table
    if spec.name == "municipality":
        return (
            t.c.id
            == select(Program.municipality_id).where(Program.id == program_id).scalar_subquery()
        )
    if spec.program_column is not None:
        return t.c[spec.program_column] == program_id
    assert spec.parent is not None
    column, parent = spec.parent
    return t.c[column].in_(owner_ids(fmt.TABLE_BY_NAME[parent], program_id))


def in_periods(spec: fmt.TableSpec, codes: Collection[str]) -> Any:
    """Condition: the row's period (its own, or its parent's) is one of `codes`."""
    t = spec.table
    if spec.period_column is not None:
        return t.c[spec.period_column].in_(sorted(codes))
    assert spec.period_from_parent and spec.parent is not None
    column, parent = spec.parent
    ps = fmt.TABLE_BY_NAME[parent]
    assert ps.period_column is not None
    return t.c[column].in_(
        select(ps.table.c.id).where(ps.table.c[ps.period_column].in_(sorted(codes)))
    )


def rows_query(
    spec: fmt.TableSpec, program_id: uuid.UUID, codes: Collection[str] | None = None
) -> Select[Any]:
    """Every exchanged column of the programme's rows (of `codes`' periods when given)."""
    t = spec.table
    q = select(*(t.c[c] for c in spec.columns)).where(in_program(spec, program_id))
    if codes is not None:
        q = q.where(in_periods(spec, codes))
    return q.order_by(t.c.id)


def expand(periods: Collection[Period]) -> set[str]:
    """The codes of the chosen periods and of every period inside them."""
    out: set[str] = set()
    for p in periods:
        out.add(str(p))
        if p.is_year:
            out.update(str(x) for x in p.sub_periods("H") + p.sub_periods("Q"))
        elif p.is_half:
            out.update(f"{p.year}-Q{q}" for q in (2 * p.index - 1, 2 * p.index))
    return out


def overlapping(periods: Collection[Period]) -> set[str]:
    """`expand` plus the periods that contain the chosen ones (targets of their year)."""
    out = expand(periods)
    for p in periods:
        out.add(str(p.year))
        if p.is_quarter:
            out.add(f"{p.year}-H{(p.index + 1) // 2}")
    return out
