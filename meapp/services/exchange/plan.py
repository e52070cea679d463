"""Comparing a package with a database: what an import would do, row by row.

Each row of the package is

* **new** — the database has no row with its id (nor another row with its natural key);
* **unchanged** — the database holds the same content (versions and times aside);
* **changed** — the package's row is newer and this database did not change the row since
  the last exchange: the import takes it;
* **conflicting** — both sides changed the row since the last exchange (or the database
  holds another row for the same indicator and period, created on both sides): the user
  chooses, and both values are kept visible;
* **outdated** — this database already has newer data: the package carries the row as it
  was before (an older package, or one sent before this database changed the row): the
  import keeps what is here;
* **locked** — the row would change something in a period whose round is approved here:
  the import is refused (an administrator may reopen the round first).

Newer, older and "changed on both sides" are read from the rows' version vectors
(`meapp.models.sync`): each counts the changes every database made to the row, so an old
package replayed after a newer one changes nothing. Rows without a vector on both sides
(written before row versions existed, or sent by an older meapp) are judged as before:

"Since the last exchange" is read from the audit trail: every row an import writes or
keeps gets an `import` / `import.keep` event whose `after` holds `version` (the row's
version here after the import) and `package_version` (its version in the package). A row
with no such event — created here and exported, or in a copied database — is judged by the
versions alone: the larger version is the newer row, equal versions with different content
mean both sides changed it. (A dedicated exchange-state table would make this exact for
rows that were only ever exported; see the report of issue 9.)

Refusals that no choice can fix — a row that belongs to another programme here, a
reference to a row neither side has, a programme code taken by another programme — are
raised as a ValidationError before anything is compared.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meapp.errors import Problem, ValidationError
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import AuditEvent, Program, sync
from meapp.models.periods import Period, PeriodError
from meapp.services.exchange import format as fmt
from meapp.services.exchange import scope
from meapp.services.exchange.reader import Package
from meapp.services.monitoring import locks
from meapp.services.plan import budgets

NEW = "new"
CHANGED = "changed"
UNCHANGED = "unchanged"
CONFLICT = "conflict"
OUTDATED = "outdated"
LOCKED = "locked"
KINDS = (NEW, CHANGED, UNCHANGED, CONFLICT, OUTDATED, LOCKED)

BOTH_CHANGED = QT_TRANSLATE_NOOP(
    "problems", "changed here and in the package since the last exchange"
)
TWIN = QT_TRANSLATE_NOOP("problems", "this database holds another row for the same {key}")
OTHER_PROGRAMME = QT_TRANSLATE_NOOP("problems", "{table} {id} belongs to another programme")
LOCKED_ROW = QT_TRANSLATE_NOOP("problems", "the period {period} is approved here and locked")

_CHUNK = 500
_MAX_PROBLEMS = 50


@dataclass(frozen=True)
class RowChange:
    """One row of the package against the database, for the preview and the conflict list.

    `mine` and `theirs` hold the row's content here and in the package (plain JSON values);
    `columns` the content columns that differ. `local_id` is the id of the row here when it
    is another row with the same natural key (`reason` says so).
    """

    table: str
    row_id: str
    kind: str
    period: str | None
    label: str
    columns: tuple[str, ...] = ()
    mine: dict[str, Any] | None = None
    theirs: dict[str, Any] | None = None
    reason: str | None = None
    reason_params: dict[str, Any] = field(default_factory=dict)
    local_id: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "id": self.row_id,
            "kind": self.kind,
            "period": self.period,
            "label": self.label,
            "columns": list(self.columns),
            "mine": self.mine,
            "theirs": self.theirs,
        }


@dataclass
class Item:
    """One package row with its counterpart here (mutable while planning)."""

    spec: fmt.TableSpec
    row: dict[str, Any]
    local: dict[str, Any] | None
    kind: str
    period: str | None
    twin: dict[str, Any] | None = None
    reason: str | None = None
    reason_params: dict[str, Any] = field(default_factory=dict)
    theirs_v: dict[str, int] = field(default_factory=dict)  # the row's version vectors:
    mine_v: dict[str, int] = field(default_factory=dict)  # in the package and here

    @property
    def id(self) -> uuid.UUID:
        return self.row["id"]  # type: ignore[no-any-return]

    @property
    def mine(self) -> dict[str, Any] | None:
        return self.local if self.local is not None else self.twin


@dataclass
class ImportPlan:
    package: Package
    program_known: bool
    items: list[Item]
    labels: dict[uuid.UUID, str]

    def by_kind(self, kind: str) -> list[Item]:
        return [i for i in self.items if i.kind == kind]

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for spec in fmt.TABLES:
            if spec.name in self.package.rows:
                out[spec.name] = dict.fromkeys(KINDS, 0)
        for i in self.items:
            out[i.spec.name][i.kind] += 1
        return out

    def change(self, item: Item) -> RowChange:
        mine = item.mine
        columns = fmt.differing_columns(item.spec, mine, item.row) if mine is not None else ()
        return RowChange(
            item.spec.name,
            str(item.id),
            item.kind,
            item.period,
            self.label(item),
            columns,
            _plain(item.spec, mine) if mine is not None else None,
            _plain(item.spec, item.row),
            item.reason,
            dict(item.reason_params),
            str(item.twin["id"]) if item.twin is not None else None,
        )

    def label(self, item: Item) -> str:
        return _label(item.spec.name, item.row, self.labels)


def _plain(spec: fmt.TableSpec, row: dict[str, Any]) -> dict[str, Any]:
    return {c: fmt.encode_value(row.get(c)) for c in spec.content_columns}


def _chunks(items: list[Any], size: int = _CHUNK) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _short(text: Any, width: int = 60) -> str:
    s = " ".join(str(text or "").split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _label(table: str, row: dict[str, Any], labels: dict[uuid.UUID, str]) -> str:
    """A few words that let a person recognise the row (codes, names, periods)."""

    def ref(column: str) -> str:
        value = row.get(column)
        return labels.get(value, str(value)[:8]) if value is not None else ""

    period = row.get("period")
    if table in ("actual", "indicator_target", "target_revision"):
        return f"{ref('indicator_id')} {period or ''}".strip()
    if table == "measure_progress":
        return f"{ref('measure_id')} {period}"
    if table == "measure_spending":
        return f"{ref('progress_id')} {row.get('source')}"
    if table == "measure_budget_year":
        return f"{ref('budget_id')} {row.get('year')}"
    if table in ("measure_budget", "public_check"):
        return f"{ref('measure_id')} {row.get('source') or row.get('stage') or ''}".strip()
    if table in ("plan_item", "indicator"):
        return labels.get(row["id"], "")
    if table == "program":
        return f"{row.get('code')} {_short(row.get('title'), 40)}"
    if table == "municipality":
        return str(row.get("name") or "")
    if table in ("reporting_round", "evaluation"):
        return str(period or "")
    if table == "evidence":
        return f"{row.get('filename')} {period or ''}".strip()
    for column in ("full_name", "text", "place", "order_number"):
        if row.get(column):
            return _short(row[column])
    return str(row["id"])[:8]


def _names(rows: Iterable[dict[str, Any]], table: str) -> dict[uuid.UUID, str]:
    out: dict[uuid.UUID, str] = {}
    for r in rows:
        if table == "indicator":
            out[r["id"]] = _short(f"{r.get('code') or ''} {r.get('name') or ''}".strip(), 50)
        elif table == "plan_item":
            out[r["id"]] = _short(f"{r.get('code') or ''} {r.get('title') or ''}".strip(), 50)
    return out


# -- loading what the database holds --------------------------------------------------------


def _local_rows(s: Session, pkg: Package) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    """The programme's rows here, per table, by id (only tables the package carries, plus
    the parents its rows may refer to)."""
    needed = set(pkg.rows)
    for spec in fmt.TABLES:
        if spec.name in pkg.rows:
            if spec.parent:
                needed.add(spec.parent[1])
            needed.update(t for _c, t in spec.refs)
    if "evidence" in pkg.rows:
        needed.update(fmt.EVIDENCE_OWNERS)
    out: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
    for spec in fmt.TABLES:
        if spec.name not in needed:
            continue
        out[spec.name] = {
            r.id: dict(r._mapping) for r in s.execute(scope.rows_query(spec, pkg.program_id))
        }
    return out


def _existing_elsewhere(s: Session, spec: fmt.TableSpec, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    t = spec.table
    found: set[uuid.UUID] = set()
    for chunk in _chunks(ids):
        found.update(s.scalars(select(t.c.id).where(t.c.id.in_(chunk))))
    return found


def _bases(s: Session, items: list[Item]) -> dict[uuid.UUID, tuple[int, int]]:
    """(package version, local version) each row had after its last exchange here."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for i in items:
        by_table[i.spec.name].append(str(i.id))
    out: dict[uuid.UUID, tuple[int, int]] = {}
    for table, ids in by_table.items():
        for chunk in _chunks(ids):
            rows = s.execute(
                select(AuditEvent.entity_id, AuditEvent.after)
                .where(
                    AuditEvent.entity == table,
                    AuditEvent.entity_id.in_(chunk),
                    AuditEvent.action.in_(("import", "import.keep")),
                )
                .order_by(AuditEvent.seq)
            )
            for entity_id, after in rows:
                try:
                    data = json.loads(after or "{}")
                    out[uuid.UUID(entity_id)] = (
                        int(data["package_version"]),
                        int(data["version"]),
                    )
                except (ValueError, KeyError, TypeError):
                    continue
    return out


