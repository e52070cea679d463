"""Exchange packages: export, preview, import, conflicts, locks, trust and bad files.

Two installations are two copies of the small demo (same UUIDs, as after a first exchange)
or the demo and an empty database. "Nothing changed" is checked on the whole database file:
every row of every table, the audit trail included.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from meapp.errors import PeriodLocked, PermissionDenied, ValidationError
from meapp.models import Actual, AuditEvent, Evidence, Indicator, Program
from meapp.services.access.users import Actor
from meapp.services.exchange import format as fmt
from meapp.services.exchange import trust
from meapp.services.exchange.export import ExportCancelled, export_package
from meapp.services.exchange.import_ import (
    ImportCancelled,
    ImportConflicts,
    PackageLocked,
    SignerNotConfirmed,
    import_package,
    preview_package,
)
from meapp.services.monitoring import entry as monitoring
from meapp.services.monitoring import rounds
from meapp.services.monitoring import status as st
from meapp.store.backup import backup_file
from meapp.store.db import open_database
from meapp.store.engine import Database

CHAIR = Actor("chair", "evaluator", "Chair of the group")
ADMIN = Actor("admin", "admin", "Administrator")
EDITOR = Actor("editor", "editor", "Editor")
OPEN = "2025-H1"  # the demo's open round
LOCKED = "2024-H2"  # approved in the demo


# -- helpers shared with the end-to-end tests ------------------------------------------------


def fingerprint(path: Path | str) -> dict[str, tuple[int, str]]:
    """Row count and a checksum of every table of a SQLite file (what a user could notice)."""
    out = {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        for name in names:
            h = hashlib.sha256()
            rows = conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
            for row in rows:
                h.update(repr(row).encode())
            out[name] = (len(rows), h.hexdigest())
    conn.close()
    return out


def contents(db: Database) -> dict[str, tuple[int, str]]:
    """`fingerprint` through the service handle, for SQLite and PostgreSQL alike."""
    from meapp.models import Base

    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            h = hashlib.sha256()
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            for row in rows:
                h.update(repr(tuple(row)).encode())
            out[table.name] = (len(rows), h.hexdigest())
    return out


def read_entries(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def write_entries(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), data)
    return path


def rehash(entries: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """Make the manifest list the entries as they are now (a consistent, unsigned package)."""
    data = dict(entries)
    manifest = json.loads(data["manifest.json"])
    manifest["entries"] = {
        name: {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
        for name, body in entries
        if name not in ("manifest.json", "signature.p7s")
    }
    body = json.dumps(manifest).encode()
    return [(n, body if n == "manifest.json" else d) for n, d in entries if n != "signature.p7s"]


def with_table(entries, table: str, change) -> list[tuple[str, bytes]]:
    out = []
    for name, body in entries:
        if name == f"data/{table}.json":
            doc = json.loads(body)
            change(doc["rows"])
            body = json.dumps(doc).encode()
        out.append((name, body))
    return out


def with_manifest(entries, change) -> list[tuple[str, bytes]]:
    out = []
    for name, body in entries:
        if name == "manifest.json":
            doc = json.loads(body)
            change(doc)
            body = json.dumps(doc).encode()
        out.append((name, body))
    return out


def truncated(good: Path, out: Path) -> Path:
    out.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return out


def tampered(good: Path, out: Path) -> Path:
    """One byte of a data entry changed (a figure edited by hand), the manifest untouched."""
    entries = []
    for name, body in read_entries(good):
        if name == "data/actual.json":
            i = body.index(b'"value":') + len(b'"value":')
            digit = body[i : i + 1]
            body = body[:i] + (b"7" if digit != b"7" else b"8") + body[i + 1 :]
        entries.append((name, body))
    return write_entries(out, entries)


def unknown_version(good: Path, out: Path) -> Path:
    return write_entries(
        out, with_manifest(read_entries(good), lambda m: m.update(format_version=99))
    )


def escaping(good: Path, out: Path) -> Path:
    return write_entries(out, [*read_entries(good), ("../../outside.txt", b"hello")])


def absolute(good: Path, out: Path) -> Path:
    return write_entries(out, [*read_entries(good), ("/tmp/evil.json", b"{}")])


def duplicate_ids(good: Path, out: Path) -> Path:
    entries = with_table(read_entries(good), "actual", lambda rows: rows.append(dict(rows[0])))
    return write_entries(out, rehash(entries))


def zip_bomb(good: Path, out: Path) -> Path:
    """A data entry of 64 MB of zeros, which compresses to almost nothing."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in read_entries(good):
            if name == "data/actual.json":
                info = zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                with zf.open(info, "w") as fh:
                    chunk = b"\0" * (1024 * 1024)
                    for _ in range(64):
                        fh.write(chunk)
            else:
                zf.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), body)
    return out


