"""The Excel exports opened by LibreOffice Calc (`soffice --headless --convert-to csv`).

The workbooks are written by the command line from the demo; LibreOffice converts each to CSV
— once with the raw cell values, once as the cells are shown — and the figures of the
indicator performance table must equal `meapp status --json` of every period: targets,
actuals and progress. User text that looks like a formula (`=`, `+`, `-`, `@`) must arrive as
that text, never evaluated. Each run uses a private LibreOffice profile, so parallel runs do
not fight over one.
"""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.helpers import run_cli

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) missing"),
]

# the CSV filter: comma, double quote, UTF-8, from line 1, …, 9th token false = raw values
RAW = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false"
SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false"
FIXED_COLS = 9  # No., indicator, level, unit, direction, cumulative, # or %, baseline, year
FIRST_ROW = 5  # 0-based CSV row of the first indicator (title, subtitle, note, 2 header rows)
PERIODS = [f"{y}-H{h}" for y in range(2023, 2027) for h in (1, 2)]

# texts a council's spreadsheet might hold, that a spreadsheet would run as formulas
TRICKY = {
    "indicator": "=1+1 жаңы бала бакчалар",
    "measure": "+996 телефон линиясы",
    "executor": "@мэрия -бөлүм",
}


@pytest.fixture(scope="module")
def exported(_demo_template, tmp_path_factory):
    """The demo with formula-like texts, its three workbooks and `status --json` per period."""
    folder = tmp_path_factory.mktemp("lo")
    db = folder / "demo.db"
    shutil.copyfile(_demo_template, db)
    con = sqlite3.connect(db)
    with con:
        (ind_id,) = con.execute("SELECT id FROM indicator ORDER BY code LIMIT 1").fetchone()
        con.execute("UPDATE indicator SET name = ? WHERE id = ?", (TRICKY["indicator"], ind_id))
        (m_id,) = con.execute(
            "SELECT id FROM plan_item WHERE kind = 'measure' ORDER BY code LIMIT 1"
        ).fetchone()
        con.execute(
            "UPDATE plan_item SET title = ?, lead_executor = ? WHERE id = ?",
            (TRICKY["measure"], TRICKY["executor"], m_id),
        )
    con.close()
    env = {"MEAPP_HOME": str(folder / "home"), "MEAPP_LANG": "en"}

    def cli(*args: str) -> str:
        proc = run_cli("--db", str(db), *args, env=env)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    books = {}
    for kind in ("iptt", "plan", "matrix"):
        books[kind] = folder / f"{kind}.xlsx"
        cli("export-xlsx", "--kind", kind, "--period", "2024-H2", "-o", str(books[kind]))
    status = {p: json.loads(cli("status", "--period", p, "--json")) for p in PERIODS}
    return folder, books, status


def to_csv(book: Path, out: Path, filter_: str) -> list[list[str]]:
    out.mkdir(exist_ok=True)
    profile = (out / "profile").resolve().as_uri()
    proc = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            filter_,
            "--outdir",
            str(out),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    result = out / (book.stem + ".csv")
    assert result.is_file(), proc.stdout + proc.stderr
    with result.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def number(text: str) -> float | None:
    """A raw CSV value: `16742.8`, `94.3689227608285%` (as a fraction), empty → None."""
    text = text.strip()
    if not text:
        return None
    if text.endswith("%"):
        return float(text[:-1]) / 100
    return float(text)


def close(a: float | None, b: float | None, tol: float = 1e-6) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(1.0, abs(b))


def test_iptt_figures_equal_status_json(exported):
    folder, books, status = exported
    rows = to_csv(books["iptt"], folder / "raw", RAW)
    header = rows[FIRST_ROW - 2]
    for i, period in enumerate(PERIODS):
        assert header[FIXED_COLS + 3 * i], f"no column group for {period}"
    indicators = status[PERIODS[0]]["indicators"]
    body = rows[FIRST_ROW : FIRST_ROW + len(indicators)]
    assert len(body) == len(indicators)
    checked = 0
    for n, (row, first) in enumerate(zip(body, indicators, strict=True), 1):
        assert row[0] == str(n)
        assert row[1].endswith(first["name"]), (row[1], first["name"])
        assert close(number(row[7]), first["baseline"])
        for i, period in enumerate(PERIODS):
            want = status[period]["indicators"][n - 1]
            assert want["indicator_id"] == first["indicator_id"]
            col = FIXED_COLS + 3 * i
            target, actual, progress = (number(row[col + k]) for k in range(3))
            assert close(target, want["target"]), (n, period, "target", target, want)
            assert close(actual, want["actual"]), (n, period, "actual", actual, want)
            assert close(progress, want["progress"]), (n, period, "progress", progress, want)
            checked += 1
    assert checked == len(indicators) * len(PERIODS)
    # the last row: programme progress per period
    total = rows[FIRST_ROW + len(indicators)]
    for i, period in enumerate(PERIODS):
        assert close(number(total[FIXED_COLS + 3 * i + 2]), status[period]["program_progress"])


def test_iptt_marks_derived_targets_as_shown(exported):
    folder, books, status = exported
    rows = to_csv(books["iptt"], folder / "shown", SHOWN)
    marked = 0
    for n, _ in enumerate(status[PERIODS[0]]["indicators"]):
        row = rows[FIRST_ROW + n]
        for i, period in enumerate(PERIODS):
            want = status[period]["indicators"][n]
            cell = row[FIXED_COLS + 3 * i]
            if want["target"] is None:
                assert cell == ""
            elif want["target_interpolated"]:
                assert cell.startswith("≈"), (period, cell)
                marked += 1
            else:
                assert not cell.startswith("≈"), (period, cell)
    assert marked > 0, "the demo has derived half-year targets"


@pytest.mark.parametrize("kind", ["iptt", "plan", "matrix"])
def test_formula_like_text_stays_text(exported, kind):
    folder, books, _status = exported
    rows = to_csv(books[kind], folder / f"text-{kind}", SHOWN)
    cells = [c for row in rows for c in row]
    assert len(rows) > 5 and any(cells)
    if kind == "plan":
        assert any(c == TRICKY["measure"] or c.endswith(TRICKY["measure"]) for c in cells)
        assert any(TRICKY["executor"] in c for c in cells)
    else:
        assert any(c.endswith(TRICKY["indicator"]) for c in cells), "the name is kept as text"
    assert "2 жаңы бала бакчалар" not in cells  # never evaluated
    assert not any(c.startswith(("#NAME", "Err:", "#VALUE")) for c in cells)
