"""Issue 18, "Approved means approved": the attacks on signed reports, each of which used to
work, now fail to do harm (refused, or found as damage).

The helpers that make the attacks are shared with tests/e2e/test_cli_verify_attacks.py.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from meapp.errors import IntegrityDamage, PermissionDenied, ValidationError
from meapp.services.access import users
from meapp.services.signing import identity
from meapp.services.signing.sign import check_signable, sign_pdf_bytes, sign_report
from meapp.services.signing.verify import verify_pdf
from tests.unit.test_signing import (
    ADMIN_PASSWORD,
    CHAIR_NAME,
    CHAIR_POS,
    ORG,
    PASSWORD,
    PERIOD,
    current_fingerprint,
    login,
    report_pdf,
    seed_signing_db,
)

FORGED_PERIOD = "2023-H1"
FORGED_FINGERPRINT = "f" * 64


# -- the attacks (shared with the e2e tests) ------------------------------------------------------


def forge_chair_signature(pdf: Path, tmp_path: Path) -> str:
    """Sign `pdf` in the chair's box with an identity made in another database for a user
    with the chair's very name and position; returns that certificate's SHA-256."""
    from meapp.store.db import open_database

    other = open_database(str(tmp_path / "elsewhere.db"))
    try:
        seed_signing_db(other)
        identity.create_identity(other, login(other, "chair"), "chair", PASSWORD, key_type="ec")
        forged = identity.unlock_for_signing(other, login(other, "chair"), PASSWORD)
    finally:
        other.dispose()
    signed, _field = sign_pdf_bytes(pdf.read_bytes(), forged, field_name="sig_chair")
    pdf.write_bytes(signed)
    return identity.certificate_sha256(forged.certificate)


def rewrite_document_info(
    pdf: Path, period: str = FORGED_PERIOD, fingerprint: str = FORGED_FINGERPRINT
):
    """An incremental update after the signatures that rewrites the report's mark."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    from meapp.services.signing.pdfinfo import set_report_mark

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf.read_bytes()), strict=False)
    info = writer.trailer["/Info"].get_object()
    program = str(info.get("/MeappProgramId"))
    set_report_mark(writer, program, period, fingerprint)
    out = io.BytesIO()
    writer.write(out)
    pdf.write_bytes(out.getvalue())


def _contents(data: bytes) -> list[tuple[int, int]]:
    return [m.span(1) for m in re.finditer(rb"/Contents\s*<([0-9A-Fa-f]+)>", data)]


def change_byte_in_signature(pdf: Path, which: int = 0, offset: int = 600) -> None:
    """One hex digit changed inside the `which`-th signature's /Contents (the CMS bytes)."""
    data = bytearray(pdf.read_bytes())
    start, _end = _contents(bytes(data))[which]
    at = start + offset
    data[at] = ord("1") if data[at] != ord("1") else ord("2")
    pdf.write_bytes(bytes(data))


def zero_signature(pdf: Path, which: int = -1) -> None:
    data = bytearray(pdf.read_bytes())
    start, end = _contents(bytes(data))[which]
    data[start:end] = b"0" * (end - start)
    pdf.write_bytes(bytes(data))


