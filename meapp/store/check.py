"""`meapp check`: database integrity, schema, the audit chain — and the data against the chain.

The chain alone proves only that the history was not edited. The check also proves that the
data is what the history says it is: every audited row's stored content is compared with the
last recorded state of that row, replayed from the events (`create`/`import`/`restore` give
a row's content, updates change the fields they name, `delete` removes it; a `bulk_create`
event lists the digest of each row it stands for). So a figure edited with a SQLite tool, a
round set back to `open`, a user made an administrator, a row added or deleted in the file
— each is named, one line per row. Triggers, views and rules are not part of meapp's
schema: one found there (something that changes data behind the app's back) is damage too.

The chain's *anchor* (`audit_chain.chain_anchor`: the number of events and the newest
hash, kept outside the database — in a backup, its sidecar, a package or a signed report,
or given as `--anchor COUNT:HASH`) shows events deleted from the end, or all of them.

The check only reads: callers open the database with `meapp.store.db.open_readonly`, and
nothing here writes, migrates or backs up. A database it cannot read (a table missing, a
schema this meapp does not know) raises `IntegrityDamage` with one line.

What it cannot see: columns the trail never holds (password hashes — re-hashed at login
without an event —, the encrypted signing keys, the failed-login counters, timestamps and
version counters; a signing certificate is compared through the SHA-256 its identity event
holds, an evidence file through its SHA-256), `position` (the plan editor renumbers the
siblings of an item it adds, moves or deletes without an event for each), a row known to the
history only from update events (never created in it) that disappears, the rows of a
`bulk_create` event written before such events listed their rows, and a chain rewritten
consistently together with every copy of its anchor.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import math
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Table, Uuid, func, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from meapp.errors import IntegrityDamage
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import AuditEvent, Base, Program
from meapp.store import audit_chain as audit
from meapp.store.engine import SCHEMA_HEAD, Database

# What the check finds (context "problems"); `{entity}` and `{column}` are stored names,
# which the command line and the GUI put in words.
ROW_CHANGED = QT_TRANSLATE_NOOP(
    "problems", "{entity} {id}: {column} is {value}, the history says {expected}"
)
ROW_DIFFERS = QT_TRANSLATE_NOOP(
    "problems", "{entity} {id}: the content differs from the history (event #{seq})"
)
ROW_UNRECORDED = QT_TRANSLATE_NOOP(
    "problems", "{entity} {id}: in the database but never recorded in the history"
)
ROW_UNDELETED = QT_TRANSLATE_NOOP(
    "problems", "{entity} {id}: deleted in the history (event #{seq}) but still in the database"
)
ROW_DELETED = QT_TRANSLATE_NOOP(
    "problems", "{entity} {id}: deleted from the database without a record in the history"
)
SPENDING_CHANGED = QT_TRANSLATE_NOOP(
    "problems", "{entity} {id}: amount is {value}, the history says {expected}"
)
BULK_LIST_CHANGED = QT_TRANSLATE_NOOP(
    "problems", "the list of rows of event #{seq} was changed in the database"
)
CERTIFICATE_CHANGED = QT_TRANSLATE_NOOP(
    "problems", "{entity} {id}: the signing certificate is not the one the history records"
)
EVIDENCE_CONTENT = QT_TRANSLATE_NOOP(
    "problems", "{entity} {id}: the stored file does not match its SHA-256"
)
SCHEMA_OBJECT = QT_TRANSLATE_NOOP(
    "problems", "{kind} {name} is not part of meapp's database (added outside meapp)"
)
ANCHOR_SHORT = QT_TRANSLATE_NOOP(
    "problems",
    "the history holds {events} events, {source} holds {anchor}: events were deleted",
)
ANCHOR_DIFFERS = QT_TRANSLATE_NOOP(
    "problems", "event #{seq} differs from {source}: the history was rewritten"
)
# Why the check cannot run at all (IntegrityDamage, one line).
NO_SCHEMA = QT_TRANSLATE_NOOP(
    "problems", "the database has no schema version (table alembic_version is missing)"
)
SCHEMA_UNKNOWN = QT_TRANSLATE_NOOP(
    "problems", "the database has schema {revision}, unknown to this meapp (it knows {expected})"
)
SCHEMA_OLD = QT_TRANSLATE_NOOP(
    "problems",
    "the database has the older schema {revision} (this meapp has {expected}): "
    "open it in meapp once to upgrade it, then check again",
)
# The kinds of schema objects SCHEMA_OBJECT names (its `{kind}`, translated too).
SCHEMA_KINDS = {
    "trigger": QT_TRANSLATE_NOOP("problems", "trigger"),
    "view": QT_TRANSLATE_NOOP("problems", "view"),
    "rule": QT_TRANSLATE_NOOP("problems", "rule"),
}
TABLES_MISSING = QT_TRANSLATE_NOOP("problems", "tables missing from the database: {tables}")
UNREADABLE = QT_TRANSLATE_NOOP("problems", "the database cannot be read: {detail}")

_SHOWN_VALUE = 40  # characters of a value in a finding
# Actions that give a row its whole content, and those that mean nothing for the row.
_CREATING = frozenset({"create", "restore"})
_NOT_ROW = frozenset({"import.keep", audit.BULK_CREATE})


@dataclass(frozen=True)
class Finding:
    """One damage found: a message code (context "problems") and its parameters."""

    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, translate: Any = None) -> str:
        msg = translate("problems", self.message) if translate else self.message
        try:
            return msg.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return msg

    def as_json(self) -> dict[str, Any]:
        return {"message": self.text(), **self.params}


@dataclass(frozen=True)
class AnchorCheck:
    """The chain compared with an anchor kept outside the database."""

    source: str  # "--anchor" or the backup's file name
    count: int
    head_hash: str
    finding: Finding | None

    @property
    def ok(self) -> bool:
        return self.finding is None

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "events": self.count,
            "head_hash": self.head_hash,
            "ok": self.ok,
            "problem": self.finding.as_json() if self.finding else None,
        }


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    schema_revision: str | None
    schema_expected: str
    integrity: str
    foreign_keys: list[str]
    audit_events: int
    audit_ok: bool
    audit_broken_seq: int | None
    audit_broken_id: str | None
    audit_reason: str | None
    programs: int
    # The broken event as it is stored now (what someone may have edited), for `--json`.
    audit_broken_event: dict[str, Any] | None = None
    # The data against the history: rows compared, what differs (None: not compared,
    # because the chain itself is broken).
    rows_checked: int | None = None
    findings: tuple[Finding, ...] = ()
    schema_objects: tuple[Finding, ...] = ()
    anchor: AnchorCheck | None = None
    # This database's own anchor (count, newest hash), to keep elsewhere.
    head: tuple[int, str] = (0, audit.GENESIS)

    @property
    def data_ok(self) -> bool:
        return not self.findings

    def as_json(self) -> dict:
        return {
            "ok": self.ok,
            "schema": {"revision": self.schema_revision, "expected": self.schema_expected},
            "integrity": self.integrity,
            "foreign_key_violations": self.foreign_keys,
            "audit": {
                "events": self.audit_events,
                "ok": self.audit_ok,
                "broken_seq": self.audit_broken_seq,
                "broken_id": self.audit_broken_id,
                "reason": self.audit_reason,
                "broken_event": self.audit_broken_event,
            },
            "data": {
                "rows": self.rows_checked,
                "ok": self.data_ok and self.rows_checked is not None,
                "problems": [f.as_json() for f in self.findings],
            },
            "schema_objects": [f.as_json() for f in self.schema_objects],
            "anchor": self.anchor.as_json() if self.anchor else None,
            "head": {
                "events": self.head[0],
                "hash": self.head[1],
                "anchor": audit.format_anchor(self.head),
            },
            "programs": self.programs,
        }


def _event_view(s, seq: int | None) -> dict[str, Any] | None:
    if seq is None:
        return None
    ev = s.get(AuditEvent, seq)
    if ev is None:
        return None
    return {
        "seq": ev.seq,
        "id": ev.id,
        "at": ev.at,
        "user": ev.user_login,
        "action": ev.action,
        "entity": ev.entity,
        "entity_id": ev.entity_id,
        "program_id": ev.program_id,
        "period": ev.period,
    }


# -- can the database be checked at all -----------------------------------------------------


def _known_revisions() -> list[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from meapp.store.migrations import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return [r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()]


def require_checkable(db: Database) -> str:
    """The schema revision, after making sure the check can read the database: raises
    IntegrityDamage (one line) for a missing version table, an unknown or older schema, or
    missing tables."""
    try:
        with db.engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            if "alembic_version" not in names:
                raise IntegrityDamage(NO_SCHEMA)
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError as exc:
        raise IntegrityDamage(UNREADABLE, detail=_error_line(exc)) from exc
    if revision != SCHEMA_HEAD:
        if revision in _known_revisions():
            raise IntegrityDamage(SCHEMA_OLD, revision=revision, expected=SCHEMA_HEAD)
        raise IntegrityDamage(SCHEMA_UNKNOWN, revision=revision, expected=SCHEMA_HEAD)
    missing = sorted(set(Base.metadata.tables) - names)
    if missing:
        raise IntegrityDamage(TABLES_MISSING, tables=", ".join(missing))
    return str(revision)


def _error_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


# -- replaying the history ------------------------------------------------------------------


class _Row:
    """What the history says about one row."""

    __slots__ = ("exists", "known", "seq", "values")

    def __init__(self, seq: int) -> None:
        self.exists = True
        self.known = False  # created or deleted in the history (not only updated)
        self.values: dict[str, Any] = {}
        self.seq = seq


class _Replay:
    """Every audited row's last recorded state, from the events in chain order."""

    def __init__(self, tables: dict[str, Table], ledger: dict[int, list[tuple[str, str]]]):
        self.tables = tables
        self.columns = {e: set(audit.content_columns(t)) for e, t in tables.items()}
        self.rows: dict[str, dict[str, _Row]] = {e: {} for e in tables}
        # rows known from a bulk event only: id -> (event seq, content digest)
        self.bulk: dict[str, dict[str, tuple[int, str]]] = {e: {} for e in tables}
        # measure_progress events carry their spending as {source: amount}
        self.spending: dict[str, tuple[int, dict[str, Any]]] = {}
        # a user's signing certificate (SHA-256 of its DER) as the identity events record it
        self.certificates: dict[str, str | None] = {}
        self.ledger = ledger
        self.ledger_used: set[int] = set()
        self.findings: list[Finding] = []

    def apply(self, ev: Any) -> None:
        entity = ev.entity
        rows = self.rows.get(entity)
        if rows is None:
            return
        if ev.action == audit.BULK_CREATE:
            self._bulk(ev, rows)
            return
        if ev.entity_id is None or ev.action in _NOT_ROW:
            return
        self.bulk[entity].pop(ev.entity_id, None)
        if entity == "user" and ev.action.startswith("identity."):
            self._identity(ev)
        row = rows.get(ev.entity_id)
        if ev.action == "delete":
            row = rows[ev.entity_id] = _Row(ev.seq)
            row.exists, row.known = False, True
            return
        after = _load(ev.after)
        creating = ev.action in _CREATING or (ev.action == "import" and ev.before is None)
        if row is None or creating or not row.exists:
            row = rows[ev.entity_id] = _Row(ev.seq)
            row.known = creating
        row.seq = ev.seq
        if isinstance(after, dict):
            cols = self.columns[entity]
            changed = {k: v for k, v in after.items() if k in cols}
            if changed:
                row.values.update(changed)
            spending = after.get("spending")
            if entity == "measure_progress" and isinstance(spending, dict):
                self.spending[ev.entity_id] = (ev.seq, spending)

    def _identity(self, ev: Any) -> None:
        after = _load(ev.after)
        if ev.action == "identity.delete":
            self.certificates[ev.entity_id] = None
        elif isinstance(after, dict) and isinstance(after.get("certificate_sha256"), str):
            self.certificates[ev.entity_id] = after["certificate_sha256"]

    def _bulk(self, ev: Any, rows: dict[str, _Row]) -> None:
        after = _load(ev.after)
        expected = after.get("rows_sha256") if isinstance(after, dict) else None
        listed = self.ledger.get(ev.seq, [])
        if expected is None and not listed:
            return  # a bulk event without a row list (made before meapp listed them)
        self.ledger_used.add(ev.seq)
        if expected != audit.ledger_digest(listed):
            self.findings.append(Finding(BULK_LIST_CHANGED, {"seq": ev.seq}))
        bulk = self.bulk[ev.entity]
        seq = ev.seq
        for row_id, digest in listed:
            rows.pop(row_id, None)
            bulk[row_id] = (seq, digest)

    def finish(self) -> None:
        for seq in sorted(set(self.ledger) - self.ledger_used):
            self.findings.append(Finding(BULK_LIST_CHANGED, {"seq": seq}))


