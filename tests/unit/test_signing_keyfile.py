"""Issue 18: the signing key's file stays as costly to attack after a password change as a
new one (`secrets.rewrap_pkcs12` seals it with the same MAC as `keyfile.protect`)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from meapp.errors import AuthenticationFailed
from meapp.models import User
from meapp.services.access import secrets, users
from meapp.services.signing import identity, keyfile
from tests.unit.test_signing import PASSWORD, login, seed_signing_db

NEW_PASSWORD = "a much longer passphrase"


def weak_pkcs12(key, cert, password: str, *, friendly_name: str = "meapp") -> bytes:
    """A key file as cryptography writes it by itself (and meapp did before): strong bags,
    MAC at 2 048 iterations."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    return pkcs12.serialize_key_and_certificates(
        friendly_name.encode("utf-8"), key, cert, None, secrets._pkcs12_encryption(password)
    )


def _p12(db, name: str) -> bytes:
    with db.session() as s:
        return bytes(s.scalar(select(User.signing_p12).where(User.login == name)))


def _store(db, name: str, p12: bytes) -> None:
    with db.session() as s, s.begin():
        s.scalar(select(User).where(User.login == name)).signing_p12 = p12


def test_after_a_password_change_the_key_file_is_as_strong_as_a_new_one(db):
    seed_signing_db(db)
    identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
    before = _p12(db, "chair")
    assert keyfile.mac_iterations(before) == keyfile.MAC_ITERATIONS

    users.change_own_password(db, "chair", PASSWORD, NEW_PASSWORD, sleep=lambda _s: None)

    after = _p12(db, "chair")
    assert after != before
    assert keyfile.mac_iterations(after) == keyfile.MAC_ITERATIONS
    assert keyfile.is_strong(after)
    with pytest.raises(AuthenticationFailed):
        secrets.open_pkcs12(after, PASSWORD)
    opened = identity.unlock(after, NEW_PASSWORD)
    assert identity.certificate_sha256(opened.certificate) == identity.certificate_sha256(
        identity.unlock(before, PASSWORD).certificate
    )


def test_an_older_weak_key_file_is_made_strong_by_the_password_change(db):
    seed_signing_db(db)
    identity.create_identity(db, login(db, "chair"), "chair", PASSWORD, key_type="ec")
    opened = identity.unlock(_p12(db, "chair"), PASSWORD)
    weak = weak_pkcs12(opened.key, opened.certificate, PASSWORD, friendly_name="chair")
    assert keyfile.mac_iterations(weak) == 2048  # what cryptography writes by itself
    _store(db, "chair", weak)

    users.change_own_password(db, "chair", PASSWORD, NEW_PASSWORD, sleep=lambda _s: None)

    after = _p12(db, "chair")
    assert keyfile.mac_iterations(after) == keyfile.MAC_ITERATIONS
    with pytest.raises(AuthenticationFailed):
        secrets.open_pkcs12(after, PASSWORD)
    assert identity.unlock(after, NEW_PASSWORD).certificate == opened.certificate


def test_rewrap_keeps_the_friendly_name_and_checks_the_mac_with_openssl():
    from cryptography.hazmat.primitives.serialization import pkcs12

    p12, _pem = identity.make_identity(
        "Айгүл Сыдыкова", None, None, PASSWORD, key_type="ec", friendly_name="chair"
    )
    rewrapped = secrets.rewrap_pkcs12(p12, PASSWORD, NEW_PASSWORD)
    assert keyfile.is_strong(rewrapped)
    loaded = pkcs12.load_pkcs12(rewrapped, NEW_PASSWORD.encode())  # OpenSSL checks the MAC
    assert loaded.cert is not None and loaded.cert.friendly_name == b"chair"
    # A wrong MAC is refused by OpenSSL: the new MAC is checked, not ignored.
    tampered = secrets.remac(rewrapped, "not the password")
    with pytest.raises(AuthenticationFailed):
        secrets.open_pkcs12(tampered, NEW_PASSWORD)
