"""Attacks on backups and on stored text, pinned so they keep failing.

- `backup_file` never writes over the database or the files SQLite keeps beside it
  (`-wal`, `-shm`, `-journal`), nor over an existing file that is not a SQLite database;
- a destination whose relative path starts with `file:` is a file name, not a URI;
- a `.part` a killed backup to the same destination left is removed by the next run,
  never while another backup is writing it;
- a control character in a stored reason (or any stored text) never stops the audit
  trail's Excel export, and `confirm_value` drops them from the reason.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from meapp.errors import ValidationError
from meapp.models import Actual, AuditEvent
from meapp.models.periods import Period
from meapp.services.audit.query import export_audit_xlsx
from meapp.services.common.text_norm import strip_controls
from meapp.services.monitoring import review
from meapp.store import audit_chain as audit
from meapp.store import backup
from tests.unit import council_tables as ct
from tests.unit import factories as f

# -- destinations ----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_the_database_and_its_companion_files_are_refused(demo_db, tmp_path, suffix):
    src = demo_db.path
    target = src.with_name(src.name + suffix)
    before = target.read_bytes() if target.exists() else None
    # written another way: through a folder and back
    roundabout = tmp_path / "x" / ".." / target.name
    for dest in (target, roundabout):
        with pytest.raises(ValidationError, match="cannot overwrite the database"):
            backup.backup_file(demo_db, dest)
    after = target.read_bytes() if target.exists() else None
    assert before == after
    assert not list(tmp_path.glob("*.part"))


def test_a_link_to_the_wal_is_refused(demo_db, tmp_path):
    with demo_db.session() as s, s.begin():
        s.execute(Actual.__table__.update().values(comment="still in the wal"))
    wal = demo_db.path.with_name(demo_db.path.name + "-wal")
    assert wal.exists()
    link = tmp_path / "other" / "copy.db"
    link.parent.mkdir()
    os.link(wal, link)
    before = wal.read_bytes()
    with pytest.raises(ValidationError):
        backup.backup_file(demo_db, link)
    assert wal.read_bytes() == before


@pytest.mark.parametrize("content", [b"my notes\n", b"", b"SQLite format 2\x00 and more"])
def test_an_existing_file_that_is_not_a_database_is_not_overwritten(demo_db, tmp_path, content):
    notes = tmp_path / "notes.txt"
    notes.write_bytes(content)
    with pytest.raises(ValidationError, match="not a database"):
        backup.backup_file(demo_db, notes)
    assert notes.read_bytes() == content
    assert not list(tmp_path.glob("notes.txt.part*"))


def test_a_folder_is_refused(demo_db, tmp_path):
    with pytest.raises(ValidationError, match="folder"):
        backup.backup_file(demo_db, tmp_path)


def test_an_earlier_backup_is_replaced(demo_db, tmp_path):
    dest = tmp_path / "copy.db"
    backup.backup_file(demo_db, dest)
    with demo_db.session() as s, s.begin():
        s.execute(Actual.__table__.update().values(comment="second"))
    backup.backup_file(demo_db, dest)
    with sqlite3.connect(dest) as conn:
        comments = {r[0] for r in conn.execute("SELECT comment FROM actual")}
    conn.close()
    assert comments == {"second"}


def test_a_relative_name_starting_with_file_colon_is_a_file_name(demo_db, tmp_path):
    where = tmp_path / "file:"
    where.mkdir()
    old = Path.cwd()
    os.chdir(where)
    try:
        dest = backup.backup_file(demo_db, Path("file:/b k#?.db"))
    finally:
        os.chdir(old)
    written = where / "file:" / "b k#?.db"
    assert written.is_file()
    assert (where / dest).resolve() == written.resolve()
    assert backup.integrity_ok(written)
    assert sorted(p.name for p in (where / "file:").iterdir()) == ["b k#?.db"]


# -- a killed backup's .part -----------------------------------------------------------------


def test_a_stale_part_beside_the_destination_is_removed(demo_db, tmp_path):
    dest = tmp_path / "elsewhere" / "copy.db"
    dest.parent.mkdir()
    part = dest.with_name("copy.db.part")
    part.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # half written
    Path(f"{part}-journal").write_bytes(b"\x00" * 64)
    backup.backup_file(demo_db, dest)
    assert backup.integrity_ok(dest)
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.db"]


def test_a_part_another_backup_is_writing_is_left_alone(demo_db, tmp_path):
    dest = tmp_path / "copy.db"
    part = tmp_path / "copy.db.part"
    writer = sqlite3.connect(part, isolation_level=None)
    try:
        writer.execute("CREATE TABLE t (x)")
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValidationError, match="being written"):
            backup.backup_file(demo_db, dest)
        assert part.exists() and not dest.exists()
    finally:
        writer.close()


# -- control characters ----------------------------------------------------------------------


def test_strip_controls_keeps_tabs_and_line_breaks():
    assert strip_controls("a\x01b\x02\tc\nd\x7f\x85e\x1b") == "ab\tc\nde"
    assert strip_controls("Кара-Балта ө") == "Кара-Балта ө"


def test_the_audit_export_writes_stored_control_characters(db, tmp_path):
    with db.session() as s, s.begin():
        audit.record(
            s,
            user="aibek",
            action="update",
            entity="actual",
            entity_id=uuid.uuid4(),
            period="2024-H1",
            before={"comment": "old\x01"},
            after={"comment": "new\x02\x1b"},
            reason="\x01\x02 checked\x0b",
        )
    path = tmp_path / "audit.xlsx"
    assert export_audit_xlsx(db, path) >= 1
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    texts = [v for row in rows[1:] for v in row if isinstance(v, str)]
    assert "\ufffd\ufffd checked\ufffd" in texts
    assert not any(ch in t for t in texts for ch in "\x01\x02\x0b\x1b")


@pytest.fixture
def kb(db):
    ns = ct.kara_balta(db)
    ns.chair = f.add_user(db, "chair", "evaluator")
    return ns


def test_confirm_value_drops_control_characters_from_the_reason(db, kb, tmp_path):
    ct.set_value(db, kb.jobs, "2024-H1", 17000.0)
    with pytest.raises(ValidationError, match="reason"):
        review.confirm_value(db, kb.chair, kb.jobs, Period.parse("2024-H1"), "\x01\x02")
    with db.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == review.CONFIRM)) is None
    review.confirm_value(db, kb.chair, kb.jobs, Period.parse("2024-H1"), "che\x01cked\x1b")
    with db.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == review.CONFIRM)).one()
        assert event.reason == "checked"
    export_audit_xlsx(db, tmp_path / "audit.xlsx")
