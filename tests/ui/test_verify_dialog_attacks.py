"""Issue 18 in the GUI: the verify dialog gives the same verdicts as `meapp verify --db`."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from meapp.models import Evaluation, Program
from meapp.services.access import users
from meapp.services.signing.sign import sign_report
from meapp.ui.context import AppContext
from meapp.ui.signing import dialogs as signing_dialogs
from meapp.ui.signing.dialogs import VerifyDialog
from tests.unit.test_signature_attacks import (
    FORGED_FINGERPRINT,
    change_byte_in_signature,
    forge_chair_signature,
    rewrite_document_info,
)

PERIOD = "2024-H2"


def log_in(db, login: str) -> users.Actor:
    return users.authenticate(db, login, "demo", sleep=lambda _s: None)


@pytest.fixture
def report(demo_db, tmp_path):
    from meapp.services.reports import build_report

    with demo_db.session() as s:
        pid = str(s.scalar(select(Program.id)))
    path = tmp_path / "report.pdf"
    build_report(demo_db, pid, "half-year", PERIOD, path, None, "en")
    return pid, path


@pytest.fixture
def shown(monkeypatch):
    dialogs: list[VerifyDialog] = []
    monkeypatch.setattr(VerifyDialog, "exec", lambda self: dialogs.append(self) or 0)
    return dialogs


def verify(qtbot, demo_db, pdf, shown) -> VerifyDialog:
    ctx = AppContext(demo_db, users.Actor(None, "viewer"), read_only=True)
    signing_dialogs.verify_pdf_dialog(None, ctx, str(pdf))
    dialog = shown[-1]
    qtbot.addWidget(dialog)
    return dialog


def test_a_good_report_shows_valid_with_its_figures_confirmed(qtbot, demo_db, report, shown):
    _pid, pdf = report
    sign_report(demo_db, log_in(demo_db, "mayor"), pdf, "demo")  # the mayor first
    sign_report(demo_db, log_in(demo_db, "chair"), pdf, "demo")
    dialog = verify(qtbot, demo_db, pdf, shown)
    assert dialog.verdict.text().startswith("✔ Valid: 2 signature(s)")
    assert "approved data of this database" in dialog.details.text()
    assert [r[6] for r in dialog.rows()] == ["sig_mayor", "sig_chair"]


def test_an_unknown_signer_with_the_chairs_name_is_not_valid(
    qtbot, demo_db, report, shown, tmp_path
):
    _pid, pdf = report
    sha256 = forge_chair_signature(pdf, tmp_path)
    dialog = verify(qtbot, demo_db, pdf, shown)
    assert dialog.verdict.text().startswith("✖ NOT VALID")
    assert "unknown signer" in dialog.verdict.text() and sha256 in dialog.verdict.text()
    assert dialog.rows()[0][5] == "✖ unknown signer"


def test_rewritten_document_info_is_a_change_and_the_signed_values_are_shown(
    qtbot, demo_db, report, shown
):
    _pid, pdf = report
    sign_report(demo_db, log_in(demo_db, "chair"), pdf, "demo")
    sign_report(demo_db, log_in(demo_db, "mayor"), pdf, "demo")
    rewrite_document_info(pdf)
    dialog = verify(qtbot, demo_db, pdf, shown)
    assert dialog.verdict.text().startswith("✖ NOT VALID") and "changed after" in (
        dialog.verdict.text()
    )
    assert "2024" in dialog.details.text() and "2023" not in dialog.details.text()
    assert FORGED_FINGERPRINT[:16] not in dialog.details.text()


def test_changed_figures_and_a_damaged_signature_are_not_valid(
    qtbot, demo_db, report, shown, monkeypatch
):
    pid, pdf = report
    sign_report(demo_db, log_in(demo_db, "chair"), pdf, "demo")
    with demo_db.session() as s, s.begin():
        ev = s.scalar(
            select(Evaluation).where(
                Evaluation.program_id == uuid.UUID(pid), Evaluation.period == PERIOD
            )
        )
        ev.summary = (ev.summary or "") + " (edited behind the app's back)"
    dialog = verify(qtbot, demo_db, pdf, shown)
    assert "not the approved data" in dialog.verdict.text()

    change_byte_in_signature(pdf, 0)
    errors: list = []
    monkeypatch.setattr(signing_dialogs, "show_error", lambda _p, exc: errors.append(exc))
    dialog = verify(qtbot, demo_db, pdf, shown)
    assert errors == []
    assert dialog.verdict.text().startswith("✖ NOT VALID") and "broken" in dialog.verdict.text()
