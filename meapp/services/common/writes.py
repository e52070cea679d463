"""The steps every audited edit shares, written once.

A use case (add a risk, rename a plan item, move a member) runs in one transaction; a row
that someone else changed meanwhile (SQLAlchemy's version check) is refused as
ConcurrentEdit, never a traceback; a row asked for by an id that names nothing is
NotFound; and a changed row leaves one "update" event that lists only what changed, none
when nothing did. The services call these instead of repeating the steps in every
function, so the rule cannot drift between them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from meapp.errors import ConcurrentEdit, NotFound, ValidationError, parse_id
from meapp.store import audit_chain as audit

Row = TypeVar("Row")


@contextmanager
def transaction(
    db: Any,
    stale: str,
    conflicts: tuple[type[BaseException], ...] = (StaleDataError,),
) -> Iterator[Session]:
    """One transaction for one use case: committed when the block ends, rolled back on any
    error. A conflict (by default a row whose version moved on) becomes ConcurrentEdit
    with the message `stale`; the cached head of the audit chain is dropped with the work."""
    with db.session() as s:
        try:
            with s.begin():
                yield s
        except conflicts as exc:
            audit.forget_head(s)
            raise ConcurrentEdit(stale) from exc
        except BaseException:
            audit.forget_head(s)
            raise


def get_row(s: Session, model: type[Row], row_id: Any, message: str, **params: Any) -> Row:
    """The row of `model` with that id; NotFound(`message`, `params`) when the id is no
    UUID or names no row (the message names what was looked for)."""
    row = s.get(model, parse_id(row_id, message, **params))
    if row is None:
        raise NotFound(message, **params)
    return row


def update_row(
    s: Session,
    user: str | None,
    row: Any,
    values: Mapping[str, Any],
    entity: str,
    program_id: Any,
    **event: Any,
) -> bool:
    """Set `values` on `row` and record what changed (`record_change`). Returns whether
    anything did."""
    before = audit.snapshot(row)
    for key, value in values.items():
        setattr(row, key, value)
    return record_change(s, user, row, before, entity, program_id, **event)


def record_change(
    s: Session,
    user: str | None,
    row: Any,
    before: Mapping[str, Any],
    entity: str,
    program_id: Any,
    *,
    action: str = "update",
    **event: Any,
) -> bool:
    """One event (`action`: update, move…) with the fields of `row` that differ from
    `before`, its `audit.snapshot` taken before the change: their old and new values.
    No event when nothing changed. Returns whether anything did."""
    old, new = audit.changed(before, audit.snapshot(row))
    if not (old or new):
        return False
    s.flush()
    audit.record(
        s,
        user=user,
        action=action,
        entity=entity,
        entity_id=row.id,
        program_id=program_id,
        before=old,
        after=new,
        **event,
    )
    return True


def reject_unknown(fields: Iterable[str], allowed: Iterable[str]) -> None:
    """A form or call that names a field the row does not have is refused, naming them."""
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValidationError("unknown field {field}", field=", ".join(sorted(unknown)))


def move_in_order(rows: list[Row], row: Row, delta: int, key: str = "position") -> dict[Row, int]:
    """The new numbers after moving `row` `delta` places along `rows` (given in their
    order; at the top or bottom it stays), with the whole list numbered 0, 1, 2… in `key`
    so gaps or equal numbers left by older data never make a move go astray.

    `rows` comes back in the new order; the result holds each row whose number changes,
    for the caller to set and audit as its rule says."""
    at = rows.index(row)
    rows.insert(max(0, min(len(rows) - 1, at + delta)), rows.pop(at))
    return {other: pos for pos, other in enumerate(rows) if getattr(other, key) != pos}
