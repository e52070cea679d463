"""Benchmarks against the quality bars of PRODUCT.md §7, on the `oblast` demo.

    make bench            # or: .venv/bin/python bench/run.py [--runs N]

Builds the oblast demo once (cached in bench/results/oblast.db), then measures each bar
several times and prints the medians beside the bars. Timing lives here, never in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT))


def median_of(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def oblast_db() -> Path:
    from meapp.services.db import open_database
    from meapp.services.demo import create_demo

    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / "oblast.db"
    if not path.exists():
        t = time.perf_counter()
        db = open_database(str(path))
        create_demo(db, scale="oblast")
        db.dispose()
        print(f"built the oblast demo in {time.perf_counter() - t:.1f} s: {path}")
    return path


def child(args: list[str], env: dict | None = None) -> dict:
    """Run bench/child.py in a fresh interpreter; it prints one JSON line."""
    full_env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    full_env.update(env or {})
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "child.py"), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )
    wall = time.perf_counter() - t
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    data = json.loads(out.stdout.strip().splitlines()[-1])
    data["wall"] = wall
    return data


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    opts = ap.parse_args()
    runs = opts.runs
    path = oblast_db()
    rows: list[tuple[str, str, str, bool | None]] = []

    def add(name: str, value: str, bar: str, ok: bool | None) -> None:
        rows.append((name, value, bar, ok))
        mark = {True: "met", False: "NOT MET", None: ""}[ok]
        print(f"  {name:<44} {value:>18}   bar {bar:<26} {mark}", flush=True)

    home = tempfile.mkdtemp(prefix="meapp-bench-home-")
    env = {"MEAPP_HOME": home, "MEAPP_LANG": "ky"}
    # 1. start-up: bare script vs the app to an interactive dashboard, same run, alternating
    bare, app, mem = [], [], []
    for _ in range(runs):
        bare.append(child(["bare"], env)["wall"])
        r = child(["app", str(path)], env)
        app.append(r["wall"])
        mem.append(r["maxrss_mb"])
    b, a = statistics.median(bare), statistics.median(app)
    add("start: bare script (PySide6+SA+pyqtgraph)", f"{b:.2f} s", "reference", None)
    add(
        "start: app to interactive dashboard",
        f"{a:.2f} s ({a / b:.2f}×)",
        "≤ 1.25 × bare; aim 1 s",
        a <= 1.25 * b,
    )
    add("start: peak memory", f"{max(mem):.0f} MB", "≤ 400 MB", max(mem) <= 400)

    from meapp.services.db import open_database

    db = open_database(str(path))
    from meapp.services import programs

    progs = programs.list_programs(db)
    pid = progs[0].id
    try:
        from meapp.services.status import all_programs_status, program_status

        program_status(db, pid, "2026-H1")  # warm the connection pool
        t = median_of(lambda: program_status(db, pid, "2026-H1"), runs * 4)
        add("status of one programme-period", f"{t * 1000:.0f} ms", "≤ 100 ms", t <= 0.1)
        t = median_of(lambda: all_programs_status(db, "2026-H1"), runs)
        add(f"roll-up of all {len(progs)} programmes", f"{t:.2f} s", "≤ 1 s", t <= 1.0)
    except ImportError as exc:
        add("status", f"n/a ({exc})", "≤ 100 ms", None)

    out = Path(tempfile.mkdtemp(prefix="meapp-bench-"))
    try:
        from meapp.cli.common import make_translate
        from meapp.services.reports import build_report

        tr = make_translate("ky")
        t = median_of(
            lambda: build_report(db, pid, "half-year", "2026-H1", out / "r.pdf", tr), runs
        )
        add("half-year PDF report with charts", f"{t:.2f} s", "≤ 2 s", t <= 2.0)
    except ImportError as exc:
        add("half-year PDF report", f"n/a ({exc})", "≤ 2 s", None)
    try:
        from meapp.cli.common import make_translate
        from meapp.services.reports.excel_iptt import export_iptt

        tr = make_translate("ky")
        t = median_of(lambda: export_iptt(db, pid, out / "iptt.xlsx", tr), runs)
        add("Excel IPTT export", f"{t:.2f} s", "≤ 2 s", t <= 2.0)
    except ImportError as exc:
        add("Excel IPTT export", f"n/a ({exc})", "≤ 2 s", None)
    try:
        from meapp.cli.common import make_translate
        from meapp.services.plan_export import export_matrix, export_plan
        from meapp.services.plan_import import apply_plan_import

        tr = make_translate("ky")
        export_plan(db, pid, out / "plan.xlsx", tr)
        export_matrix(db, pid, out / "matrix.xlsx", tr)

        def import_both() -> None:
            target = open_database(str(out / f"imp-{time.perf_counter_ns()}.db"))
            apply_plan_import(
                target,
                None,
                out / "plan.xlsx",
                title="Bench",
                municipality="Bench",
                years=(2023, 2026),
            )
            apply_plan_import(target, None, out / "matrix.xlsx")
            target.dispose()

        t = median_of(import_both, runs)
        add("plan import: 300 measures + 150 indicators", f"{t:.2f} s", "≤ 2 s", t <= 2.0)
    except (ImportError, TypeError) as exc:
        add("plan import", f"n/a ({exc})", "≤ 2 s", None)
    try:
        from meapp.services.exchange import export_package, import_package

        pkg = out / "p.mepkg"
        export_package(db, None, pid, "2026-H1", pkg)

        def import_pkg() -> None:
            target_path = out / "pkg-target.db"
            if not target_path.exists():
                shutil.copyfile(path, target_path)
            target = open_database(str(target_path))
            import_package(target, None, pkg)
            target.dispose()

        t = median_of(import_pkg, runs)
        add(
            "package import of one municipality-period", f"{t:.2f} s", "≤ 2 s, idempotent", t <= 2.0
        )
    except (ImportError, TypeError) as exc:
        add("package import", f"n/a ({exc})", "≤ 2 s", None)
    db.dispose()
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(home, ignore_errors=True)

    print()
    print("| measure | median | bar | |")
    print("|---|---|---|---|")
    for name, value, bar, ok in rows:
        print(
            f"| {name} | {value} | {bar} | {'met' if ok else ('NOT MET' if ok is False else '')} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
