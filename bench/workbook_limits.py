"""How fast and in how little memory oversized workbooks are refused (issue 20: < 2 s, < 300 MB).

    .venv/bin/python bench/workbook_limits.py [--runs N]

Runs `meapp import-plan` (and `import-actuals` on a demo database) as processes on the
workbooks of tests/unit/test_workbook_limits.py — the 11 KB merged range `AA1:XFD1048576`,
a dimension bomb, a 20 MB-of-zeros part — and prints the median wall time, the in-process
time of `vet_workbook`, and each process's peak memory beside the bars. Timing lives here,
never in tests. Each process runs under a 3 GB address-space cap.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from meapp.errors import ValidationError  # noqa: E402
from meapp.services.common.workbook import vet_workbook  # noqa: E402
from tests.e2e.test_cli_workbook_limits import run_measured  # noqa: E402
from tests.unit.test_workbook_limits import merged_bomb, sheet_xml, xlsx_bytes  # noqa: E402

TIME_BAR = 2.0
MEMORY_BAR_MB = 300


def workbooks(folder: Path) -> dict[str, Path]:
    dim = folder / "dimension.xlsx"
    dim.write_bytes(xlsx_bytes(sheet_xml(dimension="A1:XFD1048576")))
    zeros = folder / "zeros.xlsx"
    zeros.write_bytes(
        xlsx_bytes(sheet_xml(), extra=[("xl/media/image1.xml", b"\0" * (20 * 1024 * 1024))])
    )
    return {
        "merged AA1:XFD1048576": merged_bomb(folder / "merged.xlsx"),
        "dimension": dim,
        "20 MB of zeros": zeros,
    }


def vet_seconds(path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        with contextlib.suppress(ValidationError):
            vet_workbook(path)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    runs = ap.parse_args().runs
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {
            "MEAPP_HOME": str(folder / "home"),
            "MEAPP_DB": str(folder / "m.db"),
            "MEAPP_LANG": "en",
        }
        for label, path in workbooks(folder).items():
            walls, peaks, code = [], [], 0
            for _ in range(runs):
                t = time.perf_counter()
                code, _err, peak_kb = run_measured(
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
                walls.append(time.perf_counter() - t)
                peaks.append(peak_kb / 1024)
            wall = statistics.median(walls)
            worst = max(worst, wall)
            print(
                f"{label:24} exit {code}  process {wall:5.2f} s (bar {TIME_BAR} s)  "
                f"vet_workbook {vet_seconds(path, runs) * 1000:7.1f} ms  "
                f"peak {max(peaks):6.1f} MB (bar {MEMORY_BAR_MB} MB)"
            )
    return 0 if worst < TIME_BAR else 1


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
