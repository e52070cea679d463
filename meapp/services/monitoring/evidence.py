"""Evidence files: acts, contracts, photos, survey reports and minutes behind the figures.

The bytes are stored inside the database with their SHA-256, size and MIME type, so one
database file (or one exchange package) carries everything a rayon office needs to check a
report. Reading a file back verifies its SHA-256: a file altered in the database is an
error, never silently shown.

An evidence row belongs to an owner: the actual of an indicator in a period, the progress
of a measure in a period (both created here when missing, as data entry would), a public
check or a hearing. Evidence of a period follows the round lock like every other write.
"""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from meapp.errors import (
    ConcurrentEdit,
    IntegrityDamage,
    NotFound,
    Problem,
    ValidationError,
)
from meapp.errors import parse_id as _uuid
from meapp.models import (
    Actual,
    Evidence,
    Hearing,
    Indicator,
    MeasureProgress,
    PlanItem,
    Program,
    PublicCheck,
)
from meapp.models.enums import EVIDENCE_KINDS, EVIDENCE_OWNERS
from meapp.services.access.users import Actor, require
from meapp.services.monitoring import entry as monitoring
from meapp.services.monitoring import locks, rounds
from meapp.store import audit_chain as audit
from meapp.store.engine import Database

MAX_BYTES = 50 * 1024 * 1024
MAX_NUMBER = 100
MAX_FILENAME = 300
PERIOD_OWNERS = ("actual", "measure_progress")
IMAGE_MIMES = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp")

# First bytes of common files, for names without a known extension.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"%PDF", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
)


@dataclass(frozen=True)
class EvidenceDTO:
    id: str
    program_id: str
    owner_type: str
    owner_id: str
    period: str | None
    kind: str
    doc_number: str | None
    doc_date: date | None
    filename: str
    mime: str | None
    size: int
    sha256: str
    created_at: datetime
    version: int

    @property
    def is_image(self) -> bool:
        return (self.mime or "") in IMAGE_MIMES


def _dto(e: Evidence) -> EvidenceDTO:
    return EvidenceDTO(
        str(e.id),
        str(e.program_id),
        e.owner_type,
        str(e.owner_id),
        e.period,
        e.kind,
        e.doc_number,
        e.doc_date,
        e.filename,
        e.mime,
        e.size,
        e.sha256,
        e.created_at,
        e.version,
    )


def guess_mime(filename: str, content: bytes) -> str:
    """The MIME type from the name, else from the first bytes, else a plain byte stream."""
    guessed, _enc = mimetypes.guess_type(filename)
    if guessed:
        return guessed
    for magic, mime in _MAGIC:
        if content.startswith(magic):
            return mime
    return "application/octet-stream"


def size_text(size: int) -> str:
    """`12,5 MB`: the limit in the words of an error message."""
    return f"{size / (1024 * 1024):.0f} MB"


def _check_kind(kind: str) -> str:
    if kind not in EVIDENCE_KINDS:
        raise ValidationError(
            Problem(
                "Kind of document: unknown kind {kind}; use one of {kinds}",
                {"kind": str(kind), "kinds": ", ".join(EVIDENCE_KINDS), "field": "kind"},
            )
        )
    return kind


def _check_number(number: str | None) -> str | None:
    text = (number or "").strip()
    if len(text) > MAX_NUMBER:
        raise ValidationError(
            Problem(
                "Document number: at most {n} characters",
                {"n": MAX_NUMBER, "field": "doc_number"},
            )
        )
    return text or None


