"""The `Database`: one engine and one sessionmaker per database, with the pragmas every
connection needs. Opening one (and creating or upgrading its schema) is `meapp.store.db`.

`open_database(url_or_path)` returns a `Database` holding the engine and `Session`;
services take a `Database` and open `with db.session() as s, s.begin():` per use case.
SQLite gets WAL, `foreign_keys=ON` and a busy timeout on every connection, and a `Database`
with connections registers its process beside the file (`meapp.store.presence`), so a
restore or a second window knows who else has it open. The database file itself is only
ever opened through SQLite (why: `meapp.store.presence`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from meapp.errors import MeappError
from meapp.store import presence
from meapp.store.schema_head import SCHEMA_HEAD  # noqa: F401 - imported from here by many

log = logging.getLogger(__name__)


def to_url(db: str | Path) -> URL:
    """A path becomes a SQLite URL; a URL (`postgresql+psycopg://…`) is parsed as it is.

    A path is put into a URL object, never into a URL string: SQLAlchemy would read `?` in a
    folder name as the start of a query and decode `%20`, and open another file.
    """
    s = str(db)
    if "://" in s:
        try:
            return make_url(s)
        except ArgumentError as exc:
            raise MeappError("not a database URL: {url}", url=s) from exc
    return URL.create("sqlite", database=str(Path(s).expanduser().resolve()))


# Every PostgreSQL session: the planner told that a page read at random costs little more
# than one read in sequence (the default of 4 dates from spinning disks). With 4 it joins a
# programme's 300 measures to their progress rows by reading all 96 000 rows of the oblast
# demo into a hash; with 1.1 it looks the 300 up in the index, and one programme's status
# takes 23 ms less (issue 22: PostgreSQL within 1,5x SQLite).
PG_OPTIONS = "-c random_page_cost=1.1"


def pg_options(url: URL, last: str = "") -> str:
    """The libpq `options` of a PostgreSQL connection: `PG_OPTIONS`, then the URL's own
    (`?options=-csearch_path%3Dmeapp`, which a connect argument would otherwise replace
    without a word), then `last` (what no URL may undo: a read-only session)."""
    given = url.query.get("options")
    if isinstance(given, tuple):
        given = " ".join(given)
    return " ".join(part for part in (PG_OPTIONS, given, last) if part)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


@dataclass
class Database:
    url: str
    engine: Engine
    Session: sessionmaker[OrmSession]
    # registered in `meapp.store.presence` while this object has connections (SQLite file)
    _present: bool = field(default=False, init=False, repr=False, compare=False)
    _present_lock: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False
    )
    # set while `dispose(session_end=True)` closes the connections (`meapp.store.optimize`)
    _session_ending: bool = field(default=False, init=False, repr=False, compare=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        name = self.engine.url.database
        return Path(name) if name and name != ":memory:" else None

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[OrmSession]:
        with self.Session() as s:
            yield s

    def schema_revision(self) -> str | None:
        """The Alembic revision stored in the database, None for an empty database."""
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def be_present(self, *_args) -> None:
        """Register this process as one that has the file open (`meapp.store.presence`);
        called on every new connection, registered once until `dispose`."""
        path = self.path
        if path is None:
            return
        with self._present_lock:
            if not self._present:
                presence.claim(path)
                self._present = True

    def session_ending(self) -> bool:
        return self._session_ending

    def dispose(self, *, session_end: bool = False) -> None:
        """Close the pooled connections and end this object's registration; the object
        stays usable (a new connection opens and registers again).

        `session_end=True` at the end of a GUI session: its connections run
        `PRAGMA optimize` as they close (the rule is `meapp.store.optimize`)."""
        self._session_ending = session_end
        try:
            self.engine.dispose()
        finally:
            self._session_ending = False
        path = self.path
        with self._present_lock:
            if self._present and path is not None:
                presence.release(path)
            self._present = False
