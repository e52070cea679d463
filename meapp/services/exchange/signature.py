"""The detached signature of a package manifest (`signature.p7s`).

The sender's signing identity (the same key and certificate that sign reports) signs the
exact bytes of `manifest.json` as a detached CMS SignedData in DER, without signed
attributes: the signature is over the manifest itself, so the check needs nothing but the
certificate carried in the CMS. `openssl cms -verify -binary -inform DER -noverify` accepts
the same file. Verification here also accepts a signature with signed attributes (the
usual CMS form) so that a package signed by another tool can be read.

A signature proves who sent the package and that nothing changed since; whether that
signer is the expected one for the municipality is `trust`'s question.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from meapp.errors import ValidationError


@dataclass(frozen=True)
class Signer:
    """Who signed a package: the certificate's holder and its fingerprint."""

    common_name: str
    title: str | None
    organisation: str | None
    sha256: str
    certificate_pem: str
    not_before: str
    not_after: str

    def as_json(self) -> dict[str, Any]:
        return {
            "common_name": self.common_name,
            "title": self.title,
            "organisation": self.organisation,
            "sha256": self.sha256,
        }


def sign_manifest(key: Any, certificate: Any, data: bytes) -> bytes:
    """A detached CMS signature (DER) of `data` with `key`, carrying `certificate`."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    options = [
        pkcs7.PKCS7Options.DetachedSignature,
        pkcs7.PKCS7Options.NoAttributes,
        pkcs7.PKCS7Options.Binary,  # sign the bytes as they are (no MIME line endings)
    ]
    return (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(data)
        .add_signer(certificate, key, hashes.SHA256())
        .sign(serialization.Encoding.DER, options)
    )


def signer_of(certificate: Any) -> Signer:
    from meapp.services.signing.identity import certificate_bytes, certificate_info

    info = certificate_info(certificate)
    return Signer(
        info.common_name,
        info.title,
        info.organisation,
        info.sha256,
        certificate_bytes(certificate, "pem").decode("ascii"),
        info.not_before.isoformat(),
        info.not_after.isoformat(),
    )


def _bad(file: str) -> ValidationError:
    return ValidationError(
        "{file}: the signature does not match the package; it was changed after signing",
        file=file,
    )


_HASHES = {"sha256": "SHA256", "sha384": "SHA384", "sha512": "SHA512"}


def verify_manifest(p7s: bytes, data: bytes, *, file: str) -> Signer:
    """The signer of `data` when `p7s` is a valid detached signature of it; else refused."""
    from asn1crypto import cms
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes

    try:
        info = cms.ContentInfo.load(p7s)
        if info["content_type"].native != "signed_data":
            raise _bad(file)
        signed = info["content"]
        signer_infos = signed["signer_infos"]
        if len(signer_infos) != 1:
            raise _bad(file)
        si = signer_infos[0]
        cert_der = _signer_certificate(signed, si["sid"])
        if cert_der is None:
            raise _bad(file)
        digest_name = si["digest_algorithm"]["algorithm"].native
        if digest_name not in _HASHES:
            raise _bad(file)
        hash_algo = getattr(hashes, _HASHES[digest_name])()
        to_verify = _signed_bytes(si["signed_attrs"], data, digest_name, file)
        cert = x509.load_der_x509_certificate(cert_der)
        _check_signature(cert.public_key(), si["signature"].native, to_verify, hash_algo, file)
    except ValidationError:
        raise
    except (InvalidSignature, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise _bad(file) from exc
    return signer_of(cert)


def _signer_certificate(signed: Any, sid: Any) -> bytes | None:
    """The DER of the certificate the signer info points at (by issuer and serial number or
    by subject key identifier), among those the signature carries; None when it carries none
    of the signer's. Only this certificate's key may have made the signature."""
    for choice in signed["certificates"] or []:
        if choice.name != "certificate":
            continue
        c = choice.chosen
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if c.issuer == ias["issuer"] and c.serial_number == ias["serial_number"].native:
                return bytes(c.dump())
        elif sid.name == "subject_key_identifier" and c.key_identifier == sid.chosen.native:
            return bytes(c.dump())
    return None


def _signed_bytes(signed_attrs: Any, data: bytes, digest_name: str, file: str) -> bytes:
    """The bytes the signature is over. meapp signs without signed attributes, so the
    signature covers `data` itself; with them (the usual CMS form, from another tool) it
    covers the attributes, whose message digest must be `data`'s, re-tagged as the SET they
    were signed as (RFC 5652 §5.4)."""
    if signed_attrs is None or not len(signed_attrs):
        return data
    digest = hashlib.new(digest_name, data).digest()
    found = [a["values"][0].native for a in signed_attrs if a["type"].native == "message_digest"]
    if found != [digest]:
        raise _bad(file)
    return b"\x31" + signed_attrs.dump()[1:]


def _check_signature(
    public: Any, signature: bytes, to_verify: bytes, hash_algo: Any, file: str
) -> None:
    """Verify with the certificate's RSA (PKCS#1 v1.5) or EC key, the two kinds a signing
    identity may have; any other key is refused. Raises InvalidSignature on a mismatch."""
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    if isinstance(public, rsa.RSAPublicKey):
        public.verify(signature, to_verify, padding.PKCS1v15(), hash_algo)
    elif isinstance(public, ec.EllipticCurvePublicKey):
        public.verify(signature, to_verify, ec.ECDSA(hash_algo))
    else:
        raise _bad(file)
