"""The demo data behind `meapp demo` and the first-start offer of the GUI.

Two scales:

* `small` — one programme, Kara-Balta 2023–2026 (code `DEMO_CODE`), read from
  `resources/demo/kara_balta.json`: the real action plan and indicator matrix of the council
  plus a governance direction, two years of half-year monitoring (2023-H1 … 2024-H2, approved,
  with evaluations), 2025-H1 open, a working group, SWOT, risks, public checks and a hearing.
  The content is data, not code, so it can be corrected without touching this module; later
  issues and their tests rely on its shape (see tests/unit/test_demo.py).
* `oblast` — 40 programmes (`OBL-01` … `OBL-40`) generated from a fixed seed for the
  benchmarks (`meapp.services.demo.oblast`).
* `national` — the country's 484 municipalities (`NAT-001` … `NAT-484`), each with a
  programme from the same generator and its own seed (`meapp.services.demo.national`):
  about 2 million rows, written one programme at a time in bounded memory.

Both create the four demo users (`admin`, `editor`, `chair`, `mayor`, password `demo`) when
their logins do not exist yet — `chair` and `mayor` with a signing identity (key and
self-signed certificate, password `demo`) so the demo report can be signed in turn — and
both are idempotent: when the demo programmes are already
in the database nothing changes and the summary says `created=False`. Everything happens in one
transaction, so a failure or a cancel leaves the database as it was.

Audit: the small demo writes one `create` event per row, with the row's snapshot, as it is
created. The oblast demo writes one `create` event for each municipality and programme and
then one `bulk_create` event per programme and table (`after={"count": N}`) instead of one
per row: 170 000 events would slow the build and `meapp check` tenfold and tell nobody more.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meapp.errors import PermissionDenied, ValidationError
from meapp.models import (
    Actual,
    Evaluation,
    Evidence,
    GroupMember,
    Hearing,
    Indicator,
    IndicatorTarget,
    MeasureBudget,
    MeasureProgress,
    MeasureSpending,
    PlanItem,
    Program,
    Proposal,
    PublicCheck,
    ReportingRound,
    Risk,
    SwotItem,
    User,
    WorkingGroup,
)
from meapp.services.access.users import Actor, add_user_in, require
from meapp.services.demo.progress import Cancelled, Progress, check_cancelled
from meapp.services.plan.edit import INDICATOR_FIELDS, ITEM_FIELDS
from meapp.services.plan.programs import create_program_in
from meapp.store import audit_chain as audit
from meapp.store.engine import Database

DEMO_CODE = "KB-2023"
OBLAST_PROGRAMS = 40
OBLAST_CODES = tuple(f"OBL-{i:02d}" for i in range(1, OBLAST_PROGRAMS + 1))
DEMO_PASSWORD = "demo"
DEMO_LOGINS = ("admin", "editor", "chair", "mayor")
# The signatories of the demo's reports get a signing identity (password `demo`), so a report
# can be signed and countersigned at once. EC P-256: a key in milliseconds, where RSA 3072
# would add a second to every `meapp demo`; pdfsig and Adobe Reader validate both.
DEMO_SIGNERS = ("chair", "mayor")
DEMO_KEY_TYPE = "ec"
SCALES = ("small", "oblast", "national")
# Who the demo's monitoring rows say entered them (a demo login, not the acting user).
DEMO_ENTERED_BY = "editor"


@dataclass(frozen=True)
class DemoSummary:
    program_ids: list[str]
    programs: int
    indicators: int
    measures: int
    actuals: int
    users: list[str]
    created: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "program_ids": list(self.program_ids),
            "programs": self.programs,
            "indicators": self.indicators,
            "measures": self.measures,
            "actuals": self.actuals,
            "users": list(self.users),
            "created": self.created,
        }


def demo_codes(scale: str) -> tuple[str, ...]:
    """The programme codes a scale creates (used to recognise an existing demo)."""
    if scale == "small":
        return (DEMO_CODE,)
    if scale == "oblast":
        return OBLAST_CODES
    if scale == "national":
        from meapp.services.demo.national import national_codes

        return national_codes()
    raise ValidationError(
        "unknown demo scale {scale}; use one of {scales}", scale=scale, scales=", ".join(SCALES)
    )


@lru_cache(maxsize=1)
def _small_data_text() -> str:
    from meapp import paths

    return (paths.resources_dir() / "demo" / "kara_balta.json").read_text(encoding="utf-8")


def load_small_data() -> dict[str, Any]:
    """The small demo's content (a fresh copy each call: callers may not share it)."""
    return json.loads(_small_data_text())


