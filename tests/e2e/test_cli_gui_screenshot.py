"""`meapp gui --page NAME --screenshot FILE.png` as a process on a real database file."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _qt_warnings(stderr: str) -> list[str]:
    return [
        line for line in stderr.splitlines() if line.strip() and "propagateSizeHints" not in line
    ]


def test_screenshot_of_the_plan_page_in_kyrgyz(demo_db, tmp_path, _isolated_home):  # noqa: PT019 - its folder is used
    out = tmp_path / "plan.png"
    result = run_cli(
        "--db",
        str(demo_db.path),
        "--lang",
        "ky",
        "gui",
        "--page",
        "plan",
        "--screenshot",
        str(out),
        env={"MEAPP_HOME": str(_isolated_home)},
    )
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1366, 768)
    assert out.stat().st_size > 20_000  # a drawn page, not an empty picture
    assert _qt_warnings(result.stderr) == []
    assert str(out) in result.stdout


def test_screenshot_size_can_be_chosen(demo_db, tmp_path, _isolated_home):  # noqa: PT019 - its folder is used
    out = tmp_path / "settings.png"
    result = run_cli(
        "--db",
        str(demo_db.path),
        "gui",
        "--page",
        "settings",
        "--size",
        "1024x600",
        "--screenshot",
        str(out),
        env={"MEAPP_HOME": str(_isolated_home)},
    )
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1024, 600)


def test_every_page_renders(demo_db, tmp_path, _isolated_home):  # noqa: PT019 - its folder is used
    from meapp.ui.pages import PAGE_KEYS

    for page in PAGE_KEYS:
        out = tmp_path / f"{page}.png"
        result = run_cli(
            "--db",
            str(demo_db.path),
            "gui",
            "--page",
            page,
            "--screenshot",
            str(out),
            env={"MEAPP_HOME": str(_isolated_home)},
        )
        assert result.returncode == 0, (page, result.stderr)
        assert png_size(out) == (1366, 768)


def test_unknown_page_and_missing_database_are_refused(tmp_path, _isolated_home):  # noqa: PT019 - its folder is used
    env = {"MEAPP_HOME": str(_isolated_home)}
    bad_page = run_cli("gui", "--page", "nosuch", "--screenshot", str(tmp_path / "x.png"), env=env)
    assert bad_page.returncode == 2
    assert "nosuch" in bad_page.stderr
    missing = tmp_path / "missing.db"
    no_db = run_cli(
        "--db",
        str(missing),
        "--lang",
        "en",
        "gui",
        "--screenshot",
        str(tmp_path / "x.png"),
        env=env,
    )
    assert no_db.returncode == 2
    assert no_db.stderr.strip() == f"meapp: database not found: {missing}"
    assert not missing.exists()


def test_the_app_starts_to_the_dashboard_as_a_process(demo_db, _isolated_home):  # noqa: PT019 - its folder is used
    """`meapp --db FILE` the way a user starts it: the password from MEAPP_PASSWORD, the
    window up and idle (MEAPP_EXIT_WHEN_READY, what the start benchmark measures), exit 0 —
    the whole start path: services before Qt, the hash beside the imports, the figures."""
    result = run_cli(
        "--db",
        str(demo_db.path),
        "--user",
        "mayor",
        env={
            "MEAPP_HOME": str(_isolated_home),
            "MEAPP_PASSWORD": "demo",
            "MEAPP_EXIT_WHEN_READY": "1",
        },
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert not _qt_warnings(result.stderr), result.stderr


def test_screenshot_of_one_indicator_trend(demo_db, tmp_path, _isolated_home):  # noqa: PT019 - its folder is used
    """`--item CODE` draws the dashboard's trend of that indicator (code as the plan writes
    it, any case); an unknown code or a page that cannot show the item exits 2, one line."""
    home = {"MEAPP_HOME": str(_isolated_home)}
    trend, overview = tmp_path / "trend.png", tmp_path / "overview.png"
    base = ("--db", str(demo_db.path), "--lang", "en", "gui", "--page", "dashboard")
    result = run_cli(*base, "--item", "и-08", "--screenshot", str(trend), env=home)
    assert result.returncode == 0, result.stderr
    assert run_cli(*base, "--screenshot", str(overview), env=home).returncode == 0
    assert png_size(trend) == (1366, 768)
    assert trend.read_bytes() != overview.read_bytes()  # the trend, not the overview

    unknown = run_cli(*base, "--item", "Z-99", "--screenshot", str(tmp_path / "x.png"), env=home)
    assert unknown.returncode == 2
    assert "Z-99" in unknown.stderr and "Traceback" not in unknown.stderr
    plan = run_cli(
        "--db", str(demo_db.path), "--lang", "en", "gui", "--page", "plan",
        "--item", "И-08", "--screenshot", str(tmp_path / "y.png"), env=home,
    )  # fmt: skip
    assert plan.returncode == 2
    assert "И-08" in plan.stderr and "Traceback" not in plan.stderr
    assert not (tmp_path / "x.png").exists() and not (tmp_path / "y.png").exists()
    alone = run_cli(*base, "--item", "И-08", env=home)  # not a screenshot: refused, no GUI
    assert alone.returncode == 2 and "--screenshot" in alone.stderr