def _period_of(
    spec: fmt.TableSpec,
    row: dict[str, Any],
    pkg_rows: dict[str, dict[uuid.UUID, dict[str, Any]]],
    local: dict[str, dict[uuid.UUID, dict[str, Any]]],
) -> str | None:
    if spec.period_column is not None:
        value = row.get(spec.period_column)
        return None if value in (None, "final") else str(value)
    if spec.period_from_parent and spec.parent is not None:
        column, parent = spec.parent
        ref: Any = row.get(column)
        owner = pkg_rows.get(parent, {}).get(ref) or local.get(parent, {}).get(ref)
        return str(owner["period"]) if owner and owner.get("period") else None
    return None


# -- the plan ------------------------------------------------------------------------------


def check_program(s: Session, pkg: Package) -> bool:
    """Whether the database knows the package's programme; refuses another programme."""
    file = pkg.file
    program = s.execute(
        select(Program.id, Program.code, Program.municipality_id).where(
            Program.id == pkg.program_id
        )
    ).first()
    if program is None:
        other = s.scalar(select(Program.id).where(Program.code == pkg.program_code))
        if other is not None:
            raise ValidationError(
                "{file} is from another programme: this database holds a different programme "
                "with the code {code}",
                file=file,
                code=pkg.program_code,
            )
        if not pkg.whole_program:
            raise ValidationError(
                "{file} carries only the periods {periods} of the programme {code}, which this "
                "database does not have; import the package of the whole programme first",
                file=file,
                periods=", ".join(pkg.periods),
                code=pkg.program_code,
            )
        return False
    if program.municipality_id != pkg.municipality_id:
        raise ValidationError(
            "{file} is from another programme: its municipality differs from the programme "
            "{code} here",
            file=file,
            code=program.code,
        )
    return True


