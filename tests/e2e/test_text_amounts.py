"""Amounts a SQLite tool left as text: every command that sums money goes on, never a
traceback (issue 17's rule; found while reviewing the loader of issue 22).

A spending amount `'abc'` and a planned cost `'x'` are what a database browser leaves when
someone types into a number column. They are left out of every sum (`numbers.summable`)
and named on their measure's row in the grid; `meapp check` names the edit itself.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3

import pytest

from tests.helpers import demo_file, run_cli


@pytest.fixture(scope="module")
def tampered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("text-amounts")
    path = folder / "t.db"
    shutil.copyfile(demo_file(folder), path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "UPDATE measure_spending SET amount = 'abc' "
            "WHERE rowid IN (SELECT rowid FROM measure_spending LIMIT 3)"
        )
        conn.execute(
            "UPDATE measure_budget SET planned = 'x' "
            "WHERE rowid IN (SELECT rowid FROM measure_budget LIMIT 2)"
        )
        conn.commit()
    return path


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ("status",),
        ("--json", "status"),
        ("report", "--kind", "annual", "--period", "2024", "-o", "{dir}/a.pdf"),
        ("report", "--kind", "half-year", "--period", "2024-H2", "-o", "{dir}/h.pdf"),
        ("export-xlsx", "--kind", "iptt", "-o", "{dir}/i.xlsx"),
        ("export-xlsx", "--kind", "plan", "--period", "2024-H2", "-o", "{dir}/p.xlsx"),
        ("publish", "-o", "{dir}/site"),
    ],
    ids=["status", "status-json", "annual", "half-year", "iptt", "plan", "publish"],
)
def test_commands_that_sum_money_go_on_without_a_traceback(tampered, tmp_path, args):
    given = [a.format(dir=tmp_path) for a in args]
    out = run_cli("--db", str(tampered), *given, env={"MEAPP_LANG": "en"})
    assert "Traceback" not in out.stderr, out.stderr[-2000:]
    assert out.returncode == 0, out.stderr[-2000:]
