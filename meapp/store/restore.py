"""Restoring a backup: `restore_file` refuses anything that is not an intact meapp database
(`meapp.store.backup.database_problem` says why), saves the current database first (a raw
copy when it is too damaged for the backup API), swaps the file in with a rename, upgrades an
older backup to the current schema and records the restore in its audit trail.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from meapp.errors import IntegrityDamage, MeappError, ValidationError
from meapp.models import sync
from meapp.store import audit_chain as audit
from meapp.store import presence
from meapp.store.backup import (
    _STAMP,
    backup_file,
    database_problem,
    folder_or_default,
    fsync,
    online_copy,
    quick_check,
    sqlite_path,
)
from meapp.store.db import ensure_schema, open_database
from meapp.store.engine import SCHEMA_HEAD, Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    source: Path
    previous_copy: Path | None  # the database as it was before the restore
    upgraded: bool  # the backup was made by an older meapp and its schema was upgraded


def _raw_copy(target: Path, folder: Path) -> Path:
    """A plain copy of a database too damaged for the backup API (with its WAL).

    The one place the database file is opened outside SQLite; on POSIX that drops this
    process's SQLite locks on it, harmless here: the file is replaced right after, and
    `refuse_if_shared` made sure no other process has it open.
    """
    stamp = datetime.now().strftime(_STAMP)
    dest = folder / f"{target.stem}-{stamp}-damaged.db"
    shutil.copy2(target, dest)
    wal = Path(str(target) + "-wal")
    if wal.exists():
        shutil.copy2(wal, Path(str(dest) + "-wal"))
    return dest


def _checkpoint(target: Path) -> None:
    """Move everything from the WAL into the file, so removing the WAL loses nothing."""
    with (
        contextlib.suppress(sqlite3.Error),
        contextlib.closing(sqlite3.connect(str(target), timeout=10)) as conn,
    ):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def refuse_if_shared(target: Path) -> None:
    """Refuse (MeappError naming the process) while another meapp process has the database
    open: the restore replaces the file, and that process would go on writing into the old
    one, its later changes lost. This process's own connections are closed by the restore."""
    holders = presence.others(target)
    if not holders:
        return
    windows = [h for h in holders if h.role == "window"]
    if windows:
        raise MeappError(
            "{file} is open in a meapp window (process {pid}); close that window, "
            "then restore again",
            file=target.name,
            pid=", ".join(str(h.pid) for h in windows),
        )
    raise MeappError(
        "{file} is in use by the command '{command}' (process {pid}); wait until it ends, "
        "then restore again",
        file=target.name,
        command=holders[0].command,
        pid=", ".join(str(h.pid) for h in holders),
    )


def refuse_if_open_elsewhere(target: Path) -> None:
    """Refuse while any other program holds the database open, meapp or not (a database
    browser, a script): such a connection would go on writing into the replaced file.

    Such a holder is not in meapp's presence registry, but SQLite itself knows it: in WAL
    mode every connection that has read the file keeps a shared lock on it, and leaving WAL
    mode needs the file to itself. The switch is asked with a short wait, on every OS the
    same; refused, it changes nothing; granted, the WAL is folded into the file, which the
    restore replaces right after.
    """
    try:
        with contextlib.closing(sqlite3.connect(str(target), timeout=0.5)) as conn:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() == "wal":
                conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    except sqlite3.DatabaseError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            return  # a damaged file: nobody can be using it well, and it is replaced now
        raise MeappError(
            "{file} is open in another program (a database browser, a script or another "
            "meapp); close it, then restore again",
            file=target.name,
        ) from exc


def restore_file(
    database: Database,
    source: Path,
    *,
    folder: Path | None = None,
    actor_login: str | None = None,
) -> RestoreResult:
    """Replace the database with the backup `source`; the current file is saved first.

    Refuses a file that is not an intact meapp database (ValidationError naming why), and
    any restore while another process has the database open (`refuse_if_shared`, asked
    first and again just before the file is swapped). The restored database is upgraded to
    the current schema when it is older, and its audit trail records the restore (who,
    from which file).
    """
    source = Path(source)
    target = sqlite_path(database)
    # Registered for the whole restore, also between closing our connections and the swap:
    # another start meanwhile sees the database in use and leaves the partial file alone.
    presence.claim(target)
    try:
        return _restore(database, source, target, folder, actor_login)
    finally:
        presence.release(target)


def _restore(
    database: Database,
    source: Path,
    target: Path,
    folder: Path | None,
    actor_login: str | None,
) -> RestoreResult:
    if source.resolve() == target.resolve():
        raise ValidationError("{file} is the database itself; choose a backup", file=source.name)
    found = database_problem(source)
    if found is not None:
        message, params = found
        raise ValidationError(message, **params)
    refuse_if_shared(target)
    backup_folder = folder_or_default(folder)
    part = target.with_name(target.name + ".restore.part")
    try:
        online_copy(source, part, read_only=True)
        if quick_check(part) != "ok":
            raise ValidationError("{file} is damaged: {detail}", file=source.name, detail="copy")
        upgraded = _upgrade_copy(part)
    except sqlite3.DatabaseError as exc:
        part.unlink(missing_ok=True)
        raise ValidationError(
            "{file} is damaged: {detail}", file=source.name, detail=str(exc)
        ) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    previous: Path | None = None
    try:
        if target.exists():
            try:
                previous = backup_file(database, reason="before-restore", folder=backup_folder)
            except (IntegrityDamage, sqlite3.Error):
                previous = _raw_copy(target, backup_folder)
        refuse_if_shared(target)
        database.dispose()
        if target.exists():
            refuse_if_open_elsewhere(target)
            _checkpoint(target)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        fsync(part)
        part.replace(target)
    except MeappError:
        part.unlink(missing_ok=True)
        raise
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise MeappError(
            "cannot replace {file}: {error} (is meapp still running on it?)",
            file=str(target),
            error=exc.strerror or str(exc),
        ) from exc
    upgraded = _after_restore(target, source, previous, actor_login) or upgraded
    log.info("restored %s from %s (previous copy: %s)", target, source, previous)
    return RestoreResult(target, source, previous, upgraded)


def _upgrade_copy(part: Path) -> bool:
    """Upgrade the private copy of an older backup before it replaces anything: a backup
    this meapp cannot upgrade is refused (the upgrade's MeappError) while the current
    database is still in place, not after the swap. True when it was upgraded."""
    db = open_database(str(part), migrate=False)
    try:
        if db.schema_revision() == SCHEMA_HEAD:
            return False
        ensure_schema(db, backup=False)
    finally:
        db.dispose()
    # one self-contained file again (the upgrade ran in WAL mode): only `part` is moved
    with contextlib.closing(sqlite3.connect(str(part))) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    return True


def _after_restore(
    target: Path, source: Path, previous: Path | None, actor_login: str | None
) -> bool:
    """Upgrade an older backup to the current schema and record the restore in its trail."""
    db = open_database(str(target), migrate=False)
    try:
        upgraded = db.schema_revision() != SCHEMA_HEAD
        if upgraded:
            ensure_schema(db, backup=False)
        with db.session() as s, s.begin():
            # a new origin: edits after going back in time must never reuse version counts
            # a receiver of this database's packages has already seen (models/sync)
            sync.new_origin(s)
            audit.record(
                s,
                user=actor_login,
                action="restore",
                entity="database",
                after={
                    "file": source.name,
                    "previous_copy": previous.name if previous else None,
                },
                reason=f"restored from {source.name}",
            )
        return upgraded
    finally:
        db.dispose()
