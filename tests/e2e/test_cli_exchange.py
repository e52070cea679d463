"""`meapp package export|import`, `backup` and `restore` run as processes on real files."""

from __future__ import annotations

import json

import pytest

from meapp.services.monitoring import entry as monitoring
from meapp.store.backup import backup_file
from meapp.store.db import open_database
from tests.helpers import run_cli
from tests.unit.test_exchange import BAD_PACKAGES, EDITOR, OPEN, _actual, _indicator, fingerprint

PASSWORD = {"MEAPP_PASSWORD": "demo"}


def one_error_line(result) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def demo(demo_db):
    """The small demo as a file (the service handle closed; processes use the file)."""
    demo_db.dispose()
    return demo_db.path


@pytest.fixture
def whole(demo, tmp_path):
    path = tmp_path / "whole.mepkg"
    r = run_cli(
        "--db", str(demo), "--user", "chair", "package", "export", "-o", str(path), env=PASSWORD
    )
    assert r.returncode == 0, r.stderr
    assert path.is_file()
    return path


def test_export_then_import_gives_equal_figures_and_a_second_import_is_a_no_op(
    demo, whole, tmp_path
):
    rayon = tmp_path / "rayon.db"

    first = run_cli("--db", str(rayon), "package", "import", str(whole), "--accept-signer")

    assert first.returncode == 0, first.stderr
    assert "created" in first.stdout
    for args in ((), ("--period", "2024-H1"), ("--period", OPEN)):
        mine = run_cli("--db", str(demo), "status", "--json", *args)
        theirs = run_cli("--db", str(rayon), "status", "--json", *args)
        assert mine.returncode == theirs.returncode == 0, mine.stderr + theirs.stderr
        assert json.loads(mine.stdout) == json.loads(theirs.stdout)
    before = fingerprint(rayon)

    again = run_cli("--db", str(rayon), "package", "import", str(whole), "--json")

    assert again.returncode == 0, again.stderr
    data = json.loads(again.stdout)
    assert data["created"] == data["updated"] == data["replaced"] == 0 and data["unchanged"] > 400
    assert fingerprint(rayon) == before
    assert run_cli("--db", str(rayon), "check").returncode == 0


def test_a_dry_run_shows_what_would_change_and_changes_nothing(demo, whole, tmp_path):
    rayon = tmp_path / "rayon.db"
    open_database(str(rayon)).dispose()
    before = fingerprint(rayon)

    r = run_cli("--db", str(rayon), "package", "import", str(whole), "--dry-run", "--json")

    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    # the demo chair has a signing identity, so the package is signed: a first signer
    assert not data["program_known"] and data["trust"]["state"] == "first"
    assert {t["table"]: t["new"] for t in data["tables"]}["actual"] > 0
    assert fingerprint(rayon) == before


@pytest.fixture
def two_sides(demo, tmp_path):
    """The demo and a copy of it, each with its own value for the same indicator in 2025-H1."""
    db = open_database(str(demo))
    copy = tmp_path / "other.db"
    backup_file(db, copy)
    other = open_database(str(copy))
    ind = _indicator(db)
    monitoring.set_actual(db, EDITOR, ind, OPEN, 111.0)
    monitoring.set_actual(other, EDITOR, ind, OPEN, 222.0)
    db.dispose()
    other.dispose()
    return demo, copy, ind


def test_conflicts_are_listed_and_change_nothing_unless_a_side_is_preferred(two_sides, tmp_path):
    demo, other, ind = two_sides
    pkg = tmp_path / "h1.mepkg"
    r = run_cli(
        "--db",
        str(demo),
        "--user",
        "chair",
        "package",
        "export",
        "--period",
        OPEN,
        "-o",
        str(pkg),
        env=PASSWORD,
    )
    assert r.returncode == 0, r.stderr
    before = fingerprint(other)

    refused = run_cli(
        "--db",
        str(other),
        "--user",
        "chair",
        "package",
        "import",
        str(pkg),
        "--accept-signer",
        env=PASSWORD,
    )

    assert "--prefer" in one_error_line(refused)
    assert "here 222" in refused.stdout and "in the package 111" in refused.stdout
    assert fingerprint(other) == before
    as_json = run_cli(
        "--db",
        str(other),
        "--user",
        "chair",
        "package",
        "import",
        str(pkg),
        "--json",
        "--accept-signer",
        env=PASSWORD,
    )
    assert as_json.returncode == 2
    [conflict] = json.loads(as_json.stdout)["conflicts"]
    assert conflict["mine"]["value"] == 222.0 and conflict["theirs"]["value"] == 111.0

    taken = run_cli(
        "--db",
        str(other),
        "--user",
        "chair",
        "package",
        "import",
        str(pkg),
        "--prefer",
        "theirs",
        "--accept-signer",
        env=PASSWORD,
    )

    assert taken.returncode == 0, taken.stderr
    db = open_database(str(other))
    try:
        assert _actual(db, ind, OPEN) == 111.0
    finally:
        db.dispose()


