"""`PRAGMA optimize` on both sides of its rule, and refused workbooks before the work (issue 20).

A successful `import-plan` writes, so its connection runs `PRAGMA optimize` as it closes:
the statistics table `sqlite_stat1` is then in the file. A refused `import-plan` and a
reading command leave the file byte for byte as it was; a refused workbook is refused
before the database is even opened, so a database that did not exist is not created.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import SAMPLES, run_cli
from tests.unit.test_workbook_limits import merged_bomb

pytestmark = pytest.mark.slow

PLAN = SAMPLES / "kara-balta-action-plan.xlsx"


def env(tmp_path: Path) -> dict:
    return {"MEAPP_HOME": str(tmp_path / "home"), "MEAPP_LANG": "en"}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stat_tables(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'sqlite_stat%'")
        return [r[0] for r in rows]
    finally:
        conn.close()


def import_plan(db: Path, *files: Path, tmp_path: Path):
    return run_cli(
        "--db",
        str(db),
        "import-plan",
        *map(str, files),
        "--title",
        "Kara-Balta",
        "--municipality",
        "Kara-Balta",
        "--years",
        "2023-2026",
        env=env(tmp_path),
    )


def test_a_refused_workbook_does_not_even_create_the_database(tmp_path):
    db = tmp_path / "new.db"
    r = import_plan(db, merged_bomb(tmp_path / "bomb.xlsx"), tmp_path=tmp_path)
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith("meapp: bomb.xlsx, sheet План: the sheet spans 16")
    assert len(r.stderr.strip().splitlines()) == 1
    assert not db.exists()
    assert not list(tmp_path.glob("new.db*"))


def test_a_write_optimizes_at_close_and_refusals_leave_the_file_as_it_was(tmp_path):
    db = tmp_path / "m.db"
    r = import_plan(db, PLAN, tmp_path=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "sqlite_stat1" in stat_tables(db)  # PRAGMA optimize ran as the writer closed
    before = sha(db)
    bomb = merged_bomb(tmp_path / "bomb.xlsx")
    for args in (
        ("--db", str(db), "import-plan", str(bomb)),  # refused before the database opens
        ("--db", str(db), "import-plan", str(PLAN), "--program", "no-such-programme"),
        ("--db", str(db), "check"),
    ):
        r = run_cli(*args, env=env(tmp_path))
        assert r.returncode in (0, 2), r.stderr
        assert "Traceback" not in r.stderr
        assert sha(db) == before, args
    assert not list(tmp_path.glob("m.db-*"))  # no WAL left behind either
