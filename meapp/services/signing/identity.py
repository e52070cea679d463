"""Signing identities: a key pair and an X.509 certificate per user, and the trusted list.

An identity is created in the app (a fresh key and a self-signed certificate carrying the
person's name, position and organisation) or imported from a PKCS#12 file a certificate
authority issued; only those who sign reports keep one (`boxes.may_hold_identity`: the
evaluators who chair, the mayor). Either way it is kept in `User.signing_p12`, a PKCS#12
encrypted with a password of the owner (the login password; `users.change_own_password`
re-wraps it when that changes) and sealed with a MAC as costly to attack as the encryption
(`keyfile`; also after that re-wrap; a file written before with cryptography's cheap MAC
is written strongly by the next signing, `strengthen_in`), so the database never holds a
usable private key; `User.signing_cert_pem` keeps the public certificate for export and
for trusting colleagues' signatures without a password.

Trusted signatory certificates (those of other people whose signatures should show as
"trusted") live as PEM files in `data_dir()/trusted/`, named by their SHA-256, until the
database has a table for them. Certificates of the users of the open database count as
trusted too: they were created or imported by an authenticated user of this installation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meapp.errors import (
    NotFound,
    PermissionDenied,
    ValidationError,
)
from meapp.services.access.secrets import protect_pkcs12

if TYPE_CHECKING:
    from cryptography import x509
    from sqlalchemy.orm import Session

    from meapp.models import User
    from meapp.services.access.users import Actor
    from meapp.store.engine import Database

KEY_TYPES = ("rsa", "ec")
RSA_BITS = 3072
DEFAULT_YEARS = 5
COUNTRY = "KG"
# A self-made certificate starts a little in the past so that a laptop whose clock is a few
# minutes behind another's still accepts it.
_BACKDATE = timedelta(minutes=10)


@dataclass(frozen=True)
class CertificateInfo:
    """What a person needs to know about a certificate, without the cryptography types."""

    common_name: str
    title: str | None
    organisation: str | None
    country: str | None
    issuer: str
    serial: str
    not_before: datetime
    not_after: datetime
    sha256: str
    self_signed: bool

    def valid_at(self, when: datetime) -> bool:
        return self.not_before <= when <= self.not_after

    def as_json(self) -> dict[str, Any]:
        return {
            "common_name": self.common_name,
            "title": self.title,
            "organisation": self.organisation,
            "country": self.country,
            "issuer": self.issuer,
            "serial": self.serial,
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "sha256": self.sha256,
            "self_signed": self.self_signed,
        }


@dataclass(frozen=True)
class IdentityDTO:
    login: str
    full_name: str
    certificate: CertificateInfo


@dataclass(frozen=True)
class UnlockedIdentity:
    """Key and certificates in memory for one signing; never stored, never shown."""

    key: Any
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]


# -- certificates ---------------------------------------------------------------------------


def _name_attr(name: x509.Name, oid: Any) -> str | None:
    attrs = name.get_attributes_for_oid(oid)
    if not attrs:
        return None
    value = attrs[0].value
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def certificate_sha256(cert: x509.Certificate) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding

    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def certificate_info(cert: x509.Certificate) -> CertificateInfo:
    from cryptography.x509.oid import NameOID

    subject, issuer = cert.subject, cert.issuer
    common_name = _name_attr(subject, NameOID.COMMON_NAME) or subject.rfc4514_string()
    return CertificateInfo(
        common_name=common_name,
        title=_name_attr(subject, NameOID.TITLE),
        organisation=_name_attr(subject, NameOID.ORGANIZATION_NAME),
        country=_name_attr(subject, NameOID.COUNTRY_NAME),
        issuer=_name_attr(issuer, NameOID.COMMON_NAME) or issuer.rfc4514_string(),
        serial=format(cert.serial_number, "x"),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        sha256=certificate_sha256(cert),
        self_signed=subject == issuer,
    )


def load_certificate(data: bytes, *, file: str | None = None) -> x509.Certificate:
    """A certificate from PEM or DER bytes."""
    from cryptography import x509

    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise ValidationError(
            "not a certificate (PEM or DER expected): {file}", file=file or ""
        ) from exc


def certificate_bytes(cert: x509.Certificate, fmt: str = "pem") -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    if fmt not in ("pem", "der"):
        raise ValidationError("unknown certificate format {format}; use pem or der", format=fmt)
    return cert.public_bytes(Encoding.PEM if fmt == "pem" else Encoding.DER)


def check_validity(cert: x509.Certificate, when: datetime | None = None) -> None:
    """Refuse a certificate outside its validity dates (signing with it would be void)."""
    when = when or datetime.now(UTC)
    if when < cert.not_valid_before_utc:
        raise ValidationError(
            "the certificate is not valid before {date}",
            date=cert.not_valid_before_utc.strftime("%Y-%m-%d %H:%M UTC"),
        )
    if when > cert.not_valid_after_utc:
        raise ValidationError(
            "the certificate expired on {date}",
            date=cert.not_valid_after_utc.strftime("%Y-%m-%d"),
        )


def _check_key_usage(cert: x509.Certificate) -> None:
    """A certificate limited to other uses (e.g. encryption only) cannot sign documents."""
    from cryptography import x509

    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise ValidationError("the certificate does not allow signing documents")


# -- creating and unlocking identities ------------------------------------------------------


def _check_password(password: str) -> None:
    from meapp.services.access.users import MIN_PASSWORD

    if len(password or "") < MIN_PASSWORD:
        raise ValidationError("the password must have at least {n} characters", n=MIN_PASSWORD)


def _new_key(key_type: str) -> Any:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if key_type == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    if key_type == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    raise ValidationError(
        "unknown key type {kind}; use one of {kinds}", kind=key_type, kinds=", ".join(KEY_TYPES)
    )


def make_certificate(
    key: Any,
    *,
    full_name: str,
    position: str | None,
    organisation: str | None,
    not_before: datetime,
    not_after: datetime,
) -> x509.Certificate:
    """A self-signed signing certificate: name (CN), position (title), organisation, KG."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, COUNTRY)]
    if organisation:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64]))
    if position:
        attrs.append(x509.NameAttribute(NameOID.TITLE, position[:64]))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, full_name[:64]))
    name = x509.Name(attrs)
    public = key.public_key()
    ski = x509.SubjectKeyIdentifier.from_public_key(public)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ski, critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
    )
    return builder.sign(key, hashes.SHA256())