def _load(raw: str | None) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    out = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    out = " ".join(str(out).split())
    return out if len(out) <= _SHOWN_VALUE else out[: _SHOWN_VALUE - 1] + "…"


def _shown_pair(stored: Any, recorded: Any) -> tuple[str, str]:
    """Both values for a finding; two long texts are shown from where they differ."""
    if isinstance(stored, str) and isinstance(recorded, str):
        a, b = " ".join(stored.split()), " ".join(recorded.split())
        if max(len(a), len(b)) > _SHOWN_VALUE:
            i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
            if i is None:
                i = min(len(a), len(b))
            start = max(0, i - 10)
            return _window(a, start), _window(b, start)
    return _shown(stored), _shown(recorded)


def _window(text: str, start: int) -> str:
    part = text[start : start + _SHOWN_VALUE - 2]
    return ("…" if start else "") + part + ("…" if start + len(part) < len(text) else "")


def _same(stored: Any, recorded: Any) -> bool:
    if stored == recorded:
        return True
    # numbers recorded as text (Decimal) or as int/float on either side; amounts the
    # services take as unchanged (a difference in the last bits of a float) are the same
    if isinstance(stored, int | float) and isinstance(recorded, int | float | str):
        with contextlib.suppress(ValueError):
            return math.isclose(float(stored), float(recorded), rel_tol=1e-9, abs_tol=1e-9)
    return False


