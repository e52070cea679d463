"""One way to create a programme and one budget writer, whichever path writes.

Corrected drifts: the first start made its own programme (capital code of at most 24
letters, "draft") and the plan editor and `import-plan` another (lower case, 30 letters,
"approved", thresholds typed as 0.9/0.6); now all three call `programs.create_program_in`.
The editor compared planned amounts with `==` and the import with 1e-9 som, both fooled by
the dust "thousand som" leaves (16 384,1 thousand is 16384099.999999998 som); now the
editor, the import and packages compare with `budgets.same_amount` (to the tyiyn).
"""

from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import func, select, update

from meapp.errors import ValidationError
from meapp.models import AuditEvent, MeasureBudget, PlanItem, Program
from meapp.models.formulas import DEFAULT_AMBER, DEFAULT_GREEN
from meapp.services.access.users import Actor
from meapp.services.exchange.export import export_package
from meapp.services.exchange.import_ import import_package, preview_package
from meapp.services.plan import budgets, programs
from meapp.services.plan import edit as pe
from meapp.services.plan.importer import ImportOptions, apply_plan_import
from meapp.ui.first_start import create_empty_program
from tests.helpers import SAMPLES
from tests.unit.test_exchange import contents, copy_of

ADMIN = Actor.system()
CHAIR = Actor("chair", "evaluator", "Chair of the group")


def _program(db, program_id) -> Program:
    with db.session() as s:
        return s.get(Program, programs._as_uuid(program_id))


# -- programmes ------------------------------------------------------------------------------


def test_every_path_creates_the_programme_the_same_way(tmp_path):
    from meapp.store.db import open_database

    made = {}
    for way in ("first_start", "editor", "import"):
        db = open_database(str(tmp_path / f"{way}.db"))
        kw = {"title": "Программа", "municipality": "Ак-Суу айыл өкмөтү"}
        if way == "first_start":
            pid = create_empty_program(
                db, ADMIN, **kw, municipality_kind="aiyl_okmotu", start_year=2023, end_year=2026
            )
        elif way == "editor":
            pid = pe.create_program(db, ADMIN, **kw, start_year=2023, end_year=2026).id
        else:
            options = ImportOptions(kw["title"], kw["municipality"], (2023, 2026))
            pid = apply_plan_import(
                db, ADMIN, SAMPLES / "kara-balta-action-plan.xlsx", None, options
            ).program_id
        p = _program(db, pid)
        made[way] = (p.code, p.status, p.threshold_green, p.threshold_amber, p.frequency)
        db.dispose()
    expected = ("AK-SUU-AIYL-OKMOTU-2023", "draft", DEFAULT_GREEN, DEFAULT_AMBER, "half_year")
    assert made == dict.fromkeys(("first_start", "editor", "import"), expected)


def test_a_programme_with_its_council_decision_is_approved(db):
    p = pe.create_program(
        db,
        ADMIN,
        title="Программа",
        municipality="Кант",
        start_year=2024,
        end_year=2027,
        approval_number="12/3",
    )
    assert (p.code, p.status) == ("KANT-2024", "approved")


@pytest.mark.parametrize(
    ("town", "code"),
    [
        ("Кара-Балта шаары", "KARA-BALTA-SHAARY-2025"),
        # 24 letters at most, never ending on a hyphen
        ("Жалал-Абад шаарынын мэриясы", "ZHALAL-ABAD-SHAARYNYN-ME-2025"),
        ("Ноокат районунун Кара-Суу", "NOOKAT-RAIONUNUN-KARA-SU-2025"),
        ("Ак-Суу районунун Ак-Тал АӨ", "AK-SUU-RAIONUNUN-AK-TAL-2025"),
        ("Бишкек - борбор", "BISHKEK-BORBOR-2025"),
        ("!!!", "PROGRAM-2025"),
    ],
)
def test_the_code_rule(town, code):
    assert programs.program_code(town, 2025) == code
    assert len(code) - len("-2025") <= programs.CODE_SLUG_MAX


