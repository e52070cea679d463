"""Row versions with their origin, so exchange packages move forward only (issue 18).

Every database has an *origin*: a random id made once (`sync_origin`, one row, written by
migration 0005 or on first use). A row of a domain table may have a *version vector* in
`row_version`: for each origin that changed the row, how many times it did, as sorted JSON
(`{"<origin id>": 3, "<other origin>": 1}`). A local change adds one to this database's
count; an import takes the package row's vector (or, when the user settled a conflict, the
merge of both). Two vectors tell whether one side's row is newer (its vector dominates the
other), older, the same, or changed on both sides since their common version (neither
dominates): a conflict. Versions from two origins never compare by accident, as plain
counters of two databases would.

Which writes bump a row's version is decided in one place, a `before_flush` listener on
every ORM session (installed when this module is imported, i.e. with `meapp.models`), not
in each writer: a flush bumps the rows it writes through the ORM and the rows named by the
audit events it adds (every writer records an event per row it changes, those that write
through Core statements too), each row once per transaction. The exchange import marks the
rows it writes (`mark_imported`) and sets their vectors itself. A restore copies a file
and bumps nothing; rows written before this table existed (or in bulk, with one event per
table) have no vector until they next change, and the exchange judges them as before.

What this does not catch: a database file copied to another office shares its origin with
the original, and a restored older backup counts again from its older counts, so both
should start a new origin (`new_origin`); an edit made in the file with a SQLite tool
bumps nothing (`meapp check` is the tool for that).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, String, Text, Uuid, delete, event, insert, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from meapp.models.base import Base, Entity, utcnow
from meapp.models.security import AuditEvent

Vector = dict[str, int]

# A revision count never gets near this; larger numbers in a package are forged.
MAX_REVISION = 2**53
# Tables whose rows carry no version: the users (never exchanged) and the audit's own.
_UNVERSIONED = frozenset({"app_user", "user"})
_TX_KEY = "meapp.row_versions"
_OFF_KEY = "meapp.row_versions.off"
_CHUNK = 500

EQUAL = "equal"
NEWER = "newer"  # the first vector dominates the second
OLDER = "older"
CONCURRENT = "concurrent"  # both changed since their common version


class SyncOrigin(Base):
    """This database's origin id (one row)."""

    __tablename__ = "sync_origin"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)


class RowVersion(Base):
    """The version vector of one row of a domain table (`entity` is its table)."""

    __tablename__ = "row_version"

    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    vector: Mapped[str] = mapped_column(Text)


# -- vectors --------------------------------------------------------------------------------


def dumps(vector: Mapping[str, int]) -> str:
    return json.dumps(dict(sorted(vector.items())), separators=(",", ":"))


def loads(text: str | None) -> Vector:
    """A stored vector; a damaged one reads as empty (the row is then judged as before)."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(k): v
        for k, v in data.items()
        if isinstance(v, int) and not isinstance(v, bool) and 0 < v <= MAX_REVISION
    }


def compare(a: Mapping[str, int], b: Mapping[str, int]) -> str:
    """EQUAL, NEWER (a dominates b), OLDER (b dominates a) or CONCURRENT."""
    a_more = any(n > b.get(o, 0) for o, n in a.items())
    b_more = any(n > a.get(o, 0) for o, n in b.items())
    if a_more and b_more:
        return CONCURRENT
    if a_more:
        return NEWER
    if b_more:
        return OLDER
    return EQUAL


def merge(a: Mapping[str, int], b: Mapping[str, int]) -> Vector:
    """The smallest vector that dominates both (what a settled conflict has seen)."""
    out = dict(a)
    for origin, n in b.items():
        out[origin] = max(out.get(origin, 0), n)
    return out


# -- storage --------------------------------------------------------------------------------


def peek_origin(session: Session) -> uuid.UUID | None:
    return session.scalar(select(SyncOrigin.id).order_by(SyncOrigin.created_at).limit(1))


def origin_id(session: Session) -> uuid.UUID:
    """This database's origin, made on first use when the migration did not."""
    found = peek_origin(session)
    if found is not None:
        return found
    new = uuid.uuid4()
    session.execute(insert(SyncOrigin).values(id=new, created_at=utcnow()))
    return new


def new_origin(session: Session) -> uuid.UUID:
    """Start a new origin (after a restore or for a copied database): later changes here
    can then never look like changes another copy already sent."""
    session.execute(delete(SyncOrigin))
    new = uuid.uuid4()
    session.execute(insert(SyncOrigin).values(id=new, created_at=utcnow()))
    _tx_state(session).pop("origin", None)
    return new


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def vectors(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Vector]:
    """The stored vectors of these rows (rows without one are left out)."""
    out: dict[uuid.UUID, Vector] = {}
    for chunk in _chunks(list(ids)):
        for row_id, text in session.execute(
            select(RowVersion.row_id, RowVersion.vector).where(RowVersion.row_id.in_(chunk))
        ):
            out[row_id] = loads(text)
    return out