def _converter(column: Any, dialect: Any) -> Any:
    """From the driver's value of a column to the value a snapshot in the trail holds."""
    kind = column.type
    if isinstance(kind, Uuid):
        return lambda v: None if v is None else audit.id_text(v)
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else bool(v)
    if isinstance(kind, Date | DateTime):
        process = kind.dialect_impl(dialect).result_processor(dialect, None)

        def to_text(v: Any) -> Any:
            if v is None:
                return None
            if process is not None and isinstance(v, str):
                v = process(v)
            return audit._jsonable(v)

        return to_text
    return audit._jsonable


def _owner_fk(table: Table) -> tuple[str, str] | None:
    """(column, entity) of the row that owns a row of `table` (deleting it deletes them)."""
    owners = [
        fk
        for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name)
        if not fk.parent.nullable and fk.ondelete == "CASCADE" and fk.column.table is not table
    ]
    if len(owners) != 1:
        return None
    parent = owners[0].column.table.name
    return owners[0].parent.name, {"app_user": "user"}.get(parent, parent)


class _Compare:
    """The stored rows against the replayed history."""

    def __init__(self, conn: Any, replay: _Replay) -> None:
        self.conn = conn
        self.replay = replay
        self.findings: list[Finding] = []
        self.rows = 0
        self.present: dict[str, set[str]] = {}
        self.spending_rows: list[tuple[str, str]] = []  # (progress id, source) of each

    def run(self) -> None:
        for entity, table in self.replay.tables.items():
            self._table(entity, table)
        for entity, table in self.replay.tables.items():
            self._deleted(entity, table)
        self._spending_deleted()
        self._evidence()
        self._certificates()

    def _table(self, entity: str, table: Table) -> None:
        cols = audit.content_columns(table)
        index = {c: i for i, c in enumerate(cols)}
        convert = [_converter(table.c[c], self.conn.dialect) for c in cols]
        key = index["id"]
        history = self.replay.rows[entity]
        bulk = self.replay.bulk[entity]
        spending = self.replay.spending if entity == "measure_spending" else None
        seen = self.present[entity] = set()
        find = self.findings.append
        digest = audit.row_digest
        id_text = audit.id_text
        n = 0
        pairs = self.spending_rows = [] if spending is not None else self.spending_rows
        for row in _driver_rows(self.conn, audit.raw_select(table)):
            n += 1
            rid = id_text(row[key])
            seen.add(rid)
            listed = bulk.get(rid)
            if listed is not None:
                if digest(row) != listed[1]:
                    find(Finding(ROW_DIFFERS, {"entity": entity, "id": rid, "seq": listed[0]}))
                continue
            state = history.get(rid)
            if spending is not None:
                pairs.append((id_text(row[index["progress_id"]]), row[index["source"]]))
                if self._spending_row(row, index, state, spending):
                    continue
            if state is None:
                find(Finding(ROW_UNRECORDED, {"entity": entity, "id": rid}))
            elif not state.exists:
                find(Finding(ROW_UNDELETED, {"entity": entity, "id": rid, "seq": state.seq}))
            else:
                for column, recorded in state.values.items():
                    i = index[column]
                    stored = convert[i](row[i])
                    if stored != recorded and not _same(stored, recorded):
                        shown, expected = _shown_pair(stored, recorded)
                        params = {
                            "entity": entity,
                            "id": rid,
                            "column": column,
                            "value": shown,
                            "expected": expected,
                            # as stored, for the words of a code ("open" → "ачык")
                            "stored": stored,
                            "recorded": recorded,
                        }
                        find(Finding(ROW_CHANGED, params))
        self.rows += n

    def _spending_row(
        self,
        row: Any,
        index: dict[str, int],
        state: _Row | None,
        spending: dict[str, tuple[int, dict[str, Any]]],
    ) -> bool:
        """A spending row whose progress row's latest event lists the spending: compared
        with that list (the monitoring grid records spending inside the progress event)."""
        progress = audit.id_text(row[index["progress_id"]])
        recorded = spending.get(progress)
        if recorded is None or (state is not None and state.seq > recorded[0]):
            return False
        amounts = recorded[1]
        source = row[index["source"]]
        rid = audit.id_text(row[index["id"]])
        if source not in amounts:
            self.findings.append(Finding(ROW_UNRECORDED, {"entity": "measure_spending", "id": rid}))
        elif not _same(row[index["amount"]], amounts[source]):
            params = {
                "entity": "measure_spending",
                "id": rid,
                "value": _shown(row[index["amount"]]),
                "expected": _shown(amounts[source]),
            }
            self.findings.append(Finding(SPENDING_CHANGED, params))
        return True

    def _gone_with_owner(self, entity: str, table: Table, state: _Row) -> bool:
        """A row deleted with its owner (foreign key ON DELETE CASCADE) whose deletion is
        in the history, or one whose spending list no longer holds it."""
        owner = _owner_fk(table)
        if owner is None:
            return False
        column, parent_entity = owner
        parent_id = state.values.get(column)
        if parent_id is None:
            return False
        parent_id = str(parent_id)
        if parent_id in self.present.get(parent_entity, ()):
            if entity == "measure_spending":
                recorded = self.replay.spending.get(parent_id)
                return recorded is not None and recorded[0] > state.seq
            return False
        parent = self.replay.rows.get(parent_entity, {}).get(parent_id)
        if parent is None:
            return False
        if not parent.exists:
            return True
        return self._gone_with_owner(parent_entity, self.replay.tables[parent_entity], parent)

    def _deleted(self, entity: str, table: Table) -> None:
        seen = self.present[entity]
        for rid in self.replay.bulk[entity].keys() - seen:
            self.findings.append(Finding(ROW_DELETED, {"entity": entity, "id": rid}))
        for rid, state in self.replay.rows[entity].items():
            if not state.exists or not state.known or rid in seen:
                continue
            if self._gone_with_owner(entity, table, state):
                continue
            self.findings.append(Finding(ROW_DELETED, {"entity": entity, "id": rid}))

    def _spending_deleted(self) -> None:
        """Spending listed by the latest progress event but missing from the database."""
        table = self.replay.tables.get("measure_spending")
        if table is None:
            return
        by_progress: dict[str, set[str]] = {}
        for progress, source in self.spending_rows:
            by_progress.setdefault(progress, set()).add(source)
        progress_rows = self.present.get("measure_progress", set())
        for progress, (_seq, amounts) in self.replay.spending.items():
            if progress not in progress_rows:
                continue
            for source in sorted(set(amounts) - by_progress.get(progress, set())):
                params = {"entity": "measure_spending", "id": f"{progress}/{source}"}
                self.findings.append(Finding(ROW_DELETED, params))

    def _evidence(self) -> None:
        """An evidence file's bytes against the SHA-256 its row (and the history) holds."""
        table = self.replay.tables.get("evidence")
        if table is None:
            return
        stmt = select(table.c.id, table.c.sha256, table.c.content)
        for rid, digest, content in self.conn.execute(stmt.execution_options(yield_per=50)):
            if content is not None and hashlib.sha256(content).hexdigest() != digest:
                params = {"entity": "evidence", "id": str(rid)}
                self.findings.append(Finding(EVIDENCE_CONTENT, params))

    def _certificates(self) -> None:
        """A user's signing certificate against the one the identity events record (the
        certificate itself is no content of the trail, its SHA-256 is)."""
        table = self.replay.tables.get("user")
        if table is None:
            return
        recorded = self.replay.certificates
        stmt = select(table.c.id, table.c.signing_cert_pem)
        for uid, pem in _driver_rows(self.conn, stmt):
            rid = audit.id_text(uid)
            if _certificate_sha256(pem) != recorded.get(rid):
                params = {"entity": "user", "id": rid}
                self.findings.append(Finding(CERTIFICATE_CHANGED, params))


