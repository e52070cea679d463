"""Reading council workbooks: text normalisation, deadlines, values, headers by meaning."""

from __future__ import annotations

import zipfile

import pytest

from meapp.errors import ValidationError
from meapp.services.common.text_norm import clean, match_key, parse_deadline, split_code
from meapp.services.common.workbook import (
    find_table,
    is_numbering_row,
    read_value,
    read_workbook,
    role_of,
    year_of_header,
)
from tests.helpers import SAMPLES

PLAN = SAMPLES / "kara-balta-action-plan.xlsx"
MATRIX = SAMPLES / "kara-balta-indicators.xlsx"


def _book(path, rows_by_sheet, merges=None):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in rows_by_sheet.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for rng in (merges or {}).get(title, []):
            ws.merge_cells(rng)
    wb.save(path)
    return path


# -- text -------------------------------------------------------------------------------------


def test_old_letters_become_the_kyrgyz_oe_and_spaces_are_trimmed():
    assert clean("  Кѳчѳ  ɵнүктүрүү ") == "Көчө өнүктүрүү"
    assert clean("Ѳзгѳчѳ Ɵлчѳѳ") == "Өзгөчө Өлчөө"
    # lines inside a cell stay, the spaces around them go
    assert clean(" Жыл сайын \n (жылына 2 иш-чара) ") == "Жыл сайын\n(жылына 2 иш-чара)"
    assert clean(12.0) == "12"


def test_match_key_ignores_case_old_letters_codes_and_punctuation():
    assert match_key("1.1. Билим") == match_key("билим")
    assert match_key("Кѳчѳлѳрдү оңдоо.") == match_key("КӨЧӨЛӨРДҮ  ОҢДОО")
    assert match_key("Жол") != match_key("Жолдор")


def test_split_code_reads_arabic_and_roman_numbers():
    assert split_code("1.1. Билим") == ("1.1", "Билим")
    assert split_code("3. Климат") == ("3", "Климат")
    assert split_code("4.2.2 Суу") == ("4.2.2", "Суу")
    assert split_code("II. Экономика") == ("II", "Экономика")
    assert split_code("Экологиялык коопсуздук") == (None, "Экологиялык коопсуздук")


@pytest.mark.parametrize(
    ("text", "years", "expected"),
    [
        ("2023-2026-жж.", None, (2023, 2026)),
        ("2023 г.", None, (2023, 2023)),
        ("2024-2026 -жж.", None, (2024, 2026)),
        ("2023-2026-ж.ж.", None, (2023, 2026)),
        ("2023-26", None, (2023, 2026)),
        ("2023-ж., 2025-2026-жж.", None, (2023, 2026)),
        ("2024-ж.\n2026-ж.", None, (2024, 2026)),
        ("Жыл сайын\n(жылына жок дегенде 2 иш-чара)", (2023, 2026), (2023, 2026)),
        ("ежегодно", (2024, 2027), (2024, 2027)),
        ("Туруктуу", (2023, 2026), (2023, 2026)),
        ("кийинчерээк", (2023, 2026), (None, None)),
    ],
)
def test_free_text_deadlines_give_start_and_end_years(text, years, expected):
    d = parse_deadline(text, years)
    assert (d.start_year, d.end_year) == expected
    assert d.text == clean(text)


def test_annual_deadline_without_programme_years_is_flagged_but_yearless():
    d = parse_deadline("Жыл сайын")
    assert d.annual and d.start_year is None and d.understood


# -- values -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "unit", "value", "kind"),
    [
        (33485.9, "м2", 33485.9, "number"),
        ("734 593,3", None, 734593.3, "number"),
        ("734\u00a0593,3", None, 734593.3, "number"),
        ("2,5 км", "1 км", 2.5, "number"),
        ("5061 п.м.", "п.м.", 5061.0, "number"),
        ("92,3%", None, 92.3, "percent"),
        ("1:0,3", "Мамиле", 0.3, "ratio"),
        ("1:0", "Мамиле", 0.0, "ratio"),
        ("50%\n20243 п.м.", "п.м.", 20243.0, "number"),
        ("50%\n20243 п.м.", "%", 50.0, "percent"),
        ("–", None, None, "empty"),
        ("бар", None, 1.0, "milestone"),
        ("Иштелип чыгат", None, None, "text"),
    ],
)
def test_council_values_are_read_with_units_commas_and_ratios(raw, unit, value, kind):
    v = read_value(raw, unit)
    assert v.kind == kind
    assert v.value == pytest.approx(value) if value is not None else v.value is None


