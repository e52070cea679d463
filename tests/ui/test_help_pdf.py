"""The guide leaves the app as a PDF: from the Help page and with `meapp guide`."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QFileDialog

from meapp.ui import i18n, messages
from tests.helpers import run_cli


def test_help_page_saves_the_guide_as_pdf_in_the_app_language(
    demo_db, make_window, qtbot, monkeypatch, tmp_path, styled_app
):
    target = tmp_path / "guide.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))
    told: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, text, informative="": told.append(text))
    window = make_window(demo_db, page="help")
    i18n.install_language("ru")
    styled_app.processEvents()
    page = window.pages["help"]
    assert page.pdf_button.text() == "Сохранить в &PDF…"
    page.pdf_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert target.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Мониторинг" in text and "Monitoring page" not in text


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_meapp_guide_writes_the_pdf(tmp_path, lang):
    out = tmp_path / f"guide-{lang}.pdf"
    r = run_cli("guide", "--lang", lang, "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    assert str(out) in r.stdout
