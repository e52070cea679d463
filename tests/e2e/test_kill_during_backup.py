"""Backups and restores killed (SIGKILL) half-way leave the data whole, and the partial files
they leave (`*.part`, as large as the database) are removed at the next start: only this
database's, and only when no other process has the database open (issue 20).

The database is padded to some tens of megabytes so a backup takes long enough to be seen
at work: the test waits until the partial file exists, then kills the process. A run that
ends before it is seen is started again; the test fails if none could be killed.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from meapp import paths
from meapp.store import backup
from tests.e2e.test_shared_database import ENV, _hold, _let_go
from tests.helpers import ROOT, run_cli

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

PADDING_MB = 48
ATTEMPTS = 5


def _rows(path: Path, table: str) -> int:
    with sqlite3.connect(str(path)) as conn:
        count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
    conn.close()
    return int(count)


@pytest.fixture
def big(demo_db):
    """The demo database padded with PADDING_MB of blobs, closed in this process."""
    with demo_db.session() as s, s.begin():
        s.connection().exec_driver_sql("CREATE TABLE padding (b BLOB)")
        s.connection().exec_driver_sql(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) "
            "INSERT INTO padding SELECT randomblob(1048576) FROM c",
            (PADDING_MB,),
        )
    path = demo_db.path
    demo_db.dispose()
    return path


def _kill_when(args: list[str], seen) -> bool:
    """Run `meapp ARGS`; kill it (SIGKILL) as soon as `seen()` is true. True when killed
    at work, False when it ended first."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **ENV)
    proc = subprocess.Popen(
        [sys.executable, "-m", "meapp", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 300
        while proc.poll() is None and time.monotonic() < deadline and not seen():
            time.sleep(0.002)
        at_work = proc.poll() is None
        if at_work:
            os.kill(proc.pid, signal.SIGKILL)
    finally:
        _out, err = proc.communicate(timeout=60)
    assert at_work or proc.returncode == 0, err.decode()
    return at_work


def _parts(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.glob("*.part*")]


def test_a_killed_backup_leaves_the_data_whole_and_no_part_after_the_next_start(big):
    folder = paths.backups_dir()
    before = _rows(big, "actual")
    killed = 0
    for _ in range(ATTEMPTS):
        if _kill_when(["--db", str(big), "backup"], lambda: bool(_parts(folder))):
            killed += 1
            break
    assert killed, "every backup ended before it could be killed"
    assert _parts(folder)  # the killed backup's partial file

    start = run_cli("--db", str(big), "programs", env=ENV)  # the next start

    assert start.returncode == 0, start.stderr
    assert _parts(folder, big.parent) == []
    assert backup.integrity_ok(big) and _rows(big, "actual") == before


@pytest.mark.parametrize("moment", ["copying the backup", "saving the current database"])
def test_a_killed_restore_leaves_the_data_whole_and_no_part_after_the_next_start(
    big, tmp_path, moment
):
    saved = tmp_path / "saved.db"
    shutil.copyfile(big, saved)
    part = big.with_name(big.name + ".restore.part")
    folder = paths.backups_dir()
    if moment == "copying the backup":
        seen = part.exists
    else:  # the copy is done; the database as it is now is being saved first
        seen = lambda: bool(list(folder.glob("*-before-restore.db.part")))  # noqa: E731
    killed = 0
    for _ in range(ATTEMPTS):
        with sqlite3.connect(str(big)) as conn:  # the change the restore would undo
            conn.execute("DELETE FROM actual")
        conn.close()
        args = ["--db", str(big), "--user", "admin", "restore", str(saved)]
        if _kill_when(args, seen):
            killed += 1
            break
    assert killed, "every restore ended before it could be killed"
    assert part.exists()

    start = run_cli("--db", str(big), "programs", env=ENV)

    assert start.returncode == 0, start.stderr
    assert _parts(folder, big.parent) == []
    assert backup.integrity_ok(big)
    assert _rows(big, "actual") == 0  # killed before the swap: the database as it was


def test_partial_files_stay_while_another_process_has_the_database_and_only_ours_go(
    demo_db, tmp_path
):
    path = demo_db.path
    folder = paths.backups_dir()
    saved = backup.backup_file(demo_db, folder=tmp_path)
    demo_db.dispose()
    ours = [
        path.with_name(path.name + ".restore.part"),
        folder / f"{path.stem}-20260101-101010-000001-close.db.part",
        folder / f"{path.stem}-20260101-101010-000002-manual.db.part",
    ]
    theirs = [
        folder / "other-20260101-101010-000001-close.db.part",  # another database's
        folder / f"{path.stem}.xlsx.part",  # not a backup's name
    ]
    holder = _hold(path)  # (its own start clears leftovers: plant them after it)
    try:
        for planted in ours + theirs:
            shutil.copyfile(saved, planted)
        while_held = run_cli("--db", str(path), "programs", env=ENV)
        assert while_held.returncode == 0, while_held.stderr
        assert all(p.exists() for p in ours + theirs)  # it may be that process's backup
    finally:
        _let_go(holder)

    start = run_cli("--db", str(path), "programs", env=ENV)

    assert start.returncode == 0, start.stderr
    assert [p for p in ours if p.exists()] == []
    assert all(p.exists() for p in theirs)
