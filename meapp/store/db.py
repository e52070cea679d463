"""Opening a database: `open_database(url_or_path)` returns a `Database` (meapp.store.engine)
holding the engine and `Session`, its schema created or upgraded (an existing SQLite file is
backed up before an upgrade). Services take a `Database` and open
`with db.session() as s, s.begin():` per use case.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from meapp.store.engine import SCHEMA_HEAD, Database, _sqlite_pragmas, to_url


def open_database(db: str | Path, *, migrate: bool = True, backup: bool = True) -> Database:
    """Open (and by default create or upgrade) the database at a path or URL.

    An existing SQLite file that needs an upgrade is backed up first.
    """
    url = to_url(db)
    kwargs: dict = {"future": True}
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 5}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    database = Database(url, engine, sessionmaker(engine, expire_on_commit=False))
    if migrate:
        ensure_schema(database, backup=backup)
    return database


def ensure_schema(database: Database, *, backup: bool = True) -> None:
    current = database.schema_revision()
    if current == SCHEMA_HEAD:
        return
    if current is not None and backup and database.path is not None and database.path.exists():
        from meapp.store import backup as backup_service  # the backup API only when needed

        backup_service.backup_file(database, reason="upgrade")
    from meapp.store.migrations import upgrade_head

    upgrade_head(database)
