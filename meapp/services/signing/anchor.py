"""The audit chain's anchor in a signed report, and whether a database still holds it.

A hash chain shows an edited or inserted event, but not the newest events deleted: a shorter
chain is still a valid one (`meapp.store.audit_chain`). So each signature writes the chain's
head as it stood when it was made — the number of events and the newest one's hash,
`audit_chain.chain_anchor` — into the revision it signs (`/MeappChainAnchor`), with the hash
of the chain's first event (`/MeappChainOrigin`) that tells which database it was. The
signature covers both, so they cannot be changed without breaking it.

`verify --db` then asks the database (`judge`): is the chain still there up to that event,
unbroken, with that very hash? Deleting the events after signing, all of them, or rewriting
the chain from an event before the anchor, shows (exit 1). A database whose first event is
another one is a different database (an oblast receiving packages, a copy set up anew): its
chain says nothing about the report's, and the anchor is not judged there — `verify --json`
says so, and the figures are still compared.

What is not caught: someone who rewrites the whole chain from its first event (a new
"database") and every copy of the anchor; `meapp check --anchor` with a backup's anchor is
the answer to that.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from meapp.services.reports.mark import INFO_CHAIN_ANCHOR, INFO_CHAIN_ORIGIN, ChainAnchor

__all__ = [
    "INFO_CHAIN_ANCHOR",
    "INFO_CHAIN_ORIGIN",
    "AnchorCheck",
    "info_entries",
    "judge",
    "judge_in",
]

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from meapp.store.engine import Database

# What the database says about a signature's anchor.
HELD = "held"  # the chain still holds the head the signature saw
NO_ANCHOR = "no_anchor"  # a signature made before anchors (or by another program)
OTHER_DATABASE = "other_database"  # the chain starts with another event: not judged
SHORTER = "shorter"  # events after the anchor's are gone (or all of them)
REWRITTEN = "rewritten"  # the event at the anchor is another one, or the chain is broken

FAILED = (SHORTER, REWRITTEN)


@dataclass(frozen=True)
class AnchorCheck:
    state: str
    anchor: ChainAnchor | None = None
    events: int | None = None  # the number of the database's newest event

    @property
    def failed(self) -> bool:
        return self.state in FAILED

    def as_json(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "held": self.state == HELD,
            "anchor": self.anchor.text() if self.anchor is not None else None,
            "events_in_database": self.events,
        }


def _first_hash(session: Session) -> str | None:
    from sqlalchemy import select

    from meapp.models import AuditEvent

    return session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == 1))


def info_entries(session: Session) -> dict[str, str]:
    """The document-information entries a signature writes: the chain's head as this
    transaction sees it (before the signing's own event) and the chain's first hash."""
    from meapp.store import audit_chain

    count, head = audit_chain.head_of(session)
    out = {INFO_CHAIN_ANCHOR: audit_chain.format_anchor((count, head))}
    first = _first_hash(session)
    if first:
        out[INFO_CHAIN_ORIGIN] = first
    return out


def _chain_upto(session: Session, count: int) -> tuple[bool, int]:
    """(the first `count` events form an unbroken chain, how many of them there are)."""
    from meapp.store import audit_chain

    events = itertools.takewhile(lambda ev: ev.seq <= count, audit_chain.iter_events(session))
    report = audit_chain.verify_chain(session, events)
    return report.ok, report.events


def judge_in(session: Session, anchor: ChainAnchor | None) -> AnchorCheck:
    """Whether the chain of the session's database still holds `anchor`."""
    from sqlalchemy import select

    from meapp.models import AuditEvent
    from meapp.store import audit_chain

    if anchor is None:
        return AnchorCheck(NO_ANCHOR)
    total, _head = audit_chain.head_of(session)  # the newest event's number
    first = _first_hash(session)
    if anchor.origin and first and first.lower() != anchor.origin:
        return AnchorCheck(OTHER_DATABASE, anchor, total)
    if anchor.count == 0:
        return AnchorCheck(HELD, anchor, total)
    head = session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == anchor.count))
    if head is None:
        return AnchorCheck(SHORTER if total < anchor.count else REWRITTEN, anchor, total)
    if head.lower() != anchor.head:
        return AnchorCheck(REWRITTEN, anchor, total)
    intact, seen = _chain_upto(session, anchor.count)
    if not intact:
        return AnchorCheck(REWRITTEN, anchor, total)
    if seen < anchor.count:
        return AnchorCheck(SHORTER, anchor, total)
    return AnchorCheck(HELD, anchor, total)


def judge(db: Database, anchors: list[ChainAnchor | None]) -> AnchorCheck:
    """The verdict on a report's anchors (one per signature): the first that fails, else
    the newest that is held, else what there is to say."""
    checks = []
    with db.session() as s:
        for anchor in anchors:
            check = judge_in(s, anchor)
            if check.failed:
                return check
            checks.append(check)
    held = [c for c in checks if c.state == HELD]
    if held:
        return max(held, key=lambda c: c.anchor.count if c.anchor else 0)
    if any(c.state == OTHER_DATABASE for c in checks):
        return next(c for c in checks if c.state == OTHER_DATABASE)
    return AnchorCheck(NO_ANCHOR)