def test_an_editor_may_not_import(demo, whole):
    r = run_cli(
        "--db", str(demo), "--user", "editor", "package", "import", str(whole), env=PASSWORD
    )
    assert "not allowed" in one_error_line(r)


@pytest.mark.parametrize("kind", sorted(BAD_PACKAGES))
def test_a_bad_package_is_refused_with_one_clear_line(demo, whole, tmp_path, kind):
    make, words = BAD_PACKAGES[kind]
    bad = make(whole, tmp_path / f"{kind}.mepkg")
    before = fingerprint(demo)

    r = run_cli("--db", str(demo), "--user", "chair", "package", "import", str(bad), env=PASSWORD)

    assert words in one_error_line(r)
    assert fingerprint(demo) == before


def test_a_package_of_another_programme_is_refused(demo, tmp_path):
    elsewhere = tmp_path / "elsewhere.db"
    assert run_cli("--db", str(elsewhere), "demo").returncode == 0
    pkg = tmp_path / "elsewhere.mepkg"
    r = run_cli(
        "--db", str(elsewhere), "--user", "chair", "package", "export", "-o", str(pkg), env=PASSWORD
    )
    assert r.returncode == 0, r.stderr
    before = fingerprint(demo)

    r = run_cli("--db", str(demo), "--user", "chair", "package", "import", str(pkg), env=PASSWORD)

    assert "another programme" in one_error_line(r)
    assert fingerprint(demo) == before


def test_a_new_signer_must_be_confirmed(demo, tmp_path):
    for login in ("chair", "mayor"):  # the demo gives both a signing identity
        r = run_cli("--db", str(demo), "--user", login, "identity", "show", env=PASSWORD)
        assert r.returncode == 0, r.stderr
    signed = tmp_path / "signed.mepkg"
    r = run_cli(
        "--db", str(demo), "--user", "chair", "package", "export", "-o", str(signed), env=PASSWORD
    )
    assert r.returncode == 0 and "Signed by" in r.stdout, r.stdout + r.stderr
    rayon = tmp_path / "rayon.db"

    open_database(str(rayon)).dispose()
    empty = fingerprint(rayon)
    asked = run_cli("--db", str(rayon), "package", "import", str(signed))
    line = one_error_line(asked)
    assert "--accept-signer" in line and "first package" in line
    assert fingerprint(rayon) == empty

    first = run_cli("--db", str(rayon), "package", "import", str(signed), "--accept-signer")

    assert first.returncode == 0, first.stderr
    assert "recorded" in first.stdout
    db = open_database(str(demo))
    monitoring.set_actual(db, EDITOR, _indicator(db), OPEN, 5.0)  # something to import
    db.dispose()
    by_mayor = tmp_path / "mayor.mepkg"
    r = run_cli(
        "--db",
        str(demo),
        "--user",
        "mayor",
        "package",
        "export",
        "--period",
        OPEN,
        "-o",
        str(by_mayor),
        env=PASSWORD,
    )
    assert r.returncode == 0, r.stderr
    before = fingerprint(rayon)
    refused = run_cli("--db", str(rayon), "package", "import", str(by_mayor))
    assert "--accept-signer" in one_error_line(refused)
    assert fingerprint(rayon) == before
    accepted = run_cli("--db", str(rayon), "package", "import", str(by_mayor), "--accept-signer")
    assert accepted.returncode == 0, accepted.stderr


def test_backup_and_restore(demo, tmp_path):
    copy = tmp_path / "copy.db"
    r = run_cli("--db", str(demo), "backup", "-o", str(copy))
    assert r.returncode == 0, r.stderr
    before = fingerprint(demo)
    db = open_database(str(demo))
    monitoring.set_actual(db, EDITOR, _indicator(db), OPEN, 5.0)
    db.dispose()
    assert fingerprint(demo) != before

    not_admin = run_cli("--db", str(demo), "--user", "chair", "restore", str(copy), env=PASSWORD)
    assert "not allowed" in one_error_line(not_admin)
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello")
    refused = run_cli("--db", str(demo), "--user", "admin", "restore", str(not_a_db), env=PASSWORD)
    assert "not a meapp database" in one_error_line(refused)

    ok = run_cli("--db", str(demo), "--user", "admin", "restore", str(copy), env=PASSWORD)

    assert ok.returncode == 0, ok.stderr
    assert "previous database was saved" in ok.stdout
    assert run_cli("--db", str(demo), "check").returncode == 0
    after = fingerprint(demo)
    assert after["actual"] == before["actual"]
    assert after["audit_event"][0] == before["audit_event"][0] + 1  # the restore itself
    listed = run_cli("--db", str(demo), "backup", "--list", "--json")
    assert any(b["reason"] == "before-restore" for b in json.loads(listed.stdout)["backups"])
