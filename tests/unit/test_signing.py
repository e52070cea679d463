"""Signing identities, PAdES signatures in turn, and verification (issue 8)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from meapp.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from meapp.services.access import users
from meapp.services.signing import identity
from meapp.services.signing.sign import sign_report
from meapp.services.signing.verify import verify_pdf

CHAIR_NAME = "Айгүл Өмүрбекова"
CHAIR_POS = "Мониторинг тобунун төрагасы"
MAYOR_NAME = "Бакыт Ңуров"
MAYOR_POS = "Кара-Балта шаарынын мэри"
ORG = "Кара-Балта шаардык мэриясы"
PASSWORD = "demo"
ADMIN_PASSWORD = "admin-pass"
PERIOD = "2024-H1"

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler pdfsig absent")


# -- helpers shared with tests/e2e/test_cli_sign_verify.py --------------------------------------


def seed_signing_db(db) -> str:
    """A programme with an approved 2024-H1 and an open 2024-H2, a chair and a mayor."""
    from meapp.models import Municipality, Program, ReportingRound

    with db.session() as s, s.begin():
        m = Municipality(name="Кара-Балта", kind="city")
        s.add(m)
        s.flush()
        p = Program(
            municipality_id=m.id,
            code="KB",
            title="Кара-Балта 2023–2026",
            start_year=2023,
            end_year=2026,
        )
        s.add(p)
        s.flush()
        s.add(ReportingRound(program_id=p.id, period=PERIOD, state="approved", approved_by="chair"))
        s.add(ReportingRound(program_id=p.id, period="2024-H2", state="open"))
        pid = str(p.id)
    users.create_first_admin(db, "admin", "Администратор", ADMIN_PASSWORD)
    admin = users.authenticate(db, "admin", ADMIN_PASSWORD, sleep=lambda _s: None)
    users.add_user(
        db,
        admin,
        "chair",
        full_name=CHAIR_NAME,
        role="evaluator",
        password=PASSWORD,
        position=CHAIR_POS,
        organisation=ORG,
    )
    users.add_user(
        db,
        admin,
        "mayor",
        full_name=MAYOR_NAME,
        role="viewer",
        password=PASSWORD,
        position=MAYOR_POS,
        organisation=ORG,
    )
    return pid


def report_pdf(
    path: Path,
    *,
    program_id: str | None,
    period: str | None = PERIOD,
    fingerprint: str | None,
    fields: tuple[str, ...] = ("sig_chair", "sig_mayor"),
) -> Path:
    """A two-page report like the reports service writes: mark in the document info and
    empty signature fields on the last page (added in an incremental update)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from meapp.services.signing.pdfinfo import set_report_mark

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 14)
    c.drawString(72, 780, "Half-year monitoring report 2024-H1: indicators and measures")
    c.showPage()
    c.drawString(72, 780, "Signatures")
    c.showPage()
    c.save()
    writer = IncrementalPdfFileWriter(io.BytesIO(buf.getvalue()), strict=False)
    if fingerprint is not None:
        set_report_mark(writer, program_id or "", period or "", fingerprint)
    for i, name in enumerate(fields):
        x = 60 + i * 250
        append_signature_field(writer, SigFieldSpec(name, on_page=-1, box=(x, 500, x + 230, 580)))
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def current_fingerprint(db, program_id: str) -> str:
    from meapp.services.reports.fingerprint import data_fingerprint

    return data_fingerprint(db, program_id, PERIOD)


def pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60).stdout


def flip_byte_in_first_stream(path: Path) -> None:
    """Alter one byte of the first page's content stream (inside every signed range)."""
    data = bytearray(path.read_bytes())
    at = data.index(b"stream", data.index(b"/Contents")) + 12
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


# -- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def signing(db, tmp_path):
    pid = seed_signing_db(db)
    identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="rsa")
    identity.create_identity(db, login(db, "mayor"), "mayor", PASSWORD, key_type="ec")
    pdf = report_pdf(
        tmp_path / "report.pdf", program_id=pid, fingerprint=current_fingerprint(db, pid)
    )
    return pid, pdf


def login(db, name: str) -> users.Actor:
    return users.authenticate(db, name, PASSWORD, sleep=lambda _s: None)


# -- identities -------------------------------------------------------------------------------


