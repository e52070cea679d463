"""Verifying a signed report: who signed, when, whether anything changed since, and whether
the figures are the approved data.

A report is valid only when all of this holds (`VerifyReport.failure` names the first thing
that does not, as one sentence; `meapp verify` exits 1 with it):

* it carries at least one signature, and every signature is intact: the signed bytes hash
  to what the signer signed (pyHanko; a signature whose bytes cannot even be parsed — one
  byte changed, zeroed, cut off — is broken, never a crash);
* nothing was added after signing but the next signatures: every revision after a
  signature's own is the revision of a later signature, and pyHanko's modification
  analysis of those (`ModificationLevel`, `diff_result`) finds only signatures and form
  filling; after the last signature nothing at all (it covers the whole file). pyHanko
  itself lets a later revision rewrite the document information (`DocInfoRule`, level
  LTA_UPDATES) — for a report that is where the period and the data fingerprint live, so
  here that is a change like any other;
* every signer is trusted: the certificate is one of the given trusted certificates (the
  identities of the open database's users and the certificates trusted with `identity
  trust`); a sound signature by an unknown certificate — made anywhere with anyone's
  name — proves nothing about who made it;
* every signer holds the box they signed into (`boxes`: the chair's box by the evaluator
  who chairs the working group, the mayor's by the mayor), when the signer is a user of
  the database asked (`check_boxes`): a signature made with the app's own code elsewhere,
  or with another tool, into the other role's box stands for a role its signer lacks. A
  signature the app recorded in its audit trail (`report.sign`, with the field and the
  certificate) counts as in its box even after the signer left the role;
* with a database (`verify --db`), the data fingerprint is that of the approved data in it,
  and its audit chain still holds the head each signature wrote into its revision
  (`anchor`): events deleted or rewritten after signing show.

The mark (programme, period, data fingerprint) is read from the revision the first
signature covers, and must be the same in the revision of every later signature; what a
later update writes into the document information is never shown as the report's.

The checks run offline: no certificate revocation is fetched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from meapp.errors import IntegrityDamage, MeappError, NotFound, ValidationError
from meapp.services.common import files
from meapp.services.reports.mark import ChainAnchor, ReportMark, chain_anchor_of, report_mark
from meapp.services.signing.anchor import AnchorCheck
from meapp.services.signing.pdfinfo import read_pdf

if TYPE_CHECKING:
    from cryptography import x509

    from meapp.store.engine import Database

log = logging.getLogger(__name__)

# What later revisions did, from the mildest.
CHANGES_NONE = "none"
CHANGES_SIGNATURES = "signatures"  # further signatures (and their form fields) only
CHANGES_ANNOTATIONS = "annotations"
CHANGES_OTHER = "other"

# What the database says about the report's figures (`verify --db`).
DATA_MATCH = "match"
DATA_MISMATCH = "mismatch"
DATA_NOT_APPROVED = "not_approved"
DATA_UNKNOWN_PROGRAM = "unknown_program"
DATA_NO_MARK = "no_mark"


@dataclass(frozen=True)
class SignatureCheck:
    field_name: str
    signer: str
    position: str | None
    organisation: str | None
    signing_time: datetime | None
    intact: bool
    covers_whole_document: bool
    later_changes: str
    trusted: bool
    certificate_sha256: str
    problem: str | None = None
    revision: int | None = None
    anchor: ChainAnchor | None = None  # the audit chain's head when it was made
    box_ok: bool | None = None  # the signer holds the box (None: not judged)
    signer_login: str | None = None  # the user of the database whose certificate it is

    @property
    def changed_after_signing(self) -> bool:
        return self.later_changes in (CHANGES_ANNOTATIONS, CHANGES_OTHER)

    @property
    def ok(self) -> bool:
        """Sound and nothing but further signatures added since (the signer aside)."""
        return self.intact and not self.changed_after_signing

    @property
    def valid(self) -> bool:
        """Sound, unchanged since, and by a trusted signer: the user's "valid"."""
        return self.ok and self.trusted

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field_name,
            "signer": self.signer,
            "position": self.position,
            "organisation": self.organisation,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "intact": self.intact,
            "covers_whole_document": self.covers_whole_document,
            "later_changes": self.later_changes,
            "changed_after_signing": self.changed_after_signing,
            "trusted": self.trusted,
            "certificate_sha256": self.certificate_sha256,
            "valid": self.valid,
            "in_own_box": self.box_ok,
            "signer_login": self.signer_login,
            "chain_anchor": self.anchor.text() if self.anchor is not None else None,
        }


