"""Export then import of the plan and of the matrix gives the same programme and writes
nothing (issue 19, "Round trip"): codes are exported, yes/no and ratio values come back in
their one written form, and the approved rounds of the demo stay untouched."""

from __future__ import annotations

import uuid

import openpyxl
import pytest
from sqlalchemy import func, select

from meapp.models import Indicator, IndicatorTarget, MeasureBudget, PlanItem
from meapp.services.access.users import Actor
from meapp.services.plan.export import export_matrix, export_plan, export_plan_and_matrix
from meapp.services.plan.importer import ImportOptions, apply_plan_import
from meapp.services.plan.programs import list_programs
from meapp.store.db import open_database
from tests.unit.test_plan_export import KY, _programme

ADMIN = Actor.system()


def en(_ctx: str, text: str) -> str:
    return text


def ky(_ctx: str, text: str) -> str:
    return {**KY, "yes": "ооба", "no": "жок"}.get(text, text)


def _audit_count(db) -> int:
    from meapp.store.audit_chain import AuditEvent

    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)) or 0


def _rows(db) -> dict:
    """Every row the plan import can write, with all its columns."""
    out = {}
    with db.session() as s:
        for model in (PlanItem, Indicator, IndicatorTarget, MeasureBudget):
            rows = s.scalars(select(model)).all()
            out[model.__tablename__] = sorted(
                (tuple(sorted((c.key, str(getattr(r, c.key))) for c in model.__table__.c)))
                for r in rows
            )
    return out


@pytest.fixture
def demo(demo_db):
    (program,) = list_programs(demo_db)
    return demo_db, program.id


@pytest.mark.parametrize("translate", [en, ky], ids=["en", "ky"])
def test_plan_then_matrix_export_import_writes_nothing(demo, tmp_path, translate):
    db, pid = demo
    before, events = _rows(db), _audit_count(db)
    plan, matrix = tmp_path / "plan.xlsx", tmp_path / "matrix.xlsx"
    export_plan(db, pid, plan, translate, period="2024-H2")
    export_matrix(db, pid, matrix, translate)
    for path in (plan, matrix):
        result = apply_plan_import(db, ADMIN, path, pid)
        assert sum(result.created.values()) == 0, path.name
        assert sum(result.updated.values()) == 0, path.name
        assert result.totals["measure"] == 21 and result.totals["indicator"] == 12
    assert _audit_count(db) == events
    assert _rows(db) == before


def test_one_workbook_with_both_sheets_writes_nothing(demo, tmp_path):
    db, pid = demo
    before, events = _rows(db), _audit_count(db)
    both = tmp_path / "both.xlsx"
    export_plan_and_matrix(db, pid, both, ky)
    result = apply_plan_import(db, ADMIN, both, pid)
    assert sum(result.created.values()) + sum(result.updated.values()) == 0
    assert (_audit_count(db), _rows(db)) == (events, before)


def test_measure_codes_are_exported_beside_their_task(demo, tmp_path):
    db, pid = demo
    out = tmp_path / "plan.xlsx"
    export_plan(db, pid, out, en)
    ws = openpyxl.load_workbook(out).active
    rows = {ws.cell(r, 3).value: (ws.cell(r, 1).value, ws.cell(r, 2).value) for r in range(5, 60)}
    code, task = rows["Инклюзивдик спорт аянтчасын түзүү"]
    assert code == "1.1.2.1"
    assert task.startswith("1.1.2. Инклюзивдик билим")


def test_yes_no_targets_are_written_in_the_one_form(demo, tmp_path):
    db, pid = demo
    out = tmp_path / "matrix.xlsx"
    export_matrix(db, pid, out, ky)
    ws = openpyxl.load_workbook(out).active
    texts = {c.value for row in ws.iter_rows(min_row=5) for c in row if isinstance(c.value, str)}
    assert {"ооба", "жок"} & texts
    assert not {"yes", "no", "1", "0"} & texts
    assert any(t.startswith("1:") for t in texts)  # the ratio indicator


def test_fresh_database_gets_the_same_programme_once(demo, tmp_path):
    db, pid = demo
    plan, matrix = tmp_path / "plan.xlsx", tmp_path / "matrix.xlsx"
    export_plan(db, pid, plan, en)
    export_matrix(db, pid, matrix, en)
    db2 = open_database(str(tmp_path / "again.db"))
    try:
        opts = ImportOptions(title="Demo again", municipality="Кара-Балта", years=(2023, 2026))
        first = apply_plan_import(db2, ADMIN, [plan, matrix], None, opts)
        assert first.totals["measure"] == 21 and first.totals["indicator"] == 12
        again = apply_plan_import(db2, ADMIN, [plan, matrix], first.program_id)
        assert sum(again.created.values()) + sum(again.updated.values()) == 0
        mine = _programme(db, pid)
        theirs = _programme(db2, first.program_id)
        # by_agreement is not written by the export (a known gap): compare the rest
        assert _without_agreement(theirs["tree"]) == _without_agreement(mine["tree"])
        assert _comparable(theirs["indicators"]) == _comparable(mine["indicators"])
        with db2.session() as s:
            linked = s.scalar(
                select(func.count())
                .select_from(Indicator)
                .where(
                    Indicator.program_id == uuid.UUID(first.program_id),
                    Indicator.plan_item_id.is_not(None),
                )
            )
        with db.session() as s:
            linked_before = s.scalar(
                select(func.count())
                .select_from(Indicator)
                .where(
                    Indicator.program_id == uuid.UUID(str(pid)),
                    Indicator.plan_item_id.is_not(None),
                )
            )
        assert linked == linked_before
    finally:
        db2.dispose()


def _comparable(indicators: list) -> list:
    """By code (the export groups them, so their order may change), a ratio's target text
    that only writes its value ("1:0,3") as no text."""
    from meapp.models.numbers import parse_ratio

    out = []
    for ind in indicators:
        targets = [
            (p, v, None if t and v is not None and parse_ratio(t) == v else t)
            for p, v, t in ind[-1]
        ]
        out.append((*ind[:-1], targets))
    return sorted(out, key=lambda i: i[0] or "")


def _without_agreement(tree: list) -> list:
    return [(*row[:10], *row[11:12], _without_agreement(row[12])) for row in tree]


def test_a_task_without_measures_and_a_measure_without_a_task_come_back(demo, tmp_path):
    from tests.unit import factories as f

    db, pid = demo
    pid = uuid.UUID(str(pid))
    with db.session() as s:
        sector = s.scalar(select(PlanItem).where(PlanItem.code == "1.1"))
        sector_id = sector.id
    f.add_item(db, pid, "objective", "1.1.9", "Мектептерди санариптештирүү", sector_id, 50)
    f.add_item(db, pid, "measure", "1.1.10", "Китепкананы оңдоо", sector_id, 51)
    before, events = _rows(db), _audit_count(db)
    plan = tmp_path / "plan.xlsx"
    export_plan(db, pid, plan, ky)
    result = apply_plan_import(db, ADMIN, plan, pid)
    assert sum(result.created.values()) + sum(result.updated.values()) == 0
    assert (_audit_count(db), _rows(db)) == (events, before)
