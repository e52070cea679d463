"""Backups with SQLite's online backup API, rotated; integrity checks; restore.

A backup is a consistent copy even while this or another process writes (WAL): the backup
API, run in one step on one of the database's own pooled connections (`live_copy`), copies
the pages of one snapshot. Each copy is written as `NAME.part`, checked (`quick_check`),
flushed to disk and only then renamed, so a crash or a full disk never leaves a half backup
under a real name; the `.part` a killed backup or restore leaves is removed at the next start
(`remove_leftovers`, called by `meapp.store.db.open_database`); the `.part` beside a file
chosen with `-o` is removed when a backup to the same file runs again. A backup never
replaces the database, its `-wal`/`-shm`/`-journal`, or an existing file that is not a
SQLite database (`refuse_destination`). Automatic backups
(`auto_backup`: at start and close — the GUI triggers them — before a schema upgrade, before
a restore) are rotated: the newest `KEEP` of each database are kept, and apart from them
the newest `KEEP_BEFORE_UPGRADE` made before an upgrade. Manual backups are never deleted
automatically.

Backup files are named `<db stem>-<YYYYmmdd-HHMMSS-micro>-<reason>.db`, so the folder sorts
by time and a person can tell them apart.

`database_problem` says why a file is not an intact meapp database (restore refuses such a
file: `meapp.store.restore`). `startup_check` is what the GUI runs at start to offer the
newest intact backup when the database is damaged.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from meapp import paths
from meapp.errors import IntegrityDamage, MeappError, ValidationError
from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.store.engine import Database

log = logging.getLogger(__name__)


KEEP = 10
AUTOMATIC = ("start", "close", "upgrade", "before-restore", "auto")
SQLITE_HEADER = b"SQLite format 3\x00"
MEAPP_TABLES = ("alembic_version", "program", "audit_event", "app_user")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z][a-z0-9-]*)\.db$")
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason in AUTOMATIC

    def as_json(self) -> dict:
        return {
            "file": self.path.name,
            "taken_at": self.taken_at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "size": self.size,
        }


@dataclass(frozen=True)
class StartupCheck:
    ok: bool
    problem: str | None  # message code (context "problems"), None when ok
    params: dict
    backup: BackupInfo | None  # the newest intact backup to offer when not ok


def sqlite_path(database: Database) -> Path:
    if database.path is None:
        raise MeappError("backups are made by the server's own tools for a shared database")
    return database.path


def folder_or_default(folder: Path | None) -> Path:
    folder = Path(folder) if folder else paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fsync(path: Path) -> None:
    with contextlib.suppress(OSError), open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def online_copy(source: Path, dest: Path, *, read_only: bool = False) -> None:
    """Copy `source` into `dest` with the backup API (a consistent snapshot)."""
    with (
        contextlib.closing(
            sqlite3.connect(sqlite_uri(source, read_only=read_only), uri=True, timeout=10)
        ) as src,
        contextlib.closing(sqlite3.connect(sqlite_uri(dest), uri=True)) as dst,
    ):
        src.backup(dst)
        # one self-contained file: no WAL left beside the copy
        dst.execute("PRAGMA journal_mode=DELETE")


def live_copy(database: Database, dest: Path) -> None:
    """Copy the open database into `dest` through one of its own pooled connections.

    SQLite's backup API in one step (`pages=-1`) copies one consistent snapshot while other
    connections, in this process or another, go on reading and writing (WAL). No second
    connection is opened on the database for it, and the database file is never opened
    outside SQLite (see `meapp.store.presence` for why that matters).
    """
    from sqlalchemy.exc import DBAPIError

    try:
        with (
            database.engine.connect() as conn,
            contextlib.closing(sqlite3.connect(sqlite_uri(dest), uri=True)) as dst,
        ):
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            raw.backup(dst)
            # one self-contained file: no WAL left beside the copy
            dst.execute("PRAGMA journal_mode=DELETE")
    except DBAPIError as exc:  # opening the connection failed: SQLite's own error
        if isinstance(exc.orig, sqlite3.Error):
            raise exc.orig from exc
        raise


def sqlite_uri(path: Path, *, read_only: bool = False) -> str:
    """The `file:` URI of a database file, percent-encoded.

    A URI built by hand from the path breaks on `#`, `?` and `%` (common in Windows folder
    names: "Отчет #2"): SQLite would read `we#ird/d.db` as the file `we` and back up an empty
    database. `Path.as_uri` encodes them; spaces and Cyrillic work too. Every file this
    module opens goes through here: a plain relative name that starts with `file:` is itself
    read as a URI by SQLite (`file:/b k#?.db` would write `/b k`).
    """
    uri = Path(path).resolve().as_uri()
    return f"{uri}?mode=ro" if read_only else uri


def quick_check(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)) as conn:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    return "; ".join(str(r[0]) for r in rows)


# The files SQLite keeps beside a database: writing over one destroys committed changes.
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def _same_file(a: Path, b: Path) -> bool:
    """Resolved paths compared (case-insensitively on Windows, even before the files exist),
    or the same file on disk (a hard link)."""
    if os.path.normcase(a.resolve()) == os.path.normcase(b.resolve()):
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def refuse_destination(src: Path, dest: Path) -> None:
    """Raise ValidationError (nothing written) for a destination a backup must not replace.

    Never the database or the files SQLite keeps beside it (`-wal`, `-shm`, `-journal`;
    compared as resolved paths, and as the same file for links): a copy written over the
    WAL of a database another process has open destroys its committed changes. Never an
    existing file that is not a SQLite database (a mistyped `-o notes.txt`) or a folder.
    The destination's header is read with open(): it is not the live database (checked
    first), so no SQLite lock of this process is lost by closing it.
    """
    for suffix in _COMPANIONS:
        if _same_file(dest, src.with_name(src.name + suffix)):
            if not suffix:
                raise ValidationError(
                    "a backup cannot overwrite the database itself: {file}", file=str(dest)
                )
            raise ValidationError(
                "a backup cannot overwrite the database's own file {file}", file=str(dest)
            )
    if dest.is_dir():
        raise ValidationError("{file} is a folder, not a backup file", file=str(dest))
    if dest.exists():
        try:
            with open(dest, "rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise ValidationError(
                "cannot read {file}: {error}", file=str(dest), error=exc.strerror or str(exc)
            ) from exc
        if header != SQLITE_HEADER:
            raise ValidationError(
                "{file} exists and is not a database file; it is not overwritten",
                file=str(dest),
            )


def remove_stale_part(part: Path) -> None:
    """Remove the `.part` (and its `-journal`) a killed backup to the same file left.

    Only the backup folder is cleaned at start (`remove_leftovers`); a `.part` beside a
    file chosen with `-o` stays until the same backup is run again. Refused while another
    process is writing that `.part` (the same backup running twice at once).
    """
    if part.exists() and _written_now(part):
        raise ValidationError(
            "another backup to {file} is being written right now", file=str(part)[: -len(".part")]
        )
    for path in (part, Path(f"{part}-journal")):
        path.unlink(missing_ok=True)


def backup_file(
    database: Database,
    dest: Path | None = None,
    *,
    reason: str = "manual",
    folder: Path | None = None,
    keep: int = KEEP,
) -> Path:
    """Copy the database to `dest` (or a named file in the backup folder) and check the copy.

    Raises ValidationError when the database file does not exist, IntegrityDamage when the
    copy fails its check (the database itself is damaged), OSError for a full disk.
    """
    src = sqlite_path(database)
    if not src.exists():
        raise ValidationError("database not found: {file}", file=str(src))
    if dest is None:
        stamp = datetime.now().strftime(_STAMP)
        dest = folder_or_default(folder) / f"{src.stem}-{stamp}-{reason}.db"
    dest = Path(dest)
    refuse_destination(src, dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    remove_stale_part(tmp)
    try:
        live_copy(database, tmp)
        result = quick_check(tmp)
        if result != "ok":
            raise IntegrityDamage(
                "the database is damaged ({detail}); the backup was not kept", detail=result[:200]
            )
        fsync(tmp)
        tmp.replace(dest)
    except sqlite3.DatabaseError as exc:
        raise IntegrityDamage(
            "the database is damaged ({detail}); the backup was not kept", detail=str(exc)
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    if reason in AUTOMATIC:
        rotate(dest.parent, src.stem, keep)
    log.info("backup written: %s", dest)
    return dest


def auto_backup(
    database: Database, reason: str = "auto", *, folder: Path | None = None, keep: int = KEEP
) -> Path | None:
    """An automatic backup (at start, at close…): never raises, so starting or closing the
    app never fails over it; returns None when nothing was written (shared database, no file
    yet, or an error, which is logged)."""
    if reason not in AUTOMATIC:
        reason = "auto"
    if database.path is None or not database.path.exists():
        return None
    try:
        return backup_file(database, reason=reason, folder=folder, keep=keep)
    except (OSError, sqlite3.Error, MeappError) as exc:
        log.warning("automatic backup (%s) failed: %s", reason, exc)
        return None


def _written_now(part: Path) -> bool:
    """True when some process is writing the partial file right now: SQLite holds its
    write lock while the backup API fills it (asked through SQLite, never by open())."""
    try:
        with contextlib.closing(sqlite3.connect(sqlite_uri(part), uri=True, timeout=0)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.rollback()
    except sqlite3.OperationalError as exc:
        return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY
    except sqlite3.DatabaseError:
        return False  # a half-written file: nobody can be writing it as a database
    return False


def leftovers(database: Database, folder: Path | None = None) -> list[Path]:
    """The partial files a killed backup or restore of this database left: its
    `<db>.restore.part` and the `<stem>-<stamp>-<reason>.db.part` in the backup folder
    (with their `-journal`). Nothing while another process has the database open: the
    file may be its backup in progress."""
    from meapp.store import presence

    src = database.path
    if src is None or presence.others(src):
        return []
    found = [src.with_name(src.name + ".restore.part")]
    folder = Path(folder) if folder else paths.backups_dir()
    if folder.is_dir():
        for part in folder.glob(f"{glob_escape(src.stem)}-*.db.part"):
            m = _NAME.match(part.name[: -len(".part")])
            if m and m.group("stem") == src.stem:
                found.append(part)
    out = []
    for part in found:
        journal = Path(f"{part}-journal")
        if part.exists() and not _written_now(part):
            out.append(part)
        if journal.exists() and not part.exists():
            out.append(journal)
    return out


def remove_leftovers(database: Database, folder: Path | None = None) -> list[Path]:
    """Remove what `leftovers` finds (at start); never raises: returns what was removed."""
    removed = []
    try:
        found = leftovers(database, folder)
    except (OSError, sqlite3.Error):
        log.warning("no look for partial backup files", exc_info=True)
        return []
    for part in found:
        for path in (part, Path(f"{part}-journal")):
            if not path.exists():
                continue
            try:
                path.unlink()
            except OSError as exc:
                log.warning("cannot remove the partial file %s: %s", path, exc)
            else:
                removed.append(path)
    for path in removed:
        log.info("removed a partial file of a killed backup or restore: %s", path)
    return removed


def _info(path: Path, stem: str) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if not m or m.group("stem") != stem:
        return None
    try:
        when = datetime.strptime(m.group("stamp"), _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, when, m.group("reason"), size)


def _backups_in(folder: Path, stem: str) -> list[BackupInfo]:
    out = []
    for path in folder.glob(f"{glob_escape(stem)}-*.db"):
        info = _info(path, stem)
        if info is not None:
            out.append(info)
    return sorted(out, key=lambda b: b.taken_at, reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", text)


# The copies made before a schema upgrade are rotated apart from the others: a row an upgrade
# lost is noticed weeks later, if at all, long after KEEP starts and closes; a few are kept
# so that repeated attempts at a failing upgrade do not fill the disk.
KEEP_BEFORE_UPGRADE = 3


def rotate(folder: Path, stem: str, keep: int = KEEP) -> list[Path]:
    """Delete the automatic backups of `stem` beyond the newest `keep` (those made before an
    upgrade beyond the newest `KEEP_BEFORE_UPGRADE`, counted apart); manual ones stay."""
    found = _backups_in(Path(folder), stem)
    automatic = [b for b in found if b.automatic and b.reason != "upgrade"]
    upgrades = [b for b in found if b.automatic and b.reason == "upgrade"]
    removed = []
    for old in [*automatic[keep:], *upgrades[KEEP_BEFORE_UPGRADE:]]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def backups(database: Database, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of this database in the folder, newest first."""
    src = sqlite_path(database)
    folder = Path(folder) if folder else paths.backups_dir()
    if not folder.is_dir():
        return []
    return _backups_in(folder, src.stem)