def missing_entry(good: Path, out: Path) -> Path:
    return write_entries(out, [(n, b) for n, b in read_entries(good) if n != "data/actual.json"])


def not_a_zip(good: Path, out: Path) -> Path:
    out.write_text("indicator_id,period,value\n", encoding="utf-8")
    return out


BAD_PACKAGES = {
    "truncated": (truncated, "damaged"),
    "tampered": (tampered, "changed after it was made"),
    "unknown_version": (unknown_version, "package format 99"),
    "escaping": (escaping, "outside the package folder"),
    "absolute": (absolute, "outside the package folder"),
    "duplicate_ids": (duplicate_ids, "appears twice"),
    "zip_bomb": (zip_bomb, "zip bomb"),
    "missing_entry": (missing_entry, "incomplete"),
    "not_a_zip": (not_a_zip, "not a meapp package"),
}


# -- fixtures ------------------------------------------------------------------------------


def copy_of(db: Database, path: Path) -> Database:
    backup_file(db, path)
    return open_database(str(path))


@pytest.fixture
def other(demo_db, tmp_path):
    """A second installation that holds the same programme (a copy of the demo)."""
    database = copy_of(demo_db, tmp_path / "other.db")
    yield database
    database.dispose()


@pytest.fixture
def program_id(demo_db):
    with demo_db.session() as s:
        return s.scalar(select(Program.id))


@pytest.fixture
def whole(demo_db, program_id, tmp_path) -> Path:
    path = tmp_path / "whole.mepkg"
    export_package(demo_db, CHAIR, program_id, None, path)
    return path


def _indicator(db: Database, code: str = "И-01") -> uuid.UUID:
    with db.session() as s:
        return s.scalar(select(Indicator.id).where(Indicator.code == code))


def _actual(db: Database, indicator_id, period: str) -> float | None:
    with db.session() as s:
        return s.scalar(
            select(Actual.value).where(Actual.indicator_id == indicator_id, Actual.period == period)
        )


def _table_rows(db: Database, spec: fmt.TableSpec) -> list[tuple]:
    t = spec.table
    with db.session() as s:
        return [
            tuple(r) for r in s.execute(select(*(t.c[c] for c in spec.columns)).order_by(t.c.id))
        ]


# -- export and import ---------------------------------------------------------------------


def test_a_whole_programme_arrives_row_for_row_with_the_same_figures(
    demo_db, db, whole, program_id
):
    preview = preview_package(db, whole)
    assert not preview.program_known and preview.whole_program
    assert preview.total("new") > 400 and preview.total("conflict") == 0

    result = import_package(db, Actor.system(), whole, accept_unsigned=True)

    assert result.created_program and result.created == preview.total("new")
    for spec in fmt.TABLES:
        assert _table_rows(db, spec) == _table_rows(demo_db, spec), spec.name
    for period in ("2023-H1", "2024-H2", OPEN):
        assert st.status_json(st.program_status(db, program_id, period)) == st.status_json(
            st.program_status(demo_db, program_id, period)
        )


def test_importing_the_same_package_twice_changes_nothing(db, whole):
    import_package(db, Actor.system(), whole, accept_unsigned=True)
    before = contents(db)

    result = import_package(db, Actor.system(), whole, accept_unsigned=True)

    assert result.changed_nothing and result.created == result.updated == 0
    assert preview_package(db, whole).changes_nothing
    assert contents(db) == before


def test_audit_events_name_the_package(demo_db, db, whole):
    result = import_package(db, Actor.system(), whole, accept_unsigned=True)
    label = f"package whole.mepkg ({result.package_id})"
    with db.session() as s:
        reasons = set(s.scalars(select(AuditEvent.reason).where(AuditEvent.action == "import")))
        summary = s.scalar(select(AuditEvent).where(AuditEvent.action == "package.import"))
    assert reasons == {label}
    assert summary is not None and summary.reason == label
    assert summary.entity_id == result.package_id
    with demo_db.session() as s:
        sent = s.scalar(select(AuditEvent).where(AuditEvent.action == "package.export"))
    assert sent is not None and sent.entity_id == result.package_id


