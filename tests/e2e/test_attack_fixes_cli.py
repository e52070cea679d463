"""The number attacks on the real command line, pinned: exit 2 with one line and nothing
changed, or (for values written with a SQLite tool) a status that holds them, never a
traceback."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
import zipfile

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    where = tmp_path_factory.mktemp("attack-fixes-demo")
    path = where / "demo.db"
    r = run_cli("--db", str(path), "demo", env={"MEAPP_HOME": str(where / "home")})
    assert r.returncode == 0, r.stderr
    return path


@pytest.fixture
def db(demo, tmp_path):
    copy = tmp_path / "d.db"
    with sqlite3.connect(demo) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    return copy


def env(tmp_path):
    return {"MEAPP_HOME": str(tmp_path / "home"), "MEAPP_PASSWORD": "demo", "MEAPP_USER": "admin"}


def dump(path) -> str:
    with sqlite3.connect(path) as conn:
        return "\n".join(conn.iterdump())


def indicator_id(path) -> str:
    with sqlite3.connect(path) as conn:
        (raw,) = conn.execute("SELECT id FROM indicator WHERE code = 'И-01'").fetchone()
    return str(uuid.UUID(raw))


def one_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    return lines[0]


def import_actuals(db, tmp_path, path):
    return run_cli("--db", str(db), "--lang", "en", "import-actuals", str(path), env=env(tmp_path))


@pytest.mark.parametrize("text", ["1e-320", "5e-324", "1_000", "１２", "٣"])
def test_csv_subnormals_and_float_quirks_are_refused(db, tmp_path, text):
    csv = tmp_path / "v.csv"
    csv.write_text(f"indicator_id,period,value\n{indicator_id(db)},2025-H1,{text}\n", "utf-8")
    before = dump(db)
    r = import_actuals(db, tmp_path, csv)
    assert r.returncode == 2
    assert "row 2, column value" in one_line(r)
    assert dump(db) == before


def test_csv_row_with_more_fields_than_the_header_is_refused(db, tmp_path):
    csv = tmp_path / "v.csv"
    csv.write_text(
        f"indicator_id,period,value,comment\n{indicator_id(db)},2025-H1,6500,5,extra\n", "utf-8"
    )
    before = dump(db)
    r = import_actuals(db, tmp_path, csv)
    assert r.returncode == 2
    line = one_line(r)
    assert "row 2" in line and "more fields than the header" in line
    assert dump(db) == before


def _xlsx(path, value):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["indicator_id", "period", "value"])
    ws.append([value[0], "2025-H1", value[1]])
    wb.save(path)
    return path


@pytest.mark.parametrize("value", [1e308, -1e308, 1e16])
def test_xlsx_numeric_cell_past_the_range_is_refused(db, tmp_path, value):
    path = _xlsx(tmp_path / "v.xlsx", (indicator_id(db), value))
    before = dump(db)
    r = import_actuals(db, tmp_path, path)
    assert r.returncode == 2
    assert "row 2, column value" in one_line(r)
    assert dump(db) == before


def test_xlsx_formula_without_value_is_refused(db, tmp_path):
    path = _xlsx(tmp_path / "v.xlsx", (indicator_id(db), "=6000+100"))
    before = dump(db)
    r = import_actuals(db, tmp_path, path)
    assert r.returncode == 2
    line = one_line(r)
    assert "row 2, column value" in line and "a formula without a computed value" in line
    assert dump(db) == before


def _raw(db, period, value):
    with sqlite3.connect(db) as conn:
        (raw,) = conn.execute("SELECT id FROM indicator WHERE code = 'И-01'").fetchone()
        conn.execute("DELETE FROM actual WHERE indicator_id = ? AND period = ?", (raw, period))
        conn.execute(
            "INSERT INTO actual (id, indicator_id, period, value, version, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, 1, '2025-07-01 00:00:00', '2025-07-01 00:00:00')",
            (uuid.uuid4().hex, raw, period, value),
        )


@pytest.mark.parametrize("value", ["abc", 1e-320])
def test_a_stored_text_or_subnormal_is_held_by_status(db, tmp_path, value):
    _raw(db, "2024-H2", 6100.0)
    _raw(db, "2025-H1", value)  # the open round, which `status` shows
    r = run_cli(
        "--db",
        str(db),
        "--lang",
        "en",
        "status",
        "--json",
        "--period",
        "2025-H1",
        env=env(tmp_path),
    )
    assert "Traceback" not in r.stderr
    assert r.returncode in (0, 1), r.stderr
    assert '"needs_review"' in r.stdout


def _package_with(db, tmp_path, written: str):
    """A package of the demo holding 7000 for И-01 in 2025-H1, with `written` put in its
    place (the manifest redone, so only the content check can refuse it)."""
    source = tmp_path / "source.db"
    with sqlite3.connect(db) as a, sqlite3.connect(source) as b:
        a.backup(b)
    csv = tmp_path / "a.csv"
    csv.write_text(f"indicator_id,period,value\n{indicator_id(source)},2025-H1,7000\n", "utf-8")
    r = run_cli("--db", str(source), "import-actuals", str(csv), env=env(tmp_path))
    assert r.returncode == 0, r.stderr
    pkg = tmp_path / "p.mepkg"
    r = run_cli("--db", str(source), "package", "export", "-o", str(pkg), env=env(tmp_path))
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(pkg) as z:
        files = {n: z.read(n) for n in z.namelist()}
    part = "data/actual.json"
    text = files[part].decode()
    assert '"value":7000.0' in text
    files[part] = text.replace('"value":7000.0', f'"value":{written}', 1).encode()
    manifest = json.loads(files["manifest.json"])
    manifest["entries"][part]["sha256"] = hashlib.sha256(files[part]).hexdigest()
    manifest["entries"][part]["size"] = len(files[part])
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    bad = tmp_path / "bad.mepkg"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return bad


@pytest.mark.parametrize("written", ["1e-320", "5e-324"])
def test_package_subnormal_is_refused(db, tmp_path, written):
    bad = _package_with(db, tmp_path, written)
    before = dump(db)
    r = run_cli(
        "--db", str(db), "--lang", "en", "package", "import", "--accept-unsigned", str(bad),
        env=env(tmp_path),
    )  # fmt: skip
    assert r.returncode == 2, r.stderr
    assert "data/actual.json" in r.stderr
    assert "Traceback" not in r.stderr
    assert dump(db) == before