def truncate(pdf: Path) -> None:
    data = pdf.read_bytes()
    pdf.write_bytes(data[: len(data) * 2 // 3])


def add_user(db, login_name: str, role: str, position: str, full_name: str) -> None:
    admin = users.authenticate(db, "admin", ADMIN_PASSWORD, sleep=lambda _s: None)
    users.add_user(
        db,
        admin,
        login_name,
        full_name=full_name,
        role=role,
        password=PASSWORD,
        position=position,
        organisation=ORG,
    )


# -- fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def signed(db, tmp_path):
    """A report signed by the chair and then the mayor: (programme id, path)."""
    pid = seed_signing_db(db)
    identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
    identity.create_identity(db, login(db, "mayor"), "mayor", PASSWORD, key_type="ec")
    pdf = report_pdf(
        tmp_path / "report.pdf", program_id=pid, fingerprint=current_fingerprint(db, pid)
    )
    sign_report(db, login(db, "chair"), pdf, PASSWORD)
    sign_report(db, login(db, "mayor"), pdf, PASSWORD)
    return pid, pdf


@pytest.fixture
def unsigned(db, tmp_path):
    pid = seed_signing_db(db)
    identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
    identity.create_identity(db, login(db, "mayor"), "mayor", PASSWORD, key_type="ec")
    pdf = report_pdf(
        tmp_path / "report.pdf", program_id=pid, fingerprint=current_fingerprint(db, pid)
    )
    return pid, pdf


def trusted(db):
    return identity.trusted_certificates(db)


def test_a_good_report_is_valid_with_its_figures_confirmed(db, signed):
    pid, pdf = signed
    report = verify_pdf(pdf, trusted(db), data_db=db)
    assert report.failure() is None and report.ok
    assert all(s.valid for s in report.signatures)
    assert report.data is not None and report.data.state == "match"
    assert (report.mark.program_id, report.mark.period) == (pid, PERIOD)


# -- 1. a signer from another database ----------------------------------------------------------


def test_an_identity_from_another_database_with_the_chairs_name_is_an_unknown_signer(
    db, unsigned, tmp_path
):
    _pid, pdf = unsigned
    sha256 = forge_chair_signature(pdf, tmp_path)
    report = verify_pdf(pdf, trusted(db), data_db=db)
    (sig,) = report.signatures
    assert sig.signer == CHAIR_NAME and sig.position == CHAIR_POS
    assert sig.intact and not sig.trusted and not sig.valid
    failure = report.failure()
    assert isinstance(failure, IntegrityDamage)
    assert "unknown signer" in failure.text() and sha256 in failure.text()
    assert not report.ok
    # The mayor does not countersign it either.
    with pytest.raises(ValidationError, match="unknown signer"):
        check_signable(db, login(db, "mayor"), pdf)
    # Trusting that certificate on purpose (identity trust) is the user's decision.
    from meapp.services.signing.pdfinfo import read_pdf

    folder = tmp_path / "trusted"
    emb = read_pdf(pdf.read_bytes()).embedded_regular_signatures[0]
    identity.add_trusted_certificate(emb.signer_cert.dump(), folder=folder)
    assert verify_pdf(pdf, identity.trusted_certificates(db, folder=folder)).ok


# -- 2. rewriting the document info after signing ----------------------------------------------


def test_document_info_rewritten_after_both_signatures_is_a_change(db, signed):
    pid, pdf = signed
    rewrite_document_info(pdf)
    report = verify_pdf(pdf, trusted(db), data_db=db)
    chair, mayor = report.signatures
    assert chair.intact and mayor.intact  # the signed bytes are untouched…
    assert mayor.changed_after_signing and chair.changed_after_signing  # …but the file grew
    failure = report.failure()
    assert isinstance(failure, IntegrityDamage) and "changed after" in failure.text()
    # What is shown is what was signed, never the forged values.
    assert (report.mark.program_id, report.mark.period) == (pid, PERIOD)
    assert report.mark.fingerprint == current_fingerprint(db, pid)
    shown = report.as_json()
    assert shown["period"] == PERIOD and shown["fingerprint"] != FORGED_FINGERPRINT
    assert shown["valid"] is False


def test_document_info_rewritten_between_the_signatures_stops_the_countersignature(db, unsigned):
    pid, pdf = unsigned
    sign_report(db, login(db, "chair"), pdf, PASSWORD)
    rewrite_document_info(pdf, period=PERIOD, fingerprint="0" * 64)
    before = pdf.read_bytes()
    with pytest.raises(ValidationError, match="changed after"):
        sign_report(db, login(db, "mayor"), pdf, PASSWORD)
    assert pdf.read_bytes() == before
    report = verify_pdf(pdf, trusted(db))
    assert report.mark.fingerprint == current_fingerprint(db, pid)
    assert isinstance(report.failure(), IntegrityDamage)


# -- 3. damaged files ---------------------------------------------------------------------------


@pytest.mark.parametrize("which", [0, 1])
def test_one_byte_changed_inside_a_signature_is_damage_not_a_crash(db, signed, which):
    _pid, pdf = signed
    change_byte_in_signature(pdf, which)
    report = verify_pdf(pdf, trusted(db))
    assert not report.signatures[which].intact
    failure = report.failure()
    assert isinstance(failure, IntegrityDamage) and "broken" in failure.text()


@pytest.mark.parametrize("offset", [2, 40, 200, 1000, 3000])
def test_a_changed_byte_anywhere_in_the_signature_is_damage(db, signed, offset):
    _pid, pdf = signed
    change_byte_in_signature(pdf, 0, offset)
    assert isinstance(verify_pdf(pdf, trusted(db)).failure(), IntegrityDamage)


@pytest.mark.parametrize("which", [0, -1])
def test_a_zeroed_signature_is_damage(db, signed, which):
    _pid, pdf = signed
    zero_signature(pdf, which)
    report = verify_pdf(pdf, trusted(db))
    assert isinstance(report.failure(), IntegrityDamage)
    assert not report.signatures[which].intact


def test_a_truncated_or_foreign_file_is_damage(db, signed, tmp_path):
    _pid, pdf = signed
    truncate(pdf)
    with pytest.raises(IntegrityDamage):
        verify_pdf(pdf, trusted(db))
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"these are not the minutes you are looking for")
    with pytest.raises(IntegrityDamage, match="not a PDF"):
        verify_pdf(notes, trusted(db))
    with pytest.raises(ValidationError, match="not found"):  # nothing to judge: bad input
        verify_pdf(tmp_path / "missing.pdf")


# -- 4. boxes bound to roles --------------------------------------------------------------------


def test_the_mayor_cannot_sign_in_the_chairs_box(db, unsigned):
    _pid, pdf = unsigned
    before = pdf.read_bytes()
    with pytest.raises(PermissionDenied, match="signs only in sig_mayor"):
        sign_report(db, login(db, "mayor"), pdf, PASSWORD, field_name="sig_chair")
    assert pdf.read_bytes() == before
    assert sign_report(db, login(db, "mayor"), pdf, PASSWORD).field_name == "sig_mayor"
    with pytest.raises(PermissionDenied):
        sign_report(db, login(db, "chair"), pdf, PASSWORD, field_name="sig_mayor")
    assert sign_report(db, login(db, "chair"), pdf, PASSWORD).field_name == "sig_chair"
    assert verify_pdf(pdf, trusted(db), data_db=db).ok


def test_a_mayor_whose_report_has_no_boxes_gets_the_mayors_box(db, tmp_path):
    pid = seed_signing_db(db)
    identity.create_identity(db, login(db, "mayor"), "mayor", PASSWORD, key_type="ec")
    pdf = report_pdf(
        tmp_path / "r.pdf", program_id=pid, fingerprint=current_fingerprint(db, pid), fields=()
    )
    assert sign_report(db, login(db, "mayor"), pdf, PASSWORD).field_name == "sig_mayor"


def test_editors_and_other_viewers_neither_sign_nor_keep_an_identity(db, unsigned, tmp_path):
    _pid, pdf = unsigned
    add_user(db, "editor", "editor", "Экономика бөлүмүнүн адиси", "Азамат Токтогулов")
    add_user(db, "deputy", "viewer", "Кеңештин депутаты", "Нурлан Бекболотов")
    admin = users.authenticate(db, "admin", ADMIN_PASSWORD, sleep=lambda _s: None)
    for who in ("editor", "deputy"):
        with pytest.raises(PermissionDenied, match="needs no signing identity"):
            identity.create_identity(db, login(db, who), who, PASSWORD, key_type="ec")
        with pytest.raises(PermissionDenied, match="needs no signing identity"):
            identity.create_identity(db, admin, who, PASSWORD, key_type="ec")
        assert identity.get_identity(db, who) is None
        with pytest.raises(PermissionDenied, match="only the chair"):
            check_signable(db, login(db, who), pdf)
    # An identity an editor was given before this rule still signs nothing.
    from sqlalchemy import select

    from meapp.models import User

    p12, pem = identity.make_identity("Азамат Токтогулов", None, None, PASSWORD, key_type="ec")
    with db.session() as s, s.begin():
        user = s.scalar(select(User).where(User.login == "editor"))
        user.signing_p12, user.signing_cert_pem = p12, pem
    before = pdf.read_bytes()
    with pytest.raises(PermissionDenied, match="only the chair"):
        sign_report(db, login(db, "editor"), pdf, PASSWORD)
    assert pdf.read_bytes() == before


def test_only_the_evaluator_who_chairs_the_group_signs_the_chairs_box(db, unsigned):
    _pid, pdf = unsigned
    add_user(db, "second", "evaluator", "Каржы бөлүмүнүн башчысы", "Гүлзат Асанова")
    identity.create_identity(db, login(db, "second"), "second", PASSWORD, key_type="ec")
    with pytest.raises(PermissionDenied, match="the chair's box is signed by chair"):
        sign_report(db, login(db, "second"), pdf, PASSWORD)


def test_without_a_named_chair_any_evaluator_signs_the_chairs_box(db, unsigned):
    from sqlalchemy import update

    from meapp.models import User

    _pid, pdf = unsigned
    with db.session() as s, s.begin():
        s.execute(update(User).where(User.login == "chair").values(position="Экономист"))
    assert sign_report(db, login(db, "chair"), pdf, PASSWORD).field_name == "sig_chair"


# -- 5. the key file ----------------------------------------------------------------------------


def _p12_of(db, login_name: str) -> bytes:
    from sqlalchemy import select

    from meapp.models import User

    with db.session() as s:
        return bytes(s.scalar(select(User.signing_p12).where(User.login == login_name)))


def test_a_password_guess_against_the_key_file_costs_as_much_as_its_encryption(db):
    from asn1crypto import pkcs12

    from meapp.services.signing import keyfile

    seed_signing_db(db)
    identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
    p12 = _p12_of(db, "chair")
    pfx = pkcs12.Pfx.load(p12)
    mac_iterations = pfx["mac_data"]["iterations"].native
    assert mac_iterations == keyfile.MAC_ITERATIONS >= 2 * keyfile.KDF_ROUNDS
    assert pfx["mac_data"]["mac"]["digest_algorithm"]["algorithm"].native == "sha256"
    kdf_rounds = []
    for info in pkcs12.AuthenticatedSafe.load(pfx["auth_safe"]["content"].native):
        if info["content_type"].native == "encrypted_data":
            alg = info["content"]["encrypted_content_info"]["content_encryption_algorithm"]
            kdf_rounds.append(
                alg["parameters"]["key_derivation_func"]["parameters"]["iteration_count"].native
            )
        else:
            for bag in pkcs12.SafeContents.load(info["content"].native):
                if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                    alg = bag["bag_value"]["encryption_algorithm"]
                    kdf_rounds.append(
                        alg["parameters"]["key_derivation_func"]["parameters"][
                            "iteration_count"
                        ].native
                    )
    assert kdf_rounds and min(kdf_rounds) >= keyfile.KDF_ROUNDS
    # One PBKDF2-HMAC round costs two hash compressions, one PKCS#12 KDF iteration one.
    assert mac_iterations >= 2 * min(kdf_rounds)
    assert identity.unlock(p12, PASSWORD).certificate is not None


def test_an_older_key_file_still_signs_and_is_then_written_strongly(db, tmp_path):
    from sqlalchemy import select

    from meapp.models import User
    from meapp.services.signing import keyfile
    from tests.unit.test_signing_keyfile import weak_pkcs12

    pid = seed_signing_db(db)
    identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
    opened = identity.unlock(_p12_of(db, "chair"), PASSWORD)
    weak = weak_pkcs12(opened.key, opened.certificate, PASSWORD, friendly_name="chair")
    assert keyfile.mac_iterations(weak) == 2048  # what cryptography writes by itself
    with db.session() as s, s.begin():
        s.scalar(select(User).where(User.login == "chair")).signing_p12 = weak
    pdf = report_pdf(tmp_path / "r.pdf", program_id=pid, fingerprint=current_fingerprint(db, pid))
    sign_report(db, login(db, "chair"), pdf, PASSWORD)
    now = _p12_of(db, "chair")
    assert keyfile.is_strong(now)
    again = identity.unlock(now, PASSWORD)
    assert identity.certificate_sha256(again.certificate) == identity.certificate_sha256(
        opened.certificate
    )


# -- 6. the figures against the database --------------------------------------------------------


def test_verify_with_the_database_finds_figures_that_are_not_the_approved_ones(db, signed):
    import uuid

    from sqlalchemy import select

    from meapp.models import Evaluation, ReportingRound

    pid, pdf = signed
    with db.session() as s, s.begin():  # behind the app's back: the approved data changed
        s.add(Evaluation(program_id=uuid.UUID(pid), period=PERIOD, summary="rewritten"))
    report = verify_pdf(pdf, trusted(db), data_db=db)
    assert report.data is not None and report.data.state == "mismatch"
    failure = report.failure()
    assert isinstance(failure, IntegrityDamage) and "not the approved data" in failure.text()
    assert verify_pdf(pdf, trusted(db)).ok  # the signatures themselves are fine

    with db.session() as s, s.begin():
        s.query(Evaluation).delete()
        rnd = s.scalar(select(ReportingRound).where(ReportingRound.period == PERIOD))
        rnd.state = "open"
    report = verify_pdf(pdf, trusted(db), data_db=db)
    assert report.data.state == "not_approved"
    assert "no longer approved" in report.failure().text()


def test_verify_with_a_database_that_lacks_the_programme_cannot_answer(db, signed, tmp_path):
    from meapp.store.db import open_database

    _pid, pdf = signed
    other = open_database(str(tmp_path / "other.db"))
    try:
        seed_signing_db(other)
        report = verify_pdf(pdf, trusted(db), data_db=other)
    finally:
        other.dispose()
    failure = report.failure()
    assert isinstance(failure, ValidationError) and "not in this database" in failure.text()