def _driver_rows(conn: Any, stmt: Any, batch: int = 20000) -> Iterator[tuple]:
    """The rows of a SELECT without parameters as the driver returns them (plain tuples, no
    conversion: the check reads every row of the database)."""
    sql = str(stmt.compile(dialect=conn.dialect))
    raw = conn.connection.driver_connection
    # PostgreSQL: a server-side cursor, so a large table is not held in memory at once
    cursor = raw.cursor(name="meapp_check") if conn.dialect.name == "postgresql" else raw.cursor()
    try:
        cursor.execute(sql)
        while rows := cursor.fetchmany(batch):
            yield from rows
    finally:
        cursor.close()


_PEM = re.compile(r"-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", re.DOTALL)


def _certificate_sha256(pem: str | None) -> str | None:
    """The SHA-256 of the (first) certificate in PEM text, as the identity events write it."""
    if not pem:
        return None
    found = _PEM.search(pem)
    if found is None:
        return "?"
    try:
        der = base64.b64decode("".join(found.group(1).split()), validate=True)
    except ValueError:
        return "?"
    return hashlib.sha256(der).hexdigest()


def _ledger(conn: Any) -> dict[int, list[tuple[str, str]]]:
    t = audit.BulkRow.__table__
    out: dict[int, list[tuple[str, str]]] = {}
    stmt = select(t.c.bulk_seq, t.c.row_id, t.c.row_digest).order_by(t.c.bulk_seq, t.c.row_id)
    for seq, row_id, digest in _driver_rows(conn, stmt):
        out.setdefault(seq, []).append((row_id, digest))
    return out


