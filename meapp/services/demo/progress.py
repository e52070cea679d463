"""Progress and cancellation of a demo build, shared by the small and the oblast demo (the
dispatcher in `builder` imports the oblast builder, so they cannot live there)."""

from __future__ import annotations

from collections.abc import Callable

from meapp.errors import MeappError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class DemoCancelled(MeappError):
    """The user cancelled the demo build; the transaction was rolled back."""


def check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise DemoCancelled("the demo was not created: cancelled")
