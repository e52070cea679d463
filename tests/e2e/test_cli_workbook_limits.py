"""`meapp import-plan` and `import-actuals` refuse an oversized workbook before reading it.

The workbook of issue 20 — 11 KB, one merged range `AA1:XFD1048576` — used to take 80 s and
7 GB of memory in `import-plan` before "damaged". Now the sheet XML is measured first: exit
2, one line naming the file, the sheet and the limit, nothing written, and the process's
peak memory (its own `ru_maxrss`, from `os.wait4` in a small wrapper process) stays under 300 MB. The process runs
under an address-space cap, so a regression fails the test instead of the machine. The
time is measured in bench/workbook_limits.py, never here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import pytest

from tests.helpers import ROOT
from tests.unit.test_exchange import fingerprint
from tests.unit.test_workbook_limits import merged_bomb, sheet_xml, xlsx_bytes

pytestmark = pytest.mark.slow

MEMORY_BAR_KB = 300 * 1024
ADDRESS_CAP = 3 * 1024**3  # a runaway openpyxl stops here with MemoryError


# A small wrapper process starts meapp and reports its peak: a child forked straight from
# the test process would count the test process's own pages (ru_maxrss survives exec), and
# an xdist worker that ran other tests first is several hundred MB.
_MEASURED = """
import os, resource, subprocess, sys
cap = int(sys.argv[1])
def _cap():
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
proc = subprocess.Popen([sys.executable, "-m", "meapp", *sys.argv[2:]], preexec_fn=_cap)
_, status, usage = os.wait4(proc.pid, 0)
print(usage.ru_maxrss, file=sys.stderr)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_measured(*args: str, env: dict) -> tuple[int, str, int]:
    """Run `python -m meapp ARGS`: (exit code, stderr, the child's peak resident KB)."""
    full = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        code = subprocess.call(
            [sys.executable, "-c", _MEASURED, str(ADDRESS_CAP), *args],
            stdout=out,
            stderr=err,
            env=full,
            cwd=ROOT,
        )
        err.seek(0)
        *lines, peak = err.read().decode("utf-8").rstrip("\n").split("\n")
        return code, "\n".join(lines) + "\n", int(peak)


def one_line(code: int, stderr: str) -> str:
    assert code == 2, stderr
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_import_plan_refuses_the_merged_range_workbook_at_once(tmp_path):
    path = merged_bomb(tmp_path / "plan.xlsx")
    db = tmp_path / "m.db"
    env = {"MEAPP_HOME": str(tmp_path / "home"), "MEAPP_DB": str(db), "MEAPP_LANG": "en"}
    code, stderr, peak_kb = run_measured(
        "import-plan",
        str(path),
        "--title",
        "X",
        "--municipality",
        "Y",
        "--years",
        "2024-2027",
        env=env,
    )
    assert one_line(code, stderr) == (
        "meapp: plan.xlsx, sheet План: the sheet spans 16\u00a0384 columns × "
        "1\u00a0048\u00a0576 rows (to AA1:XFD1048576); meapp reads at most "
        "2\u00a0000\u00a0000 cells a sheet"
    )
    assert peak_kb < MEMORY_BAR_KB
    if db.exists():
        assert fingerprint(db).get("program", (0, ""))[0] == 0


def test_import_actuals_refuses_a_dimension_bomb_and_changes_nothing(demo_db, tmp_path):
    demo_db.dispose()
    path = tmp_path / "actuals.xlsx"
    rows = (
        '<row r="1">'
        + "".join(
            f'<c r="{c}1" t="inlineStr"><is><t>{t}</t></is></c>'
            for c, t in zip("ABC", ("indicator_id", "period", "value"), strict=True)
        )
        + "</row>"
    )
    path.write_bytes(xlsx_bytes(sheet_xml(dimension="A1:XFD1048576", rows=rows), title="Факт"))
    before = fingerprint(demo_db.path)
    code, stderr, peak_kb = run_measured(
        "--db",
        str(demo_db.path),
        "--user",
        "editor",
        "import-actuals",
        str(path),
        env={"MEAPP_PASSWORD": "demo", "MEAPP_LANG": "en"},
    )
    assert one_line(code, stderr) == (
        "meapp: nothing was imported: actuals.xlsx, sheet Факт: the sheet spans "
        "16\u00a0384 columns × 1\u00a0048\u00a0576 rows (to A1:XFD1048576); meapp reads at "
        "most 2\u00a0000\u00a0000 cells a sheet"
    )
    assert peak_kb < MEMORY_BAR_KB
    assert fingerprint(demo_db.path) == before
