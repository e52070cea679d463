"""Shared fixtures. GUI tests run offscreen; every test gets its own data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MEAPP_LANG", "en")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Each test writes settings, backups and logs into its own folder, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MEAPP_HOME", str(home))
    monkeypatch.delenv("MEAPP_USER", raising=False)
    monkeypatch.delenv("MEAPP_PASSWORD", raising=False)
    monkeypatch.delenv("MEAPP_DB", raising=False)
    return home


@pytest.fixture
def db_url(tmp_path) -> str:
    """A database URL for the service tests: a fresh SQLite file, or PostgreSQL when
    MEAPP_TEST_PG_URL is set (then a fresh schema is created per test)."""
    pg = os.environ.get("MEAPP_TEST_PG_URL")
    if pg:
        from tests.pg import drop_pg_database, fresh_pg_database

        url = fresh_pg_database(pg)
        yield url
        drop_pg_database(url)
        return
    yield str(tmp_path / "test.db")


@pytest.fixture
def db(db_url):
    from meapp.store.db import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    """The small demo, built once per session and copied for each test that wants it."""
    from meapp.services.demo.builder import create_demo
    from meapp.store.db import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(str(path))
    create_demo(database, scale="small")
    database.dispose()
    return path


@pytest.fixture
def demo_db(_demo_template, tmp_path):
    """A Database holding the small demo (a private copy: tests may change it)."""
    import shutil

    from meapp.store.db import open_database

    path = tmp_path / "demo.db"
    shutil.copyfile(_demo_template, path)
    database = open_database(str(path))
    yield database
    database.dispose()