def schema_objects(conn: Any) -> list[Finding]:
    """Triggers, views and rules: meapp's schema has none, so each one was added outside."""
    found: list[tuple[str, str]] = []
    if conn.dialect.name == "sqlite":
        for kind, name in conn.execute(
            text(
                "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') "
                "ORDER BY type, name"
            )
        ):
            found.append((kind, name))
    elif conn.dialect.name == "postgresql":
        for (name,) in conn.execute(
            text(
                "SELECT c.relname || '.' || t.tgname FROM pg_trigger t "
                "JOIN pg_class c ON c.oid = t.tgrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE NOT t.tgisinternal AND n.nspname = current_schema() ORDER BY 1"
            )
        ):
            found.append(("trigger", name))
        for (name,) in conn.execute(
            text(
                "SELECT table_name FROM information_schema.views "
                "WHERE table_schema = current_schema() ORDER BY 1"
            )
        ):
            found.append(("view", name))
        for (name,) in conn.execute(
            text(
                "SELECT tablename || '.' || rulename FROM pg_rules "
                "WHERE schemaname = current_schema() ORDER BY 1"
            )
        ):
            found.append(("rule", name))
    return [Finding(SCHEMA_OBJECT, {"kind": kind, "name": name}) for kind, name in found]


# -- the anchor -----------------------------------------------------------------------------


