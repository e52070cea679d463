"""`meapp package import` as a process on real files: packages move forward only, a yes for
a first signer or an unsigned package, limits before work (issues 18 and 20)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from meapp.services.monitoring import entry as monitoring
from meapp.store.db import open_database
from tests.e2e.test_cli_exchange import PASSWORD, one_error_line
from tests.helpers import ROOT, run_cli
from tests.unit.test_exchange import EDITOR, OPEN, _indicator, fingerprint, read_entries
from tests.unit.test_exchange_forward import big_package


@pytest.fixture
def demo(demo_db):
    demo_db.dispose()
    return demo_db.path


def _set(path, value: float) -> None:
    db = open_database(str(path))
    try:
        monitoring.set_actual(db, EDITOR, _indicator(db), OPEN, value)
    finally:
        db.dispose()


def _export(demo, out, *period: str):
    args = [a for p in period for a in ("--period", p)]
    r = run_cli(
        "--db", str(demo), "--user", "chair", "package", "export", *args, "-o", str(out),
        env=PASSWORD,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    return out


@pytest.fixture
def rayon(demo, tmp_path):
    """A rayon database that took the demo's whole programme (signed by the chair)."""
    whole = _export(demo, tmp_path / "whole.mepkg")
    path = tmp_path / "rayon.db"
    r = run_cli("--db", str(path), "package", "import", str(whole), "--accept-signer")
    assert r.returncode == 0, r.stderr
    return path


def _value(path) -> float | None:
    r = run_cli("--db", str(path), "status", "--period", OPEN, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    return next(i["actual"] for i in data["indicators"] if i["code"] == "И-01")


def test_an_old_package_after_a_new_one_says_so_and_changes_nothing(demo, rayon, tmp_path):
    _set(demo, 3.0)
    old = _export(demo, tmp_path / "old.mepkg", OPEN)
    _set(demo, 4.0)
    new = _export(demo, tmp_path / "new.mepkg", OPEN)
    taken = run_cli("--db", str(rayon), "package", "import", str(new))
    assert taken.returncode == 0, taken.stderr
    value = _value(rayon)
    before = fingerprint(rayon)

    replay = run_cli("--db", str(rayon), "package", "import", str(old))

    assert replay.returncode == 0, replay.stderr
    assert "already has newer data" in replay.stdout and "1 rows newer here" in replay.stdout
    assert fingerprint(rayon) == before and _value(rayon) == value
    as_json = run_cli("--db", str(rayon), "package", "import", str(old), "--json")
    assert json.loads(as_json.stdout)["already_newer"] is True
    dry = run_cli("--db", str(rayon), "package", "import", str(old), "--dry-run")
    assert "already has newer data" in dry.stdout
    assert fingerprint(rayon) == before


def test_both_sides_changed_is_listed_side_by_side_and_refused(demo, rayon, tmp_path):
    _set(demo, 3.0)
    first = _export(demo, tmp_path / "a.mepkg", OPEN)
    assert run_cli("--db", str(rayon), "package", "import", str(first)).returncode == 0
    _set(demo, 4.0)
    _set(rayon, 40.0)
    package = _export(demo, tmp_path / "b.mepkg", OPEN)
    before = fingerprint(rayon)

    refused = run_cli("--db", str(rayon), "package", "import", str(package))

    assert "--prefer" in one_error_line(refused)
    assert "here 40, in the package 4" in refused.stdout
    assert fingerprint(rayon) == before


def test_an_unsigned_package_needs_accept_unsigned(demo, rayon, tmp_path):
    _set(demo, 3.0)
    unsigned = tmp_path / "unsigned.mepkg"
    r = run_cli(
        "--db",
        str(demo),
        "--user",
        "editor",
        "package",
        "export",
        "--period",
        OPEN,
        "-o",
        str(unsigned),
        env=PASSWORD,
    )  # fmt: skip  (the editor has no signing identity)
    assert r.returncode == 0 and "Not signed" in r.stdout, r.stdout + r.stderr
    assert "signature.p7s" not in dict(read_entries(unsigned))
    before = fingerprint(rayon)

    refused = run_cli("--db", str(rayon), "package", "import", str(unsigned))
    wrong_yes = run_cli("--db", str(rayon), "package", "import", str(unsigned), "--accept-signer")

    assert "--accept-unsigned" in one_error_line(refused)
    assert "--accept-unsigned" in one_error_line(wrong_yes)
    assert fingerprint(rayon) == before
    ok = run_cli("--db", str(rayon), "package", "import", str(unsigned), "--accept-unsigned")
    assert ok.returncode == 0, ok.stderr
    assert _value(rayon) is not None


def test_a_first_signer_is_named_with_its_fingerprint(demo, tmp_path):
    signed = _export(demo, tmp_path / "signed.mepkg")
    rayon = tmp_path / "new-rayon.db"
    open_database(str(rayon)).dispose()
    before = fingerprint(rayon)
    dry = run_cli("--db", str(rayon), "package", "import", str(signed), "--dry-run", "--json")
    sha = json.loads(dry.stdout)["trust"]["signer"]["sha256"]

    refused = run_cli("--db", str(rayon), "package", "import", str(signed))

    line = one_error_line(refused)
    assert sha in line and "--accept-signer" in line and "Жумабаева" in line
    assert fingerprint(rayon) == before


def _peak_rss_kb(*args: str) -> tuple[subprocess.CompletedProcess, int]:
    """Run meapp in a fresh wrapper process that reports its one child's peak memory."""
    code = (
        "import resource, subprocess, sys\n"
        "r = subprocess.run([sys.executable, '-m', 'meapp', *sys.argv[1:]],"
        " capture_output=True, text=True)\n"
        "sys.stdout.write(r.stdout); sys.stderr.write(r.stderr)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(r.returncode)\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    *lines, peak = r.stderr.strip().splitlines()
    r.stderr = "\n".join(lines) + "\n"
    return r, int(peak)


def test_an_oversized_package_is_refused_at_once_in_one_line(demo, rayon, tmp_path):
    good = _export(demo, tmp_path / "p.mepkg", OPEN)
    big = big_package(good, tmp_path / "big.mepkg")
    before = fingerprint(rayon)

    r, peak_kb = _peak_rss_kb("--db", str(rayon), "package", "import", str(big))

    line = one_error_line(r)
    assert "too large to import" in line and "at most 32.0 MB" in line
    assert peak_kb < 300 * 1024
    assert fingerprint(rayon) == before


def test_an_overflowing_number_is_one_line_and_exit_2(demo, rayon, tmp_path):
    from tests.unit.test_exchange import rehash, with_table, write_entries

    _set(demo, 3.0)
    good = _export(demo, tmp_path / "p.mepkg", OPEN)

    def change(rows):
        rows[0]["version"] = int("9" * 400)

    bad = write_entries(
        tmp_path / "bad.mepkg", rehash(with_table(read_entries(good), "actual", change))
    )
    before = fingerprint(rayon)

    r = run_cli("--db", str(rayon), "package", "import", str(bad), "--accept-unsigned")

    line = one_error_line(r)
    assert "version is out of range" in line and "bad.mepkg" in line
    assert fingerprint(rayon) == before