def build_plan(s: Session, pkg: Package) -> ImportPlan:
    """Compare every row of the package with the database (reads only)."""
    known = check_program(s, pkg)
    local = _local_for(s, pkg, known)
    compare = _Compare(s, pkg, local)
    for spec in fmt.TABLES:
        compare.table(spec)
        if len(compare.problems) >= _MAX_PROBLEMS:
            break
    if compare.problems:
        raise ValidationError(compare.problems[:_MAX_PROBLEMS])
    items = compare.items
    _load_vectors(s, pkg, items)
    _judge_versions(s, pkg, items)
    if known:
        _mark_locked(s, pkg, items, compare.pkg_rows, local)
    return ImportPlan(pkg, known, items, _labels(pkg, local))


def _local_for(s: Session, pkg: Package, known: bool) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    """The programme's rows here (none for a programme this database does not know, but the
    municipality, which a rayon database may hold through another of its programmes)."""
    if known:
        return _local_rows(s, pkg)
    local: dict[str, dict[uuid.UUID, dict[str, Any]]] = {spec.name: {} for spec in fmt.TABLES}
    if "municipality" in pkg.rows:
        m = fmt.TABLE_BY_NAME["municipality"]
        local["municipality"] = {
            r.id: dict(r._mapping)
            for r in s.execute(
                select(*(m.table.c[c] for c in m.columns)).where(
                    m.table.c.id == pkg.municipality_id
                )
            )
        }
    return local


