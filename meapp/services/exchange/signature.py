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
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    try:
        info = cms.ContentInfo.load(p7s)
        if info["content_type"].native != "signed_data":
            raise _bad(file)
        signed = info["content"]
        signer_infos = signed["signer_infos"]
        if len(signer_infos) != 1:
            raise _bad(file)
        si = signer_infos[0]
        sid = si["sid"]
        cert_der = None
        for choice in signed["certificates"] or []:
            if choice.name != "certificate":
                continue
            c = choice.chosen
            if sid.name == "issuer_and_serial_number":
                ias = sid.chosen
                if c.issuer == ias["issuer"] and c.serial_number == ias["serial_number"].native:
                    cert_der = c.dump()
                    break
            elif sid.name == "subject_key_identifier" and c.key_identifier == sid.chosen.native:
                cert_der = c.dump()
                break
        if cert_der is None:
            raise _bad(file)
        digest_name = si["digest_algorithm"]["algorithm"].native
        if digest_name not in _HASHES:
            raise _bad(file)
        hash_algo = getattr(hashes, _HASHES[digest_name])()
        signature = si["signature"].native
        signed_attrs = si["signed_attrs"]
        if signed_attrs is not None and len(signed_attrs):
            digest = hashlib.new(digest_name, data).digest()
            found = [
                a["values"][0].native for a in signed_attrs if a["type"].native == "message_digest"
            ]
            if found != [digest]:
                raise _bad(file)
            to_verify = b"\x31" + signed_attrs.dump()[1:]
        else:
            to_verify = data
        cert = x509.load_der_x509_certificate(cert_der)
        public = cert.public_key()
        if isinstance(public, rsa.RSAPublicKey):
            public.verify(signature, to_verify, padding.PKCS1v15(), hash_algo)
        elif isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, to_verify, ec.ECDSA(hash_algo))
        else:
            raise _bad(file)
    except ValidationError:
        raise
    except (InvalidSignature, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise _bad(file) from exc
    return signer_of(cert)