# Key and certificates in a PKCS#12 encrypted with a password, its MAC as costly to attack
# as the encryption: one writer for every key file (`secrets.protect_pkcs12`; the numbers
# are explained in `keyfile`).
pack_pkcs12 = protect_pkcs12


def _add_years(when: datetime, years: int) -> datetime:
    try:
        return when.replace(year=when.year + years)
    except ValueError:  # 29 February
        return when.replace(year=when.year + years, day=28)


def make_identity(
    full_name: str,
    position: str | None,
    organisation: str | None,
    password: str,
    *,
    key_type: str = "rsa",
    years: int = DEFAULT_YEARS,
    not_before: datetime | None = None,
    not_after: datetime | None = None,
    friendly_name: str | None = None,
) -> tuple[bytes, str]:
    """A new key and self-signed certificate: (PKCS#12 bytes, certificate PEM)."""
    _check_password(password)
    full_name = (full_name or "").strip()
    if not full_name:
        raise ValidationError("a signing identity needs the person's full name")
    if not 1 <= years <= 30:
        raise ValidationError("a certificate is valid for 1 to 30 years, not {years}", years=years)
    key = _new_key(key_type)
    start = not_before or (datetime.now(UTC) - _BACKDATE)
    end = not_after or _add_years(start, years)
    cert = make_certificate(
        key,
        full_name=full_name,
        position=(position or "").strip() or None,
        organisation=(organisation or "").strip() or None,
        not_before=start,
        not_after=end,
    )
    p12 = pack_pkcs12(key, cert, password, friendly_name=friendly_name)
    return p12, certificate_bytes(cert, "pem").decode("ascii")


def unlock(p12: bytes, password: str) -> UnlockedIdentity:
    """Open a stored identity; a wrong password is an authentication failure."""
    from meapp.services.access.secrets import open_pkcs12

    key, cert, chain = open_pkcs12(p12, password)
    return UnlockedIdentity(key, cert, tuple(chain))


def _read_pkcs12(data: bytes, password: str, *, file: str | None) -> UnlockedIdentity:
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, cert, chain = pkcs12.load_key_and_certificates(
            data, password.encode("utf-8") if password else None
        )
    except ValueError as exc:
        raise ValidationError(
            "cannot open {file}: wrong password or not a PKCS#12 file", file=file or "PKCS#12"
        ) from exc
    if key is None or cert is None:
        raise ValidationError(
            "{file} holds no private key with its certificate", file=file or "PKCS#12"
        )
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    def spki(k: Any) -> bytes:
        return k.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)

    if spki(key.public_key()) != spki(cert.public_key()):
        raise ValidationError(
            "{file}: the private key does not belong to the certificate", file=file or "PKCS#12"
        )
    return UnlockedIdentity(key, cert, tuple(chain))


# -- the user's identity in the database ----------------------------------------------------


def _user(s: Session, login: str) -> User:
    from sqlalchemy import select

    from meapp.models import User

    user = s.scalar(select(User).where(User.login == login))
    if user is None:
        raise NotFound("no user {login}", login=login)
    return user


