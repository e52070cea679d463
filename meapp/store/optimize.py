"""When `PRAGMA optimize` runs: one rule, applied here and nowhere else (issue 20).

SQLite advises running `PRAGMA optimize` before closing a long-lived connection: it runs
`ANALYZE` on the tables that connection's queries used where the statistics are missing
or out of date, so the query planner keeps choosing good indexes. It may write (the
`sqlite_stat1` table), and meapp promises that a refused or read-only command leaves the
database file byte for byte as it was; running it on every close broke that promise. So:

- a connection runs it as it closes **when it committed a change** to the database
  (rows written in a transaction that was committed: a refused command rolls back, a
  reading command commits nothing, and neither runs it);
- at **the end of a GUI session** (`Database.dispose(session_end=True)`), every
  connection of that session runs it, whether it wrote or not: those are the long-lived
  connections SQLite's advice is about, and they asked the dashboard's queries;
- never for a database opened read-only (`meapp.store.db.open_readonly` installs no
  watch), never on PostgreSQL (its autovacuum keeps the statistics).

It runs with `analysis_limit` set, so it stays quick on a large database, and a short
busy timeout; when it cannot run (another process is writing, a read-only file) the
connection simply closes. Refreshing the statistics right after a bulk write (`ANALYZE`
of the tables whose row counts moved, for the next queries of the same process) is the
other rule, `meapp.services.common.db_stats.refresh_after_bulk`, called by the bulk
writers after they committed; this module only decides what happens when a connection
closes, and neither runs for a refused or read-only command.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)

WROTE = "meapp.wrote"  # in a pooled connection's `info`: it committed a change
_CHANGES = "meapp.changes_at_begin"
ANALYSIS_LIMIT = 400  # rows per index ANALYZE looks at (SQLite's suggested 100-1000)
BUSY_MS = 200


def _begin(conn: Any) -> None:
    conn.connection.info[_CHANGES] = _total_changes(conn.connection.dbapi_connection)


def _commit(conn: Any) -> None:
    info = conn.connection.info
    if _total_changes(conn.connection.dbapi_connection) > info.get(_CHANGES, 0):
        info[WROTE] = True


def _total_changes(dbapi_conn: Any) -> int:
    """Rows this connection has written since it opened (sqlite3's own counter)."""
    return int(getattr(dbapi_conn, "total_changes", 0) or 0)


def run(dbapi_conn: Any) -> bool:
    """`PRAGMA optimize` on a connection about to close; False when it could not run."""
    if getattr(dbapi_conn, "in_transaction", False):
        return False  # never commit someone's unfinished work by the way
    try:
        dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_MS}")
        dbapi_conn.execute(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        dbapi_conn.execute("PRAGMA optimize")
    except sqlite3.Error as exc:  # locked by a writer, a read-only file: close without it
        log.debug("PRAGMA optimize not run: %s", exc)
        return False
    return True


def watch(engine: Engine, session_end: Callable[[], bool]) -> None:
    """Apply the rule to every connection of an SQLite engine that may write.

    `session_end()` tells, as connections close, whether the GUI session is ending.
    """

    def closing(dbapi_conn: Any, record: Any) -> None:
        if record.info.get(WROTE) or session_end():
            run(dbapi_conn)

    event.listen(engine, "begin", _begin)
    event.listen(engine, "commit", _commit)
    event.listen(engine, "close", closing)