_T = TypeVar("_T")

# The faults of a signature, in the order a report is judged by (`VerifyReport.fault`).
BROKEN, CHANGED, UNTRUSTED, OUT_OF_BOX = "broken", "changed", "untrusted", "out_of_box"
FAULTS: tuple[tuple[str, Callable[[SignatureCheck], bool]], ...] = (
    (BROKEN, lambda sig: not sig.intact),
    (CHANGED, lambda sig: sig.changed_after_signing),
    (UNTRUSTED, lambda sig: not sig.trusted),
    (OUT_OF_BOX, lambda sig: sig.box_ok is False),
)


def _signature_failure(name: str, kind: str, sig: SignatureCheck) -> IntegrityDamage:
    """`verify`'s sentence for a signature's fault (exit 1)."""
    if kind == BROKEN:
        return IntegrityDamage(
            "the signature in {field} of {file} is broken: the signed content was altered",
            field=sig.field_name,
            file=name,
        )
    if kind == CHANGED:
        return IntegrityDamage(
            "{file} was changed after {signer} signed it", file=name, signer=sig.signer
        )
    if kind == UNTRUSTED:
        return IntegrityDamage(
            "{file}: the signature in {field} is by an unknown signer, {signer} "
            "(certificate SHA-256 {sha256}); if the certificate is theirs, trust it "
            "with: meapp identity trust FILE",
            file=name,
            field=sig.field_name,
            signer=sig.signer,
            sha256=sig.certificate_sha256,
        )
    return IntegrityDamage(
        "{file}: the signature in {field} is by {signer} ({login}), who does not "
        "hold that box: only the chair of the working group signs the chair's box "
        "and only the mayor the mayor's box",
        file=name,
        field=sig.field_name,
        signer=sig.signer,
        login=sig.signer_login or "",
    )


@dataclass(frozen=True)
class DataCheck:
    """The report's fingerprint against the database's approved data."""

    state: str
    fingerprint: str | None = None  # recomputed from the database
    round_state: str | None = None
    chain: AnchorCheck | None = None  # the signatures' chain anchors against the database

    def as_json(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "matches": self.state == DATA_MATCH,
            "fingerprint_in_database": self.fingerprint,
            "round_state": self.round_state,
            "chain": self.chain.as_json() if self.chain is not None else None,
        }


