"""The exchange dialogs: export a package, preview it, resolve conflicts, import (issue 9)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from meapp.models import Actual, Indicator, Program
from meapp.services.access.users import Actor
from meapp.services.exchange.export import export_package
from meapp.services.monitoring import entry as monitoring
from meapp.services.monitoring import status as st
from meapp.store.backup import backup_file
from meapp.store.db import open_database
from meapp.ui.context import AppContext
from meapp.ui.exchange import dialogs as exchange_dialogs
from meapp.ui.exchange.dialogs import ExportDialog, ImportDialog

CHAIR = Actor("chair", "evaluator", "Chair of the group")
EDITOR = Actor("editor", "editor", "Editor")
OPEN = "2025-H1"


@pytest.fixture
def messages(monkeypatch):
    shown: dict[str, list] = {"info": [], "error": []}
    monkeypatch.setattr(
        exchange_dialogs,
        "show_info",
        lambda _p, text, info="": shown["info"].append((text, info)),
    )
    monkeypatch.setattr(exchange_dialogs, "show_error", lambda _p, exc: shown["error"].append(exc))
    return shown


@pytest.fixture
def program_id(demo_db) -> str:
    with demo_db.session() as s:
        return str(s.scalar(select(Program.id)))


@pytest.fixture
def other(demo_db, tmp_path):
    """A second installation holding the same programme (a copy of the demo)."""
    backup_file(demo_db, tmp_path / "other.db")
    database = open_database(str(tmp_path / "other.db"))
    yield database
    database.dispose()


def _indicator(db, code: str = "И-01"):
    with db.session() as s:
        return s.scalar(select(Indicator.id).where(Indicator.code == code))


def _actual(db, indicator_id, period: str):
    with db.session() as s:
        return s.scalar(
            select(Actual.value).where(Actual.indicator_id == indicator_id, Actual.period == period)
        )


def export_through_dialog(qtbot, db, actor, program_id, path, periods=None) -> None:
    dialog = ExportDialog(AppContext(db, actor), program_id)
    qtbot.addWidget(dialog)
    if periods:
        dialog.set_periods(periods)
    dialog.sign.setChecked(False)
    dialog.file.setText(str(path))
    assert dialog.export()


def test_export_and_import_through_the_dialogs_give_the_same_figures_and_twice_nothing(
    qtbot, demo_db, db, program_id, tmp_path, messages, make_window
):
    package = tmp_path / "kara-balta.mepkg"
    export_through_dialog(qtbot, demo_db, CHAIR, program_id, package)
    title, info = messages["info"][0]
    assert title == f"Package written: {package}" and info.endswith("Not signed.")
    window = make_window(db, actor=Actor.system())
    assert window.top.program.count() == 0
    dialog = ImportDialog(window.ctx, window, path=str(package))
    qtbot.addWidget(dialog)
    assert "The programme is new here: it will be created." in dialog.summary.text()
    assert dialog.preview.total("new") > 400 and not dialog.import_button.isEnabled()
    assert "not signed" in dialog.trust_text.text()  # an unsigned package needs a yes
    dialog.accept_signer.setChecked(True)
    assert dialog.import_button.isEnabled()

    assert dialog.import_()

    assert messages["error"] == []
    assert messages["info"][-1][0] == "The programme KB-2023 was imported."
    assert window.top.program.count() == 1  # the window re-read its programmes
    assert window.scope.program_id == program_id
    for period in ("2023-H1", "2024-H2", OPEN):
        assert st.status_json(st.program_status(db, program_id, period)) == st.status_json(
            st.program_status(demo_db, program_id, period)
        )
    # the dialog shows the package again: now nothing would change
    assert "Nothing would change" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()

    again = ImportDialog(window.ctx, window, path=str(package))
    qtbot.addWidget(again)
    assert again.import_()
    assert messages["info"][-1][0] == (
        "Nothing changed: this database already holds everything in the package."
    )


def test_a_conflict_shows_both_values_and_the_users_choice_is_applied(
    qtbot, demo_db, other, program_id, tmp_path, messages
):
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 100.0)
    first = tmp_path / "a.mepkg"
    export_through_dialog(qtbot, demo_db, CHAIR, program_id, first, [OPEN])
    dialog = ImportDialog(AppContext(other, CHAIR), path=str(first))
    qtbot.addWidget(dialog)
    dialog.accept_signer.setChecked(True)  # unsigned: the user says yes
    assert dialog.import_()
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 111.0)
    monitoring.set_actual(other, EDITOR, ind, OPEN, 222.5)
    second = tmp_path / "b.mepkg"
    export_through_dialog(qtbot, demo_db, CHAIR, program_id, second, [OPEN])

    dialog = ImportDialog(AppContext(other, CHAIR), path=str(second))
    qtbot.addWidget(dialog)

    assert len(dialog.preview.conflicts) == 1
    [row] = [r for r in dialog.change_rows() if r[3] == "conflicting"]
    assert row[0] == "Actual values" and row[1].startswith("И-01")
    assert (row[4], row[5]) == ("222,5", "111")  # mine and theirs, both visible
    assert "changed both here and in the package" in dialog.changes_label.text()
    assert not dialog.import_button.isEnabled()  # a choice is needed first
    dialog.choose_all("theirs")
    assert dialog.resolutions() == {dialog.preview.conflicts[0].row_id: "theirs"}
    dialog.accept_signer.setChecked(True)
    assert dialog.import_button.isEnabled()

    assert dialog.import_()

    assert messages["error"] == []
    assert _actual(other, ind, OPEN) == 111.0


def test_a_signed_package_records_its_signer_and_another_signer_needs_confirmation(
    qtbot, demo_db, other, program_id, tmp_path, messages, monkeypatch
):
    monkeypatch.setattr(exchange_dialogs, "ask_password", lambda *_a: "demo")
    chair = Actor("chair", "evaluator", "Chair")
    monitoring.set_actual(demo_db, EDITOR, _indicator(demo_db), OPEN, 9.0)
    dialog = ExportDialog(AppContext(demo_db, chair), program_id)
    qtbot.addWidget(dialog)
    assert dialog.sign.isChecked()  # the demo chair has a signing identity
    dialog.set_periods([OPEN])
    path = tmp_path / "signed.mepkg"
    dialog.file.setText(str(path))
    assert dialog.export()
    assert messages["info"][-1][1].endswith("Signed by Жумабаева Айгүл Сапарбековна.")

    first = ImportDialog(AppContext(other, CHAIR), path=str(path))
    qtbot.addWidget(first)
    assert first.trust_text.text().startswith("⚠ first package from Кара-Балта")
    assert "Жумабаева Айгүл Сапарбековна" in first.signer_text.text()
    assert first.preview.trust.signer.sha256 in first.signer_text.text()
    assert not first.accept_signer.isHidden() and not first.import_button.isEnabled()
    first.accept_signer.setChecked(True)
    assert first.import_() and "is now recorded" in messages["info"][-1][1]

    mayor = Actor("mayor", "viewer", "Mayor")
    by_mayor = ExportDialog(AppContext(demo_db, mayor), program_id)
    qtbot.addWidget(by_mayor)
    by_mayor.set_periods([OPEN])
    path2 = tmp_path / "mayor.mepkg"
    by_mayor.file.setText(str(path2))
    monitoring.set_actual(demo_db, EDITOR, _indicator(demo_db), OPEN, 10.0)
    assert by_mayor.export()

    second = ImportDialog(AppContext(other, CHAIR), path=str(path2))
    qtbot.addWidget(second)
    text = second.trust_text.text()
    assert text.startswith("⚠ signed by Садыков Бакыт Асанович (certificate SHA-256 ")
    assert "but earlier" in text and first.preview.trust.signer.sha256 in text  # both shown
    assert not second.accept_signer.isHidden()
    assert not second.import_button.isEnabled()
    second.accept_signer.setChecked(True)
    assert second.import_button.isEnabled()
    assert second.import_()
    assert _actual(other, _indicator(other), OPEN) == 10.0


def test_a_package_that_is_not_a_package_is_refused_with_a_message(
    qtbot, demo_db, tmp_path, messages
):
    bad = tmp_path / "bad.mepkg"
    bad.write_bytes(b"not a zip at all")
    dialog = ImportDialog(AppContext(demo_db, CHAIR), path=str(bad))
    qtbot.addWidget(dialog)
    [error] = messages["error"]
    assert "bad.mepkg" in error.text()
    assert dialog.preview is None and not dialog.import_button.isEnabled()


def test_a_package_touching_an_approved_period_here_cannot_be_imported(
    qtbot, demo_db, other, program_id, tmp_path, messages
):
    from meapp.services.monitoring import rounds

    locked = "2024-H2"
    admin = Actor("admin", "admin", "Admin")
    rounds.reopen(demo_db, admin, program_id, locked, reason="correction")
    monitoring.set_actual(demo_db, EDITOR, _indicator(demo_db), locked, 4242.0)
    path = tmp_path / "locked.mepkg"
    export_package(demo_db, CHAIR, program_id, [locked], path)

    dialog = ImportDialog(AppContext(other, CHAIR), path=str(path))
    qtbot.addWidget(dialog)

    assert "approved (locked) periods here" in dialog.summary.text()
    assert any(r[3] == "locked" for r in dialog.change_rows())
    assert not dialog.import_button.isEnabled()