def _check_date(value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ValidationError(
            Problem(
                "Document date: not a date: {value} (write 2024-03-15)",
                {"value": str(value), "field": "doc_date"},
            )
        ) from exc


def _read_source(
    path: str | Path | None, content: bytes | None, filename: str | None
) -> tuple[str, bytes]:
    """The file's name and bytes, refusing a missing, empty or too large file before
    anything is read into memory that need not be."""
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ValidationError("File: there is no file {path}", path=str(p), field="file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(
                "File: {name} is too large ({size}); the limit is {limit}",
                name=p.name,
                size=size_text(size),
                limit=size_text(MAX_BYTES),
                field="file",
            )
        try:
            content = p.read_bytes()
        except OSError as exc:
            raise ValidationError(
                "File: {name} cannot be read: {reason}",
                name=p.name,
                reason=exc.strerror or str(exc),
                field="file",
            ) from exc
        filename = filename or p.name
    if content is None:
        raise ValidationError("File: no file was given", field="file")
    name = Path((filename or "").replace("\\", "/")).name.strip()
    if not name:
        raise ValidationError("File: the file name is empty", field="file")
    if len(name) > MAX_FILENAME:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: MAX_FILENAME - len(ext) - 1] + dot + ext) if dot else name[:MAX_FILENAME]
    if len(content) > MAX_BYTES:
        raise ValidationError(
            "File: {name} is too large ({size}); the limit is {limit}",
            name=name,
            size=size_text(len(content)),
            limit=size_text(MAX_BYTES),
            field="file",
        )
    if not content:
        raise ValidationError("File: {name} is empty", name=name, field="file")
    return name, bytes(content)


# -- owners ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Owner:
    program_id: uuid.UUID
    owner_id: uuid.UUID | None  # None: the actual / progress row does not exist yet
    period: str | None


def _check_owner_type(owner_type: str) -> None:
    if owner_type not in EVIDENCE_OWNERS:
        raise ValidationError(
            "unknown owner of evidence {owner}; use one of {owners}",
            owner=str(owner_type),
            owners=", ".join(EVIDENCE_OWNERS),
        )


def _find_owner(
    s: Session, owner_type: str, subject_id: uuid.UUID | str, period: str | None
) -> tuple[_Owner, Program, Indicator | PlanItem | None]:
    """Resolve the subject (indicator, measure, check or hearing) to its evidence owner."""
    _check_owner_type(owner_type)
    if owner_type == "actual":
        iid = _uuid(subject_id, "no indicator {indicator}", indicator=str(subject_id))
        ind, program = monitoring.indicator_in(s, iid, subject_id)
        p = str(rounds.check_program_period(program, period or ""))
        row_id = s.scalar(select(Actual.id).where(Actual.indicator_id == iid, Actual.period == p))
        return _Owner(program.id, row_id, p), program, ind
    if owner_type == "measure_progress":
        mid = _uuid(subject_id, "no measure {measure}", measure=str(subject_id))
        measure, program = monitoring.measure_in(s, mid, subject_id)
        p = str(rounds.check_program_period(program, period or ""))
        row_id = s.scalar(
            select(MeasureProgress.id).where(
                MeasureProgress.measure_id == mid, MeasureProgress.period == p
            )
        )
        return _Owner(program.id, row_id, p), program, measure
    if owner_type == "public_check":
        cid = _uuid(subject_id, "no public check {check}", check=str(subject_id))
        check = s.get(PublicCheck, cid)
        if check is None:
            raise NotFound("no public check {check}", check=str(subject_id))
        checked = s.get(PlanItem, check.measure_id)
        assert checked is not None
        program = monitoring.program_of(s, checked.program_id)
        return _Owner(program.id, check.id, None), program, None
    hid = _uuid(subject_id, "no hearing {hearing}", hearing=str(subject_id))
    hearing = s.get(Hearing, hid)
    if hearing is None:
        raise NotFound("no hearing {hearing}", hearing=str(subject_id))
    program = monitoring.program_of(s, hearing.program_id)
    return _Owner(program.id, hearing.id, None), program, None


def _create_owner_row(
    s: Session, actor: Actor, owner_type: str, subject: Indicator | PlanItem, period: str
) -> uuid.UUID:
    """The empty actual / progress row a file is attached to (audited like data entry)."""
    if owner_type == "actual":
        assert isinstance(subject, Indicator)
        return monitoring.add_actual_in(s, actor, subject, period, None, source="evidence").id
    assert isinstance(subject, PlanItem)
    monitoring.write_measure_progress_in(
        s, actor, subject, rounds.as_period(period), None, None, None, source="evidence"
    )
    row_id = s.scalar(
        select(MeasureProgress.id).where(
            MeasureProgress.measure_id == subject.id, MeasureProgress.period == period
        )
    )
    assert row_id is not None
    return row_id


