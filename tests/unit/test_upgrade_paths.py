"""Every way an older (or newer) database gets opened keeps its rows, or refuses in words.

The migrations themselves are covered by test_migrations_keep_rows; these tests attack the
paths around them: a schema this meapp does not know, an upgrade that fails midway or finds
the file locked, the read-only opening of an old file, restoring a backup an older meapp
made, the foreign-key setting of the connections after an upgrade, and PostgreSQL.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3

import pytest
from alembic import command

from meapp.errors import IntegrityDamage, MeappError
from meapp.store.db import open_database, open_readonly
from meapp.store.engine import SCHEMA_HEAD
from meapp.store.migrations import alembic_config
from tests.unit.test_migrations_keep_rows import WATCHED, _common, _tables

OLD = "0006_status_summary"  # before both table rebuilds (0007 indicator, 0010 working_group)


def _migrate(db: str, to: str, *, down: bool) -> None:
    database = open_database(db, migrate=False)
    try:
        (command.downgrade if down else command.upgrade)(alembic_config(database), to)
    finally:
        database.dispose()


@pytest.fixture
def home(_isolated_home):
    """This test's data folder (its backups go to home/backups)."""
    return _isolated_home


@pytest.fixture
def template(_demo_template):
    """The small demo at the current schema (never written: copy it)."""
    return _demo_template


@pytest.fixture
def old_file(template, tmp_path):
    """The small demo as the 0006 release left it."""
    path = tmp_path / "old.db"
    shutil.copyfile(template, path)
    _migrate(str(path), OLD, down=True)
    return path