def _may_manage(actor: Actor, login: str) -> None:
    """Everyone manages their own identity; only an administrator manages another's."""
    from meapp.services.access.users import require

    if actor.login == login:
        require(actor, "identity.manage")
    else:
        require(actor, "users.manage")


def _may_hold(db: Database, login: str) -> None:
    """Only those who sign reports keep a signing identity (`boxes.may_hold_identity`)."""
    from meapp.services.signing.boxes import may_hold_identity

    with db.session() as s:
        role = _user(s, login).role
    if not may_hold_identity(db, login, role):
        raise PermissionDenied(
            "{login} does not sign reports, so needs no signing identity: only the chair "
            "of the working group (an evaluator) and the mayor sign",
            login=login,
        )


def _store(
    s: Session,
    user: User,
    p12: bytes,
    cert_pem: str,
    *,
    action: str,
    actor_login: str | None,
    replace: bool,
) -> CertificateInfo:
    from meapp.services.access.users import record_user_event

    if user.signing_p12 is not None and not replace:
        raise ValidationError("{login} already has a signing identity", login=user.login)
    before = _audit_view(user)
    user.signing_p12 = p12
    user.signing_cert_pem = cert_pem
    info = certificate_info(load_certificate(cert_pem.encode("ascii")))
    s.flush()
    record_user_event(s, actor_login, user, action, before=before, after=_audit_view(user))
    return info


def _audit_view(user: User) -> dict[str, Any] | None:
    if not user.signing_cert_pem:
        return None
    info = certificate_info(load_certificate(user.signing_cert_pem.encode("ascii")))
    return {
        "certificate_sha256": info.sha256,
        "subject": info.common_name,
        "title": info.title,
        "issuer": info.issuer,
        "not_after": info.not_after.isoformat(),
    }


def create_identity_in(
    session: Session,
    user: User,
    password: str,
    *,
    key_type: str = "rsa",
    years: int = DEFAULT_YEARS,
    actor_login: str | None = None,
    replace: bool = False,
) -> CertificateInfo:
    """Give `user` a new key and self-signed certificate protected by `password`.

    For callers that already hold a session and checked the rights (the demo, set-up);
    the certificate carries the user's full name, position and organisation.
    """
    p12, pem = make_identity(
        user.full_name,
        user.position,
        user.organisation,
        password,
        key_type=key_type,
        years=years,
        friendly_name=user.login,
    )
    return _store(
        session,
        user,
        p12,
        pem,
        action="identity.create",
        actor_login=actor_login,
        replace=replace,
    )


def create_identity(
    db: Database,
    actor: Actor,
    login: str,
    password: str,
    *,
    key_type: str = "rsa",
    years: int = DEFAULT_YEARS,
    replace: bool = False,
) -> IdentityDTO:
    return _change_identity(
        db,
        actor,
        login,
        lambda s, user: create_identity_in(
            s,
            user,
            password,
            key_type=key_type,
            years=years,
            actor_login=actor.login,
            replace=replace,
        ),
    )


def _change_identity(
    db: Database,
    actor: Actor,
    login: str,
    store: Callable[[Session, User], CertificateInfo],
) -> IdentityDTO:
    """What giving a user a key shares, however it is made: the rights (`_may_manage`,
    `_may_hold`), one transaction, and the answer."""
    _may_manage(actor, login)
    _may_hold(db, login)
    with db.session() as s, s.begin():
        user = _user(s, login)
        return IdentityDTO(user.login, user.full_name, store(s, user))


def import_identity_in(
    session: Session,
    user: User,
    data: bytes,
    p12_password: str,
    password: str,
    *,
    actor_login: str | None = None,
    replace: bool = False,
    file: str | None = None,
    now: datetime | None = None,
) -> CertificateInfo:
    """Take a PKCS#12 from a certificate authority, re-protected with `password`."""
    _check_password(password)
    opened = _read_pkcs12(data, p12_password, file=file)
    check_validity(opened.certificate, now)
    _check_key_usage(opened.certificate)
    p12 = pack_pkcs12(
        opened.key, opened.certificate, password, chain=opened.chain, friendly_name=user.login
    )
    pem = certificate_bytes(opened.certificate, "pem").decode("ascii")
    return _store(
        session,
        user,
        p12,
        pem,
        action="identity.import",
        actor_login=actor_login,
        replace=replace,
    )


def import_identity(
    db: Database,
    actor: Actor,
    login: str,
    data: bytes,
    p12_password: str,
    password: str,
    *,
    replace: bool = False,
    file: str | None = None,
) -> IdentityDTO:
    return _change_identity(
        db,
        actor,
        login,
        lambda s, user: import_identity_in(
            s,
            user,
            data,
            p12_password,
            password,
            actor_login=actor.login,
            replace=replace,
            file=file,
        ),
    )


