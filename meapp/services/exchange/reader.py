"""Opening a package safely, before anything touches a database.

`open_package` checks, in this order, and refuses with one clear message naming the file:
the file itself (exists, not too large), the zip (readable, not encrypted), every entry name
(no `../`, no absolute path or drive, nothing a package does not hold, nothing twice), the
sizes from the zip's directory (per entry, in total, and the expansion ratio that gives a
zip bomb away), the manifest (a meapp package of a format version this meapp reads, every
number in range) and the row counts it declares — all before any table is parsed, so an
oversized package is refused at once and costs no memory — the list of entries
against the manifest (a truncated package misses entries), the signature over the
manifest, the SHA-256 of every entry, and finally every row: known columns, values of the
right type and range, row versions well formed, no id twice, every row of a period inside
the package's periods, the programme
and municipality rows the manifest names.

Entries are only ever read into memory (table JSON) or streamed (evidence), never unpacked
to disk, so a hostile name could not escape anyway; it is refused because no meapp writes
one, so the file is not what it claims to be.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from meapp.errors import Problem, ValidationError
from meapp.models.periods import Period, PeriodError
from meapp.models.sync import MAX_REVISION, Vector
from meapp.services.exchange import format as fmt
from meapp.services.exchange import scope
from meapp.services.exchange.signature import Signer, verify_manifest

_MAX_PROBLEMS = 50
_CHUNK = 1024 * 1024


def _mib(n: int) -> str:
    return f"{n / 1024**2:.1f} MB"


@dataclass
class Package:
    """An opened, checked package. Use inside `open_package`'s `with`: evidence is read
    from the zip on demand."""

    path: Path
    file: str
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signer: Signer | None
    rows: dict[str, list[dict[str, Any]]]
    evidence: dict[str, str]  # sha256 -> entry name
    zf: zipfile.ZipFile | None = field(default=None, repr=False)
    versions: dict[uuid.UUID, Vector] = field(default_factory=dict)  # row id -> its vector

    @property
    def origin(self) -> str | None:
        """The sender database's origin id; None for a package from a meapp before row
        versions (its rows are then judged by their plain version numbers)."""
        value = self.manifest.get("origin")
        return str(value) if value else None

    @property
    def has_versions(self) -> bool:
        return self.origin is not None

    @property
    def chain(self) -> tuple[int, str] | None:
        """The sender's audit-chain anchor (events, head hash) when the package was made."""
        chain = self.manifest.get("chain")
        if not isinstance(chain, dict):
            return None
        return int(chain["events"]), str(chain["head"])

    @property
    def package_id(self) -> str:
        return str(self.manifest["package_id"])

    @property
    def program_id(self) -> uuid.UUID:
        return uuid.UUID(self.manifest["program"]["id"])

    @property
    def program_code(self) -> str:
        return str(self.manifest["program"]["code"])

    @property
    def program_title(self) -> str:
        return str(self.manifest["program"].get("title") or "")

    @property
    def municipality_id(self) -> uuid.UUID:
        return uuid.UUID(self.manifest["municipality"]["id"])

    @property
    def municipality_name(self) -> str:
        return str(self.manifest["municipality"].get("name") or "")

    @property
    def scope(self) -> str:
        return str(self.manifest["scope"])

    @property
    def whole_program(self) -> bool:
        return self.scope == fmt.SCOPE_PROGRAM

    @property
    def periods(self) -> list[str]:
        return list(self.manifest["periods"])

    @property
    def sender(self) -> dict[str, Any]:
        return dict(self.manifest.get("sender") or {})

    @property
    def label(self) -> str:
        """How audit events name the package: file name and manifest id."""
        return f"package {self.file} ({self.package_id})"

    def row_count(self) -> int:
        return sum(len(r) for r in self.rows.values())

    def evidence_bytes(self, sha256: str) -> bytes:
        """The bytes of one evidence file, checked against its hash again."""
        name = self.evidence.get(sha256)
        if name is None or self.zf is None:
            raise ValidationError(
                "{file} is incomplete: {entry} is missing",
                file=self.file,
                entry=f"{fmt.EVIDENCE_PREFIX}{sha256}",
            )
        data = _read_entry(self.zf, self.zf.getinfo(name), self.file)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise _tampered(self.file, name)
        return data