def list_backups(database: Database, folder: Path | None = None) -> list[Path]:
    return [b.path for b in backups(database, folder)]


def last_backup_time(database: Database, folder: Path | None = None) -> datetime | None:
    if database.path is None:
        return None
    found = backups(database, folder)
    return found[0].taken_at if found else None


# -- integrity ------------------------------------------------------------------------------


def _known_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from meapp.store.migrations import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()}


def database_problem(
    path: Path, *, full: bool = True, revisions: bool = True, scan: bool = True
) -> tuple[str, dict] | None:
    """Why `path` is not an intact meapp database (message code and parameters), or None.

    `full` runs SQLite's complete `integrity_check` (else the faster `quick_check`);
    `scan=False` skips both page scans and only reads the header and the schema (what
    the start can afford: a scan of a large database takes a noticeable fraction of a
    second); `revisions` also refuses a database written by a newer meapp.
    """
    path = Path(path)
    if not path.is_file():
        return (QT_TRANSLATE_NOOP("problems", "file not found: {file}"), {"file": str(path)})
    if not os.access(path, os.R_OK):
        return (
            QT_TRANSLATE_NOOP("problems", "cannot read {file}: {error}"),
            {"file": str(path), "error": os.strerror(errno.EACCES)},
        )
    # The header is read by SQLite, never with open(): closing a descriptor of a database
    # this process has open would drop SQLite's locks on it (see meapp.store.presence).
    try:
        with contextlib.closing(
            sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
        ) as conn:
            rows = (
                conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
                if scan
                else [("ok",)]
            )
            result = "; ".join(str(r[0]) for r in rows)
            if result != "ok":
                return (
                    QT_TRANSLATE_NOOP("problems", "{file} is damaged: {detail}"),
                    {"file": path.name, "detail": result[:200]},
                )
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not set(MEAPP_TABLES) <= tables:
                return (
                    QT_TRANSLATE_NOOP("problems", "{file} is not a meapp database"),
                    {"file": path.name},
                )
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
            return (
                QT_TRANSLATE_NOOP("problems", "{file} is not a meapp database"),
                {"file": path.name},
            )
        return (
            QT_TRANSLATE_NOOP("problems", "{file} is damaged: {detail}"),
            {"file": path.name, "detail": str(exc)},
        )
    if revision is None:
        return (
            QT_TRANSLATE_NOOP("problems", "{file} is not a meapp database"),
            {"file": path.name},
        )
    if revisions and revision[0] not in _known_revisions():
        return (
            QT_TRANSLATE_NOOP(
                "problems",
                "{file} was made by a newer meapp (schema {revision}); update meapp first",
            ),
            {"file": path.name, "revision": revision[0]},
        )
    return None


def integrity_ok(path: Path) -> bool:
    """True when `path` is an intact meapp database (SQLite integrity check, meapp tables)."""
    return database_problem(path, revisions=False) is None


def latest_intact_backup(database: Database, folder: Path | None = None) -> BackupInfo | None:
    for b in backups(database, folder):
        if database_problem(b.path, full=False, revisions=False) is None:
            return b
    return None


def startup_check(
    database: Database, folder: Path | None = None, *, scan: bool = True
) -> StartupCheck:
    """The check at start: when the database is damaged, the backup to offer.

    `scan=False` reads only the header and the schema (before the window opens);
    the GUI runs the page scan (`quick_check`) in the background once the window is up.
    """
    path = database.path
    if path is None or not path.exists():
        return StartupCheck(True, None, {}, None)
    found = database_problem(path, full=False, revisions=False, scan=scan)
    if found is None:
        return StartupCheck(True, None, {}, None)
    message, params = found
    return StartupCheck(False, message, params, latest_intact_backup(database, folder))


# -- restore --------------------------------------------------------------------------------
