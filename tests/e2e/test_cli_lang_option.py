"""`--lang` with a language meapp does not speak is a usage error on every command (exit 2,
one line), before or after the command; `ky_KG`/`RU` are read as ky/ru."""

from __future__ import annotations

import pytest

from tests.helpers import run_cli


@pytest.mark.parametrize(
    "argv",
    [
        ("--lang", "xx", "status"),
        ("status", "--lang", "xx"),
        ("--lang=fr", "report", "--kind", "citizen", "-o", "x.pdf"),
        ("programs", "--lang", ""),
        ("--lang", "xx"),  # the window: refused before it starts
        ("--lang=xx", "a.mepkg"),
    ],
)
def test_an_unknown_language_is_refused_everywhere(tmp_path, argv):
    proc = run_cli("--db", str(tmp_path / "none.db"), *argv, cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert "unknown language" in lines[-1] and "ky, ru, en" in lines[-1]
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "none.db").exists()  # nothing was opened, nothing created


def test_a_regional_code_is_its_language(tmp_path):
    proc = run_cli("--lang", "RU_ru", "--help")
    assert proc.returncode == 0, proc.stderr
