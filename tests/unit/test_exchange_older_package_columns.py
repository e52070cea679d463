"""A package written by an older meapp lacks the columns added since: an update from it
leaves those columns here as they are (attack finding R1: the working group's approving
body was wiped to nothing, counted as "1 changed"), while a new row gets them empty."""

from __future__ import annotations

import json

from sqlalchemy import select, update

from meapp.models import WorkingGroup
from meapp.services.access.users import Actor
from meapp.services.exchange.export import export_package
from meapp.services.exchange.import_ import import_package
from tests.unit.test_exchange import (
    CHAIR,
    copy_of,
    read_entries,
    rehash,
    with_table,
    write_entries,
)

NEW_COLUMNS = ("approving_body", "approving_body_note")


def _older(rows: list[dict]) -> None:
    """What an older meapp wrote: no new columns; and the group's order changed there."""
    for row in rows:
        for column in NEW_COLUMNS:
            row.pop(column, None)
        row["order_number"] = "№ 7-р"
        row["version"] = row["version"] + 5


def _group(db) -> WorkingGroup:
    with db.session() as s:
        return s.scalars(select(WorkingGroup)).one()


def test_an_older_package_keeps_the_approving_body_here(demo_db, tmp_path):
    with demo_db.session() as s, s.begin():
        s.execute(
            update(WorkingGroup).values(approving_body="council", approving_body_note="XII сессия")
        )
    pid = _group(demo_db).program_id
    path = tmp_path / "new.mepkg"
    export_package(demo_db, CHAIR, pid, None, path)
    old = write_entries(
        tmp_path / "older.mepkg",
        rehash(with_table(read_entries(path), "working_group", _older)),
    )
    here = copy_of(demo_db, tmp_path / "here.db")
    try:
        result = import_package(here, Actor.system(), old, accept_unsigned=True)
        group = _group(here)
    finally:
        here.dispose()
    assert result.written >= 1
    assert group.order_number == "№ 7-р"  # what the package carries arrives
    assert (group.approving_body, group.approving_body_note) == ("council", "XII сессия")


def test_a_new_row_from_an_older_package_has_the_new_columns_empty(demo_db, tmp_path, db):
    pid = _group(demo_db).program_id
    path = tmp_path / "new.mepkg"
    export_package(demo_db, CHAIR, pid, None, path)
    entries = rehash(with_table(read_entries(path), "working_group", _older))
    body = json.loads(dict(entries)["data/working_group.json"])
    assert all(c not in body["rows"][0] for c in NEW_COLUMNS)
    old = write_entries(tmp_path / "older.mepkg", entries)
    import_package(db, Actor.system(), old, accept_unsigned=True)
    group = _group(db)
    assert group.order_number == "№ 7-р"
    assert (group.approving_body, group.approving_body_note) == (None, None)