def _revision(path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _backups(home) -> list:
    folder = home / "backups"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_a_database_from_a_newer_meapp_is_refused_in_words_and_not_backed_up(
    template, tmp_path, home
):
    path = tmp_path / "newer.db"
    shutil.copyfile(template, path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        conn.commit()
    before = _tables(path)
    with pytest.raises(MeappError, match="0099_from_the_future, unknown to this meapp"):
        open_database(str(path))
    assert _backups(home) == []  # nothing to rescue: nothing was attempted
    assert _revision(path) == "0099_from_the_future"
    assert _common(before, _tables(path)) == []


def test_a_failing_upgrade_is_one_sentence_and_leaves_every_row(old_file, home):
    with contextlib.closing(sqlite3.connect(old_file)) as conn:
        conn.execute("CREATE TABLE deadline_setting (x INTEGER)")  # 0009 fails on it
        conn.commit()
    before = _tables(old_file)
    with pytest.raises(MeappError, match="could not be upgraded from schema 0006") as err:
        open_database(str(old_file))
    assert "deadline_setting already exists" in str(err.value)
    assert "Traceback" not in str(err.value) and "sqlalche.me" not in str(err.value)
    assert _revision(old_file) == OLD
    assert _common(before, _tables(old_file)) == []
    # the pre-upgrade backup was written and holds the same rows
    (backup,) = _backups(home)
    assert _common(before, _tables(backup)) == []


def test_a_database_locked_by_another_program_is_not_upgraded_and_says_so(old_file):
    before = _tables(old_file)
    with contextlib.closing(sqlite3.connect(old_file, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        other.execute("UPDATE program SET title = title")
        with pytest.raises(MeappError, match="in use by another program"):
            open_database(str(old_file))  # waits for the busy timeout, then refuses
        other.execute("ROLLBACK")
    assert _revision(old_file) == OLD
    database = open_database(str(old_file))  # once the other program is gone, it upgrades
    try:
        assert database.schema_revision() == SCHEMA_HEAD
    finally:
        database.dispose()
    assert _common(before, _tables(old_file)) == []


def test_a_rollback_journal_file_another_program_reads_is_refused_in_words(old_file):
    """A backup is written in rollback-journal mode; opened while a database browser reads
    it, the switch to WAL at connect finds it locked: one sentence, not a traceback."""
    with contextlib.closing(sqlite3.connect(old_file)) as conn:
        assert conn.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    raw = old_file.read_bytes()
    with contextlib.closing(sqlite3.connect(old_file, isolation_level=None)) as other:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM program").fetchone()  # holds its read lock
        with pytest.raises(MeappError, match="in use by another program"):
            open_database(str(old_file))
        other.execute("ROLLBACK")
    assert old_file.read_bytes() == raw


def test_another_programs_sqlite_file_is_refused_without_a_byte_changed(tmp_path, home):
    """meapp used to create its 31 tables in any SQLite file without a schema version (and
    switch it to WAL); a user who picks the wrong file must get it back as it was."""
    path = tmp_path / "contacts.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Aibek')")
        conn.commit()
    raw = path.read_bytes()
    with pytest.raises(MeappError, match="is not a meapp database"):
        open_database(str(path))
    assert path.read_bytes() == raw
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.sqlite"]
    assert _backups(home) == []


def test_a_refused_open_keeps_no_connection_or_presence_entry(old_file):
    """The GUI offers another file after a refused open: the refused one must not stay
    open (a restore of it would find this process still holding it)."""
    from meapp.store import presence

    with contextlib.closing(sqlite3.connect(old_file)) as conn:
        conn.execute("CREATE TABLE deadline_setting (x INTEGER)")
        conn.commit()
    with pytest.raises(MeappError):
        open_database(str(old_file))
    assert not presence.holds(old_file)
    assert not presence.folder(old_file).exists() or not any(presence.folder(old_file).iterdir())


def test_after_an_upgrade_the_connections_enforce_foreign_keys_again(old_file):
    """The migrations switch foreign keys off; a pooled connection left that way would let
    a later delete leave orphans instead of cascading."""
    database = open_database(str(old_file))
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        database.dispose()


def test_after_a_failed_upgrade_the_connections_enforce_foreign_keys_again(old_file):
    with contextlib.closing(sqlite3.connect(old_file)) as conn:
        conn.execute("CREATE TABLE deadline_setting (x INTEGER)")
        conn.commit()
    database = open_database(str(old_file), migrate=False)
    try:
        from meapp.store.db import ensure_schema

        with pytest.raises(MeappError):
            ensure_schema(database, backup=False)
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.dispose()


def test_reading_an_old_file_read_only_never_upgrades_or_touches_it(old_file, home):
    from meapp.store.check import run_check

    raw = old_file.read_bytes()
    files = sorted(p.name for p in old_file.parent.iterdir())
    database = open_readonly(str(old_file))
    try:
        assert database.schema_revision() == OLD
        with pytest.raises(IntegrityDamage, match="older schema 0006"):
            run_check(database)
    finally:
        database.dispose()
    assert old_file.read_bytes() == raw
    assert sorted(p.name for p in old_file.parent.iterdir()) == files  # no -wal, -shm
    assert _backups(home) == []


def test_restoring_a_backup_made_by_an_older_meapp_upgrades_it_and_keeps_every_row(
    template, old_file, tmp_path
):
    from meapp.store.restore import restore_file

    old_rows = _tables(old_file)
    raw = old_file.read_bytes()
    current = tmp_path / "current.db"
    shutil.copyfile(template, current)
    database = open_database(str(current))
    try:
        result = restore_file(database, old_file, folder=tmp_path / "saved")
    finally:
        database.dispose()
    assert result.upgraded and result.previous_copy is not None
    assert _revision(current) == SCHEMA_HEAD
    restored = _tables(current)
    assert _only_the_restore_itself(old_rows, restored), _common(old_rows, restored)
    for name in WATCHED:
        assert len(restored[name]) == len(old_rows[name]), name
    assert old_file.read_bytes() == raw  # the backup itself stays as the older meapp wrote it


def _only_the_restore_itself(old: dict, new: dict) -> bool:
    """The restore adds its audit event and a new sync origin; nothing else may differ."""
    differ = _common(old, new)
    return all(d.split(":")[0] in {"audit_event", "sync_origin"} for d in differ)


def test_the_backup_before_an_upgrade_outlives_the_automatic_rotation(old_file, home):
    """A row an upgrade lost is noticed weeks later, if at all: by then KEEP starts and
    closes of the GUI (each an automatic backup) must not have deleted the one copy of the
    database as the older release left it."""
    from meapp.store.backup import KEEP, auto_backup

    database = open_database(str(old_file))
    try:
        (before_upgrade,) = _backups(home)
        for _ in range(KEEP):
            auto_backup(database, "start")
    finally:
        database.dispose()
    assert before_upgrade.exists()


ON_PG = bool(os.environ.get("MEAPP_TEST_PG_URL"))


def _pg_tables(url: str) -> dict[str, list[tuple]]:
    """Every table's rows on PostgreSQL, in the shape `_tables` gives for SQLite."""
    from sqlalchemy import inspect, text

    database = open_database(url, migrate=False)
    try:
        with database.engine.connect() as conn:
            out = {}
            for name in inspect(conn).get_table_names():
                if name == "alembic_version":
                    continue
                rows = conn.execute(text(f'SELECT * FROM "{name}"')).mappings().all()
                out[name] = sorted((tuple(sorted(r.items())) for r in rows), key=repr)
            return out
    finally:
        database.dispose()


@pytest.fixture
def pg_old():
    """The small demo on a fresh PostgreSQL database, taken down to 0006: (url, at head)."""
    from meapp.services.demo.builder import create_demo
    from tests.pg import drop_pg_database, fresh_pg_database

    url = fresh_pg_database(os.environ["MEAPP_TEST_PG_URL"])
    try:
        database = open_database(url)
        create_demo(database, scale="small")
        database.dispose()
        at_head = _pg_tables(url)
        assert len(at_head["actual"]) > 20 and at_head["indicator_target"]
        assert at_head["group_member"]
        _migrate(url, OLD, down=True)
        yield url, at_head
    finally:
        drop_pg_database(url)


def _pg_revision(url: str) -> str | None:
    database = open_database(url, migrate=False)
    try:
        return database.schema_revision()
    finally:
        database.dispose()


@pytest.mark.skipif(not ON_PG, reason="needs MEAPP_TEST_PG_URL")
def test_postgresql_upgrade_from_0006_keeps_every_row(pg_old):
    """On PostgreSQL a batch operation is an ALTER TABLE, not a copy: nothing to cascade,
    but the same promise is checked, row by row."""
    url, at_head = pg_old
    old = _pg_tables(url)
    for name in WATCHED:
        assert len(old[name]) == len(at_head[name]), name
    open_database(url).dispose()  # what a user's upgrade runs
    assert _pg_revision(url) == SCHEMA_HEAD
    upgraded = _pg_tables(url)
    assert _common(old, upgraded) == []
    for name in WATCHED:
        assert len(upgraded[name]) == len(at_head[name]), name


@pytest.mark.skipif(not ON_PG, reason="needs MEAPP_TEST_PG_URL")
def test_postgresql_failing_upgrade_is_one_sentence_and_changes_nothing(pg_old):
    """PostgreSQL's DDL is transactional: the steps before the failing one roll back."""
    from sqlalchemy import text

    url, _ = pg_old
    database = open_database(url, migrate=False)
    with database.engine.begin() as conn:
        conn.execute(text("CREATE TABLE deadline_setting (x INTEGER)"))  # 0009 fails on it
    database.dispose()
    before = _pg_tables(url)
    with pytest.raises(MeappError, match="could not be upgraded from schema 0006"):
        open_database(url)
    assert _pg_revision(url) == OLD
    after = _pg_tables(url)
    assert _common(before, after) == [] and set(after) == set(before)  # 0008's table too


def test_backups_before_upgrades_are_rotated_apart_and_a_few_are_kept(tmp_path):
    """Repeated attempts at a failing upgrade do not fill the disk, and starts and closes
    do not push the copies made before an upgrade out."""
    from meapp.store.backup import KEEP, KEEP_BEFORE_UPGRADE, rotate

    for i in range(KEEP_BEFORE_UPGRADE + 2):
        (tmp_path / f"meapp-20260101-00000{i}-000000-upgrade.db").write_bytes(b"x")
    for i in range(KEEP + 3):
        (tmp_path / f"meapp-20260102-0000{i:02d}-000000-start.db").write_bytes(b"x")
    (tmp_path / "meapp-20250101-000000-000000-manual.db").write_bytes(b"x")
    rotate(tmp_path, "meapp")
    left = sorted(p.name for p in tmp_path.iterdir())
    upgrades = [n for n in left if n.endswith("-upgrade.db")]
    assert upgrades == [
        f"meapp-20260101-00000{i}-000000-upgrade.db" for i in range(2, KEEP_BEFORE_UPGRADE + 2)
    ]
    assert len([n for n in left if n.endswith("-start.db")]) == KEEP
    assert "meapp-20250101-000000-000000-manual.db" in left
