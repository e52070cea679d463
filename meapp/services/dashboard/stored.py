"""The stored `status --json` texts of every programme, read without SQLAlchemy (issue 22).

`meapp status --json` of the national database's 484 programmes prints 40 MB of JSON that
the roll-up stored beside each programme's summary (`meapp.services.dashboard.summary`).
When every one of them is fresh, printing them needs one SQLite query — but importing
SQLAlchemy and the models to make it costs twice the rest of the command. So
`print_stored` reads them through the `sqlite3` module alone (registered in
`meapp.store.presence` like any other reader), and answers False — the caller then takes
the ordinary path, which computes, stores and prints — whenever it is not sure: not a
SQLite file, a schema other than the one this code knows, a programme whose summary is
missing or stale, fewer than two programmes (one programme prints its own shape).

Nothing here writes to the database. `FORMULA_VERSION` and the texts' layout live here so
that both paths agree on them without this module importing the other.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from json.encoder import encode_basestring  # the C encoder's (ensure_ascii=False)
from pathlib import Path
from typing import TextIO

from meapp.store.schema_head import SCHEMA_HEAD

# Bump when the status rules change what a summary holds: every stored summary is stale.
FORMULA_VERSION = 2
# The schema these queries are written for (meapp.store.schema_head imports nothing). A
# database at another revision takes the ordinary path, which upgrades it or refuses it.

_QUERY = """
SELECT s.payload FROM program AS p
LEFT JOIN program_stamp AS ps ON ps.program_id = p.id
LEFT JOIN status_summary AS s
  ON s.program_id = p.id AND s.period_key = ? AND s.stamp = ps.stamp AND s.formula = ?
ORDER BY p.code, p.id
"""


def status_text(data: dict) -> str:
    """The `status --json` text of one programme as it is stored: what `json.dumps` with
    `indent=2` prints for it inside `{"programs": [...]}` (each line after the first shifted
    by the two levels it sits at there), so that the command prints the stored texts of
    every programme without parsing or re-indenting 40 MB of JSON.

    Written by `_indented` rather than `json.dumps(..., indent=2)`: with an indent the
    standard library encodes in Python, one generator step per value, and that was a
    seventh of the national first fill (issue 22); the text is the same to the byte (a
    test compares them on random and hostile data)."""
    out: list[str] = []
    _indented(data, "\n    ", out)
    return "".join(out)


_INFINITY = float("inf")


def _float_text(value: float) -> str:
    # json.encoder's floatstr with allow_nan=True
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


def _scalar_text(value) -> str | None:
    """The JSON of a str, number, bool or None of exactly that type; None otherwise."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is float:
        return _float_text(value)
    if kind is int:
        return int.__repr__(value)
    return None


# key types `json.dumps` writes as text (numbers, bools and None become their JSON words)
_PLAIN_KEYS = frozenset({str, int, float, bool, type(None)})


def _key_text(key) -> str:
    if type(key) is str:
        return encode_basestring(key)
    return encode_basestring(_scalar_text(key))  # type: ignore[arg-type]


def _indented(value, pad: str, out: list[str]) -> None:
    """Append the `indent=2` JSON of `value` whose lines start with `pad` (a line break and
    spaces). Anything but dicts, lists, tuples and plain scalars goes to `json.dumps` itself
    (then re-indented), so odd types come out exactly as the standard library writes them."""
    text = _scalar_text(value)
    if text is not None:
        out.append(text)
        return
    kind = type(value)
    if kind is dict and _PLAIN_KEYS.issuperset(map(type, value)):
        if not value:
            out.append("{}")
            return
        inner = pad + "  "
        sep = "{" + inner
        for key, item in value.items():
            out.append(sep)
            out.append(_key_text(key))
            out.append(": ")
            text = _scalar_text(item)
            if text is None:
                _indented(item, inner, out)
            else:
                out.append(text)
            sep = "," + inner
        out.append(pad + "}")
        return
    if kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = pad + "  "
        sep = "[" + inner
        for item in value:
            out.append(sep)
            text = _scalar_text(item)
            if text is None:
                _indented(item, inner, out)
            else:
                out.append(text)
            sep = "," + inner
        out.append(pad + "]")
        return
    import json

    out.append(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", pad))


def single_text(stored: str) -> str:
    """A stored text as `meapp status --json` prints one programme (JSON strings hold no
    raw line breaks, so every line break of the text is one the indentation made)."""
    return stored.replace("\n    ", "\n")


def write_programs(texts: Sequence[str], out: TextIO) -> None:
    """`{"programs": [...]}` of the stored texts with its line end, byte for byte what
    `print(json.dumps(data, ensure_ascii=False, indent=2))` prints, written piece by piece."""
    if not texts:
        out.write('{\n  "programs": []\n}\n')
        return
    out.write('{\n  "programs": [\n    ')
    for i, text in enumerate(texts):
        if i:
            out.write(",\n    ")
        out.write(text)
    out.write("\n  ]\n}\n")


def stored_texts(path: Path, period_key: str) -> list[bytes] | None:
    """Every programme's stored text for `period_key` ('' for "each at its latest with
    data"), ordered by code, as UTF-8 bytes; None unless all are there and fresh."""
    from meapp.store import presence

    presence.claim(path)
    try:
        con = sqlite3.connect(str(path), timeout=5, isolation_level=None)
    except sqlite3.Error:
        presence.release(path)
        return None
    try:
        con.text_factory = bytes
        con.execute("BEGIN")  # one snapshot for the revision and the texts
        head = con.execute("SELECT version_num FROM alembic_version").fetchall()
        if head != [(SCHEMA_HEAD.encode(),)]:
            return None
        rows = con.execute(_QUERY, (period_key, FORMULA_VERSION)).fetchall()
        con.execute("COMMIT")
    except sqlite3.Error:
        return None
    finally:
        con.close()
        presence.release(path)
    if len(rows) < 2 or any(text is None for (text,) in rows):
        return None
    return [text for (text,) in rows]


def print_stored(db_arg: str, period: str | None, out: TextIO) -> bool:
    """Print `{"programs": [...]}` from the stored texts when every one is fresh; False
    (nothing printed) when the ordinary path has to answer.

    `period` must be written as a period code is stored (`2026-H1`); any other spelling
    takes the ordinary path, which parses it (and refuses a bad one)."""
    if "://" in db_arg:
        return False
    path = Path(db_arg).expanduser()
    if not path.is_file():
        return False
    key = "" if period is None else period
    if key and key != key.strip().upper():
        return False
    texts = stored_texts(path.resolve(), key)
    if texts is None:
        return False
    _write_bytes(texts, out)
    return True


def _write_bytes(texts: list[bytes], out: TextIO) -> None:
    """The texts as stored, without decoding and encoding 40 MB again where the stream's
    bytes are what a text write would give (UTF-8, no newline translation)."""
    buffer = getattr(out, "buffer", None)
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "")
    if buffer is None or os.linesep != "\n" or encoding != "utf8":
        write_programs([t.decode("utf-8") for t in texts], out)
        return
    out.flush()
    buffer.write(b'{\n  "programs": [\n    ')
    for i, text in enumerate(texts):
        if i:
            buffer.write(b",\n    ")
        buffer.write(text)
    buffer.write(b"\n  ]\n}\n")
    buffer.flush()
