"""The signing key's file: a PKCS#12 in which every test of a password costs the same.

A PKCS#12 can be attacked offline by whoever holds a copy (a backup, a stolen laptop's
database): each guessed password is checked either against the file's MAC or by decrypting
the key. cryptography writes the key and certificate bags with PBES2 (PBKDF2-HMAC-SHA256,
AES-256-CBC) at the rounds asked for, but always seals the file with a MAC whose key comes
from the PKCS#12 KDF (RFC 7292 B.2) at 2 048 iterations: a guess cost about 2 000 SHA-256
compressions instead of 400 000, a 200-fold discount on the login password.

So `protect` lets `meapp.services.access.secrets` write the bags (PBKDF2 `KDF_ROUNDS`) and
then replaces the MAC with one of `MAC_ITERATIONS` iterations and a fresh 16-byte salt.
The cost of one password guess, counted in SHA-256 compression-function calls (what an
attacker's hardware pays; the same unit for both paths):

* decrypting the key: PBKDF2-HMAC-SHA256 × 200 000 rounds for one 32-byte AES key, two
  compressions per round (HMAC's inner and outer hash, pads precomputed): 400 000;
* checking the MAC: PKCS#12 KDF with SHA-256 × 400 000 iterations, one compression each
  after the first: 400 000 (+ one HMAC over the contents).

The cheapest path therefore costs 400 000 compressions, about 0.06 s of one core of an
office laptop per guess. The password itself stays the weak point: it is the login password
(at least `users.MIN_PASSWORD` = 4 characters), so README's signing section asks for a long
one. Opening a file costs both paths (OpenSSL checks the MAC, then decrypts): about 0.2 s.

Files written before (MAC at 2 048) still open; `is_strong` tells them apart, and signing
re-protects such a key with the password that just opened it (`identity.strengthen_in`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from meapp.errors import ValidationError

if TYPE_CHECKING:
    from cryptography import x509

# PBKDF2 rounds of the key and certificate bags (what `secrets.protect_pkcs12` writes).
KDF_ROUNDS = 200_000
# PKCS#12 KDF iterations of the MAC: two per PBKDF2 round, so both paths cost the same.
MAC_ITERATIONS = 2 * KDF_ROUNDS
MAC_SALT = 16
_BLOCK = 64  # SHA-256's block size, the v of RFC 7292 B.2
_MAC_ID = 3  # the "diversifier" of a MAC key


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


def remac(p12: bytes, password: str, *, iterations: int = MAC_ITERATIONS) -> bytes:
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
    salt = os.urandom(MAC_SALT)
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


def mac_iterations(p12: bytes) -> int:
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


def is_strong(p12: bytes) -> bool:
    """True when a password guess against the file's MAC costs as much as the key's
    encryption (a file `protect` wrote)."""
    return mac_iterations(p12) >= MAC_ITERATIONS


def protect(
    key: Any,
    cert: x509.Certificate,
    password: str,
    *,
    chain: Iterable[x509.Certificate] = (),
    friendly_name: str | None = None,
) -> bytes:
    """Key and certificates in a PKCS#12: bags under PBKDF2 × `KDF_ROUNDS` and AES-256,
    MAC under the PKCS#12 KDF × `MAC_ITERATIONS` (see the module's numbers)."""
    from meapp.services.access.secrets import PKCS12_KDF_ROUNDS, open_pkcs12, protect_pkcs12

    if PKCS12_KDF_ROUNDS > KDF_ROUNDS:  # pragma: no cover - a later secrets.py raised it
        iterations = 2 * PKCS12_KDF_ROUNDS
    else:
        iterations = MAC_ITERATIONS
    plain = protect_pkcs12(key, cert, password, chain=chain, friendly_name=friendly_name)
    strong = remac(plain, password, iterations=iterations)
    # A MAC that OpenSSL would not accept locks the owner out of their key: check it once.
    open_pkcs12(strong, password)
    return strong


def reprotect(p12: bytes, password: str) -> bytes:
    """An older (weak MAC) file written again with `protect`, its friendly name kept."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    from meapp.services.access.secrets import open_pkcs12

    key, cert, chain = open_pkcs12(p12, password)
    loaded = pkcs12.load_pkcs12(p12, password.encode("utf-8"))
    name = None
    if loaded.cert is not None and loaded.cert.friendly_name:
        name = loaded.cert.friendly_name.decode("utf-8", "replace")
    return protect(key, cert, password, chain=chain, friendly_name=name)
