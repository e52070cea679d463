"""What a `.mepkg` package holds: the manifest, the tables, the limits.

A package is a zip file with

* `manifest.json` — `format` (always `meapp-package`), `format_version`, `package_id`, the
  programme (id, code, title), the municipality, the scope (`program`: the whole programme,
  or `periods`), the periods, the sender (login, name, position), the creation time, the
  application version and schema revision, the sender's `origin` (the database's id that
  row versions count in) and `chain` (the head of its audit chain when the package was made:
  `events` and `head` hash, an anchor the receiver may keep), and for every other entry its
  SHA-256, size and (for tables) row count;
* `data/<table>.json` — `{"table": name, "rows": [{column: value, …}, …], "versions": {row
  id: {origin id: count, …}, …}}`: every column of the row as plain JSON (UUIDs and times as
  text), including `id`, `version`, `created_at` and `updated_at`, so a row is the same row
  on every machine; `versions` holds the version vector of each row that has one
  (`meapp.models.sync`), what lets the receiver take only rows newer than its own;
* `evidence/<sha256>` — the bytes of each evidence file, named by their hash;
* `signature.p7s` — when the sender has a signing identity: a detached CMS signature (DER)
  of the exact bytes of `manifest.json`. The manifest carries the hash of every entry, so
  the signature covers the whole package.

A reader refuses an unknown `format_version` rather than guessing: a newer meapp may have
changed what a row means. The format version changes when the meaning of existing content
changes; new optional manifest keys do not change it.

`TABLES` lists the exchanged tables parents first (the order rows are written in), with what
the import needs to know about each: which column ties a row to its programme or parent,
which column holds its period, and the natural key the database keeps unique.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, String, Table, Uuid

from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.models import (
    Actual,
    DeadlineSetting,
    Evaluation,
    Evidence,
    GroupMember,
    Hearing,
    Indicator,
    IndicatorTarget,
    MeasureBudget,
    MeasureBudgetYear,
    MeasureProgress,
    MeasureSpending,
    Municipality,
    PlanItem,
    Program,
    Proposal,
    PublicCheck,
    ReportingRound,
    Risk,
    SwotItem,
    TargetRevision,
    WorkingGroup,
)
from meapp.models.numbers import MAX_ABS, NumberError, check_representable
from meapp.models.sync import MAX_REVISION, Vector

FORMAT = "meapp-package"
FORMAT_VERSION = 1
SUPPORTED_VERSIONS = (1,)
SUFFIX = ".mepkg"

MANIFEST = "manifest.json"
SIGNATURE = "signature.p7s"
DATA_PREFIX = "data/"
EVIDENCE_PREFIX = "evidence/"

SCOPE_PROGRAM = "program"
SCOPE_PERIODS = "periods"

# Columns that are bookkeeping, not content: two rows with equal content are the same row
# whatever their versions and times say.
BOOKKEEPING = ("id", "created_at", "updated_at", "version")
# Evidence bytes travel as `evidence/<sha256>` entries, never inside the JSON.
BLOB_COLUMNS = ("content",)

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Limits:
    """What a package may hold before it is refused as too large (or as a zip bomb).

    Every limit is checked from the zip's directory (and the manifest's row counts) before
    any table is parsed, so a refusal is immediate and costs no memory. The JSON of one
    table is read into memory whole: a row takes about 400 bytes, so the largest programme
    (300 measures, 150 indicators, eight years of half-years: about 20 000 rows, 8 MB)
    fits several times, while parsing the largest accepted package stays within what a
    4 GB laptop can spare. Evidence files are read one at a time. A compressed entry that
    expands more than `max_ratio` times is a zip bomb, not data.
    """

    max_file: int = 2 * 1024**3
    max_entries: int = 100_000
    max_manifest: int = 16 * 1024**2
    max_table: int = 32 * 1024**2
    max_data_total: int = 64 * 1024**2
    max_evidence_file: int = 200 * 1024**2
    max_total: int = 4 * 1024**3
    max_ratio: int = 200
    ratio_floor: int = 1024**2  # small entries may compress as well as they like
    max_rows: int = 250_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class TableSpec:
    """How one table travels.

    `program_column`: the column holding the programme id (rows tied to it directly).
    `parent`: (column, table) of the row's owner when it is tied through another row.
    `refs`: further (column, table) references that must resolve (nullable ones may be empty).
    `period_column`: the column with the row's period; `period_from_parent` when the period
    is the parent's (spending of a measure's progress). `scope`: `program` rows travel with
    the whole programme, `period` rows with their periods too.
    """

    name: str
    model: type
    scope: str
    program_column: str | None = None
    parent: tuple[str, str] | None = None
    refs: tuple[tuple[str, str], ...] = ()
    period_column: str | None = None
    period_from_parent: bool = False
    natural_key: tuple[str, ...] = ()

    @property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[attr-defined,no-any-return]

    @property
    def entry(self) -> str:
        return f"{DATA_PREFIX}{self.name}.json"

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.table.columns if c.name not in BLOB_COLUMNS)

    @property
    def content_columns(self) -> tuple[str, ...]:
        return tuple(c for c in self.columns if c not in BOOKKEEPING)


TABLES: tuple[TableSpec, ...] = (
    TableSpec("municipality", Municipality, "program"),
    TableSpec(
        "program",
        Program,
        "program",
        program_column="id",
        refs=(("municipality_id", "municipality"),),
        natural_key=("code",),
    ),
    TableSpec(
        "plan_item",
        PlanItem,
        "program",
        program_column="program_id",
        refs=(("parent_id", "plan_item"),),
    ),
    TableSpec(
        "measure_budget",
        MeasureBudget,
        "program",
        parent=("measure_id", "plan_item"),
        natural_key=("measure_id", "source"),
    ),
    # A budget's amount per year (issue 21); the year is its period, so a year with an
    # approved round here keeps its amount, as in the plan editor (`budgets.write_budgets`).
    TableSpec(
        "measure_budget_year",
        MeasureBudgetYear,
        "program",
        parent=("budget_id", "measure_budget"),
        period_column="year",
        natural_key=("budget_id", "year"),
    ),
    TableSpec(
        "indicator",
        Indicator,
        "program",
        program_column="program_id",
        refs=(("plan_item_id", "plan_item"),),
    ),
    TableSpec(
        "indicator_target",
        IndicatorTarget,
        "program",
        parent=("indicator_id", "indicator"),
        period_column="period",
        natural_key=("indicator_id", "period"),
    ),
    TableSpec(
        "working_group",
        WorkingGroup,
        "program",
        program_column="program_id",
        natural_key=("program_id",),
    ),
    TableSpec("group_member", GroupMember, "program", parent=("group_id", "working_group")),
    TableSpec("swot_item", SwotItem, "program", program_column="program_id"),
    TableSpec("risk", Risk, "program", program_column="program_id"),
    # The reporting calendar's changed rules (issue 21): the rayon sees who is late.
    TableSpec(
        "deadline_setting",
        DeadlineSetting,
        "program",
        program_column="program_id",
        natural_key=("program_id", "kind"),
    ),
    TableSpec("public_check", PublicCheck, "program", parent=("measure_id", "plan_item")),
    TableSpec("hearing", Hearing, "program", program_column="program_id"),
    TableSpec("proposal", Proposal, "program", parent=("hearing_id", "hearing")),
    TableSpec(
        "actual",
        Actual,
        "period",
        parent=("indicator_id", "indicator"),
        period_column="period",
        natural_key=("indicator_id", "period"),
    ),
    TableSpec(
        "measure_progress",
        MeasureProgress,
        "period",
        parent=("measure_id", "plan_item"),
        period_column="period",
        natural_key=("measure_id", "period"),
    ),
    TableSpec(
        "measure_spending",
        MeasureSpending,
        "period",
        parent=("progress_id", "measure_progress"),
        period_from_parent=True,
        natural_key=("progress_id", "source"),
    ),
    TableSpec(
        "evidence",
        Evidence,
        "period",
        program_column="program_id",
        period_column="period",
    ),
    TableSpec(
        "evaluation",
        Evaluation,
        "period",
        program_column="program_id",
        period_column="period",
        natural_key=("program_id", "period"),
    ),
    TableSpec(
        "target_revision",
        TargetRevision,
        "period",
        parent=("indicator_id", "indicator"),
        period_column="period",
    ),
    # Last: a round that arrives approved must not lock the rows written before it.
    TableSpec(
        "reporting_round",
        ReportingRound,
        "period",
        program_column="program_id",
        period_column="period",
        natural_key=("program_id", "period"),
    ),
)
TABLE_BY_NAME = {t.name: t for t in TABLES}
# Evidence hangs on rows of these tables (`owner_type` names the table; no foreign key).
EVIDENCE_OWNERS = ("actual", "measure_progress", "public_check", "hearing")


def is_sha256(text: str) -> bool:
    return bool(_SHA256.match(text))


# -- rows as JSON --------------------------------------------------------------------------


def encode_value(value: Any) -> Any:
    """A column value as plain JSON (UUIDs, dates and times as text)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot put {type(value).__name__} into a package")


