"""Secrets at rest: private keys and other secrets, encrypted with their owner's password.

The database is a file on a shared office laptop and goes into backups and exchange
packages, so nothing secret is stored in clear: passwords only as argon2 hashes
(`users.py`), signing keys only inside a PKCS#12 encrypted with the owner's password
(AES-256-CBC with PBKDF2-SHA256), any other secret blob sealed with AES-256-GCM under a key
derived from the password with scrypt. A wrong password is an `AuthenticationFailed`.

A PKCS#12 can be attacked offline by whoever holds a copy (a backup, a stolen laptop's
database): each guessed password is checked either against the file's MAC or by decrypting
the key. cryptography writes the bags with PBES2 at the rounds asked for but always seals
the file with a MAC at 2 048 iterations of the PKCS#12 KDF — a 200-fold discount on the
password. So every PKCS#12 written here (`protect_pkcs12`, and `rewrap_pkcs12` when the
owner changes their password) gets its MAC made again at `PKCS12_MAC_ITERATIONS` with a
fresh salt (`remac`), so that both ways of testing a guess cost the same; the numbers are
worked out in `meapp.services.signing.keyfile`.

When the owner changes their password, `rewrap_pkcs12` re-encrypts their signing key, so
the key stays usable with the new password and nothing is ever written unencrypted.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from meapp.errors import AuthenticationFailed, ValidationError

if TYPE_CHECKING:
    from cryptography import x509

MAGIC = b"MEAPPSEC1"
# scrypt cost: 2**15 × 8 × 1 needs 32 MB and about 0.1 s — slow for guessing, fine on an
# old laptop. Stored in each blob, so a later version can raise it and still open old ones.
SCRYPT_LOG2_N = 15
SCRYPT_R = 8
SCRYPT_P = 1
PKCS12_KDF_ROUNDS = 200_000
# PKCS#12 KDF iterations of the MAC: one SHA-256 compression each, against two per PBKDF2
# round of the bags, so a guess against the MAC costs what one against the key costs.
PKCS12_MAC_ITERATIONS = 2 * PKCS12_KDF_ROUNDS
PKCS12_MAC_SALT = 16
_BLOCK = 64  # SHA-256's block size, the v of RFC 7292 B.2
_MAC_ID = 3  # the "diversifier" of a MAC key
_SALT = 16
_NONCE = 12


def _utf8(password: str) -> bytes:
    if not password:
        raise ValidationError("a password is needed to protect a secret")
    return password.encode("utf-8")


def _derive(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(_utf8(password))


def seal(data: bytes, password: str) -> bytes:
    """Encrypt `data` with a key derived from `password` (scrypt + AES-256-GCM)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = MAGIC + bytes((SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P))
    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    key = _derive(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    return header + salt + nonce + AESGCM(key).encrypt(nonce, data, header + salt)


def unseal(blob: bytes, password: str) -> bytes:
    """The data `seal` protected; a wrong password (or a damaged blob) is refused."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    head = len(MAGIC) + 3
    if len(blob) < head + _SALT + _NONCE + 16 or not blob.startswith(MAGIC):
        raise ValidationError("not a protected secret")
    log2_n, r, p = blob[len(MAGIC)], blob[len(MAGIC) + 1], blob[len(MAGIC) + 2]
    if not (10 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise ValidationError("not a protected secret")
    salt = blob[head : head + _SALT]
    nonce = blob[head + _SALT : head + _SALT + _NONCE]
    key = _derive(password, salt, log2_n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, blob[head + _SALT + _NONCE :], blob[: head + _SALT])
    except InvalidTag:
        raise AuthenticationFailed("wrong password for the protected secret") from None


def is_sealed(blob: bytes | None) -> bool:
    return bool(blob) and bytes(blob).startswith(MAGIC)  # type: ignore[arg-type]


# -- private keys and PKCS#12 ------------------------------------------------------------------


def _pkcs12_encryption(password: str) -> Any:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import PrivateFormat, pkcs12

    return (
        PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(PKCS12_KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(_utf8(password))
    )


def protect_pkcs12(
    key: Any,
    cert: x509.Certificate,
    password: str,
    *,
    chain: Iterable[x509.Certificate] = (),
    friendly_name: str | None = None,
) -> bytes:
    """A PKCS#12 holding the key and certificates: bags under PBKDF2 × `PKCS12_KDF_ROUNDS`
    and AES-256, MAC under the PKCS#12 KDF × `PKCS12_MAC_ITERATIONS` (HMAC-SHA256)."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    plain = pkcs12.serialize_key_and_certificates(
        (friendly_name or "meapp").encode("utf-8"),
        key,
        cert,
        list(chain) or None,
        _pkcs12_encryption(password),
    )
    strong = remac(plain, password)
    # A MAC that OpenSSL would not accept locks the owner out of their key: check it once.
    open_pkcs12(strong, password)
    return strong


