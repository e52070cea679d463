"""The import dialog asks before a package nobody vouches for goes in: the first signer (with
its certificate fingerprint), another signer than before (both fingerprints), or no signature
at all; and says so when the package is older than what is here (issue 18)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from meapp.models import Program, User
from meapp.services.access.users import Actor
from meapp.services.exchange.export import export_package
from meapp.services.exchange.import_ import import_package
from meapp.services.monitoring import entry as monitoring
from meapp.ui.context import AppContext
from meapp.ui.exchange import dialogs as exchange_dialogs
from meapp.ui.exchange.dialogs import ImportDialog
from tests.unit.test_exchange import EDITOR, OPEN, _actual, _indicator, contents

CHAIR = Actor("chair", "evaluator", "Chair of the group")
SYSTEM = Actor.system()


@pytest.fixture
def messages(monkeypatch):
    shown: dict[str, list] = {"info": [], "error": []}
    monkeypatch.setattr(
        exchange_dialogs, "show_info", lambda _p, text, info="": shown["info"].append((text, info))
    )
    monkeypatch.setattr(exchange_dialogs, "show_error", lambda _p, exc: shown["error"].append(exc))
    return shown


@pytest.fixture
def program_id(demo_db) -> str:
    with demo_db.session() as s:
        return str(s.scalar(select(Program.id)))


def _dialog(qtbot, db, path) -> ImportDialog:
    dialog = ImportDialog(AppContext(db, CHAIR), path=str(path))
    qtbot.addWidget(dialog)
    return dialog


def test_the_first_signer_is_shown_with_its_fingerprint_and_asked_about(
    qtbot, demo_db, db, program_id, tmp_path, messages
):
    path = tmp_path / "signed.mepkg"
    export_package(demo_db, CHAIR, program_id, None, path, password="demo")
    before = contents(db)

    dialog = _dialog(qtbot, db, path)

    sha = dialog.preview.trust.signer.sha256
    assert dialog.trust_text.text().startswith("⚠ first package from")
    assert sha in dialog.trust_text.text() and sha in dialog.signer_text.text()
    assert not dialog.accept_signer.isHidden()
    assert "fingerprint" in dialog.accept_signer.text()
    assert not dialog.import_button.isEnabled()
    # importing without the yes (as a stray call would) is refused and changes nothing
    assert not dialog.import_()
    assert "--accept-signer" in messages["error"][-1].text()
    assert contents(db) == before

    dialog.accept_signer.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert dialog.import_()
    assert "is now recorded" in messages["info"][-1][1]
    # the same signer again: no question
    monitoring.set_actual(demo_db, EDITOR, _indicator(demo_db), OPEN, 6.0)
    again = tmp_path / "again.mepkg"
    export_package(demo_db, CHAIR, program_id, [OPEN], again, password="demo")
    known = _dialog(qtbot, db, again)
    assert known.trust_text.text().startswith("✔") and known.accept_signer.isHidden()
    assert known.import_button.isEnabled()


def test_another_signer_with_the_same_name_shows_both_fingerprints(
    qtbot, demo_db, db, program_id, tmp_path, messages
):
    from meapp.services.signing.identity import create_identity

    first = tmp_path / "first.mepkg"
    export_package(demo_db, CHAIR, program_id, None, first, password="demo")
    import_package(db, SYSTEM, first, accept_signer=True)
    with demo_db.session() as s, s.begin():
        name = s.scalar(select(User.full_name).where(User.login == "chair"))
        s.execute(update(User).where(User.login == "admin").values(full_name=name))
    admin = Actor("admin", "admin", name)
    create_identity(demo_db, admin, "admin", "demo")
    monitoring.set_actual(demo_db, EDITOR, _indicator(demo_db), OPEN, 7.0)
    forged = tmp_path / "same-name.mepkg"
    export_package(demo_db, admin, program_id, [OPEN], forged, password="demo")
    before = contents(db)

    dialog = _dialog(qtbot, db, forged)

    decision = dialog.preview.trust
    text = dialog.trust_text.text()
    assert text.count(name) == 2  # the same name twice…
    assert decision.signer.sha256 in text and decision.known.certificate_sha256 in text
    assert not dialog.import_button.isEnabled()
    assert contents(db) == before


def test_an_unsigned_package_asks_its_own_question(
    qtbot, demo_db, db, program_id, tmp_path, messages
):
    path = tmp_path / "unsigned.mepkg"
    export_package(demo_db, CHAIR, program_id, None, path)

    dialog = _dialog(qtbot, db, path)

    assert "not signed" in dialog.trust_text.text()
    assert "unsigned" in dialog.accept_signer.text()
    assert not dialog.import_button.isEnabled()
    dialog.accept_signer.setChecked(True)
    assert dialog.import_()
    assert messages["info"][-1][0] == "The programme KB-2023 was imported."


def test_an_older_package_is_shown_as_older_and_imports_nothing(
    qtbot, demo_db, db, program_id, tmp_path, messages
):
    whole = tmp_path / "whole.mepkg"
    export_package(demo_db, CHAIR, program_id, None, whole)
    import_package(db, SYSTEM, whole, accept_unsigned=True)
    ind = _indicator(demo_db)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 3.0)
    old = tmp_path / "old.mepkg"
    export_package(demo_db, CHAIR, program_id, [OPEN], old)
    monitoring.set_actual(demo_db, EDITOR, ind, OPEN, 4.0)
    new = tmp_path / "new.mepkg"
    export_package(demo_db, CHAIR, program_id, [OPEN], new)
    import_package(db, SYSTEM, new, accept_unsigned=True)
    before = contents(db)

    dialog = _dialog(qtbot, db, old)

    assert "already has newer data" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.import_()  # a stray call: nothing happens, and the user is told why
    assert "already has newer data" in messages["info"][-1][0]
    assert _actual(db, ind, OPEN) == 4.0
    assert contents(db) == before