def verify_anchor(db: Database, count: int, head_hash: str, source: str) -> AnchorCheck:
    """Whether the chain still holds the anchor's head (it may have grown since)."""
    finding = None
    if count > 0:
        with db.engine.connect() as conn:
            t = AuditEvent.__table__
            stored = conn.execute(select(t.c.hash).where(t.c.seq == count)).scalar()
            events = conn.execute(select(func.count()).select_from(t)).scalar() or 0
        if stored is None:
            params = {"events": events, "anchor": count, "source": source}
            finding = Finding(ANCHOR_SHORT, params)
        elif stored != head_hash:
            finding = Finding(ANCHOR_DIFFERS, {"seq": count, "source": source})
    return AnchorCheck(source, count, head_hash, finding)


def file_anchor(path: Path) -> tuple[int, str] | None:
    """The anchor a backup holds: its sidecar (`audit_chain.anchor_sidecar`) when there is
    one, else the head of the backup's own chain (read-only). None when neither reads."""
    sidecar = audit.anchor_sidecar(path)
    if sidecar.is_file():
        with contextlib.suppress(OSError, ValueError):
            return audit.parse_anchor(sidecar.read_text(encoding="utf-8"))
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as conn:
            row = conn.execute(
                "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"
            ).fetchone()
    except sqlite3.Error:
        return None
    return (int(row[0]), str(row[1])) if row else (0, audit.GENESIS)