def store(session: Session, entity: str, new: Mapping[uuid.UUID, Mapping[str, int]]) -> None:
    """Write the vectors of these rows of `entity` (an empty vector removes the row's)."""
    if not new:
        return
    have = set(vectors(session, new))
    empty = [i for i, v in new.items() if not v]
    for chunk in _chunks([i for i in empty if i in have]):
        session.execute(delete(RowVersion).where(RowVersion.row_id.in_(chunk)))
    inserts = [
        {"row_id": i, "entity": entity, "vector": dumps(v)}
        for i, v in new.items()
        if v and i not in have
    ]
    if inserts:
        session.execute(insert(RowVersion), inserts)
    updates = [
        {"row_id": i, "entity": entity, "vector": dumps(v)}
        for i, v in new.items()
        if v and i in have
    ]
    if updates:  # an ORM bulk UPDATE by primary key: one statement, many rows
        session.execute(update(RowVersion), updates)


def forget(session: Session, ids: Iterable[uuid.UUID]) -> None:
    for chunk in _chunks(list(ids)):
        session.execute(delete(RowVersion).where(RowVersion.row_id.in_(chunk)))


# -- the hook -------------------------------------------------------------------------------


def _tx_state(session: Session) -> dict[str, Any]:
    """What this transaction already did: rows bumped, rows the import writes, the origin."""
    tx = session.get_transaction()
    state = session.info.get(_TX_KEY)
    if state is None or state.get("tx") is not tx:
        state = {"tx": tx, "done": set(), "origin": None}
        session.info[_TX_KEY] = state
    return state


def mark_imported(session: Session, ids: Iterable[uuid.UUID]) -> None:
    """These rows are written by an import that sets their versions itself: no bump."""
    _tx_state(session)["done"].update(ids)


def _as_uuid(value: Any) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        return None


_TABLES: dict[str, str] = {}


def _versioned_tables() -> dict[str, str]:
    """Entity name in the audit trail -> table name, for the tables whose rows get versions
    (read from the mappers once: every model is imported with `meapp.models`)."""
    if _TABLES:
        return _TABLES
    out: dict[str, str] = {}
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Entity):
            name = mapper.local_table.name  # type: ignore[attr-defined]
            if name not in _UNVERSIONED:
                out[name] = name
    _TABLES.update(out)
    return out


def _touched(session: Session) -> tuple[dict[uuid.UUID, str], set[uuid.UUID]]:
    """Rows this flush changes (id -> table) and rows it deletes."""
    tables = _versioned_tables()
    changed: dict[uuid.UUID, str] = {}
    gone: set[uuid.UUID] = set()
    for obj in session.new:
        if isinstance(obj, AuditEvent):
            rid = _as_uuid(obj.entity_id) if obj.entity_id else None
            if rid is None or obj.entity not in tables:
                continue
            if obj.action == "delete":
                gone.add(rid)
            else:
                changed.setdefault(rid, tables[obj.entity])
        elif isinstance(obj, Entity) and obj.__table__.name in tables:  # type: ignore[attr-defined]
            if obj.id is None:
                obj.id = uuid.uuid4()
            changed.setdefault(obj.id, obj.__table__.name)  # type: ignore[attr-defined]
    for obj in session.dirty:
        if (
            isinstance(obj, Entity)
            and obj.__table__.name in tables  # type: ignore[attr-defined]
            and session.is_modified(obj, include_collections=False)
        ):
            changed.setdefault(obj.id, obj.__table__.name)  # type: ignore[attr-defined]
    for obj in session.deleted:
        if isinstance(obj, Entity) and obj.id is not None:
            gone.add(obj.id)
    return changed, gone


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Bump the version of every row this flush changes (once per transaction)."""
    if session.info.get(_OFF_KEY):
        return
    changed, gone = _touched(session)
    if not changed and not gone:
        return
    state = _tx_state(session)
    done: set[uuid.UUID] = state["done"]
    todo = {i: t for i, t in changed.items() if i not in done and i not in gone}
    gone_now = [i for i in gone if i not in done]
    done.update(todo)
    done.update(gone_now)
    if gone_now:
        forget(session, gone_now)
    if not todo:
        return
    if state["origin"] is None:
        state["origin"] = str(origin_id(session))
    origin = state["origin"]
    have = vectors(session, todo)
    by_table: dict[str, dict[uuid.UUID, Vector]] = {}
    for rid, table in todo.items():
        vector = dict(have.get(rid, {}))
        vector[origin] = vector.get(origin, 0) + 1
        by_table.setdefault(table, {})[rid] = vector
    for table, new in by_table.items():
        store(session, table, new)


def install() -> None:
    """Listen on every ORM session (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)


install()
