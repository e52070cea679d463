"""Backups with SQLite's online backup API, rotated; restore with an integrity check.

A backup is a consistent copy even while the app writes (WAL). Automatic backups are
taken at start, at close and before a schema upgrade; the newest `KEEP` are kept.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from meapp import paths
from meapp.services.db import Database
from meapp.services.errors import MeappError, ValidationError

log = logging.getLogger(__name__)
KEEP = 10


def _sqlite_path(database: Database) -> Path:
    if database.path is None:
        raise MeappError("backups are made by the server's own tools for a shared database")
    return database.path


def backup_file(
    database: Database, dest: Path | None = None, *, reason: str = "manual", folder: Path | None = None
) -> Path:
    """Copy the database to `dest` (or a timestamped file in the backup folder)."""
    src = _sqlite_path(database)
    if dest is None:
        folder = folder or paths.backups_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = folder / f"{src.stem}-{stamp}-{reason}.db"
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".part")
    with sqlite3.connect(str(src)) as source, sqlite3.connect(str(tmp)) as target:
        source.backup(target)
    tmp.replace(dest)
    if reason != "manual":
        rotate(dest.parent, src.stem)
    log.info("backup written: %s", dest)
    return dest


def rotate(folder: Path, stem: str, keep: int = KEEP) -> None:
    files = sorted(folder.glob(f"{stem}-*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        old.unlink(missing_ok=True)


def list_backups(database: Database, folder: Path | None = None) -> list[Path]:
    src = _sqlite_path(database)
    folder = folder or paths.backups_dir()
    return sorted(folder.glob(f"{src.stem}-*.db"), key=lambda p: p.stat().st_mtime, reverse=True)


def last_backup_time(database: Database, folder: Path | None = None) -> datetime | None:
    if database.path is None:
        return None
    files = list_backups(database, folder)
    return datetime.fromtimestamp(files[0].stat().st_mtime) if files else None


def integrity_ok(path: Path) -> bool:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            row = conn.execute("PRAGMA integrity_check").fetchone()
            return bool(row) and row[0] == "ok"
    except sqlite3.DatabaseError:
        return False


def restore_file(database: Database, source: Path) -> Path:
    """Replace the database with a backup; the current file is backed up first."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError("file not found: {file}", file=str(source))
    if not integrity_ok(source):
        raise ValidationError("{file} is not an intact meapp database", file=str(source))
    target = _sqlite_path(database)
    safety = backup_file(database, reason="before-restore") if target.exists() else None
    database.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    tmp = target.with_suffix(".restore.part")
    shutil.copyfile(source, tmp)
    tmp.replace(target)
    log.info("restored %s from %s (previous copy: %s)", target, source, safety)
    return target