# -- reading what is there ------------------------------------------------------------------


def _summary_in(s: Session, codes: tuple[str, ...], *, created: bool) -> DemoSummary | None:
    ids = s.scalars(select(Program.id).where(Program.code.in_(codes)).order_by(Program.code)).all()
    if not ids:
        return None
    n_ind = s.scalar(
        select(func.count()).select_from(Indicator).where(Indicator.program_id.in_(ids))
    )
    n_meas = s.scalar(
        select(func.count())
        .select_from(PlanItem)
        .where(PlanItem.program_id.in_(ids), PlanItem.kind == "measure")
    )
    n_act = s.scalar(
        select(func.count())
        .select_from(Actual)
        .join(Indicator, Actual.indicator_id == Indicator.id)
        .where(Indicator.program_id.in_(ids))
    )
    logins = s.scalars(select(User.login).where(User.login.in_(DEMO_LOGINS))).all()
    return DemoSummary(
        program_ids=[str(i) for i in ids],
        programs=len(ids),
        indicators=int(n_ind or 0),
        measures=int(n_meas or 0),
        actuals=int(n_act or 0),
        users=[login for login in DEMO_LOGINS if login in set(logins)],
        created=created,
    )


def existing_demo(db: Database, scale: str = "small") -> DemoSummary | None:
    """The summary of the demo of this scale when it is already in the database, else None.

    Reading needs no login, so the command line asks this before it asks for a password.
    """
    codes = demo_codes(scale)
    with db.session() as s:
        return _summary_in(s, codes, created=False)


# -- creating -------------------------------------------------------------------------------


def create_demo(
    db: Database,
    actor: Actor | None = None,
    scale: str = "small",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    national_programs: int | None = None,
) -> DemoSummary:
    """Create the demo programme(s) of `scale` with the four demo users, in one transaction.

    In an empty database (set-up mode) `actor` may be None: the local operator acts. Once
    users exist, `actor` needs the right `demo.create` (admin). Nothing changes, and the
    summary says `created=False`, when the demo is already there. `progress(done, total)` is
    called as the work advances; `cancelled()` returning True stops it (`DemoCancelled`,
    nothing written). `national_programs` builds only the first N programmes of the
    national demo (a small database of the same shape, for tests).
    """
    codes = demo_codes(scale)
    data = load_small_data()
    with db.session() as s, s.begin():
        found = _summary_in(s, codes, created=False)
        if found is not None:
            return found
        actor = _acting(s, actor)
        taken = set(s.scalars(select(User.login).where(User.login.in_(DEMO_LOGINS))).all())
        logins = _ensure_users(s, actor, data["users"])
        _ensure_identities(s, actor, [login for login in DEMO_SIGNERS if login not in taken])
        if scale == "small":
            _SmallDemo(s, actor, data, progress, cancelled).build()
        elif scale == "national":
            from meapp.services.demo.national import N_NATIONAL, build_national

            n = N_NATIONAL if national_programs is None else national_programs
            build_national(s, actor, progress=progress, cancelled=cancelled, n=n)
        else:
            from meapp.services.demo.oblast import build_oblast

            build_oblast(s, actor, progress=progress, cancelled=cancelled)
        s.flush()
        summary = _summary_in(s, codes, created=True)
    assert summary is not None
    _refresh_statistics(db)
    return DemoSummary(
        summary.program_ids,
        summary.programs,
        summary.indicators,
        summary.measures,
        summary.actuals,
        logins,
        True,
    )


def _refresh_statistics(db: Database) -> None:
    """The planner's statistics for the rows just committed (issue 22: without them one
    national programme's status scans every municipality's actuals)."""
    from meapp.services.common.db_stats import refresh_after_bulk

    refresh_after_bulk(db)


def _acting(s: Session, actor: Actor | None) -> Actor:
    """Set-up mode lets the local operator act; once users exist, a logged-in administrator."""
    has_users = bool(s.scalar(select(func.count()).select_from(User)))
    if actor is None or actor.is_system:
        if has_users:
            raise PermissionDenied("not allowed: log in as an administrator to create the demo")
        actor = Actor.system()
    require(actor, "demo.create")
    return actor


