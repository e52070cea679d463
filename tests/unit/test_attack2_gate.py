"""Attack on the quality gate's exact acknowledgement (issue 19): two programmes built from
one template have word for word the same open items in a period. The fingerprint a refusal
printed for one programme used to let the other one's round through unseen; the programme
is now part of the fingerprint. Case and spaces of a typed fingerprint still do not matter,
and a malformed one acknowledges nothing."""

from __future__ import annotations

import pytest

from meapp.services.monitoring import quality, rounds
from tests.unit import factories as f

PERIOD = "2024-H1"


@pytest.fixture
def two(db):
    a = f.small_program(db, code="KB")
    b = f.small_program(db, code="TK")
    editor = f.add_user(db, "editor", "editor")
    return a, b, editor


def refusal(db, editor, program_id, acknowledged=False) -> quality.OpenItems:
    with pytest.raises(quality.OpenItems) as exc:
        rounds.submit(db, editor, program_id, PERIOD, acknowledged=acknowledged)
    return exc.value


def test_the_same_list_of_another_programme_is_not_acknowledged_by_its_fingerprint(db, two):
    a, b, editor = two
    first = refusal(db, editor, a.program_id)
    second = refusal(db, editor, b.program_id)
    assert [i.as_json() for i in first.items] == [i.as_json() for i in second.items]
    assert first.fingerprint != second.fingerprint
    again = refusal(db, editor, b.program_id, acknowledged=first.fingerprint)
    assert again.stale == first.fingerprint
    assert rounds.get_round(db, b.program_id, PERIOD).state == "open"
    # its own fingerprint, typed in capitals with spaces, does
    typed = " ".join([second.fingerprint[:6].upper(), second.fingerprint[6:]])
    r = rounds.submit(db, editor, b.program_id, PERIOD, acknowledged=typed)
    assert r.state == "submitted"
    assert rounds.get_round(db, a.program_id, PERIOD).state == "open"


@pytest.mark.parametrize("given", ["", "zzzz", "0" * 12, "-", "\x1b[31m"])
def test_a_malformed_fingerprint_acknowledges_nothing(db, two, given):
    a, _b, editor = two
    again = refusal(db, editor, a.program_id, acknowledged=given)
    assert again.items and rounds.get_round(db, a.program_id, PERIOD).state == "open"
    # echoed back in the refusal without its control characters
    assert again.stale is not None and again.stale.isprintable()
