"""The command line on a database an older (or newer) meapp made: real `meapp` processes.

`status` upgrades it and writes the pre-upgrade backup first, with every row; `check`
reads it without changing a byte; `restore` of an older backup upgrades it and keeps the
rows; an upgrade that fails midway, and a schema from a newer meapp, are one line on stderr
and exit code 2, the file left as it was.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3

import pytest

from meapp.store.engine import SCHEMA_HEAD
from tests.helpers import run_cli
from tests.unit.test_migrations_keep_rows import WATCHED, _common, _tables
from tests.unit.test_upgrade_paths import OLD, _migrate, _revision


@pytest.fixture
def template(_demo_template):
    """The small demo at the current schema (never written: copy it)."""
    return _demo_template


@pytest.fixture
def old_file(template, tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(template, path)
    _migrate(str(path), OLD, down=True)
    return path


def _run(home, db, *args: str):
    env = {"MEAPP_LANG": "en", "MEAPP_HOME": str(home), "MEAPP_PASSWORD": "demo"}
    return run_cli("--db", str(db), *args, env=env)


def _one_line_refusal(result, words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert result.stderr.startswith("meapp: ") and words in result.stderr, result.stderr


def test_status_upgrades_an_old_file_after_a_backup_and_keeps_every_row(old_file, tmp_path):
    old = _tables(old_file)
    result = _run(tmp_path / "h", old_file, "status")
    assert result.returncode == 0, result.stderr
    assert _revision(old_file) == SCHEMA_HEAD
    upgraded = _tables(old_file)
    assert _common(old, upgraded) == []
    for name in WATCHED:
        assert len(upgraded[name]) == len(old[name]), name
    (backup,) = (tmp_path / "h" / "backups").glob("old-*-upgrade.db")
    assert _revision(backup) == OLD and _common(old, _tables(backup)) == []


def test_check_reads_an_old_file_without_changing_a_byte(old_file, tmp_path):
    raw = old_file.read_bytes()
    files = sorted(p.name for p in tmp_path.iterdir())
    result = _run(tmp_path / "h", old_file, "check")
    assert result.returncode == 1, result.stderr
    assert "older schema 0006_status_summary" in result.stderr
    assert "Traceback" not in result.stderr
    assert old_file.read_bytes() == raw
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "h") == files
    assert not list((tmp_path / "h").glob("backups/*.db"))


def test_a_failing_upgrade_is_one_line_exit_2_and_the_rows_stay(old_file, tmp_path):
    with contextlib.closing(sqlite3.connect(old_file)) as conn:
        conn.execute("CREATE TABLE deadline_setting (x INTEGER)")  # 0009 fails on it
        conn.commit()
    before = _tables(old_file)
    result = _run(tmp_path / "h", old_file, "status")
    _one_line_refusal(result, "could not be upgraded from schema 0006_status_summary")
    assert _revision(old_file) == OLD
    assert _common(before, _tables(old_file)) == []


def test_a_database_from_a_newer_meapp_is_one_line_exit_2(template, tmp_path):
    path = tmp_path / "newer.db"
    shutil.copyfile(template, path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        conn.commit()
    raw = path.read_bytes()
    result = _run(tmp_path / "h", path, "status")
    _one_line_refusal(result, "0099_from_the_future, unknown to this meapp")
    assert path.read_bytes() == raw
    assert not list((tmp_path / "h").glob("backups/*.db"))


def test_restoring_an_older_backup_upgrades_it_and_keeps_every_row(template, old_file, tmp_path):
    old = _tables(old_file)
    raw = old_file.read_bytes()
    current = tmp_path / "current.db"
    shutil.copyfile(template, current)
    result = _run(tmp_path / "h", current, "--user", "admin", "restore", str(old_file), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["upgraded"] is True
    assert _revision(current) == SCHEMA_HEAD
    restored = _tables(current)
    for name in WATCHED:
        assert len(restored[name]) == len(old[name]), name
    # only the restore's own audit event and its new sync origin differ
    differ = {d.split(":")[0] for d in _common(old, restored)}
    assert differ <= {"audit_event", "sync_origin"}, differ
    assert old_file.read_bytes() == raw  # the backup stays as the older meapp wrote it
    assert not [p.name for p in tmp_path.iterdir() if ".part" in p.name]


def test_a_backup_whose_upgrade_fails_is_refused_before_it_replaces_the_database(
    template, old_file, tmp_path
):
    """The upgrade runs on the restore's private copy: when it fails, the current database
    is still the one in place (not an older file no meapp can open any more)."""
    with contextlib.closing(sqlite3.connect(old_file)) as conn:
        conn.execute("CREATE TABLE deadline_setting (x INTEGER)")  # 0009 fails on it
        conn.commit()
    current = tmp_path / "current.db"
    shutil.copyfile(template, current)
    before = _tables(current)
    result = _run(tmp_path / "h", current, "--user", "admin", "restore", str(old_file))
    _one_line_refusal(result, "could not be upgraded from schema 0006_status_summary")
    assert _revision(current) == SCHEMA_HEAD
    assert _common(before, _tables(current)) == []
    assert not [p.name for p in tmp_path.iterdir() if ".part" in p.name]
    assert _run(tmp_path / "h", current, "status").returncode == 0
