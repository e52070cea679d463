"""One formatter for what the GUI shows: the sentence translated whole, its parameters in
the reader's words, a capital first letter (issue 23: "уруксат жок: viewer ролу enter
actuals and measure progress мүмкүн эмес", "the period 2023-H1 is approved and locked",
"сан эмес: abc")."""

from __future__ import annotations

import re

import pytest

from meapp.errors import PeriodLocked, PermissionDenied, Problem, ValidationError
from meapp.i18n import translator
from meapp.services.access.users import Actor, require
from meapp.services.common.message_words import capitalise, message, render


def _denied() -> PermissionDenied:
    with pytest.raises(PermissionDenied) as caught:
        require(Actor("v", "viewer", "Viewer"), "data.enter")
    return caught.value


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_refusal_reads_as_one_language(lang):
    text = message(_denied(), translator(lang))
    assert not re.search(r"[A-Za-z]", text), text
    assert text[0].isupper()


def test_english_keeps_its_words_and_gets_a_capital():
    text = message(_denied(), translator("en"))
    assert text.startswith("Not allowed: the role viewer may not enter actuals")


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_a_period_code_is_shown_in_words(lang):
    exc = PeriodLocked("the period {period} is approved and locked", period="2023-H1")
    text = message(exc, translator(lang))
    assert "2023-H1" not in text
    assert "2023" in text


def test_numbers_are_written_the_local_way():
    assert render("value", 734593.3, translator("ky")) == "734\u00a0593,3"


def test_a_problem_that_starts_with_its_file_keeps_the_file_name_as_written():
    exc = ValidationError(
        [Problem("not a number: {value}", {"value": "abc"}, file="plan.xlsx", row=4)]
    )
    text = message(exc, translator("en"))
    assert text.startswith("plan.xlsx")


def test_capitalise():
    assert capitalise("сан эмес: abc") == "Сан эмес: abc"
    assert capitalise("«кара-балта» табылган жок") == "«Кара-балта» табылган жок"
    assert capitalise("2024: ok") == "2024: ok"
    assert capitalise("") == ""


def test_a_sentence_that_starts_with_a_value_keeps_it_as_written():
    assert capitalise("{login} has no signing identity") == "{login} has no signing identity"
    exc = PermissionDenied("{login} does not sign reports", login="chair")
    assert message(exc, translator("en")) == "chair does not sign reports"


def test_a_signature_box_is_named_in_words():
    text = render("field", "sig_mayor", translator("ky"))
    assert "sig_" not in text and text
    assert render("field", "sig_chair", translator("en")) == "the chair's box"
