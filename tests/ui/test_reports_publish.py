"""The Reports page's “Website pack…” button writes the same pack as `meapp publish`, with
the report built there (issue 21)."""

from __future__ import annotations

from meapp.ui import messages
from meapp.ui.common import file_dialogs


def test_website_pack_from_the_reports_page(demo_db, make_window, qtbot, monkeypatch, tmp_path):
    window = make_window(demo_db, page="reports")
    page = window.pages["reports"]
    folder = tmp_path / "сайт"
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_a, **_k: str(folder))
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, text, more="": told.append((text, more)))
    monkeypatch.setattr(messages, "show_error", lambda _p, exc: told.append(("error", str(exc))))
    assert page.publish_button.isEnabled()
    page.publish_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    assert told[0][0] != "error", told
    assert str(folder) in told[0][0]
    assert (folder / "index.html").is_file() and (folder / "data" / "indicators.csv").is_file()
    assert "not published yet" in told[0][1]  # no report was built on the page
