"""Yes/no and ratio values as people write them, and numbers whose separators could be
misread (issue 19): one reading (`numbers.parse_indicator_value`), one written form
(`numbers.format_indicator_value`), the same in the exports."""

from __future__ import annotations

import pytest

from meapp.models.numbers import (
    MAX_ABS,
    NumberError,
    format_indicator_value,
    parse_indicator_value,
    parse_number,
    parse_ratio,
    parse_yes_no,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234,5", 1234.5),  # the Kyrgyz/Russian convention: dots group thousands
        ("-1.234,5", -1234.5),
        ("1.234.567,89", 1234567.89),
        ("1.234.567", 1234567.0),
        ("1,234.5", 1234.5),  # the English grouping
        ("1,234,567.5", 1234567.5),
        ("1,5", 1.5),
        ("1.5", 1.5),
        ("1,234", 1.234),  # one separator is the decimal mark
        ("1 234,5", 1234.5),
        ("12,5 %", 12.5),
    ],
)
def test_separators_are_read_one_way(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["1,23.4", "12.34,5", "1.2,3.4", "1,234,567", "1.23.4", "1..2"])
def test_ambiguous_separators_are_refused_never_misread(text):
    with pytest.raises(NumberError):
        parse_number(text)


def test_the_representable_range_still_holds():
    assert parse_number(str(int(MAX_ABS))) == MAX_ABS
    for text in ("1e308", "-1e308", "1.000.000.000.000.000.000,5"):
        with pytest.raises(NumberError):
            parse_number(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ооба", 1.0),
        ("Ооба", 1.0),
        ("жок", 0.0),
        ("да", 1.0),
        ("Нет.", 0.0),
        ("yes", 1.0),
        ("No", 0.0),
        ("бар", 1.0),
        ("аткарылды", 1.0),
    ],
)
def test_yes_no_as_people_write_it(text, value):
    assert parse_yes_no(text) == value
    assert parse_indicator_value(text, "milestone") == value
    assert parse_indicator_value(text) == value


def test_yes_no_words_are_not_numbers_of_other_indicators():
    with pytest.raises(NumberError):
        parse_indicator_value("ооба", "number")
    with pytest.raises(NumberError):
        parse_indicator_value("1:0,3", "percent")
    assert parse_yes_no("беш") is None and parse_yes_no(5) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("1:0,3", 0.3), ("1 : 2,5", 2.5), ("1:0.3", 0.3), ("2:1", 0.5), ("1:1 234,5", 1234.5)],
)
def test_ratios_as_people_write_them(text, value):
    assert parse_ratio(text) == pytest.approx(value)
    assert parse_indicator_value(text, "ratio") == pytest.approx(value)


def test_ratio_with_a_zero_first_term_is_refused():
    with pytest.raises(NumberError):
        parse_ratio("0:5")
    assert parse_ratio("0,3") is None


@pytest.mark.parametrize(
    ("value", "value_type", "text"),
    [
        (1.0, "milestone", "ооба"),
        (0.0, "milestone", "жок"),
        (0.3, "ratio", "1:0,3"),
        (734593.3, "number", "734\u00a0593,3"),
        (12.5, "percent", "12,5"),
        (None, "milestone", "–"),
    ],
)
def test_one_written_form(value, value_type, text):
    assert format_indicator_value(value, value_type) == text


def test_the_written_form_reads_back_in_every_language():
    for yes, no in (("ооба", "жок"), ("да", "нет"), ("yes", "no")):
        for value in (0.0, 1.0):
            text = format_indicator_value(value, "milestone", yes=yes, no=no)
            assert parse_indicator_value(text, "milestone") == value
    for value in (0.0, 0.3, 2.5, 1234.5):
        assert parse_indicator_value(format_indicator_value(value, "ratio"), "ratio") == value


def test_the_matrix_export_writes_the_same_form():
    from meapp.services.plan.export import written_value

    def ky(_ctx: str, text: str) -> str:
        return {"yes": "ооба", "no": "жок"}.get(text, text)

    assert written_value(1.0, "milestone", ky) == "ооба"
    assert written_value(0.0, "milestone", ky) == "жок"
    assert written_value(0.3, "ratio", ky) == "1:0,3"
    assert written_value(2.5, "number", ky) == 2.5  # Excel keeps a number a number
