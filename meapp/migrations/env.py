"""Alembic environment: uses the engine handed over by meapp.store.migrations.

On SQLite the migrations run with foreign keys off and inside one explicit transaction:

* A batch operation that SQLite cannot do in place (a changed CHECK, a dropped constraint)
  copies the table, drops the old one and renames the copy. With `foreign_keys=ON` — which
  every meapp connection sets — that DROP deletes the old table's rows first and so
  cascades: rebuilding `indicator` emptied `actual` and `indicator_target`, rebuilding
  `working_group` emptied `group_member`. SQLite only obeys `PRAGMA foreign_keys` outside
  a transaction, hence before BEGIN; `PRAGMA foreign_key_check` afterwards refuses an
  upgrade that would leave a broken reference.
* Python's sqlite3 runs DDL outside any transaction unless BEGIN is sent explicitly: a
  failing step would leave a half-upgraded file. With BEGIN the whole upgrade is one
  transaction (SQLite's DDL is transactional) and the pre-upgrade backup stays the rescue.
"""

from __future__ import annotations

from collections import Counter

from alembic import context
from sqlalchemy import create_engine

from meapp.errors import MeappError
from meapp.models import Base
from meapp.store.migrations import BROKEN_REFERENCES

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )


def _broken_references(raw) -> Counter:
    """Rows whose reference points nowhere, counted per (table, referenced table): a file
    edited with another tool may hold some already; only new ones refuse the upgrade
    (rowids are not compared: a rebuilt table numbers its rows anew)."""
    return Counter((row[0], row[2]) for row in raw.execute("PRAGMA foreign_key_check"))


def _run_on_sqlite(connection) -> None:
    raw = connection.connection.driver_connection
    saved = raw.isolation_level
    raw.isolation_level = None  # the driver sends no BEGIN or COMMIT of its own
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        # SQLAlchemy's transaction first (Alembic then commits nothing itself), the real
        # BEGIN second; leaving the block commits or rolls back through the driver
        with connection.begin():
            raw.execute("BEGIN IMMEDIATE")
            before = _broken_references(raw)
            _configure(connection)
            context.run_migrations()
            added = _broken_references(raw) - before
            if added:
                raise MeappError(
                    BROKEN_REFERENCES,
                    n=sum(added.values()),
                    table=min(added)[0],
                )
    finally:
        raw.execute("PRAGMA foreign_keys=ON")
        raw.isolation_level = saved


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or create_engine(
        config.get_main_option("sqlalchemy.url")
    )
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            _run_on_sqlite(connection)
        return
    with engine.begin() as connection:
        _configure(connection)
        context.run_migrations()


run_migrations_online()
