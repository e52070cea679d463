"""Export of the action plan and the indicator matrix; export then import is the same."""

from __future__ import annotations

import uuid

import openpyxl
import pytest
from sqlalchemy import select

from meapp.errors import NotFound
from meapp.models import (
    Indicator,
    IndicatorTarget,
    MeasureBudget,
    MeasureProgress,
    MeasureSpending,
    PlanItem,
)
from meapp.services.access.users import Actor
from meapp.services.plan import edit as plan_edit
from meapp.services.plan.export import export_matrix, export_plan
from meapp.services.plan.importer import ImportOptions, apply_plan_import
from meapp.store.db import open_database
from tests.helpers import SAMPLES

ADMIN = Actor.system()
OPTS = ImportOptions(title="Кара-Балта программасы", municipality="Кара-Балта", years=(2023, 2026))

# How a Kyrgyz catalogue might word the headers (the council's own wording).
KY = {
    "No.": "п.п.",
    "Task": "Тапшырма",
    "Measures": "Чаралар/Аракеттер",
    "Deadline": "Ишке ашыруу мөөнөтү",
    "Expected result (output)": "Күтүлгөн жыйынтыктар (продукт)",
    "Responsible executors": "Жооптуу аткаруучулар",
    "Planned cost, som: {source}": "Пландалган наркы, сом: {source}",
    "Local budget": "Жергиликтүү бюджет",
    "Donors": "Донорлор",
    "Issue": "Маселе",
    "Indicator": "Индикаторлордун аталышы",
    "Unit": "Өлчөө бирдиги",
    "Baseline ({year})": "Базалык жыл ({year}-ж)",
    "Interim targets (yearly)": "Аралык индикаторлор (жылдык)",
    "Year {n}": "{n} жыл",
    "Final target": "Акыркы индикаторлор же максаттар",
    "Responsible body": "Жооптуу орган",
    "Data source": "Маалымат булагы",
    "Measurement method": "Өлчөө ыкмасы",
    "Verifying document": "Тастыктоочу документ",
    "Methodology note": "Методологиялык эскертүү",
    "How periods combine": "Мезгилдер кантип кошулат",
    "Direction": "Өзгөрүү багыты",
    "Level": "Деңгээли",
    "Plan item": "Пландын пункту",
    "cumulative": "топтолуучу",
    "level": "деңгээл",
    "average": "орточо",
    "increase": "өсүү",
    "decrease": "азаюу",
    "keep": "сактоо",
    "outcome": "натыйжа",
    "Goal: {text}": "Максаты: {text}",
    "Action plan": "Аракеттер планы",
    "Indicator matrix": "Индикаторлор",
}


def ky(_ctx: str, text: str) -> str:
    return KY.get(text, text)


def en(_ctx: str, text: str) -> str:
    return text


@pytest.fixture
def imported(db):
    apply_plan_import(db, ADMIN, SAMPLES / "kara-balta-action-plan.xlsx", None, OPTS)
    result = apply_plan_import(db, ADMIN, SAMPLES / "kara-balta-indicators.xlsx", None, OPTS)
    return result.program_id


def _programme(db, program_id) -> dict:
    """Everything of a programme that the council's tables carry, ids left out."""
    program_id = uuid.UUID(str(program_id))
    with db.session() as s:
        items = list(s.scalars(select(PlanItem).where(PlanItem.program_id == program_id)))
        by_id = {i.id: i for i in items}
        budgets: dict = {}
        for b in s.scalars(select(MeasureBudget)):
            if b.measure_id in by_id:
                budgets.setdefault(b.measure_id, []).append((b.source, b.planned))

        def path(item_id):
            out = []
            while item_id is not None:
                it = by_id[item_id]
                out.append((it.kind, it.code, it.title))
                item_id = it.parent_id
            return tuple(reversed(out))

        def walk(parent):
            kids = sorted((i for i in items if i.parent_id == parent), key=lambda i: i.position)
            return [
                (
                    i.kind,
                    i.code,
                    i.title,
                    i.description,
                    i.deadline_text,
                    i.start_year,
                    i.end_year,
                    i.expected_result,
                    i.lead_executor,
                    i.co_executors,
                    i.by_agreement,
                    sorted(budgets.get(i.id, [])),
                    walk(i.id),
                )
                for i in kids
            ]

        inds = []
        for ind in s.scalars(
            select(Indicator).where(Indicator.program_id == program_id).order_by(Indicator.position)
        ):
            targets = sorted(
                (t.period, t.value, t.text)
                for t in s.scalars(
                    select(IndicatorTarget).where(IndicatorTarget.indicator_id == ind.id)
                )
            )
            inds.append(
                (
                    ind.code,
                    ind.name,
                    ind.unit,
                    ind.value_type,
                    ind.direction,
                    ind.aggregation,
                    ind.baseline_value,
                    ind.baseline_year,
                    ind.final_target,
                    ind.data_source,
                    ind.method,
                    ind.verifying_document,
                    ind.responsible,
                    ind.methodology_note,
                    ind.level,
                    ind.issue_text,
                    ind.group_text,
                    path(ind.plan_item_id) if ind.plan_item_id else None,
                    targets,
                )
            )
        return {"tree": walk(None), "indicators": inds}


