"""Attack on `meapp report --kind citizen` and its website (issue 21), as a user runs it:

- the address saved by the GUI's Settings is read as QSettings wrote it: a backslash or a
  double quote, escaped in the INI, reaches the QR code unescaped (it reached it doubled);
- an address holding a character that does not print is refused with exit 2, naming the
  character by its code, and no file is written;
- a Cyrillic address is read back by a QR reader as written (the code says UTF-8).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from meapp.services.plan.programs import list_programs
from meapp.services.reports.fingerprint import data_fingerprint
from tests.helpers import run_cli

pytestmark = pytest.mark.slow
needs_zbar = pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools not installed")


def _decode(png) -> list[str]:
    out = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True)
    return out.stdout.decode("utf-8").split()


@pytest.fixture
def run(demo_db, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {"MEAPP_HOME": str(home), "MEAPP_LANG": "en"}

    def cli(*args: str):
        return run_cli(
            "--db",
            str(demo_db.path),
            "report",
            "--kind",
            "citizen",
            "--period",
            "2024-H1",
            *args,
            env=env,
        )

    cli.home = home
    return cli


@needs_zbar
def test_the_saved_address_reaches_the_code_as_settings_shows_it(demo_db, run, tmp_path):
    (run.home / "meapp.ini").write_text(
        '[report]\nwebsite=https://saved.kg/a\\\\b\\"q\\"\n', encoding="utf-8"
    )
    png = tmp_path / "saved.png"
    done = run("-o", str(png))
    assert done.returncode == 0, done.stderr
    digest = data_fingerprint(demo_db, list_programs(demo_db)[0].id, "2024-H1")
    assert _decode(png) == [f'https://saved.kg/a\\b"q"#fingerprint={digest}']


def test_a_character_that_does_not_print_is_refused_by_its_code(run, tmp_path):
    out = tmp_path / "bad.pdf"
    refused = run("-o", str(out), "--website", "https://karabalta.kg/\u200bm")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "U+200B" in refused.stderr and not out.exists()


@needs_zbar
def test_a_cyrillic_address_reads_back_as_written(demo_db, run, tmp_path):
    png = tmp_path / "cyr.png"
    done = run("-o", str(png), "--website", "мэрия.кг/" + "м" * 40)
    assert done.returncode == 0, done.stderr
    digest = data_fingerprint(demo_db, list_programs(demo_db)[0].id, "2024-H1")
    assert _decode(png) == [f"https://мэрия.кг/{'м' * 40}#fingerprint={digest}"]