def encode_row(spec: TableSpec, row: Any) -> dict[str, Any]:
    """One database row (a Core row or mapping) as the JSON object of a package."""
    mapping = row._mapping if hasattr(row, "_mapping") else row
    return {c: encode_value(mapping[c]) for c in spec.columns}


class RowError(ValueError):
    """A value of a package row that does not fit its column: `message` with `params`."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


def decode_value(spec: TableSpec, column: str, value: Any) -> Any:
    """The Python value of one JSON value for `column`, checked against the column's type."""
    col = spec.table.columns[column]
    if value is None:
        if not col.nullable:
            raise RowError(QT_TRANSLATE_NOOP("problems", "{column} is empty"), column=column)
        return None
    for kind, decode in _DECODERS:
        if isinstance(col.type, kind):
            return decode(col.type, column, value)
    return value  # pragma: no cover - every exchanged column has one of the types above


def _parse_text(value: Any, column: str, parse: Callable[[str], Any], message: str) -> Any:
    """Ids, times and dates travel as text: refuse anything else, and text `parse` rejects,
    with the same message (the sender's row is wrong either way)."""
    if not isinstance(value, str):
        raise RowError(message, column=column)
    try:
        return parse(value)
    except ValueError:
        raise RowError(message, column=column) from None


def _decode_uuid(_kind: Any, column: str, value: Any) -> uuid.UUID:
    return _parse_text(
        value, column, uuid.UUID, QT_TRANSLATE_NOOP("problems", "{column} is not an id")
    )