def _ensure_users(s: Session, actor: Actor, specs: list[dict[str, Any]]) -> list[str]:
    """Create the demo users whose logins are free; existing accounts are kept as they are.

    In set-up mode the operator may only make the first administrator (users service rule),
    so the demo `admin` comes first and then adds the other three itself: their events name
    `admin` as the one who created them.
    """
    taken = set(s.scalars(select(User.login).where(User.login.in_(DEMO_LOGINS))).all())
    acting = actor
    for spec in sorted(specs, key=lambda u: u["role"] != "admin"):
        if spec["login"] in taken:
            continue
        user = add_user_in(
            s,
            acting,
            spec["login"],
            full_name=spec["full_name"],
            role=spec["role"],
            password=DEMO_PASSWORD,
            position=spec.get("position"),
            organisation=spec.get("organisation"),
        )
        if acting.is_system and user.role == "admin":
            acting = Actor(user.login, user.role, user.full_name, user.position)
    return list(DEMO_LOGINS)


def _ensure_identities(s: Session, actor: Actor, logins: list[str]) -> None:
    """A signing identity for each demo signatory the demo just created (password `demo`).

    Accounts that existed before keep whatever identity they have. The events name the
    acting administrator (the demo `admin` in set-up mode), like the users' own events.
    """
    from meapp.services.signing.identity import create_identity_in

    acting = actor.login or DEMO_LOGINS[0]
    for login in logins:
        user = s.scalar(select(User).where(User.login == login))
        if user is None or user.signing_p12 is not None:
            continue
        create_identity_in(s, user, DEMO_PASSWORD, key_type=DEMO_KEY_TYPE, actor_login=acting)


def _entity(obj: Any) -> str:
    return "user" if isinstance(obj, User) else obj.__tablename__


@dataclass
class _Recorder:
    """Adds rows and writes their `create` events in the order they were added.

    Rows are flushed in layers (parents before children) so foreign keys always point at
    rows already written; each layer's events carry the rows' full snapshots.
    """

    s: Session
    user: str | None
    program_id: uuid.UUID | None = None
    pending: list[tuple[Any, str | None]] = field(default_factory=list)

    def add(self, obj: Any, period: str | None = None) -> Any:
        self.s.add(obj)
        self.pending.append((obj, period))
        return obj

    def flush(self) -> None:
        self.s.flush()
        for obj, period in self.pending:
            audit.record(
                self.s,
                user=self.user,
                action="create",
                entity=_entity(obj),
                entity_id=obj.id,
                program_id=self.program_id,
                period=period,
                after=audit.snapshot(obj),
            )
        self.pending.clear()


def _row(model: type, spec: Mapping[str, Any], names: tuple[str, ...], **fixed: Any) -> Any:
    """A demo row: a new id, the fields `names` as its JSON description gives them (absent:
    None), then the values the builder works out (parents, positions, dates)."""
    return model(id=uuid.uuid4(), **{**{n: spec.get(n) for n in names}, **fixed})


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _walk(
    nodes: list[dict[str, Any]], depth: int = 0, parent: dict[str, Any] | None = None
) -> Iterator[tuple[int, int, dict, dict | None]]:
    """(depth, position, node, parent) for every plan node, parents before children."""
    for pos, node in enumerate(nodes):
        yield depth, pos, node, parent
        yield from _walk(node.get("children", []), depth + 1, node)


