"""`meapp identity`, `meapp sign` and `meapp verify` as processes on real files (issue 8)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta

import pytest

from meapp.store.db import open_database
from tests.helpers import run_cli
from tests.unit.test_signing import (
    CHAIR_NAME,
    MAYOR_NAME,
    MAYOR_POS,
    PASSWORD,
    current_fingerprint,
    flip_byte_in_first_stream,
    pdfsig,
    report_pdf,
    seed_signing_db,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def setup(tmp_path):
    """A database with an approved 2024-H1, a chair and a mayor, and that period's report."""
    path = tmp_path / "meapp.db"
    db = open_database(str(path))
    try:
        pid = seed_signing_db(db)
        pdf = report_pdf(
            tmp_path / "report.pdf", program_id=pid, fingerprint=current_fingerprint(db, pid)
        )
        open_round = report_pdf(
            tmp_path / "h2.pdf",
            program_id=pid,
            period="2024-H2",
            fingerprint=current_fingerprint(db, pid),
        )
    finally:
        db.dispose()
    return str(path), pdf, open_round


def cli(*args, password: str | None = PASSWORD, **env):
    extra = dict(env)
    if password is not None:
        extra["MEAPP_PASSWORD"] = password
    return run_cli(*args, env=extra)


def one_line_error(proc) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


def test_chair_and_mayor_sign_in_turn_and_a_changed_byte_is_detected(setup):
    db, pdf, _ = setup
    r = cli("identity", "create", "--user", "chair", "--db", db)
    assert r.returncode == 0, r.stderr
    assert CHAIR_NAME in r.stdout
    r = cli("identity", "create", "--key", "ec", "--user", "mayor", "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    cert = json.loads(r.stdout)["certificate"]
    assert (cert["common_name"], cert["title"], cert["country"]) == (MAYOR_NAME, MAYOR_POS, "KG")

    r = cli("sign", str(pdf), "--user", "chair", "--db", db)
    assert r.returncode == 0, r.stderr
    assert "sig_chair" in r.stdout
    r = cli("sign", str(pdf), "--user", "mayor", "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["field"] == "sig_mayor"

    r = cli("verify", str(pdf), "--db", db, password=None)
    assert r.returncode == 0, r.stdout + r.stderr
    assert CHAIR_NAME in r.stdout and MAYOR_NAME in r.stdout
    assert r.stdout.count("trusted signer") == 2
    r = cli("verify", str(pdf), "--db", db, "--json", password=None)
    assert r.returncode == 0
    report = json.loads(r.stdout)
    assert report["valid"] is True
    assert [s["signer"] for s in report["signatures"]] == [CHAIR_NAME, MAYOR_NAME]
    assert [s["intact"] for s in report["signatures"]] == [True, True]
    if shutil.which("pdfsig"):
        assert pdfsig(pdf).count("Signature Validation: Signature is Valid.") == 2

    flip_byte_in_first_stream(pdf)
    r = cli("verify", str(pdf), "--db", db, password=None)
    assert r.returncode == 1
    assert "BROKEN" in r.stdout
    assert "is broken: the signed content was altered" in one_line_error(r)
    r = cli("verify", str(pdf), "--db", db, "--json", password=None)
    assert r.returncode == 1
    assert json.loads(r.stdout)["valid"] is False
    if shutil.which("pdfsig"):
        out = pdfsig(pdf)
        assert "Signature is Valid." not in out and out.count("Digest Mismatch") == 2


def test_refused_signing_leaves_the_file_as_it_was(setup, tmp_path):
    db, pdf, open_round = setup
    assert cli("identity", "create", "--key", "ec", "--user", "chair", "--db", db).returncode == 0
    before = pdf.read_bytes()

    r = cli("sign", str(pdf), "--user", "chair", "--db", db, password="wrong-password")
    assert r.returncode == 2
    assert "wrong" in one_line_error(r)
    r = cli("sign", str(pdf), "--user", "chair", "--db", db, password=None)  # no password, no tty
    assert r.returncode == 2
    assert "MEAPP_PASSWORD" in one_line_error(r)
    assert pdf.read_bytes() == before

    r = cli("sign", str(open_round), "--user", "chair", "--db", db)
    assert r.returncode == 2
    assert "approved round" in one_line_error(r)

    plain = report_pdf(tmp_path / "plain.pdf", program_id=None, period=None, fingerprint=None)
    r = cli("sign", str(plain), "--user", "chair", "--db", db)
    assert r.returncode == 2
    assert "fingerprint" in one_line_error(r)


def test_verify_a_file_that_is_not_a_pdf(tmp_path):
    notes = tmp_path / "notes.pdf"
    notes.write_text("these are not the minutes you are looking for", encoding="utf-8")
    r = cli("verify", str(notes), password=None)
    assert r.returncode == 1  # to verify, a file that is no PDF is damage (issue 18)
    assert "not a PDF" in one_line_error(r)


def test_certificates_travel_between_installations(setup, tmp_path):
    from tests.unit.test_signing import ca_issued_p12

    db, pdf, _ = setup
    assert cli("identity", "create", "--key", "ec", "--user", "mayor", "--db", db).returncode == 0
    now = datetime.now(UTC)
    p12, _ca = ca_issued_p12(
        "ca-secret", not_before=now - timedelta(days=1), not_after=now + timedelta(days=365)
    )
    p12_file = tmp_path / "chair.p12"
    p12_file.write_bytes(p12)
    r = cli(
        "identity",
        "import",
        str(p12_file),
        "--user",
        "chair",
        "--db",
        db,
        MEAPP_P12_PASSWORD="nope",
    )
    assert r.returncode == 2 and "wrong password" in one_line_error(r)
    r = cli(
        "identity",
        "import",
        str(p12_file),
        "--user",
        "chair",
        "--db",
        db,
        MEAPP_P12_PASSWORD="ca-secret",
    )
    assert r.returncode == 0, r.stderr
    assert "Test CA KG" in r.stdout

    assert cli("sign", str(pdf), "--user", "mayor", "--db", db).returncode == 0
    cert_file = tmp_path / "mayor.crt"
    r = cli(
        "identity",
        "export-cert",
        "-o",
        str(cert_file),
        "--user",
        "mayor",
        "--db",
        db,
        password=None,
    )
    assert r.returncode == 0, r.stderr
    assert cert_file.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")

    # Somewhere else (another data folder, no database): the mayor is unknown until trusted.
    elsewhere = {"MEAPP_HOME": str(tmp_path / "rayon")}
    other_db = str(tmp_path / "rayon.db")
    r = cli("verify", str(pdf), "--db", other_db, password=None, **elsewhere)
    assert r.returncode == 2 and "database not found" in one_line_error(r)  # --db: that one
    r = cli("verify", str(pdf), password=None, **elsewhere)
    assert r.returncode == 1 and "UNKNOWN signer" in r.stdout  # nothing vouches for them
    assert "unknown signer" in one_line_error(r) and "SHA-256" in r.stderr
    r = cli("identity", "trust", str(cert_file), "--db", other_db, password=None, **elsewhere)
    assert r.returncode == 0, r.stderr
    r = cli("identity", "trusted", "--db", other_db, password=None, **elsewhere)
    assert MAYOR_NAME in r.stdout
    r = cli("verify", str(pdf), password=None, **elsewhere)
    assert r.returncode == 0 and "trusted signer" in r.stdout and "unknown" not in r.stdout
    assert r.stderr == ""
