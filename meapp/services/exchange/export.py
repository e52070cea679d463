"""`export_package`: the whole programme, or the data of chosen periods, as one `.mepkg`.

The whole programme (the first package a municipality sends) carries the municipality, the
programme, the plan tree, indicators and targets, budgets, the working group, SWOT, risks,
public checks and hearings, and every period's data. A package of periods carries the
actuals, measure progress and spending, evidence, evaluations, target revisions and rounds
of those periods, plus the targets of the periods (a revised target travels with the
revision). Rows are written as they are stored — with their UUIDs, versions and times —
so the receiving database holds the same rows and a second import changes nothing; each
row's version vector (`meapp.models.sync`) travels with it, so the receiver takes only
rows newer than its own. The manifest names this database's origin and carries its
audit-chain anchor (event count and head hash) at the time of the export.

All rows are read in one read transaction (a consistent snapshot even while someone else
writes), written to `FILE.part` and renamed when complete, so a failure or a cancel never
leaves a half-written package under the real name. When the sender's password is given and
they have a signing identity, the manifest is signed with it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meapp import __version__
from meapp.errors import MeappError, NotFound, ValidationError
from meapp.models import Evidence, Municipality, Program, sync
from meapp.models.periods import Period
from meapp.services.access.users import Actor, require
from meapp.services.exchange import format as fmt
from meapp.services.exchange import scope
from meapp.services.monitoring import rounds
from meapp.store import audit_chain as audit
from meapp.store.engine import SCHEMA_HEAD, Database

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(MeappError):
    """The user cancelled the export; no package file was left behind."""


@dataclass(frozen=True)
class ExportResult:
    file: str
    package_id: str
    program_id: str
    program_code: str
    whole_program: bool
    periods: tuple[str, ...]
    rows: Mapping[str, int] = field(default_factory=dict)
    evidence_files: int = 0
    signed: bool = False
    signer: str | None = None

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "package_id": self.package_id,
            "program_id": self.program_id,
            "program_code": self.program_code,
            "scope": fmt.SCOPE_PROGRAM if self.whole_program else fmt.SCOPE_PERIODS,
            "periods": list(self.periods),
            "rows": {name: self.rows[name] for name in sorted(self.rows)},
            "evidence_files": self.evidence_files,
            "signed": self.signed,
        }


def _program_uuid(program_id: uuid.UUID | str) -> uuid.UUID:
    try:
        return program_id if isinstance(program_id, uuid.UUID) else uuid.UUID(str(program_id))
    except ValueError:
        raise NotFound("no programme {program}", program=str(program_id)) from None


def _periods(program: Program, periods: list[str] | str | None) -> list[Period] | None:
    if periods is None:
        return None
    texts = [periods] if isinstance(periods, str) else list(periods)
    if not texts:
        raise ValidationError("choose at least one period to export")
    chosen: list[Period] = []
    for text in texts:
        p = rounds.check_program_period(program, text, strict_frequency=False)
        if p not in chosen:
            chosen.append(p)
    return sorted(chosen, key=Period.sort_key)


def begin_snapshot(s: Session) -> None:
    """On SQLite, start the read transaction now, so every table is read from one snapshot
    (the driver would otherwise run each SELECT on its own)."""
    if s.get_bind().dialect.name == "sqlite":
        s.connection().exec_driver_sql("BEGIN")


def tree_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Plan items parents first (a child refers to its parent), siblings by position."""
    by_id = {r["id"]: r for r in rows}
    depth: dict[Any, int] = {}

    def depth_of(rid: Any) -> int:
        seen: list[Any] = []
        cur = rid
        while cur in by_id and cur not in depth:
            if cur in seen:  # a cycle: break it where it was found
                break
            seen.append(cur)
            cur = by_id[cur].get("parent_id")
        base = depth.get(cur, -1) if cur in by_id else -1
        for i, node in enumerate(reversed(seen)):
            depth[node] = base + 1 + i
        return depth[rid]

    for r in rows:
        depth_of(r["id"])
    return sorted(rows, key=lambda r: (depth[r["id"]], r.get("position") or 0, str(r["id"])))


