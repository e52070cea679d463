"""Users, passwords, log-in delays, roles, deactivation and secrets at rest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text, update

from meapp.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from meapp.models import AuditEvent, User
from meapp.services.access import secrets, users
from meapp.services.access.users import Actor
from meapp.services.audit.query import value_history

PASSWORD = "Ala-Too 2024"


def no_sleep():
    calls: list[float] = []
    return calls, calls.append


@pytest.fixture
def admin(db):
    users.create_first_admin(db, "aibek", "Aibek Osmonov", PASSWORD, position="chair")
    return users.authenticate(db, "aibek", PASSWORD, sleep=lambda s: None)


def add(db, admin, login, role, password="password"):
    return users.add_user(db, admin, login, full_name=login.title(), role=role, password=password)


def stored_text(db) -> str:
    """Everything the database holds about users and their history, as text."""
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM app_user")).fetchall()
        rows += conn.execute(text("SELECT * FROM audit_event")).fetchall()
    return "\n".join(repr(tuple(r)) for r in rows)


def database_bytes(db) -> bytes:
    if db.path is None:
        return b""
    data = db.path.read_bytes()
    wal = db.path.with_name(db.path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


# -- first administrator and adding users ---------------------------------------------------


def test_first_admin_password_is_an_argon2_hash_never_the_password(db, admin):
    with db.session() as s:
        user = s.scalar(select(User).where(User.login == "aibek"))
        assert user.role == "admin"
        assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in stored_text(db)
    assert PASSWORD.encode() not in database_bytes(db)
    assert admin.login == "aibek" and admin.role == "admin" and admin.position == "chair"


def test_first_admin_only_while_no_user_exists(db, admin):
    with pytest.raises(PermissionDenied):
        users.create_first_admin(db, "intruder", "Intruder", "letmein1")
    assert [u.login for u in users.list_users(db)] == ["aibek"]


def test_first_user_made_in_set_up_mode_must_be_an_admin(db):
    with pytest.raises(ValidationError, match="administrator"):
        users.add_user(db, Actor.system(), "ed", full_name="Ed", role="editor", password="secret1")
    assert not users.has_users(db)


def test_set_up_operator_cannot_manage_users_once_users_exist(db, admin):
    with pytest.raises(PermissionDenied):
        add(db, Actor.system(), "ghost", "admin")


def test_only_admins_add_users_and_logins_are_unique(db, admin):
    editor = add(db, admin, "editor1", "editor")
    assert editor.role == "editor" and editor.active and not editor.has_identity
    ed = users.authenticate(db, "editor1", "password", sleep=lambda s: None)
    with pytest.raises(PermissionDenied):
        add(db, ed, "editor2", "editor")
    with pytest.raises(ValidationError, match="taken"):
        add(db, admin, "EDITOR1", "viewer")
    with pytest.raises(ValidationError, match="unknown role"):
        add(db, admin, "mayor", "mayor")
    with pytest.raises(ValidationError, match="at least"):
        add(db, admin, "short", "viewer", password="abc")
    with pytest.raises(ValidationError, match="without spaces"):
        add(db, admin, "two words", "viewer")


# -- logging in -----------------------------------------------------------------------------


def test_wrong_password_fails_with_a_growing_delay_reset_by_success(db, admin):
    add(db, admin, "nurlan", "editor")
    slept, sleep = no_sleep()
    for _ in range(6):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(db, "nurlan", "guess", sleep=sleep)
    assert slept == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    actor = users.authenticate(db, "nurlan", "password", sleep=sleep)
    assert actor.role == "editor"
    assert len(slept) == 6  # a success does not wait
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "nurlan", "guess", sleep=sleep)
    assert slept[-1] == 0.5


def test_unknown_login_gets_the_same_answer_and_growing_delay(db, admin):
    slept, sleep = no_sleep()
    messages = []
    for _ in range(3):
        with pytest.raises(AuthenticationFailed) as exc:
            users.authenticate(db, "nobody-here", "guess", sleep=sleep)
        messages.append(exc.value.text())
    with pytest.raises(AuthenticationFailed) as known:
        users.authenticate(db, "aibek", "guess", sleep=sleep)
    assert set(messages) == {known.value.text()}
    assert slept[:3] == [0.5, 1.0, 2.0]


def test_login_ignores_letter_case(db, admin):
    assert users.authenticate(db, "AIBEK", PASSWORD, sleep=lambda s: None).login == "aibek"


# -- passwords ------------------------------------------------------------------------------


def test_change_own_password_needs_the_old_one(db, admin):
    add(db, admin, "asel", "evaluator")
    with pytest.raises(AuthenticationFailed):
        users.change_own_password(db, "asel", "wrong", "new-secret", sleep=lambda s: None)
    users.change_own_password(db, "asel", "password", "new-secret", sleep=lambda s: None)
    assert users.authenticate(db, "asel", "new-secret", sleep=lambda s: None).login == "asel"
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "asel", "password", sleep=lambda s: None)
    with pytest.raises(ValidationError):
        users.change_own_password(db, "asel", "new-secret", "ab", sleep=lambda s: None)


def test_admin_resets_another_users_password_not_their_own(db, admin):
    add(db, admin, "bolot", "editor")
    users.set_password(db, admin, "bolot", "fresh-one")
    assert users.authenticate(db, "bolot", "fresh-one", sleep=lambda s: None).login == "bolot"
    with pytest.raises(ValidationError, match="old one"):
        users.set_password(db, admin, "aibek", "other-pass")
    bolot = users.authenticate(db, "bolot", "fresh-one", sleep=lambda s: None)
    with pytest.raises(PermissionDenied):
        users.set_password(db, bolot, "aibek", "hijacked")
    with pytest.raises(NotFound):
        users.set_password(db, admin, "nobody", "whatever")


# -- roles and deactivation -----------------------------------------------------------------


def test_change_role_is_an_admin_action_and_keeps_the_last_admin(db, admin):
    add(db, admin, "chair", "editor")
    assert users.change_role(db, admin, "chair", "evaluator").role == "evaluator"
    chair = users.authenticate(db, "chair", "password", sleep=lambda s: None)
    assert chair.can("round.approve") and not chair.can("round.reopen")
    with pytest.raises(PermissionDenied):
        users.change_role(db, chair, "chair", "admin")
    with pytest.raises(ValidationError, match="last administrator"):
        users.change_role(db, admin, "aibek", "viewer")
    users.change_role(db, admin, "chair", "admin")
    assert users.change_role(db, admin, "aibek", "viewer").role == "viewer"
    assert {u.login: u.role for u in users.list_users(db)} == {"aibek": "viewer", "chair": "admin"}


def test_deactivated_user_cannot_log_in_and_last_admin_stays(db, admin):
    add(db, admin, "temp", "editor")
    users.deactivate_user(db, admin, "temp")
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "temp", "password", sleep=lambda s: None)
    assert not users.get_user(db, "temp").active
    with pytest.raises(ValidationError, match="yourself"):
        users.deactivate_user(db, admin, "aibek")
    users.activate_user(db, admin, "temp")
    assert users.authenticate(db, "temp", "password", sleep=lambda s: None).login == "temp"
    # Another admin cannot remove the last active one either.
    add(db, admin, "second", "admin")
    second = users.authenticate(db, "second", "password", sleep=lambda s: None)
    users.deactivate_user(db, second, "aibek")
    users.activate_user(db, second, "aibek")
    users.change_role(db, admin, "second", "viewer")
    with pytest.raises(ValidationError, match="last administrator"):
        users.deactivate_user(db, Actor("someone-else", "admin"), "aibek")


def test_update_profile_by_self_or_admin(db, admin):
    add(db, admin, "dina", "viewer")
    dina = users.authenticate(db, "dina", "password", sleep=lambda s: None)
    assert users.update_profile(db, dina, "dina", position="deputy").position == "deputy"
    with pytest.raises(PermissionDenied):
        users.update_profile(db, dina, "aibek", full_name="Somebody")
    assert users.update_profile(db, admin, "dina", full_name="Dina A.").full_name == "Dina A."


# -- the audit trail of users ---------------------------------------------------------------


def test_user_creation_password_and_role_changes_are_audited(db, admin):
    dto = add(db, admin, "kanat", "editor")
    users.change_own_password(db, "kanat", "password", "kanat-new", sleep=lambda s: None)
    users.set_password(db, admin, "kanat", "kanat-reset")
    users.change_role(db, admin, "kanat", "evaluator")
    users.deactivate_user(db, admin, "kanat")
    history = value_history(db, "user", dto.id)
    assert [(e.action, e.user) for e in history] == [
        ("create", "aibek"),
        ("password.change", "kanat"),
        ("password.reset", "aibek"),
        ("role", "aibek"),
        ("deactivate", "aibek"),
    ]
    assert history[0].after["role"] == "editor"
    assert (history[3].before, history[3].after) == ({"role": "editor"}, {"role": "evaluator"})
    everything = stored_text(db)
    for secret in ("kanat-new", "kanat-reset", "password"):
        assert f"'{secret}'" not in everything and f'"{secret}"' not in everything
    with db.session() as s:
        texts = [(e.before or "") + (e.after or "") for e in s.scalars(select(AuditEvent))]
    assert not any("argon2" in t for t in texts)


def test_first_admin_creation_is_audited_under_the_new_login(db, admin):
    with db.session() as s:
        first = s.scalar(select(AuditEvent).order_by(AuditEvent.seq))
    assert (first.action, first.entity, first.user_login) == ("create", "user", "aibek")


# -- secrets at rest ------------------------------------------------------------------------


def _key_and_cert(name: str = "Aibek Osmonov"):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _private_numbers(key) -> int:
    return key.private_numbers().private_value


def test_pkcs12_is_encrypted_and_opens_only_with_the_password():
    key, cert = _key_and_cert()
    p12 = secrets.protect_pkcs12(key, cert, "owner-pass", friendly_name="aibek")
    assert secrets.pkcs12_is_protected(p12)
    opened, opened_cert, _chain = secrets.open_pkcs12(p12, "owner-pass")
    assert _private_numbers(opened) == _private_numbers(key) and opened_cert == cert
    with pytest.raises(AuthenticationFailed):
        secrets.open_pkcs12(p12, "guess")
    rewrapped = secrets.rewrap_pkcs12(p12, "owner-pass", "new-pass")
    assert _private_numbers(secrets.open_pkcs12(rewrapped, "new-pass")[0]) == _private_numbers(key)
    with pytest.raises(AuthenticationFailed):
        secrets.open_pkcs12(rewrapped, "owner-pass")


def test_unprotected_pkcs12_is_recognised():
    from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12

    key, cert = _key_and_cert()
    clear = pkcs12.serialize_key_and_certificates(b"x", key, cert, None, NoEncryption())
    assert not secrets.pkcs12_is_protected(clear)


def test_private_key_pem_is_encrypted():
    key, _cert = _key_and_cert()
    pem = secrets.encrypt_private_key(key, "owner-pass")
    assert b"ENCRYPTED PRIVATE KEY" in pem
    assert _private_numbers(secrets.decrypt_private_key(pem, "owner-pass")) == _private_numbers(key)
    with pytest.raises(AuthenticationFailed):
        secrets.decrypt_private_key(pem, "guess")


def test_sealed_secret_round_trip_and_wrong_password():
    blob = secrets.seal("токен 123".encode(), "owner-pass")
    assert secrets.is_sealed(blob) and "токен".encode() not in blob
    assert secrets.unseal(blob, "owner-pass").decode() == "токен 123"
    with pytest.raises(AuthenticationFailed):
        secrets.unseal(blob, "guess")
    damaged = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(AuthenticationFailed):
        secrets.unseal(damaged, "owner-pass")
    with pytest.raises(ValidationError):
        secrets.unseal(b"plain text", "owner-pass")


def test_changing_own_password_re_encrypts_the_signing_key(db, admin):
    key, cert = _key_and_cert()
    with db.session() as s, s.begin():
        s.execute(
            update(User)
            .where(User.login == "aibek")
            .values(signing_p12=secrets.protect_pkcs12(key, cert, PASSWORD))
        )
    users.change_own_password(db, "aibek", PASSWORD, "brand-new-pass", sleep=lambda s: None)
    with db.session() as s:
        p12 = s.scalar(select(User.signing_p12).where(User.login == "aibek"))
    assert secrets.pkcs12_is_protected(p12)
    assert _private_numbers(secrets.open_pkcs12(p12, "brand-new-pass")[0]) == _private_numbers(key)
    with pytest.raises(AuthenticationFailed):
        secrets.open_pkcs12(p12, PASSWORD)
    assert users.get_user(db, "aibek").has_identity