def _decode_datetime(_kind: Any, column: str, value: Any) -> datetime:
    return _parse_text(
        value,
        column,
        datetime.fromisoformat,
        QT_TRANSLATE_NOOP("problems", "{column} is not a time"),
    )


def _decode_date(_kind: Any, column: str, value: Any) -> date:
    return _parse_text(
        value, column, date.fromisoformat, QT_TRANSLATE_NOOP("problems", "{column} is not a date")
    )


def _decode_boolean(_kind: Any, column: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise RowError(QT_TRANSLATE_NOOP("problems", "{column} is not yes or no"), column=column)
    return value


OUT_OF_RANGE = QT_TRANSLATE_NOOP("problems", "{column} is out of range ({value})")
# An INTEGER column holds 32 bits on PostgreSQL; SQLite would overflow past 64.
MIN_INT, MAX_INT = -(2**31), 2**31 - 1


def _short_number(value: Any) -> str:
    """A number as the refusal names it: a forged one may have thousands of digits."""
    text = str(value) if not isinstance(value, int) or abs(value) < 10**30 else "10^30+"
    return text if len(text) <= 32 else text[:29] + "…"


def _decode_integer(_kind: Any, column: str, value: Any) -> int:
    """A whole number the column can hold; JSON's true and false are no numbers, though
    Python counts them as ints."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise RowError(
            QT_TRANSLATE_NOOP("problems", "{column} is not a whole number"), column=column
        )
    if not MIN_INT <= value <= MAX_INT:
        raise RowError(OUT_OF_RANGE, column=column, value=_short_number(value))
    return value


def _decode_float(_kind: Any, column: str, value: Any) -> float:
    """A number meapp can store and compute with (`numbers.representable`: finite, within
    ±MAX_ABS; a whole one is fine); NaN and infinities are no amounts."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RowError(QT_TRANSLATE_NOOP("problems", "{column} is not a number"), column=column)
    if isinstance(value, int) and abs(value) > MAX_ABS:
        raise RowError(OUT_OF_RANGE, column=column, value=_short_number(value))
    number = float(value)
    if math.isnan(number) or math.isinf(number):
        raise RowError(QT_TRANSLATE_NOOP("problems", "{column} is not a number"), column=column)
    try:
        check_representable(number)
    except NumberError:
        raise RowError(OUT_OF_RANGE, column=column, value=_short_number(value)) from None
    return number


def _decode_binary(_kind: Any, column: str, _value: Any) -> Any:
    """Bytes travel as `evidence/<sha256>` entries, so a binary column in the JSON is forged."""
    raise RowError(
        QT_TRANSLATE_NOOP("problems", "{column} cannot travel inside the JSON"), column=column
    )


def _decode_string(kind: Any, column: str, value: Any) -> str:
    """Text no longer than the column holds (the database would refuse it mid-import)."""
    if not isinstance(value, str):
        raise RowError(QT_TRANSLATE_NOOP("problems", "{column} is not text"), column=column)
    if kind.length is not None and len(value) > kind.length:
        raise RowError(
            QT_TRANSLATE_NOOP("problems", "{column} is longer than {length} characters"),
            column=column,
            length=kind.length,
        )
    return value


# The decoder of each column type, tried in this order (the first the column's type is an
# instance of wins, so a subclass such as Text is decoded as its base String).
_DECODERS: tuple[tuple[type, Callable[[Any, str, Any], Any]], ...] = (
    (Uuid, _decode_uuid),
    (DateTime, _decode_datetime),
    (Date, _decode_date),
    (Boolean, _decode_boolean),
    (Integer, _decode_integer),
    (Float, _decode_float),
    (LargeBinary, _decode_binary),
    (String, _decode_string),
)


class PackageRow(dict):
    """A decoded package row; `missing` names the optional columns the package did not
    carry at all (a package of an older meapp, written before the column existed)."""

    missing: frozenset[str] = frozenset()


def keep_what_is_not_carried(row: dict[str, Any], mine: dict[str, Any]) -> None:
    """A column a package does not carry says nothing about it: the row here keeps its
    value (an older meapp's package must not wipe the working group's approving body)."""
    for column in getattr(row, "missing", ()):
        row[column] = mine.get(column)


def decode_row(spec: TableSpec, data: Any) -> dict[str, Any]:
    """A package row as column values; unknown columns and missing required ones are
    errors; a missing optional column is None for a new row (see `keep_what_is_not_carried`
    for a row that exists here)."""
    if not isinstance(data, dict):
        raise RowError(QT_TRANSLATE_NOOP("problems", "a row is not an object"))
    unknown = sorted(set(data) - set(spec.columns))
    if unknown:
        raise RowError(QT_TRANSLATE_NOOP("problems", "unknown column {column}"), column=unknown[0])
    out = PackageRow()
    missing: list[str] = []
    for column in spec.columns:
        if column not in data:
            col = spec.table.columns[column]
            if column in BOOKKEEPING or not col.nullable:
                raise RowError(QT_TRANSLATE_NOOP("problems", "{column} is missing"), column=column)
            out[column] = None
            missing.append(column)
            continue
        out[column] = decode_value(spec, column, data[column])
    if out.get("version") is not None and out["version"] < 1:
        raise RowError(
            QT_TRANSLATE_NOOP("problems", "{column} is not a whole number"), column="version"
        )
    if missing:
        out.missing = frozenset(missing)
    return out


def decode_versions(data: Any, ids: set[uuid.UUID]) -> dict[uuid.UUID, Vector]:
    """A table's `versions` (row id -> {origin id: count}), checked: every row named is one
    of the table's, every origin an id, every count a whole number from 1 to MAX_REVISION."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RowError(QT_TRANSLATE_NOOP("problems", "the row versions are not an object"))
    out: dict[uuid.UUID, Vector] = {}
    for key, vector in data.items():
        try:
            rid = uuid.UUID(str(key))
        except ValueError:
            rid = None
        if rid is None or rid not in ids:
            raise RowError(
                QT_TRANSLATE_NOOP("problems", "the row versions name a row {id} it does not hold"),
                id=_short_number(key),
            )
        if not isinstance(vector, dict):
            raise RowError(
                QT_TRANSLATE_NOOP("problems", "the version of row {id} is not an object"),
                id=str(rid),
            )
        out[rid] = {}
        for origin, count in vector.items():
            try:
                origin_text = str(uuid.UUID(str(origin)))
            except ValueError:
                raise RowError(
                    QT_TRANSLATE_NOOP("problems", "the version of row {id} names no origin"),
                    id=str(rid),
                ) from None
            if isinstance(count, bool) or not isinstance(count, int):
                raise RowError(
                    QT_TRANSLATE_NOOP("problems", "the version of row {id} is not a whole number"),
                    id=str(rid),
                )
            if not 1 <= count <= MAX_REVISION:
                raise RowError(OUT_OF_RANGE, column="versions", value=_short_number(count))
            out[rid][origin_text] = count
    return out


def content_of(spec: TableSpec, row: dict[str, Any]) -> tuple[Any, ...]:
    """The content of a row (no bookkeeping), for comparing two versions of it."""
    return tuple(row.get(c) for c in spec.content_columns)


def differing_columns(spec: TableSpec, a: dict[str, Any], b: dict[str, Any]) -> tuple[str, ...]:
    return tuple(c for c in spec.content_columns if a.get(c) != b.get(c))


# -- entry names ---------------------------------------------------------------------------


def entry_kind(name: str) -> tuple[str, str] | None:
    """What an entry name stands for: ("manifest"|"signature"|"data"|"evidence", key), or
    None when the name is not one a package may hold."""
    if name == MANIFEST:
        return ("manifest", "")
    if name == SIGNATURE:
        return ("signature", "")
    if name.startswith(DATA_PREFIX) and name.endswith(".json"):
        table = name[len(DATA_PREFIX) : -len(".json")]
        if table in TABLE_BY_NAME:
            return ("data", table)
        return None
    if name.startswith(EVIDENCE_PREFIX):
        digest = name[len(EVIDENCE_PREFIX) :]
        if is_sha256(digest):
            return ("evidence", digest)
    return None


def unsafe_name(name: str) -> bool:
    """A name that would leave the folder it is unpacked into, or name a device/drive."""
    if not name or "\x00" in name:
        return True
    norm = name.replace("\\", "/")
    if norm.startswith("/") or re.match(r"^[A-Za-z]:", norm):
        return True
    return any(part in ("..",) for part in norm.split("/"))
