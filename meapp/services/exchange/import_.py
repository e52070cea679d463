"""`preview_package` and `import_package`: what a package would change, then changing it.

The preview is read-only: the import dialog shows its counts per table, the rows that are
new, changed, conflicting (with both values), outdated or locked, and who signed the
package. The import repeats every check inside its own write transaction (the database
may have changed since the preview) and applies the whole package in that one
transaction: a refusal, a cancel, a crash or a killed process leaves the database exactly
as it was.

* An approved round here is never changed: a package that would change a row of a locked
  period is refused as a whole, listing the rows (`PackageLocked`).
* Conflicting rows are resolved per row (`resolutions`, from the dialog) or all one way
  (`prefer`: "mine" keeps this database's row, "theirs" takes the package's); an
  unresolved conflict refuses the import (`ImportConflicts`, listing them).
* A row kept over a conflict is remembered (`import.keep` event), so the same package does
  not raise the same conflict again; importing a package twice changes nothing, not even
  the audit trail.
* Every written row gets an `import` event (before/after, the versions) whose reason names
  the package file and its manifest id, and the import as a whole a `package.import` event.
* Rows move forward only: a row is taken when its version (a vector of change counts per
  database, `meapp.models.sync`) is newer than this database's; an older package — or one
  replayed after a newer one — changes nothing ("already newer here"); a row changed on both
  sides since their common version is a conflict, settled only by the user's choice.
* The signer is checked against the municipality's recorded signer (`trust`): a first or
  another signer needs `accept_signer=True`, an unsigned package `accept_unsigned=True` — as
  soon as the package would write anything (a package that changes nothing needs no yes).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from meapp.errors import (
    ConcurrentEdit,
    MeappError,
    PeriodLocked,
    Problem,
    ValidationError,
)
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import sync
from meapp.services.access.users import Actor, require
from meapp.services.exchange import format as fmt
from meapp.services.exchange import trust
from meapp.services.exchange.export import begin_snapshot, tree_order
from meapp.services.exchange.plan import (
    CHANGED,
    CONFLICT,
    KINDS,
    LOCKED,
    NEW,
    OUTDATED,
    UNCHANGED,
    ImportPlan,
    Item,
    RowChange,
    build_plan,
)
from meapp.services.exchange.reader import Package, open_package
from meapp.services.monitoring import locks
from meapp.store import audit_chain as audit
from meapp.store.audit_chain import format_anchor
from meapp.store.engine import Database

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
MINE = "mine"
THEIRS = "theirs"
CHOICES = (MINE, THEIRS)
_BATCH = 500
STALE = "changed by someone else; look again and retry"

__all__ = [
    "CHOICES",
    "ImportCancelled",
    "ImportConflicts",
    "ImportResult",
    "PackageLocked",
    "PackagePreview",
    "RowChange",
    "SignerNotConfirmed",
    "TableCounts",
    "import_package",
    "preview_package",
]


# -- errors --------------------------------------------------------------------------------


LOCKED_TEXT = QT_TRANSLATE_NOOP(
    "problems",
    "{file} would change {n} rows of {periods}, approved here and locked; nothing was "
    "imported (an administrator can reopen the round)",
)
FIRST_SIGNER_TEXT = QT_TRANSLATE_NOOP(
    "problems",
    "{file} is the first package from {municipality}, signed by {signer} (certificate "
    "SHA-256 {sha256}); nothing was imported. Compare the fingerprint with the sender, then "
    "confirm the signer (--accept-signer)",
)
OTHER_SIGNER_TEXT = QT_TRANSLATE_NOOP(
    "problems",
    "{file}: signed by {signer} (certificate SHA-256 {sha256}), but earlier packages from "
    "{municipality} were signed by {known} (certificate SHA-256 {known_sha256}); nothing was "
    "imported. Check with the sender, then confirm the new signer (--accept-signer)",
)
UNSIGNED_TEXT = QT_TRANSLATE_NOOP(
    "problems",
    "{file} is not signed: nothing shows who made it or that it is unchanged; nothing was "
    "imported. Check with the sender, then confirm (--accept-unsigned)",
)
UNSIGNED_KNOWN_TEXT = QT_TRANSLATE_NOOP(
    "problems",
    "{file} is not signed, but earlier packages from {municipality} were signed by {known} "
    "(certificate SHA-256 {known_sha256}); nothing was imported. Check with the sender, then "
    "confirm (--accept-unsigned)",
)
_REFUSALS = {
    trust.FIRST: FIRST_SIGNER_TEXT,
    trust.OTHER_SIGNER: OTHER_SIGNER_TEXT,
    trust.UNSIGNED: UNSIGNED_TEXT,
    trust.UNSIGNED_KNOWN: UNSIGNED_KNOWN_TEXT,
}


class ImportConflicts(ValidationError):
    """Rows changed on both sides and no choice was made: nothing was imported."""

    def __init__(self, file: str, conflicts: list[RowChange]) -> None:
        self.conflicts = conflicts
        super().__init__(
            Problem(
                "{file}: {n} rows were changed both here and in the package; nothing was "
                "imported. Choose which to keep (--prefer mine or --prefer theirs)",
                {"file": file, "n": len(conflicts)},
            )
        )


class PackageLocked(PeriodLocked):
    """The package would change rows of an approved (locked) period: nothing was imported."""

    def __init__(self, file: str, rows: list[RowChange]) -> None:
        self.rows = rows
        periods = sorted({r.period for r in rows if r.period})
        super().__init__(
            LOCKED_TEXT,
            file=file,
            n=len(rows),
            periods=", ".join(periods),
        )


class SignerNotConfirmed(ValidationError):
    """The package is unsigned, or its signer is not the municipality's recorded one, and
    the user did not say yes: nothing was imported. The message names the signer with its
    certificate fingerprint (and the recorded one's)."""

    def __init__(self, file: str, decision: trust.TrustDecision) -> None:
        self.decision = decision
        super().__init__(Problem(_REFUSALS[decision.state], {"file": file, **decision.params}))


class ImportCancelled(MeappError):
    """The user cancelled the import; nothing was changed."""


# -- DTOs ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableCounts:
    table: str
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    conflict: int = 0
    outdated: int = 0
    locked: int = 0

    @property
    def total(self) -> int:
        return (
            self.new + self.changed + self.unchanged + self.conflict + self.outdated + self.locked
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "conflicting": self.conflict,
            "outdated": self.outdated,
            "locked": self.locked,
        }


def _table_counts(plan: ImportPlan) -> tuple[TableCounts, ...]:
    return tuple(TableCounts(name, **{k: c[k] for k in KINDS}) for name, c in plan.counts().items())


@dataclass(frozen=True)
class PackagePreview:
    """What importing the package would do, for the import dialog (nothing was changed)."""

    file: str
    package_id: str
    format_version: int
    whole_program: bool
    program_id: str
    program_code: str
    program_title: str
    program_known: bool
    municipality_id: str
    municipality: str
    periods: tuple[str, ...]
    sender_login: str | None
    sender_name: str | None
    created_at: str | None
    app_version: str | None
    trust: trust.TrustDecision
    tables: tuple[TableCounts, ...]
    changes: tuple[RowChange, ...]  # every row that is not unchanged
    evidence_files: int = 0
    origin: str | None = None  # the sender database's origin id
    chain: tuple[int, str] | None = None  # the sender's audit-chain anchor

    def of_kind(self, kind: str) -> list[RowChange]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def conflicts(self) -> list[RowChange]:
        return self.of_kind(CONFLICT)

    @property
    def locked(self) -> list[RowChange]:
        return self.of_kind(LOCKED)

    @property
    def needs_confirmation(self) -> bool:
        return self.trust.needs_confirmation

    @property
    def can_import(self) -> bool:
        """False when the import would be refused whatever the user chooses (locked rows)."""
        return not self.locked

    @property
    def changes_nothing(self) -> bool:
        return not any(c.kind in (NEW, CHANGED, CONFLICT, LOCKED) for c in self.changes)

    @property
    def already_newer(self) -> bool:
        """Nothing would be taken because this database already has newer data."""
        return self.changes_nothing and self.total(OUTDATED) > 0

    def total(self, kind: str) -> int:
        return sum(getattr(t, kind) for t in self.tables)

    def as_json(self) -> dict[str, Any]:
        return {
            "package_id": self.package_id,
            "format_version": self.format_version,
            "scope": fmt.SCOPE_PROGRAM if self.whole_program else fmt.SCOPE_PERIODS,
            "program_id": self.program_id,
            "program_code": self.program_code,
            "program_known": self.program_known,
            "municipality_id": self.municipality_id,
            "municipality": self.municipality,
            "periods": list(self.periods),
            "sender": {"login": self.sender_login, "name": self.sender_name},
            "trust": self.trust.as_json(),
            "tables": [t.as_json() for t in self.tables],
            "conflicts": [c.as_json() for c in self.conflicts],
            "locked": [c.as_json() for c in self.locked],
            "evidence_files": self.evidence_files,
            "already_newer": self.already_newer,
            "origin": self.origin,
            "chain": {"events": self.chain[0], "head": self.chain[1]} if self.chain else None,
        }


@dataclass(frozen=True)
class ImportResult:
    file: str
    package_id: str
    program_id: str
    program_code: str
    created_program: bool
    tables: tuple[TableCounts, ...]
    created: int = 0
    updated: int = 0
    replaced: int = 0  # rows here with the same natural key, replaced by the package's
    kept: int = 0  # conflicts resolved in favour of this database
    outdated: int = 0
    unchanged: int = 0
    skipped: int = 0  # rows whose parent was kept out (a conflict resolved "mine")
    trust: trust.TrustDecision | None = None
    trust_recorded: bool = False

    @property
    def written(self) -> int:
        return self.created + self.updated + self.replaced

    @property
    def changed_nothing(self) -> bool:
        return self.written == 0 and self.kept == 0

    @property
    def already_newer(self) -> bool:
        """Nothing was taken because this database already has newer data (an older
        package, or one replayed after a newer one)."""
        return self.changed_nothing and self.outdated > 0

    def as_json(self) -> dict[str, Any]:
        return {
            "package_id": self.package_id,
            "program_id": self.program_id,
            "program_code": self.program_code,
            "created_program": self.created_program,
            "created": self.created,
            "updated": self.updated,
            "replaced": self.replaced,
            "kept": self.kept,
            "outdated": self.outdated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "tables": [t.as_json() for t in self.tables],
            "trust": self.trust.as_json() if self.trust else None,
            "trust_recorded": self.trust_recorded,
            "already_newer": self.already_newer,
        }


# -- preview -------------------------------------------------------------------------------


def _preview(pkg: Package, plan: ImportPlan, decision: trust.TrustDecision) -> PackagePreview:
    m = pkg.manifest
    sender = pkg.sender
    return PackagePreview(
        pkg.file,
        pkg.package_id,
        int(m["format_version"]),
        pkg.whole_program,
        str(pkg.program_id),
        pkg.program_code,
        pkg.program_title,
        plan.program_known,
        str(pkg.municipality_id),
        pkg.municipality_name,
        tuple(pkg.periods),
        sender.get("login"),
        sender.get("name"),
        m.get("created_at"),
        m.get("app_version"),
        decision,
        _table_counts(plan),
        tuple(plan.change(i) for i in plan.items if i.kind != UNCHANGED),
        len(pkg.evidence),
        pkg.origin,
        pkg.chain,
    )


def preview_package(
    db: Database,
    path: Path | str,
    *,
    limits: fmt.Limits | None = None,
    trust_folder: Path | None = None,
) -> PackagePreview:
    """Check the package and compare it with the database; changes nothing.

    Raises ValidationError when the package itself is refused (damaged, tampered, unknown
    format, unsafe entries, too large, from another programme, periods of an unknown
    programme); locked rows, conflicts and an unconfirmed signer are reported in the
    preview, not raised.
    """
    with open_package(path, limits=limits) as pkg:
        decision = trust.decide(
            pkg.municipality_id, pkg.municipality_name, pkg.signer, folder=trust_folder
        )
        with db.session() as s, s.begin():
            begin_snapshot(s)
            plan = build_plan(s, pkg)
        return _preview(pkg, plan, decision)


# -- import --------------------------------------------------------------------------------


def _begin_write(s: Session) -> None:
    """On SQLite, take the write lock now: the comparison and the writes then see the same
    database, and no other writer can slip in between."""
    if s.get_bind().dialect.name == "sqlite":
        s.connection().exec_driver_sql("BEGIN IMMEDIATE")


def _check_expected_program(pkg: Package, program: str | None) -> None:
    if not program:
        return
    if program in (str(pkg.program_id), pkg.program_code):
        return
    raise ValidationError(
        "{file} is from another programme: it carries {code}, not {program}",
        file=pkg.file,
        code=pkg.program_code,
        program=program,
    )


def _audit_view(spec: fmt.TableSpec, row: Mapping[str, Any], columns: tuple[str, ...]) -> dict:
    return {c: row.get(c) for c in columns}


@dataclass
class _Counts:
    created: int = 0
    updated: int = 0
    replaced: int = 0
    kept: int = 0
    skipped: int = 0


class _Writer:
    """Applies a resolved plan inside the caller's transaction."""

    def __init__(
        self,
        s: Session,
        actor: Actor,
        plan: ImportPlan,
        decisions: dict[uuid.UUID, str],
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self.s = s
        self.actor = actor
        self.plan = plan
        self.pkg = plan.package
        self.decisions = decisions
        self.progress = progress
        self.cancelled = cancelled
        self.counts = _Counts()
        self.absent: set[uuid.UUID] = set()  # package rows that will not exist here
        self.done = 0
        self.total = 0
        self.pending: list[tuple[Item, dict[str, Any]]] = []
        self.vectors: dict[str, dict[uuid.UUID, dict[str, int]]] = {}

    def _version(self, item: Item, vector: dict[str, int], *, new: bool = False) -> None:
        """The row's version vector after the import (written at the end of `run`; an empty
        one for a new row clears what a row of that id deleted here may have left)."""
        if vector or item.mine_v or new:
            self.vectors.setdefault(item.spec.name, {})[item.id] = vector

    def _tick(self) -> None:
        self.done += 1
        if self.cancelled is not None and self.done % 50 == 0 and self.cancelled():
            raise ImportCancelled("the import was cancelled; nothing was changed")
        if self.progress is not None and (self.done % 200 == 0 or self.done == self.total):
            self.progress(self.done, self.total)

    def _event(self, item: Item, action: str, before: dict | None, after: dict | None) -> None:
        audit.record(
            self.s,
            user=self.actor.login,
            action=action,
            entity=item.spec.name,
            entity_id=item.id,
            program_id=self.pkg.program_id,
            period=item.period,
            before=before,
            after=after,
            reason=self.pkg.label,
        )

    def _orphan(self, item: Item) -> bool:
        refs = list(item.spec.refs) + ([item.spec.parent] if item.spec.parent else [])
        if item.spec.name == "evidence":
            refs.append(("owner_id", item.row["owner_type"]))
        return any(item.row.get(column) in self.absent for column, _t in refs)

    def _flush_inserts(self) -> None:
        if not self.pending:
            return
        spec = self.pending[0][0].spec
        self.s.execute(insert(spec.table), [values for _i, values in self.pending])
        self.pending.clear()

    def _values(self, item: Item) -> dict[str, Any]:
        values = dict(item.row)
        if item.spec.name == "evidence":
            values["content"] = self.pkg.evidence_bytes(item.row["sha256"])
        return values

    def _insert(self, item: Item) -> None:
        values = self._values(item)
        content = item.spec.content_columns
        self._event(
            item,
            "import",
            None,
            {
                **_audit_view(item.spec, item.row, content),
                "version": item.row["version"],
                "package_version": item.row["version"],
            },
        )
        self._version(item, item.theirs_v, new=True)
        if item.spec.name == "evidence":
            self._flush_inserts()
            self.s.execute(insert(item.spec.table), [values])
            return
        self.pending.append((item, values))
        if len(self.pending) >= _BATCH:
            self._flush_inserts()

    def _update(self, item: Item) -> None:
        self._flush_inserts()
        local = item.local
        assert local is not None
        t = item.spec.table
        version = max(local["version"] + 1, item.row["version"])
        values = self._values(item)
        values.pop("id")
        values["version"] = version
        result = self.s.execute(
            update(t).where(t.c.id == item.id, t.c.version == local["version"]).values(**values)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise ConcurrentEdit(STALE)
        self._version(item, sync.merge(item.mine_v, item.theirs_v))
        columns = fmt.differing_columns(item.spec, local, item.row)
        self._event(
            item,
            "import",
            {**_audit_view(item.spec, local, columns), "version": local["version"]},
            {
                **_audit_view(item.spec, item.row, columns),
                "version": version,
                "package_version": item.row["version"],
            },
        )
        self.counts.updated += 1

    def _replace(self, item: Item) -> None:
        """Another row here has the package row's natural key: it gives way."""
        self._flush_inserts()
        twin = item.twin
        assert twin is not None
        t = item.spec.table
        result = self.s.execute(
            delete(t).where(t.c.id == twin["id"], t.c.version == twin["version"])
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise ConcurrentEdit(STALE)
        sync.forget(self.s, [twin["id"]])
        audit.record(
            self.s,
            user=self.actor.login,
            action="delete",
            entity=item.spec.name,
            entity_id=twin["id"],
            program_id=self.pkg.program_id,
            period=item.period,
            before=_audit_view(item.spec, twin, item.spec.content_columns),
            reason=self.pkg.label,
        )
        self._insert(item)
        self._flush_inserts()
        self.counts.replaced += 1

    def _keep(self, item: Item) -> None:
        mine = item.mine
        assert mine is not None
        after = {"version": mine["version"], "package_version": item.row["version"]}
        if item.twin is not None:
            # the package's row never lands here (nor do rows hanging on it); the event,
            # under the package row's id, remembers the choice for the next package
            self.absent.add(item.id)
            after["kept"] = str(item.twin["id"])
        else:  # this row has now seen the package's version too: a replay is outdated
            self._version(item, sync.merge(item.mine_v, item.theirs_v))
        self._event(item, "import.keep", None, after)
        self.counts.kept += 1

    def run(self) -> _Counts:
        items = self.plan.items
        # the rows written here get the package's versions, not a local bump
        sync.mark_imported(self.s, [i.id for i in items])
        sync.mark_imported(self.s, [i.twin["id"] for i in items if i.twin is not None])
        self.absent.update(i.id for i in items if i.kind == OUTDATED and i.twin is not None)
        for i in merges(self.plan):
            self._version(i, sync.merge(i.mine_v, i.theirs_v))
        act = [i for i in items if i.kind in (NEW, CHANGED, CONFLICT)]
        self.total = len(act)
        periods = sorted({i.period for i in act if i.period})
        if self.plan.program_known:
            for period in periods:  # under FOR SHARE on PostgreSQL: no approval slips in
                locks.ensure_period_open(self.s, self.pkg.program_id, period)
        by_table: dict[str, list[Item]] = {}
        for i in act:
            by_table.setdefault(i.spec.name, []).append(i)
        for spec in fmt.TABLES:
            todo = by_table.get(spec.name, [])
            if spec.name == "plan_item" and todo:
                order = {r["id"]: n for n, r in enumerate(tree_order([i.row for i in todo]))}
                todo.sort(key=lambda i: order[i.id])
            for item in todo:
                if self._orphan(item):
                    self.absent.add(item.id)
                    self.counts.skipped += 1
                    self._tick()
                    continue
                if item.kind == NEW:
                    self._insert(item)
                    self.counts.created += 1
                elif item.kind == CHANGED:
                    self._update(item)
                else:
                    choice = self.decisions[item.id]
                    if choice == MINE:
                        self._keep(item)
                    elif item.twin is not None:
                        self._replace(item)
                    else:
                        self._update(item)
                self._tick()
            self._flush_inserts()
        for table, vectors in self.vectors.items():
            sync.store(self.s, table, vectors)
        return self.counts


def merges(plan: ImportPlan) -> list[Item]:
    """Unchanged rows whose version here has not seen the package's: only their versions
    are merged (the same content reached by both sides), so that the next change of either
    is judged against both."""
    return [
        i
        for i in plan.by_kind(UNCHANGED)
        if i.theirs_v and sync.compare(i.theirs_v, i.mine_v) in (sync.NEWER, sync.CONCURRENT)
    ]


def _would_write(plan: ImportPlan) -> bool:
    """Whether importing writes anything (rows, or only the versions of unchanged rows)."""
    return any(i.kind in (NEW, CHANGED, CONFLICT) for i in plan.items) or bool(merges(plan))


def _decisions(
    plan: ImportPlan, prefer: str | None, resolutions: Mapping[str, str] | None
) -> tuple[dict[uuid.UUID, str], list[Item]]:
    chosen: dict[uuid.UUID, str] = {}
    unresolved: list[Item] = []
    given = {str(k): v for k, v in (resolutions or {}).items()}
    for item in plan.by_kind(CONFLICT):
        choice = given.get(str(item.id)) or prefer
        if choice not in CHOICES:
            unresolved.append(item)
        else:
            chosen[item.id] = choice
    return chosen, unresolved


def import_package(
    db: Database,
    actor: Actor,
    path: Path | str,
    *,
    prefer: str | None = None,
    accept_signer: bool = False,
    accept_unsigned: bool = False,
    resolutions: Mapping[str, str] | None = None,
    program: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    limits: fmt.Limits | None = None,
    trust_folder: Path | None = None,
) -> ImportResult:
    """Import the package in one transaction (see the module docstring).

    `resolutions` maps a conflicting row's id to "mine" or "theirs" (the dialog's choices);
    `prefer` decides the others. `accept_signer` is the user's yes to a first or another
    signer, `accept_unsigned` to a package without a signature; a package that would change
    nothing needs neither. `program` (id or code), when given, must be the package's
    programme. Raises ValidationError (the package is refused), ImportConflicts,
    PackageLocked, SignerNotConfirmed, ImportCancelled, ConcurrentEdit; in every case
    nothing was changed.
    """
    require(actor, "package.import")
    if prefer is not None and prefer not in CHOICES:
        raise ValidationError("--prefer takes mine or theirs, not {value}", value=str(prefer))
    for value in (resolutions or {}).values():
        if value not in CHOICES:
            raise ValidationError(
                "a conflict is resolved with mine or theirs, not {value}", value=str(value)
            )
    with open_package(path, limits=limits) as pkg:
        _check_expected_program(pkg, program)
        decision = trust.decide(
            pkg.municipality_id, pkg.municipality_name, pkg.signer, folder=trust_folder
        )
        answers = {"accept_signer": accept_signer, "accept_unsigned": accept_unsigned}
        try:
            with db.session() as s, s.begin():
                _begin_write(s)
                plan = build_plan(s, pkg)
                counts = _apply(
                    s, actor, plan, decision, answers, (prefer, resolutions), progress, cancelled
                )
        except (StaleDataError, IntegrityError) as exc:
            if isinstance(exc, IntegrityError):
                log.info("package refused by the database: %s", exc)
                raise ValidationError(
                    "{file} does not fit this database (a row breaks its rules); nothing was "
                    "imported",
                    file=pkg.file,
                ) from exc
            raise ConcurrentEdit(STALE) from exc
        except OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise ConcurrentEdit(
                    "the database is busy with another change; try again in a moment"
                ) from exc
            raise
        if counts is not None:  # the planner's statistics after a large import (issue 22)
            from meapp.services.common.db_stats import refresh_after_bulk

            refresh_after_bulk(db)
        recorded = counts is not None and _record_signer(pkg, decision, trust_folder)
        return _result(pkg, plan, counts or _Counts(), decision, recorded)


def _apply(
    s: Session,
    actor: Actor,
    plan: ImportPlan,
    decision: trust.TrustDecision,
    answers: dict[str, bool],
    choices: tuple[str | None, Mapping[str, str] | None],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> _Counts | None:
    """Check the plan and write it; None when it would write nothing (then no question is
    asked: a package that changes nothing needs no trust). In this order: locked rows
    refuse the package whatever the answers; then the signer must be accepted; then every
    conflict must have a choice."""
    pkg = plan.package
    locked = plan.by_kind(LOCKED)
    if locked:
        raise PackageLocked(pkg.file, [plan.change(i) for i in locked])
    if not _would_write(plan):
        return None
    if not decision.accepted(**answers):
        raise SignerNotConfirmed(pkg.file, decision)
    chosen, unresolved = _decisions(plan, *choices)
    if unresolved:
        raise ImportConflicts(pkg.file, [plan.change(i) for i in unresolved])
    counts = _Writer(s, actor, plan, chosen, progress, cancelled).run()
    if counts.created or counts.updated or counts.replaced or counts.kept:
        audit.record(
            s,
            user=actor.login,
            action="package.import",
            entity="package",
            entity_id=pkg.package_id,
            program_id=pkg.program_id,
            after={
                "file": pkg.file,
                "scope": pkg.scope,
                "periods": ", ".join(pkg.periods),
                "municipality": pkg.municipality_name,
                "sender": pkg.sender.get("login"),
                "signer": pkg.signer.sha256 if pkg.signer else None,
                "trust": decision.state,
                "origin": pkg.origin,
                "chain": format_anchor(pkg.chain) if pkg.chain else None,
                "created": counts.created,
                "updated": counts.updated,
                "replaced": counts.replaced,
                "kept": counts.kept,
                "skipped": counts.skipped,
            },
            reason=pkg.label,
        )
    return counts


def _record_signer(pkg: Package, decision: trust.TrustDecision, trust_folder: Path | None) -> bool:
    """Record an accepted first (or new) signer for the municipality, after the import."""
    if pkg.signer is None or decision.state not in (trust.FIRST, trust.OTHER_SIGNER):
        return False
    try:
        trust.record(
            pkg.municipality_id,
            pkg.municipality_name,
            pkg.signer,
            package_id=pkg.package_id,
            folder=trust_folder,
        )
    except OSError as exc:  # the import stands; the user is told nothing was recorded
        log.warning("could not record the signer of %s: %s", pkg.file, exc)
        return False
    return True


def _result(
    pkg: Package,
    plan: ImportPlan,
    counts: _Counts,
    decision: trust.TrustDecision,
    recorded: bool,
) -> ImportResult:
    return ImportResult(
        pkg.file,
        pkg.package_id,
        str(pkg.program_id),
        pkg.program_code,
        not plan.program_known,
        _table_counts(plan),
        counts.created,
        counts.updated,
        counts.replaced,
        counts.kept,
        len(plan.by_kind(OUTDATED)),
        len(plan.by_kind(UNCHANGED)),
        counts.skipped,
        decision,
        recorded,
    )
