"""When `PRAGMA optimize` runs (`meapp.store.optimize`, issue 20).

SQLite advises it before a long-lived connection closes, but it may write, and a refused
or reading command must leave the file byte for byte as it was. The rule: a connection
that committed a change runs it as it closes, and so does every connection at the end of a
GUI session; a reading connection, a rolled-back write and a read-only database never do.
The statements are observed with SQLite's own trace callback on real connections.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from meapp.errors import ValidationError
from meapp.models import Municipality
from meapp.services.access import users
from meapp.store import optimize
from meapp.store.db import open_database, open_readonly


def traced(db) -> list[str]:
    """Every statement the database's connections run from now on (opened afresh)."""
    db.dispose()
    statements: list[str] = []
    event.listen(db.engine, "connect", lambda conn, _r: conn.set_trace_callback(statements.append))
    return statements


def optimized(statements: list[str]) -> bool:
    return "PRAGMA optimize" in statements


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "m.db")
    yield database
    database.dispose()


def test_a_connection_that_committed_a_change_optimizes_as_it_closes(db):
    statements = traced(db)
    users.create_first_admin(db, "aibek", "Aibek", "password")
    assert not optimized(statements)  # not while the connection is in use
    db.dispose()
    assert optimized(statements)


def test_a_reading_connection_does_not(db):
    users.create_first_admin(db, "aibek", "Aibek", "password")
    statements = traced(db)
    assert [u.login for u in users.list_users(db)] == ["aibek"]
    db.dispose()
    assert statements and not optimized(statements)


def refused_write(db) -> None:
    """Rows written, then refused: the transaction rolls back."""
    with db.session() as s, s.begin():
        s.add(Municipality(name="Кара-Балта", kind="city"))
        s.flush()
        raise ValidationError("refused")


def test_a_refused_write_rolled_back_does_not(db):
    statements = traced(db)
    with pytest.raises(ValidationError):
        refused_write(db)
    # a later transaction that commits nothing does not count the rolled-back rows
    with db.session() as s, s.begin():
        assert s.query(Municipality).count() == 0
    db.dispose()
    assert not optimized(statements)


def test_the_end_of_a_gui_session_optimizes_even_after_reads_only(db):
    users.create_first_admin(db, "aibek", "Aibek", "password")
    statements = traced(db)
    users.list_users(db)
    db.dispose(session_end=True)
    assert optimized(statements)
    statements.clear()
    users.list_users(db)  # the object stays usable; an ordinary close again follows the rule
    db.dispose()
    assert not optimized(statements)


def test_a_read_only_database_never_optimizes(db):
    users.create_first_admin(db, "aibek", "Aibek", "password")
    db.dispose()
    before = db.path.read_bytes()
    ro = open_readonly(db.path)
    statements = traced(ro)
    users.list_users(ro)
    ro.dispose(session_end=True)
    assert statements and not optimized(statements)
    assert db.path.read_bytes() == before


def test_optimize_that_cannot_run_lets_the_connection_close(db):
    """Another process holding the write lock: `run` gives up quietly (no error at close)."""
    users.create_first_admin(db, "aibek", "Aibek", "password")
    db.dispose()
    conn = sqlite3.connect(db.path, isolation_level=None)
    other = sqlite3.connect(db.path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("SELECT * FROM app_user WHERE login = 'aibek'").fetchall()
        other.execute("BEGIN IMMEDIATE")
        conn.execute("BEGIN")
        assert optimize.run(conn) is False  # in a transaction: never commits it by the way
        conn.execute("ROLLBACK")
        assert optimize.run(conn) in (True, False)  # no exception either way
    finally:
        other.execute("ROLLBACK")
        other.close()
        conn.close()
