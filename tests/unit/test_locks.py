"""One home for the lock rules (`monitoring.locks`): every writer refuses the same things.

The corrected drifts each have a test here: `import-plan` refused only a *changed* target of
an approved year (now also a set or added one, as the plan editor does), nobody guarded the
fields that turn an approved figure's actuals into it, deleting a measure took its public
checks of an approved period along, copying an indicator wrote targets into approved years,
and packages locked a half-year's target by the period rule instead of the year rule.
"""

from __future__ import annotations

import uuid
from datetime import date

import openpyxl
import pytest
from sqlalchemy import func, select

from meapp.errors import PeriodLocked, ValidationError
from meapp.models import (
    AuditEvent,
    Indicator,
    IndicatorTarget,
    Program,
    PublicCheck,
    ReportingRound,
)
from meapp.models.periods import Period
from meapp.services.access.users import Actor
from meapp.services.exchange.export import export_package
from meapp.services.exchange.import_ import PackageLocked, import_package, preview_package
from meapp.services.monitoring import locks, rounds
from meapp.services.plan import edit as pe
from meapp.services.plan.export import export_matrix
from meapp.services.plan.importer import ImportOptions, apply_plan_import
from tests.helpers import SAMPLES
from tests.unit import factories as f
from tests.unit.test_exchange import contents, copy_of

ADMIN = Actor.system()
CHAIR = Actor("chair", "evaluator", "Chair of the group")
MATRIX = SAMPLES / "kara-balta-indicators.xlsx"
NEW = ImportOptions(
    title="Кара-Балта шаарын өнүктүрүү программасы", municipality="Кара-Балта", years=(2023, 2026)
)


def _counts(db) -> tuple[int, ...]:
    with db.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (Indicator, IndicatorTarget, AuditEvent)
        )


def _program_id(db) -> uuid.UUID:
    with db.session() as s:
        return s.scalar(select(Program.id))


def _indicator(db, code: str = "И-01") -> Indicator:
    with db.session() as s:
        return s.scalars(select(Indicator).where(Indicator.code == code)).one()


def _target(db, indicator_id, period: str) -> float | None:
    with db.session() as s:
        return s.scalar(
            select(IndicatorTarget.value).where(
                IndicatorTarget.indicator_id == indicator_id, IndicatorTarget.period == period
            )
        )


def _exported(db, tmp_path, edit=None):
    """The demo's matrix as `meapp export-xlsx --kind matrix` writes it, edited by `edit`."""
    path = tmp_path / "matrix.xlsx"
    export_matrix(db, _program_id(db), path, lambda _ctx, text: text)
    if edit is not None:
        wb = openpyxl.load_workbook(path)
        edit(wb.worksheets[0])
        wb.save(path)
    return path


# -- the rules themselves -------------------------------------------------------------------


def test_a_target_of_an_approved_year_is_never_set_changed_added_or_removed():
    locked = {2024}
    assert locks.judge_target("2024-H1", None, (5.0, None), locked) == locks.LOCKED  # added
    assert locks.judge_target("2024", (5.0, None), (6.0, None), locked) == locks.LOCKED
    assert locks.judge_target("2024", (5.0, None), None, locked) == locks.LOCKED  # removed
    # the text as written alone is no new figure: nothing is written, nothing refused
    assert locks.judge_target("2024", (1.0, None), (1.0, "бар"), locked) == locks.SAME
    assert locks.judge_target("2025", None, (5.0, None), locked) == locks.WRITE
    assert locks.judge_target("2025", (5.0, None), (5.0, None), locked) == locks.SAME
    with pytest.raises(PeriodLocked, match="2024-H2"):
        locks.ensure_target_open("2024-H2", None, (1.0, None), locked)


def test_the_period_rule_locks_a_year_with_its_halves():
    h1, h2, year = Period.parse("2024-H1"), Period.parse("2024-H2"), Period.parse("2024")
    assert locks.periods_overlap(h1, year) and locks.periods_overlap(year, h2)
    assert not locks.periods_overlap(h1, h2)


def test_actuals_make_up_the_figures_of_approved_periods_up_to_the_last(db):
    ns = f.small_program(db)
    early = f.add_indicator(db, ns.program_id, code="E")
    late = f.add_indicator(db, ns.program_id, code="L")
    empty = f.add_indicator(db, ns.program_id, code="N")
    f.add_actual(db, early, "2023-H1", 1.0)  # a running total since then counts
    f.add_actual(db, late, "2025-H1", 1.0)
    f.add_actual(db, empty, "2023-H2", None, comment="no data yet")
    f.set_round(db, ns.program_id, "2024-H1", "approved")
    with db.session() as s:
        figures = locks.approved_figures(s, ns.program_id, [early, late, empty])
    assert figures == {early: "2024-H1"}


