"""An indicator summed within the year from a council's matrix to `status --json`, as
processes on a real database file (issue 19): `import-plan` reads the kind column,
`import-actuals` enters half-years, `status` reports the year to date against the year's
target with the kind `annual_sum`."""

from __future__ import annotations

import json

import pytest

from tests.helpers import run_cli
from tests.unit.test_annual_sum_plan import _matrix

pytestmark = pytest.mark.slow

CREATE = ["--title", "Программа", "--municipality", "Кара-Балта", "--years", "2023-2026"]


@pytest.fixture
def cli(tmp_path):
    env = {
        "MEAPP_HOME": str(tmp_path / "home"),
        "MEAPP_DB": str(tmp_path / "m.db"),
        "MEAPP_LANG": "ru",
    }

    def run(*args: str):
        r = run_cli(*args, env=env)
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout) if "--json" in args else r.stdout

    return run


def test_import_plan_then_actuals_then_status(cli, tmp_path):
    matrix = tmp_path / "matrix.xlsx"
    _matrix(matrix, ["сумма за год", "жыл ичиндеги сумма", "накопительный"])
    got = cli("import-plan", str(matrix), *CREATE, "--json")
    assert got["indicators"] == 3
    rows = cli("status", "--period", "2024-H1", "--json")["indicators"]
    assert [r["kind"] for r in rows] == ["annual_sum", "annual_sum", "cumulative"]
    ids = [r["indicator_id"] for r in rows]
    csv = tmp_path / "a.csv"
    lines = ["indicator_id,period,value,comment"]
    for iid in ids:
        lines += [f"{iid},2023-H1,150,", f"{iid},2023-H2,170,", f"{iid},2024-H1,160,"]
        lines += [f"{iid},2024-H2,200,"]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cli("import-actuals", str(csv), "--json")
    h2 = cli("status", "--period", "2024-H2", "--json")["indicators"]
    revenue = h2[0]
    assert revenue["kind"] == "annual_sum"
    assert (revenue["actual"], revenue["target"]) == (360.0, 340.0)  # this year only
    assert revenue["progress"] == pytest.approx(1.5)
    assert revenue["status"] == "on_track"
    assert h2[2]["actual"] == 680.0  # the cumulative one counts since 2023
    h1 = cli("status", "--period", "2024-H1", "--json")["indicators"][0]
    assert (h1["actual"], h1["target"], h1["target_interpolated"]) == (160.0, 170.0, True)
    assert h1["progress"] == pytest.approx(0.5)
    text = cli("status", "--period", "2024-H2")
    assert "360" in text
