"""Nothing silently dropped or misread on import, and indicators find their place (issue 19).

The workbooks are built here, shaped like the councils' tables (an action plan with heading
rows and cost columns headed only by their source, an MSDSP matrix with frequency and date,
a Bishkek-style matrix whose "№" names the plan item).
"""

from __future__ import annotations

import shutil
import uuid

import openpyxl
import pytest
from sqlalchemy import func, select

from meapp.errors import ValidationError
from meapp.models import Indicator, MeasureBudget, PlanItem
from meapp.services.access.users import Actor
from meapp.services.plan.export import export_matrix
from meapp.services.plan.importer import ImportOptions, apply_plan_import, preview_plan_import

ADMIN = Actor.system()
OPTS = ImportOptions(title="Бишкек программасы", municipality="Бишкек", years=(2023, 2024))

PLAN_HEADER = [
    "№",
    "Тапшырма",
    "Иш-чаралар",
    "Ишке ашыруу мөөнөтү",
    "Күтүлгөн натыйжа",
    "Жооптуу аткаруучулар",
]
PLAN_ROWS = [
    ["1. Экономиканы өнүктүрүү"],
    ["1.1. Ишкердикти колдоо"],
    ["1.1.1", "Чакан бизнести колдоо", "Бизнес-инкубатор ачуу", "2023-ж.", "Инкубатор", "Мэрия"],
    ["1.1.2", "Инвестиция тартуу", "Инвестициялык паспорт", "2024-ж.", "Паспорт", "Мэрия"],
    ["1.2. Туризм"],
    ["1.2.1", "Туризмди өнүктүрүү", "Маалымат борбору", "2024-ж.", "Борбор", "Мэрия"],
    ["2. Инфраструктура"],
    ["2.1. Жолдор"],
    ["2.1.1", "Жолдорду оңдоо", "Көчөлөрдү асфальттоо", "2023-2024-жж.", "10 км", "Мэрия"],
]


