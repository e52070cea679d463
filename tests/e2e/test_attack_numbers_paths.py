"""Attacks that failed to do harm (issues 19 and 20), pinned so they keep failing.

Each test runs the real command line on a demo database file and checks the refusal (exit
2, one line) and that nothing changed (the SQL dump before and after), or that the round
trip worked:

- numbers the program cannot represent, typed as text in a CSV or written into a package
  (1e308, 1e16, Infinity, NaN, 1e999, a text), are refused with one line;
- a backup whose own file name holds `#`, `?`, `%` and a space is written there, and
  restored from there, whole.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
import zipfile
from contextlib import closing

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo database, built once; each test works on its own copy."""
    where = tmp_path_factory.mktemp("attack-demo")
    path = where / "demo.db"
    r = run_cli("--db", str(path), "demo", env={"MEAPP_HOME": str(where / "home")})
    assert r.returncode == 0, r.stderr
    return path


@pytest.fixture
def db(demo, tmp_path):
    copy = tmp_path / "d.db"
    with closing(sqlite3.connect(demo)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
    return copy


def env(tmp_path, user="admin"):
    return {"MEAPP_HOME": str(tmp_path / "home"), "MEAPP_PASSWORD": "demo", "MEAPP_USER": user}


def dump(path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return "\n".join(conn.iterdump())


def indicator_id(path, code: str) -> str:
    with closing(sqlite3.connect(path)) as conn:
        (raw,) = conn.execute("SELECT id FROM indicator WHERE code = ?", (code,)).fetchone()
    return str(uuid.UUID(raw))


def one_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize("text", ["1e308", "-1e308", "1e16", "inf", "nan", "Infinity", "1e400"])
def test_csv_number_past_the_range_is_refused(db, tmp_path, text):
    csv = tmp_path / "v.csv"
    iid = indicator_id(db, "И-01")
    csv.write_text(f"indicator_id,period,value,comment\n{iid},2025-H1,{text},\n", encoding="utf-8")
    before = dump(db)
    r = run_cli("--db", str(db), "--lang", "en", "import-actuals", str(csv), env=env(tmp_path))
    assert r.returncode == 2
    assert "row 2, column value" in one_line(r)
    assert dump(db) == before


def _repack(src, out, part: str, old: str, new: str) -> None:
    """The package `src` with `old` replaced by `new` in `part`, its manifest entry redone
    so only the content check (not the hash) can refuse it."""
    with zipfile.ZipFile(src) as z:
        files = {n: z.read(n) for n in z.namelist()}
    text = files[part].decode()
    assert old in text
    files[part] = text.replace(old, new, 1).encode()
    manifest = json.loads(files["manifest.json"])
    entry = manifest["entries"][part]
    entry["sha256"] = hashlib.sha256(files[part]).hexdigest()
    entry["size"] = len(files[part])
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)


@pytest.fixture
def package_with_value(db, tmp_path):
    """A package of the demo holding 7000 for И-01 in the open 2025-H1, and a database
    without that value to import it into."""
    source = tmp_path / "source.db"
    with closing(sqlite3.connect(db)) as a, closing(sqlite3.connect(source)) as b:
        a.backup(b)
    csv = tmp_path / "a.csv"
    iid = indicator_id(source, "И-01")
    csv.write_text(f"indicator_id,period,value,comment\n{iid},2025-H1,7000,\n", encoding="utf-8")
    e = env(tmp_path, "editor")
    r = run_cli("--db", str(source), "import-actuals", str(csv), env=e)
    assert r.returncode == 0, r.stderr
    pkg = tmp_path / "p.mepkg"
    r = run_cli("--db", str(source), "package", "export", "-o", str(pkg), env=env(tmp_path))
    assert r.returncode == 0, r.stderr
    return pkg


@pytest.mark.parametrize("written", ["1e308", "-1e308", "1e16", "1e999", "NaN", '"7000"'])
def test_package_number_past_the_range_is_refused(db, tmp_path, package_with_value, written):
    bad = tmp_path / "bad.mepkg"
    _repack(package_with_value, bad, "data/actual.json", '"value":7000.0', f'"value":{written}')
    before = dump(db)
    r = run_cli(
        "--db",
        str(db),
        "--lang",
        "en",
        "package",
        "import",
        "--accept-unsigned",
        str(bad),
        env=env(tmp_path),
    )
    assert r.returncode == 2, r.stderr
    assert "data/actual.json" in r.stderr
    assert "Traceback" not in r.stderr
    assert dump(db) == before


def test_backup_file_name_with_hash_question_percent_round_trip(db, tmp_path):
    folder = tmp_path / "Отчет #2 100%"
    folder.mkdir()
    backup = folder / "b k#?%.db"
    e = env(tmp_path)
    r = run_cli("--db", str(db), "backup", "-o", str(backup), env=e)
    assert r.returncode == 0, r.stderr
    with closing(sqlite3.connect(backup)) as conn:
        (n,) = conn.execute("SELECT count(*) FROM actual").fetchone()
    assert n > 0
    before = dump(db)
    csv = tmp_path / "a.csv"
    iid = indicator_id(db, "И-01")
    csv.write_text(f"indicator_id,period,value,comment\n{iid},2025-H1,7000,\n", encoding="utf-8")
    r = run_cli("--db", str(db), "import-actuals", str(csv), env=env(tmp_path, "editor"))
    assert r.returncode == 0, r.stderr
    assert dump(db) != before
    r = run_cli("--db", str(db), "restore", str(backup), env=e)
    assert r.returncode == 0, r.stderr
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT count(*) FROM actual WHERE period = '2025-H1'").fetchone()
    assert rows == (0,)
    r = run_cli("--db", str(db), "check", env=e)
    assert r.returncode == 0, r.stdout + r.stderr
