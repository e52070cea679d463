"""Working group, SWOT and risks of a programme."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from meapp.models import enums
from meapp.models.base import Entity, enum_check


class WorkingGroup(Entity):
    __tablename__ = "working_group"
    __table_args__ = (
        CheckConstraint(
            enum_check("approving_body", enums.APPROVING_BODIES), name="approving_body"
        ),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), unique=True
    )
    order_number: Mapped[str | None] = mapped_column(String(100))
    order_date: Mapped[date | None] = mapped_column(Date)
    # the body whose document approved the group (issue 21): council resolution, order of the
    # head (mayor / head of the aiyl okmotu), or "other" named in the note; None: not stated
    approving_body: Mapped[str | None] = mapped_column(String(20))
    approving_body_note: Mapped[str | None] = mapped_column(String(300))


class GroupMember(Entity):
    __tablename__ = "group_member"
    __table_args__ = (
        CheckConstraint(enum_check("side", enums.MEMBER_SIDES), name="side"),
        CheckConstraint(enum_check("gender", enums.GENDERS), name="gender"),
        CheckConstraint(enum_check("role", enums.MEMBER_ROLES), name="role"),
    )

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("working_group.id", ondelete="CASCADE"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(300))
    organisation: Mapped[str | None] = mapped_column(String(300))
    side: Mapped[str] = mapped_column(String(20), default="mayors_office")
    gender: Mapped[str] = mapped_column(String(1), default="f")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20), default="member")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class SwotItem(Entity):
    __tablename__ = "swot_item"
    __table_args__ = (
        CheckConstraint(enum_check("category", enums.SWOT_CATEGORIES), name="category"),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Risk(Entity):
    __tablename__ = "risk"
    __table_args__ = (
        CheckConstraint("likelihood BETWEEN 1 AND 5", name="likelihood"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact"),
        CheckConstraint(enum_check("status", enums.RISK_STATUSES), name="status"),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    likelihood: Mapped[int] = mapped_column(Integer, default=3)
    impact: Mapped[int] = mapped_column(Integer, default=3)
    mitigation: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="open")
