"""Issue 18: a signature counts only in the box of its signer's role, and a signed report
carries the audit chain's head, so `verify --db` sees events deleted after signing."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from meapp.errors import IntegrityDamage, ValidationError
from meapp.models import AuditEvent, User
from meapp.services.signing import anchor, identity
from meapp.services.signing.pdfinfo import read_pdf
from meapp.services.signing.sign import sign_pdf_bytes, sign_report
from meapp.services.signing.verify import verify_pdf
from meapp.store import audit_chain
from tests.unit.test_signing import (
    PASSWORD,
    current_fingerprint,
    login,
    report_pdf,
    seed_signing_db,
)


@pytest.fixture
def unsigned(db, tmp_path):
    pid = seed_signing_db(db)
    identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
    identity.create_identity(db, login(db, "mayor"), "mayor", PASSWORD, key_type="ec")
    pdf = report_pdf(
        tmp_path / "report.pdf", program_id=pid, fingerprint=current_fingerprint(db, pid)
    )
    return pid, pdf


@pytest.fixture
def signed(db, unsigned):
    pid, pdf = unsigned
    sign_report(db, login(db, "chair"), pdf, PASSWORD)
    sign_report(db, login(db, "mayor"), pdf, PASSWORD)
    return pid, pdf


def _verify(db, pdf):
    return verify_pdf(pdf, identity.trusted_certificates(db), data_db=db, signers_db=db)


def sign_in_box(db, pdf, who: str, box: str) -> None:
    """`who`'s own identity put into `box` with the signing code itself, past the app's
    role check (what anyone holding their key and pyHanko can do)."""
    own = identity.unlock_for_signing(db, login(db, who), PASSWORD)
    signed, field = sign_pdf_bytes(pdf.read_bytes(), own, field_name=box)
    assert field == box
    pdf.write_bytes(signed)


def _sql(db, statement: str, **params) -> None:
    with db.session() as s, s.begin():
        s.execute(text(statement), params)


# -- boxes and roles ----------------------------------------------------------------------------


def test_a_good_report_is_valid_with_every_signer_in_their_box(db, signed):
    _pid, pdf = signed
    report = _verify(db, pdf)
    assert report.failure() is None
    assert [(s.field_name, s.box_ok, s.signer_login) for s in report.signatures] == [
        ("sig_chair", True, "chair"),
        ("sig_mayor", True, "mayor"),
    ]


def test_the_chair_in_the_mayors_box_is_not_valid_and_is_not_countersigned(db, unsigned):
    _pid, pdf = unsigned
    sign_in_box(db, pdf, "chair", "sig_mayor")
    report = _verify(db, pdf)
    (sig,) = report.signatures
    assert sig.intact and sig.trusted and sig.box_ok is False
    failure = report.failure()
    assert isinstance(failure, IntegrityDamage)
    assert "sig_mayor" in failure.text() and "does not hold that box" in failure.text()
    assert "\n" not in failure.text()
    assert report.as_json()["signatures"][0]["in_own_box"] is False
    before = pdf.read_bytes()
    with pytest.raises(ValidationError, match="does not hold"):
        sign_report(db, login(db, "chair"), pdf, PASSWORD)
    assert pdf.read_bytes() == before


def test_the_mayor_in_the_chairs_box_is_not_valid(db, unsigned):
    _pid, pdf = unsigned
    sign_in_box(db, pdf, "mayor", "sig_chair")
    failure = _verify(db, pdf).failure()
    assert isinstance(failure, IntegrityDamage) and "sig_chair" in failure.text()


def test_a_signer_in_a_field_that_is_no_box_is_not_valid(db, unsigned):
    _pid, pdf = unsigned
    sign_in_box(db, pdf, "chair", "Signature9")
    failure = _verify(db, pdf).failure()
    assert isinstance(failure, IntegrityDamage) and "Signature9" in failure.text()


def test_a_mayor_who_left_office_still_signed_in_the_mayors_box(db, signed):
    """The app recorded the signing (field and certificate) when the mayor held the box."""
    _pid, pdf = signed
    with db.session() as s, s.begin():
        s.execute(update(User).where(User.login == "mayor").values(role="editor"))
    report = _verify(db, pdf)
    assert report.failure() is None
    assert report.signatures[1].box_ok is True


# -- the chain anchor ---------------------------------------------------------------------------


def _anchors(pdf) -> list:
    from meapp.services.reports.mark import chain_anchor_of

    reader = read_pdf(pdf.read_bytes())
    return [
        chain_anchor_of(reader.get_historical_resolver(e.signed_revision))
        for e in reader.embedded_regular_signatures
    ]


def test_each_signature_carries_the_chain_head_it_was_made_at(db, signed):
    _pid, pdf = signed
    chair, mayor = _anchors(pdf)
    with db.session() as s:
        hashes = dict(s.execute(select(AuditEvent.seq, AuditEvent.hash)).all())
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "report.sign").order_by(AuditEvent.seq)
        ).all()
    # The head just before each signing's own event, and the chain's first event.
    assert [e.seq for e in events] == [chair.count + 1, mayor.count + 1]
    assert chair.head == hashes[chair.count] and mayor.head == hashes[mayor.count]
    assert chair.origin == mayor.origin == hashes[1]
    report = _verify(db, pdf)
    assert report.data is not None and report.data.chain is not None
    assert report.data.chain.state == anchor.HELD
    assert report.as_json()["data"]["chain"]["held"] is True


def test_events_deleted_after_signing_are_damage(db, signed):
    _pid, pdf = signed
    chair, _mayor = _anchors(pdf)
    _sql(db, "DELETE FROM audit_event WHERE seq >= :n", n=chair.count)
    report = _verify(db, pdf)
    assert report.data.state == "match"  # the figures themselves were left alone
    failure = report.failure()
    assert isinstance(failure, IntegrityDamage)
    assert "events were deleted after signing" in failure.text()


def test_an_emptied_audit_trail_is_damage(db, signed):
    _pid, pdf = signed
    _sql(db, "DELETE FROM audit_event")
    failure = _verify(db, pdf).failure()
    assert isinstance(failure, IntegrityDamage) and "ends at event 0" in failure.text()


def test_an_event_deleted_before_the_anchor_is_damage(db, signed):
    _pid, pdf = signed
    _sql(db, "DELETE FROM audit_event WHERE seq = 2")
    failure = _verify(db, pdf).failure()
    assert isinstance(failure, IntegrityDamage) and "was changed or deleted" in failure.text()


def test_a_chain_recomputed_after_deleting_the_newest_events_is_damage(db, signed):
    """Delete the signings' events and everything after, then rewrite the head event so
    its hash is no longer the one signed: the anchor's hash does not match."""
    _pid, pdf = signed
    chair, _mayor = _anchors(pdf)
    _sql(db, "DELETE FROM audit_event WHERE seq > :n", n=chair.count)
    _sql(db, "UPDATE audit_event SET hash = :h WHERE seq = :n", h="0" * 64, n=chair.count)
    failure = _verify(db, pdf).failure()
    assert isinstance(failure, IntegrityDamage) and "was changed or deleted" in failure.text()


def test_another_database_is_not_judged_by_the_anchor(db, signed, tmp_path):
    from meapp.store.db import open_database

    _pid, pdf = signed
    chair, _mayor = _anchors(pdf)
    other = open_database(str(tmp_path / "other.db"))
    try:
        seed_signing_db(other)
        with other.session() as s:
            assert anchor.judge_in(s, chair).state == anchor.OTHER_DATABASE
    finally:
        other.dispose()


def test_a_report_signed_before_anchors_is_judged_by_its_figures_alone(db, unsigned):
    _pid, pdf = unsigned
    own = identity.unlock_for_signing(db, login(db, "chair"), PASSWORD)
    signed, _field = sign_pdf_bytes(pdf.read_bytes(), own, field_name="sig_chair")
    pdf.write_bytes(signed)
    report = _verify(db, pdf)
    assert report.failure() is None
    assert report.data.chain.state == anchor.NO_ANCHOR


def test_the_anchor_is_the_one_audit_chain_reports(db, signed):
    _pid, pdf = signed
    _chair, mayor = _anchors(pdf)
    count, head = audit_chain.chain_anchor(db)
    assert count == mayor.count + 1 and head != mayor.head
