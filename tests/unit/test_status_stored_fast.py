"""`meapp status --json` of every programme straight from the stored texts (issue 22): the
same bytes as the ordinary path, without importing SQLAlchemy, and only while every text is
fresh — a stale summary, another schema, a single programme or a period spelt otherwise
take the ordinary path (which computes, stores, or refuses)."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from meapp.services.access.users import Actor
from meapp.services.dashboard import stored
from meapp.services.dashboard import summary as S
from meapp.services.demo.builder import create_demo
from meapp.services.monitoring import entry
from meapp.services.monitoring import status as st
from meapp.store.db import open_database
from tests.helpers import ROOT

OPEN = "2026-H2"


@pytest.fixture(scope="module")
def base_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("fast") / "n.db"
    db = open_database(str(path))
    create_demo(db, scale="national", national_programs=2)
    db.dispose()
    return path


@pytest.fixture
def path(base_file, tmp_path):
    target = tmp_path / "n.db"
    shutil.copy(base_file, target)
    return target


def printed(texts: list[str]) -> str:
    out = io.StringIO()
    S.write_programs(texts, out)
    return out.getvalue()


def fill(path, period=None) -> list[str]:
    db = open_database(str(path))
    try:
        return S.payloads(db, period)
    finally:
        db.dispose()


def test_the_constants_are_those_of_the_ordinary_path():
    from meapp.store.engine import SCHEMA_HEAD

    assert stored.SCHEMA_HEAD == SCHEMA_HEAD
    assert S.FORMULA_VERSION == stored.FORMULA_VERSION


def test_fresh_texts_are_read_as_stored_and_stale_ones_are_not(path):
    assert stored.stored_texts(path, "") is None  # nothing stored yet
    texts = fill(path)
    assert stored.stored_texts(path, "") == [t.encode() for t in texts]
    assert stored.stored_texts(path, OPEN) is None  # that period was never asked
    in_open = fill(path, OPEN)
    assert stored.stored_texts(path, OPEN) == [t.encode() for t in in_open]

    db = open_database(str(path))
    pid = st.all_programs_status(db, OPEN)[0].program_id
    ind = st.program_status(db, pid, OPEN).indicators[0].indicator_id
    entry.set_actual(db, Actor("admin", "admin", "Admin"), ind, OPEN, 4321)
    db.dispose()
    assert stored.stored_texts(path, "") is None  # one programme's stamp moved
    assert stored.stored_texts(path, OPEN) is None


def test_another_schema_or_one_programme_takes_the_ordinary_path(path, tmp_path):
    fill(path)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0006_status_summary'")
    con.close()
    assert stored.stored_texts(path, "") is None
    out = io.StringIO()
    assert not stored.print_stored(str(path), None, out) and out.getvalue() == ""
    assert not stored.print_stored(str(tmp_path / "missing.db"), None, out)
    assert not stored.print_stored("postgresql+psycopg://x@y/z", None, out)
    assert not stored.print_stored(str(path), "2026-h2", out)  # parsed by the ordinary path

    one = tmp_path / "one.db"
    db = open_database(str(one))
    create_demo(db, scale="national", national_programs=1)
    S.payloads(db)
    db.dispose()
    assert stored.stored_texts(one, "") is None  # one programme prints its own shape


def test_print_stored_writes_what_the_ordinary_path_prints(path):
    texts = fill(path, OPEN)
    out = io.StringIO()
    assert stored.print_stored(str(path), OPEN, out)
    assert out.getvalue() == printed(texts)
    data = json.loads(out.getvalue())
    db = open_database(str(path))
    try:
        assert data == {"programs": [st.status_json(ps) for ps in st.all_programs_status(db, OPEN)]}
    finally:
        db.dispose()


def run_status(path, home, *args: str) -> tuple[str, bool]:
    """`meapp status --json` in a fresh interpreter: its output, and whether it imported
    SQLAlchemy."""
    code = (
        "import sys\n"
        "from meapp.cli import main\n"
        f"rc = main(['--db', {str(path)!r}, 'status', '--json', *{list(args)!r}])\n"
        "sys.stdout.flush()\n"
        "print('SQLALCHEMY' if 'sqlalchemy' in sys.modules else 'NO-SQLALCHEMY', file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**__import__("os").environ, "MEAPP_HOME": str(home), "MEAPP_LANG": "en"},
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    return r.stdout, "NO-SQLALCHEMY" not in r.stderr


def test_the_command_prints_the_stored_texts_without_sqlalchemy(path, tmp_path):
    home = tmp_path / "home"
    first, imported = run_status(path, home)  # computes and stores: the ordinary path
    assert imported
    again, imported = run_status(path, home)
    assert not imported and again == first
    with_period, imported = run_status(path, home, "--period", OPEN)
    assert imported  # never asked for that period yet
    assert run_status(path, home, "--period", OPEN) == (with_period, False)
    assert json.loads(again) == {
        "programs": [json.loads(t) for t in fill(path)]
    }  # the texts the roll-up keeps
