"""One SQLite file, several meapp processes at once (issue 20), with real processes.

- A process that opens and quits never breaks another one's backups (it used to: the first
  process read the file's header with open(), which on POSIX drops every SQLite lock the
  process holds, so the second one deleted the WAL index at its close: "disk I/O error").
- Backups from two processes while the other writes: each backup intact, nothing lost.
- `restore` is refused while another process has the database open, naming that process;
  it goes through once that process has ended, also after a kill -9 (a stale registration).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from meapp.store import backup, presence
from tests.helpers import ROOT, run_cli

ENV = {"MEAPP_PASSWORD": "demo", "MEAPP_LANG": "en"}

# A process that opens the database, reads it and waits for a line on stdin before it
# closes it: argv = database, role ("command" or "window").
HOLDER = r"""
import sys
from sqlalchemy import text
from meapp.store import presence
path, role = sys.argv[1], sys.argv[2]
presence.ROLE = role
sys.argv = ["meapp", "--db", path, "status"]
from meapp.store.db import open_database
db = open_database(path, migrate=False)
with db.session() as s:
    s.execute(text("SELECT count(*) FROM program")).scalar()
print("ready", flush=True)
sys.stdin.readline()
db.dispose()
"""

# Writes ROUNDS rows (one transaction each) and takes a backup after every write:
# argv = database, who, rounds, backup folder.
WRITER = r"""
import sys
from sqlalchemy import text
from meapp.store.backup import backup_file
from meapp.store.db import open_database
path, who, rounds, folder = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
db = open_database(path, migrate=False)
for n in range(rounds):
    with db.session() as s, s.begin():
        s.execute(text("INSERT INTO probe(who, n) VALUES (:w, :n)"), {"w": who, "n": n})
    backup_file(db, folder=folder, reason="manual")
db.dispose()
print("done", flush=True)
"""


def _env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", **ENV)


def _hold(path: Path, role: str = "command") -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), role],
        cwd=ROOT,
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read() if proc.stderr else ""
    return proc


def _let_go(proc: subprocess.Popen) -> None:
    _out, err = proc.communicate("\n", timeout=120)
    assert proc.returncode == 0, err


def _probe_rows(path: Path) -> int:
    with sqlite3.connect(str(path)) as conn:
        count = conn.execute("SELECT count(*) FROM probe").fetchone()[0]
    conn.close()
    return int(count)


@pytest.fixture
def shared(demo_db):
    """The demo database with a `probe` table the writers fill, open in this process."""
    with demo_db.session() as s, s.begin():
        s.execute(text("CREATE TABLE probe (who TEXT NOT NULL, n INTEGER NOT NULL)"))
    return demo_db


def test_a_second_process_that_opens_and_quits_does_not_break_the_first(shared, tmp_path):
    path = shared.path
    # what the window does once it is up: the start check reads the file's header
    assert backup.startup_check(shared, tmp_path / "b", scan=False).ok
    for command in (["status"], ["programs"], ["check"]):
        run_cli("--db", str(path), *command, env=ENV)  # opens, reads, quits
    assert Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()  # still shared
    with shared.session() as s, s.begin():
        s.execute(text("INSERT INTO probe(who, n) VALUES ('window', 1)"))
    seen = run_cli("--db", str(path), "status", env=ENV)  # a third process
    assert seen.returncode == 0, seen.stderr

    saved = backup.backup_file(shared, folder=tmp_path / "b", reason="manual")

    assert backup.integrity_ok(saved)
    assert _probe_rows(saved) == 1
    assert _probe_rows(path) == 1  # what a new connection reads: the edit is in the file's WAL


def test_backups_from_two_processes_while_the_other_writes(shared, tmp_path):
    rounds = 12
    folder = tmp_path / "backups"
    other = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(shared.path), "other", str(rounds), str(folder)],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for n in range(rounds):  # this process writes and backs up meanwhile
            with shared.session() as s, s.begin():
                s.execute(text("INSERT INTO probe(who, n) VALUES ('this', :n)"), {"n": n})
            backup.backup_file(shared, folder=folder, reason="manual")
    finally:
        out, err = other.communicate(timeout=600)
    assert other.returncode == 0 and out.strip() == "done", err

    made = sorted(folder.glob("*.db"))
    assert len(made) == 2 * rounds
    for copy in made:
        assert backup.integrity_ok(copy), copy
        assert 1 <= _probe_rows(copy) <= 2 * rounds
    assert max(_probe_rows(copy) for copy in made) == 2 * rounds  # the last one saw all
    assert _probe_rows(shared.path) == 2 * rounds
    assert not list(folder.glob("*.part"))


def _restore(path: Path, saved: Path):
    return run_cli("--db", str(path), "--user", "admin", "restore", str(saved), env=ENV)


@pytest.mark.parametrize(
    ("role", "words"),
    [("command", "in use by the command 'meapp status'"), ("window", "open in a meapp window")],
)
def test_restore_is_refused_while_another_process_has_the_database_open(
    shared, tmp_path, role, words
):
    saved = backup.backup_file(shared, tmp_path / "saved.db")
    path = shared.path
    with shared.session() as s, s.begin():
        s.execute(text("INSERT INTO probe(who, n) VALUES ('after the backup', 1)"))
    shared.dispose()  # this process lets go; another one holds the file
    holder = _hold(path, role)
    try:
        refused = _restore(path, saved)
    finally:
        _let_go(holder)

    assert refused.returncode == 2, refused.stdout + refused.stderr
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and f"process {holder.pid}" in lines[0]
    assert _probe_rows(path) == 1  # nothing was replaced
    assert not Path(f"{path}.restore.part").exists()

    done = _restore(path, saved)  # the other process has ended
    assert done.returncode == 0, done.stderr
    assert _probe_rows(path) == 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_holder_does_not_block_a_restore(shared, tmp_path):
    saved = backup.backup_file(shared, tmp_path / "saved.db")
    path = shared.path
    shared.dispose()
    holder = _hold(path)
    holder.kill()
    holder.communicate(timeout=60)
    assert (presence.folder(path) / str(holder.pid)).exists()  # its registration stayed

    done = _restore(path, saved)

    assert done.returncode == 0, done.stderr
    assert not (presence.folder(path) / str(holder.pid)).exists()  # stale: removed


def test_a_second_process_is_seen_and_forgotten_when_it_ends(shared):
    path = shared.path
    assert presence.others(path) == []
    holder = _hold(path, "window")
    try:
        seen = presence.others(path)
    finally:
        _let_go(holder)
    assert [(h.pid, h.role, h.command) for h in seen] == [(holder.pid, "window", "meapp")]
    assert presence.others(path) == []


def test_a_backup_that_cannot_be_written_is_one_line(shared, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    shared.dispose()

    proc = run_cli("--db", str(shared.path), "backup", "-o", str(blocker / "x.db"), env=ENV)

    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.count("\n") == 1 and "cannot write the backup" in proc.stderr
    assert str(blocker) in proc.stderr and "Traceback" not in proc.stderr
