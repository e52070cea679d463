"""`meapp check` on a real file after the attacks of issue 18, as a user (or an auditor)
runs it: a SQLite tool changes the database behind meapp's back, and the check exits 1
naming the damage in one line — never "chain intact" and exit 0, never a traceback — and
leaves the file byte for byte as it was (no migration, no backup, no file beside it)."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import run_cli

APPROVED = "2024-H2"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "meapp.db"
    made = run_cli("--db", str(db), "demo", env={"MEAPP_HOME": str(folder / "home")})
    assert made.returncode == 0, made.stderr
    return db


@pytest.fixture
def meapp(demo_file, tmp_path):
    home = tmp_path / "home"
    db = tmp_path / "meapp.db"
    shutil.copyfile(demo_file, db)

    def run(*args: str, db_path: Path | None = None):
        env = {"MEAPP_HOME": str(home), "MEAPP_LANG": "en"}
        return run_cli("--db", str(db_path or db), *args, env=env)

    run.db = db  # type: ignore[attr-defined]
    run.home = home  # type: ignore[attr-defined]
    return run


def tool(db: Path, *statements: str, params=()) -> str | None:
    """A SQLite tool: the statements straight on the file; returns the first row's id
    (as meapp writes ids: with dashes) when the first statement is a SELECT of one id."""
    found = None
    with sqlite3.connect(db) as conn:
        for i, sql in enumerate(statements):
            cur = conn.execute(sql, params if i == 0 else ())
            if i == 0 and sql.lstrip().upper().startswith("SELECT"):
                h = cur.fetchone()[0]
                found = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    conn.close()
    return found


def files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def checked(meapp, *args: str, code: int = 1):
    """Run `meapp check`; the folder (database and data folder) must be as it was."""
    folder = meapp.db.parent
    before = files(folder)
    proc = meapp("check", *args)
    assert proc.returncode == code, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert files(folder) == before  # nothing written: no migration, no backup, no -wal/-shm
    return proc


def test_an_untouched_demo_passes_and_prints_its_anchor(meapp):
    proc = checked(meapp, code=0)
    assert "chain intact" in proc.stdout
    assert re.search(r"Data: \d+ rows, all as the history says", proc.stdout)
    assert re.search(r"--anchor\): \d+:[0-9a-f]{64}$", proc.stdout.strip())


ATTACKS = {
    "approved actual edited": (
        "SELECT id FROM actual WHERE period = '2024-H2' AND value IS NOT NULL ORDER BY id",
        "UPDATE actual SET value = value + 1000 WHERE id = "
        "(SELECT id FROM actual WHERE period = '2024-H2' AND value IS NOT NULL ORDER BY id)",
        "Actual value is",
    ),
    "approved round set back to open": (
        "SELECT id FROM reporting_round WHERE period = '2024-H2'",
        "UPDATE reporting_round SET state = 'open' WHERE period = '2024-H2'",
        "State is open, the history says approved",
    ),
    "mayor made an administrator": (
        "SELECT id FROM app_user WHERE login = 'mayor'",
        "UPDATE app_user SET role = 'admin' WHERE login = 'mayor'",
        "Role is administrator, the history says viewer",
    ),
    "actual deleted": (
        "SELECT id FROM actual ORDER BY id",
        "DELETE FROM actual WHERE id = (SELECT id FROM actual ORDER BY id)",
        "deleted from the database without a record in the history",
    ),
    "actual added": (
        "SELECT 'aaaaaaaabbbbccccddddeeeeeeeeeeee'",
        "INSERT INTO actual (id, indicator_id, period, value, created_at, updated_at, version) "
        "SELECT 'aaaaaaaabbbbccccddddeeeeeeeeeeee', id, '2026-H2', 1.0, "
        "'2025-01-01 00:00:00.000000', '2025-01-01 00:00:00.000000', 1 "
        "FROM indicator ORDER BY id LIMIT 1",
        "in the database but never recorded in the history",
    ),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_change_made_with_a_sqlite_tool_is_named_in_one_line(meapp, attack):
    select, change, words = ATTACKS[attack]
    assert meapp("check").returncode == 0
    row_id = tool(meapp.db, select, change)

    proc = checked(meapp)

    assert "chain intact" in proc.stdout  # the chain alone still holds: the data does not
    lines = [line for line in proc.stdout.splitlines() if row_id in line]
    assert len(lines) == 1 and words in lines[0], proc.stdout
    assert "Data: 1 differences from the history" in proc.stdout


def test_a_trigger_is_named(meapp):
    tool(
        meapp.db,
        "CREATE TRIGGER keep_open AFTER UPDATE ON reporting_round "
        "BEGIN UPDATE reporting_round SET state = 'open' WHERE id = NEW.id; END",
    )

    proc = checked(meapp)

    assert "trigger keep_open is not part of meapp's database" in proc.stdout


def test_deleting_the_whole_history_is_caught_by_the_newest_backup(meapp):
    backup = meapp("backup")
    assert backup.returncode == 0, backup.stderr
    with sqlite3.connect(meapp.db) as conn:
        events = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    conn.close()
    tool(meapp.db, "DELETE FROM audit_event")

    proc = checked(meapp)

    assert "Audit trail: 0 events, chain intact" in proc.stdout
    anchor = [line for line in proc.stdout.splitlines() if line.startswith("Anchor:")]
    assert len(anchor) == 1 and "events were deleted" in anchor[0]
    assert f"holds {events}" in anchor[0]
    assert "-manual.db" in anchor[0]
    assert "never recorded in the history" in proc.stdout and "more" in proc.stdout


def test_deleting_the_newest_events_is_caught_by_an_anchor_given_by_hand(meapp):
    anchor = meapp("check").stdout.strip().rsplit(" ", 1)[-1]
    tool(meapp.db, "DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)")

    proc = checked(meapp, "--anchor", anchor)

    assert "chain intact" in proc.stdout  # a shorter chain is a valid chain…
    anchor_line = [line for line in proc.stdout.splitlines() if line.startswith("Anchor:")]
    assert "events were deleted" in anchor_line[0]  # …but not the one the anchor names


def test_after_a_restore_the_older_backups_are_not_taken_for_the_anchor(meapp, tmp_path):
    import os

    saved = tmp_path / "saved.db"
    assert meapp("backup", "-o", str(saved)).returncode == 0
    assert meapp("backup").returncode == 0  # the newest backup of the current line
    env = dict(os.environ, MEAPP_HOME=str(meapp.home), MEAPP_LANG="en", MEAPP_PASSWORD="demo")
    restored = run_cli("--db", str(meapp.db), "--user", "admin", "restore", str(saved), env=env)
    assert restored.returncode == 0, restored.stderr

    proc = checked(meapp, code=0)

    assert "Anchor: none to compare with" in proc.stdout  # older backups belong to before


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("DROP TABLE audit_event", "tables missing from the database: audit_event"),
        (
            "UPDATE alembic_version SET version_num = '9999_future'",
            "schema 9999_future, unknown to this meapp",
        ),
        ("DROP TABLE alembic_version", "no schema version"),
    ],
)
def test_a_database_the_check_cannot_read_is_one_line_and_left_alone(meapp, sql, words):
    tool(meapp.db, sql)

    proc = checked(meapp)

    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and words in proc.stderr, proc.stderr
    assert not (meapp.home / "backups").exists() or not any((meapp.home / "backups").iterdir())


def test_a_file_that_is_not_a_database_is_one_line(meapp):
    meapp.db.write_bytes(b"PK\x03\x04 not a database at all" * 100)

    proc = checked(meapp)

    assert proc.stderr.count("\n") == 1 and "cannot be read" in proc.stderr


def test_bad_input_is_exit_2(meapp, tmp_path):
    bad = meapp("check", "--anchor", "12:not-a-hash")
    assert bad.returncode == 2 and "not an anchor" in bad.stderr
    missing = meapp("check", db_path=tmp_path / "nowhere.db")
    assert missing.returncode == 2 and "not found" in missing.stderr
    assert not (tmp_path / "nowhere.db").exists()


def test_a_path_with_hash_question_mark_percent_spaces_and_cyrillic(meapp, tmp_path):
    folder = tmp_path / "a #b ?c %41 Кара-Балта"
    folder.mkdir()
    db = folder / "база #1?%20.db"
    shutil.copyfile(meapp.db, db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    ok = meapp("check", db_path=db)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    tool(db, "UPDATE reporting_round SET state = 'open' WHERE period = '2024-H2'")
    changed = hashlib.sha256(db.read_bytes()).hexdigest()
    damaged = meapp("check", db_path=db)

    assert damaged.returncode == 1 and "the history says approved" in damaged.stdout
    assert hashlib.sha256(db.read_bytes()).hexdigest() == changed != before
    assert sorted(p.name for p in folder.iterdir()) == [db.name]


def test_json_names_each_problem(meapp):
    import json

    tool(meapp.db, "UPDATE app_user SET role = 'admin' WHERE login = 'mayor'")

    proc = checked(meapp, "--json")

    report = json.loads(proc.stdout)
    assert report["ok"] is False and report["audit"]["ok"] is True
    assert report["data"]["ok"] is False
    [problem] = report["data"]["problems"]
    assert problem["entity"] == "user" and problem["column"] == "role"
    assert problem["value"] == "admin" and problem["expected"] == "viewer"
    assert re.fullmatch(r"\d+:[0-9a-f]{64}", report["head"]["anchor"])
