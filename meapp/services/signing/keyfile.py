"""The signing key's file: a PKCS#12 in which every test of a password costs the same.

A PKCS#12 can be attacked offline by whoever holds a copy (a backup, a stolen laptop's
database): each guessed password is checked either against the file's MAC or by decrypting
the key. cryptography writes the key and certificate bags with PBES2 (PBKDF2-HMAC-SHA256,
AES-256-CBC) at the rounds asked for, but always seals the file with a MAC whose key comes
from the PKCS#12 KDF (RFC 7292 B.2) at 2 048 iterations: a guess cost about 2 000 SHA-256
compressions instead of 400 000, a 200-fold discount on the login password.

So `meapp.services.access.secrets` writes every PKCS#12 — a new key file, an imported one,
and the one re-wrapped when the owner changes their password — with the bags under PBKDF2
`KDF_ROUNDS` and then replaces the MAC with one of `MAC_ITERATIONS` iterations and a fresh
16-byte salt (`secrets.remac`); this module keeps the signing side's names for it.
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

from meapp.services.access.secrets import (
    PKCS12_KDF_ROUNDS,
    PKCS12_MAC_ITERATIONS,
    PKCS12_MAC_SALT,
    open_pkcs12,
    pkcs12_mac_iterations,
    pkcs12_mac_key,
    protect_pkcs12,
    remac,
)

# PBKDF2 rounds of the key and certificate bags (what `secrets.protect_pkcs12` writes).
KDF_ROUNDS = PKCS12_KDF_ROUNDS
# PKCS#12 KDF iterations of the MAC: two per PBKDF2 round, so both paths cost the same.
MAC_ITERATIONS = PKCS12_MAC_ITERATIONS
MAC_SALT = PKCS12_MAC_SALT

__all__ = [
    "KDF_ROUNDS",
    "MAC_ITERATIONS",
    "MAC_SALT",
    "is_strong",
    "mac_iterations",
    "pkcs12_mac_key",
    "protect",
    "remac",
    "reprotect",
]


def mac_iterations(p12: bytes) -> int:
    """The MAC's iteration count (0 for a file without a MAC or not a PKCS#12)."""
    return pkcs12_mac_iterations(p12)


def is_strong(p12: bytes) -> bool:
    """True when a password guess against the file's MAC costs as much as the key's
    encryption (a file `protect` wrote)."""
    return mac_iterations(p12) >= MAC_ITERATIONS


# Key and certificates in a PKCS#12: bags under PBKDF2 × `KDF_ROUNDS` and AES-256, MAC under
# the PKCS#12 KDF × `MAC_ITERATIONS` (see the module's numbers). Written by
# `secrets.protect_pkcs12`, the one writer of key files.
protect = protect_pkcs12


def reprotect(p12: bytes, password: str) -> bytes:
    """An older (weak MAC) file written again with `protect`, its friendly name kept."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, cert, chain = open_pkcs12(p12, password)
    loaded = pkcs12.load_pkcs12(p12, password.encode("utf-8"))
    name = None
    if loaded.cert is not None and loaded.cert.friendly_name:
        name = loaded.cert.friendly_name.decode("utf-8", "replace")
    return protect(key, cert, password, chain=chain, friendly_name=name)