@dataclass(frozen=True)
class VerifyReport:
    file: str
    signatures: tuple[SignatureCheck, ...]
    mark: ReportMark
    data: DataCheck | None = None

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    def fault(self) -> tuple[str, SignatureCheck] | None:
        """The first fault among the signatures, judged one kind at a time in `FAULTS`
        order (a broken signature anywhere before an unknown signer anywhere): what
        `failure` reports, and what stops a countersignature (`sign.countersign`)."""
        for kind, bad in FAULTS:
            for sig in self.signatures:
                if bad(sig):
                    return kind, sig
        return None

    @property
    def ok(self) -> bool:
        """Signed, every signature intact, unchanged since and trusted, and (when asked)
        the figures those of the database."""
        return self.failure() is None

    def failure(self) -> MeappError | None:
        """The first reason the report is not valid, as one sentence; None when it is.

        An `IntegrityDamage` (exit 1) for a broken, changed, untrusted or unconfirmed report;
        a `ValidationError` (exit 2) when the database asked to confirm the figures cannot
        answer (not a meapp report, or a programme it does not hold).
        """
        name = Path(self.file).name or "PDF"
        if not self.signed:
            return IntegrityDamage("{file} carries no signature: nothing vouches for it", file=name)
        found = self.fault()
        if found is not None:
            return _signature_failure(name, *found)
        data = self.data
        if data is None:
            return None
        if data.state == DATA_MATCH:
            return _chain_failure(name, data.chain)
        if data.state == DATA_NO_MARK:
            return ValidationError(
                "{file} carries no data fingerprint: it is not a report built by meapp",
                file=name,
            )
        if data.state == DATA_UNKNOWN_PROGRAM:
            return ValidationError(
                "the programme of {file} ({program}) is not in this database",
                file=name,
                program=self.mark.program_id or "",
            )
        if data.state == DATA_NOT_APPROVED:
            return IntegrityDamage(
                "the round {period} is no longer approved in this database (it is {state}): "
                "the figures of {file} are not confirmed",
                period=self.mark.period or "",
                state=data.round_state or "",
                file=name,
            )
        return IntegrityDamage(
            "the figures of {file} are not the approved data of {period} in this database "
            "(data fingerprint {printed}… in the report, {current}… in the database)",
            file=name,
            period=self.mark.period or "",
            printed=(self.mark.fingerprint or "")[:16],
            current=(data.fingerprint or "")[:16],
        )

    def as_json(self) -> dict[str, Any]:
        failure = self.failure()
        out: dict[str, Any] = {
            "valid": failure is None,
            "program_id": self.mark.program_id,
            "period": self.mark.period,
            "fingerprint": self.mark.fingerprint,
            "signatures": [s.as_json() for s in self.signatures],
            "problem": failure.text() if failure is not None else None,
        }
        if self.data is not None:
            out["data"] = self.data.as_json()
        return out


# -- reading the signatures ---------------------------------------------------------------------


def _asn1_certs(certs: Iterable[Any]) -> list[Any]:
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding

    out = []
    for c in certs:
        if isinstance(c, asn1_x509.Certificate):
            out.append(c)
        elif isinstance(c, bytes):
            from meapp.services.signing.identity import load_certificate

            out.append(asn1_x509.Certificate.load(load_certificate(c).public_bytes(Encoding.DER)))
        else:
            out.append(asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)))
    return out


def _level_name(level: Any) -> str:
    from pyhanko.sign.diff_analysis import ModificationLevel

    if level in (
        ModificationLevel.NONE,
        ModificationLevel.LTA_UPDATES,
        ModificationLevel.FORM_FILLING,
    ):
        return CHANGES_SIGNATURES
    if level == ModificationLevel.ANNOTATIONS:
        return CHANGES_ANNOTATIONS
    return CHANGES_OTHER


@dataclass
class _Found:
    """One filled signature field: pyHanko's reading of it, or why there is none."""

    field_name: str
    embedded: Any = None
    error: str | None = None
    revision: int | None = None


def _found_signatures(reader: Any) -> list[_Found]:
    """Every filled signature field in signing order; one whose signature cannot be parsed
    (changed, zeroed or cut bytes) is kept with its error, so it shows as broken."""
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    found = []
    for name, _value, field_ref in enumerate_sig_fields(reader, filled_status=True):
        try:
            embedded = EmbeddedPdfSignature(reader, field_ref, str(name))
            if embedded.sig_object_type != "/Sig":
                continue  # a document timestamp: its revision counts as a change below
            found.append(_Found(str(name), embedded, revision=embedded.signed_revision))
        except Exception as exc:  # crafted bytes raise anything; it is damage
            log.info("unreadable signature in %s", name, exc_info=True)
            revision = None
            try:
                ref = field_ref.get_object().raw_get("/V")
                revision = reader.xrefs.get_last_change(ref.reference)
            except Exception:
                revision = None
            found.append(_Found(str(name), error=str(exc) or type(exc).__name__, revision=revision))
    return sorted(found, key=lambda f: (f.revision is None, f.revision or 0))


