"""The demo data (`meapp demo`): what later pages, reports and benchmarks rely on.

The small demo is the Kara-Balta programme; the tests check the shape promised in the
foundation issue (every kind of indicator, every traffic-light band in 2024-H2, approved
rounds with evaluations, a working group within the quotas…), that every row is in the audit
trail, and that building it twice changes nothing. The oblast demo is built once, in the
`slow` tests.
"""

from __future__ import annotations

import uuid
from collections import Counter

import pytest
from sqlalchemy import func, select

from meapp.errors import PermissionDenied, ValidationError
from meapp.models import (
    Actual,
    AuditEvent,
    Evaluation,
    GroupMember,
    Hearing,
    Indicator,
    IndicatorTarget,
    MeasureBudget,
    MeasureProgress,
    MeasureSpending,
    Municipality,
    PlanItem,
    Program,
    Proposal,
    PublicCheck,
    ReportingRound,
    Risk,
    SwotItem,
    User,
    WorkingGroup,
    enums,
)
from meapp.services.access import users
from meapp.services.access.users import Actor
from meapp.services.demo.builder import (
    DEMO_CODE,
    DEMO_LOGINS,
    OBLAST_CODES,
    create_demo,
    existing_demo,
)
from meapp.services.demo.progress import DemoCancelled
from meapp.store import audit_chain as audit

HALVES = ("2023-H1", "2023-H2", "2024-H1", "2024-H2")


def count(s, model, *where) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


@pytest.fixture
def demo(demo_db):
    """(database, programme) of the small demo."""
    with demo_db.session() as s:
        program = s.scalar(select(Program).where(Program.code == DEMO_CODE))
    return demo_db, program


# -- programme and plan ---------------------------------------------------------------------


def test_small_demo_is_the_kara_balta_programme(demo):
    db, program = demo
    assert program is not None
    assert program.title.startswith("Кара-Балта шаарын социалдык-экономикалык")
    assert (program.start_year, program.end_year) == (2023, 2026)
    assert program.approval_body == "Кара-Балта шаардык кеңеши"
    assert program.approval_number and program.approval_date is not None
    assert program.vision and program.strategic_goal
    with db.session() as s:
        muni = s.get(Municipality, program.municipality_id)
        assert (muni.name, muni.kind, muni.rayon, muni.oblast) == (
            "Кара-Балта шаары",
            "city",
            "Жайыл району",
            "Чүй облусу",
        )


def test_plan_has_four_directions_sectors_objectives_and_about_twenty_measures(demo):
    db, program = demo
    with db.session() as s:
        items = s.scalars(select(PlanItem).where(PlanItem.program_id == program.id)).all()
    kinds = Counter(i.kind for i in items)
    assert kinds["direction"] == 4
    assert kinds["sector"] >= 4 and kinds["objective"] >= 4
    assert 18 <= kinds["measure"] <= 24
    by_id = {i.id: i for i in items}
    directions = sorted((i for i in items if i.kind == "direction"), key=lambda i: i.position)
    assert directions[3].title.startswith("Башкаруу")
    # The tree is well formed: directions at the top, measures under objectives.
    for item in items:
        parent = by_id.get(item.parent_id) if item.parent_id else None
        expected = {"direction": None, "sector": "direction", "objective": "sector"}
        if item.kind == "measure":
            assert parent is not None and parent.kind == "objective"
        else:
            assert (parent.kind if parent else None) == expected[item.kind]


def test_measures_carry_deadlines_executors_and_budgets(demo):
    db, program = demo
    with db.session() as s:
        measures = s.scalars(
            select(PlanItem).where(PlanItem.program_id == program.id, PlanItem.kind == "measure")
        ).all()
        budgets = s.scalars(
            select(MeasureBudget).where(MeasureBudget.measure_id.in_([m.id for m in measures]))
        ).all()
    assert all(m.deadline_text and m.start_year and m.end_year for m in measures)
    assert all(m.start_year <= m.end_year for m in measures)
    assert all(m.lead_executor and m.expected_result for m in measures)
    texts = {m.deadline_text for m in measures}
    assert "2023-2026-жж." in texts and "2023 г." in texts  # as the council wrote them
    assert any(t.startswith("Жыл сайын") for t in texts)
    assert sum(m.by_agreement for m in measures) >= 2
    assert 2 <= sum(m.is_investment for m in measures) <= 6
    funded = {b.measure_id for b in budgets}
    assert funded == {m.id for m in measures}
    sources = {b.source for b in budgets}
    assert {
        "local_budget",
        "republican_budget",
        "development_fund",
        "donor",
        "community",
    } <= sources
    assert all(b.planned > 0 for b in budgets)


