"""`restore` refused while a program that is not meapp holds the database (issue 20): a
database browser or a script is in no meapp registry, but SQLite's own lock shows it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from meapp.store import backup
from tests.e2e.test_shared_database import _probe_rows, _restore

# A plain sqlite3 client: opens the file, reads it once and keeps it open until stdin speaks.
FOREIGN = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM probe").fetchone()
print("ready", flush=True)
sys.stdin.readline()
conn.close()
"""


@pytest.fixture
def shared(demo_db):
    """The demo database with a `probe` table, open in this process."""
    with demo_db.session() as s, s.begin():
        s.execute(text("CREATE TABLE probe (who TEXT NOT NULL, n INTEGER NOT NULL)"))
    return demo_db


def test_restore_is_refused_while_a_plain_sqlite_client_has_the_file(shared, tmp_path):
    saved = backup.backup_file(shared, tmp_path / "saved.db")
    path = shared.path
    with shared.session() as s, s.begin():
        s.execute(text("INSERT INTO probe(who, n) VALUES ('after the backup', 1)"))
    shared.dispose()
    holder = subprocess.Popen(
        [sys.executable, "-c", FOREIGN, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        refused = _restore(path, saved)
    finally:
        holder.communicate("\n", timeout=120)

    assert refused.returncode == 2, refused.stdout + refused.stderr
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "is open in another program" in lines[0], refused.stderr
    assert Path(path).name in lines[0]
    assert _probe_rows(path) == 1  # nothing was replaced: the row after the backup is there
    assert not Path(f"{path}.restore.part").exists()

    done = _restore(path, saved)  # the other program has closed the file
    assert done.returncode == 0, done.stderr
    assert _probe_rows(path) == 0