def _save(path, rows, merges=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def _plan(path, extra_header=(), extra=None):
    rows = [PLAN_HEADER + list(extra_header)]
    for row in PLAN_ROWS:
        rows.append(row + (list(extra(row)) if extra and len(row) > 1 else []))
    return _save(path, rows)


def _count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _messages(problems) -> list[str]:
    return [p.message.format(**p.params) for p in problems]


# -- columns the import does not use --------------------------------------------------------


def test_every_unused_column_is_named_in_the_preview_and_the_json(db, tmp_path):
    path = _plan(
        tmp_path / "plan.xlsx", ["Кошумча маалымат"], lambda row: ["мэр менен макулдашылды"]
    )
    pv = preview_plan_import(db, path, None, OPTS)
    unused = [p for p in pv.warnings if p.message.startswith("column not imported")]
    assert [(p.sheet, p.row, p.column, p.params["header"]) for p in unused] == [
        ("Лист1", 1, "G", "Кошумча маалымат")
    ]
    result = apply_plan_import(db, ADMIN, path, None, OPTS)
    assert {
        "sheet": "Лист1",
        "row": 1,
        "column": "G",
        "message": "column not imported: Кошумча маалымат",
    } in result.as_json()["warnings"]


def test_cost_columns_headed_only_by_their_source(db, tmp_path):
    path = _plan(
        tmp_path / "plan.xlsx",
        ["Жергиликтүү бюджет, миң сом", "Республикалык бюджет, миң сом", "Донорлор"],
        lambda row: [100, "50,5", 7] if row[0] == "1.1.1" else [None, None, None],
    )
    pv = preview_plan_import(db, path, None, OPTS)
    assert not [p for p in pv.warnings if p.message.startswith("column not imported")]
    apply_plan_import(db, ADMIN, path, None, OPTS)
    with db.session() as s:
        incubator = s.scalar(select(PlanItem).where(PlanItem.title == "Бизнес-инкубатор ачуу"))
        budgets = {
            b.source: b.planned
            for b in s.scalars(
                select(MeasureBudget).where(MeasureBudget.measure_id == incubator.id)
            )
        }
    assert budgets == {"local_budget": 100_000.0, "republican_budget": 50_500.0, "donor": 7.0}


# -- the same plan twice, formulas, control characters ---------------------------------------


def test_the_same_plan_in_two_files_is_refused(db, tmp_path):
    first = _plan(tmp_path / "plan.xlsx")
    second = shutil.copyfile(first, tmp_path / "plan-copy.xlsx")
    with pytest.raises(ValidationError) as exc:
        apply_plan_import(db, ADMIN, [first, second], None, OPTS)
    (problem,) = exc.value.problems
    assert problem.params == {"file": "plan.xlsx", "other": "plan-copy.xlsx", "n": 4}
    assert "same action plan" in problem.message
    assert _count(db, PlanItem) == 0


def test_a_formula_without_a_computed_value_is_refused_naming_the_cell(db, tmp_path):
    rows = [
        ["№", "Индикатор", "Өлчөө бирдиги", "Базалык маани (2022)", "2023", "2024"],
        ["1.1", "Жаңы ишканалар", "бирдик", 10, 12, "=E2+3"],  # openpyxl stores no value
    ]
    path = _save(tmp_path / "matrix.xlsx", rows)
    with pytest.raises(ValidationError) as exc:
        apply_plan_import(db, ADMIN, path, None, OPTS)
    (problem,) = exc.value.problems
    assert (problem.file, problem.sheet, problem.row, problem.column) == (
        "matrix.xlsx",
        "Лист1",
        2,
        "F",
    )
    assert "formula without a computed value" in problem.message
    assert _count(db, Indicator) == 0


def _cache(path, values: dict[str, str]) -> None:
    """Give formula cells the computed value a spreadsheet program saves beside them
    (`<v>…</v>`, and t="str" for a text), as openpyxl cannot."""
    import re
    import zipfile

    member = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    xml = parts[member].decode()
    for ref, value in values.items():
        kind = ' t="str"' if not value.lstrip("-").replace(".", "").isdigit() else ""
        xml = re.sub(
            rf'<c r="{ref}"([^>]*)><f>(.*?)</f>(?:<v\s*/>|<v>.*?</v>)?</c>',
            rf'<c r="{ref}"\1{kind}><f>\2</f><v>{value}</v></c>',
            xml,
        )
    parts[member] = xml.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_formulas_with_their_computed_values_are_read(db, tmp_path):
    rows = [
        ["№", "Индикатор", "Өлчөө бирдиги", "Базалык маани (2022)", "2023", "2024", "Булак"],
        ["1.1", "Жаңы ишканалар", "бирдик", 10, 12, "=E2+3", '=IF(1,"","x")'],
    ]
    path = _save(tmp_path / "matrix.xlsx", rows)
    _cache(path, {"F2": "15", "G2": ""})  # an empty text is a computed value too
    result = apply_plan_import(db, ADMIN, path, None, OPTS)
    assert result.totals["indicator"] == 1
    with db.session() as s:
        assert s.scalar(select(Indicator)).final_target == 15


def test_control_characters_are_stripped_with_a_warning(db, tmp_path):
    path = _plan(tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["C3"] = "Бизнес-\x7fинкубатор\x9b ачуу"
    wb.save(path)
    result = apply_plan_import(db, ADMIN, path, None, OPTS)
    assert any(
        (p.row, p.column) == (3, "C") and "control characters" in p.message for p in result.warnings
    )
    with db.session() as s:
        assert s.scalar(select(PlanItem).where(PlanItem.title == "Бизнес-инкубатор ачуу"))


# -- numbers whose separators could be misread ----------------------------------------------


def test_dots_grouping_thousands_before_a_decimal_comma(db, tmp_path):
    rows = [
        ["№", "Индикатор", "Өлчөө бирдиги", "Базалык маани (2022)", "2023", "2024"],
        ["1.1", "Бюджеттин кирешеси", "миң сом", "1.234,5", "1.300,0", "1,400.5"],
    ]
    apply_plan_import(db, ADMIN, _save(tmp_path / "m.xlsx", rows), None, OPTS)
    with db.session() as s:
        ind = s.scalar(select(Indicator))
        assert ind.baseline_value == 1234.5 and ind.final_target == 1400.5


def test_an_ambiguous_number_is_refused_naming_the_cell(db, tmp_path):
    rows = [
        ["№", "Индикатор", "Өлчөө бирдиги", "Базалык маани (2022)", "2023", "2024"],
        ["1.1", "Бюджеттин кирешеси", "миң сом", "1,23.4", 5, 6],
    ]
    with pytest.raises(ValidationError) as exc:
        apply_plan_import(db, ADMIN, _save(tmp_path / "m.xlsx", rows), None, OPTS)
    (problem,) = exc.value.problems
    assert (problem.row, problem.column, problem.params) == (2, "D", {"value": "1,23.4"})
    assert _count(db, Indicator) == 0


# -- MSDSP matrix fields ----------------------------------------------------------------------

MSDSP_HEADER = [
    "№",
    "Индикатор",
    "Өлчөө бирдиги",
    "Базалык маани (2022)",
    "2023",
    "2024",
    "Өлчөө ыкмасы",
    "Маалымат булагы",
    "Тастыктоочу документ",
    "Мезгилдүүлүгү",
    "Датасы",
    "Өзгөрүү багыты",
]


def test_msdsp_columns_are_stored_and_exported(db, tmp_path):
    rows = [
        MSDSP_HEADER,
        [
            "2.1.1",
            "Жол кырсыктарынын саны",
            "бирдик",
            40,
            35,
            30,
            "Катталган кырсыктарды эсептөө",
            "ИИБдин статистикасы",
            "ИИБдин маалымкаты",
            "Жылына бир жолу",
            "31-январь",
            "азаюу",
        ],
    ]
    result = apply_plan_import(db, ADMIN, _save(tmp_path / "m.xlsx", rows), None, OPTS)
    assert not [w for w in result.warnings if w.message.startswith("column not imported")]
    with db.session() as s:
        ind = s.scalar(select(Indicator))
        assert (ind.method, ind.data_source, ind.verifying_document) == (
            "Катталган кырсыктарды эсептөө",
            "ИИБдин статистикасы",
            "ИИБдин маалымкаты",
        )
        assert (ind.collection_frequency, ind.collection_date) == ("Жылына бир жолу", "31-январь")
        assert ind.direction == "decrease"  # "азаюу", the Kyrgyz word the export writes
    out = tmp_path / "export.xlsx"
    export_matrix(db, result.program_id, out, lambda _c, t: t)
    texts = {c.value for row in openpyxl.load_workbook(out).active.iter_rows() for c in row}
    assert {"Frequency", "Date", "Жылына бир жолу", "31-январь"} <= texts
    # and they come back: importing the export changes nothing
    again = apply_plan_import(db, ADMIN, out, result.program_id)
    assert sum(again.created.values()) + sum(again.updated.values()) == 0


# -- indicators find their place --------------------------------------------------------------


def test_a_bishkek_style_matrix_links_every_indicator(db, tmp_path):
    plan = _plan(tmp_path / "plan.xlsx")
    rows = [
        ["№", "Индикатор", "Өлчөө бирдиги", "Базалык маани (2022)", "2023", "2024"],
        ["1-багыт. Экономиканы өнүктүрүү"],
        ["1.1.1", "Жаңы ишканалар", "бирдик", 10, 12, 15],
        ["1.1", "Чакан бизнестеги жумуш орундары", "адам", 100, 120, 150],
        ["1.2.1.1", "Туристтердин саны", "миң адам", 5, 6, 7],
        ["2-багыт. Инфраструктура"],
        ["", "Асфальтталган көчөлөр", "км", 0, 5, 10],
    ]
    matrix = _save(tmp_path / "matrix.xlsx", rows, merges=["A2:F2", "A6:F6"])
    pv = preview_plan_import(db, [plan, matrix], None, OPTS)
    places = {i.name: (i.attach_reason, i.attach_title) for i in pv.indicators}
    assert places == {
        "Жаңы ишканалар": ("code", "Чакан бизнести колдоо"),
        "Чакан бизнестеги жумуш орундары": ("code", "Ишкердикти колдоо"),
        "Туристтердин саны": ("code", "Туризмди өнүктүрүү"),
        "Асфальтталган көчөлөр": ("group", "Инфраструктура"),
    }
    result = apply_plan_import(db, ADMIN, [plan, matrix], None, OPTS)
    assert result.unlinked == ()
    with db.session() as s:
        pid = uuid.UUID(result.program_id)
        unlinked = s.scalar(
            select(func.count())
            .select_from(Indicator)
            .where(Indicator.program_id == pid, Indicator.plan_item_id.is_(None))
        )
    assert unlinked == 0


def test_group_rows_find_a_sector_by_its_words(db, tmp_path):
    plan = _plan(tmp_path / "plan.xlsx")
    rows = [
        ["№", "Индикатор", "Өлчөө бирдиги", "Базалык маани (2022)", "2023", "2024"],
        ["Жолдорду өнүктүрүү"],
        [1, "Асфальтталган көчөлөр", "км", 0, 5, 10],
        ["Макро көрсөткүчтөр"],
        [2, "Калктын саны", "миң адам", 50, 51, 52],
    ]
    matrix = _save(tmp_path / "matrix.xlsx", rows, merges=["A2:F2", "A4:F4"])
    result = apply_plan_import(db, ADMIN, [plan, matrix], None, OPTS)
    # a plain row number (1, 2) names no direction; the macro indicator is left unlinked
    # and said so, by name, row and sheet
    assert [(name, sheet, row) for name, _f, sheet, row in result.unlinked] == [
        ("Калктын саны", "Лист1", 5)
    ]
    assert any("not linked to a plan item" in m for m in _messages(result.warnings))
    with db.session() as s:
        streets = s.scalar(select(Indicator).where(Indicator.name == "Асфальтталган көчөлөр"))
        assert s.get(PlanItem, streets.plan_item_id).title == "Жолдор"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234,5 сом", 1234.5),  # with its unit, the same reading
        ("1,234.5 som", 1234.5),
        ("1e9", 1e9),  # a typo, but read as written (the checks flag it), never as 1
        ("92,3%", 92.3),
    ],
)
def test_a_value_cell_is_read_whole(text, value):
    from meapp.services.plan.importer import read_value

    assert read_value(text).value == value


@pytest.mark.parametrize("text", ["1e308", "-1e308", "1,23.4 сом", 1e300])
def test_a_value_that_cannot_be_read_for_sure_is_refused(text):
    from meapp.services.plan.importer import REFUSED, read_value

    assert read_value(text).kind == REFUSED