# -- indicators -----------------------------------------------------------------------------


def indicator_data(db, program_id):
    with db.session() as s:
        inds = s.scalars(
            select(Indicator).where(Indicator.program_id == program_id).order_by(Indicator.position)
        ).all()
        targets = s.scalars(
            select(IndicatorTarget).where(IndicatorTarget.indicator_id.in_([i.id for i in inds]))
        ).all()
        actuals = s.scalars(
            select(Actual).where(Actual.indicator_id.in_([i.id for i in inds]))
        ).all()
    t_by: dict = {}
    for t in targets:
        t_by.setdefault(t.indicator_id, {})[t.period] = t.value
    a_by: dict = {}
    for a in actuals:
        a_by.setdefault(a.indicator_id, {})[a.period] = a.value
    return inds, t_by, a_by


def test_indicators_cover_every_type_direction_kind_and_level(demo):
    db, program = demo
    inds, targets, _actuals = indicator_data(db, program.id)
    assert 10 <= len(inds) <= 12
    assert {i.value_type for i in inds} == set(enums.VALUE_TYPES)
    assert {"increase", "decrease"} <= {i.direction for i in inds}
    assert {"sum", "latest"} <= {i.aggregation for i in inds}
    assert {i.level for i in inds} == set(enums.INDICATOR_LEVELS)
    assert any(i.plan_item_id is None for i in inds)  # one on the programme itself
    for ind in inds:
        assert ind.baseline_year == 2022 and ind.baseline_value is not None
        assert ind.final_target is not None and ind.unit and ind.responsible
        assert ind.data_source and ind.issue_text and ind.group_text
        yearly = {p for p in targets[ind.id] if "-" not in p}
        assert yearly == {"2023", "2024", "2025", "2026"}, ind.code
    halves = [p for t in targets.values() for p in t if "-H" in p]
    assert len(halves) >= 3  # a few targets were set per half-year


def progress_2024_h2(ind, targets, actuals) -> float | None:
    """progress = (actual − baseline) / (target − baseline), as PRODUCT.md §3 defines it."""
    if actuals.get("2024-H2") is None:
        return None
    base = ind.baseline_value
    if ind.aggregation == "sum":
        actual = sum(v for p, v in actuals.items() if p in HALVES)
        target = targets["2023"] + targets["2024"]
    else:
        actual = actuals["2024-H2"]
        target = targets["2024"]
    if target == base:
        return 1.0 if actual >= base else 0.0
    return (actual - base) / (target - base)


def test_2024_h2_has_indicators_on_track_at_risk_off_track_and_missing(demo):
    db, program = demo
    inds, targets, actuals = indicator_data(db, program.id)
    bands = Counter()
    for ind in inds:
        p = progress_2024_h2(ind, targets[ind.id], actuals.get(ind.id, {}))
        if p is None:
            bands["missing"] += 1
        elif p >= 0.9:
            bands["on_track"] += 1
        elif p >= 0.6:
            bands["at_risk"] += 1
        else:
            bands["off_track"] += 1
    assert bands["on_track"] >= 1 and bands["at_risk"] >= 1 and bands["off_track"] >= 1
    assert 1 <= bands["missing"] <= 2
    decreasing = [i for i in inds if i.direction == "decrease"]
    assert all(actuals[i.id]["2024-H2"] < i.baseline_value for i in decreasing)


def test_actuals_are_half_years_2023_to_2024_entered_by_the_editor(demo):
    db, program = demo
    inds, _targets, actuals = indicator_data(db, program.id)
    periods = {p for a in actuals.values() for p in a}
    assert periods == set(HALVES)
    n = sum(len(a) for a in actuals.values())
    assert len(inds) * 4 - 2 <= n < len(inds) * 4
    milestones = [i for i in inds if i.value_type == "milestone"]
    assert all(v in (0.0, 1.0) for i in milestones for v in actuals[i.id].values())
    with db.session() as s:
        assert {a.entered_by for a in s.scalars(select(Actual))} == {"editor"}


# -- measure progress and spending ----------------------------------------------------------