def test_a_period_package_carries_only_that_periods_data(demo_db, other, program_id, tmp_path):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 1234.5)
    path = tmp_path / "h1.mepkg"

    exported = export_package(demo_db, CHAIR, program_id, OPEN, path)

    assert not exported.whole_program and exported.periods == (OPEN,)
    assert "plan_item" not in exported.rows and "indicator" not in exported.rows
    with zipfile.ZipFile(path) as zf:
        actuals = json.loads(zf.read("data/actual.json"))["rows"]
    assert {a["period"] for a in actuals} == {OPEN}

    result = import_package(other, CHAIR, path, accept_unsigned=True)

    assert result.created == 1 and not result.created_program
    assert _actual(other, ind, OPEN) == 1234.5


def test_a_period_package_of_an_unknown_programme_is_refused(demo_db, db, program_id, tmp_path):
    path = tmp_path / "h1.mepkg"
    export_package(demo_db, CHAIR, program_id, [OPEN], path)
    before = contents(db)
    with pytest.raises(ValidationError) as exc:
        import_package(db, Actor.system(), path, accept_unsigned=True)
    assert "import the package of the whole programme first" in exc.value.text()
    assert contents(db) == before


def test_a_package_of_another_programme_with_the_same_code_is_refused(demo_db, tmp_path):
    from meapp.services.demo.builder import create_demo

    elsewhere = open_database(str(tmp_path / "elsewhere.db"))
    create_demo(elsewhere, scale="small")  # the same programme code, other ids
    with elsewhere.session() as s:
        pid = s.scalar(select(Program.id))
    path = tmp_path / "elsewhere.mepkg"
    export_package(elsewhere, CHAIR, pid, None, path)
    elsewhere.dispose()
    before = contents(demo_db)
    with pytest.raises(ValidationError) as exc:
        import_package(demo_db, ADMIN, path, accept_unsigned=True)
    assert "another programme" in exc.value.text()
    assert contents(demo_db) == before


def test_the_programme_asked_for_must_be_the_packages(db, whole):
    with pytest.raises(ValidationError) as exc:
        import_package(db, Actor.system(), whole, program="OTHER-1", accept_unsigned=True)
    assert "another programme" in exc.value.text()


def test_importing_needs_the_right_to_import(other, whole):
    with pytest.raises(PermissionDenied):
        import_package(other, EDITOR, whole, accept_unsigned=True)


def test_export_refuses_a_period_outside_the_programme(demo_db, program_id, tmp_path):
    with pytest.raises(ValidationError):
        export_package(demo_db, CHAIR, program_id, ["2031-H1"], tmp_path / "x.mepkg")
    assert not (tmp_path / "x.mepkg").exists()


def test_a_cancelled_export_leaves_no_file(demo_db, program_id, tmp_path):
    with pytest.raises(ExportCancelled):
        export_package(
            demo_db, CHAIR, program_id, None, tmp_path / "x.mepkg", cancelled=lambda: True
        )
    assert list(tmp_path.glob("x.mepkg*")) == []


def test_a_cancelled_import_changes_nothing_and_progress_is_reported(db, whole):
    before = contents(db)
    with pytest.raises(ImportCancelled):
        import_package(db, Actor.system(), whole, cancelled=lambda: True, accept_unsigned=True)
    assert contents(db) == before
    seen: list[tuple[int, int]] = []
    import_package(
        db, Actor.system(), whole, progress=lambda d, t: seen.append((d, t)), accept_unsigned=True
    )
    assert seen and seen[-1][0] == seen[-1][1] and seen[-1][1] > 400


def test_evidence_files_travel_with_their_rows(demo_db, db, program_id, tmp_path):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 10.0)
    with demo_db.session() as s:  # the demo may hold evidence files of its own
        files_before = len(set(s.scalars(select(Evidence.sha256))))
    content = b"%PDF-1.4 act of completed works\n" * 100
    with demo_db.session() as s, s.begin():
        actual_id = s.scalar(
            select(Actual.id).where(Actual.indicator_id == ind, Actual.period == OPEN)
        )
        s.add(
            Evidence(
                program_id=program_id,
                owner_type="actual",
                owner_id=actual_id,
                period=OPEN,
                kind="act",
                filename="акт.pdf",
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
            )
        )
    path = tmp_path / "with-evidence.mepkg"
    exported = export_package(demo_db, CHAIR, program_id, None, path)
    assert exported.evidence_files == files_before + 1

    import_package(db, Actor.system(), path, accept_unsigned=True)

    with db.session() as s:
        ev = s.scalar(select(Evidence).where(Evidence.filename == "акт.pdf"))
        assert ev is not None and ev.content == content


