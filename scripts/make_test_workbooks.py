#!/usr/bin/env python3
"""Writes the council workbooks the tests import: tests/data/kara-balta-*.xlsx.

    scripts/make_test_workbooks.py [OUT_DIR]          # default tests/data

- `kara-balta-action-plan.xlsx`: the action plan (one sheet) — columns п.п., Тапшырма,
  Чаралар/Аракеттер, Ишке ашыруу мөөнөтү, Күтүлгөн жыйынтыктар (продукт), Жооптуу
  аткаруучулар; a title row, a numbering row "1 2 … 6" under the header, priority rows
  ("1. …") and sector rows ("1.1. …") merged across the table, a task's number and text
  merged down over its measures, a Russian measure without a task among Kyrgyz ones, numbers
  stored as text and free-text deadlines ("Жыл сайын\\n(жылына жок дегенде 2 иш-чара)").
- `kara-balta-indicators.xlsx`: sheet 1 is the indicator matrix — a two-row header (interim
  targets "1 жыл … 4 жыл" under a merged "Аралык индикаторлор (жылдык)"), a numbering row
  "(1) … (11)", group rows merged across, values with units and decimal commas ("2,5 км",
  "1:0,3", "50%\\n20243 п.м."), an indicator row with no number under the one before;
  sheet 2 holds macro indicators by year (fact/forecast) with percentages stored as text.

The content is an excerpt of the Kara-Balta socio-economic development programme 2023–2026
laid out as municipalities keep their council-approved tables once pasted from Word into
Excel. Tests read these files to check that the importer recognises such tables by meaning
(counts of priorities, tasks, measures and indicators; codes; values; warnings).

Why generated: every file a test reads lives in the repository, and a script of the
project's own says exactly what is in them (an .xlsx is hard to review in a diff). The
generated files are committed; tests/unit/test_test_data.py fails when they drift from this
script. After changing the data here, run the script and commit both.

The output is deterministic: fixed document timestamps and fixed dates on the zip entries,
so two runs with the same openpyxl give the same bytes.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.workbook import Workbook
from openpyxl.xml.functions import tostring

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "data"

PLAN_FILE = "kara-balta-action-plan.xlsx"
MATRIX_FILE = "kara-balta-indicators.xlsx"

# Document properties ("created", "modified") and the zip entries' dates.
FIXED_TIME = datetime(2023, 1, 1, 0, 0, 0)

BOLD = Font(bold=True)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")

# -- the action plan ---------------------------------------------------------------------------

PLAN_SHEET = "Аракеттер планы"
PLAN_WIDTHS = {"A": 6, "B": 40, "C": 60, "D": 16, "E": 50, "F": 40}
PLAN_TITLE = "ПРОГРАММАНЫ ИШКЕ АШЫРУУ БОЮНЧА АРАКЕТТЕР ПЛАНЫ"  # row 1 (bold); row 2 is empty
PLAN_HEADER = [  # row 3
    "п.п.",
    "Тапшырма",
    "Чаралар/Аракеттер",
    "Ишке ашыруу мөөнөтү",
    "Күтүлгөн жыйынтыктар (продукт)",
    "Жооптуу аткаруучулар",
]
PLAN_NUMBERING = [1, 2, 3, 4, 5, 6]  # row 4
# From row 5 on. A string is a heading row (a priority "1. …" or a sector "1.1. …"): bold,
# merged across the table. A list is a measure row: number (as text), task, measure, deadline,
# expected result, responsible. None under a task's number and text: those cells are merged
# down from the task's first row (see PLAN_MERGES). "" is an empty cell as pasted from Word.
PLAN_BODY: list[str | list[str | None]] = [
    "1. Социалдык өнүгүү үчүн керектүү шарттарды түзүү",  # row 5
    "1.1. Билим",
    [
        "1",
        "Билим берүү кызматтарынын сапатын жана жеткиликтүүлүгүн жогорулатуу",
        "Кара-Балта шаарында бала бакчаларды, мектептерди, анын ичинде кошумча имараттарды "
        "реконструкциялоо жана/же куруу",
        "2023-2026-жж.",
        "Балдарды мектепке жана орто атайын жана жогорку окуу жайларына даярдоо үчүн шарттарды "
        "түзүү",
        "Мэрия, Мамкурулуш, МС жана ММ башкармалыгы , РБББ",
    ],
    [
        None,
        None,
        "Мектептин жана мектепке чейинки мекемелердин инфраструктурасын оңдоо жана куруу "
        "иштерин жүргүзүү",
        "2023-2026-жж.",
        "Каражат табылып, No7 орто мектепке жана башка окуу жайларына оңдоо иштери жүргүзүлдү",
        "Мэрия, МС жана ММ башкармалыгы",
    ],
    [
        None,
        None,
        "Мектептен тышкаркы билим берүү тармагын өнүктүрүү жана чыгармачылык балдар үйүнүн "
        "материалдык-техникалык базасын чыңдоо.",
        "2023-2026-жж.",
        "Имаратты оңдоо жана жылытуу системасын оңдоо",
        "Мэрия, МС жана ММ башкармалыгы",
    ],
    [
        "2",  # row 10
        "Инклюзивдик билим берүүнү өнүктүрүү",
        "инклюзивдик спорт аянтчасын түзүү",
        "2023-2026-жж.",
        "Мүмкүнчүлүгү чектелген балдарга жагымдуу шарттарды түзүү",
        "Мэрия, МС жана ММ башкармалыгы,  «Универсал» МИ",
    ],
    "1.2. Саламаттык сактоо",
    [
        "1",
        "Саламаттык сактоонун инфраструктурасын өнүктүрүү",
        "Реанимация бөлүмү бар көп тармактуу оорукананын курулушу",
        "2023-2026-жж.",
        "Тургундардын ден соолугун чыңдоо",
        "Мэрия, Д.М, Мамкурулуш,  ЖРЭСК жана МБ",
    ],
    [
        None,
        None,
        "Мамлекеттик социалдык заказдарды каржылоону жыл сайын 400 миң сомдон 1 миллион сомго "
        "чейин көбөйтүү",
        "2023-2026-жж.",
        "Граждандардын социалдык заказдарынын аткарылышы",
        "Мэрия",
    ],
    "1.3. Спорт, физкультура, маданият, эс алуу жана элдик чыгармачылык",
    [
        "",  # row 15: a Russian measure with no number and no task
        "",
        "Ежегодное строительство и реконструкция детских площадок",
        "2023-2026 гг.",
        "Создание удобных условий детям",
        "Мэрия, УКСиМС",
    ],
    [
        "1",
        "Маданий эс алуу үчүн шарттарды камсыз кылуу, дене тарбияны жана спортту, элдик "
        "чыгармачылыкты өнүктүрүү",
        "Парк аянттарын автоматтык сугат системасына өткөрүү",
        "2023-2026-жж.",
        "Шаардын тургундары жана коноктору үчүн жагымдуу шарттарды түзүү",
        "«Универсал» МИ, МС жана ММ башкармалыгы",
    ],
    [
        None,
        None,
        "Резина менен капталган 2 жаңы тренажер аянтчасын ачуу",
        "2023-2026-жж.",
        "Шаар тургундарынын жана конокторунун ден соолугун чыңдоо",
        "Мэрия, МС жана ММ башкармалыгы",
    ],
    [
        None,
        None,
        "Жетим балдар, анын ичинде балдар үйлөрүнүн тарбиялануучулары үчүн маданий "
        "иш-чараларды уюштуруу",
        "Жыл сайын\n(жылына жок дегенде 2 иш-чара)",
        "Жетим балдарды өнүктүрүүгө жардамдар көрсөтүлдү",
        "Мэрия, МС жана ММ башкармалыгы",
    ],
    "2. Бизнести өнүктүрүү жана инвестицияларды тартуу үчүн жагымдуу шарттарды түзүү",
    "2.1. Ишкердикти өнүктүрүү",  # row 20
    [
        "1",
        "Инвесторлорду тартуу жана ишкердикти өнүктүрүү үчүн шарттарды камсыз кылуу",
        "Кара-Балта шаарынын мэринин алдында бизнести өнүктүрүү жана инвестициялоо боюнча "
        "кеңеш түзүү",
        "2023 г.",
        "Жаңы жумуш орундарын түзүү, шаардын социалдык-экономикалык абалын жакшыртуу",
        "Мэрия бизнес ассоциациялар менен биргеликте",
    ],
    [
        None,
        None,
        "Муниципалдык менчиктин объектилерин бизнес өкүлдөрүнө тендерлердин негизинде узак "
        "мөөнөттүү ижарага берүү үчүн инвентаризациялоо",
        "2023 г.",
        "Жаңы жумуш орундарын түзүү.\nИжара келишимдеринин саны",
        "Мэрия жана тиешелүү органдар, МС жана ММ башкармалыгы",
    ],
    [
        "2",
        "Аялдардын, жаштардын, социалдык ишкердикти өнүктүрүү үчүн шарттарды камсыз кылуу",
        "Коомдук дааратканаларды куруу",
        "2023-2026-ж.ж.",
        "2 коомдук даараткана курулган",
        "Мэрия, МС жана ММ башкармалыгы",
    ],
    "3. Климаттын өзгөрүшүнө адаптациялоо, таза суу менен камсыз кылуу, коммуналдык "
    "кызматтарды жакшыртуу жана санариптештирүүнү өнүктүрүү",
    "3.2. Жол инфраструктурасын өнүктүрүү",  # row 25 (the excerpt skips sector 3.1)
    [
        "1",
        "Жол кыймылынын катышуучуларынын коопсуздугун камсыз кылуу",
        "Жолдорго, көчөлөргө, мектептерге жана мектепке чейинки мекемелерге “Коопсуз шаар” "
        "камераларын орнотууга колдоо көрсөтүү",
        "2024-2026 -жж.",
        "Жарандар үчүн коопсуз шарттарды түзүү\nКамералардын саны\nКылмыштуулуктун азайышы",
        "Мэрия, ГРС, МС жана ММ башкармалыгы, РИИБ",
    ],
    [
        "2",
        "Жол жана жол жээгиндеги инфраструктураны жакшыртуу",
        "Шаардын ички көчөлөрүн бордюрлар менен асфальттоо, шаардыктарга жана айдоочуларга "
        "ыңгайлуу шарттарды түзүү",
        "2023-2026 -жж",
        "10 км жолдордун саны",
        "Мэрия, МС жана ММ башкармалыгы,  МП «Универсал»",
    ],
    [
        None,
        None,
        "Шаардын 10 км ички көчөлөрүн жана 10 км жөө жүргүнчүлөр өтүүчү тротуарларды учурдагы "
        "оңдоодон өткөрүү",
        "2023-2026 -жж.",
        "Жарандардын жашоо шартын жана жол инфраструктурасын жакшыртуу",
        "Мэрия, МС жана ММ башкармалыгы, МП «Универсал»",
    ],
]
PLAN_MERGES = [
    "A1:F1",  # the title
    # heading rows, across the table
    *("A5:F5", "A6:F6", "A11:F11", "A14:F14", "A19:F19", "A20:F20", "A24:F24", "A25:F25"),
    # a task's number and text, down over its measures
    *("A7:A9", "B7:B9", "A12:A13", "B12:B13", "A16:A18", "B16:B18"),
    *("A21:A22", "B21:B22", "A27:A28", "B27:B28"),
]

# -- the indicator matrix ----------------------------------------------------------------------

MATRIX_SHEET = "Индикаторлор"
MATRIX_WIDTHS = {
    **{"A": 5, "B": 36, "C": 50, "D": 10, "E": 14},
    **{"F": 11, "G": 11, "H": 11, "I": 11, "J": 16, "K": 36},
}
# Rows 1-4: the title, the two header rows, the numbering row. None: no cell (under a merge).
MATRIX_HEAD: list[list[str | None]] = [
    ["МОНИТОРИНГ ЖҮРГҮЗҮҮ ИНДИКАТОРЛОРУНУН МАТРИЦАСЫ ЖАНА ИШКЕ АШЫРУУНУ БААЛОО"],
    [
        "№",
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
    ],
    [None, None, None, None, None, "1 жыл", "2 жыл", "3 жыл", "4 жыл"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"],
]
UNIVERSAL = "МП «Универсал», МС жана ММ башкармалыгы"
# From row 5 on. A string is a group row (bold, merged across); a list is an indicator row:
# №, issue, indicator, unit, baseline, year 1..4, final target, responsible body.
MATRIX_BODY: list[str | list[str | int | float | None]] = [
    "Экологиялык коопсуздук",  # row 5
    [
        1,
        "Сейил бактарды суу менен камсыздоо жана жашыл бак-дарактарды сугаруу",
        "Автоматикалык сугаруу системасынын аянты — төмөнкү сейил бак (33485,9 м2)",
        "м2",
        0,
        *(8371.4, 8371.4, 8371.4, 8371.4),
        33485.9,
        UNIVERSAL,
    ],
    [
        None,  # a second indicator of issue 1: no number, no issue, nothing merged
        None,
        "Автоматикалык сугаруу системасынын аянты — жогорку сейил бак (51130 м2)",
        "м2",
        0,
        *(12782.5, 12782.5, 12782.5, 12782.5),
        51130,
        UNIVERSAL,
    ],
    [
        2,
        "Шаардык аймакты жашылдандыруу",
        "Учурдагы дарактардын жаңы отургузулган дарактарга карата катышы (планды ишке "
        "ашыруунун бүткүл мезгили үчүн)",
        "Мамиле",
        "1:0",
        *("1:0,3", "1:0,8", "1:2", "1:2,5"),
        "1:3",
        UNIVERSAL,
    ],
    "Сугат жана жашылдандыруу",
    [
        3,  # row 10
        "100% сугат системасын калыбына келтирүү",
        "Бардык ирригациялык система калыбына келтирилди 40486 п.м.",
        "п.м.",
        "50%\n20243 п.м.",
        *("5061 п.м.", "5061 п.м.", "5061 п.м.", "5061 п.м."),
        "100 %\n40486 п.м.",
        UNIVERSAL,
    ],
    "Инфраструктураны өнүктүрүү",
    [
        4,
        "Жалпы жолдорго карата асфальтталган жолдордун узундугу 75,4 % (110,95 км)",
        "Асфальт-бетон төшөлмөсүнүн эскиришинин үстүңкү катмарын жылына 2,5 км алмаштыруу.",
        "1 км",
        "0 км",
        *("2,5 км", "2,5 км", "2,5 км", "2,5 км"),
        "10 км",
        None,  # no responsible body
    ],
    [
        5,
        "Тротуарлар 100 % (40 км)",
        "Тротуарлардын үстүңкү катмарын жылына 2,5 км алмаштыруу.",
        "1 км",
        "0 км",
        *("2,5 км", "2,5 км", "2,5 км", "2,5 км"),
        "10 км",
        None,
    ],
]
MATRIX_MERGES = [
    "A1:K1",  # the title
    # the two-row header: single headers down over both rows, the interim heading across
    *("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:I2", "J2:J3", "K2:K3"),
    *("A5:K5", "A9:K9", "A11:K11"),  # group rows
]

MACRO_SHEET = "Макро көрсөткүчтөр"
MACRO_ROWS: list[list[str | int | float]] = [
    ["Көрсөткүч", "2021 (факт)", *(f"{y} (прогноз)" for y in range(2022, 2027))],
    ["Бюджеттин киреше бөлүгүн көбөйтүү, млн сом*", 238.8, 322.4, 285.9, 354.9, 367.5, 367.5],
    ["Товар жүгүртүүнүн көлөмү, %**", "92,3%", "104,4%", "106%", "108%", "110%", "112%"],
    ["Түзүлгөн жумуш орундары, бирдиктер", 160, 180, 450, 200, 200, 200],
    ["* – млн. сом. ** – % өткөн жылга карата"],
]


# -- writing -----------------------------------------------------------------------------------


def _widths(ws, widths: dict[str, float]) -> None:
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width


def action_plan() -> Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = PLAN_SHEET
    _widths(ws, PLAN_WIDTHS)
    ws["A1"] = PLAN_TITLE
    ws["A1"].font = BOLD
    ncols = len(PLAN_HEADER)
    for rng in PLAN_MERGES:
        ws.merge_cells(rng)
    # every cell of the table, merged ones too, is wrapped and top-aligned as in Word
    for r, row in enumerate([PLAN_HEADER, PLAN_NUMBERING, *PLAN_BODY], start=3):
        heading = isinstance(row, str)
        values = [row] + [None] * (ncols - 1) if heading else row
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            cell.alignment = WRAP_TOP
            if heading and c == 1:
                cell.font = BOLD
    return wb


def indicators() -> Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = MATRIX_SHEET
    _widths(ws, MATRIX_WIDTHS)
    for r, row in enumerate([*MATRIX_HEAD, *MATRIX_BODY], start=1):
        if isinstance(row, str):  # a group row
            ws.cell(row=r, column=1, value=row).font = BOLD
            continue
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    for rng in MATRIX_MERGES:
        ws.merge_cells(rng)
    macro = wb.create_sheet(MACRO_SHEET)
    for row in MACRO_ROWS:
        macro.append(row)
    return wb


def save_deterministic(wb: Workbook, path: Path) -> None:
    """Save with fixed document timestamps and zip entry dates (openpyxl stamps both with
    the current time), so the same data gives the same bytes."""
    buffer = io.BytesIO()
    wb.save(buffer)  # sets properties.modified to now: rewritten below
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    core = tostring(wb.properties.to_tree())
    zip_time = FIXED_TIME.timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w") as dst:
        for entry in src.infolist():
            data = core if entry.filename == "docProps/core.xml" else src.read(entry)
            info = zipfile.ZipInfo(entry.filename, date_time=zip_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o600 << 16
            dst.writestr(info, data)
    path.write_bytes(out.getvalue())


def write_workbooks(out_dir: Path) -> list[Path]:
    """Write both workbooks into out_dir; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, build in ((PLAN_FILE, action_plan), (MATRIX_FILE, indicators)):
        path = out_dir / name
        wb = build()
        wb.properties.created = FIXED_TIME
        save_deterministic(wb, path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1 or (args and args[0].startswith("-")):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    out_dir = Path(args[0]) if args else DEFAULT_OUT
    for path in write_workbooks(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
