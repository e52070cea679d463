"""The audit trail: every change as an event in a SHA-256 hash chain.

Each event's hash covers the exact stored text of every column plus the previous event's
hash, so editing, deleting or inserting a row anywhere in history breaks the chain from
that event on. `verify_chain` walks it (used by `meapp check` and in the background after
start, never on the start path).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from meapp.models import AuditEvent

GENESIS = "0" * 64
HASHED_COLUMNS = (
    "seq",
    "id",
    "at",
    "user_login",
    "action",
    "entity",
    "entity_id",
    "program_id",
    "period",
    "before",
    "after",
    "reason",
    "prev_hash",
)
# Columns of domain rows that are bookkeeping, not content worth showing in history.
_SKIP = {"created_at", "updated_at", "version", "content", "password_hash", "signing_p12"}
_HEAD_KEY = "meapp.audit_head"


def _jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    return value


def dumps(data: dict[str, Any] | None) -> str | None:
    if data is None:
        return None
    return json.dumps(
        {k: _jsonable(v) for k, v in data.items()}, ensure_ascii=False, sort_keys=True
    )


def snapshot(obj: Any) -> dict[str, Any]:
    """The content columns of an ORM row, for the before/after of an event."""
    mapper = sa_inspect(obj).mapper
    return {
        c.key: _jsonable(getattr(obj, c.key))
        for c in mapper.column_attrs
        if c.key not in _SKIP
    }


def event_hash(values: dict[str, Any]) -> str:
    h = hashlib.sha256()
    for col in HASHED_COLUMNS:
        v = values.get(col)
        h.update(b"\x00" if v is None else str(v).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def _now_text() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _head(session: Session) -> tuple[int, str]:
    cached = session.info.get(_HEAD_KEY)
    if cached is not None:
        return cached
    if session.get_bind().dialect.name == "postgresql":
        # Serialise writers of the chain for the rest of this transaction.
        session.execute(text("SELECT pg_advisory_xact_lock(7224301)"))
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    head = (row[0], row[1]) if row else (0, GENESIS)
    session.info[_HEAD_KEY] = head
    return head


def forget_head(session: Session) -> None:
    """Drop the cached chain head (after a rollback the cached value is wrong)."""
    session.info.pop(_HEAD_KEY, None)


def record(
    session: Session,
    *,
    user: str | None,
    action: str,
    entity: str,
    entity_id: Any = None,
    program_id: Any = None,
    period: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
) -> AuditEvent:
    """Append one event to the chain inside the caller's transaction."""
    seq, prev = _head(session)
    values: dict[str, Any] = {
        "seq": seq + 1,
        "id": str(uuid.uuid4()),
        "at": _now_text(),
        "user_login": user,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id) if entity_id is not None else None,
        "program_id": str(program_id) if program_id is not None else None,
        "period": period,
        "before": dumps(before),
        "after": dumps(after),
        "reason": reason,
        "prev_hash": prev,
    }
    values["hash"] = event_hash(values)
    event = AuditEvent(**values)
    session.add(event)
    session.info[_HEAD_KEY] = (values["seq"], values["hash"])
    return event


def record_created(session: Session, user: str | None, obj: Any, entity: str, **kw: Any) -> None:
    session.flush([obj]) if obj not in session.new else session.flush()
    record(session, user=user, action="create", entity=entity, entity_id=obj.id, after=snapshot(obj), **kw)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    broken_seq: int | None = None
    broken_id: str | None = None
    reason: str | None = None


def iter_events(session: Session, batch: int = 2000) -> Iterator[AuditEvent]:
    last = 0
    while True:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.seq > last).order_by(AuditEvent.seq).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def verify_chain(session: Session, events: Iterable[AuditEvent] | None = None) -> ChainReport:
    """Walk the chain; report the first event whose hash, link or position is wrong."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for ev in events if events is not None else iter_events(session):
        count += 1
        values = {c: getattr(ev, c) for c in HASHED_COLUMNS}
        if ev.seq != expected_seq:
            return ChainReport(False, count, ev.seq, ev.id, "missing event before this one")
        if ev.prev_hash != prev:
            return ChainReport(False, count, ev.seq, ev.id, "link to the previous event broken")
        if event_hash(values) != ev.hash:
            return ChainReport(False, count, ev.seq, ev.id, "content changed after it was written")
        prev = ev.hash
        expected_seq += 1
    return ChainReport(True, count)
