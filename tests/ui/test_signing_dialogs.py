"""The signing dialogs: identity, signing a report in turn, verifying (issue 8)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from meapp.models import Program
from meapp.services.access import users
from meapp.services.signing import identity
from meapp.services.signing.sign import sign_report
from meapp.ui.context import AppContext
from meapp.ui.signing import dialogs as signing_dialogs
from meapp.ui.signing.dialogs import IdentityDialog, VerifyDialog, sign_pdf_dialog

PERIOD = "2024-H2"


def log_in(db, login: str) -> users.Actor:
    return users.authenticate(db, login, "demo", sleep=lambda _s: None)


@pytest.fixture
def messages(monkeypatch):
    """Every message the dialogs show, instead of blocking boxes."""
    shown: dict[str, list] = {"info": [], "error": [], "confirm": []}

    def confirm(_parent, text, informative=""):
        shown["confirm"].append(text)
        return True

    monkeypatch.setattr(
        signing_dialogs, "show_info", lambda _p, text, info="": shown["info"].append(text)
    )
    monkeypatch.setattr(signing_dialogs, "show_error", lambda _p, exc: shown["error"].append(exc))
    monkeypatch.setattr(signing_dialogs, "confirm", confirm)
    return shown


@pytest.fixture
def report(demo_db, tmp_path):
    """(programme id, path) of the demo's half-year report of an approved period."""
    from meapp.services.reports import build_report

    with demo_db.session() as s:
        pid = str(s.scalar(select(Program.id)))
    path = tmp_path / "report.pdf"
    build_report(demo_db, pid, "half-year", PERIOD, path, None, "en")
    return pid, path