class _SmallDemo:
    """Builds the Kara-Balta demo from its JSON description, row by row, with audit events."""

    STEPS = 8

    def __init__(
        self,
        s: Session,
        actor: Actor,
        data: dict[str, Any],
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self.s = s
        self.actor = actor
        self.data = data
        self.rec = _Recorder(s, actor.login)
        self.progress = progress
        self.cancelled = cancelled
        self.step = 0
        self.items: dict[str, PlanItem] = {}

    def _advance(self) -> None:
        self.rec.flush()
        self.step += 1
        if self.progress is not None:
            self.progress(self.step, self.STEPS)
        check_cancelled(self.cancelled)

    def build(self) -> None:
        check_cancelled(self.cancelled)
        program = self._program()
        self._advance()
        self._plan(program)
        self._advance()
        self._indicators(program)
        self._advance()
        self._measure_progress()
        self._advance()
        self._rounds(program)
        self._advance()
        self._working_group(program)
        self._advance()
        self._swot_and_risks(program)
        self._advance()
        self._public_work(program)
        self._advance()

    # -- programme and plan ----------------------------------------------------------------
    def _program(self) -> Program:
        """The programme and its municipality, made the one way a programme is made
        (`programs.create_program_in`: its audit events, its default thresholds)."""
        m, p = self.data["municipality"], self.data["program"]
        program = create_program_in(
            self.s,
            self.actor,
            municipality=m["name"],
            municipality_kind=m["kind"],
            rayon=m["rayon"],
            oblast=m["oblast"],
            **{**p, "approval_date": _date(p["approval_date"])},
        )
        self.rec.program_id = program.id
        return program

    def _plan(self, program: Program) -> None:
        by_depth: dict[int, list[tuple[int, dict, dict | None]]] = {}
        for depth, pos, node, parent in _walk(self.data["plan"]):
            by_depth.setdefault(depth, []).append((pos, node, parent))
        for depth in sorted(by_depth):
            for pos, node, parent in by_depth[depth]:
                item = _row(
                    PlanItem,
                    node,
                    ITEM_FIELDS,
                    program_id=program.id,
                    parent_id=self.items[parent["code"]].id if parent else None,
                    position=pos,
                    by_agreement=bool(node.get("by_agreement", False)),
                    is_investment=bool(node.get("is_investment", False)),
                )
                self.items[node["code"]] = self.rec.add(item)
            self.rec.flush()  # one tree level at a time: parents exist before children
        for _depth, _pos, node, _parent in _walk(self.data["plan"]):
            for line in node.get("budget", []):
                self.rec.add(
                    MeasureBudget(
                        id=uuid.uuid4(),
                        measure_id=self.items[node["code"]].id,
                        source=line["source"],
                        planned=float(line["planned"]),
                        note=line.get("note"),
                    )
                )

    def _measures(self) -> Iterator[dict[str, Any]]:
        for _depth, _pos, node, _parent in _walk(self.data["plan"]):
            if node["kind"] == "measure":
                yield node

    # -- indicators ------------------------------------------------------------------------
    def _indicators(self, program: Program) -> None:
        created: list[tuple[Indicator, dict[str, Any]]] = []
        for pos, spec in enumerate(self.data["indicators"]):
            item = self.items[spec["plan_item"]] if spec.get("plan_item") else None
            ind = _row(
                Indicator,
                spec,
                INDICATOR_FIELDS,
                program_id=program.id,
                plan_item_id=item.id if item is not None else None,
                weight=1.0,
                position=pos,
            )
            created.append((self.rec.add(ind), spec))
        self.rec.flush()
        for ind, spec in created:
            targets = {**spec.get("targets", {}), **spec.get("half_targets", {})}
            for period, target in targets.items():
                value, text = (
                    (target["value"], target.get("text"))
                    if isinstance(target, dict)
                    else (target, None)
                )
                self.rec.add(
                    IndicatorTarget(
                        id=uuid.uuid4(),
                        indicator_id=ind.id,
                        period=period,
                        value=float(value) if value is not None else None,
                        text=text,
                    ),
                    period,
                )
        self.rec.flush()
        for ind, spec in created:
            comments = spec.get("comments", {})
            for period, value in spec.get("actuals", {}).items():
                self.rec.add(
                    Actual(
                        id=uuid.uuid4(),
                        indicator_id=ind.id,
                        period=period,
                        value=float(value),
                        comment=comments.get(period),
                        entered_by=DEMO_ENTERED_BY,
                    ),
                    period,
                )

    # -- measure progress ------------------------------------------------------------------
    def _measure_progress(self) -> None:
        spending: list[tuple[MeasureProgress, str, float]] = []
        for node in self._measures():
            for period, entry in node.get("progress", {}).items():
                mp = self.rec.add(
                    MeasureProgress(
                        id=uuid.uuid4(),
                        measure_id=self.items[node["code"]].id,
                        period=period,
                        status=entry["status"],
                        percent_complete=float(entry["percent"]),
                        comment=entry.get("comment"),
                        entered_by=DEMO_ENTERED_BY,
                    ),
                    period,
                )
                spending.extend(
                    (mp, src, float(amount)) for src, amount in entry.get("spent", {}).items()
                )
        self.rec.flush()
        for mp, source, amount in spending:
            self.rec.add(
                MeasureSpending(id=uuid.uuid4(), progress_id=mp.id, source=source, amount=amount),
                mp.period,
            )

    # -- rounds and evaluations ------------------------------------------------------------
    def _rounds(self, program: Program) -> None:
        for r in self.data["rounds"]:
            row = _row(
                ReportingRound,
                r,
                ("period", "state", "submitted_by", "approved_by"),
                program_id=program.id,
                submitted_at=_datetime(r.get("submitted_at")),
                approved_at=_datetime(r.get("approved_at")),
            )
            self.rec.add(row, r["period"])
        texts = ("period", "summary", "analysis", "weak_points", "recommendations")
        for e in self.data["evaluations"]:
            row = _row(Evaluation, e, (*texts, "target_corrections"), program_id=program.id)
            self.rec.add(row, e["period"])

    # -- governance ------------------------------------------------------------------------
    def _working_group(self, program: Program) -> None:
        wg_spec = self.data["working_group"]
        wg = self.rec.add(
            WorkingGroup(
                id=uuid.uuid4(),
                program_id=program.id,
                order_number=wg_spec["order_number"],
                order_date=_date(wg_spec["order_date"]),
                approving_body=wg_spec.get("approving_body"),
            )
        )
        self.rec.flush()
        names = ("full_name", "position", "organisation", "side", "gender", "birth_year", "role")
        for pos, m in enumerate(wg_spec["members"]):
            self.rec.add(_row(GroupMember, m, names, group_id=wg.id, sort_order=pos))

    def _swot_and_risks(self, program: Program) -> None:
        for category, texts in self.data["swot"].items():
            for pos, text in enumerate(texts):
                self.rec.add(
                    SwotItem(
                        id=uuid.uuid4(),
                        program_id=program.id,
                        category=category,
                        text=text,
                        position=pos,
                    )
                )
        names = ("text", "likelihood", "impact", "mitigation", "owner", "status")
        for r in self.data["risks"]:
            self.rec.add(_row(Risk, r, names, program_id=program.id))

    def _public_work(self, program: Program) -> None:
        checks = ("stage", "checked_by", "citizens", "findings", "timeliness", "quality")
        made: list[PublicCheck] = []
        for c in self.data["public_checks"]:
            measure = self.items[c["measure"]]
            check_date = _date(c.get("check_date"))
            made.append(
                self.rec.add(
                    _row(PublicCheck, c, checks, measure_id=measure.id, check_date=check_date)
                )
            )
        if made:  # the first check's photo, for the annual report's public checks (issue 21)
            self.rec.add(_photo_evidence(program, made[0]))
        hearings: list[tuple[Hearing, dict[str, Any]]] = []
        fields = ("place", "kind", "attendance", "women", "notes")
        for h in self.data["hearings"]:
            held_on = _date(h.get("held_on"))
            hearing = _row(Hearing, h, fields, program_id=program.id, held_on=held_on)
            hearings.append((self.rec.add(hearing), h))
        self.rec.flush()
        for hearing, h in hearings:
            for p in h.get("proposals", []):
                proposal = ("text", "answer", "status")
                self.rec.add(_row(Proposal, p, proposal, hearing_id=hearing.id))


# -- the public check's photo -------------------------------------------------------------------

DEMO_PHOTO_NAME = "public-check-photo.png"


def demo_photo() -> bytes:
    """A small drawn "photo" of the checked park irrigation (PNG, made the same every time):
    sky, a row of trees, the green park and the new pipe with its drip lines."""
    import io

    from PIL import Image, ImageDraw

    im = Image.new("RGB", (480, 320), (170, 205, 235))
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 150, 480, 320), fill=(96, 150, 70))
    for x in range(20, 480, 70):
        draw.rectangle((x + 14, 110, x + 22, 160), fill=(95, 70, 45))
        draw.ellipse((x - 6, 60, x + 42, 125), fill=(40, 110, 50))
    draw.rectangle((0, 232, 480, 244), fill=(60, 60, 70))
    for x in range(30, 480, 60):
        draw.line((x, 244, x - 25, 300), fill=(45, 45, 55), width=3)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def _photo_evidence(program: Program, check: PublicCheck) -> Evidence:
    import hashlib

    data = demo_photo()
    return Evidence(
        id=uuid.uuid4(),
        program_id=program.id,
        owner_type="public_check",
        owner_id=check.id,
        period=None,
        kind="photo",
        doc_date=check.check_date,
        filename=DEMO_PHOTO_NAME,
        mime="image/png",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        content=data,
    )
