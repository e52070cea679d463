"""Users, passwords (argon2) and the acting user of a use case.

Until the first user exists, the database is in set-up mode: actions run as the local
operator (`Actor.system()`), and the only user that can be made is the first administrator
(`create_first_admin`). Once users exist, changes need a logged-in `Actor` whose role
allows them (`require`), and user management refuses the set-up operator.

Passwords are stored only as argon2 hashes. Each failed login makes the answer come later
(0.5 s, 1 s, 2 s … up to 8 s) so that guessing from the keyboard or a script is slow;
the wait happens after the transaction, never while holding the database.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meapp.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from meapp.models import User, enums
from meapp.models.base import utcnow
from meapp.models.roles import RIGHT_LABELS, role_allows
from meapp.store import audit_chain as audit
from meapp.store.engine import Database

_hasher = PasswordHasher()
MIN_PASSWORD = 4
MAX_LOGIN = 100
BASE_DELAY = 0.5
MAX_DELAY = 8.0
Sleep = Callable[[float], Any]

# Failures for logins that do not exist, so that their delay grows like a real user's and
# the timing does not tell which logins exist. Kept in memory only (bounded).
_unknown_failures: dict[str, int] = {}
_dummy_hash: str | None = None


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

    @property
    def is_system(self) -> bool:
        return self.login is None

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

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "login": self.login,
            "full_name": self.full_name,
            "position": self.position,
            "organisation": self.organisation,
            "role": self.role,
            "active": self.active,
            "has_identity": self.has_identity,
        }


def _dto(u: User) -> UserDTO:
    return UserDTO(
        str(u.id),
        u.login,
        u.full_name,
        u.position,
        u.organisation,
        u.role,
        bool(u.active),
        u.signing_p12 is not None,
    )


def _profile(u: User) -> dict[str, Any]:
    """What the audit trail shows of a user (never the hash or the key)."""
    return {
        "login": u.login,
        "full_name": u.full_name,
        "position": u.position,
        "organisation": u.organisation,
        "role": u.role,
        "active": bool(u.active),
    }


def require(actor: Actor, right: str) -> None:
    if not actor.can(right):
        raise PermissionDenied(
            "not allowed: the role {role} may not {action}",
            role=actor.role,
            action=RIGHT_LABELS.get(right, right),
            right=right,
        )


# -- passwords ------------------------------------------------------------------------------


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError("the password must have at least {n} characters", n=MIN_PASSWORD)


def failure_delay(failures: int) -> float:
    """Seconds to wait after the n-th failed login in a row (0 before any failure)."""
    if failures <= 0:
        return 0.0
    return min(BASE_DELAY * 2 ** (failures - 1), MAX_DELAY)


def _burn_time(password: str) -> None:
    """Verify against a dummy hash, so an unknown login costs as much as a known one."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("meapp: no such user")
    verify_password(_dummy_hash, password)


# -- reading --------------------------------------------------------------------------------


def has_users(db: Database) -> bool:
    with db.session() as s:
        return _has_users(s)


def _has_users(s: Session) -> bool:
    return bool(s.scalar(select(func.count()).select_from(User)))


def full_names_in(s: Session, logins: Iterable[str | None]) -> dict[str, str]:
    """The full name of each known login (who submitted or approved a round, …)."""
    wanted = {login for login in logins if login}
    if not wanted:
        return {}
    return dict(s.execute(select(User.login, User.full_name).where(User.login.in_(wanted))).all())


def list_users(db: Database) -> list[UserDTO]:
    with db.session() as s:
        return [_dto(u) for u in s.scalars(select(User).order_by(User.login))]


def _lookup(s: Session, login: str) -> User | None:
    """The user with this login; case is ignored when the exact spelling is not found."""
    login = (login or "").strip()
    if not login:
        return None
    user = s.scalar(select(User).where(User.login == login))
    if user is not None:
        return user
    folded = login.casefold()
    for candidate in s.scalars(select(User)):
        if candidate.login.casefold() == folded:
            return candidate
    return None


def _find(s: Session, login: str) -> User:
    user = _lookup(s, login)
    if user is None:
        raise NotFound("no user {login}", login=login)
    return user


def get_user(db: Database, login: str) -> UserDTO:
    with db.session() as s:
        return _dto(_find(s, login))


def _active_admins(s: Session) -> int:
    return (
        s.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == "admin", User.active.is_(True))
        )
        or 0
    )


# -- creating users -------------------------------------------------------------------------


def _check_login(s: Session, login: str) -> str:
    login = (login or "").strip()
    if not login or any(ch.isspace() for ch in login):
        raise ValidationError("a login is one word without spaces")
    if len(login) > MAX_LOGIN:
        raise ValidationError("a login has at most {n} characters", n=MAX_LOGIN)
    if _lookup(s, login) is not None:
        raise ValidationError("the login {login} is taken", login=login)
    return login