def _fill(data: bytes, block: int) -> bytes:
    """`data` repeated to the next multiple of `block` bytes (RFC 7292 B.2, steps 2 and 3)."""
    if not data:
        return b""
    size = block * -(-len(data) // block)
    return (data * -(-size // len(data)))[:size]


def pkcs12_mac_key(password: str, salt: bytes, iterations: int) -> bytes:
    """The 32-byte HMAC-SHA256 key of a PKCS#12 MAC (RFC 7292 B.2 with ID 3).

    The password is a BMPString with its terminating zero (UTF-16BE, as OpenSSL's
    `PKCS12_key_gen_utf8` makes it). One 32-byte output needs one block, so the
    "I = I + B + 1" step of the RFC never runs.
    """
    pw = password.encode("utf-16-be") + b"\x00\x00"
    digest = hashlib.sha256(
        bytes([_MAC_ID]) * _BLOCK + _fill(salt, _BLOCK) + _fill(pw, _BLOCK)
    ).digest()
    sha256 = hashlib.sha256
    for _ in range(iterations - 1):
        digest = sha256(digest).digest()
    return digest


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def remac(p12: bytes, password: str, *, iterations: int = PKCS12_MAC_ITERATIONS) -> bytes:
    """The same PKCS#12 with its MAC made again at `iterations` (HMAC-SHA256, new salt).

    The version and the authenticated contents are kept byte for byte; only the MacData
    after them changes.
    """
    import hmac

    from asn1crypto import algos
    from asn1crypto import pkcs12 as asn1_pkcs12

    pfx = asn1_pkcs12.Pfx.load(p12)
    content = pfx["auth_safe"]["content"].native
    if not isinstance(content, bytes):
        raise ValidationError("the signing identity holds no key or no certificate")
    salt = os.urandom(PKCS12_MAC_SALT)
    digest = hmac.new(pkcs12_mac_key(password, salt, iterations), content, "sha256").digest()
    mac_data = asn1_pkcs12.MacData(
        {
            "mac": algos.DigestInfo(
                {"digest_algorithm": {"algorithm": "sha256"}, "digest": digest}
            ),
            "mac_salt": salt,
            "iterations": iterations,
        }
    )
    body = pfx["version"].dump() + pfx["auth_safe"].dump() + mac_data.dump()
    return b"\x30" + _der_length(len(body)) + body


def pkcs12_mac_iterations(p12: bytes) -> int:
    """The MAC's iteration count (0 for a file without a MAC or not a PKCS#12)."""
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(p12)
        mac = pfx["mac_data"]
        if mac.native is None:
            return 0
        return int(mac["iterations"].native)
    except (ValueError, TypeError, KeyError):
        return 0


def open_pkcs12(p12: bytes, password: str) -> tuple[Any, x509.Certificate, list[x509.Certificate]]:
    """(key, certificate, chain) of a stored PKCS#12; a wrong password is refused."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, cert, chain = pkcs12.load_key_and_certificates(p12, _utf8(password))
    except ValueError:
        raise AuthenticationFailed("wrong password for the signing key") from None
    if key is None or cert is None:
        raise ValidationError("the signing identity holds no key or no certificate")
    return key, cert, list(chain)


def rewrap_pkcs12(p12: bytes, old_password: str, new_password: str) -> bytes:
    """The same key and certificates, now encrypted with `new_password` and sealed with the
    same costly MAC as a new key file (`protect_pkcs12`): a password change must not hand an
    attacker a file on which the new password is cheaper to guess."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, cert, chain = open_pkcs12(p12, old_password)
    loaded = pkcs12.load_pkcs12(p12, _utf8(old_password))
    name = None
    if loaded.cert is not None and loaded.cert.friendly_name:
        name = loaded.cert.friendly_name.decode("utf-8", "replace")
    return protect_pkcs12(key, cert, new_password, chain=chain, friendly_name=name)


def pkcs12_is_protected(p12: bytes) -> bool:
    """True when the PKCS#12's private key cannot be read without a password."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    for attempt in (None, b""):
        try:
            key, _cert, _chain = pkcs12.load_key_and_certificates(p12, attempt)
        except (ValueError, TypeError):
            continue
        if key is not None:
            return False
    return True


def encrypt_private_key(key: Any, password: str) -> bytes:
    """A private key as encrypted PKCS#8 PEM (`-----BEGIN ENCRYPTED PRIVATE KEY-----`)."""
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        Encoding,
        PrivateFormat,
    )

    return key.private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(_utf8(password))
    )


def decrypt_private_key(pem: bytes, password: str) -> Any:
    """The key of an encrypted PEM; a wrong password is refused."""
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        return load_pem_private_key(pem, _utf8(password))
    except (ValueError, TypeError):
        raise AuthenticationFailed("wrong password for the signing key") from None
