"""`meapp check`: database integrity, schema version and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text

from meapp.models import AuditEvent, Program
from meapp.store import audit_chain as audit
from meapp.store.engine import SCHEMA_HEAD, Database


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    schema_revision: str | None
    schema_expected: str
    integrity: str
    foreign_keys: list[str]
    audit_events: int
    audit_ok: bool
    audit_broken_seq: int | None
    audit_broken_id: str | None
    audit_reason: str | None
    programs: int
    # The broken event as it is stored now (what someone may have edited), for `--json`.
    audit_broken_event: dict[str, Any] | None = None

    def as_json(self) -> dict:
        return {
            "ok": self.ok,
            "schema": {"revision": self.schema_revision, "expected": self.schema_expected},
            "integrity": self.integrity,
            "foreign_key_violations": self.foreign_keys,
            "audit": {
                "events": self.audit_events,
                "ok": self.audit_ok,
                "broken_seq": self.audit_broken_seq,
                "broken_id": self.audit_broken_id,
                "reason": self.audit_reason,
                "broken_event": self.audit_broken_event,
            },
            "programs": self.programs,
        }


def _event_view(s, seq: int | None) -> dict[str, Any] | None:
    if seq is None:
        return None
    ev = s.get(AuditEvent, seq)
    if ev is None:
        return None
    return {
        "seq": ev.seq,
        "id": ev.id,
        "at": ev.at,
        "user": ev.user_login,
        "action": ev.action,
        "entity": ev.entity,
        "entity_id": ev.entity_id,
        "program_id": ev.program_id,
        "period": ev.period,
    }


def run_check(db: Database) -> CheckReport:
    integrity = "ok"
    fks: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = conn.execute(text("PRAGMA integrity_check")).fetchall()
            integrity = "; ".join(str(r[0]) for r in rows)
            fks = [
                f"{r[0]} rowid {r[1]} → {r[2]}"
                for r in conn.execute(text("PRAGMA foreign_key_check"))
            ]
    revision = db.schema_revision()
    with db.session() as s:
        chain = audit.verify_chain(s)
        broken = _event_view(s, chain.broken_seq)
        n_programs = s.scalar(select(func.count()).select_from(Program)) or 0
        n_events = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
    ok = integrity == "ok" and not fks and chain.ok and revision == SCHEMA_HEAD
    return CheckReport(
        ok,
        revision,
        SCHEMA_HEAD,
        integrity,
        fks,
        n_events,
        chain.ok,
        chain.broken_seq,
        chain.broken_id,
        chain.reason,
        n_programs,
        broken,
    )


@dataclass(frozen=True)
class AuditCheck:
    """The audit chain alone (the audit page's button and the check after start)."""

    ok: bool
    events: int
    broken_seq: int | None = None
    broken_id: str | None = None
    reason: str | None = None  # translatable, context "problems"
    broken_event: dict[str, Any] | None = None


def check_audit_chain(db: Database) -> AuditCheck:
    """Walk the chain and, when it is broken, read the first broken event as stored now."""
    with db.session() as s:
        chain = audit.verify_chain(s)
        broken = _event_view(s, chain.broken_seq)
    return AuditCheck(
        chain.ok, chain.events, chain.broken_seq, chain.broken_id, chain.reason, broken
    )
