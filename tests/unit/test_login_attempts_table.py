"""Failed-login counts live in the database's `login_attempt` table (issue 20).

They used to be in a side file `<db>-logins.json`; migration 0011 reads it once and removes
it. A database that takes no write (opened read-only, locked by another process) keeps no
count and answers as before; a successful login with nothing to clear writes nothing; the
counts never travel in an exchange package.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import zipfile

import pytest
from alembic import command
from sqlalchemy import event, select

from meapp.errors import AuthenticationFailed
from meapp.models.security import LoginAttempt
from meapp.services.access import users
from meapp.services.exchange import format as fmt
from meapp.store.db import ensure_schema, open_database, open_readonly
from meapp.store.migrations import alembic_config

PASSWORD = "Ala-Too 2024"


def _no_sleep(_seconds: float) -> None:
    return None


def wrong(db, login: str) -> list[float]:
    slept: list[float] = []
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, login, "a wrong guess", sleep=slept.append)
    return slept


def file_bytes(db) -> bytes:
    """The database file as it is once every connection is closed (WAL checkpointed)."""
    db.dispose()
    return db.path.read_bytes()


@pytest.fixture
def sqlite_db(tmp_path):
    database = open_database(tmp_path / "m.db")
    users.create_first_admin(database, "aibek", "Aibek Osmonov", PASSWORD)
    yield database
    database.dispose()


def test_the_old_side_file_is_read_once_and_removed(tmp_path):
    path = tmp_path / "old.db"
    db = open_database(path, migrate=False)
    command.upgrade(alembic_config(db), "0010_working_group_body")
    side = tmp_path / "old.db-logins.json"
    old_key = hashlib.sha256(b"meapp-login\0\0nobody").hexdigest()  # the old file's digest
    side.write_text(
        json.dumps({"version": 1, "logins": {old_key: [3, time.time()], "bad": "x"}}),
        encoding="utf-8",
    )
    with db.engine.begin() as conn:  # a user with a count in the oldest per-user column
        conn.exec_driver_sql(
            "INSERT INTO app_user (id, created_at, updated_at, version, login, full_name, role, "
            "password_hash, active, failed_logins, last_failed_at) VALUES ('0123456789abcdef"
            "0123456789abcdef', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1, 'old', 'Old', "
            "'viewer', 'x', 1, 5, '2025-01-01 00:00:00')"
        )
    try:
        ensure_schema(db, backup=False)
        assert not side.exists()
        assert users.failed_logins(db, "NoBody") == 3
        assert wrong(db, "nobody") == [4.0]  # the fourth failure in a row
        with db.engine.connect() as conn:
            legacy = conn.exec_driver_sql("SELECT failed_logins, last_failed_at FROM app_user")
            assert legacy.all() == [(0, None)]  # nothing left for a login to clear
    finally:
        db.dispose()


def test_a_damaged_side_file_is_removed_and_the_counts_start_afresh(tmp_path):
    path = tmp_path / "old.db"
    db = open_database(path, migrate=False)
    command.upgrade(alembic_config(db), "0010_working_group_body")
    side = tmp_path / "old.db-logins.json"
    side.write_text("{not json", encoding="utf-8")
    try:
        ensure_schema(db, backup=False)
        assert not side.exists()
        with db.session() as s:
            assert s.scalars(select(LoginAttempt)).all() == []
    finally:
        db.dispose()


def test_a_read_only_database_answers_alike_and_is_not_written(sqlite_db):
    wrong(sqlite_db, "aibek")
    wrong(sqlite_db, "nobody")
    before = file_bytes(sqlite_db)
    ro = open_readonly(sqlite_db.path)
    try:
        # one failure more than stored, for the real and the unknown login alike
        assert wrong(ro, "aibek") == wrong(ro, "nobody") == [1.0]
        assert users.authenticate(ro, "aibek", PASSWORD, sleep=_no_sleep).login == "aibek"
    finally:
        ro.dispose()
    assert sqlite_db.path.read_bytes() == before


def test_a_locked_database_keeps_no_count_but_answers_with_the_next_delay(sqlite_db):
    wrong(sqlite_db, "aibek")
    wrong(sqlite_db, "nobody")
    sqlite_db.dispose()

    def short_wait(dbapi_conn, _record) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout=50")

    event.listen(sqlite_db.engine, "connect", short_wait)
    other = sqlite3.connect(sqlite_db.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another process is writing
        assert wrong(sqlite_db, "aibek") == wrong(sqlite_db, "nobody") == [1.0]
        # a successful login does not need the lock: nothing to clear is not written
        assert users.authenticate(sqlite_db, "aibek", PASSWORD, sleep=_no_sleep).role == "admin"
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert users.failed_logins(sqlite_db, "nobody") == 1
    assert wrong(sqlite_db, "nobody") == [1.0]


def test_a_successful_login_with_nothing_to_clear_writes_nothing(sqlite_db):
    before = file_bytes(sqlite_db)
    assert users.authenticate(sqlite_db, "aibek", PASSWORD, sleep=_no_sleep).login == "aibek"
    assert file_bytes(sqlite_db) == before


def test_packages_never_carry_the_counts(demo_db, tmp_path):
    from meapp.models import Program
    from meapp.services.exchange.export import export_package

    assert "login_attempt" not in fmt.TABLE_BY_NAME
    wrong(demo_db, "nobody")
    with demo_db.session() as s:
        program_id = s.scalar(select(Program.id))
    path = tmp_path / "whole.mepkg"
    export_package(demo_db, users.Actor("chair", "evaluator", "Chair"), program_id, None, path)
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        text = b"".join(zf.read(n) for n in names)
    assert not [n for n in names if "login" in n]
    assert users.LoginThrottle.key("nobody").encode() not in text
