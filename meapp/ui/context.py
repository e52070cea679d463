"""What every window and page of a running app shares: the database, who is logged in, and
the programme and period the user is looking at (the scope every page follows)."""

from __future__ import annotations

from dataclasses import dataclass

from meapp.services.access.users import Actor
from meapp.services.monitoring.rounds import RoundDTO
from meapp.services.plan.programs import ProgramDTO
from meapp.store.engine import Database


@dataclass
class AppContext:
    db: Database
    actor: Actor
    # A screenshot or a viewer's session: nothing offers to change data.
    read_only: bool = False
    # Automatic backups at start and close (off in tests and screenshots).
    auto_backup: bool = False

    @property
    def can_edit(self) -> bool:
        return not self.read_only and self.actor.can("data.enter")


@dataclass(frozen=True)
class Scope:
    """The programme and period chosen in the top bar; None when the database is empty."""

    program: ProgramDTO | None = None
    period: str | None = None
    round: RoundDTO | None = None

    @property
    def program_id(self) -> str | None:
        return self.program.id if self.program else None

    @property
    def locked(self) -> bool:
        return self.round is not None and self.round.state == "approved"