# -- use cases ---------------------------------------------------------------------------


def attach(
    db: Database,
    actor: Actor,
    owner_type: str,
    subject_id: uuid.UUID | str,
    period: str | None = None,
    *,
    path: str | Path | None = None,
    content: bytes | None = None,
    filename: str | None = None,
    kind: str = "other",
    doc_number: str | None = None,
    doc_date: date | str | None = None,
) -> EvidenceDTO:
    """Store one file as evidence of an indicator's actual or a measure's progress in a
    period (subject = indicator or measure id), of a public check or of a hearing (subject =
    its id, no period). Give a `path`, or `content` with a `filename`.

    Raises PermissionDenied, NotFound, ValidationError (kind, number, date, a missing,
    empty or too large file) or PeriodLocked; nothing is stored then.
    """
    require(actor, "data.enter")
    _check_owner_type(owner_type)
    kind = _check_kind(kind)
    number = _check_number(doc_number)
    when = _check_date(doc_date)
    name, data = _read_source(path, content, filename)
    digest = hashlib.sha256(data).hexdigest()
    mime = guess_mime(name, data)
    try:
        with db.session() as s, s.begin():
            owner, program, subject = _find_owner(s, owner_type, subject_id, period)
            if owner.period is not None:
                locks.ensure_period_open(s, program.id, owner.period)
            elif owner.owner_id is not None:  # a hearing's or check's date: its period
                locks.ensure_owner_open(s, owner_type, owner.owner_id)
            owner_id = owner.owner_id
            if owner_id is None:
                assert subject is not None and owner.period is not None
                owner_id = _create_owner_row(s, actor, owner_type, subject, owner.period)
            row = Evidence(
                program_id=program.id,
                owner_type=owner_type,
                owner_id=owner_id,
                period=owner.period,
                kind=kind,
                doc_number=number,
                doc_date=when,
                filename=name,
                mime=mime,
                size=len(data),
                sha256=digest,
                content=data,
            )
            s.add(row)
            s.flush()
            monitoring.audit_row(
                s, actor, "evidence", row, program_id=program.id, period=owner.period
            )
            return _dto(row)
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentEdit(monitoring.STALE) from exc


def list_evidence(
    db: Database, owner_type: str, subject_id: uuid.UUID | str, period: str | None = None
) -> list[EvidenceDTO]:
    """The files of one owner, oldest first (an actual with no row yet has none)."""
    with db.session() as s:
        owner, _program, _subject = _find_owner(s, owner_type, subject_id, period)
        if owner.owner_id is None:
            return []
        rows = s.scalars(
            select(Evidence)
            .where(Evidence.owner_type == owner_type, Evidence.owner_id == owner.owner_id)
            .order_by(Evidence.created_at, Evidence.filename)
        )
        return [_dto(e) for e in rows]


def count(
    db: Database, owner_type: str, subject_id: uuid.UUID | str, period: str | None = None
) -> int:
    """How many files one owner has."""
    with db.session() as s:
        owner, _program, _subject = _find_owner(s, owner_type, subject_id, period)
        if owner.owner_id is None:
            return 0
        return int(
            s.scalar(
                select(func.count())
                .select_from(Evidence)
                .where(Evidence.owner_type == owner_type, Evidence.owner_id == owner.owner_id)
            )
            or 0
        )