def backup_anchor(db: Database, folder: Path | None = None) -> tuple[int, str, str] | None:
    """(count, head hash, file name) of the newest backup of this database taken after its
    last restore (a restore starts a new line of history: older backups belong to the old
    one), or None (no backup, or a shared database)."""
    from meapp import paths
    from meapp.store import backup

    if db.path is None:
        return None
    folder = Path(folder) if folder is not None else paths.data_dir() / "backups"
    if not folder.is_dir():
        return None
    with db.engine.connect() as conn:
        t = AuditEvent.__table__
        last_restore = conn.execute(
            select(func.max(t.c.at)).where(t.c.action == "restore", t.c.entity == "database")
        ).scalar()
    for info in backup.backups(db, folder):
        if info.reason in ("before-restore", "damaged"):
            continue
        if last_restore and _utc_text(info.taken_at) <= last_restore:
            break
        found = file_anchor(info.path)
        if found is not None:
            return found[0], found[1], info.path.name
    return None


def _utc_text(local: Any) -> str:
    from datetime import UTC

    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# -- the whole check ------------------------------------------------------------------------


def _events_replayed(s: Any, replay: _Replay) -> Iterator[Any]:
    for ev in audit.iter_events(s):
        replay.apply(ev)
        yield ev


def _chain_and_data(s: Any, data: bool) -> tuple[audit.ChainReport, int | None, list[Finding]]:
    """Walk the chain, replaying it; then, when it is intact, compare the rows with it.
    Returns the chain's report, the number of rows compared (None: not compared) and what
    differs."""
    conn = s.connection()
    replay = _Replay(audit.audited_tables(), _ledger(conn) if data else {})
    chain = audit.verify_chain(s, _events_replayed(s, replay) if data else None)
    if not (data and chain.ok):
        return chain, None, []
    replay.finish()
    compare = _Compare(conn, replay)
    compare.run()
    return chain, compare.rows, replay.findings + compare.findings


