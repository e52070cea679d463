"""Upgrading a database keeps every row (SQLite).

A batch migration that SQLite cannot do in place copies the table, drops the old one and
renames the copy; with `foreign_keys=ON` that DROP cascaded, so the 0007 upgrade emptied
`actual` and `indicator_target` and 0010 emptied `group_member`. These tests take the small
demo down the migrations and up again and compare every table, row by row; a failing step
leaves the file as it was; references broken before the upgrade do not stop it.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3

import pytest
from alembic import command

from meapp.store.db import open_database
from meapp.store.engine import SCHEMA_HEAD
from meapp.store.migrations import alembic_config


def _tables(path) -> dict[str, list[tuple]]:
    """Every table's rows (sorted), read with plain sqlite3."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite%' AND name != 'alembic_version'"
            )
        ]
        out = {}
        for name in names:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            rows = conn.execute(f'SELECT {", ".join(cols)} FROM "{name}"').fetchall()
            out[name] = sorted((dict(zip(cols, r, strict=True)) for r in rows), key=repr)
        return {k: [tuple(sorted(d.items())) for d in v] for k, v in out.items()}


def _common(a: dict[str, list[tuple]], b: dict[str, list[tuple]]) -> list[str]:
    """Tables in both snapshots whose rows differ, compared on the columns both have."""
    differ = []
    for name in sorted(set(a) & set(b)):
        cols_a = {k for row in a[name] for k, _v in row}
        cols_b = {k for row in b[name] for k, _v in row}
        shared = cols_a & cols_b if a[name] and b[name] else set()

        def keep(rows, shared=shared):
            return sorted((tuple((k, v) for k, v in row if k in shared) for row in rows), key=repr)

        if len(a[name]) != len(b[name]) or keep(a[name]) != keep(b[name]):
            differ.append(f"{name}: {len(a[name])} rows → {len(b[name])}")
    return differ


@pytest.fixture
def demo_file(_demo_template, tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(_demo_template, path)
    return path


def _migrate(path, to: str, *, down: bool) -> None:
    database = open_database(str(path), migrate=False)
    try:
        cfg = alembic_config(database)
        (command.downgrade if down else command.upgrade)(cfg, to)
    finally:
        database.dispose()


# the tables a cascade emptied, and their neighbours: the downgrades keep their rows too
WATCHED = ("actual", "indicator_target", "group_member", "measure_progress", "evidence")


@pytest.mark.parametrize(
    "older",
    ["0001_initial", "0003_value_review", "0006_status_summary", "0009_reporting_calendar"],
)
def test_an_upgrade_from_an_older_release_keeps_every_row(demo_file, older):
    at_head = _tables(demo_file)
    assert len(at_head["actual"]) > 20 and at_head["indicator_target"]
    assert at_head["group_member"]
    _migrate(demo_file, older, down=True)
    old = _tables(demo_file)  # the file as the older release left it
    for name in WATCHED:
        assert len(old[name]) == len(at_head[name]), name
    database = open_database(str(demo_file))  # what a user's upgrade runs (with a backup)
    try:
        assert database.schema_revision() == SCHEMA_HEAD
    finally:
        database.dispose()
    upgraded = _tables(demo_file)
    assert _common(old, upgraded) == []
    for name in WATCHED:
        assert len(upgraded[name]) == len(at_head[name]), name


def test_a_failing_step_leaves_the_file_at_its_old_revision(demo_file):
    _migrate(demo_file, "0006_status_summary", down=True)
    before = _tables(demo_file)
    with contextlib.closing(sqlite3.connect(demo_file)) as conn:
        # 0009 creates this table: the upgrade fails after 0007 and 0008 have run
        conn.execute("CREATE TABLE deadline_setting (x INTEGER)")
        conn.commit()
    with pytest.raises(Exception, match="deadline_setting"):
        _migrate(demo_file, "head", down=False)
    with contextlib.closing(sqlite3.connect(demo_file)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0006_status_summary",)
        ]
        ddl = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'indicator'").fetchone()[0]
        assert "annual_sum" not in ddl  # 0007's rebuild was rolled back too
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "measure_budget_year" not in names  # 0008's table too
        conn.execute("DROP TABLE deadline_setting")
        conn.commit()
    after = _tables(demo_file)
    assert _common(before, after) == []
    _migrate(demo_file, "head", down=False)  # and it upgrades once the obstacle is gone
    assert len(_tables(demo_file)["actual"]) == len(before["actual"])


def test_references_broken_before_the_upgrade_do_not_stop_it(demo_file):
    _migrate(demo_file, "0006_status_summary", down=True)
    with contextlib.closing(sqlite3.connect(demo_file)) as conn:
        conn.execute(
            "INSERT INTO indicator_target (indicator_id, period, value, id, created_at, "
            "updated_at, version) VALUES ('0' || hex(randomblob(15)) || '0', '2024-H1', 1, "
            "lower(hex(randomblob(16))), '2024-01-01', '2024-01-01', 1)"
        )
        conn.commit()
    database = open_database(str(demo_file))
    try:
        assert database.schema_revision() == SCHEMA_HEAD
    finally:
        database.dispose()
    with contextlib.closing(sqlite3.connect(demo_file)) as conn:
        assert len(conn.execute("PRAGMA foreign_key_check").fetchall()) == 1
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (0,)  # plain sqlite3


def test_an_upgrade_that_would_break_references_is_refused_and_rolled_back(demo_file):
    """With foreign keys off during the upgrade nothing stops a step from leaving a row that
    points nowhere; the check afterwards does. Here a trigger (as a database tool might have
    left) writes such a row when the version moves."""
    from meapp.errors import MeappError

    _migrate(demo_file, "0006_status_summary", down=True)
    with contextlib.closing(sqlite3.connect(demo_file)) as conn:
        conn.execute(
            "CREATE TRIGGER orphan AFTER UPDATE ON alembic_version BEGIN "
            "INSERT INTO indicator_target (indicator_id, period, value, id, created_at, "
            "updated_at, version) VALUES (lower(hex(randomblob(16))), '2024-H1', 1, "
            "lower(hex(randomblob(16))), '2024-01-01', '2024-01-01', 1); END"
        )
        conn.commit()
    before = _tables(demo_file)
    with pytest.raises(MeappError, match="broken references") as caught:
        open_database(str(demo_file))
    assert caught.value.params["table"] == "indicator_target"
    with contextlib.closing(sqlite3.connect(demo_file)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0006_status_summary",)
        ]
    assert _common(before, _tables(demo_file)) == []
