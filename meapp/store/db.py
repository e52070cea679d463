"""Opening a database: `open_database(url_or_path)` returns a `Database` (meapp.store.engine)
holding the engine and `Session`, its schema created or upgraded (an existing SQLite file is
backed up before an upgrade). It refuses, with one MeappError and the file unchanged, a
SQLite file of another program, a schema a newer meapp wrote, a file another program holds
locked, and an upgrade that fails (the migrations are one transaction: env.py). Services take a `Database` and open
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

import contextlib
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker

from meapp.i18n import QT_TRANSLATE_NOOP

# The audit's own table (audit_bulk_row) is part of the schema the migrations build.
from meapp.store import (
    audit_chain,  # noqa: F401
    optimize,
    presence,
)
from meapp.store.engine import SCHEMA_HEAD, Database, _sqlite_pragmas, pg_options, to_url


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
        kwargs["connect_args"] = {"options": pg_options(url)}
    if migrate and url.get_backend_name() == "sqlite" and url.database:
        _refuse_foreign(Path(url.database))
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
        try:
            ensure_schema(database, backup=backup)
        except BaseException:
            database.dispose()  # a refused open keeps no connection and no presence entry
            raise
    return database


def _refuse_foreign(path: Path) -> None:
    """Refuse another program's SQLite file (tables, but no schema version: meapp creates
    its tables and the version in one transaction) before any connection changes it:
    meapp would switch it to WAL and create its tables in it. Read with `mode=ro`; a file
    SQLite cannot read is left to the opening itself to report."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        with contextlib.closing(
            sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        ) as conn:
            names = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
    except sqlite3.Error:
        return
    if names and "alembic_version" not in names:
        from meapp.errors import MeappError

        raise MeappError("{file} is not a meapp database", file=str(path))


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
            connect_args={"options": pg_options(url, "-c default_transaction_read_only=on")},
        )
    database = Database(
        url.render_as_string(hide_password=False),
        engine,
        sessionmaker(engine, expire_on_commit=False),
    )
    if database.is_sqlite:
        event.listen(engine, "connect", database.be_present)
    return database


# the database file held by another program (a reader of a rollback-journal file, a writer)
IN_USE = QT_TRANSLATE_NOOP(
    "problems",
    "the database is in use by another program; close that program, then open the database again",
)


def _driver_cause(exc: BaseException) -> tuple[BaseException, str]:
    """The driver's own error under SQLAlchemy's wrapper, and its first line."""
    from sqlalchemy.exc import DBAPIError

    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = str(cause)
    return cause, text.splitlines()[0] if text else type(cause).__name__


def _in_use(cause: BaseException, detail: str) -> bool:
    return isinstance(cause, sqlite3.OperationalError) and ("locked" in detail or "busy" in detail)


def ensure_schema(database: Database, *, backup: bool = True) -> None:
    """Create or upgrade the schema; an existing SQLite file is backed up first.

    Refused before anything is written (MeappError): a schema this meapp does not know (a
    newer meapp made the file), a file another program holds locked. A failing upgrade is
    one MeappError too, never a driver traceback: the migrations run in one transaction
    (meapp/migrations/env.py), so the database is left as it was.
    """
    from sqlalchemy.exc import DBAPIError

    from meapp.errors import MeappError

    try:
        current = database.schema_revision()
    except DBAPIError as exc:  # e.g. a rollback-journal file another program is reading
        if _in_use(*_driver_cause(exc)):
            raise MeappError(IN_USE) from exc
        raise
    if current == SCHEMA_HEAD:
        return
    if current is not None:
        from meapp.store.backup import _known_revisions

        if current not in _known_revisions():
            raise MeappError(
                "the database has schema {revision}, unknown to this meapp (it knows {expected})",
                revision=current,
                expected=SCHEMA_HEAD,
            )
    if current is not None and backup and database.path is not None and database.path.exists():
        from meapp.store import backup as backup_service  # the backup API only when needed

        try:
            backup_service.backup_file(database, reason="upgrade")
        except OSError as exc:  # a full disk, a read-only folder: say so, do not upgrade
            raise MeappError(
                "the backup before the upgrade could not be written ({error}); "
                "the database was not upgraded",
                error=exc.strerror or str(exc),
            ) from exc
    _upgrade(database, current)


def _upgrade(database: Database, current: str | None) -> None:
    """Run the migrations; a driver or Alembic failure becomes one sentence (the file
    in use by another program gets its own, it is the common case)."""
    from alembic.util import CommandError
    from sqlalchemy.exc import SQLAlchemyError

    from meapp.errors import MeappError
    from meapp.store.migrations import upgrade_head

    try:
        upgrade_head(database)
    except MeappError:
        raise
    except (SQLAlchemyError, sqlite3.Error, CommandError) as exc:
        cause, detail = _driver_cause(exc)
        if _in_use(cause, detail):
            raise MeappError(IN_USE) from exc
        raise MeappError(
            "the database could not be upgraded from schema {revision} ({error}); "
            "it was not changed",
            revision=current or "-",
            error=detail,
        ) from exc
