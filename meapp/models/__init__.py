"""The domain model (SQLAlchemy 2.x typed mappings) and pure domain rules. No Qt here."""

from meapp.models.base import Base, Entity
from meapp.models.calendar import DeadlineSetting
from meapp.models.governance import GroupMember, Risk, SwotItem, WorkingGroup
from meapp.models.monitoring import (
    Actual,
    Evaluation,
    Evidence,
    Hearing,
    MeasureProgress,
    MeasureSpending,
    Proposal,
    PublicCheck,
    ReportingRound,
    TargetRevision,
)
from meapp.models.program import (
    Indicator,
    IndicatorTarget,
    MeasureBudget,
    MeasureBudgetYear,
    Municipality,
    PlanItem,
    Program,
)
from meapp.models.security import AuditEvent, User
from meapp.models.summary import ProgramStamp, StatusSummary  # noqa: F401 - stored roll-ups
from meapp.models.sync import RowVersion, SyncOrigin  # row versions: packages move forward

__all__ = [
    "Actual",
    "AuditEvent",
    "Base",
    "DeadlineSetting",
    "Entity",
    "Evaluation",
    "Evidence",
    "GroupMember",
    "Hearing",
    "Indicator",
    "IndicatorTarget",
    "MeasureBudget",
    "MeasureBudgetYear",
    "MeasureProgress",
    "MeasureSpending",
    "Municipality",
    "PlanItem",
    "Program",
    "Proposal",
    "PublicCheck",
    "ReportingRound",
    "Risk",
    "RowVersion",
    "SwotItem",
    "SyncOrigin",
    "TargetRevision",
    "User",
    "WorkingGroup",
]