def test_a_cell_with_two_numbers_says_so_and_keeps_its_text():
    v = read_value("100 %\n40486 п.м.", "п.м.")
    assert v.several and v.value == 40486 and v.text == "100 %\n40486 п.м."
    assert read_value("8371,4").text is None  # a plain number needs no text


# -- headers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("п.п.", "number"),
        ("№ п/п", "number"),
        ("Тапшырма", "task"),
        ("Тапшырмалар", "task"),
        ("Милдеттер", "task"),
        ("Задачи", "task"),
        ("Чаралар/Аракеттер", "measure"),
        ("Иш-чаралар", "measure"),
        ("Мероприятия", "measure"),
        ("Ишке ашыруу мөөнөтү", "deadline"),
        ("Мөөнөттөрү", "deadline"),
        ("Срок реализации", "deadline"),
        ("Күтүлгөн жыйынтыктар (продукт)", "result"),
        ("Күтүлүүчү натыйжалар (индикаторлор)", "result"),
        ("Ожидаемый результат", "result"),
        ("Жооптуу аткаруучулар", "responsible"),
        ("Ответственные исполнители", "responsible"),
        ("Жооптуу орган", "responsible"),
        ("Маселе", "issue"),
        ("Индикаторлордун аталышы", "indicator"),
        ("Наименование индикатора", "indicator"),
        ("Көрсөткүч", "indicator"),
        ("Өлчөө бирдиги", "unit"),
        ("Ед. изм.", "unit"),
        ("Базалык жыл (2022-ж)", "baseline"),
        ("Базовое значение", "baseline"),
        ("Аралык индикаторлор (жылдык)", "interim"),
        ("Промежуточные значения", "interim"),
        ("Акыркы индикаторлор же максаттар", "final"),
        ("Целевое значение", "final"),
        ("Маалымат булагы", "data_source"),
        ("Болжолдуу наркы, миң сом", "cost"),
        # wordings of other municipalities
        ("Цель на 2026 год", "final"),
        ("Целевой показатель (2026)", "final"),
        ("Наименование целевого показателя", "indicator"),
        ("Максат (2026-ж.)", "final"),
        ("Максаттуу көрсөткүч 2026-ж.", "final"),
        ("Максаттар", "task"),
        ("Өлчөмү", "unit"),
        ("Баштапкы абал", "baseline"),
        ("Базовый уровень (2022 г.)", "baseline"),
        ("Наименование показателя", "indicator"),
        ("Сроки", "deadline"),
        ("Исполнители", "responsible"),
        ("Проблемы", "issue"),
        ("Бир нерсе башка", None),
    ],
)
def test_columns_are_recognised_by_meaning(header, role):
    assert role_of(header) == role


@pytest.mark.parametrize(
    ("text", "year", "offset", "fact"),
    [
        ("2024", 2024, None, False),
        ("2024-ж.", 2024, None, False),
        ("2025 г.", 2025, None, False),
        ("2021 (факт)", 2021, None, True),
        ("2023 (прогноз)", 2023, None, False),
        ("1 жыл", None, 1, False),
        ("2-жыл", None, 2, False),
        ("3 год", None, 3, False),
        ("Year 4", None, 4, False),
        ("2024-жыл", 2024, None, False),
        ("Прогноз 2026", 2026, None, False),
        ("Факт 2022-ж.", 2022, None, True),
        ("План на 2025 г.", 2025, None, False),
    ],
)
def test_year_columns(text, year, offset, fact):
    y = year_of_header(text)
    assert y is not None and (y.year, y.offset, y.fact) == (year, offset, fact)


def test_half_year_columns_and_non_years():
    assert year_of_header("2024-H1").half == 1
    assert year_of_header("Өлчөө бирдиги") is None
    assert year_of_header("3") is None
    assert year_of_header("3", bare_numbers=True).offset == 3


