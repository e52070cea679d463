"""Users, failed-login counts and the tamper-evident audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from meapp.models import enums
from meapp.models.base import Base, Entity, enum_check


class User(Entity):
    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint(enum_check("role", enums.ROLES), name="role"),)

    login: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(300))
    organisation: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20), default="viewer")
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Signing identity: PKCS#12 encrypted with the owner's password, and the certificate.
    signing_p12: Mapped[bytes | None] = mapped_column(LargeBinary)
    signing_cert_pem: Mapped[str | None] = mapped_column(Text)


class AuditEvent(Base):
    """One entry of the hash chain.

    Every column is stored as text or integer so that the hash, computed over the exact
    stored text of every column, is the same on SQLite and PostgreSQL and after a backup.
    `seq` orders the chain; `prev_hash` is the previous event's `hash`.
    """

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_entity", "entity", "entity_id"),
        Index("ix_audit_event_user", "user_login"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[str] = mapped_column(String(32))
    user_login: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    program_id: Mapped[str | None] = mapped_column(String(36), index=True)
    period: Mapped[str | None] = mapped_column(String(10))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class LoginAttempt(Base):
    """Failed logins in a row for one login *text* (`services.access.users.LoginThrottle`).

    The text itself is never stored, only its SHA-256 `key` (someone who types a password
    into the login field leaves no trace of it here), and a row exists alike for a real
    user and for a login nobody has: the delay does not tell which logins exist. Not an
    `Entity`: no audit events, no row versions, never in an exchange package (a count of
    failures belongs to this database, not to the programme). Backups carry it, as they
    carry the whole file.
    """

    __tablename__ = "login_attempt"
    __table_args__ = (Index("ix_login_attempt_last_at", "last_at"),)

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    last_at: Mapped[datetime] = mapped_column(DateTime)