def _check_role(role: str) -> None:
    if role not in enums.ROLES:
        raise ValidationError(
            "unknown role {role}; use one of {roles}", role=role, roles=", ".join(enums.ROLES)
        )


def _user_manager(s: Session, actor: Actor) -> None:
    """Managing users needs a logged-in administrator once users exist."""
    require(actor, "users.manage")
    if actor.is_system and _has_users(s):
        raise PermissionDenied("not allowed: log in as an administrator to manage users")


def _new_user(
    s: Session,
    *,
    login: str,
    full_name: str,
    role: str,
    password: str,
    position: str | None,
    organisation: str | None,
    recorded_by: str | None,
) -> User:
    login = _check_login(s, login)
    _check_role(role)
    _check_password(password)
    user = User(
        login=login,
        full_name=(full_name or "").strip() or login,
        role=role,
        password_hash=hash_password(password),
        position=(position or "").strip() or None,
        organisation=(organisation or "").strip() or None,
        active=True,
        failed_logins=0,
    )
    s.add(user)
    s.flush()
    audit.record(
        s,
        user=recorded_by,
        action="create",
        entity="user",
        entity_id=user.id,
        after=_profile(user),
    )
    return user


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
    """Add a user inside the caller's transaction (an administrator's action)."""
    audit.lock_chain(s)
    _user_manager(s, actor)
    if not _has_users(s) and role != "admin":
        raise ValidationError("the first user must be an administrator")
    return _new_user(
        s,
        login=login,
        full_name=full_name,
        role=role,
        password=password,
        position=position,
        organisation=organisation,
        recorded_by=actor.login,
    )


def add_user(
    db: Database,
    actor: Actor,
    login: str,
    *,
    full_name: str,
    role: str,
    password: str,
    position: str | None = None,
    organisation: str | None = None,
) -> UserDTO:
    with db.session() as s, s.begin():
        return _dto(
            add_user_in(
                s,
                actor,
                login,
                full_name=full_name,
                role=role,
                password=password,
                position=position,
                organisation=organisation,
            )
        )


def create_first_admin(
    db: Database,
    login: str,
    full_name: str,
    password: str,
    *,
    position: str | None = None,
    organisation: str | None = None,
) -> UserDTO:
    """The first start: whoever sits at the computer makes the administrator account.

    Allowed only while the database has no user at all, so it cannot be used to slip in a
    second administrator later. The event is recorded under the new login: the person
    choosing the password is the one who will use it.
    """
    with db.session() as s, s.begin():
        audit.lock_chain(s)
        if _has_users(s):
            raise PermissionDenied(
                "not allowed: users exist already; an administrator adds new users"
            )
        user = _new_user(
            s,
            login=login,
            full_name=full_name,
            role="admin",
            password=password,
            position=position,
            organisation=organisation,
            recorded_by=(login or "").strip(),
        )
        return _dto(user)


# -- logging in -----------------------------------------------------------------------------


def authenticate(db: Database, login: str, password: str, *, sleep: Sleep = time.sleep) -> Actor:
    """The `Actor` for a login and password, or `AuthenticationFailed` after a delay.

    The delay grows with the failures in a row for that login and is reset by a success.
    An unknown or deactivated login gets the same answer and the same kind of delay.
    """
    actor: Actor | None = None
    failures = 0
    with db.session() as s, s.begin():
        user = _lookup(s, login)
        if user is None or not user.active:
            _burn_time(password)
            key = (login or "").strip().casefold()
            if len(_unknown_failures) > 1000:
                _unknown_failures.clear()
            failures = _unknown_failures[key] = _unknown_failures.get(key, 0) + 1
        elif verify_password(user.password_hash, password):
            if user.failed_logins:
                user.failed_logins = 0
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            actor = Actor(user.login, user.role, user.full_name, user.position)
        else:
            user.failed_logins = (user.failed_logins or 0) + 1
            user.last_failed_at = utcnow()
            failures = user.failed_logins
    if actor is None:
        sleep(failure_delay(failures))
        raise AuthenticationFailed("wrong login or password")
    return actor


# -- passwords, roles, deactivation ---------------------------------------------------------


def change_own_password(
    db: Database,
    login: str,
    old_password: str,
    new_password: str,
    *,
    sleep: Sleep = time.sleep,
) -> None:
    """A user changes their own password, proving it with the old one.

    Their signing key, protected by the old password, is re-encrypted with the new one.
    """
    actor = authenticate(db, login, old_password, sleep=sleep)
    _check_password(new_password)
    if new_password == old_password:
        raise ValidationError("the new password is the same as the old one")
    with db.session() as s, s.begin():
        user = _find(s, actor.login or login)
        user.password_hash = hash_password(new_password)
        user.failed_logins = 0
        rewrapped = False
        if user.signing_p12 is not None:
            from meapp.services.access import secrets

            try:
                user.signing_p12 = secrets.rewrap_pkcs12(
                    user.signing_p12, old_password, new_password
                )
                rewrapped = True
            except (AuthenticationFailed, ValidationError):
                pass  # the key has a password of its own: it keeps it
        audit.record(
            s,
            user=actor.login,
            action="password.change",
            entity="user",
            entity_id=user.id,
            after={"signing_key_rewrapped": rewrapped} if user.signing_p12 is not None else None,
        )


