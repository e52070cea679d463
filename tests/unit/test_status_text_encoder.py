"""`stored.status_text` writes what `json.dumps(indent=2)` writes, to the byte.

The stored `status --json` texts are printed as they are, so the fast encoder that writes
them (issue 22: the first fill) must agree with the standard library on every value a
status can hold and on hostile ones: quotes, backslashes, control characters, line and
paragraph separators, NaN and infinities, -0.0, huge and tiny floats, big integers,
bools, None, empty and nested containers, tuples, non-text keys and odd types.
"""

from __future__ import annotations

import json
import random
from collections import OrderedDict
from enum import IntEnum

import pytest

from meapp.services.dashboard.stored import status_text

STRINGS = [
    "",
    "Кара-Балта",
    "ө ү ң Ө Ү Ң",
    'quote " and \\ backslash',
    "tab\tnew\nline\rcr",
    "\x00\x01\x1f\x7f",
    "\u2028\u2029",
    "emoji 😀 and \ud7ff",
    "/slash/",
]
FLOATS = [
    0.0,
    -0.0,
    1.5,
    -734593.3,
    1e300,
    -1e-300,
    5e-324,
    float("nan"),
    float("inf"),
    float("-inf"),
    0.1 + 0.2,
    123456789.123456,
]
INTS = [0, -1, 7, 10**30, -(10**25)]


class Kind(IntEnum):
    ONE = 1


def _value(rng: random.Random, depth: int):
    pick = rng.random()
    if depth > 3 or pick < 0.55:
        return rng.choice(
            [*STRINGS, *FLOATS, *INTS, True, False, None, Kind.ONE, rng.uniform(-1e6, 1e6)]
        )
    if pick < 0.75:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if pick < 0.8:
        return tuple(_value(rng, depth + 1) for _ in range(rng.randint(0, 3)))
    if pick < 0.85:
        return OrderedDict((rng.choice(STRINGS), _value(rng, depth + 1)) for _ in range(2))
    keys = [*STRINGS, 3, -2.5, True, False, None, float("nan")]
    return {rng.choice(keys): _value(rng, depth + 1) for _ in range(rng.randint(0, 5))}


def _expected(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2).replace("\n", "\n    ")


@pytest.mark.parametrize("seed", range(40))
def test_random_values_come_out_as_json_dumps_writes_them(seed):
    rng = random.Random(seed)
    data = {f"k{i}": _value(rng, 0) for i in range(8)}
    assert status_text(data) == _expected(data)


def test_a_status_shaped_payload_comes_out_as_json_dumps_writes_it():
    data = {
        "program_id": "3f2a",
        "period": "2026-H1",
        "indicators": [
            {"indicator_id": "a", "code": "1.1", "name": s, "target": f, "status": "on_track"}
            for s, f in zip(STRINGS, FLOATS, strict=False)
        ],
        "rollups": [],
        "program_progress": None,
        "measures": {"done": 3, "in_progress": 0},
        "budget": [{"source": "local_budget", "planned": 1e3, "spent": -0.0}],
    }
    assert status_text(data) == _expected(data)


def test_keys_json_cannot_write_are_refused_alike():
    with pytest.raises(TypeError):
        json.dumps({(1, 2): 1})
    with pytest.raises(TypeError):
        status_text({(1, 2): 1})
