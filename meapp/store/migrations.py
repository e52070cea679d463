"""Alembic, driven from code: the migrations live inside the package so a bundle has them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from meapp.i18n import QT_TRANSLATE_NOOP
from meapp.store.engine import Database

# said by meapp/migrations/env.py (the translation catalogue does not read the migrations)
BROKEN_REFERENCES = QT_TRANSLATE_NOOP(
    "problems",
    "the upgrade would leave {n} broken references (first in table {table}); "
    "the database was not changed",
)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(database: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    cfg.attributes["engine"] = database.engine
    return cfg


def upgrade_head(database: Database) -> None:
    command.upgrade(alembic_config(database), "head")


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head
