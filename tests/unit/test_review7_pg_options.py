"""review7: meapp's PostgreSQL session settings (`PG_OPTIONS`) must not silently replace
the `options` a database URL gives (`?options=-csearch_path%3D...`): the connect argument
meapp adds used to win over the URL's, and meapp then read and wrote another schema."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from meapp.store.db import open_database


@pytest.fixture
def pg_schema_url():
    server = os.environ.get("MEAPP_TEST_PG_URL")
    if not server:
        pytest.skip("needs MEAPP_TEST_PG_URL")
    from tests.pg import drop_pg_database, fresh_pg_database

    url = fresh_pg_database(server)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("CREATE SCHEMA meapp_own"))
    admin.dispose()
    yield make_url(url).update_query_dict({"options": "-csearch_path=meapp_own"})
    drop_pg_database(url)


def test_the_urls_options_are_kept_beside_meapps(pg_schema_url):
    database = open_database(pg_schema_url.render_as_string(hide_password=False))
    try:
        with database.session() as s:
            assert s.execute(text("SHOW search_path")).scalar() == "meapp_own"
            assert s.execute(text("SHOW random_page_cost")).scalar() == "1.1"
            tables = s.execute(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = 'meapp_own'")
            ).scalar()
        assert tables and tables > 5  # the schema was created where the URL said
    finally:
        database.dispose()