def cli_verify(db, pdf: Path) -> tuple[int, dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "meapp", "--db", str(db.path), "verify", str(pdf), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    return proc.returncode, json.loads(proc.stdout)


def test_an_identity_made_in_the_dialog_signs_a_report_meapp_verify_calls_valid(
    qtbot, demo_db, report, messages, monkeypatch
):
    pid, pdf = report
    chair = log_in(demo_db, "chair")
    ctx = AppContext(demo_db, chair)
    dialog = IdentityDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == chair.full_name
    dialog.password.setText("my-own-key")
    dialog.repeat.setText("my-own-key")
    dialog.years.setValue(3)

    assert dialog.create_identity()

    assert messages["confirm"] == ["Replace your signing identity?"]  # the demo gave one
    assert f"Name: {chair.full_name}" in dialog.current.text()
    dto = identity.get_identity(demo_db, "chair")
    assert (dto.certificate.not_after - dto.certificate.not_before).days in range(1094, 1098)
    asked: list[str] = []
    monkeypatch.setattr(
        signing_dialogs, "ask_password", lambda _p, _t, text: asked.append(text) or "my-own-key"
    )

    assert sign_pdf_dialog(None, ctx, str(pdf), pid, PERIOD) is True

    assert asked == ["Password of your signing identity (chair):"]
    assert messages["error"] == []
    assert messages["info"] == [
        "Your signing identity is ready.",
        f"The report is signed by {chair.full_name} ({chair.position}).",
    ]
    code, result = cli_verify(demo_db, pdf)
    assert code == 0 and result["valid"] is True
    [sig] = result["signatures"]
    assert sig["signer"] == chair.full_name and sig["field"] == "sig_chair"


def test_a_wrong_password_is_asked_again_and_cancel_signs_nothing(
    qtbot, demo_db, report, messages, monkeypatch
):
    pid, pdf = report
    before = pdf.read_bytes()
    answers = iter(["wrong", None])
    monkeypatch.setattr(signing_dialogs, "ask_password", lambda *_a: next(answers))

    assert (
        sign_pdf_dialog(None, AppContext(demo_db, log_in(demo_db, "mayor")), str(pdf), pid, PERIOD)
        is False
    )

    assert [type(e).__name__ for e in messages["error"]] == ["AuthenticationFailed"]
    assert pdf.read_bytes() == before


def test_a_report_of_an_open_round_is_refused_before_any_password(
    qtbot, demo_db, tmp_path, messages, monkeypatch
):
    from meapp.services.reports import build_report

    with demo_db.session() as s:
        pid = str(s.scalar(select(Program.id)))
    pdf = tmp_path / "open.pdf"
    build_report(demo_db, pid, "half-year", "2025-H1", pdf, None, "en")
    monkeypatch.setattr(signing_dialogs, "ask_password", lambda *_a: pytest.fail("asked"))

    assert (
        sign_pdf_dialog(
            None, AppContext(demo_db, log_in(demo_db, "chair")), str(pdf), pid, "2025-H1"
        )
        is False
    )

    [error] = messages["error"]
    assert "only the report of an approved round can be signed" in error.text()


def test_without_an_identity_the_user_is_offered_one_and_a_viewing_session_cannot_sign(
    qtbot, demo_db, report, messages, monkeypatch
):
    pid, pdf = report
    monkeypatch.setattr(
        signing_dialogs,
        "confirm",
        lambda _p, text, _i="": messages["confirm"].append(text) or False,
    )
    monkeypatch.setattr(signing_dialogs, "ask_password", lambda *_a: pytest.fail("asked"))
    chair = log_in(demo_db, "chair")
    identity.delete_identity(demo_db, chair, "chair")

    assert sign_pdf_dialog(None, AppContext(demo_db, chair), str(pdf), pid, PERIOD) is False

    assert messages["confirm"] == [
        "chair has no signing identity; create one first (meapp identity create)"
    ]
    viewing = AppContext(demo_db, chair, read_only=True)
    assert sign_pdf_dialog(None, viewing, str(pdf), pid, PERIOD) is False
    assert type(messages["error"][0]).__name__ == "PermissionDenied"
    # An editor signs no report (issue 18): refused outright, no identity offered.
    editor = log_in(demo_db, "editor")
    assert sign_pdf_dialog(None, AppContext(demo_db, editor), str(pdf), pid, PERIOD) is False
    assert "only the chair" in messages["error"][1].text()
    assert len(messages["confirm"]) == 1
    dialog = IdentityDialog(AppContext(demo_db, editor))
    qtbot.addWidget(dialog)
    assert not dialog.create_button.isEnabled() and not dialog.import_button.isEnabled()
    assert "need no signing identity" in dialog.current.text()


def test_the_verify_dialog_lists_both_signatures_and_then_the_tampering(
    qtbot, demo_db, report, monkeypatch
):
    _pid, pdf = report
    chair, mayor = log_in(demo_db, "chair"), log_in(demo_db, "mayor")
    sign_report(demo_db, chair, pdf, "demo")
    sign_report(demo_db, mayor, pdf, "demo")
    shown: list[VerifyDialog] = []
    monkeypatch.setattr(VerifyDialog, "exec", lambda self: shown.append(self) or 0)
    ctx = AppContext(demo_db, users.Actor(None, "viewer"), read_only=True)

    signing_dialogs.verify_pdf_dialog(None, ctx, str(pdf))

    [dialog] = shown
    qtbot.addWidget(dialog)
    assert dialog.verdict.text().startswith("✔ Valid: 2 signature(s)")
    rows = dialog.rows()
    assert [r[1].split("\n")[0] for r in rows] == [chair.full_name, mayor.full_name]
    assert rows[0][3] == rows[1][3] == "✔ intact"
    assert rows[0][4] == "✔ later only further signatures were added"
    assert rows[1][4] == "✔ covers the whole document"
    assert rows[0][5] == "✔ trusted"  # users of this database count as trusted

    data = bytearray(pdf.read_bytes())
    at = data.index(b"stream", data.index(b"/Contents")) + 12
    data[at] ^= 0x01
    pdf.write_bytes(bytes(data))
    signing_dialogs.verify_pdf_dialog(None, ctx, str(pdf))

    tampered = shown[1]
    qtbot.addWidget(tampered)
    assert tampered.verdict.text().startswith("✖ NOT VALID")
    assert any(r[3].startswith("✖") for r in tampered.rows())
    code, result = cli_verify(demo_db, pdf)
    assert code == 1 and result["valid"] is False


def test_a_certificate_is_exported_trusted_and_removed_again(
    qtbot, demo_db, tmp_path, messages, monkeypatch
):
    cert = tmp_path / "chair.cer"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(cert), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(cert), ""))
    )
    chair_dialog = IdentityDialog(AppContext(demo_db, log_in(demo_db, "chair")))
    qtbot.addWidget(chair_dialog)
    assert chair_dialog.export_certificate()
    assert cert.read_bytes()[:1] == b"\x30"  # .cer: DER
    admin = IdentityDialog(AppContext(demo_db, users.Actor("admin", "admin", "Admin")))
    qtbot.addWidget(admin)
    assert admin.trusted_names() == [] and not admin.trusted_empty.isHidden()

    assert admin.add_trusted()

    chair_name = users.get_user(demo_db, "chair").full_name
    assert admin.trusted_names() == [chair_name]
    assert messages["info"][-1] == f"Trusted: {chair_name}"
    assert not admin.remove_trusted_button.isEnabled()
    admin.trusted_table.selectRow(0)
    assert admin.remove_trusted()
    assert admin.trusted_names() == [] and identity.list_trusted_certificates() == []


def test_a_pkcs12_from_a_certificate_authority_is_imported(
    qtbot, demo_db, tmp_path, messages, monkeypatch
):
    from datetime import datetime, timedelta

    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    from meapp.services.signing.identity import _new_key, make_certificate

    key = _new_key("ec")
    now = datetime.now(UTC)
    cert = make_certificate(
        key,
        full_name="Ысмайылова Нуржан",
        position="Айыл өкмөт башчысы",
        organisation="CA test",
        not_before=now - timedelta(days=1),
        not_after=now + timedelta(days=365),
    )
    p12 = tmp_path / "ca.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"n", key, cert, None, BestAvailableEncryption(b"ca-secret")
        )
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(p12), ""))
    )
    answers = iter(["ca-secret", "keep-it", "keep-it"])
    monkeypatch.setattr(signing_dialogs, "ask_password", lambda *_a: next(answers))
    dialog = IdentityDialog(AppContext(demo_db, users.Actor("admin", "admin", "Admin")))
    qtbot.addWidget(dialog)
    assert "no signing identity yet" in dialog.current.text()

    assert dialog.import_identity()

    assert messages["error"] == []
    assert identity.get_identity(demo_db, "admin").certificate.common_name == "Ысмайылова Нуржан"
    assert "Issued by: self-signed" in dialog.current.text()
    assert dialog.export_button.isEnabled()