def _broken(field: str, problem: str, revision: int | None = None, **who: Any) -> SignatureCheck:
    return SignatureCheck(
        field_name=field,
        signer=who.get("signer") or "?",
        position=who.get("position"),
        organisation=who.get("organisation"),
        signing_time=who.get("signing_time"),
        intact=False,
        covers_whole_document=False,
        later_changes=CHANGES_OTHER,
        trusted=False,
        certificate_sha256=who.get("sha256") or "",
        problem=problem,
        revision=revision,
    )


def _check(
    found: _Found,
    context_factory: Any,
    *,
    later_revisions: set[int],
    later_signature_revisions: set[int],
    last: bool,
    same_mark_after: bool,
) -> SignatureCheck:
    """One signature: the cryptography and the trust by pyHanko, the later changes by
    pyHanko's modification analysis and by the revisions that follow it."""
    from cryptography import x509 as cx509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    from meapp.services.signing.identity import certificate_info

    if found.embedded is None:
        return _broken(found.field_name, found.error or "", found.revision)
    embedded = found.embedded
    try:
        cert = cx509.load_der_x509_certificate(embedded.signer_cert.dump())
        info = certificate_info(cert)
    except Exception as exc:  # an unreadable certificate is a broken signature
        return _broken(found.field_name, str(exc) or type(exc).__name__, found.revision)
    reported: datetime | None
    try:
        reported = embedded.self_reported_timestamp
    except Exception:
        reported = None
    who: dict[str, Any] = {
        "signer": info.common_name,
        "position": info.title,
        "organisation": info.organisation,
        "sha256": info.sha256,
        "signing_time": reported,
    }
    usage = KeyUsageConstraints(
        key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
    )
    try:
        status = validate_pdf_signature(embedded, context_factory(), key_usage_settings=usage)
    except Exception as exc:  # pyHanko and asn1crypto raise many kinds
        return _broken(found.field_name, str(exc) or type(exc).__name__, found.revision, **who)
    covers = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if covers:
        later = CHANGES_NONE
    elif last or not later_revisions <= later_signature_revisions or not same_mark_after:
        # After the last signature nothing may follow; after an earlier one, only the
        # revisions of later signatures, none of which may rewrite the report's mark.
        later = CHANGES_OTHER
    elif (
        status.coverage is None
        or status.coverage < SignatureCoverageLevel.ENTIRE_REVISION
        or status.docmdp_ok is False
        or status.modification_level is None
    ):
        later = CHANGES_OTHER
    else:
        later = _level_name(status.modification_level)
    return SignatureCheck(
        field_name=found.field_name,
        signer=info.common_name,
        position=info.title,
        organisation=info.organisation,
        signing_time=status.signer_reported_dt or reported,
        intact=bool(status.intact and status.valid),
        covers_whole_document=covers,
        later_changes=later,
        trusted=bool(status.trusted and not status.revoked),
        certificate_sha256=info.sha256,
        revision=found.revision,
    )


def _at_revision(reader: Any, revision: int | None, read: Callable[[Any], _T]) -> _T | None:
    """What `read` finds in the PDF as it was at `revision` (None for none, or for a
    revision that cannot be read: it has no mark and carries no anchor)."""
    if revision is None:
        return None
    try:
        return read(reader.get_historical_resolver(revision))
    except Exception:  # noqa: BLE001 - an unreadable revision vouches for nothing
        return None


def _mark_at(reader: Any, revision: int | None) -> ReportMark | None:
    return _at_revision(reader, revision, report_mark)


def _anchor_at(reader: Any, revision: int | None) -> ChainAnchor | None:
    return _at_revision(reader, revision, chain_anchor_of)


def _chain_failure(name: str, chain: AnchorCheck | None) -> IntegrityDamage | None:
    """Damage when the database's audit chain no longer holds a signature's anchor."""
    from meapp.services.signing import anchor

    if chain is None or not chain.failed or chain.anchor is None:
        return None
    if chain.state == anchor.SHORTER:
        return IntegrityDamage(
            "the audit trail of this database ends at event {events}, but {file} was signed "
            "when it held {count}: events were deleted after signing",
            events=chain.events or 0,
            file=name,
            count=chain.anchor.count,
        )
    return IntegrityDamage(
        "the audit trail of this database is not the one {file} was signed with: event "
        "{count} or an event before it was changed or deleted after signing",
        file=name,
        count=chain.anchor.count,
    )