def set_password(db: Database, actor: Actor, login: str, password: str) -> None:
    """An administrator sets another user's password (they forgot theirs).

    The user's signing key stays protected by their old password: an administrator never
    gets hold of someone else's key.
    """
    with db.session() as s, s.begin():
        _user_manager(s, actor)
        user = _find(s, login)
        if actor.login is not None and user.login == actor.login:
            raise ValidationError("to change your own password, give the old one")
        _check_password(password)
        user.password_hash = hash_password(password)
        user.failed_logins = 0
        audit.record(s, user=actor.login, action="password.reset", entity="user", entity_id=user.id)


def change_role(db: Database, actor: Actor, login: str, role: str) -> UserDTO:
    """An administrator gives a user another role; the last administrator stays one."""
    _check_role(role)
    with db.session() as s, s.begin():
        audit.lock_chain(s)  # two administrators demoting each other at once: one waits
        _user_manager(s, actor)
        user = _find(s, login)
        if user.role == role:
            return _dto(user)
        if user.role == "admin" and user.active and _active_admins(s) <= 1:
            raise ValidationError(
                "{login} is the last administrator; make another user an administrator first",
                login=user.login,
            )
        old = user.role
        user.role = role
        s.flush()
        audit.record(
            s,
            user=actor.login,
            action="role",
            entity="user",
            entity_id=user.id,
            before={"role": old},
            after={"role": role},
        )
        return _dto(user)


def set_active(db: Database, actor: Actor, login: str, active: bool) -> UserDTO:
    """Deactivate (or reactivate) a user: they can no longer log in; history keeps them."""
    with db.session() as s, s.begin():
        audit.lock_chain(s)
        _user_manager(s, actor)
        user = _find(s, login)
        if bool(user.active) == active:
            return _dto(user)
        if not active:
            if actor.login is not None and user.login == actor.login:
                raise ValidationError("you cannot deactivate yourself")
            if user.role == "admin" and _active_admins(s) <= 1:
                raise ValidationError(
                    "{login} is the last administrator; make another user an administrator first",
                    login=user.login,
                )
        user.active = active
        if active:
            user.failed_logins = 0
        s.flush()
        audit.record(
            s,
            user=actor.login,
            action="activate" if active else "deactivate",
            entity="user",
            entity_id=user.id,
            before={"active": not active},
            after={"active": active},
        )
        return _dto(user)


def deactivate_user(db: Database, actor: Actor, login: str) -> UserDTO:
    return set_active(db, actor, login, False)


def activate_user(db: Database, actor: Actor, login: str) -> UserDTO:
    return set_active(db, actor, login, True)


def update_profile(
    db: Database,
    actor: Actor,
    login: str,
    *,
    full_name: str | None = None,
    position: str | None = None,
    organisation: str | None = None,
) -> UserDTO:
    """Name, position and organisation: the user themselves or an administrator."""
    with db.session() as s, s.begin():
        user = _find(s, login)
        if actor.login is None or actor.login != user.login:
            _user_manager(s, actor)
        before = _profile(user)
        if full_name is not None:
            if not full_name.strip():
                raise ValidationError("the full name is empty")
            user.full_name = full_name.strip()
        if position is not None:
            user.position = position.strip() or None
        if organisation is not None:
            user.organisation = organisation.strip() or None
        old, new = audit.changed(before, _profile(user))
        if new:
            s.flush()
            audit.record(
                s,
                user=actor.login,
                action="update",
                entity="user",
                entity_id=user.id,
                before=old,
                after=new,
            )
        return _dto(user)


def last_activity(db: Database) -> dict[str, datetime]:
    """When each login last changed something, from the audit trail (UTC, aware).

    The app does not write an event for a plain log-in (that would fill the trail with
    noise), so this is the last recorded action, which the users page shows.
    """
    from meapp.models import AuditEvent

    with db.session() as s:
        rows = s.execute(
            select(AuditEvent.user_login, func.max(AuditEvent.at))
            .where(AuditEvent.user_login.is_not(None))
            .group_by(AuditEvent.user_login)
        ).all()
    result: dict[str, datetime] = {}
    for login, at in rows:
        if login is None:
            continue
        try:
            result[login] = datetime.fromisoformat(str(at).replace("Z", "+00:00"))
        except ValueError:
            continue
    return result