# -- import-plan: the editor's rule is the rule ----------------------------------------------


def test_import_refuses_a_target_added_to_an_approved_year(demo_db, tmp_path):
    """The attack: export the matrix, add a target of 2024-H1 (approved), import it again.
    Before, only a changed target was refused; an added one went in."""
    ind = _indicator(demo_db)
    assert _target(demo_db, ind.id, "2024-H1") is None
    path = _exported(demo_db, tmp_path, lambda ws: ws.cell(6, 12, 4000))  # column L: 2024-H1
    before = contents(demo_db)

    with pytest.raises(ValidationError) as err:
        apply_plan_import(demo_db, ADMIN, path)

    problem = err.value.problems[0]
    assert (problem.file, problem.row, problem.column) == ("matrix.xlsx", 6, "L")
    assert problem.text() == (
        "matrix.xlsx, sheet Indicator matrix, row 6, column L: "
        "the period 2024-H1 is approved: its target cannot change"
    )
    assert contents(demo_db) == before


@pytest.mark.parametrize(
    ("row", "col", "value", "column", "field"),
    [
        (6, 5, 5, "E", "the baseline of this indicator"),
        (6, 4, "га", "D", "the unit of this indicator"),
        (6, 19, "level", None, "how the periods of this indicator combine"),
        (6, 20, "decrease", None, "the direction of this indicator"),
        (6, 13, 20000, "M", "the final target of this indicator"),
    ],
)
def test_import_refuses_definitions_that_move_an_approved_figure(
    demo_db, tmp_path, row, col, value, column, field
):
    path = _exported(demo_db, tmp_path, lambda ws: ws.cell(row, col, value))
    before = contents(demo_db)

    with pytest.raises(ValidationError) as err:
        apply_plan_import(demo_db, ADMIN, path)

    [problem] = err.value.problems
    assert problem.row == row and problem.column == column
    assert f"the period 2023-H1 is approved: {field} cannot change" in problem.text()
    assert contents(demo_db) == before


def test_an_unchanged_export_imports_again_into_an_approved_programme(demo_db, tmp_path):
    # milestone targets come back as "yes"/"no" texts: the same values, so no change of an
    # approved year (before, they refused the whole file)
    path = _exported(demo_db, tmp_path)
    result = apply_plan_import(demo_db, ADMIN, path)
    assert result.created == {k: 0 for k in result.created}
    again = apply_plan_import(demo_db, ADMIN, path)
    assert sum(again.updated.values()) == 0


def test_definitions_without_an_approved_figure_stay_open(db, tmp_path):
    apply_plan_import(db, ADMIN, MATRIX, None, NEW)
    f.set_round(db, _program_id(db), "2024-H1", "approved")  # no actuals anywhere yet
    copy = tmp_path / "m.xlsx"
    wb = openpyxl.load_workbook(MATRIX)
    ws = wb.worksheets[0]
    baseline = next(c for c in ws[6] if c.column_letter == "E")
    baseline.value = 7
    wb.save(copy)
    apply_plan_import(db, ADMIN, copy)  # accepted: no approved figure moves
    with db.session() as s:
        assert 7 in set(s.scalars(select(Indicator.baseline_value)))


# -- the plan editor -------------------------------------------------------------------------


def test_the_editor_keeps_the_definition_of_an_approved_figure(demo_db):
    """Drift: the editor changed baseline, unit and kind of an indicator whose actuals an
    approved round holds; now it refuses as `import-plan` and packages do."""
    ind = _indicator(demo_db)
    before = contents(demo_db)
    for changes in (
        {"baseline_value": 5.0},
        {"unit": "га"},
        {"aggregation": "latest"},
        {"final_target": 20000.0},  # issue 18: it makes the targets the council left out
        {"weight": 3.0},  # and the programme's progress
    ):
        with pytest.raises(PeriodLocked, match="2023-H1 is approved"):
            pe.update_indicator(demo_db, ADMIN, ind.id, changes)
    assert contents(demo_db) == before
    pe.update_indicator(demo_db, ADMIN, ind.id, {"methodology_note": "Актылар боюнча"})