def _reimport(tmp_path, plan_file, matrix_file):
    db2 = open_database(str(tmp_path / "again.db"))
    apply_plan_import(db2, ADMIN, plan_file, None, OPTS)
    result = apply_plan_import(db2, ADMIN, matrix_file, None, OPTS)
    return db2, result.program_id


def test_plan_export_has_the_council_layout(db, imported, tmp_path):
    out = tmp_path / "plan.xlsx"
    export_plan(db, imported, out, ky)
    ws = openpyxl.load_workbook(out).active
    assert ws.title == "Аракеттер планы"
    assert [c.value for c in ws[3]] == [
        "п.п.",
        "Тапшырма",
        "Чаралар/Аракеттер",
        "Ишке ашыруу мөөнөтү",
        "Күтүлгөн жыйынтыктар (продукт)",
        "Жооптуу аткаруучулар",
    ]
    assert [c.value for c in ws[4]] == [1, 2, 3, 4, 5, 6]
    assert ws["A5"].value == "1. Социалдык өнүгүү үчүн керектүү шарттарды түзүү"
    assert ws["A6"].value == "1.1. Билим"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A5:F5", "A6:F6", "A7:A9", "B7:B9"} <= merged  # the task over its three measures
    assert ws["C9"].value.startswith("Мектептен тышкаркы")
    assert ws.freeze_panes == "A5"
    assert ws.auto_filter.ref == "A4:F28"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.print_title_rows == "$3:$4"


def test_matrix_export_has_the_council_layout(db, imported, tmp_path):
    out = tmp_path / "matrix.xlsx"
    export_matrix(db, imported, out, ky)
    ws = openpyxl.load_workbook(out).active
    assert ws.title == "Индикаторлор"
    head = [c.value for c in ws[2]][:11]
    assert head == [
        "п.п.",
        "Маселе",
        "Индикаторлордун аталышы",
        "Өлчөө бирдиги",
        "Базалык жыл (2022-ж)",
        "Аралык индикаторлор (жылдык)",
        None,
        None,
        None,
        "Акыркы индикаторлор же максаттар",
        "Жооптуу орган",
    ]
    assert [c.value for c in ws[3]][5:9] == ["1 жыл", "2 жыл", "3 жыл", "4 жыл"]
    assert ws["A4"].value == "(1)"
    assert "F2:I2" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["A5"].value == "Экологиялык коопсуздук"
    values = {
        ws.cell(r, 3).value: [ws.cell(r, c).value for c in range(4, 11)]
        for r in range(6, ws.max_row + 1)
        if ws.cell(r, 3).value
    }
    trees = next(v for k, v in values.items() if k.startswith("Учурдагы дарактардын"))
    assert trees == ["Мамиле", "1:0", "1:0,3", "1:0,8", "1:2", "1:2,5", "1:3"]
    lower = next(v for k, v in values.items() if "төмөнкү сейил бак" in k)
    assert lower == ["м2", 0, 8371.4, 8371.4, 8371.4, 8371.4, 33485.9]
    assert ws.freeze_panes == "A5" and ws.page_setup.orientation == "landscape"


def test_export_then_import_gives_the_same_programme(db, imported, tmp_path):
    plan_file, matrix_file = tmp_path / "p.xlsx", tmp_path / "m.xlsx"
    export_plan(db, imported, plan_file, en)
    export_matrix(db, imported, matrix_file, en)
    db2, pid2 = _reimport(tmp_path, plan_file, matrix_file)
    try:
        assert _programme(db2, pid2) == _programme(db, imported)
    finally:
        db2.dispose()