def test_sample_action_plan_header_and_columns():
    grid = read_workbook(PLAN)[0]
    table = find_table(grid)
    assert table is not None and table.kind == "plan"
    assert table.header_first == table.header_last == 3
    assert [c.role for c in table.columns] == [
        "number",
        "task",
        "measure",
        "deadline",
        "result",
        "responsible",
    ]
    assert is_numbering_row(grid, 4)
    # merged cells are filled: the task merged over rows 7–9 reads on each row
    assert grid.text(9, 2) == grid.text(7, 2) != ""
    assert grid.is_continuation(9, 2) and not grid.is_continuation(7, 2)


def test_sample_matrix_has_a_two_row_header_with_year_numbers():
    grids = read_workbook(MATRIX)
    table = find_table(grids[0])
    assert table is not None and table.kind == "matrix"
    assert (table.header_first, table.header_last) == (2, 3)
    assert [c.year.offset for c in table.year_columns] == [1, 2, 3, 4]
    base = table.cols("baseline")[0]
    assert base.year.year == 2022
    assert is_numbering_row(grids[0], 4)  # "(1)" … "(11)"
    macro = find_table(grids[1])
    assert macro is not None and macro.kind == "matrix"
    assert [c.year.year for c in macro.year_columns] == [2021, 2022, 2023, 2024, 2025, 2026]
    assert macro.year_columns[0].year.fact


def test_russian_matrix_with_years_as_headers(tmp_path):
    path = _book(
        tmp_path / "ru.xlsx",
        {
            "Матрица": [
                ("Матрица индикаторов",),
                (
                    "№",
                    "Проблема",
                    "Наименование индикатора",
                    "Ед. изм.",
                    "Базовое значение",
                    "2024",
                    "2025 г.",
                    "2026-ж.",
                    "Целевое значение",
                    "Ответственный",
                ),
                (1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                (
                    1,
                    "Вода",
                    "Доля домохозяйств с водой",
                    "%",
                    "60",
                    "70",
                    "80",
                    "90",
                    "90",
                    "Мэрия",
                ),
            ]
        },
    )
    table = find_table(read_workbook(path)[0])
    assert table is not None and table.kind == "matrix" and table.header_first == 2
    roles = {c.letter: c.role for c in table.columns}
    assert roles["C"] == "indicator" and roles["D"] == "unit" and roles["E"] == "baseline"
    assert [c.year.year for c in table.year_columns] == [2024, 2025, 2026]
    assert roles["I"] == "final" and roles["J"] == "responsible"


def test_a_sheet_without_a_recognisable_header_is_not_a_table(tmp_path):
    path = _book(tmp_path / "x.xlsx", {"Sheet": [("Аты", "Жашы"), ("Асан", 30), ("Үсөн", 31)]})
    assert find_table(read_workbook(path)[0]) is None


# -- bad files --------------------------------------------------------------------------------


def test_a_text_file_is_not_a_workbook(tmp_path):
    p = tmp_path / "plan.xlsx"
    p.write_text("п.п.;Тапшырма\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        read_workbook(p)
    assert "not an Excel workbook" in err.value.text()
    assert err.value.problems[0].file == "plan.xlsx"


def test_a_damaged_workbook_gets_a_plain_message(tmp_path):
    p = tmp_path / "broken.xlsx"
    p.write_bytes(PLAN.read_bytes()[:3000])
    with pytest.raises(ValidationError) as err:
        read_workbook(p)
    assert "damaged" in err.value.text()


def test_a_zip_that_is_not_a_workbook(tmp_path):
    p = tmp_path / "other.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(ValidationError, match="not an Excel workbook"):
        read_workbook(p)


def test_old_xls_format_is_named(tmp_path):
    p = tmp_path / "old.xls"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(ValidationError, match=r"\.xls"):
        read_workbook(p)


def test_a_missing_file(tmp_path):
    with pytest.raises(ValidationError, match="file not found"):
        read_workbook(tmp_path / "nope.xlsx")


def test_a_password_protected_workbook_is_named_as_such(tmp_path):
    # Excel writes an encrypted .xlsx as an OLE file holding an "EncryptedPackage" stream
    p = tmp_path / "locked.xlsx"
    directory = "EncryptionInfo".encode("utf-16-le") + b"\0" * 40
    directory += "EncryptedPackage".encode("utf-16-le")
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + directory + b"\0" * 512)
    with pytest.raises(ValidationError, match="protected with a password"):
        read_workbook(p)
