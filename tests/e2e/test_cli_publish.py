"""`meapp publish` end to end: the command line writes the website pack into a folder of any
shape, and headless Chromium renders its pages on a phone and on a laptop, in Kyrgyz
(issue 21). Chromium is a real browser: `.ci/run` installs it."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.helpers import run_cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def meapp(_demo_template, tmp_path):
    db = tmp_path / "demo.db"
    shutil.copyfile(_demo_template, db)

    def run(*args: str, lang: str = "en"):
        env = {"MEAPP_HOME": str(tmp_path / "home"), "MEAPP_LANG": lang}
        return run_cli("--db", str(db), *args, env=env)

    return run


def _chromium(*args: str) -> subprocess.CompletedProcess:
    assert CHROMIUM
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_publish_writes_the_pack_and_reports_it(meapp, tmp_path):
    report = tmp_path / "report.pdf"
    built = meapp("report", "--kind", "half-year", "--period", "2024-H2", "-o", str(report))
    assert built.returncode == 0, built.stderr
    folder = tmp_path / "Сайт #2 100%"
    proc = meapp(
        "--json", "publish", "--period", "2024-H2", "-o", str(folder), "--report", str(report)
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["period"] == "2024-H2" and out["approved"] is True
    assert "index.html" in out["files"] and "report-2024-H2.pdf" in out["files"]
    assert (folder / "report-2024-H2.pdf").read_bytes() == report.read_bytes()


def test_bad_input_is_one_line_with_exit_2(meapp, tmp_path):
    proc = meapp("publish", "-o", str(tmp_path / "site"), "--report", str(tmp_path / "missing.pdf"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "site").exists()
    proc = meapp("publish", "--period", "2031-H1", "-o", str(tmp_path / "site"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")
def test_chromium_renders_the_kyrgyz_page_on_a_phone_and_a_laptop(meapp, tmp_path):
    from PIL import Image

    folder = tmp_path / "site"
    proc = meapp("publish", "--period", "2024-H2", "-o", str(folder))
    assert proc.returncode == 0, proc.stderr
    url = (folder / "index.html").as_uri()
    dom = _chromium("--dump-dom", url)
    assert dom.returncode == 0, dom.stderr
    assert 'lang="ky"' in dom.stdout
    for words in ("Эмне жасалды", "Эмне артта калууда", "Кара-Балта"):
        assert words in dom.stdout, words
    for width, height in ((390, 844), (1366, 768)):
        shot = tmp_path / f"index-{width}.png"
        done = _chromium(f"--screenshot={shot}", f"--window-size={width},{height}", url)
        assert shot.is_file(), done.stderr
        with Image.open(shot) as image:
            assert image.size == (width, height)
            colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
            assert colours is not None and len(colours) > 50  # text and bars, not a blank page