def test_deleting_a_measure_keeps_a_public_check_of_an_approved_period(db):
    """Drift: the delete looked at actuals and progress only; a public check dated in an
    approved period (with its photos) went with its measure."""
    ns = f.small_program(db)
    measure = pe.add_plan_item(db, ADMIN, ns.program_id, kind="measure", title="Build a bridge")
    with db.session() as s, s.begin():
        s.add(
            PublicCheck(measure_id=uuid.UUID(measure.id), stage="50", check_date=date(2024, 3, 1))
        )
    f.set_round(db, ns.program_id, "2024-H1", "approved")
    with pytest.raises(PeriodLocked, match="2024-H1"):
        pe.delete_plan_item(db, ADMIN, measure.id)
    assert pe.get_plan_item(db, measure.id).title == "Build a bridge"


def test_deleting_an_indicator_keeps_the_targets_of_an_approved_year(db):
    ns = f.small_program(db)
    ind = pe.add_indicator(db, ADMIN, ns.program_id, name="Trees planted")
    pe.set_targets(db, ADMIN, ind.id, {"2024": 100.0, "2025": 120.0})
    f.set_round(db, ns.program_id, "2024-H2", "approved")
    with pytest.raises(PeriodLocked, match="2024"):
        pe.delete_indicator(db, ADMIN, ind.id)
    with db.session() as s, s.begin():
        s.execute(ReportingRound.__table__.delete())
    pe.delete_indicator(db, ADMIN, ind.id)  # reopened: it goes


def test_a_copied_indicator_gets_no_target_of_an_approved_year(db):
    ns = f.small_program(db)
    ind = pe.add_indicator(db, ADMIN, ns.program_id, name="Trees planted")
    pe.set_targets(db, ADMIN, ind.id, {"2024": 100.0, "2024-H1": 40.0, "2025": 120.0})
    f.set_round(db, ns.program_id, "2024-H2", "approved")
    copy = pe.copy_indicator(db, ADMIN, ind.id)
    assert copy.targets == (("2025", 120.0, None),)


def test_the_editor_writes_no_text_into_an_approved_target(db):
    ns = f.small_program(db)
    ind = pe.add_indicator(db, ADMIN, ns.program_id, name="Park opened", value_type="milestone")
    pe.set_targets(db, ADMIN, ind.id, {"2024": 1.0})
    f.set_round(db, ns.program_id, "2024-H1", "approved")
    change = pe.set_targets(db, ADMIN, ind.id, {"2024": (1.0, "бар")})
    assert change.after == {}
    assert pe.get_targets(db, ind.id).rows[1].year_text is None
    with pytest.raises(PeriodLocked):
        pe.set_targets(db, ADMIN, ind.id, {"2024": 0.0})


# -- exchange packages -----------------------------------------------------------------------


@pytest.fixture
def rayon(demo_db, tmp_path):
    """The rayon's copy of the demo, where 2024-H1 was reopened (2024-H2 stays approved)."""
    database = copy_of(demo_db, tmp_path / "rayon.db")
    rounds.reopen(database, Actor("admin", "admin"), _program_id(database), "2024-H1", "check")
    yield database
    database.dispose()


def test_a_package_cannot_add_a_half_year_target_of_an_approved_year(demo_db, rayon, tmp_path):
    """Drift: packages locked targets by the period rule, so a 2024-H1 target passed while
    2024-H2 was approved; the editor and `import-plan` lock the whole year."""
    ind = _indicator(demo_db)
    with demo_db.session() as s, s.begin():
        s.add(IndicatorTarget(indicator_id=ind.id, period="2024-H1", value=4000.0))
    path = tmp_path / "whole.mepkg"
    export_package(demo_db, CHAIR, _program_id(demo_db), None, path)
    before = contents(rayon)

    preview = preview_package(rayon, path)
    with pytest.raises(PackageLocked):
        import_package(rayon, CHAIR, path, prefer="theirs")

    assert [(r.table, r.period) for r in preview.locked] == [("indicator_target", "2024-H1")]
    assert contents(rayon) == before


def test_a_package_cannot_move_the_baseline_of_an_approved_figure(demo_db, rayon, tmp_path):
    ind = _indicator(demo_db)
    with demo_db.session() as s, s.begin():
        row = s.get(Indicator, ind.id)
        row.baseline_value = 5.0  # as if changed at the municipality after a reopen
    path = tmp_path / "whole.mepkg"
    export_package(demo_db, CHAIR, _program_id(demo_db), None, path)

    preview = preview_package(rayon, path)

    assert [(r.table, r.period) for r in preview.locked] == [("indicator", "2023-H1")]