def _labels(pkg: Package, local: dict[str, dict[uuid.UUID, dict[str, Any]]]) -> dict:
    labels: dict[uuid.UUID, str] = {}
    for table in ("indicator", "plan_item"):
        labels.update(_names(local.get(table, {}).values(), table))
        labels.update(_names(pkg.rows.get(table, []), table))
    for r in pkg.rows.get("measure_progress", []) + list(
        local.get("measure_progress", {}).values()
    ):
        labels.setdefault(r["id"], f"{labels.get(r['measure_id'], '')} {r['period']}".strip())
    return labels


class _Compare:
    """Each package row against the database: refusals as problems, the rest as items."""

    def __init__(
        self, s: Session, pkg: Package, local: dict[str, dict[uuid.UUID, dict[str, Any]]]
    ) -> None:
        self.s = s
        self.pkg = pkg
        self.local = local
        self.pkg_rows = {name: {r["id"]: r for r in rows} for name, rows in pkg.rows.items()}
        self.problems: list[Problem] = []
        self.items: list[Item] = []

    def problem(self, spec: fmt.TableSpec, row: dict[str, Any], message: str, **params) -> None:
        self.problems.append(
            Problem(
                message,
                {"table": spec.name, "id": str(row["id"]), **params},
                file=f"{self.pkg.file}: {spec.entry}",
            )
        )

    def table(self, spec: fmt.TableSpec) -> None:
        rows = self.pkg.rows.get(spec.name)
        if not rows:
            return
        here = self.local.get(spec.name, {})
        by_key: dict[tuple[Any, ...], dict[str, Any]] = {}
        if spec.natural_key:
            by_key = {tuple(r[c] for c in spec.natural_key): r for r in here.values()}
        missing = [r["id"] for r in rows if r["id"] not in here]
        elsewhere = _existing_elsewhere(self.s, spec, missing) if missing else set()
        for row in rows:
            if row["id"] in elsewhere:
                self.problem(
                    spec,
                    row,
                    QT_TRANSLATE_NOOP(
                        "problems", "{table} {id} belongs to another programme in this database"
                    ),
                )
            elif self._foreign(spec, row):
                self.problem(spec, row, OTHER_PROGRAMME)
            elif self._resolved(spec, row):
                period = _period_of(spec, row, self.pkg_rows, self.local)
                if self._known_period(spec, row, period):
                    self.items.append(self._item(spec, row, here, by_key, period))

    def _foreign(self, spec: fmt.TableSpec, row: dict[str, Any]) -> bool:
        if spec.program_column is not None and row[spec.program_column] != self.pkg.program_id:
            return True
        return spec.name == "municipality" and row["id"] != self.pkg.municipality_id

    def _resolved(self, spec: fmt.TableSpec, row: dict[str, Any]) -> bool:
        """Whether every row the row refers to is in the package or here (problems if not)."""
        refs = list(spec.refs) + ([spec.parent] if spec.parent else [])
        if spec.name == "evidence":
            owner = row["owner_type"]
            refs.append(("owner_id", owner if owner in fmt.EVIDENCE_OWNERS else "?"))
        ok = True
        for column, table in refs:
            value = row.get(column)
            if value is None:
                continue
            if value not in self.pkg_rows.get(table, {}) and value not in self.local.get(table, {}):
                self.problem(
                    spec,
                    row,
                    QT_TRANSLATE_NOOP(
                        "problems",
                        "{table} {id} refers to {ref_table} {ref} that neither the package "
                        "nor this database holds",
                    ),
                    ref_table=table,
                    ref=str(value),
                )
                ok = False
        return ok

    def _known_period(self, spec: fmt.TableSpec, row: dict[str, Any], period: str | None) -> bool:
        if period is None:
            return True
        try:
            Period.parse(period)
        except PeriodError:
            self.problem(
                spec,
                row,
                QT_TRANSLATE_NOOP("problems", "{table} {id} has an unknown period {period}"),
                period=period,
            )
            return False
        return True

    def _item(
        self,
        spec: fmt.TableSpec,
        row: dict[str, Any],
        here: dict[uuid.UUID, dict[str, Any]],
        by_key: dict[tuple[Any, ...], dict[str, Any]],
        period: str | None,
    ) -> Item:
        mine = here.get(row["id"])
        if mine is not None:
            fmt.keep_what_is_not_carried(row, mine)
            same = _same_content(spec, mine, row)
            return Item(spec, row, mine, UNCHANGED if same else CHANGED, period)
        twin = by_key.get(tuple(row[c] for c in spec.natural_key)) if spec.natural_key else None
        if twin is None:
            return Item(spec, row, None, NEW, period)
        fmt.keep_what_is_not_carried(row, twin)
        if spec.name == "program":
            raise ValidationError(
                "{file} is from another programme: this database holds a different "
                "programme with the code {code}",
                file=self.pkg.file,
                code=row["code"],
            )
        return Item(
            spec,
            row,
            None,
            CONFLICT,
            period,
            twin=twin,
            reason=TWIN,
            reason_params={"key": ", ".join(spec.natural_key)},
        )


