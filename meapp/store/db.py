"""Opening a database: `open_database(url_or_path)` returns a `Database` (meapp.store.engine)
holding the engine and `Session`, its schema created or upgraded (an existing SQLite file is
backed up before an upgrade). Services take a `Database` and open
`with db.session() as s, s.begin():` per use case.

`open_readonly(url_or_path)` opens one for reading only, as `meapp check` does: SQLite with
`mode=ro` (a `file:` URI from `Path.as_uri()`, so `#`, `?`, `%`, spaces and Cyrillic in the
path are safe), PostgreSQL in read-only transactions; nothing is created, migrated or backed
up, and the file stays byte for byte as it was. (A database closed cleanly and open in no
other process has no WAL: it is then read as `immutable`, so not even the -wal/-shm files
of a WAL reader appear beside it.)

`open_database` applies the rule of when `PRAGMA optimize` runs (`meapp.store.optimize`:
as a connection that committed a change closes, and at the end of a GUI session);
`open_readonly` never runs it.

Both register the process beside a SQLite file while they have it open
(`<db>.meapp-locks/<pid>`, `meapp.store.presence`; gone again at `dispose`), and
`open_database` removes the partial files of a killed backup or restore at the start.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker

# The audit's own table (audit_bulk_row) is part of the schema the migrations build.
from meapp.store import (
    audit_chain,  # noqa: F401
    optimize,
    presence,
)
from meapp.store.engine import SCHEMA_HEAD, Database, _sqlite_pragmas, to_url


def open_database(db: str | Path, *, migrate: bool = True, backup: bool = True) -> Database:
    """Open (and by default create or upgrade) the database at a path or URL.

    An existing SQLite file that needs an upgrade is backed up first.
    """
    url = to_url(db)
    kwargs: dict = {"future": True}
    if url.get_backend_name() == "sqlite":
        path = url.database
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 5}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    database = Database(
        url.render_as_string(hide_password=False),
        engine,
        sessionmaker(engine, expire_on_commit=False),
    )
    if database.is_sqlite:
        event.listen(engine, "connect", database.be_present)
        optimize.watch(engine, database.session_ending)
        _remove_leftovers(database)
    if migrate:
        ensure_schema(database, backup=backup)
    return database


def _remove_leftovers(database: Database) -> None:
    """At every start: the partial files a killed backup or restore left (only this
    database's, only when no other process has it open: `backup.remove_leftovers`)."""
    if database.path is None or not database.path.exists():
        return
    from meapp.store import backup as backup_service

    backup_service.remove_leftovers(database)


def open_readonly(db: str | Path) -> Database:
    """Open an existing database for reading only (see the module's docstring).

    A session's reads share one snapshot (SQLite: one read transaction; PostgreSQL:
    REPEATABLE READ), so a check never compares rows and events written at different times.
    """
    url = to_url(db)
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "").resolve()
        # With no WAL or journal beside it, everything is in the file itself: `immutable`
        # reads it without creating the -wal/-shm files a WAL reader would otherwise leave.
        # Never while another process has it open: that one may be writing right now.
        side = (Path(f"{path}-wal"), Path(f"{path}-journal"))
        busy = any(p.exists() for p in side) or bool(presence.others(path))
        quiet = "" if busy else "&immutable=1"
        uri = path.as_uri() + "?mode=ro" + quiet

        def connect() -> sqlite3.Connection:
            conn = sqlite3.connect(
                uri, uri=True, timeout=5, check_same_thread=False, isolation_level=None
            )
            conn.execute("PRAGMA query_only=ON")
            conn.execute("PRAGMA busy_timeout=5000")
            return conn

        engine = create_engine(url.set(database=str(path)), creator=connect, future=True)
        # the driver starts no transaction for a SELECT: begin one, so reads share a snapshot
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    else:
        engine = create_engine(
            url,
            future=True,
            pool_pre_ping=True,
            isolation_level="REPEATABLE READ",
            connect_args={"options": "-c default_transaction_read_only=on"},
        )
    database = Database(
        url.render_as_string(hide_password=False),
        engine,
        sessionmaker(engine, expire_on_commit=False),
    )
    if database.is_sqlite:
        event.listen(engine, "connect", database.be_present)
    return database


def ensure_schema(database: Database, *, backup: bool = True) -> None:
    current = database.schema_revision()
    if current == SCHEMA_HEAD:
        return
    if current is not None and backup and database.path is not None and database.path.exists():
        from meapp.errors import MeappError
        from meapp.store import backup as backup_service  # the backup API only when needed

        try:
            backup_service.backup_file(database, reason="upgrade")
        except OSError as exc:  # a full disk, a read-only folder: say so, do not upgrade
            raise MeappError(
                "the backup before the upgrade could not be written ({error}); "
                "the database was not upgraded",
                error=exc.strerror or str(exc),
            ) from exc
    from meapp.store.migrations import upgrade_head

    upgrade_head(database)