def counts(
    db: Database, program_id: uuid.UUID | str, owner_type: str, period: str | None = None
) -> dict[str, int]:
    """Files per subject of a programme in one query, for a grid's evidence column.

    Keys are the subject ids the caller knows: indicator ids for "actual", measure ids for
    "measure_progress" (in `period`), check or hearing ids otherwise.
    """
    _check_owner_type(owner_type)
    pid = rounds.as_uuid(program_id)
    n = func.count(Evidence.id)
    with db.session() as s:
        base = select(n).where(Evidence.program_id == pid, Evidence.owner_type == owner_type)
        if owner_type == "actual":
            q = (
                base.add_columns(Actual.indicator_id)
                .join(Actual, Actual.id == Evidence.owner_id)
                .where(Actual.period == str(period or ""))
                .group_by(Actual.indicator_id)
            )
        elif owner_type == "measure_progress":
            q = (
                base.add_columns(MeasureProgress.measure_id)
                .join(MeasureProgress, MeasureProgress.id == Evidence.owner_id)
                .where(MeasureProgress.period == str(period or ""))
                .group_by(MeasureProgress.measure_id)
            )
        else:
            q = base.add_columns(Evidence.owner_id).group_by(Evidence.owner_id)
        return {str(key): int(total) for total, key in s.execute(q)}


def _verified(e_id: uuid.UUID, data: bytes | None, sha256: str, filename: str) -> bytes:
    if data is None or hashlib.sha256(data).hexdigest() != sha256:
        raise IntegrityDamage(
            "the stored evidence file {name} is damaged (its SHA-256 does not match); "
            "run meapp check or restore a backup",
            name=filename,
            id=str(e_id),
        )
    return data


def read_content(db: Database, evidence_id: uuid.UUID | str) -> bytes:
    """The stored bytes of one file, after checking them against their SHA-256."""
    eid = _uuid(evidence_id, "no evidence file {evidence}", evidence=str(evidence_id))
    with db.session() as s:
        row = s.execute(
            select(Evidence.content, Evidence.sha256, Evidence.filename).where(Evidence.id == eid)
        ).first()
        if row is None:
            raise NotFound("no evidence file {evidence}", evidence=str(evidence_id))
        return _verified(eid, row.content, row.sha256, row.filename)


def get_evidence(db: Database, evidence_id: uuid.UUID | str) -> EvidenceDTO:
    eid = _uuid(evidence_id, "no evidence file {evidence}", evidence=str(evidence_id))
    with db.session() as s:
        row = s.get(Evidence, eid)
        if row is None:
            raise NotFound("no evidence file {evidence}", evidence=str(evidence_id))
        return _dto(row)


def remove(
    db: Database, actor: Actor, evidence_id: uuid.UUID | str, expected_version: int | None = None
) -> None:
    """Delete one file (audited with its name, size and SHA-256; the bytes go)."""
    require(actor, "data.enter")
    eid = _uuid(evidence_id, "no evidence file {evidence}", evidence=str(evidence_id))
    try:
        with db.session() as s, s.begin():
            row = s.get(Evidence, eid)
            if row is None:
                raise NotFound("no evidence file {evidence}", evidence=str(evidence_id))
            if row.period:
                locks.ensure_period_open(s, row.program_id, row.period)
            else:  # a hearing's or check's file locks with the period of its date
                locks.ensure_owner_open(s, row.owner_type, row.owner_id)
            monitoring.check_version(row.version, expected_version)
            delete_in(s, actor, [row])
    except (StaleDataError, IntegrityError) as exc:
        raise ConcurrentEdit(monitoring.STALE) from exc


def delete_in(s: Session, actor: Actor, rows: Iterable[Evidence]) -> int:
    """Delete evidence rows inside the caller's transaction, one audit event each."""
    n = 0
    for row in rows:
        audit.record_deleted(
            s, actor.login, row, "evidence", program_id=row.program_id, period=row.period
        )
        s.delete(row)
        n += 1
    s.flush()
    return n


def delete_owned_in(s: Session, actor: Actor, owner_type: str, owner_id: uuid.UUID) -> int:
    """Delete every file of an owner that is itself being deleted (a check, a hearing)."""
    rows = list(
        s.scalars(
            select(Evidence).where(Evidence.owner_type == owner_type, Evidence.owner_id == owner_id)
        )
    )
    return delete_in(s, actor, rows)


def period_locked(db: Database, program_id: uuid.UUID | str, period: str | None) -> bool:
    """Whether files of this programme-period can no longer change (an approved round)."""
    if not period:
        return False
    with db.session() as s:
        return locks.is_locked(s, program_id, period)