def delete_identity(db: Database, actor: Actor, login: str) -> None:
    _may_manage(actor, login)
    from meapp.services.access.users import record_user_event

    with db.session() as s, s.begin():
        user = _user(s, login)
        if user.signing_p12 is None:
            raise NotFound("{login} has no signing identity", login=login)
        before = _audit_view(user)
        user.signing_p12 = None
        user.signing_cert_pem = None
        record_user_event(s, actor.login, user, "identity.delete", before=before)


def get_identity(db: Database, login: str) -> IdentityDTO | None:
    with db.session() as s:
        user = _user(s, login)
        if not user.signing_cert_pem:
            return None
        cert = load_certificate(user.signing_cert_pem.encode("ascii"))
        return IdentityDTO(user.login, user.full_name, certificate_info(cert))


def export_certificate(db: Database, login: str, fmt: str = "pem") -> bytes:
    """The user's certificate for colleagues to trust (public; no password needed)."""
    with db.session() as s:
        user = _user(s, login)
        if not user.signing_cert_pem:
            raise NotFound("{login} has no signing identity", login=login)
        pem = user.signing_cert_pem
    return certificate_bytes(load_certificate(pem.encode("ascii")), fmt)


def unlock_for_signing(
    db: Database, actor: Actor, password: str, *, now: datetime | None = None
) -> UnlockedIdentity:
    """The acting user's key, opened with `password`, if its certificate is valid now."""
    if actor.login is None:
        raise PermissionDenied("signing needs a logged-in user")
    with db.session() as s:
        user = _user(s, actor.login)
        p12 = user.signing_p12
    if p12 is None:
        raise NotFound(
            "{login} has no signing identity; create one first (meapp identity create)",
            login=actor.login,
        )
    opened = unlock(p12, password)
    check_validity(opened.certificate, now)
    return opened


def strengthen_in(session: Session, login: str, password: str) -> bool:
    """Write the user's key file again with `keyfile.protect` when it is an older one whose
    MAC was cheap to attack; `password` is the one that just opened it. True if rewritten."""
    from meapp.services.signing import keyfile

    user = _user(session, login)
    p12 = user.signing_p12
    if p12 is None or keyfile.is_strong(bytes(p12)):
        return False
    user.signing_p12 = keyfile.reprotect(bytes(p12), password)
    return True


# -- trusted signatories --------------------------------------------------------------------


def trusted_dir(folder: Path | None = None) -> Path:
    """Where trusted certificates are kept (`data_dir()/trusted` unless given)."""
    if folder is None:
        from meapp import paths

        folder = paths.data_dir() / "trusted"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def add_trusted_certificate(
    data: bytes, *, folder: Path | None = None, file: str | None = None
) -> CertificateInfo:
    """Trust a colleague's certificate (PEM or DER); adding it twice changes nothing."""
    cert = load_certificate(data, file=file)
    info = certificate_info(cert)
    target = trusted_dir(folder) / f"{info.sha256}.pem"
    if not target.exists():
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(certificate_bytes(cert, "pem"))
        tmp.replace(target)
    return info


def remove_trusted_certificate(sha256: str, *, folder: Path | None = None) -> None:
    target = trusted_dir(folder) / f"{sha256.lower()}.pem"
    if not target.exists():
        raise NotFound("no trusted certificate {sha256}", sha256=sha256)
    target.unlink()


def _folder_certificates(folder: Path | None) -> list[x509.Certificate]:
    certs = []
    for path in sorted(trusted_dir(folder).glob("*.pem")):
        try:
            certs.append(load_certificate(path.read_bytes(), file=path.name))
        except (OSError, ValidationError):
            continue  # a stray or broken file must not stop verification
    return certs


def list_trusted_certificates(folder: Path | None = None) -> list[CertificateInfo]:
    infos = [certificate_info(c) for c in _folder_certificates(folder)]
    return sorted(infos, key=lambda i: (i.common_name.casefold(), i.sha256))


def trusted_certificates(
    db: Database | None = None, *, folder: Path | None = None
) -> list[x509.Certificate]:
    """Every certificate whose signatures count as trusted: the folder's and the users'."""
    certs = _folder_certificates(folder)
    if db is not None:
        from sqlalchemy import select

        from meapp.models import User

        with db.session() as s:
            pems = s.scalars(
                select(User.signing_cert_pem).where(User.signing_cert_pem.is_not(None))
            )
            for pem in pems:
                try:
                    certs.append(load_certificate((pem or "").encode("ascii")))
                except ValidationError:
                    continue
    seen: set[str] = set()
    unique = []
    for c in certs:
        digest = certificate_sha256(c)
        if digest not in seen:
            seen.add(digest)
            unique.append(c)
    return unique
