"""The audit trail: every change as an event in a SHA-256 hash chain.

Each event's hash covers the exact stored text of every column plus the previous event's
hash, so editing, deleting or inserting a row anywhere in history breaks the chain from
that event on. `verify_chain` walks it (used by `meapp check` and in the background after
start, never on the start path).

What the chain does not do: it has no secret, so someone who rewrites an event *and*
recomputes every later hash is not caught, and removing the newest events leaves a shorter
valid chain. It catches the realistic case — a figure edited in the database file with a
SQLite tool — and names the event.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from meapp.models import AuditEvent

if TYPE_CHECKING:
    from meapp.store.engine import Database


def QT_TRANSLATE_NOOP(_ctx: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


GENESIS = "0" * 64
HASH_FORMAT = b"meapp-audit-1"
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
# Columns of domain rows that are bookkeeping or secret, not content worth showing in history.
# (Hashes and keys never go into the trail: it is readable by every user.)
_SKIP = {
    "created_at",
    "updated_at",
    "version",
    "content",
    "password_hash",
    "signing_p12",
    "signing_cert_pem",
    "failed_logins",
    "last_failed_at",
}
_HEAD_KEY = "meapp.audit_head"
_PG_LOCK = 7224301

# Reasons `verify_chain` gives (translated with the context "problems").
MISSING = QT_TRANSLATE_NOOP("problems", "missing event before this one")
LINK_BROKEN = QT_TRANSLATE_NOOP("problems", "link to the previous event broken")
CHANGED = QT_TRANSLATE_NOOP("problems", "content changed after it was written")


def _jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    return value


def dumps(data: Mapping[str, Any] | None) -> str | None:
    """The stored text of a before/after value: sorted JSON, readable Kyrgyz (not \\u escapes)."""
    if data is None:
        return None
    return json.dumps(
        {k: _jsonable(v) for k, v in data.items()}, ensure_ascii=False, sort_keys=True
    )


def snapshot(obj: Any) -> dict[str, Any]:
    """The content columns of an ORM row, for the before/after of an event."""
    mapper = sa_inspect(obj).mapper
    return {
        c.key: _jsonable(getattr(obj, c.key)) for c in mapper.column_attrs if c.key not in _SKIP
    }


def changed(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[dict, dict]:
    """Only the keys whose value differs, so an update event shows what really changed."""
    keys = [k for k in {**before, **after} if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def event_hash(values: Mapping[str, Any]) -> str:
    """SHA-256 over every hashed column's stored text.

    Each value is written with its length (and None distinctly from any text), so text
    cannot be moved from one column to the next without changing the hash.
    """
    h = hashlib.sha256(HASH_FORMAT)
    for col in HASHED_COLUMNS:
        v = values.get(col)
        if v is None:
            h.update(b"N")
        else:
            data = str(v).encode("utf-8")
            h.update(b"S" + len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def _now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def lock_chain(session: Session) -> None:
    """Serialise writers of the chain until the caller's transaction ends.

    On PostgreSQL several people write at once: without the lock two of them would both
    append event N+1. SQLite has one writer at a time anyway.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK})"))


def _head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the newest event, as this transaction sees it.

    Cached per transaction, so recording thousands of events in one import reads the head
    once. The cache is trusted only while the same transaction runs and the event it points
    at is still in the session (a rolled-back savepoint expunges it); otherwise the head is
    read again.
    """
    cached = session.info.get(_HEAD_KEY)
    tx = session.get_transaction()
    if cached is not None:
        c_tx, c_event, seq, digest = cached
        if c_tx is tx and (c_event is None or c_event in session):
            return seq, digest
    lock_chain(session)
    if any(isinstance(o, AuditEvent) for o in session.new):
        session.flush()
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, digest = (row[0], row[1]) if row else (0, GENESIS)
    session.info[_HEAD_KEY] = (tx, None, seq, digest)
    return seq, digest


def forget_head(session: Session) -> None:
    """Drop the cached chain head (kept for callers; the cache also checks itself)."""
    session.info.pop(_HEAD_KEY, None)


def record(
    session: Session,
    *,
    user: str | None,
    action: str,
    entity: str,
    entity_id: Any = None,
    program_id: Any = None,
    period: Any = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
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
        "period": str(period) if period is not None else None,
        "before": dumps(before),
        "after": dumps(after),
        "reason": reason,
        "prev_hash": prev,
    }
    values["hash"] = event_hash(values)
    event = AuditEvent(**values)
    session.add(event)
    session.info[_HEAD_KEY] = (session.get_transaction(), event, values["seq"], values["hash"])
    return event


def record_created(session: Session, user: str | None, obj: Any, entity: str, **kw: Any) -> None:
    """A "create" event with the new row's content (flushed first, for its id and defaults)."""
    session.flush()
    record(
        session,
        user=user,
        action="create",
        entity=entity,
        entity_id=obj.id,
        after=snapshot(obj),
        **kw,
    )


def record_deleted(session: Session, user: str | None, obj: Any, entity: str, **kw: Any) -> None:
    """A "delete" event with the row's last content (call before `session.delete`)."""
    record(
        session,
        user=user,
        action="delete",
        entity=entity,
        entity_id=obj.id,
        before=snapshot(obj),
        **kw,
    )


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    broken_seq: int | None = None
    broken_id: str | None = None
    reason: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "events": self.events,
            "broken_seq": self.broken_seq,
            "broken_id": self.broken_id,
            "reason": self.reason,
        }


def iter_events(session: Session, batch: int = 5000) -> Iterator[Any]:
    """Every event in chain order as plain rows (no ORM objects: the chain can be long)."""
    columns = [getattr(AuditEvent, c) for c in (*HASHED_COLUMNS, "hash")]
    last = 0
    while True:
        rows = session.execute(
            select(*columns).where(AuditEvent.seq > last).order_by(AuditEvent.seq).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def verify_chain(session: Session, events: Iterable[Any] | None = None) -> ChainReport:
    """Walk the chain; report the first event whose hash, link or position is wrong."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for ev in events if events is not None else iter_events(session):
        count += 1
        if ev.seq != expected_seq:
            return ChainReport(False, count, ev.seq, ev.id, MISSING)
        if ev.prev_hash != prev:
            return ChainReport(False, count, ev.seq, ev.id, LINK_BROKEN)
        if event_hash({c: getattr(ev, c) for c in HASHED_COLUMNS}) != ev.hash:
            return ChainReport(False, count, ev.seq, ev.id, CHANGED)
        prev = ev.hash
        expected_seq += 1
    return ChainReport(True, count)


def verify_database(db: Database) -> ChainReport:
    """The chain of a whole database (the GUI runs this in the background after start)."""
    with db.session() as s:
        return verify_chain(s)