def _damaged(file: str | None) -> IntegrityDamage:
    return IntegrityDamage("{file} is damaged and cannot be read as a PDF", file=file or "PDF")


def _analyse(reader: Any, trusted_certs: Iterable[Any], file: str | None) -> VerifyReport:
    from pyhanko_certvalidator import ValidationContext

    roots = _asn1_certs(trusted_certs)

    def context() -> Any:
        return ValidationContext(
            trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
        )

    found = _found_signatures(reader)
    total = int(reader.xrefs.total_revisions)
    marks = [_mark_at(reader, f.revision) for f in found]
    first_mark = next((m for m in marks if m is not None), None)
    checks = []
    for i, f in enumerate(found):
        after = set(range(f.revision + 1, total)) if f.revision is not None else {-1}
        later_sigs = {g.revision for g in found[i + 1 :] if g.revision is not None}
        same = all(m == marks[i] for m in marks[i + 1 :])
        checks.append(
            _check(
                f,
                context,
                later_revisions=after,
                later_signature_revisions=later_sigs,
                last=i == len(found) - 1,
                same_mark_after=same,
            )
        )
    checks = [
        replace(c, anchor=_anchor_at(reader, f.revision)) if c.intact else c
        for c, f in zip(checks, found, strict=True)
    ]
    mark = first_mark if first_mark is not None else report_mark(reader)
    return VerifyReport(file or "", tuple(checks), mark)


def verify_pdf_bytes(
    data: bytes, trusted_certs: Iterable[Any] = (), *, file: str | None = None
) -> VerifyReport:
    """Every signature of a PDF against the trusted certificates. A file that is no PDF or
    cannot be read is damage (`IntegrityDamage`), never an exception of the PDF library."""
    # pyHanko logs a warning with a traceback for every signer it cannot trust; for us an
    # unknown signer is an expected answer, reported in the SignatureCheck, not a fault.
    logging.getLogger("pyhanko.sign.validation.generic_cms").setLevel(logging.ERROR)
    try:
        reader = read_pdf(data, file=file)
    except ValidationError as exc:
        raise IntegrityDamage(exc.message, **exc.params) from exc
    try:
        return _analyse(reader, trusted_certs, file)
    except MeappError:
        raise
    except Exception as exc:  # whatever a damaged file makes pyHanko raise
        log.info("cannot read the signatures of %s", file, exc_info=True)
        raise _damaged(file) from exc


# -- the figures against the database -----------------------------------------------------------


def check_data(
    db: Database, mark: ReportMark, anchors: Iterable[ChainAnchor | None] = ()
) -> DataCheck:
    """Whether the report's data fingerprint is that of the approved data in `db`
    (recomputed by `meapp.services.reports.fingerprint`), and whether its audit chain
    still holds the `anchors` the signatures wrote (`anchor.judge`)."""
    import uuid

    from meapp.services.reports.fingerprint import data_fingerprint
    from meapp.services.signing.approval import round_state

    if not (mark.fingerprint and mark.program_id and mark.period):
        return DataCheck(DATA_NO_MARK)
    try:
        uuid.UUID(mark.program_id)
        current = str(data_fingerprint(db, mark.program_id, mark.period))
    except (ValueError, NotFound):
        return DataCheck(DATA_UNKNOWN_PROGRAM)
    except ValidationError:
        return DataCheck(DATA_NO_MARK)  # the mark names no period meapp knows
    with db.session() as s:
        state = round_state(s, mark.program_id, mark.period)
    if current.lower() != mark.fingerprint.strip().lower():
        return DataCheck(DATA_MISMATCH, current, state)
    if state != "approved":
        return DataCheck(DATA_NOT_APPROVED, current, state)
    from meapp.services.signing import anchor

    return DataCheck(DATA_MATCH, current, state, anchor.judge(db, list(anchors)))


