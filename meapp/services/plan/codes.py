"""The code a new plan line gets: the next free one in its parent's numbering.

Councils number their plans hierarchically (direction 1, sector 1.2, objective 1.2.1,
measure 1.2.1.3); a line added in the editor used to get an empty code (issue 23), which the
reports, the imports and the search all key on. The rule follows what the siblings already
use: the largest trailing number among them plus one, with their prefix; an empty level
starts at `<parent>.1` (or `1` at the top). A code already taken anywhere in the programme
is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_TRAILING = re.compile(r"^(.*?)(\d+)$")


def next_code(
    parent_code: str | None, sibling_codes: Iterable[str | None], taken: Iterable[str | None] = ()
) -> str:
    """The next free code below `parent_code` given the codes of the new line's siblings."""
    used = {c.strip() for c in taken if c} | {c.strip() for c in sibling_codes if c}
    best: tuple[int, str, int] | None = None  # number, prefix, digits (М-01 keeps its 0)
    for code in sorted(c.strip() for c in sibling_codes if c and c.strip()):
        match = _TRAILING.match(code)
        if match and (best is None or int(match.group(2)) > best[0]):
            best = (int(match.group(2)), match.group(1), len(match.group(2)))
    if best is not None:
        number, prefix, width = best
    else:
        parent = (parent_code or "").strip().rstrip(".")
        number, prefix, width = 0, f"{parent}." if parent else "", 1
    while True:
        number += 1
        candidate = f"{prefix}{number:0{width}d}"
        if candidate not in used:
            return candidate
