"""Backups and restores in folders whose names break hand-built SQLite URIs (`#`, `?`, `%`,
spaces, Cyrillic): before, `backup` of `we#ird/d.db` copied an empty database named `we`
and exited 0, and a restore then kept an empty "before-restore" copy."""

from __future__ import annotations

import shutil
import sys

import pytest
from sqlalchemy import func, select

from meapp.models import Actual
from meapp.store import backup, restore
from meapp.store.db import open_database
from tests.helpers import run_cli

FOLDERS = ["we#ird", "100%", "Отчет #2", "a b%20c"]
if sys.platform != "win32":  # Windows forbids `?` in names
    FOLDERS.append("q?x")


def _actuals(path) -> int:
    db = open_database(str(path), migrate=False)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(Actual)) or 0
    finally:
        db.dispose()


@pytest.mark.parametrize("folder", FOLDERS)
def test_backup_and_restore_round_trip_in_an_odd_folder(_demo_template, tmp_path, folder):  # noqa: PT019
    home = tmp_path / folder
    home.mkdir()
    path = home / "d.db"
    shutil.copyfile(_demo_template, path)
    expected = _actuals(path)
    assert expected > 0
    db = open_database(str(path))
    try:
        saved = backup.backup_file(db, folder=home / "backups #1", reason="manual")
        assert _actuals(saved) == expected
        with db.session() as s, s.begin():
            s.execute(Actual.__table__.delete())
        result = restore.restore_file(db, saved, folder=home / "backups #1")
    finally:
        db.dispose()
    assert _actuals(path) == expected
    assert result.previous_copy is not None and _actuals(result.previous_copy) == 0
    assert backup.database_problem(saved) is None


@pytest.mark.slow
def test_cli_backup_and_restore_in_an_odd_folder(_demo_template, tmp_path):  # noqa: PT019
    home = tmp_path / "Отчет #2 100%"
    home.mkdir()
    path = home / "d.db"
    shutil.copyfile(_demo_template, path)
    out = home / "copy #1.db"
    made = run_cli("--db", str(path), "backup", "-o", str(out))
    assert made.returncode == 0, made.stderr
    assert _actuals(out) == _actuals(path) > 0
    back = run_cli(
        "--db", str(path), "--user", "admin", "restore", str(out), env={"MEAPP_PASSWORD": "demo"}
    )
    assert back.returncode == 0, back.stderr
    assert _actuals(path) == _actuals(out)
