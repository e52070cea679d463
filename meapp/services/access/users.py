"""Users, passwords (argon2) and the acting user of a use case.

Until the first user exists, the database is in set-up mode: actions run as the local
operator (`Actor.system()`), and the only user that can be made is the first administrator
(`create_first_admin`). Once users exist, changes need a logged-in `Actor` whose role
allows them (`require`), and user management refuses the set-up operator.

Passwords are stored only as argon2 hashes. Each failed login makes the answer come later
(0.5 s, 1 s, 2 s … up to 8 s) so that guessing from the keyboard or a script is slow;
the wait happens after the transaction, never while holding the database.

The failures are counted by the login *text*, whether or not such a user exists, and the
password is checked against a dummy hash when it does not, so the work and the delays are
the same for every login: the answer's timing does not tell which logins exist (issue 20:
the delays used to grow only for real users, 1,9 → 9,4 s for `admin` against a steady
1,7 s for an unknown login). The counts live in `LoginThrottle`, the table
`login_attempt` of the database itself (they used to be in a side file
`<db>-logins.json`, which migration 0011 reads once and removes), so they persist from one
process to the next like the old per-user column did.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NotRequired, TypedDict, Unpack

from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, func, select
from sqlalchemy.exc import InternalError, OperationalError
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
from meapp.models.security import LoginAttempt
from meapp.store import audit_chain as audit
from meapp.store.engine import Database

log = logging.getLogger(__name__)
_hasher = PasswordHasher()
MIN_PASSWORD = 4
MAX_LOGIN = 100
BASE_DELAY = 0.5
MAX_DELAY = 8.0
Sleep = Callable[[float], Any]

# What an unknown login's password is checked against: a hash made with the hasher's own
# parameters, so the check costs what a real user's does. Made once when the library's
# parameters differ from the ones it was written with (never on the start path otherwise).
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$2MxTSRnxjZuPNVkOTpoJNg$"
    "v0smVHJ9OH+1hDPdpcmoQqWB4YaPPVUj1wU9/xoA3WM"
)
_dummy_hash: str | None = None
MAX_THROTTLED_LOGINS = 10_000


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


def record_user_event(
    s: Session,
    by: str | None,
    user: User,
    action: str,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """One event of the trail about a user account: who did it (`by`), to which user, what
    changed. Every user and signing-identity change records its event through here."""
    audit.record(
        s, user=by, action=action, entity="user", entity_id=user.id, before=before, after=after
    )


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


def _dummy() -> str:
    """The hash an unknown login's password is checked against (same cost as a real one)."""
    global _dummy_hash
    if _dummy_hash is None:
        wanted = (_hasher.time_cost, _hasher.memory_cost, _hasher.parallelism, _hasher.type)
        p = extract_parameters(_DUMMY_HASH)
        same = (p.time_cost, p.memory_cost, p.parallelism, p.type) == wanted
        _dummy_hash = _DUMMY_HASH if same else _hasher.hash("meapp: no such user")
    return _dummy_hash


