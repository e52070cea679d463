"""Verifying the signatures of a PDF: who signed, when, and whether anything changed since.

For each signature pyHanko checks the cryptography (the signed bytes hash to what the
signer signed: "intact"), how much of the file the signature covers, and what the later
revisions changed (`modification_level`). Later signatures and filled form fields are the
normal life of a report signed in turn; anything more (edited pages, new content) means the
document was changed after signing. "Trusted" means the signer's certificate is one of the
trusted certificates given (the trusted folder and the users of the database); a sound
signature by an unknown signer is still intact, only its author is unconfirmed.

The checks run offline: no certificate revocation is fetched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meapp.errors import ValidationError
from meapp.services.reports.mark import ReportMark, report_mark
from meapp.services.signing.pdfinfo import read_pdf

if TYPE_CHECKING:
    from cryptography import x509

# What later revisions did, from the mildest: pyHanko's ModificationLevel names, lower case.
CHANGES_NONE = "none"
CHANGES_SIGNATURES = "signatures"  # further signatures, form filling, security data
CHANGES_ANNOTATIONS = "annotations"
CHANGES_OTHER = "other"


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

    @property
    def changed_after_signing(self) -> bool:
        return self.later_changes in (CHANGES_ANNOTATIONS, CHANGES_OTHER)

    @property
    def ok(self) -> bool:
        """Sound and nothing but further signatures added since: the user's "valid"."""
        return self.intact and not self.changed_after_signing

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
            "valid": self.ok,
        }


@dataclass(frozen=True)
class VerifyReport:
    file: str
    signatures: tuple[SignatureCheck, ...]
    mark: ReportMark

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def ok(self) -> bool:
        """Signed, and every signature intact with no change after it."""
        return self.signed and all(s.ok for s in self.signatures)

    def as_json(self) -> dict[str, Any]:
        return {
            "valid": self.ok,
            "program_id": self.mark.program_id,
            "period": self.mark.period,
            "fingerprint": self.mark.fingerprint,
            "signatures": [s.as_json() for s in self.signatures],
        }


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


def _later_changes(status: Any) -> str:
    """What the revisions after this signature changed, as one of the CHANGES_* codes."""
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return CHANGES_NONE
    if status.coverage is None or status.coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        return CHANGES_OTHER
    if status.docmdp_ok is False or status.modification_level is None:
        return CHANGES_OTHER
    return _name(status.modification_level)


def _name(level: Any) -> str:
    from pyhanko.sign.diff_analysis import ModificationLevel

    if level == ModificationLevel.NONE:
        return CHANGES_NONE
    if level in (ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING):
        return CHANGES_SIGNATURES
    if level == ModificationLevel.ANNOTATIONS:
        return CHANGES_ANNOTATIONS
    return CHANGES_OTHER


def _check(embedded: Any, context_factory: Any) -> SignatureCheck:
    from cryptography import x509 as cx509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    from meapp.services.signing.identity import certificate_info

    cert = cx509.load_der_x509_certificate(embedded.signer_cert.dump())
    info = certificate_info(cert)
    field = str(embedded.field_name)
    reported = embedded.self_reported_timestamp
    usage = KeyUsageConstraints(
        key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
    )
    try:
        status = validate_pdf_signature(embedded, context_factory(), key_usage_settings=usage)
    except (SignatureValidationError, ValueError, KeyError, TypeError) as exc:
        return SignatureCheck(
            field,
            info.common_name,
            info.title,
            info.organisation,
            reported,
            False,
            False,
            CHANGES_OTHER,
            False,
            info.sha256,
            problem=str(exc) or type(exc).__name__,
        )
    covers = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    later = _later_changes(status)
    return SignatureCheck(
        field_name=field,
        signer=info.common_name,
        position=info.title,
        organisation=info.organisation,
        signing_time=status.signer_reported_dt or reported,
        intact=bool(status.intact and status.valid),
        covers_whole_document=covers,
        later_changes=later,
        trusted=bool(status.trusted and not status.revoked),
        certificate_sha256=info.sha256,
    )


def verify_pdf_bytes(
    data: bytes, trusted_certs: Iterable[Any] = (), *, file: str | None = None
) -> VerifyReport:
    import logging

    from pyhanko_certvalidator import ValidationContext

    # pyHanko logs a warning with a traceback for every signer it cannot trust; for us an
    # unknown signer is an expected answer, reported in the SignatureCheck, not a fault.
    logging.getLogger("pyhanko.sign.validation.generic_cms").setLevel(logging.ERROR)
    roots = _asn1_certs(trusted_certs)
    reader = read_pdf(data, file=file)

    def context() -> Any:
        return ValidationContext(
            trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
        )

    try:
        embedded = list(reader.embedded_regular_signatures)
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError(
            "{file} is damaged and cannot be read as a PDF", file=file or "PDF"
        ) from exc
    checks = tuple(_check(e, context) for e in embedded)
    return VerifyReport(file or "", checks, report_mark(reader))


def verify_pdf(
    path: Path | str, trusted_certs: Iterable[x509.Certificate | bytes] = ()
) -> VerifyReport:
    """Verify every signature of the PDF at `path` against the trusted certificates."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError("file not found: {file}", file=str(path)) from exc
    except OSError as exc:
        raise ValidationError(
            "cannot read {file}: {error}", file=str(path), error=exc.strerror or str(exc)
        ) from exc
    report = verify_pdf_bytes(data, trusted_certs, file=path.name)
    return VerifyReport(str(path), report.signatures, report.mark)
