"""Import of the council's action plan and indicator matrix (issue 3)."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from meapp.errors import PermissionDenied, ValidationError
from meapp.models import (
    AuditEvent,
    Indicator,
    IndicatorTarget,
    MeasureBudget,
    PlanItem,
    Program,
    ReportingRound,
)
from meapp.services.access.users import Actor
from meapp.services.plan.importer import (
    ImportCancelled,
    ImportOptions,
    apply_plan_import,
    guess_aggregation,
    preview_plan_import,
)
from meapp.services.plan.programs import list_programs
from meapp.store import audit_chain as audit
from tests.helpers import SAMPLES

PLAN = SAMPLES / "kara-balta-action-plan.xlsx"
MATRIX = SAMPLES / "kara-balta-indicators.xlsx"
ADMIN = Actor.system()
NEW = ImportOptions(
    title="Кара-Балта шаарын өнүктүрүү программасы", municipality="Кара-Балта", years=(2023, 2026)
)


def _book(path, sheets, merges=None):
    """A workbook from rows; `merges` by sheet title."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for rng in (merges or {}).get(title, []):
            ws.merge_cells(rng)
    wb.save(path)
    return path


# A plan worded the way another municipality writes it: plural headers, Roman numbers,
# "Максаты:" goal rows, a numbering row "(1)…", old letters, several deadlines in one cell,
# a task whose merge was lost in the paste, costs in thousand som with space thousands.
OTHER_PLAN = [
    ("Иш-чаралар планы",),
    (
        "№",
        "Милдеттер",
        "Иш-чаралар",
        "Мөөнөттөрү",
        "Күтүлүүчү натыйжалар (индикаторлор)",
        "Аткаруучулар",
        "Болжолдуу наркы, миң сом",
    ),
    ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"),
    ("I. Экономикалык ѳнүгүү",),
    ("Максаты: жаштар үчүн жумуш орундарын түзүү",),
    ("1.1. Туризм",),
    (
        "1",
        "Туризмди ѳнүктүрүү",
        "Туристтик маршрут түзүү",
        "2023-ж., 2025-2026-жж.",
        "3 маршрут",
        "Мэрия, ТИК (макулдашуу боюнча)",
        "1 500,5",
    ),
    (None, None, "Гиддерди окутуу", "Жыл сайын", "20 гид", "Мэрия", None),
    (
        "2",
        "Кол өнөрчүлүк",
        "Жарманке өткөрүү",
        "2024 г.",
        "1 жарманке",
        "«Кол өнөр» КБ, Мэрия",
        200,
    ),
    ("II. Инфраструктура",),
    ("Максаты: таза суу",),
    ("1", "Суу түтүктөрү", "Суу түтүгүн оңдоо", "2023-2026-жж.", "5 км", "Суу канал", "734 593,3"),
]
OTHER_PLAN_MERGES = ["A1:G1", "A4:G4", "A5:G5", "A6:G6", "A10:G10", "A11:G11"]