def test_round_trip_keeps_what_the_user_edited(db, imported, tmp_path):
    tree = _programme(db, imported)
    with db.session() as s:
        items = {i.title: i for i in s.scalars(select(PlanItem))}
        inds = {i.name: i for i in s.scalars(select(Indicator))}
    direction = items[
        "Бизнести өнүктүрүү жана инвестицияларды тартуу үчүн жагымдуу шарттарды түзүү"
    ]
    plan_edit.update_plan_item(db, ADMIN, direction.id, {"description": "Жумуш орундары"})
    toilets = items["Коомдук дааратканаларды куруу"]
    plan_edit.set_measure_budget(
        db, ADMIN, toilets.id, {"local_budget": 1_200_000, "donor": 350_000.5}
    )
    jobs = inds["Түзүлгөн жумуш орундары"]
    plan_edit.move_indicator(db, ADMIN, jobs.id, toilets.id)
    plan_edit.update_indicator(
        db,
        ADMIN,
        jobs.id,
        {
            "aggregation": "average",
            "level": "outcome",
            "data_source": "Статистика",
            "method": "=эсептөө",
            "verifying_document": "Акт",
            "direction": "keep",
        },
    )
    plan_edit.set_targets(db, ADMIN, jobs.id, {"2024-H1": 90, "2024-H2": 110})
    assert _programme(db, imported) != tree
    plan_file, matrix_file = tmp_path / "p.xlsx", tmp_path / "m.xlsx"
    export_plan(db, imported, plan_file, ky)
    export_matrix(db, imported, matrix_file, ky)
    db2, pid2 = _reimport(tmp_path, plan_file, matrix_file)
    try:
        assert _programme(db2, pid2) == _programme(db, imported)
    finally:
        db2.dispose()


def test_text_that_looks_like_a_formula_stays_text(db, imported, tmp_path):
    with db.session() as s:
        measure = s.scalars(select(PlanItem).where(PlanItem.kind == "measure")).first()
        ind = s.scalars(select(Indicator)).first()
    plan_edit.update_plan_item(
        db,
        ADMIN,
        measure.id,
        {
            "title": '=HYPERLINK("http://x","y")',
            "lead_executor": "-Мэрия",
            "expected_result": "+5 км",
            "co_executors": "@все",
        },
    )
    plan_edit.update_indicator(db, ADMIN, ind.id, {"name": "=1+1"})
    export_plan(db, imported, tmp_path / "p.xlsx", en)
    export_matrix(db, imported, tmp_path / "m.xlsx", en)
    texts = {}
    for name in ("p.xlsx", "m.xlsx"):
        for row in openpyxl.load_workbook(tmp_path / name).active.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value[:1] in "=+-@":
                    texts[c.value] = (c.data_type, c.quotePrefix)
    assert texts['=HYPERLINK("http://x","y")'] == ("s", True)
    assert texts["-Мэрия, @все"] == ("s", True)
    assert texts["+5 км"] == ("s", True)
    assert texts["=1+1"] == ("s", True)


def test_plan_export_with_a_period_adds_status_and_spending(db, imported, tmp_path):
    with db.session() as s, s.begin():
        measure = s.scalars(
            select(PlanItem).where(PlanItem.title == "Коомдук дааратканаларды куруу")
        ).one()
        mp = MeasureProgress(
            measure_id=measure.id, period="2024-H1", status="in_progress", percent_complete=40
        )
        s.add(mp)
        s.flush()
        s.add(MeasureSpending(progress_id=mp.id, source="local_budget", amount=150_000))
        s.add(MeasureSpending(progress_id=mp.id, source="donor", amount=50_000))
    seen = []
    out = tmp_path / "p.xlsx"
    export_plan(db, imported, out, en, progress=lambda d, t: seen.append((d, t)), period="2024-H1")
    ws = openpyxl.load_workbook(out).active
    assert [c.value for c in ws[3]][6:] == [
        "Status (2024-H1)",
        "% complete",
        "Spent, som (2024-H1)",
    ]
    row = next(r for r in ws.iter_rows(min_row=5) if r[2].value == measure.title)
    assert (row[6].value, row[7].value, row[8].value) == ("in progress", 40, 200_000)  # all sources
    assert row[8].number_format == "#,##0.00"
    assert seen[-1] == (32, 32)


def test_unknown_programme(db, tmp_path):
    with pytest.raises(NotFound):
        export_plan(db, "00000000-0000-0000-0000-000000000000", tmp_path / "x.xlsx", en)
    with pytest.raises(NotFound):
        export_matrix(db, "nonsense", tmp_path / "x.xlsx", en)


def test_plan_and_matrix_in_one_workbook_import_back_the_same(db, imported, tmp_path):
    from meapp.services.plan.export import export_plan_and_matrix

    both = tmp_path / "both.xlsx"
    export_plan_and_matrix(db, imported, both, ky)
    wb = openpyxl.load_workbook(both)
    assert wb.sheetnames == ["Аракеттер планы", "Индикаторлор"]
    assert wb["Аракеттер планы"]["A5"].value.startswith("1. Социалдык")
    db2 = open_database(str(tmp_path / "again.db"))
    try:
        result = apply_plan_import(db2, ADMIN, both, None, OPTS)
        assert _programme(db2, result.program_id) == _programme(db, imported)
    finally:
        db2.dispose()