class LoginThrottle:
    """Failed logins in a row, counted by the login text, in the database's `login_attempt`.

    One count per login *text* (case folded, as logins are looked up), whether or not the
    user exists: the delay after a failure is the same for `admin` and for `nobody`. The
    texts are stored only as SHA-256 digests (someone who types a password into the login
    field does not leave it in the database). The table is in the database itself, so every
    process on it (and every client of a server database) shares the counts, a backup
    carries them, and an exchange package never does (`models.security.LoginAttempt`).
    Failures are not events of the audit trail: it records changes to the data, and a
    count is no change anyone made.

    A successful login writes only when there is a count to clear, so logging in to a
    command that is then refused leaves the database as it was. A database that takes no
    write (opened read-only, a read-only file, locked by another process past the busy
    timeout) keeps no count: the delay is then that of one failure more than stored, the
    same for every login, and nothing is written.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def key(login: str) -> str:
        """The digest a login text is counted under (the same as the old side file's for
        an SQLite database, so the migration carries its counts over unchanged)."""
        text = f"meapp-login\0\0{(login or '').strip().casefold()}"
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def _count(self, s: Session, key: str) -> int:
        return int(s.scalar(select(LoginAttempt.failures).where(LoginAttempt.key == key)) or 0)

    def failures(self, login: str) -> int:
        """The failed logins in a row recorded for this login text."""
        with self.db.session() as s:
            return self._count(s, self.key(login))

    def record_failure(self, login: str) -> int:
        """Count one more failure for this login text; the count now (see the class)."""
        key = self.key(login)
        try:
            with self.db.session() as s, s.begin():
                s.execute(_one_more_failure(s, key, utcnow()))
                count = self._count(s, key)
                _bound_attempts(s)
                return count
        except (OperationalError, InternalError) as exc:
            log.warning("failed login not counted (%s)", exc.orig or exc)
        try:
            return self.failures(login) + 1
        except (OperationalError, InternalError):
            return 1

    def reset(self, login: str) -> None:
        """Clear the count after a success or a new password (no write when there is none)."""
        key = self.key(login)
        try:
            if not self.failures(login):
                return
            with self.db.session() as s, s.begin():
                s.execute(delete(LoginAttempt).where(LoginAttempt.key == key))
        except (OperationalError, InternalError) as exc:
            log.warning("failed logins not cleared (%s)", exc.orig or exc)


def _one_more_failure(s: Session, key: str, now: datetime) -> Any:
    """One statement that adds a failure, atomic between processes (an upsert)."""
    stmt: Any
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt = pg_insert(LoginAttempt)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(LoginAttempt)
    stmt = stmt.values(key=key, failures=1, last_at=now)
    return stmt.on_conflict_do_update(
        index_elements=[LoginAttempt.key],
        set_={"failures": LoginAttempt.failures + 1, "last_at": now},
    )


def _bound_attempts(s: Session) -> None:
    """At most `MAX_THROTTLED_LOGINS` rows: the oldest failures go first."""
    rows = s.scalar(select(func.count()).select_from(LoginAttempt)) or 0
    if rows <= MAX_THROTTLED_LOGINS:
        return
    oldest = select(LoginAttempt.key).order_by(LoginAttempt.last_at, LoginAttempt.key)
    keys = list(s.scalars(oldest.limit(rows - MAX_THROTTLED_LOGINS)))
    s.execute(delete(LoginAttempt).where(LoginAttempt.key.in_(keys)))


def failed_logins(db: Database, login: str) -> int:
    """Failed logins in a row recorded for `login` (any text, a user or not)."""
    return LoginThrottle(db).failures(login)


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
    """The user with this login; case is ignored when the exact spelling is not found.

    The same two queries whether the login exists or not (the list of logins, then the
    row), so looking up an unknown login takes no longer than a real one.
    """
    login = (login or "").strip()
    if not login:
        return None
    logins = list(s.scalars(select(User.login)))
    folded = login.casefold()
    match = login if login in logins else next((x for x in logins if x.casefold() == folded), login)
    return s.scalar(select(User).where(User.login == match))


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
    position: str | None = None,
    organisation: str | None = None,
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
    record_user_event(s, recorded_by, user, "create", after=_profile(user))
    return user


class NewUser(TypedDict):
    """What a new account is made of (the keywords of `add_user` and `add_user_in`)."""

    full_name: str
    role: str
    password: str
    position: NotRequired[str | None]
    organisation: NotRequired[str | None]


def add_user_in(s: Session, actor: Actor, login: str, **new: Unpack[NewUser]) -> User:
    """Add a user inside the caller's transaction (an administrator's action)."""
    audit.lock_chain(s)
    _user_manager(s, actor)
    if not _has_users(s) and new["role"] != "admin":
        raise ValidationError("the first user must be an administrator")
    return _new_user(s, login=login, recorded_by=actor.login, **new)


def add_user(db: Database, actor: Actor, login: str, **new: Unpack[NewUser]) -> UserDTO:
    """`add_user_in` in a transaction of its own."""
    with db.session() as s, s.begin():
        return _dto(add_user_in(s, actor, login, **new))


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

    The delay grows with the failures in a row for that login text and is reset by a
    success. An unknown or deactivated login does the same work (a password check against
    a dummy hash, the same count in `LoginThrottle`), gets the same answer and the same
    delay: nothing in a failure tells whether the login exists.
    """
    actor: Actor | None = None
    throttle = LoginThrottle(db)
    with db.session() as s, s.begin():
        user = _lookup(s, login)
        usable = user is not None and bool(user.active)
        stored = user.password_hash if user is not None and usable else _dummy()
        if verify_password(stored, password) and user is not None and usable:
            if user.failed_logins:
                user.failed_logins = 0
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            actor = Actor(user.login, user.role, user.full_name, user.position)
    if actor is None:
        failures = throttle.record_failure(login)
        sleep(failure_delay(failures))
        raise AuthenticationFailed("wrong login or password")
    throttle.reset(login)
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
        record_user_event(
            s,
            actor.login,
            user,
            "password.change",
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
        record_user_event(s, actor.login, user, "password.reset")
    LoginThrottle(db).reset(login)  # the new password is tried without the old delay


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
        record_user_event(s, actor.login, user, "role", before={"role": old}, after={"role": role})
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
        record_user_event(
            s,
            actor.login,
            user,
            "activate" if active else "deactivate",
            before={"active": not active},
            after={"active": active},
        )
        dto = _dto(user)
    if active:
        LoginThrottle(db).reset(login)
    return dto


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
            record_user_event(s, actor.login, user, "update", before=old, after=new)
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