# -- changes, conflicts and locks ----------------------------------------------------------


def _export_period(db, program_id, tmp_path, name="p.mepkg", period=OPEN) -> Path:
    path = tmp_path / name
    export_package(db, CHAIR, program_id, [period], path)
    return path


def test_a_row_changed_only_by_the_sender_is_taken(demo_db, other, program_id, tmp_path):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 5.0)
    first = import_package(
        other, CHAIR, _export_period(demo_db, program_id, tmp_path, "a.mepkg"), accept_unsigned=True
    )
    assert first.created == 1
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 7.5)  # then changed by the sender

    result = import_package(
        other, CHAIR, _export_period(demo_db, program_id, tmp_path, "b.mepkg"), accept_unsigned=True
    )

    assert (result.updated, result.kept) == (1, 0)
    assert _actual(other, ind, OPEN) == 7.5


def test_a_row_changed_on_both_sides_is_a_conflict_that_changes_nothing(
    demo_db, other, program_id, tmp_path
):
    ind = _indicator(demo_db)
    # a value in the open period exists on both sides (after an exchange), then both edit it
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 100.0)
    import_package(
        other, CHAIR, _export_period(demo_db, program_id, tmp_path, "a.mepkg"), accept_unsigned=True
    )
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 111.0)
    monitoring.set_actual(other, EDITOR, ind, OPEN, 222.0)
    path = _export_period(demo_db, program_id, tmp_path, "b.mepkg")
    before = contents(other)

    preview = preview_package(other, path)
    with pytest.raises(ImportConflicts) as exc:
        import_package(other, CHAIR, path, accept_unsigned=True)

    assert contents(other) == before
    [conflict] = exc.value.conflicts
    assert [c.row_id for c in preview.conflicts] == [conflict.row_id]
    assert conflict.table == "actual" and conflict.columns == ("value",)
    assert conflict.mine["value"] == 222.0 and conflict.theirs["value"] == 111.0
    assert "--prefer" in exc.value.text()


def test_prefer_mine_keeps_this_databases_row_and_is_remembered(
    demo_db, other, program_id, tmp_path
):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 111.0)
    monitoring.set_actual(other, EDITOR, ind, OPEN, 222.0)  # created on both sides
    path = _export_period(demo_db, program_id, tmp_path)
    with pytest.raises(ImportConflicts) as exc:
        import_package(other, CHAIR, path, accept_unsigned=True)
    assert exc.value.conflicts[0].local_id is not None  # another row for the same key

    result = import_package(other, CHAIR, path, prefer="mine", accept_unsigned=True)

    assert _actual(other, ind, OPEN) == 222.0 and result.written == 0
    before = contents(other)
    again = import_package(
        other, CHAIR, path, accept_unsigned=True
    )  # the same package: no conflict again
    assert again.changed_nothing and contents(other) == before


def test_prefer_theirs_takes_the_packages_row(demo_db, other, program_id, tmp_path):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 111.0)
    monitoring.set_actual(other, EDITOR, ind, OPEN, 222.0)
    path = _export_period(demo_db, program_id, tmp_path)

    result = import_package(other, CHAIR, path, prefer="theirs", accept_unsigned=True)

    assert result.replaced == 1 and _actual(other, ind, OPEN) == 111.0
    assert import_package(other, CHAIR, path, accept_unsigned=True).changed_nothing


def test_a_choice_per_row_overrides_prefer(demo_db, other, program_id, tmp_path):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 100.0)
    import_package(
        other, CHAIR, _export_period(demo_db, program_id, tmp_path, "a.mepkg"), accept_unsigned=True
    )
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 111.0)
    monitoring.set_actual(other, EDITOR, ind, OPEN, 222.0)
    path = _export_period(demo_db, program_id, tmp_path, "b.mepkg")
    [conflict] = preview_package(other, path).conflicts

    import_package(
        other,
        CHAIR,
        path,
        prefer="mine",
        resolutions={conflict.row_id: "theirs"},
        accept_unsigned=True,
    )

    assert _actual(other, ind, OPEN) == 111.0