def run_check(
    db: Database,
    *,
    anchor: tuple[int, str] | None = None,
    anchor_source: str = "--anchor",
    data: bool = True,
) -> CheckReport:
    """Check everything; raises IntegrityDamage when the database cannot be checked at all.

    Reads only. `anchor` is the (count, head hash) to compare the chain with; `data=False`
    skips comparing the rows with the history.
    """
    try:
        return _run_check(db, anchor, anchor_source, data)
    except SQLAlchemyError as exc:
        raise IntegrityDamage(UNREADABLE, detail=_error_line(exc)) from exc


def _run_check(
    db: Database, anchor: tuple[int, str] | None, anchor_source: str, data: bool
) -> CheckReport:
    revision = require_checkable(db)
    integrity = "ok"
    fks: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = conn.execute(text("PRAGMA integrity_check")).fetchall()
            integrity = "; ".join(str(r[0]) for r in rows)
            fks = [
                f"{r[0]} rowid {r[1]} → {r[2]}"
                for r in conn.execute(text("PRAGMA foreign_key_check"))
            ]
        objects = tuple(schema_objects(conn))
    with db.session() as s:
        chain, rows_checked, findings = _chain_and_data(s, data)
        broken = _event_view(s, chain.broken_seq)
        n_programs = s.scalar(select(func.count()).select_from(Program)) or 0
        n_events = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
        head = audit.head_of(s)
    anchor_check = None
    if anchor is not None:
        anchor_check = verify_anchor(db, anchor[0], anchor[1], anchor_source)
    ok = (
        integrity == "ok"
        and not fks
        and chain.ok
        and not findings
        and not objects
        and (anchor_check is None or anchor_check.ok)
    )
    return CheckReport(
        ok,
        revision,
        SCHEMA_HEAD,
        integrity,
        fks,
        n_events,
        chain.ok,
        chain.broken_seq,
        chain.broken_id,
        chain.reason,
        n_programs,
        broken,
        rows_checked,
        tuple(findings),
        objects,
        anchor_check,
        head,
    )


@dataclass(frozen=True)
class AuditCheck:
    """The audit chain and the data against it (the audit page's button and the check
    after start)."""

    ok: bool
    events: int
    broken_seq: int | None = None
    broken_id: str | None = None
    reason: str | None = None  # translatable, context "problems"
    broken_event: dict[str, Any] | None = None
    rows: int | None = None  # rows compared with the history (None: not compared)
    findings: tuple[Finding, ...] = ()  # rows that differ from the history


def check_audit_chain(db: Database, *, data: bool = True) -> AuditCheck:
    """Walk the chain and, when it is broken, read the first broken event as stored now;
    when it is intact, compare the rows with it (`data=False`: the chain alone).

    The GUI runs it while the user works: it reads through a read-only handle of its own,
    in one snapshot, so a value saved meanwhile is never taken for a change outside meapp.
    """
    from meapp.store.db import open_readonly

    own = db.path is not None or not db.is_sqlite
    reader = open_readonly(db.url) if own else db
    try:
        with reader.session() as s:
            chain, rows, findings = _chain_and_data(s, data)
            broken = _event_view(s, chain.broken_seq)
    finally:
        if own:
            reader.dispose()
    return AuditCheck(
        chain.ok and not findings,
        chain.events,
        chain.broken_seq,
        chain.broken_id,
        chain.reason,
        broken,
        rows,
        tuple(findings),
    )
