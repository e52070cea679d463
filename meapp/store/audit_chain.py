"""The audit trail: every change as an event in a SHA-256 hash chain.

Each event's hash covers the exact stored text of every column plus the previous event's
hash, so editing, deleting or inserting a row anywhere in history breaks the chain from
that event on. `verify_chain` walks it (used by `meapp check` and in the background after
start, never on the start path).

What the chain does not do: it has no secret, so someone who rewrites an event *and*
recomputes every later hash is not caught, and removing the newest events leaves a shorter
valid chain. It catches the realistic case — a figure edited in the database file with a
SQLite tool — and names the event. Two things close most of the rest:

* the chain's *anchor*, `chain_anchor(db) -> (count, head_hash)`, kept where an SQL edit of
  `audit_event` does not reach (a backup, a package, a signed report, a sheet of paper):
  `verify_anchor` says whether the chain still holds that head, so deleting events (or all
  of them) shows. Someone who rewrites the chain *and* every copy of its anchor is not
  caught offline;
* `meapp check` compares the stored rows with the chain (`meapp.store.check`): the events
  carry the rows' content, so a row edited, added or deleted in the file shows too. A
  `bulk_create` event (the oblast demo writes one per programme and table instead of one
  event per row) gets the digest of every row it stands for in `audit_bulk_row`, and the
  event itself holds the digest of that list (`rows_sha256`).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, String, Table, insert, select, text, type_coerce
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.types import NullType

from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import AuditEvent, Base, Entity

if TYPE_CHECKING:
    from meapp.store.engine import Database


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
# The audit's own tables and columns: never content of the history (nor labelled in words).
_SKIP |= {"bulk_seq", "row_id", "row_digest"}
# In the snapshots, but not compared by `meapp check` (see `content_columns`).
_UNCHECKED = frozenset({"position"})
_HEAD_KEY = "meapp.audit_head"
_PG_LOCK = 7224301
BULK_CREATE = "bulk_create"
# The entity name of a table in the trail, where it is not the table's name.
_ENTITY_OF_TABLE = {"app_user": "user"}

# Reasons `verify_chain` gives (translated with the context "problems").
MISSING = QT_TRANSLATE_NOOP("problems", "missing event before this one")
LINK_BROKEN = QT_TRANSLATE_NOOP("problems", "link to the previous event broken")
CHANGED = QT_TRANSLATE_NOOP("problems", "content changed after it was written")


class BulkRow(Base):
    """One row a `bulk_create` event stands for: its id and the digest of its content.

    The event's `after` holds `rows_sha256`, the digest of its whole list (`ledger_digest`),
    so the list is as tamper-evident as the chain.
    """

    __tablename__ = "audit_bulk_row"

    bulk_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    row_digest: Mapped[str] = mapped_column(String(64))


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


# -- the rows behind the events -------------------------------------------------------------


def audited_tables() -> dict[str, Table]:
    """Every table of the domain by its entity name in the trail ("user" for app_user)."""
    out: dict[str, Table] = {}
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Entity):
            table = mapper.local_table
            assert isinstance(table, Table)
            out[_ENTITY_OF_TABLE.get(table.name, table.name)] = table
    return dict(sorted(out.items()))


def content_columns(table: Table) -> list[str]:
    """The columns `meapp check` compares with the history, sorted by name: those a snapshot
    holds (no bookkeeping, no secrets) except `position`, which the plan editor renumbers
    among the siblings of an item it adds, moves or deletes without an event for each."""
    return sorted(c.name for c in table.columns if c.name not in _SKIP and c.name not in _UNCHECKED)


def _encode_default(value: Any) -> Any:
    out = _jsonable(value)
    if out is value:
        raise TypeError(f"not storable as JSON: {type(value).__name__}")
    return out


# JSON of a list without building an encoder per call (the check digests every bulk row);
# the same text as json.dumps(values, ensure_ascii=False, separators=(",", ":")).
if c_make_encoder is not None:
    _encode_list = c_make_encoder(
        None, _encode_default, encode_basestring, None, ":", ",", False, False, True
    )

    def _json_list(values: Sequence[Any]) -> str:
        return "".join(_encode_list(values, 0))

else:  # pragma: no cover - Python without the C accelerator

    def _json_list(values: Sequence[Any]) -> str:
        return json.dumps(
            list(values), ensure_ascii=False, separators=(",", ":"), default=_encode_default
        )


def row_digest(values: Sequence[Any]) -> str:
    """The digest of a row's content: the values of its content columns (`content_columns`
    order) as the database driver returns them (`raw_select`), so reading them back costs no
    conversion. A row's digest is compared only with digests taken in the same database."""
    return hashlib.sha256(_json_list(values).encode("utf-8")).hexdigest()[:32]


def raw_select(table: Table) -> Any:
    """SELECT of a table's content columns (`content_columns` order) returning the driver's
    values untouched (no type conversion)."""
    return select(*(type_coerce(table.c[c], NullType()) for c in content_columns(table)))