def _load_vectors(s: Session, pkg: Package, items: list[Item]) -> None:
    """Each item's version vector in the package and here (empty where a row has none)."""
    if not pkg.has_versions:
        return
    here = sync.vectors(s, [i.id for i in items if i.local is not None])
    for i in items:
        i.theirs_v = pkg.versions.get(i.id, {})
        i.mine_v = here.get(i.id, {})


def _judge_versions(s: Session, pkg: Package, items: list[Item]) -> None:
    """Changed rows and twins by their versions: taken, kept here (outdated) or conflicting.

    Rows whose version vectors differ are judged by them (`sync.compare`): the package's
    row is taken only when its vector dominates this database's, an older one is outdated,
    and a row changed on both sides since their common version is a conflict. Rows with
    equal vectors (both without one: written before row versions, or by an older meapp)
    are judged by their plain version numbers and the last exchange (`_legacy_kind`)."""
    differing = [i for i in items if i.kind == CHANGED]
    twins = [i for i in items if i.twin is not None]
    bases = _bases(s, differing + twins) if differing or twins else {}
    for i in twins:
        assert i.twin is not None
        base = bases.get(i.id)
        if base is not None and base == (i.row["version"], i.twin["version"]):
            i.kind = OUTDATED  # kept here over this very row before; neither side moved
            i.reason = None
    for i in differing:
        order = sync.compare(i.theirs_v, i.mine_v) if pkg.has_versions else sync.EQUAL
        legacy = _legacy_kind(i, bases.get(i.id))
        if order == sync.NEWER:
            # a row here without a version may still have changed since the last exchange
            i.kind = CONFLICT if not i.mine_v and legacy == CONFLICT else CHANGED
        elif order == sync.OLDER:
            i.kind = OUTDATED
        elif order == sync.CONCURRENT:
            i.kind = CONFLICT
        else:
            i.kind = legacy
        if i.kind == CONFLICT:
            i.reason = BOTH_CHANGED


def _legacy_kind(i: Item, base: tuple[int, int] | None) -> str:
    """A changed row judged by plain version numbers: against the last exchange when there
    was one (`base`: the package's and this database's versions after it), else the larger
    version wins and equal versions with different content mean both sides changed it.
    A package older than the one last taken (a replay) is outdated, never taken."""
    assert i.local is not None
    theirs, mine = i.row["version"], i.local["version"]
    if base is not None:
        package_version, local_version = base
        if mine == local_version:  # not changed here since
            return OUTDATED if theirs < package_version else CHANGED
        return CONFLICT if theirs > package_version else OUTDATED
    if theirs < mine:
        return OUTDATED
    if theirs == mine:
        return CONFLICT
    return CHANGED