def test_the_first_start_refuses_what_the_service_refuses(db):
    with pytest.raises(ValidationError, match="ends before it starts"):
        create_empty_program(
            db,
            ADMIN,
            title="Программа",
            municipality="Кант",
            municipality_kind="city",
            start_year=2026,
            end_year=2024,
        )
    assert programs.list_programs(db) == []


# -- planned budgets -------------------------------------------------------------------------

DUST = 16384.1 * 1000  # "16 384,1" in a thousand-som column: 16384099.999999998 som


def _plan_book(path, cost):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "План"
    for row in (
        ("№", "Иш-чаралар", "Мөөнөттөрү", "Аткаруучулар", "Болжолдуу наркы, миң сом"),
        ("1. Инфраструктура",),
        ("1", "Суу түтүгүн оңдоо", "2023-2026-жж.", "Суу канал", cost),
    ):
        ws.append(list(row))
    wb.save(path)
    return path


def _budget_events(db) -> int:
    with db.session() as s:
        return s.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.entity == "measure_budget")
        )


def _planned(db) -> float:
    with db.session() as s:
        return s.scalars(select(MeasureBudget.planned)).one()


@pytest.fixture
def imported(db, tmp_path):
    path = _plan_book(tmp_path / "plan.xlsx", "16 384,1")
    apply_plan_import(db, ADMIN, path, None, ImportOptions("Программа", "Кант", (2023, 2026)))
    assert _planned(db) == DUST != 16_384_100
    with db.session() as s:
        measure = s.scalars(select(PlanItem.id).where(PlanItem.kind == "measure")).one()
    return path, str(measure)


def test_the_editor_sees_no_change_in_the_amount_the_table_shows(db, imported):
    """Drift: `==` took 16 384 100 typed over the imported 16384099.999999998 for a change."""
    _path, measure = imported
    events = _budget_events(db)
    change = pe.set_measure_budget(db, ADMIN, measure, {"other": 16_384_100})
    assert (change.before, change.after) == ({}, {})
    assert _budget_events(db) == events
    change = pe.set_measure_budget(db, ADMIN, measure, {"other": 16_384_100.5})
    assert change.after == {"other": 16_384_100.5}  # half a som is a change


def test_the_import_sees_no_change_in_the_same_amount(db, imported):
    """Drift: the import's 1e-9 som took 16384100 (typed) and the file's 16 384,1 thousand
    for two amounts, rewrote the row and wrote an audit event on every import."""
    path, _measure = imported
    with db.session() as s, s.begin():
        s.execute(update(MeasureBudget).values(planned=16_384_100.0))
    events = _budget_events(db)
    apply_plan_import(db, ADMIN, path)
    assert _planned(db) == 16_384_100.0 and _budget_events(db) == events


def test_one_rule_checks_every_amount():
    assert budgets.same_amount(DUST, 16_384_100) and budgets.same_amount(None, None)
    assert not budgets.same_amount(None, 0.0) and not budgets.same_amount(1.0, 1.01)
    with pytest.raises(ValidationError, match="cannot be negative"):
        budgets.check_amount("local_budget", -1)
    with pytest.raises(ValidationError, match="unknown funding source"):
        budgets.check_amount("lottery", 1)


def test_a_package_sees_no_change_in_the_same_amount(demo_db, tmp_path):
    """Packages compare planned amounts with the same rule: a row that differs by float dust
    only is unchanged, not a conflict (its version is the same on both sides)."""
    other = copy_of(demo_db, tmp_path / "other.db")
    try:
        with demo_db.session() as s, s.begin():
            b = s.scalars(select(MeasureBudget).order_by(MeasureBudget.id)).first()
            s.execute(
                update(MeasureBudget)
                .where(MeasureBudget.id == b.id)
                .values(planned=b.planned + 1e-7)
                .execution_options(synchronize_session=False)
            )
        path = tmp_path / "whole.mepkg"
        with demo_db.session() as s:
            pid = s.scalar(select(Program.id))
        export_package(demo_db, CHAIR, pid, None, path)
        before = contents(other)
        assert preview_package(other, path).conflicts == []
        assert import_package(other, CHAIR, path).changed_nothing
        assert contents(other) == before
    finally:
        other.dispose()
