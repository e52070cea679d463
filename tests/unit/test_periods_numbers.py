"""Periods and the Kyrgyz/Russian number format."""

from __future__ import annotations

import pytest

from meapp.models.numbers import (
    NumberError,
    format_number,
    format_percent,
    parse_number,
    parse_value_with_unit,
)
from meapp.models.periods import Period, PeriodError, periods_between, sort_periods


@pytest.mark.parametrize(
    ("text", "year", "kind", "index"),
    [
        ("2024", 2024, "Y", 0),
        ("2024-H1", 2024, "H", 1),
        ("2024-h2", 2024, "H", 2),
        ("2025-Q3", 2025, "Q", 3),
    ],
)
def test_parse_periods(text, year, kind, index):
    p = Period.parse(text)
    assert (p.year, p.kind, p.index) == (year, kind, index)


@pytest.mark.parametrize("bad", ["24", "2024-H3", "2024-Q5", "2024/1", "", "H1-2024"])
def test_bad_periods(bad):
    with pytest.raises(PeriodError):
        Period.parse(bad)


def test_period_navigation_and_order():
    assert str(Period.parse("2024-H1").previous()) == "2023-H2"
    assert str(Period.parse("2024-H2").next()) == "2025-H1"
    assert sort_periods(["2024", "2024-H2", "2023-H1", "2024-H1"]) == [
        "2023-H1",
        "2024-H1",
        "2024-H2",
        "2024",
    ]
    assert [str(p) for p in periods_between(2023, 2024)] == [
        "2023-H1",
        "2023-H2",
        "2024-H1",
        "2024-H2",
    ]
    assert Period.parse("2024").contains(Period.parse("2024-H2"))


def test_format_numbers_the_kyrgyz_way():
    assert format_number(734593.3) == "734\u00a0593,3"
    assert format_number(2.5) == "2,5"
    assert format_number(1000000) == "1\u00a0000\u00a0000"
    assert format_number(None) == "–"
    assert format_percent(0.684) == "68\u00a0%"
    assert format_number(-12.5) == "−12,5"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("734 593,3", 734593.3),
        ("734\u00a0593,3", 734593.3),
        ("1.5", 1.5),
        ("1,5", 1.5),
        ("12 %", 12.0),
        ("", None),
    ],
)
def test_parse_numbers(text, value):
    assert parse_number(text) == value


def test_parse_refuses_text():
    with pytest.raises(NumberError):
        parse_number("беш")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5061 п.м.", 5061.0),
        ("2,5 км", 2.5),
        ("1:0,3", 0.3),
        ("50%\n20243 п.м.", 50.0),
        ("734 593,3 сом", 734593.3),
        ("жок", None),
    ],
)
def test_values_with_units(text, value):
    assert parse_value_with_unit(text) == value
