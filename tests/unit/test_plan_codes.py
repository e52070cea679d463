"""Plan lines added in the editor get the next free code of their level (issue 23)."""

from meapp.services.plan.codes import next_code


def test_follows_the_council_numbering():
    assert next_code("1.2.1", ["1.2.1.1", "1.2.1.2"]) == "1.2.1.3"
    assert next_code("1.2.1", ["1.2.1.2", "1.2.1.10", "1.2.1.9"]) == "1.2.1.11"


def test_an_empty_level_starts_at_one():
    assert next_code("3.1", []) == "3.1.1"
    assert next_code(None, []) == "1"
    assert next_code("", [None, ""]) == "1"


def test_other_styles_keep_their_prefix():
    assert next_code("2", ["М-01", "М-02"]) == "М-03"
    assert next_code(None, ["1", "2", "4"]) == "5"


def test_a_code_taken_elsewhere_is_skipped():
    assert next_code("1.1", ["1.1.1"], taken=["1.1.2", "1.1.3"]) == "1.1.4"


def test_siblings_without_numbers_fall_back_to_the_parent():
    assert next_code("1.1", ["А", "Б"]) == "1.1.1"