def test_an_older_package_does_not_undo_a_later_change_here(demo_db, other, program_id, tmp_path):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 100.0)
    path = _export_period(demo_db, program_id, tmp_path)
    import_package(other, CHAIR, path, accept_unsigned=True)
    monitoring.set_actual(other, EDITOR, ind, OPEN, 150.0)  # corrected at the rayon
    before = contents(other)

    result = import_package(other, CHAIR, path, accept_unsigned=True)

    assert result.outdated == 1 and result.changed_nothing
    assert contents(other) == before


def test_an_approved_round_here_is_never_changed(demo_db, other, program_id, tmp_path):
    ind = _indicator(demo_db)
    rounds.reopen(demo_db, ADMIN, program_id, LOCKED, "typo in the figures")
    monitoring.set_actual(demo_db, EDITOR, ind, LOCKED, 99999.0)
    path = _export_period(demo_db, program_id, tmp_path, period=LOCKED)
    before = contents(other)
    old = _actual(other, ind, LOCKED)

    preview = preview_package(other, path)
    with pytest.raises(PackageLocked) as exc:
        import_package(other, CHAIR, path, prefer="theirs", accept_unsigned=True)

    assert isinstance(exc.value, PeriodLocked) and LOCKED in exc.value.text()
    assert not preview.can_import and {r.table for r in preview.locked} >= {"actual"}
    assert {r.period for r in exc.value.rows} == {LOCKED}
    assert contents(other) == before and _actual(other, ind, LOCKED) == old


def test_unchanged_rows_of_an_approved_round_import_fine(other, whole):
    result = import_package(other, CHAIR, whole, accept_unsigned=True)
    assert result.changed_nothing and result.unchanged > 400


def test_a_rayon_database_holds_several_municipalities(demo_db, db, whole, tmp_path):
    import_package(db, Actor.system(), whole, accept_unsigned=True)
    # a second municipality: the same package with new ids and another code
    entries = read_entries(whole)
    mapping: dict[str, str] = {}

    def new_id(old: str) -> str:
        return mapping.setdefault(old, str(uuid.uuid4()))

    text_entries = []
    for name, body in entries:
        if name.startswith("data/") or name == "manifest.json":
            doc = json.loads(body)
            text = json.dumps(doc)
            for old in set(_uuids(doc)):
                text = text.replace(old, new_id(old))
            body = text.replace('"KB-2023"', '"KB-2023-B"').encode()
        text_entries.append((name, body))
    second = write_entries(tmp_path / "second.mepkg", rehash(text_entries))

    result = import_package(db, Actor.system(), second, accept_unsigned=True)

    assert result.created_program
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Program)) == 2


def _uuids(doc) -> list[str]:
    found = []
    if isinstance(doc, dict):
        for v in doc.values():
            found.extend(_uuids(v))
    elif isinstance(doc, list):
        for v in doc:
            found.extend(_uuids(v))
    elif isinstance(doc, str) and len(doc) == 36:
        try:
            uuid.UUID(doc)
            found.append(doc)
        except ValueError:
            pass
    return found


# -- bad packages --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(BAD_PACKAGES))
def test_a_bad_package_is_refused_with_a_clear_message_and_nothing_changes(
    other, whole, tmp_path, kind
):
    make, words = BAD_PACKAGES[kind]
    bad = make(whole, tmp_path / f"{kind}.mepkg")
    before = contents(other)

    with pytest.raises(ValidationError) as exc:
        preview_package(other, bad)
    with pytest.raises(ValidationError) as exc2:
        import_package(other, CHAIR, bad, prefer="theirs", accept_signer=True)

    assert words in exc.value.text() and words in exc2.value.text()
    assert contents(other) == before


def test_a_package_larger_than_the_limits_is_refused(other, whole):
    with pytest.raises(ValidationError) as exc:
        import_package(
            other, CHAIR, whole, limits=fmt.Limits(max_table=10_000), accept_unsigned=True
        )
    assert "too large" in exc.value.text()


