"""`meapp backup -o` and `meapp confirm-value` attacks, run as processes on demo files.

- `backup -o notes.txt` (an existing file that is not a database) and `backup -o d.db-wal`
  (while another process has the database open, with a committed change still in the WAL)
  are refused: exit 2, one line, nothing written, the change kept;
- `backup -o 'file:/b k#?.db'` run in a folder named `file:` writes that relative file;
- a `.part` a killed `backup -o` left beside the destination is removed by the next run;
- `confirm-value --reason $'\\x01\\x02'` is refused as an empty reason.
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    where = tmp_path_factory.mktemp("backup-attack-demo")
    path = where / "demo.db"
    r = run_cli("--db", str(path), "demo", env={"MEAPP_HOME": str(where / "home")})
    assert r.returncode == 0, r.stderr
    return path


@pytest.fixture
def db(demo, tmp_path):
    copy = tmp_path / "d.db"
    with sqlite3.connect(demo) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return copy


def env(tmp_path):
    return {"MEAPP_HOME": str(tmp_path / "home"), "MEAPP_PASSWORD": "demo", "MEAPP_USER": "admin"}


def dump(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def one_error_line(result) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def backup(db, tmp_path, *args, cwd=None):
    return run_cli("--db", str(db), "--lang", "en", "backup", *args, env=env(tmp_path), cwd=cwd)


def test_an_existing_file_that_is_not_a_database_is_not_overwritten(db, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("minutes of the council\n", encoding="utf-8")
    line = one_error_line(backup(db, tmp_path, "-o", str(notes)))
    assert "notes.txt" in line and "not a database" in line
    assert notes.read_text(encoding="utf-8") == "minutes of the council\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("notes")) == ["notes.txt"]


def test_the_wal_of_a_database_in_use_is_refused_and_its_changes_kept(db, tmp_path):
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("PRAGMA journal_mode=WAL")
        holder.execute("PRAGMA wal_autocheckpoint=0")
        holder.execute("UPDATE actual SET comment = 'committed, still in the wal'")
        wal = db.with_name("d.db-wal")
        before = wal.read_bytes()
        for name in ("d.db-wal", "d.db-shm", "d.db-journal", "d.db"):
            line = one_error_line(backup(db, tmp_path, "-o", name, cwd=tmp_path))
            assert name in line
        assert wal.read_bytes() == before
        assert not db.with_name("d.db-journal").exists()
    finally:
        holder.close()
    with sqlite3.connect(db) as conn:
        comments = {r[0] for r in conn.execute("SELECT comment FROM actual")}
    conn.close()
    assert comments == {"committed, still in the wal"}


def test_a_relative_name_starting_with_file_colon_is_written_there(db, tmp_path):
    where = tmp_path / "file:"
    where.mkdir()
    r = backup(db, tmp_path, "-o", "file:/b k#?.db", cwd=where)
    assert r.returncode == 0, r.stderr
    written = where / "file:" / "b k#?.db"
    assert written.is_file()
    assert sorted(p.name for p in written.parent.iterdir()) == ["b k#?.db"]
    with sqlite3.connect(written) as copy, sqlite3.connect(db) as live:
        n = copy.execute("SELECT count(*) FROM actual").fetchone()
        assert n == live.execute("SELECT count(*) FROM actual").fetchone()
    copy.close()
    live.close()


def test_a_killed_backups_part_is_removed_by_the_next_run(db, tmp_path):
    dest = tmp_path / "elsewhere" / "copy.db"
    dest.parent.mkdir()
    part = dest.with_name("copy.db.part")
    part.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    r = backup(db, tmp_path, "-o", str(dest))
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.db"]


def test_a_reason_of_control_characters_is_refused(db, tmp_path):
    before = dump(db)
    r = run_cli(
        "--db",
        str(db),
        "--lang",
        "en",
        "confirm-value",
        "--indicator",
        "И-01",
        "--period",
        "2024-H1",
        "--reason",
        "\x01\x02",
        env=env(tmp_path),
    )
    assert "reason" in one_error_line(r)
    assert dump(db) == before
