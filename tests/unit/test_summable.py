"""`numbers.summable`: what a sum of money may add, and what it leaves out."""

from __future__ import annotations

import math

import pytest

from meapp.models.numbers import MAX_ABS, summable


@pytest.mark.parametrize(
    ("value", "expected"),
    [(2.5, 2.5), (0.0, 0.0), (-3.0, -3.0), (7, 7.0), (MAX_ABS, MAX_ABS)],
)
def test_numbers_are_added_as_floats(value, expected):
    assert summable(value) == expected and type(summable(value)) is float


@pytest.mark.parametrize(
    "value", ["abc", "12", b"\x00", None, True, math.inf, -math.inf, math.nan, 5e-324, 10**400]
)
def test_what_a_tool_left_is_left_out(value):
    assert summable(value) is None
