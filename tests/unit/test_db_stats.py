"""The planner's statistics after bulk writes (issue 22): taken after the demo is committed,
refreshed only where row counts moved a lot, and never written by a cancelled or refused
bulk write (its database file stays byte for byte as it was)."""

from __future__ import annotations

import os
import sqlite3

import pytest

from meapp.services.common import db_stats
from meapp.services.demo.builder import create_demo
from meapp.services.demo.progress import DemoCancelled
from meapp.store.db import open_database


def stats(path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchall():
            return {}
        out: dict[str, int] = {}
        for table, stat in con.execute("SELECT tbl, stat FROM sqlite_stat1"):
            out[table] = max(out.get(table, 0), int(stat.split()[0]))
        return out
    finally:
        con.close()


def test_the_rule_follows_large_moves_only():
    assert not db_stats.stale(None, 999)
    assert db_stats.stale(None, 1000)
    assert not db_stats.stale(5000, 9000)  # grown, but less than doubled
    assert db_stats.stale(5000, 10_001)
    assert db_stats.stale(5000, 2499)  # shrunk by more than half
    assert not db_stats.stale(100, 1050)  # tenfold, but a thousand rows move no plan
    assert db_stats.stale(0, 1000)


def test_demo_statistics_and_a_cancelled_demo_writes_nothing(tmp_path):
    path = tmp_path / "n.db"
    db = open_database(str(path))
    db.dispose()
    before = path.read_bytes()
    with pytest.raises(DemoCancelled):
        create_demo(db, scale="national", national_programs=1, cancelled=lambda: True)
    db.dispose()
    assert path.read_bytes() == before  # no ANALYZE after a cancelled bulk write
    assert stats(path) == {}

    create_demo(db, scale="national", national_programs=1)
    db.dispose()
    taken = stats(path)
    for table in ("actual", "measure_progress", "measure_spending"):  # 1 170, 2 400, 1 618
        assert taken[table] >= 1000, table

    unchanged = path.read_bytes()
    assert db_stats.refresh_after_bulk(db) == []  # nothing moved since
    db.dispose()
    assert path.read_bytes() == unchanged


def test_stale_statistics_are_taken_again(tmp_path):
    path = tmp_path / "n.db"
    db = open_database(str(path))
    create_demo(db, scale="national", national_programs=1)
    db.dispose()
    actual = stats(path)["actual"]
    con = sqlite3.connect(path)
    with con:  # statistics as if taken when the table held a tenth of its rows
        con.execute(
            "UPDATE sqlite_stat1 SET stat = ? || substr(stat, instr(stat, ' ')) "
            "WHERE tbl = 'actual' AND instr(stat, ' ') > 0",
            (str(actual // 10),),
        )
        con.execute(
            "UPDATE sqlite_stat1 SET stat = ? WHERE tbl = 'actual' AND instr(stat, ' ') = 0",
            (str(actual // 10),),
        )
    con.close()
    assert stats(path)["actual"] == actual // 10
    assert db_stats.refresh_after_bulk(db) == ["actual"]
    db.dispose()
    assert stats(path)["actual"] == actual


def test_a_read_only_database_keeps_its_statistics_without_failing(tmp_path):
    from meapp.store.db import open_readonly

    path = tmp_path / "n.db"
    db = open_database(str(path))
    create_demo(db, scale="national", national_programs=1)
    db.dispose()
    con = sqlite3.connect(path)
    with con:
        con.execute("DELETE FROM sqlite_stat1")
    con.close()
    ro = open_readonly(str(path))
    try:
        assert db_stats.refresh_after_bulk(ro) == []
    finally:
        ro.dispose()
    assert stats(path) == {}


@pytest.mark.skipif(not os.environ.get("MEAPP_TEST_PG_URL"), reason="needs MEAPP_TEST_PG_URL")
def test_postgresql_tables_are_analysed_after_the_demo():
    from sqlalchemy import text

    from tests.pg import drop_pg_database, fresh_pg_database

    url = fresh_pg_database(os.environ["MEAPP_TEST_PG_URL"])
    db = open_database(url)
    try:
        create_demo(db, scale="national", national_programs=1)

        def analysed() -> set[str]:
            with db.session() as s:
                rows = s.execute(
                    text(
                        "SELECT relname FROM pg_stat_user_tables "
                        "WHERE last_analyze IS NOT NULL"  # run by meapp, not autovacuum
                    )
                )
                return {r[0] for r in rows}

        assert {"actual", "measure_progress", "measure_spending"} <= analysed()
        assert db_stats.refresh_after_bulk(db) == []  # nothing moved since
    finally:
        db.dispose()
        drop_pg_database(url)
