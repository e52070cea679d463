"""The Alembic migrations build exactly the schema the models declare."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from meapp.models import Base
from meapp.store.db import open_database
from meapp.store.engine import SCHEMA_HEAD
from meapp.store.migrations import head_revision


def test_schema_head_constant_matches_migrations():
    assert head_revision() == SCHEMA_HEAD


def test_migrations_from_empty_equal_the_models(db):
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_open_database_creates_and_stamps(tmp_path):
    database = open_database(str(tmp_path / "new.db"))
    try:
        assert database.schema_revision() == SCHEMA_HEAD
    finally:
        database.dispose()


def test_reopen_existing_database_keeps_data_and_needs_no_upgrade(tmp_path):
    from meapp.models import Municipality

    path = tmp_path / "keep.db"
    first = open_database(str(path))
    with first.session() as s, s.begin():
        s.add(Municipality(name="Кара-Балта", kind="city"))
    first.dispose()
    again = open_database(str(path))
    try:
        with again.session() as s:
            assert s.query(Municipality).one().name == "Кара-Балта"
    finally:
        again.dispose()


def test_sqlite_connections_use_wal_and_foreign_keys(db):
    if not db.is_sqlite:
        return
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
