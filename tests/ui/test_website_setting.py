"""Settings → Reports: the municipality's website, which the citizen summary's QR code opens
(issue 21); the Reports page passes it to the summary it builds."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from meapp.services.plan.programs import list_programs
from meapp.services.reports.fingerprint import data_fingerprint
from meapp.ui import messages, settings
from meapp.ui.reports import build as report_build
from meapp.ui.reports import website_setting


def _box(make_window, db):
    return make_window(db, page="settings").pages["settings"].website_box


def test_a_website_typed_is_kept_as_a_phone_opens_it(demo_db, make_window):
    box = _box(make_window, demo_db)
    assert box.title() == "Reports" and box.website.text() == ""
    box.website.setText(" karabalta.kg/monitoring ")
    box.website.editingFinished.emit()
    assert settings.get(settings.Keys.WEBSITE) == "https://karabalta.kg/monitoring"
    assert box.website.text() == "https://karabalta.kg/monitoring"
    box.website.setText("")
    box.website.editingFinished.emit()
    assert settings.get(settings.Keys.WEBSITE) == ""


def test_an_address_a_phone_cannot_open_is_refused(demo_db, make_window, monkeypatch):
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, exc: errors.append(exc))
    settings.put(settings.Keys.WEBSITE, "https://kb.kg")
    box = _box(make_window, demo_db)
    box.website.setText("ftp://kb.kg")
    assert box.save() is False
    assert errors and errors[0].problems[0].params["field"] == "website"
    assert settings.get(settings.Keys.WEBSITE) == "https://kb.kg"
    assert box.website.text() == "https://kb.kg"
    assert website_setting.WebsiteBox is type(box)


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools not installed")
def test_the_reports_page_builds_the_summary_with_the_saved_website(demo_db, tmp_path):
    settings.put(settings.Keys.WEBSITE, "https://karabalta.kg/m")
    pid = list_programs(demo_db)[0].id
    png = tmp_path / "summary.png"
    request = report_build.BuildRequest(pid, "citizen-png", "2024-H1", "en", str(png))
    report_build.build(demo_db, request)
    out = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True)
    digest = data_fingerprint(demo_db, pid, "2024-H1")
    assert out.stdout.split() == [f"https://karabalta.kg/m#fingerprint={digest}"]