def id_text(value: Any) -> str:
    """A row id as the events write it (36 characters with dashes), from the stored value:
    the 32 hex digits SQLite keeps, or the driver's UUID."""
    if isinstance(value, str) and len(value) == 32:
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(value)


def ledger_digest(rows: Iterable[tuple[str, str]]) -> str:
    """The digest of a bulk event's list of (row id, row digest)."""
    h = hashlib.sha256(b"meapp-bulk-1")
    for row_id, digest in sorted(rows):
        h.update(f"{row_id} {digest}\n".encode("ascii"))
    return h.hexdigest()


def program_column(table: Table) -> Any:
    """(The column holding the programme id, the joins that reach it) for a table's rows, or
    None when its rows belong to no programme. Follows the owner's foreign key (an actual's
    indicator, a spending's progress row…) up to a table with `program_id`."""
    if table.name == "program":
        return table.c.id, []
    if "program_id" in table.c:
        return table.c.program_id, []
    owners = [
        fk
        for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name)
        if not fk.parent.nullable and fk.column.table is not table
    ]
    if len(owners) != 1:
        return None
    fk = owners[0]
    parent = fk.column.table
    assert isinstance(parent, Table)
    up = program_column(parent)
    if up is None:
        return None
    column, joins = up
    return column, [(parent, fk.parent == fk.column), *joins]


def program_rows(table: Table, program_id: Any) -> Any:
    """SELECT of the content columns (`content_columns` order) of a table's rows that belong
    to one programme, or None for a table whose rows belong to no programme."""
    found = program_column(table)
    if found is None:
        return None
    column, joins = found
    source: Any = table
    for parent, on in joins:
        source = source.join(parent, on)
    return raw_select(table).select_from(source).where(column == program_id)


def _record_ledger(session: Session, seq: int, entity: str, program_id: Any) -> dict[str, Any]:
    """Write the digest of every row of `entity` in the programme under the bulk event `seq`."""
    table = audited_tables().get(entity)
    if table is None or program_id is None:
        return {}
    pid = program_id if isinstance(program_id, uuid.UUID) else uuid.UUID(str(program_id))
    stmt = program_rows(table, pid)
    if stmt is None:
        return {}
    cols = content_columns(table)
    key = cols.index("id")
    session.flush()
    rows = [(id_text(r[key]), row_digest(tuple(r))) for r in session.execute(stmt)]
    if rows:
        session.execute(
            insert(BulkRow),
            [{"bulk_seq": seq, "row_id": i, "row_digest": d} for i, d in rows],
        )
    return {"rows_sha256": ledger_digest(rows)}


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
    """Append one event to the chain inside the caller's transaction.

    A `bulk_create` event (rows inserted in bulk, one event for a programme's rows of one
    table) also lists the digest of each of those rows (`audit_bulk_row`) and holds the
    digest of that list, so `meapp check` can compare them one by one.
    """
    seq, prev = _head(session)
    if action == BULK_CREATE and entity_id is None:
        after = {**(after or {}), **_record_ledger(session, seq + 1, entity, program_id)}
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


# -- the anchor -----------------------------------------------------------------------------


def head_of(session: Session) -> tuple[int, str]:
    """(count, head hash) of the chain as stored: the newest event's seq and hash."""
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def chain_anchor(db: Database) -> tuple[int, str]:
    """The chain's anchor, `(count, head_hash)`, to keep outside the database.

    Kept in a backup's sidecar, a package or a signed report, it lets `meapp check --anchor
    COUNT:HASH` (or the newest backup) show events deleted from the chain — the newest ones
    or all of them — which the chain alone cannot: a shorter chain is still a valid one.
    """
    with db.session() as s:
        return head_of(s)


def format_anchor(anchor: tuple[int, str]) -> str:
    """ "COUNT:HASH", the form `meapp check --anchor` takes."""
    return f"{anchor[0]}:{anchor[1]}"


def parse_anchor(text: str) -> tuple[int, str]:
    """ "COUNT:HASH" back to (count, hash); ValueError when it is not one."""
    count, sep, digest = text.strip().partition(":")
    digest = digest.strip().lower()
    if (
        not sep
        or not count.strip().isdigit()
        or len(digest) != 64
        or any(c not in "0123456789abcdef" for c in digest)
    ):
        raise ValueError(f"not an anchor (COUNT:HASH): {text!r}")
    return int(count), digest


def anchor_sidecar(path: Path) -> Path:
    """Where the anchor of a backup file is kept beside it: `<file>.anchor`."""
    return path.with_name(path.name + ".anchor")


def write_anchor_sidecar(path: Path, anchor: tuple[int, str]) -> Path:
    """Write the anchor of the database a backup was taken from beside the backup."""
    sidecar = anchor_sidecar(path)
    sidecar.write_text(format_anchor(anchor) + "\n", encoding="utf-8")
    return sidecar