def test_measure_progress_for_every_measure_and_period_with_varied_status(demo):
    db, program = demo
    with db.session() as s:
        measures = s.scalars(
            select(PlanItem.id).where(PlanItem.program_id == program.id, PlanItem.kind == "measure")
        ).all()
        rows = s.scalars(
            select(MeasureProgress).where(MeasureProgress.measure_id.in_(measures))
        ).all()
        spending = s.scalars(select(MeasureSpending)).all()
    assert {(r.measure_id, r.period) for r in rows} == {(m, p) for m in measures for p in HALVES}
    last = Counter(r.status for r in rows if r.period == "2024-H2")
    assert set(last) >= {"done", "in_progress", "delayed", "cancelled"}
    assert "not_started" in {r.status for r in rows}
    assert all(r.status != "done" or r.percent_complete == 100 for r in rows)
    # Per cent complete never goes backwards.
    by_measure: dict = {}
    for r in sorted(rows, key=lambda r: r.period):
        by_measure.setdefault(r.measure_id, []).append(r.percent_complete)
    assert all(v == sorted(v) for v in by_measure.values())
    assert len({s.source for s in spending}) >= 5
    assert all(s.amount > 0 for s in spending)


# -- rounds, evaluations, governance --------------------------------------------------------


def test_rounds_2023_to_2024_approved_with_evaluations_and_2025_h1_open(demo):
    db, program = demo
    with db.session() as s:
        rounds = {
            r.period: r
            for r in s.scalars(
                select(ReportingRound).where(ReportingRound.program_id == program.id)
            )
        }
        evaluations = {
            e.period: e
            for e in s.scalars(select(Evaluation).where(Evaluation.program_id == program.id))
        }
    assert set(rounds) == {*HALVES, "2025-H1"}
    for period in HALVES:
        r = rounds[period]
        assert r.state == "approved"
        assert r.submitted_by == "chair" and r.approved_by == "chair"
        assert r.submitted_at is not None and r.approved_at > r.submitted_at
        e = evaluations[period]
        assert e.summary and e.analysis and e.weak_points and e.recommendations
        assert e.target_corrections
    assert rounds["2025-H1"].state == "open" and rounds["2025-H1"].approved_at is None
    assert set(evaluations) == set(HALVES)


def test_working_group_meets_the_quotas(demo):
    db, program = demo
    with db.session() as s:
        group = s.scalar(select(WorkingGroup).where(WorkingGroup.program_id == program.id))
        members = s.scalars(select(GroupMember).where(GroupMember.group_id == group.id)).all()
    assert group.order_number and group.order_date is not None
    assert 8 <= len(members) <= 10
    assert sum(m.gender == "f" for m in members) / len(members) >= 0.35
    assert sum(2026 - m.birth_year < 28 for m in members) >= 2
    roles = Counter(m.role for m in members)
    assert roles["chair"] == 1 and roles["secretary"] == 1
    assert {m.side for m in members} == set(enums.MEMBER_SIDES)


def test_swot_risks_public_checks_and_a_hearing(demo):
    db, program = demo
    with db.session() as s:
        swot = Counter(
            i.category for i in s.scalars(select(SwotItem).where(SwotItem.program_id == program.id))
        )
        risks = s.scalars(select(Risk).where(Risk.program_id == program.id)).all()
        checks = s.scalars(select(PublicCheck)).all()
        checked = [s.get(PlanItem, c.measure_id) for c in checks]
        hearings = s.scalars(select(Hearing).where(Hearing.program_id == program.id)).all()
        proposals = s.scalars(select(Proposal)).all()
    assert set(swot) == set(enums.SWOT_CATEGORIES)
    assert all(3 <= n <= 4 for n in swot.values())
    assert 4 <= len(risks) <= 5
    assert all(1 <= r.likelihood <= 5 and 1 <= r.impact <= 5 and r.mitigation for r in risks)
    assert 1 <= len(checks) <= 3 and all(m.is_investment for m in checked)
    assert len(hearings) == 1 and hearings[0].women <= hearings[0].attendance
    assert len(proposals) >= 3 and len({p.status for p in proposals}) >= 3


def test_the_four_demo_users_log_in_with_the_password_demo(demo):
    db, _program = demo
    roles = {"admin": "admin", "editor": "editor", "chair": "evaluator", "mayor": "viewer"}
    for login, role in roles.items():
        actor = users.authenticate(db, login, "demo", sleep=lambda _s: None)
        assert actor.role == role
        assert actor.full_name
    assert users.get_user(db, "mayor").position == "Кара-Балта шаарынын мэри"


def test_chair_and_mayor_have_signing_identities_opened_with_demo(demo):
    from meapp.errors import AuthenticationFailed
    from meapp.services.signing import identity

    db, _program = demo
    for login in ("chair", "mayor"):
        dto = identity.get_identity(db, login)
        user = users.get_user(db, login)
        assert dto is not None and dto.certificate.common_name == user.full_name
        assert dto.certificate.title == user.position
        actor = users.authenticate(db, login, "demo", sleep=lambda _s: None)
        assert identity.unlock_for_signing(db, actor, "demo").certificate is not None
        with pytest.raises(AuthenticationFailed):
            identity.unlock_for_signing(db, actor, "wrong")
    assert identity.get_identity(db, "admin") is None
    assert identity.get_identity(db, "editor") is None


