"""Issue 18 on the command line: every attack on a signed report ends with exit 2 (refused)
or 1 (damage found) and one line on stderr, never a traceback."""

from __future__ import annotations

import json
import shutil
import uuid

import pytest

from meapp.services.signing import identity
from meapp.services.signing.sign import sign_report
from meapp.store.db import open_database
from tests.e2e.test_cli_sign_verify import cli, one_line_error
from tests.unit.test_signature_attacks import (
    FORGED_FINGERPRINT,
    FORGED_PERIOD,
    add_user,
    change_byte_in_signature,
    forge_chair_signature,
    rewrite_document_info,
    truncate,
    zero_signature,
)
from tests.unit.test_signing import (
    PASSWORD,
    PERIOD,
    current_fingerprint,
    login,
    pdfsig,
    report_pdf,
    seed_signing_db,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def setup(tmp_path):
    """(database path, programme id, unsigned report, report signed by chair and mayor)."""
    path = tmp_path / "meapp.db"
    db = open_database(str(path))
    try:
        pid = seed_signing_db(db)
        add_user(db, "editor", "editor", "Экономика бөлүмүнүн адиси", "Азамат Токтогулов")
        identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
        identity.create_identity(db, login(db, "mayor"), "mayor", PASSWORD, key_type="ec")
        fp = current_fingerprint(db, pid)
        unsigned = report_pdf(tmp_path / "unsigned.pdf", program_id=pid, fingerprint=fp)
        signed = report_pdf(tmp_path / "signed.pdf", program_id=pid, fingerprint=fp)
        sign_report(db, login(db, "chair"), signed, PASSWORD)
        sign_report(db, login(db, "mayor"), signed, PASSWORD)
    finally:
        db.dispose()
    return str(path), pid, unsigned, signed


def verify(db: str, pdf, *extra: str):
    return cli("verify", str(pdf), "--db", db, *extra, password=None)


def damage_line(proc) -> str:
    assert proc.returncode == 1, proc.stdout + proc.stderr
    return one_line_error(proc)


def test_a_good_report_verifies_with_its_figures_and_pdfsig_agrees(setup):
    db, _pid, _unsigned, signed = setup
    r = verify(db, signed)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stderr == ""
    assert "approved data of 2024-H1 in this database" in r.stdout
    assert r.stdout.count("trusted signer") == 2
    if shutil.which("pdfsig"):
        assert pdfsig(signed).count("Signature Validation: Signature is Valid.") == 2


def test_an_identity_from_another_database_is_an_unknown_signer(setup, tmp_path):
    db, _pid, unsigned, _signed = setup
    sha256 = forge_chair_signature(unsigned, tmp_path)
    line = damage_line(verify(db, unsigned))
    assert "unknown signer" in line and sha256 in line
    r = verify(db, unsigned, "--json")
    assert r.returncode == 1
    report = json.loads(r.stdout)
    assert report["valid"] is False and report["signatures"][0]["trusted"] is False
    # Nor does the mayor countersign it.
    r = cli("sign", str(unsigned), "--user", "mayor", "--db", db)
    assert r.returncode == 2 and "unknown signer" in one_line_error(r)


def test_document_info_rewritten_after_the_signatures_is_found_and_never_shown(setup):
    db, pid, _unsigned, signed = setup
    rewrite_document_info(signed)
    line = damage_line(verify(db, signed))
    assert "changed after" in line
    r = verify(db, signed, "--json")
    assert r.returncode == 1
    report = json.loads(r.stdout)
    assert (report["program_id"], report["period"]) == (pid, PERIOD)
    assert report["fingerprint"] != FORGED_FINGERPRINT
    assert FORGED_PERIOD not in r.stdout
    assert "CHANGED after signing" in verify(db, signed).stdout


@pytest.mark.parametrize(
    "attack",
    [
        lambda pdf: change_byte_in_signature(pdf, 0),
        lambda pdf: change_byte_in_signature(pdf, 1, 40),
        lambda pdf: zero_signature(pdf, -1),
        lambda pdf: zero_signature(pdf, 0),
        truncate,
        lambda pdf: pdf.write_bytes(b"these are not the minutes you are looking for"),
    ],
    ids=[
        "byte-in-chair-signature",
        "byte-in-mayor-signature",
        "zeroed-last",
        "zeroed-first",
        "truncated",
        "not-a-pdf",
    ],
)
def test_every_damaged_file_exits_1_with_one_line(setup, attack):
    db, _pid, _unsigned, signed = setup
    attack(signed)
    line = damage_line(verify(db, signed))
    assert line.startswith("meapp: ")
    r = verify(db, signed, "--json")
    assert r.returncode == 1 and "Traceback" not in r.stderr


def test_a_missing_file_is_bad_input(setup, tmp_path):
    db, *_ = setup
    r = verify(db, tmp_path / "missing.pdf")
    assert r.returncode == 2 and "not found" in one_line_error(r)


def test_boxes_belong_to_roles(setup):
    db, _pid, unsigned, _signed = setup
    before = unsigned.read_bytes()
    r = cli("sign", str(unsigned), "--user", "mayor", "--db", db, "--field", "sig_chair")
    assert r.returncode == 2 and "sig_mayor" in one_line_error(r)
    assert unsigned.read_bytes() == before
    r = cli("identity", "create", "--user", "editor", "--db", db)
    assert r.returncode == 2 and "needs no signing identity" in one_line_error(r)
    r = cli("sign", str(unsigned), "--user", "editor", "--db", db)
    assert r.returncode == 2 and "only the chair" in one_line_error(r)
    assert unsigned.read_bytes() == before

    r = cli("sign", str(unsigned), "--user", "mayor", "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["field"] == "sig_mayor"  # first, yet in the mayor's box
    r = cli("sign", str(unsigned), "--user", "chair", "--db", db)
    assert r.returncode == 0, r.stderr
    assert "sig_chair" in r.stdout
    assert verify(db, unsigned).returncode == 0


def test_verify_db_says_when_the_figures_are_not_the_approved_data(setup, tmp_path):
    from meapp.models import Evaluation

    db, pid, _unsigned, signed = setup
    database = open_database(db)
    try:
        with database.session() as s, s.begin():
            s.add(Evaluation(program_id=uuid.UUID(pid), period=PERIOD, summary="rewritten"))
    finally:
        database.dispose()
    line = damage_line(verify(db, signed))
    assert "not the approved data of 2024-H1" in line
    r = verify(db, signed, "--json")
    assert json.loads(r.stdout)["data"]["matches"] is False

    # Without --db the signatures alone are judged (the users of the default database, none
    # here, and the trusted folder): the signers are then unknown.
    r = cli("verify", str(signed), password=None)
    assert r.returncode == 1 and "unknown signer" in one_line_error(r)

    other = str(tmp_path / "other.db")
    database = open_database(other)
    try:
        seed_signing_db(database)
    finally:
        database.dispose()
    r = verify(other, signed)
    assert r.returncode == 1 and "unknown signer" in one_line_error(r)
