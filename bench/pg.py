"""The oblast bars on PostgreSQL beside SQLite (issue 22: "the same bars on PostgreSQL within
1,5× SQLite").

    make bench-pg         # or: .venv/bin/python bench/pg.py [--runs N] [--url URL]
    .venv/bin/python bench/pg.py --national   # the national bars (builds 484 programmes)

Without `--url` a throw-away server is started with `scripts/pg_server.sh` (its own folder
and port, so it never meets the test suite's server) and removed at the end. The oblast demo
is built once on each side — the SQLite one is the cached `bench/results/oblast.db` of
`bench/run.py` — and the service-level measures of `bench/run.py` (what does not depend on
the window) run on both, alternating, so that a busy machine slows both alike. Prints each
median on both sides and the ratio against the 1,5× bar. Timing lives here, never in tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import median_of, oblast_db  # noqa: E402

PERIOD = "2026-H1"
BAR = 1.5
SERVER_ENV = {"MEAPP_PG_DIR": "/tmp/meapp-bench-pg", "MEAPP_PG_PORT": "54339"}


def start_server() -> str:
    env = dict(os.environ, **SERVER_ENV)
    out = subprocess.run(
        ["bash", str(ROOT / "scripts" / "pg_server.sh"), "start"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def stop_server() -> None:
    env = dict(os.environ, **SERVER_ENV)
    subprocess.run(["bash", str(ROOT / "scripts" / "pg_server.sh"), "stop"], env=env, check=False)


def pg_oblast(server_url: str):
    """A fresh database on the server with the oblast demo in it (built, not timed)."""
    from meapp.services.demo.builder import create_demo
    from meapp.store.db import open_database
    from tests.pg import fresh_pg_database

    url = fresh_pg_database(server_url)
    t = time.perf_counter()
    db = open_database(url)
    create_demo(db, scale="oblast")
    print(f"built the oblast demo on PostgreSQL in {time.perf_counter() - t:.0f} s", flush=True)
    return db, url


def measures(db, out: Path) -> dict[str, Callable[[], object]]:
    """The service-level measures of bench/run.py, as functions of one database."""
    from meapp.cli.common import make_translate
    from meapp.services.access.users import Actor
    from meapp.services.dashboard import summary
    from meapp.services.exchange.export import export_package
    from meapp.services.monitoring.status import all_programs_status, program_status
    from meapp.services.plan import programs
    from meapp.services.reports import build_report
    from meapp.services.reports.excel_iptt import export_iptt

    pid = programs.list_programs(db)[0].id
    tr = make_translate("ky")
    tag = uuid.uuid4().hex[:6]
    summary.rollup(db, PERIOD)  # the first fill is not what is compared
    return {
        "status of one programme-period": lambda: program_status(db, pid, PERIOD),
        "roll-up of all programmes (computed)": lambda: all_programs_status(db, PERIOD),
        "roll-up of all programmes (stored summaries)": lambda: summary.rollup(db, PERIOD),
        "half-year PDF report with charts": lambda: build_report(
            db, pid, "half-year", PERIOD, out / f"r-{tag}.pdf", tr
        ),
        "Excel IPTT export": lambda: export_iptt(db, pid, out / f"iptt-{tag}.xlsx", tr),
        "package export of one municipality-period": lambda: export_package(
            db, Actor.system(), pid, PERIOD, out / f"p-{tag}.mepkg"
        ),
    }


def national_measures(db, period: str, runs: int) -> dict[str, float]:
    """The national bars of `bench/run.py` on one database, in this process (PostgreSQL's
    work happens in the server, so only wall times are compared)."""
    from sqlalchemy import delete

    from bench.run import one_statement
    from meapp.models.summary import StatusSummary
    from meapp.services.access.users import Actor
    from meapp.services.dashboard import summary
    from meapp.services.monitoring import entry
    from meapp.services.monitoring.status import program_status

    out: dict[str, float] = {}
    with db.session() as s, s.begin():
        s.execute(delete(StatusSummary).where(StatusSummary.period_key == period))
    t = time.perf_counter()
    first = summary.rollup(db, period)
    out["first fill of the summaries"] = time.perf_counter() - t
    out["one SQL statement reading the same rows"] = statistics.median(
        one_statement(db, period)[0] for _ in range(2)
    )
    out["roll-up of all (nothing changed)"] = median_of(
        lambda: summary.rollup(db, period), runs * 3
    )
    n = len(first.programs)
    pid = first.programs[n // 2].program_id
    ind = program_status(db, pid, "2026-H2").indicators[0].indicator_id
    admin = Actor("bench", "admin", "Bench")
    edited = []
    for i in range(runs * 2):
        entry.set_actual(db, admin, ind, "2026-H2", (101.0, 102.0)[i % 2])
        t = time.perf_counter()
        summary.rollup(db, period)
        edited.append(time.perf_counter() - t)
    out["roll-up after one edit"] = statistics.median(edited)
    program_status(db, pid, period)
    out["one programme's status"] = median_of(lambda: program_status(db, pid, period), runs * 4)
    return out


def national(server: str, runs: int) -> None:
    """Issue 22's national bars on PostgreSQL beside SQLite: the national demo built on the
    server (many minutes), each side measured in turn, the ratios printed."""
    from bench.run import national_db
    from meapp.services.demo.builder import create_demo
    from meapp.store.db import open_database
    from tests.pg import drop_pg_database, fresh_pg_database

    period = "2026-H1"
    url = fresh_pg_database(server)
    pg = open_database(url)
    lite = open_database(str(national_db()))
    try:
        # SQLite first, while its file is in the page cache: building on the server writes
        # gigabytes, which can push it out (a cold file made the fill twice as slow)
        on_lite = national_measures(lite, period, runs)
        t = time.perf_counter()
        done_before = 0

        def progress(done: int, total: int) -> None:
            nonlocal done_before
            if done - done_before >= 50 or done == total:
                done_before = done
                print(f"  building the national demo on PostgreSQL: {done} of {total}")

        create_demo(pg, scale="national", progress=progress)
        print(f"built in {time.perf_counter() - t:.0f} s", flush=True)
        on_pg = national_measures(pg, period, runs)
    finally:
        lite.dispose()
        pg.dispose()
        drop_pg_database(url)
    print()
    print("| national measure | SQLite | PostgreSQL | ratio (bar ≤ 1,5×) |")
    print("| --- | --- | --- | --- |")
    for name, a in on_lite.items():
        b = on_pg[name]
        mark = "met" if b <= BAR * a else "NOT MET"
        print(f"| {name} | {a * 1000:.0f} ms | {b * 1000:.0f} ms | {b / a:.2f}× {mark} |")
    for side, got in (("SQLite", on_lite), ("PostgreSQL", on_pg)):
        fill = got["first fill of the summaries"]
        ref = got["one SQL statement reading the same rows"]
        mark = "met" if fill <= 3 * ref else "NOT MET"
        print(f"{side}: first fill {fill:.1f} s = {fill / ref:.1f}× the statement (≤ 3×) {mark}")
    print(
        "(PostgreSQL answers the one statement with hash joins in parallel workers; the fill"
        " reads programme by programme, so its ratio there is not SQLite's)"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--url", help="a PostgreSQL server URL (default: a throw-away server)")
    ap.add_argument(
        "--national", action="store_true", help="the national bars instead (builds on the server)"
    )
    opts = ap.parse_args()
    from meapp.store.db import open_database
    from tests.pg import drop_pg_database

    started = opts.url is None
    server = start_server() if started else opts.url
    if opts.national:
        try:
            national(server, opts.runs)
        finally:
            if started:
                stop_server()
        return 0
    lite = open_database(str(oblast_db()))
    pg, url = pg_oblast(server)
    out = Path(tempfile.mkdtemp(prefix="meapp-bench-pg-"))
    rows: list[tuple[str, float, float]] = []
    try:
        on_lite, on_pg = measures(lite, out), measures(pg, out)
        for name in on_lite:
            times: dict[str, list[float]] = {"lite": [], "pg": []}
            on_lite[name](), on_pg[name]()  # warm both
            for _ in range(opts.runs):
                for side, fn in (("lite", on_lite[name]), ("pg", on_pg[name])):
                    t = time.perf_counter()
                    fn()
                    times[side].append(time.perf_counter() - t)
            a, b = statistics.median(times["lite"]), statistics.median(times["pg"])
            rows.append((name, a, b))
            mark = "met" if b <= BAR * a else "NOT MET"
            print(f"  {name:<46} {a * 1000:8.0f} ms {b * 1000:8.0f} ms {b / a:5.2f}× {mark}")
    finally:
        lite.dispose()
        pg.dispose()
        drop_pg_database(url)
        if started:
            stop_server()
    print()
    print("| measure | SQLite | PostgreSQL | ratio (bar ≤ 1,5×) |")
    print("| --- | --- | --- | --- |")
    for name, a, b in rows:
        mark = "met" if b <= BAR * a else "NOT MET"
        print(f"| {name} | {a * 1000:.0f} ms | {b * 1000:.0f} ms | {b / a:.2f}× {mark} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