def _dump(data: Any) -> bytes:
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def _zipinfo(name: str, when: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _signing_identity(db: Database, actor: Actor, password: str | None) -> Any:
    """The sender's unlocked identity, or None when there is no password or no identity."""
    if password is None or actor.login is None:
        return None
    from meapp.models import User
    from meapp.services.signing.identity import unlock_for_signing

    with db.session() as s:
        has = s.scalar(select(User.signing_p12.is_not(None)).where(User.login == actor.login))
    if not has:
        return None
    return unlock_for_signing(db, actor, password)


def export_package(
    db: Database,
    actor: Actor,
    program_id: uuid.UUID | str,
    periods: list[str] | str | None,
    path: Path | str,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the programme (periods=None) or the chosen periods' data to `path`.

    `password` unlocks the sender's signing identity; without it (or without an identity)
    the package is unsigned. Raises NotFound, ValidationError (a period outside the
    programme), AuthenticationFailed (wrong password for the key) or ExportCancelled.
    """
    require(actor, "read")
    pid = _program_uuid(program_id)
    target = Path(path)
    identity = _signing_identity(db, actor, password)
    now = datetime.now(UTC)
    package_id = str(uuid.uuid4())
    with db.session() as s, s.begin():
        begin_snapshot(s)
        program = s.get(Program, pid)
        if program is None:
            raise NotFound("no programme {program}", program=str(program_id))
        municipality = s.get(Municipality, program.municipality_id)
        assert municipality is not None
        chosen = _periods(program, periods)
        steps = len(fmt.TABLES) + 1
        tables = _read_tables(s, pid, chosen, steps, progress, cancelled)
        versions = _read_versions(s, tables)
        evidence_rows = [(uuid.UUID(r["id"]), r["sha256"]) for r in tables.get("evidence", [])]
        period_codes = _period_codes(tables, chosen)
        manifest = _manifest(
            package_id, now, program, municipality, actor, chosen is None, period_codes
        )
        manifest["origin"] = str(sync.origin_id(s))
        events, head = audit.head_of(s)
        manifest["chain"] = {"events": events, "head": head}
        _write_package(
            s, target, now, (tables, versions), evidence_rows, manifest, identity, cancelled
        )
        if progress is not None:
            progress(steps, steps)
        program_code = program.code
    result = ExportResult(
        target.name,
        package_id,
        str(pid),
        program_code,
        chosen is None,
        tuple(period_codes),
        {name: len(rows) for name, rows in tables.items()},
        len({sha for _id, sha in evidence_rows}),
        identity is not None,
        _signer_name(identity),
    )
    _record_export(db, actor, pid, result)
    return result


def _check_cancelled(cancelled: Cancelled | None) -> None:
    """Stop between tables and between evidence files, the points where a cancel is cheap
    and the `.part` file is still the only thing written."""
    if cancelled is not None and cancelled():
        raise ExportCancelled("the export was cancelled; no package was written")


def _table_query(spec: fmt.TableSpec, pid: uuid.UUID, chosen: list[Period] | None) -> Any:
    """The rows of one table that travel in this package, or None when the table stays home.

    The whole programme sends every table; a package of periods sends the period tables of
    those periods and the targets of the years they overlap (a revised target travels with
    its revision), nothing of the plan itself."""
    if chosen is None:
        return scope.rows_query(spec, pid)
    if spec.scope == "period":
        return scope.rows_query(spec, pid, scope.expand(chosen))
    if spec.name == "indicator_target":
        return scope.rows_query(spec, pid, scope.overlapping(chosen))
    return None


def _read_tables(
    s: Session,
    pid: uuid.UUID,
    chosen: list[Period] | None,
    steps: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> dict[str, list[dict[str, Any]]]:
    """Every travelling table's rows, encoded for the package, in `fmt.TABLES` order (the
    order the receiver imports them in); plan items parents first, so a child never arrives
    before the item it refers to. Reports one progress step per table."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for n, spec in enumerate(fmt.TABLES, start=1):
        _check_cancelled(cancelled)
        q = _table_query(spec, pid, chosen)
        if q is None:
            continue
        rows = [fmt.encode_row(spec, r) for r in s.execute(q)]
        if spec.name == "plan_item":
            rows = tree_order(rows)
        tables[spec.name] = rows
        if progress is not None:
            progress(n, steps)
    return tables


def _read_versions(
    s: Session, tables: dict[str, list[dict[str, Any]]]
) -> dict[str, dict[str, dict[str, int]]]:
    """The version vector of every travelling row that has one, per table (row id as text)."""
    out: dict[str, dict[str, dict[str, int]]] = {}
    for name, rows in tables.items():
        found = sync.vectors(s, [uuid.UUID(r["id"]) for r in rows])
        out[name] = {str(rid): vector for rid, vector in sorted(found.items()) if vector}
    return out


def _period_codes(
    tables: dict[str, list[dict[str, Any]]], chosen: list[Period] | None
) -> list[str]:
    """The periods the package holds data of, for the manifest: the chosen ones, or — for the
    whole programme — every period some period table has a row of (the final evaluation's
    "final" is no period), earliest first."""
    if chosen is not None:
        return [str(p) for p in chosen]
    found: set[str] = set()
    for spec in fmt.TABLES:
        if spec.scope == "period" and spec.period_column:
            found.update(
                r[spec.period_column]
                for r in tables.get(spec.name, [])
                if r[spec.period_column] not in (None, "final")
            )
    return sorted(found, key=lambda c: Period.parse(c).sort_key())


def _manifest(
    package_id: str,
    now: datetime,
    program: Program,
    municipality: Municipality,
    actor: Actor,
    whole_program: bool,
    period_codes: list[str],
) -> dict[str, Any]:
    """The manifest without its entries: what the receiver shows before importing (whose
    programme, which periods, who sent it) and checks (format and schema version)."""
    return {
        "format": fmt.FORMAT,
        "format_version": fmt.FORMAT_VERSION,
        "package_id": package_id,
        "created_at": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "app_version": __version__,
        "schema": SCHEMA_HEAD,
        "scope": fmt.SCOPE_PROGRAM if whole_program else fmt.SCOPE_PERIODS,
        "program": {"id": str(program.id), "code": program.code, "title": program.title},
        "municipality": {
            "id": str(municipality.id),
            "name": municipality.name,
            "kind": municipality.kind,
            "rayon": municipality.rayon,
            "oblast": municipality.oblast,
        },
        "periods": period_codes,
        "sender": {
            "login": actor.login,
            "name": actor.full_name or None,
            "position": actor.position,
        },
        "entries": {},
    }


def _write_package(
    s: Session,
    target: Path,
    now: datetime,
    tables: tuple[dict[str, list[dict[str, Any]]], dict[str, dict[str, dict[str, int]]]],
    evidence_rows: list[tuple[uuid.UUID, str]],
    manifest: dict[str, Any],
    identity: Any,
    cancelled: Cancelled | None,
) -> None:
    """Write the zip to `FILE.part` and rename it when complete, so a failure or a cancel
    never leaves a half-written package under the real name. The manifest (with every
    entry's hash and size) goes last, since it describes the entries; its signature after it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(part, "w", compresslevel=6) as zf:
            _write_tables(zf, now, tables, manifest)
            _write_evidence(zf, s, now, evidence_rows, manifest, cancelled)
            manifest_bytes = json.dumps(
                manifest, ensure_ascii=False, sort_keys=True, indent=1
            ).encode("utf-8")
            zf.writestr(_zipinfo(fmt.MANIFEST, now), manifest_bytes)
            if identity is not None:
                from meapp.services.exchange.signature import sign_manifest

                p7s = sign_manifest(identity.key, identity.certificate, manifest_bytes)
                zf.writestr(_zipinfo(fmt.SIGNATURE, now), p7s)
        part.replace(target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _write_tables(
    zf: zipfile.ZipFile,
    now: datetime,
    tables: tuple[dict[str, list[dict[str, Any]]], dict[str, dict[str, dict[str, int]]]],
    manifest: dict[str, Any],
) -> None:
    """One JSON entry per table (its rows and their versions), and its hash, size and row
    count in the manifest."""
    rows, versions = tables
    for spec in fmt.TABLES:
        if spec.name not in rows:
            continue
        doc: dict[str, Any] = {"table": spec.name, "rows": rows[spec.name]}
        if versions.get(spec.name):
            doc["versions"] = versions[spec.name]
        data = _dump(doc)
        manifest["entries"][spec.entry] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "rows": len(rows[spec.name]),
        }
        zf.writestr(_zipinfo(spec.entry, now), data)


def _write_evidence(
    zf: zipfile.ZipFile,
    s: Session,
    now: datetime,
    evidence_rows: list[tuple[uuid.UUID, str]],
    manifest: dict[str, Any],
    cancelled: Cancelled | None,
) -> None:
    """Each evidence file once, named by its SHA-256 (two rows with one file share the
    entry), read one at a time so a large archive is never held in memory whole. A stored
    file whose content no longer matches its hash stops the export: a receiver would reject
    the package anyway, and the sender should learn of the damage first."""
    written: set[str] = set()
    for evidence_id, sha in evidence_rows:
        if sha in written:
            continue
        _check_cancelled(cancelled)
        content = s.scalar(select(Evidence.content).where(Evidence.id == evidence_id))
        content = bytes(content or b"")
        if hashlib.sha256(content).hexdigest() != sha:
            raise ValidationError(
                "the stored evidence file {sha256} is damaged; run meapp check",
                sha256=sha,
            )
        name = f"{fmt.EVIDENCE_PREFIX}{sha}"
        manifest["entries"][name] = {"sha256": sha, "size": len(content)}
        zf.writestr(_zipinfo(name, now), content)
        written.add(sha)


def _signer_name(identity: Any) -> str | None:
    if identity is None:
        return None
    from meapp.services.signing.identity import certificate_info

    return certificate_info(identity.certificate).common_name


def _record_export(db: Database, actor: Actor, pid: uuid.UUID, result: ExportResult) -> None:
    """One audit event per package sent: which file, which periods, how many rows."""
    with db.session() as s, s.begin():
        audit.record(
            s,
            user=actor.login,
            action="package.export",
            entity="package",
            entity_id=result.package_id,
            program_id=pid,
            after={
                "file": result.file,
                "scope": fmt.SCOPE_PROGRAM if result.whole_program else fmt.SCOPE_PERIODS,
                "periods": ", ".join(result.periods),
                "rows": result.total_rows,
                "evidence_files": result.evidence_files,
                "signed": result.signed,
            },
            reason=f"package {result.file} ({result.package_id})",
        )
