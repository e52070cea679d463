"""Backups, rotation, integrity checks and restore, on real database files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from meapp.errors import ValidationError
from meapp.models import Actual, AuditEvent
from meapp.store import backup, restore
from meapp.store.db import open_database
from meapp.store.engine import Database


def _count(db: Database, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _damage(path: Path) -> None:
    """Overwrite a few pages in the middle of the file, as a failing disk would."""
    with open(path, "r+b") as fh:
        fh.seek(8192)
        fh.write(b"\xff" * 4096)


def test_a_backup_is_a_checked_copy_named_after_its_reason(demo_db, tmp_path):
    dest = backup.backup_file(demo_db, folder=tmp_path, reason="manual")

    assert (
        dest.parent == tmp_path
        and dest.name.startswith("demo-")
        and dest.name.endswith("-manual.db")
    )
    assert backup.integrity_ok(dest)
    copy = open_database(str(dest), migrate=False)
    try:
        assert _count(copy, Actual) == _count(demo_db, Actual) > 0
    finally:
        copy.dispose()
    assert not list(tmp_path.glob("*.part"))


def test_a_backup_sees_what_is_still_in_the_wal(demo_db, tmp_path):
    with demo_db.session() as s, s.begin():
        s.execute(Actual.__table__.update().values(comment="after the last checkpoint"))
    dest = backup.backup_file(demo_db, tmp_path / "copy.db")
    with sqlite3.connect(dest) as conn:
        comments = {r[0] for r in conn.execute("SELECT comment FROM actual")}
    conn.close()
    assert comments == {"after the last checkpoint"}


def test_automatic_backups_are_rotated_and_manual_ones_kept(demo_db, tmp_path):
    manual = backup.backup_file(demo_db, folder=tmp_path, reason="manual")
    made = [backup.auto_backup(demo_db, "start", folder=tmp_path, keep=3) for _ in range(5)]

    left = backup.backups(demo_db, tmp_path)

    assert all(made)
    assert [b.path for b in left if b.automatic] == list(reversed(made))[:3]
    assert manual in [b.path for b in left]
    assert backup.last_backup_time(demo_db, tmp_path) == left[0].taken_at


def test_an_automatic_backup_never_raises(tmp_path):
    missing = open_database(str(tmp_path / "x.db"), migrate=False)
    try:
        assert backup.auto_backup(missing, "start", folder=tmp_path) is None
    finally:
        missing.dispose()


def test_an_automatic_backup_into_an_impossible_folder_is_logged_not_raised(demo_db, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert backup.auto_backup(demo_db, "close", folder=blocker) is None


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.write_bytes(b"just some bytes" * 100), "not a meapp database"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE t(x)").connection.close(),
            "not a meapp database",
        ),
        (lambda p: None, "file not found"),
    ],
    ids=["random-bytes", "other-sqlite", "missing"],
)
def test_integrity_check_refuses_what_is_not_a_meapp_database(tmp_path, make, words):
    path = tmp_path / "candidate.db"
    make(path)
    found = backup.database_problem(path)
    assert found is not None and words in found[0]
    assert not backup.integrity_ok(path)


def test_integrity_check_finds_a_damaged_file(demo_db, tmp_path):
    dest = backup.backup_file(demo_db, tmp_path / "copy.db")
    _damage(dest)
    found = backup.database_problem(dest)
    assert found is not None and "damaged" in found[0]


def test_restore_brings_the_backup_back_and_keeps_the_current_file(demo_db, tmp_path):
    saved = backup.backup_file(demo_db, tmp_path / "saved.db")
    before = _count(demo_db, Actual)
    with demo_db.session() as s, s.begin():
        s.execute(Actual.__table__.delete())

    result = restore.restore_file(demo_db, saved, folder=tmp_path / "b", actor_login="admin")

    assert _count(demo_db, Actual) == before  # the same Database object sees the restored file
    assert result.previous_copy is not None and result.previous_copy.name.endswith(
        "-before-restore.db"
    )
    previous = open_database(str(result.previous_copy), migrate=False)
    try:
        assert _count(previous, Actual) == 0
    finally:
        previous.dispose()
    with demo_db.session() as s:
        event = s.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
    assert event is not None and event.action == "restore" and event.user_login == "admin"
    assert "saved.db" in (event.reason or "")
    from meapp.store.check import run_check

    assert run_check(demo_db).ok


def test_restore_refuses_a_file_that_is_not_an_intact_database(demo_db, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"PK\x03\x04 not a database")
    damaged = backup.backup_file(demo_db, tmp_path / "damaged.db")
    _damage(damaged)
    before = _count(demo_db, Actual)
    for path in (bad, damaged, demo_db.path):
        with pytest.raises(ValidationError):
            restore.restore_file(demo_db, path, folder=tmp_path / "b")
    assert _count(demo_db, Actual) == before
    assert list((tmp_path / "b").glob("*.db")) == []


def test_restore_over_a_damaged_database_keeps_a_raw_copy_of_it(demo_db, tmp_path):
    saved = backup.backup_file(demo_db, tmp_path / "saved.db")
    path = demo_db.path
    demo_db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _damage(path)
    assert not backup.startup_check(demo_db, tmp_path).ok

    result = restore.restore_file(demo_db, saved, folder=tmp_path / "b")

    assert result.previous_copy is not None and result.previous_copy.name.endswith("-damaged.db")
    assert backup.integrity_ok(path)
    assert backup.startup_check(demo_db, tmp_path).ok


def test_the_start_check_offers_the_newest_intact_backup(demo_db, tmp_path):
    older = backup.auto_backup(demo_db, "start", folder=tmp_path)
    newer = backup.auto_backup(demo_db, "close", folder=tmp_path)
    assert older is not None and newer is not None
    _damage(newer)
    path = demo_db.path
    demo_db.dispose()
    _damage(path)

    check = backup.startup_check(demo_db, tmp_path)

    assert not check.ok and check.problem is not None and "damaged" in check.problem
    assert check.backup is not None and check.backup.path == older


def test_the_light_start_check_reads_only_header_and_schema(demo_db, tmp_path):
    path = demo_db.path
    demo_db.dispose()
    assert backup.startup_check(demo_db, tmp_path, scan=False).ok
    data = bytearray(path.read_bytes())
    data[:16] = b"garbage garbage!"  # a file that is no database any more
    path.write_bytes(bytes(data))

    check = backup.startup_check(demo_db, tmp_path, scan=False)

    assert not check.ok and check.problem == "{file} is not a meapp database"