def test_created_identity_names_the_person_and_opens_only_with_the_password(db):
    seed_signing_db(db)
    dto = identity.create_identity(db, login(db, "chair"), "chair", PASSWORD)
    cert = dto.certificate
    assert (cert.common_name, cert.title, cert.organisation, cert.country) == (
        CHAIR_NAME,
        CHAIR_POS,
        ORG,
        "KG",
    )
    assert cert.self_signed
    years = (cert.not_after - cert.not_before).days / 365.25
    assert 4.9 < years < 5.1
    assert identity.get_identity(db, "chair") == dto
    assert users.get_user(db, "chair").has_identity

    from cryptography import x509
    from sqlalchemy import select

    from meapp.models import User

    with db.session() as s:
        stored = s.scalar(select(User).where(User.login == "chair"))
        p12 = stored.signing_p12
    opened = identity.unlock(p12, PASSWORD)
    usage = opened.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert opened.key.key_size == 3072
    with pytest.raises(AuthenticationFailed):
        identity.unlock(p12, "wrong")


def test_identity_creation_is_audited_without_the_key(db):
    from sqlalchemy import select

    from meapp.models import AuditEvent

    seed_signing_db(db)
    dto = identity.create_identity(db, login(db, "mayor"), "mayor", PASSWORD, key_type="ec")
    with db.session() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "identity.create")).one()
    assert ev.user_login == "mayor"
    assert dto.certificate.sha256 in ev.after
    assert "PRIVATE" not in (ev.after or "")


def test_only_the_owner_or_an_admin_manages_an_identity(db):
    seed_signing_db(db)
    with pytest.raises(PermissionDenied):
        identity.create_identity(db, login(db, "mayor"), "chair", PASSWORD)
    identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
    with pytest.raises(ValidationError, match="already has a signing identity"):
        identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
    first = identity.get_identity(db, "chair")
    identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec", replace=True)
    assert identity.get_identity(db, "chair") != first


def test_exported_certificate_is_the_users_in_pem_and_der(db):
    seed_signing_db(db)
    dto = identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
    pem = identity.export_certificate(db, "chair", "pem")
    der = identity.export_certificate(db, "chair", "der")
    assert pem.startswith(b"-----BEGIN CERTIFICATE-----")
    for data in (pem, der):
        cert = identity.load_certificate(data)
        assert identity.certificate_sha256(cert) == dto.certificate.sha256
    with pytest.raises(NotFound):
        identity.export_certificate(db, "mayor")