def _same_content(spec: fmt.TableSpec, mine: dict[str, Any], theirs: dict[str, Any]) -> bool:
    """Whether a row here and in the package hold the same content; planned amounts compare
    as the plan editor and `import-plan` compare them (`budgets.same_amount`)."""
    if spec.name not in ("measure_budget", "measure_budget_year"):
        return fmt.content_of(spec, mine) == fmt.content_of(spec, theirs)
    return all(
        budgets.same_amount(mine.get(c), theirs.get(c))
        if c == "planned"
        else mine.get(c) == theirs.get(c)
        for c in spec.content_columns
    )


def _mark_locked(
    s: Session,
    pkg: Package,
    items: list[Item],
    pkg_rows: dict[str, dict[uuid.UUID, dict[str, Any]]],
    local: dict[str, dict[uuid.UUID, dict[str, Any]]],
) -> None:
    """Mark LOCKED every row that would change what an approved round here locks, by the
    rules every writer follows (`monitoring.locks`)."""
    lock_cache: dict[str, bool] = {}

    def locked(period: str) -> bool:
        if period not in lock_cache:
            lock_cache[period] = locks.is_locked(s, pkg.program_id, period)
        return lock_cache[period]

    frequency = s.scalar(select(Program.frequency).where(Program.id == pkg.program_id))
    target_years = locks.locked_target_years(s, pkg.program_id)
    figures = locks.approved_figures(s, pkg.program_id) if target_years else {}
    for i in items:
        if i.kind not in (NEW, CHANGED, CONFLICT):
            continue
        if i.spec.name == "indicator_target":
            # a target of an approved year, as in the plan editor and `import-plan`
            hit = i.period if locks.target_year_locked(i.period or "", target_years) else None
        elif i.spec.name == "indicator":
            # the fields that turn the actuals of an approved figure into it
            changed = fmt.differing_columns(i.spec, i.local, i.row) if i.local else ()
            moved = any(c in locks.FIGURE_FIELDS for c in changed)
            hit = figures.get(i.id) if moved else None
        elif i.period is None:
            # hearings, public checks and their proposals and files lock by their date
            dated = _dated_periods(i, pkg_rows, local, frequency or "half_year")
            hit = next((p for p in dated if locked(p)), None)
        else:
            hit = i.period if locked(i.period) else None
        if hit is not None:
            i.kind, i.period = LOCKED, hit
            i.reason = LOCKED_ROW
            i.reason_params = {"period": hit}


# Rows that lock by a date rather than a period (locks.DATE_COLUMNS): proposals take
# their hearing's date, evidence its owner's (a hearing or a check).
_DATE_OWNER = {"proposal": ("hearing_id", "hearing")}


def _dated_periods(
    item: Item,
    pkg_rows: dict[str, dict[uuid.UUID, dict[str, Any]]],
    local: dict[str, dict[uuid.UUID, dict[str, Any]]],
    frequency: str,
) -> list[str]:
    """The periods the dates of a hearing, public check, proposal or their file fall in, in
    the package and here: the row may neither change inside an approved period nor be moved
    into or out of one (the same rule as for edits in the app: `locks.ensure_dates_open`)."""
    table = item.spec.name
    rows = [r for r in (item.row, item.mine) if r is not None]
    dated: list[tuple[str, dict[str, Any]]] = []
    if table in locks.DATE_COLUMNS:
        dated = [(table, r) for r in rows]
    else:
        if table in _DATE_OWNER:
            column, parent = _DATE_OWNER[table]
            owners = [(parent, r.get(column)) for r in rows]
        elif table == "evidence":
            owners = [(str(r.get("owner_type")), r.get("owner_id")) for r in rows]
        else:
            return []
        for owner_table, owner_id in owners:
            if owner_table not in locks.DATE_COLUMNS or owner_id is None:
                continue
            for source in (pkg_rows, local):
                owner = source.get(owner_table, {}).get(owner_id)
                if owner is not None:
                    dated.append((owner_table, owner))
    out: list[str] = []
    for owner_table, row in dated:
        day = row.get(locks.DATE_COLUMNS[owner_table])
        if day is not None:
            code = str(locks.date_period(frequency, day))
            if code not in out:
                out.append(code)
    return out
