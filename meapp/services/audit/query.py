"""Reading the audit trail: filtered pages of events, the history of one value, Excel export.

The audit page and the "history of this value" dialog use these; the events come back as
DTOs with `before`/`after` decoded from their stored JSON and a list of changed fields.
Times are stored in UTC; date filters are calendar days on this computer's clock, since that
is what the person choosing "from 1 March" means.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from meapp.errors import MeappError, ValidationError
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import AuditEvent
from meapp.services.common import vocabulary as audit_words
from meapp.services.common.text_norm import parse_at
from meapp.services.common.vocabulary import ACTION_LABELS, ENTITY_LABELS  # noqa: F401 - re-exported
from meapp.store.engine import Database

Translate = Callable[[str, str], str]


def _identity(_ctx: str, text: str) -> str:
    return text


MAX_PAGE = 1000
# Text that a spreadsheet would run as a formula when it starts a cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

EXPORT_COLUMNS = (
    ("seq", QT_TRANSLATE_NOOP("audit", "No."), 8),
    ("at", QT_TRANSLATE_NOOP("audit", "Time"), 20),
    ("user", QT_TRANSLATE_NOOP("audit", "User"), 16),
    ("action", QT_TRANSLATE_NOOP("audit", "Action"), 18),
    ("entity", QT_TRANSLATE_NOOP("audit", "Object"), 18),
    ("entity_id", QT_TRANSLATE_NOOP("audit", "Object id"), 38),
    ("period", QT_TRANSLATE_NOOP("audit", "Period"), 10),
    ("changes", QT_TRANSLATE_NOOP("audit", "Changes"), 60),
    ("reason", QT_TRANSLATE_NOOP("audit", "Reason"), 30),
    ("program_id", QT_TRANSLATE_NOOP("audit", "Programme id"), 38),
    ("before", QT_TRANSLATE_NOOP("audit", "Before"), 40),
    ("after", QT_TRANSLATE_NOOP("audit", "After"), 40),
    ("id", QT_TRANSLATE_NOOP("audit", "Event id"), 38),
)
SYSTEM_USER = QT_TRANSLATE_NOOP("audit", "(set-up)")


@dataclass(frozen=True)
class AuditFilter:
    """What the audit page filters by; every field left None means "any"."""

    entity: str | None = None
    entity_id: str | None = None
    user: str | None = None
    program_id: str | None = None
    period: str | None = None
    action: str | None = None
    text: str | None = None
    date_from: date | datetime | None = None
    date_to: date | datetime | None = None  # a date includes that whole day


@dataclass(frozen=True)
class Change:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditEventDTO:
    seq: int
    id: str
    at: datetime | None  # UTC, aware; None when the stored text is not a time
    at_text: str
    user: str | None
    action: str
    entity: str
    entity_id: str | None
    program_id: str | None
    period: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None
    changes: tuple[Change, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "id": self.id,
            "at": self.at_text,
            "user": self.user,
            "action": self.action,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "program_id": self.program_id,
            "period": self.period,
            "before": self.before,
            "after": self.after,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class AuditPage:
    events: tuple[AuditEventDTO, ...]
    total: int
    offset: int
    limit: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.events) < self.total


@dataclass(frozen=True)
class AuditChoices:
    """The values present in the trail, for the filter drop-downs."""

    entities: tuple[str, ...]
    users: tuple[str, ...]
    actions: tuple[str, ...]
    periods: tuple[str, ...]


# -- decoding -------------------------------------------------------------------------------


def _decode(raw: str | None) -> dict[str, Any] | None:
    if raw is None:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return {"": raw}  # not JSON any more (edited by hand): show the text as it is
    return value if isinstance(value, dict) else {"": value}


def _changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> tuple[Change, ...]:
    b, a = before or {}, after or {}
    keys = list(b) + [k for k in a if k not in b]
    return tuple(Change(k, b.get(k), a.get(k)) for k in keys if b.get(k) != a.get(k))


def to_dto(ev: Any) -> AuditEventDTO:
    before, after = _decode(ev.before), _decode(ev.after)
    return AuditEventDTO(
        seq=ev.seq,
        id=ev.id,
        at=parse_at(ev.at),
        at_text=ev.at,
        user=ev.user_login,
        action=ev.action,
        entity=ev.entity,
        entity_id=ev.entity_id,
        program_id=ev.program_id,
        period=ev.period,
        before=before,
        after=after,
        reason=ev.reason,
        changes=_changes(before, after),
    )


# -- filtering ------------------------------------------------------------------------------


def _utc_text(value: date | datetime, *, end: bool) -> str:
    """A filter bound as the stored text of `at`; a date is a whole local day."""
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.combine(value + timedelta(days=1) if end else value, time.min)
    if moment.tzinfo is None:
        moment = moment.astimezone()  # this computer's time zone
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _casefold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def _text_function(session: Session, dialect: str) -> Callable[[Any], Any]:
    """A lower-case function that knows Cyrillic (SQLite's own `lower` only knows ASCII)."""
    if dialect != "sqlite":
        return func.lower
    raw = session.connection().connection.dbapi_connection
    raw.create_function("meapp_casefold", 1, _casefold, deterministic=True)  # type: ignore[union-attr]
    return func.meapp_casefold


def _id_text(value: Any) -> str:
    return str(value) if isinstance(value, uuid.UUID) else str(value).strip()


def _apply(session: Session, stmt: Select, f: AuditFilter | None) -> Select:
    if f is None:
        return stmt
    conds = []
    if f.entity:
        conds.append(AuditEvent.entity == f.entity)
    if f.entity_id:
        conds.append(AuditEvent.entity_id == _id_text(f.entity_id))
    if f.user:
        conds.append(AuditEvent.user_login == f.user)
    if f.program_id:
        conds.append(AuditEvent.program_id == _id_text(f.program_id))
    if f.period:
        conds.append(AuditEvent.period == str(f.period))
    if f.action:
        conds.append(AuditEvent.action == f.action)
    if f.date_from is not None:
        conds.append(AuditEvent.at >= _utc_text(f.date_from, end=False))
    if f.date_to is not None:
        bound = _utc_text(f.date_to, end=True)
        conds.append(
            AuditEvent.at < bound if not isinstance(f.date_to, datetime) else AuditEvent.at <= bound
        )
    needle = (f.text or "").strip()
    if needle:
        fold = _text_function(session, session.get_bind().dialect.name)
        pattern = needle.casefold()
        conds.append(
            or_(
                *(
                    fold(col).contains(pattern, autoescape=True)
                    for col in (
                        AuditEvent.before,
                        AuditEvent.after,
                        AuditEvent.reason,
                        AuditEvent.user_login,
                        AuditEvent.entity_id,
                    )
                )
            )
        )
    return stmt.where(and_(*conds)) if conds else stmt


def query_events(
    db: Database,
    filters: AuditFilter | None = None,
    *,
    offset: int = 0,
    limit: int = 100,
    newest_first: bool = True,
) -> AuditPage:
    """One page of the events that match, newest first, and how many match in all."""
    if offset < 0 or not 1 <= limit <= MAX_PAGE:
        raise ValidationError("a page holds 1 to {n} events", n=MAX_PAGE)
    with db.session() as s:
        total = s.scalar(_apply(s, select(func.count()).select_from(AuditEvent), filters)) or 0
        order = AuditEvent.seq.desc() if newest_first else AuditEvent.seq
        stmt = _apply(s, select(AuditEvent), filters).order_by(order).offset(offset).limit(limit)
        events = tuple(to_dto(ev) for ev in s.scalars(stmt))
    return AuditPage(events, total, offset, limit)


def iter_matching(
    db: Database, filters: AuditFilter | None = None, batch: int = 2000
) -> Iterator[AuditEventDTO]:
    """Every matching event, oldest first, a batch at a time (for exports)."""
    last = 0
    while True:
        with db.session() as s:
            stmt = (
                _apply(s, select(AuditEvent), filters)
                .where(AuditEvent.seq > last)
                .order_by(AuditEvent.seq)
                .limit(batch)
            )
            rows = [to_dto(ev) for ev in s.scalars(stmt)]
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def value_history(db: Database, entity: str, entity_id: Any) -> list[AuditEventDTO]:
    """Every event of one row (an actual, a target…), oldest first: who changed it, when,
    from what to what and why."""
    return list(iter_matching(db, AuditFilter(entity=entity, entity_id=_id_text(entity_id))))


def filter_choices(db: Database) -> AuditChoices:
    def distinct(s: Session, col: Any) -> tuple[str, ...]:
        return tuple(
            v for v in s.scalars(select(col).where(col.is_not(None)).distinct().order_by(col))
        )

    with db.session() as s:
        return AuditChoices(
            distinct(s, AuditEvent.entity),
            distinct(s, AuditEvent.user_login),
            distinct(s, AuditEvent.action),
            distinct(s, AuditEvent.period),
        )


# -- words ----------------------------------------------------------------------------------
# The words themselves live in `audit_words`; these keep the names the pages already use.


def entity_label(entity: str, translate: Translate = _identity) -> str:
    return audit_words.entity_label(entity, translate)


def action_label(action: str, translate: Translate = _identity) -> str:
    return audit_words.action_label(action, translate)


def ordered_changes(ev: AuditEventDTO) -> list[Change]:
    """The changed fields in reading order (name and content first, ids and hashes last)."""
    return sorted(ev.changes, key=lambda c: audit_words.field_order(c.field))


def change_lines(
    ev: AuditEventDTO,
    translate: Translate = _identity,
    *,
    internal: bool = True,
    skip_period: str | None = None,
) -> list[str]:
    """`Status: Not started → In progress`, one per changed field, in the reader's words.

    For a one-line summary, `internal=False` leaves out ids and checksums and `skip_period`
    a newly set `period` equal to it (shown beside it), unless nothing else would be left.
    """
    changes = ordered_changes(ev)
    short = [
        c
        for c in changes
        if (internal or not audit_words.is_internal(c.field))
        and not (skip_period and c.field == "period" and c.after == skip_period and not c.before)
    ]
    changes = short or changes
    return [
        audit_words.change_line(ev.entity, c.field, c.before, c.after, translate) for c in changes
    ]


def describe_changes(ev: AuditEventDTO, translate: Translate = _identity) -> str:
    """`Field: old → new` per changed field, one a line (the details pane, the tooltip and
    the Changes column of the Excel export)."""
    return "\n".join(change_lines(ev, translate))


# -- Excel ----------------------------------------------------------------------------------


def _cell(ws: Any, value: Any) -> Any:
    """A write-only cell; text that starts like a formula stays text.

    Characters an Excel file cannot hold (C0 controls; openpyxl raises IllegalCharacterError)
    are written as U+FFFD "�": a reason or comment stored with one must still export, since
    the trail is append-only and the event can never be corrected, and the mark shows that
    something was there.
    """
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


class AuditExportCancelled(MeappError):
    """The user cancelled the export; no file was written."""


def count_matching(db: Database, filters: AuditFilter | None = None) -> int:
    with db.session() as s:
        return s.scalar(_apply(s, select(func.count()).select_from(AuditEvent), filters)) or 0


def export_audit_xlsx(
    db: Database,
    path: str | Path,
    filters: AuditFilter | None = None,
    translate: Translate = _identity,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the matching events to an Excel file (oldest first); returns how many.

    Written to a temporary file and moved into place, so a failed or cancelled export never
    leaves a half-written workbook under the chosen name. `progress(done, total)` is called
    every 100 events; `cancelled()` returning True stops the export (`AuditExportCancelled`).
    """
    total = count_matching(db, filters) if progress is not None else 0
    if progress is not None:
        progress(0, total)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(translate("audit", QT_TRANSLATE_NOOP("audit", "Audit trail"))[:31])
    for i, (_key, _header, width) in enumerate(EXPORT_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for _key, text, _w in EXPORT_COLUMNS:
        cell = _cell(ws, translate("audit", text))
        cell.font = bold
        header.append(cell)
    ws.append(header)
    wrap = Alignment(wrap_text=True, vertical="top")
    system = translate("audit", SYSTEM_USER)
    count = 0
    for ev in iter_matching(db, filters):
        local = ev.at.astimezone().replace(tzinfo=None, microsecond=0) if ev.at else ev.at_text
        values = {
            "seq": ev.seq,
            "at": local,
            "user": ev.user or system,
            "action": action_label(ev.action, translate),
            "entity": entity_label(ev.entity, translate),
            "entity_id": ev.entity_id,
            "period": ev.period,
            "changes": describe_changes(ev, translate),
            "reason": ev.reason,
            "program_id": ev.program_id,
            "before": json.dumps(ev.before, ensure_ascii=False, sort_keys=True)
            if ev.before is not None
            else None,
            "after": json.dumps(ev.after, ensure_ascii=False, sort_keys=True)
            if ev.after is not None
            else None,
            "id": ev.id,
        }
        row = []
        for key, _h, _w in EXPORT_COLUMNS:
            cell = _cell(ws, values[key])
            if key == "at" and isinstance(local, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            elif key == "changes":
                cell.alignment = wrap
            row.append(cell)
        ws.append(row)
        count += 1
        if count % 100 == 0:
            if cancelled is not None and cancelled():
                raise AuditExportCancelled("the export was cancelled; no file was written")
            if progress is not None:
                progress(count, max(total, count))
    if cancelled is not None and cancelled():
        raise AuditExportCancelled("the export was cancelled; no file was written")
    if progress is not None:
        progress(count, max(total, count))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        wb.save(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return count