def ca_issued_p12(
    password: str, *, not_before: datetime, not_after: datetime
) -> tuple[bytes, object]:
    """A PKCS#12 as a certificate authority hands it out: leaf key + cert + CA chain."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test CA KG")])
    now = datetime.now(UTC)
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=3650))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, CHAIR_NAME),
                    x509.NameAttribute(NameOID.TITLE, CHAIR_POS),
                ]
            )
        )
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return identity.pack_pkcs12(key, leaf, password, chain=[ca]), ca


def test_import_from_a_certificate_authority_checks_the_password_and_keeps_the_chain(db, tmp_path):
    pid = seed_signing_db(db)
    now = datetime.now(UTC)
    p12, ca = ca_issued_p12(
        "ca-secret", not_before=now - timedelta(days=1), not_after=now + timedelta(days=700)
    )
    chair = login(db, "chair")
    with pytest.raises(ValidationError, match="wrong password"):
        identity.import_identity(db, chair, "chair", p12, "nope", PASSWORD, file="ca.p12")
    assert identity.get_identity(db, "chair") is None
    with pytest.raises(ValidationError, match="PKCS#12"):
        identity.import_identity(db, chair, "chair", b"not a p12", "ca-secret", PASSWORD)

    dto = identity.import_identity(db, chair, "chair", p12, "ca-secret", PASSWORD, file="ca.p12")
    assert dto.certificate.issuer == "Test CA KG" and not dto.certificate.self_signed

    # The imported key signs; the signature is trusted through the CA, not the leaf.
    pdf = report_pdf(tmp_path / "r.pdf", program_id=pid, fingerprint=current_fingerprint(db, pid))
    sign_report(db, chair, pdf, PASSWORD)
    report = verify_pdf(pdf, [ca])
    assert report.ok and report.signatures[0].trusted
    assert report.signatures[0].signer == CHAIR_NAME
    assert not verify_pdf(pdf, []).signatures[0].trusted


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (timedelta(days=-800), timedelta(days=-1), "expired"),
        (timedelta(days=2), timedelta(days=800), "not valid before"),
    ],
)
def test_import_refuses_a_certificate_outside_its_dates(db, start, end, message):
    seed_signing_db(db)
    now = datetime.now(UTC)
    p12, _ca = ca_issued_p12("ca-secret", not_before=now + start, not_after=now + end)
    with pytest.raises(ValidationError, match=message):
        identity.import_identity(db, login(db, "chair"), "chair", p12, "ca-secret", PASSWORD)
    assert identity.get_identity(db, "chair") is None


def test_signing_with_an_expired_identity_is_refused(db, tmp_path):
    from sqlalchemy import select

    from meapp.models import User

    pid = seed_signing_db(db)
    now = datetime.now(UTC)
    p12, pem = identity.make_identity(
        CHAIR_NAME,
        CHAIR_POS,
        ORG,
        PASSWORD,
        key_type="ec",
        not_before=now - timedelta(days=400),
        not_after=now - timedelta(days=5),
    )
    with db.session() as s, s.begin():
        user = s.scalar(select(User).where(User.login == "chair"))
        user.signing_p12, user.signing_cert_pem = p12, pem
    pdf = report_pdf(tmp_path / "r.pdf", program_id=pid, fingerprint=current_fingerprint(db, pid))
    before = pdf.read_bytes()
    with pytest.raises(ValidationError, match="expired"):
        sign_report(db, login(db, "chair"), pdf, PASSWORD)
    assert pdf.read_bytes() == before


def test_after_a_password_change_the_key_opens_with_the_new_password(db, signing):
    _pid, pdf = signing
    users.change_own_password(db, "chair", PASSWORD, "new-secret", sleep=lambda _s: None)
    chair = users.authenticate(db, "chair", "new-secret", sleep=lambda _s: None)
    with pytest.raises(AuthenticationFailed):
        sign_report(db, chair, pdf, PASSWORD)
    assert sign_report(db, chair, pdf, "new-secret").signer == CHAIR_NAME


def test_trusted_folder_holds_colleagues_certificates(db, tmp_path):
    seed_signing_db(db)
    dto = identity.create_identity(db, login(db, "mayor"), "mayor", PASSWORD, key_type="ec")
    pem = identity.export_certificate(db, "mayor")
    folder = tmp_path / "trusted"
    info = identity.add_trusted_certificate(pem, folder=folder)
    identity.add_trusted_certificate(pem, folder=folder)  # twice: still one
    assert [i.sha256 for i in identity.list_trusted_certificates(folder)] == [
        dto.certificate.sha256
    ]
    assert [
        identity.certificate_sha256(c) for c in identity.trusted_certificates(folder=folder)
    ] == [info.sha256]
    with pytest.raises(ValidationError, match="not a certificate"):
        identity.add_trusted_certificate(b"hello", folder=folder)
    identity.remove_trusted_certificate(info.sha256, folder=folder)
    assert identity.list_trusted_certificates(folder) == []
    # The users of the database count as trusted without the folder.
    assert len(identity.trusted_certificates(db, folder=folder)) == 1


# -- signing and verifying --------------------------------------------------------------------


def test_sign_and_verify_one_signature(db, signing):
    pid, pdf = signing
    result = sign_report(db, login(db, "chair"), pdf, PASSWORD)
    assert (result.field_name, result.signer, result.position) == (
        "sig_chair",
        CHAIR_NAME,
        CHAIR_POS,
    )
    report = verify_pdf(pdf, identity.trusted_certificates(db))
    assert report.ok
    (sig,) = report.signatures
    assert (sig.field_name, sig.signer, sig.position) == ("sig_chair", CHAIR_NAME, CHAIR_POS)
    assert sig.intact and sig.covers_whole_document and sig.trusted
    assert not sig.changed_after_signing
    assert abs((datetime.now(UTC) - sig.signing_time).total_seconds()) < 600
    assert report.mark.program_id == pid and report.mark.period == PERIOD
    # Nobody vouches for an unknown certificate.
    assert not verify_pdf(pdf, []).signatures[0].trusted


def test_signing_is_audited(db, signing):
    from sqlalchemy import select

    from meapp.models import AuditEvent

    pid, pdf = signing
    sign_report(db, login(db, "chair"), pdf, PASSWORD)
    with db.session() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "report.sign")).one()
    assert (ev.user_login, ev.program_id, ev.period) == ("chair", pid, PERIOD)
    assert "sig_chair" in ev.after


def test_two_signatures_in_turn_are_both_valid(db, signing):
    _pid, pdf = signing
    sign_report(db, login(db, "chair"), pdf, PASSWORD)
    sign_report(db, login(db, "mayor"), pdf, PASSWORD)
    report = verify_pdf(pdf, identity.trusted_certificates(db))
    assert report.ok
    chair, mayor = report.signatures
    assert (chair.field_name, chair.signer) == ("sig_chair", CHAIR_NAME)
    assert (mayor.field_name, mayor.signer, mayor.position) == ("sig_mayor", MAYOR_NAME, MAYOR_POS)
    assert chair.intact and not chair.covers_whole_document and chair.later_changes == "signatures"
    assert mayor.intact and mayor.covers_whole_document
    assert chair.trusted and mayor.trusted


def test_the_mayor_signs_in_the_mayors_box_even_first(db, signing):
    _pid, pdf = signing
    assert sign_report(db, login(db, "mayor"), pdf, PASSWORD).field_name == "sig_mayor"
    assert sign_report(db, login(db, "chair"), pdf, PASSWORD).field_name == "sig_chair"
    assert verify_pdf(pdf, identity.trusted_certificates(db)).ok
    # Without trusting the signers nothing vouches for who they are.
    assert not verify_pdf(pdf).ok


def test_a_report_without_fields_gets_boxes_on_the_last_page(db, tmp_path):
    pid = seed_signing_db(db)
    identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
    identity.create_identity(db, login(db, "mayor"), "mayor", PASSWORD, key_type="ec")
    pdf = report_pdf(
        tmp_path / "r.pdf", program_id=pid, fingerprint=current_fingerprint(db, pid), fields=()
    )
    first = sign_report(db, login(db, "chair"), pdf, PASSWORD).field_name
    second = sign_report(db, login(db, "mayor"), pdf, PASSWORD).field_name
    assert (first, second) == ("sig_chair", "sig_mayor")  # the boxes of their roles
    from meapp.services.signing.pdfinfo import read_pdf, signature_slots

    slots = signature_slots(read_pdf(pdf.read_bytes()))
    assert [s.page for s in slots] == [1, 1]
    a, b = (s.box for s in slots)
    assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]  # no overlap
    assert verify_pdf(pdf, identity.trusted_certificates(db)).ok


@needs_pdfsig
def test_pdfsig_agrees_both_signatures_valid_then_detects_a_changed_byte(db, signing):
    _pid, pdf = signing
    sign_report(db, login(db, "chair"), pdf, PASSWORD)
    sign_report(db, login(db, "mayor"), pdf, PASSWORD)
    out = pdfsig(pdf)
    assert out.count("Signature Validation: Signature is Valid.") == 2, out
    assert CHAIR_NAME in out and MAYOR_NAME in out
    assert "Total document signed" in out

    flip_byte_in_first_stream(pdf)
    out = pdfsig(pdf)
    assert "Signature is Valid." not in out, out
    assert out.count("Digest Mismatch") == 2, out
    report = verify_pdf(pdf, identity.trusted_certificates(db))
    assert not report.ok
    assert [s.intact for s in report.signatures] == [False, False]


def test_content_added_after_signing_is_reported_as_a_change(db, signing):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    _pid, pdf = signing
    sign_report(db, login(db, "chair"), pdf, PASSWORD)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf.read_bytes()), strict=False)
    extra = writer.add_object(generic.StreamObject(stream_data=b"0 0 1 rg 100 100 200 50 re f"))
    writer.add_stream_to_page(0, extra)
    out = io.BytesIO()
    writer.write(out)
    pdf.write_bytes(out.getvalue())

    report = verify_pdf(pdf, identity.trusted_certificates(db))
    (sig,) = report.signatures
    assert sig.intact  # the signed bytes are untouched…
    assert sig.changed_after_signing and not report.ok  # …but the document shows more


def test_wrong_password_signs_nothing(db, signing):
    _pid, pdf = signing
    before = pdf.read_bytes()
    chair = login(db, "chair")
    with pytest.raises(AuthenticationFailed):
        sign_report(db, chair, pdf, "not-the-password")
    assert pdf.read_bytes() == before


def test_only_an_approved_round_with_matching_data_can_be_signed(db, tmp_path, signing):
    pid, _pdf = signing
    chair = login(db, "chair")
    fp = current_fingerprint(db, pid)
    open_round = report_pdf(tmp_path / "h2.pdf", program_id=pid, period="2024-H2", fingerprint=fp)
    with pytest.raises(ValidationError, match="approved round"):
        sign_report(db, chair, open_round, PASSWORD)
    stale = report_pdf(tmp_path / "stale.pdf", program_id=pid, fingerprint="0" * 64)
    with pytest.raises(ValidationError, match="build the report again"):
        sign_report(db, chair, stale, PASSWORD)
    unmarked = report_pdf(tmp_path / "plain.pdf", program_id=None, period=None, fingerprint=None)
    with pytest.raises(ValidationError, match="no data fingerprint"):
        sign_report(db, chair, unmarked, PASSWORD)


def test_check_signable_refuses_before_any_password_is_asked(db, tmp_path, signing):
    from meapp.services.signing.sign import check_signable

    pid, pdf = signing
    chair = login(db, "chair")
    assert check_signable(db, chair, pdf).period == PERIOD
    fp = current_fingerprint(db, pid)
    open_round = report_pdf(tmp_path / "h2.pdf", program_id=pid, period="2024-H2", fingerprint=fp)
    with pytest.raises(ValidationError, match="approved round"):
        check_signable(db, chair, open_round)
    stale = report_pdf(tmp_path / "stale.pdf", program_id=pid, fingerprint="0" * 64)
    with pytest.raises(ValidationError, match="build the report again"):
        check_signable(db, chair, stale)
    admin = users.authenticate(db, "admin", ADMIN_PASSWORD, sleep=lambda _s: None)
    with pytest.raises(PermissionDenied, match="the chair's box is signed by chair"):
        check_signable(db, admin, pdf)  # the report names its chair; the admin has no box
    identity.delete_identity(db, login(db, "mayor"), "mayor")
    with pytest.raises(NotFound, match="no signing identity"):
        check_signable(db, login(db, "mayor"), pdf)
    identity.create_identity(db, login(db, "mayor"), "mayor", PASSWORD, key_type="ec")
    sign_report(db, chair, pdf, PASSWORD)
    with pytest.raises(ValidationError, match="already signed"):
        check_signable(db, chair, pdf)
    assert check_signable(db, login(db, "mayor"), pdf).fingerprint == fp


def test_nobody_signs_the_same_report_twice(db, signing):
    _pid, pdf = signing
    sign_report(db, login(db, "chair"), pdf, PASSWORD)
    with pytest.raises(ValidationError, match="already signed"):
        sign_report(db, login(db, "chair"), pdf, PASSWORD)


def test_a_tampered_report_cannot_be_countersigned(db, signing):
    _pid, pdf = signing
    sign_report(db, login(db, "chair"), pdf, PASSWORD)
    flip_byte_in_first_stream(pdf)
    with pytest.raises(ValidationError, match="changed after"):
        sign_report(db, login(db, "mayor"), pdf, PASSWORD)


def test_a_file_that_is_not_a_pdf_is_bad_input(db, tmp_path, signing):
    from meapp.errors import IntegrityDamage

    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    with pytest.raises(IntegrityDamage, match="not a PDF"):  # to verify: damage (exit 1)
        verify_pdf(notes)
    with pytest.raises(ValidationError, match="not a PDF"):
        sign_report(db, login(db, "chair"), notes, PASSWORD)
    with pytest.raises(ValidationError, match="not found"):
        verify_pdf(tmp_path / "missing.pdf")


def test_an_unsigned_pdf_is_not_valid(signing):
    _pid, pdf = signing
    report = verify_pdf(pdf)
    assert report.signatures == () and not report.ok


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler pdftotext absent")
def test_the_stamp_shows_name_position_and_date_in_cyrillic(db, signing):
    _pid, pdf = signing
    sign_report(db, login(db, "chair"), pdf, PASSWORD)
    sign_report(db, login(db, "mayor"), pdf, PASSWORD)
    text = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    for expected in (CHAIR_NAME, CHAIR_POS, MAYOR_NAME, MAYOR_POS):
        assert expected in text
    assert len(re.findall(r"Date: \d\d\.\d\d\.\d{4} \d\d:\d\d", text)) == 2


def test_the_report_mark_travels_in_keywords_or_document_info(tmp_path):
    """Both ways a report can carry its mark: reportlab's keywords, or the document info
    entries written by pyHanko (e.g. with the empty signature fields)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from meapp.services.reports.mark import mark_keywords, report_mark
    from meapp.services.signing.pdfinfo import read_pdf, set_report_mark

    fp = "ab" * 32
    path = tmp_path / "k.pdf"
    doc = SimpleDocTemplate(
        str(path), keywords=["meapp", "KB", *mark_keywords("pid-1", PERIOD, fp)]
    )
    doc.build([Paragraph("report", getSampleStyleSheet()["Normal"])])
    mark = report_mark(read_pdf(path.read_bytes()))
    assert (mark.program_id, mark.period, mark.fingerprint) == ("pid-1", PERIOD, fp)

    writer = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()), strict=False)
    set_report_mark(writer, "pid-2", "2024", "cd" * 32)
    out = io.BytesIO()
    writer.write(out)
    mark = report_mark(read_pdf(out.getvalue()))
    assert (mark.program_id, mark.period, mark.fingerprint) == ("pid-2", "2024", "cd" * 32)