def report_data(db: Database, report: VerifyReport) -> DataCheck:
    """`check_data` for a verified report: its mark and its signatures' anchors."""
    return check_data(db, report.mark, [s.anchor for s in report.signatures])


# -- who signed which box -------------------------------------------------------------------


def _users_by_certificate(db: Database) -> dict[str, tuple[str, str]]:
    """Certificate SHA-256 → (login, role) of the database's users with an identity."""
    from sqlalchemy import select

    from meapp.models import User
    from meapp.services.signing.identity import certificate_sha256, load_certificate

    out: dict[str, tuple[str, str]] = {}
    with db.session() as s:
        rows = s.execute(
            select(User.login, User.role, User.active, User.signing_cert_pem).where(
                User.signing_cert_pem.is_not(None)
            )
        ).all()
    for login, role, active, pem in rows:
        try:
            sha = certificate_sha256(load_certificate((pem or "").encode("ascii")))
        except ValidationError:
            continue
        out[sha] = (login, role if active else "")
    return out


def _recorded_signings(db: Database, program_id: str | None) -> set[tuple[str, str]]:
    """(field, certificate SHA-256) of every signing the app recorded for the programme: it
    put the signer in their box then, whatever their role is now."""
    import json
    import uuid

    from sqlalchemy import select

    from meapp.models import AuditEvent

    try:
        pid = uuid.UUID(str(program_id))
    except ValueError:
        return set()
    out: set[tuple[str, str]] = set()
    with db.session() as s:
        for after in s.scalars(
            select(AuditEvent.after).where(
                AuditEvent.action == "report.sign", AuditEvent.program_id == str(pid)
            )
        ):
            try:
                data = json.loads(after or "{}")
            except ValueError:
                continue
            if isinstance(data, dict):
                out.add((str(data.get("field")), str(data.get("certificate_sha256"))))
    return out


def check_boxes(db: Database, report: VerifyReport) -> VerifyReport:
    """The report with each sound signature by a user of `db` judged against the box it is
    in (`boxes.box_of`): the chair's box only by the chair, the mayor's only by the mayor.
    A signature by a certificate the database does not know as a user's is not judged
    (its trust was decided by the user who trusted it)."""
    from meapp.services.signing.boxes import box_of

    users = _users_by_certificate(db)
    recorded: set[tuple[str, str]] | None = None
    checks = []
    for sig in report.signatures:
        who = users.get(sig.certificate_sha256)
        if not sig.intact or who is None:
            checks.append(sig)
            continue
        login, role = who
        ok = box_of(db, login, role, report.mark.program_id) == sig.field_name
        if not ok:
            if recorded is None:
                recorded = _recorded_signings(db, report.mark.program_id)
            ok = (sig.field_name, sig.certificate_sha256) in recorded
        checks.append(replace(sig, box_ok=ok, signer_login=login))
    return replace(report, signatures=tuple(checks))


def program_in(db: Database, mark: ReportMark) -> bool:
    """True when `db` holds the programme the report names (the GUI compares the figures
    only then)."""
    import uuid

    from meapp.models import Program

    try:
        pid = uuid.UUID(str(mark.program_id))
    except ValueError:
        return False
    with db.session() as s:
        return s.get(Program, pid) is not None


def verify_pdf(
    path: Path | str,
    trusted_certs: Iterable[x509.Certificate | bytes] = (),
    *,
    data_db: Database | None = None,
    signers_db: Database | None = None,
) -> VerifyReport:
    """Verify every signature of the PDF at `path` against the trusted certificates, with
    `signers_db` each signer's box against their role there, and with `data_db` its
    figures and chain anchors against that database."""
    path = Path(path)
    data = files.read_bytes(path)
    report = verify_pdf_bytes(data, trusted_certs, file=path.name)
    if signers_db is not None:
        report = check_boxes(signers_db, report)
    checked = report_data(data_db, report) if data_db is not None else None
    return VerifyReport(str(path), report.signatures, report.mark, checked)
