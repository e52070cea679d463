"""Municipality, programme, the plan tree and indicators with their targets."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from meapp.models import enums
from meapp.models.base import Entity, enum_check
from meapp.models.formulas import DEFAULT_AMBER, DEFAULT_GREEN


class Municipality(Entity):
    __tablename__ = "municipality"
    __table_args__ = (CheckConstraint(enum_check("kind", enums.MUNICIPALITY_KINDS), name="kind"),)

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="city")
    rayon: Mapped[str | None] = mapped_column(String(200))
    oblast: Mapped[str | None] = mapped_column(String(200))

    programs: Mapped[list[Program]] = relationship(back_populates="municipality")


class Program(Entity):
    __tablename__ = "program"
    __table_args__ = (
        CheckConstraint(enum_check("status", enums.PROGRAM_STATUSES), name="status"),
        CheckConstraint(enum_check("frequency", enums.FREQUENCIES), name="frequency"),
        CheckConstraint("end_year >= start_year", name="years"),
        CheckConstraint(
            "threshold_amber >= 0 AND threshold_amber <= threshold_green", name="thresholds"
        ),
    )

    municipality_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("municipality.id", ondelete="RESTRICT"), index=True
    )
    code: Mapped[str] = mapped_column(String(50), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    vision: Mapped[str | None] = mapped_column(Text)
    strategic_goal: Mapped[str | None] = mapped_column(Text)
    approval_body: Mapped[str | None] = mapped_column(String(300))
    approval_number: Mapped[str | None] = mapped_column(String(100))
    approval_date: Mapped[date | None] = mapped_column(Date)
    frequency: Mapped[str] = mapped_column(String(20), default="half_year")
    status: Mapped[str] = mapped_column(String(20), default="approved")
    threshold_green: Mapped[float] = mapped_column(Float, default=DEFAULT_GREEN)
    threshold_amber: Mapped[float] = mapped_column(Float, default=DEFAULT_AMBER)

    municipality: Mapped[Municipality] = relationship(back_populates="programs")


class PlanItem(Entity):
    """One node of the programme tree: direction, sector, objective or measure.

    Measure-only columns stay NULL on the other kinds; the deadline is kept as written
    ("2023-2026-жж.", "Жыл сайын") beside the years parsed from it.
    """

    __tablename__ = "plan_item"
    __table_args__ = (
        CheckConstraint(enum_check("kind", enums.PLAN_ITEM_KINDS), name="kind"),
        Index("ix_plan_item_program_parent_pos", "program_id", "parent_id", "position"),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("plan_item.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    code: Mapped[str | None] = mapped_column(String(50))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # measures only
    deadline_text: Mapped[str | None] = mapped_column(String(300))
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    expected_result: Mapped[str | None] = mapped_column(Text)
    lead_executor: Mapped[str | None] = mapped_column(String(300))
    co_executors: Mapped[str | None] = mapped_column(Text)
    by_agreement: Mapped[bool] = mapped_column(Boolean, default=False)
    annual_plan_years: Mapped[str | None] = mapped_column(String(100))  # "2023,2024"
    is_investment: Mapped[bool] = mapped_column(Boolean, default=False)

    children: Mapped[list[PlanItem]] = relationship(
        back_populates="parent", order_by="PlanItem.position", cascade="all, delete-orphan"
    )
    parent: Mapped[PlanItem | None] = relationship(
        back_populates="children", remote_side="PlanItem.id"
    )


class MeasureBudget(Entity):
    """Planned cost of a measure from one funding source, in som."""

    __tablename__ = "measure_budget"
    __table_args__ = (
        CheckConstraint(enum_check("source", enums.FUNDING_SOURCES), name="source"),
        CheckConstraint("planned >= 0", name="planned"),
        UniqueConstraint("measure_id", "source"),
    )

    measure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_item.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(30))
    planned: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[str | None] = mapped_column(String(300))


class MeasureBudgetYear(Entity):
    """Planned cost of a measure from one funding source in one year, in som (issue 21).

    `MeasureBudget.planned` stays the total every other reader uses, kept equal to the sum of
    the year rows by the one writer (`services/plan/budgets.py`); a budget without year rows
    is "not split" and counts as spread evenly over the measure's years.
    """

    __tablename__ = "measure_budget_year"
    __table_args__ = (
        CheckConstraint("planned >= 0", name="planned"),
        UniqueConstraint("budget_id", "year"),
    )

    budget_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("measure_budget.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    planned: Mapped[float] = mapped_column(Float, default=0.0)


class Indicator(Entity):
    __tablename__ = "indicator"
    __table_args__ = (
        CheckConstraint(enum_check("value_type", enums.VALUE_TYPES), name="value_type"),
        CheckConstraint(enum_check("direction", enums.DIRECTIONS), name="direction"),
        CheckConstraint(enum_check("aggregation", enums.AGGREGATIONS), name="aggregation"),
        CheckConstraint(
            "level IS NULL OR " + enum_check("level", enums.INDICATOR_LEVELS), name="level"
        ),
        CheckConstraint("weight >= 0", name="weight"),
        Index("ix_indicator_program_pos", "program_id", "position"),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    plan_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("plan_item.id", ondelete="SET NULL"), index=True
    )
    code: Mapped[str | None] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(100))
    value_type: Mapped[str] = mapped_column(String(20), default="number")
    direction: Mapped[str] = mapped_column(String(20), default="increase")
    # how periods combine, i.e. the kind (formulas.py): sum = cumulative, latest/average =
    # level, annual_sum = summed within each year (migration 0007)
    aggregation: Mapped[str] = mapped_column(String(20), default="latest")
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    final_target: Mapped[float | None] = mapped_column(Float)
    data_source: Mapped[str | None] = mapped_column(Text)
    method: Mapped[str | None] = mapped_column(Text)
    verifying_document: Mapped[str | None] = mapped_column(Text)
    # MSDSP matrix columns kept as the council wrote them ("жылына бир жолу", "31-январь").
    collection_frequency: Mapped[str | None] = mapped_column(Text)
    collection_date: Mapped[str | None] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(String(300))
    methodology_note: Mapped[str | None] = mapped_column(Text)
    level: Mapped[str | None] = mapped_column(String(20))
    issue_text: Mapped[str | None] = mapped_column(Text)
    group_text: Mapped[str | None] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    position: Mapped[int] = mapped_column(Integer, default=0)


class IndicatorTarget(Entity):
    """Target for one period (`2024` or `2024-H1`); `text` keeps what the council wrote."""

    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("indicator_id", "period"),)

    indicator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(10))
    value: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str | None] = mapped_column(String(200))