# A Russian matrix with years as column headers and group rows naming the directions.
OTHER_MATRIX = [
    ("Матрица индикаторов",),
    (
        "№",
        "Проблема",
        "Наименование индикатора",
        "Ед. изм.",
        "Базовое значение",
        "2023",
        "2024",
        "2025",
        "2026",
        "Целевое значение",
        "Ответственный",
    ),
    (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
    ("Экономикалык өнүгүү",),
    (
        1,
        "Туризмди өнүктүрүү",
        "Количество туристов",
        "чел.",
        "12 000",
        "13 000",
        "14 000",
        "15 000",
        "16 000",
        "16 000",
        "Мэрия",
    ),
    (
        2,
        "Жаштардын жумушсуздугу",
        "Доля занятой молодежи",
        "%",
        "20 %",
        "22 %",
        "24 %",
        "26 %",
        "28 %",
        "28 %",
        None,
    ),
    ("Инфраструктура",),
    (
        3,
        None,
        "Отремонтировано водопровода*",
        "км",
        "0",
        "1,25",
        "1,25",
        "1,25",
        "1,25",
        "5",
        "Суу канал",
    ),
    ("* – по актам выполненных работ",),
]
OTHER_MATRIX_MERGES = ["A1:K1", "A4:K4", "A7:K7"]


@pytest.fixture
def other_book(tmp_path):
    return _book(
        tmp_path / "other.xlsx",
        {"План": OTHER_PLAN, "Матрица": OTHER_MATRIX},
        {"План": OTHER_PLAN_MERGES, "Матрица": OTHER_MATRIX_MERGES},
    )


def _counts(db):
    with db.session() as s:
        rows = dict(s.execute(select(PlanItem.kind, func.count()).group_by(PlanItem.kind)).all())
        rows["indicator"] = s.scalar(select(func.count()).select_from(Indicator))
        rows["audit"] = s.scalar(select(func.count()).select_from(AuditEvent))
        rows["program"] = s.scalar(select(func.count()).select_from(Program))
        return rows


def _items(db):
    with db.session() as s:
        return {(i.kind, i.code, i.title): i for i in s.scalars(select(PlanItem))}


def _indicators(db):
    with db.session() as s:
        out = {}
        for ind in s.scalars(select(Indicator).order_by(Indicator.position)):
            targets = {
                t.period: (t.value, t.text)
                for t in s.scalars(
                    select(IndicatorTarget).where(IndicatorTarget.indicator_id == ind.id)
                )
            }
            out[ind.name] = (ind, targets)
        return out


# -- the two samples -------------------------------------------------------------------------


def test_sample_action_plan_gives_3_directions_5_sectors_8_tasks_16_measures(db):
    result = apply_plan_import(db, ADMIN, PLAN, None, NEW)
    summary = result.as_json()
    assert {
        k: summary[k] for k in ("directions", "sectors", "objectives", "measures", "indicators")
    } == {"directions": 3, "sectors": 5, "objectives": 8, "measures": 16, "indicators": 0}
    assert result.created_program
    # the Russian measure in 1.3 has no task: it goes under the sector, and says so
    assert summary["warnings"] == [
        {
            "sheet": "Аракеттер планы",
            "row": 15,
            "column": "B",
            "message": "measure without a task: placed directly under 1.3",
        }
    ]
    (prog,) = list_programs(db)
    assert (prog.title, prog.municipality, prog.start_year, prog.end_year) == (
        NEW.title,
        "Кара-Балта",
        2023,
        2026,
    )


def test_sample_plan_tree_and_measure_fields(db):
    apply_plan_import(db, ADMIN, PLAN, None, NEW)
    items = _items(db)
    by_id = {i.id: i for i in items.values()}
    sector = items[("sector", "3.2", "Жол инфраструктурасын өнүктүрүү")]
    assert by_id[sector.parent_id].code == "3"
    # a task merged over three measures is one objective with three measures
    task = next(
        i
        for i in items.values()
        if i.kind == "objective" and i.title.startswith("Билим берүү кызматтарынын")
    )
    measures = sorted(
        (i for i in items.values() if i.parent_id == task.id), key=lambda i: i.position
    )
    assert len(measures) == 3 and by_id[task.parent_id].code == "1.1"
    first = measures[0]
    assert (first.deadline_text, first.start_year, first.end_year) == ("2023-2026-жж.", 2023, 2026)
    assert first.lead_executor == "Мэрия"
    assert first.co_executors == "Мамкурулуш, МС жана ММ башкармалыгы, РБББ"
    russian = next(i for i in items.values() if i.title.startswith("Ежегодное строительство"))
    assert by_id[russian.parent_id].code == "1.3" and russian.deadline_text == "2023-2026 гг."
    annual = next(i for i in items.values() if i.title.startswith("Жетим балдар"))
    assert annual.deadline_text == "Жыл сайын\n(жылына жок дегенде 2 иш-чара)"
    assert (annual.start_year, annual.end_year) == (2023, 2026)  # the programme's years
    council = next(i for i in items.values() if i.title.startswith("Кара-Балта шаарынын мэринин"))
    assert (council.start_year, council.end_year) == (2023, 2023)
    multi = next(i for i in items.values() if i.title.startswith("Жолдорго, көчөлөргө"))
    assert multi.expected_result == (
        "Жарандар үчүн коопсуз шарттарды түзүү\nКамералардын саны\nКылмыштуулуктун азайышы"
    )
    assert (multi.start_year, multi.end_year) == (2024, 2026)


def test_sample_matrix_gives_9_indicators_with_baselines_targets_and_kinds(db):
    apply_plan_import(db, ADMIN, PLAN, None, NEW)
    result = apply_plan_import(db, ADMIN, MATRIX, None, NEW)
    summary = result.as_json()
    assert (summary["measures"], summary["indicators"]) == (16, 9)
    inds = _indicators(db)
    lower, t = inds["Автоматикалык сугаруу системасынын аянты — төмөнкү сейил бак (33485,9 м2)"]
    assert (lower.code, lower.unit, lower.baseline_value, lower.baseline_year) == (
        "1",
        "м2",
        0,
        2022,
    )
    assert lower.final_target == 33485.9 and lower.aggregation == "sum"
    assert {p: v for p, (v, _) in t.items()} == {
        "2023": 8371.4,
        "2024": 8371.4,
        "2025": 8371.4,
        "2026": 8371.4,
    }
    upper, _ = inds["Автоматикалык сугаруу системасынын аянты — жогорку сейил бак (51130 м2)"]
    # no number of its own: the second indicator of issue 1 keeps the issue
    assert upper.code is None and upper.issue_text == lower.issue_text
    assert upper.group_text == "Экологиялык коопсуздук"
    trees, t = next(v for k, v in inds.items() if k.startswith("Учурдагы дарактардын"))
    assert (trees.value_type, trees.aggregation, trees.baseline_value, trees.final_target) == (
        "ratio",
        "latest",
        0,
        3,
    )
    assert t["2023"] == (0.3, "1:0,3") and t["2026"] == (2.5, "1:2,5")
    irrigation, t = next(v for k, v in inds.items() if k.startswith("Бардык ирригациялык"))
    assert (irrigation.baseline_value, irrigation.final_target) == (20243, 40486)
    assert irrigation.aggregation == "sum" and irrigation.group_text == "Сугат жана жашылдандыруу"
    assert t["2025"] == (5061, "5061 п.м.")
    roads, _ = next(v for k, v in inds.items() if k.startswith("Асфальт-бетон"))
    assert (roads.unit, roads.final_target, roads.aggregation) == ("1 км", 10, "sum")
    # macro indicators by year: programme-level, baseline = the year before the programme
    budget, t = inds["Бюджеттин киреше бөлүгүн көбөйтүү"]
    assert budget.plan_item_id is None and budget.unit == "млн сом"
    assert (budget.baseline_year, budget.baseline_value, budget.final_target) == (
        2022,
        322.4,
        367.5,
    )
    assert (
        sorted(t) == ["2023", "2024", "2025", "2026"] and budget.group_text == "Макро көрсөткүчтөр"
    )
    assert budget.methodology_note == "млн. сом."
    trade, _ = inds["Товар жүгүртүүнүн көлөмү"]
    assert trade.value_type == "percent" and trade.methodology_note == "% өткөн жылга карата."
    messages = {(w["sheet"], w["row"], w["column"], w["message"]) for w in summary["warnings"]}
    assert (
        "Индикаторлор",
        10,
        "E",
        "the cell holds several values: 50%\n20243 п.м.; 20\u00a0243 was taken",
    ) in messages
    assert (
        "Индикаторлор",
        6,
        None,
        "guessed cumulative: the yearly targets add up to the final target; change it if wrong",
    ) in messages
    assert (
        "Индикаторлор",
        8,
        None,
        "guessed a level indicator (targets are levels, not amounts); change it if wrong",
    ) in messages


def test_importing_the_same_files_again_creates_nothing(db):
    apply_plan_import(db, ADMIN, PLAN, None, NEW)
    apply_plan_import(db, ADMIN, MATRIX, None, NEW)
    before = _counts(db)
    again = apply_plan_import(db, ADMIN, PLAN, None, NEW)
    again2 = apply_plan_import(db, ADMIN, MATRIX, None, NEW)
    assert sum(again.created.values()) == sum(again2.created.values()) == 0
    assert sum(again.updated.values()) == sum(again2.updated.values()) == 0
    assert _counts(db) == before
    assert again2.as_json()["indicators"] == 9


def test_a_changed_deadline_updates_the_measure_in_place(db, tmp_path):
    import openpyxl

    apply_plan_import(db, ADMIN, PLAN, None, NEW)
    copy = tmp_path / "plan.xlsx"
    shutil.copy(PLAN, copy)
    wb = openpyxl.load_workbook(copy)
    wb.active["D23"] = "2024-2025-жж."
    wb.save(copy)
    before = _counts(db)
    result = apply_plan_import(db, ADMIN, copy, None, NEW)
    assert result.updated["measure"] == 1 and sum(result.created.values()) == 0
    toilets = next(i for i in _items(db).values() if i.title == "Коомдук дааратканаларды куруу")
    assert (toilets.deadline_text, toilets.start_year, toilets.end_year) == (
        "2024-2025-жж.",
        2024,
        2025,
    )
    assert _counts(db)["measure"] == before["measure"]


def test_every_created_row_is_audited_and_the_chain_holds(db):
    apply_plan_import(db, ADMIN, PLAN, None, NEW)
    apply_plan_import(db, ADMIN, MATRIX, None, NEW)
    with db.session() as s:
        by_entity = dict(
            s.execute(select(AuditEvent.entity, func.count()).group_by(AuditEvent.entity)).all()
        )
        assert by_entity["plan_item"] == 3 + 5 + 8 + 16
        assert by_entity["indicator"] == 9
        assert by_entity["indicator_target"] == 9 * 4
        assert by_entity["program"] == by_entity["municipality"] == 1
        assert audit.verify_chain(s).ok


def test_years_are_guessed_for_the_wizard(db):
    assert preview_plan_import(db, PLAN).guessed_years == (2023, 2026)
    assert preview_plan_import(db, MATRIX).guessed_years == (2023, 2026)


# -- preview ----------------------------------------------------------------------------------


def test_preview_shows_everything_and_changes_nothing(db, other_book):
    before = _counts(db)
    pv = preview_plan_import(
        db,
        other_book,
        None,
        ImportOptions(
            title="Туризм программасы", municipality="Ак-Суу айыл өкмөтү", years=(2023, 2026)
        ),
    )
    assert _counts(db) == before
    assert pv.creates_program and not pv.needs_program_details and pv.program_id is None
    assert [s.kind for s in pv.sheets] == ["plan", "matrix"]
    assert (
        pv.count("direction"),
        pv.count("sector"),
        pv.count("objective"),
        pv.count("measure"),
        pv.count("indicator"),
    ) == (2, 1, 3, 4, 3)
    by_key = {i.key: i for i in pv.items}
    where = {
        i.name: (by_key[i.attach_key].title if i.attach_key else None, i.attach_reason)
        for i in pv.indicators
    }
    assert where == {
        "Количество туристов": ("Туризмди өнүктүрүү", "issue"),
        "Доля занятой молодежи": ("Экономикалык өнүгүү", "group"),
        "Отремонтировано водопровода": ("Инфраструктура", "group"),
    }
    assert preview_plan_import(db, other_book).needs_program_details


def test_other_wordings_are_read_by_meaning(db, other_book):
    apply_plan_import(
        db,
        ADMIN,
        other_book,
        None,
        ImportOptions(
            title="Туризм программасы", municipality="Ак-Суу айыл өкмөтү", years=(2023, 2026)
        ),
    )
    items = _items(db)
    by_id = {i.id: i for i in items.values()}
    econ = items[("direction", "I", "Экономикалык өнүгүү")]  # ѳ → ө
    assert econ.description == "жаштар үчүн жумуш орундарын түзүү"
    assert items[("direction", "II", "Инфраструктура")].description == "таза суу"
    route = next(i for i in items.values() if i.title == "Туристтик маршрут түзүү")
    assert (route.start_year, route.end_year) == (2023, 2026)  # two deadlines in one cell
    assert route.by_agreement and route.lead_executor == "Мэрия"
    assert route.expected_result == "3 маршрут"
    guides = next(i for i in items.values() if i.title == "Гиддерди окутуу")
    assert guides.parent_id == route.parent_id  # the task's merge was lost: same task
    assert by_id[route.parent_id].title == "Туризмди өнүктүрүү"
    assert by_id[by_id[route.parent_id].parent_id].code == "1.1"
    with db.session() as s:
        budgets = {(b.measure_id, b.source): b.planned for b in s.scalars(select(MeasureBudget))}
    assert budgets[(route.id, "other")] == pytest.approx(1_500_500)
    pipes = next(i for i in items.values() if i.title == "Суу түтүгүн оңдоо")
    assert budgets[(pipes.id, "other")] == pytest.approx(734_593_300)
    inds = _indicators(db)
    tourists, t = inds["Количество туристов"]
    assert (tourists.baseline_value, tourists.baseline_year, tourists.final_target) == (
        12000,
        2022,
        16000,
    )
    assert tourists.aggregation == "latest" and t["2024"] == (14000, None)
    youth, _ = inds["Доля занятой молодежи"]
    assert youth.value_type == "percent" and youth.final_target == 28
    water, _ = inds["Отремонтировано водопровода"]
    assert water.aggregation == "sum" and water.methodology_note == "по актам выполненных работ."
    assert water.issue_text is None and water.group_text == "Инфраструктура"


def test_the_user_can_move_an_indicator_in_the_preview(db, other_book):
    opts = ImportOptions(title="Туризм", municipality="Ак-Суу", years=(2023, 2026))
    pv = preview_plan_import(db, other_book, None, opts)
    youth = next(i for i in pv.indicators if i.name == "Доля занятой молодежи")
    fair = next(i for i in pv.items if i.title == "Жарманке өткөрүү")
    moved = ImportOptions(
        opts.title,
        opts.municipality,
        opts.years,
        attach={youth.key: fair.key, pv.indicators[0].key: None},
    )
    apply_plan_import(db, ADMIN, other_book, None, moved)
    inds = _indicators(db)
    items = {i.id: i for i in _items(db).values()}
    assert items[inds["Доля занятой молодежи"][0].plan_item_id].title == "Жарманке өткөрүү"
    assert inds["Количество туристов"][0].plan_item_id is None


def test_indicators_follow_existing_plan_items_by_issue_text(db, other_book, tmp_path):
    opts = ImportOptions(title="Туризм", municipality="Ак-Суу", years=(2023, 2026))
    plan_only = _book(tmp_path / "plan.xlsx", {"План": OTHER_PLAN}, {"План": OTHER_PLAN_MERGES})
    matrix_only = _book(
        tmp_path / "m.xlsx", {"Матрица": OTHER_MATRIX}, {"Матрица": OTHER_MATRIX_MERGES}
    )
    apply_plan_import(db, ADMIN, plan_only, None, opts)
    pv = preview_plan_import(db, matrix_only)
    assert not pv.creates_program and pv.program_id is not None
    tourists = next(i for i in pv.indicators if i.name == "Количество туристов")
    assert (tourists.attach_title, tourists.attach_reason) == ("Туризмди өнүктүрүү", "issue")
    assert tourists.attach_key in {e[0] for e in pv.existing_items}


# -- all or nothing ---------------------------------------------------------------------------


def test_a_problem_anywhere_changes_nothing_and_names_the_cell(db, tmp_path):
    rows = list(OTHER_PLAN)
    rows[8] = ("2", "Кол өнөрчүлүк", "Жарманке өткөрүү", "2024 " + "ж" * 400, "1", "Мэрия", 1)
    bad = _book(tmp_path / "bad.xlsx", {"План": rows}, {"План": OTHER_PLAN_MERGES})
    before = _counts(db)
    with pytest.raises(ValidationError) as err:
        apply_plan_import(db, ADMIN, bad, None, ImportOptions("T", "M", (2023, 2026)))
    p = err.value.problems[0]
    assert (p.sheet, p.row, p.column) == ("План", 9, "D")
    assert "too long" in p.message
    assert _counts(db) == before


def test_a_cancelled_import_changes_nothing(db):
    calls = []
    with pytest.raises(ImportCancelled):
        apply_plan_import(
            db,
            ADMIN,
            PLAN,
            None,
            NEW,
            cancelled=lambda: len(calls) > 10 or calls.append(1) is not None,
        )
    assert _counts(db)["program"] == 0 and _counts(db)["audit"] == 0


def test_progress_is_reported_to_the_end(db):
    seen: list[tuple[int, int]] = []
    apply_plan_import(db, ADMIN, PLAN, None, NEW, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1] == (32, 32)


def test_an_unrelated_spreadsheet_is_refused(db, tmp_path):
    other = _book(tmp_path / "people.xlsx", {"Кызматкерлер": [("Аты", "Жашы"), ("Асан", 30)]})
    with pytest.raises(ValidationError, match="no action plan or indicator matrix"):
        apply_plan_import(db, ADMIN, other, None, NEW)
    assert _counts(db)["program"] == 0


def test_a_broken_file_is_refused(db, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(PLAN.read_bytes()[:2000])
    with pytest.raises(ValidationError, match="damaged"):
        apply_plan_import(db, ADMIN, broken, None, NEW)
    assert _counts(db)["audit"] == 0


def test_targets_of_an_approved_year_do_not_change(db, tmp_path):
    import openpyxl

    apply_plan_import(db, ADMIN, MATRIX, None, NEW)
    with db.session() as s, s.begin():
        pid = s.scalar(select(Program.id))
        s.add(ReportingRound(program_id=pid, period="2024-H1", state="approved"))
    copy = tmp_path / "m.xlsx"
    shutil.copy(MATRIX, copy)
    wb = openpyxl.load_workbook(copy)
    wb.worksheets[0]["G6"] = 9000
    wb.save(copy)
    before = _counts(db)
    with pytest.raises(ValidationError) as err:
        apply_plan_import(db, ADMIN, copy, None, NEW)
    assert "2024" in err.value.text() and err.value.problems[0].row == 6
    assert _counts(db) == before


def test_import_needs_the_setup_right(db):
    with pytest.raises(PermissionDenied):
        apply_plan_import(db, Actor("asel", "editor"), PLAN, None, NEW)


def test_without_a_programme_the_details_are_required(db):
    with pytest.raises(ValidationError, match="holds no programme"):
        apply_plan_import(db, ADMIN, PLAN, None, ImportOptions())
    assert _counts(db)["program"] == 0


def test_with_several_programmes_one_must_be_chosen(db):
    apply_plan_import(db, ADMIN, PLAN, None, NEW)
    apply_plan_import(db, ADMIN, PLAN, None, ImportOptions("Башка", "Сокулук", (2024, 2027)))
    assert len(list_programs(db)) == 2
    with pytest.raises(ValidationError, match="several programmes"):
        apply_plan_import(db, ADMIN, MATRIX)
    chosen = list_programs(db)[0].id
    result = apply_plan_import(db, ADMIN, MATRIX, chosen)
    assert result.program_id == chosen and result.totals["indicator"] == 9


# -- the cumulative / level guess -------------------------------------------------------------


def test_guess_equal_steps_adding_up_to_the_final_target_are_cumulative():
    assert guess_aggregation(0, [8371.4] * 4, 33485.9)[0] == "sum"  # rounded steps
    assert guess_aggregation(20243, [5061] * 4, 40486)[0] == "sum"  # from the baseline
    assert guess_aggregation(0, [0.3, 0.8, 2, 2.5], 3)[0] == "latest"
    assert guess_aggregation(12000, [13000, 14000, 15000, 16000], 16000)[0] == "latest"
    assert guess_aggregation(0, [2.5], 2.5)[0] == "latest"  # one year says nothing
    assert guess_aggregation(None, [1, 2], None)[0] == "latest"


# -- more wordings ----------------------------------------------------------------------------


def _budgets(db):
    with db.session() as s:
        items = {i.id: i.title for i in s.scalars(select(PlanItem))}
        return {
            (items[b.measure_id], b.source): b.planned for b in s.scalars(select(MeasureBudget))
        }


def test_priorities_in_words_no_task_column_and_funding_per_row(db, tmp_path):
    path = _book(
        tmp_path / "ja.xlsx",
        {
            "План": [
                (
                    "№",
                    "Иш-чаранын аталышы",
                    "Аткаруу мөөнөтү",
                    "Жооптуу аткаруучу",
                    "Каржылоо булагы",
                    "Болжолдуу наркы (миң сом)",
                    "Күтүлүүчү натыйжа",
                ),
                ("1-артыкчылык: Экономиканы өнүктүрүү",),
                ("1.1.", "Айыл чарба"),
                (
                    "1.1.1",
                    "Сугат каналын оңдоо",
                    "2024-ж.",
                    "Айыл өкмөтү",
                    "Жергиликтүү бюджет",
                    "1 200",
                    "3 км канал",
                ),
                ("1.1.2", "Үрөн фонду", "Жыл сайын", "Айыл өкмөтү", "Донор (GIZ)", "500,5", None),
                ("Багыт 2. Социалдык чөйрө",),
                (
                    "2.1.1",
                    "Мектеп оңдоо",
                    "2023-2024 жж.",
                    "Билим бөлүмү",
                    "Республикалык бюджет",
                    "2 000",
                    None,
                ),
            ]
        },
        {"План": ["A2:G2", "A6:G6"]},
    )
    result = apply_plan_import(db, ADMIN, path, None, ImportOptions("T", "M", (2023, 2026)))
    assert (result.totals["direction"], result.totals["sector"], result.totals["measure"]) == (
        2,
        1,
        3,
    )
    items = _items(db)
    by_id = {i.id: i for i in items.values()}
    canal = items[("measure", "1.1.1", "Сугат каналын оңдоо")]
    assert by_id[canal.parent_id].code == "1.1"
    assert by_id[by_id[canal.parent_id].parent_id].title == "Экономиканы өнүктүрүү"
    assert ("direction", "2", "Социалдык чөйрө") in items
    assert _budgets(db) == {
        ("Сугат каналын оңдоо", "local_budget"): 1_200_000,
        ("Үрөн фонду", "donor"): 500_500,
        ("Мектеп оңдоо", "republican_budget"): 2_000_000,
    }


def test_russian_matrix_with_an_unmerged_two_row_header_and_percent_cells(db, tmp_path):
    import openpyxl

    path = tmp_path / "rum.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [
        ("Матрица",),
        (
            "№",
            "Задачи",
            "Наименование целевого индикатора",
            "Единица измерения",
            "Базовый год",
            "Базовое значение",
            "Промежуточные значения",
            None,
            None,
            None,
            "Целевое значение (2026)",
        ),
        (None, None, None, None, None, None, "2023", "2024", "2025", "2026", None),
        (1, "Развитие туризма", "Доля занятых", "%", 2022, 0.35, 0.37, 0.39, 0.41, 0.43, 0.43),
        (2, None, "Новые рабочие места", "ед.", 2021, 0, 50, 50, 50, 50, 200),
    ]:
        ws.append(list(row))
    for cell in ("F4", "G4", "H4", "I4", "J4", "K4"):
        ws[cell].number_format = "0.0%"
    wb.save(path)
    apply_plan_import(db, ADMIN, path, None, ImportOptions("T", "M", (2023, 2026)))
    inds = _indicators(db)
    share, t = inds["Доля занятых"]
    assert (share.value_type, share.baseline_value, share.baseline_year, share.final_target) == (
        "percent",
        35,
        2022,
        43,
    )
    assert share.issue_text == "Развитие туризма" and t["2025"][0] == pytest.approx(41)
    jobs, t = inds["Новые рабочие места"]
    assert (jobs.baseline_year, jobs.aggregation, jobs.issue_text) == (2021, "sum", None)
    assert sorted(t) == ["2023", "2024", "2025", "2026"]


def test_an_action_plan_with_its_own_indicator_columns(db, tmp_path):
    path = _book(
        tmp_path / "pi.xlsx",
        {
            "План": [
                (
                    "№",
                    "Милдет",
                    "Иш-чаралар",
                    "Мөөнөт",
                    "Индикатор",
                    "Өлчөө бирдиги",
                    "Базалык маани",
                    "2024",
                    "2025",
                    "Акыркы максат",
                ),
                ("1.", "Туризм"),
                (
                    "1",
                    "Маршрут",
                    "Маршрут түзүү",
                    "2024-2025",
                    "Маршруттардын саны",
                    "даана",
                    "0",
                    "1",
                    "1",
                    "2",
                ),
            ]
        },
        {"План": ["B2:J2"]},
    )
    pv = preview_plan_import(db, path, None, ImportOptions("T", "M", (2023, 2026)))
    (ind,) = pv.indicators
    assert (ind.attach_title, ind.attach_reason, ind.final_target) == ("Маршрут түзүү", "row", 2)
    apply_plan_import(db, ADMIN, path, None, ImportOptions("T", "M", (2023, 2026)))
    items = {i.id: i for i in _items(db).values()}
    routes, t = _indicators(db)["Маршруттардын саны"]
    assert items[routes.plan_item_id].title == "Маршрут түзүү"
    assert t == {"2024": (1, None), "2025": (1, None)}


# -- tables of other municipalities (wordings the code was not written against) --------------

# A Russian plan: title rows above the header (row 4), columns in another order, an extra
# "Примечание" column, directions, goals and tasks as heading rows, measures numbered 1.1.1.
RU_PLAN = [
    ("Приложение 2",),
    ("к решению городского кенеша от 12.03.2023 № 15",),
    ("План мероприятий по реализации Программы",),
    (
        "№ п/п",
        "Наименование мероприятия",
        "Ответственные исполнители",
        "Срок исполнения",
        "Ожидаемый результат",
        "Источник финансирования",
        "Сумма, тыс. сом",
        "Примечание",
    ),
    ("1", "2", "3", "4", "5", "6", "7", "8"),
    ("Направление 1. Развитие экономики",),
    ("Цель: рост доходов местного бюджета",),
    ("Задача 1.1. Поддержка малого бизнеса",),
    (
        "1.1.1",
        "Открытие бизнес-инкубатора",
        "Мэрия, ОсОО «Старт» (по согласованию)",
        "2024-2025 гг.",
        "10 новых предприятий",
        "Донор (ПРООН)",
        "1 250,5",
        "—",
    ),
    (
        "1.1.2",
        "Ярмарки выходного дня",
        "Отдел экономики",
        "ежегодно",
        "12 ярмарок",
        "Местный бюджет",
        "300",
        None,
    ),
    ("Направление 2. Благоустройство",),
    ("Задача 2.1. Озеленение",),
    (
        "2.1.1",
        "Посадка деревьев",
        "МП «Тазалык»",
        "IV квартал 2024 г.; 2025 г.",
        "5000 деревьев",
        "Местный бюджет",
        "734 593,3",
        None,
    ),
]
RU_PLAN_MERGES = ["A1:H1", "A2:H2", "A3:H3", "A6:H6", "A7:H7", "A8:H8", "A11:H11", "A12:H12"]

# A Kyrgyz matrix: the header on row 3 under a title and an empty row, years as "2024-ж."
# columns, an extra data-source column, merged group rows "1-багыт. …" naming directions,
# old letters, a Russian row, ratios, percentages, units in the cells, space thousands.
KY_MATRIX = [
    ("Индикаторлордун матрицасы",),
    (None,),
    (
        "№",
        "Көйгөй",
        "Көрсөткүчтүн аталышы",
        "Өлчөө бирдиги",
        "Базалык маани (2022-ж.)",
        "2023-ж.",
        "2024-ж.",
        "2025-ж.",
        "2026-ж.",
        "Максаттуу маани",
        "Жооптуу",
        "Маалымат булагы",
    ),
    ("1-багыт. Экономиканы ѳнүктүрүү",),
    (
        "1",
        "Мектепти оңдоо",
        "Жаңы ишканалардын саны",
        "бирдик",
        "0",
        "2",
        "3",
        "3",
        "2",
        "10",
        "Экономика бөлүмү",
        "Статкомитет",
    ),
    (
        "2",
        "Бюджеттин кирешеси аз",
        "Жергиликтүү бюджеттин кирешеси",
        "миң сом",
        "734 593,3",
        "750 000",
        "780 000",
        "800 000",
        "820 000",
        "820 000",
        "Финансы бөлүмү",
        None,
    ),
    ("2-багыт. Көрктөндүрүү",),
    (
        "3",
        "Жашыл аймак аз",
        "Отургузулган дарактар менен катыш",
        "катыш",
        "1:0",
        "1:0,3",
        "1:0,8",
        "1:2",
        "1:2,5",
        "1:3",
        "Тазалык",
        None,
    ),
    (
        "4",
        None,
        "Доля отремонтированных дорог",
        "%",
        "45 %",
        "50 %",
        "55 %",
        "60 %",
        "65 %",
        "65 %",
        "Мэрия",
        None,
    ),
    (
        "5",
        "Тротуар жок",
        "Тротуарлар",
        "п.м.",
        "20243 п.м.",
        "5061 п.м.",
        "5061 п.м.",
        "5061 п.м.",
        "5061 п.м.",
        "40486 п.м.",
        "Мэрия",
        None,
    ),
]
KY_MATRIX_MERGES = ["A1:L1", "A4:L4", "A7:L7"]

# A plan with two levels only: directions and measures, no task column.
TWO_LEVELS = [
    ("№", "Иш-чаралар", "Мөөнөтү", "Жооптуулар"),
    ("1.", "Экономиканы өнүктүрүү"),
    ("1", "Мектепти оңдоо", "2024-ж.", "Айыл өкмөтү"),
    ("2", "Бала бакча куруу", "2025-2026-жж.", "Айыл өкмөтү, Билим бөлүмү"),
    ("2.", "Көрктөндүрүү"),
    ("3", "ФАПты оңдоо", "2023-ж.", "Айыл өкмөтү"),
]
TWO_LEVELS_MERGES = ["B2:D2", "B5:D5"]

# A plan with sectors, a task merged down over two measures, a goal row, a Russian row.
SECTORS = [
    ("Аракеттер планы",),
    (
        "№",
        "Милдеттер",
        "Иш-чаралар",
        "Аткаруу мөөнөтү",
        "Күтүлүүчү натыйжа",
        "Жооптуу аткаруучулар",
    ),
    ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
    ("1. Социалдык чөйрө",),
    ("1.1. Билим берүү",),
    (
        "1",
        "Мектептердин абалын жакшыртуу",
        "Мектептин чатырын алмаштыруу",
        "2023-ж.",
        "1 мектеп",
        "Мэрия",
    ),
    (None, None, "Спорт залын куруу", "2024-2025-жж.", "1 зал", "Мэрия"),
    ("1.2. Саламаттык сактоо",),
    (
        "1",
        "Медициналык жардамдын жеткиликтүүлүгү",
        "Строительство ФАП",
        "2025 г.",
        "1 ФАП",
        "Мэрия (по согласованию)",
    ),
    ("2. Экономика",),
    ("Максаты: жумуш орундарын түзүү",),
    ("2.1. Туризм",),
    ("1", "Туризмди ѳнүктүрүү", "Маршрут түзүү", "Жыл сайын", "3 маршрут", "Туризм бөлүмү"),
]
SECTORS_MERGES = [
    "A1:F1",
    "A4:F4",
    "A5:F5",
    "A6:A7",
    "B6:B7",
    "A8:F8",
    "A10:F10",
    "A11:F11",
    "A12:F12",
]

OPTS = ImportOptions("Программа", "Ак-Суу", (2023, 2026))


def _tree(db) -> dict:
    """(kind, code, title) → the (kind, code, title) of its parent."""
    items = _items(db)
    by_id = {i.id: i for i in items.values()}
    return {
        key: ((p.kind, p.code, p.title) if (p := by_id.get(i.parent_id)) else None)
        for key, i in items.items()
    }


def test_a_russian_plan_with_title_rows_other_columns_and_task_headings(db, tmp_path):
    path = _book(tmp_path / "ru.xlsx", {"План": RU_PLAN}, {"План": RU_PLAN_MERGES})
    result = apply_plan_import(db, ADMIN, path, None, OPTS)
    assert (result.totals["direction"], result.totals["objective"], result.totals["measure"]) == (
        2,
        2,
        3,
    )
    tree = _tree(db)
    task = ("objective", "1.1", "Поддержка малого бизнеса")
    assert tree[task] == ("direction", "1", "Развитие экономики")
    assert tree[("measure", "1.1.1", "Открытие бизнес-инкубатора")] == task
    assert tree[("measure", "2.1.1", "Посадка деревьев")] == ("objective", "2.1", "Озеленение")
    items = _items(db)
    assert items[("direction", "1", "Развитие экономики")].description == (
        "рост доходов местного бюджета"
    )
    incubator = items[("measure", "1.1.1", "Открытие бизнес-инкубатора")]
    assert (incubator.lead_executor, incubator.co_executors, incubator.by_agreement) == (
        "Мэрия",
        "ОсОО «Старт» (по согласованию)",
        True,
    )
    assert incubator.expected_result == "10 новых предприятий"
    trees = items[("measure", "2.1.1", "Посадка деревьев")]
    assert (trees.deadline_text, trees.start_year, trees.end_year) == (
        "IV квартал 2024 г.; 2025 г.",
        2024,
        2025,
    )
    fairs = items[("measure", "1.1.2", "Ярмарки выходного дня")]
    assert (fairs.start_year, fairs.end_year) == (2023, 2026)  # "ежегодно": every year
    assert _budgets(db) == {
        ("Открытие бизнес-инкубатора", "donor"): pytest.approx(1_250_500),
        ("Ярмарки выходного дня", "local_budget"): 300_000,
        ("Посадка деревьев", "local_budget"): pytest.approx(734_593_300),
    }


def test_a_kyrgyz_matrix_with_year_columns_finds_the_directions_of_another_file(db, tmp_path):
    plan = _book(tmp_path / "plan.xlsx", {"План": TWO_LEVELS}, {"План": TWO_LEVELS_MERGES})
    matrix = _book(tmp_path / "m.xlsx", {"Матрица": KY_MATRIX}, {"Матрица": KY_MATRIX_MERGES})
    pv = preview_plan_import(db, [plan, matrix], None, OPTS)
    assert pv.files == ("plan.xlsx", "m.xlsx")
    assert [(s.file, s.kind, s.header_row) for s in pv.sheets] == [
        ("plan.xlsx", "plan", 1),
        ("m.xlsx", "matrix", 3),
    ]
    where = {i.name: (i.attach_title, i.attach_reason) for i in pv.indicators}
    assert where == {
        "Жаңы ишканалардын саны": ("Мектепти оңдоо", "issue"),  # the measure of the plan file
        "Жергиликтүү бюджеттин кирешеси": ("Экономиканы өнүктүрүү", "group"),  # "1-багыт. …"
        "Отургузулган дарактар менен катыш": ("Көрктөндүрүү", "group"),
        "Доля отремонтированных дорог": ("Көрктөндүрүү", "group"),
        "Тротуарлар": ("Көрктөндүрүү", "group"),
    }
    assert len({i.key for i in pv.items} | {i.key for i in pv.indicators}) == len(pv.items) + len(
        pv.indicators
    )  # keys stay apart across files
    result = apply_plan_import(db, ADMIN, [plan, matrix], None, OPTS)
    assert (result.totals["direction"], result.totals["measure"], result.totals["indicator"]) == (
        2,
        3,
        5,
    )
    inds = _indicators(db)
    firms, t = inds["Жаңы ишканалардын саны"]
    assert (firms.baseline_value, firms.baseline_year, firms.final_target) == (0, 2022, 10)
    assert t["2023"] == (2, None) and firms.aggregation == "sum"
    assert (
        firms.data_source == "Статкомитет" and firms.group_text == "1-багыт. Экономиканы өнүктүрүү"
    )
    revenue, _ = inds["Жергиликтүү бюджеттин кирешеси"]
    assert (revenue.unit, revenue.baseline_value, revenue.aggregation) == (
        "миң сом",
        pytest.approx(734_593.3),
        "latest",
    )
    ratio, t = inds["Отургузулган дарактар менен катыш"]
    assert ratio.value_type == "ratio" and t["2024"] == (pytest.approx(0.8), "1:0,8")
    roads, _ = inds["Доля отремонтированных дорог"]
    assert (roads.value_type, roads.baseline_value, roads.issue_text) == ("percent", 45, None)
    walks, t = inds["Тротуарлар"]
    assert (walks.baseline_value, walks.final_target, walks.aggregation) == (20243, 40486, "sum")
    # the two files again: nothing new
    again = apply_plan_import(db, ADMIN, [plan, matrix], None, OPTS)
    assert again.totals == result.totals and sum(again.created.values()) == 0


def test_a_plan_with_two_levels_only(db, tmp_path):
    path = _book(tmp_path / "two.xlsx", {"План": TWO_LEVELS}, {"План": TWO_LEVELS_MERGES})
    result = apply_plan_import(db, ADMIN, path, None, OPTS)
    assert {k: result.totals[k] for k in ("direction", "sector", "objective", "measure")} == {
        "direction": 2,
        "sector": 0,
        "objective": 0,
        "measure": 3,
    }
    tree = _tree(db)
    assert tree[("measure", "2", "Бала бакча куруу")] == ("direction", "1", "Экономиканы өнүктүрүү")
    assert tree[("measure", "3", "ФАПты оңдоо")] == ("direction", "2", "Көрктөндүрүү")
    kindergarten = _items(db)[("measure", "2", "Бала бакча куруу")]
    assert (kindergarten.lead_executor, kindergarten.co_executors) == (
        "Айыл өкмөтү",
        "Билим бөлүмү",
    )
    assert result.warnings == ()


def test_a_plan_with_sectors_merged_tasks_and_a_russian_row(db, tmp_path):
    path = _book(tmp_path / "s.xlsx", {"План": SECTORS}, {"План": SECTORS_MERGES})
    result = apply_plan_import(db, ADMIN, path, None, OPTS)
    assert {k: result.totals[k] for k in ("direction", "sector", "objective", "measure")} == {
        "direction": 2,
        "sector": 3,
        "objective": 3,
        "measure": 4,
    }
    tree = _tree(db)
    school = ("objective", "1", "Мектептердин абалын жакшыртуу")
    assert tree[school] == ("sector", "1.1", "Билим берүү")
    assert tree[("measure", None, "Мектептин чатырын алмаштыруу")] == school
    assert tree[("measure", None, "Спорт залын куруу")] == school  # the task merged down
    fap = _items(db)[("measure", None, "Строительство ФАП")]  # the Russian row
    assert fap.by_agreement and fap.lead_executor == "Мэрия (по согласованию)"
    assert tree[("objective", "1", "Туризмди өнүктүрүү")] == ("sector", "2.1", "Туризм")  # ѳ → ө
    assert _items(db)[("direction", "2", "Экономика")].description == "жумуш орундарын түзүү"


def test_a_problem_in_the_second_file_keeps_the_first_one_out_too(db, tmp_path):
    plan = _book(tmp_path / "plan.xlsx", {"План": TWO_LEVELS}, {"План": TWO_LEVELS_MERGES})
    rows = list(KY_MATRIX)
    rows[4] = rows[4][:10] + ("Э" * 400, None)  # a responsible body too long for its column
    matrix = _book(tmp_path / "m.xlsx", {"Матрица": rows}, {"Матрица": KY_MATRIX_MERGES})
    before = _counts(db)
    with pytest.raises(ValidationError) as err:
        apply_plan_import(db, ADMIN, [plan, matrix], None, OPTS)
    p = err.value.problems[0]
    assert (p.file, p.sheet, p.row, p.column) == ("m.xlsx", "Матрица", 5, "K")
    assert _counts(db) == before


def test_the_same_file_twice_in_one_import_is_refused(db, tmp_path):
    plan = _book(tmp_path / "plan.xlsx", {"План": TWO_LEVELS}, {"План": TWO_LEVELS_MERGES})
    with pytest.raises(ValidationError, match="chosen twice"):
        preview_plan_import(db, [plan, tmp_path / "." / "plan.xlsx"], None, OPTS)


def test_a_budget_table_is_not_a_plan(db, tmp_path):
    budget = _book(
        tmp_path / "budget.xlsx",
        {
            "Бюджет": [
                ("Жергиликтүү бюджеттин аткарылышы 2024-ж.",),
                ("Код", "Статьянын аталышы", "План", "Факт", "Четтөө"),
                ("111", "Салыктар", "1 200", "1 150", "-50"),
                ("112", "Жер салыгы", "300", "320", "20"),
            ]
        },
    )
    with pytest.raises(ValidationError) as err:
        apply_plan_import(db, ADMIN, budget, None, OPTS)
    assert err.value.problems[0].file == "budget.xlsx"
    assert "no action plan or indicator matrix" in err.value.text()
    assert _counts(db)["program"] == 0


def test_an_empty_workbook_says_so(db, tmp_path):
    import openpyxl

    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    with pytest.raises(ValidationError, match="the workbook is empty"):
        preview_plan_import(db, empty, None, OPTS)
    assert _counts(db)["audit"] == 0


def test_the_preview_reports_its_progress_file_by_file(db, tmp_path):
    plan = _book(tmp_path / "plan.xlsx", {"План": TWO_LEVELS}, {"План": TWO_LEVELS_MERGES})
    matrix = _book(tmp_path / "m.xlsx", {"Матрица": KY_MATRIX}, {"Матрица": KY_MATRIX_MERGES})
    seen: list[tuple[int, int]] = []
    preview_plan_import(db, [plan, matrix], None, OPTS, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    with pytest.raises(ImportCancelled):
        preview_plan_import(db, [plan, matrix], None, OPTS, cancelled=lambda: True)


def test_a_russian_workbook_with_plan_matrix_and_forecast_sheets(db, tmp_path):
    matrix = [
        ("Матрица мониторинга и оценки",),
        (
            "№",
            "Задачи",
            "Наименование показателя",
            "Ед.изм.",
            "Базовый уровень (2022 г.)",
            "Целевые значения по годам",
            None,
            None,
            None,
            "Цель на 2026 год",
            "Ответственный исполнитель",
            "Примечание",
        ),
        (None, None, None, None, None, "2023 г.", "2024 г.", "2025 г.", "2026 г.", None, None),
        ("Приоритет 1: Экономика",),
        (
            "1.",
            "Поддержка малого бизнеса",
            "Количество субъектов МСП",
            "ед.",
            "1 200",
            "1 250",
            "1 300",
            "1 350",
            "1 400",
            "1 400",
            "Отдел экономики",
            "по данным налоговой",
        ),
        (None, None, "Объем инвестиций", "млн сом", "12,5", "13", "14", "15", "16", "16", "Мэрия"),
        ("Приоритет 2: Социальная сфера",),
        (
            "2.",
            "Охват детей дошкольным образованием",
            "Доля детей в детсадах",
            "%",
            "35%",
            "40%",
            "45%",
            "50%",
            "55%",
            "55%",
            "Отдел образования",
        ),
    ]
    merges = ["A1:L1", "F2:I2", "A4:L4", "A7:L7", "A5:A6", "B5:B6"]
    merges += [f"{c}2:{c}3" for c in "ABCDEJKL"]
    plan = [
        ("№", "Задачи", "Мероприятия", "Сроки", "Исполнители"),
        ("1. Экономика",),
        ("1", "Поддержка малого бизнеса", "Бизнес-инкубатор", "2024 г.", "Мэрия"),
        ("2. Социальная сфера",),
        ("1", "Строительство детского сада", "Детсад на 120 мест", "2025-2026 гг.", "Мэрия"),
    ]
    macro = [
        ("Показатель", "Факт 2022", "Прогноз 2023", "Прогноз 2024", "Прогноз 2025", "Прогноз 2026"),
        ("Доходы бюджета, млн сом", "238,8", "250", "260", "270", "280"),
    ]
    path = _book(
        tmp_path / "ru.xlsx",
        {"Мероприятия": plan, "Матрица": matrix, "Прогноз": macro},
        {"Мероприятия": ["A2:E2", "A4:E4"], "Матрица": merges},
    )
    pv = preview_plan_import(db, path, None, OPTS)
    assert [(s.name, s.kind) for s in pv.sheets] == [
        ("Мероприятия", "plan"),
        ("Матрица", "matrix"),
        ("Прогноз", "matrix"),
    ]
    where = {i.name: (i.attach_title, i.attach_reason) for i in pv.indicators}
    assert where == {
        "Количество субъектов МСП": ("Поддержка малого бизнеса", "issue"),
        "Объем инвестиций": ("Поддержка малого бизнеса", "issue"),  # the task merged down
        "Доля детей в детсадах": ("Социальная сфера", "group"),  # "Приоритет 2: …"
        "Доходы бюджета": (None, "program"),
    }
    apply_plan_import(db, ADMIN, path, None, OPTS)
    inds = _indicators(db)
    firms, t = inds["Количество субъектов МСП"]
    assert (firms.baseline_value, firms.baseline_year, firms.final_target, firms.unit) == (
        1200,
        2022,
        1400,
        "ед.",
    )
    assert firms.methodology_note == "по данным налоговой" and t["2025"] == (1350, None)
    kids, _ = inds["Доля детей в детсадах"]
    assert (kids.value_type, kids.baseline_value, kids.final_target) == ("percent", 35, 55)
    revenue, t = inds["Доходы бюджета"]
    assert (revenue.unit, revenue.baseline_value, revenue.baseline_year) == (
        "млн сом",
        pytest.approx(238.8),
        2022,
    )
    assert sorted(t) == ["2023", "2024", "2025", "2026"] and revenue.final_target == 280
