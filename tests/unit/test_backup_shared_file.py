"""The store's side of issue 20 in one process: the file registration (`presence`), the
backup on the live connection, the refusal of a restore, leftovers, and the backup before
an upgrade that cannot be written (the processes themselves: tests/e2e/test_shared_database
and tests/e2e/test_kill_during_backup)."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from meapp import paths
from meapp.errors import MeappError
from meapp.store import backup, presence
from meapp.store.db import open_database
from meapp.store.engine import SCHEMA_HEAD


def test_an_open_database_is_registered_once_and_let_go_at_dispose(demo_db):
    path = demo_db.path
    other = open_database(str(path), migrate=False)  # a second object in this process
    try:
        with other.engine.connect():
            pass
        mine = presence.folder(path) / str(os.getpid())
        assert presence.holds(path) and mine.exists()
        assert presence.others(path) == []  # this process is not "another"
    finally:
        other.dispose()
    assert presence.holds(path)  # demo_db still has it
    demo_db.dispose()
    assert not presence.holds(path)
    assert not presence.folder(path).exists()


def test_the_header_is_read_through_sqlite(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"garbage garbage!" + b"\0" * 4096)
    found = backup.database_problem(junk, scan=False)
    assert found is not None and found[0] == "{file} is not a meapp database"
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    found = backup.database_problem(empty)
    assert found is not None and found[0] == "{file} is not a meapp database"


def test_a_backup_of_a_database_with_an_open_write_elsewhere_in_this_process(demo_db, tmp_path):
    """The backup takes a pooled connection of its own: a session with an uncommitted
    change is neither copied nor disturbed."""
    with demo_db.session() as s, s.begin():
        s.connection().exec_driver_sql("CREATE TABLE probe (n INTEGER)")
    with demo_db.session() as s:
        s.connection().exec_driver_sql("INSERT INTO probe VALUES (1)")
        saved = backup.backup_file(demo_db, tmp_path / "copy.db")
        s.commit()
    with sqlite3.connect(str(saved)) as conn:
        copied = conn.execute("SELECT count(*) FROM probe").fetchone()[0]
    conn.close()
    assert copied == 0 and backup.integrity_ok(saved)
    later = backup.backup_file(demo_db, tmp_path / "later.db")
    with sqlite3.connect(str(later)) as conn:
        assert conn.execute("SELECT count(*) FROM probe").fetchone()[0] == 1
    conn.close()


def test_leftovers_are_only_this_databases_partial_files(demo_db, tmp_path):
    path = demo_db.path
    folder = tmp_path / "backups"
    folder.mkdir()
    saved = backup.backup_file(demo_db, tmp_path / "saved.db")
    ours = folder / f"{path.stem}-20260101-101010-000001-start.db.part"
    restore_part = path.with_name(path.name + ".restore.part")
    theirs = folder / "demo2-20260101-101010-000001-start.db.part"
    for planted in (ours, restore_part, theirs):
        shutil.copyfile(saved, planted)

    removed = backup.remove_leftovers(demo_db, folder)

    assert sorted(removed) == sorted([ours, restore_part])
    assert theirs.exists()


def test_a_partial_file_being_written_is_left_alone(demo_db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    part = folder / f"{demo_db.path.stem}-20260101-101010-000001-start.db.part"
    writer = sqlite3.connect(str(part))
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("CREATE TABLE t (x)")
        assert backup.remove_leftovers(demo_db, folder) == []
        assert part.exists()
    finally:
        writer.close()
    assert backup.remove_leftovers(demo_db, folder) == [part]


def test_a_backup_before_an_upgrade_that_cannot_be_written_stops_the_upgrade(demo_db):
    path = demo_db.path
    with demo_db.session() as s, s.begin():
        s.connection().exec_driver_sql(
            "UPDATE alembic_version SET version_num = '0004_plan_matrix_fields'"
        )
    demo_db.dispose()
    shutil.rmtree(paths.backups_dir())
    paths.data_dir().joinpath("backups").write_text("a file where the folder should be")

    with pytest.raises(MeappError) as raised:
        open_database(str(path))

    assert "the backup before the upgrade could not be written" in raised.value.message
    with sqlite3.connect(str(path)) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    conn.close()
    assert revision == "0004_plan_matrix_fields" != SCHEMA_HEAD