def test_a_row_that_does_not_fit_its_column_is_named(other, whole, tmp_path):
    def spoil(rows):
        rows[2]["value"] = "много"

    bad = write_entries(
        tmp_path / "bad.mepkg", rehash(with_table(read_entries(whole), "actual", spoil))
    )
    with pytest.raises(ValidationError) as exc:
        import_package(other, CHAIR, bad, accept_unsigned=True)
    problem = exc.value.problems[0]
    assert problem.row == 3 and "data/actual.json" in (problem.file or "")
    assert "value is not a number" in exc.value.text()


def test_a_row_pointing_at_another_programme_is_refused(demo_db, other, whole, tmp_path):
    def move(rows):
        rows[0]["indicator_id"] = str(uuid.uuid4())

    bad = write_entries(
        tmp_path / "bad.mepkg", rehash(with_table(read_entries(whole), "actual", move))
    )
    before = contents(other)
    with pytest.raises(ValidationError) as exc:
        import_package(other, CHAIR, bad, accept_unsigned=True)
    assert "neither the package nor this database" in exc.value.text()
    assert contents(other) == before


# -- signatures and trust ------------------------------------------------------------------


@pytest.fixture
def signing(demo_db):
    """The demo, whose chair and mayor have signing identities (password "demo")."""
    from meapp.services.signing.identity import get_identity

    assert get_identity(demo_db, "chair") is not None
    assert get_identity(demo_db, "mayor") is not None
    return demo_db


def test_the_first_signed_package_records_its_signer(signing, db, program_id, tmp_path):
    path = tmp_path / "signed.mepkg"
    exported = export_package(signing, CHAIR, program_id, None, path, password="demo")
    assert exported.signed

    preview = preview_package(db, path)
    assert (
        preview.trust.state == trust.FIRST and preview.trust.signer.sha256 in preview.trust.text()
    )
    assert preview.needs_confirmation
    result = import_package(db, Actor.system(), path, accept_signer=True)
    assert result.trust_recorded

    record = trust.get_record(preview.municipality_id)
    assert record is not None and record.common_name == preview.trust.signer.common_name
    assert preview_package(db, path).trust.state == trust.KNOWN


def test_another_signer_or_no_signature_needs_confirmation(signing, db, program_id, tmp_path):
    first = tmp_path / "first.mepkg"
    export_package(signing, CHAIR, program_id, None, first, password="demo")
    import_package(db, Actor.system(), first, accept_signer=True)
    monitoring.set_actual(signing, EDITOR, _indicator(signing), OPEN, 3.0)
    unsigned = tmp_path / "unsigned.mepkg"
    export_package(signing, CHAIR, program_id, [OPEN], unsigned)
    by_mayor = tmp_path / "mayor.mepkg"
    export_package(signing, Actor("mayor", "viewer"), program_id, [OPEN], by_mayor, password="demo")
    before = contents(db)

    for path, flag in ((unsigned, "--accept-unsigned"), (by_mayor, "--accept-signer")):
        with pytest.raises(SignerNotConfirmed) as exc:
            import_package(db, Actor.system(), path)
        assert flag in exc.value.text()
        assert preview_package(db, path).needs_confirmation
    # the yes to one question is no yes to the other
    with pytest.raises(SignerNotConfirmed):
        import_package(db, Actor.system(), unsigned, accept_signer=True)
    with pytest.raises(SignerNotConfirmed):
        import_package(db, Actor.system(), by_mayor, accept_unsigned=True)
    assert contents(db) == before

    result = import_package(db, Actor.system(), by_mayor, accept_signer=True)
    assert result.created == 1 and result.trust_recorded
    assert preview_package(db, by_mayor).trust.state == trust.KNOWN


def test_a_manifest_changed_after_signing_is_refused(signing, db, program_id, tmp_path):
    path = tmp_path / "signed.mepkg"
    export_package(signing, CHAIR, program_id, None, path, password="demo")
    entries = with_manifest(read_entries(path), lambda m: m["sender"].update(name="Someone else"))
    bad = write_entries(tmp_path / "bad.mepkg", entries)
    with pytest.raises(ValidationError) as exc:
        preview_package(db, bad)
    assert "signature does not match" in exc.value.text()


def test_an_rsa_signature_verifies_too(signing, db, program_id, tmp_path):
    from meapp.services.signing.identity import create_identity

    create_identity(signing, ADMIN, "admin", "demo", key_type="rsa")
    path = tmp_path / "rsa.mepkg"
    export_package(signing, ADMIN, program_id, None, path, password="demo")
    assert preview_package(db, path).trust.signer is not None
