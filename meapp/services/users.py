"""Users, passwords (argon2) and the acting user of a use case.

Until the first user exists, the database is in set-up mode: actions run as the local
operator (`Actor.system()`). Once users exist, changes need a logged-in `Actor` whose role
allows them (`require`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meapp.models import User, enums
from meapp.models.base import utcnow
from meapp.models.roles import role_allows
from meapp.services import audit
from meapp.services.db import Database
from meapp.services.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)

_hasher = PasswordHasher()
MIN_PASSWORD = 4


@dataclass(frozen=True)
class Actor:
    login: str | None
    role: str
    full_name: str = ""
    position: str | None = None

    @classmethod
    def system(cls) -> Actor:
        """The local operator before any user exists (set-up mode)."""
        return cls(None, "admin", "")

    def can(self, right: str) -> bool:
        return role_allows(self.role, right)


@dataclass(frozen=True)
class UserDTO:
    id: str
    login: str
    full_name: str
    position: str | None
    organisation: str | None
    role: str
    active: bool
    has_identity: bool


def _dto(u: User) -> UserDTO:
    return UserDTO(
        str(u.id), u.login, u.full_name, u.position, u.organisation, u.role, u.active,
        u.signing_p12 is not None,
    )


def require(actor: Actor, right: str) -> None:
    if not actor.can(right):
        raise PermissionDenied(
            "the role {role} does not allow this action ({right})", role=actor.role, right=right
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def has_users(db: Database) -> bool:
    with db.session() as s:
        return bool(s.scalar(select(func.count()).select_from(User)))


def list_users(db: Database) -> list[UserDTO]:
    with db.session() as s:
        return [_dto(u) for u in s.scalars(select(User).order_by(User.login))]


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError("the password must have at least {n} characters", n=MIN_PASSWORD)


def add_user_in(
    s: Session,
    actor: Actor,
    login: str,
    *,
    full_name: str,
    role: str,
    password: str,
    position: str | None = None,
    organisation: str | None = None,
) -> User:
    require(actor, "users.manage")
    login = (login or "").strip()
    if not login or any(ch.isspace() for ch in login):
        raise ValidationError("a login is one word without spaces")
    if role not in enums.ROLES:
        raise ValidationError(
            "unknown role {role}; use one of {roles}", role=role, roles=", ".join(enums.ROLES)
        )
    _check_password(password)
    if s.scalar(select(User).where(User.login == login)):
        raise ValidationError("the login {login} is taken", login=login)
    user = User(
        login=login,
        full_name=full_name.strip() or login,
        role=role,
        password_hash=hash_password(password),
        position=position,
        organisation=organisation,
    )
    s.add(user)
    s.flush()
    audit.record(s, user=actor.login, action="create", entity="user", entity_id=user.id,
                 after=audit.snapshot(user))
    return user


def add_user(db: Database, actor: Actor, login: str, **kw) -> UserDTO:
    with db.session() as s, s.begin():
        return _dto(add_user_in(s, actor, login, **kw))


def authenticate(db: Database, login: str, password: str, *, sleep=time.sleep) -> Actor:
    """Check a password; each failure since the last success makes the next try wait longer."""
    with db.session() as s, s.begin():
        user = s.scalar(select(User).where(User.login == login))
        if user is None or not user.active:
            sleep(0.5)
            raise AuthenticationFailed("wrong login or password")
        if user.failed_logins:
            sleep(min(0.5 * 2 ** (user.failed_logins - 1), 8.0))
        try:
            _hasher.verify(user.password_hash, password)
            ok = True
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        if not ok:
            user.failed_logins += 1
            user.last_failed_at = utcnow()
        else:
            user.failed_logins = 0
            actor = Actor(user.login, user.role, user.full_name, user.position)
    if not ok:
        raise AuthenticationFailed("wrong login or password")
    return actor


def get_user(db: Database, login: str) -> UserDTO:
    with db.session() as s:
        user = s.scalar(select(User).where(User.login == login))
        if user is None:
            raise NotFound("no user {login}", login=login)
        return _dto(user)


def set_password(db: Database, actor: Actor, login: str, password: str) -> None:
    """Admins set anyone's password; every user may change their own."""
    if actor.login != login:
        require(actor, "users.manage")
    _check_password(password)
    with db.session() as s, s.begin():
        user = s.scalar(select(User).where(User.login == login))
        if user is None:
            raise NotFound("no user {login}", login=login)
        user.password_hash = hash_password(password)
        user.failed_logins = 0
        audit.record(s, user=actor.login, action="password", entity="user", entity_id=user.id)
