"""Late deadlines where people look: the status of one or many programmes, the rayon's
comparison of municipalities, the dashboard's and the Monitoring page's late line.

The calendar's rules are in `meapp.services.monitoring.calendar`; this module only gathers
its answers for the screens and the command line. `today` is always the caller's: the CLI
and the GUI pass the date of the computer, the tests a fixed day.

`status --json` gains one key, `deadlines` (every deadline of the programme: kind, period,
measure, stage, due, done, overdue, days_late), added after the keys it always had. The
stored JSON texts of every programme (`summary.payloads`, written without parsing) get it
the same way: the key is spliced in before the object's closing brace with the indentation
`json.dumps(indent=2)` would give, so the output stays byte for byte what printing the
parsed objects would print.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from meapp.models import Program
from meapp.services.monitoring import calendar as cal
from meapp.store.engine import Database

KEY = "deadlines"
_PROGRAM_ID = re.compile(r'"program_id": "([0-9a-fA-F-]{32,36})"')
# the end of a stored text: the programme object's closing brace, two levels deep
_STORED_END = "\n    }"


@dataclass(frozen=True)
class Lateness:
    """How late a programme is: the overdue deadlines, the most days one is late."""

    program_id: str
    overdue: tuple[cal.Deadline, ...]

    @property
    def count(self) -> int:
        return len(self.overdue)

    @property
    def worst_days(self) -> int:
        return max((d.days_late for d in self.overdue), default=0)

    @property
    def late(self) -> bool:
        return bool(self.overdue)


def lateness(db: Database, program_ids: Sequence[Any] | None, today: date) -> dict[str, Lateness]:
    """Each programme's overdue deadlines (by programme id text), loaded together; None:
    every programme of the database."""
    with db.session() as s:
        if program_ids is None:
            program_ids = list(s.scalars(select(Program.id)))
        found = cal.deadlines_of_many(s, program_ids, today)
    return {pid: Lateness(pid, tuple(cal.overdue(ds))) for pid, ds in found.items()}


def program_lateness(db: Database, program_id: Any, today: date) -> Lateness:
    """One programme's overdue deadlines (the dashboard's and Monitoring's late line)."""
    ds = cal.program_deadlines(db, program_id, today)
    return Lateness(str(program_id), tuple(cal.overdue(ds)))


def add_to_status(db: Database, data: dict, today: date) -> dict:
    """The `status --json` object of one programme with its `deadlines` added (last key)."""
    ds = cal.program_deadlines(db, data["program_id"], today)
    data[KEY] = [d.as_json() for d in ds]
    return data


def _splice(text: str, deadlines: list[dict]) -> str:
    """A stored text (`summary.status_text`) with the `deadlines` key added at its end."""
    if not text.endswith(_STORED_END):
        loaded = json.loads(text)
        loaded[KEY] = deadlines
        return json.dumps(loaded, ensure_ascii=False, indent=2).replace("\n", "\n    ")
    value = json.dumps(deadlines, ensure_ascii=False, indent=2).replace("\n", "\n      ")
    return f'{text[: -len(_STORED_END)]},\n      "{KEY}": {value}{_STORED_END}'


def add_to_texts(db: Database, texts: Sequence[str], today: date) -> list[str]:
    """Stored `status --json` texts of many programmes, each with its `deadlines` added:
    the deadlines of all of them are loaded in a few queries, the texts are not parsed."""
    ids: list[str | None] = []
    for text in texts:
        m = _PROGRAM_ID.search(text)
        ids.append(m.group(1) if m else None)
    known = [uuid.UUID(i) for i in ids if i is not None]
    with db.session() as s:
        found = cal.deadlines_of_many(s, known, today)
    out = []
    for text, pid in zip(texts, ids, strict=True):
        key = str(uuid.UUID(pid)) if pid is not None else None
        ds = found.get(key, []) if key is not None else []
        out.append(_splice(text, [d.as_json() for d in ds]))
    return out
