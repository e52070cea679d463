"""What happens in each reporting period: actuals, measure progress, evidence, rounds."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from meapp.models import enums
from meapp.models.base import Entity, enum_check


class Actual(Entity):
    __tablename__ = "actual"
    __table_args__ = (
        UniqueConstraint("indicator_id", "period"),
        Index("ix_actual_period", "period"),
    )

    indicator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(10))
    value: Mapped[float | None] = mapped_column(Float)
    comment: Mapped[str | None] = mapped_column(Text)
    entered_by: Mapped[str | None] = mapped_column(String(100))
    # An evaluator's confirmation of a value held for review (issue 19): the value confirmed,
    # who, when and why. Every writer voids it when the value changes
    # (`services.monitoring.entry.void_confirmation`: grid, pasted blocks, import-actuals; a
    # package brings the sender's row as it is), so a value that returns to the confirmed
    # number is held again until confirmed again.
    review_value: Mapped[float | None] = mapped_column(Float)
    review_by: Mapped[str | None] = mapped_column(String(100))
    review_at: Mapped[datetime | None] = mapped_column(DateTime)
    review_reason: Mapped[str | None] = mapped_column(Text)

    @property
    def review_confirmed(self) -> bool:
        """Whether the stored value is the one an evaluator confirmed."""
        return self.review_value is not None and self.review_value == self.value


class MeasureProgress(Entity):
    __tablename__ = "measure_progress"
    __table_args__ = (
        UniqueConstraint("measure_id", "period"),
        CheckConstraint(enum_check("status", enums.MEASURE_STATUSES), name="status"),
        CheckConstraint(
            "percent_complete IS NULL OR (percent_complete >= 0 AND percent_complete <= 100)",
            name="percent",
        ),
        Index("ix_measure_progress_period", "period"),
    )

    measure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_item.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    percent_complete: Mapped[float | None] = mapped_column(Float)
    comment: Mapped[str | None] = mapped_column(Text)
    entered_by: Mapped[str | None] = mapped_column(String(100))


class MeasureSpending(Entity):
    """Amount spent on a measure in one period from one funding source, in som."""

    __tablename__ = "measure_spending"
    __table_args__ = (
        UniqueConstraint("progress_id", "source"),
        CheckConstraint(enum_check("source", enums.FUNDING_SOURCES), name="source"),
    )

    progress_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("measure_progress.id", ondelete="CASCADE")
    )
    source: Mapped[str] = mapped_column(String(30))
    amount: Mapped[float] = mapped_column(Float, default=0.0)


class Evidence(Entity):
    """A stored file with its SHA-256; the bytes live in the database so one file moves."""

    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint(enum_check("kind", enums.EVIDENCE_KINDS), name="kind"),
        CheckConstraint(enum_check("owner_type", enums.EVIDENCE_OWNERS), name="owner_type"),
        Index("ix_evidence_owner", "owner_type", "owner_id"),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    owner_type: Mapped[str] = mapped_column(String(30))
    owner_id: Mapped[uuid.UUID] = mapped_column()
    period: Mapped[str | None] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(20), default="other")
    doc_number: Mapped[str | None] = mapped_column(String(100))
    doc_date: Mapped[date | None] = mapped_column(Date)
    filename: Mapped[str] = mapped_column(String(300))
    mime: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))


class ReportingRound(Entity):
    """Programme × period; `approved` locks everything in that period on every path."""

    __tablename__ = "reporting_round"
    __table_args__ = (
        UniqueConstraint("program_id", "period"),
        CheckConstraint(enum_check("state", enums.ROUND_STATES), name="state"),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(10))
    state: Mapped[str] = mapped_column(String(20), default="open")
    submitted_by: Mapped[str | None] = mapped_column(String(100))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)


class Evaluation(Entity):
    __tablename__ = "evaluation"
    __table_args__ = (UniqueConstraint("program_id", "period"),)

    program_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(10))
    summary: Mapped[str | None] = mapped_column(Text)
    analysis: Mapped[str | None] = mapped_column(Text)
    weak_points: Mapped[str | None] = mapped_column(Text)
    recommendations: Mapped[str | None] = mapped_column(Text)
    target_corrections: Mapped[str | None] = mapped_column(Text)


class TargetRevision(Entity):
    __tablename__ = "target_revision"

    indicator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    period: Mapped[str] = mapped_column(String(10))
    old_target: Mapped[float | None] = mapped_column(Float)
    new_target: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    decision_ref: Mapped[str | None] = mapped_column(String(200))
    revised_by: Mapped[str | None] = mapped_column(String(100))
    revised_at: Mapped[datetime | None] = mapped_column(DateTime)


class PublicCheck(Entity):
    """Public monitoring of an investment measure at 50 % / 100 % completion."""

    __tablename__ = "public_check"
    __table_args__ = (
        CheckConstraint(enum_check("stage", enums.CHECK_STAGES), name="stage"),
        CheckConstraint("timeliness IS NULL OR (timeliness BETWEEN 1 AND 5)", name="timeliness"),
        CheckConstraint("quality IS NULL OR (quality BETWEEN 1 AND 5)", name="quality"),
    )

    measure_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_item.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(10), default="50")
    check_date: Mapped[date | None] = mapped_column(Date)
    checked_by: Mapped[str | None] = mapped_column(Text)
    citizens: Mapped[int | None] = mapped_column(Integer)
    findings: Mapped[str | None] = mapped_column(Text)
    timeliness: Mapped[int | None] = mapped_column(Integer)
    quality: Mapped[int | None] = mapped_column(Integer)


class Hearing(Entity):
    __tablename__ = "hearing"
    __table_args__ = (
        CheckConstraint(enum_check("kind", enums.HEARING_KINDS), name="kind"),
        CheckConstraint("women IS NULL OR attendance IS NULL OR women <= attendance", name="women"),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("program.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30), default="public_hearing")
    attendance: Mapped[int | None] = mapped_column(Integer)
    women: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)


class Proposal(Entity):
    __tablename__ = "proposal"
    __table_args__ = (
        CheckConstraint(enum_check("status", enums.PROPOSAL_STATUSES), name="status"),
    )

    hearing_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("hearing.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="received")
