"""The query planner's statistics, kept fresh after bulk writes (issue 22).

Without statistics SQLite guesses how many rows an index leads to; on the national
database (2 M rows) it then finds one programme's actuals of a period through
`ix_actual_period`, scanning every municipality's rows: 183 ms instead of 44 ms. Statistics
taken when a table held a tenth of its rows mislead it the same way. So after a bulk write
that moves row counts a lot — creating the demo, importing a plan or a package, restoring
a backup — `refresh_after_bulk(db)` runs `ANALYZE` on the tables whose row count has moved
by more than half (or doubled) since their statistics were taken, or that have none yet and
have grown past `MIN_ROWS`.

This is the one place that decides it, for SQLite and PostgreSQL. It is called only after
the bulk write committed: a refused or cancelled command raises before it and leaves the
database file byte for byte as it was; a read-only path never calls it. A database that
cannot be written now (read-only, locked) keeps its old statistics: they are a speed-up,
never a reason to fail the command that just succeeded.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from meapp.models.summary import STATUS_TABLES
from meapp.store.engine import Database

log = logging.getLogger(__name__)

# A table without statistics is analysed once it holds this many rows (smaller ones are
# read whole whatever the planner thinks).
MIN_ROWS = 1000
# Statistics are stale once the row count is more than this factor away from theirs.
FACTOR = 2.0
# The tables counted by default: those the status and the roll-up read (counting the
# audit's millions of bulk rows after every package import would cost more than it saves).
TABLES = (*sorted(STATUS_TABLES), "municipality", "program_stamp", "status_summary")


def stale(known: int | None, now: int) -> bool:
    """Whether statistics taken at `known` rows (None: none taken) mislead at `now` rows."""
    if known is None or known <= 0:
        return now >= MIN_ROWS
    if abs(now - known) < MIN_ROWS:
        return False
    return now > known * FACTOR or now * FACTOR < known


def refresh_after_bulk(db: Database, tables: Iterable[str] = TABLES) -> list[str]:
    """ANALYZE the tables (default: `TABLES`) whose statistics a bulk write just made
    stale, in a short transaction of its own; returns their names."""
    try:
        with db.session() as s, s.begin():
            return analyze_in(s, tables)
    except SQLAlchemyError:
        log.info("the planner's statistics were not refreshed", exc_info=True)
        return []


def analyze_in(s: Session, tables: Iterable[str] = TABLES) -> list[str]:
    """`refresh_after_bulk` inside the caller's transaction (those of the schema only)."""
    dialect = s.get_bind().dialect.name
    names = sorted(set(tables) & set(_tables(s, dialect)))
    known = _known_rows(s, dialect, names)
    done = []
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        now = int(s.execute(text(f"SELECT count(*) FROM {quoted}")).scalar() or 0)
        if stale(known.get(name), now):
            s.execute(text(f"ANALYZE {quoted}"))
            done.append(name)
    if done:
        log.info("planner statistics refreshed: %s", ", ".join(done))
    return done


def _tables(s: Session, dialect: str) -> list[str]:
    """The tables of the schema (SQLite's own and Alembic's left out)."""
    if dialect == "sqlite":
        rows = s.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        )
    else:
        rows = s.execute(
            text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename != 'alembic_version'"
            )
        )
    return [r[0] for r in rows]


def _known_rows(s: Session, dialect: str, names: list[str]) -> dict[str, int]:
    """The row count each table's statistics were taken at (absent: none taken)."""
    known: dict[str, int] = {}
    if dialect == "sqlite":
        has = s.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
        ).first()
        if has is None:
            return known
        for table, stat in s.execute(text("SELECT tbl, stat FROM sqlite_stat1")):
            try:
                rows = int(str(stat).split()[0])
            except (ValueError, IndexError):
                continue
            known[table] = max(rows, known.get(table, 0))
        return known
    for table, tuples, analysed in s.execute(
        text(
            "SELECT c.relname, c.reltuples, "
            "coalesce(s.last_analyze, s.last_autoanalyze) IS NOT NULL "
            "FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid "
            "WHERE c.relkind = 'r'"
        )
    ):
        if analysed and table in names:
            known[table] = max(int(tuples), 0)
    return known
