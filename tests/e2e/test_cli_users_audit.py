"""`meapp user …`, logins and roles on the command line, and `meapp check` catching an
audit row edited directly in the SQLite file."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.helpers import run_cli


def clean_line(proc) -> str:
    """The one line a refused command writes to stderr (and never a traceback)."""
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    return lines[0]


@pytest.fixture
def meapp(tmp_path):
    db = tmp_path / "m.db"

    def run(*args: str, **env: str):
        full = {"MEAPP_HOME": str(tmp_path / "home"), "MEAPP_LANG": "en", **env}
        return run_cli(*args, "--db", str(db), env=full)

    run.db = db  # type: ignore[attr-defined]
    return run


def make_users_db(path) -> dict[int, str]:
    """A database with three users and a few user events; returns {seq: event id}."""
    from meapp.models import AuditEvent
    from meapp.services.access import users
    from meapp.store.db import open_database

    db = open_database(str(path))
    try:
        users.create_first_admin(db, "boss", "Boss", "boss-pass")
        admin = users.authenticate(db, "boss", "boss-pass")
        users.add_user(db, admin, "ed", full_name="Ed", role="editor", password="ed-pass")
        users.add_user(db, admin, "vi", full_name="Vi", role="viewer", password="vi-pass")
        users.change_role(db, admin, "ed", "evaluator")
        users.set_password(db, admin, "vi", "vi-pass2")
        with db.session() as s:
            return {e.seq: e.id for e in s.query(AuditEvent).order_by(AuditEvent.seq)}
    finally:
        db.dispose()


def test_users_logins_and_roles_on_the_command_line(meapp):
    first = meapp("user", "add", "vi", "--role", "viewer", MEAPP_NEW_PASSWORD="vi-pass")
    assert first.returncode == 2
    assert "first user must be an administrator" in clean_line(first)

    made = meapp("user", "add", "boss", "--name", "Boss Bossov", MEAPP_NEW_PASSWORD="boss-pass")
    assert made.returncode == 0, made.stderr
    assert "boss" in made.stdout

    anonymous = meapp("user", "add", "ed", "--role", "editor", MEAPP_NEW_PASSWORD="ed-pass")
    assert anonymous.returncode == 2
    assert "--user" in clean_line(anonymous)

    wrong = meapp(
        "user",
        "add",
        "ed",
        "--role",
        "editor",
        "--user",
        "boss",
        MEAPP_PASSWORD="guess",
        MEAPP_NEW_PASSWORD="ed-pass",
    )
    assert wrong.returncode == 2
    assert "wrong login or password" in clean_line(wrong)

    for login, role in (("ed", "editor"), ("vi", "viewer")):
        ok = meapp(
            "user",
            "add",
            login,
            "--role",
            role,
            "--name",
            login.upper(),
            "--user",
            "boss",
            MEAPP_PASSWORD="boss-pass",
            MEAPP_NEW_PASSWORD=f"{login}-pass",
        )
        assert ok.returncode == 0, ok.stderr

    refused = meapp(
        "user",
        "add",
        "x",
        "--role",
        "viewer",
        "--user",
        "vi",
        MEAPP_PASSWORD="vi-pass",
        MEAPP_NEW_PASSWORD="x-pass",
    )
    assert refused.returncode == 2
    assert "not allowed" in clean_line(refused)

    own = meapp(
        "user",
        "passwd",
        "vi",
        "--user",
        "vi",
        MEAPP_PASSWORD="vi-pass",
        MEAPP_NEW_PASSWORD="vi-new-pass",
    )
    assert own.returncode == 0, own.stderr
    old = meapp(
        "user",
        "passwd",
        "vi",
        "--user",
        "vi",
        MEAPP_PASSWORD="vi-pass",
        MEAPP_NEW_PASSWORD="whatever",
    )
    assert old.returncode == 2 and "wrong login or password" in clean_line(old)
    others = meapp(
        "user",
        "passwd",
        "boss",
        "--user",
        "vi",
        MEAPP_PASSWORD="vi-new-pass",
        MEAPP_NEW_PASSWORD="hijack1",
    )
    assert others.returncode == 2 and "not allowed" in clean_line(others)

    promoted = meapp(
        "user", "role", "ed", "evaluator", "--user", "boss", "--json", MEAPP_PASSWORD="boss-pass"
    )
    assert promoted.returncode == 0, promoted.stderr
    assert json.loads(promoted.stdout)["user"]["role"] == "evaluator"
    last = meapp("user", "role", "boss", "viewer", "--user", "boss", MEAPP_PASSWORD="boss-pass")
    assert last.returncode == 2 and "last administrator" in clean_line(last)

    listed = meapp("user", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    people = {u["login"]: u for u in json.loads(listed.stdout)["users"]}
    assert {k: v["role"] for k, v in people.items()} == {
        "boss": "admin",
        "ed": "evaluator",
        "vi": "viewer",
    }
    assert people["boss"]["full_name"] == "Boss Bossov"
    assert "pass" not in listed.stdout and "argon2" not in listed.stdout

    check = meapp("check", "--json")
    assert check.returncode == 0, check.stdout
    audit = json.loads(check.stdout)["audit"]
    # 3 users created, 1 password change, 1 role change.
    assert audit["ok"] and audit["events"] == 5


def test_a_viewer_cannot_restore_a_backup(meapp, tmp_path):
    make_users_db(meapp.db)
    backup = tmp_path / "copy.db"
    assert meapp("backup", "-o", str(backup)).returncode == 0
    for env, args, expected in (
        ({}, (), "--user"),
        ({"MEAPP_PASSWORD": "vi-pass2"}, ("--user", "vi"), "not allowed"),
        ({"MEAPP_PASSWORD": "wrong"}, ("--user", "boss"), "wrong login or password"),
    ):
        proc = meapp("restore", str(backup), *args, **env)
        assert proc.returncode == 2, proc.stdout
        assert expected in clean_line(proc)
    done = meapp("restore", str(backup), "--user", "boss", MEAPP_PASSWORD="boss-pass")
    assert done.returncode == 0, done.stderr


TAMPERING = {
    "after": ("UPDATE audit_event SET after = replace(after, 'editor', 'admin') WHERE seq = 2", 2),
    "before": ('UPDATE audit_event SET before = \'{"role": "viewer"}\' WHERE seq = 4', 4),
    "at": ("UPDATE audit_event SET at = '2023-01-01T00:00:00.000000Z' WHERE seq = 3", 3),
    "delete": ("DELETE FROM audit_event WHERE seq = 3", 4),
}


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_editing_the_audit_trail_in_the_file_makes_check_fail_naming_the_event(meapp, how):
    ids = make_users_db(meapp.db)
    assert meapp("check").returncode == 0

    sql, broken = TAMPERING[how]
    with sqlite3.connect(meapp.db) as conn:
        assert conn.execute(sql).rowcount == 1
    conn.close()

    proc = meapp("check")
    assert proc.returncode == 1, proc.stdout
    assert f"#{broken}" in proc.stdout and ids[broken] in proc.stdout
    assert "Traceback" not in proc.stderr

    details = meapp("check", "--json")
    assert details.returncode == 1
    report = json.loads(details.stdout)
    assert report["ok"] is False
    assert report["audit"]["ok"] is False
    assert report["audit"]["broken_seq"] == broken
    assert report["audit"]["broken_id"] == ids[broken]
    assert report["audit"]["broken_event"]["seq"] == broken
    assert report["audit"]["reason"]
