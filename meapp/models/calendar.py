"""A programme's reporting calendar: what the user changed of the default deadlines (issue 21).

The deadlines themselves follow from the programme (its periods and reporting frequency),
its rounds, its measures' progress and its public checks; they are computed, never stored
(`meapp.services.monitoring.calendar`). Only a deviation from the defaults is a row here:
one row per programme and kind of deadline, each column NULL while it keeps its default, so
a later change of a default reaches every programme that never changed it. Back to the
default, a row's columns are emptied rather than the row deleted: exchange packages carry
rows, not deletions, so the emptied row is what tells the rayon the change was taken back.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from meapp.models.base import Entity, enum_check
from meapp.models.enums import DEADLINE_KINDS

# round: a reporting round closes (submitted) N days after its period ends;
# mayor_report: the quarterly report to the mayor, N days after a quarter ends;
# group_info: half-year information to the working group, N days after a half-year ends;
# council_report: the annual report to the council, by a day of the next year (1 March);
# public_check: a public check N days after the period in which a measure passed 50 % / 100 %.
MAX_DAYS = 366


class DeadlineSetting(Entity):
    """What the user changed of one kind of deadline of a programme (NULL: the default)."""

    __tablename__ = "deadline_setting"
    __table_args__ = (
        UniqueConstraint("program_id", "kind"),
        CheckConstraint(enum_check("kind", DEADLINE_KINDS), name="kind"),
        CheckConstraint(f"days IS NULL OR (days >= 0 AND days <= {MAX_DAYS})", name="days"),
        CheckConstraint("due_month IS NULL OR (due_month BETWEEN 1 AND 12)", name="due_month"),
        CheckConstraint("due_day IS NULL OR (due_day BETWEEN 1 AND 31)", name="due_day"),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    days: Mapped[int | None] = mapped_column(Integer)
    due_month: Mapped[int | None] = mapped_column(Integer)
    due_day: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool | None] = mapped_column(Boolean)
