"""Backups in the GUI: the list on the Settings page, back up now, restore, the start check."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from meapp.models import Actual, Indicator
from meapp.services.access.users import Actor
from meapp.services.monitoring import entry as monitoring
from meapp.store.backup import backup_file, integrity_ok
from meapp.store.db import open_database
from meapp.ui import settings
from meapp.ui.store import backup_dialogs

EDITOR = Actor("editor", "editor", "Editor")
ADMIN = Actor("admin", "admin", "Demo administrator")
OPEN = "2025-H1"


@pytest.fixture
def messages(monkeypatch):
    shown: dict[str, list] = {"info": [], "error": [], "confirm": []}

    def confirm(_parent, text, informative=""):
        shown["confirm"].append(text)
        return True

    monkeypatch.setattr(
        backup_dialogs, "show_info", lambda _p, text, info="": shown["info"].append(text)
    )
    monkeypatch.setattr(backup_dialogs, "show_error", lambda _p, exc: shown["error"].append(exc))
    monkeypatch.setattr(backup_dialogs, "confirm", confirm)
    return shown


def _indicator(db):
    with db.session() as s:
        return s.scalar(select(Indicator.id).where(Indicator.code == "И-01"))


def _actual(path, indicator_id):
    db = open_database(str(path))
    try:
        with db.session() as s:
            return s.scalar(
                select(Actual.value).where(
                    Actual.indicator_id == indicator_id, Actual.period == OPEN
                )
            )
    finally:
        db.dispose()


def test_restoring_a_backup_on_the_settings_page_brings_back_a_deleted_value(
    qtbot, demo_db, make_window, messages
):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 321.0)
    window = make_window(demo_db, actor=ADMIN, page="settings")
    page = window.page("settings")
    backup_dialogs.open_back_up_now(window)  # File → Back up now…
    assert messages["info"][0].startswith("Backup saved: ")
    page.backup_list.refresh()
    [made] = page.backup_list.backups()
    assert made.reason == "manual"
    assert page.backup_list.table.item(0, 1).text() == "by hand"
    assert window.status_backup.text().startswith("Last backup:")
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, None)  # the value is deleted
    assert _actual(demo_db.path, ind) is None
    assert not page.backup_list.restore_button.isEnabled()
    page.backup_list.select(0)
    assert page.backup_list.restore_button.isEnabled()

    assert page.backup_list.restore_selected()

    assert messages["error"] == []
    assert messages["confirm"][0].startswith("Restore the database as it was on ")
    assert messages["info"][-1] == "The database was restored. meapp opens it again now."
    assert window.reopen_path == str(demo_db.path)
    assert not window.isVisible()  # the window closed to reopen the restored file
    assert _actual(demo_db.path, ind) == 321.0
    reasons = {b.reason for b in backup_dialogs_backups(demo_db)}
    assert reasons == {"manual", "before-restore"}  # the state before the restore is kept


def backup_dialogs_backups(db):
    from meapp.store.backup import backups

    return backups(db, settings.backup_folder())


def test_only_an_administrator_restores(qtbot, demo_db, make_window, messages):
    backup_file(demo_db, folder=settings.backup_folder(), reason="manual")
    window = make_window(demo_db, actor=EDITOR, page="settings")
    listing = window.page("settings").backup_list
    listing.refresh()
    listing.select(0)
    assert len(listing.backups()) == 1
    assert not listing.restore_button.isEnabled()
    assert not listing.other_button.isEnabled()
    assert not backup_dialogs.can_restore(window.ctx)


def test_a_damaged_database_is_offered_its_newest_intact_backup_at_start(
    qtbot, demo_db, tmp_path, messages, monkeypatch
):
    path = demo_db.path
    backup_file(demo_db, folder=settings.backup_folder(), reason="close")
    demo_db.dispose()
    data = bytearray(path.read_bytes())
    for at in range(4096 * 2, len(data) - 4096, 4096):  # scribble over the b-tree pages
        data[at : at + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    assert not integrity_ok(path)
    asked: list[tuple[str, str | None]] = []
    monkeypatch.setattr(
        backup_dialogs, "ask_restore_at_start", lambda p, when: asked.append((p, when)) or True
    )

    assert backup_dialogs.offer_restore_at_start(str(path)) is True

    [(problem, when)] = asked
    assert problem.startswith("demo.db is damaged") and when
    assert messages["info"][-1].startswith("The database was restored from the backup of ")
    assert integrity_ok(path)


def test_a_healthy_database_starts_without_a_question(qtbot, demo_db, monkeypatch):
    monkeypatch.setattr(
        backup_dialogs, "ask_restore_at_start", lambda *_a: pytest.fail("asked for nothing")
    )
    assert backup_dialogs.offer_restore_at_start(str(demo_db.path)) is False


def test_damage_found_by_the_background_scan_offers_the_backup_and_reopens(
    qtbot, demo_db, make_window, messages, monkeypatch
):
    from meapp.store import backup

    made = backup.backup_file(demo_db, folder=settings.backup_folder(), reason="start")
    [info] = backup.backups(demo_db, settings.backup_folder())
    damaged = backup.StartupCheck(
        False, "{file} is damaged: {detail}", {"file": "demo.db", "detail": "page 7"}, info
    )
    monkeypatch.setattr(backup, "startup_check", lambda *_a, **_k: damaged)
    asked: list[tuple[str, str | None]] = []
    monkeypatch.setattr(
        backup_dialogs, "ask_restore_at_start", lambda p, when: asked.append((p, when)) or True
    )
    restored: list = []
    monkeypatch.setattr(
        backup_dialogs, "_restore_and_reopen", lambda _w, _c, path: restored.append(path)
    )
    window = make_window(demo_db, actor=ADMIN)

    backup_dialogs.schedule_integrity_check(window)

    qtbot.waitUntil(lambda: bool(restored), timeout=15000)
    assert asked == [("demo.db is damaged: page 7", info.taken_at.strftime("%d.%m.%Y %H:%M"))]
    assert restored == [made]
