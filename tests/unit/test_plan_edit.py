"""Editing the programme and its plan; every edit has a clean inverse (undo)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from meapp.errors import (
    ConcurrentEdit,
    NotFound,
    PeriodLocked,
    PermissionDenied,
    ValidationError,
)
from meapp.models import (
    Actual,
    AuditEvent,
    Evidence,
    Indicator,
    IndicatorTarget,
    MeasureProgress,
    PlanItem,
    ReportingRound,
)
from meapp.services.access.users import Actor
from meapp.services.plan import edit as pe
from meapp.store import audit_chain as audit

ADMIN = Actor.system()
EDITOR = Actor("asel", "editor")


@pytest.fixture
def prog(db):
    return pe.create_program(
        db,
        ADMIN,
        title="Ак-Суу өнүктүрүү программасы",
        municipality="Ак-Суу айыл өкмөтү",
        start_year=2023,
        end_year=2026,
    )


@pytest.fixture
def tree(db, prog):
    """direction 1 › sector 1.1 › task 1 › measures A, B; direction 2."""
    d1 = pe.add_plan_item(db, ADMIN, prog.id, kind="direction", code="1", title="Экономика")
    s11 = pe.add_plan_item(
        db, ADMIN, prog.id, kind="sector", code="1.1", title="Туризм", parent_id=d1.id
    )
    t1 = pe.add_plan_item(
        db, ADMIN, prog.id, kind="objective", code="1", title="Маршруттар", parent_id=s11.id
    )
    a = pe.add_plan_item(
        db,
        ADMIN,
        prog.id,
        kind="measure",
        title="A",
        parent_id=t1.id,
        deadline_text="2024-2025-жж.",
    )
    b = pe.add_plan_item(db, ADMIN, prog.id, kind="measure", title="B", parent_id=t1.id)
    d2 = pe.add_plan_item(db, ADMIN, prog.id, kind="direction", code="2", title="Суу")
    return {"d1": d1, "s11": s11, "t1": t1, "a": a, "b": b, "d2": d2}


def _order(db, parent_id):
    with db.session() as s:
        q = select(PlanItem).where(
            PlanItem.parent_id.is_(None)
            if parent_id is None
            else PlanItem.parent_id == uuid.UUID(parent_id)
        )
        return [(i.title, i.position) for i in s.scalars(q.order_by(PlanItem.position))]


def _chain_ok(db):
    with db.session() as s:
        return audit.verify_chain(s).ok


# -- programme form -------------------------------------------------------------------------


def test_create_and_edit_the_programme_form_with_undo(db, prog):
    assert prog.code == "AK-SUU-AIYL-OKMOTU-2023" and prog.municipality_kind == "aiyl_okmotu"
    change = pe.update_program(
        db,
        ADMIN,
        prog.id,
        {
            "approval_body": "Ак-Суу айылдык кеңеши",
            "approval_number": "12/3",
            "approval_date": "2023-02-15",
            "vision": "Гүлдөгөн айыл",
            "threshold_green": 0.85,
            "frequency": "quarter",
            "rayon": "Ысык-Көл",
        },
        expected_version=prog.version,
    )
    form = pe.get_program_form(db, prog.id)
    assert form.approval_date == date(2023, 2, 15) and form.rayon == "Ысык-Көл"
    assert (form.frequency, form.threshold_green) == ("quarter", 0.85)
    assert change.before["vision"] is None and change.after["vision"] == "Гүлдөгөн айыл"
    pe.update_program(db, ADMIN, prog.id, change.before, expected_version=change.version)
    back = pe.get_program_form(db, prog.id)
    assert (back.vision, back.frequency, back.rayon, back.approval_date) == (
        None,
        "half_year",
        None,
        None,
    )
    assert _chain_ok(db)


def test_programme_form_refuses_bad_values_and_stale_versions(db, prog):
    with pytest.raises(ValidationError, match="ends before it starts"):
        pe.update_program(db, ADMIN, prog.id, {"end_year": 2020})
    with pytest.raises(ValidationError, match="thresholds"):
        pe.update_program(db, ADMIN, prog.id, {"threshold_amber": 0.95})
    with pytest.raises(ValidationError, match="needs a title"):
        pe.update_program(db, ADMIN, prog.id, {"title": "  "})
    pe.update_program(db, ADMIN, prog.id, {"vision": "x"})
    with pytest.raises(ConcurrentEdit):
        pe.update_program(db, ADMIN, prog.id, {"vision": "y"}, expected_version=prog.version)
    with pytest.raises(PermissionDenied):
        pe.update_program(db, EDITOR, prog.id, {"vision": "z"})
    assert pe.get_program_form(db, prog.id).vision == "x"


def test_a_second_programme_of_the_same_town_gets_its_own_code(db, prog):
    other = pe.create_program(
        db, ADMIN, title="Экинчи", municipality="ак-суу айыл өкмөтү", start_year=2023, end_year=2027
    )
    assert other.code == "AK-SUU-AIYL-OKMOTU-2023-2" and other.municipality == prog.municipality


# -- plan items -----------------------------------------------------------------------------


def test_add_and_update_items_with_undo(db, tree):
    a = tree["a"]
    assert (a.start_year, a.end_year, a.position) == (2024, 2025, 0)
    change = pe.update_plan_item(
        db,
        ADMIN,
        a.id,
        {
            "title": "A′",
            "deadline_text": "Жыл сайын",
            "lead_executor": "Мэрия",
            "by_agreement": True,
        },
        expected_version=a.version,
    )
    now = pe.get_plan_item(db, a.id)
    assert (now.title, now.start_year, now.end_year) == ("A′", 2023, 2026)  # every year
    pe.update_plan_item(db, ADMIN, a.id, change.before, expected_version=change.version)
    back = pe.get_plan_item(db, a.id)
    assert (
        back.title,
        back.deadline_text,
        back.start_year,
        back.end_year,
        back.by_agreement,
        back.lead_executor,
    ) == ("A", "2024-2025-жж.", 2024, 2025, False, None)
    with pytest.raises(ConcurrentEdit):
        pe.update_plan_item(db, ADMIN, a.id, {"title": "x"}, expected_version=a.version)


def test_items_must_fit_the_tree(db, prog, tree):
    with pytest.raises(ValidationError, match="cannot hold"):
        pe.add_plan_item(db, ADMIN, prog.id, kind="measure", title="x", parent_id=tree["a"].id)
    with pytest.raises(ValidationError, match="cannot sit under"):
        pe.add_plan_item(db, ADMIN, prog.id, kind="direction", title="x", parent_id=tree["s11"].id)
    sub = pe.add_plan_item(
        db,
        ADMIN,
        prog.id,
        kind="sector",
        code="1.1.1",
        title="Эко-туризм",
        parent_id=tree["s11"].id,
    )
    with pytest.raises(ValidationError, match="into itself"):
        pe.move_plan_item(db, ADMIN, tree["s11"].id, sub.id)
    with pytest.raises(ValidationError, match="do not fit"):
        pe.update_plan_item(db, ADMIN, tree["t1"].id, {"kind": "measure"})
    with pytest.raises(ValidationError, match="needs a title"):
        pe.add_plan_item(db, ADMIN, prog.id, kind="direction", title=" ")
    with pytest.raises(NotFound):
        pe.get_plan_item(db, uuid.uuid4())


def test_move_and_undo_restore_the_order(db, tree):
    t1, s11 = tree["t1"], tree["s11"]
    c = pe.add_plan_item(db, ADMIN, t1.program_id, kind="measure", title="C", parent_id=t1.id)
    assert _order(db, t1.id) == [("A", 0), ("B", 1), ("C", 2)]
    move = pe.move_plan_item(db, ADMIN, c.id, t1.id, 0)  # drag C to the top
    assert _order(db, t1.id) == [("C", 0), ("A", 1), ("B", 2)]
    pe.move_plan_item(db, ADMIN, c.id, move.old_parent_id, move.old_position)
    assert _order(db, t1.id) == [("A", 0), ("B", 1), ("C", 2)]
    move = pe.move_plan_item(db, ADMIN, tree["a"].id, s11.id, None)  # to another parent
    assert _order(db, t1.id) == [("B", 0), ("C", 1)]
    assert _order(db, s11.id) == [("Маршруттар", 0), ("A", 1)]
    pe.move_plan_item(db, ADMIN, tree["a"].id, move.old_parent_id, move.old_position)
    assert _order(db, t1.id) == [("A", 0), ("B", 1), ("C", 2)]
    assert _order(db, s11.id) == [("Маршруттар", 0)]


def test_copy_is_deep_and_undone_by_deleting_it(db, tree):
    ind = pe.add_indicator(
        db,
        ADMIN,
        tree["t1"].program_id,
        name="Маршруттардын саны",
        plan_item_id=tree["a"].id,
        unit="даана",
    )
    pe.set_targets(db, ADMIN, ind.id, {"2024": 1, "2025": 3})
    pe.set_measure_budget(db, ADMIN, tree["a"].id, {"local_budget": 1000})
    copy = pe.copy_plan_item(db, ADMIN, tree["t1"].id)
    assert _order(db, tree["s11"].id) == [("Маршруттар", 0), ("Маршруттар", 1)]
    with db.session() as s:
        kids = s.scalars(
            select(PlanItem)
            .where(PlanItem.parent_id == uuid.UUID(copy.id))
            .order_by(PlanItem.position)
        ).all()
        assert [k.title for k in kids] == ["A", "B"]
        copied = s.scalars(select(Indicator).where(Indicator.plan_item_id == kids[0].id)).one()
        assert copied.name == "Маршруттардын саны" and copied.id != uuid.UUID(ind.id)
    assert pe.get_indicator(db, copied.id).targets == (("2024", 1.0, None), ("2025", 3.0, None))
    assert pe.get_plan_item(db, kids[0].id).budgets == (("local_budget", 1000.0),)
    undo = pe.delete_plan_item(db, ADMIN, copy.id)
    assert undo.impact.items == {"objective": 1, "measure": 2} and undo.impact.indicators == 1
    assert _order(db, tree["s11"].id) == [("Маршруттар", 0)]
    assert _chain_ok(db)


def test_delete_says_what_goes_and_restore_puts_everything_back(db, tree):
    pid = uuid.UUID(tree["t1"].program_id)
    ind = pe.add_indicator(db, ADMIN, pid, name="Туристтер", plan_item_id=tree["t1"].id)
    pe.set_targets(db, ADMIN, ind.id, {"2024": 100})
    with db.session() as s, s.begin():
        actual = Actual(indicator_id=uuid.UUID(ind.id), period="2024-H1", value=40)
        progress = MeasureProgress(
            measure_id=uuid.UUID(tree["a"].id),
            period="2024-H1",
            status="in_progress",
            percent_complete=30,
        )
        s.add_all([actual, progress])
        s.flush()
        s.add(
            Evidence(
                program_id=pid,
                owner_type="actual",
                owner_id=actual.id,
                filename="a.pdf",
                sha256="0" * 64,
                content=b"%PDF",
                size=4,
            )
        )
    impact = pe.delete_impact_of_item(db, tree["s11"].id)
    assert impact.items == {"sector": 1, "objective": 1, "measure": 2}
    assert (
        impact.indicators,
        impact.targets,
        impact.actuals,
        impact.progress_records,
        impact.evidence,
    ) == (1, 1, 1, 1, 1)
    before = _order(db, tree["d1"].id)
    deleted = pe.delete_plan_item(db, ADMIN, tree["s11"].id)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Actual)) == 0
        assert s.scalar(select(func.count()).select_from(Evidence)) == 0
        assert s.scalar(select(func.count()).select_from(Indicator)) == 0
    pe.restore_deleted(db, ADMIN, deleted)
    assert _order(db, tree["d1"].id) == before
    with db.session() as s:
        assert s.get(Actual, actual.id).value == 40
        ev = s.scalars(select(Evidence)).one()
        assert ev.content == b"%PDF" and ev.owner_id == actual.id
        assert s.get(Indicator, uuid.UUID(ind.id)).plan_item_id == uuid.UUID(tree["t1"].id)
        assert s.scalar(select(func.count()).select_from(IndicatorTarget)) == 1
    # the restored row keeps its version: an undo stack can go on editing it
    again = pe.get_plan_item(db, tree["a"].id)
    pe.update_plan_item(db, ADMIN, tree["a"].id, {"title": "A2"}, expected_version=again.version)
    assert _chain_ok(db)


def test_data_of_an_approved_period_is_not_deleted(db, tree):
    pid = uuid.UUID(tree["t1"].program_id)
    with db.session() as s, s.begin():
        s.add(
            MeasureProgress(
                measure_id=uuid.UUID(tree["b"].id),
                period="2024-H1",
                status="done",
                percent_complete=100,
            )
        )
        s.add(ReportingRound(program_id=pid, period="2024-H1", state="approved"))
    with pytest.raises(PeriodLocked):
        pe.delete_plan_item(db, ADMIN, tree["d1"].id)
    assert pe.get_plan_item(db, tree["b"].id).title == "B"
    pe.delete_plan_item(db, ADMIN, tree["d2"].id)  # nothing recorded there: fine


# -- indicators and targets -----------------------------------------------------------------


def test_indicator_edit_move_copy_delete_with_undo(db, tree):
    pid = tree["t1"].program_id
    x = pe.add_indicator(
        db, ADMIN, pid, name="X", plan_item_id=tree["a"].id, unit="км", aggregation="sum"
    )
    y = pe.add_indicator(db, ADMIN, pid, name="Y", plan_item_id=tree["a"].id)
    z = pe.add_indicator(db, ADMIN, pid, name="Z")
    change = pe.update_indicator(db, ADMIN, x.id, {"direction": "decrease", "weight": 2})
    assert pe.get_indicator(db, x.id).direction == "decrease"
    pe.update_indicator(db, ADMIN, x.id, change.before, expected_version=change.version)
    assert pe.get_indicator(db, x.id).direction == "increase"
    with pytest.raises(ValidationError, match="unknown"):
        pe.update_indicator(db, ADMIN, x.id, {"aggregation": "median"})

    def names(item_id):
        with db.session() as s:
            q = select(Indicator).where(
                Indicator.plan_item_id.is_(None)
                if item_id is None
                else Indicator.plan_item_id == uuid.UUID(item_id)
            )
            return [i.name for i in s.scalars(q.order_by(Indicator.position))]

    move = pe.move_indicator(db, ADMIN, z.id, tree["a"].id, 1)
    assert names(tree["a"].id) == ["X", "Z", "Y"] and names(None) == []
    pe.move_indicator(db, ADMIN, z.id, move.old_parent_id, move.old_position)
    assert names(tree["a"].id) == ["X", "Y"] and names(None) == ["Z"]
    pe.set_targets(db, ADMIN, x.id, {"2024": 2.5})
    copy = pe.copy_indicator(db, ADMIN, x.id)
    assert names(tree["a"].id) == ["X", "X", "Y"] and copy.targets == (("2024", 2.5, None),)
    deleted = pe.delete_indicator(db, ADMIN, copy.id)
    assert names(tree["a"].id) == ["X", "Y"]
    pe.restore_deleted(db, ADMIN, deleted)
    assert names(tree["a"].id) == ["X", "X", "Y"]
    assert pe.get_indicator(db, copy.id).targets == (("2024", 2.5, None),)
    with pytest.raises(PermissionDenied):
        pe.delete_indicator(db, EDITOR, y.id)


def test_targets_table_with_undo_and_locked_years(db, tree):
    pid = tree["t1"].program_id
    ind = pe.add_indicator(
        db, ADMIN, pid, name="Туристтер", baseline_value=100, baseline_year=2022, final_target=200
    )
    change = pe.set_targets(
        db, ADMIN, ind.id, {"2023": 120, "2024": (150, "150 адам"), "2024-H1": 60}
    )
    table = pe.get_targets(db, ind.id)
    assert [r.year for r in table.rows] == [2023, 2024, 2025, 2026]
    row = table.rows[1]
    assert (row.year_value, row.year_text, row.h1, row.h2) == (150, "150 адам", 60, None)
    assert change.before == {"2023": None, "2024": None, "2024-H1": None}
    pe.set_targets(db, ADMIN, ind.id, change.before)
    assert all(r.year_value is None and r.h1 is None for r in pe.get_targets(db, ind.id).rows)
    pe.set_targets(db, ADMIN, ind.id, change.after)
    with pytest.raises(ValidationError, match="not a period"):
        pe.set_targets(db, ADMIN, ind.id, {"2024-H3": 1})
    with pytest.raises(ValidationError, match="per year or half-year"):
        pe.set_targets(db, ADMIN, ind.id, {"2024-Q1": 1})
    with db.session() as s, s.begin():
        s.add(ReportingRound(program_id=uuid.UUID(pid), period="2024-H2", state="approved"))
    assert pe.get_targets(db, ind.id).rows[1].locked
    with pytest.raises(PeriodLocked):
        pe.set_targets(db, ADMIN, ind.id, {"2024": 160})
    pe.set_targets(db, ADMIN, ind.id, {"2025": 170})  # other years stay open
    assert pe.get_targets(db, ind.id).rows[2].year_value == 170


def test_planned_budget_with_undo(db, tree):
    change = pe.set_measure_budget(
        db, ADMIN, tree["a"].id, {"local_budget": 500_000, "donor": 1_250_000.5}
    )
    assert pe.get_plan_item(db, tree["a"].id).budgets == (
        ("donor", 1_250_000.5),
        ("local_budget", 500_000.0),
    )
    pe.set_measure_budget(db, ADMIN, tree["a"].id, change.before)
    assert pe.get_plan_item(db, tree["a"].id).budgets == ()
    with pytest.raises(ValidationError, match="negative"):
        pe.set_measure_budget(db, ADMIN, tree["a"].id, {"local_budget": -1})
    with pytest.raises(ValidationError, match="unknown funding source"):
        pe.set_measure_budget(db, ADMIN, tree["a"].id, {"bank": 1})
    with pytest.raises(ValidationError, match="only measures"):
        pe.set_measure_budget(db, ADMIN, tree["t1"].id, {"local_budget": 1})


def test_every_edit_is_in_the_audit_trail(db, tree):
    pe.update_plan_item(db, ADMIN, tree["b"].id, {"title": "B2"})
    with db.session() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == tree["b"].id).order_by(AuditEvent.seq)
        ).all()
    assert [e.action for e in events] == ["create", "update"]
    assert '"title": "B2"' in events[-1].after and '"title": "B"' in events[-1].before
    assert _chain_ok(db)
