"""Issue 18 on the command line: a signature in a box its signer does not hold, and a
database whose audit trail lost events after signing, both end `meapp verify --db` with
exit 1 and one line; editors and viewers who are not the mayor cannot `meapp sign`."""

from __future__ import annotations

import json
import sqlite3

import pytest

from meapp.services.signing import identity
from meapp.store.db import open_database
from tests.e2e.test_cli_sign_verify import cli, one_line_error
from tests.unit.test_signature_attacks import add_user
from tests.unit.test_signing import (
    PASSWORD,
    current_fingerprint,
    login,
    report_pdf,
    seed_signing_db,
)
from tests.unit.test_signing_roles_and_anchor import sign_in_box

pytestmark = pytest.mark.slow


@pytest.fixture
def setup(tmp_path):
    """(database path, unsigned report) with a chair, a mayor, an editor and a deputy."""
    path = tmp_path / "meapp.db"
    db = open_database(str(path))
    try:
        pid = seed_signing_db(db)
        add_user(db, "editor", "editor", "Экономика бөлүмүнүн адиси", "Азамат Токтогулов")
        add_user(db, "deputy", "viewer", "Кеңештин депутаты", "Нурлан Бекболотов")
        identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
        identity.create_identity(db, login(db, "mayor"), "mayor", PASSWORD, key_type="ec")
        pdf = report_pdf(
            tmp_path / "report.pdf", program_id=pid, fingerprint=current_fingerprint(db, pid)
        )
    finally:
        db.dispose()
    return str(path), pdf


def verify(db: str, pdf, *extra: str):
    return cli("verify", str(pdf), "--db", db, *extra, password=None)


def damage(proc) -> str:
    assert proc.returncode == 1, proc.stdout + proc.stderr
    return one_line_error(proc)


def _sign_both(db: str, pdf) -> None:
    for who in ("chair", "mayor"):
        r = cli("sign", str(pdf), "--user", who, "--db", db)
        assert r.returncode == 0, r.stderr


def _sql(db: str, statement: str, *params) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(statement, params)
    conn.close()


def test_the_chair_in_the_mayors_box_exits_1_with_one_line(setup):
    db, pdf = setup
    database = open_database(db)
    try:
        sign_in_box(database, pdf, "chair", "sig_mayor")
    finally:
        database.dispose()
    line = damage(verify(db, pdf))
    assert "sig_mayor" in line and "does not hold that box" in line
    r = verify(db, pdf, "--json")
    assert r.returncode == 1
    assert json.loads(r.stdout)["signatures"][0]["in_own_box"] is False
    assert "NOT THEIR BOX" in verify(db, pdf).stdout


def test_editors_and_viewers_who_are_not_the_mayor_cannot_sign(setup):
    db, pdf = setup
    before = pdf.read_bytes()
    for who in ("editor", "deputy"):
        r = cli("sign", str(pdf), "--user", who, "--db", db)
        assert r.returncode == 2 and "only the chair" in one_line_error(r)
        r = cli("identity", "create", "--user", who, "--db", db)
        assert r.returncode == 2 and "needs no signing identity" in one_line_error(r)
    assert pdf.read_bytes() == before


def test_a_signed_report_holds_the_chain_and_says_so(setup):
    db, pdf = setup
    _sign_both(db, pdf)
    r = verify(db, pdf)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "The audit trail still holds the" in r.stdout
    data = json.loads(verify(db, pdf, "--json").stdout)["data"]
    assert data["chain"]["held"] is True and data["chain"]["anchor"]


@pytest.mark.parametrize(
    ("statement", "says"),
    [
        ("DELETE FROM audit_event WHERE seq >= 3", "events were deleted after signing"),
        ("DELETE FROM audit_event", "ends at event 0"),
        ("DELETE FROM audit_event WHERE seq = 2", "was changed or deleted after signing"),
    ],
    ids=["newest-deleted", "all-deleted", "one-deleted"],
)
def test_events_deleted_after_signing_exit_1_with_one_line(setup, statement, says):
    db, pdf = setup
    _sign_both(db, pdf)
    _sql(db, statement)
    line = damage(verify(db, pdf))
    assert says in line and line.startswith("meapp: ")
    r = verify(db, pdf, "--json")
    assert r.returncode == 1 and json.loads(r.stdout)["data"]["chain"]["held"] is False