# -- audit ----------------------------------------------------------------------------------

CREATED_TABLES = (
    Municipality,
    Program,
    PlanItem,
    MeasureBudget,
    Indicator,
    IndicatorTarget,
    Actual,
    MeasureProgress,
    MeasureSpending,
    ReportingRound,
    Evaluation,
    WorkingGroup,
    GroupMember,
    SwotItem,
    Risk,
    PublicCheck,
    Hearing,
    Proposal,
)


def test_every_created_row_has_a_create_event_and_the_chain_verifies(demo):
    db, program = demo
    with db.session() as s:
        assert audit.verify_chain(s).ok
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "create")).all()
        ids_by_entity: dict = {}
        for e in events:
            ids_by_entity.setdefault(e.entity, set()).add(e.entity_id)
        for model in CREATED_TABLES:
            rows = {str(i) for i in s.scalars(select(model.id))}
            assert rows, model.__tablename__
            assert rows == ids_by_entity.get(model.__tablename__), model.__tablename__
        assert ids_by_entity["user"] == {str(i) for i in s.scalars(select(User.id))}
        demo_events = [e for e in events if e.entity != "user"]
        assert {e.user_login for e in demo_events} == {None}  # set-up mode: no login yet
        assert all(
            e.program_id == str(program.id) for e in demo_events if e.entity != "municipality"
        )
        actual_event = next(e for e in events if e.entity == "actual")
        assert actual_event.period in HALVES and '"value"' in actual_event.after


def test_building_the_demo_again_changes_nothing(demo):
    db, program = demo
    with db.session() as s:
        before = count(s, AuditEvent)
    summary = create_demo(db, scale="small")
    assert summary.created is False
    assert summary.program_ids == [str(program.id)]
    assert (summary.programs, summary.indicators, summary.measures) == (1, 12, 21)
    assert summary.users == list(DEMO_LOGINS)
    with db.session() as s:
        assert count(s, AuditEvent) == before
        assert count(s, Program) == 1
    assert existing_demo(db, "small") == summary


def test_create_demo_reports_what_it_created(db):
    calls: list[tuple[int, int]] = []
    assert existing_demo(db) is None
    summary = create_demo(db, progress=lambda done, total: calls.append((done, total)))
    assert summary.created is True
    assert summary.programs == 1 and len(summary.program_ids) == 1
    assert (summary.indicators, summary.measures, summary.actuals) == (12, 21, 47)
    assert summary.users == ["admin", "editor", "chair", "mayor"]
    assert summary.as_json()["created"] is True
    assert calls and calls[-1][0] == calls[-1][1]
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)


def test_a_cancelled_build_leaves_the_database_empty(db):
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(DemoCancelled):
        create_demo(db, cancelled=cancelled)
    with db.session() as s:
        assert count(s, Program) == 0 and count(s, User) == 0 and count(s, AuditEvent) == 0


def test_unknown_scale_is_refused(db):
    with pytest.raises(ValidationError):
        create_demo(db, scale="huge")


def test_with_users_present_only_an_admin_creates_the_demo_and_logins_are_kept(db):
    users.create_first_admin(db, "boss", "Boss Bossov", "boss-pass")
    boss = users.authenticate(db, "boss", "boss-pass", sleep=lambda _s: None)
    users.add_user(
        db, boss, "editor", full_name="Our Own Editor", role="editor", password="ed-pass"
    )
    editor = users.authenticate(db, "editor", "ed-pass", sleep=lambda _s: None)
    for actor in (None, Actor.system(), editor):
        with pytest.raises(PermissionDenied):
            create_demo(db, actor)
    summary = create_demo(db, boss)
    assert summary.created is True
    kept = users.get_user(db, "editor")
    assert (kept.full_name, kept.role) == ("Our Own Editor", "editor")
    assert users.authenticate(db, "editor", "ed-pass", sleep=lambda _s: None).login == "editor"
    assert users.authenticate(db, "chair", "demo", sleep=lambda _s: None).role == "evaluator"
    with db.session() as s:
        logins = {e.user_login for e in s.scalars(select(AuditEvent)) if e.entity == "indicator"}
        assert logins == {"boss"}
        assert audit.verify_chain(s).ok


# -- the oblast demo ------------------------------------------------------------------------