def _damaged(file: str) -> ValidationError:
    return ValidationError("{file} is damaged or is not a meapp package", file=file)


def _tampered(file: str, entry: str) -> ValidationError:
    return ValidationError(
        "{file} was changed after it was made: {entry} does not match its hash",
        file=file,
        entry=entry,
    )


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> bytes:
    """Read one entry; the zip's own CRC and size checks turn damage into a refusal."""
    try:
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise _damaged(file) from exc
    if len(data) != info.file_size:
        raise _damaged(file)
    return data


def _hash_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> str:
    h = hashlib.sha256()
    n = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                n += len(chunk)
                if n > info.file_size:
                    raise _damaged(file)
                h.update(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise _damaged(file) from exc
    if n != info.file_size:
        raise _damaged(file)
    return h.hexdigest()


def _check_names(infos: list[zipfile.ZipInfo], file: str) -> dict[str, zipfile.ZipInfo]:
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if fmt.unsafe_name(name) or fmt.unsafe_name(info.orig_filename):
            raise ValidationError(
                "{file} is refused: the entry {entry} points outside the package folder",
                file=file,
                entry=info.orig_filename,
            )
        if name in (fmt.DATA_PREFIX, fmt.EVIDENCE_PREFIX):
            continue  # folder entries some zip tools add
        if name in by_name:
            raise ValidationError(
                "{file} is refused: the entry {entry} appears twice", file=file, entry=name
            )
        if fmt.entry_kind(name) is None:
            raise ValidationError(
                "{file} is refused: {entry} is not part of a meapp package", file=file, entry=name
            )
        if info.flag_bits & 0x1:
            raise ValidationError("{file} is refused: {entry} is encrypted", file=file, entry=name)
        by_name[name] = info
    return by_name


def _check_sizes(by_name: dict[str, zipfile.ZipInfo], file: str, limits: fmt.Limits) -> None:
    total = 0
    data_total = 0
    for name, info in by_name.items():
        kind = fmt.entry_kind(name)
        assert kind is not None
        limit = {
            "manifest": limits.max_manifest,
            "signature": limits.max_manifest,
            "data": limits.max_table,
            "evidence": limits.max_evidence_file,
        }[kind[0]]
        size = info.file_size
        if size > limits.ratio_floor and size > max(info.compress_size, 1) * limits.max_ratio:
            raise ValidationError(
                "{file} is refused: {entry} expands {ratio} times, like a zip bomb",
                file=file,
                entry=name,
                ratio=size // max(info.compress_size, 1),
            )
        if size > limit:
            raise ValidationError(
                "{file} is too large to import: {entry} would take {size} (at most {limit})",
                file=file,
                entry=name,
                size=_mib(size),
                limit=_mib(limit),
            )
        total += size
        if kind[0] == "data":
            data_total += size
    if data_total > limits.max_data_total or total > limits.max_total:
        raise ValidationError(
            "{file} is too large to import: it would take {size} (at most {limit})",
            file=file,
            size=_mib(total if total > limits.max_total else data_total),
            limit=_mib(limits.max_total if total > limits.max_total else limits.max_data_total),
        )


def _json(data: bytes, file: str, entry: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ValidationError("{file}: {entry} is not valid JSON", file=file, entry=entry) from exc


def _uuid_text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _count(value: Any, top: int = MAX_REVISION) -> bool:
    """A whole number from 0 to `top` (JSON's true and false are none)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= top


def _optional_keys_ok(manifest: dict[str, Any]) -> bool:
    """The keys later meapp versions added, when present: every entry's size and row count
    in range, the sender's origin an id, the chain anchor a count and a hash."""
    for entry in manifest["entries"].values():
        if not _count(entry["size"], 2**62) or ("rows" in entry and not _count(entry["rows"])):
            return False
    origin = manifest.get("origin")
    if origin is not None and not _uuid_text(origin):
        return False
    chain = manifest.get("chain")
    if chain is not None:
        if not isinstance(chain, dict) or not _count(chain.get("events")):
            return False
        if not isinstance(chain.get("head"), str) or not fmt.is_sha256(chain["head"]):
            return False
    return True


def _check_declared_rows(manifest: dict[str, Any], file: str, limits: fmt.Limits) -> None:
    """The row counts the manifest declares, against the limit, before any table is parsed
    (a table with more rows than declared fails its hash anyway)."""
    declared = sum(e.get("rows", 0) for e in manifest["entries"].values())
    if declared > limits.max_rows:
        raise ValidationError(
            "{file} is too large to import: it holds {rows} rows (at most {n})",
            file=file,
            rows=declared,
            n=limits.max_rows,
        )


def check_manifest(manifest: Any, file: str) -> dict[str, Any]:
    """The manifest's shape: a meapp package of a known format version."""
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT:
        raise ValidationError("{file} is not a meapp package", file=file)
    version = manifest.get("format_version")
    if version not in fmt.SUPPORTED_VERSIONS or isinstance(version, bool):
        raise ValidationError(
            "{file} has package format {version}, which this meapp cannot read "
            "(it reads format {supported}); update meapp",
            file=file,
            version=str(version),
            supported=", ".join(str(v) for v in fmt.SUPPORTED_VERSIONS),
        )
    program = manifest.get("program")
    municipality = manifest.get("municipality")
    entries = manifest.get("entries")
    periods = manifest.get("periods")
    ok = (
        _uuid_text(manifest.get("package_id"))
        and isinstance(program, dict)
        and _uuid_text(program.get("id"))
        and isinstance(program.get("code"), str)
        and isinstance(municipality, dict)
        and _uuid_text(municipality.get("id"))
        and manifest.get("scope") in (fmt.SCOPE_PROGRAM, fmt.SCOPE_PERIODS)
        and isinstance(periods, list)
        and all(isinstance(p, str) for p in periods)
        and isinstance(entries, dict)
        and all(
            isinstance(v, dict)
            and isinstance(v.get("sha256"), str)
            and fmt.is_sha256(v["sha256"])
            and isinstance(v.get("size"), int)
            for v in entries.values()
        )
    )
    if not ok or not _optional_keys_ok(manifest):
        raise ValidationError("{file}: the manifest is incomplete or damaged", file=file)
    for p in periods or []:
        try:
            Period.parse(p)
        except PeriodError:
            raise ValidationError(
                "{file}: the manifest names an unknown period {period}", file=file, period=p
            ) from None
    if manifest["scope"] == fmt.SCOPE_PERIODS and not periods:
        raise ValidationError("{file}: the manifest names no period", file=file)
    return manifest


def _decode_tables(
    contents: dict[str, bytes],
    file: str,
    limits: fmt.Limits,
    versions: dict[uuid.UUID, Vector],
) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows, checked; the row versions go into `versions`."""
    rows: dict[str, list[dict[str, Any]]] = {}
    problems: list[Problem] = []
    seen: dict[uuid.UUID, str] = {}
    total = 0
    for spec in fmt.TABLES:
        data = contents.get(spec.entry)
        if data is None:
            continue
        doc = _json(data, file, spec.entry)
        if (
            not isinstance(doc, dict)
            or doc.get("table") != spec.name
            or not isinstance(doc.get("rows"), list)
        ):
            raise ValidationError(
                "{file}: {entry} is not a table of rows", file=file, entry=spec.entry
            )
        total += len(doc["rows"])
        if total > limits.max_rows:
            raise ValidationError(
                "{file} is too large to import: more than {n} rows", file=file, n=limits.max_rows
            )
        decoded: list[dict[str, Any]] = []
        where = f"{file}: {spec.entry}"
        raw_versions = doc.get("versions")
        for i, raw in enumerate(doc["rows"], start=1):
            try:
                row = fmt.decode_row(spec, raw)
            except fmt.RowError as exc:
                problems.append(Problem(exc.message, exc.params, file=where, row=i))
                if len(problems) >= _MAX_PROBLEMS:
                    raise ValidationError(problems) from None
                continue
            rid = row["id"]
            if rid in seen:
                problems.append(
                    Problem(
                        "the id {id} appears twice (also in {table})",
                        {"id": str(rid), "table": seen[rid]},
                        file=where,
                        row=i,
                    )
                )
                continue
            seen[rid] = spec.name
            decoded.append(row)
        rows[spec.name] = decoded
        try:
            versions.update(fmt.decode_versions(raw_versions, {r["id"] for r in decoded}))
        except fmt.RowError as exc:
            problems.append(Problem(exc.message, exc.params, file=where))
    if problems:
        raise ValidationError(problems[:_MAX_PROBLEMS])
    return rows


def _check_content(pkg: Package, limits: fmt.Limits) -> None:
    """Rows against the manifest: programme, municipality, periods, evidence files."""
    if pkg.whole_program:
        _check_program_rows(pkg)
    else:
        _check_no_plan_rows(pkg)
    problems = _period_problems(pkg) + _evidence_problems(pkg)
    if problems:
        raise ValidationError(problems[:_MAX_PROBLEMS])


def _check_program_rows(pkg: Package) -> None:
    """A whole programme carries exactly the programme and municipality its manifest names:
    the import screen shows the manifest, so what is imported must be what was shown."""
    file, pid, mid = pkg.file, pkg.program_id, pkg.municipality_id
    programs = pkg.rows.get("program", [])
    municipalities = pkg.rows.get("municipality", [])
    if len(programs) != 1 or programs[0]["id"] != pid:
        raise ValidationError("{file}: the programme named in the manifest is missing", file=file)
    if programs[0]["code"] != pkg.program_code or programs[0]["municipality_id"] != mid:
        raise ValidationError(
            "{file}: the manifest does not match the programme it carries", file=file
        )
    if len(municipalities) != 1 or municipalities[0]["id"] != mid:
        raise ValidationError(
            "{file}: the municipality named in the manifest is missing", file=file
        )


def _check_no_plan_rows(pkg: Package) -> None:
    """A package of periods carries period data only (and the targets its revisions touch):
    a plan row in it would change the receiver's plan behind a screen that promised periods."""
    for spec in fmt.TABLES:
        if spec.scope == "program" and spec.name != "indicator_target" and pkg.rows.get(spec.name):
            raise ValidationError(
                "{file}: a package of periods may not carry {table} rows",
                file=pkg.file,
                table=spec.name,
            )


def _period_problems(pkg: Package) -> list[Problem]:
    """Rows of periods the manifest does not list (the import would write data the user was
    not shown). Evidence without a period is no period's data, so only a whole programme may
    carry it; a target revision of the final evaluation has the period "final"."""
    problems: list[Problem] = []
    codes = scope.expand([Period.parse(p) for p in pkg.periods])
    for spec in fmt.TABLES:
        if spec.scope != "period" or spec.period_column is None:
            continue
        where = f"{pkg.file}: {spec.entry}"
        for i, row in enumerate(pkg.rows.get(spec.name, []), start=1):
            period = row.get(spec.period_column)
            if period is None and spec.name == "evidence":
                if not pkg.whole_program:
                    problems.append(
                        Problem(
                            "evidence without a period travels only with the whole programme",
                            file=where,
                            row=i,
                        )
                    )
                continue
            if spec.name == "target_revision" and period == "final":
                continue
            if period not in codes:
                problems.append(
                    Problem(
                        "the period {period} is not one of the package's periods",
                        {"period": str(period)},
                        file=where,
                        row=i,
                        column=spec.period_column,
                    )
                )
    return problems


def _evidence_problems(pkg: Package) -> list[Problem]:
    """Evidence rows whose file is missing from the zip or has another size than the row
    says, found before anything is written rather than halfway through the import."""
    problems: list[Problem] = []
    where = f"{pkg.file}: data/evidence.json"
    for i, row in enumerate(pkg.rows.get("evidence", []), start=1):
        sha = row["sha256"]
        name = pkg.evidence.get(sha)
        if name is None:
            problems.append(
                Problem(
                    "the evidence file {sha256} is missing from the package",
                    {"sha256": sha},
                    file=where,
                    row=i,
                )
            )
        elif pkg.zf is not None and pkg.zf.getinfo(name).file_size != row["size"]:
            problems.append(
                Problem(
                    "the evidence file {sha256} has another size than its row says",
                    {"sha256": sha},
                    file=where,
                    row=i,
                )
            )
    return problems


@contextmanager
def open_package(path: Path | str, *, limits: fmt.Limits | None = None) -> Iterator[Package]:
    """Open and check a package; raises ValidationError with a clear message when refused."""
    limits = limits or fmt.DEFAULT_LIMITS
    path = Path(path)
    file = path.name
    if not path.is_file():
        raise ValidationError("package not found: {file}", file=str(path))
    size = path.stat().st_size
    if size > limits.max_file:
        raise ValidationError(
            "{file} is too large to import: {size} (at most {limit})",
            file=file,
            size=_mib(size),
            limit=_mib(limits.max_file),
        )
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _damaged(file) from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_entries:
            raise ValidationError(
                "{file} is too large to import: more than {n} entries",
                file=file,
                n=limits.max_entries,
            )
        by_name = _check_names(infos, file)
        _check_sizes(by_name, file, limits)
        if fmt.MANIFEST not in by_name:
            raise ValidationError("{file} is not a meapp package: it has no manifest", file=file)
        manifest_bytes = _read_entry(zf, by_name[fmt.MANIFEST], file)
        manifest = check_manifest(_json(manifest_bytes, file, fmt.MANIFEST), file)
        _check_declared_rows(manifest, file, limits)
        listed = manifest["entries"]
        present = {n for n in by_name if n not in (fmt.MANIFEST, fmt.SIGNATURE)}
        for name in sorted(set(listed) - present):
            raise ValidationError("{file} is incomplete: {entry} is missing", file=file, entry=name)
        for name in sorted(present - set(listed)):
            raise ValidationError(
                "{file} was changed after it was made: {entry} is not in its manifest",
                file=file,
                entry=name,
            )
        signer = None
        if fmt.SIGNATURE in by_name:
            signer = verify_manifest(
                _read_entry(zf, by_name[fmt.SIGNATURE], file), manifest_bytes, file=file
            )
        contents: dict[str, bytes] = {}
        evidence: dict[str, str] = {}
        for name in sorted(present):
            info = by_name[name]
            expected = listed[name]
            if expected["size"] != info.file_size:
                raise _tampered(file, name)
            kind = fmt.entry_kind(name)
            assert kind is not None
            if kind[0] == "data":
                data = _read_entry(zf, info, file)
                digest = hashlib.sha256(data).hexdigest()
                contents[name] = data
            else:
                digest = _hash_entry(zf, info, file)
                if digest != kind[1]:
                    raise _tampered(file, name)
                evidence[digest] = name
            if digest != expected["sha256"]:
                raise _tampered(file, name)
        versions: dict[uuid.UUID, Vector] = {}
        rows = _decode_tables(contents, file, limits, versions)
        contents.clear()
        pkg = Package(path, file, manifest, manifest_bytes, signer, rows, evidence, zf, versions)
        _check_content(pkg, limits)
        yield pkg