def test_oblast_generator_is_deterministic():
    """Two builds from the same seed hold the same ids and values (no database needed)."""
    import random
    from datetime import datetime

    from meapp.services.demo.oblast import OBLAST_SEED, _Ids, _ProgramBuilder

    def first_programme():
        rng = random.Random(OBLAST_SEED)
        builder = _ProgramBuilder(rng, _Ids(rng), 0, datetime(2026, 1, 1))
        builder.build()
        return builder.rows

    a, b = first_programme(), first_programme()
    assert a == b
    assert len(a["indicator"]) == 150
    assert sum(r["kind"] == "measure" for r in a["plan_item"]) == 300
    assert all(isinstance(r["id"], uuid.UUID) and r["id"].version == 4 for r in a["actual"])


@pytest.fixture(scope="module")
def oblast_db(tmp_path_factory):
    from meapp.store.db import open_database

    path = tmp_path_factory.mktemp("oblast") / "oblast.db"
    database = open_database(str(path))
    steps: list[tuple[int, int]] = []
    summary = create_demo(database, scale="oblast", progress=lambda d, t: steps.append((d, t)))
    yield database, summary, steps
    database.dispose()


@pytest.mark.slow
def test_oblast_demo_has_the_full_numbers(oblast_db):
    db, summary, steps = oblast_db
    assert summary.created is True
    assert summary.programs == 40 and len(summary.program_ids) == 40
    assert summary.indicators == 40 * 150 and summary.measures == 40 * 300
    assert 0.9 * 40 * 150 * 8 <= summary.actuals <= 40 * 150 * 8
    assert steps[-1] == (40, 40)
    with db.session() as s:
        codes = s.scalars(select(Program.code).order_by(Program.code)).all()
        assert tuple(codes) == OBLAST_CODES
        assert count(s, Municipality) == 40
        assert len(set(s.scalars(select(Municipality.name)))) == 40
        per_program = s.execute(
            select(Indicator.program_id, func.count()).group_by(Indicator.program_id)
        ).all()
        assert {n for _p, n in per_program} == {150}
        assert count(s, MeasureProgress) == 40 * 300 * 8
        periods = set(s.scalars(select(MeasureProgress.period).distinct()))
        assert periods == {f"{y}-H{h}" for y in range(2023, 2027) for h in (1, 2)}
        statuses = set(s.scalars(select(MeasureProgress.status).distinct()))
        assert statuses == set(enums.MEASURE_STATUSES)
        assert count(s, IndicatorTarget) == 40 * 150 * 4
        assert count(s, MeasureSpending) > 0 and count(s, MeasureBudget) >= 40 * 300
        directions = s.execute(
            select(PlanItem.program_id, func.count())
            .where(PlanItem.kind == "direction")
            .group_by(PlanItem.program_id)
        ).all()
        assert all(4 <= n <= 6 for _p, n in directions)
        states = Counter(
            (r.period, r.state)
            for r in s.execute(select(ReportingRound.period, ReportingRound.state))
        )
        assert states[("2025-H2", "approved")] == 40
        assert states[("2026-H1", "submitted")] == 40
        assert states[("2026-H2", "open")] == 40
        assert count(s, Evaluation) == 40 * 6
        assert {i.value_type for i in s.scalars(select(Indicator).limit(2000))} == set(
            enums.VALUE_TYPES
        )


@pytest.mark.slow
def test_oblast_audit_has_one_summary_event_per_programme_and_table(oblast_db):
    db, summary, _steps = oblast_db
    with db.session() as s:
        assert audit.verify_chain(s).ok
        bulk = s.scalars(select(AuditEvent).where(AuditEvent.action == "bulk_create")).all()
        import json

        per_table = Counter(e.entity for e in bulk)
        assert per_table["indicator"] == 40 and per_table["actual"] == 40
        indicator_counts = {json.loads(e.after)["count"] for e in bulk if e.entity == "indicator"}
        assert indicator_counts == {150}
        total_actuals = sum(json.loads(e.after)["count"] for e in bulk if e.entity == "actual")
        assert total_actuals == summary.actuals
        created = Counter(
            e.entity for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "create"))
        )
        assert created["program"] == 40 and created["municipality"] == 40 and created["user"] == 4
        assert count(s, AuditEvent) < 1000


@pytest.mark.slow
def test_oblast_demo_twice_changes_nothing(oblast_db):
    db, summary, _steps = oblast_db
    with db.session() as s:
        before = count(s, AuditEvent)
    admin = users.authenticate(db, "admin", "demo", sleep=lambda _s: None)
    again = create_demo(db, admin, scale="oblast")
    assert again.created is False and again.program_ids == summary.program_ids
    with db.session() as s:
        assert count(s, AuditEvent) == before
